import { normalizeWord } from '@/core/normalize';
import { tokenize } from '@/core/tokenize';
import type { Comparison, Kind } from '@/core/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyText, wordText } from '../support/arbitraries';
import { compared, normalizedWords, pairOf, type Compared } from '../support/sources';
import { checkProperty } from '../support/property';

/** Each word of one side with the kind of the segment it lies in. */
function wordKinds(c: Compared, side: 0 | 1): { word: string; kind: Kind }[] {
  const text = c.sources[side].text;
  const segments = c.segments[side];
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => {
      const owners = segments.filter((s) => s.start <= t.start && t.end <= s.end);
      expect(owners).toHaveLength(1);
      return { word: text.slice(t.start, t.end), kind: owners[0]!.kind };
    });
}

const kindsOf = (c: Compared, side: 0 | 1) => wordKinds(c, side).map((w) => w.kind);

const P1 = 'Kim Jong Un praised the growing relationship with Russia on Wednesday morning.';
const P2 = 'Putin is expected to visit Pyongyang in the coming weeks, officials said.';
const P3 = 'Analysts warned that the trip could deepen military cooperation between them.';

describe('compareSources', () => {
  it('ignores quote style, dashes, case and line breaks', () => {
    const c = compared(
      pairOf(
        'He called it an “unbreakable relationship of comrades-in-arms” on Wednesday.',
        'he called it an "UNBREAKABLE relationship of\r\ncomrades – in – arms" on wednesday',
      ),
    );
    expect(kindsOf(c, 0).every((k) => k === 'shared')).toBe(true);
    expect(kindsOf(c, 1).every((k) => k === 'shared')).toBe(true);
  });

  it('shows the texts exactly as the sources have them', () => {
    const c = compared(pairOf('A “quoted” line.\r\n', 'a "quoted" line'));
    expect(c.segments[0].map((s) => c.sources[0].text.slice(s.start, s.end)).join('')).toBe(
      'A “quoted” line.\r\n',
    );
  });

  it('marks a moved paragraph as one moved passage and keeps the rest in place', () => {
    const c = compared(pairOf([P1, P2, P3].join('\n'), [P1, P3, P2].join('\n')));
    const moved = c.passages.filter((p) => p.moved);
    expect(moved).toHaveLength(1);
    const [from, to] = moved[0]!.words[0];
    expect(to - from).toBe(11); // every word of P3, the lighter of the two that swapped places
    expect(c.stats[0].unique).toBe(0);
  });

  it('keeps the unchanged words around a small edit shared', () => {
    const c = compared(
      pairOf(
        'The Kremlin said on Tuesday that the visit is in the pipeline and will be announced in due time.',
        'The Kremlin said on Monday that the trip is in the pipeline and will be announced in due time.',
      ),
    );
    const unique = wordKinds(c, 0)
      .filter((w) => w.kind === 'unique')
      .map((w) => w.word);
    expect(unique).toEqual(['Tuesday', 'visit']);
  });

  it('needs a run of several words: single common words never make a passage on their own', () => {
    const c = compared(
      pairOf(
        'Russia and the United States met again.',
        'Markets rallied and the dollar fell in Russia.',
      ),
    );
    expect(c.passages).toHaveLength(0);
  });

  it('matches a repeated passage once per occurrence and notes the unmatched repeat', () => {
    const headline = 'A Growing Partnership Amid Global Tensions';
    const c = compared(pairOf(`${headline}\n\n${headline}\n\n${P1}`, `${headline}\n${P1}`));
    expect(c.stats[0].unique).toBe(6);
    const repeat = c.segments[0].find((s) => s.kind === 'unique');
    // The first headline is left over; it points at the other occurrence.
    expect(repeat?.start).toBe(0);
    expect(repeat?.repeatOf).toBe(headline.length + 2);
    expect(c.stats[1].unique).toBe(0);
  });

  it('covers each text with segments in order, with no gap and no overlap, whatever the input', () => {
    checkProperty(
      fc.property(messyText, messyText, (a, b) => {
        const c = compared(pairOf(a, b));
        for (const side of [0, 1] as const) {
          let at = 0;
          for (const s of c.segments[side]) {
            expect(s.start).toBe(at);
            expect(s.end).toBeGreaterThan(s.start);
            at = s.end;
          }
          expect(at).toBe(c.sources[side].text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marks a word shared or moved only if its normalized form occurs in the other text', () => {
    checkProperty(
      fc.property(fc.oneof(messyText, wordText), fc.oneof(messyText, wordText), (a, b) => {
        const c = compared(pairOf(a, b));
        for (const side of [0, 1] as const) {
          const other = new Set(wordKinds(c, side === 0 ? 1 : 0).map((w) => normalizeWord(w.word)));
          for (const w of wordKinds(c, side)) {
            // Reworded words are by definition said otherwise in the other text.
            if (w.kind === 'shared' || w.kind === 'moved')
              expect(other.has(normalizeWord(w.word))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pairs equal words in every word-for-word passage, and claims each word at most once', () => {
    checkProperty(
      fc.property(wordText, wordText, (a, b) => {
        const c = compared(pairOf(a, b));
        const words = [normalizedWords(a), normalizedWords(b)] as const;
        const seen = [new Set<number>(), new Set<number>()];
        for (const p of c.passages.filter((p) => !p.reworded)) {
          const [[a0, a1], [b0, b1]] = p.words;
          expect(a1 - a0).toBe(b1 - b0);
          for (let t = 0; t < a1 - a0; t++) {
            expect(words[0][a0 + t]).toBe(words[1][b0 + t]);
            for (const [side, w] of [
              [0, a0 + t],
              [1, b0 + t],
            ] as const) {
              expect(seen[side]!.has(w)).toBe(false);
              seen[side]!.add(w);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same matched word pairs when A and B are swapped', () => {
    const pairs = (c: Comparison, swap: boolean) =>
      c.passages
        .filter((p) => !p.reworded)
        .flatMap((p) =>
          Array.from({ length: p.words[0][1] - p.words[0][0] }, (_, t) =>
            swap
              ? `${p.words[1][0] + t}:${p.words[0][0] + t}`
              : `${p.words[0][0] + t}:${p.words[1][0] + t}`,
          ),
        )
        .sort();
    checkProperty(
      fc.property(wordText, wordText, (a, b) => {
        const forward = compared(pairOf(a, b));
        const backward = compared(pairOf(b, a));
        expect(pairs(backward, true)).toEqual(pairs(forward, false));
        expect(backward.stats[0]).toEqual(forward.stats[1]);
      }),
      { numRuns: 300 },
    );
  });

  it('marks everything shared and nothing moved when a text is compared with itself', () => {
    checkProperty(
      fc.property(fc.oneof(messyText, wordText), (text) => {
        const c = compared(pairOf(text, text));
        expect(c.stats[0].unique).toBe(0);
        expect(c.stats[0].moved).toBe(0);
        expect(c.stats[1].shared).toBe(c.stats[1].words);
      }),
      { numRuns: 200 },
    );
  });

  // Function words abound in both texts, alone and in runs of two or three; they must never make a
  // passage. (Texts that happen to share a run of four words do share a passage, by definition, so
  // the property is stated for texts that share none. Unrelated real prose: see `npm run bench`.)
  it('marks nothing shared between texts that share only function words, never four words in a row', () => {
    const FUNCTION = ['the', 'of', 'and', 'a', 'in', 'to', 'said', 'on'];
    const text = (content: string[]) =>
      fc
        .array(fc.oneof(fc.constantFrom(...FUNCTION), fc.constantFrom(...content)), {
          minLength: 30,
          maxLength: 200,
        })
        .map((words) => words.join(' '));
    const news = [
      'minister',
      'talks',
      'border',
      'missile',
      'summit',
      'envoy',
      'sanctions',
      'troops',
    ];
    const sport = ['goal', 'striker', 'league', 'keeper', 'season', 'coach', 'penalty', 'derby'];
    checkProperty(
      fc.property(text(news), text(sport), (a, b) => {
        const inA = new Set(fourGrams(a));
        fc.pre(!fourGrams(b).some((g) => inA.has(g)));
        const c = compared(pairOf(a, b));
        for (const s of c.stats) expect(s.shared + s.moved).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

function fourGrams(text: string): string[] {
  const words = text.split(' ');
  return words.slice(3).map((_, i) => words.slice(i, i + 4).join(' '));
}
