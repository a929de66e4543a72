import { inflateRawSync } from 'node:zlib';
import { ReaderError } from '../errors.js';

/** Most bytes a Word file's parts may unpack to, beyond twice its own size. */
export const UNPACKED_ALLOWANCE = 100 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Refuses a zip whose entries unpack to more than `limit` bytes: a "zip bomb" of 200 KB that
 * unpacks to 200 MB took mammoth 3.4 s and 730 MB, and a larger one runs out of memory. The
 * sizes are measured, not taken from the headers (which may lie): each deflated entry is
 * inflated with the budget left as its output limit, so the work stops at the limit.
 * @throws ReaderError INPUT_TOO_LARGE
 */
export function checkUnpackedSize(bytes: Uint8Array, limit: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || buf.readUInt32LE(end) !== EOCD || end + 22 > buf.length) return; // not a readable zip: mammoth says so
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  let left = limit;
  for (let i = 0; i < count && at + 46 <= buf.length && buf.readUInt32LE(at) === CENTRAL; i++) {
    const method = buf.readUInt16LE(at + 10);
    const packed = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + packed));
    left -= method === 8 ? inflated(data, left, limit) : data.length;
    if (left < 0) throw tooLarge(limit);
  }
}

/** The inflated size of a deflated entry, at most `max` + 1 (more is over the budget). */
function inflated(data: Buffer, max: number, limit: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, max) }).length;
  } catch (e) {
    if (e instanceof RangeError || (e instanceof Error && 'code' in e && e.code === 'ERR_BUFFER_TOO_LARGE')) throw tooLarge(limit);
    return 0; // a damaged entry: mammoth reports it
  }
}

const tooLarge = (limit: number): ReaderError =>
  new ReaderError(
    'INPUT_TOO_LARGE',
    `The Word document unpacks to more than ${Math.round(limit / 1024 / 1024)} MiB (a zip bomb, or huge embedded files); ` +
      'save the text as a new .docx and give that.',
  );
