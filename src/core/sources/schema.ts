import { MAX_FILE_BYTES } from '../limits';
import { countWords } from '../tokenize';
import { PAGE_PARTS, type Block, type BlockMarkup, type PagePart, type Source } from '../types';
import { isWhiteSpace } from '../whiteSpace';
import { SOURCE_CHECK } from '../wording/onDemand';
import { contentId, LEGACY_OWN_ID, OWN_ID, type Digest } from './contentId';
import { cleanTitle, titleFrom } from './title';

/**
 * One schema for a source of the reader's own, checked at every border it crosses: the add
 * form (pasted text, opened files), a share link's fragment and the browser's storage. Same
 * limits everywhere, so whatever one border accepts the others accept too (a text the page
 * takes can always be shared, and a shared one stored and reloaded).
 */

/** Most words a source of the reader's own may have: more would not render responsively. */
export const MAX_OWN_WORDS = 200_000;
/** Most UTF-8 bytes its text may have: the largest file the reader opens. */
export const MAX_OWN_BYTES = MAX_FILE_BYTES;

export type SourceCheck = { ok: true; source: Source } | { ok: false; problem: string };

/**
 * The source `value` describes, its title cleaned (as the add form cleans a typed one; an
 * empty one becomes the text's own), or what is wrong with it — as a clause ("its paragraphs
 * do not cover its text") for the caller to name the source in. The id is only read here;
 * `verifySource` checks it against the content. Never throws. `wordCount` is the text's word
 * count where the caller has just counted this very text (the add form does, to say how to
 * split a long one), so a long text is not segmented twice.
 */
export function checkSource(value: unknown, wordCount?: number): SourceCheck {
  if (typeof value !== 'object' || value === null) return fail(SOURCE_CHECK.shape);
  const { id, title, text, blocks } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof text !== 'string')
    return fail(SOURCE_CHECK.shape);
  if (!Array.isArray(blocks)) return fail(SOURCE_CHECK.shape);
  // The cheap limits first: bytes bound the word count, the word count bounds the rest.
  if (utf8Length(text) > MAX_OWN_BYTES) return fail(SOURCE_CHECK.tooLarge(MAX_OWN_BYTES));
  // NUL never stands in text (it means binary data); every other character is kept as given,
  // so a text with an ESC in it is accepted, shared and reopened alike.
  if (text.includes('\u0000')) return fail(SOURCE_CHECK.binary);
  if (text.trim() === '') return fail(SOURCE_CHECK.empty);
  const checked = checkBlocks(text, blocks);
  if (typeof checked === 'string') return fail(checked);
  const words = wordCount ?? countWords(text);
  if (words > MAX_OWN_WORDS) return fail(SOURCE_CHECK.tooManyWords(words, MAX_OWN_WORDS));
  return {
    ok: true,
    source: { id, title: cleanTitle(title) || titleFrom(text, checked), text, blocks: checked },
  };
}

export type VerifiedSource =
  | {
      ok: true;
      source: Source;
      /** The id it came with, when that was an id of before, now replaced by its content id. */
      formerId?: string;
    }
  | { ok: false; problem: string };

/**
 * `checkSource`, then the id recomputed from the content: an id of before (`LEGACY_OWN_ID`) is
 * replaced, a content id that does not match is refused, anything else is not an own source.
 */
export async function verifySource(value: unknown, digest: Digest): Promise<VerifiedSource> {
  const checked = checkSource(value);
  if (!checked.ok) return checked;
  const { source } = checked;
  const legacy = LEGACY_OWN_ID.test(source.id);
  if (!legacy && !OWN_ID.test(source.id)) return fail(SOURCE_CHECK.shape);
  const id = await contentId(source.text, source.blocks, digest);
  if (legacy) return { ok: true, source: { ...source, id }, formerId: source.id };
  return id === source.id ? { ok: true, source } : fail(SOURCE_CHECK.forged);
}

/**
 * Paragraphs in order, each a non-empty range inside the text, and no text outside them but
 * white space: what the pane shows is then exactly what is counted and compared.
 */
function checkBlocks(text: string, blocks: readonly unknown[]): Block[] | string {
  const out: Block[] = [];
  let last = 0;
  for (const block of blocks) {
    if (typeof block !== 'object' || block === null) return SOURCE_CHECK.shape;
    const { start, end, type, markup } = block as Record<string, unknown>;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return SOURCE_CHECK.shape;
    if (type !== 'heading' && type !== 'paragraph') return SOURCE_CHECK.shape;
    const s = start as number;
    const e = end as number;
    if (s < last || e <= s || e > text.length) return SOURCE_CHECK.blocks;
    if (!blank(text, last, s)) return SOURCE_CHECK.blocks;
    if (markup === undefined) {
      // A block with nothing but its three checked fields is kept as it came: a copy per
      // block was two thirds of the check's time on a text of one-letter paragraphs.
      out.push(Object.keys(block).length === 3 ? (block as Block) : { start: s, end: e, type });
    } else {
      const checked = checkMarkup(markup);
      if (checked === null) return SOURCE_CHECK.shape;
      out.push({ start: s, end: e, type, markup: checked });
    }
    last = e;
  }
  if (!blank(text, last, text.length)) return SOURCE_CHECK.blocks;
  return out;
}

/** A block's markup signals (an HTML page's), as `BlockMarkup` has them, or null. */
function checkMarkup(value: unknown): BlockMarkup | null {
  if (typeof value !== 'object' || value === null) return null;
  const { links, part, listItem } = value as Record<string, unknown>;
  if (typeof links !== 'number' || !(links >= 0 && links <= 1)) return null;
  if (part !== undefined && !(PAGE_PARTS as readonly unknown[]).includes(part)) return null;
  if (listItem !== undefined && listItem !== true) return null;
  return {
    links,
    ...(part !== undefined ? { part: part as PagePart } : {}),
    ...(listItem ? { listItem: true as const } : {}),
  };
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Bytes of the text in UTF-8, counted without encoding it (a lone surrogate counts 3). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const fail = (problem: string) => ({ ok: false as const, problem });
