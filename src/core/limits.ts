/**
 * Largest file the reader and the command line accept. In a module of its own: the checks every
 * border shares (`sources/schema.ts`) need the number, not the decoder, so the page's first
 * script does not carry the decoder, which only reading a file needs.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
