import type { Comparison, Side } from './types';

/**
 * The evidence of reuse as a reader goes through it: the cases, longest first, and where each
 * stands in both texts. Views take offsets and plain strings from here, never word arrays.
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

/** Character offsets `[start, end)` of case `index` on one side. */
export function caseSpan(c: Comparison, index: number, side: Side): [number, number] {
  const reuse = c.cases[index];
  if (reuse === undefined) throw new Error(`no case ${index}; this is a bug`);
  const [from, to] = reuse.words[side];
  if (to <= from) return [0, 0];
  return [c.words[side].starts[from]!, c.words[side].ends[to - 1]!];
}

/**
 * For each segment of one side, the case it stands in (its start inside the case's span), or
 * null: the words between a case's passages (its edits) belong to it too.
 */
export function segmentCases(c: Comparison, side: Side): (number | null)[] {
  const spans = c.cases
    .map((_, k) => ({ k, span: caseSpan(c, k, side) }))
    .sort((x, y) => x.span[0] - y.span[0]);
  const out: (number | null)[] = [];
  let i = 0;
  for (const segment of c.segments[side]) {
    while (i < spans.length && spans[i]!.span[1] <= segment.start) i++;
    const at = spans[i];
    out.push(at && at.span[0] <= segment.start && segment.start < at.span[1] ? at.k : null);
  }
  return out;
}

/** For each passage, the case it belongs to. */
export function passageCases(c: Comparison): number[] {
  const out = new Array<number>(c.passages.length).fill(0);
  c.cases.forEach((k, i) => k.passages.forEach((p) => (out[p] = i)));
  return out;
}

/** The opening of a case on one side, at most `words` words, with "…" when cut. */
export function caseExcerpt(c: Comparison, index: number, side: Side, words = 14): string {
  const [from, to] = c.cases[index]!.words[side];
  if (to <= from) return '';
  const last = Math.min(to, from + words) - 1;
  const text = c.sources[side].text.slice(c.words[side].starts[from]!, c.words[side].ends[last]!);
  return `${text.replace(/\s+/g, ' ')}${last < to - 1 ? '…' : ''}`;
}
