import { lastStartingAt } from './layout';
import { KIND_MOVED, KIND_REWORDED, KIND_SHARED, type WordMarks } from './segments';
import type {
  Block,
  BlockTally,
  CaseKind,
  CharOffset,
  Comparison,
  Pair,
  Passage,
  ReuseCase,
  Segment,
  SideStats,
  Source,
  Span,
  WordIndex,
  WordPosition,
} from './types';

/** A run or restatement as the engine finds it, in plain word positions. */
export interface RawPassage {
  readonly words: Pair<readonly [number, number]>;
  readonly moved: boolean;
  readonly reworded: boolean;
}

export interface RawCase {
  readonly words: Pair<readonly [number, number]>;
  readonly kind: CaseKind;
  readonly passages: readonly number[];
}

/** What compare.ts found, with the word arrays it found it in. */
export interface Findings {
  readonly sources: Pair<Source>;
  readonly words: Pair<WordIndex>;
  readonly marks: Pair<WordMarks>;
  readonly passages: readonly RawPassage[];
  readonly cases: readonly RawCase[];
  readonly segments: Pair<readonly Segment[]>;
  readonly stats: Pair<SideStats>;
}

/**
 * Turns the engine's findings into the published comparison: ranges in characters beside word
 * positions, block tallies for figures that leave blocks out, and sources by id. Nothing that
 * leaves the core needs the word arrays again.
 */
export function publish(f: Findings): Comparison {
  const passages: Passage[] = f.passages.map((p) => ({
    words: wordSpans(p.words),
    chars: [charSpan(f.words[0], p.words[0]), charSpan(f.words[1], p.words[1])],
    blocks: [
      blockAt(f.sources[0].blocks, f.words[0].starts[p.words[0][0]] ?? 0),
      blockAt(f.sources[1].blocks, f.words[1].starts[p.words[1][0]] ?? 0),
    ],
    moved: p.moved,
    reworded: p.reworded,
  }));
  const cases: ReuseCase[] = f.cases.map((k) => ({
    words: wordSpans(k.words),
    chars: [charSpan(f.words[0], k.words[0]), charSpan(f.words[1], k.words[1])],
    kind: k.kind,
    passages: k.passages,
  }));
  return {
    ids: [f.sources[0].id, f.sources[1].id],
    lengths: [f.sources[0].text.length, f.sources[1].text.length],
    passages,
    cases,
    segments: f.segments,
    stats: f.stats,
    tallies: [
      talliesOf(f.sources[0].blocks, f.words[0], f.marks[0], passages),
      talliesOf(f.sources[1].blocks, f.words[1], f.marks[1], passages),
    ],
  };
}

const wordSpans = (w: Pair<readonly [number, number]>): Pair<Span<WordPosition>> =>
  w as unknown as Pair<Span<WordPosition>>;

/** From the first word's start to the last word's end; an empty range stands where it would begin. */
function charSpan(words: WordIndex, [from, to]: readonly [number, number]): Span<CharOffset> {
  const start = words.starts[from] ?? words.ends[from - 1] ?? 0;
  const end = to > from ? words.ends[to - 1]! : start;
  return [start as CharOffset, end as CharOffset];
}

/** The block that `offset` stands in or follows; -1 before the first block. */
function blockAt(blocks: readonly Block[], offset: number): number {
  const i = lastStartingAt(blocks, offset);
  return i >= 0 && blocks[i]!.start <= offset ? i : -1;
}

function talliesOf(
  blocks: readonly Block[],
  words: WordIndex,
  marks: WordMarks,
  passages: readonly Passage[],
): BlockTally[] {
  const n = blocks.length + 1;
  const count = {
    words: new Int32Array(n),
    shared: new Int32Array(n),
    moved: new Int32Array(n),
    reworded: new Int32Array(n),
    quoted: new Int32Array(n),
    verbatim: new Int32Array(n),
  };
  let b = -1;
  for (let w = 0; w < words.starts.length; w++) {
    const at = words.starts[w]!;
    while (b + 1 < blocks.length && blocks[b + 1]!.start <= at) b++;
    const t = b < 0 ? blocks.length : b;
    const kind = marks.kind[w]!;
    count.words[t]!++;
    if (kind === KIND_SHARED) count.shared[t]!++;
    else if (kind === KIND_MOVED) count.moved[t]!++;
    else if (kind === KIND_REWORDED) count.reworded[t]!++;
    if (marks.quote[w] === 1) count.quoted[t]!++;
    const p = marks.passage[w]!;
    if ((kind === KIND_SHARED || kind === KIND_MOVED) && p >= 0 && !passages[p]!.reworded)
      count.verbatim[t]!++;
  }
  return Array.from({ length: n }, (_, i) => ({
    words: count.words[i]!,
    shared: count.shared[i]!,
    moved: count.moved[i]!,
    reworded: count.reworded[i]!,
    quoted: count.quoted[i]!,
    verbatim: count.verbatim[i]!,
  }));
}

/**
 * The comparison's two sources, checked: a view or exporter that pairs a comparison with the
 * wrong texts would mark the wrong words, so that is a bug, never a silent mismatch.
 */
export function checkedSources(c: Comparison, sources: Pair<Source>): Pair<Source> {
  for (const side of [0, 1] as const) {
    if (sources[side].id !== c.ids[side] || sources[side].text.length !== c.lengths[side])
      throw new Error(`source ${side === 0 ? 'A' : 'B'} is not the one compared; this is a bug`);
  }
  return sources;
}
