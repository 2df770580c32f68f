/**
 * Every pattern literal in the source, tried on runs of the pieces that make a pattern read a
 * run again from each place in it (white space, stops, dashes, quotes, brackets, letters…), at
 * two lengths: a pattern whose time grows more than eightfold when the run grows fourfold reads
 * superlinearly, and is printed with the run that shows it. A run of it found six such patterns
 * that the scanners' inputs had missed (a dash between parts, trailing stops, a trim).
 *
 *   npm run bench -- patterns
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(new URL('.', import.meta.url).pathname, '..');
// prettier-ignore
const PIECES = [
  ' ', 'a', 'A', '1', '.', '"', '<', '\t', '\n', '\u00a0', 'a ', '. ', '-', '*', '_', '[',
  ']', '(', ')', '/', '=', "'", ':', '#', '>', 'é', ',', '|', '&', ';', '\u2019', '\u201c',
  'ab', ' a', 'a.', '1.', 'http://', 'www.', '@', '\r\n', 'on', 'by ', 'A. ', '12:00 ', 'Jan ',
];
/** Around each run: nothing, a word before it, and a credit's opening; then a character no pattern ends on. */
const AROUND: [string, string][] = [
  ['', '\u0001'],
  ['x', '!'],
  ['By ', '\u0000'],
];
/** A pattern literal: `/…/flags`, not after a word or a closing bracket (a division). */
const LITERAL = /(?<![\w)\]])\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

function timeOf(pattern: RegExp, text: string): number {
  const t0 = performance.now();
  pattern.test(text);
  text.split(pattern);
  text.replace(pattern, '');
  return performance.now() - t0;
}

export function patternSweep(): void {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'cli'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(LITERAL)) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      let pattern: RegExp;
      try {
        pattern = new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
      } catch {
        continue; // not a pattern (a path or a comment the literal's shape matched)
      }
      for (const piece of PIECES) {
        for (const [before, after] of AROUND) {
          const short = timeOf(pattern, before + piece.repeat(1000) + after);
          if (short < 1) continue;
          const long = timeOf(pattern, before + piece.repeat(4000) + after);
          if (long > 15 && long / short > 8) {
            found.push(
              `  ${relative(ROOT, file)}: ${m[0].slice(0, 80)} on ${JSON.stringify(before)} + ${JSON.stringify(piece)} × 4000: ${long.toFixed(0)} ms (× ${(long / short).toFixed(1)} for 4 times the run)`,
            );
          }
        }
      }
    }
  }
  console.log(
    `\nPattern sweep: ${seen.size} pattern literals in src/ and cli/, each on runs of ${PIECES.length} pieces at 1,000 and 4,000 [none superlinear]`,
  );
  console.log(found.length === 0 ? '  none grows superlinearly' : found.join('\n'));
}
