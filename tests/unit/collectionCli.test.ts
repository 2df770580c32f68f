import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const FIXTURE = join(root, 'tests/fixtures/collection');
const PASSIM_OUT = join(FIXTURE, 'passim/out.json');
// spawnSync's stderr is a pipe, not a terminal: the command must stay quiet on success. The
// time limit only keeps a hung command from hanging the suite; it is not a speed assertion.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['dist-cli/verbatim.js', 'corpus', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const memberIds = (out: string) =>
  lines(join(out, 'clusters.jsonl')).map((f) => (f.members as { id: string }[]).map((m) => m.id));

const FAMILIES = [
  ['harbour-times/storm-road-closed.txt', 'valley-post/flood-brief.md', 'wire/storm.txt'],
  ['riverside/libraries-saved.html', 'wire/budget.txt'],
];

// Each test starts Node and worker threads (the built executable), on a machine that may be busy.
const LIMIT = 180_000;

describe('verbatim corpus', () => {
  it(
    'writes the related pairs with their cases, the families and a summary for a folder',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'verbatim-corpus-'));
      const result = run(FIXTURE, '--out', out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const pairs = lines(join(out, 'pairs.jsonl'));
      expect(pairs.map((p) => [p.a, p.b])).toEqual([
        ['harbour-times/storm-road-closed.txt', 'valley-post/flood-brief.md'],
        ['harbour-times/storm-road-closed.txt', 'wire/storm.txt'],
        ['riverside/libraries-saved.html', 'wire/budget.txt'],
        ['valley-post/flood-brief.md', 'wire/storm.txt'],
      ]);
      for (const p of pairs) {
        expect(Object.keys(p)).toEqual(['a', 'b', 'aInB', 'bInA', 'relation', 'cases']);
        expect(p.cases).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ kind: expect.stringMatching(/verbatim|edited|reworded/) }),
          ]),
        );
      }
      // The case of the excerpt points at the paragraph it took, in both texts.
      const excerpt = pairs.find((p) => p.a === 'valley-post/flood-brief.md')!;
      const [k] = excerpt.cases as { a: [number, number]; b: [number, number] }[];
      const brief = readFileSync(join(FIXTURE, 'valley-post/flood-brief.md'), 'utf8');
      const storm = readFileSync(join(FIXTURE, 'wire/storm.txt'), 'utf8');
      expect(storm.slice(k!.b[0], k!.b[1])).toMatch(/^Crews in orange jackets.*at the earliest$/s);
      expect(brief).toContain(storm.slice(k!.b[0], k!.b[1]));
      expect(memberIds(out)).toEqual(FAMILIES);
      const csv = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n');
      expect(csv[0]).toBe('a,b,family,relation,a_in_b,b_in_a,cases,longest_case_words');
      expect(csv).toHaveLength(5);
    },
    LIMIT,
  );

  it(
    'reports a bad file by name, reads the rest, and exits 1',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'verbatim-corpus-'));
      cpSync(FIXTURE, join(dir, 'in'), { recursive: true });
      writeFileSync(
        join(dir, 'in', 'broken.txt'),
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      );
      writeFileSync(join(dir, 'in', 'empty.md'), '');
      const result = run(join(dir, 'in'), '--out', join(dir, 'out'));
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/broken\.txt": it is a binary file, not text; skipped$/),
        expect.stringMatching(/empty\.md": .*; skipped$/),
      ]);
      expect(memberIds(join(dir, 'out'))).toEqual(FAMILIES);
    },
    LIMIT,
  );

  it(
    'reads passim-format JSON Lines as it reads the folder, with dates deciding which came first',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'verbatim-corpus-'));
      const input = run(FIXTURE, '--passim-input');
      expect(input.status).toBe(0);
      // Dated records, and one line that is not a record: named, skipped, the rest read.
      const dated = input.stdout
        .trim()
        .split('\n')
        .map((line, k) => JSON.stringify({ ...JSON.parse(line), date: `2024-06-${10 + k}` }));
      writeFileSync(join(dir, 'in.jsonl'), `${[...dated, '{"id": "no text"}'].join('\n')}\n`);
      const result = run(join(dir, 'in.jsonl'), '--out', join(dir, 'out'));
      expect(result.stderr).toMatch(/in\.jsonl", line 8: it has no "text" string; skipped/);
      expect(result.status).toBe(1);
      expect(memberIds(join(dir, 'out'))).toEqual(FAMILIES);
      const [storm] = lines(join(dir, 'out', 'clusters.jsonl'));
      expect(storm!.first).toEqual({
        id: 'harbour-times/storm-road-closed.txt',
        by: 'date',
        evidence: [expect.stringContaining('is dated 2024-06-10')],
      });
    },
    LIMIT,
  );

  it(
    'round-trips with passim: its input written, its clusters read back as families',
    () => {
      const input = run(FIXTURE, '--passim-input');
      expect(input.stderr).toBe('');
      const records = input.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; series: string; text: string });
      expect(records.map((r) => Object.keys(r))).toEqual(
        records.map(() => ['id', 'series', 'text']),
      );
      expect(records.map((r) => [r.id, r.series])).toContainEqual(['wire/storm.txt', 'wire']);
      const text = new Map(records.map((r) => [r.id, r.text]));

      // passim's output for that input (tests/fixtures/collection/passim/out.json, in its
      // documented record format), read back.
      const out = mkdtempSync(join(tmpdir(), 'verbatim-corpus-'));
      const result = run('--from-passim', PASSIM_OUT, '--out', out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const families = lines(join(out, 'clusters.jsonl')) as {
        members: { id: string; passages: { begin: number; end: number }[] }[];
      }[];
      expect(families.map((f) => f.members.map((m) => m.id))).toEqual(FAMILIES);
      // Offsets index the texts Verbatim wrote: each passage is passim's passage text.
      const passimText = new Map<string, string>();
      for (const part of ['part-00000-7c1d.json', 'part-00001-7c1d.json'])
        for (const r of lines(join(PASSIM_OUT, part)))
          passimText.set(r.id as string, r.text as string);
      for (const f of families)
        for (const m of f.members)
          for (const p of m.passages)
            expect(text.get(m.id)!.slice(p.begin, p.end)).toBe(passimText.get(m.id));
    },
    LIMIT,
  );

  it(
    'says what is wrong with its arguments, in one line, and exits 2',
    () => {
      expect(run().stderr).toMatch(/^verbatim: usage: verbatim corpus/);
      const missing = run(join(FIXTURE, 'no-such-folder'));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/no-such-folder" is neither a folder nor a file\n$/);
      expect(run(FIXTURE, '--jobs', 'many').stderr).toMatch(/--jobs takes a whole number/);
      const file = join(FIXTURE, 'wire/storm.txt');
      const badOut = run(FIXTURE, '--out', file);
      expect(badOut.status).toBe(2);
      expect(badOut.stderr).toMatch(/^verbatim: cannot create the output folder ".*storm\.txt"\n$/);
    },
    LIMIT,
  );
});
