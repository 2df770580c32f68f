import { findFamilies } from '@/collection/pipeline';
import { foundFamilies, type FoundFamilies } from '@/collection/found';
import type { CollectionDoc } from '@/collection/types';

export type { FoundFamilies } from '@/collection/found';

/** What the page asks of the collection worker: the documents, each id a file's name. */
export interface CollectionRequest {
  readonly docs: readonly CollectionDoc[];
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
    post({ type: 'result', result: foundFamilies(result) });
  } catch (error) {
    post({ type: 'error', error: error instanceof Error ? error.message : String(error) });
  }
}
