import { countWords, forEachWord, tokenize, WORD_PATTERN } from '@/core/tokenize';

// Runs holding an unspaced script are split further into words by Intl.Segmenter.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const UNSPACED_RUN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
import { normalizeWord } from '@/core/normalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyText } from '../support/arbitraries';
import { checkProperty } from '../support/property';

const words = (text: string) =>
  tokenize(text)
    .filter((t) => t.word)
    .map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('splits words from the spacing and punctuation around them', () => {
    expect(words('Kim’s visit — “in the pipeline.”')).toEqual([
      'Kim’s',
      'visit',
      'in',
      'the',
      'pipeline',
    ]);
  });

  it('keeps numbers with separators whole and splits hyphenated compounds', () => {
    expect(words('about 7,000 containers, 3.5 times; comrades-in-arms')).toEqual([
      'about',
      '7,000',
      'containers',
      '3.5',
      'times',
      'comrades',
      'in',
      'arms',
    ]);
  });

  it('splits unspaced scripts into words', () => {
    expect(countWords('東京都に住んでいます')).toBeGreaterThan(1);
  });

  it('gives back the text exactly when its tokens are joined, whatever the text', () => {
    checkProperty(
      fc.property(messyText, (text) => {
        const tokens = tokenize(text);
        expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
        tokens.forEach((t, i) => {
          expect(t.end).toBeGreaterThan(t.start);
          if (i > 0) expect(t.start).toBe(tokens[i - 1]!.end);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeWord', () => {
  it('folds case, apostrophes and compatibility forms', () => {
    expect(normalizeWord('Kim’s')).toBe(normalizeWord("KIM's"));
    expect(normalizeWord('ﬁnal')).toBe('final');
    expect(normalizeWord('Ｋｉｍ')).toBe('kim');
  });
});

describe('the word scanner', () => {
  it('finds exactly the words the WORD_PATTERN specification finds, whatever the text', () => {
    checkProperty(
      fc.property(messyText, (text) => {
        const expected = [...text.matchAll(WORD_PATTERN)].flatMap((m) =>
          UNSPACED_RUN.test(m[0])
            ? [...segmenter.segment(m[0])]
                .filter((part) => part.isWordLike)
                .map((part) => [m.index + part.index, m.index + part.index + part.segment.length])
            : [[m.index, m.index + m[0].length]],
        );
        const found: number[][] = [];
        forEachWord(text, (start, end) => found.push([start, end]));
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a long run of a script written without spaces', () => {
  it('is split into the same words as Intl.Segmenter splits it whole, in pieces of bounded cost', () => {
    // Segmenting a run whole is superlinear (100,000 kana took 17 s); it is read in pieces.
    const text =
      '北朝鮮の金正恩総書記はロシアとの関係を称賛しプーチン大統領の訪問を歓迎すると述べた'.repeat(
        150,
      );
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    const whole = [...segmenter.segment(text)]
      .filter((p) => p.isWordLike)
      .map((p) => [p.index, p.index + p.segment.length]);
    const ours = tokenize(text)
      .filter((t) => t.word)
      .map((t) => [t.start, t.end]);
    expect(ours).toEqual(whole);
  });
});
