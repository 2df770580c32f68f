import type { BlockSignals } from './blockSignals';
import type { BlockLabel } from './boilerplate';
import type { Source } from './types';

/**
 * A picture gallery that Readability keeps with the story. Its slides' captions read as prose,
 * so what gives them away is the gallery's shape, not their words: a slide's title printed again
 * and again (once on the slide, once by its thumbnail: "Iconic image of 9/11 flag raising"
 * nineteen times in a row), and captions standing one or two to a slide between the slides'
 * credits and counters ("Image 3 of 15", caption, "Photo: NASA", caption, …). A story says a
 * sentence once, and runs on for paragraphs between its pictures. `pictureNote` tells a
 * picture's caption or credit already labelled (not a commenter's line, which a comment section
 * repeats as often).
 */
export function gallerySlides(
  source: Source,
  signals: readonly BlockSignals[],
  rows: readonly boolean[],
  labels: (BlockLabel | null)[],
  pictureNote: (i: number) => boolean,
): void {
  repeatedSlides(source, signals, rows, labels);
  captionsBetweenCredits(signals, rows, labels, pictureNote);
}

/**
 * A block of a few words or more printed at least `SLIDE_COPIES` times in the page, twice in a
 * row somewhere: a title, or a sentence the markup gives as a caption. A repeated question of an
 * interview or a recipe's repeated step stands apart from its copies; a table's repeated row is
 * data (`rows`); a sentence repeated in the story's own paragraphs is left to the story.
 */
function repeatedSlides(
  source: Source,
  signals: readonly BlockSignals[],
  rows: readonly boolean[],
  labels: (BlockLabel | null)[],
): void {
  const slide = (s: BlockSignals, i: number) =>
    s.words.length >= SLIDE_WORDS &&
    !rows[i] &&
    (!s.sentence || source.blocks[i]!.markup?.part === 'caption');
  const keys = signals.map((s, i) => (slide(s, i) ? s.words.join(' ') : null));
  const copies = new Map<string, number>();
  const doubled = new Set<string>();
  keys.forEach((key, i) => {
    if (key === null) return;
    copies.set(key, (copies.get(key) ?? 0) + 1);
    if (i > 0 && keys[i - 1] === key) doubled.add(key);
  });
  keys.forEach((key, i) => {
    if (key !== null && labels[i] === null && doubled.has(key) && copies.get(key)! >= SLIDE_COPIES)
      labels[i] = 'caption';
  });
}

/**
 * Unlabelled blocks between a gallery's credits and counters: at least `GALLERY_ANCHORS` of them,
 * at most `SLIDE_GAP` blocks apart, each block between them short. On the development pages no
 * such run was the story's; with three blocks allowed between credits, short paragraphs of four
 * stories were caught, so the gap stays at two.
 */
function captionsBetweenCredits(
  signals: readonly BlockSignals[],
  rows: readonly boolean[],
  labels: (BlockLabel | null)[],
  pictureNote: (i: number) => boolean,
): void {
  const slide = (i: number) =>
    labels[i] === null && !rows[i] && signals[i]!.words.length <= SLIDE_CAPTION_WORDS;
  let chain: number[] = [];
  const close = () => {
    if (chain.length >= GALLERY_ANCHORS)
      for (let k = 0; k + 1 < chain.length; k++)
        for (let i = chain[k]! + 1; i < chain[k + 1]!; i++) labels[i] = 'caption';
    chain = [];
  };
  for (let i = 0; i < labels.length; i++) {
    if (!pictureNote(i)) continue;
    const last = chain[chain.length - 1];
    let joins = last !== undefined && i - last - 1 <= SLIDE_GAP;
    for (let k = (last ?? i) + 1; joins && k < i; k++) joins = slide(k);
    if (!joins) close();
    chain.push(i);
  }
  close();
}

/** A slide's title runs to a few words at least; a shorter repeat is a label or a table cell. */
const SLIDE_WORDS = 4;
/** How many times a slide's title stands in the page. */
const SLIDE_COPIES = 3;
/** How many credits or counters in a row make a gallery. */
const GALLERY_ANCHORS = 4;
/** How many blocks a slide's caption runs to between two credits. */
const SLIDE_GAP = 2;
/** A slide's caption runs to a sentence or two. */
const SLIDE_CAPTION_WORDS = 40;
