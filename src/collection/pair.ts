import { compareSources } from '../core';
import { comparisonJson } from '../core';
import { relationOf } from '../core';
import type { Source } from '../core';
import type { PairResult } from './types';

/**
 * A pair is related when it shares a reuse case of at least this many words on both sides (the
 * issue's definition): a shared dateline or a stock paragraph of boilerplate is shorter.
 */
export const MIN_CASE_WORDS = 50;

/** Compares two documents with the same engine as `verbatim compare`. */
export function comparePair(a: Source, b: Source): PairResult {
  const comparison = compareSources([a, b]);
  const json = comparisonJson(comparison, [a, b]);
  const derived = relationOf(comparison).derived;
  let longestCase = 0;
  for (const k of json.cases)
    longestCase = Math.max(longestCase, Math.min(k.words[0]!, k.words[1]!));
  return {
    a: a.id,
    b: b.id,
    aInB: json.relation.aInB,
    bInA: json.relation.bInA,
    relation: json.relation,
    cases: json.cases,
    derived: derived === 0 ? 'a' : derived === 1 ? 'b' : null,
    longestCase,
  };
}

export const isRelated = (pair: PairResult, minWords = MIN_CASE_WORDS) =>
  pair.longestCase >= minWords;

/** The line of `pairs.jsonl`: the fields the issue names, in its order. */
export function pairLine(pair: PairResult): string {
  const { a, b, aInB, bInA, relation, cases } = pair;
  return JSON.stringify({ a, b, aInB, bInA, relation, cases });
}
