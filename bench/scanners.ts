/**
 * Every function that scans user text, on 1 MB of prose (Brown's reportage and fiction) and on
 * 1 MB of each adversarial input: runs of the pieces that once made a pattern backtrack, one
 * giant word, nothing but spaces, quotes or full stops, combining marks, unspaced script. Each
 * row gives the prose time, the worst adversarial time and which input it was, and their ratio
 * (target: within 3×). Median of 3 runs (one for the jsdom read, which takes seconds).
 * `npm run bench -- scanners` runs this part alone; `… scanners --only=markdown` one row.
 */
import lz from 'lz-string';
import {
  checkSource,
  classifyText,
  countWords,
  declaredCharset,
  decodeText,
  findQuotes,
  indexWords,
  Interner,
  loadMarkdownReader,
  looksLikeMarkdown,
  parsePlainText,
  sentenceUnits,
  tokenize,
} from '../src/core';
import { capNesting } from '../src/html/capNesting';
import { defuseHtml } from '../src/html/defuse';
import { looksLikeHtml } from '../src/html/looksLikeHtml';
import { readHtmlInNode } from '../src/html/readHtmlNode';
import { inflateBounded } from '../src/url/inflate';
import { brownParagraphs } from '../tests/support/brown';

const MB = 1024 * 1024;
const fill = (piece: string, size = MB) =>
  piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

const ADVERSARIAL: [string, string][] = [
  ['"<a" repeated', '<a'],
  ['"](x" repeated', '](x'],
  ['"<http://a" repeated', '<http://a'],
  ['"<p" repeated', '<p'],
  ['"<a title=\\"" repeated', '<a title="'],
  ['"<!--" repeated', '<!--'],
  ['"**a" repeated', '**a'],
  ['one giant word', 'a'],
  ['spaces only', ' '],
  ['line breaks only', '\r\n'],
  ['full stops only', '.'],
  ['"A. " repeated', 'A. '],
  ['straight quotes', '"'],
  ['curly quotes', '\u201c'],
  ['combining marks', 'e\u0301'],
  ['unspaced script', '\u3042\u3044'],
  ['ESC and tabs', '\u001b\t'],
  // Markdown's worst cases (micromark): delimiter runs, nesting, brackets, code-span ticks.
  ['"*" repeated', '*'],
  ['"- " repeated', '- '],
  ['"> " repeated', '> '],
  ['"1. " repeated', '1. '],
  ['"[" repeated', '['],
  ['"`" repeated', '`'],
  ['"_" repeated', '_'],
  ['"<" repeated', '<'],
  ['"*a" repeated', '*a'],
  ['"a*" repeated', 'a*'],
  ['"*_" repeated', '*_'],
  ['"[a](" repeated', '[a]('],
  ['"\\*" repeated', '\\*'],
  // As many markers as the Markdown guard lets through: one in 13 characters.
  ['"*" in 13 characters', '*aaaaaaaaaaaa'],
  // Blocks as short as they come: the parser's cost per block, not per character.
  ['one-letter paragraphs', 'a\n\n'],
  ['"*" in 13 characters, a paragraph each', '*aaaaaaaaaaaa\n\n'],
  // A sentence end then a run of emoji that does not end the text (once exponential).
  ['full stop, 40 emoji, a letter', `.${'\u{1F600}'.repeat(40)}x`],
  ['no-break spaces', '\u00a0'],
];

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
function timed(f: () => unknown, runs: number): number {
  return median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    }),
  );
}

interface Scanner {
  name: string;
  /** What is timed, from a text (any preparation is done before the clock starts). */
  prepare(text: string): () => unknown;
  runs?: number;
  size?: number;
}

const parseMarkdown = await loadMarkdownReader();

