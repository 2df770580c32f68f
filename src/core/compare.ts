import { diffArrays } from 'diff';
import { groupCases, type CaseOptions, type Evidence } from './cases';
import { placeRuns } from './chain';
import { buildKgramIndex } from './kgrams';
import { findRuns, type Run } from './match';
import { Interner } from './normalize';
import { claimedBy, extendEdges, refineGaps, type Tile } from './refine';
import { findQuotes, wordsInQuotes } from './quotes';
import { publish, type RawCase, type RawPassage } from './publish';
import { findRepeats } from './repeats';
import { findRewordings, type RewordOptions, type SentenceLink } from './reworded';
import {
  KIND_MOVED,
  KIND_REWORDED,
  KIND_SHARED,
  KIND_UNIQUE,
  buildSegments,
  type WordMarks,
} from './segments';
import { sentenceUnits } from './sentences';
import { indexWords } from './tokenize';
import type {
  CaseKind,
  CompareOptions,
  Comparison,
  Pair,
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

/** A sentence that is mostly matched word for word is an edit, not a restatement. */
const MATCHED_SENTENCE = 0.6;

/** Compares two sources: the one public entry of the engine. */
export function compareSources(
  sources: Pair<Source>,
  options: Partial<CompareOptions> = {},
  tuning: { cases?: CaseOptions; reword?: RewordOptions } = {},
): Comparison {
  const { minRun, maxGap, maxSeedOccurrences } = { ...DEFAULT_OPTIONS, ...options };
  const interner = new Interner();
  const keyOf = (id: number) => interner.keyOf(id);
  const words: Pair<WordIndex> = [
    indexWords(sources[0].text, interner),
    indexWords(sources[1].text, interner),
  ];
  const lengths = [words[0].ids.length, words[1].ids.length] as const;
  const indexes = [
    buildKgramIndex(words[0].ids, minRun),
    buildKgramIndex(words[1].ids, minRun),
  ] as const;
  // Seeds, then passages: maximal shared runs, placed in order first, the rest moved; short
  // gaps between neighbours aligned word by word.
  const runs = findRuns(
    words[0].ids,
    words[1].ids,
    minRun,
    maxSeedOccurrences,
    indexes[0],
    indexes[1],
  );
  const placed = placeRuns(
    runs,
    lengths[0],
    lengths[1],
    minRun,
    tieBreak(words[0].ids, lengths, keyOf),
  );
  const tiles = extendEdges(
    refineGaps(placed, words[0].ids, words[1].ids, maxGap, keyOf),
    words[0].ids,
    words[1].ids,
    maxGap,
  );
  // Restatements: sentences not matched word for word, linked by their content words.
  const units = [
    sentenceUnits(sources[0].text, words[0], sources[0].blocks),
    sentenceUnits(sources[1].text, words[1], sources[1].blocks),
  ] as const;
  const claimed = [claimedBy(tiles, lengths[0], 'a'), claimedBy(tiles, lengths[1], 'b')] as const;
  const links = findRewordings(
    words,
    units,
    keyOf,
    [mostlyClaimed(units[0], claimed[0]), mostlyClaimed(units[1], claimed[1])],
    tuning.reword,
  );
  // Cases: evidence grouped into reuses; what belongs to no case is not shown as shared.
  const evidence: Evidence[] = [
    ...tiles.map((t) => ({
      a: [t.a, t.a + t.length] as const,
      b: [t.b, t.b + t.length] as const,
      exact: t.length,
    })),
    ...links.map((l) => ({ a: l.a, b: l.b, exact: 0 })),
  ];
  const groups = groupCases(evidence, lengths, tuning.cases);
  const caseOf = new Int32Array(evidence.length).fill(-1);
  groups.forEach((g, c) => g.members.forEach((m) => (caseOf[m] = c)));
  const keptTiles = tiles.map((t, i) => ({ ...t, group: caseOf[i]! })).filter((t) => t.group >= 0);
  const keptLinks = links
    .map((link, i) => ({ link, group: caseOf[tiles.length + i]! }))
    .filter((l) => l.group >= 0);
  const marks = [emptyMarks(lengths[0]), emptyMarks(lengths[1])] as const;
  const { passages, groupOf } = placePassages(keptTiles, keptLinks, words, marks, keyOf);
  markSharedQuotes(sources, words, passages, marks);
  markRepeats(marks[0], findRepeats(words[0].ids, indexes[0]), minRun);
  markRepeats(marks[1], findRepeats(words[1].ids, indexes[1]), minRun);
  const segments: Pair<Segment[]> = [
    buildSegments(sources[0].text, words[0], marks[0]),
    buildSegments(sources[1].text, words[1], marks[1]),
  ];
  return publish({
    sources,
    words,
    marks,
    passages,
    cases: casesOf(groups, passages, groupOf),
    segments,
    stats: [statsFor(marks[0], passages, 0), statsFor(marks[1], passages, 1)],
  });
}

/**
 * A number in [0, 1) to break ties between equally heavy chains, the same way whichever text is
 * A. First, a run at the same relative place in both texts is preferred: when a sentence stands
 * twice in B (a lead repeated under the headline), its partner in A keeps to the copy that lines
 * up with its neighbours. Then, the run's words (their normalized spelling, not their ids, which
 * depend on which text was read first).
 */
function tieBreak(
  idsA: Int32Array,
  lengths: readonly [number, number],
  keyOf: (id: number) => string,
): (run: Run) => number {
  const wordHash = new Map<number, number>();
  const hashOf = (id: number) => {
    let h = wordHash.get(id);
    if (h === undefined) {
      h = 0x811c9dc5;
      const key = keyOf(id);
      for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
      wordHash.set(id, h);
    }
    return h;
  };
  return (run) => {
    let h = 0x9e3779b1;
    for (let t = 0; t < run.length; t++) h = Math.imul(h ^ hashOf(idsA[run.a + t]!), 0x01000193);
    const apart = Math.abs(run.a / Math.max(1, lengths[0]) - run.b / Math.max(1, lengths[1]));
    return 0.999 * (1 - apart) + 0.001 * ((h >>> 0) / 2 ** 32);
  };
}

function emptyMarks(n: number): WordMarks {
  return {
    kind: new Uint8Array(n),
    passage: new Int32Array(n).fill(-1),
    repeatOf: new Int32Array(n).fill(-1),
    quote: new Uint8Array(n),
  };
}

/** Per sentence unit, 1 where most of its words are already matched word for word. */
function mostlyClaimed(units: Int32Array, claimed: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.max(0, units.length - 1));
  for (let s = 0; s + 1 < units.length; s++) {
    let n = 0;
    for (let w = units[s]!; w < units[s + 1]!; w++) n += claimed[w]!;
    if (n >= MATCHED_SENTENCE * (units[s + 1]! - units[s]!)) out[s] = 1;
  }
  return out;
}

