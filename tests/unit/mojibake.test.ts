import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '@/core/decode';
import { repairMojibake } from '@/html/mojibake';
import { readHtmlInNode } from '@/html/readHtmlNode';
import { checkProperty } from '../support/property';

/** Text as a system that read its UTF-8 bytes as Windows-1252 wrote it out again. */
function garbled(text: string): string {
  const read = decodeText(Uint8Array.from([0x80, 0x80, ...new TextEncoder().encode(text)]));
  if (!read.ok || read.encoding !== 'windows-1252') throw new Error('not read as Windows-1252');
  return read.text.slice(2);
}

describe('punctuation turned to mojibake', () => {
  it('puts back quotes and dashes, raw or with the "â" written as a reference', () => {
    expect(repairMojibake('<p>Iâ€™m â€œhereâ€\u009d â€” &acirc;€™twas â€¦</p>')).toBe(
      '<p>I’m “here” — ’twas …</p>',
    );
  });

  it('leaves alone what is not that family: a price in euros, "Ã©", an "â" before a euro sign', () => {
    const page = '<p>Prix: 5 € — Ã© — châ€teau? â€ — â€</p>';
    expect(repairMojibake(page)).toBe(page);
  });

  it('mends any general punctuation garbled so, and only it', () => {
    const punctuation = fc.integer({ min: 0x2000, max: 0x203f }).map((c) => String.fromCharCode(c));
    const plain = fc.string({ unit: fc.constantFrom(...'abc XYZ.,;é€â'), maxLength: 8 });
    checkProperty(
      fc.property(fc.array(fc.tuple(plain, punctuation), { maxLength: 6 }), (parts) => {
        // Plain text that itself holds "â€" and a continuation character is left out: it is
        // the one thing this repair takes for mojibake.
        fc.pre(parts.every(([t]) => !t.includes('â€')));
        const text = parts.map(([t, p]) => t + p).join('');
        const page = parts.map(([t, p]) => t + garbled(p)).join('');
        expect(repairMojibake(page)).toBe(text);
      }),
    );
  });

  it('reads a page whose quotes its system garbled with them mended', () => {
    const story =
      'Alan Wurtzel, NBC&acirc;€™s president of research, said the networkâ€™s plan was ' +
      'â€œa sure betâ€\u009d for the Games, and that archery would draw a crowd this summer.';
    const source = readHtmlInNode(
      'own-00000003',
      `<html><head><title>Archery</title></head><body><article><p>${story}</p></article></body></html>`,
    );
    expect(source.text).toContain(
      'NBC’s president of research, said the network’s plan was “a sure bet” for the Games',
    );
    expect(source.text).not.toMatch(/â€/);
  });
});
