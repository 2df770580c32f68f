import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
/**
 * The executable the package names in `bin`, run as a user runs it: plain Node, no loader. A
 * time limit on every run: a command that hangs (on a FIFO, say) fails the test instead.
 */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['dist-cli/verbatim.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

// Built fresh before the tests run (tests/globalSetup.ts), so they never run a stale executable.

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
  cases: {
    a: [number, number];
    b: [number, number];
    kind: string;
    words: [number, number];
    passages: number[];
  }[];
  rewordings: { a: [number, number]; b: [number, number]; words: [number, number] }[];
  relation: { label: string; text: string; aInB: number; bInA: number; boilerplate: string };
}

// Each test starts Node with a TypeScript loader: seconds on a loaded machine. A budget, not an
// assertion on time.
describe('verbatim command line', { timeout: 60_000 }, () => {
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
    // Every field of the first version stays; cases, rewordings and relation were added.
    expect(Object.keys(json).sort()).toEqual([
      'a',
      'b',
      'cases',
      'passages',
      'relation',
      'rewordings',
      'segments',
    ]);
    expect(json.b.text).toBe(text); // a plain-text file's reading text is the file exactly
    expect(Object.keys(json.a).sort()).toEqual(['id', 'sharedWords', 'text', 'title', 'words']);
    for (const side of ['a', 'b'] as const) {
      let at = 0;
      for (const s of json.segments[side]) {
        expect(Object.keys(s).sort()).toEqual(['end', 'kind', 'start']);
        expect(s.start).toBe(at);
        expect(['shared', 'moved', 'reworded', 'unique']).toContain(s.kind);
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
    // Each passage belongs to exactly one case, which contains it on both sides.
    const owners = json.passages.map(() => 0);
    for (const c of json.cases) {
      expect(Object.keys(c).sort()).toEqual(['a', 'b', 'kind', 'passages', 'words']);
      expect(['verbatim', 'edited', 'reworded']).toContain(c.kind);
      for (const i of c.passages) {
        owners[i]!++;
        const p = json.passages[i]!;
        expect(c.a[0] <= p.a[0] && p.a[1] <= c.a[1]).toBe(true);
        expect(c.b[0] <= p.b[0] && p.b[1] <= c.b[1]).toBe(true);
      }
    }
    expect(owners.every((n) => n === 1)).toBe(true);
    expect(Object.keys(json.relation).sort()).toEqual([
      'aInB',
      'bInA',
      'boilerplate',
      'label',
      'text',
    ]);
    expect(json.relation.boilerplate).toBe('shown');
    expect(json.relation.bInA).toBeCloseTo(json.b.sharedWords / json.b.words, 5);
    expect(json.relation.text).toMatch(/^[AB] /);
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

  it('counts the relation without boilerplate when asked, as the page does with it hidden', () => {
    const pair = ['kim-praises-relationship', 'kim-hails-russia-ties'];
    const shown = JSON.parse(run('compare', ...pair).stdout) as CompareJson;
    const out = run('compare', pair[0]!, '--hide-boilerplate', pair[1]!);
    expect(out.status).toBe(0);
    const hidden = JSON.parse(out.stdout) as CompareJson;
    expect(hidden.relation.boilerplate).toBe('hidden');
    // The wire copy's subscription appeals no longer dilute what B takes from A.
    expect(hidden.relation.bInA).toBeGreaterThan(shown.relation.bInA);
    // Everything else is the same comparison.
    expect(hidden.segments).toEqual(shown.segments);
    expect(run('compare', pair[0]!, '--hide-boilerplate').status).toBe(2);
  });

  it('names every command in its usage line', () => {
    const out = run('frobnicate');
    for (const command of ['list', 'compare', 'report', 'read', 'pan', 'corpus'])
      expect([command, out.stderr.includes(`verbatim ${command} `)]).toEqual([command, true]);
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

  it.each([
    [
      'a FIFO (never waited on)',
      (dir: string) => {
        const path = join(dir, 'pipe.txt');
        spawnSync('mkfifo', [path]);
        return path;
      },
      /is not a regular file/,
    ],
    [
      'a link to /dev/zero (never read)',
      (dir: string) => {
        const path = join(dir, 'zero.txt');
        symlinkSync('/dev/zero', path);
        return path;
      },
      /is not a regular file/,
    ],
    [
      'a 3 GB sparse file (refused by its size, before reading)',
      (dir: string) => {
        const path = join(dir, 'huge.txt');
        writeFileSync(path, '');
        truncateSync(path, 3 * 1024 ** 3);
        return path;
      },
      /larger than 5 MB/,
    ],
    [
      'a name with a newline and an escape character',
      (dir: string) => join(dir, 'evil\n\u001b[31mname.png'),
      /neither a bundled source id/,
    ],
  ])('refuses %s with one clean line', (_name, make, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
    const out = run('compare', make(dir), 'kim-praises-relationship');
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.endsWith('\n')).toBe(true);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).not.toContain('\u001b');
    expect(out.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    expect(out.stderr).toMatch(message);
  });

  it('writes the report the page downloads, with each text’s SHA-256 and where it came from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
    const file = join(dir, 'copy.txt');
    const text =
      'Putin is expected to visit North Korea.\nKremlin spokesman Dmitry Peskov said “the visit is in the pipeline.”\n';
    writeFileSync(file, text);
    const out = run('report', 'kim-praises-relationship', file, '--hide-boilerplate');
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const html = out.stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    const compared = JSON.parse(
      run('compare', 'kim-praises-relationship', file, '--hide-boilerplate').stdout,
    ) as CompareJson & { relation: { text: string } };
    const escaped = (t: string) => t.replace(/'/g, '&#39;').replace(/"/g, '&quot;');
    expect(html).toContain(`data-testid="relation">${escaped(compared.relation.text)}</p>`);
    for (const side of [compared.a, compared.b])
      expect(html).toContain(
        `SHA-256 of its text (UTF-8): ${createHash('sha256').update(side.text, 'utf8').digest('hex')}`,
      );
    expect(html).toContain(
      'One of the articles bundled with Verbatim (id kim-praises-relationship).',
    );
    expect(html).toContain(`Read from the file ${file}.`);
    expect(html).toContain(
      `npx verbatim compare kim-praises-relationship ${file} --hide-boilerplate`,
    );
  });

  it('reads and compares a page of 10,000 nested elements (no stack overflow)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
    const file = join(dir, 'deep.html');
    const inner = '<p>Deep inside the page, a paragraph of the article.</p>';
    writeFileSync(file, `<body>${'<div>'.repeat(10_000)}${inner}${'</div>'.repeat(10_000)}</body>`);
    const read = run('read', file);
    expect(read.stderr).toBe('');
    expect(read.status).toBe(0);
    expect((JSON.parse(read.stdout) as { text: string }).text).toBe(
      'Deep inside the page, a paragraph of the article.',
    );
    const compared = run('compare', file, file);
    expect(compared.status).toBe(0);
    expect((JSON.parse(compared.stdout) as CompareJson).relation.aInB).toBe(1);
  });

  it('ends quietly with status 0 when the reader closes the pipe early', async () => {
    // Output far larger than a pipe's buffer, so the writes are still going when the pipe closes.
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
    const file = join(dir, 'long.txt');
    writeFileSync(file, 'North Korea and Russia signed a pact on Wednesday. '.repeat(40_000));
    const child = spawn(process.execPath, ['dist-cli/verbatim.js', 'compare', file, file], {
      cwd: root,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 60_000);
});
