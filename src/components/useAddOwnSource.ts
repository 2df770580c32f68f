import {
  fileTooLarge,
  loadOwnSources,
  MAX_FILE_BYTES,
  unreadableText,
  type OwnSourceResult,
} from '@/core';
import { looksLikeHtml } from '@/html/looksLikeHtml';
import { formatReaders } from './formatReaders';
import { useReader } from './readerContext';

type OwnSources = Awaited<ReturnType<typeof loadOwnSources>>;

/**
 * Adding a source of the reader's own, from pasted text or a file (the form, or a file dropped
 * anywhere on the page): whatever the input, the reader gets a source or a message, never a
 * broken page. The code that reads it is loaded when it is first needed. `onAdded` runs once a
 * source was added.
 */
export function useAddOwnSource(onAdded: () => void = () => {}) {
  const addSource = useReader((s) => s.addSource);
  const report = useReader((s) => s.report);

  const accept = (result: OwnSourceResult) => {
    if (!result.ok) {
      report(result.problem);
      return;
    }
    // When it was added, for the report ("where known").
    addSource({ ...result.source, added: new Date().toISOString() });
    if (result.notice) report(result.notice); // e.g. the encoding a file was assumed to be in
    onAdded();
  };

  const attempt = async (make: (own: OwnSources) => Promise<OwnSourceResult>) => {
    let result: OwnSourceResult;
    try {
      result = await make(await loadOwnSources());
    } catch (error) {
      result = { ok: false, problem: unreadableText(error) };
    }
    accept(result);
  };

  const addFile = async (file: File, title = '') => {
    if (file.size > MAX_FILE_BYTES) {
      report(fileTooLarge(file.name, MAX_FILE_BYTES));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    await attempt(async (own) =>
      own.ownSourceFromBytes(
        bytes,
        file.name,
        title,
        await formatReaders(own.formatOfFileName(file.name) ?? 'text'),
      ),
    );
  };

  const addText = (text: string, title: string) =>
    attempt(async (own) => {
      const format = own.sniffFormat(text, looksLikeHtml);
      return own.ownSourceFromText(text, title, format, await formatReaders(format));
    });

  return { addFile, addText };
}
