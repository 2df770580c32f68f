import type { BoilerplateReason } from './boilerplate';
import type { Summary } from './summary';
import type { CompareOptions, Kind } from './types';

/**
 * Every sentence a reader of Verbatim reads, in one place: the page, the HTML report and the
 * command line all take their words from here, so they cannot drift apart. Pure functions of
 * plain values; singular and plural are chosen once, by `Intl.PluralRules`.
 */

const RULES = new Intl.PluralRules('en');
const NUMBER = new Intl.NumberFormat('en');

/** `one` or `other` as English grammar wants for `n`: `plural(1, 'word', 'words')` → "word". */
export function plural(n: number, one: string, other: string): string {
  return RULES.select(n) === 'one' ? one : other;
}

/** A count with its noun: `countOf(1200, 'word', 'words')` → "1,200 words". */
export function countOf(n: number, one: string, other: string): string {
  return `${NUMBER.format(n)} ${plural(n, one, other)}`;
}

export const sideName = (side: 0 | 1): 'A' | 'B' => (side === 0 ? 'A' : 'B');

// ── The figures of one side ─────────────────────────────────────────────────────────────────

/** "Source A · 1,234 words": a pane's (and the report's) line above the title. */
export function sideHeading(side: 0 | 1, words: number): string {
  return `Source ${sideName(side)} · ${countOf(words, 'word', 'words')}`;
}

/**
 * The summary of one side, in two parts: `lead` (shown in bold) and `rest`. Together:
 * "62% of A also appears in B (50% in place, 12% moved); 38% is only in A. 7 passages, the
 * longest 40 words. Of what it shares, 10% is quoted in both texts and 90% is not."
 */
export function summarySentence(
  s: Summary,
  side: 0 | 1,
  boilerplateHidden = false,
): { lead: string; rest: string } {
  const name = sideName(side);
  const other = sideName(side === 0 ? 1 : 0);
  return {
    lead: `${s.inOtherPct}% of ${name}`,
    rest:
      ` also appears in ${other} (${s.sharedPct}% in place, ${s.movedPct}% moved` +
      `${s.rewordedPct > 0 ? `, ${s.rewordedPct}% reworded` : ''}); ` +
      `${s.uniquePct}% is only in ${name}. ${countOf(s.passages, 'passage', 'passages')}, ` +
      `the longest ${countOf(s.longestPassage, 'word', 'words')}. ` +
      `Of what it shares, ${s.quotedPct}% is quoted in both texts and ${100 - s.quotedPct}% is not` +
      `${boilerplateHidden ? '; boilerplate left out' : ''}.`,
  };
}

// ── How the two texts relate (the verdict) ──────────────────────────────────────────────────

