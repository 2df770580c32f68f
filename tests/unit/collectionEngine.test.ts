import { describe, expect, it } from 'vitest';
import { createCollectionEngine } from '@/worker/collectionEngine';
import type { WorkerLike } from '@/worker/lane';

/** A worker that answers as the page's collection worker does, when the test says so. */
function fakeWorker() {
  const made: (WorkerLike & { posted: unknown[]; ended: boolean; answer(m: unknown): void })[] = [];
  const make = (): WorkerLike => {
    const w = {
      posted: [] as unknown[],
      ended: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(message: unknown) {
        w.posted.push(message);
      },
      terminate() {
        w.ended = true;
      },
      answer(data: unknown) {
        w.onmessage?.({ data });
      },
    };
    made.push(w);
    return w;
  };
  return { made, make };
}

const result = { families: [], pairs: [], compared: 3 };

describe('the collection worker engine', () => {
  it('passes on each step of progress, then the result, and ends its worker', async () => {
    const { made, make } = fakeWorker();
    const steps: string[] = [];
    const found = createCollectionEngine(make).find(
      [],
      (s) => steps.push(`${s.phase} ${s.done}/${s.total}`),
      new AbortController().signal,
    );
    const worker = made[0]!;
    expect(worker.posted).toEqual([{ docs: [] }]);
    worker.answer({ type: 'progress', phase: 'fingerprints', done: 1, total: 2 });
    worker.answer({ type: 'progress', phase: 'comparisons', done: 0, total: 3 });
    worker.answer({ type: 'result', result });
    await expect(found).resolves.toEqual(result);
    expect(steps).toEqual(['fingerprints 1/2', 'comparisons 0/3']);
    expect(worker.ended).toBe(true);
  });

  it('ends the worker at once when cancelled, and rejects', async () => {
    const { made, make } = fakeWorker();
    const controller = new AbortController();
    const found = createCollectionEngine(make).find([], () => {}, controller.signal);
    controller.abort();
    await expect(found).rejects.toThrow(/cancelled/);
    expect(made[0]!.ended).toBe(true);
  });

  it("rejects with the worker's error, and when the worker dies", async () => {
    const { made, make } = fakeWorker();
    const engine = createCollectionEngine(make);
    const failed = engine.find([], () => {}, new AbortController().signal);
    made[0]!.answer({ type: 'error', error: 'out of memory' });
    await expect(failed).rejects.toThrow('out of memory');
    const died = engine.find([], () => {}, new AbortController().signal);
    made[1]!.onerror?.({ preventDefault() {} });
    await expect(died).rejects.toThrow(/worker stopped/);
    expect(made.every((w) => w.ended)).toBe(true);
  });
});
