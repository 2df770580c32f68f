import fc from 'fast-check';
import { looksLikeMarkdown } from '@/core';
import { CANDIDATES } from '@/core/sources/looksLikeMarkdown';
import { looksLikeHtml } from '@/html/looksLikeHtml';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';

// The patterns that tell Markdown and HTML from prose run on whatever a reader pastes. Each was
// rewritten so a failed match cannot rescan the text (once quadratic: half a megabyte of `](x`
// blocked the page for 27 s). These tests pin what they match; `npm run bench` times them.
describe('telling Markdown from prose', () => {
  it('needs two kinds of Markdown syntax', () => {
    expect(looksLikeMarkdown('# Kim hails ties\n\nSee [the report](https://x.test/a).')).toBe(true);
    expect(looksLikeMarkdown('**Seoul** said so. More at <https://x.test/a>.')).toBe(true);
    expect(looksLikeMarkdown('# Kim hails ties\n\nPlain prose follows.')).toBe(false);
    expect(looksLikeMarkdown('He said [sic] (twice) and left.')).toBe(false);
  });

  it('reads each sign at the first thousand places its first character stands', () => {
    const broken = CANDIDATES - 1;
    expect(looksLikeMarkdown(`${'](x'.repeat(broken)} [a](b) **c**`)).toBe(true);
    expect(looksLikeMarkdown(`${'<http://a'.repeat(broken)} <http://b.test> **c**`)).toBe(true);
    expect(looksLikeMarkdown(`${'#x\n'.repeat(broken)}# Head\n**c**`)).toBe(true);
    expect(looksLikeMarkdown(`${'*a'.repeat(broken)}**c** [a](b)`)).toBe(true);
    // A hashtag does not open a line, so it is no place of a heading.
    expect(looksLikeMarkdown(`${'#tag '.repeat(2 * CANDIDATES)}\n# Head\n**c**`)).toBe(true);
  });

  it('reads no further: a run of broken places is not Markdown for its sign', () => {
    expect(looksLikeMarkdown(`${'](x'.repeat(CANDIDATES)} [a](b) **c**`)).toBe(false);
    expect(looksLikeMarkdown(`${'<http://a'.repeat(CANDIDATES)} <http://b.test> **c**`)).toBe(
      false,
    );
    expect(looksLikeMarkdown(`${'#x\n'.repeat(CANDIDATES)}# Head\n**c**`)).toBe(false);
    expect(looksLikeMarkdown(`${'*a'.repeat(CANDIDATES)}**c** [a](b)`)).toBe(false);
    expect(looksLikeMarkdown('](x'.repeat(200_000))).toBe(false);
    expect(looksLikeMarkdown('<http://a'.repeat(60_000))).toBe(false);
  });

  it('answers as the four patterns it replaced wherever each sign has fewer places', () => {
    const OLD = [
      /^#{1,6}[ \t]+\S/m,
      /\]\([^()\s\]]*\)/,
      /<https?:\/\/[^<>\s]+>/,
      /\*\*[^*\n]+\*\*/,
    ];
    const old = (t: string) => OLD.filter((p) => p.test(t)).length >= 2;
    const pieces = [
      '#',
      '# ',
      '\t',
      'a',
      ' ',
      '\n',
      '\r',
      '\u2028',
      ']',
      '(',
      ')',
      '[',
      '<',
      '>',
      'http://',
      'https://',
      '*',
      '**',
    ];
    checkProperty(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join('')),
        (t) => {
          expect(looksLikeMarkdown(t)).toBe(old(t));
          // With one sign before it, the answer turns on each sign of the random text alone.
          expect(looksLikeMarkdown(`# H\n${t}`)).toBe(old(`# H\n${t}`));
          expect(looksLikeMarkdown(`${t}\n**s**`)).toBe(old(`${t}\n**s**`));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('telling HTML from prose', () => {
  it('counts real tags, not mentions of them', () => {
    expect(looksLikeHtml('<p>One</p><p>Two</p><p>Three</p>')).toBe(true);
    expect(looksLikeHtml('<!doctype html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('Use the <p> tag for paragraphs, he said.')).toBe(false);
  });

  it('refuses a run of unclosed tag openings, and still counts the tags after it', () => {
    expect(looksLikeHtml('<p'.repeat(200_000))).toBe(false);
    expect(looksLikeHtml(`${'<p'.repeat(20)}<p>a</p><p>b</p><em>c</em>`)).toBe(true);
  });
});
