import type { Comparison, Side } from './types';
import { RELATION } from './wordingVerdict';

/** How two texts relate, read from their reuse cases. */
export type RelationLabel =
  'copies' | 'edited-copy' | 'rewrite' | 'excerpt' | 'shared-passages' | 'own-words' | 'unrelated';

export interface Relation {
  readonly label: RelationLabel;
  /**
   * The side that reads as derived (1 when B derives from A), for a rewrite, edited copy or
   * excerpt where one text holds clearly more of the other; null where neither does.
   */
  readonly derived: Side | null;
  /** One plain sentence a reader sees, the same on the page, in the report and the command line. */
  readonly text: string;
  /** Share (0 to 1) of A's words that stand in B within a case (shared, moved or reworded), and of B's in A. */
  readonly aInB: number;
  readonly bInA: number;
  /**
   * The figures the sentence is read from, per side: the page's pane headers show these, so no
   * figure on the page is counted twice, two ways.
   */
  readonly sides: readonly [SideReuse, SideReuse];
}

/**
 * Figures for one side, counting only the words `visible` keeps (hidden boilerplate leaves
 * them out): its words, those linked to the other text within a case, those linked word for
 * word, the passages it has and the longest, and its paragraphs that mostly restate the other.
 */
export interface SideReuse {
  readonly words: number;
  readonly linked: number;
  readonly verbatim: number;
  readonly passages: number;
  readonly longest: number;
  readonly paragraphs: number;
  readonly restatedParagraphs: number;
}

/**
 * Thresholds, calibrated on labelled pairs (see README, "Benchmark"): a text reads as derived
 * from the other when at least half of it is linked to the other and clearly more than the
 * other's share; as restating (rather than copying) when under 60% of what it takes stands word
 * for word.
 */
const DERIVED = 0.5;
const LEAD = 0.2;
const COPIES = 0.85;
const WORD_FOR_WORD = 0.6;
const OWN_WORDS = 0.15;

/** Whether `inside` (a share of one text found in the other) reads as that text being derived. */
export function readsDerived(inside: number, reverse: number): boolean {
  return inside >= DERIVED && inside - reverse >= LEAD;
}

/** The relation of A and B, as the cases show it. */
export function relationOf(
  c: Comparison,
  hidden: readonly [readonly boolean[], readonly boolean[]] | null = null,
): Relation {
  const sides = [sideReuse(c, 0, hidden?.[0]), sideReuse(c, 1, hidden?.[1])] as const;
  const share = (s: SideReuse) => (s.words === 0 ? 0 : s.linked / s.words);
  const aInB = share(sides[0]);
  const bInA = share(sides[1]);
  const base = { aInB, bInA, sides };
  const name = (side: Side) => (side === 0 ? 'A' : 'B');
  const wordForWord = (s: SideReuse) => (s.linked === 0 ? 0 : s.verbatim / s.linked);
  if (sides[0].linked === 0 && sides[1].linked === 0) {
    return {
      ...base,
      label: 'unrelated',
      derived: null,
      text: RELATION.unrelated,
    };
  }
  if (aInB >= COPIES && bInA >= COPIES && wordForWord(sides[1]) >= WORD_FOR_WORD) {
    return {
      ...base,
      label: 'copies',
      derived: null,
      text: RELATION.copies(sharesSentence(sides, 1)),
    };
  }
  const lead: Side | null = bInA - aInB >= LEAD ? 1 : aInB - bInA >= LEAD ? 0 : null;
  if (lead !== null && share(sides[lead]) >= DERIVED) {
    const d = sides[lead];
    const [copy, original] = [name(lead), name(lead === 0 ? 1 : 0)];
    if (wordForWord(d) < WORD_FOR_WORD) {
      return {
        ...base,
        label: 'rewrite',
        derived: lead,
        text: RELATION.rewrite(
          copy,
          original,
          RELATION.restated(d.restatedParagraphs, d.paragraphs),
        ),
      };
    }
    const other = sides[lead === 0 ? 1 : 0];
    const label = share(other) >= DERIVED ? 'edited-copy' : 'excerpt';
    return {
      ...base,
      label,
      derived: lead,
      text: (label === 'edited-copy' ? RELATION.editedCopy : RELATION.excerpt)(
        copy,
        original,
        sharesSentence(sides, lead),
      ),
    };
  }
  if (aInB >= DERIVED && bInA >= DERIVED) {
    // Each holds most of the other and neither clearly more: text alone cannot say which came
    // first, so the sentence names neither as the copy.
    const both: SideReuse = {
      ...sides[0],
      linked: sides[0].linked + sides[1].linked,
      verbatim: sides[0].verbatim + sides[1].verbatim,
    };
    if (wordForWord(both) < WORD_FOR_WORD) {
      return {
        ...base,
        label: 'rewrite',
        derived: null,
        text: RELATION.restateEachOther(
          [sides[0].restatedParagraphs, sides[1].restatedParagraphs],
          [sides[0].paragraphs, sides[1].paragraphs],
        ),
      };
    }
    return {
      ...base,
      label: 'edited-copy',
      derived: null,
      text: RELATION.editedCopies(
        [sides[0].linked, sides[1].linked],
        [sides[0].words, sides[1].words],
      ),
    };
  }
  const restatedOnly = c.cases.every((k) => k.kind === 'reworded');
  if (restatedOnly && Math.max(aInB, bInA) < OWN_WORDS) {
    return {
      ...base,
      label: 'own-words',
      derived: null,
      text: RELATION.ownWords(percent(aInB), percent(bInA)),
    };
  }
  return {
    ...base,
    label: 'shared-passages',
    derived: null,
    text: RELATION.sharedPassages(casesPhrase(c), percent(aInB), percent(bInA)),
  };
}

function casesPhrase(c: Comparison): string {
  const of = (kind: string) => c.cases.filter((k) => k.kind === kind).length;
  return RELATION.cases(of('verbatim'), of('edited'), of('reworded'));
}

function sharesSentence(sides: readonly [SideReuse, SideReuse], side: Side): string {
  const s = sides[side];
  return RELATION.shares(s.linked, s.words, side === 0 ? 'B' : 'A', s.passages, s.longest);
}

const percent = (x: number) => Math.round(x * 100);

/** One side's reuse figures, leaving out the blocks `hidden` marks (if given). */
export function sideReuse(
  c: Comparison,
  side: Side,
  hidden?: readonly boolean[] | null,
): SideReuse {
  let words = 0;
  let linked = 0;
  let verbatim = 0;
  let paragraphs = 0;
  let restated = 0;
  const tallies = c.tallies[side];
  tallies.forEach((t, block) => {
    if (hidden?.[block] === true) return;
    const inOther = t.shared + t.moved + t.reworded;
    words += t.words;
    linked += inOther;
    verbatim += t.verbatim;
    // What stands before the first block is no paragraph.
    if (block === tallies.length - 1 || t.words === 0) return;
    paragraphs++;
    if (inOther * 2 >= t.words) restated++;
  });
  let passages = 0;
  let longest = 0;
  for (const p of c.passages) {
    const block = p.blocks[side];
    if (block >= 0 && hidden?.[block] === true) continue;
    passages++;
    if (!p.reworded) longest = Math.max(longest, p.words[side][1] - p.words[side][0]);
  }
  return {
    words,
    linked,
    verbatim,
    passages,
    longest,
    paragraphs,
    restatedParagraphs: restated,
  };
}
