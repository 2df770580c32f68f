import type { Block, WordIndex } from './types';

/** Gaps longer than this are searched for a sign before they are read. */
const LONG_GAP = 32;
/** What can end a sentence in a gap: a stop, a semicolon or a paragraph separator. */
const SIGNS = /[.!?\u3002;\u2029]/;
/** Past the last block: an integer, as every other bound compared with it. */
const NO_BLOCK = 0x7fffffff;

/**
 * Sentence units of a text as word ranges `[first, end)`, in order, covering every word. A unit
 * ends at the end of a block (a paragraph or heading: so a hard-wrapped line break is no
 * boundary), at a semicolon, or after `.`, `!` or `?` (closing quotes and brackets may follow)
 * then white space, unless the next word begins in lower case ("the U.S. said" stays one
 * sentence). A scan over the gaps between words: linear, no pattern that could backtrack.
 */
export function sentenceUnits(
  text: string,
  words: WordIndex,
  blocks: readonly Block[],
): Int32Array {
  const { starts, ends } = words;
  const n = starts.length;
  // At most one bound per word, and the two ends: no array to grow (a text of one-word
  // sentences, "A. A. A.", has as many bounds as words).
  const bounds = new Int32Array(n + 2);
  let count = 1;
  let block = 0;
  let blockEnd = blocks.length > 0 ? blocks[0]!.end : NO_BLOCK;
  // Word `i` opens a unit when the gap before it ends one.
  for (let i = 1; i < n; i++) {
    const next = starts[i]!;
    if (blockEnd <= next) {
      do {
        block++;
        blockEnd = block < blocks.length ? blocks[block]!.end : NO_BLOCK;
      } while (blockEnd <= next);
      bounds[count++] = i;
      continue;
    }
    const from = ends[i - 1]!;
    // Words with no gap between them (emoji, a script written without spaces) stay together.
    if (next === from) continue;
    const ch = text.charCodeAt(from);
    // The gap's scan is settled from its first characters in the usual cases (same answer):
    // word-dense texts ("**a", "1. 1. ") are three characters a word, twice prose's words.
    if (next === from + 1) {
      // One character ends a sentence only as a semicolon or a paragraph separator: a stop
      // needs white space after it.
      if (breaks(ch)) bounds[count++] = i;
    } else if (isStop(ch) && isSpace(text.charCodeAt(from + 1))) {
      if (!startsLowerCase(text, next)) bounds[count++] = i;
    } else if (next === from + 2 && !isStop(ch)) {
      // Two characters, the first no stop: no room for a stop and white space after it.
      if (breaks(ch) || breaks(text.charCodeAt(from + 1))) bounds[count++] = i;
    } else {
      // A long gap with no sign that could end a sentence, told by the engine's own search
      // over a slice of it (a view, not a copy): a megabyte of gaps of white space between a
      // few words was three times the prose's time, read a character at a time.
      if (next - from > LONG_GAP && !SIGNS.test(text.slice(from, next))) continue;
      // The rest of the gap, from its second character (the first is read already).
      if (breaks(ch)) {
        bounds[count++] = i;
        continue;
      }
      let stop = isStop(ch);
      for (let c = from + 1; c < next; c++) {
        const at = text.charCodeAt(c);
        // Most of a long gap is no stop, break or white space (emoji, dashes, quotes).
        if (at > 0x3f && at !== 0xa0 && at !== 0x2029 && at !== 0x3002) continue;
        if (breaks(at)) {
          bounds[count++] = i;
          break;
        }
        if (isStop(at)) stop = true;
        else if (stop && isSpace(at)) {
          if (!startsLowerCase(text, next)) bounds[count++] = i;
          break;
        }
      }
    }
  }
  if (n > 0) bounds[count++] = n;
  // A view, not a copy: the bounds of a text of one-word sentences are as many as its words.
  return bounds.subarray(0, count);
}

/** A semicolon or a paragraph separator, which end a sentence wherever they stand in a gap. */
function breaks(ch: number): boolean {
  return ch === 0x3b || ch === 0x2029;
}
function isStop(ch: number): boolean {
  return ch === 0x2e || ch === 0x21 || ch === 0x3f || ch === 0x3002;
}
function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0xa0 || ch === 0x0a || ch === 0x0d;
}

/** Whether the code unit at `at` is a lower-case letter (one with an upper case of its own). */
function startsLowerCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a; // ASCII without a string per call
  const ch = text[at];
  return ch !== undefined && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}
