import { blockSignals, documentStopWords, wordsOf, type BlockSignals } from './blockSignals';
import { commentSection } from './comments';
import { embeddedPostBlocks } from './embeddedPosts';
import { gallerySlides } from './galleries';
import {
  ABOUT_THE_AUTHOR,
  AGENCY,
  AUTHOR_BOX_WORDS,
  classifyText,
  IMAGE_CREDIT,
  POSTING,
  RELATED,
} from './blockText';
import { sitePolicy } from './sitePolicy';
import { templateBlocks } from './templates';
import { ASIDE_PARTS, type BlockMarkup, type PagePart, type Source } from './types';

export { classifyText, SENTENCE_OR_BAR, SEPARATED } from './blockText';

/** Why a block reads as not part of the story. Such blocks are muted, and hidden on request. */
export type BoilerplateReason =
  | 'navigation'
  | 'call to action'
  | 'credit or byline'
  | 'related link'
  | 'advertisement'
  | 'web address'
  | 'date line'
  | 'separator'
  | 'template'
  | 'caption'
  | 'notice'
  | 'comment'
  | 'sidebar';

/**
 * What a block is when it is part of the page but not the story's body: its headline, a
 * headline repeated in its own page (a wire copy printed under its headline), and a post the
 * story embeds (`embeddedPosts`). They are the story's own, not page furniture, so they are
 * named but never hidden.
 */
export type BlockNote = 'headline' | 'repeated headline' | 'embedded post';

export type BlockLabel = BoilerplateReason | BlockNote;

export const isBlockNote = (label: BlockLabel | null): label is BlockNote =>
  label === 'headline' || label === 'repeated headline' || label === 'embedded post';

const cache = new WeakMap<Source, (BoilerplateReason | null)[]>();

/** The blocks to mute and hide: `classifyBlocks` without notes, once per source object. */
export function boilerplateOf(source: Source): (BoilerplateReason | null)[] {
  let labels = cache.get(source);
  if (labels === undefined) {
    labels = classifyBlocks(source).map((l) => (isBlockNote(l) ? null : l));
    cache.set(source, labels);
  }
  return labels;
}

const amongCache = new WeakMap<
  readonly Source[],
  { template: Set<string>; labels: WeakMap<Source, (BoilerplateReason | null)[]> }
>();

/**
 * `boilerplateOf` for a source shown among others (the reader's sources): blocks that stand in
 * many of them about different stories are labelled "template" too (`templateBlocks`).
 */
export function boilerplateAmong(
  source: Source,
  sources: readonly Source[],
): (BoilerplateReason | null)[] {
  let entry = amongCache.get(sources);
  if (entry === undefined) {
    entry = { template: templateBlocks(sources), labels: new WeakMap() };
    amongCache.set(sources, entry);
  }
  if (entry.template.size === 0) return boilerplateOf(source);
  let labels = entry.labels.get(source);
  if (labels === undefined) {
    labels = classifyBlocks(source, entry.template).map((l) => (isBlockNote(l) ? null : l));
    entry.labels.set(source, labels);
  }
  return labels;
}

/**
 * One label per block of the source, in order, or null for the story. Three kinds of evidence:
 * what a block says (`classifyText`); where it stands — page furniture (menus, bylines, lists
 * of other stories) stands before or after the story (`storyExtent`: its running prose and the
 * sentences near it), as jusText classifies blocks with their context; and its neighbours — up
 * to three short fragments between two labelled blocks ("Close", "Caption" between photo credits)
 * are one of them, the items of a list after a link to other stories are more links, and the
 * block under the headline's credit lines that a picture's credit follows is the lead picture's
 * caption (only there: inside the story, the block before a credit was the story's on nearly
 * every development page, since many pages print the credit above the caption). `template`
 * holds the normalized text of blocks found in many of the reader's sources about different
 * stories (`templateBlocks`).
 */
