import { declaredCharset, decodeText } from '@/core/decode';
import { ownSourceFromBytes } from '@/core/sources/own';
import { nodeDigest } from '@/node/digest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';
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

  it('reads UTF-8 with a few stray single bytes as UTF-8, the strays as Windows-1252, and says so', () => {
    const utf8 = (t: string) => [...new TextEncoder().encode(t)];
    // A no-break space and a "™" pasted in from an older system, amid a UTF-8 story.
    const page = Uint8Array.from([...utf8(`<p>${TEXT} U.S.`), 0xa0, ...utf8('Senate'), 0x99, 0x20]);
    expect(decodeText(page)).toEqual({
      ok: true,
      text: `<p>${TEXT} U.S.\u00a0Senate™ `,
      encoding: 'UTF-8',
      assumed: 'read as UTF-8, with 2 bytes that UTF-8 has no letter for read as Windows-1252',
    });
  });

  it('reads UTF-8 text with fewer stray bytes than characters of more than a byte, strays as Windows-1252', () => {
    // Each stray is followed by a character, whose first byte never continues a sequence: two
    // strays side by side can be a valid pair ("Â" and "€" are C2 80, which UTF-8 reads as one).
    const chunk = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 });
    const stray = fc.integer({ min: 0x80, max: 0xff });
    const utf8 = (t: string) => [...new TextEncoder().encode(t)];
    // What Windows-1252 reads a lone byte as, by the decoder's own single-byte path.
    const alone = (b: number) => {
      const read = decodeText(Uint8Array.from([0x41, b]));
      return read.ok ? read.text.slice(1) : '';
    };
    checkProperty(
      fc.property(fc.array(fc.tuple(stray, chunk), { maxLength: 6 }), (parts) => {
        const text = parts.map(([, t]) => t).join('');
        const wide = [...text].filter((c) => c.codePointAt(0)! > 0x7f).length;
        // Control characters other than white space make a file binary; that is tested above.
        const control = [...text].some((c) => c < ' ' && !'\t\n\f\r\u001b'.includes(c));
        fc.pre(wide > parts.length && !control);
        // Opened by a letter, so no byte-order mark can be made by chance.
        const bytes = [...utf8('x'), ...parts.flatMap(([b, t]) => [b, ...utf8(t)])];
        const read = decodeText(Uint8Array.from(bytes));
        const expected = 'x' + parts.map(([b, t]) => alone(b) + t).join('');
        expect(read).toMatchObject({ ok: true, text: expected, encoding: 'UTF-8' });
      }),
    );
  });

  it('still reads a single-byte text as Windows-1252 where a letter before a quote is UTF-8 by chance', () => {
    // "É”" is C9 94: a valid UTF-8 pair (U+0254), but the text's other letters are not.
    const text = 'Le “CAFÉ” de la gare, près du théâtre, où l’on dîne à côté';
    const bytes = Uint8Array.from(
      [...text].map((ch) => ({ '“': 0x93, '”': 0x94, '’': 0x92 })[ch] ?? ch.charCodeAt(0)),
    );
    expect(decodeText(bytes)).toMatchObject({ ok: true, text, encoding: 'windows-1252' });
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
