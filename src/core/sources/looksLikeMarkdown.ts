// Apart from the parser, so telling Markdown costs nothing: the page loads the parser on demand.

/**
 * Whether a text reads as Markdown rather than plain prose: an ATX heading, a link or image
 * with a target, an autolink, or strong emphasis — syntax a plain article would not contain.
 */
export function looksLikeMarkdown(text: string): boolean {
  const signals = [/^#{1,6}[ \t]+\S/m, /\]\([^)\s]*\)/, /<https?:\/\/[^>\s]+>/, /\*\*[^*\n]+\*\*/];
  return signals.filter((s) => s.test(text)).length >= 2;
}
