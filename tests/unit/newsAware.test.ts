import { boilerplateOf, classifyBlocks, classifyText, isBlockNote } from '@/core/boilerplate';
import { compareSources } from '@/core/compare';
import { findQuotes, wordsInQuotes } from '@/core/quotes';
import { countWords } from '@/core/tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_BOILERPLATE, CORPUS_NOTES, WRITTEN } from '../support/boilerplateSet';
import { bundledSources } from '@/corpus/bundled';
import { messyText } from '../support/arbitraries';
import { pairOf } from '../support/sources';
import { checkProperty } from '../support/property';

/** `findQuotes`'s flat offsets as `[start, end]` pairs. */
const spansOf = (text: string) => {
  const flat = findQuotes(text);
  return Array.from({ length: flat.length / 2 }, (_, k): [number, number] => [
    flat[2 * k]!,
    flat[2 * k + 1]!,
  ]);
};
const quoted = (text: string) => spansOf(text).map(([s, e]) => text.slice(s, e));

describe('findQuotes', () => {
  it('finds straight and curly quotations, with nested single quotes inside them', () => {
    expect(quoted('He said “it is ‘in the pipeline’ now” and "more later".')).toEqual([
      '“it is ‘in the pipeline’ now”',
      '"more later"',
    ]);
  });

  it('follows a quotation into the next paragraph when that paragraph opens with a quotation mark', () => {
    const text = '“We will go,” he said. “It is planned.\n“The date will follow,” Peskov added.';
    expect(quoted(text)).toEqual(['“We will go,”', '“It is planned.\n“The date will follow,”']);
  });

  it('never lets a stray quotation mark swallow the rest of the text', () => {
    const text =
      'A stray “mark here and no close.\nThe next paragraph is reporting.\n“A real one,” she said.';
    expect(quoted(text)).toEqual(['“A real one,”']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted('Kim’s visit in the ’90s and Putin’s reply')).toEqual([]);
    expect(quoted('He called it ‘unbreakable’ twice.')).toEqual(['‘unbreakable’']);
  });

  it('gives well-formed spans that never overlap, and never run past a paragraph without a quotation mark to carry them', () => {
    checkProperty(
      fc.property(messyText, (text) => {
        let last = 0;
        for (const [start, end] of spansOf(text)) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start + 1);
          expect(end).toBeLessThanOrEqual(text.length);
          expect('“"‘').toContain(text[start]);
          expect('”"’').toContain(text[end - 1]);
          last = end;
          // Every paragraph break inside a quotation is followed by a quotation mark.
          const inner = text.slice(start, end);
          for (const m of inner.matchAll(/[\r\n]\s*/g)) {
            expect(['“', '"']).toContain(inner[m.index + m[0].length]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('wordsInQuotes', () => {
  it('marks the words that start inside a span, from the flat offsets findQuotes gives', () => {
    // `"a"b "c d" e “f”`: a word right after a closing mark starts outside its span.
    const text = '"a"b "c d" e “f”';
    const starts = Int32Array.from([1, 3, 6, 8, 11, 14]); // a b c d e f
    expect([...wordsInQuotes(starts, findQuotes(text))]).toEqual([1, 0, 1, 1, 0, 1]);
    expect([...wordsInQuotes(starts, new Int32Array(0))]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('shared quotations', () => {
  it('marks words quoted in both texts as a shared quotation, apart from shared narrative', () => {
    const a =
      'Peskov said “the visit is in the pipeline, and we will make an announcement in due time,” in May.';
    const b =
      'Kremlin spokesman Dmitry Peskov said the visit is in the pipeline, and “we will make an announcement in due time,” Tass reported.';
    const c = compareSources(pairOf(a, b));
    const quoteText = c.segments[0]
      .filter((s) => s.quote)
      .map((s) => a.slice(s.start, s.end))
      .join(' ');
    expect(quoteText).toMatch(/we will make an announcement in due time/);
    expect(quoteText).not.toMatch(/pipeline/);
    expect(c.stats[0].quoted).toBe(8);
    expect(c.stats[1].quoted).toBe(8);
  });
});

describe('boilerplate', () => {
  it('flags exactly the boilerplate of the bundled articles, and none of their reporting', () => {
    for (const source of bundledSources()) {
      const flagged = boilerplateOf(source).flatMap((label, i) => (label ? [i] : []));
      expect([source.id, flagged]).toEqual([source.id, CORPUS_BOILERPLATE[source.id]]);
    }
  });

  it("names the headline and the wire copy's repeated headline, and never hides them", () => {
    for (const source of bundledSources()) {
      const labels = classifyBlocks(source);
      const notes = labels.flatMap((label, i) => (isBlockNote(label) ? [[i, label]] : []));
      expect([source.id, notes]).toEqual([source.id, CORPUS_NOTES[source.id]]);
      for (const [i] of notes) expect(boilerplateOf(source)[i as number]).toBeNull();
    }
  });

  it('reaches precision and recall of 0.9 on the written set', () => {
    const found = WRITTEN.map((w) => ({
      ...w,
      found: classifyText(w.text, countWords(w.text)) !== null,
    }));
    const tp = found.filter((f) => f.boilerplate && f.found).length;
    const fp = found.filter((f) => !f.boilerplate && f.found).length;
    const fn = found.filter((f) => f.boilerplate && !f.found).length;
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a call to action inside quotation marks as news', () => {
    expect(
      classifyText(
        '“Subscribe to our cause and support us,” the party leader told supporters.',
        12,
      ),
    ).toBeNull();
    expect(classifyText('Subscribe to our newsletter and support us.', 7)).toBe('call to action');
  });
});
