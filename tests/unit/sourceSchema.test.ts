import { parseMarkdown } from '@/core/sources/markdown';
import { contentBytes, contentId, idOfDigest, webDigest } from '@/core/sources/contentId';
import { parsePlainText } from '@/core/sources/plain';
import { checkSource, verifySource } from '@/core/sources/schema';
import { cleanTitle } from '@/core/sources/title';
import type { Block } from '@/core/types';
import { nodeDigest, sha256Sync } from '@/node/digest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyText } from '../support/arbitraries';
import { checkAsyncProperty, checkProperty } from '../support/property';

const idOf = (text: string, blocks: readonly Block[]) =>
  idOfDigest(sha256Sync(contentBytes(text, blocks)));
const anyText = fc.oneof(messyText, fc.string({ unit: 'binary', maxLength: 80 }));

describe('content ids', () => {
  it('give two different texts two ids, and the same text the same id', () => {
    checkProperty(
      fc.property(anyText, anyText, (a, b) => {
        const pa = parsePlainText('x', a);
        const pb = parsePlainText('x', b);
        const same = a === b;
        expect(idOf(pa.text, pa.blocks) === idOf(pb.text, pb.blocks)).toBe(same);
        expect(idOf(a, pa.blocks)).toBe(idOf(a, parsePlainText('y', a).blocks));
      }),
      { numRuns: 1000 },
    );
  });

  it('tell apart texts that differ only in a lone surrogate or in their paragraphs', () => {
    // UTF-8 would fold both lone surrogates into U+FFFD: the ids hash code units instead.
    expect(idOf('a\ud800', [])).not.toBe(idOf('a\udfff', []));
    const blocks: Block[] = [{ start: 0, end: 3, type: 'paragraph' }];
    expect(idOf('abc', blocks)).not.toBe(idOf('abc', [{ ...blocks[0]!, type: 'heading' }]));
  });

  it('are the same from Web Crypto and from node:crypto', async () => {
    const { text, blocks } = parsePlainText('x', 'Kim hails ties\n\nA story.');
    const web = await contentId(text, blocks, webDigest);
    expect(web).toBe(await contentId(text, blocks, nodeDigest));
    expect(web).toMatch(/^own-[0-9a-f]{64}$/);
  });
});

describe('the schema for a source', () => {
  it('accepts every source the parsers make, as it is (its title cleaned)', () => {
    checkProperty(
      fc.property(
        messyText.filter((t) => t.trim() !== '' && !t.includes('\u0000')),
        fc.boolean(),
        (text, markdown) => {
          const parsed = markdown ? parseMarkdown('own-x', text) : parsePlainText('own-x', text);
          if (parsed.text.trim() === '') return;
          const checked = checkSource(parsed);
          expect(checked.ok).toBe(true);
          if (!checked.ok) return;
          expect(checked.source).toEqual({ ...parsed, title: checked.source.title });
          const clean = cleanTitle(parsed.title);
          if (clean !== '') expect(checked.source.title).toBe(clean);
          else expect(checked.source.title).not.toBe('');
          // What it accepts it accepts again unchanged.
          if (checked.ok) expect(checkSource(checked.source)).toEqual(checked);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws, and whatever it accepts has paragraphs covering its text in order', () => {
    const block = fc.oneof(
      fc.record({
        start: fc.integer({ min: -2, max: 40 }),
        end: fc.integer({ min: -2, max: 40 }),
        type: fc.constantFrom('heading', 'paragraph', 'other'),
      }),
      fc.anything(),
    );
    checkProperty(
      fc.property(
        fc.oneof(
          fc.record({ id: fc.string(), title: anyText, text: anyText, blocks: fc.array(block) }),
          fc.anything(),
        ),
        (value) => {
          const checked = checkSource(value);
          if (!checked.ok) {
            expect(checked.problem.length).toBeGreaterThan(5);
            return;
          }
          const { text, blocks, title } = checked.source;
          let last = 0;
          for (const b of blocks) {
            expect(text.slice(last, b.start).trim()).toBe('');
            expect(b.end).toBeGreaterThan(b.start);
            last = b.end;
          }
          expect(text.slice(last).trim()).toBe('');
          expect(title).toBe(cleanTitle(title));
          expect(title).not.toBe('');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a malformed paragraph (blocks: [null])', { blocks: [null] }, /not a source Verbatim wrote/],
    ['no paragraphs', { blocks: [] }, /paragraphs do not cover/],
    ['a NUL (binary)', { text: 'Kim\u0000' }, /binary/],
    ['an empty text', { text: ' \n ', blocks: [] }, /empty/],
    ['a text over the byte limit', { text: 'é'.repeat(3_000_000) }, /larger than 5 MB/],
    ['a title that is not text', { title: 7 }, /not a source/],
  ])('refuses %s, saying why', (_name, change, message) => {
    const good = parsePlainText('own-x', 'Kim hails ties');
    const checked = checkSource({ ...good, ...change });
    expect(checked).toMatchObject({ ok: false, problem: message });
  });

  it('keeps no field a paragraph does not have, whatever a link or storage carried', () => {
    const good = parsePlainText('own-x', 'Kim hails ties\n\nA story.');
    const [first, second] = good.blocks;
    const carried = [
      { ...first!, junk: 'x'.repeat(1000) },
      { ...second!, markup: undefined },
    ];
    const checked = checkSource({ ...good, blocks: carried });
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.source.blocks).toEqual(good.blocks);
    for (const block of checked.source.blocks)
      expect(Object.keys(block).sort()).toEqual(['end', 'start', 'type']);
  });

  it('refuses more words than a source may have', () => {
    const text = 'word '.repeat(200_001).trim();
    const checked = checkSource({
      id: 'x',
      title: 't',
      text,
      blocks: [{ start: 0, end: text.length, type: 'paragraph' }],
    });
    expect(checked).toMatchObject({ ok: false, problem: /200,001 words, more than the 200,000/ });
  });

  it('keeps an ESC and every other control character but NUL, so what is added can be shared', () => {
    const text = 'Colour \u001b[31mred\u001b[0m and a bell \u0007.';
    expect(checkSource(parsePlainText('x', text))).toMatchObject({ ok: true, source: { text } });
  });

  it('replaces an id of before with the content id, and refuses one that does not match', async () => {
    const parsed = parsePlainText('own-0badf00d', 'Kim hails ties\n\nA story.');
    const id = await contentId(parsed.text, parsed.blocks, nodeDigest);
    expect(await verifySource(parsed, nodeDigest)).toEqual({
      ok: true,
      source: { ...parsed, id },
      formerId: 'own-0badf00d',
    });
    expect(await verifySource({ ...parsed, id }, nodeDigest)).toEqual({
      ok: true,
      source: { ...parsed, id },
    });
    const other = await contentId('Another text.', [], nodeDigest);
    expect(await verifySource({ ...parsed, id: other }, nodeDigest)).toMatchObject({
      ok: false,
      problem: /id does not match its text/,
    });
    expect(await verifySource({ ...parsed, id: 'kim-hails-ties' }, nodeDigest)).toMatchObject({
      ok: false,
    });
  });

  it('verifies any source it accepts under its content id, whatever id it came with', async () => {
    await checkAsyncProperty(
      fc.asyncProperty(
        messyText.filter((t) => t.trim() !== '' && !t.includes('\u0000')),
        async (text) => {
          const parsed = parsePlainText('own-00000000', text);
          const first = await verifySource(parsed, nodeDigest);
          expect(first.ok).toBe(true);
          if (!first.ok) return;
          expect(await verifySource(first.source, nodeDigest)).toEqual({
            ok: true,
            source: first.source,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
