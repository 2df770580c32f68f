import { JSDOM } from 'jsdom';
import type { Source } from '../src/core/types';
import { sourceFromHtmlDocument } from '../src/html/htmlSource';

/** Reads an HTML page in Node: jsdom with scripts and subresources off (its defaults). */
export function readHtmlInNode(id: string, html: string): Source {
  return sourceFromHtmlDocument(id, new JSDOM(html).window.document);
}
