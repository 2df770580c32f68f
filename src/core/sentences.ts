import type { Block, WordIndex } from './types';

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
  let blockEnd = blocks.length > 0 ? blocks[0]!.end : Infinity;
  for (let i = 0; i + 1 < n; i++) {
    const next = starts[i + 1]!;
    if (blockEnd <= next) {
      do {
        block++;
        blockEnd = block < blocks.length ? blocks[block]!.end : Infinity;
      } while (blockEnd <= next);
      bounds[count++] = i + 1;
      continue;
    }
    const from = ends[i]!;
    if (next === from + 1) {
      // Most gaps are one character, which ends a sentence only as a semicolon or a paragraph
      // separator: a stop needs white space after it.
      const ch = text.charCodeAt(from);
      if (ch === 0x3b || ch === 0x2029) bounds[count++] = i + 1;
    } else if (endsSentence(text, from, next)) bounds[count++] = i + 1;
  }
  if (n > 0) bounds[count++] = n;
  // A view, not a copy: the bounds of a text of one-word sentences are as many as its words.
  return bounds.subarray(0, count);
}

function endsSentence(text: string, from: number, to: number): boolean {
  let stop = false;
  for (let c = from; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 0x3b || ch === 0x2029) return true;
    if (ch === 0x2e || ch === 0x21 || ch === 0x3f || ch === 0x3002) stop = true;
    else if (stop && (ch === 0x20 || ch === 0x09 || ch === 0xa0 || ch === 0x0a || ch === 0x0d)) {
      return !startsLowerCase(text, to);
    }
  }
  return false;
}

/** Whether the code unit at `at` is a lower-case letter (one with an upper case of its own). */
function startsLowerCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a; // ASCII without a string per call
  const ch = text[at];
  return ch !== undefined && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}
