import { forEachWord, type Comparison } from '../src/core';
import type { GeneratedPair } from '../tests/support/generate';

export interface Quality {
  movedRecall: number;
  movedPrecision: number;
  uneditedShared: number;
  editedUnique: number;
}

/**
 * Scores a comparison of a generated pair against its ground truth, by the words of B:
 * moved recall and precision (words of moved paragraphs marked moved), the share of unedited
 * words marked shared or moved, and the share of substituted or inserted words marked unique.
 */
export function scoreQuality(c: Comparison, truth: GeneratedPair): Quality {
  const kindAt = kindByOffset(c, truth.b);
  let movedTrue = 0,
    movedFound = 0,
    movedHit = 0,
    unedited = 0,
    uneditedShared = 0,
    edited = 0,
    editedUnique = 0;
  for (const item of truth.bItems) {
    const kind = kindAt(item.start, item.end);
    if (kind === null) continue; // punctuation only, no word to mark
    if (item.edited) {
      edited++;
      if (kind === 'unique') editedUnique++;
      continue;
    }
    unedited++;
    if (kind !== 'unique') uneditedShared++;
    if (item.inMovedParagraph) movedTrue++;
    if (kind === 'moved') movedFound++;
    if (item.inMovedParagraph && kind === 'moved') movedHit++;
  }
  return {
    movedRecall: movedTrue ? movedHit / movedTrue : 1,
    movedPrecision: movedFound ? movedHit / movedFound : 1,
    uneditedShared: unedited ? uneditedShared / unedited : 1,
    editedUnique: edited ? editedUnique / edited : 1,
  };
}

/** The kind of the first engine word inside [start, end) of B, or null when there is none. */
function kindByOffset(c: Comparison, text: string) {
  const words = { starts: [] as number[] };
  forEachWord(text, (start) => words.starts.push(start));
  const segments = c.segments[1];
  let w = 0;
  let s = 0;
  return (start: number, end: number) => {
    while (w < words.starts.length && words.starts[w]! < start) w++;
    if (w >= words.starts.length || words.starts[w]! >= end) return null;
    const at = words.starts[w]!;
    while (s < segments.length && segments[s]!.end <= at) s++;
    return segments[s]?.kind ?? null;
  };
}
