/**
 * The command line (its entry is cli/verbatim.ts):
 * verbatim list            — the bundled sources as JSON
 * verbatim compare X Y     — X and Y each a bundled id or a path to a .txt, .md or .html file
 * verbatim read FILE       — what Verbatim reads from one file: text, blocks, metadata (JSON)
 * verbatim pan S U P O     — PAN detection XMLs for a PAN text-alignment corpus (src/pan/command.ts)
 * Errors print one line to stderr and exit 2.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import {
  CLI,
  comparisonJson,
  compareSources,
  declaredCharset,
  decodeText,
  listJson,
  MAX_FILE_BYTES,
  parseSource,
  type Source,
} from '../core';
import { runPan } from '../pan/command';
import { readRegularFile } from './files';
import { readJson } from './readJson';

class UsageError extends Error {}

const FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

async function resolveSource(arg: string, corpus: readonly Source[], io: Io): Promise<Source> {
  const bundled = corpus.find((s) => s.id === arg);
  if (bundled) return bundled;
  const { decoded, format } = readFileArg(arg, 'compare', io);
  if (format === 'html') {
    // jsdom takes most of a second to load: only an HTML input pays for it.
    const { readHtmlInNode } = await import('../html/readHtmlNode');
    return readHtmlInNode(arg, decoded.text);
  }
  return parseSource(arg, decoded.text, format);
}

/** A file's text and format, or a UsageError saying why it cannot be read. */
function readFileArg(arg: string, verb: string, io: Io) {
  if (!existsSync(arg)) throw new UsageError(CLI.unknown(arg));
  const format = FORMATS[extname(arg).toLowerCase()];
  // Checked before anything is read: a FIFO, a device or a huge file is refused, not read.
  const read = readRegularFile(arg, MAX_FILE_BYTES);
  if (!read.ok && read.problem === 'it is a directory') throw new UsageError(CLI.directory(arg));
  if (format === undefined) throw new UsageError(CLI.notAFile(arg));
  if (!read.ok) throw new UsageError(CLI.cannot(verb, arg, read.problem));
  const bytes = read.bytes;
  const decoded = decodeText(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) throw new UsageError(CLI.cannot(verb, arg, decoded.problem));
  if (decoded.assumed !== null) io.err(`verbatim: ${CLI.encodingNote(arg, decoded.assumed)}\n`);
  return { decoded, format };
}

/** `compare A B [--hide-boilerplate]` (the flag anywhere), or null when the words are off. */
function compareArgs(
  rest: readonly string[],
): { pair: [string, string]; hideBoilerplate: boolean } | null {
  const flag = '--hide-boilerplate';
  const pair = rest.filter((arg) => arg !== flag);
  if (pair.length !== 2 || rest.length - pair.length > 1) return null;
  return { pair: [pair[0]!, pair[1]!], hideBoilerplate: pair.length < rest.length };
}

/** Runs one command; returns its exit status. */
async function main(args: readonly string[], io: Io): Promise<number> {
  const corpus = io.corpus();
  const [command, ...rest] = args;
  if (command === 'pan') {
    return runPan(rest, {
      write: (text: string) => (io.err(text), true),
      isTTY: process.stderr.isTTY,
    });
  } else if (command === 'list' && rest.length === 0) {
    io.out(`${JSON.stringify(listJson(corpus))}\n`);
  } else if (command === 'compare' && compareArgs(rest) !== null) {
    const { pair, hideBoilerplate } = compareArgs(rest)!;
    const a = await resolveSource(pair[0], corpus, io);
    const b = await resolveSource(pair[1], corpus, io);
    io.out(`${JSON.stringify(comparisonJson(compareSources([a, b]), [a, b], hideBoilerplate))}\n`);
  } else if (command === 'read' && rest.length === 1) {
    const { decoded, format } = readFileArg(rest[0]!, 'read', io);
    const json = await readJson(rest[0]!, decoded, format);
    if (!/[\p{L}\p{N}]/u.test(json.text)) throw new UsageError(CLI.noArticle(rest[0]!));
    io.out(`${JSON.stringify(json)}\n`);
  } else {
    throw new UsageError(CLI.usage);
  }
  return 0;
}

/** Where the command line writes (the process's streams, or a test's buffers) and its corpus. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The bundled sources, read where the running program finds them. */
  corpus(): Source[];
}

/** Runs one command; resolves to the exit status (0, or 2 after one error line). */
export async function runVerbatim(args: readonly string[], io: Io): Promise<number> {
  try {
    return await main(args, io);
  } catch (error) {
    // Every failure we foresee is a UsageError with its own sentence; anything else is still
    // said in one line, with what went wrong, never as a stack.
    const message = error instanceof UsageError ? error.message : CLI.unexpected(error);
    io.err(`verbatim: ${message}\n`);
    return 2;
  }
}
