import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ReaderError } from '../errors.js';

/** The Content-Encodings a fetch asks for and reads. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * The response body as the server meant it: decompressed (gzip, deflate, br), at most maxBytes
 * of it. The limit counts the bytes after decompression, so a small compressed bomb stops at
 * the limit; a declared Content-Length over it is refused before reading.
 * @throws ReaderError INPUT_TOO_LARGE, FETCH_FAILED (an encoding that is not read); stream
 *   errors (the connection, a corrupt compressed body, the deadline) are rethrown as they come
 */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ReaderError('INPUT_TOO_LARGE', `The page is larger than ${maxBytes} bytes, the most that is fetched; save the part you need and give the file.`);
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const stream = decoded(res);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (size > maxBytes || !res.complete) {
      stream.destroy();
      res.destroy();
    }
  }
  return Buffer.concat(chunks);
}

/** The body stream, through a decompressor when the server sent a Content-Encoding. */
function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'identity' || encoding === '') return res;
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (decoder === undefined) {
    res.destroy();
    throw new ReaderError('FETCH_FAILED', `The server sent the page compressed as "${encoding}", which is not read; save the page and give the file.`);
  }
  return pipeline(res, decoder, () => {}); // errors surface in the reading loop
}
