import type { Comparison, Side } from './types';

/** How two texts relate, read from their reuse cases. */
export type RelationLabel =
  'copies' | 'edited-copy' | 'rewrite' | 'excerpt' | 'shared-passages' | 'own-words' | 'unrelated';

export interface Relation {
  readonly label: RelationLabel;
  /** The derived side for a directed label (copy, rewrite, excerpt): 1 when B derives from A. */
  readonly derived: Side | null;
  /** One plain sentence a reader sees, the same on the page, in the report and the command line. */
  readonly text: string;
  /** Share (0 to 1) of A's words that stand in B within a case (shared, moved or reworded), and of B's in A. */
  readonly aInB: number;
  readonly bInA: number;
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

/** The relation of A and B, as the cases show it. */
export function relationOf(c: Comparison, visible?: readonly [Uint8Array, Uint8Array]): Relation {
  const sides = [sideReuse(c, 0, visible?.[0]), sideReuse(c, 1, visible?.[1])] as const;
  const share = (s: SideReuse) => (s.words === 0 ? 0 : s.linked / s.words);
  const aInB = share(sides[0]);
  const bInA = share(sides[1]);
  const base = { aInB, bInA };
  const name = (side: Side) => (side === 0 ? 'A' : 'B');
  const wordForWord = (s: SideReuse) => (s.linked === 0 ? 0 : s.verbatim / s.linked);
  if (sides[0].linked === 0 && sides[1].linked === 0) {
    return {
      ...base,
      label: 'unrelated',
      derived: null,
      text: 'A and B share no wording beyond stock phrases.',
    };
  }
  if (aInB >= COPIES && bInA >= COPIES && wordForWord(sides[1]) >= WORD_FOR_WORD) {
    return {
      ...base,
      label: 'copies',
      derived: null,
      text: `A and B are copies of one text: ${sharesSentence(sides, 1)}.`,
    };
  }
  const derived: Side | null =
    bInA >= DERIVED && bInA - aInB >= LEAD
      ? 1
      : aInB >= DERIVED && aInB - bInA >= LEAD
        ? 0
        : aInB >= DERIVED && bInA >= DERIVED
          ? 1
          : null;
  if (derived !== null) {
    const d = sides[derived];
    const [copy, original] = [name(derived), name(derived === 0 ? 1 : 0)];
    if (wordForWord(d) < WORD_FOR_WORD) {
      return {
        ...base,
        label: 'rewrite',
        derived,
        text: `${copy} rewrites ${original}: ${restatedSentence(d)} ${original}.`,
      };
    }
    const other = sides[derived === 0 ? 1 : 0];
    const label = share(other) >= DERIVED ? 'edited-copy' : 'excerpt';
    const what = label === 'edited-copy' ? 'an edited copy of' : 'takes most of its text from';
    return {
      ...base,
      label,
      derived,
      text: `${copy} ${label === 'edited-copy' ? 'is ' : ''}${what} ${original}: ${sharesSentence(sides, derived)}.`,
    };
  }
  if (Math.max(aInB, bInA) < OWN_WORDS) {
    return {
      ...base,
      label: 'own-words',
      derived: null,
      text: `A and B report the same events largely in their own words: ${percent(aInB)} of A and ${percent(bInA)} of B are linked to the other.`,
    };
  }
  return {
    ...base,
    label: 'shared-passages',
    derived: null,
    text: `A and B share some passages, neither reads as a copy of the other: ${percent(aInB)} of A and ${percent(bInA)} of B are linked to the other.`,
  };
}

/** "412 of its 544 words stand in A, in 6 passages; the longest is 73 words". */
function sharesSentence(sides: readonly [SideReuse, SideReuse], side: Side): string {
  const s = sides[side];
  const other = side === 0 ? 'B' : 'A';
  return `${s.linked} of its ${count(s.words, 'word')} stand in ${other}, in ${count(s.passages, 'passage')}; the longest is ${count(s.longest, 'word')}`;
}

/** "14 of its 16 paragraphs restate", "its one paragraph restates", "all 3 of its paragraphs restate". */
function restatedSentence(s: SideReuse): string {
  if (s.paragraphs === 1) return 'its one paragraph restates';
  const verb = s.restatedParagraphs === 1 ? 'restates' : 'restate';
  if (s.restatedParagraphs === s.paragraphs) return `all ${s.paragraphs} of its paragraphs restate`;
  return `${s.restatedParagraphs} of its ${s.paragraphs} paragraphs ${verb}`;
}

const PLURAL = new Intl.PluralRules('en');
function count(n: number, noun: string): string {
  return `${n} ${PLURAL.select(n) === 'one' ? noun : `${noun}s`}`;
}
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** One side's reuse figures, counting only visible words (all when `visible` is absent). */
export function sideReuse(c: Comparison, side: Side, visible?: Uint8Array): SideReuse {
  const segments = c.segments[side];
  const { starts } = c.words[side];
  const blocks = c.sources[side].blocks;
  let words = 0;
  let linked = 0;
  let verbatim = 0;
  let s = 0;
  let b = 0;
  const blockWords = new Int32Array(Math.max(1, blocks.length));
  const blockLinked = new Int32Array(Math.max(1, blocks.length));
  for (let w = 0; w < starts.length; w++) {
    if (visible !== undefined && visible[w] === 0) continue;
    const at = starts[w]!;
    while (s < segments.length - 1 && segments[s]!.end <= at) s++;
    while (b < blocks.length - 1 && blocks[b]!.end <= at) b++;
    const kind = segments[s]!.kind;
    words++;
    blockWords[b]!++;
    if (kind !== 'unique') {
      linked++;
      blockLinked[b]!++;
      const p = segments[s]!.passage;
      if (kind !== 'reworded' && p !== null && !c.passages[p]!.reworded) verbatim++;
    }
  }
  let passages = 0;
  let longest = 0;
  for (const p of c.passages) {
    const [from, to] = p.words[side];
    if (visible !== undefined && visible[from] === 0) continue;
    passages++;
    if (!p.reworded) longest = Math.max(longest, to - from);
  }
  let paragraphs = 0;
  let restated = 0;
  blockWords.forEach((n, i) => {
    if (n === 0) return;
    paragraphs++;
    if (blockLinked[i]! * 2 >= n) restated++;
  });
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
