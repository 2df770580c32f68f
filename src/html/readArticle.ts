import { Readability } from '@mozilla/readability';
import { classifyBlocks, isBlockNote, wordsOf } from '@/core';
import { joinBlocks, type TextBlock } from './joinBlocks';
import { markParts, type PartMark } from './pageParts';
import { walkTree } from './walk';

/** What Readability found on a page, and the part of the page each text node stood in. */
export interface ArticleTry {
  readonly article: ReturnType<Readability<Node>['parse']>;
  /** The copy of the page Readability read (its article's nodes stay in it until released). */
  readonly copy: Document | null;
  readonly textParts: WeakMap<Node, PartMark> | undefined;
}

/**
 * Readability's article, read from a copy of the page. Each element's place among the page's
 * elements in document order is noted on it where `places` is "numbered" (to learn what a try
 * took, `placesIn`); the elements at a set of places are left out.
 */
export function tryArticle(
  doc: Document,
  places: 'plain' | 'numbered' | ReadonlySet<number> = 'plain',
): ArticleTry {
  let copy: Document | null = null;
  let textParts: WeakMap<Node, PartMark> | undefined;
  let article: ArticleTry['article'] = null;
  try {
    // jsdom cannot copy a doctype whose name is no XML name ("<!DOCTYPEw.javno.com/rss/…").
    copy = doc.cloneNode(true) as Document;
    if (places === 'numbered')
      elementsUnder(copy.body).forEach((el, place) => el.setAttribute(PLACE, String(place)));
    else if (places !== 'plain')
      elementsUnder(copy.body).forEach(
        (el, place) => place > 0 && places.has(place) && el.remove(),
      );
    if (copy.body) textParts = markParts(copy.body);
    article = new Readability<Node>(copy, {
      serializer: (node) => node,
      // Readability's own threshold (500 characters) stands: at 200 it took the first try's
      // cookie notice or author box for the article on 3 of 150 development pages, where its
      // retries with looser rules find the story (a short story still reads: the longest try
      // is kept).
      // Class names say what a part of the page is (a share bar, a list of related stories).
      keepClasses: true,
    }).parse();
  } catch {
    article = null; // a page Readability cannot take apart is read whole
  }
  return { article, copy, textParts };
}

/** The places of the elements a "numbered" `tryArticle` took into its article. */
export function placesIn(content: Node): Set<number> {
  const places = new Set<number>();
  for (const el of elementsUnder(content)) {
    const place = el.getAttribute(PLACE);
    if (place !== null) places.add(Number(place));
  }
  return places;
}

const PLACE = 'data-verbatim-place';

/** The elements under `root` (itself first, where it is one), in document order. */
function elementsUnder(root: Node | null): Element[] {
  const out: Element[] = [];
  if (root)
    walkTree(
      root,
      (node) => {
        if (node.nodeType === 1) out.push(node as Element);
        return true;
      },
      () => {},
    );
  return out;
}

/**
 * How many of an article's words read as its story: in blocks no label takes for a part of the
 * page around it (menus, forms, credits, offers), outside the page's comment box and its side
 * columns. A blog signs each comment under its text, so the first comments read as prose to the
 * labels; where the reading text is all comments (no story outside them, so none is labelled
 * one), the box the markup names still says whose they are, and the page is read again without
 * it (3 of the 400 development pages of one set: an "Open Thread" post, a news blog's and a
 * talk's, each then read for its post). A blog's profile of its writer in its side column
 * (`inSideColumn`) outscores a short post in Readability's scoring likewise (3 other pages).
 */
export function storyWords(texts: readonly TextBlock[]): { story: number; all: number } {
  const { text, blocks } = joinBlocks(texts);
  const labels = classifyBlocks({ id: 'try', title: '', text, blocks });
  let story = 0;
  let all = 0;
  blocks.forEach((b, i) => {
    const n = wordsOf(text.slice(b.start, b.end)).length;
    all += n;
    const label = labels[i] ?? null;
    if (
      (label === null || isBlockNote(label)) &&
      b.markup?.part !== 'comments' &&
      !texts[i]!.inAside
    )
      story += n;
  });
  return { story, all };
}
