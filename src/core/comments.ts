import type { BlockSignals } from './blockSignals';
import type { BlockLabel } from './boilerplate';
import { ASIDE_PARTS, type Source } from './types';

/**
 * Readers' comments after the story. Readability keeps a page's comment section when it reads as
 * prose, and the comments are prose: short, informal, each under a commenter's line ("Posted
 * by: tax payer, Bolton on 11:21pm Tue 1 Jan 08"). What gives the section away is not its
 * comments but what frames them: a head ("12 comments", "Reader comments", "Comment Blog"), the
 * rules readers post under ("Comments are limited to 200 words", "You must log in or register to
 * post"), and commenters' lines with a name and a date or a time. Kohlschütter et al. (2010)
 * labelled comments as a class of their own in L3S-GN1, apart from the story; on the
 * development half of that set (keys 0–7) they were 31 of the 129 gold-boilerplate blocks left
 * unlabelled before this rule.
 */

/** A comment section's own head ("12 Comments", "Readers' comments", "Post a comment"). */
const HEAD =
  /^(?:\d+\s+)?(?:readers?['’]?s?|users?['’]?|visitors?['’]?|members?['’]?|your)\s+comments?\b|^\d+\s+(?:comments?|responses?|replies|thoughts)\b|^(?:comments?|responses?|replies|discussion)\s*[([]\s*\d+\s*[)\]]|^comments?\s+blog\b|^(?:post|leave|add|write|submit)\s+(?:a|an|your)\s+(?:comment|reply|response)\b|^(?:\d+\s+)?(?:responses?|thoughts|replies)\s+(?:to|on)\s+["“‘']|^be the first to (?:comment|reply|respond)\b|^(?:one|two|three|\d+)\s+(?:thoughts?|responses?|comments?|replies|reply)\s+(?:on|to)\b|^have your say\b|^comment on this (?:story|article|post|entry)\b|^reader (?:reactions?|responses?)\b/i;
/** The word alone ("Comments"): a how-to's subheading says it too, so it needs more evidence. */
const BARE_HEAD = /^(?:comments?|responses|replies|discussion)\s*:?$/i;
/** Heads run to a few words. */
const HEAD_WORDS = 12;

/**
 * The rules of a comment box, in the site's voice and at a sentence's start: a story about
 * moderation reports them ("…, the site said") rather than laying them down.
 */
const POLICY = [
  /^(?:note\s*:\s*)?(?:all\s+)?(?:(?:readers?['’]?s?|users?['’]?)\s+)?comments?\s+(?:(?:on|to|for) (?:this|the|our) (?:story|article|post|entry|blog|page|site)\s+)?(?:(?:are|is|will|may|must|should)\s+(?:\w+\s+){0,2})?(?:limited|subject to|moderated|reviewed|screened|closed|monitored|approved|held|checked|stay active)\b/i,
  /^(?:there are )?no comments(?: yet| so far| at the moment| for now)?(?:[.!]|$)/i,
  /^(?:please )?keep (?:your |all )?comments?\b/i,
  /^we reserve the right to (?:edit|remove|delete|reject)\b[^.!?]{0,40}\bcomments?\b/i,
  /^your e-?mail(?: address)? will not be (?:published|shared|displayed)\b/i,
  /^required fields are marked\b/i,
  /^comment\s+(?:entries|posters|writers|submissions|rules|policy|guidelines)\b/i,
  /^the following (?:are |is )?(?:\w+ )?comments?\b/i,
  /^by (?:posting|submitting|leaving) (?:a |your )?comments?\b/i,
  /^(?:you must|you need to|you have to|please|only registered (?:users|readers|members) can)\b[^.!?]{0,40}\b(?:log ?in|logged in|sign(?:ed)? in|register(?:ed)?)\b[^.!?]{0,40}\b(?:post|comment|reply)/i,
  /^ip addresses?\b[^.!?]{0,60}\b(?:post|comment)/i,
];
/** A notice runs to a few sentences; a longer block is someone's prose. */
const POLICY_WORDS = 60;

/** A commenter's line: "Posted by: jim | January 14, 2008 07:20 PM". */
const POSTED_BY =
  /^(?:posted|submitted|written|added|comment(?:ed)?|repl(?:y|ied))\s+(?:by|from)\s*:?\s*\S/i;
/**
 * A commenter's line of another kind, opened by the name: "King Eric on 2 Jan 08 wrote:",
 * "Ann (January 2, 2008 at 3:45 pm) said:". A story's "On January 2, the mayor wrote:" opens
 * with a preposition or an article instead. (Two tests, not one pattern: a pattern for the name
 * and what follows it read a run of commas again from each place in it.)
 */
const WROTE = /\b(?:wrote|writes|said|says|commented|replied)\s*:$/i;
const NOT_A_NAME =
  /^(?:on|in|at|as|the|a|an|when|then|after|before|later|earlier|yesterday|today|and|but)\b/i;
/** A commenter's line names a time or a date (a story's "Smith wrote:" names neither). */
const WHEN =
  /\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;
/**
 * A comment's stamp on a line of its own, with a link to the comment or a button to answer it
 * ("Posted October 28, 2012 at 10:31 pm | Permalink", "September 27, 2012 | Reply"): blog
 * software prints one over or under each comment, the name in a block beside it.
 */
const STAMP_LINK = /\b(?:permalink|reply|report abuse|quote)\b/i;
/** A stamp is a line of a few words. */
const STAMP_WORDS = 14;
/** A commenter's line is a line, not a paragraph. */
const LINE_WORDS = 20;
/** A line of its own that only dates the comment above it runs to a few words. */
const DATE_LINE_WORDS = 8;

/** What a comment box's notices speak of. */
const COMMENT_WORD =
  /\b(?:comment(?:s|ed|er|ers|ing)?|moderat(?:e|ed|or|ors|ion)|repl(?:y|ies)|(?:to|not|who|you|may|can) post|log ?in|register)\b/i;

/** Days and months, taken out of a commenter's line with its date to leave the name. */
const CALENDAR_WORD =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b[ap]\.?m\b\.?|\b(?:st|nd|rd|th|at|on|ago)\b|[\d\W_]+/gi;

/**
 * How many paragraphs of running prose stand before a section: the story's summary alone is
 * not the story, and the byline under it is not a commenter's line.
 */
const STORY_PARAGRAPHS = 2;

/**
 * How many blocks that signal comments are tried as a section's opening, at most: each try reads
 * on to the section's end, so a page of thousands of "Comments" lines would take time growing
 * with their square; a page has one comment section, and its first few signals open it.
 */
const MAX_TRIES = 20;

/** A comment is shorter than the story, and than this: a longer run is someone's post. */
const COMMENT_WORDS = 300;

/** Labels a section ends at: the page's other parts, the story's own head. */
const ENDS_SECTION: ReadonlySet<BlockLabel> = new Set<BlockLabel>([
  'navigation',
  'related link',
  'template',
  'caption',
  'headline',
  'repeated headline',
]);

/**
 * 'commenter': a commenter's line heads the block; 'signed': it signs the comment above it;
 * 'stamp': a comment's date and its link, the name in another block.
 */
type Signal = 'head' | 'bare head' | 'policy' | 'commenter' | 'signed' | 'stamp';

const signs = (signal: Signal | null | undefined) =>
  signal === 'commenter' || signal === 'signed' || signal === 'stamp';

/** What a block says of a comment section, or null. Exposed for measurement. */
export function commentSignal(text: string, s: BlockSignals): Signal | null {
  const words = s.words.length;
  if (words === 0) return null;
  if (words <= HEAD_WORDS && !/[.]$/.test(s.text)) {
    if (BARE_HEAD.test(s.text)) return 'bare head';
    if (HEAD.test(s.text)) return 'head';
  }
  const line = commenterLine(text);
  if (line !== null) return line.index === 0 ? 'commenter' : 'signed';
  if (words <= STAMP_WORDS && WHEN.test(s.text) && STAMP_LINK.test(s.text)) return 'stamp';
  if (
    words <= POLICY_WORDS &&
    s.text.split(/(?<=[.!?])\s+/).some((p) => POLICY.some((r) => r.test(p)))
  )
    return 'policy';
  return null;
}

/** The last lines read for a commenter's line that signs the comment above it. */
const SIGNATURE_LINES = 3;

/**
 * The commenter's line of a block, or null: its first line ("Posted by: jim | January 14, 2008
 * 07:20 PM", with the date there or on a short line under it, as blog software prints it), or a
 * line below the comment it signs, dated ("Especially at Newcastle." over "Posted by Derek Dean
 * on January 10, 2008 4:39 PM" over "Report this comment").
 */
function commenterLine(text: string): { line: string; index: number } | null {
  const lines = text.trim().split('\n');
  for (let i = 0; i < lines.length; i = Math.max(i + 1, lines.length - SIGNATURE_LINES)) {
    const line = lines[i]!.trim();
    if (line.split(/\s+/).length > LINE_WORDS) continue;
    if (!POSTED_BY.test(line) && !(i === 0 && WROTE.test(line) && !NOT_A_NAME.test(line))) continue;
    const next = i === 0 ? (lines[1] ?? '').trim() : '';
    if (WHEN.test(line) || (next.split(/\s+/).length <= DATE_LINE_WORDS && WHEN.test(next)))
      return { line, index: i };
  }
  return null;
}

/** A thread's entry number opening a block: "12. " or "12) ". */
const ENTRY_NUMBER = /^(\d{1,4})[.)]\s+\S/;
/** A deleted comment leaves a gap in the numbers; a wider one is another list. */
const ENTRY_GAP = 3;
/** How many numbered entries, or stamps, make a thread. */
const THREAD_ENTRIES = 3;

