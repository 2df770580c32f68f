/** Largest file the reader and the command line accept. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Turns a file's bytes into text, or says plainly why it is not a text we can read:
 * too large, binary (a NUL byte, as images and PDFs have), or not UTF-8.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, problem: `it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  }
  if (bytes.includes(0)) return { ok: false, problem: 'it is a binary file, not text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim().length === 0) return { ok: false, problem: 'it is empty' };
    return { ok: true, text };
  } catch {
    return { ok: false, problem: 'it is not UTF-8 text' };
  }
}
