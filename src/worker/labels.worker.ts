/// <reference lib="webworker" />
import { labelsAmong } from '@/core';
import type { WorkerRequest, WorkerResponse } from './protocol';

// Boilerplate labelling runs here, in a small worker of its own: the page's first script then
// carries none of its rules, and labels never wait behind a long comparison in the other worker.
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    if (request.kind !== 'labels')
      throw new Error(`a ${request.kind} job sent to the labelling worker; this is a bug`);
    response = { id: request.id, result: labelsAmong(request.library, request.ids) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
