/**
 * verbatim corpus <dir | file.jsonl> [--out DIR] [--jobs N] [--min-words N]
 * verbatim corpus <dir | file.jsonl> --passim-input        (passim's input format on stdout)
 * verbatim corpus --from-passim <out.json | dir> [--out DIR]  (passim's clusters as families)
 *
 * Finds which documents of a collection reuse which: fingerprints in worker threads, candidate
 * pairs from an inverted index of sampled word n-grams, the engine on each candidate, families
 * by single link. Writes pairs.jsonl (streamed, in the documents' order), clusters.jsonl and
 * summary.csv. A file it cannot read is named on stderr and left out; the rest goes on.
 */
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readdirSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { candidatePairs } from '../src/collection/candidates';
import { familiesOf, linkOf, type Link } from '../src/collection/families';
import { isRelated, MIN_CASE_WORDS, pairLine } from '../src/collection/pair';
import {
  parseInputRecord,
  parsePassimRecord,
  passimFamilies,
  passimInputLine,
  type PassimPassage,
} from '../src/collection/passim';
import { memberOf, SUMMARY_HEADER, summaryRow } from '../src/collection/pipeline';
import { COLLECTION_FORMATS } from '../src/collection/read';
import type { CollectionDoc, PairResult } from '../src/collection/types';
import { CLI, quoted } from '../src/core';
import { CollectionPool } from './collectionPool';
import type { Task } from './collectionTasks';

/** Where the command writes: stdout (passim input), stderr (messages; progress in a terminal). */
export interface CorpusIo {
  out(text: string): void;
  err(text: string): void;
  readonly isTTY: boolean;
}

class UsageError extends Error {}

interface Args {
  input: string | null;
  out: string;
  passimInput: boolean;
  fromPassim: string | null;
  jobs: number | null;
  minWords: number;
}

function parseArgs(args: readonly string[]): Args {
  const parsed: Args = {
    input: null,
    out: 'verbatim-corpus',
    passimInput: false,
    fromPassim: null,
    jobs: null,
    minWords: MIN_CASE_WORDS,
  };
  const value = (k: number, flag: string) => {
    const v = args[k + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const count = (v: string, flag: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`${flag} takes a whole number of at least 1, not ${quoted(v)}`);
    return n;
  };
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    if (arg === '--out') parsed.out = value(k++, arg);
    else if (arg === '--passim-input') parsed.passimInput = true;
    else if (arg === '--from-passim') parsed.fromPassim = value(k++, arg);
    else if (arg === '--jobs') parsed.jobs = count(value(k++, arg), arg);
    else if (arg === '--min-words') parsed.minWords = count(value(k++, arg), arg);
    else if (arg.startsWith('--'))
      throw new UsageError(`unknown option ${quoted(arg)}; usage: ${CLI.corpusUsage}`);
    else if (parsed.input === null) parsed.input = arg;
    else throw new UsageError(`usage: ${CLI.corpusUsage}`);
  }
  if ((parsed.input === null) === (parsed.fromPassim === null))
    throw new UsageError(`usage: ${CLI.corpusUsage}`);
  return parsed;
}

/** Runs the command; resolves with the exit code: 0, 1 when some input was skipped, 2 on bad usage. */
export async function runCorpus(args: readonly string[], io: CorpusIo): Promise<number> {
  try {
    const parsed = parseArgs(args);
    if (parsed.fromPassim !== null) return await fromPassim(parsed.fromPassim, parsed.out, io);
    return await corpus(parsed, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`verbatim: ${error.message}\n`);
    return 2;
  }
}

const kindOf = (path: string): 'dir' | 'file' | null => {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
};

/** Files under `dir` in a stable order (by relative path), hidden files and folders left out. */
function* walk(dir: string, root = dir): Generator<{ path: string; id: string }> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, root);
    else yield { path, id: relative(root, path).split(sep).join('/') };
  }
}

/** Progress on stderr, only in a terminal, redrawn at most ten times a second. */
function progress(io: CorpusIo) {
  let last = 0;
  let started = Date.now();
  let shown = false;
  return {
    start() {
      started = Date.now();
    },
    show(what: string, done: number, total: number, force = false) {
      if (!io.isTTY) return;
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      const elapsed = (now - started) / 1000;
      const left =
        done > 0 && total > done ? ` · ${clock((elapsed / done) * (total - done))} left` : '';
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      io.err(
        `\r\x1b[2Kverbatim corpus: ${what} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} of ${total.toLocaleString('en')}${left}`,
      );
      shown = true;
    },
    /** Ends the bar's line before a message or at the end. */
    clear() {
      if (shown) io.err('\r\x1b[2K');
      shown = false;
    },
  };
}

