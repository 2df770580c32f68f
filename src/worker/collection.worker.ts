/// <reference lib="webworker" />
import { runCollectionJob, type CollectionRequest } from './collectionJob';

// One collection per worker: the page starts a worker for each job and ends it to cancel one
// (a busy worker cannot read a "stop" message until it is done).
self.onmessage = (event: MessageEvent<CollectionRequest>) => {
  runCollectionJob(event.data, (message) => self.postMessage(message));
};
