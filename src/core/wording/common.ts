import type { BoilerplateReason } from '../boilerplate';

/**
 * What the first paint says, and the phrases the other rooms of the wording build on (see
 * index.ts). Pure functions of plain values; singular and plural are chosen once, by
 * `Intl.PluralRules`.
 */

const RULES = new Intl.PluralRules('en');
const NUMBER = new Intl.NumberFormat('en');

/** A number as English writes it: `formatNumber(12000)` → "12,000". */
export const formatNumber = (n: number) => NUMBER.format(n);

/** `one` or `other` as English grammar wants for `n`: `plural(1, 'word', 'words')` → "word". */
export function plural(n: number, one: string, other: string): string {
  return RULES.select(n) === 'one' ? one : other;
}

/** A count with its noun: `countOf(1200, 'word', 'words')` → "1,200 words". */
export function countOf(n: number, one: string, other: string): string {
  return `${NUMBER.format(n)} ${plural(n, one, other)}`;
}

export const sideName = (side: 0 | 1): 'A' | 'B' => (side === 0 ? 'A' : 'B');

// ── The comparison page: its bar, the evidence, the panes ──────────────────────────────────

/** A share (0 to 1) as a whole per cent, rounded as the relation's sentence rounds it. */
export const percentOf = (share: number) => `${Math.round(share * 100)}%`;

/** A pane's figure line: "412 of 544 words also appear in B (76%)". */
export function paneFigures(side: 0 | 1, linked: number, words: number): string {
  const other = sideName(side === 0 ? 1 : 0);
  const share = words === 0 ? 0 : linked / words;
  return `${NUMBER.format(linked)} of ${countOf(words, 'word', 'words')} also ${plural(linked, 'appears', 'appear')} in ${other} (${percentOf(share)})`;
}

/** How a case reused its region, in two or three words. */
export const CASE_KIND = {
  verbatim: 'word for word',
  edited: 'edited',
  reworded: 'restated',
} as const;

/** The evidence list's heading: "The evidence: 6 reused passages, longest first". */
export const evidenceHeading = (cases: number) =>
  `The evidence: ${countOf(cases, 'reused passage', 'reused passages')}${cases > 1 ? ', longest first' : ''}`;

/** One case in the evidence list: "73 words in A · 70 in B · edited". */
export const caseFigures = (wordsA: number, wordsB: number, kind: keyof typeof CASE_KIND) =>
  `${countOf(wordsA, 'word', 'words')} in A · ${NUMBER.format(wordsB)} in B · ${CASE_KIND[kind]}`;

/** A case's accessible name: "Reused passage 2 of 6: 73 words in A, 70 in B, edited". */
export const caseLabel = (
  n: number,
  of: number,
  wordsA: number,
  wordsB: number,
  kind: keyof typeof CASE_KIND,
) =>
  `Reused passage ${n} of ${of}: ${countOf(wordsA, 'word', 'words')} in A, ${NUMBER.format(wordsB)} in B, ${CASE_KIND[kind]}`;

/** The one line that stands for a run of hidden boilerplate: "2 paragraphs of boilerplate hidden (credit, appeal)". */
export const boilerplateRunHidden = (paragraphs: number, reasons: readonly string[]) =>
  `${countOf(paragraphs, 'paragraph', 'paragraphs')} of boilerplate hidden (${reasons.join(', ')})`;

/** The bar's and the menu's labels. */
export const PAGE = {
  matrixLink: 'All sources (matrix)',
  /** The same link's text on a phone, where the bar's controls share one row. */
  matrixLinkShort: 'Matrix',
  addOwnSource: 'Add your own source…',
  addOwnSourceShort: 'Add source…',
  backToComparison: 'Back to the comparison',
  menu: 'Menu',
  /** Said after "Menu" to a screen reader: what is in it. */
  menuContents: ': share, download, print, options',
  share: 'Share and download',
  print: 'Print',
  options: 'Options',
  hideBoilerplate: 'Hide boilerplate',
  linkScrolling: 'Link scrolling of the two texts',
  help: 'Keyboard shortcuts',
  legend: 'What the marks mean',
  showBoilerplate: 'Show',
  /** The phone's switch between the two texts. */
  switchLabel: 'Text shown',
  showSide: (side: 0 | 1) => `Source ${sideName(side)}`,
  backTo: (side: 0 | 1) => `Back to ${sideName(side)}, where you were`,
} as const;

