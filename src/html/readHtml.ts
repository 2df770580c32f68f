import type { Source } from '@/core';
import { defuseHtml } from './defuse';
import { sourceFromHtmlDocument } from './htmlSource';
import { repairMojibake } from './mojibake';
import { closeRunawayTitle } from './runawayTitle';

/**
 * Reads an HTML page in the browser. DOMParser makes an inert document: no script in it runs,
 * nothing in it loads, and it never touches the live page.
 */
export function readHtmlInBrowser(id: string, html: string): Source {
  return sourceFromHtmlDocument(
    id,
    new DOMParser().parseFromString(
      closeRunawayTitle(defuseHtml(repairMojibake(html))),
      'text/html',
    ),
  );
}
