/// <reference lib="webworker" />
import { compareSources, containmentMatrix } from '@/core';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Comparisons and the corpus matrix run here, so a long pair never freezes the page. One job at
// a time: the page sends the next only when this one is answered, and stops a job it no longer
// wants by ending this worker and starting another.
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    if (request.kind !== 'compare' && request.kind !== 'matrix')
      throw new Error(`a ${request.kind} job sent to the comparison worker; this is a bug`);
    response = {
      id: request.id,
      result:
        request.kind === 'compare'
          ? compareSources(request.sources)
          : containmentMatrix(request.sources),
    };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
