import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
/** The executable the package names in `bin`, run as a user runs it: plain Node, no loader. */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['dist-cli/verbatim.js', ...args], { cwd: root, encoding: 'utf8' });

// Built fresh (esbuild, well under a second), so the test never runs a stale executable.
beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the command line did not build: ${built.stderr}`);
});

interface SideJson {
  id: string;
  title: string;
  text: string;
  words: number;
  sharedWords: number;
}
interface SegmentJson {
  start: number;
  end: number;
  kind: string;
}
interface CompareJson {
  a: SideJson;
  b: SideJson;
  passages: { a: [number, number]; b: [number, number]; words: number; moved: boolean }[];
  segments: { a: SegmentJson[]; b: SegmentJson[] };
}

describe('verbatim command line', () => {
  it('lists the bundled sources', () => {
    const out = run('list');
    expect(out.status).toBe(0);
    const list = JSON.parse(out.stdout) as { id: string; title: string; words: number }[];
    expect(list).toHaveLength(5);
    for (const s of list) expect(Object.keys(s).sort()).toEqual(['id', 'title', 'words']);
  });

  it('compares an id with a file and prints the documented JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
    const file = join(dir, 'copy.txt');
    const text =
      'Putin is expected to visit North Korea.\r\nKremlin spokesman Dmitry Peskov said “the visit is in the pipeline.”\n';
    writeFileSync(file, text);
    const out = run('compare', 'kim-praises-relationship', file);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as CompareJson;
    expect(Object.keys(json).sort()).toEqual(['a', 'b', 'passages', 'segments']);
    expect(json.b.text).toBe(text); // a plain-text file's reading text is the file exactly
    expect(Object.keys(json.a).sort()).toEqual(['id', 'sharedWords', 'text', 'title', 'words']);
    for (const side of ['a', 'b'] as const) {
      let at = 0;
      for (const s of json.segments[side]) {
        expect(Object.keys(s).sort()).toEqual(['end', 'kind', 'start']);
        expect(s.start).toBe(at);
        expect(['shared', 'moved', 'unique']).toContain(s.kind);
        at = s.end;
      }
      expect(at).toBe(json[side].text.length);
    }
    expect(json.passages.length).toBeGreaterThan(0);
    for (const p of json.passages) {
      const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\W+/g, ' ');
      expect(norm(json.a.text.slice(...p.a))).toBe(norm(json.b.text.slice(...p.b)));
    }
    expect(json.b.sharedWords).toBeGreaterThan(8);
  });

  it('reads an HTML page as its article text (jsdom is loaded for it)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-')), 'page.html');
    writeFileSync(
      file,
      '<html><body><nav>Home · World</nav><article><h1>Kim praises Russia ties</h1><p>Kim Jong Un praised the relationship with Russia on Wednesday, state media said.</p></article></body></html>',
    );
    const out = run('compare', file, 'kim-praises-relationship');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as CompareJson;
    expect(json.a.text).toMatch(/^Kim praises Russia ties\n\nKim Jong Un praised/);
    expect(json.a.text).not.toMatch(/<|Home/);
  });

  it.each([
    [
      'an unknown id',
      ['compare', 'no-such-source', 'kim-praises-relationship'],
      /neither a bundled source id nor an existing file/,
    ],
    ['a directory', ['compare', tmpdir(), 'kim-praises-relationship'], /is a directory/],
    ['a binary file', ['compare', 'binary', 'kim-praises-relationship'], /binary file/],
    ['a bad command', ['frobnicate'], /usage/],
  ])('refuses %s with one line on stderr and exit code 2', (_name, args, message) => {
    if (args[1] === 'binary') {
      const file = join(mkdtempSync(join(tmpdir(), 'verbatim-')), 'image.txt');
      writeFileSync(
        file,
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      );
      args = ['compare', file, 'kim-praises-relationship'];
    }
    const out = run(...args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });
});
