import { createStore, type StoreApi } from 'zustand/vanilla';
import { inOther } from '@/core/similarity';
import type { Comparison, Pair, Side, Source } from '@/core/types';

/** Runs a comparison; the page passes one that uses a Web Worker, tests a synchronous one. */
export type CompareFn = (pair: Pair<Source>) => Promise<Comparison>;

export type View = 'reader' | 'matrix';

/** Where the reader's own sources are kept between visits (IndexedDB in the page). */
export interface SourceVault {
  save(source: Source): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Where the reader is in the texts: a passage, or a unique stretch of one side. */
export type Focus =
  { kind: 'passage'; index: number; side: Side } | { kind: 'unique'; segment: number; side: Side };

/**
 * A request to bring the focus into view. `align`: scroll the other pane so the counterpart
 * stands level with it (a click); `moveFocus`: move keyboard focus to it (a shortcut).
 */
export interface ScrollRequest {
  readonly focus: Focus;
  readonly align: boolean;
  readonly moveFocus: boolean;
  readonly nonce: number;
}

export interface SelectOptions {
  align?: boolean;
  moveFocus?: boolean;
}

/** How much of each source's words stand in each other source, for the sources it was made for. */
export interface ContainmentMatrix {
  readonly sources: readonly Source[];
  /** `values[i][j]`: the share (0 to 1) of source i's words that stand in source j. */
  readonly values: readonly (readonly number[])[];
}

/** A source of the reader's own just removed, which the page offers to bring back. */
export interface Removal {
  readonly source: Source;
  /** The pair shown when it was removed, restored by undoing. */
  readonly pair: Pair<string>;
  /** The browser has committed the removal to its storage (a reload keeps it). */
  readonly committed: boolean;
}

export interface ReaderState {
  readonly sources: readonly Source[];
  /** Ids of the sources the reader added (as opposed to bundled ones). */
  readonly ownIds: readonly string[];
  readonly view: View;
  /** The start view (no link): the corpus matrix stands above the default comparison. */
  readonly start: boolean;
  /** The ids of the sources being compared, A then B. */
  readonly pair: Pair<string>;
  readonly comparison: Comparison | null;
  /** A comparison is being computed for `pair`. */
  readonly computing: boolean;
  /** A problem to show the reader (a bad link, a refused file), or null. */
  readonly problem: string | null;
  /** A quiet note (role="status"), e.g. a linked passage that no longer exists. */
  readonly notice: string | null;
  /** The chosen passage or unique stretch (aria-current), or null. */
  readonly focus: Focus | null;
  /** The passage under the pointer or keyboard focus, highlighted on both sides. */
  readonly hover: number | null;
  readonly scrollRequest: ScrollRequest | null;
  /** Scrolling one pane keeps the other aligned on matched passages. */
  readonly linkedScroll: boolean;
  /** Boilerplate blocks are collapsed and left out of the percentages. */
  readonly hideBoilerplate: boolean;
  readonly helpOpen: boolean;
  /** The corpus matrix, once measured for the current sources. */
  readonly matrix: ContainmentMatrix | null;
  /** Writes to the vault not yet committed; a reload before they finish could lose them. */
  readonly saving: number;
  /** The last removal, until the reader chooses another pair; it can be undone. */
  readonly removed: Removal | null;
  /** A vault write failed: the reader's own sources may not outlive this page. */
  readonly storageFailed: boolean;

