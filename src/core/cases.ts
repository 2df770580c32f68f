/** One piece of evidence of reuse: matched words, or a pair of sentences that restate each other. */
export interface Evidence {
  /** Word ranges `[first, end)` on each side. */
  readonly a: readonly [number, number];
  readonly b: readonly [number, number];
  /** Words matched word for word (0 for a reworded sentence pair). */
  readonly exact: number;
}

export interface CaseOptions {
  /** Largest gap, in words on each side, between two pieces of evidence of one reuse. */
  readonly maxGap: number;
  /** Fewest words a case needs on each side, unless it covers most of both texts. */
  readonly minWords: number;
  /** Fewest words matched word for word that make a case on their own, with no restatement. */
  readonly minExact: number;
  /** Fewest restated sentence pairs that make a case with fewer than `minExact` words matched. */
  readonly minRestated: number;
}

export const CASE_OPTIONS: CaseOptions = { maxGap: 80, minWords: 12, minExact: 8, minRestated: 2 };

/** A group of evidence: one region of A reused as one region of B. */
export interface CaseGroup {
  readonly a: [number, number];
  readonly b: [number, number];
  /** Indices into the evidence list, in order of A. */
  readonly members: number[];
  /** Words matched word for word inside it, and the longest such piece. */
  readonly exact: number;
  readonly longest: number;
}

/**
 * Groups evidence into reuse cases, the "extension" stage of text alignment: pieces that lie
 * within `maxGap` words of each other in both texts belong to one reuse, as do pieces whose
 * regions overlap in both. A moved paragraph is far from its neighbours in one text, so it makes a
 * case of its own. Then "filtering": a group too small to be more than a stock phrase is not a
 * case. `lengths` are the texts' word counts.
 */
export function groupCases(
  evidence: readonly Evidence[],
  lengths: readonly [number, number],
  options: CaseOptions = CASE_OPTIONS,
): CaseGroup[] {
  const order = evidence.map((_, i) => i).sort((x, y) => evidence[x]!.a[0] - evidence[y]!.a[0]);
  const parent = evidence.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  // A sweep along A: only pieces still within reach in A are compared, and at most a bounded
  // number of them, so repetitive evidence cannot make this quadratic.
  let active: number[] = [];
  for (const i of order) {
    const e = evidence[i]!;
    active = active.filter((j) => evidence[j]!.a[1] + options.maxGap >= e.a[0]);
    for (const j of active) {
      if (distance(evidence[j]!.b, e.b) <= options.maxGap) parent[find(i)] = find(j);
    }
    active.push(i);
    // Of many pieces in reach at once (restatements of one sentence by many), those that end
    // last reach furthest: keep them, a bounded number.
    if (active.length > REACH) {
      active.sort((x, y) => evidence[x]!.a[1] - evidence[y]!.a[1]);
      active = active.slice(-REACH);
    }
  }
  const groups = new Map<number, CaseGroup>();
  for (const i of order) {
    const root = find(i);
    const e = evidence[i]!;
    const g = groups.get(root);
    if (g === undefined) {
      groups.set(root, {
        a: [...e.a],
        b: [...e.b],
        members: [i],
        exact: e.exact,
        longest: e.exact,
      });
    } else {
      g.a[0] = Math.min(g.a[0], e.a[0]);
      g.a[1] = Math.max(g.a[1], e.a[1]);
      g.b[0] = Math.min(g.b[0], e.b[0]);
      g.b[1] = Math.max(g.b[1], e.b[1]);
      g.members.push(i);
      (g as { exact: number }).exact += e.exact;
      (g as { longest: number }).longest = Math.max(g.longest, e.exact);
    }
  }
  return mergeOverlapping([...groups.values()]).filter((g) =>
    isCase(g, evidence, lengths, options),
  );
}

/** Groups whose regions overlap in both texts are one reuse seen twice: merged. */
function mergeOverlapping(groups: CaseGroup[]): CaseGroup[] {
  groups.sort((x, y) => x.a[0] - y.a[0]);
  const out: CaseGroup[] = [];
  for (const g of groups) {
    // Sorted by where they start in A, a group overlaps only recent ones: look back a bounded way.
    let into: CaseGroup | undefined;
    for (let k = out.length - 1; k >= Math.max(0, out.length - REACH) && !into; k--) {
      if (distance(out[k]!.a, g.a) < 0 && distance(out[k]!.b, g.b) < 0) into = out[k];
    }
    if (into === undefined) {
      out.push(g);
      continue;
    }
    into.a[0] = Math.min(into.a[0], g.a[0]);
    into.a[1] = Math.max(into.a[1], g.a[1]);
    into.b[0] = Math.min(into.b[0], g.b[0]);
    into.b[1] = Math.max(into.b[1], g.b[1]);
    into.members.push(...g.members);
    (into as { exact: number }).exact += g.exact;
    (into as { longest: number }).longest = Math.max(into.longest, g.longest);
  }
  for (const g of out) g.members.sort((x, y) => x - y);
  return out;
}

function isCase(
  g: CaseGroup,
  evidence: readonly Evidence[],
  lengths: readonly [number, number],
  options: CaseOptions,
): boolean {
  // A short text (a headline, a pasted sentence) found whole in the other is a case however short.
  if (g.exact * 2 > Math.min(lengths[0], lengths[1])) return true;
  // Short matches only support a case: a stock phrase met three times is still a stock phrase.
  const restated = g.members.filter((m) => evidence[m]!.exact === 0).length;
  if (g.longest < options.minExact && restated < options.minRestated) return false;
  return restated === 0 || Math.min(g.a[1] - g.a[0], g.b[1] - g.b[0]) >= options.minWords;
}

/** How many pieces (or groups) one is compared with at most: the bound on the work. */
const REACH = 64;

/** Gap between two ranges (negative when they overlap). */
function distance(x: readonly [number, number], y: readonly [number, number]): number {
  return Math.max(y[0] - x[1], x[0] - y[1]);
}
