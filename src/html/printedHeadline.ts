import { foldSpace } from '@/core';
import { inPartAround } from './pageParts';

/**
 * The headline a page prints, where its title carries more than the headline — a site's or a
 * section's name ("BBC NEWS | Technology | Apple unveils iPod phone hybrid", "… - CNN.com"):
 * an `<h1>` of three words or more that is one or more whole parts of one of the titles given,
 * and at least as long as the rest. A site's name set in an `<h1>` (its logo) is a link home,
 * stands in more than one `<h1>`, or is the site's (`sites`: its outlet, its address), and is
 * passed over. Failing that, the first `<h1>` that reads as the story's (`ofStory`). Null when
 * none is either.
 */
export function printedHeadline(
  doc: Document,
  titles: readonly (string | null | undefined)[],
  sites: readonly (string | null | undefined)[],
  ofStory: (text: string) => boolean = () => false,
): string | null {
  const headings = [...doc.getElementsByTagName('h1')].slice(0, MAX_HEADINGS);
  const texts = headings.map((h) => foldSpace(textOf(h)));
  const folded = titles.flatMap((t) => (t ? [fold(t)] : []));
  const names = sites.flatMap(siteNames);
  const candidates = [...texts.entries()].filter(([i, text]) => {
    if (text.split(' ').length < 3 || text.length > 300) return false;
    if (texts.indexOf(text) !== texts.lastIndexOf(text)) return false;
    if (linkedText(headings[i]!) * 2 >= text.length) return false;
    const key = letters(text);
    return !names.some((n) => key.includes(n) || n.includes(key));
  });
  for (const [, text] of candidates) {
    const part = fold(text);
    if (folded.some((title) => isPartOf(part, title))) return text;
  }
  // A page whose titles give its headline for sharing ("Amazon buys Middle East e-commerce
  // giant Souq") prints its own in its `<h1>` ("Amazon buys Souq in big play for Middle East
  // market"), which readers and the page's editors see: the first of a headline's length that
  // reads as the story's (`ofStory`), and holds no byline ("… from Sweden By Jo Doe").
  // Not one in a part around the story ("Top From Our Partners" over a list of offers).
  // The page's length, which the parts around the story are held against, read once if at all.
  let whole: number | undefined;
  for (const [i, text] of candidates) {
    const words = text.split(' ').length;
    if (words > HEADLINE_WORDS || /\sby\s+\p{Lu}/iu.test(text)) continue;
    whole ??= (doc.body?.textContent ?? '').length;
    if (!inPartAround(headings[i]!, whole) && ofStory(text)) return text;
  }
  return null;
}

/**
 * An element's text without its buttons: a `<button>`, a "button" role, or a link that goes
 * nowhere ("#", "javascript:"), as a headline's "Add to ..." watch-list link is.
 */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '').trim() : null;
  if (
    el.tagName === 'BUTTON' ||
    el.getAttribute('role') === 'button' ||
    href === '#' ||
    (href !== null && /^javascript:/i.test(href))
  )
    return '';
  let out = '';
  for (const child of el.childNodes) out += textOf(child);
  return out;
}

/** A headline runs to about this many words. */
export const HEADLINE_WORDS = 20;

// A page has one headline, near its top; a page of hundreds of `<h1>`s is not read for one.
const MAX_HEADINGS = 20;

/** Case, dashes, curly quotes and runs of white space as a title and a heading may differ. */
const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether `part` is one or more whole parts of `title` ("Site - Section - Headline"), with at
 * least as many words as the parts around it: a headline is seldom shorter than a site's name,
 * which a blog may set in its `<h1>` ("September 2018 open thread | The GiveWell Blog").
 */
function isPartOf(part: string, title: string): boolean {
  const at = title.indexOf(part);
  if (at === -1 || part.length >= title.length) return false;
  const before = title.slice(0, at);
  const after = title.slice(at + part.length);
  const words = (t: string) => t.split(/[\s\-|:·»]+/).filter(Boolean).length;
  return (
    (before === '' || / [-|:·»] $/.test(before)) &&
    (after === '' || /^ [-|:·»] /.test(after)) &&
    words(part) >= words(before) + words(after)
  );
}

/** Letters and digits only, lower-cased: "The GiveWell Blog" and "givewell.org" meet here. */
export const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * What names a site: its outlet's name whole, and the labels of its address that are its own
 * ("givewell" of blog.givewell.org, not "www", "blog" or "org"), of four letters or more.
 */
export function siteNames(site: string | null | undefined): string[] {
  if (!site) return [];
  let host: string | null = null;
  try {
    host = /^https?:/i.test(site) ? new URL(site).hostname : null;
  } catch {
    host = null;
  }
  if (host === null && !/^[\w-]+(\.[\w-]+)+$/.test(site)) {
    const name = letters(site);
    return name.length >= 4 ? [name] : [];
  }
  const labels = (host ?? site).toLowerCase().split('.');
  // The last label is the country's or the kind's (".org", ".uk"), and so is a short one
  // before a country's (".co.uk").
  labels.pop();
  if (labels.length > 1 && labels[labels.length - 1]!.length <= 3) labels.pop();
  return labels.filter((l) => l.length >= 4 && !GENERIC_LABELS.has(l)).map(letters);
}

const GENERIC_LABELS = new Set(['blog', 'blogs', 'news', 'home', 'mobile']);

/** How many characters of an element's text are the text of its links. */
function linkedText(el: Element): number {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += (a.textContent ?? '').trim().length;
  return n;
}
