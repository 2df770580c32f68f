import type { Pair } from '@/core';
import { nearestId } from './nearestId';

/** A link that names an unknown source close to a known one: the pair it probably meant. */
export interface Suggestion {
  /** The pair with each mistyped id replaced by its nearest known id. */
  readonly pair: Pair<string>;
  /** The ids suggested, in order (one or two). */
  readonly ids: readonly string[];
}

/**
 * What a bad link probably meant: each of `a=` and `b=` that is not a known id but is close to
 * one is replaced by it; the other side keeps its own id when it is known. Null when nothing
 * is close, or when the suggestion would name one source twice.
 */
export function suggestionFor(search: string, knownIds: readonly string[]): Suggestion | null {
  const params = new URLSearchParams(search);
  const values = [params.get('a'), params.get('b')];
  const ids: string[] = [];
  const pair = values.map((value) => {
    if (value === null) return null;
    if (knownIds.includes(value)) return value;
    const near = nearestId(value.trim().toLowerCase(), knownIds);
    if (near) ids.push(near);
    return near;
  });
  const [a, b] = pair;
  if (ids.length === 0 || !a || !b || a === b) return null;
  return { pair: [a, b], ids };
}
