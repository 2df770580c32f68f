import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMarkdownReader, loadOwnSources, type FormatReaders } from '@/core';
import { readHtmlPageInNode } from '@/html/readHtmlNode';
import { createCollectionStore, type FindFn, type ReadFn } from '@/store/collection';
import { createLibraryStore } from '@/store/library';
import { runCollectionJob, type FoundFamilies } from '@/worker/collectionJob';
import {
  FIXTURE_FAMILIES,
  FIXTURE_FILES,
  fixtureBytes,
  fixtureDocs,
  unrelatedDocs,
} from '../support/collectionDocs';
import { checkProperty } from '../support/property';

/** Reads a file as the page does ("Add your own source"), with Node's HTML reader. */
const read: ReadFn = async (name, bytes) => {
  const own = await loadOwnSources();
  const readers: FormatReaders = {
    html: (id, html) => readHtmlPageInNode(id, html).source,
    markdown: await loadMarkdownReader(),
  };
  return own.ownSourceFromBytes(bytes, name, '', readers);
};

/** The collection worker's job, run in place: the same messages the page's worker posts. */
const findInPlace: FindFn = async (docs, onProgress) => {
  let found: FoundFamilies | null = null;
  runCollectionJob({ docs }, (message) => {
    if (message.type === 'progress') onProgress(message);
    else if (message.type === 'result') found = message.result;
    else throw new Error(message.error);
  });
  if (!found) throw new Error('the job posted no result');
  return found;
};

const file = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  bytes: async () => bytes,
});

/** The fixture as the reader opens it: a folder named "news", every file inside it. */
const fixtureFolder = () => FIXTURE_FILES.map((id) => file(`news/${id}`, fixtureBytes(id)));

function setUp(find: FindFn = findInPlace, yieldToPage = async () => {}) {
  const library = createLibraryStore({ sources: [] });
  const collection = createCollectionStore({ library, read, find, yieldToPage });
  return { library, collection };
}

const memberNames = (families: readonly { members: readonly { name: string }[] }[]) =>
  families.map((f) => f.members.map((m) => m.name));

