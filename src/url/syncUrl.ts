import type { ReaderState } from '@/store/reader';
import type { Stores } from '@/store/stores';
import { formatLink, parseLink, type Link } from './link';
import { casesByLength, shareUnreadable, type Comparison } from '@/core';
import { hasShare, loadShare } from './shareFragment';
import { suggestionFor } from './suggestion';

/**
 * The link that describes what the reader shows now. A chosen case is written by its rank in
 * the evidence list, which only the comparison knows: pass the one on screen.
 */
export function linkOf(state: ReaderState, comparison: Comparison | null = null): Link {
  if (state.view === 'matrix') return { view: 'matrix' };
  if (state.view === 'families') return { view: 'families' };
  const { focus, pair } = state;
  const passage = focus?.kind === 'passage' ? focus.index : null;
  const shown = comparison?.ids[0] === pair[0] && comparison.ids[1] === pair[1];
  const rank =
    focus?.kind === 'case' && shown ? casesByLength(comparison).indexOf(focus.index) : -1;
  return {
    view: 'reader',
    pair,
    passage,
    ...(rank >= 0 ? { caseRank: rank } : {}),
    // Collapsed is the page's default, so only boilerplate shown is written (`bp=show`).
    ...(state.hideBoilerplate ? {} : { hideBoilerplate: false }),
  };
}

/**
 * The one place where the URL and the store meet. Reads the link at start and on Back/Forward
 * (popstate); writes a history entry when the reader opens another pair or view, and replaces
 * the entry when only the chosen passage changes (so Back steps between comparisons, not
 * passages). Reading back a history entry never writes one, so there are no loops.
 */
export function syncUrl(
  { reader: store, library, comparisons }: Pick<Stores, 'reader' | 'library' | 'comparisons'>,
  win: Window,
  fallback: readonly [string, string],
): () => void {
  let reading = false;
  // Sources shared in the fragment join first, so the query can name them. Reading them needs
  // the compressor, loaded only for such a link; every other link is read at once.
  const read = () => {
    const fragment = win.location.hash.slice(1);
    if (!hasShare(fragment)) {
      apply(null);
      return;
    }
    loadShare()
      .then(({ decodeShare }) => decodeShare(fragment))
      .then(
        (shared) => {
          if (!shared.ok) return apply(shared.problem);
          // Shown, but kept among the reader's own sources only when they say so.
          library.getState().addShared(shared.sources);
          apply(shared.problems.join(' ') || null, shared.renamed);
        },
        (error: unknown) => apply(shareUnreadable(String(error))),
      );
  };
  const apply = (shareProblem: string | null, renamed: ReadonlyMap<string, string> = new Map()) => {
    reading = true;
    const { sources, aliases } = library.getState();
    const ids = sources.map((s) => s.id);
    // A link made before ids were content hashes names its own sources by their old ids: they
    // open under the new ones (from the link's fragment, or from storage migrated at start).
    const search = renameIds(win.location.search, (id) => renamed.get(id) ?? aliases.get(id));
    const parsed = parseLink(search, ids, fallback);
    const { link, notice, start } = parsed;
    const problem = [shareProblem, parsed.problem].filter(Boolean).join(' ') || null;
    const suggestion = parsed.problem ? suggestionFor(win.location.search, ids) : null;
    if (link.view === 'matrix') store.getState().showMatrix(problem);
    else if (link.view === 'families') store.getState().showFamilies(problem);
    else
      store.getState().open(link.pair, {
        problem,
        suggestion,
        notice,
        passage: link.passage,
        caseRank: link.caseRank ?? null,
        start: start === true,
        ...(link.hideBoilerplate !== undefined ? { hideBoilerplate: link.hideBoilerplate } : {}),
      });
    // A bad link does not stay in the address bar: it says what is shown instead (the message
    // keeps what was wrong), so reloading or sharing the address shows the same page. A
    // damaged fragment goes with it; a good one stays, so the address still carries its texts.
    if (parsed.problem || shareProblem) {
      const url = formatLink(linkOf(store.getState(), comparisons.getState().comparison));
      const hash = shareProblem ? '' : win.location.hash;
      win.history.replaceState(null, '', `${url}${hash}`);
    }
    reading = false;
    // The address bar then shows the new ids (the fragment, which holds the sources, stays).
    if (search !== win.location.search)
      win.history.replaceState(
        null,
        '',
        `${formatLink(linkOf(store.getState(), comparisons.getState().comparison))}${win.location.hash}`,
      );
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (reading) return;
    const shown = comparisons.getState().comparison;
    const now = linkOf(state, shown);
    const before = linkOf(previous, shown);
    const url = formatLink(now);
    if (url === formatLink(before) || url === win.location.search) return;
    const samePage = now.view === 'reader' && before.view === 'reader' && now.pair === before.pair;
    if (samePage) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  win.addEventListener('popstate', read);
  read();
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', read);
  };
}

/** The query with each source id `rename` knows replaced (`a=` and `b=` only). */
function renameIds(search: string, rename: (id: string) => string | undefined): string {
  const params = new URLSearchParams(search);
  let changed = false;
  for (const side of ['a', 'b']) {
    const id = params.get(side);
    const now = id === null ? undefined : rename(id);
    if (now !== undefined) {
      params.set(side, now);
      changed = true;
    }
  }
  return changed ? `?${params.toString()}` : search;
}

/**
 * The full address of a link on this page (a Link or its query), with a fragment if given: what
 * a share link is.
 */
export function addressOf(win: Window, link: Link | string, fragment = ''): string {
  const query = typeof link === 'string' ? link : formatLink(link);
  const address = `${win.location.origin}${win.location.pathname}${query}`;
  return fragment ? `${address}#${fragment}` : address;
}
