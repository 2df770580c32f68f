import { lastStartingAt } from './layout';
import { passageSpan } from './navigation';
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

/** A band from a place in A to a place in B, as fractions of each text's length. */
export interface Band {
  /** The passage it follows when chosen: its longest. */
  readonly passage: number;
  /** All the passages it stands for (one, unless small neighbours were grouped). */
  readonly passages: readonly number[];
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
  readonly moved: boolean;
  readonly words: number;
}

/** Bands drawn one per passage up to this many; beyond, neighbours are grouped and the smallest left out. */
export const MAX_BANDS = 120;

/**
 * The overview's bands. Up to `max` passages, one band each. Beyond that (hundreds of short
 * passages would be a tangle) passages in place that follow one another closely in both texts
 * are grouped into one band, and if that still leaves more than `max`, only the `max` longest
 * are drawn — `left` says how many were left out, for the text equivalent.
 */
export function bandsOf(c: Comparison, max = MAX_BANDS): { bands: Band[]; left: number } {
  const lengths = [c.lengths[0] || 1, c.lengths[1] || 1] as const;
  const single = c.passages.map((p, index): Band => {
    const [a0, a1] = passageSpan(c, index, 0);
    const [b0, b1] = passageSpan(c, index, 1);
    return {
      passage: index,
      passages: [index],
      a: [a0 / lengths[0], a1 / lengths[0]],
      b: [b0 / lengths[1], b1 / lengths[1]],
      moved: p.moved,
      words: p.words[0][1] - p.words[0][0],
    };
  });
  if (single.length <= max) return { bands: single, left: 0 };
  // Neighbours closer than this (a share of each text) read as one stretch at overview scale.
  const NEAR = 0.01;
  const grouped: Band[] = [];
  for (const band of [...single].sort((x, y) => x.a[0] - y.a[0])) {
    const last = grouped.at(-1);
    if (
      last &&
      !last.moved &&
      !band.moved &&
      band.a[0] - last.a[1] <= NEAR &&
      band.b[0] >= last.b[0] &&
      band.b[0] - last.b[1] <= NEAR
    ) {
      grouped[grouped.length - 1] = {
        passage: band.words > words(c, last.passage) ? band.passage : last.passage,
        passages: [...last.passages, ...band.passages],
        a: [last.a[0], Math.max(last.a[1], band.a[1])],
        b: [last.b[0], Math.max(last.b[1], band.b[1])],
        moved: false,
        words: last.words + band.words,
      };
    } else grouped.push(band);
  }
  if (grouped.length <= max) return { bands: grouped, left: 0 };
  const kept = [...grouped]
    .sort((x, y) => y.words - x.words || x.a[0] - y.a[0])
    .slice(0, max)
    .sort((x, y) => x.a[0] - y.a[0]);
  const drawn = kept.reduce((n, band) => n + band.passages.length, 0);
  return { bands: kept, left: c.passages.length - drawn };
}

const words = (c: Comparison, passage: number) => {
  const [from, to] = c.passages[passage]!.words[0];
  return to - from;
};

/** The visible part of a scroll area, as fractions `[from, to]` of its content, 0 to 1. */
export function viewportOf(scrollTop: number, scrollHeight: number, clientHeight: number) {
  if (scrollHeight <= 0) return [0, 1] as const;
  const from = Math.min(1, Math.max(0, scrollTop / scrollHeight));
  const to = Math.min(1, Math.max(from, (scrollTop + clientHeight) / scrollHeight));
  return [from, to] as const;
}
