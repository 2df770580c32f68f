import { COLLECTION } from '@/core';
import type { Family, FirstReading } from '@/collection/families';
import { isoDate } from '@/collection/dates';
import { parseInputRecord, parsePassimRecord, passimFamilies } from '@/collection/passim';
import type { PassimPassage } from '@/collection/passim';
import type { FoundFamilies } from '@/collection/found';

/** A member of a family as the view lists it; `sourceId` is null when its text was not opened. */
export interface FamilyMember {
  readonly name: string;
  readonly sourceId: string | null;
  readonly date: string | null;
  readonly first: boolean;
}

/** A pair of a family the reader can open in the comparison view. */
export interface FamilyPair {
  readonly a: string;
  readonly b: string;
  /** The two sources to compare; null when a text is missing or both are the same text. */
  readonly sourceIds: readonly [string, string] | null;
  /** Why the pair cannot be opened, when it cannot. */
  readonly unavailable: 'missing' | 'same' | null;
  /** The relation's sentence (with the names for A and B), where the pair was compared. */
  readonly text: string | null;
  readonly strength: number | null;
}

export interface FamilyView {
  readonly number: number;
  readonly size: number;
  /** Mean strength of its related pairs, 0 to 1; null where the input does not say. */
  readonly strength: number | null;
  readonly members: readonly FamilyMember[];
  readonly first: { name: string; by: 'date' | 'text' } | null;
  readonly evidence: readonly string[];
  readonly firstUnknown: string | null;
  /** The pairs to open, strongest first, at most `MAX_PAIRS`. */
  readonly pairs: readonly FamilyPair[];
  /** Pairs not listed. */
  readonly morePairs: number;
}

/** Pairs listed per family: a family of many copies has too many pairs to read as a list. */
export const MAX_PAIRS = 30;

interface Entry {
  readonly name: string;
  readonly sourceId: string;
  readonly date: string | null;
}

/** A family as a clusters file gives it. */
interface ClusterFamily {
  readonly members: readonly { id: string; date: string | null }[];
  readonly strength: number | null;
  readonly first: FirstReading | null;
  readonly firstUnknown: string | null;
}

export interface ClusterInput {
  readonly file: string;
  readonly families: readonly ClusterFamily[];
}

export interface JsonLinesRead {
  /** Documents in passim's input format (`id`, `text`, `date`). */
  readonly documents: readonly { id: string; text: string; date: string | null }[];
  /** Families as Verbatim's `clusters.jsonl` gives them. */
  readonly ours: readonly ClusterFamily[];
  /** passim's output records: reused passages, grouped later (a cluster spans part files). */
  readonly passages: readonly PassimPassage[];
  readonly problems: readonly string[];
}

/**
 * A JSON Lines file of a collection, whatever it holds, line by line: documents (passim's input),
 * Verbatim's own families (`clusters.jsonl`), or passim's output (one reused passage a line). The
 * pairs Verbatim writes beside its families are passed over. A line that is none of these is
 * named, and the rest goes on.
 */
export function clustersOfJsonLines(bytes: Uint8Array): JsonLinesRead {
  const text = new TextDecoder().decode(bytes);
  const documents: { id: string; text: string; date: string | null }[] = [];
  const ours: ClusterFamily[] = [];
  const passages: PassimPassage[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      problems.push(COLLECTION.lineProblem(k + 1, 'not a JSON object'));
      return;
    }
    const r = (typeof record === 'object' && record !== null ? record : {}) as Record<
      string,
      unknown
    >;
    if (Array.isArray(r.members)) {
      const family = ourFamily(r);
      if (family) ours.push(family);
      else problems.push(COLLECTION.lineProblem(k + 1, 'a family without member ids'));
    } else if ('cluster' in r) {
      const read = parsePassimRecord(line);
      if (read.ok) passages.push(read.passage);
      else problems.push(COLLECTION.lineProblem(k + 1, read.problem));
    } else if ('relation' in r && 'a' in r && 'b' in r) {
      // A line of pairs.jsonl: its families are in clusters.jsonl.
    } else {
      const read = parseInputRecord(line);
      if (read.ok) documents.push({ id: read.id, text: read.text, date: isoDate(read.date) });
      else problems.push(COLLECTION.lineProblem(k + 1, read.problem));
    }
  });
  return { documents, ours, passages, problems };
}

/**
 * The families of the clusters files opened: Verbatim's own where given, else passim's passages
 * grouped by cluster across all its part files; null when no file held any.
 */
export function clusterInput(
  read: readonly { file: string; lines: JsonLinesRead }[],
): ClusterInput | null {
  const ours = read.filter((r) => r.lines.ours.length > 0);
  if (ours.length > 0) return { file: ours[0]!.file, families: ours.flatMap((r) => r.lines.ours) };
  const passim = read.filter((r) => r.lines.passages.length > 0);
  if (passim.length === 0) return null;
  const families = passimFamilies(passim.flatMap((r) => r.lines.passages)).map((f) => ({
    members: f.members.map((m) => ({ id: m.id, date: isoDate(m.date) })),
    strength: null,
    first: null,
    firstUnknown: null,
  }));
  // passim writes a folder of part files (out.json/part-*): the folder is what the reader knows.
  const folders = new Set(passim.map((r) => r.file.replace(/\/part-[^/]*$/, '')));
  return { file: [...folders].join(', '), families };
}

