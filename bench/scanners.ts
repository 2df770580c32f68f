/**
 * Every function that scans user text, on 1 MB of prose (Brown's reportage and fiction) and on
 * 1 MB of each adversarial input: runs of the pieces that once made a pattern backtrack, one
 * giant word, nothing but spaces, quotes or full stops, combining marks, unspaced script. Each
 * adversarial input is set beside prose in its own script: a script written without spaces
 * costs Intl.Segmenter's dictionary lookup per word whatever the text says, so ordinary Japanese
 * prose is the fair baseline for kana, as Brown's English is for the rest. Each row gives both
 * prose times, the worst adversarial time and which input it was, and the worst ratio to its
 * own script's prose (target: within 3×). Median of 3 runs after one to warm up (15 for a
 * function under 20 ms; one for the jsdom read, which takes seconds); each adversarial input is
 * timed in turns with its prose, and its ratio is to that prose's time.
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
} from '../src/core';
import { capNesting } from '../src/html/capNesting';
import { defuseHtml } from '../src/html/defuse';
import { looksLikeHtml } from '../src/html/looksLikeHtml';
import { readHtmlInNode } from '../src/html/readHtmlNode';
import { inflateBounded } from '../src/url/inflate';
import { brownParagraphs } from '../tests/support/brown';

const MB = 1024 * 1024;
/** Size of each input run once before the timings. */
const WARM_UP = 16 * 1024;
/**
 * `piece` repeated to `size` characters, as one whole string: a text reaches the scanners
 * decoded from bytes or read from a page, not as a slice of a longer string, which the engine
 * reads through a reference (a third slower per character, measured on the sentence split).
 */
const fill = (piece: string, size = MB) =>
  whole(piece.repeat(Math.ceil(size / piece.length)).slice(0, size));
const whole = (text: string) => JSON.parse(JSON.stringify(text)) as string;

/**
 * Japanese prose: the opening of Natsume Sōseki's Kokoro (1914; public domain), typed from
 * memory, so a word or two may differ from the printed text. Repeated to 1 MB; no scanner here
 * caches text, so repetition costs what new text would.
 */
const JAPANESE_PROSE =
  '私はその人を常に先生と呼んでいた。だからここでもただ先生と書くだけで本名は打ち明けない。' +
  'これは世間を憚かる遠慮というよりも、その方が私にとって自然だからである。' +
  '私はその人の記憶を呼び起すごとに、すぐ「先生」といいたくなる。筆を執っても心持は同じ事である。' +
  'よそよそしい頭文字などはとても使う気にならない。\n\n' +
  '私が先生と知り合いになったのは鎌倉である。その時私はまだ若々しい書生であった。' +
  '暑中休暇を利用して海水浴に行った友達からぜひ来いという端書を受け取ったので、' +
  '私は多少の金を工面して、出掛ける事にした。私は金の工面に二、三日を費やした。' +
  'ところが私が鎌倉に着いて三日と経たないうちに、私を呼び寄せた友達は、' +
  '急に国元から帰れという電報を受け取った。\n\n';

/** Adversarial inputs in a script without spaces, set beside Japanese prose. */
const UNSPACED_INPUTS = new Set(['unspaced script']);

const ADVERSARIAL: [string, string][] = [
  ['"<a" repeated', '<a'],
  ['"](x" repeated', '](x'],
  ['"<http://a" repeated', '<http://a'],
  ['"<p" repeated', '<p'],
  ['"<a title=\\"" repeated', '<a title="'],
  ['"<!--" repeated', '<!--'],
  // Tags as short as they come; one tag of handlers, each renamed; a <style> never closed.
  ['"<b>" repeated', '<b>'],
  ['"<a onx " repeated', '<a onx '],
  ['"<style></style" repeated', '<style></style'],
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
  ['one-letter lines', 'a\n'],
  ['"*" in 13 characters, a paragraph each', '*aaaaaaaaaaaa\n\n'],
  // A sentence end then a run of emoji that does not end the text (once exponential).
  ['full stop, 40 emoji, a letter', `.${'\u{1F600}'.repeat(40)}x`],
  ['no-break spaces', '\u00a0'],
  // Words far apart: a pattern tried from every place inside a run of white space read the rest
  // of the run again (a dash between parts, spaces before a line break).
  ['runs of 65,535 spaces between words', `a${' '.repeat(65_535)}`],
];

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
/**
 * Median time of `f` over `runs` runs, after one run to warm up; a function that takes under
 * 20 ms is run 15 times, since one collection of garbage inside one of three short runs moved
 * such a median by a factor of two.
 */