export function classifyBlocks(
  source: Source,
  template: ReadonlySet<string> = new Set(),
): (BlockLabel | null)[] {
  const seen = new Map<string, string>();
  const texts = source.blocks.map((b) => source.text.slice(b.start, b.end));
  const words = texts.map((t) => wordsOf(t, seen));
  const stopWords = documentStopWords(words);
  const signals = texts.map((t, i) => blockSignals(t, stopWords, words[i]));
  const prose = signals.map(readsAsProse);
  const rows = texts.map((t) => t.includes('\t'));
  const byText = signals.map((s, i) =>
    rows[i] && s.words.length > 0 ? null : classifyText(s.text, s.words.length, s),
  );
  const at = headlineIndex(source, signals, prose, byText);
  const headline = at === -1 ? null : signals[at]!.words.join(' ');
  const [first, last] = storyExtent(signals, prose, byText, rows);
  const parts = partsAround(source, prose, signals);
  const lastProse = prose.lastIndexOf(true);
  const captions = markedCaptions(source, signals);
  const labels: (BlockLabel | null)[] = signals.map((s, i) => {
    const key = s.words.join(' ');
    const markup = source.blocks[i]!.markup;
    const links = markup?.links ?? 0;
    if (i === at) return 'headline';
    if (i > at && headline !== null && sameHeadline(key, headline)) return 'repeated headline';
    // A table row (cells apart by tabs) is data, whatever its length or figures.
    if (rows[i] && s.words.length > 0) return null;
    // A rule between two parts of the story is part of its layout, as jusText gives a block
    // too short to judge the class of its neighbours; before a credit it is the credit's.
    if (
      byText[i] === 'separator' &&
      i > first &&
      i < last &&
      byText[i - 1] === null &&
      byText[i + 1] === null
    )
      return null;
    // A page's date stamp stands at the story's head or foot; a date among its paragraphs is
    // the story's own (an event's day, a review's date) unless it says when something was
    // posted or updated (a chart's "Last updated at 12:51 GMT"), or the markup sets it in the
    // page's date or byline (a stamp under a standfirst the story's extent opened with). On the
    // development pages all 82 such date lines were the story's (73 of them one page's list of
    // events).
    if (
      byText[i] === 'date line' &&
      i > first + DATE_HEAD_BLOCKS &&
      i < last &&
      !s.words.some((w) => POSTING.test(w)) &&
      markup?.part !== 'date' &&
      markup?.part !== 'credit'
    )
      return null;
    // A head of other stories with its links in one block ("Related Posts:" and three titles).
    if (links >= 0.5 && s.words.length <= RELATED_BLOCK_WORDS && RELATED.test(s.text))
      return 'related link';
    // A bar of section links reads, by its text alone, as a byline's parts ("A | B | C").
    if ((byText[i] === null || byText[i] === 'credit or byline') && menuBar(markup, s, texts[i]!))
      return 'navigation';
    if (byText[i] !== null) return byText[i]!;
    if (template.has(key) && s.words.length > 0) return 'template';
    if (linkList(markup, s)) return 'related link';
    // A line of tags, most of it links, printed without a colon ("Tags stock car 2018, …").
    if (links >= 0.5 && TAGS_OPENING.test(s.text)) return 'related link';
    // An author's box holds a note on the writer, which reads as prose.
    if (parts[i] === 'credit' && s.words.length <= WRITER_NOTE_WORDS + 20)
      return 'credit or byline';
    // A note on the writer may be the page's last sentence, and so read as its last prose.
    if (i >= lastProse && writerNote(s)) return 'credit or byline';
    // A form's sentences are its own: a sign-up's pitch ("Get breaking news alerts… delivered
    // weekday mornings"), a comment box's rules. On the development pages 17 of the 19 were.
    if (parts[i] === 'form' && s.words.length <= FORM_PROSE_WORDS) return 'call to action';
    if (captions[i]) return 'caption';
    // Prose stands in a list of other stories only under a head that says so (`partsAround`).
    if (prose[i]) return parts[i] === 'related' ? 'related link' : null;
    const byMarkup = parts[i] ? markupReason(parts[i]!, s) : null;
    if (byMarkup !== null) return byMarkup;
    if (first === -1) return null;
    if (i > lastProse && writerNote(s)) return 'credit or byline';
    // Where the page's markup is known, a block it does not set apart (no links, no part of
    // the page around the story) is the story's own however it stands: Readability has already
    // left out the page's menus, and what is left is a list, a subheading or a caption line.
    // A heading after the story is still the page's ("Related articles", "Leave a comment").
    const after = i > last && source.blocks[i]!.type === 'heading';
    if (markup && !setApart(markup) && !after) return null;
    // The block just before the story may be its subheading or lead-in.
    if (i < first - 1 && furniture(s)) return 'navigation';
    if (i > last && furniture(s, true)) return s.words.length >= 4 ? 'related link' : 'navigation';
    if (shouting(s, source.blocks[i]!.type)) return 'related link';
    return null;
  });
  // The items of a list headed by a link to other stories are more of them: after the story
  // any item, within it an item that is mostly a link (a teaser's last item may read as prose,
  // and so end the story's extent early: "More Great WIRED Stories" and its six links).
  for (let i = 1; i < labels.length; i++) {
    const markup = source.blocks[i]!.markup;
    if (
      labels[i] === null &&
      markup?.listItem &&
      labels[i - 1] === 'related link' &&
      (i > last || markup.links >= LINKED_ITEM)
    )
      labels[i] = 'related link';
  }
  linkRuns(source, signals, labels);
  trailingList(source, signals, labels, prose);
  datedTeasers(signals, byText, labels);
  commentSection(source, texts, signals, labels, prose);
  gallerySlides(
    source,
    signals,
    rows,
    labels,
    (i) => labels[i] === 'caption' || imageCredit(signals[i]!, labels[i]!),
  );
  addressHeads(signals, labels);
  authorNotes(signals, texts, labels, first);
  sitePolicy(signals, labels);
  // A post the story embeds may stand in a widget the markup sets apart: it is still the post.
  const posts = embeddedPostBlocks(source, labels);
  asides(source, signals, prose, labels, posts);
  // After the parts the markup names, so that a comment box under a sign-off stays "comment".
  afterSignOff(signals, labels, prose, first);
  const lead = leadIndex(labels);
  if (lead !== -1 && lead + 1 < labels.length && imageCredit(signals[lead + 1]!, labels[lead + 1]!))
    labels[lead] = 'caption';
  // A word or two right under the head's credit or date line is more of it ("Reading time: 4
  // minutes", a desk's name); a dateline in capitals ("BAAR, SWITZERLAND") opens the story.
  else if (
    lead !== -1 &&
    headFragment(signals[lead]!, source.blocks[lead]!.type, labels[lead - 1]!)
  )
    labels[lead] = labels[lead - 1]!;
  // A short fragment between labelled blocks is one of them, and so is a run of a few
  // ("Image 1 of 23", "Caption", "Close" around a gallery's credits), or a block mostly of links.
  const labelled = (l: BlockLabel | null | undefined) => !!l && !isBlockNote(l);
  const fragment = (i: number) =>
    labels[i] === null &&
    ((signals[i]!.words.length <= FRAGMENT_WORDS && !signals[i]!.sentence) ||
      ((source.blocks[i]!.markup?.links ?? 0) >= 0.5 && !prose[i]));
  for (let i = 1; i + 1 < labels.length; i++) {
    if (!labelled(labels[i - 1]) || !fragment(i)) continue;
    let j = i;
    while (j + 1 < labels.length && j - i + 1 < FRAGMENT_RUN && fragment(j + 1)) j++;
    if (j + 1 < labels.length && labelled(labels[j + 1])) {
      // A spacer says nothing of what stands beside it: the run is the other neighbour's.
      const by = labels[i - 1] === 'separator' ? labels[j + 1]! : labels[i - 1]!;
      labels.fill(by, i, j + 1);
    }
    i = j;
  }
  // A post the story embeds is named, never hidden: the gold sets part here (Utomo & Leu's and
  // Dragnet's bodies leave embedded posts out, the Article Extraction Benchmark's keep them),
  // and the reader keeps what the story shows.
  embeddedPostBlocks(source, labels).forEach((post, i) => {
    if (post) labels[i] = 'embedded post';
  });
  return labels;
}

