import { loadOwnSources, unreadableText, type OwnSourceResult } from '@/core';
import { formatReaders } from './formatReaders';

/**
 * Reads one file of a collection exactly as "Add your own source" reads a file (checks,
 * decoding, Readability for a page), so it becomes a source of the reader's own like any other.
 */
export async function readCollectionFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<OwnSourceResult> {
  try {
    const own = await loadOwnSources();
    const format = own.formatOfFileName(fileName) ?? 'text';
    return own.ownSourceFromBytes(bytes, fileName, '', await formatReaders(format));
  } catch (error) {
    return { ok: false, problem: unreadableText(error) };
  }
}
