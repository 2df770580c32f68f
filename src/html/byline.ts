/**
 * A byline as a page's byline element reads it, cut down to the names: many hold the date and
 * time, an address, a handle or the site's name after a bar ("by John Timmer - Nov 20, 2013
 * 10:51 pm UTC", "Mike Cason | mcason@al.com", "by Zack Whittaker October 29, 2012 10:14 AM PDT
 * Follow @zackwhittaker"), and some open with a date or a headline before the "by" ("Oct 21,
 * 2017 at 08:15 UTC by Alyssa Hertig"). The credit line prints the date once, from the page's
 * metadata. Null when no name is left ("Mar 28, 2017 Share Tweet").
 */
export function cleanByline(byline: string): string | null {
  let s = byline
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[✉]/g, ' ')
    .replace(EMAIL, ' ')
    .replace(ADDRESS, ' ')
    .replace(HANDLE, ' ')
    .replace(/\(\s*\)/g, ' ');
  // What stands before an inner "by" is a date, a section or a headline: the names follow it.
  const by = /(?:^|\s)by:?\s+(?=\S)/i.exec(s);
  if (by && by.index > 0) s = s.slice(by.index).trim();
  s = s.replace(/^(by):\s*/i, '$1 ');
  const end = s.search(TAIL);
  if (end !== -1) s = s.slice(0, end);
  // After a "by", a post's category ("Posted by Jacob in Blogging").
  const category = /^by\s/i.test(s) ? s.search(/\sin\s/) : -1;
  if (category !== -1) s = s.slice(0, category);
  s = s
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(
      /^(?:originally\s+)?(?:published|posted|updated|last\s+updated)(?:\s+(?:on|at|in))?\b:?/i,
      '',
    )
    .replace(/(?<!\s)\s+,/g, ',')
    .replace(/\s+/g, ' ')
    .trim();
  s = trimTail(s);
  return /\p{L}/u.test(s.replace(/^by:?\s*/i, '')) ? s : null;
}

/**
 * Without the marks a cut leaves at the end (", ", " |", " →") and a count after the names
 * ("Alex Fitzpatrick 0", a comment counter). A loop, not a pattern anchored at the end, which
 * would read a long run of them again from each place in it.
 */
function trimTail(s: string): string {
  let end = s.length;
  for (;;) {
    while (end > 0 && TAIL_MARKS.has(s[end - 1]!)) end--;
    let digits = end;
    while (digits > 0 && /\d/.test(s[digits - 1]!)) digits--;
    if (digits === end || digits === 0 || !/\s/.test(s[digits - 1]!)) break;
    end = digits;
  }
  return s.slice(0, end).trim();
}

const TAIL_MARKS = new Set([
  ' ',
  '\t',
  '\n',
  ',',
  ';',
  ':',
  '|',
  '/',
  '-',
  '–',
  '—',
  '·',
  '(',
  '→',
]);

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const ADDRESS = /(?:https?:\/\/|\bwww\.|(?<!\S)\/\/)\S+/gi;
/** A social handle, with the "Follow" before it. */
const HANDLE = /(?:\bfollow\s+)?@\w+/gi;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const SHORT_DAYS = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';

/**
 * Where the names end: a date (a month's name, glued to the name before it or not, then a day;
 * a day's name; figures apart by dots, dashes or slashes), a time, "… ago", "on" a date, a bar
 * or a slash between spaces, or the page's buttons after it.
 */
const TAIL = new RegExp(
  [
    `(?:${MONTHS})\\.?\\s*\\d`,
    `\\b(?:${SHORT_MONTHS})\\.?\\s*\\d`,
    `(?:${DAYS})\\b`,
    `\\b(?:${SHORT_DAYS}),?\\s+(?:\\d|${SHORT_MONTHS}|${MONTHS})`,
    `\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b`,
    `\\b\\d{4}-\\d{2}-\\d{2}`,
    `\\b\\d{1,2}\\s+(?:${MONTHS}|${SHORT_MONTHS})\\b`,
    `\\d{1,2}:\\d{2}`,
    `\\b\\d+\\s+(?:hours?|hrs?|minutes?|mins?|days?)\\s+ago\\b`,
    `\\s(?:on|at|posted|updated)\\s+(?=\\d|(?:${MONTHS}|${SHORT_MONTHS}|${DAYS})\\b)`,
    `(?<!\\s)\\s*\\|`,
    `\\s[/–—-]\\s`,
    `\\s//\\s`,
    `\\b(?:share|tweet|e-?mail|click here|comments?|view (?:profile|comments|all))\\b`,
  ].join('|'),
  'i',
);

/**
 * The day a byline element prints after the names ("by John Timmer - Nov 20, 2013 10:51 pm
 * UTC"), as an ISO date, for a page whose metadata states none: the cut above must not lose it.
 * Null when it prints no whole date (day, month's name and year).
 */
export function bylineDate(byline: string): string | null {
  const m = DATED.exec(byline);
  if (!m) return null;
  const [month, day, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
  const index = MONTH_INDEX.findIndex((name) => month.toLowerCase().startsWith(name));
  const d = Number(day);
  if (index === -1 || d < 1 || d > 31) return null;
  return `${year}-${String(index + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_INDEX = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const MONTH = `(?:${MONTHS}|${SHORT_MONTHS}|May)`;
/** "Nov 20, 2013", "November 20th 2013", "20 November 2013". */
const DATED = new RegExp(
  `(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b|\\b(\\d{1,2})\\s+(${MONTH})\\.?,?\\s+(\\d{4})\\b`,
  'i',
);
