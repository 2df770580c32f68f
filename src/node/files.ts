import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/**
 * Reads a regular file of at most `limit` bytes, checking what it is before reading anything:
 * a FIFO would block for ever, a device (`/dev/zero`, a link to it) never ends, and a huge file
 * would be read whole before being refused. Opened without blocking, checked again on the open
 * descriptor (the path could change in between), and read no further than `limit + 1` bytes.
 */
export function readRegularFile(path: string, limit: number): FileRead {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  if (stats.isDirectory()) return { ok: false, problem: 'it is a directory' };
  if (!stats.isFile()) return { ok: false, problem: 'it is not a regular file' };
  if (stats.size > limit) return { ok: false, problem: tooLarge(limit) };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  try {
    if (!fstatSync(fd).isFile()) return { ok: false, problem: 'it is not a regular file' };
    // Room for the size it had, plus one byte to notice that it grew; grown as needed up to
    // one byte past the limit.
    let buffer = new Uint8Array(Math.min(limit + 1, stats.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > limit) break;
        const bigger = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        bigger.set(buffer);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    // The file grew past the size it had when checked: still refused past the limit.
    if (length > limit) return { ok: false, problem: tooLarge(limit) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  } finally {
    closeSync(fd);
  }
}

const tooLarge = (limit: number) =>
  `it is larger than ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit} bytes`}`;

function problemOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ELOOP') return 'it is a link that loops';
  return `it cannot be read (${code ?? 'unknown error'})`;
}
