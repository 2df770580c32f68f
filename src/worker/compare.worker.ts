/// <reference lib="webworker" />
import { compareSources } from '@/core/compare';
import type { CompareRequest, CompareResponse } from './protocol';

// The comparison runs here so a long pair never freezes the page.
self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, sources } = event.data;
  let response: CompareResponse;
  try {
    response = { id, comparison: compareSources(sources) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
