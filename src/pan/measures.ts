import type { PanAnnotation } from './types';

/**
 * PAN's plagiarism-detection measures (Potthast, Stein, Barrón-Cedeño and Rosso, "An
 * Evaluation Framework for Plagiarism Detection", COLING 2010), computed exactly as PAN's own
 * evaluator (pan09-plagiarism-detection-performance-measures.py, version 1.3, also used for
 * PAN's later text-alignment tasks) computes them:
 *
 * - cases and detections are pooled over the whole corpus, each set deduplicated;
 * - recall is macro-averaged over cases: per case, the characters of its suspicious and source
 *   passages that some overlapping detection covers, over the two passages' lengths;
 * - precision is the same with the roles swapped (macro over detections), so a detection in a
 *   pair without any case counts as a detection with precision 0;
 * - a detection overlaps a case when they are about the same suspicious document and their
 *   suspicious passages overlap, and (when both name a source) the same source and their source
 *   passages overlap;
 * - granularity is the mean number of overlapping detections over the detected cases (1 when
 *   nothing is detected); plagdet is F1 / log2(1 + granularity).
 * - with no case and no detection at all, recall and precision are 1; with only one of them, 0.
 */

export interface PanMeasures {
  readonly recall: number;
  readonly precision: number;
  readonly granularity: number;
  readonly plagdet: number;
  readonly cases: number;
  readonly detections: number;
}

const hasSource = (x: PanAnnotation) => x.source !== '';

/** The same annotation twice counts once, as in PAN's evaluator (it keeps them in a set). */
export function uniqueAnnotations(xs: readonly PanAnnotation[]): PanAnnotation[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const key = JSON.stringify([
      x.suspicious,
      x.suspiciousOffset,
      x.suspiciousLength,
      x.source,
      x.sourceOffset,
      x.sourceLength,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether `y` overlaps `x` in PAN's sense (see above). */
export function annotationsOverlap(x: PanAnnotation, y: PanAnnotation): boolean {
  const thisOverlaps =
    x.suspicious === y.suspicious &&
    y.suspiciousOffset + y.suspiciousLength > x.suspiciousOffset &&
    y.suspiciousOffset < x.suspiciousOffset + x.suspiciousLength;
  if (!(hasSource(x) && hasSource(y))) return thisOverlaps;
  return (
    thisOverlaps &&
    x.source === y.source &&
    y.sourceOffset + y.sourceLength > x.sourceOffset &&
    y.sourceOffset < x.sourceOffset + x.sourceLength
  );
}

/** Characters of [offset, offset + length) covered by the union of the given ranges. */
function coveredChars(offset: number, length: number, ranges: [number, number][]): number {
  const clipped = ranges
    .map(([from, to]): [number, number] => [Math.max(offset, from), Math.min(offset + length, to)])
    .filter(([from, to]) => from < to)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let reach = offset;
  for (const [from, to] of clipped) {
    if (to <= reach) continue;
    covered += to - Math.max(from, reach);
    reach = to;
  }
  return covered;
}

function bySuspicious(xs: readonly PanAnnotation[]): Map<string, PanAnnotation[]> {
  const index = new Map<string, PanAnnotation[]>();
  for (const x of xs) {
    const list = index.get(x.suspicious);
    if (list) list.push(x);
    else index.set(x.suspicious, [x]);
  }
  return index;
}

/** The share of `x`'s characters (both passages) that the overlapping annotations cover. */
export function annotationRecall(x: PanAnnotation, others: readonly PanAnnotation[]): number {
  const overlapping = others.filter((y) => annotationsOverlap(x, y));
  const total = x.suspiciousLength + x.sourceLength;
  if (overlapping.length === 0 || total === 0) return 0;
  const inSuspicious = coveredChars(
    x.suspiciousOffset,
    x.suspiciousLength,
    overlapping.map((y) => [y.suspiciousOffset, y.suspiciousOffset + y.suspiciousLength]),
  );
  // PAN marks the source side whenever the two overlap, even if only one names a source; an
  // annotation without a source has an empty source range, which covers nothing.
  const inSource = coveredChars(
    x.sourceOffset,
    x.sourceLength,
    overlapping.map((y) => [y.sourceOffset, y.sourceOffset + y.sourceLength]),
  );
  return (inSuspicious + inSource) / total;
}

/** Macro-averaged recall of `found` on `truth` (precision is the same with the roles swapped). */
export function macroRecall(
  truth: readonly PanAnnotation[],
  found: readonly PanAnnotation[],
): number {
  const cases = uniqueAnnotations(truth);
  const detections = uniqueAnnotations(found);
  if (cases.length === 0 && detections.length === 0) return 1;
  if (cases.length === 0 || detections.length === 0) return 0;
  const index = bySuspicious(detections);
  let sum = 0;
  for (const c of cases) sum += annotationRecall(c, index.get(c.suspicious) ?? []);
  return sum / cases.length;
}

export function granularity(
  truth: readonly PanAnnotation[],
  found: readonly PanAnnotation[],
): number {
  const cases = uniqueAnnotations(truth);
  const detections = uniqueAnnotations(found);
  if (detections.length === 0) return 1;
  const index = bySuspicious(detections);
  let detected = 0;
  let overlaps = 0;
  for (const c of cases) {
    const n = (index.get(c.suspicious) ?? []).filter((d) => annotationsOverlap(c, d)).length;
    if (n > 0) detected++;
    overlaps += n;
  }
  return detected === 0 ? 1 : overlaps / detected;
}

export function plagdet(recall: number, precision: number, gran: number): number {
  if ((recall === 0 && precision === 0) || precision < 0 || recall < 0 || gran < 1) return 0;
  return (2 * recall * precision) / (recall + precision) / Math.log2(1 + gran);
}

/** Recall, precision, granularity and plagdet of `detections` on the corpus's `cases`. */
export function panMeasures(
  cases: readonly PanAnnotation[],
  detections: readonly PanAnnotation[],
): PanMeasures {
  const recall = macroRecall(cases, detections);
  const precision = macroRecall(detections, cases);
  const gran = granularity(cases, detections);
  return {
    recall,
    precision,
    granularity: gran,
    plagdet: plagdet(recall, precision, gran),
    cases: uniqueAnnotations(cases).length,
    detections: uniqueAnnotations(detections).length,
  };
}

/** Recall per obfuscation label (cases without one under `unlabelled`), each with its case count. */
export function recallByObfuscation(
  cases: readonly PanAnnotation[],
  detections: readonly PanAnnotation[],
): Map<string, { recall: number; cases: number }> {
  const groups = new Map<string, PanAnnotation[]>();
  for (const c of uniqueAnnotations(cases)) {
    const label = c.obfuscation ?? 'unlabelled';
    groups.set(label, [...(groups.get(label) ?? []), c]);
  }
  const result = new Map<string, { recall: number; cases: number }>();
  for (const [label, group] of [...groups].sort((x, y) => x[0].localeCompare(y[0])))
    result.set(label, { recall: macroRecall(group, detections), cases: group.length });
  return result;
}
