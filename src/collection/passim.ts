import type { CollectionDoc } from './types';

/**
 * passim (github.com/dasmiq/passim, the aligner that runs on Apache Spark) reads documents as
 * JSON Lines with `id` and `text`, an optional `series` (reuse inside one series is ignored:
 * a paper's masthead, week after week) and any other fields, which it passes through (`date`
 * among them). Its output, `out.json/part-*`, holds one JSON record per reused passage: the
 * input fields echoed, plus `cluster`, `size`, `begin` and `end` (character offsets into the
 * document's text), `uid`, and optionally `src` and `pboiler`.
 */

/** One line of passim's input for a document. */
export function passimInputLine(doc: CollectionDoc): string {
  const record: Record<string, string> = { id: doc.source.id, series: doc.series ?? doc.source.id };
  if (doc.date !== null) record.date = doc.date;
  record.text = doc.source.text;
  return JSON.stringify(record);
}

/** A document read from a JSON Lines record, or why the line cannot be read. */
export type InputRecord =
  | { ok: true; id: string; text: string; series: string | null; date: string | null }
  | { ok: false; problem: string };

/** A JSON Lines line as an object, or null when it is not one. */
function jsonObject(line: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}

export function parseInputRecord(line: string): InputRecord {
  const record = jsonObject(line);
  if (record === null) return { ok: false, problem: 'not a JSON object' };
  const id = typeof record.id === 'number' ? String(record.id) : record.id;
  if (typeof id !== 'string' || id.length === 0)
    return { ok: false, problem: 'it has no "id" string' };
  if (typeof record.text !== 'string') return { ok: false, problem: 'it has no "text" string' };
  return {
    ok: true,
    id,
    text: record.text,
    series: typeof record.series === 'string' ? record.series : null,
    date: typeof record.date === 'string' ? record.date : null,
  };
}

/** A reused passage as passim's output gives it. */
export interface PassimPassage {
  readonly cluster: string;
  readonly id: string;
  readonly begin: number;
  readonly end: number;
  readonly series: string | null;
  readonly date: string | null;
  /** The passage's text, where the record carries it. */
  readonly text: string | null;
}

export type PassimRecord = { ok: true; passage: PassimPassage } | { ok: false; problem: string };

/** One line of passim's `out.json`. */
export function parsePassimRecord(line: string): PassimRecord {
  const r = jsonObject(line);
  if (r === null) return { ok: false, problem: 'not a JSON object' };
  const cluster = typeof r.cluster === 'number' || typeof r.cluster === 'string' ? r.cluster : null;
  if (cluster === null) return { ok: false, problem: 'it has no "cluster"' };
  const id = typeof r.id === 'number' ? String(r.id) : r.id;
  if (typeof id !== 'string') return { ok: false, problem: 'it has no "id"' };
  const { begin, end } = r;
  if (
    !Number.isInteger(begin) ||
    !Number.isInteger(end) ||
    (begin as number) < 0 ||
    (end as number) < (begin as number)
  )
    return { ok: false, problem: 'its "begin" and "end" are not offsets' };
  return {
    ok: true,
    passage: {
      cluster: String(cluster),
      id,
      begin: begin as number,
      end: end as number,
      series: typeof r.series === 'string' ? r.series : null,
      date: typeof r.date === 'string' ? r.date : null,
      text: typeof r.text === 'string' ? r.text : null,
    },
  };
}

/** A family read from passim's clusters: its members' passages, and the earliest dated one. */
export interface PassimFamily {
  readonly family: number;
  readonly cluster: string;
  readonly size: number;
  readonly members: readonly {
    id: string;
    date: string | null;
    series: string | null;
    passages: { begin: number; end: number }[];
  }[];
}

/**
 * Groups passim's passages by cluster, members by id (a document may hold a cluster's text
 * twice), largest cluster first, as `clusters.jsonl` lists Verbatim's own families.
 */
export function passimFamilies(passages: readonly PassimPassage[]): PassimFamily[] {
  const byCluster = new Map<string, Map<string, PassimFamily['members'][number]>>();
  for (const p of passages) {
    let members = byCluster.get(p.cluster);
    if (!members) byCluster.set(p.cluster, (members = new Map()));
    let member = members.get(p.id);
    if (!member)
      members.set(p.id, (member = { id: p.id, date: p.date, series: p.series, passages: [] }));
    member.passages.push({ begin: p.begin, end: p.end });
  }
  const families = [...byCluster].map(([cluster, members]) => ({
    cluster,
    members: [...members.values()]
      .map((m) => ({ ...m, passages: m.passages.sort((x, y) => x.begin - y.begin) }))
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
  }));
  families.sort((x, y) => y.members.length - x.members.length || (x.cluster < y.cluster ? -1 : 1));
  return families.map((f, n) => ({
    family: n + 1,
    cluster: f.cluster,
    size: f.members.length,
    members: f.members,
  }));
}
