import type { PagePart } from '@/core';
import { walkTree } from './walk';

/**
 * The part of a page an element is, by its tag, its ARIA role, or a word of its class or id
 * (as a page's own stylesheet names it): the markup a site writes for its menus, lists of other
 * stories and promotions, sign-up forms and pop-ups, bylines, date stamps, captions, galleries
 * and media players, and asides.
 */
const PART_TAGS: Record<string, PagePart> = {
  NAV: 'navigation',
  MENU: 'navigation',
  FORM: 'form',
  FIGURE: 'caption',
  ASIDE: 'aside',
};
const PART_ROLES: Record<string, PagePart> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  complementary: 'aside',
};
// Not "video": a "video-container" wraps any embed, a tweet among them, which is the story's.
const PART_NAMES: [RegExp, PagePart][] = [
  [/^(?:nav|navigation|navbar|menu|breadcrumbs?)$/, 'navigation'],
  [
    /^(?:related|recommended|popular|trending|more|read|also|promo|teaser|recirc|outbrain|taboola)$/,
    'related',
  ],
  [/^(?:newsletter|subscribe|subscription|signup|sign|form|modal|popup)$/, 'form'],
  [/^(?:author|byline|authors|contributor)$/, 'credit'],
  [/^(?:date|dateline|timestamp|published|updated)$/, 'date'],
  [/^(?:caption|cap|credit|credits|gallery|slideshow|carousel|player)$/, 'caption'],
  [/^(?:sidebar|aside|widget)$/, 'aside'],
  [/^comments?$/, 'comments'],
];

