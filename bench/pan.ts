/**
 * npm run bench:pan -- <corpus-dir> [--option name=value …] [--cases]
 *
 * `--option minRun=3` passes an engine option (numbers and true/false), for tuning;
 * `--cases` lists every annotated case with its recall and the detections that overlap it;
 * `--half odd` or `--half even` keeps only the pairs whose suspicious document's number is odd
 * or even: the engine's thresholds were tuned on the odd half of the Indonesian corpus, so the
 * even half is the figure on data it was not tuned on.
 *
 * PAN's text-alignment measures (precision, recall, granularity, plagdet; Potthast et al. 2010,
 * computed as PAN's evaluator does: src/pan/measures.ts) of the engine on any PAN-format corpus,
 * with recall per obfuscation type and time per pair. In the same run, a baseline: the engine's
 * passages taken as detections, so the gain of its reuse cases shows. Corpora are never
 * committed: pass a path (see README, "Benchmark").
 */
import { readPanCorpus } from '../src/pan/corpus';
import { corpusPaths, detectPair } from '../src/pan/evaluate';
import {
  annotationRecall,
  annotationsOverlap,
  granularity,
  panMeasures,
  recallByObfuscation,
} from '../src/pan/measures';
import type { PanAnnotation } from '../src/pan/types';
import type { CompareOptions } from '../src/core';

const USAGE =
  'usage: npm run bench:pan -- <pan-corpus-dir> [--option name=value …] [--cases] [--half odd|even]';