/** What a relation's sentence is made of: plain counts, so the sentence is written only here. */
export const RELATION = {
  unrelated: 'A and B share no wording beyond stock phrases.',
  copies: (shares: string) => `A and B are copies of one text: ${shares}.`,
  rewrite: (copy: string, original: string, restated: string) =>
    `${copy} rewrites ${original}: ${restated} ${original}.`,
  editedCopy: (copy: string, original: string, shares: string) =>
    `${copy} is an edited copy of ${original}: ${shares}.`,
  excerpt: (copy: string, original: string, shares: string) =>
    `${copy} takes most of its text from ${original}: ${shares}.`,
  restateEachOther: (restated: readonly [number, number], paragraphs: readonly [number, number]) =>
    `A and B restate one another: ${NUMBER.format(restated[0])} of A's ${countOf(paragraphs[0], 'paragraph', 'paragraphs')} and ${NUMBER.format(restated[1])} of B's ${NUMBER.format(paragraphs[1])} restate the other.`,
  editedCopies: (linked: readonly [number, number], words: readonly [number, number]) =>
    `A and B are edited copies of one text: ${NUMBER.format(linked[0])} of A's ${countOf(words[0], 'word', 'words')} and ${NUMBER.format(linked[1])} of B's ${NUMBER.format(words[1])} also appear in the other.`,
  ownWords: (aPct: number, bPct: number) =>
    `A and B report the same events largely in their own words: ${aPct}% of A and ${bPct}% of B restate the other.`,
  sharedPassages: (cases: string, aPct: number, bPct: number) =>
    `A and B share ${cases}; neither reads as a copy of the other: ${aPct}% of A and ${bPct}% of B also appear in the other.`,
  /** "412 of its 544 words also appear in A, in 6 passages; the longest is 73 words". */
  shares: (linked: number, words: number, other: string, passages: number, longest: number) =>
    `${NUMBER.format(linked)} of its ${countOf(words, 'word', 'words')} also appear in ${other}, in ${countOf(passages, 'passage', 'passages')}; the longest is ${countOf(longest, 'word', 'words')}`,
  /** "14 of its 16 paragraphs restate", "its one paragraph restates", "all 3 of its paragraphs restate". */
  restated: (restated: number, paragraphs: number) =>
    paragraphs === 1
      ? 'its one paragraph restates'
      : restated === paragraphs
        ? `all ${NUMBER.format(paragraphs)} of its paragraphs restate`
        : `${NUMBER.format(restated)} of its ${NUMBER.format(paragraphs)} paragraphs ${plural(restated, 'restates', 'restate')}`,
  /** "2 passages (1 word for word, 1 restated)", "one passage, edited". */
  cases: (verbatim: number, edited: number, reworded: number) => {
    const how = [
      [verbatim, CASE_KIND.verbatim],
      [edited, CASE_KIND.edited],
      [reworded, CASE_KIND.reworded],
    ] as const;
    const n = verbatim + edited + reworded;
    if (n === 1) return `one passage, ${how.find(([k]) => k === 1)![1]}`;
    const parts = how.filter(([k]) => k > 0).map(([k, what]) => `${NUMBER.format(k)} ${what}`);
    return `${countOf(n, 'passage', 'passages')} (${parts.join(', ')})`;
  },
} as const;

// ── The marks ───────────────────────────────────────────────────────────────────────────────

/** A mark the legend explains: the three kinds, and the three ways text is set apart. */
export type LegendKey = Kind | 'quote' | 'boilerplate' | 'repeat';

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
];

export const legendEntry = (key: LegendKey): LegendEntry => LEGEND.find((e) => e.key === key)!;

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

/** The legend's note on what is left unmarked on the page. */
export const PLAIN_TEXT_NOTE =
  'Unmarked text lies outside every reused passage: it too appears only in its own source.';

