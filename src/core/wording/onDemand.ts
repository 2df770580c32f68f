import type { Kind } from '../types';
import { countOf, EMBEDDED_POST, formatNumber, quoted } from './common';

/**
 * What the page says only in parts it loads when the reader acts — adding a source (reading a
 * file), sharing and downloading, their own sources, the matrix and the overview — and what the
 * command line says about files, and what the schema says of a source a link or storage
 * brought (checked in a worker or in those parts). One of the rooms of the wording (index.ts),
 * so the first paint does not carry these sentences.
 */

export const removalNote = (title: string, committed: boolean) =>
  committed ? `“${title}” was removed from this browser.` : `Removing “${title}”…`;

export const ownSourcesNote = (saving: boolean, failed: boolean) =>
  saving
    ? 'saving…'
    : failed
      ? 'not all could be kept in this browser'
      : 'kept in this browser only';

/** Why a file's bytes are not a text Verbatim reads (completes "… cannot be added: "). */
export const DECODE = {
  tooLarge: (maxBytes: number) => `it is larger than ${maxBytes / 1024 / 1024} MB`,
  binary: 'it is a binary file, not text',
  empty: 'it is empty',
  invalid: (encoding: string) => `it is not valid ${encoding} text`,
  byMark: (encoding: string) => `read as ${encoding} (its byte-order mark)`,
  declared: (encoding: string) => `read as ${encoding}, as the page declares`,
  assumedWindows1252: 'read as Windows-1252: it is not UTF-8',
  strays: (strays: number) =>
    `read as UTF-8, with ${strays === 1 ? 'a byte' : `${strays} bytes`} that UTF-8 has no letter for read as Windows-1252`,
  withoutNuls: (encoding: string, assumed: string | null, nuls: number) =>
    `${assumed ?? `read as ${encoding}`}, leaving out ${nuls === 1 ? 'a NUL byte' : `${nuls} NUL bytes`} (damage: no text holds them)`,
} as const;

export const EMPTY_TEXT = 'The text is empty: paste or open an article.';

export const NO_READABLE_TEXT = 'No readable text was found in that page.';

export const notATextFile = (fileName: string) =>
  `"${fileName}" is not a text, Markdown or HTML file (.txt, .md, .html).`;

export const cannotAdd = (fileName: string, why: string) =>
  `"${fileName}" cannot be added: ${why}.`;

/**
 * What the reader should know of files added together: how many of them were added when not
 * all were, then why each of the others was not and what was assumed in reading any (each a
 * sentence of its own), or null when there is nothing to say.
 */
export function filesAdded(added: number, total: number, messages: readonly string[]) {
  const count =
    added === total
      ? []
      : [
          `${added === 0 ? 'None' : formatNumber(added)} of the ${formatNumber(total)} files ${added === 1 ? 'was' : 'were'} added.`,
        ];
  const all = [...count, ...messages];
  return all.length > 0 ? all.join(' ') : null;
}

export const fileTooLarge = (fileName: string, maxBytes: number) =>
  cannotAdd(fileName, DECODE.tooLarge(maxBytes));

/** A file chosen that could not be opened when read (moved or deleted since, say). */
export const fileUnopened = (fileName: string, error: unknown) =>
  cannotAdd(fileName, `it could not be opened (${String(error).replace(/\.$/, '')})`);

/** The sentence that tells the reader in which encoding a file was read. */
export const encodingNotice = (fileName: string, assumed: string) =>
  `${quoted(fileName)} was ${assumed}; if its letters look wrong, save it as UTF-8 and add it again.`;

export const linkTooLong = (chars: number, maxChars: number) =>
  `This comparison’s text is too long for a reliable link (${Math.round(chars / 1000)} KB; links over ${maxChars / 1000} KB are cut off by some browsers and mail programs). Download the report or the JSON instead.`;

export const LINK_COPIED = 'Link copied.';

export const LINK_UNAVAILABLE =
  'The link could not be made here; download the report or the JSON instead.';

export const reportUnavailable = (error: string) =>
  `The report could not be made (${error}); try again, or download the JSON.`;

export const COPY_REFUSED = 'Copying is not allowed here: select the link and copy it.';

