import { comparisonJson } from '@/core/json';
import { relationOf } from '@/core/relation';
import { summarizeSide } from '@/core/summary';
import { tokenize } from '@/core/tokenize';
import type { Comparison, Kind } from '@/core/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';
import { messyText, wordText } from '../support/arbitraries';
import { compared, pairOf, type Compared } from '../support/sources';

/** The kind of each word of one side, in reading order. */
function kinds(c: Compared, side: 0 | 1): Kind[] {
  const text = c.sources[side].text;
  let s = 0;
  const segments = c.segments[side];
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => {
      while (segments[s]!.end <= t.start) s++;
      return segments[s]!.kind;
    });
}

/** The text of the words of one side that carry `kind`. */
function wordsOf(c: Compared, side: 0 | 1, kind: Kind): string[] {
  const text = c.sources[side].text;
  const k = kinds(c, side);
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => text.slice(t.start, t.end))
    .filter((_, i) => k[i] === kind);
}

// Made-up words of four letters, each distinct: random paragraphs that share no word by chance.
const SYLLABLES = 'bdgklmnprst'.split('').flatMap((c) => 'aeiou'.split('').map((v) => c + v));
const VOCABULARY = SYLLABLES.flatMap((x) => SYLLABLES.map((y) => x + y));

/** `count` paragraphs of 8–24 words, no word used twice in all of them. */
const paragraphs = (count: number) =>
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...VOCABULARY), {
        minLength: count * 24,
        maxLength: count * 24,
      }),
      fc.array(fc.integer({ min: 8, max: 24 }), { minLength: count, maxLength: count }),
    )
    .map(([words, lengths]) => {
      let at = 0;
      return lengths.map((n) => {
        const p = words.slice(at, at + n);
        at += n;
        return `${p.join(' ')}.`;
      });
    });

const casesSwapped = (c: Comparison) =>
  c.cases.map((k) => `${k.words[1].join('-')}|${k.words[0].join('-')}|${k.kind}`).sort();
const casesOf = (c: Comparison) =>
  c.cases.map((k) => `${k.words[0].join('-')}|${k.words[1].join('-')}|${k.kind}`).sort();

