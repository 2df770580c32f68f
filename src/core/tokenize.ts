import type { Interner } from './normalize';
import type { Source, Token, WordIndex } from './types';

/**
 * A word: letters, marks and digits (Unicode \p{L}\p{M}\p{N}), joined by an apostrophe
 * (Kim's, Kim’s) or, between digits, by a decimal or thousands separator (7,000; 3.5).
 * Hyphens and dashes separate words, so "comrades-in-arms" and "comrades in arms" compare
 * equal whatever dash a source used. `WORD_PATTERN` is the specification; `forEachWord` is a
 * character scanner that agrees with it (a property test checks) at several times its speed,
 * since this loop touches every character of both texts.
 */
export const WORD_PATTERN =
  /[\p{L}\p{M}\p{N}]+(?:(?:['\u2018\u2019\u02BC]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Scripts written without spaces between words; only these runs pay for Intl.Segmenter. */
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

const WORD_CHAR = 1;
const DIGIT = 2;
const UNSPACED_CHAR = 4;
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = WORD_CHAR | DIGIT;
for (let c = 65; c <= 90; c++) ASCII[c] = WORD_CHAR;
for (let c = 97; c <= 122; c++) ASCII[c] = WORD_CHAR;
const nonAscii = new Map<number, number>();

function classify(codePoint: number): number {
  if (codePoint < 128) return ASCII[codePoint]!;
  let flags = nonAscii.get(codePoint);
  if (flags === undefined) {
    const ch = String.fromCodePoint(codePoint);
    flags =
      (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD_CHAR : 0) |
      (/\p{N}/u.test(ch) ? DIGIT : 0) |
      (UNSPACED.test(ch) ? UNSPACED_CHAR : 0);
    nonAscii.set(codePoint, flags);
  }
  return flags;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x02bc;

let segmenter: Intl.Segmenter | null = null;

/** Calls `emit(start, end)` for each word of `text`, in order. */
export function forEachWord(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    let flags = classify(cp);
    if ((flags & WORD_CHAR) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let unspaced = 0;
    let lastFlags = flags;
    for (;;) {
      unspaced |= flags & UNSPACED_CHAR;
      lastFlags = flags;
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.codePointAt(i)!;
      flags = classify(cp);
      if (flags & WORD_CHAR) continue;
      // A joiner continues the word only when a word character follows it.
      const joiner =
        isApostrophe(cp) || ((cp === 0x2e || cp === 0x2c) && (lastFlags & DIGIT) !== 0);
      if (!joiner || i + 1 >= n) break;
      const nextFlags = classify(text.codePointAt(i + 1)!);
      const needDigit = !isApostrophe(cp);
      if ((nextFlags & WORD_CHAR) === 0 || (needDigit && (nextFlags & DIGIT) === 0)) break;
      i += 1;
      cp = text.codePointAt(i)!;
      flags = nextFlags;
    }
    if (unspaced) emitSegmented(text, start, i, emit);
    else emit(start, i);
  }
}

/**
 * Longest piece of an unspaced run given to Intl.Segmenter at once. Its dictionary break
 * engine is superlinear in the length of a run (100,000 characters of kana took 17 s, 50,000
 * took 1.5 s), so a long run is segmented in pieces; the last word of each piece may continue
 * past the cut, so the next piece starts again at that word.
 */
const SEGMENT_PIECE = 1000;

function emitSegmented(
  text: string,
  start: number,
  end: number,
  emit: (start: number, end: number) => void,
) {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + SEGMENT_PIECE);
    // Never cut between the halves of a surrogate pair.
    if (to < end && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
    let next = to;
    for (const part of segmenter.segment(text.slice(from, to))) {
      const s = from + part.index;
      const e = s + part.segment.length;
      if (to < end && e === to && s > from) {
        next = s; // read this word again with what follows the cut
        break;
      }
      if (part.isWordLike) emit(s, e);
    }
    from = next;
  }
}

/** Indexes the words of `text`, interning their normalized forms in `interner`. */
export function indexWords(text: string, interner: Interner): WordIndex {
  let starts: Int32Array<ArrayBuffer> = new Int32Array(Math.max(16, text.length >> 3));
  let ends: Int32Array<ArrayBuffer> = new Int32Array(starts.length);
  let ids: Int32Array<ArrayBuffer> = new Int32Array(starts.length);
  let n = 0;
  forEachWord(text, (start, end) => {
    if (n === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
      ids = grow(ids);
    }
    starts[n] = start;
    ends[n] = end;
    ids[n] = interner.idOf(text.slice(start, end));
    n++;
  });
  return { starts: starts.subarray(0, n), ends: ends.subarray(0, n), ids: ids.subarray(0, n) };
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Splits `text` into words and the runs between them. The tokens concatenate back to `text`
 * exactly: nothing a source says, not even its spacing, is lost.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  forEachWord(text, (start, end) => {
    if (start > at) tokens.push({ start: at, end: start, word: false });
    tokens.push({ start, end, word: true });
    at = end;
  });
  if (at < text.length) tokens.push({ start: at, end: text.length, word: false });
  return tokens;
}

/** How many words `text` has. */
export function countWords(text: string): number {
  let n = 0;
  forEachWord(text, () => n++);
  return n;
}

// Sources are immutable, so a source's word count is worked out once (the computing status and
// the pickers ask on every change).
const wordCounts = new WeakMap<Source, number>();

/** How many words a source has (cached per source object). */
export function wordCountOf(source: Source): number {
  let n = wordCounts.get(source);
  if (n === undefined) wordCounts.set(source, (n = countWords(source.text)));
  return n;
}