/** The bar's and the menu's labels. */
export const PAGE = {
  matrixLink: 'All sources (matrix)',
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
export const boilerplateHidden = (reason: BoilerplateReason) => `Boilerplate hidden: ${reason}`;

/** A marked stretch's tooltip, for what is not a passage (a passage has its own description). */
export const REPEATED_TITLE =
  'Repeated: only in this source, where this text appears more than once';
export const uniqueTitle = (otherName: string) => `Only in this source, not in ${otherName}`;
export const quotedPassageTitle = (description: string) => `${description} — a shared quotation`;

// ── The report ──────────────────────────────────────────────────────────────────────────────

/** How many paragraphs are labelled boilerplate on one side, and what the figures do with them. */
export const boilerplateCount = (side: 0 | 1, blocks: number, hidden: boolean) =>
  blocks === 0
    ? `No paragraph of ${sideName(side)} is labelled boilerplate.`
    : `${countOf(blocks, 'paragraph', 'paragraphs')} of ${sideName(side)} ${plural(blocks, 'is', 'are')} labelled boilerplate: ${
        hidden ? 'hidden and left out of the figures' : 'shown muted and counted in the figures'
      }.`;

/** Where a source came from, as far as Verbatim knows it. */
export type SourceOrigin =
  | { readonly kind: 'bundled'; readonly id: string }
  | { readonly kind: 'own' }
  | { readonly kind: 'shared' }
  | { readonly kind: 'file'; readonly path: string };

export const REPORT = {
  title: 'Verbatim comparison',
  made: (when: string) =>
    `Made by Verbatim on ${when}. Each text is shown exactly as its source has it.`,
  verdict: 'Verdict',
  quotations: (n: number) =>
    n === 0
      ? 'Shared quotations: none'
      : `Shared quotations: ${countOf(n, 'quotation', 'quotations')} both texts quote`,
  quotationsNote:
    'Words inside quotation marks in both texts: quoting the same speaker is not copying.',
  moreQuotations: (n: number) => `and ${countOf(n, 'more', 'more')}`,
  sources: 'The sources',
  legend: 'Legend',
  texts: 'The two texts, marked',
  recompute: 'To check these marks',
  byline: (who: string) => `By ${who}`,
  stated: (date: string) => `Dated ${date}`,
  origin: (origin: SourceOrigin, url: string | null) => {
    const where =
      origin.kind === 'bundled'
        ? `One of the articles bundled with Verbatim (id ${origin.id})`
        : origin.kind === 'file'
          ? `Read from the file ${origin.path}`
          : origin.kind === 'shared'
            ? 'Carried in the link this comparison was opened from'
            : 'Added by the reader (pasted or from a file)';
    return url ? `${where}; it gives its address as ${url}.` : `${where}.`;
  },
  added: (when: string) => `Added on ${when}.`,
  sha256: (digest: string | null) =>
    digest
      ? `SHA-256 of its text (UTF-8): ${digest}`
      : 'SHA-256 of its text: not computed here (this browser offers no Web Crypto on this page).',
  engine: (version: string, options: CompareOptions, boilerplateHidden: boolean) =>
    `Verbatim engine ${version}, options: a passage is at least ${countOf(options.minRun, 'word', 'words')}; ` +
    `gaps of up to ${countOf(options.maxGap, 'word', 'words')} are aligned word by word; ` +
    `a run of words seen more than ${countOf(options.maxSeedOccurrences, 'time', 'times')} in a text seeds no match. ` +
    `Boilerplate ${boilerplateHidden ? 'hidden and left out of the figures' : 'shown and counted'}.`,
  command: (a: string, b: string, boilerplateHidden: boolean) =>
    `npx verbatim compare ${a} ${b}${boilerplateHidden ? ' --hide-boilerplate' : ''}`,
  commandNote:
    'run on the same two texts (their SHA-256 above), prints the same marks, cases and verdict as JSON.',
} as const;

// ── Messages: what went wrong, and quiet notes ──────────────────────────────────────────────

export const SOURCE_UNAVAILABLE = 'That source is not available.';
export const WORKER_STOPPED = 'the comparison worker stopped';
export const comparisonFailed = (error: string) => `The comparison failed: ${error}`;
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
export const removalNote = (title: string, committed: boolean) =>
  committed ? `“${title}” was removed from this browser.` : `Removing “${title}”…`;
export const ownSourcesNote = (saving: boolean, failed: boolean) =>
  saving
    ? 'saving…'
    : failed
      ? 'not all could be kept in this browser'
      : 'kept in this browser only';

/** The note over a comparison whose texts came in a shared link, not yet kept. */
export const sharedNotKept = (titles: readonly string[]) =>
  `This link carries ${countOf(titles.length, 'text', 'texts')} of the sender’s own (${titles
    .map((t) => `“${t}”`)
    .join(
      ', ',
    )}): ${plural(titles.length, 'it is', 'they are')} shown here, but not kept in this browser.`;
export const keepShared = (n: number) => plural(n, 'Keep this source', 'Keep these sources');
export const DROP_HERE = 'Drop a .txt, .md or .html file to add it as source B';

/** Why a file's bytes are not a text Verbatim reads (completes "… cannot be added: "). */
export const DECODE = {
  tooLarge: (maxBytes: number) => `it is larger than ${maxBytes / 1024 / 1024} MB`,
  binary: 'it is a binary file, not text',
  empty: 'it is empty',
  invalid: (encoding: string) => `it is not valid ${encoding} text`,
  byMark: (encoding: string) => `read as ${encoding} (its byte-order mark)`,
  declared: (encoding: string) => `read as ${encoding}, as the page declares`,
  assumedWindows1252: 'read as Windows-1252: it is not UTF-8',
} as const;

export const EMPTY_TEXT = 'The text is empty: paste or open an article.';
export const NO_READABLE_TEXT = 'No readable text was found in that page.';
export const tooManyWords = (words: number, max: number) =>
  `The text has ${countOf(words, 'word', 'words')}; Verbatim compares up to ${countOf(max, 'word', 'words')} per source. Split it and add the parts.`;
export const notATextFile = (fileName: string) =>
  `"${fileName}" is not a text, Markdown or HTML file (.txt, .md, .html).`;
export const cannotAdd = (fileName: string, why: string) =>
  `"${fileName}" cannot be added: ${why}.`;
export const fileTooLarge = (fileName: string, maxBytes: number) =>
  cannotAdd(fileName, DECODE.tooLarge(maxBytes));
/** The sentence that tells the reader in which encoding a file was read. */
export const encodingNotice = (fileName: string, assumed: string) =>
  `${quoted(fileName)} was ${assumed}; if its letters look wrong, save it as UTF-8 and add it again.`;
export const unreadableText = (error: unknown) =>
  `That text could not be read (${String(error)}); nothing was added.`;

export const linkTooLong = (chars: number, maxChars: number) =>
  `This comparison’s text is too long for a reliable link (${Math.round(chars / 1000)} KB; links over ${maxChars / 1000} KB are cut off by some browsers and mail programs). Download the report or the JSON instead.`;
export const LINK_COPIED = 'Link copied.';
export const LINK_UNAVAILABLE =
  'The link could not be made here; download the report or the JSON instead.';
export const reportUnavailable = (error: string) =>
  `The report could not be made (${error}); try again, or download the JSON.`;
export const COPY_REFUSED = 'Copying is not allowed here: select the link and copy it.';

// ── The command line ────────────────────────────────────────────────────────────────────────

export const CLI = {
  usage:
    'usage: verbatim list | verbatim compare <id-or-file> <id-or-file> [--hide-boilerplate] | verbatim report <id-or-file> <id-or-file> [--hide-boilerplate] | verbatim read <file> | verbatim pan <source-dir> <suspicious-dir> <pairs-file> <out-dir>',
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

/** Problems with the sources a link's fragment carries. */
export const SHARED = {
  empty: 'The link’s shared text is empty.',
  tooLarge: 'The link’s shared text is too large to open.',
  damaged:
    'The link’s shared text is incomplete or damaged (perhaps cut off when it was copied); ask for the link again.',
  binary: 'The link’s shared text is binary data, not text.',
} as const;

// ── Announcements and labels ────────────────────────────────────────────────────────────────

/** What a screen reader hears when the reader moves to a passage or a unique stretch. */
export const focusAnnouncement = {
  passage: (side: 0 | 1, description: string) => `In ${sideName(side)}: ${description}`,
  unique: (side: 0 | 1, stretch: number, of: number) =>
    `Only in ${sideName(side)}: stretch ${stretch} of ${of}`,
} as const;

/** The overview's note when it draws fewer bands than there are passages. */
export const bandsThinned = (drawn: number, passages: number) =>
  `The overview links ${countOf(drawn, 'passage', 'passages')} of ${NUMBER.format(passages)}; the shortest are left out so the longest stay readable.`;

/** A corpus matrix cell's name: how much of one source also appears in another. */
export const matrixCellLabel = (pct: number, row: string, column: string, derived: boolean) =>
  `${pct}% of ${row} also appears in ${column}${derived ? ' (it reads like a rewrite or excerpt of it)' : ''}: compare them`;

/** Where the matrix gives way to the families view, and the link to that view. */
export const FAMILIES_LINK = {
  nav: 'Families',
  tooManyForMatrix: (n: number, max: number) =>
    `${countOf(n, 'source', 'sources')}: the matrix shows at most ${max}. Their families show which reuse which.`,
  see: 'See the families',
} as const;

// ── Sources at the borders: share links, storage, the worker (issue 12) ─────────────────────

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

/** A stored source that fails the schema: set aside, the rest of the page works. */
export const setAsideNote = (name: string, why: string) =>
  `A saved source (${name}) could not be read and was set aside: ${why}.`;
export const SET_ASIDE_REMOVE = 'Remove it from this browser';
/** A saved source was removed in another tab while this one showed it. */
export const removedElsewhere = (title: string) =>
  `“${title}” was removed in another tab of this page, so it was not renamed here.`;

/** The comparison worker did not answer, even once restarted. */
export const workerTimedOut = (seconds: number, attempts: number) =>
  `the comparison worker did not answer within ${seconds} seconds, ${attempts === 1 ? 'once' : `${attempts} times`} (it was restarted); try again, or compare shorter texts`;
