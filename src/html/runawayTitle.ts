/**
 * A page whose `<title>` is never closed, as a browser's parser reads it, is all title: the
 * parser takes everything after it as the title's text, to the end, and the page shows nothing
 * (a real news page cut short by its crawler read so, with the story in its markup). No title
 * runs longer than `LONGEST_TITLE` characters: past that, the title is closed where its first
 * line ends, or at the first tag, and the rest of the page is read as a page.
 */
export function closeRunawayTitle(html: string): string {
  const open = TITLE_OPEN.exec(html);
  if (open === null) return html;
  const from = open.index + open[0].length;
  const window = html.slice(from, from + LONGEST_TITLE + TITLE_CLOSE_LENGTH);
  if (TITLE_CLOSE.test(window) || window.length < LONGEST_TITLE) return html;
  let end = from;
  while (end < from + LONGEST_TITLE && html[end] !== '\n' && html[end] !== '<') end++;
  return `${html.slice(0, end)}</title>${html.slice(end)}`;
}

/** The first title's opening tag (a run of its attributes read once: it opens only at `<`). */
const TITLE_OPEN = /<title\b[^>]*>/i;
const TITLE_CLOSE = /<\/title\s*>/i;
const TITLE_CLOSE_LENGTH = '</title >'.length;
/** The longest a page's title runs, with room to spare (a long headline and a site's name). */
const LONGEST_TITLE = 1_000;
