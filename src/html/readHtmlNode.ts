import { JSDOM } from 'jsdom';
import type { Source } from '@/core';
import { sourceFromHtmlDocument } from './htmlSource';

/**
 * Reads an HTML page in Node: jsdom with scripts and subresources off (its defaults). jsdom
 * takes most of a second to load, so the command line imports this module only for HTML input.
 */
export function readHtmlInNode(id: string, html: string): Source {
  return sourceFromHtmlDocument(id, new JSDOM(html).window.document);
}