/**
 * A list of other stories printed as lines rather than list items ("Hughes Focused On Rovers
 * (Sunday January 13 2008)" and forty more): a run of at least `LINK_RUN` blocks of a few words,
 * each a quarter or more links. A story links a word or a name here and there, not line after
 * line; on the development pages no such run was the story's (65 blocks, none gold story).
 */
function linkRuns(
  source: Source,
  signals: readonly BlockSignals[],
  labels: (BlockLabel | null)[],
): void {
  const linked = (i: number) =>
    signals[i]!.words.length > 0 &&
    signals[i]!.words.length <= LINK_RUN_WORDS &&
    (source.blocks[i]!.markup?.links ?? 0) >= LINK_RUN_SHARE;
  for (let i = 0; i < labels.length; i++) {
    if (!linked(i)) continue;
    let j = i;
    while (j + 1 < labels.length && linked(j + 1)) j++;
    if (j - i + 1 >= LINK_RUN)
      for (let k = i; k <= j; k++) if (labels[k] === null) labels[k] = 'related link';
    i = j;
  }
}

/** How many linked lines in a row make a list of other stories. */
const LINK_RUN = 4;
/** A listed headline, with its date or section, runs to a few words. */
const LINK_RUN_WORDS = 20;
/** The share of a listed headline's letters in its link (a date beside it is not). */
const LINK_RUN_SHARE = 0.25;

