import { findFamilies } from '@/collection/pipeline';
import type { Family } from '@/collection/families';
import type { CollectionDoc } from '@/collection/types';

/** What the page asks of the collection worker: the documents, each id a file's name. */
export interface CollectionRequest {
  readonly docs: readonly CollectionDoc[];
}

/** A related pair, as the families view lists it (the cases stay in the worker). */
export interface FoundPair {
  readonly a: string;
  readonly b: string;
  readonly label: string;
  readonly text: string;
  /** max(aInB, bInA), 0 to 1. */
  readonly strength: number;
}

export interface FoundFamilies {
  readonly families: readonly Family[];
  readonly pairs: readonly FoundPair[];
  /** Pairs compared in full. */
  readonly compared: number;
}

export type CollectionMessage =
  | { type: 'progress'; phase: 'fingerprints' | 'comparisons'; done: number; total: number }
  | { type: 'result'; result: FoundFamilies }
  | { type: 'error'; error: string };

/** Steps reported per phase at most: enough for a smooth bar, few enough not to flood the page. */
const STEPS = 200;

/**
 * The collection worker's whole job, free of the worker itself so Node tests run it: the same
 * pipeline as `verbatim corpus` (fingerprints, candidate pairs, the engine on each candidate,
 * families), each step posted as progress, then the result, or the error.
 */
export function runCollectionJob(
  request: CollectionRequest,
  post: (message: CollectionMessage) => void,
): void {
  try {
    const result = findFamilies(request.docs, undefined, ({ phase, done, total }) => {
      const every = Math.max(1, Math.floor(total / STEPS));
      if (done === 0 || done === total || done % every === 0)
        post({ type: 'progress', phase, done, total });
    });
    const pairs = result.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      label: p.relation.label,
      text: p.relation.text,
      strength: Math.max(p.aInB, p.bInA),
    }));
    post({
      type: 'result',
      result: { families: result.families, pairs, compared: result.compared },
    });
  } catch (error) {
    post({ type: 'error', error: error instanceof Error ? error.message : String(error) });
  }
}
