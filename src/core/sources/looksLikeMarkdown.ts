// Apart from the parser, so telling Markdown costs nothing: the page loads the parser on demand.

/**
 * Whether a text reads as Markdown rather than plain prose: an ATX heading, a link or image
 * with a target, an autolink, or strong emphasis — syntax a plain article would not contain.
 */
export function looksLikeMarkdown(text: string): boolean {
  // Each class stops at the character that could start the next candidate (`]`, `<`, `*`), so
  // a failed match never rescans what the next one will scan: linear on any input, where
  // `](x` or `<http://` repeated half a megabyte once took half a minute.
  const signals = [
    /^#{1,6}[ \t]+\S/m,
    /\]\([^()\s\]]*\)/,
    /<https?:\/\/[^<>\s]+>/,
    /\*\*[^*\n]+\*\*/,
  ];
  return signals.filter((s) => s.test(text)).length >= 2;
}
