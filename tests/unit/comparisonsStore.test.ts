import {
  compareSources,
  describeSource,
  labelsAmong,
  relationOf,
  type Comparison,
  type Pair,
  type Source,
} from '@/core';
import { createComparisonsStore, type CompareFn, type LabelFn } from '@/store/comparisons';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';
import { syncCompare, syncDescribe, syncLabel, syncMeasure, syncRead } from '../support/stores';
import { deferred } from '../support/until';

const one = plain('one', 'One two three four five.');
const two = plain('two', 'One two three four six.');
const three = plain('three', 'Seven eight nine ten.');
const ids = (c: Comparison | null) => c && `${c.ids[0]}/${c.ids[1]}`;

/** A compare that counts its calls. */
function counting() {
  const calls: string[] = [];
  const compare: CompareFn = async (pair) => {
    calls.push(`${pair[0].id}/${pair[1].id}`);
    return compareSources(pair);
  };
  return { calls, compare };
}

describe('the comparisons store', () => {
  it('delivers a comparison, and answers the same pair again from its cache', async () => {
    const { calls, compare } = counting();
    const store = createComparisonsStore({
      compare,
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    const first = store.getState().request([one, two]);
    expect(store.getState().pending).toEqual(['one', 'two']);
    const c = await first;
    expect(store.getState().comparison).toBe(c);
    expect(store.getState().pending).toBeNull();
    expect(await store.getState().request([one, two])).toBe(c);
    expect(calls).toEqual(['one/two']);
  });

  it('forgets the least recently used comparison first', async () => {
    const { calls, compare } = counting();
    const store = createComparisonsStore({
      compare,
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
      cacheSize: 2,
    });
    const request = (pair: Pair<Source>) => store.getState().request(pair);
    await request([one, two]);
    await request([one, three]);
    await request([one, two]); // used again: now the most recent
    await request([two, three]); // the cache is full: one/three goes
    await request([one, two]);
    expect(calls).toEqual(['one/two', 'one/three', 'two/three']);
    await request([one, three]);
    expect(calls).toEqual(['one/two', 'one/three', 'two/three', 'one/three']);
  });

  it('stops a comparison a newer request replaces; it never delivers, and the next does not wait for it', async () => {
    const events: string[] = [];
    // The first pair's work runs until it is stopped; any other pair is answered at once.
    const compare: CompareFn = (pair, signal) => {
      const name = `${pair[0].id}/${pair[1].id}`;
      events.push(`start ${name}`);
      if (name !== 'one/two') return syncCompare(pair);
      return new Promise((_, reject) =>
        signal.addEventListener('abort', () => {
          events.push(`stopped ${name}`);
          reject(new DOMException('cancelled', 'AbortError'));
        }),
      );
    };
    const store = createComparisonsStore({
      compare,
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    store.subscribe((s, before) => {
      if (s.comparison !== before.comparison) events.push(`delivered ${ids(s.comparison)}`);
    });
    const first = store.getState().request([one, two]);
    const second = store.getState().request([one, three]);
    expect(ids(await second)).toBe('one/three');
    expect(await first).toBeNull();
    expect(events).toEqual([
      'start one/two',
      'stopped one/two',
      'start one/three',
      'delivered one/three',
    ]);
    expect(ids(store.getState().comparison)).toBe('one/three');
  });

  it('never delivers a replaced comparison, even when its work finishes after the newer one', async () => {
    const late = deferred<Comparison>();
    const compare: CompareFn = (pair) => (pair[1].id === 'two' ? late.promise : syncCompare(pair));
    const store = createComparisonsStore({
      compare,
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    const first = store.getState().request([one, two]);
    const second = await store.getState().request([one, three]);
    late.resolve(compareSources([one, two]));
    expect(await first).toBeNull();
    expect(store.getState().comparison).toBe(second);
  });

  it('cancel() stops the comparison under way', async () => {
    const signals: AbortSignal[] = [];
    const store = createComparisonsStore({
      compare: (_pair, signal) => {
        signals.push(signal);
        return new Promise(() => {});
      },
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    void store.getState().request([one, two]);
    store.getState().cancel();
    expect(signals[0]!.aborted).toBe(true);
    expect(store.getState().pending).toBeNull();
  });

  it('passes a failure on to the caller and is no longer pending', async () => {
    const store = createComparisonsStore({
      compare: () => Promise.reject(new Error('boom')),
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    await expect(store.getState().request([one, two])).rejects.toThrow('boom');
    expect(store.getState().pending).toBeNull();
    expect(store.getState().comparison).toBeNull();
  });

  it('measures the matrix once for a list of sources, and stops a measure for a list replaced', async () => {
    const lists: (readonly Source[])[] = [];
    const signals: AbortSignal[] = [];
    const gate = deferred();
    const store = createComparisonsStore({
      compare: syncCompare,
      measure: async (sources, signal) => {
        lists.push(sources);
        signals.push(signal);
        if (lists.length === 1) await gate.promise;
        return sources.map((_, i) => sources.map((__, j) => (i === j ? 1 : 0.5)));
      },
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    const old = [one, two];
    const fresh = [one, two, three];
    const first = store.getState().measureMatrix(old);
    const again = store.getState().measureMatrix(old);
    expect(again).toBe(first); // measured once
    const next = await store.getState().measureMatrix(fresh);
    gate.resolve();
    expect(await first).toBeNull();
    expect(signals[0]!.aborted).toBe(true);
    expect(lists).toEqual([old, fresh]);
    expect(next?.sources).toBe(fresh);
    expect(store.getState().matrix).toEqual({ sources: fresh, values: next!.values });
    expect(await store.getState().measureMatrix(fresh)).toBe(next);
    expect(lists).toHaveLength(2);
  });

  it('keeps comparisons that name their sources by id and carry none of their text', async () => {
    const store = createComparisonsStore({
      compare: syncCompare,
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: syncDescribe,
    });
    const c = await store.getState().request([one, two]);
    expect(c?.ids).toEqual([one.id, two.id]);
    const kept = JSON.stringify(c);
    for (const source of [one, two]) {
      expect(kept).not.toContain(source.title);
      expect(kept).not.toContain(source.text.slice(0, 40));
    }
    // A renamed source needs no new comparison: the one kept is still the answer.
    expect(await store.getState().request([{ ...one, title: 'Renamed' }, two])).toBe(c);
  });
});

describe('block labels in the comparisons store', () => {
  const withNav = plain(
    'nav',
    'The minister said the talks would go on for another week at least, officials said.\n\n' +
      'Sign up for our newsletter to get the news in your inbox every morning.\n\n' +
      'The talks began on Monday.',
  );
  const store = (label: LabelFn) =>
    createComparisonsStore({
      compare: syncCompare,
      measure: syncMeasure,
      label,
      read: syncRead,
      describe: syncDescribe,
    });

  it('labels the sources asked for among the library, once per library', async () => {
    const asked: string[][] = [];
    const s = store(async (library, wanted) => {
      asked.push([...wanted]);
      return syncLabel(library, wanted);
    });
    const library = [withNav, one, two];
    await s.getState().label(library, [withNav.id, one.id]);
    expect(s.getState().labels.get(withNav.id)?.labels).toEqual(
      labelsAmong(library, [withNav.id])[withNav.id],
    );
    expect(s.getState().labels.get(withNav.id)?.labels).toEqual([null, 'call to action', null]);
    await s.getState().label(library, [one.id, withNav.id]); // already labelled among this library
    await s.getState().label(library, [one.id, two.id]); // only `two` is new
    expect(asked).toEqual([[withNav.id, one.id], [two.id]]);
    const next = [...library, three];
    await s.getState().label(next, [one.id, two.id]); // a new library: labelled again
    expect(asked.at(-1)).toEqual([one.id, two.id]);
    expect(s.getState().labels.get(one.id)?.among).toBe(next);
  });

  it('cancels labelling that a newer request replaces, and keeps the old labels until then', async () => {
    const gate = deferred();
    const signals: AbortSignal[] = [];
    const s = store(async (library, wanted, signal) => {
      signals.push(signal);
      if (signals.length === 2) await gate.promise;
      return syncLabel(library, wanted);
    });
    const first = [one, two];
    await s.getState().label(first, [one.id, two.id]);
    const before = s.getState().labels.get(one.id);
    const stale = s.getState().label([one, two, three], [one.id, two.id]);
    // While the new labels are worked out, the old ones stand: no text is left unlabelled.
    expect(s.getState().labels.get(one.id)).toBe(before);
    const newest = [one, two, withNav];
    const fresh = s.getState().label(newest, [one.id, two.id]);
    expect(signals[1]!.aborted).toBe(true);
    gate.resolve();
    await Promise.all([stale, fresh]);
    expect(s.getState().labels.get(one.id)?.among).toBe(newest);
  });

  it('says when labelling fails, and then shows those texts unlabelled rather than not at all', async () => {
    const s = store(async () => {
      throw new Error('the labelling worker stopped');
    });
    await expect(s.getState().label([withNav, one], [withNav.id])).rejects.toThrow(
      'the labelling worker stopped',
    );
    expect(s.getState().labels.get(withNav.id)?.labels).toEqual([]);
  });
});

describe('readings in the comparisons store', () => {
  it('reads a comparison once its labels are known, once per set of labels', async () => {
    const read: string[] = [];
    const s = createComparisonsStore({
      compare: syncCompare,
      measure: syncMeasure,
      label: syncLabel,
      describe: syncDescribe,
      read: async (comparison, labels) => {
        read.push(ids(comparison)!);
        return syncRead(comparison, labels);
      },
    });
    const c = (await s.getState().request([one, two]))!;
    await s.getState().read(c); // no labels yet: nothing to read with
    expect(s.getState().readings).toEqual([]);
    await s.getState().label([one, two, three], [one.id, two.id]);
    await s.getState().read(c);
    await s.getState().read(c);
    expect(read).toEqual(['one/two']);
    const entry = s.getState().readings[0]!;
    expect(entry.comparison).toBe(c);
    expect(entry.readings?.shown.relation.text).toBe(relationOf(c).text);
    expect(entry.readings?.shown.sentences[0].lead).toMatch(/% of A$/);
  });

  it('keeps a failed reading as none, so the texts show without figures, and says so', async () => {
    const s = createComparisonsStore({
      compare: syncCompare,
      measure: syncMeasure,
      label: syncLabel,
      describe: syncDescribe,
      read: async () => {
        throw new Error('the labelling worker stopped');
      },
    });
    const c = (await s.getState().request([one, two]))!;
    await s.getState().label([one, two], [one.id, two.id]);
    await expect(s.getState().read(c)).rejects.toThrow('the labelling worker stopped');
    expect(s.getState().readings).toEqual([
      expect.objectContaining({ comparison: c, readings: null }),
    ]);
  });
});

describe('descriptions for the pickers', () => {
  it('describes each source once, even when asked again while it is being described', async () => {
    const asked: string[][] = [];
    const s = createComparisonsStore({
      compare: syncCompare,
      measure: syncMeasure,
      label: syncLabel,
      read: syncRead,
      describe: async (sources) => {
        asked.push(sources.map((x) => x.id));
        return syncDescribe(sources);
      },
    });
    await Promise.all([s.getState().describe([one, two]), s.getState().describe([one, two])]);
    await s.getState().describe([one, two, three]);
    expect(asked).toEqual([['one', 'two'], ['three']]);
    expect(s.getState().descriptions.get('one')).toBe(describeSource(one));
    expect(s.getState().descriptions.get('one')).toMatch(/^5 words/);
  });
});
