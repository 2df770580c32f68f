import { bandsOf, compareSources, MAX_BANDS, viewportOf } from '@/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brownParagraphs } from '../support/brown';
import { generatePair } from '../support/generate';
import { checkProperty } from '../support/property';
import { plain } from '../support/sources';

/** Press reportage with one word in ten edited and a few paragraphs moved: hundreds of passages. */
function manyPassages() {
  const { a, b } = generatePair(brownParagraphs(/^ca/), {
    words: 6000,
    editRate: 0.1,
    moveRate: 0.05,
    seed: 7,
  });
  return compareSources([plain('a', a), plain('b', b)]);
}

describe('the overview’s bands', () => {
  it('draws one band per passage while they are few', () => {
    const c = compareSources([
      plain('a', 'One two three four five six. Seven eight nine ten eleven twelve.'),
      plain('b', 'Seven eight nine ten eleven twelve. One two three four five six.'),
    ]);
    const { bands, left } = bandsOf(c);
    expect(left).toBe(0);
    expect(bands.map((b) => b.passages)).toEqual(c.passages.map((_, i) => [i]));
  });

  it('stays readable with hundreds of passages: at most MAX_BANDS, each passage drawn at most once', () => {
    const c = manyPassages();
    expect(c.passages.length).toBeGreaterThan(300);
    const { bands, left } = bandsOf(c);
    expect(bands.length).toBeLessThanOrEqual(MAX_BANDS);
    const drawn = bands.flatMap((b) => b.passages);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.length + left).toBe(c.passages.length);
    // Every moved passage that is drawn has a band of its own: moves still show as crossings.
    for (const band of bands) if (band.moved) expect(band.passages).toHaveLength(1);
    // The longest passage is never the one left out.
    const longest = c.passages.reduce(
      (best, p, i) =>
        p.words[0][1] - p.words[0][0] >
        c.passages[best]!.words[0][1] - c.passages[best]!.words[0][0]
          ? i
          : best,
      0,
    );
    expect(drawn).toContain(longest);
    // In reading order of A, within the text.
    for (let i = 1; i < bands.length; i++)
      expect(bands[i]!.a[0]).toBeGreaterThanOrEqual(bands[i - 1]!.a[0]);
    for (const band of bands)
      for (const [from, to] of [band.a, band.b]) {
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(1);
        expect(to).toBeGreaterThanOrEqual(from);
      }
  });

  it('thins to any limit asked for', () => {
    const c = manyPassages();
    expect(bandsOf(c, 1).bands).toHaveLength(1);
    for (const max of [1, 10, 50]) {
      const { bands, left } = bandsOf(c, max);
      expect(bands.length).toBeLessThanOrEqual(max);
      expect(bands.reduce((n, b) => n + b.passages.length, 0) + left).toBe(c.passages.length);
    }
  });
});

describe('the viewport marker', () => {
  it('is the visible share of the scroll area, within 0 and 1', () => {
    expect(viewportOf(0, 1000, 250)).toEqual([0, 0.25]);
    expect(viewportOf(750, 1000, 250)).toEqual([0.75, 1]);
    expect(viewportOf(0, 0, 250)).toEqual([0, 1]);
    checkProperty(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), (top, height, client) => {
        const [from, to] = viewportOf(top, height, client);
        expect(0 <= from && from <= to && to <= 1).toBe(true);
      }),
    );
  });
});
