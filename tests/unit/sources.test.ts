import { parseMarkdown } from '@/core/sources/markdown';
import { parsePlainText } from '@/core/sources/plain';
import { decodeText, MAX_FILE_BYTES } from '@/core/decode';
import { describe, expect, it } from 'vitest';

const blockTexts = (s: { text: string; blocks: readonly { start: number; end: number }[] }) =>
  s.blocks.map((b) => s.text.slice(b.start, b.end));

describe('plain text', () => {
  it('keeps the text exactly and finds one paragraph per line or per blank-line group', () => {
    const text = 'Headline\n First paragraph.\n \n\nSecond paragraph.\r\n';
    const source = parsePlainText('x', text);
    expect(source.text).toBe(text);
    expect(blockTexts(source)).toEqual(['Headline', 'First paragraph.', 'Second paragraph.']);
    expect(source.blocks[0]!.type).toBe('heading');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const wrapped =
      'This paragraph was wrapped at a fixed width by a mail client\nlong ago, and goes on here.\n\nNext one.';
    expect(blockTexts(parsePlainText('x', wrapped))).toHaveLength(2);
  });
});

describe('Markdown', () => {
  it('reads headings, emphasis, links and autolinks as text', () => {
    const md =
      '# Title\n\nBy [AFP](#)\n\n**Related:** [A story](https://x.test)\n\n<https://example.com/a>\n';
    const source = parseMarkdown('m', md);
    expect(blockTexts(source)).toEqual([
      'Title',
      'By AFP',
      'Related: A story',
      'https://example.com/a',
    ]);
    expect(source.title).toBe('Title');
  });

  it('drops raw HTML', () => {
    expect(parseMarkdown('m', 'Hi <script>alert(1)</script> there').text).not.toContain('script');
  });
});

describe('decodeText', () => {
  it('accepts UTF-8 text and refuses binary, invalid, empty and oversized files', () => {
    expect(decodeText(new TextEncoder().encode('Grüße 👍'))).toEqual({
      ok: true,
      text: 'Grüße 👍',
      encoding: 'UTF-8',
      assumed: null,
    });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toMatchObject({
      ok: false,
      problem: /binary/,
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({
      ok: false,
      problem: /not valid UTF-16LE/,
    });
    expect(decodeText(new TextEncoder().encode(' \n\t '))).toMatchObject({
      ok: false,
      problem: /empty/,
    });
    expect(decodeText(new Uint8Array(MAX_FILE_BYTES + 1).fill(65))).toMatchObject({
      ok: false,
      problem: /larger/,
    });
  });
});
