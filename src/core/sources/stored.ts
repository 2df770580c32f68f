import type { Source } from '../types';
import { setAsideNote } from '../wording/onDemand';
import { LEGACY_OWN_ID, type Digest } from './contentId';
import { verifySource } from './schema';

/** A stored record that failed the schema: named, kept out of the page, offered for removal. */
export interface SetAside {
  /** Its key in the vault. */
  readonly id: string;
  /** The sentence that names it and says what is wrong. */
  readonly problem: string;
}

/** A source as the vault keeps it: with the ids it had before, so old links still find it. */
export type StoredRecord = Source & { readonly formerIds?: readonly string[] };

export interface StoredSources {
  /** The records that pass the schema, with their content ids. */
  readonly sources: Source[];
  /** Every id of before and the content id that replaced it. */
  readonly aliases: Map<string, string>;
  /** Records that fail the schema: named, kept out, offered for removal. */
  readonly setAside: SetAside[];
  /** Records stored under an id of before: to store again under their content id… */
  readonly rewrite: StoredRecord[];
  /** …and the keys to delete (their old ids, or a second copy of the same text). */
  readonly obsolete: string[];
}

/**
 * Reads what the vault holds through the one schema for a source (`verifySource`) — in the
 * page, in its labelling worker, so the first script carries neither the schema nor the digest: a record
 * stored under an id of before is given its content id (and stored again under it, keeping the
 * old id as an alias), a record that fails is set aside with a sentence that names it, and a
 * record is never trusted as it was written: one bad record cannot blank the page.
 */
export async function readStoredSources(
  records: readonly unknown[],
  digest: Digest,
): Promise<StoredSources> {
  const out: StoredSources = {
    sources: [],
    aliases: new Map(),
    setAside: [],
    rewrite: [],
    obsolete: [],
  };
  for (const record of records) {
    const key = keyOf(record);
    // A digest that fails rejects the whole read: the page then says storage could not be
    // read, and sets nothing aside for removal.
    const verified = await verifySource(record, digest);
    if (!verified.ok) {
      out.setAside.push({ id: key, problem: setAsideNote(nameOf(record, key), verified.problem) });
      continue;
    }
    const { source, formerId } = verified;
    const former = formerIdsOf(record);
    if (formerId !== undefined) former.push(formerId);
    for (const id of former) out.aliases.set(id, source.id);
    if (out.sources.some((s) => s.id === source.id)) {
      out.obsolete.push(key); // the same text stored twice (under two ids of before)
      continue;
    }
    out.sources.push(source);
    if (formerId !== undefined) {
      out.rewrite.push({ ...source, formerIds: former });
      out.obsolete.push(key);
    }
  }
  return out;
}

function keyOf(record: unknown): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : String(id);
}

function formerIdsOf(record: unknown): string[] {
  const former = (record as { formerIds?: unknown } | null)?.formerIds;
  return Array.isArray(former)
    ? former.filter((id): id is string => typeof id === 'string' && LEGACY_OWN_ID.test(id))
    : [];
}

/** "“Title”" when the record has a readable title, else its key. */
function nameOf(record: unknown, key: string): string {
  const title = (record as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && /\S/.test(title)) {
    const clean = Array.from(title.replace(/[\s\p{C}]+/gu, ' ').trim());
    return `“${clean.length > 60 ? `${clean.slice(0, 60).join('')}…` : clean.join('')}”`;
  }
  return key.length > 60 ? `${key.slice(0, 60)}…` : key;
}
