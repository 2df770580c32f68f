import type { Pair, Source } from '@/core';
import {
  createComparisonsStore,
  type CompareFn,
  type LabelFn,
  type ReadFn,
  type DescribeFn,
  type MeasureFn,
} from './comparisons';
import { createLibraryStore, type SetAside, type SourceVault } from './library';
import { createReaderStore } from './reader';

/** The page's three stores: what is computed, what the reader owns, what they look at. */
export interface Stores {
  readonly reader: ReturnType<typeof createReaderStore>;
  readonly library: ReturnType<typeof createLibraryStore>;
  readonly comparisons: ReturnType<typeof createComparisonsStore>;
}

export interface StoresOptions {
  /** The bundled sources. */
  sources: readonly Source[];
  initialPair: Pair<string>;
  compare: CompareFn;
  measure: MeasureFn;
  label: LabelFn;
  read: ReadFn;
  describe: DescribeFn;
  linkedScroll?: boolean;
  hideBoilerplate?: boolean;
  /** Sources of the reader's own, loaded from the vault before the page starts. */
  ownSources?: readonly Source[];
  vault?: SourceVault;
  /** Ids of before and the content ids that replaced them (the vault's migration). */
  aliases?: ReadonlyMap<string, string>;
  /** Stored records that failed the schema. */
  setAside?: readonly SetAside[];
}

/** Creates the three stores and ties them together (a vault problem is the reader's alert). */
export function createStores(options: StoresOptions): Stores {
  let reader: Stores['reader'] | null = null;
  const library = createLibraryStore({
    sources: options.sources,
    ownSources: options.ownSources ?? [],
    ...(options.vault ? { vault: options.vault } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
    ...(options.setAside ? { setAside: options.setAside } : {}),
    onProblem: (problem) => reader?.getState().report(problem),
  });
  const comparisons = createComparisonsStore({
    compare: options.compare,
    measure: options.measure,
    label: options.label,
    read: options.read,
    describe: options.describe,
  });
  reader = createReaderStore({
    library,
    comparisons,
    initialPair: options.initialPair,
    linkedScroll: options.linkedScroll ?? false,
    // Collapsed unless asked otherwise: boilerplate is not the story.
    hideBoilerplate: options.hideBoilerplate ?? true,
  });
  return { reader, library, comparisons };
}
