// Apart from the reader (which loads Readability) so the page can tell HTML without loading it.
/** Whether pasted text is an HTML page or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) return true;
  // `[^<>]`: a tag's scan stops where the next could begin, so `<p<p<p…` stays linear. Counted
  // without a match array, and only as far as the answer needs.
  const TAG = /<\/?(?:p|div|span|h[1-6]|article|section|br|a|li|ul|em|strong)\b[^<>]*>/gi;
  let tags = 0;
  while (TAG.test(text)) {
    tags++;
    if (tags >= 3 && tags * 40 > text.length / 10) return true;
  }
  return false;
}
