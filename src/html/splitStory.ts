import { foldSpace } from '@/core';
import { inPartAround } from './pageParts';

/**
 * The parts of a story its page split into containers of one class, between pictures or
 * advertisements ("article-text" after "article-text"), that Readability left out of what it
 * took: it keeps the container it scores highest and those beside it that score near it, so a
 * short first paragraph set apart above a picture is lost (the lead of a story, on a site that
 * sets every story so). Each comes with the container it stands before in the page, among those
 * Readability took, or null where it stands after them all, in the page's order.
 *
 * A container is the element that holds most of the paragraphs' text of what Readability took,
 * named by its first class, where that names story text; one of that class is taken in when
 * none of its paragraphs stands in what Readability took, it holds prose (`MIN_WORDS` words in
 * paragraphs, few of them links), it stands in no part around the story, and it stands in the
 * same `<article>` as the containers taken (or, on a page without one, under the element that
 * holds them all, not the page's body), or is the lead set apart above the one container taken
 * (`leadApart`).
 */
export function leftOutParts(doc: Document, content: Element): LeftOut[] {
  // Its first class names the component ("article-text" of "article-text c-gray-1 no-review");
  // the others vary block by block. Only a name for story text is followed.
  const name = containerClass(doc, content)?.split(/\s+/)[0] ?? '';
  if (!STORY_TEXT.test(name)) return [];
  const same = [...doc.getElementsByClassName(name)];
  if (same.length < 2 || same.length > MAX_CONTAINERS) return [];
  // Taken where any of its paragraphs is (its first may be a date line Readability dropped),
  // of a sentence's length: "Advertisement - Continue Reading Below" stands in every block.
  const sentences = (el: Element) =>
    [...el.getElementsByTagName('p')]
      .map((p) => foldSpace(p.textContent ?? ''))
      .filter((t) => t.length >= SENTENCE);
  const taken = new Set(sentences(content));
  const isTaken = (el: Element) => sentences(el).some((t) => taken.has(t));
  const kept = same.filter(isTaken);
  if (kept.length === 0) return [];
  const home = storyHome(kept);
  if (home === null) return [];
  const lead = leadApart(same, kept, home);
  const whole = (doc.body?.textContent ?? '').length;
  const out: LeftOut[] = [];
  for (const el of same) {
    if (kept.includes(el) || !(home.contains(el) || el === lead)) continue;
    if (!isProse(el) || inPartAround(el, whole)) continue;
    // One of the class inside another taken in is in it already.
    if (out.some((o) => o.part.contains(el))) continue;
    const before = kept.find((k) => el.compareDocumentPosition(k) & FOLLOWING) ?? null;
    out.push({ part: el, before, after: kept.at(-1)! });
  }
  return out;
}

/** A left-out part, the container taken it stands before (or null), and the last one taken. */
export interface LeftOut {
  readonly part: Element;
  readonly before: Element | null;
  readonly after: Element;
}

/** What a class names a story's text by, as Readability's own list of hopeful names has it. */
const STORY_TEXT = /article|body|content|entry|post|story|text/i;
/** More containers of one class than a story is split into are a list of teasers. */
const MAX_CONTAINERS = 40;
/** Characters of a paragraph that is more than a label or a button's words. */
const SENTENCE = 60;
/** Words a left-out container holds, at least, to be a part of the story. */
const MIN_WORDS = 12;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The class of the element of the page that directly holds most of the letters of the paragraphs
 * Readability took. Its copy of the story is rebuilt (a wrapper folded into what it wraps), so
 * each paragraph is found in the page by its text.
 */
function containerClass(doc: Document, content: Element): string | null {
  const byText = new Map<string, Element>();
  for (const p of doc.getElementsByTagName('p')) byText.set(foldSpace(p.textContent ?? ''), p);
  const letters = new Map<Element, number>();
  for (const p of content.getElementsByTagName('p')) {
    const text = foldSpace(p.textContent ?? '');
    const parent = byText.get(text)?.parentElement;
    if (parent) letters.set(parent, (letters.get(parent) ?? 0) + text.length);
  }
  let best: Element | null = null;
  for (const [el, n] of letters) if (!best || n > letters.get(best)!) best = el;
  const name = best?.getAttribute('class')?.trim() ?? '';
  return name.length > 0 ? name : null;
}

/** The `<article>` the containers taken all stand in, else the element holding them all. */
function storyHome(kept: readonly Element[]): Element | null {
  const article = kept[0]!.closest('article');
  if (article) return kept.every((k) => article.contains(k)) ? article : null;
  let home: Element | null = kept[0]!.parentElement;
  while (home && !kept.every((k) => home!.contains(k))) home = home.parentElement;
  return home && home.tagName !== 'BODY' && home.tagName !== 'HTML' ? home : null;
}

/**
 * A lead set in a container of its own, in a column apart from the body's ("LEDE" above
 * "STORYBODY", both of the class), where the body is the one container taken and none other of
 * the class stands beside it: the one of the class right before it in the page, a few levels up.
 * Only before: the next ones are other stories' teasers on the development pages.
 */
function leadApart(
  same: readonly Element[],
  kept: readonly Element[],
  home: Element,
): Element | null {
  if (kept.length !== 1 || same.some((el) => el !== kept[0] && home.contains(el))) return null;
  const lead = same[same.indexOf(kept[0]!) - 1];
  if (!lead) return null;
  let up: Element | null = home;
  for (let n = 0; up && n < LEAD_LEVELS && !up.contains(lead); n++) up = up.parentElement;
  return up && up.contains(lead) && up.tagName !== 'BODY' && up.tagName !== 'HTML' ? lead : null;
}

/** Levels above the body's home (its container's parent, or its `<article>`) a lead is within. */
const LEAD_LEVELS = 3;

/** Paragraphs (`<p>`) of `MIN_WORDS` words or more, few of them links. */
function isProse(el: Element): boolean {
  if (el.getElementsByTagName('p').length === 0) return false;
  const text = foldSpace(el.textContent ?? '');
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += foldSpace(a.textContent ?? '').length;
  return words >= MIN_WORDS && linked * 4 < text.length;
}