interface Placement {
  readonly passage: RawPassage;
  readonly group: number;
  /** For a restatement, per side, the words it claims and their kind (a passage claims its range). */
  readonly claims: Pair<[number, number][]> | null;
}

/**
 * The passages to show: the kept word-for-word tiles, and for the kept restatements, each
 * sentence linked to at most one other (the best scoring first). Inside a restated sentence pair
 * the words both say are aligned (jsdiff on the words not matched elsewhere) and stay shared;
 * the rest is reworded. Passages are numbered in order of A; the marks are written here.
 */
function placePassages(
  tiles: readonly (Tile & { group: number })[],
  links: readonly { link: SentenceLink; group: number }[],
  words: Pair<WordIndex>,
  marks: readonly [WordMarks, WordMarks],
  keyOf: (id: number) => string,
): { passages: RawPassage[]; groupOf: number[] } {
  // Word-for-word passages claim whole ranges; only restatements list their words one by one.
  const placements: Placement[] = tiles.map((t) => ({
    passage: {
      words: [
        [t.a, t.a + t.length],
        [t.b, t.b + t.length],
      ],
      moved: t.moved,
      reworded: false,
    },
    group: t.group,
    claims: null,
  }));
  const taken = [
    claimedBy(tiles, marks[0].kind.length, 'a'),
    claimedBy(tiles, marks[1].kind.length, 'b'),
  ];
  const usedSentence = [new Set<number>(), new Set<number>()];
  const byScore = [...links].sort(
    (x, y) =>
      y.link.score - x.link.score ||
      x.link.a[0] + x.link.b[0] - (y.link.a[0] + y.link.b[0]) ||
      Math.abs(x.link.a[0] - x.link.b[0]) - Math.abs(y.link.a[0] - y.link.b[0]),
  );
  for (const { link, group } of byScore) {
    if (usedSentence[0]!.has(link.a[0]) || usedSentence[1]!.has(link.b[0])) continue;
    const free = [link.a, link.b].map(([from, to], side) => {
      const out: number[] = [];
      for (let w = from; w < to; w++) if (taken[side]![w] === 0) out.push(w);
      return out;
    }) as [number[], number[]];
    if (free[0].length === 0 || free[1].length === 0) continue;
    usedSentence[0]!.add(link.a[0]);
    usedSentence[1]!.add(link.b[0]);
    const claims = alignRestatement(free, words, keyOf);
    for (const side of [0, 1] as const) for (const [w] of claims[side]) taken[side]![w] = 1;
    placements.push({
      passage: { words: [link.a, link.b], moved: false, reworded: true },
      group,
      claims,
    });
  }
  placements.sort(
    (x, y) =>
      x.passage.words[0][0] - y.passage.words[0][0] ||
      x.passage.words[1][0] - y.passage.words[1][0],
  );
  const claim = (side: 0 | 1, w: number, kind: number, index: number) => {
    if (marks[side].passage[w] !== -1)
      throw new Error('a word was claimed by two passages; this is a bug');
    marks[side].kind[w] = kind;
    marks[side].passage[w] = index;
  };
  placements.forEach((p, index) => {
    for (const side of [0, 1] as const) {
      if (p.claims === null) {
        const [from, to] = p.passage.words[side];
        const kind = p.passage.moved ? KIND_MOVED : KIND_SHARED;
        for (let w = from; w < to; w++) claim(side, w, kind, index);
      } else {
        for (const [w, kind] of p.claims[side]) claim(side, w, kind, index);
      }
    }
  });
  return { passages: placements.map((p) => p.passage), groupOf: placements.map((p) => p.group) };
}

