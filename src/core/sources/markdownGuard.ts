/**
 * What the Markdown parser (micromark) is not given. It is superlinear on some inputs — each
 * emphasis or bracket delimiter of a paragraph is resolved against the others, and each line
 * re-enters every open container — so `*a` repeated 20,000 times took 8 s, `1. ` repeated
 * 5,000 times (5,000 nested lists on one line) 6 s; and even where it is linear, a character
 * that may open a construct costs it about ten times a character of prose, and a block
 * (a paragraph, a heading) hundreds. Real Markdown has few of them: counting a block as
 * `CHUNK_MARKS` markers, the 242 READMEs at hand (this project's, the corpus article's, its
 * dependencies') use a median 3% of the budget below and at most 44%, and nest containers a
 * few deep.
 *
 * One linear pass over the lines finds the chunks the parser would see as separate blocks
 * (between blank lines, outside fenced code) and, inside each, the units it parses inline
 * alone (a list item, a heading, a quotation's first line start one). A chunk is kept as its
 * literal text, never parsed, when one of its lines opens more than `MAX_DEPTH` containers or
 * one of its units holds more than `MAX_UNIT_MARKS` markers; then, while the document's markers
 * exceed `BUDGET_SHARE` of its length (plus `BUDGET_FLOOR`), the densest chunks are kept
 * literal too (a short document is never over).
 * Normal Markdown meets none of these bounds and is parsed exactly as before.
 */

/** Containers (quotations, list items) one line may open: real Markdown nests a few deep. */
export const MAX_DEPTH = 32;
/** Markers one inline unit may hold: its delimiters are resolved pairwise. */
export const MAX_UNIT_MARKS = 1000;
/** Markers the whole document may hold, as a share of its length, beyond `BUDGET_FLOOR`. */
export const BUDGET_SHARE = 0.1;
export const BUDGET_FLOOR = 10_000;
/**
 * What a chunk counts in the budget for being a block: the parser's cost per block, in
 * markers. Measured: 1 MB of one-letter paragraphs cost it 8.7 times 1 MB of prose when a block
 * counted 4 and the budget was 16% of the length; at 16, with lines counted and the budget at
 * 10% (and a floor of 10,000, so short documents keep their room), it is under 2.5 times.
 */
export const CHUNK_MARKS = 16;
/** What each further line of a chunk counts: the parser's cost per line, in markers. */
export const LINE_MARKS = 4;

export interface MarkdownChunk {
  /** Offsets in the Markdown, from its first line's start to its last line's end. */
  start: number;
  end: number;
  /** Characters the parser pays most for: emphasis, brackets, code spans, escapes, containers. */
  marks: number;
  /** Kept as its literal text: the parser does not see it. */
  literal: boolean;
  /**
   * Blank lines after a first one: no text, but each costs the parser as a marker does. Kept
   * "literal", they are left out (one blank line ends a block as well as many).
   */
  blank: boolean;
}

/**
 * The chunks of `markdown` outside fenced code, each marked literal or not (see above). Chunks
 * inside a fence are not listed: the parser reads code without looking for markup.
 */
export function guardMarkdown(markdown: string): MarkdownChunk[] {
  const chunks: MarkdownChunk[] = [];
  let chunk: MarkdownChunk | null = null;
  let unitMarks = 0;
  let previousBlank = false;
  let fence: { char: number; length: number } | null = null;
  const n = markdown.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const next = lineEnd + 1;
    if (fence !== null) {
      if (closesFence(markdown, lineStart, lineEnd, fence)) fence = null;
    } else if (isBlank(markdown, lineStart, lineEnd)) {
      if (chunk?.blank) {
        chunk.end = Math.min(next, n);
        chunk.marks++;
      } else if (previousBlank) {
        // A second blank line in a row (or more): the run from here is one blank chunk.
        chunk = { start: lineStart, end: Math.min(next, n), marks: 1, literal: false, blank: true };
        chunks.push(chunk);
      } else chunk = null;
      previousBlank = true;
      lineStart = next;
      continue;
    } else {
      const opened = opensFence(markdown, lineStart, lineEnd);
      if (opened !== null) {
        fence = opened;
        chunk = null;
      } else {
        if (chunk === null || chunk.blank) {
          // A block costs the parser as `CHUNK_MARKS` markers do, whatever it holds: 350,000
          // one-letter paragraphs took it over a minute.
          chunk = {
            start: lineStart,
            end: lineEnd,
            marks: CHUNK_MARKS,
            literal: false,
            blank: false,
          };
          chunks.push(chunk);
          unitMarks = 0;
        } else {
          // Each line after a block's first costs the parser as `LINE_MARKS` markers do,
          // however short: 50,000 one-letter lines of one paragraph took it 0.9 s.
          chunk.marks += LINE_MARKS;
        }
        chunk.end = lineEnd;
        const line = scanLine(markdown, lineStart, lineEnd);
        if (line.depth > 0 || line.heading) unitMarks = 0;
        unitMarks += line.marks;
        chunk.marks += line.marks + line.tags + line.depth;
        if (line.depth > MAX_DEPTH || unitMarks > MAX_UNIT_MARKS) chunk.literal = true;
      }
    }
    previousBlank = false;
    lineStart = next;
  }
  applyBudget(chunks, n);
  return chunks;
}

