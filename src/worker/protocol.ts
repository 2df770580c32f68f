import type { Comparison, Pair, Source } from '@/core';

/** A job for the worker: compare a pair, or measure the matrix of a list of sources. */
export type WorkerRequest =
  | { id: number; kind: 'compare'; sources: Pair<Source> }
  | { id: number; kind: 'matrix'; sources: readonly Source[] };

export type WorkerResult = Comparison | number[][];

export type WorkerResponse = { id: number; result: WorkerResult } | { id: number; error: string };