  /** Shows a pair; see `OpenOptions`. */
  open(pair: Pair<string>, options?: OpenOptions): void;
  showMatrix(problem?: string | null): void;
  choose(side: Side, id: string): void;
  swap(): void;
  dismissProblem(): void;
  /** Adds a source of the reader's own and compares it, as B, with the current A. */
  addSource(source: Source): void;
  /** Adds sources of the reader's own (from a share link) without changing the comparison. */
  addSources(sources: readonly Source[]): void;
  /** Removes a source of the reader's own, here and from the vault. */
  removeSource(id: string): void;
  /** Brings back the source last removed, and the pair it was shown in. */
  undoRemove(): void;
  /** Gives a source of the reader's own another title. */
  renameSource(id: string, title: string): void;
  /** Reports a problem (a refused file, say) without touching the comparison. */
  report(problem: string): void;
  /** Chooses a passage or stretch and asks for it to be brought into view. */
  select(focus: Focus | null, options?: SelectOptions): void;
  setHover(passage: number | null): void;
  setLinkedScroll(on: boolean): void;
  setHideBoilerplate(on: boolean): void;
  setHelpOpen(open: boolean): void;
  /** Back to the first comparison (after an unexpected error). */
  reset(): void;
  /** Measures the corpus matrix for the current sources, with the same (worker-backed) engine. */
  measureMatrix(): void;
}

export interface OpenOptions {
  /** What was wrong with the request (role="alert"). */
  problem?: string | null;
  /** A quiet note about the request (role="status"). */
  notice?: string | null;
  /** The passage (0-based) to choose once compared. */
  passage?: number | null;
  /** This is the start view: show the corpus matrix with the comparison. */
  start?: boolean;
  /** Collapse boilerplate (a link's `bp=hide`); absent keeps the current choice. */
  hideBoilerplate?: boolean;
}

export type ReaderStore = StoreApi<ReaderState>;

export interface ReaderStoreOptions {
  sources: readonly Source[];
  initialPair: Pair<string>;
  compare: CompareFn;
  linkedScroll?: boolean;
  hideBoilerplate?: boolean;
  /** Sources of the reader's own, loaded from the vault before the page starts. */
  ownSources?: readonly Source[];
  vault?: SourceVault;
}

const CACHE_SIZE = 12;

/**
 * The pair once `gone` is removed: the side that stays keeps its place, the other side takes the
 * first candidate that is neither (the default pair first, then any source left).
 */
function replaceIn(pair: Pair<string>, gone: string, candidates: readonly string[]): Pair<string> {
  const kept = pair[0] === gone ? pair[1] : pair[0];
  const other = candidates.find((id) => id !== kept && id !== gone) ?? kept;
  return pair[0] === gone ? [other, kept] : [kept, other];
}

export function createReaderStore({
  sources: initialSources,
  initialPair,
  compare,
  linkedScroll = false,
  hideBoilerplate = false,
  ownSources = [],
  vault,
}: ReaderStoreOptions): ReaderStore {
  const cache = new Map<string, Comparison>();
  let latest = 0;
  let nonce = 0;
  let measuring: readonly Source[] | null = null;

  return createStore<ReaderState>()((set, get) => {
    /** Applies a finished comparison, choosing the passage a link asked for if it exists. */
    const arrive = (comparison: Comparison, passage: number | null) => {
      if (passage === null) {
        set({ comparison, computing: false });
        return;
      }
      // A passage number the comparison does not have is a note, not an error: the pair is fine.
      if (passage >= comparison.passages.length) {
        const count = comparison.passages.length;
        set({
          comparison,
          computing: false,
          notice: `The link points to passage ${passage + 1}, but this comparison has ${count} ${
            count === 1 ? 'passage' : 'passages'
          }; showing it from the start.`,
        });
        return;
      }
      const focus: Focus = { kind: 'passage', index: passage, side: 0 };
      set({
        comparison,
        computing: false,
        focus,
        scrollRequest: { focus, align: false, moveFocus: false, nonce: ++nonce },
      });
    };

    const compareAndKeep = async (a: Source, b: Source) => {
      const comparison = await compare([a, b]);
      cache.set(`${a.id}\u0000${b.id}`, comparison);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return comparison;
    };

    const run = (pair: Pair<string>, passage: number | null) => {
      const key = pair.join('\u0000');
      const cached = cache.get(key);
      if (cached) {
        latest++;
        arrive(cached, passage);
        return;
      }
      const { sources } = get();
      const a = sources.find((s) => s.id === pair[0]);
      const b = sources.find((s) => s.id === pair[1]);
      if (!a || !b) {
        set({ computing: false, problem: 'That source is not available.' });
        return;
      }
      const request = ++latest;
      set({ computing: true });
      compareAndKeep(a, b).then(
        (comparison) => {
          if (request !== latest) return; // a newer choice has replaced this one
          arrive(comparison, passage);
        },
        (error: unknown) => {
          if (request !== latest) return;
          set({ computing: false, problem: `The comparison failed: ${String(error)}` });
        },
      );
    };

    const show = (
      pair: Pair<string>,
      {
        problem = null,
        notice = null,
        passage = null,
        start = false,
        hideBoilerplate,
      }: OpenOptions,
    ) => {
      if (hideBoilerplate !== undefined) set({ hideBoilerplate });
      set({
        view: 'reader',
        start,
        pair,
        problem,
        notice,
        removed: null,
        focus: null,
        hover: null,
        scrollRequest: null,
      });
      run(pair, passage);
    };

    /** Runs a vault write, counting it in `saving` until the browser has committed it. */
    const persist = (
      write: Promise<void> | undefined,
      failure: (error: string) => string,
      done?: () => void,
      failed?: () => void,
    ) => {
      if (!write) {
        done?.(); // no vault: nothing to wait for
        return;
      }
      set({ saving: get().saving + 1 });
      write.then(
        () => {
          set({ saving: get().saving - 1 });
          done?.();
        },
        (error: unknown) => {
          set({
            saving: get().saving - 1,
            storageFailed: true,
            problem: failure(String(error)),
          });
          failed?.();
        },
      );
    };

    const keep = (source: Source) =>
      persist(
        vault?.save(source),
        (error) =>
          `“${source.title}” could not be saved in this browser (${error}); it works until you close the page.`,
      );

    const include = (added: readonly Source[]) => {
      const { sources, ownIds } = get();
      const fresh = added.filter((a) => !sources.some((s) => s.id === a.id));
      if (fresh.length === 0) return;
      set({ sources: [...sources, ...fresh], ownIds: [...ownIds, ...fresh.map((s) => s.id)] });
      fresh.forEach(keep);
    };

    const known = ownSources.filter((o) => !initialSources.some((s) => s.id === o.id));
    return {
      sources: [...initialSources, ...known],
      ownIds: known.map((s) => s.id),
      view: 'reader',
      start: false,
      pair: initialPair,
      comparison: null,
      computing: false,
      problem: null,
      notice: null,
      focus: null,
      hover: null,
      scrollRequest: null,
      linkedScroll,
      hideBoilerplate,
      helpOpen: false,
      matrix: null,
      saving: 0,
      removed: null,
      storageFailed: false,
      open: (pair, options = {}) => show(pair, options),
      showMatrix: (problem = null) =>
        set({ view: 'matrix', start: false, problem, notice: null, focus: null, hover: null }),
      choose: (side, id) => {
        const { pair } = get();
        if (pair[side] === id && get().view === 'reader') return;
        // Choosing the other side's source swaps them rather than comparing a text with itself.
        const other = pair[side === 0 ? 1 : 0] === id ? pair[side] : pair[side === 0 ? 1 : 0];
        show(side === 0 ? [id, other] : [other, id], {});
      },
      swap: () => {
        const { pair } = get();
        show([pair[1], pair[0]], {});
      },
      dismissProblem: () => set({ problem: null }),
      report: (problem) => set({ problem }),
      addSource: (source) => {
        include([source]);
        const { pair } = get();
        show([pair[0] === source.id ? pair[1] : pair[0], source.id], {});
      },
      addSources: include,
      renameSource: (id, title) => {
        const clean = title.replace(/\s+/g, ' ').trim().slice(0, 200);
        const { sources, ownIds, comparison } = get();
        const old = sources.find((s) => s.id === id);
        if (!old || !ownIds.includes(id) || !clean || clean === old.title) return;
        const renamed = { ...old, title: clean };
        // The comparison keeps its marks; only the title it shows changes.
        const retitle = (c: Comparison): Comparison => ({
          ...c,
          sources: [
            c.sources[0].id === id ? renamed : c.sources[0],
            c.sources[1].id === id ? renamed : c.sources[1],
          ],
        });
        cache.forEach((c, key) => cache.set(key, retitle(c)));
        set({
          sources: sources.map((s) => (s.id === id ? renamed : s)),
          comparison: comparison ? retitle(comparison) : null,
        });
        keep(renamed);
      },
      removeSource: (id) => {
        const { sources, ownIds, pair, view } = get();
        const source = sources.find((s) => s.id === id);
        if (!source || !ownIds.includes(id)) return;
        set({
          sources: sources.filter((s) => s.id !== id),
          ownIds: ownIds.filter((o) => o !== id),
        });
        if (view === 'reader' && pair.includes(id)) {
          const left = [...initialPair, ...sources.map((s) => s.id)];
          show(replaceIn(pair, id, left), {});
        }
        const removal: Removal = { source, pair, committed: false };
        set({ removed: removal });
        persist(
          vault?.remove(id),
          (error) =>
            `“${source.title}” was removed here, but could not be removed from this browser’s storage (${error}).`,
          () => {
            if (get().removed === removal) set({ removed: { ...removal, committed: true } });
          },
          // The alert says what happened; a "Removing…" note that never ends would not.
          () => {
            if (get().removed === removal) set({ removed: null });
          },
        );
      },
      undoRemove: () => {
        const { removed, view } = get();
        if (!removed) return;
        set({ removed: null });
        include([removed.source]);
        if (view === 'reader' && removed.pair.includes(removed.source.id)) show(removed.pair, {});
      },
      select: (focus, { align = false, moveFocus = false } = {}) =>
        set({
          focus,
          notice: null,
          scrollRequest: focus ? { focus, align, moveFocus, nonce: ++nonce } : null,
        }),
      setHover: (hover) => {
        if (get().hover !== hover) set({ hover });
      },
      setLinkedScroll: (on) => set({ linkedScroll: on }),
      setHideBoilerplate: (on) => set({ hideBoilerplate: on }),
      setHelpOpen: (open) => set({ helpOpen: open }),
      reset: () => show(initialPair, {}),
      measureMatrix: () => {
        const { sources, matrix } = get();
        if (matrix?.sources === sources || measuring === sources) return;
        measuring = sources;
        void (async () => {
          const values: number[][] = sources.map((_, i) =>
            sources.map((_, j) => (i === j ? 1 : 0)),
          );
          for (let i = 0; i < sources.length; i++) {
            for (let j = i + 1; j < sources.length; j++) {
              const key = `${sources[i]!.id}\u0000${sources[j]!.id}`;
              const c = cache.get(key) ?? (await compareAndKeep(sources[i]!, sources[j]!));
              if (get().sources !== sources) return; // the sources changed; a new measure follows
              values[i]![j] = inOther(c.stats[0]);
              values[j]![i] = inOther(c.stats[1]);
            }
          }
          set({ matrix: { sources, values } });
        })()
          .catch((error: unknown) =>
            set({ problem: `The corpus matrix could not be measured: ${String(error)}` }),
          )
          .finally(() => {
            if (measuring === sources) measuring = null;
          });
      },
    };
  });
}

/** Starts the first comparison; separate from creation so tests and the URL sync choose when. */
export function startReader(store: ReaderStore): void {
  const { pair, problem } = store.getState();
  store.getState().open(pair, { problem });
}
