/**
 * npm run bench:paraphrase -- <msr_paraphrase_train.txt> [<pan-train_s1.txt> <pan-train_s2.txt> <pan-train.labels>]
 *
 * How much of a paraphrase the engine links to its source: the share of sentence 2's words
 * marked anything but `unique`, for paraphrase pairs and for non-paraphrase pairs, beside plain
 * word overlap (containment: the share of sentence 2's words that stand anywhere in sentence 1;
 * and Jaccard of the two word sets) as the baseline. How well each score separates the two
 * classes is given as ROC AUC (0.5 = no better than chance, 1 = perfect).
 *
 * MSRP pairs are single sentences; the issue asks about whole passages, so passages are also
 * built: k consecutive pairs of one label joined into one paragraph each side (A = their
 * sentence 1s, B = their sentence 2s), and unrelated passages (A of one group, B of the next,
 * i.e. other stories). Data is never committed: pass the path (see /work/data/README-local.md).
 */
import { readFileSync } from 'node:fs';
import {
  compareSources,
  normalizeWord,
  parsePlainText,
  forEachWord,
  type Comparison,
} from '../src/core';

interface LabelledPair {
  a: string;
  b: string;
  paraphrase: boolean;
}

const PASSAGE_SENTENCES = 5;

function readMsrp(path: string): LabelledPair[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/);
  const pairs: LabelledPair[] = [];
  for (const line of lines.slice(1)) {
    const f = line.split('\t');
    if (f.length !== 5 || (f[0] !== '0' && f[0] !== '1')) continue;
    pairs.push({ a: f[3]!, b: f[4]!, paraphrase: f[0] === '1' });
  }
  return pairs;
}

function readSplit(s1: string, s2: string, labels: string): LabelledPair[] {
  const lines = (p: string) => readFileSync(p, 'utf8').split(/\r?\n/);
  const [a, b, l] = [lines(s1), lines(s2), lines(labels)];
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < l.length; i++) {
    if (l[i] !== '0' && l[i] !== '1') continue;
    pairs.push({ a: a[i] ?? '', b: b[i] ?? '', paraphrase: l[i] === '1' });
  }
  return pairs;
}

function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => out.push(normalizeWord(text.slice(start, end))));
  return out;
}

/** Share of B's words the engine marks as anything but unique (linked to A). */
function linkedShare(c: Comparison, text: string): number {
  const starts: number[] = [];
  forEachWord(text, (start) => starts.push(start));
  const segments = c.segments[1];
  if (starts.length === 0) return 0;
  let s = 0;
  let linked = 0;
  for (const at of starts) {
    while (s < segments.length && segments[s]!.end <= at) s++;
    if (segments[s] !== undefined && segments[s]!.kind !== 'unique') linked++;
  }
  return linked / starts.length;
}

function overlap(a: string, b: string): { containment: number; jaccard: number } {
  const wa = new Set(words(a));
  const wb = words(b);
  const sb = new Set(wb);
  const inA = wb.filter((w) => wa.has(w)).length;
  const union = new Set([...wa, ...sb]).size;
  const common = [...sb].filter((w) => wa.has(w)).length;
  return { containment: wb.length ? inA / wb.length : 0, jaccard: union ? common / union : 0 };
}

/** ROC AUC of a score separating positives from negatives (ties count half). */
function auc(pos: number[], neg: number[]): number {
  if (pos.length === 0 || neg.length === 0) return NaN;
  const all = [...pos.map((x) => [x, 1] as const), ...neg.map((x) => [x, 0] as const)].sort(
    (x, y) => x[0] - y[0],
  );
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const rank = (i + j + 1) / 2; // mean 1-based rank of the tie group
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += rank;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

interface Scores {
  engine: number[];
  containment: number[];
  jaccard: number[];
}

function score(pairs: readonly { a: string; b: string }[]): Scores {
  const s: Scores = { engine: [], containment: [], jaccard: [] };
  for (const { a, b } of pairs) {
    s.engine.push(linkedShare(compareSources([parsePlainText('a', a), parsePlainText('b', b)]), b));
    const o = overlap(a, b);
    s.containment.push(o.containment);
    s.jaccard.push(o.jaccard);
  }
  return s;
}

const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
const f3 = (x: number) => x.toFixed(3);

function report(
  title: string,
  groups: [string, { a: string; b: string }[]][],
  aucOf: [number, number][] = [],
): void {
  console.log(`\n${title}`);
  console.log('  pairs                          n      engine-linked  containment  jaccard');
  const scored = groups.map(([label, pairs]) => [label, pairs.length, score(pairs)] as const);
  for (const [label, n, s] of scored)
    console.log(
      `  ${label.padEnd(30)} ${String(n).padStart(5)}  ${f3(mean(s.engine))}          ${f3(mean(s.containment))}        ${f3(mean(s.jaccard))}`,
    );
  for (const [i, j] of aucOf) {
    const [p, q] = [scored[i]![2], scored[j]![2]];
    console.log(
      `  ROC AUC, ${scored[i]![0]} vs ${scored[j]![0]}: engine ${f3(auc(p.engine, q.engine))}, containment ${f3(auc(p.containment, q.containment))}, jaccard ${f3(auc(p.jaccard, q.jaccard))}`,
    );
  }
}

/** k consecutive pairs joined into one passage per side. */
function passages(pairs: readonly LabelledPair[], k: number): { a: string; b: string }[] {
  const out: { a: string; b: string }[] = [];
  for (let i = 0; i + k <= pairs.length; i += k) {
    const group = pairs.slice(i, i + k);
    out.push({ a: group.map((p) => p.a).join(' '), b: group.map((p) => p.b).join(' ') });
  }
  return out;
}

/** A of each passage against B of the next: texts from other stories. */
const shifted = (ps: readonly { a: string; b: string }[]) =>
  ps.map((p, i) => ({ a: p.a, b: ps[(i + 1) % ps.length]!.b }));

function run(name: string, pairs: LabelledPair[]): void {
  const pos = pairs.filter((p) => p.paraphrase);
  const neg = pairs.filter((p) => !p.paraphrase);
  console.log(`\n${name}: ${pairs.length} pairs, ${pos.length} paraphrases, ${neg.length} not`);
  report(
    'Sentence pairs',
    [
      ['paraphrase', pos],
      ['not paraphrase (same story)', neg],
      ['unrelated (next pair)', shifted(pos)],
    ],
    [
      [0, 1],
      [0, 2],
    ],
  );
  const posPassages = passages(pos, PASSAGE_SENTENCES);
  const negPassages = passages(neg, PASSAGE_SENTENCES);
  report(
    `Passages of ${PASSAGE_SENTENCES} consecutive pairs of one label (A = sentence 1s, B = sentence 2s)`,
    [
      ['paraphrase passages', posPassages],
      ['non-paraphrase passages', negPassages],
      ['unrelated passages', shifted(posPassages)],
    ],
    [
      [0, 1],
      [0, 2],
    ],
  );
}

const args = process.argv.slice(2);
if (args.length !== 1 && args.length !== 4) {
  console.error(
    'usage: npm run bench:paraphrase -- <msr_paraphrase_train.txt> [<s1.txt> <s2.txt> <labels>]',
  );
  process.exit(2);
}
console.log(
  'Paraphrase pairs: share of sentence 2 linked to sentence 1 (development data; see README)',
);
run(`MSRP train (${args[0]})`, readMsrp(args[0]!));
if (args.length === 4) run(`Split ${args[1]}`, readSplit(args[1]!, args[2]!, args[3]!));
