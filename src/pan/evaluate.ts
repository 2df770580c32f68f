import type { CompareOptions } from '../core';
import { readPanDocument, type PanCorpus } from './corpus';
import { compareForPan, detectionsOf, hasCases, toPanDetections } from './detect';
import type { PanAnnotation, PanPair } from './types';

export type PairResult =
  | {
      readonly ok: true;
      readonly pair: PanPair;
      /** The engine's reuse cases as detections (its passages while it has no cases). */
      readonly cases: PanAnnotation[];
      /** The engine's passages as detections: the baseline. */
      readonly passages: PanAnnotation[];
      /** The length in words of each of `passages`, in the same order. */
      readonly passageWords: number[];
      /** Whether the engine gave reuse cases at all. */
      readonly engineHasCases: boolean;
      /** Milliseconds the engine took (comparison and its JSON), reading excluded. */
      readonly engineMs: number;
    }
  | { readonly ok: false; readonly pair: PanPair; readonly problem: string };

/** Reads one pair's documents (by name, from the corpus or the given folders) and compares them. */
export function detectPair(
  pair: PanPair,
  paths: {
    source: (name: string) => string | undefined;
    suspicious: (name: string) => string | undefined;
  },
  options: Partial<CompareOptions> = {},
): PairResult {
  const texts: { source?: string; suspicious?: string } = {};
  for (const side of ['source', 'suspicious'] as const) {
    const name = pair[side];
    const path = paths[side](name);
    if (path === undefined)
      return { ok: false, pair, problem: `${side} document ${name}: not found` };
    const read = readPanDocument(path);
    if (!read.ok) return { ok: false, pair, problem: `${side} document ${name}: ${read.problem}` };
    texts[side] = read.text;
  }
  const source = { name: pair.source, text: texts.source! };
  const suspicious = { name: pair.suspicious, text: texts.suspicious! };
  const started = performance.now();
  const json = compareForPan(source, suspicious, options);
  const engineMs = performance.now() - started;
  const names = { source: pair.source, suspicious: pair.suspicious };
  const both = { source: source.text, suspicious: suspicious.text };
  return {
    ok: true,
    pair,
    cases: toPanDetections(detectionsOf(json, 'cases'), names, both),
    passages: toPanDetections(detectionsOf(json, 'passages'), names, both),
    passageWords: json.passages.map((p) => p.words ?? 0),
    engineHasCases: hasCases(json),
    engineMs,
  };
}

/** Looks documents up in a read corpus. */
export const corpusPaths = (corpus: PanCorpus) => ({
  source: (name: string) => corpus.sources.get(name),
  suspicious: (name: string) => corpus.suspicious.get(name),
});
