import { formatLink, parseLink, type Link } from '@/url/link';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';

const IDS = ['kim-praises', 'growing', 'hails', 'ahead', 'putin'];
const FALLBACK = ['growing', 'hails'] as const;

const readerPair = (search: string) => {
  const { link } = parseLink(search, IDS, FALLBACK);
  if (link.view !== 'reader') throw new Error('expected the reader view');
  return link.pair;
};

describe('deep links', () => {
  it('round-trips every link: any pair of distinct ids, with or without a passage or case, and the matrix', () => {
    const readerLink = fc
      .tuple(
        fc.constantFrom(...IDS),
        fc.constantFrom(...IDS),
        fc.oneof(
          fc.constant({ passage: null }),
          fc.nat(99_999).map((passage) => ({ passage })),
          fc.nat(99_999).map((caseRank) => ({ passage: null, caseRank })),
        ),
        fc.constantFrom(undefined, true, false),
      )
      .filter(([a, b]) => a !== b)
      .map(([a, b, chosen, hide]): Link =>
        hide === undefined
          ? { view: 'reader', pair: [a, b], ...chosen }
          : { view: 'reader', pair: [a, b], ...chosen, hideBoilerplate: hide },
      );
    const link = fc.oneof(
      readerLink,
      fc.constant<Link>({ view: 'matrix' }),
      fc.constant<Link>({ view: 'families' }),
    );
    checkProperty(
      fc.property(link, (l) => {
        expect(parseLink(formatLink(l), IDS, FALLBACK)).toEqual({
          link: l,
          problem: null,
          notice: null,
        });
      }),
    );
  });

  it('keeps the documented format', () => {
    expect(formatLink({ view: 'reader', pair: ['growing', 'hails'], passage: 2 })).toBe(
      '?a=growing&b=hails&p=3',
    );
    expect(formatLink({ view: 'matrix' })).toBe('?view=matrix');
    expect(formatLink({ view: 'families' })).toBe('?view=families');
    // Boilerplate: `bp=hide` keeps working; `bp=show` shows it; without `bp`, the reader's choice.
    const pair = ['growing', 'hails'] as const;
    expect(formatLink({ view: 'reader', pair, passage: null, hideBoilerplate: true })).toBe(
      '?a=growing&b=hails&bp=hide',
    );
    expect(formatLink({ view: 'reader', pair, passage: null, hideBoilerplate: false })).toBe(
      '?a=growing&b=hails&bp=show',
    );
    expect(parseLink('?a=growing&b=hails&bp=show', IDS, FALLBACK).link).toEqual({
      view: 'reader',
      pair,
      passage: null,
      hideBoilerplate: false,
    });
    expect(parseLink('?a=growing&b=hails&bp=other', IDS, FALLBACK).link).toEqual({
      view: 'reader',
      pair,
      passage: null,
    });
  });

  it('opens the start view on the fallback pair, with no message, when the link names nothing', () => {
    expect(parseLink('', IDS, FALLBACK)).toEqual({
      link: { view: 'reader', pair: FALLBACK, passage: null },
      problem: null,
      notice: null,
      start: true,
    });
  });

  it.each([
    ['?a=nope&b=hails', /"nope", which is not one of the sources/],
    ['?a=hails&b=hails', /same source twice/],
    ['?a=hails', /does not say which source B/],
    ['?a=&b=hails', /source A \(a=\) is empty/],
    ['?a=%3Cscript%3E&b=hails', /not a valid source id/],
    [`?a=${'x'.repeat(500)}&b=hails`, /too long/],
    ['?view=sideways', /view "sideways"/],
  ])('names the problem with %s and still shows two distinct sources', (search, message) => {
    const { problem } = parseLink(search, IDS, FALLBACK);
    const pair = readerPair(search);
    expect(problem).toMatch(message);
    expect(pair[0]).not.toBe(pair[1]);
    expect(IDS).toContain(pair[0]);
    expect(IDS).toContain(pair[1]);
  });

  it('writes a chosen case as c=, numbered as the evidence list numbers it', () => {
    const pair = ['growing', 'hails'] as const;
    expect(formatLink({ view: 'reader', pair, passage: null, caseRank: 0 })).toBe(
      '?a=growing&b=hails&c=1',
    );
    expect(parseLink('?a=growing&b=hails&c=3&bp=show', IDS, FALLBACK)).toEqual({
      link: { view: 'reader', pair, passage: null, caseRank: 2, hideBoilerplate: false },
      problem: null,
      notice: null,
    });
    // One thing is chosen at a time: a passage, the older of the two, wins over a case.
    expect(parseLink('?a=growing&b=hails&p=2&c=3', IDS, FALLBACK).link).toEqual({
      view: 'reader',
      pair,
      passage: 1,
    });
    const bad = parseLink('?a=growing&b=hails&c=0', IDS, FALLBACK);
    expect(bad.problem).toBeNull();
    expect(bad.notice).toMatch(/case \(c=\) "0" is not a case number/);
    expect(bad.link).toEqual({ view: 'reader', pair, passage: null });
  });

  it('keeps the comparison and notes quietly a passage number that is not one', () => {
    const parsed = parseLink('?a=growing&b=hails&p=zero', IDS, FALLBACK);
    expect(parsed.problem).toBeNull();
    expect(parsed.notice).toMatch(/"zero" is not a passage number/);
    expect(parsed.link).toEqual({ view: 'reader', pair: ['growing', 'hails'], passage: null });
  });

  it('never throws and always yields known, distinct sources, whatever the query', () => {
    checkProperty(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { link } = parseLink(search, IDS, FALLBACK);
        if (link.view !== 'reader') return;
        expect(IDS).toContain(link.pair[0]);
        expect(IDS).toContain(link.pair[1]);
        expect(link.pair[0]).not.toBe(link.pair[1]);
      }),
    );
  });
});
