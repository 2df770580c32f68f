import { declaredCharset, decodeText } from '../decode';
import { countWords } from '../tokenize';
import type { Source, SourceFormat } from '../types';
import { looksLikeMarkdown } from './markdown';
import { parseSource } from './parse';

/** Most words a source of the reader's own may have: more would not render responsively. */
export const MAX_OWN_WORDS = 200_000;

/** Turns an HTML page into a source; given by the caller, since reading HTML needs a DOM. */
export type HtmlReader = (id: string, html: string) => Source;

export type OwnFormat = SourceFormat | 'html';

export type OwnSourceResult =
  | {
      ok: true;
      source: Source;
      /** Something the reader should know about how it was read (an assumed encoding), or absent. */
      notice?: string;
    }
  | { ok: false; problem: string };

const EXTENSIONS: Record<string, OwnFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The format a file name says, or null for one Verbatim does not read. */
export function formatOfFileName(fileName: string): OwnFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? 'text' : (EXTENSIONS[extension] ?? null);
}

/** The format of pasted text, from its own syntax. */
export function sniffFormat(text: string, looksLikeHtml: (text: string) => boolean): OwnFormat {
  if (looksLikeHtml(text)) return 'html';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/**
 * Makes a source from text the reader pasted or opened. The id is derived from the text, so
 * the same text added twice, or opened from a share link elsewhere, is the same source.
 */
export function ownSourceFromText(
  text: string,
  title: string,
  format: OwnFormat,
  readHtml: HtmlReader,
): OwnSourceResult {
  if (text.trim().length === 0)
    return { ok: false, problem: 'The text is empty: paste or open an article.' };
  const id = `own-${contentHash(`${format}\u0000${text}`)}`;
  const parsed = format === 'html' ? readHtml(id, text) : parseSource(id, text, format);
  if (parsed.text.trim().length === 0) {
    return { ok: false, problem: 'No readable text was found in that page.' };
  }
  const words = countWords(parsed.text);
  if (words > MAX_OWN_WORDS) {
    return {
      ok: false,
      problem: `The text has ${words.toLocaleString('en')} words; Verbatim compares up to ${MAX_OWN_WORDS.toLocaleString('en')} words per source. Split it and add the parts.`,
    };
  }
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ok: true, source: cleanTitle ? { ...parsed, title: cleanTitle } : parsed };
}

/**
 * Same as `ownSourceFromText` for a file's bytes, refusing other types, binary or huge files.
 * A file not in UTF-8 is read in the encoding its byte-order mark or page states, else as
 * Windows-1252, and the result says which.
 */
export function ownSourceFromBytes(
  bytes: Uint8Array,
  fileName: string,
  title: string,
  readHtml: HtmlReader,
): OwnSourceResult {
  const format = formatOfFileName(fileName);
  if (format === null) {
    return {
      ok: false,
      problem: `"${fileName}" is not a text, Markdown or HTML file (.txt, .md, .html).`,
    };
  }
  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok)
    return { ok: false, problem: `"${fileName}" cannot be added: ${decoded.problem}.` };
  const result = ownSourceFromText(decoded.text, title, format, readHtml);
  return result.ok && decoded.assumed !== null
    ? { ...result, notice: encodingNotice(fileName, decoded.assumed) }
    : result;
}

/** The sentence that tells the reader in which encoding a file was read. */
export function encodingNotice(fileName: string, assumed: string): string {
  return `"${fileName}" was ${assumed}; if its letters look wrong, save it as UTF-8 and add it again.`;
}

/** 32-bit FNV-1a of the text, as 8 hex digits: short, stable, link-safe. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
