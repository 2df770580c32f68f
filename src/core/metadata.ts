import { wordCountOf } from './tokenize';
import type { Source } from './types';
import { foldSpace } from './whiteSpace';

/** What a source says about itself. Each field is null unless the text states it. */
export interface SourceMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly agency: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  /** The address the text gives as its origin. */
  readonly url: string | null;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_LINE = new RegExp(
  `^(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);
const BYLINE = /^By\s+(.{2,80})$/i;
/** A date as it opens a line: "12 June 2024", "June 12, 2024", "2024-06-12". */
const DATE_PART = new RegExp(
  `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH} \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'i',
);
const CONTRIBUTED =
  /^(.{2,60}?)\s+(?:writers?|reporters?|correspondents?)\b.{0,120}\bcontributed to this (?:story|report|article)/i;
const DATELINE_AGENCY = /^[A-Z][A-Za-z .,'-]{1,40}\s\(([A-Z]{2,8})\)\s[—–-]/;
const URL = /\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,})(\/[^\s>)]*)?/i;
const URL_DATE = /\/(20\d{2}|19\d{2})\/(\d{1,2})\/(\d{1,2})\//;

/**
 * Reads a source's byline, agency, date and outlet from its own short lines: a "By …" line,
 * a line that is a date, a "… writer … contributed to this story" credit, a "CITY (AP) —"
 * dateline, and the site of a URL the text gives as its origin. Nothing is guessed.
 */
export function extractMetadata(source: Source): SourceMeta {
  let byline: string | null = null;
  let agency: string | null = null;
  let date: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  let urlDate: string | null = null;
  source.blocks.forEach((block, index) => {
    // Credits, datelines and origin lines are short; a long paragraph is reporting. Skipping
    // those keeps this cheap on a book-length source.
    if (block.end - block.start > 400) return;
    const line = foldSpace(source.text.slice(block.start, block.end));
    const short = line.split(' ').length <= 12;
    // A credit line of parts: "By Wire Desk · Example News · 12 June 2024". A heading is one
    // only with a byline or a date among its parts: a headline's parts are the story's and the
    // site's ("Typhoon Lan Strikes Japan | Travel Agent Central"), and its first part was read
    // as the outlet on 57 of 1,629 development pages.
    // A match opens only where a run of white space does, so no run is read twice.
    const parts = line.split(/(?<!\s)\s+[·|•]\s+/);
    const credit =
      block.type !== 'heading' || parts.some((p) => BYLINE.test(p) || DATE_PART.test(p));
    if (parts.length > 1 && short && credit) {
      for (const part of parts) {
        const by = BYLINE.exec(part)?.[1]?.trim();
        if (by) byline ??= by;
        else if (DATE_PART.test(part)) date ??= part;
        else if (index < 4 && !/^https?:/.test(part) && !/\d/.test(part)) outlet ??= part;
      }
      return;
    }
    if (short && byline === null) byline = BYLINE.exec(line)?.[1]?.trim() ?? null;
    if (short && date === null && DATE_LINE.test(line)) date = line;
    agency ??=
      CONTRIBUTED.exec(line)?.[1]?.trim() ??
      (index < 3 ? DATELINE_AGENCY.exec(line)?.[1] : null) ??
      null;
    const found = short ? URL.exec(line) : null;
    if (found && url === null) {
      url = found[0];
      outlet ??= found[1]!.toLowerCase().replace(/^www\./, '');
      const d = URL_DATE.exec(found[2] ?? '');
      if (d) urlDate = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    }
  });
  const title = source.blocks[0]?.type === 'heading' ? source.title : null;
  return { title, byline, agency, date: date ?? urlDate, outlet, url };
}

// Sources are immutable, so facts about one are computed once (pickers ask on every change).
const descriptions = new WeakMap<Source, string>();

/** One line about a source: word count and what it states of its origin (cached). */
export function describeSource(source: Source): string {
  let description = descriptions.get(source);
  if (description === undefined) descriptions.set(source, (description = describe(source)));
  return description;
}

function describe(source: Source): string {
  const meta = extractMetadata(source);
  const words = wordCountOf(source);
  const parts = [`${words.toLocaleString('en')} words`];
  if (meta.byline) parts.push(`by ${meta.byline}`);
  if (meta.agency && meta.agency !== meta.byline) parts.push(meta.agency);
  if (meta.outlet) parts.push(meta.outlet);
  if (meta.date) parts.push(meta.date);
  return parts.join(' · ');
}
