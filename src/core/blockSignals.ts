import { normalizeWord } from './normalize';
import { forEachWord } from './tokenize';
import { foldSpace } from './whiteSpace';

/**
 * The shallow text features boilerplate research found general (Kohlschütter et al. 2010,
 * boilerpipe; Pomikálek 2011, jusText): how long a block is, how much of it is function words,
 * whether it reads as sentences, how much of it is numbers. None names an outlet or a phrase.
 */
export interface BlockSignals {
  /** The block's text, whitespace folded. */
  readonly text: string;
  /** Normalized words, in order. */
  readonly words: readonly string[];
  /** Share of words that are function words (jusText's stop-word density). */
  readonly stopDensity: number;
  /** Ends as a sentence does (., !, ?, :, or a closing quotation after one). */
  readonly sentence: boolean;
  /** Share of words that are digits or calendar and clock words. */
  readonly dateDensity: number;
}

/**
 * English function words (the commonest 120 or so of any English text). jusText keeps one list
 * per language; here a page in another language gets its own from its commonest words
 * (`documentStopWords`), since the words a language repeats most are its function words.
 */
const ENGLISH_STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had
  has have having he her here hers herself him himself his how i if in into is it its itself just
  me more most my myself no nor not now of off on once only or other our ours out over own same she
  should so some such than that the their theirs them then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would you
  your yours said says may might must shall one two new like up many much even still yet already
  per via since though although whether told according it's he's she's they're we're don't`.split(
    /\s+/,
  ),
);

/*
 * Month names are spelt out, in the languages of most news pages (without accents: words are
 * compared normalized): a prefix such as "mar…" or "dec…" also took "Maryland" and "Declutter"
 * for calendar words. A day may be written as an ordinal ("January 7th, 2008").
 */
const CALENDAR =
  /^(?:\d+(?:[.:]\d+)*|\d{1,2}(?:st|nd|rd|th)|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar[iy]?|februar[iy]?|maret|marz|mei|mai|juni|juli|agustus|oktober|desember|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|[ap]m|gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|updated|posted|published|modified|last|ago|at|on|hours?|minutes?|days?|weeks?|months?|years?|min|mins|hrs?|de|às|um|le|el|am|der|di|del|du)$/;

/**
 * A sentence's last mark (in Latin, CJK, Arabic, Devanagari or Ethiopic script), perhaps closed
 * by quotation marks or brackets and followed by emoji. Each emoji begins a group of its own
 * (its variation selectors and joiners follow it): when a pictograph could also continue the
 * group before, a run of 24 emoji before a letter took 1.5 s to refuse, and each more doubled it.
 */
export const SENTENCE_END =
  /[.!?…:;。．！？｡؟۔।॥።]["'”’»)\]」』）]*(?:\s*\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*)*$/u;

/** The commonest words of a whole text, taken as its function words when it is not English. */
export function documentStopWords(blockWords: readonly (readonly string[])[]): Set<string> {
  // A sample of the text decides its language: the first 20,000 words are plenty.
  const sample: string[] = [];
  for (const words of blockWords) {
    if (sample.length >= 20_000) break;
    for (const w of words) sample.push(w);
  }
  let english = 0;
  for (const w of sample) if (ENGLISH_STOP_WORDS.has(w)) english++;
  // An English text is judged on the English list alone: its commonest words include its topic.
  if (english >= sample.length * 0.25) return ENGLISH_STOP_WORDS;
  const counts = new Map<string, number>();
  for (const w of sample) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([w, n]) => n >= 3 && !/\d/.test(w))
    .sort((x, y) => y[1] - x[1])
    .slice(0, 40)
    .map(([w]) => w);
  return new Set([...ENGLISH_STOP_WORDS, ...ranked]);
}

/**
 * The normalized words of a text. Pass one `seen` map for many calls over one source: most
 * words recur, and normalizing (NFKC) each spelling once keeps labelling a long text cheap.
 */
export function wordsOf(text: string, seen: Map<string, string> = new Map()): string[] {
  const words: string[] = [];
  forEachWord(text, (s, e) => {
    const raw = text.slice(s, e);
    let word = seen.get(raw);
    if (word === undefined) seen.set(raw, (word = normalizeWord(raw)));
    words.push(word);
  });
  return words;
}

/** The signals of one block; `words` when they are already at hand. */
export function blockSignals(
  rawText: string,
  stopWords: ReadonlySet<string>,
  words: readonly string[] = wordsOf(rawText),
): BlockSignals {
  const text = foldSpace(rawText);
  const n = Math.max(1, words.length);
  let stops = 0;
  for (const w of words) if (stopWords.has(w)) stops++;
  // Only a short block can be a date line; a long one is not worth the regex per word.
  let dates = 0;
  if (words.length <= 20) for (const w of words) if (CALENDAR.test(w)) dates++;
  return {
    text,
    words,
    stopDensity: stops / n,
    sentence: SENTENCE_END.test(text),
    dateDensity: dates / n,
  };
}
