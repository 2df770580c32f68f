/**
 * The Article Extraction Benchmark's measure (scrapinghub/article-extraction-benchmark,
 * evaluate.py): texts split into word 4-shingles (lower-cased `\w+` words, as the data set's
 * README states), true/false positives and false negatives counted per page and normalised so
 * long pages weigh no more than short ones; precision and recall averaged over pages; F1 of
 * the two means.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

/** The shingles of a word list: every run of n words, or the whole list when it is shorter. */
export function shinglesOf(words: readonly string[], n = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, words.length - n + 1); i++) {
    const shingle = words.slice(i, i + n).join(' ');
    if (shingle) out.push(shingle);
  }
  return out;
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(gold: string, extracted: string): PageScore {
  const g = counts(shinglesOf(wordsOf(gold)));
  const p = counts(shinglesOf(wordsOf(extracted)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreAll(pages: readonly PageScore[]): Scores {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const p = (s: PageScore) =>
    s.fp === 0 && s.fn === 0 ? 1 : s.tp === 0 && s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = (s: PageScore) =>
    s.fp === 0 && s.fn === 0 ? 1 : s.tp === 0 && s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map(p));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map(r));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/**
 * Whether a block of extracted text is boilerplate by the gold body: fewer than half of its
 * word 4-shingles stand in the gold body (a block of fewer than four words is one shingle,
 * which stands in the body when its words run there in order).
 */
export function goldIndex(gold: string): (block: string) => boolean | null {
  const words = wordsOf(gold);
  const grams = new Set<string>();
  for (let n = 1; n <= 4; n++) for (const s of shinglesOf(words, n)) grams.add(s);
  return (block) => {
    const shingles = shinglesOf(wordsOf(block));
    if (shingles.length === 0) return null; // no words: not judged
    const inGold = shingles.filter((s) => grams.has(s)).length;
    return inGold * 2 < shingles.length;
  };
}
