import type { Pair } from './types';

/** Bytes of UTF-8 each title may take in a file name: both, and the rest, fit in 255. */
const TITLE_BYTES = 110;
const utf8 = new TextEncoder();

/** A title as a piece of a file name: letters and digits, words joined by hyphens. */
function slug(title: string): string {
  // Each trailing run matched only where it opens (no run is read twice from inside it).
  const whole = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|(?<!-)-+$/g, '');
  let out = '';
  let bytes = 0;
  for (const char of whole) {
    bytes += utf8.encode(char).length;
    if (bytes > TITLE_BYTES) break;
    out += char;
  }
  return out.replace(/(?<!-)-+$/, '') || 'untitled';
}

/**
 * The name of a download about two sources: "verbatim-<title A>-vs-<title B>.html". Both titles
 * are in it, whole for any ordinary headline (up to 110 bytes each), so two reports on similar
 * pairs are told apart by name; file systems' 255-byte limit is never reached.
 */
export function downloadName(titles: Pair<string>, ext: string): string {
  return `verbatim-${slug(titles[0])}-vs-${slug(titles[1])}.${ext}`;
}
