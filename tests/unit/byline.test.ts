import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bylineDate, cleanByline } from '@/html/byline';
import { readHtmlPageInNode } from '@/html/readHtmlNode';
import { checkProperty } from '../support/property';

// Seeded by fast-check: a failure prints its seed and the command that replays it
// (VERBATIM_SEED=<seed> npx vitest run tests/unit/byline.test.ts -t "<test>").

describe('a byline cut down to its names', () => {
  it('drops the date and time a byline element prints after the names', () => {
    for (const [raw, names] of [
      ['by John Timmer - Nov 20, 2013 10:51 pm UTC', 'by John Timmer'],
      ['By Jacqui Cheng | Last updated February 12, 2009 2:29', 'By Jacqui Cheng'],
      ['DUSAN STOJANOVIC June 30, 2013', 'DUSAN STOJANOVIC'],
      ['Kelly Lawler , USA TODAY 7:02 a.m. ET March 4, 2017', 'Kelly Lawler, USA TODAY'],
      ['By Carrie ArnoldNovember 15, 2019', 'By Carrie Arnold'],
      ['by Jeff FoustMonday, November 18, 2019', 'by Jeff Foust'],
      ['Steven Mazie on November 8, 2012, 10:08 AM', 'Steven Mazie'],
      [
        'By LARA JAKES and FRANK JORDANS | Associated Press – 1 hr 6 mins ago',
        'By LARA JAKES and FRANK JORDANS',
      ],
      ['By FEDERICA LUSIARDI - 2019-04-10', 'By FEDERICA LUSIARDI'],
    ] as const)
      expect(cleanByline(raw)).toBe(names);
  });

  it('drops addresses, handles and the page’s buttons', () => {
    expect(cleanByline('Mike Cason | mcason@al.com')).toBe('Mike Cason');
    expect(cleanByline('newsfeedback@fool.com (Rich Smith)')).toBe('Rich Smith');
    expect(
      cleanByline('by Zack Whittaker October 29, 2012 10:14 AM PDT Follow @zackwhittaker'),
    ).toBe('by Zack Whittaker');
    expect(cleanByline('Deutsche Welle (www.dw.com)')).toBe('Deutsche Welle');
    expect(cleanByline('A.J. Daulerio View Profile Email RSS')).toBe('A.J. Daulerio');
  });

  it('takes the names after an inner "by", whatever stands before it', () => {
    expect(cleanByline('Oct 21, 2017 at 08:15 UTC by Alyssa Hertig')).toBe('by Alyssa Hertig');
    expect(cleanByline('Posted by: Bob Walsh')).toBe('by Bob Walsh');
    expect(cleanByline('Posted by Jacob in Blogging, Early Retirement Tip')).toBe('by Jacob');
    expect(cleanByline('View all posts by Sue Waters →')).toBe('by Sue Waters');
    expect(cleanByline('Analysis by Chris Cillizza, CNN Editor-at-large')).toBe(
      'by Chris Cillizza, CNN Editor-at-large',
    );
  });

  it('is null where no name is left', () => {
    for (const raw of [
      'Mar 28, 2017 Share Tweet Text Share E-mail',
      '2017-03-23T12:47:07-07:00',
      'Posted on',
      'View Comments',
      '//lasvegassun.com/staff/adam-candee/',
    ])
      expect(cleanByline(raw)).toBeNull();
  });

  it('leaves names alone, a writer’s title and an agency included', () => {
    for (const raw of [
      'By Wire Desk',
      'Jeremy Straub, Assistant Professor of Computer Science',
      'Associated Press',
      'Ana Ruiz, Ben Ode',
      'By Bobby Shelby and Mara Byrne',
    ])
      expect(cleanByline(raw)).toBe(raw);
  });

  it('keeps the day it cuts off, for a page whose metadata states none', () => {
    expect(bylineDate('by John Timmer - Nov 20, 2013 10:51 pm UTC')).toBe('2013-11-20');
    expect(bylineDate('By Jacqui Cheng | Last updated February 12, 2009 2:29')).toBe('2009-02-12');
    expect(bylineDate('Wed, 29 Mar 2017-02:59pm , Sydney , Reuters')).toBe('2017-03-29');
    expect(bylineDate('by Mike Schramm on Nov 1st 2012 8:00PM')).toBe('2012-11-01');
    // No whole date, or none at all: nothing is made up.
    for (const raw of [
      'By Jo Doe',
      'RYAN J. FOLEY 2 hours ago',
      'by Ann on March 2012',
      'May Smith 12, 2013',
    ])
      expect(bylineDate(raw)).toBeNull();
    const html = `<!doctype html><html><head><title>Talks resume</title><meta name="author" content="by John Timmer - Nov 20, 2013 10:51 pm UTC"></head><body><p>Story.</p></body></html>`;
    const { meta } = readHtmlPageInNode('own-1', html);
    expect(meta).toMatchObject({ byline: 'by John Timmer', date: '2013-11-20' });
  });

  it('is what the credit line under an HTML page’s headline prints', () => {
    const story =
      '<p>The ministry said on Tuesday that talks would resume, and officials from both sides expect to sign a trade agreement that has been prepared for months by their negotiators.</p>'.repeat(
        5,
      );
    const { meta, source } = readHtmlPageInNode(
      'own-1',
      `<!doctype html><html><head><title>Talks to resume next week</title><meta property="article:author" content="https://www.facebook.com/examplenews"><meta name="author" content="by Jo Doe - Nov 20, 2013 10:51 pm UTC"><meta property="article:published_time" content="2013-11-20T22:51:00Z"></head><body><article>${story}</article></body></html>`,
    );
    expect(meta.byline).toBe('by Jo Doe');
    expect(source.text).toContain('By Jo Doe · 20 November 2013');
    expect(source.text).not.toContain('facebook');
  });
});

describe('properties (seeded)', () => {
  const name = fc.constantFrom(
    'Ana',
    'Ruiz',
    'Jo',
    'Doe',
    'Kyle',
    'Busch',
    'Mara',
    'van',
    'Ode',
    'Lee',
  );
  const names = fc.array(name, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const noise = fc.constantFrom(
    ' - Nov 20, 2013 10:51 pm UTC',
    ' | Last updated February 12, 2009',
    ' June 30, 2013',
    ' on August 8, 2012 in Sports',
    ' Follow @handle',
    ' | jo@example.com',
    ' 2 hours ago',
    ' View Profile Email',
    '',
  );

  it('keeps the names of any byline and drops what follows them', () => {
    checkProperty(
      fc.property(fc.boolean(), names, noise, (by, who, tail) => {
        const raw = `${by ? 'By ' : ''}${who}${tail}`;
        expect(cleanByline(raw)).toBe(`${by ? 'By ' : ''}${who}`);
      }),
    );
  });

  it('never throws, and never leaves a time, an address or a handle', () => {
    checkProperty(
      fc.property(fc.string({ maxLength: 80 }), noise, names, (junk, tail, who) => {
        const out = cleanByline(`${junk} ${who}${tail}`);
        if (out === null) return;
        expect(out).not.toMatch(/\d{1,2}:\d{2}|@\w|https?:\/\//);
        expect(out.length).toBeLessThanOrEqual(junk.length + who.length + tail.length + 1);
      }),
    );
  });
});
