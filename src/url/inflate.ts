/**
 * lz-string's `decompressFromEncodedURIComponent`, bounded: it stops as soon as its output
 * passes `limit` characters, instead of inflating a 46 KB fragment into 9 MB first and
 * checking after. The same algorithm and alphabet as lz-string 1.5 (MIT, Pieroxy), whose
 * `_decompress` it follows step by step; a property test checks it against lz-string itself.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Inflated =
  | { ok: true; text: string }
  | { ok: false; reason: 'damaged' }
  /** Stopped at the limit; `produced` is how far it got (at most one entry past the limit). */
  | { ok: false; reason: 'tooLarge'; produced: number };

export function inflateBounded(input: string, limit: number): Inflated {
  if (input === '') return { ok: false, reason: 'damaged' };
  const encoded = input.replace(/ /g, '+');
  const length = encoded.length;
  // lz-string reads an unknown character as no bits; so does this.
  const valueAt = (i: number) => VALUE.get(encoded.charAt(i)) ?? 0;
  let val = valueAt(0);
  let position = 32;
  let index = 1;
  const read = (count: number): number => {
    let bits = 0;
    for (let power = 1, n = 0; n < count; n++, power <<= 1) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = valueAt(index++);
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = read(2);
  // 2 ends an empty text, 3 is no code at all (lz-string then returns nothing or throws).
  if (first > 1) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const out: string[] = [w];
  let produced = w.length;
  for (;;) {
    if (index > length) return { ok: false, reason: 'damaged' }; // ran out: cut off
    let c = read(numBits);
    if (c === 2) return { ok: true, text: out.join('') };
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry = dictionary[c];
    if (entry === undefined) {
      if (c !== dictSize) return { ok: false, reason: 'damaged' };
      entry = w + w.charAt(0);
    }
    produced += entry.length;
    // Checked before the entry is kept: the output never grows past the limit by more than one
    // entry, and an entry is at most as long as the input has bits.
    if (produced > limit) return { ok: false, reason: 'tooLarge', produced };
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
