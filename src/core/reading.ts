import type { BlockLabels } from './labels';
import { relationOf, type Relation } from './relation';
import { summarizeSide } from './summary';
import type { Comparison, Pair } from './types';
import { summarySentence } from './wordingVerdict';

/** How the page reads a comparison one way (boilerplate shown, or hidden): the verdict and figures. */
export interface Reading {
  readonly relation: Relation;
  /** Each pane's sentence of details (`summarySentence`): its bold lead and the rest. */
  readonly sentences: Pair<{ readonly lead: string; readonly rest: string }>;
}

/** Both ways of reading a comparison, so switching boilerplate on and off needs no new work. */
export interface Readings {
  readonly shown: Reading;
  /** With the blocks `labels` marks as boilerplate left out of every figure. */
  readonly hidden: Reading;
}

/**
 * The verdict and the panes' figures of a comparison, both ways: what the page's worker answers
 * once the comparison and its sources' labels are known, so the page's first script carries
 * neither the relation's rules nor its sentences.
 */
export function readingsOf(comparison: Comparison, labels: Pair<BlockLabels>): Readings {
  const hidden: Pair<boolean[]> = [labels[0].map(Boolean), labels[1].map(Boolean)];
  const read = (mask: Pair<boolean[]> | null): Reading => ({
    relation: relationOf(comparison, mask),
    sentences: [
      summarySentence(summarizeSide(comparison, 0, mask?.[0]), 0, mask !== null),
      summarySentence(summarizeSide(comparison, 1, mask?.[1]), 1, mask !== null),
    ],
  });
  return { shown: read(null), hidden: read(hidden) };
}
