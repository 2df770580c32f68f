import type { PairResult } from './types';

/** What the clustering keeps of a related pair: small, so a collection's pairs fit in memory. */
export interface Link {
  readonly i: number;
  readonly j: number;
  /** max(aInB, bInA): how much of the smaller text the pair shares. */
  readonly strength: number;
  /** "a" when document i reads as derived from document j, "b" when j from i. */
  readonly derived: 'a' | 'b' | null;
  readonly text: string;
}

export const linkOf = (i: number, j: number, pair: PairResult): Link => ({
  i,
  j,
  strength: Math.max(pair.aInB, pair.bInA),
  derived: pair.derived,
  text: pair.relation.text,
});

/** Which member came first, and why; null where neither dates nor text tell. */
export interface FirstReading {
  readonly id: string;
  readonly by: 'date' | 'text';
  readonly evidence: readonly string[];
}

/** A line of `clusters.jsonl`. */
export interface Family {
  readonly family: number;
  readonly size: number;
  readonly members: readonly { id: string; date: string | null; series: string | null }[];
  /** Related pairs inside the family (each a line of pairs.jsonl). */
  readonly pairs: number;
  /** Mean strength of its pairs, 0 to 1. */
  readonly strength: number;
  readonly first: FirstReading | null;
  /** Why `first` is null, in a sentence; null when it is not. */
  readonly firstUnknown: string | null;
}

interface Member {
  readonly id: string;
  readonly date: string | null;
  readonly series: string | null;
}

/**
 * Families: the connected components of the related pairs (single-link, as passim clusters
 * passages), largest first, then strongest, then by their first member's id. Every document
 * in a related pair is in exactly one family; a document in none is in no family.
 */
export function familiesOf(members: readonly Member[], links: readonly Link[]): Family[] {
  const parent = new Int32Array(members.length).map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  for (const { i, j } of links) {
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  const byRoot = new Map<number, { docs: number[]; links: Link[] }>();
  for (const link of links) {
    const root = find(link.i);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { docs: [], links: [] }));
    group.links.push(link);
  }
  members.forEach((_, k) => byRoot.get(find(k))?.docs.push(k));
  const groups = [...byRoot.values()].map((g) => {
    const ids = g.docs.map((k) => members[k]!).sort((x, y) => compareIds(x.id, y.id));
    const strength = g.links.reduce((s, l) => s + l.strength, 0) / g.links.length;
    return { ids, links: g.links, strength };
  });
  groups.sort(
    (x, y) =>
      y.ids.length - x.ids.length ||
      y.strength - x.strength ||
      compareIds(x.ids[0]!.id, y.ids[0]!.id),
  );
  return groups.map((g, n) => {
    const reading = firstOf(g.ids, g.links, members);
    return {
      family: n + 1,
      size: g.ids.length,
      members: g.ids,
      pairs: g.links.length,
      strength: Math.round(g.strength * 1000) / 1000,
      first: 'id' in reading ? reading : null,
      firstUnknown: 'id' in reading ? null : reading.unknown,
    };
  });
}

const compareIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Which member came first. Dates decide where every member has one and one date is earliest;
 * otherwise the text: the one member that no pair names as derived (the other holding clearly
 * more of it than it holds of the other), where some pair names it as the one derived from.
 * Where neither tells, nobody is named: a wrapped copy and its original hold each other
 * whole, and text alone cannot say which was first.
 */
function firstOf(
  family: readonly Member[],
  links: readonly Link[],
  members: readonly Member[],
): FirstReading | { unknown: string } {
  const dated = family.filter((m) => m.date !== null);
  if (dated.length === family.length && family.length > 1) {
    const sorted = [...dated].sort((x, y) => compareIds(x.date!, y.date!));
    const [earliest, next] = [sorted[0]!, sorted[1]!];
    if (earliest.date !== next.date)
      return {
        id: earliest.id,
        by: 'date',
        evidence: [
          `${earliest.id} is dated ${earliest.date}, before every other member (the next is ${next.id}, ${next.date})`,
        ],
      };
  }
  const derivedFrom = new Map<string, string[]>();
  const derived = new Set<string>();
  for (const link of links) {
    if (link.derived === null) continue;
    const [copy, original] =
      link.derived === 'a'
        ? [members[link.i]!, members[link.j]!]
        : [members[link.j]!, members[link.i]!];
    derived.add(copy.id);
    const list = derivedFrom.get(original.id) ?? [];
    list.push(relationWithIds(link, members));
    derivedFrom.set(original.id, list);
  }
  // Every member no pair reads as derived could be the original, including one that only
  // stands beside it as a whole copy (a copy and its original hold each other alike): the
  // text names the first only when a single member is left.
  const originals = family
    .map((m) => m.id)
    .filter((id) => !derived.has(id))
    .sort(compareIds);
  if (derived.size > 0 && originals.length === 1 && derivedFrom.has(originals[0]!)) {
    const id = originals[0]!;
    return { id, by: 'text', evidence: derivedFrom.get(id)!.slice(0, 5) };
  }
  if (dated.length > 0 && dated.length < family.length)
    return { unknown: 'only some members are dated, and the text names no single original' };
  return {
    unknown:
      derived.size > 0 && originals.length > 1
        ? `the text reads none of ${originals.slice(0, 5).join(', ')}${originals.length > 5 ? '…' : ''} as derived: any could be the original`
        : 'the members hold one another alike: the text does not say which came first',
  };
}

/** The relation's sentence with the documents' ids for "A" and "B". */
function relationWithIds(link: Link, members: readonly Member[]): string {
  const a = members[link.i]!.id;
  const b = members[link.j]!.id;
  return link.text.replace(/\b([AB])\b/g, (letter) => (letter === 'A' ? a : b));
}
