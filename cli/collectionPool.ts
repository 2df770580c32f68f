import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Answer, Task } from './collectionTasks';

/**
 * The worker threads of `verbatim corpus`, one per core (`--jobs` sets how many). The worker
 * is TypeScript, started through tsx's loader registered in its own thread (see below).
 */
export class CollectionPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (answer: Answer) => void>();
  private readonly load: number[] = [];
  private failure: Error | null = null;

  constructor(size = availableParallelism()) {
    // Built (dist-cli/verbatim.js, the `bin`): the worker is built beside it, plain JavaScript.
    // Run from source (tests, the benchmark, under tsx): Node 20 does not apply a loader given by
    // `--import` to a worker's own entry file, so the worker starts from a line of JavaScript
    // that registers tsx's hooks in its thread, then imports the TypeScript worker.
    const built = import.meta.url.endsWith('.js');
    const start = (): Worker => {
      if (built)
        return new Worker(new URL('./collectionWorker.js', import.meta.url), { execArgv: [] });
      const tsx = import.meta.resolve('tsx/esm/api');
      const entry = new URL('./collectionWorker.ts', import.meta.url).href;
      const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
      return new Worker(bootstrap, { eval: true, execArgv: [] });
    };
    for (let k = 0; k < Math.max(1, size); k++) {
      const worker = start();
      worker.on('message', (answer: Answer) => {
        this.load[k]!--;
        const resolve = this.waiting.get(answer.seq);
        this.waiting.delete(answer.seq);
        resolve?.(answer);
      });
      worker.on('error', (error) => {
        this.failure = error;
        for (const [seq, resolve] of this.waiting)
          resolve({ seq, ok: false, problem: `a worker thread stopped (${error.message})` });
        this.waiting.clear();
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends a task to the least loaded worker; resolves with its answer. */
  run(task: Task): Promise<Answer> {
    if (this.failure)
      return Promise.resolve({ seq: task.seq, ok: false, problem: this.failure.message });
    let k = 0;
    for (let w = 1; w < this.workers.length; w++) if (this.load[w]! < this.load[k]!) k = w;
    this.load[k]!++;
    return new Promise((resolve) => {
      this.waiting.set(task.seq, resolve);
      this.workers[k]!.postMessage(task);
    });
  }

  /**
   * Runs every task with a bounded number in flight (so neither the queue nor the answers
   * waiting to be written grow with the collection), and hands the answers to `onAnswer` in
   * the tasks' order, so the output is the same whatever thread finished first. When
   * `onAnswer` returns a promise (a file's buffer is full), no new task starts until it settles.
   */
  async runAll(
    tasks: Iterable<Task>,
    onAnswer: (answer: Answer) => Promise<unknown> | void,
  ): Promise<void> {
    const inFlight = this.workers.length * 4;
    const iterator = tasks[Symbol.iterator]();
    const ready = new Map<number, Answer>();
    const order: number[] = [];
    let head = 0;
    let active = 0;
    await new Promise<void>((done, fail) => {
      let finished = false;
      let paused = false;
      const pump = () => {
        while (!paused && !finished && active < inFlight) {
          const next = iterator.next();
          if (next.done) {
            finished = true;
            break;
          }
          active++;
          order.push(next.value.seq);
          void this.run(next.value).then((answer) => {
            active--;
            // A thread that died takes its tasks with it: the run stops, it does not limp on.
            if (this.failure) {
              finished = true;
              fail(new Error(`a worker thread stopped: ${this.failure.message}`));
              return;
            }
            ready.set(answer.seq, answer);
            try {
              while (head < order.length && ready.has(order[head]!)) {
                const seq = order[head++]!;
                const wait = onAnswer(ready.get(seq)!);
                ready.delete(seq);
                if (wait && !paused) {
                  paused = true;
                  wait.then(() => {
                    paused = false;
                    pump();
                  }, fail);
                }
              }
              // The delivered prefix of `order` is dropped now and then, so it stays small.
              if (head > 4096) {
                order.splice(0, head);
                head = 0;
              }
              pump();
            } catch (error) {
              finished = true;
              fail(error);
            }
          });
        }
        if (finished && active === 0) done();
      };
      pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
