import type { WordIndex } from './types';

/** A sentence of A and a sentence of B that say the same with (partly) other words. */
export interface SentenceLink {
  /** Word ranges `[first, end)`: the two sentence units. */
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
  /** Cosine of their weighted content-word vectors, 0 to 1. */
  readonly score: number;
}

export interface RewordOptions {
  /** Fewest characters a folded word needs to count as a content word. */
  readonly minContentLength: number;
  /** Characters of a folded word that make its stem (prefix truncation: language-independent). */
  readonly stemLength: number;
  /** Least cosine and Dice overlap of content stems for a pair of sentences to be linked. */
  readonly minCosine: number;
  readonly minDice: number;
  /** Fewest content stems two sentences must share: one or two shared words link short sentences by chance. */
  readonly minCommon: number;
  /** A stem standing in more sentences (of both texts) than this is too common to propose candidates. */
  readonly maxPostings: number;
}

export const REWORD_OPTIONS: RewordOptions = {
  minContentLength: 4,
  stemLength: 5,
  minCosine: 0.25,
  minDice: 0.25,
  minCommon: 3,
  maxPostings: 64,
};

/**
 * Sentence pairs that restate each other, seeded as the PAN text-alignment winners seed them
 * (Sanchez-Perez, Sidorov & Gelbukh 2014): each sentence is a vector of content-word stems
 * weighted by term frequency and inverse sentence frequency over both texts; a pair is linked
 * when both its cosine and the Dice overlap of its stem sets reach a threshold. Stems are folded
 * words cut to a few characters, and content words are those of a few characters or more: crude,
 * but the same for any language written with spaces, and deterministic. Candidates come from an
 * inverted index whose postings are capped, so the work stays linear in the texts' length.
 *
 * `units` are the sentence bounds of each text (see `sentenceUnits`); `skip` marks, per side,
 * sentences not to link (already matched word for word).
 */
export function findRewordings(
  words: readonly [WordIndex, WordIndex],
  units: readonly [Int32Array, Int32Array],
  keyOf: (id: number) => string,
  skip: readonly [Uint8Array, Uint8Array],
  options: RewordOptions = REWORD_OPTIONS,
): SentenceLink[] {
  const stems = new StemTable(keyOf, options);
  // Sentence frequency over every sentence of both texts; bags only for those that may link
  // (in an edited copy, most sentences are matched word for word and skipped).
  const stemIds = [stemsOf(words[0], stems), stemsOf(words[1], stems)] as const;
  const df = sentenceFrequency(stemIds, units, stems.count);
  const bags = [
    bagsOf(stemIds[0], units[0], skip[0]),
    bagsOf(stemIds[1], units[1], skip[1]),
  ] as const;
  const total = bags[0].length + bags[1].length;
  const weight = (stem: number) => Math.log(1 + total / df[stem]!);
  const norms = bags.map((side) =>
    side.map((bag) => {
      let sum = 0;
      for (const [stem, tf] of bag) sum += (tf * weight(stem)) ** 2;
      return Math.sqrt(sum);
    }),
  );
  // Inverted index over A's sentences.
  const postings = new Map<number, number[]>();
  bags[0].forEach((bag, s) => {
    if (skip[0][s]) return;
    for (const stem of bag.keys()) {
      let list = postings.get(stem);
      if (list === undefined) postings.set(stem, (list = []));
      list.push(s);
    }
  });
  const links: SentenceLink[] = [];
  const dot = new Float64Array(bags[0].length);
  const common = new Int32Array(bags[0].length);
  const touched: number[] = [];
  bags[1].forEach((bagB, sb) => {
    if (skip[1][sb] || bagB.size === 0) return;
    for (const [stem, tfB] of bagB) {
      const list = postings.get(stem);
      // Capped by the stem's frequency over both texts, so swapping A and B links the same pairs.
      if (list === undefined || df[stem]! > options.maxPostings) continue;
      const w = weight(stem) ** 2 * tfB;
      for (const sa of list) {
        if (common[sa] === 0) touched.push(sa);
        dot[sa]! += w * bags[0][sa]!.get(stem)!;
        common[sa]!++;
      }
    }
    for (const sa of touched) {
      const cosine = dot[sa]! / (norms[0]![sa]! * norms[1]![sb]!);
      const dice = (2 * common[sa]!) / (bags[0][sa]!.size + bagB.size);
      if (
        common[sa]! >= options.minCommon &&
        cosine >= options.minCosine &&
        dice >= options.minDice
      ) {
        links.push({
          a: [units[0][sa]!, units[0][sa + 1]!],
          b: [units[1][sb]!, units[1][sb + 1]!],
          score: Math.min(1, cosine),
        });
      }
      dot[sa] = 0;
      common[sa] = 0;
    }
    touched.length = 0;
  });
  return links;
}

/** Stem ids per word id, computed once per distinct word. */
class StemTable {
  private readonly byWord = new Map<number, number>();
  private readonly byStem = new Map<string, number>();

  constructor(
    private readonly keyOf: (id: number) => string,
    private readonly options: RewordOptions,
  ) {}

  /** The stem id of a word id, or -1 for a word too short to carry content. */
  of(id: number): number {
    let stem = this.byWord.get(id);
    if (stem === undefined) {
      const key = this.keyOf(id);
      if (key.length < this.options.minContentLength) stem = -1;
      else {
        const prefix = key.slice(0, this.options.stemLength);
        stem = this.byStem.get(prefix);
        if (stem === undefined) this.byStem.set(prefix, (stem = this.byStem.size));
      }
      this.byWord.set(id, stem);
    }
    return stem;
  }

  get count(): number {
    return this.byStem.size;
  }
}

function stemsOf(words: WordIndex, stems: StemTable): Int32Array {
  const out = new Int32Array(words.ids.length);
  for (let w = 0; w < out.length; w++) out[w] = stems.of(words.ids[w]!);
  return out;
}

/** In how many sentences (of both texts) each stem stands. */
function sentenceFrequency(
  stemIds: readonly [Int32Array, Int32Array],
  units: readonly [Int32Array, Int32Array],
  count: number,
): Int32Array {
  const df = new Int32Array(count);
  const lastSeen = new Int32Array(count).fill(-1);
  let sentence = 0;
  for (const side of [0, 1] as const) {
    const u = units[side];
    for (let s = 0; s + 1 < u.length; s++, sentence++) {
      for (let w = u[s]!; w < u[s + 1]!; w++) {
        const stem = stemIds[side][w]!;
        if (stem >= 0 && lastSeen[stem] !== sentence) {
          lastSeen[stem] = sentence;
          df[stem]!++;
        }
      }
    }
  }
  return df;
}

/** Each sentence's content stems with their counts (empty for a sentence not to link). */
function bagsOf(stemIds: Int32Array, units: Int32Array, skip: Uint8Array): Map<number, number>[] {
  const bags: Map<number, number>[] = [];
  for (let s = 0; s + 1 < units.length; s++) {
    const bag = new Map<number, number>();
    if (skip[s] === 0) {
      for (let w = units[s]!; w < units[s + 1]!; w++) {
        const stem = stemIds[w]!;
        if (stem >= 0) bag.set(stem, (bag.get(stem) ?? 0) + 1);
      }
    }
    bags.push(bag);
  }
  return bags;
}
