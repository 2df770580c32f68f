import type { Summary } from './summary';
import { CASE_KIND, countOf, formatNumber, plural, sideName } from './wording';

/**
 * How two texts relate and what each pane's figures say, in sentences: one of the rooms of
 * `wording.ts`. The page works these out in its labelling worker (with the relation and the
 * figures), the report and the command line where they are made.
 */

// ── The figures of one side ─────────────────────────────────────────────────────────────────

/**
 * The summary of one side, in two parts: `lead` (shown in bold) and `rest`. Together:
 * "62% of A also appears in B (50% in place, 12% moved); 38% is only in A. 7 passages, the
 * longest 40 words. Of what it shares, 10% is quoted in both texts and 90% is not."
 */
export function summarySentence(
  s: Summary,
  side: 0 | 1,
  boilerplateHidden = false,
): { lead: string; rest: string } {
  const name = sideName(side);
  const other = sideName(side === 0 ? 1 : 0);
  return {
    lead: `${s.inOtherPct}% of ${name}`,
    rest:
      ` also appears in ${other} (${s.sharedPct}% in place, ${s.movedPct}% moved` +
      `${s.rewordedPct > 0 ? `, ${s.rewordedPct}% reworded` : ''}); ` +
      `${s.uniquePct}% is only in ${name}. ${countOf(s.passages, 'passage', 'passages')}, ` +
      `the longest ${countOf(s.longestPassage, 'word', 'words')}. ` +
      `Of what it shares, ${s.quotedPct}% is quoted in both texts and ${100 - s.quotedPct}% is not` +
      `${boilerplateHidden ? '; boilerplate left out' : ''}.`,
  };
}

// ── How the two texts relate (the verdict) ──────────────────────────────────────────────────

/** What a relation's sentence is made of: plain counts, so the sentence is written only here. */
export const RELATION = {
  unrelated: 'A and B share no wording beyond stock phrases.',
  copies: (shares: string) => `A and B are copies of one text: ${shares}.`,
  rewrite: (copy: string, original: string, restated: string) =>
    `${copy} rewrites ${original}: ${restated} ${original}.`,
  editedCopy: (copy: string, original: string, shares: string) =>
    `${copy} is an edited copy of ${original}: ${shares}.`,
  excerpt: (copy: string, original: string, shares: string) =>
    `${copy} takes most of its text from ${original}: ${shares}.`,
  restateEachOther: (restated: readonly [number, number], paragraphs: readonly [number, number]) =>
    `A and B restate one another: ${formatNumber(restated[0])} of A's ${countOf(paragraphs[0], 'paragraph', 'paragraphs')} and ${formatNumber(restated[1])} of B's ${formatNumber(paragraphs[1])} restate the other.`,
  editedCopies: (linked: readonly [number, number], words: readonly [number, number]) =>
    `A and B are edited copies of one text: ${formatNumber(linked[0])} of A's ${countOf(words[0], 'word', 'words')} and ${formatNumber(linked[1])} of B's ${formatNumber(words[1])} also appear in the other.`,
  ownWords: (aPct: number, bPct: number) =>
    `A and B report the same events largely in their own words: ${aPct}% of A and ${bPct}% of B restate the other.`,
  sharedPassages: (cases: string, aPct: number, bPct: number) =>
    `A and B share ${cases}; neither reads as a copy of the other: ${aPct}% of A and ${bPct}% of B also appear in the other.`,
  /** "412 of its 544 words also appear in A, in 6 passages; the longest is 73 words". */
  shares: (linked: number, words: number, other: string, passages: number, longest: number) =>
    `${formatNumber(linked)} of its ${countOf(words, 'word', 'words')} also appear in ${other}, in ${countOf(passages, 'passage', 'passages')}; the longest is ${countOf(longest, 'word', 'words')}`,
  /** "14 of its 16 paragraphs restate", "its one paragraph restates", "all 3 of its paragraphs restate". */
  restated: (restated: number, paragraphs: number) =>
    paragraphs === 1
      ? 'its one paragraph restates'
      : restated === paragraphs
        ? `all ${formatNumber(paragraphs)} of its paragraphs restate`
        : `${formatNumber(restated)} of its ${formatNumber(paragraphs)} paragraphs ${plural(restated, 'restates', 'restate')}`,
  /** "2 passages (1 word for word, 1 restated)", "one passage, edited". */
  cases: (verbatim: number, edited: number, reworded: number) => {
    const how = [
      [verbatim, CASE_KIND.verbatim],
      [edited, CASE_KIND.edited],
      [reworded, CASE_KIND.reworded],
    ] as const;
    const n = verbatim + edited + reworded;
    if (n === 1) return `one passage, ${how.find(([k]) => k === 1)![1]}`;
    const parts = how.filter(([k]) => k > 0).map(([k, what]) => `${formatNumber(k)} ${what}`);
    return `${countOf(n, 'passage', 'passages')} (${parts.join(', ')})`;
  },
} as const;
