import { wordsOf } from './blockSignals';
import type { Source } from './types';

/**
 * Blocks that are the template of the reader's own sources, the way passim finds boilerplate
 * across a corpus: the same text standing in many sources that otherwise tell different
 * stories ("Advertisement", "Sign up for our newsletter", a site's footer). Copies of one story
 * share text because they are the same story, so sources that share much of their text count
 * once. Returns the normalized text (words joined by single spaces) of each template block,
 * for `classifyBlocks`.
 */
export function templateBlocks(sources: readonly Source[], minSources = 3): Set<string> {
  const template = new Set<string>();
  if (sources.length < minSources) return template;
  const keys = sources.map(blockKeysOf);
  const holders = new Map<string, number[]>();
  keys.forEach((set, i) => set.forEach((k) => holders.set(k, [...(holders.get(k) ?? []), i])));
  const shingles: (Set<string> | undefined)[] = [];
  const shingleSet = (i: number) => (shingles[i] ??= shinglesOf(sources[i]!));
  for (const [key, where] of holders) {
    if (where.length < minSources) continue;
    // Greedily keep sources about stories unlike those already kept.
    const kept: number[] = [];
    for (const i of where)
      if (kept.every((j) => !sameStory(shingleSet(i), shingleSet(j)))) kept.push(i);
    if (kept.length >= minSources) template.add(key);
  }
  return template;
}

// Sources are immutable: their block texts are read once, however often the list changes.
const blockKeys = new WeakMap<Source, Set<string>>();

function blockKeysOf(source: Source): Set<string> {
  let keys = blockKeys.get(source);
  if (keys === undefined) {
    const seen = new Map<string, string>();
    keys = new Set(
      source.blocks
        .map((b) => wordsOf(source.text.slice(b.start, b.end), seen).join(' '))
        .filter((k) => k.length > 0),
    );
    blockKeys.set(source, keys);
  }
  return keys;
}

/** The word 4-grams of each block (not across blocks: a page's layout is not its text). */
function shinglesOf(source: Source): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, string>();
  for (const b of source.blocks) {
    const words = wordsOf(source.text.slice(b.start, b.end), seen);
    for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  }
  return out;
}

/**
 * Two texts tell the same story when 30% of the shorter one's 4-word runs stand in the other:
 * copies and rewrites share far more than a site's footer, which is a few percent of a story.
 */
function sameStory(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared >= small.size * 0.3;
}
