import type { Source } from '@/core/types';
import { sourceFromHtmlDocument } from './htmlSource';

/** Reads an HTML page in the browser: DOMParser makes an inert document, with no scripts run. */
export function readHtmlInBrowser(id: string, html: string): Source {
  return sourceFromHtmlDocument(id, new DOMParser().parseFromString(html, 'text/html'));
}