/** Problems with the sources a link's fragment carries. */
export const SHARED = {
  empty: 'The link’s shared text is empty.',
  tooLarge: 'The link’s shared text is too large to open.',
  damaged:
    'The link’s shared text is incomplete or damaged (perhaps cut off when it was copied); ask for the link again.',
  binary: 'The link’s shared text is binary data, not text.',
} as const;

/** The overview's note when it draws fewer bands than there are passages. */
export const bandsThinned = (drawn: number, passages: number) =>
  `The overview links ${countOf(drawn, 'passage', 'passages')} of ${formatNumber(passages)}; the shortest are left out so the longest stay readable.`;

/** A corpus matrix cell's name: how much of one source also appears in another. */
export const matrixCellLabel = (pct: number, row: string, column: string, derived: boolean) =>
  `${pct}% of ${row} also appears in ${column}${derived ? ' (it reads like a rewrite or excerpt of it)' : ''}: compare them`;

/** A text the add form refuses for what the schema says of it. */
export const cannotAddText = (why: string) => `The text cannot be added: ${why}.`;

/** A share link's source that was refused. */
export const sharedRefused = (title: string, why: string) =>
  `The link’s shared text “${title}” cannot be opened: ${why}.`;

/** Two of a link's sources are the same text; one is kept. */
export const sharedTwice = (title: string) =>
  `The link carries “${title}” twice; it is opened once.`;

/** A share link decompresses to more than any link Verbatim makes. */
export const sharedTooLarge = (limit: number) =>
  `The link’s shared text would unpack to more than ${Math.round(limit / 1000).toLocaleString('en-US')} thousand characters, far more than a link Verbatim makes; it was not opened.`;

/** What is wrong with a source a link or storage brought, as a clause naming no source. */
export const SOURCE_CHECK = {
  shape: 'it is not a source Verbatim wrote (a field is missing or malformed)',
  binary: 'it is binary data, not text',
  empty: 'its text is empty',
  blocks: 'its paragraphs do not cover its text in order',
  forged: 'its id does not match its text (it was altered)',
  tooLarge: (bytes: number) => `its text is larger than ${bytes / 1024 / 1024} MB`,
  tooManyWords: (words: number, max: number) =>
    `it has ${countOf(words, 'word', 'words')}, more than the ${countOf(max, 'word', 'words')} a source may have`,
} as const;

export const tooManyWords = (words: number, max: number) =>
  `The text has ${countOf(words, 'word', 'words')}; Verbatim compares up to ${countOf(max, 'word', 'words')} per source. Split it and add the parts.`;

/** A stored source that fails the schema: set aside, the rest of the page works. */
export const setAsideNote = (name: string, why: string) =>
  `A saved source (${name}) could not be read and was set aside: ${why}.`;

// ── What the marks mean (the legend, loaded after the first paint, and the report's) ──────────

/**
 * A mark the legend explains: the three kinds, the three ways text is set apart, and the tag on
 * a post the story embeds.
 */
export type LegendKey = Kind | 'quote' | 'boilerplate' | 'repeat' | 'post';

export interface LegendEntry {
  readonly key: LegendKey;
  readonly label: string;
  readonly description: string;
}

/** The legend, in the order the page and the report show it. */
export const LEGEND: readonly LegendEntry[] = [
  { key: 'shared', label: 'Shared', description: 'in both, in the same order' },
  { key: 'moved', label: 'Moved', description: 'in both, at another place' },
  {
    key: 'reworded',
    label: 'Reworded',
    description: 'said in other words in the other source',
  },
  { key: 'unique', label: 'Unique', description: 'only in this source' },
  { key: 'quote', label: 'Shared quotation', description: 'quoted in both' },
  { key: 'boilerplate', label: 'Boilerplate', description: 'not part of the story' },
  {
    key: 'repeat',
    label: 'Repeated',
    description: 'only in this source, where it appears more than once',
  },
  { key: 'post', label: EMBEDDED_POST, description: 'a social post the story quotes, kept in it' },
];

/** The legend's note on what is left unmarked on the page. */
export const PLAIN_TEXT_NOTE =
  'Unmarked text lies outside every reused passage: it too appears only in its own source.';
