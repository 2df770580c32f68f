import {
  fileTooLarge,
  filesAdded,
  fileUnopened,
  loadOwnSources,
  MAX_FILE_BYTES,
  unreadableText,
  type OwnSourceResult,
  type Source,
} from '@/core';
import { looksLikeHtml } from '@/html/looksLikeHtml';
import { formatReaders } from './formatReaders';

/** Where sources of the reader's own go, or the message saying why they could not. */
export interface AddSink {
  /** Adds the sources read, in order (see the reader store's `addSources`). */
  addSources(sources: readonly Source[]): void;
  report(problem: string): void;
  /** Runs once a source was added. */
  onAdded?(): void;
}

/**
 * Adding sources of the reader's own, from pasted text or files (the form, or files dropped
 * anywhere on the page): whatever the input, the reader gets sources or a message, never a
 * broken page. The code that reads them is loaded when it is first needed.
 */
async function attempt(make: () => Promise<OwnSourceResult>): Promise<OwnSourceResult> {
  try {
    return await make();
  } catch (error) {
    return { ok: false, problem: unreadableText(error) };
  }
}

/** Adds what was read and says what the reader should know: each refusal, each assumption. */
function deliver(sink: AddSink, results: readonly OwnSourceResult[]): void {
  // When they were added, for the report ("where known").
  const added = new Date().toISOString();
  const sources = results.flatMap((r) => (r.ok ? [{ ...r.source, added }] : []));
  const messages = results.flatMap((r) => (r.ok ? (r.notice ? [r.notice] : []) : [r.problem]));
  if (sources.length > 0) sink.addSources(sources);
  const message =
    results.length === 1 ? messages[0] : filesAdded(sources.length, results.length, messages);
  if (message) sink.report(message);
  if (sources.length > 0) sink.onAdded?.();
}

async function readOwnFile(file: File, title: string): Promise<OwnSourceResult> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problem: fileTooLarge(file.name, MAX_FILE_BYTES) };
  return attempt(async () => {
    const own = await loadOwnSources();
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      return { ok: false, problem: fileUnopened(file.name, error) };
    }
    const format = own.formatOfFileName(file.name) ?? 'text';
    return own.ownSourceFromBytes(bytes, file.name, title, await formatReaders(format));
  });
}

/**
 * Adds files, in the order given: one is compared, as B, with the current A; two or more
 * dropped or opened together are compared with each other, the first as A. One file takes the
 * title typed for it; several are each named as their text names them. A file that cannot be
 * read is said so and leaves the others added.
 */
export async function addOwnFiles(
  sink: AddSink,
  files: readonly File[],
  title = '',
): Promise<void> {
  if (files.length === 0) return;
  const results: OwnSourceResult[] = [];
  // One at a time: a few files of up to 5 MB each are not all held at once.
  for (const file of files) results.push(await readOwnFile(file, files.length === 1 ? title : ''));
  deliver(sink, results);
}

export async function addOwnText(sink: AddSink, text: string, title: string): Promise<void> {
  const result = await attempt(async () => {
    const own = await loadOwnSources();
    const format = own.sniffFormat(text, looksLikeHtml);
    return own.ownSourceFromText(text, title, format, await formatReaders(format));
  });
  deliver(sink, [result]);
}
