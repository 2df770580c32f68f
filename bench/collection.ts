/**
 * npm run bench:collection [-- --sizes 1000,10000,30000] [--seed 2026]
 *
 * `verbatim corpus` on labelled collections built from the Brown corpus (bench/collectionData.ts):
 * for each size, the command's wall time, CPU time (user + system, all threads) and peak
 * memory (maximum resident set, all threads), as /usr/bin/time reports them for the child
 * process; the pairs compared in full; pair recall and precision against the known families
 * (related = sharing at least 50 words of the base). Beside it, the two candidate indexes
 * measured on the same collection (inverted index of sampled n-grams vs MinHash/LSH), the
 * engine alone on every truly related pair (the recall any index is bounded by), and
 * all-pairs comparison as the baseline, given a time budget and projected where it gives up.
 * The machine may be shared: compare CPU time and ratios, not wall time alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidatePairs, DEFAULT_CANDIDATES } from '../src/collection/candidates';
import {
  DEFAULT_FINGERPRINT,
  fingerprint,
  ngramHashes,
  wordHashesOf,
} from '../src/collection/fingerprint';
import { lshCandidates, minHashSignature } from '../src/collection/minhash';
import { comparePair, isRelated } from '../src/collection/pair';
import { parsePlainText } from '../src/core';
import { brownParagraphs } from '../tests/support/brown';
import {
  brownBases,
  buildCollection,
  pairKey,
  truthPairs,
  type LabelledDoc,
} from './collectionData';

const root = new URL('..', import.meta.url).pathname;
const argSizes = process.argv.indexOf('--sizes');
const SIZES =
  argSizes > 0 ? process.argv[argSizes + 1]!.split(',').map(Number) : [1000, 10000, 30000];
const ALL_PAIRS_BUDGET_MS = 60_000;

const fmt = (x: number, d = 3) => x.toFixed(d);
const bases = brownBases();
const paragraphs = brownParagraphs();
const argSeed = process.argv.indexOf('--seed');
const SEED = argSeed > 0 ? Number(process.argv[argSeed + 1]) : 2026;
const collection = (size: number) => buildCollection(bases, paragraphs, size, SEED + size);

function scorePairs(found: Set<string>, truth: Set<string>) {
  let hit = 0;
  for (const k of found) if (truth.has(k)) hit++;
  return {
    recall: truth.size === 0 ? 1 : hit / truth.size,
    precision: found.size === 0 ? 1 : hit / found.size,
    hit,
  };
}

function runCommand(dir: string, out: string) {
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'TIME %e %U %S %M',
      process.execPath,
      '--import',
      'tsx',
      'cli/verbatim.ts',
      'corpus',
      dir,
      '--out',
      out,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const line = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !line)
    throw new Error(`verbatim corpus failed (${r.status}): ${r.stderr.slice(0, 400)}`);
  return { wall: +line[1]!, cpu: +line[2]! + +line[3]!, peakMB: +line[4]! / 1024 };
}

function readPairs(out: string): Set<string> {
  const found = new Set<string>();
  for (const line of readFileSync(join(out, 'pairs.jsonl'), 'utf8').split('\n'))
    if (line) {
      const { a, b } = JSON.parse(line) as { a: string; b: string };
      found.add(pairKey(a, b));
    }
  return found;
}

/** Families found vs families by construction (connected components of the true pairs). */
function familyAgreement(out: string, docs: readonly LabelledDoc[], truth: Set<string>) {
  const components = (edges: Iterable<string>) => {
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      while (parent.get(x) !== x) x = parent.get(x)!;
      return x;
    };
    for (const e of edges) {
      const [a, b] = e.split('\t') as [string, string];
      if (!parent.has(a)) parent.set(a, a);
      if (!parent.has(b)) parent.set(b, b);
      parent.set(find(a), find(b));
    }
    const groups = new Map<string, string[]>();
    for (const x of parent.keys()) groups.set(find(x), [...(groups.get(find(x)) ?? []), x]);
    return new Set([...groups.values()].map((g) => g.sort().join(' ')));
  };
  const expected = components(truth);
  const found = new Set(
    readFileSync(join(out, 'clusters.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) =>
        (JSON.parse(l) as { members: { id: string }[] }).members
          .map((m) => m.id)
          .sort()
          .join(' '),
      ),
  );
  let same = 0;
  for (const f of expected) if (found.has(f)) same++;
  // Which came first: the base is the original of its family by construction.
  const kind = new Map(docs.map((d) => [d.id, d.kind]));
  let named = 0;
  let right = 0;
  for (const l of readFileSync(join(out, 'clusters.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const first = (JSON.parse(l) as { first: { id: string } | null }).first;
    if (first === null) continue;
    named++;
    if (kind.get(first.id) === 'base') right++;
  }
  return { expected: expected.size, found: found.size, same, named, right };
}

console.log(
  `verbatim corpus on labelled Brown collections (bench/collectionData.ts, seed ${SEED}); machine shared: see CPU time`,
);
console.log(
  'docs    | in families | words/doc | wall s | CPU s | peak MB | compared | related | true pairs | recall | precision | families same/expected (found) | first named, right',
);
const rows: string[] = [];
let tenK: LabelledDoc[] | null = null;
for (const size of SIZES) {
  const docs = collection(size);
  if (size === 10000 || (tenK === null && size === SIZES[SIZES.length - 1])) tenK = docs;
  const truth = truthPairs(docs);
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-collection-'));
  const out = join(dir, 'out');
  mkdirSync(join(dir, 'in'));
  for (const d of docs) writeFileSync(join(dir, 'in', d.id), d.text);
  const words = docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0) / docs.length;
  const t = runCommand(join(dir, 'in'), out);
  const found = readPairs(out);
  const score = scorePairs(found, truth);
  const fam = familyAgreement(out, docs, truth);
  // Pairs compared in full: the same index, run in-process on the same texts (deterministic).
  const compared = candidatePairs(docs.map((d) => fingerprint(d.text))).length;
  const inFamilies = docs.filter((d) => d.family >= 0).length / docs.length;
  const row = `${String(size).padEnd(7)} | ${`${fmt(inFamilies * 100, 0)}%`.padStart(11)} | ${fmt(words, 0).padStart(9)} | ${fmt(t.wall, 1).padStart(6)} | ${fmt(t.cpu, 1).padStart(5)} | ${fmt(t.peakMB, 0).padStart(7)} | ${String(compared).padStart(8)} | ${String(found.size).padStart(7)} | ${String(truth.size).padStart(10)} | ${fmt(score.recall)}  | ${fmt(score.precision)}     | ${fam.same}/${fam.expected} (${fam.found}) | ${fam.named}, ${fam.right}`;
  console.log(row);
  rows.push(row);
  rmSync(dir, { recursive: true, force: true });
}

// The choice of index, on one collection: candidates and their recall of the true pairs.
if (tenK) {
  const docs = tenK;
  const truth = truthPairs(docs);
  const ids = docs.map((d) => d.id);
  const recallOf = (cands: { i: number; j: number }[]) => {
    let hit = 0;
    for (const c of cands) if (truth.has(pairKey(ids[c.i]!, ids[c.j]!))) hit++;
    return hit / truth.size;
  };
  console.log(
    `\ncandidate indexes on the ${docs.length}-document collection (${truth.size} true pairs); one thread`,
  );
  console.log('index                                   | build s | candidates | candidate recall');
  const variants = [
    { sample: 4, minShared: 3 },
    { sample: 4, minShared: 2 },
    { sample: 4, minShared: 5 },
    { sample: 8, minShared: 2 },
    { sample: 2, minShared: 5 },
  ];
  for (const v of variants) {
    const t0 = performance.now();
    const prints = docs.map((d) =>
      fingerprint(d.text, { n: DEFAULT_FINGERPRINT.n, sample: v.sample }),
    );
    const cands = candidatePairs(prints, {
      maxPosting: DEFAULT_CANDIDATES.maxPosting,
      minShared: v.minShared,
    });
    const s = (performance.now() - t0) / 1000;
    const chosen =
      v.sample === DEFAULT_FINGERPRINT.sample && v.minShared === DEFAULT_CANDIDATES.minShared;
    console.log(
      `${`n-grams 1/${v.sample}, ≥${v.minShared} shared, df ≤ ${DEFAULT_CANDIDATES.maxPosting}${chosen ? ' (used)' : ''}`.padEnd(39)} | ${fmt(s, 1).padStart(7)} | ${String(cands.length).padStart(10)} | ${fmt(recallOf(cands))}`,
    );
  }
  for (const [bands, rows_] of [
    [32, 4],
    [64, 2],
    [20, 5],
  ] as const) {
    const t0 = performance.now();
    const sigs = docs.map((d) =>
      minHashSignature(new Uint32Array(new Set(ngramHashes(wordHashesOf(d.text), 5))), {
        bands,
        rows: rows_,
        maxBucket: 100,
      }),
    );
    const cands = lshCandidates(sigs, { bands, rows: rows_, maxBucket: 100 });
    const s = (performance.now() - t0) / 1000;
    console.log(
      `${`MinHash/LSH ${bands}×${rows_}, bucket ≤ 100`.padEnd(39)} | ${fmt(s, 1).padStart(7)} | ${String(cands.length).padStart(10)} | ${fmt(recallOf(cands))}`,
    );
  }
}

// Baselines on the first collection: the engine on every true pair, and all pairs in a budget.
{
  const docs = collection(SIZES[0]!);
  const truth = truthPairs(docs);
  const sources = docs.map((d) => parsePlainText(d.id, d.text));
  const index = new Map(docs.map((d, k) => [d.id, k]));
  let linked = 0;
  for (const key of truth) {
    const [a, b] = key.split('\t').map((id) => sources[index.get(id)!]!) as [never, never];
    if (isRelated(comparePair(a, b))) linked++;
  }
  console.log(
    `\nthe engine alone on every true pair of the ${docs.length}-document collection: recall ${fmt(linked / truth.size)} (${linked} of ${truth.size}); an index can only lose from here`,
  );
  const total = (docs.length * (docs.length - 1)) / 2;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let done = 0;
  let foundAll = 0;
  outer: for (let i = 0; i < sources.length; i++)
    for (let j = i + 1; j < sources.length; j++) {
      if (isRelated(comparePair(sources[i]!, sources[j]!))) foundAll++;
      done++;
      if (performance.now() - t0 > ALL_PAIRS_BUDGET_MS) break outer;
    }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // Projected from CPU time: on a shared machine the wall clock also counts other programs.
  const perPair = (cpu.user + cpu.system) / 1000 / done;
  console.log(
    done === total
      ? `all-pairs baseline at ${docs.length} documents: ${total} pairs in ${fmt(ms / 1000, 1)} s (one thread), ${foundAll} related`
      : `all-pairs baseline at ${docs.length} documents: gave up after ${fmt(ms / 1000, 0)} s (CPU ${fmt((cpu.user + cpu.system) / 1e6, 0)} s, one thread) at ${done} of ${total} pairs (${fmt(perPair, 2)} ms of CPU a pair); projected ${fmt((perPair * total) / 1000 / 60, 0)} min of CPU for ${docs.length} documents, ${fmt((perPair * 49995000) / 1000 / 3600, 1)} h for 10,000`,
  );
}