/**
 * A list of other stories, each a date and a teaser ("updated 3:49 PM EST, Fri January 4,
 * 2013" / "Actor Gerard Depardieu's bid for…", three times or more): the teasers read as prose,
 * so only their dates give the list away. Either the dates are the page's stamps (labelled
 * already: they say when a page was posted or updated, or stand outside the story), or the list
 * stands right under a head of other stories ("Related Stories"). A story's own timeline (a
 * date, then what happened) has neither: its dates are events' days, among its paragraphs.
 */
function datedTeasers(
  signals: readonly BlockSignals[],
  byText: readonly (BoilerplateReason | null)[],
  labels: (BlockLabel | null)[],
): void {
  for (let i = 0; i < labels.length; i++) {
    const underHead = i > 0 && labels[i - 1] === 'related link';
    const date = (k: number) =>
      byText[k] === 'date line' && (labels[k] === 'date line' || underHead);
    const teaser = (k: number) =>
      k < labels.length &&
      labels[k] === null &&
      signals[k]!.words.length > 0 &&
      signals[k]!.words.length <= TEASER_WORDS;
    let j = i;
    while (j + 1 < labels.length && date(j) && teaser(j + 1)) j += 2;
    if ((j - i) / 2 >= DATED_TEASERS) {
      for (let k = i; k < j; k += 2) {
        labels[k] = 'related link';
        labels[k + 1] = 'related link';
      }
      i = j - 1;
    }
  }
}

/** How many dated teasers in a row make a list of other stories. */
const DATED_TEASERS = 3;
/** A teaser under a date runs to a sentence or two. */
const TEASER_WORDS = 60;

/**
 * Right after the story, a list of other stories' headlines that the page does not mark as
 * links (Readability keeps a list's text and drops its anchors on some pages), or a box of
 * offers: a run of at least `TRAILING_ITEMS` short blocks (list items, headings or lines, opened
 * by an item or a heading), each stating nothing with a full stop, from the story's last
 * statement on to the page's end or to a block already labelled; or such a run under a head
 * of other stories after the story.
 * As jusText judges short blocks by their neighbours: between the story and the page's end or
 * furniture, they are furniture. A list the story ends on holds sentences or figures, is
 * followed by more of the story, or stands under a heading of its own ("Pros", "Cons").
 */
function trailingList(
  source: Source,
  signals: readonly BlockSignals[],
  labels: (BlockLabel | null)[],
  prose: readonly boolean[],
): void {
  // The story's last statement: a headline in the list may ask a question in prose.
  let last = prose.length - 1;
  while (last >= 0 && !(prose[last] && STATEMENT_END.test(signals[last]!.text))) last--;
  if (last === -1) return;
  const item = (i: number) => {
    const b = source.blocks[i]!;
    const s = signals[i]!;
    return (
      labels[i] === null &&
      s.words.length > 0 &&
      s.words.length <= TRAILING_ITEM_WORDS &&
      (!STATEMENT_END.test(s.text) || TRAILING_OFF.test(s.text)) &&
      !source.text.slice(b.start, b.end).includes('\t') &&
      !furnitureFigures(s)
    );
  };
  // The run opens as a list does, with an item or a heading: a line of its own ("Pros") heads
  // the story's list.
  const opens = (i: number) =>
    source.blocks[i]!.markup?.listItem === true || source.blocks[i]!.type === 'heading';
  // From `from`, the items up to the page's end or a labelled block, if they are enough.
  const run = (from: number) => {
    let j = from;
    while (j + 1 < labels.length && item(j + 1)) j++;
    const closes =
      j + 1 === labels.length || (labels[j + 1] !== null && !isBlockNote(labels[j + 1]!));
    if (j - from >= TRAILING_ITEMS && closes) labels.fill('related link', from + 1, j + 1);
    return j;
  };
  if (last + 1 < labels.length && opens(last + 1)) run(last);
  // Further down, under a head of other stories ("Don't Miss", "More articles in Soccer"), the
  // head opens the list.
  for (let i = last + 1; i < labels.length; i++)
    if (labels[i] === 'related link' && signals[i]!.words.length <= RELATED_HEAD_WORDS) i = run(i);
}

/** A head of other stories and its links, in one block, run to a list's length. */
const RELATED_BLOCK_WORDS = 150;
/** A head over a list of other stories runs to a few words. */
const RELATED_HEAD_WORDS = 6;

