import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '@/corpus/bundled';
import { runVerbatim } from '../../src/node/commandLine';
import type { ReadJson } from '../../src/node/readJson';

const root = new URL('../..', import.meta.url).pathname;
const DATA = join(root, '../shared/data/article-extraction');

/** `verbatim read`, run in-process: ninety pages, each a jsdom parse, in one Node. */
async function read(path: string) {
  let stdout = '';
  let stderr = '';
  const status = await runVerbatim(['read', path], {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    corpus: bundledSources,
  });
  return { status, stdout, stderr };
}

function expectReadJson(json: ReadJson): void {
  expect(Object.keys(json).sort()).toEqual(
    ['blocks', 'byline', 'date', 'encoding', 'outlet', 'text', 'title', 'url'].sort(),
  );
  let at = 0;
  for (const block of json.blocks) {
    expect(block.start).toBe(at);
    expect(block.end).toBeGreaterThan(block.start);
    at = block.end;
  }
  expect(at).toBe(json.text.length);
}

describe('verbatim read', () => {
  it('reads every real page of the data set, or says it has no article', async () => {
    // CI has the data; a checkout without it must not pass this test silently.
    expect(existsSync(DATA), `the data set is missing at ${DATA}`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-pages-'));
    const pages = readdirSync(join(DATA, 'html')).filter((f) => f.endsWith('.html.gz'));
    expect(pages.length).toBeGreaterThan(80);
    for (const page of pages) {
      const file = join(dir, page.replace(/\.gz$/, ''));
      writeFileSync(file, gunzipSync(readFileSync(join(DATA, 'html', page))));
      const out = await read(file);
      if (out.status === 2) {
        expect(out.stderr).toMatch(/^verbatim: no article text was found in /);
        continue;
      }
      expect([page, out.status, out.stderr]).toEqual([page, 0, '']);
      expectReadJson(JSON.parse(out.stdout) as ReadJson);
    }
  }, 600_000);

  it('prints the documented JSON for an HTML file, metadata included, from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-read-'));
    const file = join(dir, 'story.html');
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Kim hails Russia ties | Example News</title>
      <meta property="og:site_name" content="Example News">
      <link rel="canonical" href="https://news.example.org/2024/06/12/kim">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Kim hails Russia ties","datePublished":"2024-06-12T09:00:00Z",
        "author":[{"@type":"Person","name":"Wire Desk"}]}</script>
      <style>.x{width:calc(($a - $b) / 16 * 9)}</style></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Kim hails Russia ties</h1>
      ${'<p>North Korean leader Kim Jong Un said ties with Russia had grown into an alliance, state media reported on Wednesday, as officials prepared for a visit.</p>'.repeat(4)}
      </article></body></html>`,
    );
    const out = spawnSync(process.execPath, ['dist-cli/verbatim.js', 'read', file], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as ReadJson;
    expectReadJson(json);
    expect(json).toMatchObject({
      title: 'Kim hails Russia ties',
      byline: 'Wire Desk',
      date: '2024-06-12T09:00:00Z',
      outlet: 'Example News',
      url: 'https://news.example.org/2024/06/12/kim',
      encoding: 'UTF-8',
    });
    expect(json.text).toContain('By Wire Desk · Example News · 12 June 2024');
    const labelOf = (needle: string) =>
      json.blocks.find((b) => json.text.slice(b.start, b.end).includes(needle));
    expect(labelOf('By Wire Desk')?.boilerplate).toBe('credit or byline');
    expect(labelOf('North Korean leader')?.boilerplate).toBeNull();
    expect(labelOf('Kim hails Russia ties')?.note).toBe('headline');
  });

  it('names a lead picture’s caption "caption" in the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-read-'));
    const file = join(dir, 'plumes.html');
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Plumes of Europa</title></head><body><article>
      <h1>Plumes of Europa</h1>
      <p>An artist's illustration of a plume of water vapor rising from Jupiter's moon Europa.</p>
      <p>(Image: © NASA/ESA)</p>
      ${'<p>Astronomers said on Monday that the plumes of water vapor on Europa seem to be real, after years of searching for them with telescopes.</p>'.repeat(4)}
      </article></body></html>`,
    );
    const out = await read(file);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as ReadJson;
    const labelOf = (needle: string) =>
      json.blocks.find((b) => json.text.slice(b.start, b.end).includes(needle));
    expect(labelOf("An artist's illustration")?.boilerplate).toBe('caption');
    expect(labelOf('(Image: © NASA/ESA)')?.boilerplate).toBe('credit or byline');
    expect(labelOf('Astronomers said')?.boilerplate).toBeNull();
  });

  it('names a tweet the story embeds "embedded post" in the JSON, and hides neither line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-read-'));
    const file = join(dir, 'tunnel.html');
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Boring hats sell out</title></head><body><article>
      <h1>Boring hats sell out</h1>
      ${'<p>The tunnelling company said on Wednesday that it had sold every one of the hats it put on sale, and that more would follow next month.</p>'.repeat(3)}
      <blockquote class="twitter-tweet"><p lang="en">Gonna build that tunnel one hat at a time</p>— Elon Musk (@elonmusk) <a href="https://twitter.com/elonmusk/status/1">October 18, 2017</a></blockquote>
      <p>Buyers said the checkout had been quick, and several posted pictures of the hats online within hours of the sale.</p>
      </article></body></html>`,
    );
    const out = await read(file);
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as ReadJson;
    const blockOf = (needle: string) =>
      json.blocks.find((b) => json.text.slice(b.start, b.end).includes(needle));
    for (const line of ['one hat at a time', '(@elonmusk) October 18, 2017'])
      expect(blockOf(line)).toMatchObject({ boilerplate: null, note: 'embedded post' });
    expect(blockOf('Buyers said')).toMatchObject({ boilerplate: null, note: null });
  });

  it('reads a Windows-1252 text file and says so on stderr; refuses a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-read-'));
    const file = join(dir, 'latin1.txt');
    writeFileSync(
      file,
      Buffer.from('Caf\xe9 na\xefve\nBy Wire Desk \xb7 12 June 2024\n', 'latin1'),
    );
    const out = await read(file);
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/note: ".*latin1.txt" was read as Windows-1252/);
    expect(JSON.parse(out.stdout)).toMatchObject({
      title: 'Café naïve',
      byline: 'Wire Desk',
      date: '12 June 2024',
      encoding: 'windows-1252',
    });
    const missing = await read(join(dir, 'nothing.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^verbatim: .*nothing.txt/);
  });
});
