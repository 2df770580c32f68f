import {
  boilerplateLabel,
  boilerplateOf,
  caseFigures,
  evidenceHeading,
  casesLongestFirst,
  compareSources,
  downloadName,
  ENGINE_VERSION,
  LEGEND,
  relationOf,
  type Comparison,
} from '@/core';
import { comparisonReport, REPORT_CSP, sharedQuotations } from '@/core/reportHtml';
import { sha256Hex } from '@/components/digest';
import { bundledSources } from '@/corpus/bundled';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';
import { plain } from '../support/sources';
import { storyWithTweet } from '../support/embeddedPost';

const corpus = bundledSources();
const byId = (id: string) => corpus.find((s) => s.id === id)!;
/** The AP copy has subscription appeals labelled boilerplate, and quotes Kim as the other does. */
const pair = [byId('kim-praises-relationship'), byId('kim-hails-russia-ties')] as const;
const comparison: Comparison = compareSources(pair);
const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const facts = [
  { sha256: nodeSha(pair[0].text), origin: { kind: 'bundled', id: 'a' } },
  { sha256: nodeSha(pair[1].text), origin: { kind: 'own' } },
] as const;

/** The text a reader reads in the report (tags out, the few entities back, spaces folded). */
const readable = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the report, as evidence', () => {
  const html = comparisonReport(comparison, pair, 'today', { facts });
  const text = readable(html);

  it('leads with the verdict, the relation the page and the command line state', () => {
    const verdict = relationOf(comparison).text;
    expect(html).toContain(`<p class="verdict" data-testid="relation">`);
    expect(text).toContain(verdict);
    // Before the texts: the answer first.
    expect(text.indexOf(verdict)).toBeLessThan(text.indexOf('The two texts, marked'));
  });

  it('lists every case, longest first, with the text of both sides', () => {
    const order = casesLongestFirst(comparison);
    expect(order.length).toBe(comparison.cases.length);
    expect(order.length).toBeGreaterThan(0);
    const size = (i: number) => {
      const [a, b] = comparison.cases[i]!.words;
      return Math.max(a[1] - a[0], b[1] - b[0]);
    };
    for (let n = 1; n < order.length; n++)
      expect(size(order[n - 1]!)).toBeGreaterThanOrEqual(size(order[n]!));
    expect(text).toContain(evidenceHeading(order.length));
    order.forEach((index) => {
      const k = comparison.cases[index]!;
      const words = [k.words[0][1] - k.words[0][0], k.words[1][1] - k.words[1][0]] as const;
      expect(text).toContain(caseFigures(words[0], words[1], k.kind));
    });
    // Case items come in the order given, each quoting both sides.
    const items = [...html.matchAll(/<li data-case="(\d+)">[\s\S]*?<\/li>/g)];
    expect(items.map((m) => Number(m[1]))).toEqual(order);
    for (const [item] of items) expect(item.match(/<blockquote/g)).toHaveLength(2);
  });

  it('lists the shared quotations, each as A has it', () => {
    const quotes = sharedQuotations(comparison, pair[0]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(pair[0].text.replace(/\s+/g, ' ')).toContain(q);
      expect(text).toContain(q);
    }
    expect(text).toContain(`Shared quotations: ${quotes.length}`);
  });

  it('labels boilerplate with its reason, and counts the labelled paragraphs', () => {
    const labels = boilerplateOf(pair[1]);
    const labelled = labels.filter(Boolean);
    expect(labelled.length).toBeGreaterThan(0);
    for (const reason of new Set(labelled)) expect(text).toContain(boilerplateLabel(reason!));
    expect(html.match(/<p dir="auto" class="muted">/g)?.length).toBe(
      labelled.length + boilerplateOf(pair[0]).filter(Boolean).length,
    );
    expect(text).toContain(
      `${labelled.length} paragraphs of B are labelled boilerplate: shown muted and counted in the figures.`,
    );
  });

  it('tags a post the story embeds once, unmuted, in both texts', () => {
    const own = [
      plain('a', storyWithTweet('Example News')),
      plain('b', storyWithTweet('Daily Sample')),
    ] as const;
    const report = comparisonReport(compareSources(own), own, 'today');
    const tagged = report.match(/<p dir="auto"><span class="post">Embedded post<\/span>/g);
    expect(tagged).toHaveLength(2);
  });

  it('shows every mark in the legend, both digests, the engine version and its options', () => {
    for (const { label, description } of LEGEND) expect(text).toContain(`${label} ${description}`);
    expect(text).toContain(`SHA-256 of its text (UTF-8): ${facts[0].sha256}`);
    expect(text).toContain(`SHA-256 of its text (UTF-8): ${facts[1].sha256}`);
    expect(text).toContain(`Verbatim engine ${ENGINE_VERSION}`);
    expect(text).toContain('a passage is at least 4 words');
    expect(text).toContain('npx verbatim compare kim-praises-relationship');
  });

  it('runs nothing, loads nothing, and prints side by side on landscape A4', () => {
    expect(html).not.toMatch(/<script|\son[a-z]+=|src=|href=/i);
    expect(html).toContain(`content="${REPORT_CSP}"`);
    expect(html).toMatch(/@page\{size:A4 landscape/);
    expect(html).toMatch(/@media print\{[^@]*\.panes,[^{]*\{grid-template-columns:1fr 1fr\}/);
  });

  it('escapes what a source says, whatever it holds', () => {
    const sources = [
      plain('a', 'She said "<script>alert(1)</script>" & left, said the report today.'),
      plain('b', 'She said "<script>alert(1)</script>" & left, said the report today.'),
    ] as const;
    const out = comparisonReport(compareSources(sources), sources, '<b>now</b>');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>now</b>');
    expect(out).toContain('&lt;script&gt;');
  });

  it('with boilerplate hidden, counts as the page does and says so', () => {
    const hidden = readable(comparisonReport(comparison, pair, 'today', { hideBoilerplate: true }));
    const labels = [
      boilerplateOf(pair[0]).map(Boolean),
      boilerplateOf(pair[1]).map(Boolean),
    ] as const;
    expect(hidden).toContain(relationOf(comparison, labels).text);
    expect(hidden).toContain('hidden and left out of the figures');
    expect(hidden).toContain('--hide-boilerplate');
  });
});

describe('the digests', () => {
  it('Web Crypto (the page) and node:crypto (the command line) agree on every bundled text', async () => {
    for (const source of corpus) expect(await sha256Hex(source.text)).toBe(nodeSha(source.text));
  });

  it('hash the text as UTF-8, so any text gives its known digest', async () => {
    // The SHA-256 of "abc" and of "é" (two bytes in UTF-8), as published test vectors give them.
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('é')).toBe(nodeSha('é'));
    // Texts whose UTF-8 is not their UTF-16: accents, combining marks, astral characters,
    // right-to-left and unspaced scripts, and a lone surrogate (both write it as U+FFFD).
    for (const t of ['', 'e\u0301', '😀 ok', 'أشاد الزعيم', '北朝鮮の金正恩', 'a\ud800b', '\r\n\t'])
      expect(await sha256Hex(t)).toBe(nodeSha(t));
  });
});

describe('the download’s name', () => {
  it('holds both titles whole', () => {
    const name = downloadName(
      [
        'North Korea’s Kim hails Russia ties as Putin reportedly plans a visit',
        'Russian President Vladimir Putin is set to embark on a two-day visit to North Korea',
      ],
      'html',
    );
    expect(name).toBe(
      'verbatim-North-Korea-s-Kim-hails-Russia-ties-as-Putin-reportedly-plans-a-visit-vs-Russian-President-Vladimir-Putin-is-set-to-embark-on-a-two-day-visit-to-North-Korea.html',
    );
  });

  it('never passes the 255 bytes a file system allows, whatever the titles', () => {
    checkProperty(
      fc.property(
        fc.string({ maxLength: 400, unit: 'grapheme' }),
        fc.string({ maxLength: 400 }),
        (a, b) => {
          const name = downloadName([a, b], 'html');
          expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
          expect(name).toMatch(/^verbatim-.+-vs-.+\.html$/u);
          // Nothing a file system refuses or a shell misreads: only letters, digits, - and .
          expect(name).toMatch(/^[\p{L}\p{N}.-]+$/u);
        },
      ),
    );
  });
});

describe('the engine’s version', () => {
  it('is the package’s version', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
