import { compareSources } from '@/core/compare';
import { containmentMatrix } from '@/core/similarity';
import type { Comparison, Pair, Source } from '@/core/types';
import { createReaderStore, startReader } from '@/store/readerStore';
import { selectCurrentComparison } from '@/store/selectors';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';

const sources = [
  plain('one', 'One two three four five.'),
  plain('two', 'One two three four six.'),
  plain('three', 'Seven.'),
];
const sync = async (pair: Pair<Source>) => compareSources(pair);
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('reader store', () => {
  it('compares the initial pair once started', async () => {
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync });
    startReader(store);
    await settle();
    expect(selectCurrentComparison(store.getState())?.stats[0].shared).toBe(4);
  });

  it('swaps, and choosing the other side’s source swaps rather than pairing a source with itself', () => {
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync });
    store.getState().swap();
    expect(store.getState().pair).toEqual(['two', 'one']);
    store.getState().choose(0, 'one');
    expect(store.getState().pair).toEqual(['one', 'two']);
    store.getState().choose(1, 'three');
    expect(store.getState().pair).toEqual(['one', 'three']);
  });

  it('ignores a slow result that a newer choice has replaced', async () => {
    const resolvers: ((c: Comparison) => void)[] = [];
    const slow = (pair: Pair<Source>) =>
      new Promise<Comparison>((resolve) => resolvers.push(() => resolve(compareSources(pair))));
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: slow });
    startReader(store);
    store.getState().choose(1, 'three');
    resolvers[1]!(null as never);
    resolvers[0]!(null as never);
    await settle();
    expect(store.getState().comparison?.sources[1].id).toBe('three');
  });

  it('reports a failed comparison instead of losing the page', async () => {
    const store = createReaderStore({
      sources,
      initialPair: ['one', 'two'],
      compare: () => Promise.reject(new Error('boom')),
    });
    startReader(store);
    await settle();
    expect(store.getState().problem).toMatch(/failed: Error: boom/);
    expect(store.getState().computing).toBe(false);
  });

  it('keeps added sources in the vault, reports a vault that fails, and removes them again', async () => {
    const saved: string[] = [];
    const vault = {
      save: async (s: Source) => {
        if (s.id === 'own-broken') throw new Error('quota exceeded');
        saved.push(s.id);
      },
      remove: async (id: string) => {
        saved.splice(saved.indexOf(id), 1);
      },
    };
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync, vault });
    store.getState().addSource(plain('own-12345678', 'A text of my own.'));
    expect(store.getState().pair).toEqual(['one', 'own-12345678']);
    store.getState().addSources([plain('own-broken', 'Another text.')]);
    expect(store.getState().saving).toBe(2);
    await settle();
    expect(store.getState().saving).toBe(0);
    expect(saved).toEqual(['own-12345678']);
    expect(store.getState().problem).toMatch(
      /could not be saved in this browser \(Error: quota exceeded\)/,
    );
    expect(store.getState().sources.map((s) => s.id)).toContain('own-broken');
    expect(store.getState().storageFailed).toBe(true);
    store.getState().removeSource('own-12345678');
    expect(store.getState().saving).toBe(1);
    expect(store.getState().removed?.committed).toBe(false); // the browser has not committed it
    await settle();
    expect(saved).toEqual([]);
    expect(store.getState().saving).toBe(0);
    expect(store.getState().removed?.committed).toBe(true);
    expect(store.getState().removed?.source.id).toBe('own-12345678');
    expect(store.getState().pair).toEqual(['one', 'two']);

    store.getState().undoRemove();
    expect(store.getState().removed).toBeNull();
    expect(store.getState().ownIds).toContain('own-12345678');
    expect(store.getState().pair).toEqual(['one', 'own-12345678']);
    await settle();
    expect(saved).toEqual(['own-12345678']);
  });

  it('reports a removal the browser could not commit, without a note that it is under way', async () => {
    const vault = {
      save: async () => {},
      remove: async () => {
        throw new Error('storage is read-only');
      },
    };
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync, vault });
    store.getState().addSources([plain('own-1', 'My text.')]);
    store.getState().removeSource('own-1');
    expect(store.getState().removed?.committed).toBe(false);
    await settle();
    expect(store.getState().removed).toBeNull();
    expect(store.getState().problem).toMatch(
      /“My text\.” was removed here, but could not be removed from this browser’s storage \(Error: storage is read-only\)/,
    );
  });

  it('offers to undo a removal only until another pair is chosen', () => {
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync });
    store.getState().addSources([plain('own-1', 'My text.')]);
    store.getState().removeSource('own-1');
    expect(store.getState().removed?.committed).toBe(true); // no vault: nothing to wait for
    expect(store.getState().pair).toEqual(['one', 'two']);
    store.getState().swap();
    expect(store.getState().removed).toBeNull();
    store.getState().undoRemove();
    expect(store.getState().ownIds).toEqual([]);
  });

  it('removing a compared source of one’s own keeps the other side where it stands', () => {
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync });
    store.getState().open(['three', 'one']);
    store.getState().addSource(plain('own-1', 'My text.'));
    expect(store.getState().pair).toEqual(['three', 'own-1']);
    store.getState().removeSource('own-1');
    expect(store.getState().pair).toEqual(['three', 'one']);
    store.getState().open(['two', 'three']);
    store.getState().addSource(plain('own-2', 'Another text.'));
    store.getState().swap();
    expect(store.getState().pair).toEqual(['own-2', 'two']);
    store.getState().removeSource('own-2');
    expect(store.getState().pair).toEqual(['one', 'two']);
  });

  it('measures the corpus matrix with its engine, the same figures as the core', async () => {
    const store = createReaderStore({ sources, initialPair: ['one', 'two'], compare: sync });
    store.getState().measureMatrix();
    await settle();
    expect(store.getState().matrix?.values).toEqual(containmentMatrix(sources));
    expect(store.getState().matrix?.sources).toBe(store.getState().sources);
  });
});
