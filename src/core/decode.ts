import { MAX_FILE_BYTES } from './limits';
import { DECODE } from './wording/onDemand';

export { MAX_FILE_BYTES };

export type Decoded =
  | {
      ok: true;
      text: string;
      /** The encoding the bytes were read in: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"… */
      encoding: string;
      /** Said to the reader when the encoding was assumed rather than certain; else null. */
      assumed: string | null;
    }
  | { ok: false; problem: string };

/**
 * Turns a file's bytes into text, or says plainly why it is not a text we can read.
 *
 * In order: a byte-order mark decides (UTF-8, UTF-16 LE or BE); otherwise NUL bytes mean binary
 * (images, PDFs), unless they are stray: a saved page damaged in transit can hold a few NULs in
 * its markup, which a browser ignores, so we leave them out and say so; bytes that are valid
 * UTF-8 are UTF-8 (a legacy single-byte text is almost never valid UTF-8 by chance once it has a
 * non-ASCII letter); an HTML page's declared charset is honoured; otherwise the text is read as
 * Windows-1252, said as an assumption.
 *
 * Why not a statistical detector (jschardet, chardet): on the short texts people paste, they
 * confuse the Latin single-byte encodings with one another, and those differ only in a few
 * letters. Windows-1252 is what browsers assume for unlabelled legacy text in Western locales
 * (the WHATWG Encoding standard maps ISO-8859-1 and ASCII to it), every byte of it decodes, and
 * the reader is told the assumption so a wrong one is visible.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problem: DECODE.tooLarge(MAX_FILE_BYTES) };
  }
  const bom = byteOrderMark(bytes);
  if (bom !== null) {
    const text = strictDecode(bom, bytes);
    if (text === null) return { ok: false, problem: DECODE.invalid(bom) };
    return nonEmpty(text, bom, bom === 'UTF-8' ? null : DECODE.byMark(bom));
  }
  const nuls = countNuls(bytes);
  if (nuls > 0) {
    if (nuls > bytes.length * MAX_STRAY_NUL_SHARE) return { ok: false, problem: DECODE.binary };
    const read = decodeText(
      bytes.filter((b) => b !== 0),
      declared,
    );
    return read.ok
      ? { ...read, assumed: DECODE.withoutNuls(read.encoding, read.assumed, nuls) }
      : read;
  }
  const utf8 = strictDecode('UTF-8', bytes);
  if (utf8 !== null) return nonEmpty(utf8, 'UTF-8', null);
  if (controlShare(bytes) > 0.01) return { ok: false, problem: DECODE.binary };
  const mixed = utf8WithStrays(bytes);
  if (mixed.sequences > mixed.strays) {
    return nonEmpty(mixed.text, 'UTF-8', DECODE.strays(mixed.strays));
  }
  const label = declared !== null ? knownLabel(declared) : null;
  if (label !== null && label !== 'utf-8' && label !== 'windows-1252') {
    const text = new TextDecoder(label).decode(bytes);
    return nonEmpty(text, label, DECODE.declared(label));
  }
  return nonEmpty(decodeWindows1252(bytes), 'windows-1252', DECODE.assumedWindows1252);
}

/**
 * Windows-1252 by its table, not by TextDecoder: Node's decoder for that label is ISO-8859-1,
 * which turns the curly quotes and dashes of 0x80–0x9F into invisible control characters.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/**
 * UTF-8 where the bytes are, and each byte that opens no valid UTF-8 sequence read as
 * Windows-1252; with how many multi-byte sequences were valid and how many bytes were not.
 * Single-byte text seldom forms a valid sequence by chance (a letter such as "é" is followed by
 * a letter, not by a byte of 0x80–0xBF), so the sequences outnumber the strays only in UTF-8.
 */
function utf8WithStrays(bytes: Uint8Array): { text: string; sequences: number; strays: number } {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let sequences = 0;
  let strays = 0;
  let run = 0; // valid UTF-8 from here up to i
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      sequences++;
      i += length;
      continue;
    }
    text += decoder.decode(bytes.subarray(run, i)) + decodeWindows1252(bytes.subarray(i, i + 1));
    strays++;
    i++;
    run = i;
  }
  return { text: text + decoder.decode(bytes.subarray(run)), sequences, strays };
}

/** The length of the valid UTF-8 sequence that opens at `i`, or 0 (RFC 3629's table). */
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  const next = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return next(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const lo = lead === 0xe0 ? 0xa0 : 0x80;
    const hi = lead === 0xed ? 0x9f : 0xbf;
    return next(1, lo, hi) && next(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const lo = lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xf4 ? 0x8f : 0xbf;
    return next(1, lo, hi) && next(2) && next(3) ? 4 : 0;
  }
  return 0;
}

function nonEmpty(text: string, encoding: string, assumed: string | null): Decoded {
  if (text.trim().length === 0) return { ok: false, problem: DECODE.empty };
  return { ok: true, text, encoding, assumed };
}

function byteOrderMark(b: Uint8Array): 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  return null;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The most NUL bytes, as a share of the file, that are taken for damage in a text rather than a
 * sign of binary: one in a thousand. Binary formats hold far more (a PNG's header alone has four
 * in its first sixteen bytes); the damaged real page that set it holds 27 in 33,074 bytes.
 */
const MAX_STRAY_NUL_SHARE = 0.001;

function countNuls(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0) n++;
  return n;
}

/** Share of bytes that are control characters no text file has (not tab, newline, CR, FF, ESC). */
function controlShare(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes)
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) n++;
  return n / Math.max(1, bytes.length);
}

/** The canonical name of an encoding label the platform decodes, or null. */
function knownLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
