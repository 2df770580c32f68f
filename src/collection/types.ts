import type { Source } from '../core';

/** One document of a collection: its id (a path relative to the folder, or a JSON Lines id). */
export interface CollectionDoc {
  readonly source: Source;
  /** passim's series (a newspaper, a site): kept and written back; null where unknown. */
  readonly series: string | null;
  /** An ISO date (YYYY-MM-DD, or a prefix of one) where known, else null. */
  readonly date: string | null;
}

/** A reuse case as the command line's `compare` gives it (see `comparisonJson`). */
export interface CaseJson {
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly kind: string;
  readonly words: readonly number[];
  readonly passages: readonly number[];
}

/** What the comparison of one candidate pair says: a line of `pairs.jsonl` when related. */
export interface PairResult {
  readonly a: string;
  readonly b: string;
  readonly aInB: number;
  readonly bInA: number;
  readonly relation: {
    readonly label: string;
    readonly text: string;
    readonly aInB: number;
    readonly bInA: number;
  };
  readonly cases: readonly CaseJson[];
  /** 'a' or 'b' where the relation names one side as derived from the other; else null. */
  readonly derived: 'a' | 'b' | null;
  /** The longest case, in words (the fewer of its two sides). */
  readonly longestCase: number;
}
