import {
  boilerplateOf,
  comparisonJson,
  relationOf,
  summarizeSide,
  type CharOffset,
  type Comparison,
  type WordPosition,
} from '@/core';
import { compareSources } from '@/core/compare';
import { tokenize } from '@/core/tokenize';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { messyText, wordText } from '../support/arbitraries';
import { checkProperty } from '../support/property';
import { pairOf } from '../support/sources';

/** Character starts and ends of every word of a text, as the reader sees the text. */
function wordSpans(text: string) {
  const words = tokenize(text).filter((t) => t.word);
  return { starts: words.map((w) => w.start), ends: words.map((w) => w.end) };
}

describe('the published comparison', () => {
  it('places every passage and case in characters exactly where its words stand', () => {
    checkProperty(
      fc.property(fc.oneof(messyText, wordText), fc.oneof(messyText, wordText), (a, b) => {
        const pair = pairOf(a, b);
        const c = compareSources(pair);
        const spans = [wordSpans(a), wordSpans(b)] as const;
        for (const unit of [...c.passages, ...c.cases]) {
          for (const side of [0, 1] as const) {
            const [from, to] = unit.words[side];
            expect(unit.chars[side]).toEqual([spans[side].starts[from], spans[side].ends[to - 1]]);
          }
        }
        // A case holds its passages, in characters as in words.
        for (const k of c.cases)
          for (const p of k.passages)
            for (const side of [0, 1] as const) {
              const [start, end] = c.passages[p]!.chars[side];
              expect(k.chars[side][0] <= start && end <= k.chars[side][1]).toBe(true);
            }
      }),
      { numRuns: 200 },
    );
  });

  it('tallies its blocks to the same figures as the whole, and leaves hidden blocks out', () => {
    checkProperty(
      fc.property(
        fc.oneof(messyText, wordText),
        fc.oneof(messyText, wordText),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (a, b, hide) => {
          const pair = pairOf(a, b);
          const c = compareSources(pair);
          for (const side of [0, 1] as const) {
            const sum = (key: 'words' | 'shared' | 'moved' | 'reworded' | 'quoted') =>
              c.tallies[side].reduce((n, t) => n + t[key], 0);
            const s = c.stats[side];
            expect([
              sum('words'),
              sum('shared'),
              sum('moved'),
              sum('reworded'),
              sum('quoted'),
            ]).toEqual([s.words, s.shared, s.moved, s.reworded, s.quoted]);
            expect(c.tallies[side]).toHaveLength(pair[side].blocks.length + 1);
            // Hiding no block changes nothing; hiding some leaves exactly their words out.
            const none = pair[side].blocks.map(() => false);
            expect(summarizeSide(c, side, none)).toEqual(summarizeSide(c, side));
            const hidden = pair[side].blocks.map((_, i) => hide[i] === true);
            const kept = c.tallies[side].reduce((n, t, i) => (hidden[i] ? n : n + t.words), 0);
            expect(summarizeSide(c, side, hidden).words).toBe(kept);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('names its sources by id and carries none of their text or titles', () => {
    const pair = pairOf(
      'Kim Jong Un praised the growing relationship with Russia on Wednesday morning, officials said.',
      'Officials said Kim Jong Un praised the growing relationship with Russia on Wednesday morning.',
    );
    const c = compareSources(pair);
    expect(c.ids).toEqual(['a', 'b']);
    expect(c.lengths).toEqual([pair[0].text.length, pair[1].text.length]);
    const published = JSON.stringify(c);
    expect(published).not.toContain('Russia');
    expect(Object.keys(c).sort()).toEqual(
      ['cases', 'ids', 'lengths', 'passages', 'segments', 'stats', 'tallies'].sort(),
    );
  });

  it('gives the command line the same ranges and relation, and refuses the wrong sources', () => {
    const pair = pairOf(
      'The ministry said on Tuesday that the new rules would apply to every school from September onwards.',
      'From September onwards, the ministry said on Tuesday, the new rules would apply to every school.',
    );
    const c = compareSources(pair);
    const json = comparisonJson(c, pair);
    expect(json.passages.map((p) => [p.a, p.b])).toEqual(
      c.passages.filter((p) => !p.reworded).map((p) => [[...p.chars[0]], [...p.chars[1]]]),
    );
    expect(json.relation.text).toBe(relationOf(c).text);
    const hidden = [
      boilerplateOf(pair[0]).map(Boolean),
      boilerplateOf(pair[1]).map(Boolean),
    ] as const;
    expect(comparisonJson(c, pair, true).relation.text).toBe(relationOf(c, hidden).text);
    expect(() => comparisonJson(c, [pair[1], pair[0]])).toThrow(/not the one compared/);
  });

  it('keeps character offsets and word positions apart in its types', () => {
    expectTypeOf<Comparison['passages'][number]['chars'][0][0]>().toEqualTypeOf<CharOffset>();
    expectTypeOf<Comparison['passages'][number]['words'][0][0]>().toEqualTypeOf<WordPosition>();
    expectTypeOf<
      Comparison['segments'][0][number]['repeatOf']
    >().toEqualTypeOf<CharOffset | null>();
    // A plain number is neither, and one is not the other.
    expectTypeOf<number>().not.toMatchTypeOf<CharOffset>();
    expectTypeOf<WordPosition>().not.toMatchTypeOf<CharOffset>();
  });
});
