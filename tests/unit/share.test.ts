import { contentId } from '@/core/sources/contentId';
import { parsePlainText } from '@/core/sources/plain';
import type { Source } from '@/core/types';
import { nodeDigest } from '@/node/digest';
import { inflateBounded } from '@/url/inflate';
import { decodeShare, encodeShare, MAX_SHARED_CHARS, shareTooLarge } from '@/url/share';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyText } from '../support/arbitraries';
import { checkAsyncProperty, checkProperty } from '../support/property';

/** A source of one's own as the page makes it: its id the SHA-256 of its content. */
const own = async (text: string, title = 'T'): Promise<Source> => {
  const parsed = parsePlainText('own-pending', text);
  return { ...parsed, title, id: await contentId(parsed.text, parsed.blocks, nodeDigest) };
};
const fragment = (payload: unknown) =>
  `src=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
const decode = (f: string) => decodeShare(f, nodeDigest);
const LEGACY = 'own-0badf00d';

describe('share links', () => {
  it('round-trip any text exactly (control characters but NUL included), with its title and paragraphs', async () => {
    await checkAsyncProperty(
      fc.asyncProperty(
        messyText.filter((t) => t.trim() !== '' && !t.includes('\u0000')),
        fc.constantFrom('', '\u001b[31m'),
        async (text, escape) => {
          const source = await own(`${escape}${text}`);
          const decoded = await decode(encodeShare([source]));
          expect(decoded).toEqual({
            ok: true,
            sources: [source],
            renamed: new Map(),
            problems: [],
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stay within a URL-safe alphabet', async () => {
    expect(encodeShare([await own('Grüße — “quoted” 👍🏽 שלום')])).toMatch(/^src=[A-Za-z0-9+\-$]+$/);
  });

  it('open a link made with an id of before under the content id, and say which it replaced', async () => {
    const source = await own('North Korea and Russia signed a pact.\n\nSeoul objected.');
    const decoded = await decode(encodeShare([{ ...source, id: LEGACY }]));
    expect(decoded).toEqual({
      ok: true,
      sources: [source],
      renamed: new Map([[LEGACY, source.id]]),
      problems: [],
    });
  });

  it('refuse a text planted under an id that is not its own', async () => {
    const real = await own('The article a reader will add later.');
    const planted = await own('A planted text.');
    const decoded = await decode(encodeShare([{ ...planted, id: real.id }]));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toMatch(/“T” cannot be opened: its id does not match/);
    // Beside a good one, only the forged one is refused, and the reader is told.
    const both = await decode(encodeShare([{ ...planted, id: real.id }, real]));
    expect(both).toMatchObject({ ok: true, sources: [real], problems: [/does not match/] });
  });

  it('open two items with the same id once, and say so', async () => {
    const source = await own('Twice in one link.');
    const decoded = await decode(encodeShare([source, { ...source, title: 'Other' }]));
    expect(decoded).toMatchObject({ ok: true, sources: [source], problems: [/twice/] });
    // The same text under an id of before and its content id is the same source too.
    const mixed = await decode(encodeShare([{ ...source, id: LEGACY }, source]));
    expect(mixed).toMatchObject({ ok: true, sources: [source], problems: [/twice/] });
  });

  it('clean titles as the add form does: NUL, lone surrogates, empty', async () => {
    const source = await own('Kim hails ties\n\nThe body of the story.');
    const decoded = await decode(
      encodeShare([
        { ...source, title: 'A\u0000B \ud800' },
        { ...(await own('Second text here.')), title: ' \u0000 ' },
      ]),
    );
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.sources.map((s) => s.title)).toEqual(['A B', 'Second text here.']);
  });

  it.each([
    [
      'truncated',
      async () =>
        encodeShare([await own('A long enough text to be cut somewhere in its middle.')]).slice(
          0,
          30,
        ),
      /incomplete or damaged/,
    ],
    ['not decodable', () => 'src=%%%not-lz-string!!', /incomplete or damaged/],
    ['empty', () => 'src=', /empty/],
    ['too large', () => `src=${'A'.repeat(200_000)}`, /too large/],
    [
      'binary',
      () => fragment([{ i: LEGACY, t: 'x', x: 'PNG\u0000\u0001\u0002', b: [] }]),
      /binary/,
    ],
    ['an empty text', () => fragment([{ i: LEGACY, t: 'x', x: '   ', b: [] }]), /empty/],
    ['a bad shape', () => fragment({ hello: 'world' }), /damaged/],
    ['a malformed block', () => fragment([{ i: LEGACY, t: 'x', x: 'abc', b: [null] }]), /damaged/],
    [
      'blocks out of range',
      () => fragment([{ i: LEGACY, t: 'x', x: 'abc', b: [[0, 99]] }]),
      /paragraphs do not cover/,
    ],
    [
      'no blocks for its text (an empty pane, hidden words counted)',
      () => fragment([{ i: LEGACY, t: 'x', x: 'abc def', b: [] }]),
      /paragraphs do not cover/,
    ],
    [
      'blocks covering part of its text',
      () => fragment([{ i: LEGACY, t: 'x', x: 'abc\n\ndef', b: [[0, 3]] }]),
      /paragraphs do not cover/,
    ],
    [
      'blocks out of order',
      () =>
        fragment([
          {
            i: LEGACY,
            t: 'x',
            x: 'abc\n\ndef',
            b: [
              [5, 8],
              [0, 3],
            ],
          },
        ]),
      /paragraphs do not cover/,
    ],
  ])('say plainly what is wrong with a fragment that is %s', async (_name, make, message) => {
    const decoded = await decode(await make());
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toMatch(message);
  });

  it('never reject, whatever the fragment', async () => {
    await checkAsyncProperty(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (s) => {
        const decoded = await decode(`src=${s}`);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('unpacking a share link', () => {
  it('stops at the limit: a small fragment that stands for megabytes is refused unread', async () => {
    // 46 KB of link once became 1.6 M words; this one stands for 3 MB.
    const bomb = compressToEncodedURIComponent(
      JSON.stringify([{ i: LEGACY, t: 'x', x: 'word '.repeat(600_000), b: [] }]),
    );
    expect(bomb.length).toBeLessThan(20_000);
    const inflated = inflateBounded(bomb, MAX_SHARED_CHARS);
    expect(inflated).toMatchObject({ ok: false, reason: 'tooLarge' });
    // It stopped there: no further than one dictionary entry past the limit.
    if (!inflated.ok && inflated.reason === 'tooLarge')
      expect(inflated.produced).toBeLessThan(MAX_SHARED_CHARS + bomb.length * 6);
    const decoded = await decode(`src=${bomb}`);
    expect(decoded).toMatchObject({ ok: false, problem: /would unpack to more than/ });
  });

  it('unpacks exactly what lz-string does, for any text and any garbage', () => {
    checkProperty(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const packed = compressToEncodedURIComponent(text);
        const inflated = inflateBounded(packed, 1_000_000);
        if (text === '') expect(inflated.ok).toBe(false);
        else expect(inflated).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
    checkProperty(
      fc.property(fc.string({ maxLength: 200 }), (garbage) => {
        let theirs: string | null;
        try {
          theirs = decompressFromEncodedURIComponent(garbage);
        } catch {
          theirs = null; // lz-string itself throws on some garbage
        }
        const ours = inflateBounded(garbage, 1_000_000);
        // Where lz-string reads garbage as text, so does this; where it fails (or makes up
        // "undefined" from a code that is none), this says the link is damaged.
        if (ours.ok) expect(ours.text).toBe(theirs);
      }),
      { numRuns: 500 },
    );
  });

  it('is not offered by the page for sources that would unpack past the limit', async () => {
    const repetitive = await own('The same words again. '.repeat(100_000));
    expect(shareTooLarge([repetitive])).toBe(true);
    expect(shareTooLarge([await own('A news story of ordinary length.')])).toBe(false);
  });
});
