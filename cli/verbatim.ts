#!/usr/bin/env node
/**
 * verbatim list            — the bundled sources as JSON
 * verbatim compare X Y     — X and Y each a bundled id or a path to a .txt, .md or .html file
 * verbatim read FILE       — what Verbatim reads from one file: text, blocks, metadata (JSON)
 * verbatim pan S U P O     — PAN detection XMLs for a PAN text-alignment corpus (cli/pan.ts)
 * verbatim corpus DIR      — which documents of a collection reuse which (cli/collection.ts)
 * Errors print one line to stderr and exit 2.
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareSources } from '../src/core/compare';
import { declaredCharset, decodeText, MAX_FILE_BYTES } from '../src/core/decode';
import { quoted, readRegularFile } from '../src/node/files';
import { parseSource } from '../src/core/sources/parse';
import type { Source } from '../src/core/types';
import { loadCorpus } from './corpus';
import { readJson } from './read';
import { readHtmlInNode } from './readHtml';
import { PAN_USAGE, runPan } from './pan';
import { CORPUS_USAGE, runCorpus } from './collection';
import { comparisonJson, listJson } from '../src/core/json';

class UsageError extends Error {}

const USAGE = `usage: verbatim list | verbatim compare <id-or-file> <id-or-file> | verbatim read <file> | ${PAN_USAGE} | ${CORPUS_USAGE}`;
const FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

function resolveSource(arg: string, corpus: readonly Source[], io: Io): Source {
  const bundled = corpus.find((s) => s.id === arg);
  if (bundled) return bundled;
  const { decoded, format } = readFileArg(arg, 'compare', io);
  if (format === 'html') return readHtmlInNode(arg, decoded.text);
  return parseSource(arg, decoded.text, format);
}

/** A file's text and format, or a UsageError saying why it cannot be read. */
function readFileArg(arg: string, verb: string, io: Io) {
  if (!existsSync(arg))
    throw new UsageError(
      `${quoted(arg)} is neither a bundled source id nor an existing file (try: verbatim list)`,
    );
  const format = FORMATS[extname(arg).toLowerCase()];
  const read = readRegularFile(arg, MAX_FILE_BYTES);
  if (!read.ok && read.problem === 'it is a directory')
    throw new UsageError(`${quoted(arg)} is a directory, not a .txt, .md or .html file`);
  if (format === undefined) throw new UsageError(`${quoted(arg)} is not a .txt, .md or .html file`);
  if (!read.ok) throw new UsageError(`cannot ${verb} ${quoted(arg)}: ${read.problem}`);
  const bytes = read.bytes;
  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) throw new UsageError(`cannot ${verb} ${quoted(arg)}: ${decoded.problem}`);
  if (decoded.assumed !== null) io.err(`verbatim: note: ${quoted(arg)} was ${decoded.assumed}\n`);
  return { decoded, format };
}

/** Runs one command; returns its exit status. */
function main(args: readonly string[], io: Io): number {
  const corpus = loadCorpus();
  const [command, ...rest] = args;
  if (command === 'pan') {
    return runPan(rest, {
      write: (text: string) => (io.err(text), true),
      isTTY: process.stderr.isTTY,
    });
  } else if (command === 'list' && rest.length === 0) {
    io.out(`${JSON.stringify(listJson(corpus))}\n`);
  } else if (command === 'compare' && rest.length === 2) {
    const a = resolveSource(rest[0]!, corpus, io);
    const b = resolveSource(rest[1]!, corpus, io);
    io.out(`${JSON.stringify(comparisonJson(compareSources([a, b])))}\n`);
  } else if (command === 'read' && rest.length === 1) {
    const { decoded, format } = readFileArg(rest[0]!, 'read', io);
    const json = readJson(rest[0]!, decoded, format);
    if (!/[\p{L}\p{N}]/u.test(json.text))
      throw new UsageError(`no article text was found in ${quoted(rest[0]!)}`);
    io.out(`${JSON.stringify(json)}\n`);
  } else {
    throw new UsageError(USAGE);
  }
  return 0;
}

/** Where the command line writes: the process's streams, or a test's buffers. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Runs one command; returns the exit status (0, or 2 after one error line). */
export function runVerbatim(args: readonly string[], io: Io): number {
  try {
    return main(args, io);
  } catch (error) {
    // Every failure we foresee is a UsageError with its own sentence; anything else is still
    // said in one line, with what went wrong, never as a stack.
    const message =
      error instanceof UsageError
        ? error.message
        : `could not finish: ${oneLine(error)} (this is a bug; please report it)`;
    io.err(`verbatim: ${message}\n`);
    return 2;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return quoted(text.split('\n')[0] ?? '').slice(1, -1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`verbatim compare … | head -c 100`) closes the pipe: that is not
  // an error, so the command ends quietly with status 0.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io = {
    out: (text: string) => process.stdout.write(text),
    err: (text: string) => process.stderr.write(text),
  };
  // `corpus` works in worker threads, so it ends later than the other commands.
  if (process.argv[2] === 'corpus')
    void runCorpus(process.argv.slice(3), { ...io, isTTY: process.stderr.isTTY === true }).then(
      (code) => (process.exitCode = code),
      (error: unknown) => {
        io.err(`verbatim: could not finish: ${oneLine(error)} (this is a bug; please report it)\n`);
        process.exitCode = 2;
      },
    );
  else process.exitCode = runVerbatim(process.argv.slice(2), io);
}
