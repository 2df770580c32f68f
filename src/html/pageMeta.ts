import { foldSpace } from '@/core';
import { bylineDate, cleanByline } from './byline';

/** What a page states about itself in its markup. Each field is null when it does not say. */
export interface PageMeta {
  readonly title: string | null;
  readonly byline: string | null;
  /** As the page gives it: an ISO date-time in most pages' metadata. */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** Readability's own findings, which take precedence where it found them. */
export interface ReadabilityMeta {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly siteName?: string | null;
  readonly publishedTime?: string | null;
}

const clean = (s: unknown): string | null => {
  if (typeof s !== 'string') return null;
  const t = foldSpace(s);
  return t.length > 0 && t.length <= 300 ? t : null;
};

/**
 * Reads title, byline, date, outlet and address from a page's metadata: JSON-LD `NewsArticle`
 * (or any `Article`), Open Graph and `article:` properties, `<meta name=author>` and the like,
 * the canonical link, and what Readability found. The first that states a field wins, in that
 * order of trust: structured data first, as publishers fill it for search engines.
 */
export function pageMeta(doc: Document, found: ReadabilityMeta = {}): PageMeta {
  const index = metaIndex(doc);
  const meta = (...names: string[]) => {
    for (const name of names) {
      const value = clean(index.get(asciiLower(name))?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  // `article:author` is a profile's address by Open Graph's rules, and many pages put one in
  // `author` too ("https://www.facebook.com/bbcnews"): not a name to print after "By".
  const person = (...names: string[]) => {
    for (const name of names) {
      const value = meta(name);
      if (value && !ADDRESS.test(value)) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(doc);
  const canonical = clean(
    first(
      doc,
      'link',
      (el) => asciiLower(el.getAttribute('rel') ?? '') === 'canonical',
    )?.getAttribute('href'),
  );
  const url = absolute(canonical) ?? absolute(meta('og:url')) ?? absolute(clean(ld?.url));
  const timeEl = clean(
    first(doc, 'time', (el) => el.hasAttribute('datetime'))?.getAttribute('datetime'),
  );
  const text = (s: string | null) => (s === null ? null : decodeLeftover(doc, s));
  const bylines = [
    names(ld?.author),
    person('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'),
    clean(found.byline),
  ].filter((b) => b !== null);
  const home = homeTitle(doc, index);
  const og = meta('og:title');
  const readTitle = clean(found.title);
  return {
    title: text(
      clean(ld?.headline) ??
        (og === home ? null : og) ??
        (readTitle === home ? null : readTitle) ??
        clean(doc.title),
    ),
    // The first that names someone once its dates, addresses and buttons are cut off.
    byline: bylines.map((b) => cleanByline(text(b) ?? '')).find((b) => b !== null) ?? null,
    date:
      clean(ld?.datePublished) ??
      meta(
        'article:published_time',
        'datePublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
        'parsely-pub-date',
      ) ??
      clean(found.publishedTime) ??
      timeEl ??
      bylines.map(bylineDate).find((d) => d !== null) ??
      null,
    outlet: text(
      meta('og:site_name', 'application-name') ??
        names(ld?.publisher) ??
        clean(found.siteName) ??
        (url ? new URL(url).hostname.replace(/^www\./, '') : null),
    ),
    url,
  };
}

/** A web address, not a name: "https://…", "//…", "www.…". */
const ADDRESS = /^(?:[a-z][a-z\d+.-]*:\/\/|\/\/|www\.)/i;

/** A character reference left in text the page encoded twice ("Apple&#x2019;s", "&amp;lt;i&amp;gt;"). */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Text with the character references a page left in it decoded, and any markup they spelled
 * dropped ("&lt;i&gt;Deadpool&lt;/i&gt;"): many sites encode their titles twice in JSON-LD and
 * `<meta>`, and a reader would see "Apple&#x2019;s". A textarea's content is text to the HTML
 * parser, so its references are decoded and nothing in it becomes an element; the document is
 * the inert one the page was parsed into.
 */
function decodeLeftover(doc: Document, s: string): string | null {
  if (!REFERENCE.test(s)) return s;
  const area = doc.createElement('textarea');
  area.innerHTML = s;
  return clean(area.value.replace(/<\/?[a-z][^<>]*>/gi, ''));
}

/** ASCII letters lower-cased, as HTML compares attribute values case-insensitively. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The title of the site's home page, where a page's Open Graph describes that and not the page:
 * its `og:url` is the site's root (a blog's theme that fills it so on every post, titled
 * "Official Blog of the National Football League"). Readability takes `og:title` for the
 * article's title first, so this is what it then found. Null where Open Graph is the page's own.
 */
export function homeTitle(doc: Document, index = metaIndex(doc)): string | null {
  const content = (name: string) => clean(index.get(name)?.getAttribute('content'));
  const url = content('og:url');
  let root = false;
  try {
    root = url !== null && /^\/?$/.test(new URL(url).pathname) && !new URL(url).search;
  } catch {
    root = false;
  }
  return root ? content('og:title') : null;
}

/**
 * The page's `<meta>` elements by their property and by their name (each key the first element
 * that has it), read in one pass: a selector per name searched the whole page each time, nearly
 * a third of the time a page took to read in the command line (profiled, 120 pages).
 */
function metaIndex(doc: Document): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of doc.getElementsByTagName('meta'))
    for (const attribute of ['property', 'name']) {
      const key = el.getAttribute(attribute);
      const folded = key === null ? null : asciiLower(key);
      if (folded !== null && !index.has(folded)) index.set(folded, el);
    }
  return index;
}

/** The first element of a kind that passes `test`, in the page's order. */
function first(doc: Document, tag: string, test: (el: Element) => boolean): Element | null {
  for (const el of doc.getElementsByTagName(tag)) if (test(el)) return el;
  return null;
}

type LdNode = Record<string, unknown>;

/** The first JSON-LD node whose type is an article of some kind, searched through @graph. */
function jsonLdArticle(doc: Document): LdNode | null {
  for (const script of doc.getElementsByTagName('script')) {
    if (asciiLower(script.getAttribute('type') ?? '') !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken metadata is not the reader's problem
    }
    const stack: unknown[] = [data];
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const n = node as LdNode;
        const type = ([] as unknown[]).concat(n['@type'] ?? []).map(String);
        if (type.some((t) => /Article|BlogPosting|Report/i.test(t))) return n;
        if (n['@graph']) stack.push(n['@graph']);
      }
    }
  }
  return null;
}

/** A person or organisation, a list of them, or a plain name, as a comma-separated string. */
function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const out = list
    .map((v) => (typeof v === 'string' ? clean(v) : clean((v as LdNode | null)?.name)))
    .filter((v): v is string => v !== null && !/^https?:/.test(v));
  return out.length > 0 ? [...new Set(out)].join(', ') : null;
}

function absolute(href: string | null): string | null {
  if (href === null || !/^https?:\/\//i.test(href)) return null;
  try {
    return new URL(href).href;
  } catch {
    return null;
  }
}