/** The words of a class or id ("related-posts", "c-byline__name", "articleDate"), lower case. */
function nameWords(name: string): string[] {
  // A drop cap ("graf--hasDropCapModel", "drop-cap") is a paragraph's first letter, not a
  // caption ("cap", as old news pages class one).
  return name
    .replace(/drop[-_]?cap/gi, 'dropcap')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/** Whether an element's class or id names it by `word`: "headline" of "story-headline". */
export const namedBy = (el: Element, word: string) =>
  namesOf(el)
    .split(/\s+/)
    .some((name) => nameWords(name).includes(word));

/** An element's class and id, as one list of names. */
const namesOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function partByName(names: string, ownText: () => string): PagePart | null {
  let own: Set<string> | undefined;
  for (const name of names.split(/\s+/)) {
    const words = nameWords(name);
    // A name made of the element's own words is its text as a slug, an anchor to link to ("id=
    // "more-consistent-logging"" on a heading of that text), not what part of the page it is.
    if (words.length >= SLUG_WORDS) {
      own ??= new Set(
        ownText()
          .toLowerCase()
          .split(/[^a-z]+/),
      );
      if (words.every((w) => own!.has(w))) continue;
    }
    for (const [pattern, part] of PART_NAMES) if (words.some((w) => pattern.test(w))) return part;
  }
  return null;
}

/** How many words a class or id needs before it can be read as a slug of the element's text. */
const SLUG_WORDS = 3;

/** The part of the page `el` is by its own tag, role, class or id, or null. */
function ownPart(el: Element): PagePart | null {
  const tag = PART_TAGS[el.tagName.toUpperCase()];
  if (tag) return tag;
  const role = PART_ROLES[el.getAttribute('role') ?? ''];
  if (role) return role;
  // Its text only when a name could be a slug of it: every element's text would read a deep
  // page's text once per level.
  return partByName(namesOf(el), () => el.textContent ?? '');
}

/**
 * Whether an element stands in a part of the page around the story (`partOf`): in one that
 * holds less than half of the page's text (`whole`, in characters), so not the one that wraps
 * the story whatever its class says.
 */
export function inPartAround(el: Element, whole: number): boolean {
  for (let at: Element | null = el; at && at.tagName !== 'BODY'; at = at.parentElement) {
    const mark = partOf(at);
    if (mark && mark.size * 2 < whole) return true;
  }
  return false;
}

/** A part of the page and how many characters of text the element that is it holds. */
export interface PartMark {
  readonly part: PagePart;
  readonly size: number;
  /** Under a side column of the page (`inSideColumn`). */
  readonly side?: boolean;
}

/**
 * A side column: `<aside>`, the "complementary" role, or a class or id that names a sidebar and
 * nothing else ("sidebar", "sidebar-right-1", "sidebar2"). It may hold most of a page's text (a
 * blog's side column beside a short post). Not a layout's name for what holds the story beside
 * one ("content-sidebar-wrap", "and-w-sidebar"), nor what holds the page's `<main>` or
 * `<article>`, nor a "widget": a blog platform sets its posts in one ("widget Blog"). A blog's
 * side column may hold its title (`<h1>`), so a headline is no sign.
 */
function sideColumn(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return false;
  const named =
    tag === 'ASIDE' ||
    el.getAttribute('role') === 'complementary' ||
    namesOf(el)
      .split(/\s+/)
      .some((name) => {
        const words = nameWords(name);
        return words.includes('sidebar') && words.every((w) => SIDEBAR_WORDS.has(w));
      });
  return named && el.querySelector('main, article, [role="main"]') === null;
}

/** The words a sidebar's own class or id is made of. */
const SIDEBAR_WORDS = new Set([
  'sidebar',
  'left',
  'right',
  'primary',
  'secondary',
  'section',
  'area',
  'column',
  'col',
  'inner',
  'outer',
  'container',
  'wrap',
  'wrapper',
]);

/** Set on every element under a side column before Readability reads the page (see `INHERITED`). */
const SIDE = 'data-verbatim-side';

/** Whether `el` stood under a side column of the page, by what `markParts` noted. */
export const inSideColumn = (el: Element): boolean => el.hasAttribute(SIDE);

/**
 * Where an element inherits its part from an ancestor the reader may take away: Readability
 * puts a caption's `<div class="caption"><p>…</p></div>` as the bare paragraph, and the class
 * that said what it was goes with the wrapper. Set on the page before Readability reads it.
 */
const INHERITED = 'data-verbatim-part';

/** The part `el` is, by its own markup or by what `markParts` noted of its ancestors. */
export function partOf(el: Element): PartMark | null {
  const part = ownPart(el);
  if (part !== null) return { part, size: (el.textContent ?? '').length };
  const mark = el.getAttribute(INHERITED);
  if (mark === null) return null;
  const [name, size] = mark.split(' ');
  return PART_NAME_SET.has(name!) ? { part: name as PagePart, size: Number(size) } : null;
}

const PART_NAME_SET = new Set<string>([
  ...Object.values(PART_TAGS),
  ...PART_NAMES.map((p) => p[1]),
]);

/**
 * Notes on every element under a part of the page which part it is in, with the size of the
 * element that is it, so that the note outlives the element (see `INHERITED`). Two walks,
 * each reading every node once. Returns the same for each text node under a part: Readability
 * puts a `<div>`'s bare text into a new `<p>` and the div's class goes with the div, so a
 * caption set as `<div class="cap">` text `</div>` (an old news page's pictures) kept no note;
 * its text nodes are the ones it moves.
 */
export function markParts(root: Element): WeakMap<Node, PartMark> {
  const texts = new WeakMap<Node, PartMark>();
  // First walk: each element's text length, summed from its children after they are done.
  const sizes = new Map<Node, number>();
  const add = (node: Node, n: number) => {
    if (node !== root && node.parentNode)
      sizes.set(node.parentNode, (sizes.get(node.parentNode) ?? 0) + n);
  };
  walkTree(
    root,
    (node) => {
      if (node.nodeType === 3) add(node, (node.nodeValue ?? '').length);
      return node.nodeType === 1;
    },
    (node) => add(node, sizes.get(node) ?? 0),
  );
  // Second walk: the innermost part above each element, written on it when it has none.
  const within: { owner: Node; mark: PartMark }[] = [];
  let side: Node | null = null; // the side column the walk is in
  walkTree(
    root,
    (node) => {
      if (node.nodeType !== 1) {
        const inner = within[within.length - 1];
        if (node.nodeType === 3 && inner)
          texts.set(node, side ? { ...inner.mark, side: true } : inner.mark);
        return false;
      }
      const el = node as Element;
      el.removeAttribute(INHERITED); // the page's own, if it wrote one, says nothing
      el.removeAttribute(SIDE);
      if (side === null && sideColumn(el)) side = el;
      if (side !== null) el.setAttribute(SIDE, '');
      const part = ownPart(el);
      const inner = within[within.length - 1];
      if (part !== null) within.push({ owner: el, mark: { part, size: sizes.get(el) ?? 0 } });
      else if (inner) el.setAttribute(INHERITED, `${inner.mark.part} ${inner.mark.size}`);
      return true;
    },
    (node) => {
      if (within[within.length - 1]?.owner === node) within.pop();
      if (side === node) side = null;
    },
  );
  return texts;
}
