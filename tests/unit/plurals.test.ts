import {
  bandsThinned,
  boilerplateCount,
  caseFigures,
  evidenceHeading,
  comparing,
  compareSources,
  countOf,
  describePassage,
  keepShared,
  passageMissing,
  plural,
  relationOf,
  RELATION,
  REPORT,
  sharedNotKept,
  summarySentence,
  tooManyWords,
  type Summary,
} from '@/core';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';

const NOUNS = ['word', 'passage', 'paragraph', 'text', 'case', 'reuse case', 'quotation', 'time'];
/** "1 words", "one passages", "2 word": a count that disagrees with its noun ("2 word for word" is an adverb, not a count). */
function wrongNumber(sentence: string): string | null {
  for (const noun of NOUNS) {
    const one = new RegExp(`(?<![\\d,.])\\b(1|one) ${noun}s\\b`);
    const many = new RegExp(
      `(?<![\\d,.])\\b([02-9]|\\d{2,}|\\d{1,3}(,\\d{3})+) ${noun}\\b(?!s| for word)`,
    );
    const hit = one.exec(sentence) ?? many.exec(sentence);
    if (hit) return hit[0];
  }
  return null;
}

const summary = (passages: number, longest: number): Summary => ({
  words: 10,
  sharedPct: 10,
  movedPct: 0,
  rewordedPct: 0,
  uniquePct: 90,
  inOtherPct: 10,
  passages,
  longestPassage: longest,
  quotedPct: 0,
});

describe('singular and plural', () => {
  it('picks the noun by the count, with grouped thousands', () => {
    expect(plural(1, 'word', 'words')).toBe('word');
    expect(plural(0, 'word', 'words')).toBe('words');
    expect(countOf(1, 'passage', 'passages')).toBe('1 passage');
    expect(countOf(2, 'passage', 'passages')).toBe('2 passages');
    expect(countOf(1_000, 'word', 'words')).toBe('1,000 words');
  });

  it('is right in every sentence that counts, for one and for many', () => {
    for (const n of [0, 1, 2, 11, 21, 1_001]) {
      const sentences = [
        comparing(n),
        passageMissing(3, n),
        tooManyWords(n, n + 1),
        caseFigures(n, n, 'edited'),
        boilerplateCount(1, n, false),
        boilerplateCount(0, n, true),
        sharedNotKept(Array.from({ length: Math.min(n, 3) }, (_, i) => `T${i}`)),
        evidenceHeading(n),
        REPORT.quotations(n),
        REPORT.engine('0', { minRun: n, maxGap: n, maxSeedOccurrences: n }, false),
        bandsThinned(n, n + 5),
        Object.values(summarySentence(summary(n, n), 0)).join(''),
        RELATION.shares(n, n, 'A', n, n),
        RELATION.restateEachOther([n, n], [n, n]),
        RELATION.editedCopies([n, n], [n, n]),
        RELATION.cases(n, 0, 0),
        RELATION.restated(Math.min(n, 1), Math.max(n, 1)),
      ];
      for (const sentence of sentences) expect(wrongNumber(sentence), sentence).toBeNull();
    }
    expect(keepShared(1)).toBe('Keep this source');
    expect(keepShared(2)).toBe('Keep these sources');
    expect(sharedNotKept(['T'])).toContain('1 text of the sender’s own (“T”): it is shown');
    expect(RELATION.restated(1, 3)).toBe('1 of its 3 paragraphs restates');
    expect(RELATION.restated(2, 3)).toBe('2 of its 3 paragraphs restate');
    expect(RELATION.cases(1, 0, 0)).toBe('one passage, word for word');
    expect(RELATION.cases(1, 1, 0)).toBe('2 passages (1 word for word, 1 edited)');
  });

  it('describes a passage of one word in the singular', () => {
    const c = compareSources([
      plain('a', 'Kim Jong Un praised the relationship with Russia today.'),
      plain('b', 'Kim Jong Un praised the relationship with Russia today.'),
    ]);
    expect(wrongNumber(describePassage(c, 0, 0))).toBeNull();
    expect(wrongNumber(relationOf(c).text)).toBeNull();
  });

  it('finds a count that disagrees with its noun (the check itself)', () => {
    expect(wrongNumber('1 passages')).toBe('1 passages');
    expect(wrongNumber('in 2 passage;')).toBe('2 passage');
    expect(wrongNumber('12,000 word')).toBe('12,000 word');
    expect(wrongNumber('1 passage, 21 words, 1,001 words')).toBeNull();
    expect(wrongNumber('2 passages (2 word for word)')).toBeNull();
  });
});
