import type { Comparison, Pair, Source } from '@/core/types';

export interface CompareRequest {
  id: number;
  sources: Pair<Source>;
}

export type CompareResponse =
  { id: number; comparison: Comparison } | { id: number; error: string };