/** Keeps the densest chunks literal until the parsed ones' markers fit the document's budget. */
function applyBudget(chunks: MarkdownChunk[], length: number): void {
  let marks = 0;
  for (const c of chunks) if (!c.literal) marks += c.marks;
  const budget = BUDGET_FLOOR + BUDGET_SHARE * length;
  if (marks <= budget) return;
  // Runs of blank lines go first: leaving them out loses nothing a reader sees.
  const density = (c: MarkdownChunk) => (c.blank ? Infinity : c.marks / (c.end - c.start + 1));
  const dense = chunks.filter((c) => !c.literal).sort((x, y) => density(y) - density(x));
  let taken = 0;
  for (const c of dense) {
    if (marks <= budget) break;
    c.literal = true;
    marks -= c.marks;
    taken++;
  }
  // A dense chunk taken before the one that brought the document under its budget may fit
  // again now (a short heading before one huge paragraph): it is parsed after all.
  for (let i = taken - 2; i >= 0; i--) {
    const c = dense[i]!;
    if (marks + c.marks <= budget) {
      c.literal = false;
      marks += c.marks;
    }
  }
}

interface LineScan {
  /** Container markers at the line's start (`>`, `-`, `+`, `*`, `1.`, `1)`). */
  depth: number;
  heading: boolean;
  /** Markers resolved against one another or searched for to the unit's end (quadratic). */
  marks: number;
  /** Other `<`: an HTML tag is tried from each, in linear time. Counted in the budget only. */
  tags: number;
}

function scanLine(s: string, start: number, end: number): LineScan {
  let i = start;
  let depth = 0;
  // Containers at the start of the line, with any spaces between them.
  for (;;) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const c = s.charCodeAt(i);
    if (c === 0x3e) {
      depth++;
      i++;
    } else if ((c === 0x2d || c === 0x2b || c === 0x2a) && isSpaceOrEnd(s, i + 1, end)) {
      depth++;
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(s.charCodeAt(j))) j++;
      const d = s.charCodeAt(j);
      if ((d === 0x2e || d === 0x29) && isSpaceOrEnd(s, j + 1, end)) {
        depth++;
        i = j + 1;
      } else break;
    } else break;
  }
  const heading = s.charCodeAt(i) === 0x23;
  let marks = 0;
  let tags = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3c) {
      // `<!--`, `<?`, `<![CDATA[`, `<!x` look for their end to the end of the unit, every time.
      const d = s.charCodeAt(i + 1);
      if (d === 0x21 || d === 0x3f) marks++;
      else tags++;
    } else if (isMark(c)) marks++;
  }
  return { depth, heading, marks, tags };
}

/** `*`, `_`, `` ` ``, `[`, `!`, `\`: what may open an inline construct. */
function isMark(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x60 || c === 0x5b || c === 0x21 || c === 0x5c;
}

/** A fence opening at this line (up to 3 spaces, then 3 or more backticks or tildes), or null. */
function opensFence(
  s: string,
  start: number,
  end: number,
): { char: number; length: number } | null {
  let i = start;
  while (i < end && i - start < 3 && s.charCodeAt(i) === 0x20) i++;
  const c = s.charCodeAt(i);
  if (c !== 0x60 && c !== 0x7e) return null;
  let j = i;
  while (j < end && s.charCodeAt(j) === c) j++;
  if (j - i < 3) return null;
  // A backtick fence's info string holds no backtick.
  if (c === 0x60) for (let k = j; k < end; k++) if (s.charCodeAt(k) === 0x60) return null;
  return { char: c, length: j - i };
}

function closesFence(
  s: string,
  start: number,
  end: number,
  fence: { char: number; length: number },
): boolean {
  let i = start;
  while (i < end && i - start < 3 && s.charCodeAt(i) === 0x20) i++;
  let j = i;
  while (j < end && s.charCodeAt(j) === fence.char) j++;
  if (j - i < fence.length) return false;
  return isBlank(s, j, end);
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;
const isSpaceOrEnd = (s: string, i: number, end: number) => i >= end || isSpace(s.charCodeAt(i));
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
