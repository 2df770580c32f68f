import { compareSources, type Comparison } from '@/core';
import type { CompareFn } from '@/store/comparisons';
import { startReader } from '@/store/reader';
import { comparisonFor, sourcesOf } from '@/store/selectors';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';
import { syncCompare, testStores } from '../support/stores';
import { deferred, until } from '../support/until';
import { createWorkerEngine } from '@/worker/workerCompare';

const sources = [
  plain('one', 'One two three four five. Six seven eight nine ten.'),
  plain('two', 'One two three four six. Six seven eight nine ten.'),
  plain('three', 'Seven.'),
];
const make = (compare: CompareFn = syncCompare) =>
  testStores({ sources, initialPair: ['one', 'two'], compare });
const shown = (stores: ReturnType<typeof make>) =>
  comparisonFor(stores.comparisons.getState().comparison, stores.reader.getState().pair);

describe('the reader store', () => {
  it('labels the pair in view, and labels it again among the library when the library changes', async () => {
    const stores = make();
    startReader(stores.reader);
    const labelled = (among: unknown) => (s: { labels: ReadonlyMap<string, { among: unknown }> }) =>
      ['one', 'two'].every((id) => s.labels.get(id)?.among === among);
    await until(stores.comparisons, labelled(stores.library.getState().sources));
    stores.library.getState().add([plain('four', 'Four five six.')]);
    const grown = stores.library.getState().sources;
    expect(grown).toHaveLength(4);
    await until(stores.comparisons, labelled(grown));
    // The comparison in view is read again with its new labels: its verdict and figures.
    await until(stores.comparisons, (s) =>
      s.readings.some((e) => e.labels[0] === s.labels.get('one')?.labels && e.readings !== null),
    );
  });

  it('compares the initial pair once started', async () => {
    const stores = make();
    startReader(stores.reader);
    await until(stores.comparisons, (s) => s.comparison !== null);
    expect(shown(stores)?.stats[0].shared).toBeGreaterThan(4);
  });

  it('swaps, and choosing the other side’s source swaps rather than pairing a source with itself', () => {
    const { reader } = make();
    reader.getState().swap();
    expect(reader.getState().pair).toEqual(['two', 'one']);
    reader.getState().choose(0, 'one');
    expect(reader.getState().pair).toEqual(['one', 'two']);
    reader.getState().choose(1, 'three');
    expect(reader.getState().pair).toEqual(['one', 'three']);
  });

  it('shows the comparison for the pair chosen last, whatever order the results come in', async () => {
    const slow = deferred<Comparison>();
    const stores = make((pair) => (pair[1].id === 'two' ? slow.promise : syncCompare(pair)));
    startReader(stores.reader);
    stores.reader.getState().choose(1, 'three');
    await until(stores.comparisons, (s) => s.comparison !== null);
    slow.resolve(compareSources([sources[0]!, sources[1]!]));
    await slow.promise;
    expect(shown(stores)?.ids[1]).toBe('three');
  });

  it('reports a failed comparison instead of losing the page', async () => {
    const stores = make(() => Promise.reject(new Error('boom')));
    startReader(stores.reader);
    const state = await until(stores.reader, (s) => s.problem !== null);
    expect(state.problem).toBe('The comparison failed: Error: boom');
    expect(stores.comparisons.getState().pending).toBeNull();
  });

  it('stops saying "Comparing…" when the worker never answers, even once restarted', async () => {
    // The page's engine over a worker that never answers, and a clock the test turns.
    const deadlines: (() => void)[] = [];
    const workers: { ended: boolean }[] = [];
    const engine = createWorkerEngine(
      () => {
        const w = { ended: false };
        workers.push(w);
        return {
          postMessage: () => {},
          terminate: () => void (w.ended = true),
          onmessage: null,
          onerror: null,
        };
      },
      { timeoutMs: 45_000, timer: { set: (f) => deadlines.push(f), clear: () => {} } },
    );
    const stores = make(engine.compare);
    startReader(stores.reader);
    expect(stores.comparisons.getState().pending).toEqual(['one', 'two']);
    deadlines.shift()!();
    expect(stores.comparisons.getState().pending).toEqual(['one', 'two']); // retried
    deadlines.shift()!();
    const state = await until(stores.reader, (s) => s.problem !== null);
    expect(state.problem).toMatch(/did not answer within 45 seconds, 2 times/);
    expect(stores.comparisons.getState().pending).toBeNull();
    expect(workers.map((w) => w.ended)).toEqual([true, true]);
  });

  it('chooses the passage a link names once compared, and notes quietly one it does not have', async () => {
    const stores = make();
    stores.reader.getState().open(['one', 'two'], { passage: 0 });
    const chosen = await until(stores.reader, (s) => s.focus !== null);
    expect(chosen.focus).toEqual({ kind: 'passage', index: 0, side: 0 });
    stores.reader.getState().open(['two', 'one'], { passage: 41 });
    const noted = await until(stores.reader, (s) => s.notice !== null);
    expect(noted.notice).toMatch(
      /^The link points to passage 42, but this comparison has \d+ passages?;/,
    );
    expect(noted.focus).toBeNull();
  });

  it('says so when a pair names a source that is not there', () => {
    const { reader } = make();
    reader.getState().open(['one', 'gone']);
    expect(reader.getState().problem).toBe('That source is not available.');
  });

  it('compares a source of the reader’s own with A, and on removal keeps the other side', () => {
    const { reader, library } = make();
    reader.getState().open(['three', 'one']);
    reader.getState().addSource(plain('own-1', 'My text.'));
    expect(reader.getState().pair).toEqual(['three', 'own-1']);
    reader.getState().removeSource('own-1');
    expect(reader.getState().pair).toEqual(['three', 'one']);
    expect(library.getState().removed?.source.id).toBe('own-1');
    reader.getState().undoRemove();
    expect(reader.getState().pair).toEqual(['three', 'own-1']);
  });

  it('compares the first two of sources added together, and one of them with A', () => {
    const { reader, library } = make();
    reader.getState().open(['three', 'one']);
    reader
      .getState()
      .addSources([plain('own-1', 'First.'), plain('own-2', 'Second.'), plain('own-3', 'Third.')]);
    expect(reader.getState().pair).toEqual(['own-1', 'own-2']);
    expect(library.getState().ownIds).toEqual(['own-1', 'own-2', 'own-3']);
    // Two files of one text are one source: it is compared with A, as one file would be.
    reader.getState().open(['three', 'one']);
    reader.getState().addSources([plain('own-4', 'Same.'), plain('own-4', 'Same.')]);
    expect(reader.getState().pair).toEqual(['three', 'own-4']);
    expect(library.getState().ownIds).toEqual(['own-1', 'own-2', 'own-3', 'own-4']);
    reader.getState().addSources([]);
    expect(reader.getState().pair).toEqual(['three', 'own-4']);
  });

  it('offers to undo a removal only until another pair is chosen', () => {
    const { reader, library } = make();
    library.getState().add([plain('own-1', 'My text.')]);
    reader.getState().removeSource('own-1');
    expect(library.getState().removed).not.toBeNull();
    reader.getState().swap();
    expect(library.getState().removed).toBeNull();
    reader.getState().undoRemove();
    expect(library.getState().ownIds).toEqual([]);
  });

  it('renames a source of the reader’s own in the comparison shown, keeping its marks', async () => {
    const stores = make();
    stores.reader.getState().addSource(plain('own-1', 'One two three four five.'));
    const before = await until(stores.comparisons, (s) => s.comparison?.ids[1] === 'own-1');
    stores.reader.getState().renameSource('own-1', 'Renamed');
    const after = stores.comparisons.getState().comparison!;
    expect(sourcesOf(stores.library.getState().sources, after)?.[1].title).toBe('Renamed');
    expect(after).toBe(before.comparison);
  });

  it('remembers the reader’s preferences and clears a chosen passage', () => {
    const { reader } = make();
    reader.getState().setLinkedScroll(true);
    reader.getState().setHideBoilerplate(true);
    reader.getState().select({ kind: 'unique', segment: 1, side: 1 });
    expect(reader.getState()).toMatchObject({ linkedScroll: true, hideBoilerplate: true });
    reader.getState().select(null);
    expect(reader.getState().focus).toBeNull();
  });
});
