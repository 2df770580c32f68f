/**
 * "Did you mean …": the known id nearest to a mistyped one, by edit distance (Levenshtein:
 * insertions, deletions and substitutions), when it is close enough to be what was meant —
 * at most a quarter of the typed id's length, and never more than 6 edits. Null otherwise, and
 * on a tie between two ids (the page should not guess between them).
 */
export function nearestId(typed: string, knownIds: readonly string[]): string | null {
  const limit = Math.min(6, Math.max(1, Math.floor(typed.length / 4)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tie = false;
  for (const id of knownIds) {
    if (Math.abs(id.length - typed.length) > limit) continue;
    // Exact up to bestDistance, so a tie is told from "no nearer".
    const d = editDistance(typed, id, bestDistance + 1);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie ? null : best;
}

/** Levenshtein distance of `a` and `b`, or `cap` as soon as it is known to be at least `cap`. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      if (value < rowBest) rowBest = value;
    }
    if (rowBest >= cap) return cap;
    previous = row;
  }
  return previous[b.length]!;
}
