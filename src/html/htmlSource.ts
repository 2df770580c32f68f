import { documentStopWords, foldSpace, titleFrom, wordsOf } from '@/core';
import type { PagePart, Source } from '@/core';
import { DEFUSED } from './defuse';
import { inSideColumn, namedBy, partOf, type PartMark } from './pageParts';
import { homeTitle, pageMeta, type PageMeta } from './pageMeta';
import { joinBlocks, type TextBlock } from './joinBlocks';
import { placesIn, storyWords, tryArticle } from './readArticle';
import { leftOutParts } from './splitStory';
import { placeStreamedParts } from './streamedParts';
import { homeLinkNames, type SiteLinkNames } from './homeLinks';
import { HEADLINE_WORDS, letters, printedHeadline, siteNames } from './printedHeadline';
import { walkTree } from './walk';

/**
 * An HTML page as a source: its article text, found by Mozilla's Readability (what Firefox's
 * reader view uses), with headings and paragraphs kept. The page is only ever parsed into an
 * inert document (DOMParser in the browser, jsdom in Node, both with scripting off): nothing
 * in it runs, loads or touches the live page. Scripts, styles, embedded frames and elements
 * the page hides are removed before reading.
 */
export function sourceFromHtmlDocument(id: string, doc: Document): Source {
  return readHtmlDocument(id, doc).source;
}

/** An HTML page's source and what the page states about itself. */
export interface HtmlPage {
  readonly source: Source;
  readonly meta: PageMeta;
  /** Indices of the blocks written from the page's metadata (the credit and address lines). */
  readonly added: readonly number[];
}

/**
 * As `sourceFromHtmlDocument`, with the page's metadata. The byline, outlet, date and address
 * the page states (in its markup, which Readability's text leaves out) are put back as one
 * credit line under the headline ("By Wire Desk · Example News · 12 June 2024") and the address
 * on a line of its own, so they travel with the text wherever it goes (share links, the report)
 * and are labelled boilerplate like any credit line.
 */
