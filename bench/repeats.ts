import { generatePair, mulberry32, type GeneratedPair } from '../tests/support/generate';

/**
 * Texts that repeat themselves, as contracts, wire copy and long reports do: a run of real
 * paragraphs in which some sentences stand twice (a clause restated in another paragraph), some
 * headlines stand twice (before their paragraph and again elsewhere), and some whole paragraphs
 * stand twice. B is then made from A as `generatePair` makes it (word edits, paragraphs moved),
 * so the ground truth is the same: a word of B moved when its paragraph was moved. A repeated
 * clause that stayed where it was has not moved, whichever copy an aligner pairs it with.
 */
export interface RepeatPlan {
  words: number;
  seed: number;
  /** Sentences copied into another paragraph, per 100 paragraphs. */
  clauses: number;
  /** Headlines printed twice, per 100 paragraphs. */
  headlines: number;
  /** Whole paragraphs printed twice, per 100 paragraphs. */
  paragraphs: number;
}

export const REPEAT_DEFAULTS = { clauses: 10, headlines: 5, paragraphs: 3 };

const SENTENCE_END = /(?<=[.!?][”"]?)\s+(?=[“"A-Z])/;

export function repeatingParagraphs(paragraphs: readonly string[], plan: RepeatPlan): string[] {
  const random = mulberry32(plan.seed ^ 0x5eed);
  const index = (n: number) => Math.floor(random() * n);
  const text: string[] = [];
  let count = 0;
  for (let p = index(paragraphs.length); count < plan.words; p = (p + 1) % paragraphs.length) {
    text.push(paragraphs[p]!);
    count += paragraphs[p]!.split(' ').length;
  }
  const n = text.length;
  /** Another paragraph at least three places away (nearby repeats read as a stutter). */
  const farFrom = (i: number) => {
    let j = index(n);
    for (let tries = 0; Math.abs(j - i) < 3 && tries < 50; tries++) j = index(n);
    return j;
  };
  const per100 = (rate: number) => Math.round((n * rate) / 100);
  for (let c = 0; c < per100(plan.clauses); c++) {
    const i = index(n);
    const sentences = text[i]!.split(SENTENCE_END).filter((s) => s.split(' ').length >= 6);
    if (sentences.length === 0) continue;
    const j = farFrom(i);
    text[j] = `${text[j]!} ${sentences[index(sentences.length)]!}`;
  }
  const inserts: { at: number; text: string }[] = [];
  for (let h = 0; h < per100(plan.headlines); h++) {
    const i = index(n);
    const first = text[i]!.split(SENTENCE_END)[0]!.split(' ');
    const headline = first
      .slice(0, Math.min(first.length, 6 + index(5)))
      .join(' ')
      .replace(/[.,;:!?”"]+$/, '');
    inserts.push({ at: i, text: headline }, { at: farFrom(i), text: headline });
  }
  for (let d = 0; d < per100(plan.paragraphs); d++) {
    const i = index(n);
    inserts.push({ at: farFrom(i), text: text[i]! });
  }
  for (const insert of inserts.sort((x, y) => y.at - x.at)) text.splice(insert.at, 0, insert.text);
  return text;
}

/** A pair whose A repeats clauses, headlines and paragraphs; B edits and moves A's paragraphs. */
export function generateRepeatingPair(
  paragraphs: readonly string[],
  plan: RepeatPlan & { editRate: number; moveRate: number },
): GeneratedPair {
  const text = repeatingParagraphs(paragraphs, plan);
  const words = text.reduce((sum, p) => sum + p.split(' ').length, 0);
  // With exactly A's word count, generatePair takes every paragraph once (rotated).
  return generatePair(text, { ...plan, words });
}
