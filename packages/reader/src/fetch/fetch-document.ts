import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { formatFromContentType } from '../detect/format.js';
import { errnoCodeOf, messageOf, ReaderError } from '../errors.js';
import { readDocument } from '../read-document.js';
import type { ReadResult } from '../types.js';
import { checkedAddress, type AddressPolicy } from './address-policy.js';

export interface FetchOptions extends AddressPolicy {
  /** Time limit for the whole fetch, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Largest body read (default 10 MiB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a URL and reads it with readDocument. Redirects are followed by hand, each hop's host
 * checked (allowlist, private addresses) and connected to at the address that was checked.
 * @throws ReaderError INVALID_URL, URL_NOT_ALLOWED, FETCH_FAILED, FETCH_TIMEOUT,
 *   INPUT_TOO_LARGE, and readDocument's errors
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<ReadResult & { url: string }> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const deadline = AbortSignal.timeout(timeoutMs);
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    const target = await checkedAddress(current, options);
    const res = await get(current, target, deadline, timeoutMs);
    const location = res.headers.location;
    if (REDIRECTS.has(res.statusCode ?? 0) && location !== undefined) {
      res.resume();
      if (hop >= (options.maxRedirects ?? 5))
        throw new ReaderError('FETCH_FAILED', `${url} redirects more than ${options.maxRedirects ?? 5} times; give the final address of the page.`);
      current = parseUrl(new URL(location, current).href);
      continue;
    }
    if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) {
      res.resume();
      throw new ReaderError(
        'FETCH_FAILED',
        `The server answered ${res.statusCode} ${res.statusMessage ?? ''} for ${current.href}; check the address, or save the page and give the file.`.replace(
          / +/g,
          ' ',
        ),
      );
    }
    const bytes = await body(res, current, maxBytes, deadline, timeoutMs);
    const type = formatFromContentType(res.headers['content-type']);
    const doc = await readDocument(bytes, { url: current.href, maxBytes, ...(type === 'html' ? { type } : {}) });
    return { ...doc, url: current.href };
  }
}

function parseUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ReaderError('INVALID_URL', `${JSON.stringify(url)} is not a URL; give an address starting with http:// or https://.`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new ReaderError('INVALID_URL', `Only http and https addresses are fetched, not ${u.protocol}; give an address starting with http:// or https://.`);
  return u;
}

/** One GET to `url`, connected to `target` (the checked address), within the deadline. */
function get(url: URL, target: { address: string; family: number }, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_host, opts, cb) => {
    if (opts.all === true) cb(null, [target]);
    else cb(null, target.address, target.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        signal,
        headers: {
          'user-agent': 'vecsum-reader/0.1',
          accept: 'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/*;q=0.8,*/*;q=0.5',
        },
      },
      resolve,
    );
    req.on('error', (cause) => reject(networkError(url, cause, signal, timeoutMs)));
    req.end();
  });
}

/** The response body, refused past maxBytes (declared length first, then as it streams). */
async function body(res: IncomingMessage, url: URL, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ReaderError('INPUT_TOO_LARGE', `The page is larger than ${maxBytes} bytes, the most that is fetched; save the part you need and give the file.`);
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.destroy();
        throw tooLarge();
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw networkError(url, e, signal, timeoutMs);
  }
  return Buffer.concat(chunks);
}

function networkError(url: URL, cause: unknown, signal: AbortSignal, timeoutMs: number): ReaderError {
  if (signal.aborted)
    return new ReaderError('FETCH_TIMEOUT', `The server did not answer within ${timeoutMs} ms; try again later, or save the page and give the file.`, {
      cause,
    });
  const code = errnoCodeOf(cause) ?? messageOf(cause);
  return new ReaderError('FETCH_FAILED', `Fetching ${url.host} failed (${code}); check the address and your network connection.`, { cause });
}
