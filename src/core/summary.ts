import type { Comparison, SideStats } from './types';

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
}

/** Per-side figures a reader sees. */
export function summarize(comparison: Comparison): [Summary, Summary] {
  return [summarizeSide(comparison.stats[0]), summarizeSide(comparison.stats[1])];
}

function summarizeSide(s: SideStats): Summary {
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
