import { diffArrays } from 'diff';
import type { Run } from './match';
import { ranksByB } from './ranks';

export interface Tile extends Run {
  moved: boolean;
}

/**
 * Aligns, word by word, each short gap that lies between two tiles which follow each other in
 * both texts (and the gaps before the first and after the last), so a changed word or a dropped
 * clause leaves the unchanged words around it shared. jsdiff's `diffArrays` does the alignment
 * on word ids; gaps longer than `maxGap` words on either side are left alone, since two long
 * unmatched stretches are different text, not an edit.
 *
 * `tiles` must be sorted by position in A; the result is too.
 */
export function refineGaps(
  tiles: readonly Tile[],
  a: Int32Array,
  b: Int32Array,
  maxGap: number,
  keyOf: (id: number) => string,
): Tile[] {
  const rankB = ranksByB(tiles);
  const out: Tile[] = [];
  const gap = (fromA: number, toA: number, fromB: number, toB: number, moved: boolean) => {
    const lengthA = toA - fromA;
    const lengthB = toB - fromB;
    if (lengthA <= 0 || lengthB <= 0 || lengthA > maxGap || lengthB > maxGap) return;
    const gapA = a.subarray(fromA, toA);
    const gapB = b.subarray(fromB, toB);
    // jsdiff breaks ties between equally long alignments by argument order; diffing in one
    // canonical order keeps the result the same when A and B are swapped.
    const flip = compareWords(gapA, gapB, keyOf) > 0;
    const changes = flip
      ? diffArrays(Array.from(gapB), Array.from(gapA))
      : diffArrays(Array.from(gapA), Array.from(gapB));
    // An edit leaves most of the gap in common; a few stray common words ("the", a name) in two
    // different stretches of text do not make them an edited copy of each other.
    const common = changes.reduce((sum, c) => (c.added || c.removed ? sum : sum + c.count), 0);
    if (common * 2 < Math.max(lengthA, lengthB)) return;
    let ia = fromA;
    let ib = fromB;
    for (const change of changes) {
      const inA = flip ? change.added : change.removed;
      const inB = flip ? change.removed : change.added;
      if (inB) ib += change.count;
      else if (inA) ia += change.count;
      else {
        out.push({ a: ia, b: ib, length: change.count, moved });
        ia += change.count;
        ib += change.count;
      }
    }
  };
  const first = tiles[0];
  if (first === undefined) {
    gap(0, a.length, 0, b.length, false);
    return out;
  }
  if (rankB[0] === 0) gap(0, first.a, 0, first.b, first.moved);
  tiles.forEach((tile, i) => {
    out.push(tile);
    const following = tiles[i + 1];
    if (following === undefined) {
      if (rankB[i] === tiles.length - 1)
        gap(tile.a + tile.length, a.length, tile.b + tile.length, b.length, tile.moved);
    } else if (rankB[i + 1] === rankB[i]! + 1) {
      gap(
        tile.a + tile.length,
        following.a,
        tile.b + tile.length,
        following.b,
        tile.moved && following.moved,
      );
    }
  });
  return out;
}

/** Orders two word sequences by their normalized words (ids depend on which text came first). */
function compareWords(x: Int32Array, y: Int32Array, keyOf: (id: number) => string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) return keyOf(x[i]!) < keyOf(y[i]!) ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * Carries each tile's diagonal on across substituted words at its edges, so a word changed
 * near the start or end of a passage (moved or not) reads as an edit inside the passage rather
 * than as its end: `tori reku zzzz gaku gadu…` against `tori reku kipa gaku gadu…` keeps "tori
 * reku" with the rest. Walks at most `maxGap` words each way, never over a word another tile
 * holds, stops at three mismatches in a row, and keeps the matches only where they are at least
 * two and outnumber the mismatches walked over (a lone "the" past an edit is chance), or, where
 * the walk ends at an edge or another passage, where they are at least half of what it crossed.
 *
 * `tiles` must be sorted by position in A; the result is too.
 */
export function extendEdges(
  tiles: readonly Tile[],
  a: Int32Array,
  b: Int32Array,
  maxGap: number,
): Tile[] {
  const usedA = claimedBy(tiles, a.length, 'a');
  const usedB = claimedBy(tiles, b.length, 'b');
  const out: Tile[] = [...tiles];
  const walk = (tile: Tile, step: 1 | -1) => {
    const fromA = step < 0 ? tile.a - 1 : tile.a + tile.length;
    const fromB = step < 0 ? tile.b - 1 : tile.b + tile.length;
    const matched: number[] = [];
    let matches = 0;
    let misses = 0;
    let inARow = 0;
    let keep = 0;
    for (let t = 0; t < maxGap; t++) {
      const i = fromA + step * t;
      const j = fromB + step * t;
      if (i < 0 || j < 0 || i >= a.length || j >= b.length || usedA[i] || usedB[j]) {
        // Walled in on both sides (a text's edge, another passage): the words between are an
        // edit of one another when at least half of them agree, as `refineGaps` judges a gap.
        if (matches >= 1 && matches >= misses) keep = matched.length;
        break;
      }
      if (a[i] === b[j]) {
        matched.push(t);
        matches++;
        inARow = 0;
        if (matches >= 2 && matches > misses) keep = matched.length;
      } else if (++inARow > 2) break;
      else misses++;
    }
    for (const t of matched.slice(0, keep)) {
      const i = fromA + step * t;
      const j = fromB + step * t;
      usedA[i] = 1;
      usedB[j] = 1;
      out.push({ a: i, b: j, length: 1, moved: tile.moved });
    }
  };
  for (const tile of tiles) {
    walk(tile, -1);
    walk(tile, 1);
  }
  return mergeAdjacent(out.sort((x, y) => x.a - y.a));
}

/** Joins tiles that continue one another on the same diagonal with the same flag. */
function mergeAdjacent(tiles: readonly Tile[]): Tile[] {
  const out: Tile[] = [];
  for (const t of tiles) {
    const last = out[out.length - 1];
    if (
      last &&
      last.a + last.length === t.a &&
      last.b + last.length === t.b &&
      last.moved === t.moved
    )
      out[out.length - 1] = { ...last, length: last.length + t.length };
    else out.push({ ...t });
  }
  return out;
}

/** Per word of one side, 1 where a tile claims it. */
export function claimedBy(
  tiles: readonly { a: number; b: number; length: number }[],
  n: number,
  side: 'a' | 'b',
): Uint8Array {
  const claimed = new Uint8Array(n);
  for (const t of tiles) claimed.fill(1, t[side], t[side] + t.length);
  return claimed;
}
