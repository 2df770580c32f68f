import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseExcerpt, casesByLength, caseWords, passageCases, segmentCases } from '@/core';
import { checkProperty } from '../support/property';
import { wordText } from '../support/arbitraries';
import { compared, pairOf } from '../support/sources';
import { bundledSources } from '@/corpus/bundled';

describe('the evidence list', () => {
  it('puts each segment in the case whose span holds it, every passage in its own case, and lists cases longest first', () => {
    checkProperty(
      fc.property(wordText, wordText, (a, b) => {
        const c = compared(pairOf(a, b));
        const byPassage = passageCases(c);
        for (const side of [0, 1] as const) {
          const inCase = segmentCases(c, side);
          expect(inCase).toHaveLength(c.segments[side].length);
          c.segments[side].forEach((segment, i) => {
            const k = inCase[i];
            if (k === null || k === undefined) {
              // Outside every case, nothing is marked as matched.
              expect(segment.kind).toBe('unique');
              return;
            }
            const [start, end] = c.cases[k]!.chars[side];
            expect(segment.start < end && segment.end > start).toBe(true);
            // A passage's segment stands in its own case.
            if (segment.passage !== null) expect(k).toBe(byPassage[segment.passage]);
          });
        }
        const order = casesByLength(c);
        expect([...order].sort((x, y) => x - y)).toEqual(c.cases.map((_, k) => k));
        const size = (k: number) => caseWords(c, k, 0) + caseWords(c, k, 1);
        for (let i = 1; i < order.length; i++)
          expect(size(order[i - 1]!)).toBeGreaterThanOrEqual(size(order[i]!));
      }),
      // "putin north " / "north ": a segment that begins with the space before its word.
      { numRuns: 150, seeds: [1218271225] },
    );
  });

  it('quotes the opening of a case from its text, cut at a word with an ellipsis', () => {
    const sources = bundledSources();
    const pair = [
      sources.find((s) => s.id === 'kim-praises-relationship')!,
      sources.find((s) => s.id === 'kim-hails-russia-ties')!,
    ] as const;
    const c = compared(pair);
    const k = casesByLength(c)[0]!;
    const excerpt = caseExcerpt(c, k, 0, pair[0], 6);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.slice(0, -1).split(' ')).toHaveLength(6);
    const [start] = c.cases[k]!.chars[0];
    expect(pair[0].text.slice(start).replace(/\s+/g, ' ')).toContain(excerpt.slice(0, -1));
  });
});
