import { sideReuse } from './relation';
import type { Comparison, Side, SideStats } from './types';

export interface Summary {
  words: number;
  /** Shares of the text's words, in per cent, rounded so the four add up to 100. */
  sharedPct: number;
  movedPct: number;
  rewordedPct: number;
  uniquePct: number;
  /**
   * Shared + moved + reworded: how much of this text also stands in the other, rounded as the
   * relation's sentence rounds it, so the page never shows two figures for one share.
   */
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
  let words = 0;
  let shared = 0;
  let moved = 0;
  let reworded = 0;
  let quoted = 0;
  c.tallies[side].forEach((t, block) => {
    if (hidden[block] === true) return;
    words += t.words;
    shared += t.shared;
    moved += t.moved;
    reworded += t.reworded;
    quoted += t.quoted;
  });
  // Passages and the longest, counted as the relation counts them (one computation, one figure).
  const reuse = sideReuse(c, side, hidden);
  return {
    passages: reuse.passages,
    longestPassage: reuse.longest,
    words,
    shared,
    moved,
    reworded,
    unique: words - shared - moved - reworded,
    quoted,
  };
}

function figuresOf(s: SideStats): Summary {
  const linked = s.shared + s.moved + s.reworded;
  const inOtherPct = s.words === 0 ? 0 : Math.round((linked * 100) / s.words);
  // The parts of what is linked, rounded to add up to the linked share exactly.
  const parts = roundedShares([s.shared, s.moved, s.reworded] as const, linked).map((p) =>
    Math.floor((p * inOtherPct) / 100),
  );
  // What flooring left over goes to the largest part (never below zero).
  const largest = parts.indexOf(Math.max(...parts));
  parts[largest]! += inOtherPct - parts.reduce((x, y) => x + y, 0);
  const [sharedPct, movedPct, rewordedPct] = parts as [number, number, number];
  return {
    words: s.words,
    sharedPct,
    movedPct,
    rewordedPct,
    uniquePct: s.words === 0 ? 0 : 100 - inOtherPct,
    inOtherPct,
    passages: s.passages,
    longestPassage: s.longestPassage,
    quotedPct: linked === 0 ? 0 : Math.round((s.quoted * 100) / linked),
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