/** Marks the words two restated sentences both say as shared, the others as reworded. */
function alignRestatement(
  free: readonly [number[], number[]],
  words: Pair<WordIndex>,
  keyOf: (id: number) => string,
): Pair<[number, number][]> {
  const ids = [free[0].map((w) => words[0].ids[w]!), free[1].map((w) => words[1].ids[w]!)];
  // Diff in one canonical order, so swapping A and B gives the same alignment (as refine.ts).
  const flip = compareKeys(ids[0]!, ids[1]!, keyOf) > 0;
  const changes = flip ? diffArrays(ids[1]!, ids[0]!) : diffArrays(ids[0]!, ids[1]!);
  const claims: [[number, number][], [number, number][]] = [[], []];
  const at = [0, 0];
  for (const change of changes) {
    const inA = flip ? change.added : change.removed;
    const inB = flip ? change.removed : change.added;
    for (const side of [0, 1] as const) {
      if ((side === 0 && inB) || (side === 1 && inA)) continue;
      const kind = inA || inB ? KIND_REWORDED : KIND_SHARED;
      for (let t = 0; t < change.count; t++) claims[side].push([free[side][at[side]!++]!, kind]);
    }
  }
  return claims;
}

function compareKeys(x: number[], y: number[], keyOf: (id: number) => string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i]) return keyOf(x[i]!) < keyOf(y[i]!) ? -1 : 1;
  }
  return x.length - y.length;
}

/** The cases with their passages; a case left with no passage to show is dropped. */
function casesOf(
  groups: readonly { a: [number, number]; b: [number, number] }[],
  passages: readonly RawPassage[],
  groupOf: readonly number[],
): RawCase[] {
  const members = groups.map((): number[] => []);
  groupOf.forEach((g, p) => members[g]!.push(p));
  const out: RawCase[] = [];
  groups.forEach((g, i) => {
    const own = members[i]!;
    if (own.length === 0) return;
    let exact = 0;
    for (const p of own) {
      const passage = passages[p]!;
      if (!passage.reworded) exact += passage.words[0][1] - passage.words[0][0];
    }
    const span = Math.max(g.a[1] - g.a[0], g.b[1] - g.b[0]);
    const kind: CaseKind =
      exact >= 0.95 * span ? 'verbatim' : exact >= 0.5 * span ? 'edited' : 'reworded';
    out.push({ words: [g.a, g.b], kind, passages: own });
  });
  return out;
}

/** Marks matched words that stand inside quotation marks in both texts: shared quotations. */
function markSharedQuotes(
  sources: Pair<Source>,
  words: Pair<WordIndex>,
  passages: readonly RawPassage[],
  marks: readonly [WordMarks, WordMarks],
): void {
  const quoted = [
    wordsInQuotes(words[0].starts, findQuotes(sources[0].text)),
    wordsInQuotes(words[1].starts, findQuotes(sources[1].text)),
  ] as const;
  for (const p of passages) {
    if (p.reworded) continue;
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

function statsFor(marks: WordMarks, passages: readonly RawPassage[], side: 0 | 1): SideStats {
  let shared = 0;
  let moved = 0;
  let reworded = 0;
  let quoted = 0;
  marks.kind.forEach((k, w) => {
    if (k === KIND_SHARED) shared++;
    else if (k === KIND_MOVED) moved++;
    else if (k === KIND_REWORDED) reworded++;
    quoted += marks.quote[w]!;
  });
  let longestPassage = 0;
  // The longest run word for word, as the relation counts it (a restated sentence is no run).
  for (const p of passages)
    if (!p.reworded) longestPassage = Math.max(longestPassage, p.words[side][1] - p.words[side][0]);
  const words = marks.kind.length;
  return {
    words,
    shared,
    moved,
    reworded,
    unique: words - shared - moved - reworded,
    passages: passages.length,
    longestPassage,
    quoted,
  };
}
