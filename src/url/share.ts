import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { SHARED, type Source } from '@/core';
import { hasShare, MAX_LINK_CHARS, SHARE_PREFIX as PREFIX } from './shareFragment';

export { hasShare, MAX_LINK_CHARS };

/**
 * Sources of the reader's own travel in the link's fragment (`#src=…`), compressed with
 * lz-string: the fragment never reaches a server, and the comparison reopens anywhere.
 * The payload is JSON `[{"i": id, "t": title, "x": text, "b": [[start, end, heading?], …]}]`:
 * the parsed source itself, so it reopens exactly as it was, whatever format it came from.
 */

export type SharedSources = { ok: true; sources: Source[] } | { ok: false; problem: string };

export function encodeShare(sources: readonly Source[]): string {
  const payload = sources.map((s) => ({
    i: s.id,
    t: s.title,
    x: s.text,
    b: s.blocks.map((b) => (b.type === 'heading' ? [b.start, b.end, 1] : [b.start, b.end])),
  }));
  return `${PREFIX}${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

const damaged = SHARED.damaged;

/** Reads sources back from a fragment, or says plainly what is wrong with it. Never throws. */
export function decodeShare(fragment: string): SharedSources {
  const encoded = fragment.slice(PREFIX.length);
  if (encoded.length === 0) return { ok: false, problem: SHARED.empty };
  if (encoded.length > MAX_LINK_CHARS * 4) {
    return { ok: false, problem: SHARED.tooLarge };
  }
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, problem: damaged };
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return { ok: false, problem: damaged };
  }
  if (!Array.isArray(payload) || payload.length === 0 || payload.length > 8)
    return { ok: false, problem: damaged };
  const sources: Source[] = [];
  for (const item of payload) {
    const source = toSource(item);
    if (typeof source === 'string') return { ok: false, problem: source };
    sources.push(source);
  }
  return { ok: true, sources };
}

function toSource(item: unknown): Source | string {
  const { i, t, x, b } = (item ?? {}) as Record<string, unknown>;
  if (
    typeof i !== 'string' ||
    !/^own-[0-9a-f]{8}$/.test(i) ||
    typeof t !== 'string' ||
    typeof x !== 'string'
  ) {
    return damaged;
  }
  if (!Array.isArray(b)) return damaged;
  // Control characters (NUL and the like, not line breaks or tabs) mean binary, not text.
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  if (/[\u0000-\u0008\u000e-\u001f]/.test(x)) return SHARED.binary;
  if (x.trim() === '') return SHARED.empty;
  const blocks = [];
  let last = 0;
  for (const block of b) {
    if (!Array.isArray(block)) return damaged;
    const [start, end, heading] = block as unknown[];
    if (!Number.isInteger(start) || !Number.isInteger(end)) return damaged;
    if (
      (start as number) < last ||
      (end as number) <= (start as number) ||
      (end as number) > x.length
    )
      return damaged;
    last = end as number;
    blocks.push({
      start: start as number,
      end: end as number,
      type: heading === 1 ? ('heading' as const) : ('paragraph' as const),
    });
  }
  return { id: i, title: t.slice(0, 200), text: x, blocks };
}
