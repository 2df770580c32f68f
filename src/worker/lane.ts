import { WORKER_STOPPED, workerTimedOut } from '@/core';

/** What the lane needs of a Web Worker; tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}

/** The clock the lane waits on: the page's timers, or a test's hand-driven fake. */
export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface LaneOptions {
  /** How long a job may go unanswered before its worker is ended and restarted. */
  timeoutMs?: number;
  /** How many times a job is retried in a new worker after a timeout before it fails. */
  retries?: number;
  timer?: Timer;
}

const realTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Job<Req, Res> {
  readonly id: number;
  readonly request: Req;
  readonly signal: AbortSignal;
  resolve(result: Res): void;
  reject(error: unknown): void;
  /** Times it was sent to a worker. */
  attempts: number;
}

type Response<Res> = { id: number; result: Res } | { id: number; error: string };

/** The error a cancelled job's promise rejects with. */
export const abortError = () => new DOMException('The job was cancelled', 'AbortError');

/**
 * Runs jobs in a worker one at a time, in order. A job cancelled while it waits is dropped; a
 * job cancelled while it runs ends the worker (a busy worker cannot read a "stop" message until
 * it is done) and the next job starts at once in a new one, so it never waits for the old.
 * A worker that does not answer within `timeoutMs` (hung, or its script never ran) is ended and
 * the job sent to a new one, `retries` times; then the job fails with a message saying so, and
 * the page never says "Comparing…" for ever.
 */
export function createLane<Req extends object, Res>(
  makeWorker: () => WorkerLike,
  { timeoutMs = 60_000, retries = 1, timer = realTimer }: LaneOptions = {},
) {
  const queue: Job<Req, Res>[] = [];
  let running: Job<Req, Res> | null = null;
  let worker: WorkerLike | null = null;
  let nextId = 0;
  let deadline: unknown = null;

  const stopClock = () => {
    if (deadline !== null) timer.clear(deadline);
    deadline = null;
  };

  const stopWorker = () => {
    stopClock();
    worker?.terminate();
    worker = null;
  };

  /** Sends the running job to the worker (a new one if need be), with a deadline. */
  const send = (job: Job<Req, Res>) => {
    job.attempts++;
    ensureWorker().postMessage({ ...job.request, id: job.id });
    deadline = timer.set(() => {
      deadline = null;
      if (running !== job) return;
      stopWorker();
      if (job.attempts <= retries) {
        send(job);
        return;
      }
      running = null;
      job.reject(new Error(workerTimedOut(Math.round(timeoutMs / 1000), job.attempts)));
      startNext();
    }, timeoutMs);
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => {
      const response = event.data as Response<Res>;
      const job = running;
      if (!job || job.id !== response.id) return; // from a job cancelled meanwhile
      stopClock();
      running = null;
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response.result);
      startNext();
    };
    w.onerror = (event) => {
      event.preventDefault();
      stopClock();
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
    send(job);
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
        const job: Job<Req, Res> = {
          id: nextId++,
          request,
          signal,
          resolve,
          reject,
          attempts: 0,
        };
        signal.addEventListener('abort', () => cancel(job), { once: true });
        queue.push(job);
        startNext();
      });
    },
  };
}
