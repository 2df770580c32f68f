import type { BlockLabels, Comparison, Pair, Readings, Source, StoredSources } from '@/core';

/**
 * A job for a worker: compare a pair, or measure the matrix of a list of sources (the comparison
 * worker); or label the blocks of some sources among the reader's library, or read a comparison
 * (its verdict and figures, both ways) once its labels are known, or read the records the
 * browser kept through the schema, or describe sources for the pickers (the labelling worker).
 */
export type WorkerRequest =
  | { id: number; kind: 'compare'; sources: Pair<Source> }
  | { id: number; kind: 'matrix'; sources: readonly Source[] }
  | { id: number; kind: 'labels'; library: readonly Source[]; ids: readonly string[] }
  | { id: number; kind: 'read'; comparison: Comparison; labels: Pair<BlockLabels> }
  | { id: number; kind: 'stored'; records: readonly unknown[] }
  | { id: number; kind: 'describe'; sources: readonly Source[] };

export type WorkerResult =
  | Comparison
  | number[][]
  | Record<string, BlockLabels>
  | Readings
  | StoredSources
  | Record<string, string>;

export type WorkerResponse = { id: number; result: WorkerResult } | { id: number; error: string };
