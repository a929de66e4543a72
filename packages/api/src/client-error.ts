import type { Duplex } from 'node:stream';
import type { Logger } from './middleware/request-context.js';
import { problem } from './problem.js';

/** What Node's HTTP parser refuses before the app sees a request, as problem+json (status, code, what to do). */
const ANSWERS: Readonly<Record<string, readonly [number, string, string]>> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'HEADERS_TOO_LARGE',
    'The request line and headers are larger than this server reads (16 KiB); send a shorter URL (put options in a JSON body) and fewer or shorter headers.',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request did not arrive in time: send the headers within 10 s and the whole request within 30 s.'],
};
const MALFORMED: readonly [number, string, string] = [
  400,
  'MALFORMED_REQUEST',
  'The request is not valid HTTP/1.1 (request line, headers, Content-Length or chunked encoding); send a well-formed request.',
];

/**
 * The server's `clientError` handler: a request Node's parser refuses (headers over the limit,
 * bad framing, a timeout) gets a problem+json answer with a stable code, the security headers
 * and `Connection: close`, instead of Node's bare status line; a connection already gone is
 * just closed.
 */
export function answerClientError(headers: Readonly<Record<string, string>>, logger: Logger): (err: Error, socket: Duplex) => void {
  return (err, socket) => {
    const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
    if (code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, problemCode, detail] = ANSWERS[code] ?? MALFORMED;
    const document = problem(status, problemCode, detail);
    const body = JSON.stringify(document);
    const lines = Object.entries({
      ...headers,
      'content-type': 'application/problem+json',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
    }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.end(`HTTP/1.1 ${status} ${document.title}\r\n${lines.join('')}\r\n${body}`);
    logger.info({ msg: 'client error', status, code: problemCode, parser: code });
  };
}
