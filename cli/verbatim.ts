#!/usr/bin/env node
/**
 * verbatim list            — the bundled sources as JSON
 * verbatim compare X Y     — X and Y each a bundled id or a path to a .txt, .md or .html file
 * Errors print one line to stderr and exit 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { compareSources } from '../src/core';
import { decodeText } from '../src/core';
import { parseSource } from '../src/core';
import type { Source } from '../src/core';
import { loadCorpus } from './corpus';
import { comparisonJson, listJson } from '../src/core';
import { CLI } from '../src/core';

class UsageError extends Error {}

const FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

async function resolveSource(arg: string, corpus: readonly Source[]): Promise<Source> {
  const bundled = corpus.find((s) => s.id === arg);
  if (bundled) return bundled;
  let stats;
  try {
    stats = statSync(arg);
  } catch {
    throw new UsageError(CLI.unknown(arg));
  }
  if (stats.isDirectory()) throw new UsageError(CLI.directory(arg));
  const format = FORMATS[extname(arg).toLowerCase()];
  if (format === undefined) throw new UsageError(CLI.notAFile(arg));
  const decoded = decodeText(new Uint8Array(readFileSync(arg)));
  if (!decoded.ok) throw new UsageError(CLI.cannotCompare(arg, decoded.problem));
  if (format === 'html') {
    // jsdom takes most of a second to load: only an HTML input pays for it.
    const { readHtmlInNode } = await import('../src/html/readHtmlNode');
    return readHtmlInNode(arg, decoded.text);
  }
  return parseSource(arg, decoded.text, format);
}

async function main(args: readonly string[]): Promise<void> {
  const corpus = loadCorpus();
  const [command, ...rest] = args;
  if (command === 'list' && rest.length === 0) {
    process.stdout.write(`${JSON.stringify(listJson(corpus))}\n`);
  } else if (command === 'compare' && rest.length === 2) {
    const a = await resolveSource(rest[0]!, corpus);
    const b = await resolveSource(rest[1]!, corpus);
    process.stdout.write(`${JSON.stringify(comparisonJson(compareSources([a, b])))}\n`);
  } else {
    throw new UsageError(CLI.usage);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof UsageError ? error.message : CLI.internal(String(error));
  process.stderr.write(`verbatim: ${message}\n`);
  process.exitCode = 2;
});
