import { formatLink, parseLink } from '@/url/link';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const IDS = ['kim-praises', 'growing', 'hails', 'ahead', 'putin'];
const FALLBACK = ['growing', 'hails'] as const;

describe('deep links', () => {
  it('round-trips any pair of distinct ids', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.constantFrom(...IDS), (a, b) => {
        fc.pre(a !== b);
        expect(parseLink(formatLink([a, b]), IDS, FALLBACK)).toEqual({
          pair: [a, b],
          problem: null,
        });
      }),
    );
  });

  it('opens the fallback pair with no message when the link names nothing', () => {
    expect(parseLink('', IDS, FALLBACK)).toEqual({ pair: FALLBACK, problem: null });
  });

  it.each([
    ['?a=nope&b=hails', /"nope", which is not one of the sources/],
    ['?a=hails&b=hails', /same source twice/],
    ['?a=hails', /does not say which source B/],
    ['?a=&b=hails', /source A \(a=\) is empty/],
    ['?a=%3Cscript%3E&b=hails', /not a valid source id/],
    [`?a=${'x'.repeat(500)}&b=hails`, /too long/],
  ])('names the problem with %s and still shows two distinct sources', (search, message) => {
    const { pair, problem } = parseLink(search, IDS, FALLBACK);
    expect(problem).toMatch(message);
    expect(pair[0]).not.toBe(pair[1]);
    expect(IDS).toContain(pair[0]);
    expect(IDS).toContain(pair[1]);
  });

  it('never throws and always yields known, distinct sources, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { pair } = parseLink(search, IDS, FALLBACK);
        expect(IDS).toContain(pair[0]);
        expect(IDS).toContain(pair[1]);
        expect(pair[0]).not.toBe(pair[1]);
      }),
    );
  });
});
