import type { BlockSignals } from './blockSignals';
import type { BlockLabel } from './boilerplate';
import { withoutQuotes } from './blockText';

/**
 * A site's own terms and privacy statement: the text of a sign-up form's "I agree" box, a
 * cookie policy, a registration wall's conditions. Readability can take such a statement for
 * the article when it is longer than the story (a law firm's note under a registration form's
 * 1,660 words of terms, on a development page), and then it is all the reader would see.
 *
 * One block is not enough: a company's blog speaks of "our users" and "third parties", and a
 * story quotes a policy. A statement runs for paragraph after paragraph in the site's voice
 * about its users' data and terms. On the development pages (about 1,200) this labels no block
 * of a story, and finds the one statement, nine of whose paragraphs speak so.
 */

/**
 * The site speaking of itself ("we", "our site", "this website"), not to the reader alone: an
 * explainer tells its reader that "you can opt out of cookies" paragraph after paragraph.
 */
const SITE_VOICE =
  /\b(?:(?:our|this) (?:web ?)?site|(?:our|this) (?:services?|newsletters?)|(?:site|website) (?:visitors|users)|users? of (?:our|this) (?:web ?)?site|we (?:use|collect|may|will|do not|don['’]t|require|are only able|store|share|ask)|requires? (?:you|users?|site users)|our users?)\b/i;

/** What a statement of terms and privacy is about. */
const POLICY_WORDS =
  /\b(?:cookies?|privacy (?:policy|statement|notice|practices)|personal(?:ly identifiable)? (?:information|data|details)|personally identif(?:y|ies|ying|iable)|(?:makes?|gives?) no representations?|terms (?:and|&) conditions|terms of (?:use|service)|third[- ]part(?:y|ies)|opt[- ]out|ip address(?:es)?|registration form|e-?mail address(?:es)?|unsubscribe|data protection)\b/i;

/** How many such paragraphs make a statement, and how far apart its parts may stand. */
const POLICY_PARAGRAPHS = 3;
const POLICY_GAP = 5;

/** Speaks as the site about its terms or its users' data: a statement's own paragraph. */
function speaksPolicy(text: string): boolean {
  if (!POLICY_WORDS.test(text)) return false;
  const own = withoutQuotes(text);
  return SITE_VOICE.test(own) && POLICY_WORDS.test(own);
}

/** Names terms or data, or speaks as the site: more of a statement, where one stands near. */
function nearPolicy(text: string): boolean {
  if (!POLICY_WORDS.test(text) && !SITE_VOICE.test(text)) return false;
  const own = withoutQuotes(text);
  return POLICY_WORDS.test(own) || SITE_VOICE.test(own);
}

/**
 * Labels a site's statement of terms as "notice". Its core is at least three paragraphs in the
 * site's voice about its terms or its users' data, none more than five blocks from the next; it
 * reaches on either side to the blocks that name terms or data or speak as the site, each within
 * five blocks of the last (its head, "Terms & Conditions and Privacy Statement", its opening
 * "We require site users to register…"), with the heads between. Labels given stand.
 */
export function sitePolicy(signals: readonly BlockSignals[], labels: (BlockLabel | null)[]): void {
  const strong = signals.map((s) => speaksPolicy(s.text));
  const near = (k: number) => strong[k]! || nearPolicy(signals[k]!.text);
  /** The last block of the statement from `at` on in direction `dir` (1 or -1). */
  const reach = (at: number, dir: 1 | -1) => {
    for (let k = at + dir; k >= 0 && k < signals.length && Math.abs(k - at) <= POLICY_GAP; k += dir)
      if (near(k)) at = k;
    return at;
  };
  for (let i = 0; i < signals.length; i++) {
    if (!strong[i]) continue;
    let end = i;
    let count = 1;
    for (let k = i + 1; k < signals.length && k - end <= POLICY_GAP; k++)
      if (strong[k]) [end, count] = [k, count + 1];
    if (count < POLICY_PARAGRAPHS) continue;
    const stop = reach(end, 1);
    for (let k = reach(i, -1); k <= stop; k++) labels[k] ??= 'notice';
    i = stop;
  }
}
