import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BlockLabels, Comparison, Pair, Readings, Source } from '@/core';

/**
 * Runs a comparison (which names its sources by id: a renamed source needs no new one); the page passes one backed by a Web Worker, tests a synchronous one. When
 * `signal` aborts, the work should stop (the worker drops the job or is restarted) and the
 * promise may reject: its result is never used.
 */
export type CompareFn = (pair: Pair<Source>, signal: AbortSignal) => Promise<Comparison>;

/** Measures how much of each source stands in each other (`values[i][j]`, 0 to 1). */
export type MeasureFn = (sources: readonly Source[], signal: AbortSignal) => Promise<number[][]>;

/**
 * Labels the blocks of the sources named by `ids` as boilerplate or story, among `library` (text
 * standing in many of the reader's sources is template); the page passes one backed by a Web
 * Worker, tests a synchronous one.
 */
export type LabelFn = (
  library: readonly Source[],
  ids: readonly string[],
  signal: AbortSignal,
) => Promise<Record<string, BlockLabels>>;

/** A source's block labels, and the library they were worked out among. */
export interface LabelsEntry {
  readonly among: readonly Source[];
  /** Per block; empty when labelling failed (then every block is shown as story). */
  readonly labels: BlockLabels;
}

/** Reads a comparison (its verdict and figures, boilerplate shown and hidden) with its labels. */
export type ReadFn = (
  comparison: Comparison,
  labels: Pair<BlockLabels>,
  signal: AbortSignal,
) => Promise<Readings>;

/** One line about each source for the pickers (its words, byline, outlet, date), by id. */
export type DescribeFn = (
  sources: readonly Source[],
  signal: AbortSignal,
) => Promise<Record<string, string>>;

/** A comparison's readings, and the labels they were made with. */
export interface ReadingEntry {
  readonly comparison: Comparison;
  readonly labels: Pair<BlockLabels>;
  /** Null when reading failed: the texts are then shown without the verdict and figures. */
  readonly readings: Readings | null;
}

/** How much of each source's words stand in each other source, for the sources it was made for. */
export interface ContainmentMatrix {
  readonly sources: readonly Source[];
  /** `values[i][j]`: the share (0 to 1) of source i's words that stand in source j. */
  readonly values: readonly (readonly number[])[];
}

export interface ComparisonsState {
  /** The last comparison delivered; it may be for a pair the reader has since left. */
  readonly comparison: Comparison | null;
  /** The ids of the pair being compared now, or null when nothing is. */
  readonly pending: Pair<string> | null;
  /** The corpus matrix, once measured. */
  readonly matrix: ContainmentMatrix | null;
  /**
   * Each source's block labels by id, as last worked out: among the current library, or for a
   * moment among the one before it (they are replaced when the new ones arrive, so a change to
   * the library never leaves a text unlabelled in between).
   */
  readonly labels: ReadonlyMap<string, LabelsEntry>;
  /**
   * The readings of the last few comparisons, one entry each, with the labels they were made
   * with (those of a comparison's sources now, or for a moment the ones before).
   */
  readonly readings: readonly ReadingEntry[];
  /**
   * A line about each source for the pickers, by id, once worked out (a source's text never
   * changes under its id, so it is worked out once).
   */
  readonly descriptions: ReadonlyMap<string, string>;

  /**
   * Compares a pair, from the cache when it was compared lately. A newer request cancels this
   * one: its work is stopped, its promise resolves to null, and it never delivers.
   */
  request(pair: Pair<Source>): Promise<Comparison | null>;
  /** Stops the comparison under way, if any; it never delivers. */
  cancel(): void;
  /**
   * Measures the matrix for `sources` (once: a second call for the same list waits for the
   * first). Measuring for another list cancels the one under way, which then resolves to null.
   */
  measureMatrix(sources: readonly Source[]): Promise<ContainmentMatrix | null>;
  /**
   * Labels the sources named by `ids` among `library`, unless they already are. A newer request
   * cancels one under way. Rejects when labelling failed: those sources are then shown unlabelled.
   */
  label(library: readonly Source[], ids: readonly string[]): Promise<void>;
  /**
   * Reads a comparison with its sources' labels as they are now, unless it was read with them
   * already (or they are not known yet). Rejects when reading failed.
   */
  read(comparison: Comparison): Promise<void>;
  /** Describes the sources not described yet (or being described). Rejects when that failed. */
  describe(sources: readonly Source[]): Promise<void>;
}

export type ComparisonsStore = StoreApi<ComparisonsState>;

export interface ComparisonsOptions {
  compare: CompareFn;
  measure: MeasureFn;
  label: LabelFn;
  read: ReadFn;
  describe: DescribeFn;
  /** How many comparisons to keep; the least recently used goes first. */
  cacheSize?: number;
}

/** Readings kept: the comparison in view, the one before it (shown while the next is drawn), a few more. */
const READINGS_KEPT = 4;

const keyOf = (a: string, b: string) => `${a}\u0000${b}`;

