/**
 * Reproducible benchmark pairs with ground truth. A is a run of real paragraphs; B is A with
 * a few per cent of words substituted, deleted or inserted and some paragraphs moved, as
 * copy desks and rewriters do. Everything is driven by a seeded PRNG.
 */
export interface GeneratedPair {
  a: string;
  b: string;
  /** Per whitespace-separated item of B, in order: its character range and what was done. */
  bItems: { start: number; end: number; edited: boolean; inMovedParagraph: boolean }[];
  aWords: number;
}

export interface EditPlan {
  words: number;
  editRate: number;
  moveRate: number;
  seed: number;
}

export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Item {
  word: string;
  edited: boolean;
}

export function generatePair(paragraphs: readonly string[], plan: EditPlan): GeneratedPair {
  const random = mulberry32(plan.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // A: consecutive paragraphs from a seeded start, wrapping round the corpus.
  const a: string[] = [];
  let count = 0;
  for (
    let p = Math.floor(random() * paragraphs.length);
    count < plan.words;
    p = (p + 1) % paragraphs.length
  ) {
    const para = paragraphs[p]!;
    a.push(para);
    count += para.split(' ').length;
  }
  const vocabulary = a.join(' ').split(' ');
  // B: word edits first, then paragraph moves.
  let b: { items: Item[]; moved: boolean }[] = a.map((para) => {
    const items: Item[] = [];
    for (const word of para.split(' ')) {
      const r = random();
      if (r < plan.editRate / 3) continue; // deleted
      if (r < (2 * plan.editRate) / 3) {
        let other = pick(vocabulary);
        while (other.toLowerCase().replace(/\W/g, '') === word.toLowerCase().replace(/\W/g, ''))
          other = pick(vocabulary);
        items.push({ word: other, edited: true }); // substituted
        continue;
      }
      items.push({ word, edited: false });
      if (r < plan.editRate) items.push({ word: pick(vocabulary), edited: true }); // inserted
    }
    return { items, moved: false };
  });
  const moves = Math.round(b.length * plan.moveRate);
  for (let m = 0; m < moves; m++) {
    const from = Math.floor(random() * b.length);
    const [para] = b.splice(from, 1);
    let to = Math.floor(random() * b.length);
    // A move of one or two places reads as the neighbours moving; move it somewhere else.
    while (Math.abs(to - from) < 3 && b.length > 6) to = Math.floor(random() * b.length);
    b.splice(to, 0, { ...para!, moved: true });
  }
  b = b.filter((p) => p.items.length > 0);
  let text = '';
  const bItems: GeneratedPair['bItems'] = [];
  for (const para of b) {
    if (text.length > 0) text += '\n\n';
    para.items.forEach((item, i) => {
      if (i > 0) text += ' ';
      bItems.push({
        start: text.length,
        end: text.length + item.word.length,
        edited: item.edited,
        inMovedParagraph: para.moved,
      });
      text += item.word;
    });
  }
  return { a: a.join('\n\n'), b: text, bItems, aWords: count };
}