/**
 * Numbered comments: blocks in a part of the page its markup sets aside (a sidebar, a comment
 * box) that open with a number counting up from the first few ("1. I always love…", "2.
 * Walters:", "4. …"), as blog software numbers its comments. A story's own numbered points stand
 * in the story, not in an aside; on the development pages no aside held another such list.
 */
function numberedEntries(
  aside: readonly boolean[],
  texts: readonly string[],
  from: number,
): boolean[] {
  const entries = texts.map(() => false);
  let last = 0;
  for (let i = from; i < texts.length; i++) {
    if (!aside[i]) continue;
    const n = Number(ENTRY_NUMBER.exec(texts[i]!)?.[1] ?? 0);
    if (n > last && n <= last + ENTRY_GAP) {
      entries[i] = true;
      last = n;
    }
  }
  return entries;
}

/** A commenter's name runs to a few words. */
const NAME_WORDS = 4;

/**
 * A comment under its commenter's name, on a line of its own with no date ("Frank @ Toronto",
 * "J-F (Ottawa)" over the comment): a name states nothing, so it ends with no mark. Only read
 * as such in a section a head or a notice has opened: a story's block may open on a short line.
 */
function namedComment(text: string): boolean {
  const nl = text.indexOf('\n');
  if (nl < 0) return false;
  return nameLine(text.slice(0, nl));
}

