/// <reference lib="webworker" />
import { describeSource, labelsAmong, readingsOf, readStoredSources, webDigest } from '@/core';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Boilerplate labelling, the reading of a comparison (its verdict and figures, which depend on
// the labels) the schema's check of the sources the browser kept, and the pickers' line about each
// source (its words, byline, outlet, date) run here, in a small worker of their own: the page's first script then carries
// none of their rules or sentences, and they never wait behind a long comparison.
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    if (request.kind === 'stored')
      response = { id: request.id, result: await readStoredSources(request.records, webDigest) };
    else if (request.kind === 'labels')
      response = { id: request.id, result: labelsAmong(request.library, request.ids) };
    else if (request.kind === 'describe')
      response = {
        id: request.id,
        result: Object.fromEntries(request.sources.map((s) => [s.id, describeSource(s)])),
      };
    else if (request.kind === 'read')
      response = { id: request.id, result: readingsOf(request.comparison, request.labels) };
    else throw new Error(`a ${request.kind} job sent to the labelling worker; this is a bug`);
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
