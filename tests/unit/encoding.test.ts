import { declaredCharset, decodeText } from '@/core/decode';
import { ownSourceFromBytes } from '@/core/sources/own';
import { nodeDigest } from '@/node/digest';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';

const TEXT = 'Café “naïve” résumé — 12 June 2024';
const unused = () => plain('x', 'unused');
const never = { html: unused, markdown: unused };

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Windows-1252 bytes of text in that code page (its curly quotes and dash included). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('encodings', () => {
  it('reads UTF-8, saying nothing of the encoding', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'UTF-8',
      assumed: null,
    });
  });

  it('reads UTF-8 with a byte-order mark, without the mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: TEXT, encoding: 'UTF-8' });
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark, and says so', () => {
    expect(decodeText(utf16(TEXT, false))).toMatchObject({
      ok: true,
      text: TEXT,
      encoding: 'UTF-16LE',
      assumed: expect.stringMatching(/UTF-16LE/),
    });
    expect(decodeText(utf16(TEXT, true))).toMatchObject({
      ok: true,
      text: TEXT,
      encoding: 'UTF-16BE',
    });
  });

  it('reads a single-byte text as Windows-1252 and says it assumed so', () => {
    expect(decodeText(cp1252(TEXT))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'windows-1252',
      assumed: 'read as Windows-1252: it is not UTF-8',
    });
  });

  it('honours the charset an HTML page declares', () => {
    // ISO-8859-2: 0xB9 is "š" there (and "¹" in Windows-1252).
    const html = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="iso-8859-2"><p>Ko'),
      0xb9,
      ...new TextEncoder().encode('ice</p>'),
    ]);
    expect(declaredCharset(html)).toBe('iso-8859-2');
    expect(decodeText(html, declaredCharset(html))).toMatchObject({
      ok: true,
      text: '<meta charset="iso-8859-2"><p>Košice</p>',
      encoding: 'iso-8859-2',
    });
  });

  it('still refuses binary files', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeText(png)).toMatchObject({ ok: false, problem: /binary/ });
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0xe9));
    expect(decodeText(controls)).toMatchObject({ ok: false, problem: /binary/ });
  });

  it('leaves out stray NUL bytes, as a browser does, and says so', () => {
    const page = new TextEncoder().encode(`<p>${TEXT}</p>`.repeat(200));
    const damaged = Uint8Array.from([...page.subarray(0, 3000), 0, ...page.subarray(3000)]);
    expect(decodeText(damaged)).toEqual({
      ok: true,
      text: `<p>${TEXT}</p>`.repeat(200),
      encoding: 'UTF-8',
      assumed: 'read as UTF-8, leaving out a NUL byte (damage: no text holds them)',
    });
    const legacy = Uint8Array.from([...cp1252(TEXT.repeat(40)), 0]);
    expect(decodeText(legacy)).toMatchObject({
      ok: true,
      text: TEXT.repeat(40),
      assumed: expect.stringMatching(/^read as Windows-1252: it is not UTF-8, leaving out a NUL/),
    });
  });

  it('takes more than one NUL byte in a thousand for binary', () => {
    const text = new TextEncoder().encode('a'.repeat(999));
    expect(decodeText(Uint8Array.from([...text, 0]))).toMatchObject({ ok: true });
    expect(decodeText(Uint8Array.from([...text, 0, 0]))).toMatchObject({
      ok: false,
      problem: /binary/,
    });
  });

  it('tells the reader which encoding an added file was read in', async () => {
    const result = await ownSourceFromBytes(cp1252(TEXT), 'latin1.txt', '', never, nodeDigest);
    expect(result).toMatchObject({
      ok: true,
      notice: expect.stringMatching(/"latin1.txt" was read as Windows-1252/),
    });
    if (result.ok) expect(result.source.text).toBe(TEXT);
    expect(
      await ownSourceFromBytes(new TextEncoder().encode(TEXT), 'a.txt', '', never, nodeDigest),
    ).not.toHaveProperty('notice');
  });
});
