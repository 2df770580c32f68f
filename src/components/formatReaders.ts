import { loadMarkdownReader } from '@/core';
import type { FormatReaders, OwnFormat } from '@/core';

/** Never called: only an input in that format is read with that format's reader. */
const notLoaded = () => {
  throw new Error('a reader was asked for a format it was not loaded for; this is a bug');
};

/**
 * The readers an input of `format` needs, loaded on demand: Readability (an HTML page's article
 * text) and the Markdown parser are chunks of their own, fetched only when a reader adds HTML or
 * Markdown, so the first page load never carries them.
 */
export async function formatReaders(format: OwnFormat): Promise<FormatReaders> {
  return {
    html: format === 'html' ? (await import('@/html/readHtml')).readHtmlInBrowser : notLoaded,
    markdown: format === 'markdown' ? await loadMarkdownReader() : notLoaded,
  };
}
