import { lastStartingAt } from './layout';
import type { Block, Comparison, Side } from './types';
import { countOf } from './wording/common';

/** Character offsets `[start, end)` of passage `index` on one side. */
export function passageSpan(c: Comparison, index: number, side: Side): [number, number] {
  const passage = c.passages[index];
  if (passage === undefined) throw new Error(`no passage ${index}; this is a bug`);
  return [passage.chars[side][0], passage.chars[side][1]];
}

/** Passage indices in reading order on one side. */
export function passageOrder(c: Comparison, side: Side): number[] {
  return c.passages
    .map((_, i) => i)
    .sort((x, y) => c.passages[x]!.words[side][0] - c.passages[y]!.words[side][0]);
}

/** Indices of the unique segments of one side, in reading order. */
export function uniqueStretches(c: Comparison, side: Side): number[] {
  const out: number[] = [];
  c.segments[side].forEach((s, i) => {
    if (s.kind === 'unique') out.push(i);
  });
  return out;
}

/** The block containing `offset`, or the last block before it; 0 for none. */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  return Math.max(0, lastStartingAt(blocks, offset));
}

/**
 * What a passage is, in words for a tooltip and a screen reader, from one side's view:
 * "Passage 3 of 12, 18 words, moved: paragraph 7 in B".
 */
export function describePassage(c: Comparison, index: number, side: Side): string {
  const passage = c.passages[index]!;
  const other: Side = side === 0 ? 1 : 0;
  const words = passage.words[side][1] - passage.words[side][0];
  const paragraph = Math.max(0, passage.blocks[other]) + 1;
  const where = `paragraph ${paragraph} in ${other === 0 ? 'A' : 'B'}`;
  return `Passage ${index + 1} of ${c.passages.length}, ${countOf(words, 'word', 'words')}, ${
    passage.moved ? 'moved' : 'shared in place'
  }: ${where}`;
}

/** Character offsets `[start, end)` of reuse case `index` on one side. */
export function caseSpan(c: Comparison, index: number, side: Side): [number, number] {
  const reuse = c.cases[index];
  if (reuse === undefined) throw new Error(`no case ${index}; this is a bug`);
  return [reuse.chars[side][0], reuse.chars[side][1]];
}

/** Case indices, longest first (by the larger of its two sides), ties in order of A. */
export function casesLongestFirst(c: Comparison): number[] {
  const size = (i: number) => {
    const [a, b] = c.cases[i]!.words;
    return Math.max(a[1] - a[0], b[1] - b[0]);
  };
  return c.cases.map((_, i) => i).sort((x, y) => size(y) - size(x) || x - y);
}
