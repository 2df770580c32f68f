import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE_FAMILIES,
  FIXTURE_FILES,
  fixtureDocs,
  unrelatedDocs,
} from '../support/collectionDocs';
import { checkProperty } from '../support/property';
import { candidatePairs } from '../../src/collection/candidates';
import { familiesOf, type Link } from '../../src/collection/families';
import { fingerprint } from '../../src/collection/fingerprint';
import { findFamilies, summaryRow } from '../../src/collection/pipeline';
import { isoDate } from '../../src/collection/dates';
import {
  parseInputRecord,
  parsePassimRecord,
  passimFamilies,
  passimInputLine,
} from '../../src/collection/passim';
import { sourceOfRecord } from '../../src/collection/read';
import type { CollectionDoc } from '../../src/collection/types';

const FILES = FIXTURE_FILES;
const FAMILIES = FIXTURE_FAMILIES;

const memberIds = (families: ReturnType<typeof findFamilies>['families']) =>
  families.map((f) => f.members.map((m) => m.id));

describe('fingerprints and candidate pairs', () => {
  it('keeps the same sampled n-grams wherever a passage stands, and none across unrelated texts', () => {
    const docs = fixtureDocs();
    const print = (id: string) => new Set(fingerprint(docs[FILES.indexOf(id)]!.source.text));
    const shared = (x: string, y: string) => [...print(x)].filter((h) => print(y).has(h)).length;
    expect(shared('wire/storm.txt', 'valley-post/flood-brief.md')).toBeGreaterThanOrEqual(3);
    expect(shared('valley-post/garden-show.txt', 'riverside/concert.txt')).toBe(0);
  });

  it('pairs documents that share enough n-grams, and skips n-grams in too many documents', () => {
    const f = (...hashes: number[]) => Uint32Array.from(hashes);
    // 7 and 8 stand in three documents each; 1–3 in two; 9 in one.
    const prints = [f(1, 2, 3, 7, 8), f(1, 2, 3, 7, 8, 9), f(7, 8), f(4)];
    expect(candidatePairs(prints, { maxPosting: 10, minShared: 2 })).toEqual([
      { i: 0, j: 1, shared: 5 },
      { i: 0, j: 2, shared: 2 },
      { i: 1, j: 2, shared: 2 },
    ]);
    // With postings capped at two documents, 7 and 8 count for nobody.
    expect(candidatePairs(prints, { maxPosting: 2, minShared: 2 })).toEqual([
      { i: 0, j: 1, shared: 3 },
    ]);
    expect(candidatePairs(prints, { maxPosting: 2, minShared: 4 })).toEqual([]);
  });
});

