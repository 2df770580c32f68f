/**
 * The evidence behind the markup rules of the boilerplate labels: for HTML pages with gold
 * bodies (the extraction benchmark's layout), how many blocks in each part of the page
 * (navigation, related, form, credit, date, caption, aside) and each band of link density are
 * gold boilerplate and how many are story, split by whether the labels name them. Run it on
 * development data only; the held-out half and pages never tuned on are for `extraction.ts`.
 *
 *   npx tsx bench/markupParts.ts <dir> [<dir>…] [--keys 0-7]
 */
import { resolve } from 'node:path';
import { classifyBlocks } from '../src/core';
import { readHtmlPageInNode } from '../src/html/readHtmlNode';
import { loadPages } from './extraction';
import { goldIndex } from '../src/measure/shingles';

const args = process.argv.slice(2);
const keysAt = args.indexOf('--keys');
const keys = keysAt === -1 ? null : new RegExp(`^[${args[keysAt + 1]}]`);
const dirs = args.filter((a, i) => a !== '--keys' && i !== keysAt + 1);
if (dirs.length === 0) {
  console.log('usage: npx tsx bench/markupParts.ts <dir> [<dir>…] [--keys 0-7]');
  process.exit(1);
}

const tally = new Map<string, { boilerplate: number; story: number }>();
const count = (key: string, boilerplate: boolean) => {
  const t = tally.get(key) ?? { boilerplate: 0, story: 0 };
  if (boilerplate) t.boilerplate++;
  else t.story++;
  tally.set(key, t);
};
const band = (links: number) =>
  links >= 0.5
    ? 'links >= 0.5'
    : links >= 0.3
      ? 'links 0.3-0.5'
      : links > 0
        ? 'links < 0.3'
        : 'no links';

let pages = 0;
for (const dir of dirs)
  for (const page of loadPages(resolve(dir))) {
    if (keys && !keys.test(page.key)) continue;
    pages++;
    const { source, added } = readHtmlPageInNode(page.key, page.html);
    const labels = classifyBlocks(source);
    const isBoilerplate = goldIndex(page.gold);
    source.blocks.forEach((block, i) => {
      if (added.includes(i)) return;
      const truth = isBoilerplate(source.text.slice(block.start, block.end));
      if (truth === null || !block.markup) return;
      const named = labels[i] === null ? 'unlabelled' : 'labelled';
      count(`part ${block.markup.part ?? '(none)'}, ${named}`, truth);
      count(`${band(block.markup.links)}, ${named}`, truth);
    });
  }

console.log(`Markup signals against gold bodies, ${pages} pages (${dirs.join(', ')})`);
for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `  ${key.padEnd(34)} boilerplate ${String(t.boilerplate).padStart(5)}  story ${String(t.story).padStart(5)}`,
  );
