import { classifyBlocks, classifyText, type BlockLabel } from '@/core/boilerplate';
import { countWords } from '@/core/tokenize';
import { plain } from './sources';

/** Labels of a plain-text source whose lines are its blocks. */
export const labelsOf = (lines: string[]): (BlockLabel | null)[] =>
  classifyBlocks(plain('t', lines.join('\n')));

/** The label of one block of text on its own. */
export const text = (t: string) => classifyText(t, countWords(t));

/** Three paragraphs of running news prose: what a story's body looks like to the labels. */
export const PROSE = [
  'The ministry said on Tuesday that the talks would continue next week in Moscow, where officials from both sides are expected to sign a trade agreement.',
  'Analysts said the agreement could change the balance of trade in the region, although they cautioned that many of its terms had not been made public.',
  'The two governments have met several times this year, and each meeting has been followed by new promises of cooperation in energy and transport.',
];
