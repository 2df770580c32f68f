/**
 * PAN counts offsets in characters (code points, as Python's strings do); the engine in UTF-16
 * code units, as JavaScript's strings do. The two differ after every character outside the
 * Basic Multilingual Plane (emoji, some CJK), which takes two code units.
 */

/** Maps a UTF-16 offset into `text` to a code-point offset. O(length) once, then O(log n). */
export function codePointOffsets(text: string): (utf16: number) => number {
  const surrogates: number[] = []; // UTF-16 offsets of the second half of each pair
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) surrogates.push(++i);
    }
  }
  if (surrogates.length === 0) return (utf16) => utf16;
  return (utf16) => utf16 - countAtOrBelow(surrogates, utf16 - 1);
}

/** Maps a code-point offset into `text` to a UTF-16 offset. */
export function utf16Offsets(text: string): (codePoint: number) => number {
  const toCodePoint = codePointOffsets(text);
  if (toCodePoint(text.length) === text.length) return (cp) => cp;
  const starts: number[] = []; // starts[k] = UTF-16 offset of code point k
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  starts.push(text.length);
  return (cp) => starts[Math.min(Math.max(cp, 0), starts.length - 1)]!;
}

function countAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
