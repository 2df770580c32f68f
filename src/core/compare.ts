import { buildKgramIndex } from './kgrams';
import { findRuns, tileRuns } from './match';
import { Interner } from './normalize';
import { inOrderChain } from './order';
import { refineGaps, type Tile } from './refine';
import { findQuotes, wordsInQuotes } from './quotes';
import { findRepeats } from './repeats';
import { KIND_MOVED, KIND_SHARED, KIND_UNIQUE, buildSegments, type WordMarks } from './segments';
import { indexWords } from './tokenize';
import type {
  CompareOptions,
  Comparison,
  Pair,
  Passage,
  Segment,
  SideStats,
  Source,
  WordIndex,
} from './types';

/**
 * Defaults chosen by measurement (`npm run bench`): four words make a passage on their own
 * (three matched too many stock phrases between unrelated news texts; five missed short
 * reworded sentences); gaps of up to 12 words are aligned word by word.
 */
export const DEFAULT_OPTIONS: CompareOptions = { minRun: 4, maxGap: 12, maxSeedOccurrences: 48 };

/** Compares two sources: the one public entry of the engine. */
export function compareSources(
  sources: Pair<Source>,
  options: Partial<CompareOptions> = {},
): Comparison {
  const { minRun, maxGap, maxSeedOccurrences } = { ...DEFAULT_OPTIONS, ...options };
  const interner = new Interner();
  const words: Pair<WordIndex> = [
    indexWords(sources[0].text, interner),
    indexWords(sources[1].text, interner),
  ];
  const indexes = [
    buildKgramIndex(words[0].ids, minRun),
    buildKgramIndex(words[1].ids, minRun),
  ] as const;
  const runs = findRuns(
    words[0].ids,
    words[1].ids,
    minRun,
    maxSeedOccurrences,
    indexes[0],
    indexes[1],
  );
  const tiles = tileRuns(runs, words[0].ids.length, words[1].ids.length, minRun).sort(
    (x, y) => x.a - y.a,
  );
  const chain = inOrderChain(tiles);
  const placed: Tile[] = tiles.map((run, i) => ({ ...run, moved: chain[i] === 0 }));
  const refined = refineGaps(placed, words[0].ids, words[1].ids, maxGap, (id) =>
    interner.keyOf(id),
  );
  const passages: Passage[] = refined.map((t) => ({
    words: [
      [t.a, t.a + t.length],
      [t.b, t.b + t.length],
    ],
    moved: t.moved,
  }));
  const marks = [marksFor(words[0], passages, 0), marksFor(words[1], passages, 1)] as const;
  markSharedQuotes(sources, words, passages, marks);
  markRepeats(marks[0], findRepeats(words[0].ids, indexes[0]), minRun);
  markRepeats(marks[1], findRepeats(words[1].ids, indexes[1]), minRun);
  const segments: Pair<Segment[]> = [
    buildSegments(sources[0].text, words[0], marks[0]),
    buildSegments(sources[1].text, words[1], marks[1]),
  ];
  return {
    sources,
    passages,
    segments,
    words,
    stats: [statsFor(marks[0], passages, 0), statsFor(marks[1], passages, 1)],
  };
}

function marksFor(words: WordIndex, passages: readonly Passage[], side: 0 | 1): WordMarks {
  const n = words.ids.length;
  const kind = new Uint8Array(n);
  const passage = new Int32Array(n).fill(-1);
  passages.forEach((p, index) => {
    const [from, to] = p.words[side];
    for (let w = from; w < to; w++) {
      if (passage[w] !== -1) throw new Error('a word was claimed by two passages; this is a bug');
      kind[w] = p.moved ? KIND_MOVED : KIND_SHARED;
      passage[w] = index;
    }
  });
  return { kind, passage, repeatOf: new Int32Array(n).fill(-1), quote: new Uint8Array(n) };
}

/** Marks matched words that stand inside quotation marks in both texts: shared quotations. */
function markSharedQuotes(
  sources: Pair<Source>,
  words: Pair<WordIndex>,
  passages: readonly Passage[],
  marks: readonly [WordMarks, WordMarks],
): void {
  const quoted = [
    wordsInQuotes(words[0].starts, findQuotes(sources[0].text)),
    wordsInQuotes(words[1].starts, findQuotes(sources[1].text)),
  ] as const;
  for (const p of passages) {
    const [a0, a1] = p.words[0];
    const b0 = p.words[1][0];
    for (let t = 0; t < a1 - a0; t++) {
      if (quoted[0][a0 + t] === 1 && quoted[1][b0 + t] === 1) {
        marks[0].quote[a0 + t] = 1;
        marks[1].quote[b0 + t] = 1;
      }
    }
  }
}

/** Notes a repeat only on unique stretches of at least `minRun` repeated words. */
function markRepeats(marks: WordMarks, repeatOf: Int32Array, minRun: number): void {
  const n = repeatOf.length;
  for (let start = 0; start < n;) {
    if (marks.kind[start] !== KIND_UNIQUE || repeatOf[start]! < 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < n && marks.kind[end] === KIND_UNIQUE && repeatOf[end]! >= 0) end++;
    if (end - start >= minRun) marks.repeatOf.set(repeatOf.subarray(start, end), start);
    start = end;
  }
}

function statsFor(marks: WordMarks, passages: readonly Passage[], side: 0 | 1): SideStats {
  let shared = 0;
  let moved = 0;
  let quoted = 0;
  marks.kind.forEach((k, w) => {
    if (k === KIND_SHARED) shared++;
    else if (k === KIND_MOVED) moved++;
    quoted += marks.quote[w]!;
  });
  let longestPassage = 0;
  for (const p of passages)
    longestPassage = Math.max(longestPassage, p.words[side][1] - p.words[side][0]);
  const words = marks.kind.length;
  return {
    words,
    shared,
    moved,
    unique: words - shared - moved,
    passages: passages.length,
    longestPassage,
    quoted,
  };
}
