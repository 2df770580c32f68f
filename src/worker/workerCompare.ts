import { compareSources } from '@/core/compare';
import type { CompareFn } from '@/store/readerStore';
import type { CompareRequest, CompareResponse } from './protocol';

/** Pairs this short compare faster in place than the round trip to a worker takes. */
const IN_PLACE_MAX_CHARS = 40_000;

/**
 * A CompareFn that runs long comparisons in a Web Worker, so the page stays responsive.
 * Falls back to the main thread where workers are unavailable.
 */
export function createWorkerCompare(): CompareFn {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (c: CompareResponse) => void }>();

  const ensureWorker = (): Worker | null => {
    if (worker || typeof Worker === 'undefined') return worker;
    worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CompareResponse>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const [id, p] of pending) p.resolve({ id, error: 'the comparison worker stopped' });
      pending.clear();
      worker = null;
    };
    return worker;
  };

  return async (sources) => {
    const w =
      sources[0].text.length + sources[1].text.length > IN_PLACE_MAX_CHARS ? ensureWorker() : null;
    if (!w) return compareSources(sources);
    const id = nextId++;
    const response = await new Promise<CompareResponse>((resolve) => {
      pending.set(id, { resolve });
      const request: CompareRequest = { id, sources };
      w.postMessage(request);
    });
    if ('error' in response) throw new Error(response.error);
    return response.comparison;
  };
}
