import { normalizeWord } from './normalize';
import { findQuotes } from './quotes';
import { forEachWord } from './tokenize';
import type { Source } from './types';

/** Why a block reads as not part of the story, or null for a block of the story. */
export type BoilerplateReason =
  | 'repeated headline'
  | 'call to action'
  | 'credit or byline'
  | 'related link'
  | 'advertisement'
  | 'web address'
  | 'date line'
  | 'separator';

/**
 * General signals, each tied to what the block does rather than to any outlet: it asks the
 * reader for something (subscribe, support, bookmark…) while addressing them; it credits a
 * writer or photographer; it points elsewhere (related, read more, a bare address); it only
 * dates the page; or it repeats an earlier headline word for word. Text inside quotation
 * marks is never read as a call to action: a minister who says "we need support" is news.
 */
const CALL_TO_ACTION =
  /\b(subscri(?:be|ption|bers?)|sign(?:ing)? up|newsletters?|donat(?:e|ion|ions)|your support|support (?:us|our|allows|helps|makes)|help us|click here|tap here|follow us|share this|bookmark|premium|paywalls?|advertis(?:ement|ing)|log in|sign in|register now|membership|become a (?:member|supporter))\b/gi;
/** The reader is addressed: second person, "we" of the publication, or an imperative opening. */
const READER_ADDRESS =
  /\b(you|your|we|us|our)\b|(?:^|[.!?]\s+)(?:support|subscribe|sign up|donate|become|join|follow|share|register|log in|get)\b/i;
const AD_LABEL = /^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad)$/i;
const CREDIT =
  /(\bcontributed to this (?:story|report|article)\b|^(?:by|words by|reporting by|written by)\s+\S.{0,60}$|^(?:photo|image|picture|photograph)s?\s*(?:by|:)|\b(?:getty images|shutterstock|ap photo|reuters\/|afp photo)\b|^[^.!?]{2,60}(?:\s\/\s[^.!?/]{1,40}){2,}$)/i;
const RELATED =
  /^(?:related(?: articles?| stories| coverage)?|read (?:more|also|next)|see also|more on this|recommended|watch|listen|show all\b)/i;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const LABEL = /^(?:original url|source|via|link|url)\s*:?$/i;
const DATE_ONLY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s+[A-Z]{2,4})?$/i;

const cache = new WeakMap<Source, (BoilerplateReason | null)[]>();

/** `classifyBlocks`, computed once per source object (sources are immutable). */
export function boilerplateOf(source: Source): (BoilerplateReason | null)[] {
  let labels = cache.get(source);
  if (labels === undefined) cache.set(source, (labels = classifyBlocks(source)));
  return labels;
}

/** One label per block of the source, in order: the reason it reads as boilerplate, or null. */
export function classifyBlocks(source: Source): (BoilerplateReason | null)[] {
  const seen = new Set<string>();
  return source.blocks.map((block) => {
    const text = source.text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
    const words: string[] = [];
    forEachWord(text, (s, e) => words.push(normalizeWord(text.slice(s, e))));
    const key = words.join(' ');
    const repeated = words.length > 0 && words.length <= 30 && seen.has(key);
    seen.add(key);
    return classifyText(text, words.length, repeated);
  });
}

/** The reason one block's text reads as boilerplate, or null. Exposed for measurement. */
export function classifyText(
  text: string,
  wordCount: number,
  repeated = false,
): BoilerplateReason | null {
  if (wordCount === 0) return 'separator';
  if (repeated) return 'repeated headline';
  const short = wordCount <= 25;
  if (short && RELATED.test(text)) return 'related link';
  if (AD_LABEL.test(text)) return 'advertisement';
  if (CREDIT.test(text) && wordCount <= 40) return 'credit or byline';
  if (short && (LABEL.test(text) || DATE_ONLY.test(text)))
    return LABEL.test(text) ? 'web address' : 'date line';
  const urlChars = (text.match(URL) ?? []).reduce((n, u) => n + u.length, 0);
  if (urlChars > 0 && urlChars >= text.length * 0.5) return 'web address';
  // Calls to action, read outside quotations.
  const unquoted = withoutQuotes(text);
  const cues = new Set((unquoted.match(CALL_TO_ACTION) ?? []).map((c) => c.toLowerCase())).size;
  if (cues >= 2 || (cues === 1 && READER_ADDRESS.test(unquoted))) return 'call to action';
  return null;
}

function withoutQuotes(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of findQuotes(text)) {
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}
