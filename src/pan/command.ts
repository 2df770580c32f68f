/**
 * verbatim pan <source-dir> <suspicious-dir> <pairs-file> <out-dir>
 *
 * Aligns each pair of a PAN text-alignment corpus with the engine and writes one PAN
 * detection XML per pair (`<susp>-<src>.xml`, as PAN's detectors do), so that PAN's own
 * evaluator scores Verbatim. A document that is missing or unreadable is reported by name and
 * skipped; the rest are written.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { quoted } from '../core';
import { readRegularFile } from '../node/files';
import { basename, extname, join } from 'node:path';
import { parsePairs } from './corpus';
import { detectPair } from './evaluate';
import { formatPanXml } from './xml';

export const PAN_USAGE = 'verbatim pan <source-dir> <suspicious-dir> <pairs-file> <out-dir>';

/** The detection file's name for a pair, as PAN names them. */
export function detectionFileName(suspicious: string, source: string): string {
  const stem = (name: string) => basename(name, extname(name));
  return `${stem(suspicious)}-${stem(source)}.xml`;
}

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Where the command reports: stderr, and whether it is a terminal (progress only then). */
export interface PanOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Runs the command; returns the exit code: 0 when every pair's XML was written, 1 when some
 * pair could not be compared (each said on stderr), 2 on bad usage (one line on stderr).
 */
export function runPan(args: readonly string[], stderr: PanOutput = process.stderr): number {
  const fail = (message: string) => {
    stderr.write(`verbatim: ${message}\n`);
    return 2;
  };
  if (args.length !== 4) return fail(`usage: ${PAN_USAGE}`);
  const [sourceDir, suspiciousDir, pairsFile, outDir] = args as [string, string, string, string];
  for (const [dir, what] of [
    [sourceDir, 'source'],
    [suspiciousDir, 'suspicious'],
  ] as const)
    if (!isDirectory(dir)) return fail(`the ${what} directory ${quoted(dir)} is not a directory`);
  const read = readRegularFile(pairsFile, 64 * 1024 * 1024);
  if (!read.ok) return fail(`cannot read the pairs file ${quoted(pairsFile)}: ${read.problem}`);
  const pairsText = new TextDecoder().decode(read.bytes);
  const { pairs, bad } = parsePairs(pairsText);
  if (pairs.length === 0)
    return fail(
      `the pairs file ${quoted(pairsFile)} lists no "suspicious-document source-document" line`,
    );
  try {
    mkdirSync(outDir, { recursive: true });
  } catch {
    return fail(`cannot create the output directory ${quoted(outDir)}`);
  }
  if (!isDirectory(outDir))
    return fail(`the output directory ${quoted(outDir)} is not a directory`);
  for (const line of bad)
    stderr.write(
      `verbatim: ${pairsFile}, line ${line}: not "suspicious-document source-document"; skipped\n`,
    );

  const progress = stderr.isTTY === true;
  const paths = {
    source: (name: string) => join(sourceDir, name),
    suspicious: (name: string) => join(suspiciousDir, name),
  };
  let failed = 0;
  pairs.forEach((pair, i) => {
    if (progress) stderr.write(`\rverbatim pan: pair ${i + 1} of ${pairs.length}`);
    const result = detectPair(pair, paths);
    if (!result.ok) {
      failed++;
      if (progress) stderr.write('\n');
      stderr.write(`verbatim: ${result.problem}; pair skipped\n`);
      return;
    }
    writeFileSync(
      join(outDir, detectionFileName(pair.suspicious, pair.source)),
      formatPanXml(pair.suspicious, result.cases),
    );
  });
  if (progress)
    stderr.write(
      `\rverbatim pan: ${pairs.length - failed} of ${pairs.length} pairs written to ${outDir}\n`,
    );
  return failed === 0 && bad.length === 0 ? 0 : 1;
}
