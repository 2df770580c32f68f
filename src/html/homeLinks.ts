import { letters } from './printedHeadline';

/**
 * The names a page gives its site in links to its home page, and to a top part of it ("/blog"):
 * the link's text or its logo's alt text ("Web Ink Now", "Rand's Blog"). A title's part that is
 * one of them is the site's or a section's name, whatever the page's metadata says (old blogs
 * state no outlet). Letters and figures only, lower-cased, as `siteNames` gives a site's names.
 */
export function homeLinkNames(doc: Document, url: string | null): SiteLinkNames {
  const names = { home: new Set<string>(), sections: new Set<string>() };
  const all = doc.getElementsByTagName('a');
  const links = Array.from({ length: Math.min(all.length, MAX_LINKS) }, (_, i) => all[i]!);
  const targets = links.map((a) => target(a, url));
  const site = url === null ? commonHost(targets) : bare(new URL(url).hostname);
  for (const [i, a] of links.entries()) {
    const to = targets[i];
    if (!to || (site !== null && bare(to.hostname) !== site)) continue;
    const path = to.pathname.replace(/\/(?:index\.\w+)?$/, '');
    if (path.slice(1).includes('/') || to.search !== '' || to.hash !== '') continue;
    const kind = path === '' ? names.home : names.sections;
    const alts = [...a.getElementsByTagName('img')].map((img) => img.getAttribute('alt') ?? '');
    for (const text of [a.textContent ?? '', ...alts]) {
      const name = letters(text);
      if (name.length >= 3 && name.length <= MAX_NAME) kind.add(name);
    }
  }
  return { home: [...names.home], sections: [...names.sections] };
}

/** Names of a site's home page, and of its top parts ("/blog", "/sports"). */
export interface SiteLinkNames {
  readonly home: readonly string[];
  readonly sections: readonly string[];
}

// A site's logo and menu stand at the top of the page, among its first links; further down
// are a blog's categories and others' sites.
const MAX_LINKS = 40;
/** A site's name runs to a few words. */
const MAX_NAME = 40;

/** Where a link goes, resolved against the page's address (or a stand-in); null if nowhere. */
function target(a: Element, url: string | null): URL | null {
  try {
    const to = new URL((a.getAttribute('href') ?? '').trim(), url ?? STAND_IN);
    return /^https?:$/.test(to.protocol) ? to : null;
  } catch {
    return null;
  }
}

const STAND_IN = 'http://relative.invalid/';

/**
 * The host most of a page's links go to, where the page states no address: its own, since a
 * site links its own pages first (its logo, its menu) and others' after (a blogroll).
 */
function commonHost(targets: readonly (URL | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const to of targets)
    if (to) counts.set(bare(to.hostname), (counts.get(bare(to.hostname)) ?? 0) + 1);
  let best: string | null = null;
  for (const [host, n] of counts) if (best === null || n > counts.get(best)!) best = host;
  return best;
}

const bare = (host: string) => host.replace(/^www\./, '');
