/**
 * Puts back the punctuation a page's system turned to mojibake: the three UTF-8 bytes of a curly
 * quote or a dash read as Windows-1252 and written out so, "donâ€™t" for "don’t", "â€œ" and
 * "â€" for “ and ”, "â€”" for —, with the first letter sometimes as a character reference
 * ("&acirc;€™": the page escaped the "â" and left the other two bytes raw). Only this family
 * is mended: its bytes are E2 80 and one of 80–BF, the block of general punctuation, and "â€"
 * followed by one of those characters stands in no language's text, so nothing else changes.
 * Wider repair ("Ã©" for "é") would need guessing that a real "Ã" is not meant.
 */
export function repairMojibake(html: string): string {
  if (!html.includes('€')) return html;
  return html.replace(MOJIBAKE, (_, third: string) =>
    String.fromCharCode(0x2000 + CONTINUATION.indexOf(third)),
  );
}

/**
 * The characters Windows-1252 (as Verbatim reads it: an undefined byte is its C1 control) gives
 * the bytes 0x80–0xBF, in order: the third byte of a general-punctuation character U+2000–U+203F.
 */
const CONTINUATION =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿';

const MOJIBAKE =
  /(?:â|&acirc;)€([€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ\u00A0-\u00BF])/g;
