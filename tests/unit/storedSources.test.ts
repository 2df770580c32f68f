import { contentId } from '@/core/sources/contentId';
import { parsePlainText } from '@/core/sources/plain';
import type { Source } from '@/core/types';
import { nodeDigest } from '@/node/digest';
import { createLibraryStore, type SourceVault, type VaultChange } from '@/store/library';
import { readStoredSources, type StoredRecord } from '@/store/storedSources';
import { describe, expect, it } from 'vitest';

const own = async (text: string, title = 'Mine'): Promise<Source> => {
  const parsed = parsePlainText('own-pending', text);
  return { ...parsed, title, id: await contentId(parsed.text, parsed.blocks, nodeDigest) };
};
const bundled = [parsePlainText('bundled', 'A bundled article.')];

describe('reading the sources a browser kept', () => {
  it('sets a malformed record aside, naming it, and reads the rest', async () => {
    const good = await own('A good story.');
    const read = await readStoredSources(
      [{ ...good, id: 'own-0badf00d', title: 'Broken one', blocks: [null] }, good],
      nodeDigest,
    );
    expect(read.sources).toEqual([good]);
    expect(read.setAside).toEqual([
      { id: 'own-0badf00d', problem: expect.stringMatching(/“Broken one”.*set aside/) },
    ]);
  });

  it('moves a record kept under an id of before to its content id, keeping the old as an alias', async () => {
    const source = await own('Kept before ids were hashes.');
    const read = await readStoredSources([{ ...source, id: 'own-1234abcd' }], nodeDigest);
    expect(read.sources).toEqual([source]);
    expect(read.aliases).toEqual(new Map([['own-1234abcd', source.id]]));
    expect(read.rewrite).toEqual([{ ...source, formerIds: ['own-1234abcd'] }]);
    expect(read.obsolete).toEqual(['own-1234abcd']);
    // Read again once migrated: nothing to write, the alias still known.
    const again = await readStoredSources(read.rewrite, nodeDigest);
    expect(again).toMatchObject({ sources: [source], rewrite: [], obsolete: [] });
    expect(again.aliases.get('own-1234abcd')).toBe(source.id);
  });

  it('keeps one of two records of the same text, and refuses a record whose id was altered', async () => {
    const source = await own('The same text twice.');
    const other = await own('Another text.');
    const read = await readStoredSources(
      [
        { ...source, id: 'own-00000001' },
        { ...source, id: 'own-00000002' },
        { ...other, id: source.id },
      ],
      nodeDigest,
    );
    expect(read.sources).toEqual([source]);
    expect(read.obsolete).toEqual(['own-00000001', 'own-00000002']);
    expect(read.setAside).toMatchObject([{ id: source.id, problem: /id does not match/ }]);
  });
});

/**
 * One storage shared by two tabs, as IndexedDB is: each tab's vault writes to the same map,
 * and tells the other tab through a channel whose deliveries the test releases.
 */
function twoTabs() {
  const storage = new Map<string, StoredRecord>();
  const listeners: ((change: VaultChange) => void)[] = [];
  const undelivered: (() => void)[] = [];
  const vault = (me: number): SourceVault => ({
    save: async (source) => {
      storage.set(source.id, source);
      undelivered.push(() => listeners[1 - me]?.({ kind: 'saved', source }));
    },
    remove: async (id) => {
      storage.delete(id);
      undelivered.push(() => listeners[1 - me]?.({ kind: 'removed', id }));
    },
    update: async (source) => {
      if (!storage.has(source.id)) return false;
      storage.set(source.id, source);
      undelivered.push(() => listeners[1 - me]?.({ kind: 'saved', source }));
      return true;
    },
    watch: (listener) => {
      listeners[me] = listener;
      return () => {};
    },
  });
  const deliver = () => undelivered.splice(0).forEach((send) => send());
  return { storage, vault, deliver };
}

/**
 * Lets every promise the stores and the in-memory vault have queued run out. A macrotask runs
 * only once the microtask queue is empty, so this waits on no clock: no timing is involved and
 * a loaded machine changes nothing.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the library over storage shared by two tabs', () => {
  it('never writes back a source another tab removed, even before that tab’s word arrives', async () => {
    const source = await own('A source both tabs show.');
    const { storage, vault } = twoTabs();
    storage.set(source.id, source);
    const problems: string[] = [];
    const first = createLibraryStore({ sources: bundled, ownSources: [source], vault: vault(0) });
    const second = createLibraryStore({
      sources: bundled,
      ownSources: [source],
      vault: vault(1),
      onProblem: (p) => problems.push(p),
    });
    first.getState().remove(source.id, ['bundled', source.id]);
    await settle();
    expect(storage.has(source.id)).toBe(false);
    // The stale tab has not heard yet: its rename checks the storage before writing.
    expect(second.getState().rename(source.id, 'Renamed')).not.toBeNull();
    await settle();
    expect(storage.has(source.id)).toBe(false);
    expect(problems).toEqual([expect.stringMatching(/removed in another tab/)]);
    // And a second attempt does not even try.
    expect(second.getState().rename(source.id, 'Again')).toBeNull();
    await settle();
    expect(storage.has(source.id)).toBe(false);
  });

  it('hears the other tab: its removals are never written back, its additions and renames show', async () => {
    const source = await own('Shown in both tabs.');
    const added = await own('Added in the first tab.');
    const { storage, vault, deliver } = twoTabs();
    storage.set(source.id, source);
    const problems: string[] = [];
    const first = createLibraryStore({ sources: bundled, ownSources: [source], vault: vault(0) });
    const second = createLibraryStore({
      sources: bundled,
      ownSources: [source],
      vault: vault(1),
      onProblem: (p) => problems.push(p),
    });
    first.getState().add([added]);
    first.getState().rename(source.id, 'New title');
    await settle();
    deliver();
    expect(second.getState().sources.map((s) => s.title)).toEqual([
      'A bundled article.',
      'New title',
      'Mine',
    ]);
    first.getState().remove(added.id, ['bundled', source.id]);
    await settle();
    deliver();
    expect(second.getState().rename(added.id, 'Renamed')).toBeNull();
    expect(problems).toEqual([expect.stringMatching(/removed in another tab/)]);
    expect(storage.has(added.id)).toBe(false);
  });

  it('offers to remove a set-aside record, and removes it from the storage', async () => {
    const { storage, vault } = twoTabs();
    storage.set('own-0badf00d', { id: 'own-0badf00d' } as StoredRecord);
    const library = createLibraryStore({
      sources: bundled,
      vault: vault(0),
      setAside: [{ id: 'own-0badf00d', problem: 'bad' }],
    });
    library.getState().discardSetAside('own-0badf00d');
    await settle();
    expect(library.getState().setAside).toEqual([]);
    expect(storage.has('own-0badf00d')).toBe(false);
  });
});

describe('reading stored sources without a digest', () => {
  it('fails as a whole, setting nothing aside for removal', async () => {
    const source = await own('Kept safe.');
    await expect(
      readStoredSources([source], () => Promise.reject(new Error('no Web Crypto'))),
    ).rejects.toThrow('no Web Crypto');
  });
});