/** The label on a boilerplate paragraph shown, and the note that stands for one hidden. */
export const boilerplateLabel = (reason: BoilerplateReason) => `Boilerplate · ${reason}`;
/** The label on a post the story embeds: another author's words, kept in the story. */
export const EMBEDDED_POST = 'Embedded post';
/** A marked stretch's tooltip, for what is not a passage (a passage has its own description). */
export const REPEATED_TITLE =
  'Repeated: only in this source, where this text appears more than once';
export const uniqueTitle = (otherName: string) => `Only in this source, not in ${otherName}`;
export const quotedPassageTitle = (description: string) => `${description} — a shared quotation`;

// ── The report ──────────────────────────────────────────────────────────────────────────────

export const SOURCE_UNAVAILABLE = 'That source is not available.';
export const WORKER_STOPPED = 'the comparison worker stopped';
/** A part of the page loaded when first used (the menu's contents) that did not arrive. */
export const partUnavailable = (error: string) =>
  `This part of the page could not be loaded (${error}). Reload the page to try again; your sources are safe.`;
export const comparisonFailed = (error: string) => `The comparison failed: ${error}`;
export const labelsFailed = (error: string) =>
  `Boilerplate could not be labelled, so all of the text is shown: ${error}`;
export const matrixFailed = (error: string) => `The corpus matrix could not be measured: ${error}`;

export const passageMissing = (passage: number, count: number) =>
  `The link points to passage ${passage}, but this comparison has ${countOf(count, 'passage', 'passages')}; showing it from the start.`;
export const caseMissing = (rank: number, count: number) =>
  `The link points to case ${rank}, but this comparison has ${countOf(count, 'case of reuse', 'cases of reuse')}; showing it from the start.`;

export const comparing = (words: number) => `Comparing ${countOf(words, 'word', 'words')}…`;

export const notSaved = (title: string, error: string) =>
  `“${title}” could not be saved in this browser (${error}); it works until you close the page.`;
export const notRemoved = (title: string, error: string) =>
  `“${title}” was removed here, but could not be removed from this browser’s storage (${error}).`;
export const vaultUnreadable = (error: string) =>
  `Your saved sources could not be read from this browser’s storage (${error}). New sources will work for this visit.`;
/** The note over a comparison whose texts came in a shared link, not yet kept. */
export const sharedNotKept = (titles: readonly string[]) =>
  `This link carries ${countOf(titles.length, 'text', 'texts')} of the sender’s own (${titles
    .map((t) => `“${t}”`)
    .join(
      ', ',
    )}): ${plural(titles.length, 'it is', 'they are')} shown here, but not kept in this browser.`;
export const keepShared = (n: number) => plural(n, 'Keep this source', 'Keep these sources');
export const DROP_HERE =
  'Drop a .txt, .md or .html file to add it as source B, or two to compare them with each other';

export const unreadableText = (error: unknown) =>
  `That text could not be read (${String(error)}); nothing was added.`;

/** `verbatim corpus`'s own usage (cli/collection.ts), also named in the command line's. */
const CORPUS_USAGE =
  'verbatim corpus <dir | file.jsonl> [--out DIR] [--passim-input] [--jobs N] [--min-words N] | verbatim corpus --from-passim <out.json | dir> [--out DIR]';

