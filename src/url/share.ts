import { compressToEncodedURIComponent } from 'lz-string';
import {
  cleanTitle,
  SHARED,
  SOURCE_CHECK,
  sharedRefused,
  sharedTooLarge,
  sharedTwice,
  verifySource,
  webDigest,
  type Digest,
  type Source,
} from '@/core';
import { inflateBounded } from './inflate';
import { hasShare, MAX_LINK_CHARS, SHARE_PREFIX as PREFIX } from './shareFragment';

export { hasShare, MAX_LINK_CHARS };

/**
 * Sources of the reader's own travel in the link's fragment (`#src=…`), compressed with
 * lz-string: the fragment never reaches a server, and the comparison reopens anywhere.
 * The payload is JSON `[{"i": id, "t": title, "x": text, "b": [[start, end, heading?], …]}]`:
 * the parsed source itself, so it reopens exactly as it was, whatever format it came from.
 * Each source that arrives passes the one schema for a source (`verifySource`): its id is
 * recomputed from its text (an id of before is replaced, a forged one refused), its paragraphs
 * must cover its text, its title is cleaned.
 */

/** Most characters a fragment may unpack to: far more than a 32 KB link of prose holds. */
export const MAX_SHARED_CHARS = 2_000_000;

export type SharedSources =
  | {
      ok: true;
      sources: Source[];
      /** Ids of before (in the link's query too, perhaps) and the content ids that replace them. */
      renamed: ReadonlyMap<string, string>;
      /** What was refused or merged, for the reader (role="alert"); empty when all opened. */
      problems: string[];
    }
  | { ok: false; problem: string };

function payloadOf(sources: readonly Source[]): string {
  return JSON.stringify(
    sources.map((s) => ({
      i: s.id,
      t: s.title,
      x: s.text,
      // An HTML page's markup signals ride along, so its labels are the same where it opens.
      b: s.blocks.map((b) =>
        b.markup
          ? [b.start, b.end, b.type === 'heading' ? 1 : 0, b.markup]
          : b.type === 'heading'
            ? [b.start, b.end, 1]
            : [b.start, b.end],
      ),
    })),
  );
}

export function encodeShare(sources: readonly Source[]): string {
  return `${PREFIX}${compressToEncodedURIComponent(payloadOf(sources))}`;
}

/** The sources would unpack past what a link may: the page offers no link for them. */
export function shareTooLarge(sources: readonly Source[]): boolean {
  return payloadOf(sources).length > MAX_SHARED_CHARS;
}

const damaged = SHARED.damaged;

/** Reads sources back from a fragment, or says plainly what is wrong with it. Never rejects. */
export async function decodeShare(
  fragment: string,
  digest: Digest = webDigest,
): Promise<SharedSources> {
  const encoded = fragment.slice(PREFIX.length);
  if (encoded.length === 0) return { ok: false, problem: SHARED.empty };
  if (encoded.length > MAX_LINK_CHARS * 4) {
    return { ok: false, problem: SHARED.tooLarge };
  }
  // Unpacked no further than the limit: a small fragment can stand for gigabytes.
  const inflated = inflateBounded(encoded, MAX_SHARED_CHARS);
  if (!inflated.ok) {
    return {
      ok: false,
      problem: inflated.reason === 'tooLarge' ? sharedTooLarge(MAX_SHARED_CHARS) : damaged,
    };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(inflated.text);
  } catch {
    return { ok: false, problem: damaged };
  }
  if (!Array.isArray(payload) || payload.length === 0 || payload.length > 8)
    return { ok: false, problem: damaged };
  const sources: Source[] = [];
  const renamed = new Map<string, string>();
  const problems: string[] = [];
  for (const item of payload) {
    const verified = await verifySource(sourceOf(item), digest).catch(
      (error: unknown) => ({ ok: false, problem: String(error) }) as const,
    );
    if (!verified.ok) {
      problems.push(
        verified.problem === SOURCE_CHECK.shape
          ? damaged
          : sharedRefused(titleOf(item), verified.problem),
      );
      continue;
    }
    const { source, formerId } = verified;
    if (formerId !== undefined) renamed.set(formerId, source.id);
    const kept = sources.find((s) => s.id === source.id);
    if (kept) {
      problems.push(sharedTwice(kept.title));
      continue;
    }
    sources.push(source);
  }
  const unique = [...new Set(problems)];
  if (sources.length === 0) return { ok: false, problem: unique.join(' ') || damaged };
  return { ok: true, sources, renamed, problems: unique };
}

/** A payload item in a source's shape, without judging it (the schema does). */
function sourceOf(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return null;
  const { i, t, x, b } = item as Record<string, unknown>;
  return {
    id: i,
    title: t,
    text: x,
    blocks: Array.isArray(b)
      ? b.map((block: unknown) => {
          if (!Array.isArray(block)) return null;
          const [start, end, heading, markup] = block as unknown[];
          const type = heading === 1 ? 'heading' : 'paragraph';
          return markup === undefined ? { start, end, type } : { start, end, type, markup };
        })
      : b,
  };
}

/** A refused item's title, short and clean, for the message that names it. */
function titleOf(item: unknown): string {
  const t = (item as { t?: unknown } | null)?.t;
  const title = typeof t === 'string' ? cleanTitle(t) : '';
  if (title === '') return 'untitled';
  return title.length > 40 ? `${title.slice(0, 40)}…` : title;
}
