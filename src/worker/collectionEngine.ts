import { WORKER_STOPPED } from '@/core';
import type { CollectionDoc } from '@/collection/types';
import type { WorkerLike } from './lane';
import type { FoundFamilies } from '@/collection/found';
import type { CollectionMessage } from './collectionJob';
import { abortError } from './lane';

export type CollectionProgressStep = Extract<CollectionMessage, { type: 'progress' }>;

const makeWorker = (): WorkerLike =>
  new Worker(new URL('./collection.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;

/**
 * Finds a collection's families in a Web Worker of its own, so the page answers while hundreds
 * of pairs are compared. Each job gets a fresh worker, ended when the job is done or cancelled.
 */
export function createCollectionEngine(make: () => WorkerLike = makeWorker) {
  return {
    find(
      docs: readonly CollectionDoc[],
      onProgress: (step: CollectionProgressStep) => void,
      signal: AbortSignal,
    ): Promise<FoundFamilies> {
      if (signal.aborted) return Promise.reject(abortError());
      return new Promise<FoundFamilies>((resolve, reject) => {
        const worker = make();
        const end = () => {
          worker.terminate();
          signal.removeEventListener('abort', stop);
        };
        const stop = () => {
          end();
          reject(abortError());
        };
        signal.addEventListener('abort', stop, { once: true });
        worker.onmessage = (event) => {
          const message = event.data as CollectionMessage;
          if (message.type === 'progress') onProgress(message);
          else {
            end();
            if (message.type === 'result') resolve(message.result);
            else reject(new Error(message.error));
          }
        };
        worker.onerror = (event) => {
          event.preventDefault();
          end();
          reject(new Error(WORKER_STOPPED));
        };
        worker.postMessage({ docs });
      });
    },
  };
}
