import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeRunawayTitle } from '@/html/runawayTitle';
import { readHtmlPageInNode } from '@/html/readHtmlNode';
import { checkProperty } from '../support/property';

const STORY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the driver said on Sunday that the new season would bring a steadier schedule, with the same crew chief and the same car in every race he enters.</p>`,
).join('\n');

describe('a title that is never closed', () => {
  it('no longer swallows the page: its story is read', () => {
    // A crawler cut the title short; a browser's parser takes the rest of the page as its text.
    const html = `<html><head><title>Gale to drive Nation'?' + query + '"><\\/SCRIPT>');\n</head><body><h1>Gale to drive Nationwide</h1>\n${STORY}</body></html>`;
    const { source } = readHtmlPageInNode('own-1', html);
    expect(source.text).toContain('Paragraph 8: the driver said on Sunday');
    expect(source.blocks.length).toBeGreaterThanOrEqual(8);
  });

  it('is closed where its first line ends, or at the first tag, and nothing else changes', () => {
    const rest = `x`.repeat(2_000);
    expect(closeRunawayTitle(`<title>Headline\n${rest}`)).toBe(`<title>Headline</title>\n${rest}`);
    expect(closeRunawayTitle(`<TITLE lang=en>Headline<p>${rest}`)).toBe(
      `<TITLE lang=en>Headline</title><p>${rest}`,
    );
  });

  it('leaves a page alone whose title closes, or that ends before any title could run away', () => {
    for (const html of [
      `<title>Headline</title>${STORY}`,
      `<title>Headline</TITLE >${STORY}`,
      '<title>Headline',
      `<p>No title at all</p>${STORY}`,
    ])
      expect(closeRunawayTitle(html)).toBe(html);
  });

  it('only ever adds one closing tag: no character of the page is lost or moved', () => {
    checkProperty(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({
          maxLength: 3_000,
          unit: fc.constantFrom('a', ' ', '\n', '<', '>', '/', 't', 'title', '</title>', '<title>'),
        }),
        (head, body) => {
          const html = `${head}${body}`;
          const out = closeRunawayTitle(html);
          if (out === html) return;
          const at = out.indexOf('</title>', out.search(/<title\b[^>]*>/i));
          expect(out.slice(0, at) + out.slice(at + '</title>'.length)).toBe(html);
        },
      ),
    );
  });
});
