import { JSDOM, VirtualConsole } from 'jsdom';
import type { Source } from '@/core';
import { capNesting } from './capNesting';
import { defuseHtml } from './defuse';
import { readHtmlDocument, type HtmlPage } from './htmlSource';
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
  return readHtmlDocument(id, parsePage(capNesting(closeRunawayTitle(defuseHtml(html)))));
}

let parser: DOMParser | null = null;

/**
 * The page parsed into a document of its own by one jsdom window's DOMParser, as the browser
 * reads it: a window built for each page took about a tenth of the time a page took to read.
 * Such a document belongs to no window, so nothing holds it once read (a window per page had
 * to be closed, or a command reading a collection ran out of memory after a few hundred).
 */
function parsePage(markup: string): Document {
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser.parseFromString(markup, 'text/html');
}
