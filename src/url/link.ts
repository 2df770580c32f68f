import { LINK, type Pair } from '@/core';

/**
 * The deep link — a contract users share and tools build; keep it stable:
 *   ?a=<id>&b=<id>        a comparison
 *   ?a=<id>&b=<id>&p=<n>  with passage n (1-based, in the order of source A) chosen and in view
 *   ?a=<id>&b=<id>&c=<n>  with case n (1-based, longest first, as the evidence list numbers
 *                         them) chosen and in view in both texts
 *   …&bp=hide             with boilerplate collapsed (what the page does unless told otherwise)
 *   …&bp=show             with boilerplate shown
 *   ?view=matrix          the corpus matrix
 *   ?view=families        the families of a collection
 * Parsing never throws; a bad link yields the best view it can and names what was wrong.
 */
export type Link =
  | { readonly view: 'matrix' }
  | { readonly view: 'families' }
  | {
      readonly view: 'reader';
      readonly pair: Pair<string>;
      readonly passage: number | null;
      /** `&c=`: the case chosen, by its rank longest first (0-based). Absent: none. */
      readonly caseRank?: number;
      /** `&bp=hide`: collapsed; `&bp=show`: shown. Absent: the reader's remembered choice. */
      readonly hideBoilerplate?: boolean;
    };

export interface ParsedLink {
  readonly link: Link;
  /** What was wrong with the link (role="alert"); null for a good or empty link. */
  readonly problem: string | null;
  /** A quiet note (role="status"), for a passage number that is not one. */
  readonly notice: string | null;
  /** The link names nothing: the start view (the default comparison with the corpus matrix). */
  readonly start?: true;
}

// An own source's id is `own-` and 64 hex digits (SHA-256): 68 characters.
export const MAX_ID_LENGTH = 80;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const SIDES = ['a', 'b'] as const;

export function formatLink(link: Link): string {
  if (link.view === 'matrix') return '?view=matrix';
  if (link.view === 'families') return '?view=families';
  const params = new URLSearchParams({ a: link.pair[0], b: link.pair[1] });
  if (link.passage !== null) params.set('p', String(link.passage + 1));
  else if (link.caseRank !== undefined) params.set('c', String(link.caseRank + 1));
  if (link.hideBoilerplate !== undefined) params.set('bp', link.hideBoilerplate ? 'hide' : 'show');
  return `?${params.toString()}`;
}

export function parseLink(
  search: string,
  knownIds: readonly string[],
  fallback: Pair<string>,
): ParsedLink {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view === 'matrix') return { link: { view: 'matrix' }, problem: null, notice: null };
  if (view === 'families') return { link: { view: 'families' }, problem: null, notice: null };
  const problems: string[] = [];
  if (view !== null) problems.push(LINK.unknownView(shown(view)));
  if (!params.has('a') && !params.has('b')) {
    const link: Link = { view: 'reader', pair: fallback, passage: null };
    if (problems.length > 0) return { link, problem: withFallback(problems), notice: null };
    return { link, problem: null, notice: null, start: true };
  }
  const chosen = SIDES.map((name) => {
    const value = params.get(name);
    const label = `source ${name.toUpperCase()} (${name}=)`;
    if (value === null) problems.push(LINK.missing(label));
    else if (value.trim() === '') problems.push(LINK.empty(label));
    else if (value.length > MAX_ID_LENGTH) problems.push(LINK.tooLong(label));
    else if (!ID.test(value)) problems.push(LINK.invalid(label, shown(value)));
    else if (!knownIds.includes(value)) problems.push(LINK.unknown(label, value));
    else return value;
    return null;
  });
  const a = chosen[0];
  let b = chosen[1];
  if (a && a === b) {
    problems.push(LINK.sameTwice(a));
    b = null;
  }
  const passage = parseNumber(params.get('p'), LINK.notAPassage);
  // A passage and a case cannot both be chosen: the passage, the older of the two, wins.
  const reuse = passage.value === null ? parseNumber(params.get('c'), LINK.notACase) : NONE;
  if (problems.length === 0 && a && b) {
    const bp = params.get('bp');
    const link: Link = {
      view: 'reader',
      pair: [a, b],
      passage: passage.value,
      ...(reuse.value !== null ? { caseRank: reuse.value } : {}),
      ...(bp === 'hide' || bp === 'show' ? { hideBoilerplate: bp === 'hide' } : {}),
    };
    return { link, problem: null, notice: passage.notice ?? reuse.notice };
  }
  const pick = (taken: string | null | undefined) =>
    fallback.find((id) => id !== taken) ?? knownIds.find((id) => id !== taken) ?? fallback[0];
  const pairA = a ?? pick(b);
  const pairB = b ?? pick(pairA);
  return {
    link: { view: 'reader', pair: [pairA, pairB], passage: null },
    problem: withFallback(problems),
    notice: null,
  };
}

const NONE = { value: null, notice: null } as const;

/** A 1-based number from the link (`p=`, `c=`), 0-based; anything else is a quiet note. */
function parseNumber(
  value: string | null,
  notA: (value: string) => string,
): { value: number | null; notice: string | null } {
  if (value === null) return NONE;
  if (/^\d{1,6}$/.test(value) && Number(value) >= 1)
    return { value: Number(value) - 1, notice: null };
  return { value: null, notice: notA(shown(value)) };
}

function withFallback(problems: readonly string[]): string | null {
  return problems.length === 0 ? null : LINK.withFallback(problems);
}

/** A hostile or garbled value, shortened and stripped of control characters for display. */
function shown(value: string): string {
  const clean = value.replace(/[\p{C}]/gu, '?');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}
