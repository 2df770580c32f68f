import { candidatePairs, DEFAULT_CANDIDATES, type CandidateOptions } from './candidates';
import { familiesOf, linkOf, type Family, type Link } from './families';
import { DEFAULT_FINGERPRINT, fingerprint, type FingerprintOptions } from './fingerprint';
import { comparePair, isRelated, MIN_CASE_WORDS } from './pair';
import type { CollectionDoc, PairResult } from './types';

export interface CollectionOptions {
  readonly fingerprint: FingerprintOptions;
  readonly candidates: CandidateOptions;
  /** A pair is related when it shares a case of at least this many words. */
  readonly minWords: number;
}

export const DEFAULT_COLLECTION: CollectionOptions = {
  fingerprint: DEFAULT_FINGERPRINT,
  candidates: DEFAULT_CANDIDATES,
  minWords: MIN_CASE_WORDS,
};

/** Where the pipeline is: called after each document is fingerprinted and each pair compared. */
export type CollectionProgress = (step: {
  readonly phase: 'fingerprints' | 'comparisons';
  readonly done: number;
  readonly total: number;
}) => void;

export interface CollectionResult {
  /** Related pairs, ordered by the documents' order. */
  readonly pairs: readonly PairResult[];
  readonly families: readonly Family[];
  /** Pairs compared in full. */
  readonly compared: number;
}

/**
 * The whole pipeline in one thread: fingerprints, candidate pairs, the engine on each
 * candidate, families. The command line runs the same stages with the fingerprints and the
 * comparisons in worker threads (`cli/collection.ts`); this is what tests, small callers and the
 * page's collection worker use (the page's worker reports each step through `onProgress`).
 */
export function findFamilies(
  docs: readonly CollectionDoc[],
  options: CollectionOptions = DEFAULT_COLLECTION,
  onProgress: CollectionProgress = () => {},
): CollectionResult {
  const prints = docs.map((d, k) => {
    const print = fingerprint(d.source.text, options.fingerprint);
    onProgress({ phase: 'fingerprints', done: k + 1, total: docs.length });
    return print;
  });
  const candidates = candidatePairs(prints, options.candidates);
  const pairs: PairResult[] = [];
  const links: Link[] = [];
  onProgress({ phase: 'comparisons', done: 0, total: candidates.length });
  for (const [k, { i, j }] of candidates.entries()) {
    const pair = comparePair(docs[i]!.source, docs[j]!.source);
    onProgress({ phase: 'comparisons', done: k + 1, total: candidates.length });
    if (!isRelated(pair, options.minWords)) continue;
    pairs.push(pair);
    links.push(linkOf(i, j, pair));
  }
  return { pairs, families: familiesOf(docs.map(memberOf), links), compared: candidates.length };
}

export const memberOf = (d: CollectionDoc) => ({ id: d.source.id, date: d.date, series: d.series });

/** `summary.csv`: one row per related pair, for a spreadsheet (RFC 4180 quoting). */
export const SUMMARY_HEADER = 'a,b,family,relation,a_in_b,b_in_a,cases,longest_case_words';

export function summaryRow(pair: Omit<PairResult, 'cases'>, cases: number, family: number): string {
  return [
    pair.a,
    pair.b,
    family,
    pair.relation.label,
    pair.aInB.toFixed(3),
    pair.bInA.toFixed(3),
    cases,
    pair.longestCase,
  ]
    .map(csvField)
    .join(',');
}

function csvField(value: string | number): string {
  const text = String(value);
  // A leading =, +, - or @ would be read as a formula by a spreadsheet: quote it as text.
  const risky = /^[=+\-@]/.test(text) && typeof value === 'string';
  return /[",\r\n]/.test(text) || risky
    ? `"${(risky ? "'" : '') + text.replace(/"/g, '""')}"`
    : text;
}
