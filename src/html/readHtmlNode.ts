import { JSDOM, VirtualConsole } from 'jsdom';
import type { Source } from '@/core';
import { capNesting } from './capNesting';
import { defuseHtml } from './defuse';
import { readHtmlDocument, releaseDocument, type HtmlPage } from './htmlSource';
import { repairMojibake } from './mojibake';
import { closeRunawayTitle } from './runawayTitle';

/**
 * Reads an HTML page in Node: jsdom with scripts and subresources off (its defaults), on the
 * same defused markup the browser reads. Style blocks and attributes are out of the way before
 * parsing, so jsdom's CSS parser never sees them: a stylesheet it cannot parse (one real page's
 * `calc(($a - $b) / 16)` made it throw) is not the reader's problem. Its console is silenced.
 * jsdom takes most of a second to load, so the command line imports this module only for HTML.
 */
export function readHtmlInNode(id: string, html: string): Source {
  return readHtmlPageInNode(id, html).source;
}

/** As `readHtmlInNode`, with what the page states about itself. */
export function readHtmlPageInNode(id: string, html: string): HtmlPage {
  // Nesting capped as a browser's parser caps it: jsdom would take minutes over a deep page.
  const doc = parsePage(capNesting(closeRunawayTitle(defuseHtml(repairMojibake(html)))));
  try {
    return readHtmlDocument(id, doc);
  } finally {
    releaseDocument(doc);
  }
}

/** How many pages one jsdom window parses before it is closed and another made. */
const PAGES_PER_WINDOW = 20;
let current: { dom: JSDOM; parser: DOMParser; pages: number } | null = null;

/**
 * The page parsed into a document of its own by a jsdom window's DOMParser, as the browser
 * reads it: a window built for each page took about a tenth of the time a page took to read.
 * A window holds on to the documents made in it: by their named elements until they leave the
 * tree (`releaseDocument`), and by the listeners a selector search adds to the window until it
 * is closed, so each window is closed after `PAGES_PER_WINDOW` pages (one window for all:
 * 3.4 GB after 621 pages).
 */
function parsePage(markup: string): Document {
  if (current === null || current.pages >= PAGES_PER_WINDOW) {
    current?.dom.window.close();
    const dom = new JSDOM('', { virtualConsole: new VirtualConsole() });
    current = { dom, parser: new dom.window.DOMParser(), pages: 0 };
  }
  current.pages++;
  return current.parser.parseFromString(markup, 'text/html');
}
