import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  cleanTitle,
  notRemoved,
  notSaved,
  removedElsewhere,
  type Pair,
  type SetAside,
  type Source,
} from '@/core';

/** A change another tab of the page made to the vault. */
export type VaultChange = { kind: 'saved'; source: Source } | { kind: 'removed'; id: string };

/** Where the reader's own sources are kept between visits (IndexedDB in the page). */
export interface SourceVault {
  save(source: Source): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Writes a renamed source only if it is still kept (checked and written in one transaction):
   * resolves false, writing nothing, when another tab removed it meanwhile.
   */
  update?(source: Source): Promise<boolean>;
  /** Tells of changes other tabs make (a BroadcastChannel in the page); returns a stop. */
  watch?(listener: (change: VaultChange) => void): () => void;
}

/** A stored record that failed the schema: kept out of the page until the reader removes it. */
export type { SetAside };

/** A source of the reader's own just removed, which the page offers to bring back. */
export interface Removal {
  readonly source: Source;
  /** The pair shown when it was removed, restored by undoing. */
  readonly pair: Pair<string>;
  /** The browser has committed the removal to its storage (a reload keeps it). */
  readonly committed: boolean;
}

export interface LibraryState {
  /** The bundled sources, then the reader's own. */
  readonly sources: readonly Source[];
  /** Ids of the sources the reader added (as opposed to bundled ones). */
  readonly ownIds: readonly string[];
  /**
   * Those of `ownIds` that came in a shared link and are not kept yet: they live in this page's
   * memory only, until the reader keeps them (`keepShared`).
   */
  readonly sharedIds: readonly string[];
  /** Writes to the vault not yet committed; a reload before they finish could lose them. */
  readonly saving: number;
  /** The last removal, until the reader moves on; it can be undone. */
  readonly removed: Removal | null;
  /** A vault write failed: the reader's own sources may not outlive this page. */
  readonly storageFailed: boolean;
  /** Ids of before (links made then name them) and the content ids that replaced them. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Stored records that could not be read, each offered for removal. */
  readonly setAside: readonly SetAside[];

  /** Adds sources of the reader's own (those not already here) and keeps them in the vault. */
  add(sources: readonly Source[]): void;
  /**
   * Shows sources a shared link carries (those not already here) without keeping them: they
   * join `ownIds` and `sharedIds`, and reach the vault only through `keepShared`.
   */
  addShared(sources: readonly Source[]): void;
  /** Keeps the shared sources shown so far among the reader's own (in the vault). */
  keepShared(): void;
  /**
   * Removes a source of the reader's own, here and from the vault, remembering `pair` (what
   * was shown) for an undo. Returns the removed source, or null when it is not one of the
   * reader's own.
   */
  remove(id: string, pair: Pair<string>): Source | null;
  /** Brings back the source last removed; returns what was removed, or null. */
  undo(): Removal | null;
  /** The removal can no longer be undone (the reader chose another pair). */
  forgetRemoval(): void;
  /** Gives a source of the reader's own another title; returns it renamed, or null. */
  rename(id: string, title: string): Source | null;
  /** Removes a set-aside record from the vault. */
  discardSetAside(id: string): void;
}

export type LibraryStore = StoreApi<LibraryState>;

export interface LibraryOptions {
  /** The bundled sources. */
  sources: readonly Source[];
  /** Sources of the reader's own, loaded from the vault before the page starts. */
  ownSources?: readonly Source[];
  vault?: SourceVault;
  /** Says what went wrong with the vault (the page shows it as an alert). */
  onProblem?: (problem: string) => void;
  /** Ids of before and their content ids, from the vault's migration at start. */
  aliases?: ReadonlyMap<string, string>;
  /** Stored records that failed the schema at start. */
  setAside?: readonly SetAside[];
}

