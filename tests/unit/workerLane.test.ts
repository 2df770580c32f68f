import { createLane, type WorkerLike } from '@/worker/lane';
import { createWorkerEngine } from '@/worker/workerCompare';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';

/** A stand-in for a Web Worker: records what it is sent, and answers when the test says. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  readonly name = `worker ${FakeWorker.made.length + 1}`;
  readonly received: { id: number; job: string }[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  constructor(private readonly log: string[]) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    const m = message as { id: number; job: string };
    this.received.push(m);
    this.log.push(`${this.name} runs ${m.job}`);
  }
  terminate() {
    this.terminated = true;
    this.log.push(`${this.name} ended`);
  }
  answer(result: string) {
    const { id } = this.received.at(-1)!;
    this.onmessage?.({ data: { id, result } });
  }
  crash() {
    this.onerror?.({ preventDefault: () => {} });
  }
}

function lane() {
  FakeWorker.made = [];
  const log: string[] = [];
  const run = createLane<{ job: string }, string>(() => new FakeWorker(log)).run;
  const job = (name: string, controller = new AbortController()) => {
    const done = run({ job: name }, controller.signal).then(
      (r) => void log.push(`${name} answered ${r}`),
      (e: Error) => void log.push(`${name} ${e.name === 'AbortError' ? 'cancelled' : e.message}`),
    );
    return { controller, done };
  };
  return { log, job, worker: (i: number) => FakeWorker.made[i]! };
}

describe('the worker lane', () => {
  it('runs jobs one at a time, in order', async () => {
    const { log, job, worker } = lane();
    const a = job('a');
    const b = job('b');
    expect(log).toEqual(['worker 1 runs a']);
    worker(0).answer('A');
    await a.done;
    worker(0).answer('B');
    await b.done;
    // The next job starts as soon as the worker answers, before the answer is read.
    expect(log).toEqual(['worker 1 runs a', 'worker 1 runs b', 'a answered A', 'b answered B']);
  });

  it('drops a waiting job that is cancelled: the worker never sees it', async () => {
    const { log, job, worker } = lane();
    const a = job('a');
    const b = job('b');
    b.controller.abort();
    await b.done;
    worker(0).answer('A');
    await a.done;
    expect(log).toEqual(['worker 1 runs a', 'b cancelled', 'a answered A']);
  });

  it('ends the worker of a running job that is cancelled, and starts the next at once in a new one', async () => {
    const { log, job, worker } = lane();
    const a = job('a');
    const b = job('b');
    a.controller.abort();
    await a.done;
    // b runs without waiting for a to finish: a's worker is gone.
    expect(log).toEqual(['worker 1 runs a', 'worker 1 ended', 'worker 2 runs b', 'a cancelled']);
    worker(0).answer('late A'); // a message from the ended worker is never delivered
    worker(1).answer('B');
    await b.done;
    expect(log).toEqual([
      'worker 1 runs a',
      'worker 1 ended',
      'worker 2 runs b',
      'a cancelled',
      'b answered B',
    ]);
  });

  it('fails the running job when its worker crashes, and goes on in a new worker', async () => {
    const { log, job, worker } = lane();
    const a = job('a');
    const b = job('b');
    worker(0).crash();
    await a.done;
    worker(1).answer('B');
    await b.done;
    expect(log).toEqual([
      'worker 1 runs a',
      'worker 1 ended',
      'worker 2 runs b',
      'a the comparison worker stopped',
      'b answered B',
    ]);
  });
});

describe('the page’s engine', () => {
  it('compares in one worker and measures the matrix in another, so neither waits for the other', () => {
    FakeWorker.made = [];
    const posted: string[] = [];
    const engine = createWorkerEngine(() => {
      const w = new FakeWorker([]);
      w.postMessage = (m) => void posted.push(`${w.name}: ${(m as { kind: string }).kind}`);
      return w;
    });
    void engine.compare([plain('a', 'x'), plain('b', 'y')], new AbortController().signal);
    void engine.measure([plain('a', 'x'), plain('b', 'y')], new AbortController().signal);
    expect(posted).toEqual(['worker 1: compare', 'worker 2: matrix']);
  });

  it('labels boilerplate in a worker of its own script, so labels never wait behind a comparison', () => {
    FakeWorker.made = [];
    const posted: string[] = [];
    const engine = createWorkerEngine((script) => {
      const w = new FakeWorker([]);
      w.postMessage = (m) =>
        void posted.push(`${w.name} (${script}): ${(m as { kind: string }).kind}`);
      return w;
    });
    const pair = [plain('a', 'x'), plain('b', 'y')] as const;
    void engine.compare([pair[0], pair[1]], new AbortController().signal);
    void engine.label(pair, ['a', 'b'], new AbortController().signal);
    expect(posted).toEqual(['worker 1 (compare): compare', 'worker 2 (labels): labels']);
  });

  it('reads the records the browser kept and describes sources in the small worker too', () => {
    FakeWorker.made = [];
    const posted: string[] = [];
    const engine = createWorkerEngine((script) => {
      const w = new FakeWorker([]);
      w.postMessage = (m) =>
        void posted.push(`${w.name} (${script}): ${(m as { kind: string }).kind}`);
      return w;
    });
    void engine.readStored([{ id: 'own-1' }]);
    const other = createWorkerEngine((script) => {
      const w = new FakeWorker([]);
      w.postMessage = (m) =>
        void posted.push(`${w.name} (${script}): ${(m as { kind: string }).kind}`);
      return w;
    });
    void other.describe([plain('a', 'x')], new AbortController().signal);
    expect(posted).toEqual(['worker 1 (labels): stored', 'worker 2 (labels): describe']);
  });
});

describe('warming the lane', () => {
  it('starts its worker before the first job, and runs the job in it', () => {
    FakeWorker.made = [];
    const log: string[] = [];
    const warmed = createLane<{ job: string }, string>(() => new FakeWorker(log));
    expect(FakeWorker.made).toHaveLength(0);
    warmed.warm();
    expect(FakeWorker.made).toHaveLength(1);
    void warmed.run({ job: 'a' }, new AbortController().signal);
    expect(FakeWorker.made).toHaveLength(1);
    expect(log).toEqual(['worker 1 runs a']);
  });
});

/** A clock the test turns by hand: `fire()` runs the deadline set last, as if it had passed. */
function handClock() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    timer: {
      set: (callback: () => void) => {
        pending.set(++next, callback);
        return next;
      },
      clear: (handle: unknown) => void pending.delete(handle as number),
    },
    /** Deadlines still set. */
    get waiting() {
      return pending.size;
    },
    fire() {
      const [handle, callback] = [...pending].at(-1)!;
      pending.delete(handle);
      callback();
    },
  };
}