function timed(f: () => unknown, runs: number): number {
  // A collection first, so the garbage of the input prepared before is not collected inside
  // these runs (it moved the median of a 5 ms scan to 15 ms in one run out of three).
  gc?.();
  const t0 = performance.now();
  f();
  const first = performance.now() - t0;
  const n = first < 20 ? Math.max(runs, 15) : runs;
  if (runs === 1) return first;
  return median(
    Array.from({ length: n }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }),
  );
}

/**
 * Medians of `f` and of `beside`, run in turns after one run of each, under the same rules as
 * `timed`: a ratio of two medians taken seconds apart moved with this shared machine's load
 * (one row's prose baseline ranged 1.2–2.1 ms between runs); taken in turns, both see it.
 */
function timedBeside(
  f: () => unknown,
  beside: () => unknown,
  runs: number,
): { ms: number; besideMs: number } {
  gc?.();
  const t0 = performance.now();
  f();
  beside();
  const first = performance.now() - t0;
  const n = first < 40 ? Math.max(runs, 15) : runs;
  const ms: number[] = [];
  const besideMs: number[] = [];
  for (let k = 0; k < n; k++) {
    let t = performance.now();
    beside();
    besideMs.push(performance.now() - t);
    t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), besideMs: median(besideMs) };
}

/** Under this a row's baseline is timed again beside each input (above it, once: jsdom's read). */
const PAIRED_UNDER_MS = 200;

interface Scanner {
  name: string;
  /** What is timed, from a text (any preparation is done before the clock starts). */
  prepare(text: string): () => unknown;
  runs?: number;
  size?: number;
  /**
   * Its time is the platform's UTF-8 decoder's, per byte: a character outside ASCII is two to
   * four bytes and leaves the decoder's ASCII fast path, so an input outside ASCII is set beside
   * prose outside ASCII (Japanese), whatever its script.
   */
  perByte?: boolean;
  /**
   * It reads HTML pages, so its prose is a page: the same paragraphs, each in a `<p>`. Bare
   * text with no tag at all is the cheapest HTML there is, not a page anyone reads.
   */
  html?: boolean;
  /**
   * Making what it returns, and nothing else: where the answer is an object per paragraph,
   * a text of one-letter paragraphs costs that much before any scanning.
   */
  floor?(text: string): () => unknown;
}

const parseMarkdown = await loadMarkdownReader();