/** A name alone on its line: a few words, with a letter, that state nothing. */
function nameLine(line: string): boolean {
  const text = line.trim();
  return (
    !text.includes('\n') &&
    text.split(/\s+/).length <= NAME_WORDS &&
    /\p{L}/u.test(text) &&
    !/[.!?:;,]$/.test(text)
  );
}

/** What the section rules read of a page, block by block. */
interface Page {
  readonly texts: readonly string[];
  readonly signals: readonly BlockSignals[];
  readonly signal: readonly (Signal | null)[];
  readonly labels: readonly (BlockLabel | null)[];
  readonly prose: readonly boolean[];
  readonly headings: readonly boolean[];
  /** Commenters' names, read once per block (`commenterName`). */
  readonly names: (string | undefined)[];
  /** Numbered comments (`numberedEntries`). */
  readonly entries: readonly boolean[];
  /** Comments under a name line (`namedComment`). */
  readonly named: readonly boolean[];
  /** Set aside by the page's markup (a sidebar, a comment box). */
  readonly aside: readonly boolean[];
}

/**
 * Labels readers' comments after the story "comment", in place (`texts`: each block's text, as
 * `classifyBlocks` read it). A section opens after the
 * story's first two paragraphs of running prose (a summary and the byline under it are not yet
 * the story's end), at a block that signals comments, and runs to the page's end, to an
 * unlabelled heading that is not a comment head (another part of the page), or to a block
 * labelled as another part (a list of related stories, a menu). It is labelled when it holds
 * enough evidence (`holdsEvidence`), when before the thread's first commenter line every
 * paragraph of running prose is a notice about comments (a "Comments" subheading followed by
 * more of the story is the story's), and when each comment (the run after a commenter's line)
 * is shorter than the story before the section and than `COMMENT_WORDS`: a longer run is more
 * story or another post, and the section stops before it. Blocks it holds that are already
 * labelled (a form, a notice) keep their labels, but a commenter's line that other rules read as
 * a date line or a byline is labelled "comment" with the rest (after the section's first block).
 */
