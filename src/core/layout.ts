import type { Block, Segment } from './types';

/** A segment cut to one block: what a view renders inside one paragraph. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly segment: Segment;
}

/**
 * Cuts segments at block edges: for each block, the pieces of segments that fall inside it.
 * Text between blocks (blank lines, stray spaces) belongs to no block and is not drawn.
 * Both lists must be in text order; runs in one pass over both.
 */
export function piecesByBlock(blocks: readonly Block[], segments: readonly Segment[]): Piece[][] {
  const out: Piece[][] = [];
  let s = 0;
  for (const block of blocks) {
    const pieces: Piece[] = [];
    while (s < segments.length && segments[s]!.end <= block.start) s++;
    for (let i = s; i < segments.length && segments[i]!.start < block.end; i++) {
      const segment = segments[i]!;
      pieces.push({
        start: Math.max(segment.start, block.start),
        end: Math.min(segment.end, block.end),
        segment,
      });
    }
    out.push(pieces);
  }
  return out;
}

/**
 * The index of the last item starting at or before `offset` (items in text order), or 0 when
 * none does; -1 for no items.
 */
export function lastStartingAt(
  items: readonly { readonly start: number }[],
  offset: number,
): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return hi < 0 ? -1 : lo;
}
