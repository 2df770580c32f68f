import { compareSources } from '../core';
import { comparisonJson } from '../core';
import { parsePlainText } from '../core';
import type { CompareOptions } from '../core';
import { codePointOffsets } from './offsets';
import type { PanAnnotation } from './types';

/** A stretch of A (the source document) reused as a stretch of B (the suspicious one). */
export interface Detection {
  /** UTF-16 offsets into A and into B, end exclusive, as in the command line's JSON. */
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
}

/** What `detectionsOf` reads from the command line's JSON: its cases when it has them. */
export interface DetectionJson {
  readonly passages: readonly { a: readonly number[]; b: readonly number[]; words?: number }[];
  readonly cases?: readonly { a: readonly number[]; b: readonly number[] }[];
}

export type DetectionUnit = 'cases' | 'passages';

/**
 * The detections in a comparison's JSON (`comparisonJson`): its reuse cases when the engine
 * gives them, otherwise its passages; or the unit asked for (`passages` is the baseline).
 */
export function detectionsOf(json: DetectionJson, unit: DetectionUnit = 'cases'): Detection[] {
  const spans = unit === 'cases' && json.cases !== undefined ? json.cases : json.passages;
  return spans.map(({ a, b }) => ({ a: [a[0]!, a[1]!], b: [b[0]!, b[1]!] }));
}

/** Whether the JSON has reuse cases (the engine after issue 10) or only passages. */
export const hasCases = (json: DetectionJson): boolean => json.cases !== undefined;

/** Detections as PAN annotations, offsets converted from UTF-16 to code points. */
export function toPanDetections(
  detections: readonly Detection[],
  names: { suspicious: string; source: string },
  texts: { suspicious: string; source: string },
): PanAnnotation[] {
  const inSource = codePointOffsets(texts.source);
  const inSuspicious = codePointOffsets(texts.suspicious);
  return detections.map((d) => {
    const b0 = inSuspicious(d.b[0]);
    const a0 = inSource(d.a[0]);
    return {
      suspicious: names.suspicious,
      suspiciousOffset: b0,
      suspiciousLength: inSuspicious(d.b[1]) - b0,
      source: names.source,
      sourceOffset: a0,
      sourceLength: inSource(d.a[1]) - a0,
      name: 'detected-plagiarism',
      obfuscation: null,
    };
  });
}

/** The engine's JSON for a source document (A) against a suspicious document (B). */
export function compareForPan(
  source: { name: string; text: string },
  suspicious: { name: string; text: string },
  options: Partial<CompareOptions> = {},
): DetectionJson {
  const pair = [
    parsePlainText(source.name, source.text),
    parsePlainText(suspicious.name, suspicious.text),
  ] as const;
  return comparisonJson(compareSources(pair, options), pair);
}
