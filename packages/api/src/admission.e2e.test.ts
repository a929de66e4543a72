import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { ARTICLE } from './test-support/app.js';

// A real server with one worker and no queue. A request for a URL on a loopback site that
// never answers holds that worker until the test lets the site answer, so the queue is full
// for as long as the test needs, with no timing guesswork.
let site: Server;
let server: RunningServer;
let answer: () => void = () => {};
const answered = new Promise<void>((r) => (answer = r));

beforeAll(async () => {
  site = createServer((_req, res) => void answered.then(() => res.writeHead(200, { 'content-type': 'text/plain' }).end(ARTICLE)));
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    cacheDir: process.env['VECSUM_CACHE_DIR']!,
    log: false,
    limits: { concurrency: 1, queueSize: 0, timeoutMs: 20_000 },
    urls: { allowHosts: ['localhost'], allowPrivate: ['localhost'], timeoutMs: 20_000 },
  });
});
afterAll(async () => {
  answer();
  await server?.close();
  site.closeAllConnections();
  await new Promise((r) => site.close(r));
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads one HTTP/1.1 answer (Content-Length framed) from a raw socket. */
function nextAnswer(socket: Socket): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let data = '';
    const onData = (chunk: Buffer) => {
      data += chunk.toString('latin1');
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [status, ...lines] = data.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const length = Number(headers['content-length'] ?? 0);
      if (data.length < end + 4 + length) return;
      socket.off('data', onData).off('error', reject);
      resolve({ status: Number(status?.split(' ')[1]), headers, body: data.slice(end + 4, end + 4 + length) });
    };
    socket.on('data', onData).on('error', reject);
  });
}

const open = async (): Promise<Socket> => {
  const url = new URL(server.url);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  return socket;
};

const postHead = (length: number) => `POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('admission under a full queue (a real server on 127.0.0.1)', () => {
  it('refuses at once with 429 problem+json, a stable code and Retry-After, before reading the body; a connection that retries sooner waits', async () => {
    const holder = fetch(new URL('v1/summarize', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `http://localhost:${(site.address() as AddressInfo).port}/story`, budget: { sentences: 1 } }),
    });
    // bounded wait until the holder runs on the only worker
    for (let i = 0; i < 600; i++) {
      const models = (await (await fetch(new URL('v1/models', server.url))).json()) as { queue: { active: number } };
      if (models.queue.active === 1) break;
      await new Promise((r) => setTimeout(r, 50));
    }

    // headers and 10 bytes of a 100,000-byte body: the answer comes without the rest
    const partial = await open();
    partial.write(`${postHead(100_000)}{"text": "`);
    const refused = await nextAnswer(partial);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toBe('application/problem+json');
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['x-request-id']).toBeTruthy();
    expect(JSON.parse(refused.body)).toMatchObject({
      status: 429,
      code: 'QUEUE_FULL',
      title: 'Too Many Requests',
      instance: `urn:request:${refused.headers['x-request-id']}`,
    });
    // the same security and caching headers as any other answer of the app
    const health = await fetch(new URL('health', server.url));
    for (const name of [
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'cache-control',
      'permissions-policy',
    ]) {
      expect(refused.headers[name], name).toBe(health.headers.get(name));
    }
    partial.destroy();

    // a keep-alive client that ignores Retry-After: its next job request waits out the second
    // (/health, on another connection, does not)
    const body = JSON.stringify({ text: ARTICLE });
    const eager = await open();
    eager.write(postHead(Buffer.byteLength(body)) + body);
    expect((await nextAnswer(eager)).status).toBe(429);
    const sent = performance.now();
    eager.write(postHead(Buffer.byteLength(body)) + body);
    const retried = nextAnswer(eager).then((a) => ({ ...a, after: performance.now() - sent }));
    expect((await fetch(new URL('health', server.url))).status).toBe(200);
    const second = await retried;
    expect(second.status).toBe(429); // the queue is still full: admission ran again
    expect(second.after).toBeGreaterThanOrEqual(900); // not before the Retry-After second (a lower bound: load only adds)
    eager.destroy();

    answer();
    expect((await holder).status).toBe(200);
  });

  it('a chunked body (no Content-Length) over the limit is cut at the limit with 413, read from the Node request', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 6 MiB at most (the limit is 5 MiB): bounded even if the server read on
        if (sent >= 6 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(new URL('v1/summarize', server.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
