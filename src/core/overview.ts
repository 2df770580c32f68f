import { lastStartingAt } from './layout';
import type { Comparison, Kind, Side } from './types';

/** A stretch of one kind, as fractions `[from, to)` of the text's length: a minimap stripe. */
export interface Stripe {
  readonly from: number;
  readonly to: number;
  readonly kind: Kind;
}

/** Neighbouring segments of the same kind merged into stripes spanning the text, 0 to 1. */
export function stripesOf(c: Comparison, side: Side): Stripe[] {
  const length = c.lengths[side] || 1;
  const stripes: Stripe[] = [];
  for (const s of c.segments[side]) {
    const last = stripes.at(-1);
    if (last && last.kind === s.kind) stripes[stripes.length - 1] = { ...last, to: s.end / length };
    else stripes.push({ from: s.start / length, to: s.end / length, kind: s.kind });
  }
  return stripes;
}

/** The kind covering most of each of `parts` equal slices of the text (for a text equivalent). */
export function dominantKinds(c: Comparison, side: Side, parts = 10): Kind[] {
  const length = c.lengths[side];
  const weights = Array.from({ length: parts }, () => ({
    shared: 0,
    moved: 0,
    reworded: 0,
    unique: 0,
  }));
  for (const s of c.segments[side]) {
    for (let part = 0; part < parts; part++) {
      const from = (part * length) / parts;
      const to = ((part + 1) * length) / parts;
      const overlap = Math.min(to, s.end) - Math.max(from, s.start);
      if (overlap > 0) weights[part]![s.kind] += overlap;
    }
  }
  const ORDER: readonly Kind[] = ['unique', 'shared', 'moved', 'reworded'];
  // The heaviest kind; on a tie, the earlier in ORDER.
  return weights.map((w) => ORDER.reduce((best, k) => (w[k] > w[best] ? k : best), ORDER[0]!));
}

/** Plain words for a minimap: "Source A, by tenths: 1–2 only here, 3–9 shared, 10 moved." */
export function describeLayout(c: Comparison, side: Side): string {
  const words: Record<Kind, string> = {
    shared: 'shared in place',
    moved: 'moved',
    reworded: 'reworded',
    unique: 'only in this source',
  };
  const kinds = dominantKinds(c, side);
  const runs: string[] = [];
  let start = 0;
  kinds.forEach((kind, i) => {
    if (kinds[i + 1] === kind) return;
    runs.push(`${start === i ? `${i + 1}` : `${start + 1}–${i + 1}`} mostly ${words[kind]}`);
    start = i + 1;
  });
  return `Source ${side === 0 ? 'A' : 'B'} by tenths of its length: ${runs.join('; ')}.`;
}

/** The segment containing a fraction (0 to 1) of the text, as an index; -1 for an empty text. */
export function segmentAtFraction(c: Comparison, side: Side, fraction: number): number {
  return lastStartingAt(c.segments[side], fraction * c.lengths[side]);
}
