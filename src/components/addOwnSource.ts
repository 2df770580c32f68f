import {
  fileTooLarge,
  loadOwnSources,
  MAX_FILE_BYTES,
  unreadableText,
  type OwnSourceResult,
  type Source,
} from '@/core';
import { looksLikeHtml } from '@/html/looksLikeHtml';
import { formatReaders } from './formatReaders';

type OwnSources = Awaited<ReturnType<typeof loadOwnSources>>;

/** Where a source of the reader's own goes, or the message saying why it could not. */
export interface AddSink {
  addSource(source: Source): void;
  report(problem: string): void;
  /** Runs once a source was added. */
  onAdded?(): void;
}

/**
 * Adding a source of the reader's own, from pasted text or a file (the form, or a file dropped
 * anywhere on the page): whatever the input, the reader gets a source or a message, never a
 * broken page. The code that reads it is loaded when it is first needed.
 */
async function attempt(sink: AddSink, make: (own: OwnSources) => Promise<OwnSourceResult>) {
  let result: OwnSourceResult;
  try {
    result = await make(await loadOwnSources());
  } catch (error) {
    result = { ok: false, problem: unreadableText(error) };
  }
  if (!result.ok) {
    sink.report(result.problem);
    return;
  }
  // When it was added, for the report ("where known").
  sink.addSource({ ...result.source, added: new Date().toISOString() });
  if (result.notice) sink.report(result.notice); // e.g. the encoding a file was assumed to be in
  sink.onAdded?.();
}

export async function addOwnFile(sink: AddSink, file: File, title = ''): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    sink.report(fileTooLarge(file.name, MAX_FILE_BYTES));
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  await attempt(sink, async (own) =>
    own.ownSourceFromBytes(
      bytes,
      file.name,
      title,
      await formatReaders(own.formatOfFileName(file.name) ?? 'text'),
    ),
  );
}

export function addOwnText(sink: AddSink, text: string, title: string): Promise<void> {
  return attempt(sink, async (own) => {
    const format = own.sniffFormat(text, looksLikeHtml);
    return own.ownSourceFromText(text, title, format, await formatReaders(format));
  });
}
