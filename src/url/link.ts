import type { Pair } from '@/core/types';

/**
 * The deep link: `?a=<id>&b=<id>`. A contract users share and tools build: keep it stable.
 * Parsing never throws; a bad link yields the best pair it can and names what was wrong.
 */
export interface ParsedLink {
  readonly pair: Pair<string>;
  /** What was wrong with the link, in words for the reader; null for a good or empty link. */
  readonly problem: string | null;
}

export const MAX_ID_LENGTH = 64;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const SIDES = ['a', 'b'] as const;

export function formatLink(pair: Pair<string>): string {
  return `?${new URLSearchParams({ a: pair[0], b: pair[1] }).toString()}`;
}

export function parseLink(
  search: string,
  knownIds: readonly string[],
  fallback: Pair<string>,
): ParsedLink {
  const params = new URLSearchParams(search);
  if (!params.has('a') && !params.has('b')) return { pair: fallback, problem: null };
  const problems: string[] = [];
  const chosen = SIDES.map((name) => {
    const value = params.get(name);
    const label = `source ${name.toUpperCase()} (${name}=)`;
    if (value === null) problems.push(`The link does not say which ${label} to show.`);
    else if (value.trim() === '') problems.push(`The link's ${label} is empty.`);
    else if (value.length > MAX_ID_LENGTH)
      problems.push(`The link's ${label} is too long to be a source id.`);
    else if (!ID.test(value))
      problems.push(`The link's ${label} "${shown(value)}" is not a valid source id.`);
    else if (!knownIds.includes(value))
      problems.push(`The link names ${label} "${value}", which is not one of the sources.`);
    else return value;
    return null;
  });
  const a = chosen[0];
  let b = chosen[1];
  if (a && a === b) {
    problems.push(`The link names the same source twice ("${a}"); pick a second one to compare.`);
    b = null;
  }
  if (problems.length === 0 && a && b) return { pair: [a, b], problem: null };
  const pick = (taken: string | null | undefined) =>
    fallback.find((id) => id !== taken) ?? knownIds.find((id) => id !== taken) ?? fallback[0];
  const pairA = a ?? pick(b);
  const pairB = b ?? pick(pairA);
  return {
    pair: [pairA, pairB],
    problem: `${problems.join(' ')} Showing another comparison instead; choose sources below.`,
  };
}

/** A hostile or garbled value, shortened and stripped of control characters for display. */
function shown(value: string): string {
  const clean = value.replace(/[\p{C}]/gu, '?');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}
