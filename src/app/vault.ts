import type { Source } from '@/core';
import type { SourceVault } from '@/store/library';

const DB = 'verbatim';
const STORE = 'own-sources';

/**
 * The reader's own sources, kept in IndexedDB so they survive a reload. Every failure is
 * reported to the caller (the store says so in the page); the sources still work for the session.
 */
export function openVault(): SourceVault & { loadAll(): Promise<Source[]> } {
  let db: Promise<IDBDatabase> | null = null;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is unavailable'));
    }));
  const run = async <T>(
    mode: IDBTransactionMode,
    act: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const database = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      // A request succeeds before its transaction commits; only `complete` means a reload keeps it.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () =>
        reject(transaction.error ?? request.error ?? new Error('IndexedDB transaction aborted'));
    });
  };
  return {
    loadAll: async () => {
      const all = await run<unknown[]>('readonly', (s) => s.getAll());
      return all.filter(isSource);
    },
    save: async (source) => {
      await run('readwrite', (s) => s.put(source));
    },
    remove: async (id) => {
      await run('readwrite', (s) => s.delete(id));
    },
  };
}

function isSource(value: unknown): value is Source {
  const v = value as Partial<Source> | null;
  return (
    typeof v?.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.text === 'string' &&
    Array.isArray(v.blocks)
  );
}
