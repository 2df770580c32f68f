import { declaredCharset, decodeText } from '../decode';
import { countWords } from '../tokenize';
import type { Source, SourceFormat } from '../types';
import {
  cannotAdd,
  EMPTY_TEXT,
  encodingNotice,
  NO_READABLE_TEXT,
  notATextFile,
  tooManyWords,
} from '../wording';
import { looksLikeMarkdown } from './looksLikeMarkdown';
import { parsePlainText } from './plain';
import { cleanTitle } from './title';

/** Most words a source of the reader's own may have: more would not render responsively. */
export const MAX_OWN_WORDS = 200_000;

/** Turns an HTML page into a source; given by the caller, since reading HTML needs a DOM. */
export type HtmlReader = (id: string, html: string) => Source;

/**
 * The readers of the formats that need more than this module: HTML (a DOM and Readability) and
 * Markdown (a CommonMark parser). The caller hands them in, so the page can load each one only
 * when a reader adds a source in that format.
 */
export interface FormatReaders {
  readonly html: HtmlReader;
  readonly markdown: (id: string, markdown: string) => Source;
}

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
  readers: FormatReaders,
): OwnSourceResult {
  if (text.trim().length === 0) return { ok: false, problem: EMPTY_TEXT };
  const id = `own-${contentHash(`${format}\u0000${text}`)}`;
  const parsed =
    format === 'html'
      ? readers.html(id, text)
      : format === 'markdown'
        ? readers.markdown(id, text)
        : parsePlainText(id, text);
  if (parsed.text.trim().length === 0) {
    return { ok: false, problem: NO_READABLE_TEXT };
  }
  const words = countWords(parsed.text);
  if (words > MAX_OWN_WORDS) {
    return { ok: false, problem: tooManyWords(words, MAX_OWN_WORDS) };
  }
  const given = cleanTitle(title);
  return { ok: true, source: given ? { ...parsed, title: given } : parsed };
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
  readers: FormatReaders,
): OwnSourceResult {
  const format = formatOfFileName(fileName);
  if (format === null) {
    return { ok: false, problem: notATextFile(fileName) };
  }
  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) return { ok: false, problem: cannotAdd(fileName, decoded.problem) };
  const result = ownSourceFromText(decoded.text, title, format, readers);
  return result.ok && decoded.assumed !== null
    ? { ...result, notice: encodingNotice(fileName, decoded.assumed) }
    : result;
}

/** 32-bit FNV-1a of the text, as 8 hex digits: short, stable, link-safe. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
