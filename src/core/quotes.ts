/**
 * Quoted spans of a text, as `[start, end)` offsets that include the quotation marks. News
 * style is followed: a quotation that runs on into the next paragraph leaves its first
 * paragraph open and opens the next with a quotation mark. Any other unclosed quotation is
 * a stray mark, and marks nothing: a quote never runs past the end of its paragraph unless
 * the next one opens with a quotation mark.
 *
 * Double quotes (straight or curly) make spans; single quotes inside them are part of them.
 * Single curly quotes make spans of their own only where they open at a word's start and close
 * at a word's end, so an apostrophe (Kim’s, the ’90s) is never taken for one.
 */
export function findQuotes(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1; // where the open double quotation began, or -1
  let single = -1; // where an open single quotation began (outside doubles), or -1
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === undefined) {
      single = -1;
      if (open >= 0) {
        // Carry on only into a paragraph that opens with a quotation mark.
        let j = i;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        const next = text[j];
        if (next === '“' || next === '"') {
          i = j; // the opening mark continues this quotation
          continue;
        }
        open = -1; // stray: unbalanced within its paragraph
      }
      continue;
    }
    if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if (ch === '”' || ch === '"') {
      if (open >= 0) {
        spans.push([open, i + 1]);
        open = -1;
      }
    } else if (open < 0 && ch === '‘' && !isWordChar(text[i - 1]) && isWordChar(text[i + 1])) {
      single = i;
    } else if (open < 0 && single >= 0 && ch === '’' && !isWordChar(text[i + 1])) {
      spans.push([single, i + 1]);
      single = -1;
    }
  }
  return spans;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Marks, per word, whether it stands inside a quoted span. Both lists must be in text order. */
export function wordsInQuotes(starts: Int32Array, spans: readonly [number, number][]): Uint8Array {
  const inside = new Uint8Array(starts.length);
  let s = 0;
  for (let w = 0; w < starts.length; w++) {
    const at = starts[w]!;
    while (s < spans.length && spans[s]![1] <= at) s++;
    if (s < spans.length && spans[s]![0] <= at) inside[w] = 1;
  }
  return inside;
}
