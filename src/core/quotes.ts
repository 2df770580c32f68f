import { OffsetPairs } from './offsetPairs';
import { isWhiteSpace } from './whiteSpace';

/**
 * Quoted spans of a text, flat: `start, end, start, end, …`, each `[start, end)` including its
 * quotation marks, in text order. Flat, not an array of pairs: a text of nothing but quotation
 * marks has a span per two characters, and a pair per span made a megabyte of them cost six
 * times the prose (half a million small arrays), where the offsets alone cost less. News
 * style is followed: a quotation that runs on into the next paragraph leaves its first
 * paragraph open and opens the next with a quotation mark. Any other unclosed quotation is
 * a stray mark, and marks nothing: a quote never runs past the end of its paragraph unless
 * the next one opens with a quotation mark.
 *
 * Double quotes (straight or curly) make spans; single quotes inside them are part of them.
 * Single curly quotes make spans of their own only where they open at a word's start and close
 * at a word's end, so an apostrophe (Kim’s, the ’90s) is never taken for one.
 */
export function findQuotes(text: string): Int32Array {
  const spans = new OffsetPairs();
  let open = -1; // where the open double quotation began, or -1
  let single = -1; // where an open single quotation began (outside doubles), or -1
  // Character codes, not one-character strings: this loop touches every character.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : LF;
    if (c === LF || c === CR) {
      single = -1;
      if (open >= 0) {
        // Carry on only into a paragraph that opens with a quotation mark.
        let j = i;
        while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
        const next = text.charCodeAt(j);
        if (next === LEFT_DOUBLE || next === STRAIGHT) {
          i = j; // the opening mark continues this quotation
          continue;
        }
        open = -1; // stray: unbalanced within its paragraph
      }
      continue;
    }
    if (c === LEFT_DOUBLE || (c === STRAIGHT && open < 0)) {
      if (open < 0) open = i;
    } else if (c === RIGHT_DOUBLE || c === STRAIGHT) {
      if (open >= 0) {
        spans.push(open, i + 1);
        open = -1;
      }
    } else if (
      open < 0 &&
      c === LEFT_SINGLE &&
      !isWordChar(text, i - 1) &&
      isWordChar(text, i + 1)
    ) {
      single = i;
    } else if (open < 0 && single >= 0 && c === RIGHT_SINGLE && !isWordChar(text, i + 1)) {
      spans.push(single, i + 1);
      single = -1;
    }
  }
  return spans.flat();
}

const LF = 0x0a;
const CR = 0x0d;
const STRAIGHT = 0x22;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;

/** Whether the code unit at `i` is a letter or digit (outside the text, it is not). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false; // NaN: before the start or past the end
  // ASCII answered without a pattern: a run of ‘ or ’ between letters tests every mark.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * Marks, per word, whether it stands inside a quoted span (`spans` as `findQuotes` gives
 * them). Both lists must be in text order.
 */
export function wordsInQuotes(starts: Int32Array, spans: Int32Array): Uint8Array {
  const inside = new Uint8Array(starts.length);
  let s = 0;
  for (let w = 0; w < starts.length; w++) {
    const at = starts[w]!;
    while (s < spans.length && spans[s + 1]! <= at) s += 2;
    if (s < spans.length && spans[s]! <= at) inside[w] = 1;
  }
  return inside;
}
