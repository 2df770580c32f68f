import { DECODE } from './wording';

/** Largest file the reader and the command line accept. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Turns a file's bytes into text, or says plainly why it is not a text we can read:
 * too large, binary (a NUL byte, as images and PDFs have), or not UTF-8.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problem: DECODE.tooLarge(MAX_FILE_BYTES) };
  }
  if (bytes.includes(0)) return { ok: false, problem: DECODE.binary };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim().length === 0) return { ok: false, problem: DECODE.empty };
    return { ok: true, text };
  } catch {
    return { ok: false, problem: DECODE.notUtf8 };
  }
}