export const CLI = {
  usage: `usage: verbatim list | verbatim compare <id-or-file> <id-or-file> [--hide-boilerplate] | verbatim report <id-or-file> <id-or-file> [--hide-boilerplate] | verbatim read <file> | verbatim pan <source-dir> <suspicious-dir> <pairs-file> <out-dir> | ${CORPUS_USAGE}`,
  corpusUsage: CORPUS_USAGE,
  unknown: (arg: string) =>
    `${quoted(arg)} is neither a bundled source id nor an existing file (try: verbatim list)`,
  directory: (arg: string) => `${quoted(arg)} is a directory, not a .txt, .md or .html file`,
  notAFile: (arg: string) => `${quoted(arg)} is not a .txt, .md or .html file`,
  cannot: (verb: string, arg: string, why: string) => `cannot ${verb} ${quoted(arg)}: ${why}`,
  encodingNote: (arg: string, assumed: string) => `note: ${quoted(arg)} was ${assumed}`,
  noArticle: (arg: string) => `no article text was found in ${quoted(arg)}`,
  /** What went wrong that no check foresaw: still one line, and never a stack. */
  unexpected: (error: unknown) => {
    const text = error instanceof Error ? error.message : String(error);
    return `could not finish: ${quoted(text.split('\n')[0] ?? '').slice(1, -1)} (this is a bug; please report it)`;
  },
} as const;

/**
 * A value (a path, an argument) quoted for a one-line message: control characters (a newline,
 * ESC) and other unprintable or direction-changing ones are escaped, so a hostile name can
 * neither break the line nor drive the terminal.
 */
export function quoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export const shareUnreadable = (error: string) =>
  `The link’s shared text could not be read (${error}); ask for the link again.`;

// ── What is wrong with a link ───────────────────────────────────────────────────────────────

/** Problems with a link's query; `value` is already made safe to show. */
export const LINK = {
  unknownView: (value: string) =>
    `The link asks for a view "${value}" that Verbatim does not have.`,
  missing: (label: string) => `The link does not say which ${label} to show.`,
  empty: (label: string) => `The link's ${label} is empty.`,
  tooLong: (label: string) => `The link's ${label} is too long to be a source id.`,
  invalid: (label: string, value: string) =>
    `The link's ${label} "${value}" is not a valid source id.`,
  unknown: (label: string, value: string) =>
    `The link names ${label} "${value}", which is not one of the sources.`,
  sameTwice: (id: string) =>
    `The link names the same source twice ("${id}"); pick a second one to compare.`,
  notAPassage: (value: string) =>
    `The link's passage (p=) "${value}" is not a passage number; showing the comparison from the start.`,
  notACase: (value: string) =>
    `The link's case (c=) "${value}" is not a case number; showing the comparison from the start.`,
  /** Before the link to the pair a mistyped link probably meant: "Did you mean “id”?" */
  didYouMean: 'Did you mean',
  /** Every problem found, and what the page does instead. */
  withFallback: (problems: readonly string[]) =>
    `${problems.join(' ')} Showing another comparison instead; choose other sources above.`,
} as const;

/** What a screen reader hears when the reader moves to a passage or a unique stretch. */
export const focusAnnouncement = {
  passage: (side: 0 | 1, description: string) => `In ${sideName(side)}: ${description}`,
  unique: (side: 0 | 1, stretch: number, of: number) =>
    `Only in ${sideName(side)}: stretch ${stretch} of ${of}`,
} as const;

/** Where the matrix gives way to the families view, and the link to that view. */
export const FAMILIES_LINK = {
  nav: 'Families',
  tooManyForMatrix: (n: number, max: number) =>
    `${countOf(n, 'source', 'sources')}: the matrix shows at most ${max}. Their families show which reuse which.`,
  see: 'See the families',
} as const;

// ── Sources at the borders: share links, storage, the worker (issue 12) ─────────────────────

export const SET_ASIDE_REMOVE = 'Remove it from this browser';
/** A saved source was removed in another tab while this one showed it. */
export const removedElsewhere = (title: string) =>
  `“${title}” was removed in another tab of this page, so it was not renamed here.`;

/** The comparison worker did not answer, even once restarted. */
export const workerTimedOut = (seconds: number, attempts: number) =>
  `the comparison worker did not answer within ${seconds} seconds, ${attempts === 1 ? 'once' : `${attempts} times`} (it was restarted); try again, or compare shorter texts`;