/**
 * A file's series is its top folder (`nyt/2024/a.txt` → `nyt`): a collection kept one folder
 * per outlet says so by its layout. A file at the top has none.
 */
const folderSeries = (id: string) => (id.includes('/') ? id.slice(0, id.indexOf('/')) : null);

const clock = (seconds: number) => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

async function corpus(args: Args, io: CorpusIo): Promise<number> {
  const input = args.input!;
  const kind = kindOf(input);
  if (kind === null) throw new UsageError(`${quoted(input)} is neither a folder nor a file`);
  const jsonl = kind === 'file';
  if (jsonl && !/\.jsonl?$/i.test(input))
    throw new UsageError(
      `${quoted(input)} is not a folder or a .jsonl file of passim's input format`,
    );
  const bar = progress(io);
  let skipped = 0;
  const skip = (what: string, problem: string) => {
    bar.clear();
    io.err(`verbatim: ${what}: ${problem}; skipped\n`);
    skipped++;
  };

  // Series given by JSON Lines records, by id (passim's input field, written back as given).
  const seriesOf = new Map<string, string>();
  // Tasks of the reading stage: files of the folder, or records of the JSON Lines file.
  const tasks: Task[] = [];
  if (jsonl) {
    const lines = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
    const seen = new Set<string>();
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const record = parseInputRecord(line);
      if (!record.ok) skip(`${quoted(input)}, line ${n}`, record.problem);
      else if (seen.has(record.id))
        skip(
          `${quoted(input)}, line ${n}`,
          `the id ${quoted(record.id)} stands on an earlier line`,
        );
      else {
        seen.add(record.id);
        tasks.push({
          kind: 'text',
          seq: tasks.length,
          id: record.id,
          text: record.text,
          date: record.date,
        });
        if (record.series !== null) seriesOf.set(record.id, record.series);
      }
    }
  } else {
    for (const { path, id } of walk(input)) {
      const format = COLLECTION_FORMATS[extname(path).toLowerCase()];
      if (format !== undefined) tasks.push({ kind: 'file', seq: tasks.length, path, id, format });
    }
  }
  if (tasks.length === 0 && skipped === 0)
    throw new UsageError(
      `${quoted(input)} holds no ${jsonl ? 'JSON Lines record' : '.txt, .md or .html file'}`,
    );

  // The output folder is checked before any work, so a wrong --out costs nothing.
  if (!args.passimInput) {
    try {
      mkdirSync(args.out, { recursive: true });
    } catch {
      throw new UsageError(`cannot create the output folder ${quoted(args.out)}`);
    }
    if (kindOf(args.out) !== 'dir')
      throw new UsageError(`the output ${quoted(args.out)} is not a folder`);
  }
  const pool = new CollectionPool(args.jobs ?? undefined);
  try {
    // 1. Read and fingerprint, in the workers.
    const docs: CollectionDoc[] = [];
    const prints: Uint32Array[] = [];
    bar.start();
    let read = 0;
    await pool.runAll(tasks, (answer) => {
      const task = tasks[answer.seq]!;
      const name =
        task.kind === 'file'
          ? quoted(task.path)
          : `${quoted(input)}, id ${quoted(task.kind === 'text' ? task.id : '')}`;
      read++;
      bar.show('reading', read, tasks.length);
      if (!answer.ok) return skip(name, answer.problem);
      if (!('source' in answer)) return;
      if (answer.note !== null) {
        bar.clear();
        io.err(`verbatim: note: ${name} was ${answer.note}\n`);
      }
      docs.push({
        source: answer.source,
        date: answer.date,
        series: seriesOf.get(answer.source.id) ?? (jsonl ? null : folderSeries(answer.source.id)),
      });
      prints.push(answer.print);
    });
    tasks.length = 0;
    bar.clear();

    if (args.passimInput) {
      for (const doc of docs) io.out(`${passimInputLine(doc)}\n`);
      return skipped === 0 ? 0 : 1;
    }

    // 2. Candidate pairs from the index; 3. the engine on each, streamed to pairs.jsonl.
    const candidates = candidatePairs(prints);
    prints.length = 0;
    const pairsOut = createWriteStream(join(args.out, 'pairs.jsonl'));
    const links: Link[] = [];
    // What summary.csv needs of each related pair; its cases are written already.
    const related: { pair: Omit<PairResult, 'cases'>; cases: number }[] = [];
    let compared = 0;
    let failed = 0;
    bar.start();
    const compareTasks = function* () {
      for (let k = 0; k < candidates.length; k++) {
        const { i, j } = candidates[k]!;
        yield { kind: 'compare', seq: k, a: docs[i]!.source, b: docs[j]!.source } as Task;
      }
    };
    await pool.runAll(compareTasks(), (answer) => {
      compared++;
      bar.show('comparing pairs', compared, candidates.length);
      const { i, j } = candidates[answer.seq]!;
      if (!answer.ok) {
        failed++;
        bar.clear();
        io.err(
          `verbatim: ${quoted(docs[i]!.source.id)} and ${quoted(docs[j]!.source.id)} could not be compared: ${answer.problem}\n`,
        );
        return;
      }
      if (!('pair' in answer) || !isRelated(answer.pair, args.minWords)) return;
      const full = !pairsOut.write(`${pairLine(answer.pair)}\n`);
      links.push(linkOf(i, j, answer.pair));
      const { cases, ...pair } = answer.pair;
      related.push({ pair, cases: cases.length });
      // The disk is slower than the workers: wait for it rather than buffer the cases.
      if (full) return once(pairsOut, 'drain');
    });
    bar.clear();
    await end(pairsOut);

    // 4. Families.
    const families = familiesOf(docs.map(memberOf), links);
    const familyOf = new Map<string, number>();
    for (const f of families) for (const m of f.members) familyOf.set(m.id, f.family);
    const clustersOut = createWriteStream(join(args.out, 'clusters.jsonl'));
    for (const f of families) write(clustersOut, `${JSON.stringify(f)}\n`);
    await end(clustersOut);
    const summaryOut = createWriteStream(join(args.out, 'summary.csv'));
    write(summaryOut, `${SUMMARY_HEADER}\n`);
    for (const { pair, cases } of related)
      write(summaryOut, `${summaryRow(pair, cases, familyOf.get(pair.a) ?? 0)}\n`);
    await end(summaryOut);
    if (io.isTTY)
      io.err(
        `verbatim corpus: ${docs.length.toLocaleString('en')} documents, ${candidates.length.toLocaleString('en')} pairs compared, ${related.length.toLocaleString('en')} related, ${families.length.toLocaleString('en')} families; written to ${args.out}\n`,
      );
    return skipped === 0 && failed === 0 ? 0 : 1;
  } finally {
    await pool.close();
  }
}

