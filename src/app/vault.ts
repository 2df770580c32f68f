import type { StoredRecord, StoredSources } from '@/core';
import type { SourceVault, VaultChange } from '@/store/library';

/** Reads stored records through the schema (`readStoredSources`; in the page, in a worker). */
export type ReadStored = (records: readonly unknown[]) => Promise<StoredSources>;

/** What an empty vault holds: nothing to check, so nothing is sent to the worker. */
const empty = (): StoredSources => ({
  sources: [],
  aliases: new Map(),
  setAside: [],
  rewrite: [],
  obsolete: [],
});

const DB = 'verbatim';
const STORE = 'own-sources';
/** Every tab of the page hears the others' changes here. */
const CHANNEL = 'verbatim-own-sources';

/**
 * The reader's own sources, kept in IndexedDB so they survive a reload. Every failure is
 * reported to the caller (the store says so in the page); the sources still work for the session.
 * Loading reads every record through the schema (`readStoredSources`) and migrates records kept
 * under ids of before; writes are told to the page's other tabs.
 */
export function openVault(readStored: ReadStored): SourceVault & {
  loadAll(): Promise<Pick<StoredSources, 'sources' | 'aliases' | 'setAside'>>;
} {
  let db: Promise<IDBDatabase> | null = null;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is unavailable'));
    }));
  /** Runs `act` in one transaction; resolves with what `act` returns once it has committed. */
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => () => T) => {
    const database = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const result = act(transaction.objectStore(STORE));
      // A request succeeds before its transaction commits; only `complete` means a reload keeps it.
      transaction.oncomplete = () => resolve(result());
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const tell = (change: VaultChange) => channel?.postMessage(change);
  return {
    loadAll: async () => {
      const all = await run('readonly', (s) => {
        const request = s.getAll();
        return () => request.result as unknown[];
      });
      const read = all.length === 0 ? empty() : await readStored(all);
      if (read.rewrite.length > 0 || read.obsolete.length > 0) {
        // Stored again under content ids, in one transaction with the old keys' removal. A
        // failure leaves the old records, read and migrated again next time.
        await run('readwrite', (s) => {
          read.obsolete.forEach((key) => s.delete(key));
          read.rewrite.forEach((record) => s.put(record));
          return () => undefined;
        }).catch(() => undefined);
      }
      return read;
    },
    save: async (source) => {
      await run('readwrite', (s) => {
        s.put(source);
        return () => undefined;
      });
      tell({ kind: 'saved', source });
    },
    remove: async (id) => {
      await run('readwrite', (s) => {
        s.delete(id);
        return () => undefined;
      });
      tell({ kind: 'removed', id });
    },
    // Read and written in one transaction: no other tab's removal can fall between the check
    // and the write, so a stale tab never writes back a source removed elsewhere.
    update: async (source) => {
      const kept = await run('readwrite', (s) => {
        let found = false;
        const request = s.get(source.id);
        request.onsuccess = () => {
          const old = request.result as StoredRecord | undefined;
          if (old === undefined) return;
          found = true;
          s.put({ ...old, ...source });
        };
        return () => found;
      });
      if (kept) tell({ kind: 'saved', source });
      return kept;
    },
    watch: (listener) => {
      if (!channel) return () => {};
      const hear = (event: MessageEvent<VaultChange>) => listener(event.data);
      channel.addEventListener('message', hear);
      return () => channel.removeEventListener('message', hear);
    },
  };
}
