import type { Comparison, Pair, Source } from '@/core';
import { createLane, type LaneOptions, type WorkerLike } from './lane';
import type { WorkerRequest } from './protocol';

type Request = Omit<WorkerRequest, 'id'>;

const makeWorker = (): WorkerLike =>
  new Worker(new URL('./compare.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;

/**
 * The page's engine, entirely off the main thread: comparisons in one Web Worker and the corpus
 * matrix in another, so a comparison the reader asks for never waits behind the matrix, and
 * neither blocks the page. The engine's code is in the worker's script only, so the page's own
 * script does not carry it. Both functions take an AbortSignal: a cancelled job is dropped, or
 * its worker ended and replaced.
 */
export function createWorkerEngine(make: () => WorkerLike = makeWorker, options: LaneOptions = {}) {
  const pairs = createLane<Request, Comparison>(make, options);
  const matrices = createLane<Request, number[][]>(make, options);
  return {
    /** Starts the comparison worker ahead of the first comparison (its script loads meanwhile). */
    warm: () => pairs.warm(),
    compare: (sources: Pair<Source>, signal: AbortSignal): Promise<Comparison> =>
      pairs.run({ kind: 'compare', sources }, signal),
    measure: (sources: readonly Source[], signal: AbortSignal): Promise<number[][]> =>
      matrices.run({ kind: 'matrix', sources }, signal),
  };
}
