import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  caseMissing,
  casesByLength,
  comparisonFailed,
  labelsFailed,
  matrixFailed,
  passageMissing,
  SOURCE_UNAVAILABLE,
  type Comparison,
  type Pair,
  type Side,
  type Source,
} from '@/core';
import type { ComparisonsStore } from './comparisons';
import type { LibraryStore } from './library';

export type View = 'reader' | 'matrix' | 'families';

/** Where the reader is in the texts: a passage, or a unique stretch of one side. */
export type Focus =
  | { kind: 'passage'; index: number; side: Side }
  | { kind: 'unique'; segment: number; side: Side }
  /** A reuse case, chosen from the evidence list: current in both texts. */
  | { kind: 'case'; index: number; side: Side };

/**
 * What the reader is looking at — all of it can be written in a link — and their preferences.
 * What is requested and computed lives in the comparisons store, what the reader owns in the
 * library; passing view state (hover, an open dialog, where to scroll) lives in the views.
 */
export interface ReaderState {
  readonly view: View;
  /** The start view (no link): the corpus matrix stands above the default comparison. */
  readonly start: boolean;
  /** The ids of the sources being compared, A then B. */
  readonly pair: Pair<string>;
  /** A problem to show the reader (a bad link, a refused file), or null. */
  readonly problem: string | null;
  /** A quiet note (role="status"), e.g. a linked passage that no longer exists. */
  readonly notice: string | null;
  /** With a bad link's problem: the pair it probably meant ("did you mean …"), or null. */
  readonly suggestion: LinkSuggestion | null;
  /** The chosen passage or unique stretch (aria-current), or null. */
  readonly focus: Focus | null;
  /** Scrolling one pane keeps the other aligned on matched passages. */
  readonly linkedScroll: boolean;
  /** Boilerplate blocks are collapsed and left out of the percentages. */
  readonly hideBoilerplate: boolean;

  /** Shows a pair; see `OpenOptions`. */
  open(pair: Pair<string>, options?: OpenOptions): void;
  showMatrix(problem?: string | null): void;
  /** The families of a collection (many sources at once), where the matrix would not fit. */
  showFamilies(problem?: string | null): void;
  choose(side: Side, id: string): void;
  swap(): void;
  dismissProblem(): void;
  /** Adds a source of the reader's own and compares it, as B, with the current A. */
  addSource(source: Source): void;
  /**
   * Adds sources of the reader's own given together (files dropped or opened at once): one is
   * added as `addSource` adds it; of two or more, the first two are compared, as A and B.
   */
  addSources(sources: readonly Source[]): void;
  /** Removes a source of the reader's own; the side it stood on takes another source. */
  removeSource(id: string): void;
  /** Brings back the source last removed, and the pair it was shown in. */
  undoRemove(): void;
  /** Gives a source of the reader's own another title. */
  renameSource(id: string, title: string): void;
  /** Reports a problem (a refused file, say) without touching the comparison. */
  report(problem: string): void;
  /** Chooses a passage or stretch (the views bring it into view). */
  select(focus: Focus | null): void;
  setLinkedScroll(on: boolean): void;
  setHideBoilerplate(on: boolean): void;
  /** Back to the first comparison (after an unexpected error). */
  reset(): void;
  /** Measures the corpus matrix for the library's sources (off the main thread, once). */
  measureMatrix(): void;
}

/** The pair a mistyped link probably meant, and the ids that were corrected in it. */
export interface LinkSuggestion {
  readonly pair: Pair<string>;
  readonly ids: readonly string[];
}

export interface OpenOptions {
  /** What was wrong with the request (role="alert"). */
  problem?: string | null;
  /** The pair a bad link probably meant, offered with the problem. */
  suggestion?: LinkSuggestion | null;
  /** A quiet note about the request (role="status"). */
  notice?: string | null;
  /** The passage (0-based) to choose once compared. */
  passage?: number | null;
  /** Or the case to choose once compared, by its rank longest first (0-based). */
  caseRank?: number | null;
  /** This is the start view: show the corpus matrix with the comparison. */
  start?: boolean;
  /** Collapse boilerplate (a link's `bp=hide`) or show it (`bp=show`); absent keeps the current choice. */
  hideBoilerplate?: boolean;
}