describe('the collection store', () => {
  it('reports its progress in order: each file read, each document indexed, each pair compared', async () => {
    const { collection } = setUp();
    const steps: string[] = [];
    collection.subscribe((s, before) => {
      if (s.progress && s.progress !== before.progress)
        steps.push(`${s.progress.phase} ${s.progress.done}/${s.progress.total}`);
    });
    await collection.getState().openFiles(fixtureFolder());
    const files = FIXTURE_FILES.length;
    const reading = steps.filter((s) => s.startsWith('reading'));
    expect(reading).toEqual([
      `reading 0/${files}`,
      ...FIXTURE_FILES.map((_, k) => `reading ${k + 1}/${files}`),
    ]);
    const indexing = steps.filter((s) => s.startsWith('fingerprints'));
    expect(indexing).toEqual(FIXTURE_FILES.map((_, k) => `fingerprints ${k + 1}/${files}`));
    const comparing = steps.filter((s) => s.startsWith('comparisons'));
    const total = Number(comparing[0]!.split('/')[1]);
    expect(comparing).toEqual(
      Array.from({ length: total + 1 }, (_, k) => `comparisons ${k}/${total}`),
    );
    // Phases come one after the other, never interleaved.
    const phases = steps.map((s) => s.split(' ')[0]);
    expect([...new Set(phases)]).toEqual(['reading', 'fingerprints', 'comparisons']);
    expect(phases.lastIndexOf('reading')).toBeLessThan(phases.indexOf('fingerprints'));
    expect(phases.lastIndexOf('fingerprints')).toBeLessThan(phases.indexOf('comparisons'));
    const state = collection.getState();
    expect(state.status).toBe('done');
    expect(state.progress).toBeNull();
    expect(memberNames(state.families)).toEqual(FIXTURE_FAMILIES);
  });

  it('keeps the files as the reader’s own sources, and each pair of a family names two of them', async () => {
    const { library, collection } = setUp();
    await collection.getState().openFiles(fixtureFolder());
    const { ownIds } = library.getState();
    expect(ownIds).toHaveLength(FIXTURE_FILES.length);
    const families = collection.getState().families;
    const wire = families[0]!;
    expect(wire.pairs.map((p) => [p.a, p.b].sort())).toHaveLength(3);
    for (const family of families)
      for (const pair of family.pairs) {
        const [a, b] = pair.sourceIds!;
        expect(ownIds).toContain(a);
        expect(ownIds).toContain(b);
        const entry = (name: string) =>
          collection.getState().entries.find((e) => e.name === name)!.sourceId;
        expect([a, b]).toEqual([entry(pair.a), entry(pair.b)]);
        // The relation is told with the files' names, not "A" and "B".
        expect(pair.text).toMatch(new RegExp(`${pair.a.replace(/[.]/g, '\\.')}|${pair.b}`));
      }
  });

  it('names a bad file and goes on with the rest', async () => {
    const { collection } = setUp();
    const binary = Uint8Array.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 0]);
    await collection.getState().openFiles([
      ...fixtureFolder().slice(0, 3),
      file('news/broken.txt', binary),
      file('news/scan.pdf', Uint8Array.from([37, 80, 68, 70])),
      {
        name: 'news/huge.txt',
        size: 50 * 1024 * 1024,
        bytes: () => Promise.reject(new Error('never read')),
      },
      ...fixtureFolder().slice(3),
    ]);
    const state = collection.getState();
    expect(state.problems.map((p) => p.name)).toEqual(['broken.txt', 'scan.pdf', 'huge.txt']);
    for (const p of state.problems) expect(p.problem.length).toBeGreaterThan(10);
    expect(state.status).toBe('done');
    expect(memberNames(state.families)).toEqual(FIXTURE_FAMILIES);
  });

  it('stops when cancelled: no families are delivered, even when the worker answers late', async () => {
    let answer: ((found: FoundFamilies) => void) | null = null;
    let aborted = false;
    const find: FindFn = (docs, onProgress, signal) => {
      onProgress({ phase: 'fingerprints', done: 1, total: docs.length });
      signal.addEventListener('abort', () => (aborted = true));
      return new Promise((resolve) => (answer = resolve));
    };
    const { collection } = setUp(find);
    const job = collection.getState().openFiles(fixtureFolder());
    await until(() => collection.getState().progress?.phase === 'fingerprints');
    collection.getState().cancel();
    expect(aborted).toBe(true);
    expect(collection.getState().status).toBe('cancelled');
    expect(collection.getState().progress).toBeNull();
    answer!({ families: [], pairs: [], compared: 99 });
    await job;
    expect(collection.getState().status).toBe('cancelled');
    expect(collection.getState().origin).toBeNull();
  });

  it('stops reading files when cancelled between two of them', async () => {
    let release: () => void = () => {};
    const yieldToPage = () => new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    const { library, collection } = setUp(async (...args) => {
      asked = true;
      return findInPlace(...args);
    }, yieldToPage);
    const job = collection.getState().openFiles(fixtureFolder());
    await until(() => collection.getState().progress?.done === 1);
    collection.getState().cancel();
    release();
    await job;
    expect(collection.getState().status).toBe('cancelled');
    expect(asked).toBe(false);
    expect(library.getState().ownIds).toEqual([]);
  });

  it('names the first by date where every member is dated, and offers no pair of two identical files', async () => {
    const { collection } = setUp();
    const storm = new TextDecoder().decode(fixtureBytes('wire/storm.txt'));
    const dated = (date: string, text: string) =>
      new TextEncoder().encode(`By Wire Desk · ${date}\n\n${text}`);
    await collection
      .getState()
      .openFiles([
        file('late.txt', dated('14 June 2024', storm)),
        file('early.txt', dated('12 June 2024', storm)),
        file('early-again.txt', dated('12 June 2024', storm)),
        file('middle.txt', dated('13 June 2024', `${storm}\n\nShare this story.`)),
      ]);
    const [family] = collection.getState().families;
    expect(family!.members.map((m) => [m.name, m.date])).toEqual([
      ['early-again.txt', '2024-06-12'],
      ['early.txt', '2024-06-12'],
      ['late.txt', '2024-06-14'],
      ['middle.txt', '2024-06-13'],
    ]);
    // Two members share the earliest date: the dates do not say which of them came first.
    expect(family!.first).toBeNull();
    const same = family!.pairs.find(
      (p) => [p.a, p.b].sort().join() === 'early-again.txt,early.txt',
    );
    expect(same).toMatchObject({ sourceIds: null, unavailable: 'same' });
  });

  it('names the earliest dated member as the first', async () => {
    const { collection } = setUp();
    const storm = new TextDecoder().decode(fixtureBytes('wire/storm.txt'));
    const dated = (date: string, text: string) =>
      new TextEncoder().encode(`By Wire Desk · ${date}\n\n${text}`);
    await collection
      .getState()
      .openFiles([
        file('late.txt', dated('14 June 2024', `${storm}\n\nMore to follow.`)),
        file('early.txt', dated('12 June 2024', storm)),
      ]);
    const [family] = collection.getState().families;
    expect(family!.first).toEqual({ name: 'early.txt', by: 'date' });
    expect(family!.members.find((m) => m.first)!.name).toBe('early.txt');
    expect(family!.evidence[0]).toMatch(/early\.txt is dated 2024-06-12/);
  });

  it('finds the families among sources the reader already holds, named by their titles', async () => {
    const { collection } = setUp();
    const sources = await Promise.all(
      FIXTURE_FILES.map(async (id) => {
        const read_ = await read(id, fixtureBytes(id));
        if (!read_.ok) throw new Error(read_.problem);
        return read_.source;
      }),
    );
    await collection.getState().findAmong(sources);
    const state = collection.getState();
    const titleOf = (id: string) => sources[FIXTURE_FILES.indexOf(id)]!.title;
    expect(state.families.map((f) => f.members.map((m) => m.name).sort())).toEqual(
      FIXTURE_FAMILIES.map((f) => f.map(titleOf).sort()),
    );
    for (const f of state.families) for (const p of f.pairs) expect(p.sourceIds).not.toBeNull();
  });

  it('a newer job replaces one under way: nothing of the old one shows', async () => {
    let release: () => void = () => {};
    const slow: ReadFn = async (name, bytes) => {
      if (name === 'old.txt') await new Promise<void>((resolve) => (release = resolve));
      return read(name, bytes);
    };
    const library = createLibraryStore({ sources: [] });
    const collection = createCollectionStore({
      library,
      read: slow,
      find: findInPlace,
      yieldToPage: async () => {},
    });
    const old = collection.getState().openFiles([file('old.txt', Uint8Array.from([0, 1, 2, 0]))]);
    await collection.getState().openFiles(fixtureFolder());
    release();
    await old;
    const state = collection.getState();
    expect(state.problems).toEqual([]);
    expect(state.status).toBe('done');
    expect(memberNames(state.families)).toEqual(FIXTURE_FAMILIES);
  });

  it('says so when fewer than two documents could be read', async () => {
    const { collection } = setUp();
    await collection
      .getState()
      .openFiles([
        file('news/wire/storm.txt', fixtureBytes('wire/storm.txt')),
        file('news/notes.pdf', Uint8Array.from([1])),
      ]);
    const state = collection.getState();
    expect(state.status).toBe('failed');
    expect(state.error).toMatch(/open at least two text files/);
    expect(state.problems.map((p) => p.name)).toEqual(['notes.pdf']);
  });

  it('reads families from a clusters.jsonl opened with its texts', async () => {
    const { collection } = setUp();
    const clusters = [
      {
        family: 1,
        size: 2,
        members: [{ id: 'wire/budget.txt' }, { id: 'riverside/libraries-saved.html' }],
        pairs: 1,
        strength: 0.8,
        first: { id: 'wire/budget.txt', by: 'text', evidence: ['x'] },
        firstUnknown: null,
      },
      {
        family: 2,
        size: 3,
        members: [
          { id: 'wire/storm.txt' },
          { id: 'valley-post/flood-brief.md' },
          { id: 'gone.txt' },
        ],
        pairs: 2,
        strength: 0.9,
        first: null,
        firstUnknown: 'why',
      },
    ]
      .map((c) => JSON.stringify(c))
      .join('\n');
    await collection
      .getState()
      .openFiles([
        ...fixtureFolder(),
        file('news/results/clusters.jsonl', new TextEncoder().encode(`${clusters}\nnot json\n`)),
      ]);
    const state = collection.getState();
    expect(state.origin).toEqual({ kind: 'clusters', file: 'results/clusters.jsonl' });
    // Ranked by size: the family of three first, its missing member said to be missing.
    expect(memberNames(state.families)).toEqual([
      ['wire/storm.txt', 'valley-post/flood-brief.md', 'gone.txt'],
      ['wire/budget.txt', 'riverside/libraries-saved.html'],
    ]);
    const [three, two] = state.families;
    expect(three!.members[2]!.sourceId).toBeNull();
    expect(three!.pairs.map((p) => p.sourceIds !== null)).toEqual([true, false, false]);
    expect(two!.first).toEqual({ name: 'wire/budget.txt', by: 'text' });
    expect(state.problems).toEqual([
      { name: 'results/clusters.jsonl', problem: 'line 3: not a JSON object' },
    ]);
  });

  it("reads passim's output and its input documents", async () => {
    const { collection } = setUp();
    const docs = fixtureDocs().map((d) => JSON.stringify({ id: d.source.id, text: d.source.text }));
    const out = ['part-00000-7c1d.json', 'part-00001-7c1d.json'].map((part) =>
      file(`passim/out.json/${part}`, fixtureBytes(`passim/out.json/${part}`)),
    );
    await collection
      .getState()
      .openFiles([file('passim/input.jsonl', new TextEncoder().encode(docs.join('\n'))), ...out]);
    const state = collection.getState();
    expect(state.origin?.kind).toBe('clusters');
    expect(state.problems).toEqual([]);
    expect(state.families.map((f) => f.members.map((m) => m.name).sort())).toEqual(
      FIXTURE_FAMILIES,
    );
    for (const f of state.families) for (const p of f.pairs) expect(p.sourceIds).not.toBeNull();
  });
});

describe("the page's collection worker", () => {
  it('adding unrelated documents changes no family (property)', () => {
    const base = fixtureDocs();
    const familiesOf = (docs: ReturnType<typeof fixtureDocs>) => {
      const names: string[][] = [];
      runCollectionJob({ docs }, (m) => {
        if (m.type === 'result')
          names.push(...m.result.families.map((f) => f.members.map((x) => x.id)));
        if (m.type === 'error') throw new Error(m.error);
      });
      return names;
    };
    const expected = familiesOf(base);
    expect(expected).toEqual(FIXTURE_FAMILIES);
    checkProperty(
      fc.property(unrelatedDocs(base), (docs) => {
        expect(familiesOf(docs)).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('posts an error, not an exception, when the job fails', () => {
    const messages: string[] = [];
    runCollectionJob({ docs: null as never }, (m) => messages.push(m.type));
    expect(messages).toEqual(['error']);
  });
});

/** Waits for a condition the store reaches after some promises settle (no time involved). */
async function until(condition: () => boolean) {
  for (let k = 0; k < 1000 && !condition(); k++) await new Promise((r) => setTimeout(r, 0));
  expect(condition()).toBe(true);
}