export function commentSection(
  source: Source,
  texts: readonly string[],
  signals: readonly BlockSignals[],
  labels: (BlockLabel | null)[],
  prose: readonly boolean[],
): void {
  let story = -1;
  for (let n = 0; n < STORY_PARAGRAPHS; n++) {
    story = prose.indexOf(true, story + 1);
    if (story === -1) return;
  }
  const aside = source.blocks.map((b) => ASIDE_PARTS.has(b.markup?.part));
  const page: Page = {
    texts,
    signals,
    signal: signals.map((s, i) => (i > story ? commentSignal(texts[i]!, s) : null)),
    labels,
    prose,
    headings: source.blocks.map((b) => b.type === 'heading'),
    names: [],
    aside,
    entries: numberedEntries(aside, texts, story + 1),
    named: texts.map((t, i) => i > story && namedComment(t)),
  };
  const authored = (i: number) => source.blocks[i]!.markup?.part === 'credit';
  let tries = 0;
  for (let k = story + 1; k < labels.length && tries < MAX_TRIES; k++) {
    if (page.signal[k] === null && !page.entries[k]) continue;
    if (labels[k] !== null && ENDS_SECTION.has(labels[k]!)) continue;
    tries++;
    const end = commentsEnd(page, k, sectionEnd(page, k));
    if (!holdsEvidence(page, k, end) || !noticesFirst(page, k, end)) continue;
    // A thread told by stamps opens with its first commenter's name, over the first stamp.
    const name =
      k - 1 > story && page.signal[k] === 'stamp' && (labels[k - 1] === null || authored(k - 1));
    if (name && nameLine(texts[k - 1]!)) labels[k - 1] = 'comment';
    for (let i = k; i < end; i++) {
      // A commenter's line read as a date or a byline (by its words, or by the markup that names
      // the comment's author, "comment-author") is the comment's: one reason for the run. Not
      // the section's first block: that may be the story's own footer ("Posted by Mary at
      // 10:32 AM") over its comments.
      const dated = labels[i] === 'date line' || labels[i] === 'credit or byline';
      if (labels[i] === null || (i > k && dated && (signs(page.signal[i]) || authored(i))))
        labels[i] = 'comment';
    }
    k = Math.max(k, end - 1);
  }
}

/** Where a section opened at `k` ends: the page's end, another part's head, or its label. */
function sectionEnd(page: Page, k: number): number {
  const { labels, headings, signal } = page;
  for (let i = k + 1; i < labels.length; i++) {
    if (labels[i] !== null && ENDS_SECTION.has(labels[i]!)) return i;
    if (labels[i] === null && headings[i] && signal[i] === null) return i;
  }
  return labels.length;
}

/** A comment: running prose that is neither a notice nor labelled as another part. */
const comment = (page: Page, i: number) =>
  page.prose[i]! && page.signal[i] === null && page.labels[i] === null;

/**
 * Whether a comment opens in block `i` itself, in a section opened at `k`: a numbered entry, or
 * a comment under its commenter's name in a section a head or a notice opened.
 */
const opensComment = (page: Page, k: number, i: number) =>
  page.entries[i]! ||
  (page.named[i]! && (page.signal[k] === 'head' || page.signal[k] === 'policy'));

