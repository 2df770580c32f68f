import { declaredCharset, decodeText, MAX_FILE_BYTES } from '../core';
import { extractMetadata } from '../core';
import { parseSource } from '../core';
import type { Source } from '../core';
import { readRegularFile } from '../node/files';
import { isoDate } from './dates';

/** The formats a collection folder is read in, by file extension (as `verbatim compare`). */
export const COLLECTION_FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export type DocRead =
  | { ok: true; source: Source; date: string | null; note: string | null }
  | { ok: false; problem: string };

/** What reads an HTML page in this runtime (jsdom in Node), handed in so this file stays DOM-free. */
export type HtmlReader = (id: string, html: string) => { source: Source; date: string | null };

/**
 * Reads one file of a collection as `verbatim compare` reads it: checked before reading
 * (a regular file, at most 5 MB), decoded, parsed by its format. The date is the one the text
 * or page states (a date line, a credit, the page's metadata), else null.
 */
export function readCollectionFile(
  path: string,
  id: string,
  format: 'text' | 'markdown' | 'html',
  readHtml: HtmlReader,
): DocRead {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes, format === 'html' ? declaredCharset(read.bytes) : null);
  if (!decoded.ok) return decoded;
  let source: Source;
  let date: string | null;
  if (format === 'html') {
    ({ source, date } = readHtml(id, decoded.text));
  } else {
    source = parseSource(id, decoded.text, format);
    date = extractMetadata(source).date;
  }
  if (!/[\p{L}\p{N}]/u.test(source.text)) return { ok: false, problem: 'no text was found in it' };
  return { ok: true, source, date: isoDate(date), note: decoded.assumed };
}

/** A JSON Lines record's text as a source (plain text: passim's `text` is the reading text). */
export function sourceOfRecord(id: string, text: string): Source {
  return parseSource(id, text, 'text');
}