export function readHtmlDocument(id: string, doc: Document): HtmlPage {
  // Before scripts go: JSON-LD metadata is a script element, and a streamed page's scripts say
  // where its parts go.
  placeStreamedParts(doc);
  const stated = pageMeta(doc);
  dropUnreadable(doc);
  const siteLinks = homeLinkNames(doc, stated.url);
  let { article, copy, textParts } = tryArticle(doc);
  // A page Readability cannot take apart is read whole.
  let texts = article?.content
    ? blockTexts(article.content, textParts)
    : doc.body
      ? blockTexts(doc.body)
      : [];
  // Readability scores a page's parts by their prose, and a pop-up's or a form's can outscore
  // the story's (a log-in overlay's "Don't worry. We will never post…"). Where what it took is
  // mostly a part around a story, it reads again without that part, as it retries itself with
  // looser rules where it found too little; the second try stands if it holds more story.
  const first = article?.content ? storyWords(texts) : null;
  if (first && first.story * 2 < first.all) {
    const numbered = tryArticle(doc, 'numbered');
    const places = numbered.article?.content ? placesIn(numbered.article.content) : null;
    if (numbered.copy) releaseDocument(numbered.copy);
    const again = places?.size ? tryArticle(doc, places) : null;
    const againTexts = again?.article?.content
      ? blockTexts(again.article.content, again.textParts)
      : [];
    if (again && storyWords(againTexts).story >= first.story + RETRY_GAIN) {
      if (copy) releaseDocument(copy);
      ({ article, copy, textParts } = again);
      texts = againTexts;
    } else if (again?.copy) releaseDocument(again.copy);
  }
  // A story its page split into containers of one class: the parts Readability left out.
  if (article?.content) texts = withLeftOutParts(doc, article.content as Element, texts);
  // Readability's title is the page's `og:title` first, even where that is its home page's.
  const readTitle =
    article?.title && foldSpace(article.title) !== homeTitle(doc) ? article.title : doc.title;
  const meta = pageMeta(doc, article ?? {});
  // The page's own headline, where its titles add a site's or a section's name to it.
  const printed = printedHeadline(
    doc,
    [stated.title, meta.title, readTitle, doc.title],
    [stated.outlet, meta.outlet, stated.url, meta.url],
    // A heading of the page's other words ("Get More from Life", a blog's motto) shares none.
    (text) =>
      titleOfStory(text, texts) &&
      sharesAnyTitleWord(text, [stated.title, meta.title, readTitle], texts),
  );
  let merged: PageMeta = {
    title:
      printed ??
      withoutSiteName(
        stated.title ?? meta.title,
        stated.outlet ?? meta.outlet,
        stated.url ?? meta.url,
        siteLinks,
      ),
    byline: stated.byline ?? meta.byline,
    date: stated.date ?? meta.date,
    outlet: stated.outlet ?? meta.outlet,
    url: stated.url ?? meta.url,
  };
  // Let go of the copy (see `releaseDocument`).
  if (copy) releaseDocument(copy);
  let articleTitle =
    printed ?? withoutSiteName(foldSpace(readTitle), merged.outlet, merged.url, siteLinks);
  // Where no heading is the headline, a title of three parts or more names its headline by
  // size ("BBC NEWS | Technology | Apple admits to iPod Nano faults").
  if (printed === null) {
    articleTitle = storyPart(articleTitle, texts) ?? articleTitle;
    merged = { ...merged, title: storyPart(merged.title, texts) ?? merged.title };
  }
  // Readability lifts the headline out of the content; put it back unless a heading opens it,
  // or a line that is the headline stands there as a paragraph. A heading that shares few words
  // with the page's titles, where the title reads as the story's, is not its headline but a
  // kicker, a byline or a dek ("Story highlights", "By CLEMENTE LISI", "New Since Last Visit").
  const titles = [merged.title, articleTitle, doc.title];
  let headline = texts.slice(0, 3).findIndex((t) => t.heading);
  // Nor is a heading that is a byline ("By SUSANNAH CAHALAN"), or one under the story's first
  // paragraphs (a section's head, "King Kong (1933)"): a headline stands over the story.
  if (
    headline !== -1 &&
    ((!sharesTitleWords(texts[headline]!.text, titles) && titleOfStory(articleTitle, texts)) ||
      BYLINE.test(texts[headline]!.text) ||
      texts.slice(0, headline).some((t) => letterWords(t.text) >= PARAGRAPH_WORDS))
  )
    headline = -1;
  if (headline === -1) {
    headline = headlineLine(texts, titles);
    // Where no title the page gives reads as the story's (every page of a site titled "New York
    // Post Online Edition: Breaking News"), the line its markup names the headline is it.
    if (headline === -1 && !titleOfStory(articleTitle, texts)) {
      headline = namedHeadline(doc, texts);
      if (headline !== -1) {
        articleTitle = texts[headline]!.text;
        merged = { ...merged, title: articleTitle };
      }
    }
    if (headline !== -1) texts[headline] = { ...texts[headline]!, heading: true };
  }
  if (headline === -1 && articleTitle) {
    // Ours, like the credit line: written from what the page states, not read from its story.
    texts.unshift({ text: articleTitle, heading: true, added: true });
    headline = 0;
  }
  // The credit and address lines go under the headline, as a page prints its byline.
  const credit = creditLine(merged);
  const lines: BlockText[] = [];
  // Marked as a byline, as a page marks its own: it is labelled so however long the names are.
  if (credit)
    lines.push({ text: credit, heading: false, added: true, markup: { links: 0, part: 'credit' } });
  if (merged.url) lines.push({ text: merged.url, heading: false, added: true });
  if (texts.length > 0) texts.splice(headline + 1, 0, ...lines);
  const { text, blocks } = joinBlocks(texts);
  const added = texts.flatMap((t, i) => (t.added ? [i] : []));
  return { source: { id, title: titleFrom(text, blocks), text, blocks }, meta: merged, added };
}

