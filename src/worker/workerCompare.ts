import type { BlockLabels, Comparison, Pair, Readings, Source, StoredSources } from '@/core';
import { createLane, type LaneOptions, type WorkerLike } from './lane';
import type { WorkerRequest } from './protocol';

/** A job as the page hands it in: the lane gives it its id. */
type Request = {
  [K in WorkerRequest['kind']]: Omit<Extract<WorkerRequest, { kind: K }>, 'id'>;
}[WorkerRequest['kind']];

/** Which worker script a lane runs: the engine, or the boilerplate labelling. */
export type WorkerScript = 'compare' | 'labels';

const makeWorker = (script: WorkerScript): WorkerLike =>
  (script === 'labels'
    ? new Worker(new URL('./labels.worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./compare.worker.ts', import.meta.url), {
        type: 'module',
      })) as unknown as WorkerLike;

/**
 * The page's engine, entirely off the main thread: comparisons in one Web Worker, the corpus
 * matrix in another, and boilerplate labels and the reading of a comparison (verdict, figures)
 * in a third (small) one, so a comparison the reader
 * asks for never waits behind the matrix, labels never wait behind a long comparison, and none
 * blocks the page. The engine's and the labels' code is in the workers' scripts only, so the
 * page's own script does not carry it. Every function takes an AbortSignal: a cancelled job is
 * dropped, or its worker ended and replaced.
 */
export function createWorkerEngine(
  make: (script: WorkerScript) => WorkerLike = makeWorker,
  options: LaneOptions = {},
) {
  const pairs = createLane<Request, Comparison>(() => make('compare'), options);
  const matrices = createLane<Request, number[][]>(() => make('compare'), options);
  // Labels and readings share the small worker: both are quick, and a reading needs labels.
  // What it answers depends on the job's kind (see protocol.ts), hence the casts below.
  const labels = createLane<Request, unknown>(() => make('labels'), options);
  return {
    /** Starts the comparison and labelling workers ahead of their first jobs (scripts load meanwhile). */
    warm: () => {
      pairs.warm();
      labels.warm();
    },
    compare: (sources: Pair<Source>, signal: AbortSignal): Promise<Comparison> =>
      pairs.run({ kind: 'compare', sources }, signal),
    measure: (sources: readonly Source[], signal: AbortSignal): Promise<number[][]> =>
      matrices.run({ kind: 'matrix', sources }, signal),
    label: (
      library: readonly Source[],
      ids: readonly string[],
      signal: AbortSignal,
    ): Promise<Record<string, BlockLabels>> =>
      labels.run({ kind: 'labels', library, ids }, signal) as Promise<Record<string, BlockLabels>>,
    read: (
      comparison: Comparison,
      blockLabels: Pair<BlockLabels>,
      signal: AbortSignal,
    ): Promise<Readings> =>
      labels.run({ kind: 'read', comparison, labels: blockLabels }, signal) as Promise<Readings>,
    /** One line about each source for the pickers (words, byline, outlet, date), by id. */
    describe: (sources: readonly Source[], signal: AbortSignal): Promise<Record<string, string>> =>
      labels.run({ kind: 'describe', sources }, signal) as Promise<Record<string, string>>,
    /** Reads the records the browser kept through the schema (content ids, set-asides). */
    readStored: (records: readonly unknown[]): Promise<StoredSources> =>
      labels.run(
        { kind: 'stored', records },
        new AbortController().signal,
      ) as Promise<StoredSources>,
  };
}
