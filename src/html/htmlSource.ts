import { Readability } from '@mozilla/readability';
import { titleFrom } from '@/core';
import type { Block, Source } from '@/core';
import { DEFUSED } from './defuse';

/**
 * An HTML page as a source: its article text, found by Mozilla's Readability (what Firefox's
 * reader view uses), with headings and paragraphs kept. The page is only ever parsed into an
 * inert document (DOMParser in the browser, jsdom in Node, both with scripting off): nothing
 * in it runs, loads or touches the live page. Scripts, styles, embedded frames and elements
 * the page hides are removed before reading.
 */
export function sourceFromHtmlDocument(id: string, doc: Document): Source {
  dropUnreadable(doc);
  const article = new Readability<Node>(doc.cloneNode(true) as Document, {
    serializer: (node) => node,
    charThreshold: 200,
  }).parse();
  const root = article?.content ?? doc.body;
  const texts = root ? blockTexts(root) : [];
  const articleTitle = article?.title?.replace(/\s+/g, ' ').trim();
  // Readability lifts the headline out of the content; put it back unless a heading opens it.
  if (articleTitle && !texts.slice(0, 3).some((t) => t.heading))
    texts.unshift({ text: articleTitle, heading: true });
  let text = '';
  const blocks: Block[] = [];
  for (const block of texts) {
    if (text.length > 0) text += '\n\n';
    blocks.push({
      start: text.length,
      end: text.length + block.text.length,
      type: block.heading ? 'heading' : 'paragraph',
    });
    text += block.text;
  }
  return { id, title: titleFrom(text, blocks), text, blocks };
}

const UNREADABLE =
  'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, video, audio, select, button, input, textarea, [hidden], [aria-hidden="true"]';
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function dropUnreadable(doc: Document): void {
  doc.querySelectorAll(UNREADABLE).forEach((el) => el.remove());
  doc.querySelectorAll(`[style], [${DEFUSED}style]`).forEach((el) => {
    const style = el.getAttribute('style') ?? el.getAttribute(`${DEFUSED}style`) ?? '';
    if (HIDDEN_STYLE.test(style)) el.remove();
  });
}

const BLOCK = new Set([
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
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
]);
const HEADING = /^H[1-6]$/;

interface BlockText {
  text: string;
  heading: boolean;
}

/** The text of each block-level run under `root`, in document order, whitespace folded. */
function blockTexts(root: Node): BlockText[] {
  const out: BlockText[] = [];
  let buffer = '';
  let heading = false;
  const flush = () => {
    const text = buffer
      .replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*/g, '\n')
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .trim();
    if (text) out.push({ text, heading });
    buffer = '';
    heading = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (HEADING.test(tag)) heading = true;
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  return out;
}