describe('families of a small labelled collection', () => {
  it('finds exactly its families, and leaves unrelated documents out', () => {
    const result = findFamilies(fixtureDocs());
    expect(memberIds(result.families)).toEqual(FAMILIES);
    expect(result.pairs.map((p) => [p.a, p.b])).toEqual([
      ['harbour-times/storm-road-closed.txt', 'valley-post/flood-brief.md'],
      ['harbour-times/storm-road-closed.txt', 'wire/storm.txt'],
      ['riverside/libraries-saved.html', 'wire/budget.txt'],
      ['valley-post/flood-brief.md', 'wire/storm.txt'],
    ]);
    // Only candidates are compared: not the 21 pairs of seven documents.
    expect(result.compared).toBeLessThan(21);
    for (const p of result.pairs) expect(p.cases.length).toBeGreaterThan(0);
  });

  it('adding unrelated documents changes no family (property)', () => {
    const base = fixtureDocs();
    const expected = memberIds(findFamilies(base).families);
    checkProperty(
      fc.property(unrelatedDocs(base), (docs) => {
        expect(memberIds(findFamilies(docs).families)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

describe('which came first', () => {
  const members = [
    { id: 'a.txt', date: '2024-06-12', series: null },
    { id: 'b.txt', date: '2024-06-11', series: null },
    { id: 'c.txt', date: '2024-06-13', series: null },
  ];
  const link = (i: number, j: number, derived: 'a' | 'b' | null): Link => ({
    i,
    j,
    strength: 0.9,
    derived,
    text: 'B takes most of its text from A: 67 of its 89 words stand in A.',
  });

  it('reads the earliest date where every member is dated, and says so', () => {
    const [family] = familiesOf(members, [link(0, 1, null), link(1, 2, null)]);
    expect(family!.first).toEqual({
      id: 'b.txt',
      by: 'date',
      evidence: [expect.stringContaining('b.txt is dated 2024-06-11')],
    });
  });

  it('reads the text where dates are missing: the one others derive from and that derives from none', () => {
    const undated = members.map((m) => ({ ...m, date: null }));
    const [family] = familiesOf(undated, [link(0, 1, 'b'), link(0, 2, 'b')]);
    expect(family!.first).toEqual({
      id: 'a.txt',
      by: 'text',
      evidence: [
        'b.txt takes most of its text from a.txt: 67 of its 89 words stand in a.txt.',
        'c.txt takes most of its text from a.txt: 67 of its 89 words stand in a.txt.',
      ],
    });
  });

  it('names nobody where a whole copy stands beside the original', () => {
    const undated = members.map((m) => ({ ...m, date: null }));
    // a and b copy each other whole; c is an excerpt of both.
    const [family] = familiesOf(undated, [link(0, 1, null), link(0, 2, 'b'), link(1, 2, 'b')]);
    expect(family!.first).toBeNull();
    expect(family!.firstUnknown).toBe(
      'the text reads none of a.txt, b.txt as derived: any could be the original',
    );
  });

  it('names nobody where text and dates do not tell', () => {
    const undated = members.map((m) => ({ ...m, date: null }));
    const [family] = familiesOf(undated, [link(0, 1, null)]);
    expect(family!.first).toBeNull();
    expect(family!.firstUnknown).toMatch(/does not say which came first/);
  });

  it('reads dates as ISO days, and nothing it would have to guess', () => {
    expect(isoDate('2024-06-12T08:00:00Z')).toBe('2024-06-12');
    expect(isoDate('1861-04')).toBe('1861-04');
    expect(isoDate('June 12, 2024')).toBe('2024-06-12');
    expect(isoDate('Wednesday, 12 June 2024')).toBe('2024-06-12');
    expect(isoDate('last week')).toBeNull();
    expect(isoDate('06/12/2024')).toBeNull();
  });
});

describe('summary.csv', () => {
  it('quotes commas and quotes, and keeps a spreadsheet from reading an id as a formula', () => {
    const pair = {
      a: 'one, "two".txt',
      b: '=HYPERLINK("x").txt',
      aInB: 0.5,
      bInA: 0.25,
      relation: { label: 'excerpt', text: '', aInB: 0.5, bInA: 0.25 },
      derived: null,
      longestCase: 60,
    };
    expect(summaryRow(pair, 2, 3)).toBe(
      `"one, ""two"".txt","'=HYPERLINK(""x"").txt",3,excerpt,0.500,0.250,2,60`,
    );
  });
});

describe("passim's formats", () => {
  it('writes a record passim reads, and reads it back', () => {
    const doc: CollectionDoc = {
      source: sourceOfRecord('nyt/a.txt', 'Line one.\n\nLine “two”.'),
      series: 'nyt',
      date: '1861-04-12',
    };
    const line = passimInputLine(doc);
    expect(JSON.parse(line)).toEqual({
      id: 'nyt/a.txt',
      series: 'nyt',
      date: '1861-04-12',
      text: 'Line one.\n\nLine “two”.',
    });
    expect(parseInputRecord(line)).toEqual({
      ok: true,
      id: 'nyt/a.txt',
      text: 'Line one.\n\nLine “two”.',
      series: 'nyt',
      date: '1861-04-12',
    });
    expect(parseInputRecord('{"id": "x"}')).toEqual({
      ok: false,
      problem: 'it has no "text" string',
    });
    expect(parseInputRecord('[1]')).toEqual({ ok: false, problem: 'not a JSON object' });
  });

  it("groups passim's passages into families by cluster, and names a record it cannot read", () => {
    const records = [
      '{"cluster": 5, "size": 3, "id": "b", "begin": 40, "end": 90, "uid": 2}',
      '{"cluster": 5, "size": 3, "id": "a", "begin": 0, "end": 50, "date": "1861-04-12"}',
      '{"cluster": 5, "size": 3, "id": "b", "begin": 0, "end": 10}',
      '{"cluster": 9, "size": 2, "id": "c", "begin": 3, "end": 8}',
      '{"cluster": 9, "size": 2, "id": "d", "begin": 3, "end": 8}',
    ].map(parsePassimRecord);
    const passages = records.flatMap((r) => (r.ok ? [r.passage] : []));
    expect(passimFamilies(passages).map((f) => [f.cluster, f.members.map((m) => m.id)])).toEqual([
      ['5', ['a', 'b']],
      ['9', ['c', 'd']],
    ]);
    expect(passimFamilies(passages)[0]!.members[1]!.passages).toEqual([
      { begin: 0, end: 10 },
      { begin: 40, end: 90 },
    ]);
    expect(parsePassimRecord('{"cluster": 1, "id": "a", "begin": 9, "end": 3}')).toEqual({
      ok: false,
      problem: 'its "begin" and "end" are not offsets',
    });
    expect(parsePassimRecord('{"id": "a", "begin": 0, "end": 3}')).toEqual({
      ok: false,
      problem: 'it has no "cluster"',
    });
  });
});
