import type { Interner } from './normalize';
import type { Token, WordIndex } from './types';

/**
 * A word: letters, marks and digits, joined by an apostrophe (Kim's, Kim’s) or, between
 * digits, by a decimal or thousands separator (7,000; 3.5). Hyphens and dashes separate words,
 * so "comrades-in-arms" and "comrades in arms" compare equal whatever dash a source used.
 */
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:(?:['\u2018\u2019\u02BC]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Scripts written without spaces between words; only these runs pay for Intl.Segmenter. */
const UNSPACED =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

let segmenter: Intl.Segmenter | null = null;

/** Calls `emit(start, end)` for each word of `text`, in order. */
export function forEachWord(text: string, emit: (start: number, end: number) => void): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const word = m[0];
    if (UNSPACED.test(word)) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const part of segmenter.segment(word)) {
        if (part.isWordLike) emit(start + part.index, start + part.index + part.segment.length);
      }
    } else {
      emit(start, start + word.length);
    }
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