const SCANNERS: Scanner[] = [
  // The word scanner itself, as every count of words runs it. (`tokenize`, which also builds an
  // object per word and per gap, serves only tests: no code of the page or the command line
  // calls it.)
  { name: 'word scan (countWords)', prepare: (t) => () => countWords(t) },
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
  {
    name: 'plain-text paragraphs and title',
    prepare: (t) => () => parsePlainText('x', t),
    // What its answer alone costs: one paragraph object per paragraph, as many as it returns.
    floor: (t) => {
      const count = parsePlainText('x', t).blocks.length;
      return () => {
        const blocks: { start: number; end: number; type: string }[] = [];
        for (let i = 0; i < count; i++) blocks.push({ start: i, end: i + 1, type: 'paragraph' });
        return blocks;
      };
    },
  },
  { name: 'quotation finding', prepare: (t) => () => findQuotes(t) },
  {
    name: 'boilerplate labels (one block)',
    prepare: (t) => {
      const words = countWords(t);
      return () => classifyText(t, words);
    },
  },
  { name: 'Markdown sniffing', prepare: (t) => () => looksLikeMarkdown(t) },
  { name: 'HTML sniffing', prepare: (t) => () => looksLikeHtml(t) },
  {
    name: 'defuseHtml',
    html: true,
    // Its answer is built by concatenation, a rope until read: reading it once counts that.
    prepare: (t) => () => defuseHtml(t).indexOf('\u0000'),
  },
  {
    name: 'decode (bytes to text)',
    perByte: true,
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
  { name: 'nesting cap (parse5)', html: true, prepare: (t) => () => capNesting(t), runs: 1 },
  {
    name: 'HTML read (jsdom + Readability)',
    html: true,
    prepare: (t) => () => readHtmlInNode('x', t),
    runs: 1,
  },
  // micromark (the CommonMark parser) behind the guard that keeps what it is slow on literal.
  { name: 'Markdown parse', prepare: (t) => () => parseMarkdown('x', t), runs: 5 },
];

export function scannerBench(): void {
  let prose = '';
  for (const p of brownParagraphs()) {
    if (prose.length >= MB) break;
    prose += `${p}\n\n`;
  }
  let page = '';
  for (const p of brownParagraphs()) {
    if (page.length >= MB) break;
    page += `<p>${p}</p>\n`;
  }
  const japanese = fill(JAPANESE_PROSE);
  console.log(
    '\nScanners of user text, 1 MB each: English prose ms (a page of <p> paragraphs for the HTML rows), Japanese prose ms, worst adversarial ms, its ratio to prose in its own script [target <= 3x], growth from 0.5 to 1 MB of that input [2 = linear] (which); medians of 3 runs (15 under 20 ms), each input timed in turns with its prose (under 200 ms)',
  );
  // `npm run bench -- scanners --only=Markdown`: the scanners whose name holds that word.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  // `--each`: every adversarial input's time and ratio, not only the worst.
  const each = process.argv.includes('--each');
  for (const scanner of SCANNERS) {
    if (only !== undefined && !scanner.name.toLowerCase().includes(only.toLowerCase())) continue;
    const size = scanner.size ?? MB;
    const runs = scanner.runs ?? 3;
    // Every kind of input once, small, before any timing: the engine's code for a function
    // depends on what it has seen (one-byte or two-byte strings, which branches ran), and a
    // baseline timed before any adversarial input ran in code made for prose alone.
    for (const text of [prose, page, japanese, ...ADVERSARIAL.map(([, piece]) => piece)]) {
      scanner.prepare(fill(text, WARM_UP))();
    }
    const baseRun = scanner.prepare(whole((scanner.html ? page : prose).slice(0, size)));
    const japaneseRun = scanner.prepare(whole(japanese.slice(0, size)));
    const base = timed(baseRun, runs);
    const baseJapanese = timed(japaneseRun, runs);
    let worst = { name: '', ms: 0, ratio: 0, own: 0 };
    for (const [name, piece] of ADVERSARIAL) {
      const outsideAscii =
        scanner.perByte === true && [...piece].some((c) => c.charCodeAt(0) > 0x7f);
      const japaneseOwn = UNSPACED_INPUTS.has(name) || outsideAscii;
      const run = scanner.prepare(fill(piece, size));
      let ms: number;
      let own = japaneseOwn ? baseJapanese : base;
      if (own < PAIRED_UNDER_MS) {
        const pair = timedBeside(run, japaneseOwn ? japaneseRun : baseRun, runs);
        ms = pair.ms;
        own = pair.besideMs;
      } else ms = timed(run, runs);
      const ratio = ms / Math.max(own, 0.01);
      if (ratio > worst.ratio) worst = { name, ms, ratio, own };
      if (each) {
        console.log(
          `    ${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms ${ratio.toFixed(2)}x (prose beside it ${own.toFixed(1)} ms)`,
        );
      }
    }
    const ratio = worst.ratio;
    // Linear work doubles with the input: the worst input again at half the size says whether
    // a high ratio is a larger constant (growth near 2) or a superlinear scan (near 4 or more).
    // The two sizes are timed in turns, as above.
    const piece = ADVERSARIAL.find(([name]) => name === worst.name)![1];
    const full = scanner.prepare(fill(piece, size));
    const halfRun = scanner.prepare(fill(piece, size / 2));
    const sizes =
      worst.ms < PAIRED_UNDER_MS
        ? timedBeside(full, halfRun, runs)
        : { ms: worst.ms, besideMs: timed(halfRun, runs) };
    const growth = sizes.ms / Math.max(sizes.besideMs, 0.01);
    const floor = scanner.floor
      ? `; making its answer alone ${timed(scanner.floor(fill(piece, size)), runs).toFixed(1)} ms`
      : '';
    console.log(
      `  ${scanner.name.padEnd(38)} ${base.toFixed(1).padStart(8)} ms ${baseJapanese.toFixed(1).padStart(8)} ms ${worst.ms.toFixed(1).padStart(9)} ms  ${ratio.toFixed(2).padStart(7)}x  growth ${growth.toFixed(1)} (${worst.name}, its prose ${worst.own.toFixed(1)} ms${floor})`,
    );
  }
}
