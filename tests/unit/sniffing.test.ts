import { looksLikeMarkdown } from '@/core';
import { looksLikeHtml } from '@/html/looksLikeHtml';
import { describe, expect, it } from 'vitest';

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

  it('still finds a link whose neighbours are broken, and refuses runs of broken ones', () => {
    expect(looksLikeMarkdown(`${'](x'.repeat(50_000)} [a](b) **c**`)).toBe(true);
    expect(looksLikeMarkdown('](x'.repeat(200_000))).toBe(false);
    expect(looksLikeMarkdown('<http://a'.repeat(60_000))).toBe(false);
    expect(looksLikeMarkdown(`${'<http://a'.repeat(10_000)} <http://b.test> **c**`)).toBe(true);
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
