import type { BlockSignals } from './blockSignals';
import type { BlockLabel } from './boilerplate';
import { withoutQuotes } from './blockText';

/**
 * A site's own terms and privacy statement: the text of a sign-up form's "I agree" box, a
 * cookie policy, a registration wall's conditions. Readability can take such a statement for
 * the article when it is longer than the story (a law firm's note under a registration form's
 * 1,900 words of terms, on a development page), and then it is all the reader would see.
 *
 * One block is not enough: a company's blog speaks of "our users" and "third parties", and a
 * story quotes a policy. A statement runs for paragraph after paragraph in the site's voice
 * about its users' data and terms; on the development pages (about 1,400) no story held three
 * such paragraphs close together, and the one statement held fourteen.
 */

/** The site speaking of itself or to its user. */
const SITE_VOICE =
  /\b(?:(?:our|this) (?:web ?)?site|(?:our|this) (?:services?|newsletters?)|(?:site|website) (?:visitors|users)|users? of (?:our|this|the) (?:web ?)?site|we (?:use|collect|may|will|do not|don['’]t|require|are only able|store|share|ask)|you (?:may|can|must|agree|are required|have to)|your (?:use of|personal|details|e-?mail|consent)|requires? (?:you|users?|site users)|(?:a|our) user['’]?s?)\b/i;

/** What a statement of terms and privacy is about. */
const POLICY_WORDS =
  /\b(?:cookies?|privacy (?:policy|statement|notice|practices)|personal(?:ly identifiable)? (?:information|data|details)|personally identif(?:y|ies|ying|iable)|(?:makes?|gives?) no representations?|terms (?:and|&) conditions|terms of (?:use|service)|third[- ]part(?:y|ies)|opt[- ]out|ip address(?:es)?|registration form|e-?mail address(?:es)?|unsubscribe|data protection)\b/i;

/** How many such paragraphs make a statement, and how far apart they may stand. */
const POLICY_PARAGRAPHS = 3;
const POLICY_GAP = 5;
/** A head that names the statement ("Terms & Conditions and Privacy Statement") is short. */
const POLICY_HEAD_WORDS = 15;

function speaksPolicy(text: string): boolean {
  if (!POLICY_WORDS.test(text)) return false;
  const own = withoutQuotes(text);
  return SITE_VOICE.test(own) && POLICY_WORDS.test(own);
}

/**
 * Labels a site's statement of terms as "notice": from the first to the last of at least three
 * paragraphs in its voice about its users' data, none more than five blocks from the next, with
 * the heads between them and the short lines just before that name it. Labels given stand.
 */
export function sitePolicy(signals: readonly BlockSignals[], labels: (BlockLabel | null)[]): void {
  const speaking: number[] = [];
  signals.forEach((s, i) => {
    if (speaksPolicy(s.text)) speaking.push(i);
  });
  let from = 0;
  while (from < speaking.length) {
    let to = from;
    while (to + 1 < speaking.length && speaking[to + 1]! - speaking[to]! <= POLICY_GAP) to++;
    if (to - from + 1 >= POLICY_PARAGRAPHS) {
      let start = speaking[from]!;
      while (
        start > 0 &&
        signals[start - 1]!.words.length <= POLICY_HEAD_WORDS &&
        POLICY_WORDS.test(signals[start - 1]!.text)
      )
        start--;
      for (let i = start; i <= speaking[to]!; i++) labels[i] ??= 'notice';
    }
    from = to + 1;
  }
}