export function createComparisonsStore({
  compare,
  measure,
  label,
  read,
  describe,
  cacheSize = 12,
}: ComparisonsOptions): ComparisonsStore {
  // Least recently used first: a Map iterates in insertion order, and a hit is re-inserted.
  const cache = new Map<string, Comparison>();
  let running: AbortController | null = null;
  let measuring: { sources: readonly Source[]; done: Promise<ContainmentMatrix | null> } | null =
    null;
  let measuringController: AbortController | null = null;
  /** Ids being described now, so a source is sent to the worker once. */
  const describing = new Set<string>();
  let reading: { comparison: Comparison; labels: Pair<BlockLabels>; done: Promise<void> } | null =
    null;
  let labelling: {
    library: readonly Source[];
    ids: readonly string[];
    controller: AbortController;
    done: Promise<void>;
  } | null = null;

  const recall = (key: string) => {
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
    }
    return hit;
  };
  const remember = (key: string, comparison: Comparison) => {
    cache.delete(key);
    cache.set(key, comparison);
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
  };

  return createStore<ComparisonsState>()((set, get) => ({
    comparison: null,
    pending: null,
    matrix: null,
    labels: new Map(),
    readings: [],
    descriptions: new Map(),

    request: (pair) => {
      running?.abort();
      running = null;
      const ids: Pair<string> = [pair[0].id, pair[1].id];
      const key = keyOf(...ids);
      const cached = recall(key);
      if (cached) {
        set({ comparison: cached, pending: null });
        return Promise.resolve(cached);
      }
      const controller = new AbortController();
      running = controller;
      set({ pending: ids });
      const settle = () => {
        if (running === controller) running = null;
      };
      return compare(pair, controller.signal).then(
        (comparison) => {
          if (controller.signal.aborted) return null;
          settle();
          remember(key, comparison);
          set({ comparison, pending: null });
          return comparison;
        },
        (error: unknown) => {
          if (controller.signal.aborted) return null;
          settle();
          set({ pending: null });
          throw error;
        },
      );
    },

    cancel: () => {
      running?.abort();
      running = null;
      if (get().pending) set({ pending: null });
    },

    measureMatrix: (sources) => {
      const { matrix } = get();
      if (matrix?.sources === sources) return Promise.resolve(matrix);
      if (measuring?.sources === sources) return measuring.done;
      measuringController?.abort();
      const controller = new AbortController();
      measuringController = controller;
      const done = measure(sources, controller.signal).then(
        (values) => {
          if (controller.signal.aborted) return null;
          const measured: ContainmentMatrix = { sources, values };
          set({ matrix: measured });
          return measured;
        },
        (error: unknown) => {
          if (controller.signal.aborted) return null;
          throw error;
        },
      );
      const current = { sources, done };
      measuring = current;
      const forget = () => {
        if (measuring === current) measuring = null;
      };
      done.then(forget, forget);
      return done;
    },

    label: (library, ids) => {
      const missing = ids.filter((id) => get().labels.get(id)?.among !== library);
      if (missing.length === 0) return Promise.resolve();
      if (labelling?.library === library && missing.every((id) => labelling!.ids.includes(id)))
        return labelling.done;
      labelling?.controller.abort();
      const controller = new AbortController();
      const keep = (labelsOf: (id: string) => BlockLabels) => {
        const labels = new Map(get().labels);
        for (const id of missing) labels.set(id, { among: library, labels: labelsOf(id) });
        set({ labels });
      };
      const done = label(library, missing, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) keep((id) => result[id] ?? []);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          // Unlabelled, every block is shown as story: the texts stay readable.
          keep(() => []);
          throw error;
        },
      );
      const current = { library, ids: missing, controller, done };
      labelling = current;
      const forget = () => {
        if (labelling === current) labelling = null;
      };
      done.then(forget, forget);
      return done;
    },

    read: (comparison) => {
      const a = get().labels.get(comparison.ids[0])?.labels;
      const b = get().labels.get(comparison.ids[1])?.labels;
      if (!a || !b) return Promise.resolve();
      const known = get().readings.find((e) => e.comparison === comparison);
      if (known && known.labels[0] === a && known.labels[1] === b) return Promise.resolve();
      if (reading?.comparison === comparison && reading.labels[0] === a && reading.labels[1] === b)
        return reading.done;
      const labels: Pair<BlockLabels> = [a, b];
      // Quick, so never cancelled: a reading no longer wanted is kept for a while, like a comparison.
      const keep = (readings: Readings | null) => {
        const others = get().readings.filter((e) => e.comparison !== comparison);
        set({
          readings: [...others.slice(-(READINGS_KEPT - 1)), { comparison, labels, readings }],
        });
      };
      const done = read(comparison, labels, new AbortController().signal).then(
        keep,
        (error: unknown) => {
          keep(null);
          throw error;
        },
      );
      const current = { comparison, labels, done };
      reading = current;
      const forget = () => {
        if (reading === current) reading = null;
      };
      done.then(forget, forget);
      return done;
    },

    describe: (sources) => {
      const missing = sources.filter((s) => !get().descriptions.has(s.id) && !describing.has(s.id));
      if (missing.length === 0) return Promise.resolve();
      missing.forEach((s) => describing.add(s.id));
      const settle = () => missing.forEach((s) => describing.delete(s.id));
      return describe(missing, new AbortController().signal).then(
        (lines) => {
          settle();
          set({ descriptions: new Map([...get().descriptions, ...Object.entries(lines)]) });
        },
        (error: unknown) => {
          settle();
          throw error;
        },
      );
    },
  }));
}
