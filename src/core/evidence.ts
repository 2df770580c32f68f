import type { Comparison, Side, Source } from './types';
import { foldSpace } from './whiteSpace';

/**
 * The evidence of reuse as a reader goes through it: the cases, longest first, and where each
 * stands in both texts. Views take offsets and plain strings from here.
 */

/** Words a case covers on one side. */
export const caseWords = (c: Comparison, index: number, side: Side): number => {
  const [from, to] = c.cases[index]!.words[side];
  return to - from;
};

/** Case indices, longest first (by the words of both sides; ties in order of A). */
export function casesByLength(c: Comparison): number[] {
  const size = (k: number) => caseWords(c, k, 0) + caseWords(c, k, 1);
  return c.cases.map((_, k) => k).sort((x, y) => size(y) - size(x) || x - y);
}

/**
 * For each segment of one side, the case it stands in (it overlaps the case's span: a segment
 * may begin with the space before its first word), or null: the words between a case's passages
 * (its edits) belong to it too.
 */
export function segmentCases(c: Comparison, side: Side): (number | null)[] {
  const spans = c.cases
    .map((k, i) => ({ k: i, span: k.chars[side] }))
    .filter(({ span }) => span[1] > span[0])
    .sort((x, y) => x.span[0] - y.span[0]);
  const out: (number | null)[] = [];
  let i = 0;
  for (const segment of c.segments[side]) {
    while (i < spans.length && spans[i]!.span[1] <= segment.start) i++;
    const at = spans[i];
    // Spans sorted by start: if the first that has not ended before this segment starts after
    // it, so does every later one.
    out.push(at && at.span[0] < segment.end ? at.k : null);
  }
  return out;
}

/** For each passage, the case it belongs to. */
export function passageCases(c: Comparison): number[] {
  const out = new Array<number>(c.passages.length).fill(0);
  c.cases.forEach((k, i) => k.passages.forEach((p) => (out[p] = i)));
  return out;
}

/** The opening of a case in `source` (its side's text), at most `words` words, "…" when cut. */
export function caseExcerpt(
  c: Comparison,
  index: number,
  side: Side,
  source: Source,
  words = 14,
): string {
  const [start, end] = c.cases[index]!.chars[side];
  const text = foldSpace(source.text.slice(start, end));
  const parts = text.split(' ');
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}
