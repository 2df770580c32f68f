import type { Comparison, SideStats } from './types';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const inOther = (s: SideStats) => (s.words === 0 ? 0 : (s.shared + s.moved) / s.words);

/** Whether `inside` (a share of one text found in the other) reads as that text being derived. */
export function readsDerived(inside: number, reverse: number): boolean {
  return inside >= 0.5 && inside - reverse >= 0.2;
}

/**
 * A cautious, plain-language reading of how two texts relate, from the asymmetry of
 * containment (how much of A stands in B, and of B in A), passage order and edits, with the
 * figures it rests on. It never claims origin: text alone cannot prove which came first.
 */
export function originCue(c: Comparison): string {
  const [a, b] = c.stats;
  const aIn = inOther(a);
  const bIn = inOther(b);
  const caveat = 'Text alone cannot prove which came first.';
  const quotedShare = (s: SideStats) =>
    s.shared + s.moved === 0 ? 0 : s.quoted / (s.shared + s.moved);
  if (readsDerived(bIn, aIn) || readsDerived(aIn, bIn)) {
    const [copy, original, copyIn, originalIn, stats] = readsDerived(bIn, aIn)
      ? (['B', 'A', bIn, aIn, b] as const)
      : (['A', 'B', aIn, bIn, a] as const);
    const movedShare = stats.moved / Math.max(1, stats.shared + stats.moved);
    const order =
      movedShare < 0.15
        ? 'in the same order'
        : `partly rearranged (${pct(movedShare)} of it moved)`;
    const edits =
      stats.unique / Math.max(1, stats.words) < 0.25
        ? 'with small edits'
        : 'with material of its own added';
    return `Most of ${copy} (${pct(copyIn)}) appears in ${original}, ${order}, ${edits}, while ${pct(originalIn)} of ${original} appears in ${copy}: ${copy} reads like a rewrite or excerpt of ${original}. ${caveat}`;
  }
  if (aIn >= 0.6 && bIn >= 0.6) {
    return `A and B are largely the same text (${pct(aIn)} of A appears in B, ${pct(bIn)} of B in A): close copies of each other. ${caveat}`;
  }
  const quotes =
    quotedShare(a) >= 0.5
      ? ' What they share is mostly quotation, which points to a common source rather than to copying.'
      : '';
  if (aIn < 0.15 && bIn < 0.15) {
    return `A and B share little wording (${pct(aIn)} of A, ${pct(bIn)} of B): they read as separately written accounts.${quotes}`;
  }
  return `A and B share some wording (${pct(aIn)} of A appears in B, ${pct(bIn)} of B in A), in parts; neither reads clearly as a copy of the other.${quotes} ${caveat}`;
}