describe('order first, then moves', () => {
  it('moves nothing when one paragraph stands twice in place', () => {
    checkProperty(
      fc.property(paragraphs(4), fc.integer({ min: 0, max: 3 }), (ps, twice) => {
        const b = [...ps.slice(0, twice + 1), ps[twice]!, ...ps.slice(twice + 1)];
        const c = compared(pairOf(ps.join('\n\n'), b.join('\n\n')));
        expect(c.stats[0].moved).toBe(0);
        expect(c.stats[1].moved).toBe(0);
        expect(c.stats[0].unique).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('moves exactly one of two swapped paragraphs, and nothing else', () => {
    checkProperty(
      fc.property(paragraphs(5), fc.integer({ min: 0, max: 3 }), (ps, i) => {
        const b = [...ps];
        [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
        const c = compared(pairOf(ps.join('\n\n'), b.join('\n\n')));
        const moved = wordsOf(c, 0, 'moved').join(' ');
        const words = (p: string) => p.slice(0, -1);
        expect([words(ps[i]!), words(ps[i + 1]!)]).toContain(moved);
        expect(c.stats[0].unique).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('shows an edit inside a moved paragraph as an edit, not as the end of the passage', () => {
    checkProperty(
      fc.property(paragraphs(4), fc.integer({ min: 2, max: 6 }), (ps, at) => {
        const words = ps[3]!.split(' ');
        const edited = [...words.slice(0, at), 'zzzz', ...words.slice(at + 1)].join(' ');
        // The last paragraph, edited in one word, moves to the front.
        const c = compared(pairOf(ps.join('\n\n'), [edited, ...ps.slice(0, 3)].join('\n\n')));
        const k = kinds(c, 1).slice(0, words.length);
        expect(k[at]).toBe('unique');
        expect(k.filter((_, i) => i !== at).every((x) => x === 'moved')).toBe(true);
        // The moved paragraph stays within one case whatever the edit inside it.
        const first = c.cases.filter((x) => x.words[1][0] === 0);
        expect(first).toHaveLength(1);
        expect(first[0]!.words[1][1]).toBeGreaterThanOrEqual(words.length);
      }),
      { numRuns: 100 },
    );
  });

  it('pairs a clause that stands twice with the copy that keeps the order', () => {
    const clause = 'the committee approved the budget for the coming year';
    const a = `${clause}. Then the minister spoke at length about taxes. ${clause}. Finally the session closed.`;
    const b = `${clause}. Then the minister spoke briefly about taxes. ${clause}. Finally the session closed.`;
    const c = compared(pairOf(a, b));
    expect(c.stats[0].moved).toBe(0);
    expect(c.stats[1].moved).toBe(0);
    expect(wordsOf(c, 0, 'unique')).toEqual(['at', 'length']);
  });

  it('finds two copies of a highly repetitive text wholly shared', () => {
    checkProperty(
      fc.property(
        paragraphs(2),
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 0, max: 3 }),
        ([one, two], times, extra) => {
          const text = [
            ...Array<string>(times).fill(one!),
            ...Array<string>(extra).fill(two!),
          ].join(' ');
          const c = compared(pairOf(text, text));
          expect(c.stats[0].unique).toBe(0);
          expect(c.stats[0].moved).toBe(0);
          expect(c.stats[1].shared).toBe(c.stats[1].words);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is 100% shared for one sentence repeated sixty times, compared with itself', () => {
    const text = 'The same sentence of twelve words is said again and again here. '.repeat(60);
    const c = compared(pairOf(text, text));
    expect(c.stats[0].shared).toBe(c.stats[0].words);
    expect(c.stats[0].words).toBe(720);
  });

  it('folds diacritics for comparison and shows the text as written', () => {
    const c = compared(
      pairOf(
        'The naïve plan from Zürich was rejected by the café owners on Monday.',
        'The naive plan from Zurich was rejected by the cafe owners on Monday.',
      ),
    );
    expect(c.stats[0].unique).toBe(0);
    expect(c.sources[0].text).toContain('naïve');
  });
});

const ORIGINAL = [
  'North Korean leader Kim Jong Un hailed the expanding relationship with Russia on Wednesday.',
  'Officials in Seoul said the two countries were deepening military cooperation rapidly.',
  'The Kremlin declined to confirm reports that President Putin would travel to Pyongyang soon.',
  'Analysts warned that weapons transfers could violate several United Nations resolutions.',
].join('\n\n');
const REWRITE = [
  'North Korean leader Kim Jong Un has praised the expanding relationship between his country and Russia.',
  'Seoul officials stated that both countries were rapidly deepening their military cooperation.',
  'Reports that President Putin would soon travel to Pyongyang were not confirmed by the Kremlin.',
  'Analysts warned that weapons transfers could violate several United Nations resolutions.',
].join('\n\n');

describe('reworded text', () => {
  it('links restated sentences, keeping the words both say marked shared inside them', () => {
    const c = compared(pairOf(ORIGINAL, REWRITE));
    expect(wordsOf(c, 1, 'reworded')).toEqual(
      expect.arrayContaining(['praised', 'between', 'stated', 'confirmed']),
    );
    // "expanding relationship" is said by both: it stays shared inside the restated sentence.
    expect(wordsOf(c, 1, 'shared')).toEqual(expect.arrayContaining(['expanding', 'relationship']));
    const reworded = c.passages.filter((p) => p.reworded);
    expect(reworded.length).toBeGreaterThanOrEqual(2);
    // Each restated passage links a sentence of A to its counterpart in B, in the same paragraph.
    for (const p of reworded) {
      const at = (side: 0 | 1) => p.chars[side][0];
      const paragraph = (side: 0 | 1) =>
        c.sources[side].blocks.findIndex((b) => b.start <= at(side) && at(side) < b.end);
      expect(paragraph(0)).toBe(paragraph(1));
    }
    expect(c.cases).toHaveLength(1);
    expect(c.cases[0]!.kind).not.toBe('verbatim');
  });

  it('works for a language without English stemming (Indonesian)', () => {
    const a = [
      'Presiden Joko Widodo meresmikan jembatan baru di Kalimantan Timur pada hari Senin.',
      'Jembatan sepanjang dua kilometer itu menghubungkan dua kabupaten yang selama ini terpisah sungai.',
      'Pembangunan jembatan menghabiskan anggaran sekitar tiga triliun rupiah dari pemerintah pusat.',
    ].join('\n\n');
    const b = [
      'Pada hari Senin, jembatan baru di Kalimantan Timur diresmikan oleh Presiden Joko Widodo.',
      'Dua kabupaten yang selama ini terpisah sungai kini terhubung oleh jembatan sepanjang dua kilometer.',
      'Anggaran pembangunan jembatan sekitar tiga triliun rupiah berasal dari pemerintah pusat.',
    ].join('\n\n');
    const c = compared(pairOf(a, b));
    expect(c.cases).toHaveLength(1);
    // The first sentence is restated in the passive: linked as reworded. The others keep most
    // of their words in other orders: matched word for word, partly moved.
    expect(wordsOf(c, 1, 'reworded')).toEqual(expect.arrayContaining(['diresmikan', 'oleh']));
    expect(c.stats[1].unique / c.stats[1].words).toBeLessThan(0.25);
  });

  it('links nothing and finds no case between unrelated texts on different topics', () => {
    const c = compared(
      pairOf(
        ORIGINAL,
        'The striker scored twice in the second half as the home side won the league derby. The coach praised the keeper after a late penalty save.',
      ),
    );
    expect(c.cases).toHaveLength(0);
    expect(c.passages).toHaveLength(0);
    expect(relationOf(c).label).toBe('unrelated');
  });

  it('produces no case between texts that share only stock phrases and function words', () => {
    checkProperty(
      fc.property(paragraphs(6), (ps) => {
        const stock = 'at the end of the day';
        const a = ps.slice(0, 3).map((p) => `${stock} ${p}`);
        const b = ps.slice(3).map((p) => `${stock} ${p}`);
        const c = compared(pairOf(a.join(' '), b.join(' ')));
        expect(c.cases).toHaveLength(0);
        expect(c.stats[0].unique).toBe(c.stats[0].words);
      }),
      { numRuns: 60 },
    );
  });
});

describe('symmetry and cases', () => {
  it('swapping A and B swaps every kind, reworded included, and the cases', () => {
    const edited = fc
      .tuple(paragraphs(4), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([ps, drop, swap]) => {
        const b = ps.filter((_, i) => i !== drop);
        if (swap + 1 < b.length) [b[swap], b[swap + 1]] = [b[swap + 1]!, b[swap]!];
        return [ps.join('\n\n'), b.join('\n\n')] as const;
      });
    const texts = fc.oneof(
      fc.tuple(wordText, wordText),
      fc.tuple(messyText, messyText),
      edited,
      fc.constant([ORIGINAL, REWRITE] as const),
    );
    checkProperty(
      fc.property(texts, ([a, b]) => {
        const forward = compared(pairOf(a, b));
        const backward = compared(pairOf(b, a));
        expect(kinds(backward, 0)).toEqual(kinds(forward, 1));
        expect(kinds(backward, 1)).toEqual(kinds(forward, 0));
        expect(casesSwapped(backward)).toEqual(casesOf(forward));
      }),
      { numRuns: 200 },
    );
  });

  it('puts every passage in exactly one case that contains it, on both sides', () => {
    checkProperty(
      fc.property(fc.oneof(wordText, messyText), fc.oneof(wordText, messyText), (a, b) => {
        const c = compared(pairOf(a, b));
        const owners = c.passages.map(() => 0);
        for (const k of c.cases) {
          for (const i of k.passages) {
            owners[i]!++;
            for (const side of [0, 1] as const) {
              const [from, to] = c.passages[i]!.words[side];
              expect(k.words[side][0] <= from && to <= k.words[side][1]).toBe(true);
            }
          }
        }
        expect(owners.every((n) => n === 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the page, the relation and the command line the same share, boilerplate shown or hidden', () => {
    const c = compared(pairOf(ORIGINAL, REWRITE));
    const relation = relationOf(c);
    expect(summarizeSide(c, 1).inOtherPct).toBe(Math.round(relation.bInA * 100));
    expect(summarizeSide(c, 0).inOtherPct).toBe(Math.round(relation.aInB * 100));
    expect(comparisonJson(c, c.sources).relation.text).toBe(relation.text);
    const opened = compared(
      pairOf(
        ORIGINAL,
        `Football scores from the weekend, in brief, before the news.\n\n${REWRITE}`,
      ),
    );
    const hidden = opened.sources[1].blocks.map((_, i) => i === 0);
    const hiddenRelation = relationOf(opened, [[], hidden]);
    expect(summarizeSide(opened, 1, hidden).inOtherPct).toBe(Math.round(hiddenRelation.bInA * 100));
    expect(hiddenRelation.bInA).toBeGreaterThan(relationOf(opened).bInA);
  });
});

describe('the relation in plain words', () => {
  const paragraph = (i: number) =>
    `Paragraph ${i} reports that officials in the capital met on day ${i} to discuss the plan for the new harbour.`;
  const original = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('\n\n');

  it('calls a lightly edited full copy an edited copy, with its figures', () => {
    const copy = original.replace('officials', 'ministers').replace('day 4', 'day four');
    const r = relationOf(compared(pairOf(original, copy)));
    expect(r.label).toBe('copies');
    expect(r.text).toMatch(
      /^A and B are copies of one text: \d+ of its \d+ words stand in A, in \d+ passages?; the longest is \d+ words?\.$/,
    );
  });

  it('says when two texts share one passage and are otherwise their own', () => {
    const story = (topic: string, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${topic} item ${i}: ${VOCABULARY.slice(i * 9, i * 9 + 9).join(' ')}.`,
      ).join('\n\n');
    const quote =
      'The committee approved the harbour budget after a long night of talks with the unions and the port authority.';
    const a = `${story('Harbour', 12)}\n\n${quote}`;
    const b = `${quote}\n\n${story('Stadium', 12).replace(/[a-z]{4}/g, (w) => `${w}x`)}`;
    const r = relationOf(compared(pairOf(a, b)));
    expect(r.label).toBe('shared-passages');
    expect(r.text).toMatch(/^A and B share one passage, word for word; neither reads as a copy/);
  });

  it('calls a trimmed copy an excerpt of the longer text', () => {
    const copy = original.split('\n\n').slice(0, 2).join('\n\n').replace('officials', 'ministers');
    const r = relationOf(compared(pairOf(original, copy)));
    expect(r.label).toBe('excerpt');
    expect(r.derived).toBe(1);
    expect(r.text).toMatch(/^B takes most of its text from A: /);
  });

  it('calls a rewrite a rewrite, and names a derived side only where one holds clearly more', () => {
    const r = relationOf(compared(pairOf(ORIGINAL, REWRITE)));
    expect(r.label).toBe('rewrite');
    expect(r.derived).toBeNull();
    expect(r.text).toMatch(
      /^A and B restate one another: \d+ of A's 4 paragraphs and \d+ of B's 4 restate the other\.$/,
    );
    const swapped = relationOf(compared(pairOf(REWRITE, ORIGINAL)));
    expect(swapped.label).toBe(r.label);
    const longer = `${ORIGINAL}\n\n${ORIGINAL.replace(/Kim Jong Un/g, 'the leader').replace(/\./g, ' again.')}`;
    const trimmed = relationOf(compared(pairOf(longer, REWRITE)));
    expect(trimmed.derived).toBe(1);
    expect(trimmed.text).toMatch(/^B rewrites A: /);
  });
});
