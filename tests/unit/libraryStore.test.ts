import type { Source } from '@/core';
import { createLibraryStore, type SourceVault } from '@/store/library';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';
import { deferred, until } from '../support/until';

const bundled = [plain('one', 'One two three four five.'), plain('two', 'Six seven.')];
const PAIR = ['one', 'two'] as const;

/** A vault whose writes finish when the test says so. */
function heldVault() {
  const writes: { op: string; done: ReturnType<typeof deferred<void>> }[] = [];
  const vault: SourceVault = {
    save: (s: Source) => {
      const done = deferred<void>();
      writes.push({ op: `save ${s.id}`, done });
      return done.promise;
    },
    remove: (id: string) => {
      const done = deferred<void>();
      writes.push({ op: `remove ${id}`, done });
      return done.promise;
    },
  };
  return { vault, writes };
}

describe('the library store', () => {
  it('adds the reader’s own sources once each, after the bundled ones', () => {
    const store = createLibraryStore({ sources: bundled });
    store.getState().add([plain('own-1', 'Mine.')]);
    store.getState().add([plain('own-1', 'Mine.'), plain('one', 'Not a new one.')]);
    expect(store.getState().sources.map((s) => s.id)).toEqual(['one', 'two', 'own-1']);
    expect(store.getState().ownIds).toEqual(['own-1']);
  });

  it('starts with the sources loaded from the vault, leaving out any that clash with bundled ids', () => {
    const store = createLibraryStore({
      sources: bundled,
      ownSources: [plain('own-1', 'Mine.'), plain('two', 'A clash.')],
    });
    expect(store.getState().ownIds).toEqual(['own-1']);
    expect(store.getState().sources).toHaveLength(3);
  });

  it('counts a write as saving until the browser commits it', async () => {
    const { vault, writes } = heldVault();
    const store = createLibraryStore({ sources: bundled, vault });
    store.getState().add([plain('own-1', 'Mine.'), plain('own-2', 'Also mine.')]);
    expect(store.getState().saving).toBe(2);
    expect(writes.map((w) => w.op)).toEqual(['save own-1', 'save own-2']);
    writes[0]!.done.resolve();
    writes[1]!.done.resolve();
    await until(store, (s) => s.saving === 0);
    expect(store.getState().storageFailed).toBe(false);
  });

  it('reports a write that fails, and keeps the source for this visit', async () => {
    const problems: string[] = [];
    const { vault, writes } = heldVault();
    const store = createLibraryStore({
      sources: bundled,
      vault,
      onProblem: (p) => problems.push(p),
    });
    store.getState().add([plain('own-1', 'Mine.')]);
    writes[0]!.done.reject(new Error('quota exceeded'));
    await until(store, (s) => s.storageFailed);
    expect(store.getState().saving).toBe(0);
    expect(problems).toEqual([
      '“Mine.” could not be saved in this browser (Error: quota exceeded); it works until you close the page.',
    ]);
    expect(store.getState().ownIds).toEqual(['own-1']);
  });

  it('removes a source of the reader’s own, confirms it once committed, and undoes it', async () => {
    const { vault, writes } = heldVault();
    const store = createLibraryStore({
      sources: bundled,
      ownSources: [plain('own-1', 'Mine.')],
      vault,
    });
    expect(store.getState().remove('one', PAIR)).toBeNull(); // bundled: not the reader's to remove
    expect(store.getState().remove('own-1', PAIR)?.id).toBe('own-1');
    expect(store.getState().ownIds).toEqual([]);
    expect(store.getState().removed).toMatchObject({ pair: PAIR, committed: false });
    writes[0]!.done.resolve();
    await until(store, (s) => s.removed?.committed === true);
    const undone = store.getState().undo();
    expect(undone?.source.id).toBe('own-1');
    expect(store.getState().removed).toBeNull();
    expect(store.getState().ownIds).toEqual(['own-1']);
    expect(writes.map((w) => w.op)).toEqual(['remove own-1', 'save own-1']);
  });

  it('drops the "removing" note when the removal fails, and says so', async () => {
    const problems: string[] = [];
    const { vault, writes } = heldVault();
    const store = createLibraryStore({
      sources: bundled,
      ownSources: [plain('own-1', 'Mine.')],
      vault,
      onProblem: (p) => problems.push(p),
    });
    store.getState().remove('own-1', PAIR);
    writes[0]!.done.reject(new Error('storage is read-only'));
    await until(store, (s) => s.removed === null);
    expect(problems[0]).toMatch(
      /could not be removed from this browser’s storage \(Error: storage is read-only\)/,
    );
  });

  it('can no longer undo once the removal is forgotten', () => {
    const store = createLibraryStore({ sources: bundled, ownSources: [plain('own-1', 'Mine.')] });
    store.getState().remove('own-1', PAIR);
    expect(store.getState().removed?.committed).toBe(true); // no vault: nothing to wait for
    store.getState().forgetRemoval();
    expect(store.getState().undo()).toBeNull();
    expect(store.getState().ownIds).toEqual([]);
  });

  it('renames only the reader’s own sources, to a clean title', () => {
    const store = createLibraryStore({ sources: bundled, ownSources: [plain('own-1', 'Mine.')] });
    expect(store.getState().rename('one', 'New')).toBeNull();
    expect(store.getState().rename('own-1', '   ')).toBeNull();
    expect(store.getState().rename('own-1', '  My\n  note ')?.title).toBe('My note');
    expect(store.getState().sources.find((s) => s.id === 'own-1')?.title).toBe('My note');
  });

  it('shows a shared link’s texts without keeping them, until the reader keeps them', () => {
    const { vault, writes } = heldVault();
    const store = createLibraryStore({ sources: bundled, vault });
    store.getState().addShared([plain('own-1', 'From a link.'), plain('one', 'A clash.')]);
    expect(store.getState().sources.map((s) => s.id)).toEqual(['one', 'two', 'own-1']);
    expect(store.getState().ownIds).toEqual(['own-1']);
    expect(store.getState().sharedIds).toEqual(['own-1']);
    // Renaming it does not store it either.
    store.getState().rename('own-1', 'Renamed');
    expect(writes).toEqual([]);
    store.getState().keepShared();
    expect(writes.map((w) => w.op)).toEqual(['save own-1']);
    expect(store.getState().sharedIds).toEqual([]);
    store.getState().keepShared();
    expect(writes).toHaveLength(1);
  });

  it('keeps a shared text the reader adds again themselves', () => {
    const { vault, writes } = heldVault();
    const store = createLibraryStore({ sources: bundled, vault });
    store.getState().addShared([plain('own-1', 'From a link.'), plain('own-2', 'Another.')]);
    store.getState().add([plain('own-1', 'From a link.')]);
    expect(writes.map((w) => w.op)).toEqual(['save own-1']);
    expect(store.getState().sharedIds).toEqual(['own-2']);
  });
});