/** Whether a heading shares a word that is not a function word with one of the page's titles. */
function sharesAnyTitleWord(
  heading: string,
  titles: readonly (string | null | undefined)[],
  texts: readonly BlockText[],
): boolean {
  const { seen, stop } = storyWordsOf(texts);
  const known = new Set(titles.flatMap((t) => (t ? wordsOf(t, seen).map(stem) : [])));
  return wordsOf(heading, seen).some((w) => !stop.has(w) && known.has(stem(w)));
}

/**
 * Whether half or more of a heading's words stand in the page's titles, as a headline's do
 * however a site words its title; true when the page has no title to compare with.
 */
function sharesTitleWords(heading: string, titles: readonly (string | null | undefined)[]) {
  const known = new Set(titles.flatMap((t) => (t ? tokens(t) : [])));
  if (known.size === 0) return true;
  const words = tokens(heading);
  return words.filter((w) => known.has(w)).length * 2 >= words.length;
}

/**
 * Whether a title reads as the story's headline: half or more of its words that are not
 * function words stand in the story, an ending aside (a headline's "divides experts" is its
 * story's "divided" and "expert"). A site's name ("Local Sports Wire", "Winnipeg Free Press"),
 * which some pages give as their only title, seldom does.
 */
function titleOfStory(title: string | null, texts: readonly BlockText[]): boolean {
  if (!title) return false;
  const { seen, stop, story } = storyWordsOf(texts);
  const words = wordsOf(title, seen).filter((w) => !stop.has(w));
  return words.length > 0 && words.filter((w) => story.has(stem(w))).length * 2 >= words.length;
}

/**
 * A reading text's function words and the stems of its words, read once per list of blocks:
 * a page's titles and headings are held against them several times over.
 */
function storyWordsOf(texts: readonly BlockText[]) {
  let words = storyWordsCache.get(texts);
  if (words === undefined) {
    const seen = new Map<string, string>();
    const blockWords = texts.map((t) => wordsOf(t.text, seen));
    const stop = documentStopWords(blockWords);
    words = { seen, stop, story: new Set(blockWords.flat().map(stem)) };
    storyWordsCache.set(texts, words);
  }
  return words;
}

// Keyed by the list: titles are held against it only before the headline and credit lines go in,
// and until then only a block's heading flag changes, never its text.
const storyWordsCache = new WeakMap<
  readonly BlockText[],
  { seen: Map<string, string>; stop: Set<string>; story: Set<string> }
>();

/** A word without a plural's or a verb's ending: "experts", "divided", "divides", "leading". */
const stem = (w: string) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w);

/**
 * The headline in a title of three parts or more (apart by "|", "--", "-", "·" or "»", not a
 * colon or a long dash, which a headline's own clauses use): its longest part, of three words
 * or more, when it reads as the story's (`titleOfStory`) and every other part is a name of a
 * few words, two or more fewer ("BBC NEWS | Technology | …", "… -- Vulture -- New York
 * Magazine"). Null otherwise. The site's name may stand in the story too (a credit line), so it
 * is told by size.
 */
function storyPart(title: string | null, texts: readonly BlockText[]): string | null {
  if (!title) return null;
  const parts = title.split(PART_SEPARATOR).map((p) => p.trim());
  if (parts.length < 3) return null;
  const words = parts.map((p) => p.split(/\s+/).length);
  const longest = words.indexOf(Math.max(...words));
  const apart = words.every(
    (n, i) => i === longest || (n <= NAME_WORDS && n + 2 <= words[longest]!),
  );
  return apart && words[longest]! >= 3 && titleOfStory(parts[longest]!, texts)
    ? parts[longest]!
    : null;
}

/** How many more words of story a second try must find to stand (a paragraph's worth). */
const RETRY_GAIN = 50;

/** How many words a site's or a section's name in a title runs to at most. */
const NAME_WORDS = 4;

/**
 * What joins a composite title's parts for `storyPart`: `TITLE_SEPARATOR` but the colon and the
 * long dashes, which a headline's own clauses use ("… Are Here — And They're Not Great - Digg").
 */
