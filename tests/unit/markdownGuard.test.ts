import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/core/sources/markdown';
import { guardMarkdown, MAX_DEPTH, MAX_UNIT_MARKS } from '@/core/sources/markdownGuard';
import { CORPUS } from '@/corpus/manifest';
import { checkProperty } from '../support/property';

const blockTexts = (markdown: string) => {
  const source = parseMarkdown('m', markdown);
  return source.blocks.map((b) => source.text.slice(b.start, b.end));
};
const literal = (markdown: string) => guardMarkdown(markdown).filter((c) => c.literal);

// micromark is superlinear on runs of delimiters and on deep nesting; the guard keeps such a
// chunk as its literal text. These check the guard's decisions and what the reader then sees.
describe('the Markdown guard', () => {
  it('passes the bundled Markdown article and this README untouched', () => {
    const articles = CORPUS.filter((e) => e.format === 'markdown').map((e) =>
      readFileSync(new URL(`../../src/corpus/articles/${e.file}`, import.meta.url), 'utf8'),
    );
    expect(articles.length).toBeGreaterThan(0);
    for (const markdown of [...articles, readFileSync('README.md', 'utf8')])
      expect(literal(markdown)).toEqual([]);
  });

  it('keeps a paragraph of emphasis delimiters as its literal text, and the rest as Markdown', () => {
    const flood = '*a'.repeat(20_000);
    const markdown = `# Title\n\nSome *emphasis* here.\n\n${flood}\n\nAfter [a link](https://x.test).`;
    expect(blockTexts(markdown)).toEqual(['Title', 'Some emphasis here.', flood, 'After a link.']);
    expect(blockTexts('*a'.repeat(20_000))).toEqual([flood]);
  });

  it('keeps every worst case of the parser literal: runs of `[`, ticks, `_`, `<!--`, `1. `', () => {
    for (const piece of ['[', '`', '_', '**a', 'a*', '*_', '[a](', '\\*', '<!--', '<?'])
      expect(blockTexts(`x ${piece.repeat(MAX_UNIT_MARKS + 1)}`)).toEqual([
        `x ${piece.repeat(MAX_UNIT_MARKS + 1)}`,
      ]);
    expect(blockTexts(`${'1. '.repeat(5_000)}deep`)).toEqual([`${'1. '.repeat(5_000)}deep`]);
  });

  it('nests quotations and lists as Markdown up to its depth, and literally past it', () => {
    expect(blockTexts(`${'> '.repeat(MAX_DEPTH)}A deep quotation.`)).toEqual(['A deep quotation.']);
    expect(blockTexts(`${'- '.repeat(MAX_DEPTH)}A deep item.`)).toEqual(['A deep item.']);
    const deeper = `${'> '.repeat(MAX_DEPTH + 1)}A deep quotation.`;
    expect(blockTexts(deeper)).toEqual([deeper.trim()]);
  });

  it('keeps link definitions, fenced code and Windows line ends across a literal chunk', () => {
    const flood = '[a'.repeat(MAX_UNIT_MARKS + 1);
    const markdown = `[ref]: https://x.test\r\n\r\n${flood}\r\nsecond line\r\n\r\nSee [the report][ref].\r\n\r\n\`\`\`\r\n${'*a'.repeat(3_000)}\r\n\`\`\``;
    expect(blockTexts(markdown)).toEqual([
      `${flood}\nsecond line`,
      'See the report.',
      '*a'.repeat(3_000),
    ]);
  });

  it('leaves out a run of blank lines past its budget, and reads the paragraphs around it', () => {
    const markdown = `First paragraph.${'\n'.repeat(100_000)}Second *one*.`;
    expect(guardMarkdown(markdown).some((c) => c.blank && c.literal)).toBe(true);
    expect(blockTexts(markdown)).toEqual(['First paragraph.', 'Second one.']);
  });

  it('keeps the densest chunks literal once the document passes its budget of markers', () => {
    // Short paragraphs each under the per-unit bound, but markers everywhere.
    const markdown =
      'Plain words, a *few* of them.\n\n'.repeat(50) + '*a*a*a*a*a*a*a\n\n'.repeat(2_000);
    const chunks = guardMarkdown(markdown);
    const kept = chunks.filter((c) => c.literal && !c.blank);
    expect(kept.length).toBeGreaterThan(0);
    for (const c of kept) expect(markdown.slice(c.start, c.end)).toBe('*a*a*a*a*a*a*a');
    expect(blockTexts(markdown)[0]).toBe('Plain words, a few of them.');
  });

  it('keeps a flood of short paragraphs, each its own paragraph, past the budget', () => {
    const markdown = '# Notes\n\n' + '*a*\n\n'.repeat(100_000);
    const texts = blockTexts(markdown);
    expect(texts).toHaveLength(100_001);
    expect(texts[0]).toBe('Notes');
    // Some parsed, within the budget; the rest past it, literal.
    expect(new Set(texts.slice(1))).toEqual(new Set(['a', '*a*']));
  });

  it('counts every line of a paragraph, so a paragraph of a hundred thousand lines is kept literal', () => {
    const lines = 'ab\n'.repeat(100_000);
    const markdown = `# Notes\n\n${lines}`;
    const chunks = guardMarkdown(markdown).filter((c) => !c.blank);
    expect(chunks.map((c) => c.literal)).toEqual([false, true]);
    const texts = blockTexts(markdown);
    expect(texts[0]).toBe('Notes');
    expect(texts[1]).toBe(lines.trim());
  });

  it('marks nothing literal in ordinary Markdown (seeded property)', () => {
    const line = fc.constantFrom(
      '# A heading',
      '## Another *heading*',
      'Plain prose with a [link](https://x.test/a) and **strong** words.',
      '- a list item with `code`',
      '1. an ordered item',
      '> a quotation with _emphasis_',
      '![an image](x.png) and <https://x.test>',
      'A line with a <b>tag</b> and an &amp; entity.',
      '```js',
      'const x = a[i] * b;',
      '```',
      '    indented code',
      '',
    );
    checkProperty(
      fc.property(fc.array(line, { maxLength: 400 }), (lines) => {
        expect(literal(lines.join('\n'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