const SCANNERS: Scanner[] = [
  { name: 'tokenize', prepare: (t) => () => tokenize(t) },
  {
    name: 'tokenize + normalize (indexWords)',
    prepare: (t) => () => indexWords(t, new Interner()),
  },
  {
    name: 'sentence split',
    prepare: (t) => {
      const source = parsePlainText('x', t);
      const words = indexWords(t, new Interner());
      return () => sentenceUnits(t, words, source.blocks);
    },
  },
  { name: 'plain-text paragraphs and title', prepare: (t) => () => parsePlainText('x', t) },
  { name: 'quotation finding', prepare: (t) => () => findQuotes(t) },
  {
    name: 'boilerplate labels (one block)',
    prepare: (t) => {
      const words = countWords(t);
      return () => classifyText(t, words);
    },
  },
  { name: 'Markdown sniffing', prepare: (t) => () => looksLikeMarkdown(t) },
  { name: 'HTML sniffing', prepare: (t) => () => looksLikeHtml(t), runs: 21 },
  { name: 'defuseHtml', prepare: (t) => () => defuseHtml(t) },
  {
    name: 'decode (bytes to text)',
    prepare: (t) => {
      const bytes = new TextEncoder().encode(t);
      return () => decodeText(bytes);
    },
  },
  {
    name: 'declared charset',
    prepare: (t) => {
      const bytes = new TextEncoder().encode(t);
      return () => declaredCharset(bytes);
    },
  },
  {
    name: 'source schema (checkSource)',
    prepare: (t) => {
      const source = parsePlainText('own-x', t);
      return () => checkSource(source);
    },
  },
  {
    name: 'link parse (bounded inflate + JSON)',
    prepare: (t) => {
      const encoded = lz.compressToEncodedURIComponent(JSON.stringify([{ x: t }]));
      return () => {
        const inflated = inflateBounded(encoded, 4 * MB);
        return inflated.ok ? JSON.parse(inflated.text) : null;
      };
    },
  },
  { name: 'nesting cap (parse5)', prepare: (t) => () => capNesting(t), runs: 1 },
  {
    name: 'HTML read (jsdom + Readability)',
    prepare: (t) => () => readHtmlInNode('x', t),
    runs: 1,
  },
  // micromark (the CommonMark parser) behind the guard that keeps what it is slow on literal.
  { name: 'Markdown parse', prepare: (t) => () => parseMarkdown('x', t) },
];

export function scannerBench(): void {
  let prose = '';
  for (const p of brownParagraphs()) {
    if (prose.length >= MB) break;
    prose += `${p}\n\n`;
  }
  console.log(
    '\nScanners of user text, 1 MB each: prose ms, worst adversarial ms, ratio [target <= 3x], growth from 0.5 to 1 MB of that input [2 = linear] (which); median of 3 runs',
  );
  // `npm run bench -- scanners --only=Markdown`: the scanners whose name holds that word.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  for (const scanner of SCANNERS) {
    if (only !== undefined && !scanner.name.toLowerCase().includes(only.toLowerCase())) continue;
    const size = scanner.size ?? MB;
    const runs = scanner.runs ?? 3;
    const base = timed(scanner.prepare(prose.slice(0, size)), runs);
    let worst = { name: '', ms: 0 };
    for (const [name, piece] of ADVERSARIAL) {
      const ms = timed(scanner.prepare(fill(piece, size)), runs);
      if (ms > worst.ms) worst = { name, ms };
    }
    const ratio = worst.ms / Math.max(base, 0.01);
    // Linear work doubles with the input: the worst input again at half the size says whether
    // a high ratio is a larger constant (growth near 2) or a superlinear scan (near 4 or more).
    const piece = ADVERSARIAL.find(([name]) => name === worst.name)![1];
    const half = timed(scanner.prepare(fill(piece, size / 2)), runs);
    const growth = worst.ms / Math.max(half, 0.01);
    console.log(
      `  ${scanner.name.padEnd(38)} ${base.toFixed(1).padStart(8)} ms ${worst.ms.toFixed(1).padStart(9)} ms  ${ratio.toFixed(2).padStart(7)}x  growth ${growth.toFixed(1)} (${worst.name})`,
    );
  }
}