const PART_SEPARATOR = /(?<!\s)\s+(?:--|[-|·»])\s+/;

/**
 * Among the first blocks, a paragraph that is the headline, or -1: a short line with no full
 * stop that is the page's title or one of its parts ("Site - Section - Headline"), or that
 * stands right over the byline ("By …"), as a page prints its headline. Older pages set the
 * headline in a styled paragraph, not a heading; their title is often the site's name alone.
 */
function headlineLine(texts: readonly BlockText[], titles: (string | null | undefined)[]): number {
  const fold = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const parts = new Set(
    titles.flatMap((t) => (t ? [fold(t), ...t.split(TITLE_SEPARATOR).map(fold)] : [])),
  );
  for (let i = 0; i < Math.min(3, texts.length); i++) {
    const text = texts[i]!.text;
    // Words, not a dash or an ampersand between them ("Law & Disorder —", a kicker).
    const words = letterWords(text);
    if (words > HEADLINE_WORDS || /[.!;:]["'”’)\]]*$/.test(text)) continue;
    if (words >= 3 && parts.has(fold(text))) return i;
    const next = texts[i + 1]?.text ?? '';
    if (words >= 4 && BYLINE.test(next) && next.split(/\s+/).length <= BYLINE_WORDS) return i;
  }
  return -1;
}

/**
 * The reading text with the parts of a split story that Readability left out (`leftOutParts`)
 * put where they stand in the page: before the first block of the container they precede, or
 * after the last block of the last container taken.
 */
function withLeftOutParts(doc: Document, content: Element, texts: BlockText[]): BlockText[] {
  const parts = leftOutParts(doc, content);
  if (parts.length === 0) return texts;
  const out = [...texts];
  // In the page's order: each part before a container goes in just before it, and those after
  // the last go in just after it, the last of them first.
  const ordered = [...parts.filter((p) => p.before), ...parts.filter((p) => !p.before).reverse()];
  for (const { part, before, after } of ordered) {
    const own = blockTexts(part);
    const anchor = blockTexts(before ?? after);
    const key = before ? anchor[0]?.text : anchor.at(-1)?.text;
    const at = key === undefined ? -1 : out.findIndex((t) => t.text === key);
    if (at === -1 || own.length === 0) continue;
    out.splice(before ? at : at + 1, 0, ...own);
  }
  return out;
}

/**
 * Which of the first blocks is a line the page's markup names its headline: an element of
 * class or id "headline" ("story-headline", not "headlines", a list of them) or of
 * `itemprop="headline"`, of three words or more, whose text is that block's. -1 if none is.
 */
function namedHeadline(doc: Document, texts: readonly BlockText[]): number {
  const first = texts.slice(0, HEADLINE_AMONG).map((t) => (t.added ? '' : foldSpace(t.text)));
  const named = [
    ...doc.querySelectorAll('[class*="headline" i], [id*="headline" i], [itemprop="headline"]'),
  ];
  for (const el of named.slice(0, NAMED_HEADLINES)) {
    if (el.getAttribute('itemprop') !== 'headline' && !namedBy(el, 'headline')) continue;
    const text = foldSpace(el.textContent ?? '');
    const words = letterWords(text);
    if (words < 3 || words > HEADLINE_WORDS) continue;
    const at = first.indexOf(text);
    if (at !== -1) return at;
  }
  return -1;
}

/** How many of the first blocks a headline the markup names is looked for among. */
const HEADLINE_AMONG = 6;
/** How many elements named "headline" are read (a page of teasers names hundreds). */
const NAMED_HEADLINES = 20;

/**
 * A title without the site's name the page prints before or after it ("LinkNaija | Nigeria's
 * popular news platform: BREAKING NEWS: …"), when the page names its outlet and the name stands
 * apart by a separator, or a first or last part that is its address (`withoutSiteAddress`);
 * the title itself otherwise.
 */
export function withoutSiteName(
  title: string | null,
  outlet: string | null,
  url: string | null = null,
  links: SiteLinkNames = { home: [], sections: [] },
): string | null {
  if (title === null) return title;
  const named = outlet === null ? title : withoutOutlet(title, outlet);
  return named !== title ? named : (withoutSiteAddress(title, [outlet, url], links) ?? title);
}

function withoutOutlet(title: string, outlet: string): string {
  // The name whole, or one of its parts ("Example Daily | News for all"): a reader may have
  // taken the rest off already.
  const names = [outlet, ...outlet.split(TITLE_SEPARATOR)].filter((n) => n.length >= 6);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const n of names) {
    let rest: string | null = null;
    if (same(title.slice(0, n.length), n))
      rest = title.slice(n.length).replace(LEADING_SEPARATOR, '');
    else if (same(title.slice(title.length - n.length), n))
      rest = title.slice(0, title.length - n.length).replace(TRAILING_SEPARATOR, '');
    // The name must stand apart (a separator was taken off), and leave a headline of some words.
    if (rest !== null && rest.length < title.length - n.length && rest.split(/\s+/).length >= 3)
      return rest;
  }
  return title;
}

/**
 * A title without a first or last part, apart by a separator, that is the site's address, its
 * name as the address spells it ("Forbes.com: Lexus Readies Another Hybrid", "Review: … | The
 * Ithacan" of theithacan.org) or a name the page's links give it (`homeLinkNames`); null when
 * it has none, or the rest would be too short.
 */
function withoutSiteAddress(
  title: string,
  sites: readonly (string | null)[],
  links: SiteLinkNames,
): string | null {
  // A title of three parts or more is `storyPart`'s to read: it picks the headline by size,
  // where taking one name off would leave two parts it does not read.
  if (title.split(PART_SEPARATOR).length >= 3) return null;
  const names = [...sites.flatMap(siteNames), ...links.home];
  // The name whole; after the headline also within the part's letters, where it is long enough
  // not to be a word of the headline ("… | Peter Shankman" of shankman.com). Before it, a part
  // that holds the name among other words is the headline's kicker ("9to5Mac Gift Guide: …").
  const isSite = (part: string, within = false) => {
    const key = letters(part);
    return (
      HOST.test(part.trim()) ||
      names.some((n) => n === key || (within && n.length >= NAME_WITHIN && key.includes(n)))
    );
  };
  const lead = LEADING_PART.exec(title);
  const trail = TRAILING_PART.exec(title);
  let rest: string | null = null;
  // A section's name after the headline is the page's ("… « Rand's Blog"); before it, it may
  // be the headline's own kicker ("Ask Slashdot: …").
  if (lead && isSite(lead[1]!)) rest = title.slice(lead[0].length);
  else if (trail && (isSite(trail[1]!, true) || links.sections.includes(letters(trail[1]!))))
    rest = title.slice(0, trail.index);
  return rest !== null && letterWords(rest) >= 2 ? rest.trim() : null;
}

/** How long a site's name is, in letters, to be found within a title's part ("shankman"). */
const NAME_WITHIN = 6;

/** A web address's host: "Forbes.com", "www.latimes.com". */
const HOST = /^(?:[a-z\d-]+\.)+[a-z]{2,}$/i;
/** A title's first part, up to a separator ("Forbes.com: "), and its last ("… | The Ithacan"). */
const LEADING_PART = /^([^|:·»«]{2,40}?)\s*(?:[-–—|:·»«]|\/\/)\s+/;
const TRAILING_PART = /(?<!\s)\s+(?:[-–—|:·»«]|\/\/|::)\s*([^|:·»«–—/-]{2,40})$/;

const LEADING_SEPARATOR = /^\s*[-–—|:·»]\s*/;
const TRAILING_SEPARATOR = /(?<![\s\-–—|:·»])\s*[-–—|:·»]\s*$/;

/** What joins a title's parts ("Headline - Site"); a run of white space is read once. */
const TITLE_SEPARATOR = /(?<!\s)\s+(?:--|[-–—|:·»])\s+/;
/** A text's words of letters or figures, lower-cased. */
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** How many words of letters or figures a text holds. */
const letterWords = (text: string) => tokens(text).length;

/** A block this long before a heading is the story's paragraph, and the heading its section's. */
const PARAGRAPH_WORDS = 25;

/** A byline under a headline: "By" and a name (or "the …" desk or agency). */
const BYLINE = /^by\s+\S/i;
const BYLINE_WORDS = 12;

/** "By Wire Desk · Example News · 12 June 2024", from what the page states; null if nothing. */
export function creditLine(meta: PageMeta): string | null {
  const byline = meta.byline ? meta.byline.replace(/^by\s+/i, '') : null;
  const parts = [
    byline ? `By ${byline}` : null,
    meta.outlet,
    meta.date ? displayDate(meta.date) : null,
  ].filter((p): p is string => p !== null);
  // An outlet alone says nothing the address line does not.
  return parts.length > 1 || byline ? parts.join(' · ') : null;
}

/** An ISO date as "12 June 2024"; any other form as the page gives it. */
function displayDate(date: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!iso) return date;
  const d = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * Takes a document's tree apart once it is read. jsdom's window holds each element with an id
 * or a name of every document made in it (for `window[id]`), DOMParser's and copies included,
 * until it leaves its document's tree: a command line reading a collection kept every page.
 */
export function releaseDocument(doc: Document): void {
  doc.documentElement?.remove();
}

/**
 * Elements whose content is never read as text, by local name: removed before reading, and left
 * out where the command line flattens a too-deep part of a page (`capNesting`). A parser reads
 * `<noembed>` and `<noframes>` as raw text, so an old page's fallback ad in one came out as a
 * paragraph of its markup.
 */
export const UNREADABLE = new Set(
  [
    'script style noscript noembed noframes template iframe frame object embed svg math canvas',
    'video audio select button input textarea',
  ]
    .join(' ')
    .split(' '),
);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Removes what a reader never sees: the elements above, and those the page hides (`hidden`,
 * `aria-hidden="true"`, or a style that does not display them), found in one walk rather than
 * by selectors, each of which searched the whole page.
 */
function dropUnreadable(doc: Document): void {
  const gone: Element[] = [];
  walkTree(
    doc,
    (node) => {
      if (node.nodeType !== 1) return node.nodeType === 9;
      const el = node as Element;
      const style = el.getAttribute('style') ?? el.getAttribute(`${DEFUSED}style`);
      const unread =
        UNREADABLE.has(el.localName) ||
        el.hasAttribute('hidden') ||
        el.getAttribute('aria-hidden') === 'true' ||
        (style !== null && HIDDEN_STYLE.test(style));
      if (unread) gone.push(el);
      return !unread;
    },
    () => {},
  );
  for (const el of gone) el.remove();
}

/** Elements that make a paragraph of their own. */
export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'BODY',
]);
const HEADING = /^H[1-6]$/;

