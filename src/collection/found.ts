import type { Family } from './families';
import type { CollectionResult } from './pipeline';

/** A related pair, as a reader's list shows it (the cases stay where they were computed). */
export interface FoundPair {
  readonly a: string;
  readonly b: string;
  readonly label: string;
  readonly text: string;
  /** max(aInB, bInA), 0 to 1. */
  readonly strength: number;
}

/** What the page's collection worker hands back: small enough to post, all the view needs. */
export interface FoundFamilies {
  readonly families: readonly Family[];
  readonly pairs: readonly FoundPair[];
  /** Pairs compared in full. */
  readonly compared: number;
}

export function foundFamilies(result: CollectionResult): FoundFamilies {
  return {
    families: result.families,
    pairs: result.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      label: p.relation.label,
      text: p.relation.text,
      strength: Math.max(p.aInB, p.bInA),
    })),
    compared: result.compared,
  };
}
