import { parsePlainText } from '@/core/sources/plain';
import type { Source } from '@/core/types';
import { decodeShare, encodeShare } from '@/url/share';
import { compressToEncodedURIComponent } from 'lz-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyText } from '../support/arbitraries';
import { checkProperty } from '../support/property';

const own = (text: string, n = 0): Source => ({
  ...parsePlainText(`own-${String(n).padStart(8, '0')}`, text),
  title: `T${n}`,
});
const fragment = (payload: unknown) =>
  `src=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

describe('share links', () => {
  it('round-trip any text exactly, with its title and paragraphs', () => {
    checkProperty(
      fc.property(
        // eslint-disable-next-line no-control-regex -- control characters are what is excluded
        messyText.filter((t) => t.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f]/.test(t)),
        (text) => {
          const source = own(text);
          const decoded = decodeShare(encodeShare([source]));
          expect(decoded).toEqual({ ok: true, sources: [source] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stay within a URL-safe alphabet', () => {
    expect(encodeShare([own('Grüße — “quoted” 👍🏽 שלום')])).toMatch(/^src=[A-Za-z0-9+\-$]+$/);
  });

  it.each([
    [
      'truncated',
      () =>
        encodeShare([own('A long enough text to be cut somewhere in its middle.')]).slice(0, 30),
      /incomplete or damaged/,
    ],
    ['not decodable', () => 'src=%%%not-lz-string!!', /incomplete or damaged/],
    ['empty', () => 'src=', /empty/],
    ['too large', () => `src=${'A'.repeat(200_000)}`, /too large/],
    [
      'binary',
      () => fragment([{ i: 'own-00000000', t: 'x', x: 'PNG\u0000\u0001\u0002', b: [] }]),
      /binary/,
    ],
    ['an empty text', () => fragment([{ i: 'own-00000000', t: 'x', x: '   ', b: [] }]), /empty/],
    ['a bad shape', () => fragment({ hello: 'world' }), /damaged/],
    [
      'blocks out of range',
      () => fragment([{ i: 'own-00000000', t: 'x', x: 'abc', b: [[0, 99]] }]),
      /damaged/,
    ],
  ])('say plainly what is wrong with a fragment that is %s', (_name, make, message) => {
    const decoded = decodeShare(make());
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toMatch(message);
  });

  it('never throw, whatever the fragment', () => {
    checkProperty(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const decoded = decodeShare(`src=${s}`);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
