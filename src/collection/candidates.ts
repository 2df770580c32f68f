/**
 * Candidate pairs from an inverted index of sampled n-grams, as passim finds them: two
 * documents are compared in full only when they share at least `minShared` sampled n-grams
 * that stand in at most `maxPosting` documents. An n-gram in more documents than that is a
 * stock phrase or boilerplate (passim's `UPPER`, default 100): skipping it bounds the work at
 * C(maxPosting, 2) pairs per n-gram, whatever the collection holds.
 */
export interface CandidateOptions {
  readonly maxPosting: number;
  readonly minShared: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { maxPosting: 100, minShared: 3 };

/** A candidate pair of document indices, i < j, with the number of sampled n-grams they share. */
export interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly shared: number;
}

/** Documents an index can hold: a posting is stored as hash·2²¹ + document, exact in a double. */
export const MAX_DOCUMENTS = 1 << 21;

/**
 * Candidate pairs of `fingerprints` (each ascending and distinct, as `fingerprint` gives
 * them), ordered by i then j. Memory: one double per kept n-gram, and one map entry per pair
 * that shares any usable n-gram.
 */
export function candidatePairs(
  fingerprints: readonly Uint32Array[],
  options: CandidateOptions = DEFAULT_CANDIDATES,
): Candidate[] {
  const docs = fingerprints.length;
  if (docs > MAX_DOCUMENTS)
    throw new RangeError(`an index holds at most ${MAX_DOCUMENTS} documents`);
  let total = 0;
  for (const f of fingerprints) total += f.length;
  const postings = new Float64Array(total);
  let at = 0;
  fingerprints.forEach((f, doc) => {
    for (let k = 0; k < f.length; k++) postings[at++] = f[k]! * MAX_DOCUMENTS + doc;
  });
  postings.sort();
  const counts = new Map<number, number>();
  const group: number[] = [];
  const flush = () => {
    if (group.length >= 2 && group.length <= options.maxPosting) {
      for (let x = 0; x < group.length; x++)
        for (let y = x + 1; y < group.length; y++) {
          const key = group[x]! * docs + group[y]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    group.length = 0;
  };
  let current = -1;
  for (let k = 0; k < postings.length; k++) {
    const value = postings[k]!;
    const hash = Math.floor(value / MAX_DOCUMENTS);
    if (hash !== current) {
      flush();
      current = hash;
    }
    group.push(value - hash * MAX_DOCUMENTS);
  }
  flush();
  const out: Candidate[] = [];
  for (const [key, shared] of counts)
    if (shared >= options.minShared) out.push({ i: Math.floor(key / docs), j: key % docs, shared });
  return out.sort((p, q) => p.i - q.i || p.j - q.j);
}