function ourFamily(r: Record<string, unknown>): ClusterFamily | null {
  const members = (r.members as unknown[]).map((m) => {
    const member = (m ?? {}) as Record<string, unknown>;
    return typeof member.id === 'string'
      ? { id: member.id, date: typeof member.date === 'string' ? member.date : null }
      : null;
  });
  if (members.length === 0 || members.some((m) => m === null)) return null;
  const first = (r.first ?? null) as Record<string, unknown> | null;
  return {
    members: members as { id: string; date: string | null }[],
    strength: typeof r.strength === 'number' ? r.strength : null,
    first:
      first && typeof first.id === 'string' && (first.by === 'date' || first.by === 'text')
        ? {
            id: first.id,
            by: first.by,
            evidence: Array.isArray(first.evidence)
              ? first.evidence.filter((e): e is string => typeof e === 'string')
              : [],
          }
        : null,
    firstUnknown: typeof r.firstUnknown === 'string' ? r.firstUnknown : null,
  };
}

/** The entry a family member's id names: the same name, or a file in a folder inside the one opened. */
function entryFor(id: string, entries: readonly Entry[]): Entry | null {
  return (
    entries.find((e) => e.name === id) ?? entries.find((e) => e.name.endsWith(`/${id}`)) ?? null
  );
}

/** A pair's sources, or why it cannot be opened (two identical files are one source). */
function pairOf(a: Entry | null, b: Entry | null): Pick<FamilyPair, 'sourceIds' | 'unavailable'> {
  if (!a || !b) return { sourceIds: null, unavailable: 'missing' };
  if (a.sourceId === b.sourceId) return { sourceIds: null, unavailable: 'same' };
  return { sourceIds: [a.sourceId, b.sourceId], unavailable: null };
}

/** The families the worker found, with each member's source and the pairs it compared. */
export function familiesFromFound(found: FoundFamilies, entries: readonly Entry[]): FamilyView[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  return found.families.map((family: Family) => {
    const names = new Set(family.members.map((m) => m.id));
    const pairs = found.pairs
      .filter((p) => names.has(p.a) && names.has(p.b))
      .sort((x, y) => y.strength - x.strength);
    return {
      number: family.family,
      size: family.size,
      strength: family.strength,
      members: family.members.map((m) => ({
        name: m.id,
        sourceId: byName.get(m.id)?.sourceId ?? null,
        date: m.date,
        first: family.first?.id === m.id,
      })),
      first: family.first ? { name: family.first.id, by: family.first.by } : null,
      evidence: family.first?.evidence ?? [],
      firstUnknown: family.firstUnknown,
      pairs: pairs.slice(0, MAX_PAIRS).map((p) => ({
        a: p.a,
        b: p.b,
        ...pairOf(byName.get(p.a) ?? null, byName.get(p.b) ?? null),
        text: p.text.replace(/\b([AB])\b/g, (side) => (side === 'A' ? p.a : p.b)),
        strength: p.strength,
      })),
      morePairs: Math.max(0, pairs.length - MAX_PAIRS),
    };
  });
}

/**
 * The families a clusters file gives, ranked as Verbatim ranks its own (largest, then strongest).
 * The file does not say which pairs were related, so every pair of members is offered.
 */
export function familiesFromClusters(input: ClusterInput, entries: readonly Entry[]): FamilyView[] {
  const ranked = [...input.families].sort(
    (x, y) => y.members.length - x.members.length || (y.strength ?? 0) - (x.strength ?? 0),
  );
  return ranked.map((family, n) => {
    const members = family.members.map((m) => ({ id: m.id, entry: entryFor(m.id, entries) }));
    const pairs: FamilyPair[] = [];
    let all = 0;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        all++;
        if (pairs.length < MAX_PAIRS)
          pairs.push({
            a: members[i]!.id,
            b: members[j]!.id,
            ...pairOf(members[i]!.entry, members[j]!.entry),
            text: null,
            strength: null,
          });
      }
    return {
      number: n + 1,
      size: members.length,
      strength: family.strength,
      members: family.members.map((m, k) => ({
        name: m.id,
        sourceId: members[k]!.entry?.sourceId ?? null,
        date: m.date ?? members[k]!.entry?.date ?? null,
        first: family.first?.id === m.id,
      })),
      first: family.first ? { name: family.first.id, by: family.first.by } : null,
      evidence: family.first?.evidence ?? [],
      firstUnknown: family.firstUnknown,
      pairs,
      morePairs: all - pairs.length,
    };
  });
}
