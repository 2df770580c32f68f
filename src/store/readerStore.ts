import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Comparison, Pair, Source } from '@/core/types';

/** Runs a comparison; the page passes one that uses a Web Worker, tests a synchronous one. */
export type CompareFn = (pair: Pair<Source>) => Promise<Comparison>;

export interface ReaderState {
  readonly sources: readonly Source[];
  /** Ids of the sources the reader added (as opposed to bundled ones). */
  readonly ownIds: readonly string[];
  /** The ids of the sources being compared, A then B. */
  readonly pair: Pair<string>;
  readonly comparison: Comparison | null;
  /** A comparison is being computed for `pair`. */
  readonly computing: boolean;
  /** A problem to show the reader (a bad link, a failed comparison), or null. */
  readonly problem: string | null;

  /** Shows a pair; `problem` says what was wrong with the request, if anything. */
  open(pair: Pair<string>, problem?: string | null): void;
  choose(side: 0 | 1, id: string): void;
  swap(): void;
  dismissProblem(): void;
  /** Adds a source of the reader's own and compares it, as B, with the current A. */
  addSource(source: Source): void;
  /** Reports a problem (a refused file, say) without touching the comparison. */
  report(problem: string): void;
}

export type ReaderStore = StoreApi<ReaderState>;

export interface ReaderStoreOptions {
  sources: readonly Source[];
  initialPair: Pair<string>;
  compare: CompareFn;
}

const CACHE_SIZE = 12;

export function createReaderStore({
  sources: initialSources,
  initialPair,
  compare,
}: ReaderStoreOptions): ReaderStore {
  const cache = new Map<string, Comparison>();
  let latest = 0;

  return createStore<ReaderState>()((set, get) => {
    const run = (pair: Pair<string>) => {
      const key = pair.join('\u0000');
      const cached = cache.get(key);
      if (cached) {
        set({ comparison: cached, computing: false });
        return;
      }
      const { sources } = get();
      const a = sources.find((s) => s.id === pair[0]);
      const b = sources.find((s) => s.id === pair[1]);
      if (!a || !b) {
        set({ comparison: null, computing: false, problem: 'That source is not available.' });
        return;
      }
      const request = ++latest;
      set({ computing: true });
      compare([a, b]).then(
        (comparison) => {
          if (request !== latest) return; // a newer choice has replaced this one
          cache.set(key, comparison);
          if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
          set({ comparison, computing: false });
        },
        (error: unknown) => {
          if (request !== latest) return;
          set({ computing: false, problem: `The comparison failed: ${String(error)}` });
        },
      );
    };

    const show = (pair: Pair<string>, problem: string | null) => {
      set({ pair, problem });
      run(pair);
    };

    return {
      sources: initialSources,
      ownIds: [],
      pair: initialPair,
      comparison: null,
      computing: false,
      problem: null,
      open: (pair, problem = null) => show(pair, problem),
      choose: (side, id) => {
        const { pair } = get();
        if (pair[side] === id) return;
        // Choosing the other side's source swaps them rather than comparing a text with itself.
        const other = pair[side === 0 ? 1 : 0] === id ? pair[side] : pair[side === 0 ? 1 : 0];
        show(side === 0 ? [id, other] : [other, id], null);
      },
      swap: () => {
        const { pair } = get();
        show([pair[1], pair[0]], null);
      },
      dismissProblem: () => set({ problem: null }),
      report: (problem) => set({ problem }),
      addSource: (source) => {
        const { sources, ownIds, pair } = get();
        if (!sources.some((s) => s.id === source.id)) {
          set({ sources: [...sources, source], ownIds: [...ownIds, source.id] });
        }
        show([pair[0] === source.id ? pair[1] : pair[0], source.id], null);
      },
    };
  });
}

/** Starts the first comparison; separate from creation so tests and the URL sync choose when. */
export function startReader(store: ReaderStore): void {
  const { pair, problem } = store.getState();
  store.getState().open(pair, problem);
}