const positional: string[] = [];
const options: Record<string, number | boolean> = {};
let listCases = false;
let half: 'odd' | 'even' | null = null;
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i]!;
  if (arg === '--cases') listCases = true;
  else if (arg === '--half') {
    const value = process.argv[++i];
    if (value !== 'odd' && value !== 'even') {
      console.error(USAGE);
      process.exit(2);
    }
    half = value;
  } else if (arg === '--option') {
    const m = /^(\w+)=(.+)$/.exec(process.argv[++i] ?? '');
    const value = m?.[2] === 'true' ? true : m?.[2] === 'false' ? false : Number(m?.[2]);
    if (!m || (typeof value === 'number' && !Number.isFinite(value))) {
      console.error(USAGE);
      process.exit(2);
    }
    options[m[1]!] = value;
  } else positional.push(arg);
}
const dir = positional[0];
if (dir === undefined || positional.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

const whole = readPanCorpus(dir);
/** The number in a document's name, for `--half`. */
const inHalf = (suspicious: string) => {
  if (half === null) return true;
  const n = Number(/(\d+)(?!.*\d)/.exec(suspicious)?.[1] ?? NaN);
  return n % 2 === (half === 'odd' ? 1 : 0);
};
const corpus = {
  ...whole,
  pairs: whole.pairs.filter((p) => inHalf(p.suspicious)),
  cases: whole.cases.filter((c) => inHalf(c.suspicious)),
};
const quantile = (xs: number[], q: number) =>
  [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const f3 = (x: number) => x.toFixed(3);

console.log(`PAN text alignment on ${dir}`);
console.log(
  `  ${corpus.pairs.length} pairs (${corpus.pairsFrom}), ${corpus.sources.size} source and ${corpus.suspicious.size} suspicious documents, ${corpus.cases.length} cases`,
);
for (const p of corpus.problems) console.log(`  note: ${p}`);
if (Object.keys(options).length > 0) console.log(`  engine options: ${JSON.stringify(options)}`);
if (half !== null) console.log(`  only the pairs whose suspicious document's number is ${half}`);

const found: { cases: PanAnnotation[]; passages: PanAnnotation[] } = { cases: [], passages: [] };
const passageWords: number[] = [];
const times: number[] = [];
let engineHasCases = false;
let failed = 0;
const started = performance.now();
for (const pair of corpus.pairs) {
  const result = detectPair(pair, corpusPaths(corpus), options as Partial<CompareOptions>);
  if (!result.ok) {
    failed++;
    console.log(`  skipped: ${result.problem}`);
    continue;
  }
  found.cases.push(...result.cases);
  found.passages.push(...result.passages);
  passageWords.push(...result.passageWords);
  times.push(result.engineMs);
  engineHasCases ||= result.engineHasCases;
}
const wall = (performance.now() - started) / 1000;

console.log(
  `  engine ms per pair: median ${quantile(times, 0.5).toFixed(1)}, p95 ${quantile(times, 0.95).toFixed(1)}, max ${Math.max(...times).toFixed(0)} (${times.length} pairs, ${failed} skipped, ${wall.toFixed(0)} s in all)`,
);
if (!engineHasCases)
  console.log(
    '  the engine gives no reuse cases yet: its passages are the detections on both lines',
  );

const rows: [string, PanAnnotation[]][] = [
  ['cases (detections)', found.cases],
  ['passages (baseline)', found.passages],
];
console.log('\n  detections            count   precision  recall  granularity  plagdet');
for (const [label, detections] of rows) {
  const m = panMeasures(corpus.cases, detections);
  console.log(
    `  ${label.padEnd(20)}  ${String(m.detections).padStart(6)}   ${f3(m.precision)}      ${f3(m.recall)}   ${m.granularity.toFixed(2).padStart(6)}       ${f3(m.plagdet)}`,
  );
}

console.log(
  '\n  by obfuscation          cases   recall (granularity): cases-as-detections  passages-as-detections',
);
const byCases = recallByObfuscation(corpus.cases, found.cases);
const byPassages = recallByObfuscation(corpus.cases, found.passages);
const ofLabel = (label: string) =>
  corpus.cases.filter((c) => (c.obfuscation ?? 'unlabelled') === label);
for (const [label, r] of byCases) {
  const g = (d: PanAnnotation[]) => granularity(ofLabel(label), d).toFixed(2);
  console.log(
    `  ${label.padEnd(22)} ${String(r.cases).padStart(5)}   ${f3(r.recall)} (${g(found.cases)})                  ${f3(byPassages.get(label)!.recall)} (${g(found.passages)})`,
  );
}

// Where the baseline's false detections come from: short passages outside every case.
const casesOf = new Map<string, PanAnnotation[]>();
for (const c of corpus.cases) casesOf.set(c.suspicious, [...(casesOf.get(c.suspicious) ?? []), c]);
const outside = (d: PanAnnotation) =>
  !(casesOf.get(d.suspicious) ?? []).some((c) => annotationsOverlap(d, c));
console.log('\n  passages by length     count   outside every case');
for (const [label, lo, hi] of [
  ['4-5 words', 0, 5],
  ['6-9 words', 6, 9],
  ['10-19 words', 10, 19],
  ['20+ words', 20, Infinity],
] as const) {
  const these = found.passages.filter((_, i) => passageWords[i]! >= lo && passageWords[i]! <= hi);
  console.log(
    `  ${label.padEnd(20)} ${String(these.length).padStart(6)}   ${String(these.filter(outside).length).padStart(6)}`,
  );
}
console.log(
  `  cases-as-detections outside every case: ${found.cases.filter(outside).length} of ${found.cases.length}`,
);

if (listCases) {
  console.log(
    '\n  every case: obfuscation, suspicious [offset+length], source [offset+length]; recall (detections overlapping) for cases, then passages',
  );
  for (const c of corpus.cases) {
    const near = (ds: PanAnnotation[]) => ds.filter((d) => annotationsOverlap(c, d));
    const cell = (ds: PanAnnotation[]) =>
      `${f3(annotationRecall(c, near(ds)))} (${near(ds).length})`;
    console.log(
      `  ${(c.obfuscation ?? 'unlabelled').padEnd(20)} ${c.suspicious} [${c.suspiciousOffset}+${c.suspiciousLength}]  ${c.source} [${c.sourceOffset}+${c.sourceLength}]  ${cell(found.cases)}  ${cell(found.passages)}`,
    );
  }
}
