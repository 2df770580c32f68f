import { decodeText } from '../decode';
import { countWords } from '../tokenize';
import type { Source } from '../types';
import { looksLikeMarkdown } from './markdown';
import { parseSource } from './parse';

/** Most words a source of the reader's own may have: more would not render responsively. */
export const MAX_OWN_WORDS = 200_000;

export type OwnSourceResult = { ok: true; source: Source } | { ok: false; problem: string };

/**
 * Makes a source from text the reader pasted or opened. Markdown is recognised by its file
 * name or, for pasted text, by its syntax. The id is derived from the content, so the same
 * text added twice is the same source.
 */
export function ownSourceFromText(text: string, title: string, fileName?: string): OwnSourceResult {
  if (text.trim().length === 0)
    return { ok: false, problem: 'The text is empty: paste or open an article.' };
  const words = countWords(text);
  if (words > MAX_OWN_WORDS) {
    return {
      ok: false,
      problem: `The text has ${words.toLocaleString('en')} words; Verbatim compares up to ${MAX_OWN_WORDS.toLocaleString('en')} words per source. Split it and add the parts.`,
    };
  }
  const markdown = fileName ? /\.(md|markdown)$/i.test(fileName) : looksLikeMarkdown(text);
  const parsed = parseSource(`own-${contentHash(text)}`, text, markdown ? 'markdown' : 'text');
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ok: true, source: cleanTitle ? { ...parsed, title: cleanTitle } : parsed };
}

/** Same as `ownSourceFromText` for a file's bytes, refusing binary, non-UTF-8 or huge files. */
export function ownSourceFromBytes(
  bytes: Uint8Array,
  fileName: string,
  title: string,
): OwnSourceResult {
  if (!/\.(txt|text|md|markdown)$/i.test(fileName) && !/^[^.]+$/.test(fileName)) {
    return { ok: false, problem: `"${fileName}" is not a .txt or .md file.` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { ok: false, problem: `"${fileName}" cannot be added: ${decoded.problem}.` };
  return ownSourceFromText(decoded.text, title, fileName);
}

/** 32-bit FNV-1a of the text, as 8 hex digits: short, stable, link-safe. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
