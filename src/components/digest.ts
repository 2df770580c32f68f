import { webDigest } from '@/core';

/**
 * The SHA-256 of a text in UTF-8, in hex: the browser's Web Crypto, or the same digest in plain
 * code where the page is not a secure context (the command line uses node:crypto; a unit test
 * checks that all three agree).
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await webDigest(new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