describe('a worker that never answers', () => {
  function hungLane(retries = 1) {
    FakeWorker.made = [];
    const log: string[] = [];
    const clock = handClock();
    const run = createLane<{ job: string }, string>(() => new FakeWorker(log), {
      timeoutMs: 30_000,
      retries,
      timer: clock.timer,
    }).run;
    const job = (name: string) =>
      run({ job: name }, new AbortController().signal).then(
        (r) => void log.push(`${name} answered ${r}`),
        (e: Error) => void log.push(`${name} failed: ${e.message}`),
      );
    return { log, clock, job, worker: (i: number) => FakeWorker.made[i]! };
  }

  it('is ended and the job retried in a new worker, which may answer', async () => {
    const { log, clock, job, worker } = hungLane();
    const a = job('a');
    clock.fire(); // the first worker's deadline passes
    expect(log).toEqual(['worker 1 runs a', 'worker 1 ended', 'worker 2 runs a']);
    worker(1).answer('A');
    await a;
    expect(log.at(-1)).toBe('a answered A');
    expect(clock.waiting).toBe(0); // the answered job's deadline is gone
  });

  it('then fails with a clear message, and the next job still runs', async () => {
    const { log, clock, job, worker } = hungLane();
    const a = job('a');
    const b = job('b');
    clock.fire();
    clock.fire();
    await a;
    expect(log).toEqual([
      'worker 1 runs a',
      'worker 1 ended',
      'worker 2 runs a',
      'worker 2 ended',
      'worker 3 runs b',
      'a failed: the comparison worker did not answer within 30 seconds, 2 times (it was restarted); try again, or compare shorter texts',
    ]);
    worker(2).answer('B');
    await b;
    expect(log.at(-1)).toBe('b answered B');
  });

  it('has no deadline left once its worker crashed', async () => {
    const { clock, job, worker } = hungLane();
    const a = job('a');
    worker(0).crash();
    await a;
    expect(clock.waiting).toBe(0);
  });
});