/** A teaser trails off ("Best of 2007 . . ."): an ellipsis at a line's end states nothing. */
const TRAILING_OFF = /(?:\.\s?\.\s?\.|…)["'”’»)\]]*$/;

/** A statement's last mark: a headline may ask a question, but it states nothing with a full stop. */
const STATEMENT_END = /[.!;:…]["'”’»)\]]*$/;

/** Mostly figures: data, not headlines. */
function furnitureFigures(s: BlockSignals): boolean {
  const numbers = s.words.filter((w) => /^\d/.test(w)).length;
  return numbers >= 2 && numbers * 3 >= s.words.length;
}

/** How many short list items or headings after the story make a list of other stories. */
const TRAILING_ITEMS = 3;
/** Other stories' headlines run to about this many words. */
const TRAILING_ITEM_WORDS = 15;

/**
 * The first block after the page's head (its headline, and the credit, date and address lines
 * under it): where a page puts its lead picture, or -1 when nothing stands before it.
 */
function leadIndex(labels: readonly (BlockLabel | null)[]): number {
  const i = labels.indexOf(null);
  return i > 0 ? i : -1;
}

/** A short line under the head's credit, date or address line, not a heading or a dateline. */
function headFragment(s: BlockSignals, type: string, before: BlockLabel): boolean {
  return (
    type !== 'heading' &&
    s.words.length <= HEAD_FRAGMENT_WORDS &&
    !s.sentence &&
    s.text !== s.text.toUpperCase() &&
    (before === 'credit or byline' || before === 'date line' || before === 'web address')
  );
}

/**
 * A picture's credit line: a credit (as `classifyText` or the markup gave it) that names a
 * picture or an agency rather than a writer.
 */
function imageCredit(s: BlockSignals, label: BlockLabel | null): boolean {
  return (
    label === 'credit or byline' &&
    s.words.length <= 12 &&
    (IMAGE_CREDIT.test(s.text) || AGENCY.test(s.text))
  );
}

/** A head over other stories ("Related Articles", "More Popular Stories on Politics"). */
const OTHER_STORIES_HEAD =
  /^(?:[\w'’-]+ ){0,3}(?:related|popular|other|recommended) (?:[\w'’-]+ )?(?:articles|stories|posts)\b[^.!?]{0,60}$/i;

const PART_REASON: Record<PagePart, BoilerplateReason | null> = {
  navigation: 'navigation',
  related: 'related link',
  form: 'call to action',
  credit: 'credit or byline',
  date: 'date line',
  caption: null,
  aside: null,
  comments: null,
};

/**
 * The part of the page around the story each block stands in, by its markup, or null. A run of
 * blocks marked as one part that holds running prose is the story, whatever its markup calls
 * it (a post's sections classed as a "nav" target). A form is not: a sign-up or comment form
 * speaks in sentences ("Your email address will not be published."); nor is an author's box,
 * whose note on the writer does; nor a list of other stories under a head that says so ("More
 * Popular Related Articles on Tax", then each one's source and summary), where a bare link
 * classed as one ("Read More", a link in a story's paragraph) is not.
 */
function partsAround(
  source: Source,
  prose: readonly boolean[],
  signals: readonly BlockSignals[],
): (PagePart | null)[] {
  const parts = source.blocks.map((b) => b.markup?.part ?? null);
  for (let i = 0; i < parts.length;) {
    let j = i + 1;
    while (j < parts.length && parts[j] === parts[i]) j++;
    const headed = parts[i] === 'related' && !prose[i] && OTHER_STORIES_HEAD.test(signals[i]!.text);
    if (
      parts[i] !== null &&
      parts[i] !== 'form' &&
      parts[i] !== 'credit' &&
      !headed &&
      prose.slice(i, j).includes(true)
    )
      parts.fill(null, i, j);
    i = j;
  }
  return parts;
}

/**
 * The reason a block's part of the page gives it, when it is not a figure (data, a rating). In
 * a menu a number is a page's or a slide's (a gallery's "1 2 3 … 19").
 */
function markupReason(part: PagePart, s: BlockSignals): BoilerplateReason | null {
  const numbers = s.words.filter((w) => /^\d/.test(w)).length;
  if (part !== 'navigation' && numbers * 2 >= s.words.length) return null;
  return PART_REASON[part];
}

/**
 * The blocks the page's markup gives as a picture's caption (a figure's text, a block classed
 * "caption"), whether or not they read as prose: what a picture shows is not the story's text,
 * as a `figcaption` is left out of it already. Only in a short run: a page that sets a whole
 * story inside a figure gives no caption. On the development pages of one set 134 such blocks
 * were gold boilerplate and 18 the story's; on the news benchmark the gold keeps captions (11 of
 * 12 blocks), so its figures pay for this.
 */
function markedCaptions(source: Source, signals: readonly BlockSignals[]): boolean[] {
  const marked = source.blocks.map((b) => b.markup?.part === 'caption');
  const out = marked.map(() => false);
  for (let i = 0; i < marked.length; i++) {
    if (!marked[i]) continue;
    let j = i;
    let words = 0;
    let longest = 0;
    while (j < marked.length && marked[j]) {
      const n = signals[j++]!.words.length;
      words += n;
      longest = Math.max(longest, n);
    }
    // A longer run is a gallery's captions, one under each picture, when its blocks are short;
    // a story the page set inside a figure runs to paragraphs. On the development pages the 61
    // blocks of such runs (7 pages, at most 16 words a block on average) were all captions the
    // gold leaves out; the story's runs averaged 27 words a block or more.
    const gallery = longest <= GALLERY_CAPTION_WORDS && words <= (j - i) * GALLERY_CAPTION_AVERAGE;
    if ((j - i <= CAPTION_RUN && words <= CAPTION_RUN_WORDS) || gallery) out.fill(true, i, j);
    i = j;
  }
  return out;
}

/** How many blocks in a row a picture's caption and credit run to. */
const CAPTION_RUN = 4;
/** How many words a picture's caption and credit run to. */
const CAPTION_RUN_WORDS = 120;
/** How many words one caption in a gallery's run of them runs to, and on average. */
const GALLERY_CAPTION_WORDS = 40;
const GALLERY_CAPTION_AVERAGE = 20;

/**
 * A long block mostly of links: other stories' headlines run together (boilerpipe's link
 * density). Shorter link-dense blocks are left out of the text already (`blockTexts`), and what
 * is left of them within an article is mostly its own (a list of sources, a table of contents).
 */
function linkList(markup: BlockMarkup | undefined, s: BlockSignals): boolean {
  // A box score or a table of results links its names, but is mostly figures: data.
  return (
    markup !== undefined && markup.links >= 0.5 && s.words.length >= 40 && !furnitureFigures(s)
  );
}

/**
 * A bar of links to the site's sections ("News: ePaper | Front Page | National | …"): nearly all
 * links, in four or more parts. A story's own list of sources reads as sentences between links.
 */
function menuBar(markup: BlockMarkup | undefined, s: BlockSignals, text: string): boolean {
  return (
    markup !== undefined &&
    markup.links >= MENU_LINKS &&
    s.words.length >= 10 &&
    text.split(MENU_PARTS, 4).length >= 4
  );
}

/** How much of a menu bar's text is links. */
const MENU_LINKS = 0.8;
/** Where a menu bar's parts meet: a line's end, or a bar or slash with spaces around it. */
const MENU_PARTS = /\n| [|/] /;

/** Set apart from the story by the page's markup: mostly links, or in a part around it. */
function setApart(markup: BlockMarkup): boolean {
  return markup.links >= 0.3 || markup.part !== undefined;
}

/** How a line of the page's tags opens, in the languages of most news pages. */
const TAGS_OPENING = /^(?:tags|tagged|topics|keywords|etiquetas|schlagworte|теги|метки)\b/i;

/** A list item this much of whose letters are a link's is a link, whatever else it says. */
const LINKED_ITEM = 0.3;

/** A form's pitch runs to a few sentences; a longer text inside a form is a story's (a quiz). */
const FORM_PROSE_WORDS = 60;

/** How many blocks into the story a date line is still its head's (under a summary, a credit). */
const DATE_HEAD_BLOCKS = 2;
/** A block this short, and not a sentence, is a fragment: a label, a button, a counter. */
const FRAGMENT_WORDS = 6;
/** How short a line under the head's credit or date line is taken as more of it. */
const HEAD_FRAGMENT_WORDS = 4;
/** How many fragments in a row between two labelled blocks are taken as one of them. */
const FRAGMENT_RUN = 3;

/** A sentence of this many words carries the story on (jusText's "near-good" block). */
const CONTINUING_WORDS = 4;
/** How many blocks of furniture may stand between the story and a block that continues it. */
const CONTINUING_GAP = 5;

/**
 * Where the story runs: from its first to its last block of running prose, and on through
 * blocks that continue it, as jusText judges a block by its neighbours: a full sentence or a
 * table row no further than a few blocks from the story ("AUSTRALIA AHEAD" between two
 * paragraphs of results is the story's subheading, not a link after it). A block whose text
 * already reads as boilerplate (a credit, an appeal) never carries the story on.
 */
function storyExtent(
  signals: readonly BlockSignals[],
  prose: readonly boolean[],
  byText: readonly (BoilerplateReason | null)[],
  rows: readonly boolean[],
): [number, number] {
  let first = prose.indexOf(true);
  let last = prose.lastIndexOf(true);
  if (first === -1) return [first, last];
  const continues = (i: number) =>
    byText[i] === null &&
    (rows[i]! || (signals[i]!.sentence && signals[i]!.words.length >= CONTINUING_WORDS));
  for (let i = last + 1; i < signals.length && i - last <= CONTINUING_GAP; i++)
    if (continues(i)) last = i;
  for (let i = first - 1; i >= 0 && first - i <= CONTINUING_GAP; i--) if (continues(i)) first = i;
  return [first, last];
}

/**
 * The page's headline: its first heading, when it comes before the story and no more than a
 * few blocks (a menu, a notice) stand before it; -1 when there is none.
 */
function headlineIndex(
  source: Source,
  signals: readonly BlockSignals[],
  prose: readonly boolean[],
  byText: readonly (BoilerplateReason | null)[],
): number {
  for (let i = 0; i < Math.min(4, source.blocks.length); i++) {
    // A head of other stories over the text ("Most Viewed Articles") is not its headline.
    if (source.blocks[i]!.type === 'heading' && byText[i] === 'related link') continue;
    // A heading that states a whole sentence ("House prices recovered in December after three
    // monthly falls, a survey said.") is the story's summary set large, not its headline.
    if (source.blocks[i]!.type === 'heading') return summary(signals[i]!) ? -1 : i;
    // A site's notice over the page ("This site requires JavaScript…") reads as prose.
    if (prose[i] && byText[i] === null) return -1;
  }
  return -1;
}

/** A sentence of this many words or more, ended by a full stop, is a summary, not a headline. */
const SUMMARY_WORDS = 8;

function summary(s: BlockSignals): boolean {
  return s.words.length >= SUMMARY_WORDS && /\.["'”’)\]]*$/.test(s.text);
}

/** The same headline, or one with the site's name after it ("… Auto Show - CT Post"). */
function sameHeadline(key: string, headline: string): boolean {
  if (key === headline) return true;
  const [short, long] = key.length < headline.length ? [key, headline] : [headline, key];
  return (
    long.startsWith(`${short} `) &&
    short.split(' ').length >= 4 &&
    short.length >= long.length * 0.6
  );
}

/**
 * Running prose, by jusText's measures: long enough, and made of function words at the rate
 * sentences of a language are (jusText's "good" blocks; 0.3 is its threshold).
 */
function readsAsProse(s: BlockSignals): boolean {
  if (s.words.length >= 40) return s.stopDensity >= 0.2;
  return s.words.length >= 10 && s.sentence && s.stopDensity >= 0.25;
}

/**
 * A note on the writer after the story: "Julia Beizer is The Post's mobile projects editor."
 * A sentence or a few that open with a person's name and their work, at the page's end.
 */
const WRITER_NOTE =
  /^\(?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} (?:is|was|has been) (?:[Aa]n?|[Tt]he|\p{Lu}\S*['’]s)(?:,? [\p{L}\p{N}&'’-]+){0,6}? (?:writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|curator|author|blogger|photographer|critic|analyst|attorney|lawyer|professor|researcher|consultant|founder|host)s?\b/u;
/** A note on the writer runs to a few sentences at most (an author's box is longer). */
const WRITER_NOTE_WORDS = 100;

function writerNote(s: BlockSignals): boolean {
  return s.words.length <= WRITER_NOTE_WORDS && s.sentence && WRITER_NOTE.test(s.text);
}

/**
 * A note on the writer under the credit that names them ("Written by Marie Doe" over "Marie Doe
 * is the founder and managing editor of…", "About Jeff Roe" over "Jeff Roe is the authority
 * on…", "About the author" over "Mischa grew up with video games…"): the author's box, however
 * long its note. After the story's opening only: a story does not open on its writer in the
 * third person.
 */
function authorNotes(
  signals: readonly BlockSignals[],
  texts: readonly string[],
  labels: (BlockLabel | null)[],
  first: number,
): void {
  for (let i = Math.max(1, first + 1); i < labels.length; i++) {
    if (labels[i] !== null || labels[i - 1] !== 'credit or byline') continue;
    if (signals[i]!.words.length > AUTHOR_BOX_WORDS) continue;
    const name = NOTE_OPENING.exec(signals[i]!.text)?.[1];
    if ((name && texts[i - 1]!.includes(name)) || ABOUT_THE_AUTHOR.test(texts[i - 1]!))
      labels[i] = 'credit or byline';
  }
}

/**
 * A story ends at its writer's note or a wire's sign-off ("(Reporting by …; Editing by …)"): what
 * its page prints under it is the page's (other stories' teasers under "Next In Politics", a
 * newsletter's pitch), prose or not. The end is a block already labelled a credit that names
 * the writer ("Dana Brook is a freelance writer…", by `NOTE_OPENING` or `writerNote`) or the
 * reporters and editors, after at least `SIGN_OFF_AFTER` paragraphs of the story, and with less
 * prose under it than above it: a wire's digest signs off each of its stories, and the next is
 * as long.
 */
function afterSignOff(
  signals: readonly BlockSignals[],
  labels: (BlockLabel | null)[],
  prose: readonly boolean[],
  first: number,
): void {
  const proseWords = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++)
      if (labels[i] === null && prose[i]) n += signals[i]!.words.length;
    return n;
  };
  let paragraphs = 0;
  for (let i = Math.max(0, first); i < labels.length; i++) {
    if (labels[i] === null && prose[i]) paragraphs++;
    if (labels[i] !== 'credit or byline' || paragraphs < SIGN_OFF_AFTER) continue;
    const s = signals[i]!;
    if (!SIGN_OFF.test(s.text) && !NOTE_OPENING.test(s.text) && !writerNote(s)) continue;
    if (proseWords(i + 1, labels.length) >= proseWords(Math.max(0, first), i)) return;
    for (let j = i + 1; j < labels.length; j++)
      if (labels[j] === null && signals[j]!.words.length > 0) labels[j] = 'related link';
    return;
  }
}

/** A wire's sign-off names its reporters and editors ("— Reporting by …; Editing by …"). */
const SIGN_OFF = /^(?:[-–—]\s*)?\(?(?:additional )?(?:reporting|writing) by\b.*\bediting by\b/i;
/** Paragraphs of the story a sign-off closes, at least. */
const SIGN_OFF_AFTER = 3;

/** A person's name of two to four words, then what the note says they are or do. */
const NOTE_OPENING =
  /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) (?:is|was|has|writes|lives|covers|joined)\b/u;

/** Short or thin: a menu entry, a label, a list of headlines, a byline. */
function furniture(s: BlockSignals, after = false): boolean {
  const numbers = s.words.filter((w) => /^\d/.test(w)).length;
  if (numbers >= 2 && numbers * 3 >= s.words.length) return false; // figures are data
  // After the story, headlines of other stories (which end without a full stop) run longer.
  if (s.words.length <= (after ? 15 : 8) && !s.sentence) return true;
  return s.words.length <= 20 && s.stopDensity < 0.2 && !s.sentence;
}

/**
 * What the markup sets apart from the story and no rule named: a sidebar or a widget ("sidebar",
 * "aside", "widget", `<aside>`, the "complementary" role) is "sidebar", readers' comments (a
 * "comments" box) are "comment", also where they read as prose (a comment does; so does a
 * sidebar's welcome to the site). Not where no running prose stands outside them: then the page
 * set its story inside one (or its reading text is all comments). On the development pages the
 * blocks in such parts that no rule named were gold boilerplate 345 times (15 pages) and the
 * story's 3 times (two pages); this labels 27 of them, 26 rightly. A part that holds most of
 * the article is not marked as one when the page is read.
 */
function asides(
  source: Source,
  signals: readonly BlockSignals[],
  prose: readonly boolean[],
  labels: (BlockLabel | null)[],
  posts: readonly boolean[],
): void {
  const part = (i: number) => source.blocks[i]!.markup?.part;
  const apart = (i: number) => ASIDE_PARTS.has(part(i));
  if (!prose.some((p, i) => p && !apart(i))) return;
  for (let i = 0; i < labels.length; i++)
    if (labels[i] === null && apart(i) && !posts[i] && signals[i]!.words.length > 0)
      labels[i] = part(i) === 'comments' ? 'comment' : 'sidebar';
}

/** A line of capitals in a page written in mixed case: a promotion or a link to another story. */
function shouting(s: BlockSignals, type: string): boolean {
  if (type === 'heading' || s.words.length < 7 || s.sentence) return false;
  const letters = s.text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 15 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

/**
 * The head of a list of web addresses ("On the Net:", "Online:") is the list's: a wire story's
 * links to its sources follow it, after the story.
 */
function addressHeads(signals: readonly BlockSignals[], labels: (BlockLabel | null)[]): void {
  for (let i = 0; i + 1 < labels.length; i++) {
    const s = signals[i]!;
    if (
      labels[i] === null &&
      labels[i + 1] === 'web address' &&
      s.words.length > 0 &&
      s.words.length <= HEAD_WORDS &&
      s.text.trimEnd().endsWith(':')
    )
      labels[i] = 'web address';
  }
}

/** How many words a list's head has at most. */
const HEAD_WORDS = 4;
