// Apart from the reader (which loads Readability) so the page can tell HTML without loading it.
/** Whether pasted text is an HTML page or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) return true;
  const tags =
    // `[^<>]`: a tag's scan stops where the next could begin, so `<p<p<p…` stays linear.
    text.match(/<\/?(?:p|div|span|h[1-6]|article|section|br|a|li|ul|em|strong)\b[^<>]*>/gi)
      ?.length ?? 0;
  return tags >= 3 && tags * 40 > text.length / 10;
}
