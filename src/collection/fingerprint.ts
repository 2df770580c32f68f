import { normalizeWord } from '../core';
import { forEachWord } from '../core';

/**
 * A document's fingerprint for finding candidate pairs: the hashes of a content-chosen sample
 * of its word n-grams (the words folded as the engine folds them), each kept once.
 *
 * Sampling by the hash's value (keep when `hash % sample === 0`), not by position, keeps the
 * same n-grams in every document that has them, so two copies of a passage keep the same
 * sample (Broder's "mod-p" sampling). A shared verbatim run of 50 words has 46 five-word
 * windows; with one in four kept, it shows about 11 shared hashes, and none at all with
 * probability (3/4)^46 ≈ 2·10⁻⁶.
 */
export interface FingerprintOptions {
  /** Words per n-gram (passim's default is 5). */
  readonly n: number;
  /** One in `sample` n-grams is kept. */
  readonly sample: number;
}

export const DEFAULT_FINGERPRINT: FingerprintOptions = { n: 5, sample: 4 };

/** Word hashes by spelling, shared by the documents one thread fingerprints. */
const wordHashes = new Map<string, number>();

/** FNV-1a over the folded word: 32 bits, the same in every thread and on every run. */
function hashWord(raw: string): number {
  let h = wordHashes.get(raw);
  if (h !== undefined) return h;
  const key = normalizeWord(raw);
  h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  // The cache is a convenience: a thread reading millions of distinct words starts afresh.
  if (wordHashes.size > 1 << 20) wordHashes.clear();
  wordHashes.set(raw, h);
  return h;
}

/** The folded-word hashes of `text`, in order. */
export function wordHashesOf(text: string): Uint32Array {
  let out = new Uint32Array(Math.max(16, text.length >> 3));
  let n = 0;
  forEachWord(text, (start, end) => {
    if (n === out.length) {
      const bigger = new Uint32Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    out[n++] = hashWord(text.slice(start, end));
  });
  return out.subarray(0, n);
}

/** Mixes a window of word hashes into one well-spread 32-bit value (murmur3's finaliser). */
function windowHash(words: Uint32Array, from: number, n: number): number {
  let h = 0x9747b28c;
  for (let k = 0; k < n; k++) {
    h = Math.imul(h ^ words[from + k]!, 0x5bd1e995);
    h ^= h >>> 15;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Every n-gram hash of a word-hash sequence (not sampled, not deduplicated). */
export function ngramHashes(words: Uint32Array, n: number): Uint32Array {
  const count = Math.max(0, words.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = windowHash(words, i, n);
  return out;
}

/** The sampled, distinct n-gram hashes of `text`, ascending. */
export function fingerprint(
  text: string,
  options: FingerprintOptions = DEFAULT_FINGERPRINT,
): Uint32Array {
  const all = ngramHashes(wordHashesOf(text), options.n);
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (all[i]! % options.sample === 0) all[kept++] = all[i]!;
  const sorted = all.subarray(0, kept).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.slice(0, distinct);
}
