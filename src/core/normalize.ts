/**
 * The comparison key of a word: differences a reader would not call a change are folded away.
 * NFKC folds compatibility forms (ligatures, full-width letters); case is folded; the
 * apostrophe variants news copy mixes (’ ‘ ʼ ′ `) become one; Latin, Greek and Cyrillic
 * diacritics fold (naïve = naive, Zürich = Zurich), since outlets and wire systems drop or keep
 * them at will. Only the combining diacritics block (U+0300–U+036F) is stripped: the marks of
 * Indic and other scripts are letters' vowels, not accents. Dashes, quotes around words and
 * whitespace never reach here: the tokenizer keeps them out of words.
 */
export function normalizeWord(word: string): string {
  const key = word.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'");
  // Pure ASCII (most words of most sources) has nothing to fold; skip the two extra passes.
  if (ASCII_ONLY.test(key)) return key;
  return key.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
}

const ASCII_ONLY = /^[ -~]*$/;
const DIACRITICS = /[\u0300-\u036f]/g;

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g;

/** Turns normalized words into small integers, so later stages compare numbers, not strings. */
export class Interner {
  private readonly byKey = new Map<string, number>();
  private readonly keys: string[] = [];
  // Most words recur; caching the raw spelling skips NFKC for all but the first occurrence.
  private readonly byRaw = new Map<string, number>();

  idOf(raw: string): number {
    const cached = this.byRaw.get(raw);
    if (cached !== undefined) return cached;
    const key = normalizeWord(raw);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.byKey.set(key, id);
      this.keys.push(key);
    }
    this.byRaw.set(raw, id);
    return id;
  }

  /** The normalized word an id stands for. */
  keyOf(id: number): string {
    const key = this.keys[id];
    if (key === undefined) throw new Error(`no word has id ${id}; this is a bug`);
    return key;
  }

  get size(): number {
    return this.keys.length;
  }
}