interface BlockText extends TextBlock {
  /** Written from the page's metadata (the headline put back, the credit and address lines). */
  readonly added?: boolean;
}

/**
 * The text of each block-level run under `root`, in document order, whitespace folded. `textParts`
 * gives the part of the page a text node stood in before Readability moved it (`markParts`).
 */
function blockTexts(root: Node, textParts?: WeakMap<Node, PartMark>): BlockText[] {
  const out: BlockText[] = [];
  let buffer = '';
  let heading = false;
  let linked = 0; // characters of the buffer inside links
  let inLink = 0;
  // The parts of the page the walk is inside, innermost last. An element that holds most of the
  // article is not a part of the page around it, whatever its class says (a blog wraps each
  // post in "post tag-news category-x").
  const parts: PagePart[] = [];
  const partElements = new Set<Node>();
  const whole = (root.textContent ?? '').length;
  // The same test for a part an element is and one a text node stood in (`markParts`).
  const around = (mark: PartMark | null | undefined): mark is PartMark =>
    !!mark && mark.size * 2 < whole;
  let listItem = 0;
  // Letters of the buffer by the part of the page they stand in: an inline part (a caption's
  // `<span class="caption">` in the picture's paragraph) has closed by the time its block ends.
  const partLetters = new Map<PagePart, number>();
  // Letters of the buffer under a side column (`inAside`), and the elements of one the walk is in.
  let sideLetters = 0;
  const sides = new Set<Node>();
  const flush = () => {
    const text = trimAroundBreaks(buffer)
      .replace(/[ \r\f\v\u00a0]+/g, ' ')
      .replace(/ ?\t[\t ]*/g, '\t')
      .trim();
    // boilerpipe's link density: a short block that is all link (a menu entry, another
    // story's headline) points away from the article; a paragraph with links in it does not.
    const letters = buffer.replace(/\s/g, '').length;
    const menu = letters > 0 && linked >= letters * 0.8 && text.split(/\s+/).length <= 20;
    let part: PagePart | undefined = parts[parts.length - 1];
    for (const [p, n] of partLetters) if (n * 2 >= letters && p !== part) part = p;
    if (text && !menu)
      out.push({
        text,
        heading,
        markup: {
          // Two decimals: enough to judge by, and short in a share link.
          links: letters > 0 ? Math.round(Math.min(1, linked / letters) * 100) / 100 : 0,
          ...(part !== undefined ? { part } : {}),
          ...(listItem > 0 ? { listItem: true as const } : {}),
        },
        ...(sideLetters * 2 > letters ? { inAside: true } : {}),
      });
    buffer = '';
    heading = false;
    linked = 0;
    sideLetters = 0;
    partLetters.clear();
  };
  /** Takes in a node; true when it is an element whose content is read (then `leave` follows). */
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/[ \t\n\r\f\v]+/g, ' ');
      buffer += value;
      const letters = value.replace(/\s/g, '').length;
      if (inLink > 0) linked += letters;
      const moved = textParts?.get(node);
      const part = parts[parts.length - 1] ?? (around(moved) ? moved.part : undefined);
      if (part !== undefined && letters > 0)
        partLetters.set(part, (partLetters.get(part) ?? 0) + letters);
      if (sides.size > 0 || moved?.side) sideLetters += letters;
      return false;
    }
    if (node.nodeType !== 1) return false;
    const tag = (node as Element).tagName.toUpperCase();
    // A table row is one block, its cells apart by a tab, as a spreadsheet pastes it: a row
    // reads as one line of data, not as a dozen one-word paragraphs.
    if ((tag === 'TD' || tag === 'TH') && /\S/.test(buffer)) buffer += '\t';
    if (tag === 'BR') {
      buffer += '\n';
      return false;
    }
    // A caption describes a picture the reading text does not show.
    if (tag === 'FIGCAPTION') return false;
    if (BLOCK.has(tag)) flush();
    if (HEADING.test(tag)) heading = true;
    if (tag === 'A') inLink++;
    if (tag === 'LI') listItem++;
    const mark = partOf(node as Element);
    if (inSideColumn(node as Element)) sides.add(node);
    if (around(mark)) {
      parts.push(mark.part);
      partElements.add(node);
    }
    return true;
  };
  const leave = (node: Node) => {
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'A') inLink--;
    if (BLOCK.has(tag)) flush();
    if (tag === 'LI') listItem--;
    if (partElements.delete(node)) parts.pop();
    sides.delete(node);
  };
  walkTree(root, enter, leave);
  return out;
}

const isHorizontalSpace = (c: number) =>
  c === 0x20 || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0;

/**
 * White space (not tabs) on either side of each line break removed, as
 * `/[ \r\f\v\u00a0]*\n[ \r\f\v\u00a0]*\/g` → `\n` would, by hand: that pattern scanned a run of
 * spaces to its end from each space of it, quadratic on a paragraph of `&nbsp;`.
 */
export function trimAroundBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let start = 0;
    let end = line.length;
    if (i > 0) while (start < end && isHorizontalSpace(line.charCodeAt(start))) start++;
    if (i < lines.length - 1)
      while (end > start && isHorizontalSpace(line.charCodeAt(end - 1))) end--;
    lines[i] = line.slice(start, end);
  }
  return lines.join('\n');
}
