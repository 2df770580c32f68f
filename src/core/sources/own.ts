import { declaredCharset, decodeText } from '../decode';
import { countWords } from '../tokenize';
import type { Source, SourceFormat } from '../types';
import {
  tooManyWords,
  cannotAdd,
  cannotAddText,
  EMPTY_TEXT,
  encodingNotice,
  NO_READABLE_TEXT,
  notATextFile,
} from '../wording/onDemand';
import { looksLikeMarkdown } from './looksLikeMarkdown';
import { parsePlainText } from './plain';
import { contentId, webDigest, type Digest } from './contentId';
import { checkSource, MAX_OWN_WORDS } from './schema';
import { cleanTitle } from './title';

export { MAX_OWN_WORDS };

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
 * Makes a source from text the reader pasted or opened. The id is the SHA-256 of what it
 * reads (`contentId`), so the same text added twice, or opened from a share link elsewhere,
 * is the same source, and two texts never are. It passes the same schema as a source from a
 * link or from storage (`checkSource`), so whatever is added can be shared and reopened.
 */
export async function ownSourceFromText(
  text: string,
  title: string,
  format: OwnFormat,
  readers: FormatReaders,
  digest: Digest = webDigest,
): Promise<OwnSourceResult> {
  if (text.trim().length === 0) return { ok: false, problem: EMPTY_TEXT };
  const id = 'own-pending';
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
  const checked = checkSource(given ? { ...parsed, title: given } : parsed, words);
  if (!checked.ok) return { ok: false, problem: cannotAddText(checked.problem) };
  const source = checked.source;
  return {
    ok: true,
    source: { ...source, id: await contentId(source.text, source.blocks, digest) },
  };
}

/**
 * Same as `ownSourceFromText` for a file's bytes, refusing other types, binary or huge files.
 * A file not in UTF-8 is read in the encoding its byte-order mark or page states, else as
 * Windows-1252, and the result says which.
 */
export async function ownSourceFromBytes(
  bytes: Uint8Array,
  fileName: string,
  title: string,
  readers: FormatReaders,
  digest: Digest = webDigest,
): Promise<OwnSourceResult> {
  const format = formatOfFileName(fileName);
  if (format === null) {
    return { ok: false, problem: notATextFile(fileName) };
  }
  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) return { ok: false, problem: cannotAdd(fileName, decoded.problem) };
  const result = await ownSourceFromText(decoded.text, title, format, readers, digest);
  return result.ok && decoded.assumed !== null
    ? { ...result, notice: encodingNotice(fileName, decoded.assumed) }
    : result;
}