export function createLibraryStore({
  sources: bundled,
  ownSources = [],
  vault,
  onProblem = () => {},
  aliases = new Map(),
  setAside = [],
}: LibraryOptions): LibraryStore {
  /** Own sources another tab removed while this one shows them: never written back. */
  const goneElsewhere = new Set<string>();
  const store = createStore<LibraryState>()((set, get) => {
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
          set({ saving: get().saving - 1, storageFailed: true });
          onProblem(failure(String(error)));
          failed?.();
        },
      );
    };

    const keep = (source: Source) =>
      persist(vault?.save(source), (error) => notSaved(source.title, error));

    const keepShared = () => {
      const { sources, sharedIds } = get();
      if (sharedIds.length === 0) return;
      set({ sharedIds: [] });
      sources.filter((s) => sharedIds.includes(s.id)).forEach(keep);
    };

    const add = (added: readonly Source[]) => {
      // Added again here after another tab removed it: stored again, as the reader asks.
      for (const source of added)
        if (goneElsewhere.delete(source.id) && get().ownIds.includes(source.id)) keep(source);
      const { sources, ownIds, sharedIds } = get();
      // Adding a text shown from a link (the same text, so the same id) is saying "keep it".
      const again = added.filter((a) => sharedIds.includes(a.id));
      if (again.length > 0) {
        set({ sharedIds: sharedIds.filter((id) => !again.some((a) => a.id === id)) });
        sources.filter((s) => again.some((a) => a.id === s.id)).forEach(keep);
      }
      const fresh = added.filter((a) => !sources.some((s) => s.id === a.id));
      if (fresh.length === 0) return;
      set({ sources: [...sources, ...fresh], ownIds: [...ownIds, ...fresh.map((s) => s.id)] });
      fresh.forEach(keep);
    };

    const addShared = (shared: readonly Source[]) => {
      const { sources, ownIds, sharedIds } = get();
      const fresh = shared.filter((a) => !sources.some((s) => s.id === a.id));
      if (fresh.length === 0) return;
      const ids = fresh.map((s) => s.id);
      set({
        sources: [...sources, ...fresh],
        ownIds: [...ownIds, ...ids],
        sharedIds: [...sharedIds, ...ids],
      });
    };

    const known = ownSources.filter((o) => !bundled.some((s) => s.id === o.id));
    return {
      sources: [...bundled, ...known],
      ownIds: known.map((s) => s.id),
      sharedIds: [],
      saving: 0,
      removed: null,
      storageFailed: false,
      aliases,
      setAside,

      add,
      addShared,
      keepShared,

      remove: (id, pair) => {
        const { sources, ownIds } = get();
        const source = sources.find((s) => s.id === id);
        if (!source || !ownIds.includes(id)) return null;
        const removal: Removal = { source, pair, committed: false };
        set({
          sources: sources.filter((s) => s.id !== id),
          ownIds: ownIds.filter((o) => o !== id),
          sharedIds: get().sharedIds.filter((o) => o !== id),
          removed: removal,
        });
        persist(
          vault?.remove(id),
          (error) => notRemoved(source.title, error),
          () => {
            if (get().removed === removal) set({ removed: { ...removal, committed: true } });
          },
          // The alert says what happened; a "Removing…" note that never ends would not.
          () => {
            if (get().removed === removal) set({ removed: null });
          },
        );
        return source;
      },

      undo: () => {
        const { removed } = get();
        if (!removed) return null;
        set({ removed: null });
        add([removed.source]);
        return removed;
      },

      forgetRemoval: () => {
        if (get().removed) set({ removed: null });
      },

      rename: (id, title) => {
        const clean = cleanTitle(title);
        const { sources, ownIds } = get();
        const old = sources.find((s) => s.id === id);
        if (!old || !ownIds.includes(id) || !clean || clean === old.title) return null;
        // Another tab removed it: renaming here must not bring it back into storage.
        if (goneElsewhere.has(id)) {
          onProblem(removedElsewhere(old.title));
          return null;
        }
        const renamed = { ...old, title: clean };
        set({ sources: sources.map((s) => (s.id === id ? renamed : s)) });
        // A text shown from a link stays out of the vault until the reader keeps it.
        if (get().sharedIds.includes(id)) return renamed;
        if (!vault?.update) keep(renamed);
        else
          persist(
            vault.update(renamed).then((kept) => {
              if (kept) return;
              goneElsewhere.add(id);
              onProblem(removedElsewhere(renamed.title));
            }),
            (error) => notSaved(renamed.title, error),
          );
        return renamed;
      },

      discardSetAside: (id) => {
        set({ setAside: get().setAside.filter((r) => r.id !== id) });
        persist(vault?.remove(id), (error) => notRemoved(id, error));
      },
    };
  });

  // What other tabs do: a source they add or rename shows here too; one they remove is
  // remembered, so this tab (which may be showing it) never writes it back.
  vault?.watch?.((change) => {
    const { sources, ownIds } = store.getState();
    if (change.kind === 'removed') {
      if (ownIds.includes(change.id)) goneElsewhere.add(change.id);
      return;
    }
    const { source } = change;
    goneElsewhere.delete(source.id);
    if (ownIds.includes(source.id))
      store.setState({ sources: sources.map((s) => (s.id === source.id ? source : s)) });
    else if (!sources.some((s) => s.id === source.id))
      store.setState({ sources: [...sources, source], ownIds: [...ownIds, source.id] });
  });
  return store;
}
