// What a link's fragment says about shared sources, without the compressor: the page tells a
// share link at start from this, and loads lz-string (in share.ts) only when there is one.

/** Longest share link offered: longer ones are cut off by some browsers and mail programs. */
export const MAX_LINK_CHARS = 32_000;
export const SHARE_PREFIX = 'src=';

/** The fragment (without `#`) carries sources, as opposed to being empty or something else. */
export function hasShare(fragment: string): boolean {
  return fragment.startsWith(SHARE_PREFIX);
}

/** The share codec, loaded on demand (lz-string is needed only for a share link). */
export const loadShare = () => import('./share');
