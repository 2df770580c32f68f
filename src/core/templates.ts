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
  const keys = sources.map(
    (s) =>
      new Set(
        s.blocks
          .map((b) => wordsOf(s.text.slice(b.start, b.end)).join(' '))
          .filter((k) => k.length > 0),
      ),
  );
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

function shinglesOf(source: Source): Set<string> {
  const words = wordsOf(source.text);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** Two texts tell the same story when a fifth of the shorter one's 4-word runs stand in the other. */
function sameStory(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared >= small.size * 0.2;
}
