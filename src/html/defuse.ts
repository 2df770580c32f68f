/**
 * Renames what a Content-Security-Policy would be asked about before a page is parsed in the
 * browser: inline event handlers (`onerror=` → `data-defused-onerror=`), style attributes (kept
 * under another name, so hidden elements can still be told), <base> (removed) and <style> blocks
 * (removed, as the parser would end them: at the first `</style`).
 *
 * This is not what keeps a page from running: that is the inert document it is parsed into
 * (and the CSP, should anything slip through). It keeps the browser from reporting every
 * blocked handler as a console error when a reader opens a page full of them.
 */
export function defuseHtml(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<base\b[^>]*>/gi, '')
    .replace(TAG, (tag) =>
      tag.replace(ATTRIBUTE, (_m, before: string, name: string) => `${before}${DEFUSED}${name}`),
    );
}

export const DEFUSED = 'data-defused-';

/** A start tag, with quoted attribute values that may hold `>`. */
const TAG = /<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** An event handler or style attribute name, where an attribute name can begin. */
const ATTRIBUTE = /([\s/"'])(on[a-z]+|style)(?=\s*=|[\s/>])/gi;
