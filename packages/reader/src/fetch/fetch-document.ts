import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { formatFromContentType } from '../detect/format.js';
import { charsetOfContentType } from '../detect/legacy-encoding.js';
import { errnoCodeOf, messageOf, ReaderError } from '../errors.js';
import { readDocument } from '../read-document.js';
import type { ReadResult } from '../types.js';
import { checkedAddress, type AddressPolicy } from './address-policy.js';
import { ACCEPT_ENCODING, readBody } from './response-body.js';

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
    const target = await beforeDeadline(checkedAddress(current, options), deadline, timeoutMs);
    const res = await get(current, target, deadline, timeoutMs);
    const location = res.headers.location;
    if (REDIRECTS.has(res.statusCode ?? 0) && location !== undefined) {
      res.destroy(); // its body is not read: a redirect that streams forever ends here
      if (hop >= (options.maxRedirects ?? 5))
        throw new ReaderError('FETCH_FAILED', `${url} redirects more than ${options.maxRedirects ?? 5} times; give the final address of the page.`);
      current = parseUrl(new URL(location, current).href);
      continue;
    }
    if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) {
      res.destroy();
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
    const charset = charsetOfContentType(res.headers['content-type']);
    const doc = await readDocument(bytes, { url: current.href, maxBytes, ...(type === 'html' ? { type } : {}), ...(charset === undefined ? {} : { charset }) });
    return { ...doc, url: current.href };
  }
}

/** `work`, or FETCH_TIMEOUT when the deadline comes first (a DNS lookup that hangs counts against the time limit). */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal, timeoutMs: number): Promise<T> {
  if (signal.aborted) return Promise.reject(timeoutError(timeoutMs, signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(timeoutError(timeoutMs, signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
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
  if (u.username !== '' || u.password !== '')
    throw new ReaderError(
      'INVALID_URL',
      'The address holds a user name or password, which are never sent; give a public address without them, or save the page and give the file.',
    );
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
          'accept-encoding': ACCEPT_ENCODING,
        },
      },
      resolve,
    );
    req.on('error', (cause) => reject(networkError(url, cause, signal, timeoutMs)));
    req.end();
  });
}

/** The response body (`readBody`), a failure while reading it named as a network error. */
async function body(res: IncomingMessage, url: URL, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  try {
    return await readBody(res, maxBytes);
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw networkError(url, e, signal, timeoutMs);
  }
}

function networkError(url: URL, cause: unknown, signal: AbortSignal, timeoutMs: number): ReaderError {
  if (signal.aborted) return timeoutError(timeoutMs, cause);
  const code = errnoCodeOf(cause) ?? messageOf(cause);
  return new ReaderError('FETCH_FAILED', `Fetching ${url.host} failed (${code}); check the address and your network connection.`, { cause });
}

const timeoutError = (timeoutMs: number, cause: unknown): ReaderError =>
  new ReaderError('FETCH_TIMEOUT', `The server did not answer within ${timeoutMs} ms; try again later, or save the page and give the file.`, { cause });
