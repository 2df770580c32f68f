import { parsePlainText } from '@/core/sources/plain';
import { compareSources } from '@/core/compare';
import { normalizeWord } from '@/core/normalize';
import { tokenize } from '@/core/tokenize';
import type { Comparison, Pair, Source } from '@/core/types';

export const plain = (id: string, text: string): Source => parsePlainText(id, text);
export const pairOf = (a: string, b: string): Pair<Source> => [plain('a', a), plain('b', b)];

/** A comparison beside the two sources it names, as the page pairs them (tests read both). */
export type Compared = Comparison & { readonly sources: Pair<Source> };

export function compared(
  pair: Pair<Source>,
  ...rest: Parameters<typeof compareSources> extends [unknown, ...infer R] ? R : never
): Compared {
  return { ...compareSources(pair, ...rest), sources: pair };
}

/** The normalized words of a text, in order: what the engine compares. */
export function normalizedWords(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => normalizeWord(text.slice(t.start, t.end)));
}