export type ReaderStore = StoreApi<ReaderState>;

/** What a link asks to be chosen once the comparison is known. */
interface Chosen {
  readonly passage: number | null;
  readonly caseRank: number | null;
}

export interface ReaderStoreOptions {
  library: LibraryStore;
  comparisons: ComparisonsStore;
  initialPair: Pair<string>;
  linkedScroll?: boolean;
  hideBoilerplate?: boolean;
}

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
  library,
  comparisons,
  initialPair,
  linkedScroll = false,
  hideBoilerplate = false,
}: ReaderStoreOptions): ReaderStore {
  /** Counts requests, so a result that arrives after a newer request is left alone. */
  let latest = 0;
  return createStore<ReaderState>()((set, get) => {
    /** A finished comparison: chooses the passage or case a link asked for, if it has it. */
    const arrive = (comparison: Comparison, { passage, caseRank }: Chosen) => {
      // A number the comparison does not have is a note, not an error: the pair is fine.
      if (passage !== null) {
        const count = comparison.passages.length;
        if (passage >= count) set({ notice: passageMissing(passage + 1, count) });
        else set({ focus: { kind: 'passage', index: passage, side: 0 } });
      } else if (caseRank !== null) {
        const order = casesByLength(comparison);
        const index = order[caseRank];
        if (index === undefined) set({ notice: caseMissing(caseRank + 1, order.length) });
        else set({ focus: { kind: 'case', index, side: 0 } });
      }
    };

    /**
     * Labels the pair's blocks among the library (a failure is said while `current()` holds),
     * and describes the library's sources for the pickers.
     */
    const label = (pair: Pair<string>, current: () => boolean) => {
      const { sources } = library.getState();
      comparisons
        .getState()
        .label(sources, pair)
        .catch((error: unknown) => {
          if (current()) set({ problem: labelsFailed(String(error)) });
        });
      // The pickers' line about each source; until it comes (or if it cannot be worked out)
      // they show titles alone.
      comparisons
        .getState()
        .describe(sources)
        .catch(() => {});
    };
    // A change to the library (a source added, renamed, removed, kept) can change what reads as
    // template: the pair in view is labelled again among the new library.
    // After the change's own actions (adding a source shows it): a job for the pair they
    // asked for is then under way, and this request joins it.
    library.subscribe((state, before) => {
      if (state.sources === before.sources) return;
      queueMicrotask(() => {
        const { view, pair } = get();
        if (view !== 'reader') return;
        const ticket = latest;
        label(pair, () => ticket === latest);
      });
    });

    // Once the comparison in view and its sources' labels are both known (in either order, and
    // again when the labels change), it is read: its verdict and figures, in the worker.
    comparisons.subscribe((state, before) => {
      if (state.comparison === before.comparison && state.labels === before.labels) return;
      const shown = state.comparison;
      const { pair } = get();
      if (!shown || shown.ids[0] !== pair[0] || shown.ids[1] !== pair[1]) return;
      const ticket = latest;
      comparisons
        .getState()
        .read(shown)
        .catch((error: unknown) => {
          if (ticket === latest) set({ problem: comparisonFailed(String(error)) });
        });
    });

    const compare = (pair: Pair<string>, chosen: Chosen) => {
      const { sources } = library.getState();
      const a = sources.find((s) => s.id === pair[0]);
      const b = sources.find((s) => s.id === pair[1]);
      if (!a || !b) {
        latest++;
        comparisons.getState().cancel();
        set({ problem: SOURCE_UNAVAILABLE });
        return;
      }
      const ticket = ++latest;
      // Labels (in a worker of their own) are worked out while the pair is compared.
      label(pair, () => ticket === latest);
      comparisons
        .getState()
        .request([a, b])
        .then(
          (comparison) => {
            if (comparison && ticket === latest) arrive(comparison, chosen);
          },
          (error: unknown) => {
            if (ticket === latest) set({ problem: comparisonFailed(String(error)) });
          },
        );
    };

    const show = (
      pair: Pair<string>,
      {
        problem = null,
        suggestion = null,
        notice = null,
        passage = null,
        caseRank = null,
        start = false,
        hideBoilerplate,
      }: OpenOptions,
      keepRemoval = false,
    ) => {
      if (hideBoilerplate !== undefined) set({ hideBoilerplate });
      if (!keepRemoval) library.getState().forgetRemoval();
      set({ view: 'reader', start, pair, problem, suggestion, notice, focus: null });
      compare(pair, { passage, caseRank });
    };

    return {
      view: 'reader',
      start: false,
      pair: initialPair,
      problem: null,
      suggestion: null,
      notice: null,
      focus: null,
      linkedScroll,
      hideBoilerplate,

      open: (pair, options = {}) => show(pair, options),
      showMatrix: (problem = null) =>
        set({
          view: 'matrix',
          start: false,
          problem,
          suggestion: null,
          notice: null,
          focus: null,
        }),
      showFamilies: (problem = null) =>
        set({
          view: 'families',
          start: false,
          problem,
          suggestion: null,
          notice: null,
          focus: null,
        }),
      choose: (side, id) => {
        const { pair, view } = get();
        if (pair[side] === id && view === 'reader') return;
        // Choosing the other side's source swaps them rather than comparing a text with itself.
        const other = pair[side === 0 ? 1 : 0] === id ? pair[side] : pair[side === 0 ? 1 : 0];
        show(side === 0 ? [id, other] : [other, id], {});
      },
      swap: () => {
        const { pair } = get();
        show([pair[1], pair[0]], {});
      },
      dismissProblem: () => set({ problem: null, suggestion: null }),
      report: (problem) => set({ problem, suggestion: null }),
      addSource: (source) => get().addSources([source]),
      addSources: (sources) => {
        // Two files of the same text are one source (its id is its content's).
        const distinct = sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) === i);
        const [first, second] = distinct;
        if (!first) return;
        library.getState().add(distinct);
        const { pair } = get();
        if (second) show([first.id, second.id], {});
        else show([pair[0] === first.id ? pair[1] : pair[0], first.id], {});
      },
      removeSource: (id) => {
        const { pair, view } = get();
        const before = library.getState().sources;
        if (!library.getState().remove(id, pair)) return;
        if (view === 'reader' && pair.includes(id)) {
          const candidates = [...initialPair, ...before.map((s) => s.id)];
          show(replaceIn(pair, id, candidates), {}, true);
        }
      },
      undoRemove: () => {
        const removed = library.getState().undo();
        if (removed && get().view === 'reader' && removed.pair.includes(removed.source.id))
          show(removed.pair, {});
      },
      renameSource: (id, title) => {
        // The comparison names its sources by id, so it stands as it is.
        library.getState().rename(id, title);
      },
      select: (focus) => set({ focus, notice: null }),
      setLinkedScroll: (on) => set({ linkedScroll: on }),
      setHideBoilerplate: (on) => set({ hideBoilerplate: on }),
      reset: () => show(initialPair, {}),
      measureMatrix: () => {
        comparisons
          .getState()
          .measureMatrix(library.getState().sources)
          .catch((error: unknown) => set({ problem: matrixFailed(String(error)) }));
      },
    };
  });
}

/** Starts the first comparison; separate from creation so tests and the URL sync choose when. */
export function startReader(store: ReaderStore): void {
  const { pair, problem } = store.getState();
  store.getState().open(pair, { problem });
}