function write(stream: WriteStream, text: string) {
  stream.write(text);
}

const end = (stream: WriteStream) =>
  new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.end(resolve);
  });

/** Files of passim's output: one file, or the `part-*` files of an `out.json` folder. */
async function fromPassim(path: string, out: string, io: CorpusIo): Promise<number> {
  const kind = kindOf(path);
  if (kind === null) throw new UsageError(`${quoted(path)} is neither a folder nor a file`);
  const files =
    kind === 'file'
      ? [path]
      : [...walk(path)].map((f) => f.path).filter((f) => !/\.crc$|_SUCCESS$/.test(f));
  if (files.length === 0) throw new UsageError(`${quoted(path)} holds no passim output`);
  const passages: PassimPassage[] = [];
  let skipped = 0;
  for (const file of files) {
    let n = 0;
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const record = parsePassimRecord(line);
      if (record.ok) passages.push(record.passage);
      else {
        io.err(`verbatim: ${quoted(file)}, line ${n}: ${record.problem}; skipped\n`);
        skipped++;
      }
    }
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch {
    throw new UsageError(`cannot create the output folder ${quoted(out)}`);
  }
  const stream = createWriteStream(join(out, 'clusters.jsonl'));
  for (const family of passimFamilies(passages)) write(stream, `${JSON.stringify(family)}\n`);
  await end(stream);
  return skipped === 0 ? 0 : 1;
}