/** The section's end once each comment is checked to be shorter than the story before it. */
function commentsEnd(page: Page, k: number, end: number): number {
  let story = 0;
  for (let i = 0; i < k; i++) if (page.prose[i]) story += page.signals[i]!.words.length;
  const longest = Math.min(story, COMMENT_WORDS);
  let run = 0;
  let runStart = k;
  // A numbered thread runs as far as the aside its entries stand in: the numbers, not the
  // length, tell where one comment ends (a reader may paste a transcript), and prose outside
  // the aside is another part of the page.
  let numbered = false;
  for (let i = k; i < end; i++) {
    if (signs(page.signal[i])) {
      run = 0;
      runStart = i + 1;
    } else if (opensComment(page, k, i)) {
      numbered ||= page.entries[i]!;
      run = page.signals[i]!.words.length;
      runStart = i;
      if (run > longest && !numbered) return runStart;
    } else if (numbered && comment(page, i)) {
      if (!page.aside[i]) return i;
    } else if (comment(page, i)) {
      run += page.signals[i]!.words.length;
      if (run > longest) return runStart;
    }
  }
  return end;
}

/**
 * Enough to call it a comment section: the lines of two commenters, three stamps, or a head or a
 * notice at the section's head (before its first commenter's line) or at its foot (no comment
 * after it).
 * A notice between a commenter's line and more prose is not how a thread runs, but it is how a
 * story about comment rules runs under its byline. One name on every line is an author's, not a
 * thread's ("Posted by: Jane Doe" over each entry of a live blog). Without a thread, the section
 * ends the page or runs into its labelled parts (a comment form, a list of other stories): a
 * notice with more of the page unlabelled after it may be a paragraph of a story about rules.
 */
function holdsEvidence(page: Page, k: number, end: number): boolean {
  let entries = 0;
  for (let i = k; i < end; i++) if (page.entries[i] && ++entries >= THREAD_ENTRIES) return true;
  const names = new Set<string>();
  let firstCommenter = -1;
  let lastComment = -1;
  let stamps = 0;
  for (let i = k; i < end; i++) {
    if (comment(page, i)) lastComment = i;
    if (!signs(page.signal[i])) continue;
    if (firstCommenter === -1) firstCommenter = i;
    // A stamp names no one: several, each linking to its own comment, are a thread.
    if (page.signal[i] === 'stamp') {
      if (++stamps >= THREAD_ENTRIES) return true;
      continue;
    }
    names.add((page.names[i] ??= commenterName(page.texts[i]!)));
    if (names.size >= 2) return true;
  }
  const next = page.labels[end];
  if (
    end < page.labels.length &&
    (next === null || next === 'headline' || next === 'repeated headline')
  )
    return false;
  for (let i = k; i < end; i++) {
    if (page.signal[i] !== 'head' && page.signal[i] !== 'policy') continue;
    if (firstCommenter === -1 || i < firstCommenter || i > lastComment) return true;
  }
  return false;
}

/** The name on a commenter's line: the line without its date, time, figures and marks. */
function commenterName(text: string): string {
  const line = (commenterLine(text)?.line ?? '').toLowerCase();
  return line
    .replace(/^(?:posted|submitted|written|added|comment(?:ed)?|repl(?:y|ied))\s+(?:by|from)\b/, '')
    .replace(/\b(?:wrote|writes|said|says|commented|replied)\b/, '')
    .replace(CALENDAR_WORD, ' ')
    .trim();
}

/**
 * Before the thread's first commenter line, running prose is only notices about comments (or
 * already labelled as some other part of the page: a box of rules set apart by its markup),
 * unless that line signs the comment above it.
 */
function noticesFirst(page: Page, k: number, end: number): boolean {
  let i = k;
  for (; i < end && !signs(page.signal[i]) && !opensComment(page, k, i); i++);
  // The prose above a comment's signature is that comment (its length checked by `commentsEnd`).
  if (i < end && page.signal[i] === 'signed') return true;
  for (let j = k; j < i; j++)
    if (comment(page, j) && !COMMENT_WORD.test(page.signals[j]!.text)) return false;
  return true;
}
