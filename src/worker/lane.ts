import { WORKER_STOPPED } from '@/core';

/** What the lane needs of a Web Worker; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}

interface Job<Req, Res> {
  readonly id: number;
  readonly request: Req;
  readonly signal: AbortSignal;
  resolve(result: Res): void;
  reject(error: unknown): void;
}

type Response<Res> = { id: number; result: Res } | { id: number; error: string };

/** The error a cancelled job's promise rejects with. */
export const abortError = () => new DOMException('The job was cancelled', 'AbortError');

/**
 * Runs jobs in a worker one at a time, in order. A job cancelled while it waits is dropped; a
 * job cancelled while it runs ends the worker (a busy worker cannot read a "stop" message until
 * it is done) and the next job starts at once in a new one, so it never waits for the old.
 */
export function createLane<Req extends object, Res>(makeWorker: () => WorkerLike) {
  const queue: Job<Req, Res>[] = [];
  let running: Job<Req, Res> | null = null;
  let worker: WorkerLike | null = null;
  let nextId = 0;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => {
      const response = event.data as Response<Res>;
      const job = running;
      if (!job || job.id !== response.id) return; // from a job cancelled meanwhile
      running = null;
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response.result);
      startNext();
    };
    w.onerror = (event) => {
      event.preventDefault();
      const job = running;
      running = null;
      stopWorker();
      job?.reject(new Error(WORKER_STOPPED));
      startNext();
    };
    return (worker = w);
  };

  const startNext = () => {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    running = job;
    ensureWorker().postMessage({ ...job.request, id: job.id });
  };

  const cancel = (job: Job<Req, Res>) => {
    const waiting = queue.indexOf(job);
    if (waiting >= 0) queue.splice(waiting, 1);
    else if (running === job) {
      running = null;
      stopWorker();
    } else return; // already answered
    job.reject(abortError());
    startNext();
  };

  return {
    /** Starts the worker now, so its script loads while the page does other work. */
    warm(): void {
      ensureWorker();
    },
    run(request: Req, signal: AbortSignal): Promise<Res> {
      if (signal.aborted) return Promise.reject(abortError());
      return new Promise<Res>((resolve, reject) => {
        const job: Job<Req, Res> = { id: nextId++, request, signal, resolve, reject };
        signal.addEventListener('abort', () => cancel(job), { once: true });
        queue.push(job);
        startNext();
      });
    },
  };
}
