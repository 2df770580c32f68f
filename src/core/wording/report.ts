import type { CompareOptions } from '../types';
import { countOf, plural, sideName } from './common';

/**
 * What the HTML report says beyond what the page says (one of the rooms of the wording,
 * index.ts: it loads with the report, and the command line prints it).
 */

/** "Source A · 1,234 words": a pane's (and the report's) line above the title. */
export function sideHeading(side: 0 | 1, words: number): string {
  return `Source ${sideName(side)} · ${countOf(words, 'word', 'words')}`;
}

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
  sha256: (digest: string) => `SHA-256 of its text (UTF-8): ${digest}`,
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
