/**
 * The SHA-256 of a text in UTF-8, in hex, by the browser's Web Crypto (the command line uses
 * node:crypto; both give the same digest, a unit test checks). Null where the page has no Web
 * Crypto (it is offered only to secure pages: https or localhost), so the report says so.
 */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
