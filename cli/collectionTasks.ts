import type { PairResult } from '../src/collection/types';
import type { Source } from '../src/core';

/** What the main thread of `verbatim corpus` asks a worker, and what comes back. */
export type Task =
  | { kind: 'file'; seq: number; path: string; id: string; format: 'text' | 'markdown' | 'html' }
  | { kind: 'text'; seq: number; id: string; text: string; date: string | null }
  | { kind: 'compare'; seq: number; a: Source; b: Source };

export type Answer =
  | {
      seq: number;
      ok: true;
      source: Source;
      date: string | null;
      note: string | null;
      print: Uint32Array;
    }
  | { seq: number; ok: true; pair: PairResult }
  | { seq: number; ok: false; problem: string };
