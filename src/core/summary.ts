import type { Comparison, Side, SideStats } from './types';

export interface Summary {
  words: number;
  /** Shares of the text's words, in per cent, rounded so the three add up to 100. */
  sharedPct: number;
  movedPct: number;
  uniquePct: number;
  /** Shared + moved: how much of this text also stands in the other. */
  inOtherPct: number;
  passages: number;
  longestPassage: number;
  /** Of the words it shares, the share (per cent) inside quotation marks in both texts. */
  quotedPct: number;
}

/**
 * Per-side figures a reader sees. `hidden` (per side, per block) leaves blocks out of the
 * counts: collapsed boilerplate does not count towards what a text shares or says alone.
 */
export function summarize(
  comparison: Comparison,
  hidden: readonly [readonly boolean[], readonly boolean[]] | null = null,
): [Summary, Summary] {
  return [summarizeSide(comparison, 0, hidden?.[0]), summarizeSide(comparison, 1, hidden?.[1])];
}

/** One side's figures, leaving out the blocks `hidden` marks (if given). */
export function summarizeSide(
  comparison: Comparison,
  side: Side,
  hidden?: readonly boolean[] | null,
): Summary {
  return figuresOf(hidden ? visibleStats(comparison, side, hidden) : comparison.stats[side]);
}

/** The side's stats counting only words outside hidden blocks. */
function visibleStats(c: Comparison, side: Side, hidden: readonly boolean[]): SideStats {
  const { starts } = c.words[side];
  const blocks = c.sources[side].blocks;
  const segments = c.segments[side];
  let words = 0;
  let shared = 0;
  let moved = 0;
  let quoted = 0;
  let b = 0;
  let s = 0;
  for (let w = 0; w < starts.length; w++) {
    const at = starts[w]!;
    while (b < blocks.length - 1 && blocks[b]!.end <= at) b++;
    while (s < segments.length - 1 && segments[s]!.end <= at) s++;
    if (hidden[b] && blocks[b]!.start <= at) continue;
    const segment = segments[s]!;
    words++;
    if (segment.kind === 'shared') shared++;
    else if (segment.kind === 'moved') moved++;
    if (segment.quote) quoted++;
  }
  const all = c.stats[side];
  return { ...all, words, shared, moved, unique: words - shared - moved, quoted };
}

function figuresOf(s: SideStats): Summary {
  const [sharedPct, movedPct, uniquePct] = roundedShares(
    [s.shared, s.moved, s.unique] as const,
    s.words,
  );
  return {
    words: s.words,
    sharedPct,
    movedPct,
    uniquePct,
    inOtherPct: sharedPct + movedPct,
    passages: s.passages,
    longestPassage: s.longestPassage,
    quotedPct: s.shared + s.moved === 0 ? 0 : Math.round((s.quoted * 100) / (s.shared + s.moved)),
  };
}

/** Per-cent shares that add up to exactly 100 (largest remainder), or all 0 for no words. */
export function roundedShares<T extends readonly number[]>(
  counts: T,
  total: number,
): { [K in keyof T]: number } {
  return roundShares(counts, total) as { [K in keyof T]: number };
}

function roundShares(counts: readonly number[], total: number): number[] {
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((x, y) => x + y, 0);
  const byRemainder = exact.map((e, i) => [e - floors[i]!, i] as const).sort((x, y) => y[0] - x[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}
