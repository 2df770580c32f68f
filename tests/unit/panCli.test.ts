import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPanCorpus } from '../../src/pan/corpus';
import { corpusPaths, detectPair } from '../../src/pan/evaluate';
import { panMeasures } from '../../src/pan/measures';
import { parsePanXml } from '../../src/pan/xml';
import { runPan } from '../../src/pan/command';

const root = new URL('../..', import.meta.url).pathname;
const FIXTURE = join(root, 'tests/fixtures/pan');
// spawnSync's stderr is a pipe, not a terminal: the command must stay quiet on success.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['dist-cli/verbatim.js', 'pan', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const fixtureArgs = (pairs = join(FIXTURE, 'pairs')) => [
  join(FIXTURE, 'src'),
  join(FIXTURE, 'susp'),
  pairs,
];

function readDetections(dir: string) {
  return readdirSync(dir).flatMap(
    (f) => parsePanXml(readFileSync(join(dir, f), 'utf8'), 'detected-plagiarism').annotations,
  );
}

// Each test starts Node with a TypeScript loader: seconds on a loaded machine. A budget, not an
// assertion on time.
describe('verbatim pan', { timeout: 60_000 }, () => {
  it('writes one PAN detection XML per pair, scoring as the engine does in-process', () => {
    const out = mkdtempSync(join(tmpdir(), 'verbatim-pan-'));
    const result = run(...fixtureArgs(), out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'suspicious-document00001-source-document00001.xml',
      'suspicious-document00001-source-document00002.xml',
      'suspicious-document00002-source-document00001.xml',
    ]);
    const corpus = readPanCorpus(FIXTURE);
    const inProcess = corpus.pairs.flatMap((p) => {
      const r = detectPair(p, corpusPaths(corpus));
      return r.ok ? r.cases : [];
    });
    const fromFiles = readDetections(out);
    expect(fromFiles.length).toBeGreaterThan(0);
    expect(panMeasures(corpus.cases, fromFiles)).toEqual(panMeasures(corpus.cases, inProcess));
    expect(panMeasures(corpus.cases, fromFiles).recall).toBeGreaterThan(0.99);
  });

  it('reports a missing document by name, writes the other pairs, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-pan-'));
    const pairs = join(dir, 'pairs');
    writeFileSync(
      pairs,
      'suspicious-document00001.txt source-document00001.txt\nsuspicious-document00001.txt no-such-source.txt\n',
    );
    const out = join(dir, 'out');
    const result = run(...fixtureArgs(pairs), out);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/no-such-source\.txt.*no such file/),
    ]);
    expect(readdirSync(out)).toEqual(['suspicious-document00001-source-document00001.xml']);
  });

  it('names a line of the pairs file it cannot read, writes the others, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-pan-'));
    const pairs = join(dir, 'pairs');
    writeFileSync(
      pairs,
      'suspicious-document00002.txt source-document00001.txt\nonly-one-name.txt\n',
    );
    const result = run(...fixtureArgs(pairs), join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 2: not "suspicious-document source-document"/);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(1);
  });

  it.each([
    ['too few arguments', () => ['a', 'b'], /^verbatim: usage: verbatim pan/],
    [
      'a source directory that does not exist',
      () => ['/no/such/dir', join(FIXTURE, 'susp'), join(FIXTURE, 'pairs'), tmpdir()],
      /source directory "\/no\/such\/dir" is not a directory/,
    ],
    [
      'an unreadable pairs file',
      () => [join(FIXTURE, 'src'), join(FIXTURE, 'susp'), '/no/such/pairs', tmpdir()],
      /cannot read the pairs file/,
    ],
  ])('exits 2 with one line on %s', (_, args, message) => {
    const result = run(...args());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/internal error/);
  });
});

// Each test starts Node with a TypeScript loader: seconds on a loaded machine. A budget, not an
// assertion on time.
describe('verbatim pan progress', { timeout: 60_000 }, () => {
  const capture = (isTTY: boolean) => {
    let text = '';
    return { write: (s: string) => (text += s), isTTY, text: () => text };
  };

  it('shows its progress in a terminal, and nothing but problems otherwise', () => {
    const tty = capture(true);
    expect(runPan([...fixtureArgs(), mkdtempSync(join(tmpdir(), 'verbatim-pan-'))], tty)).toBe(0);
    expect(tty.text()).toMatch(/pair 3 of 3/);
    expect(tty.text()).toMatch(/3 of 3 pairs written/);
    const pipe = capture(false);
    expect(runPan([...fixtureArgs(), mkdtempSync(join(tmpdir(), 'verbatim-pan-'))], pipe)).toBe(0);
    expect(pipe.text()).toBe('');
  });
});
