import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PAGES } from '../test-support/pages.js';
import { isPrivateAddress } from './address-policy.js';
import { fetchDocument } from './fetch-document.js';

const page = TEST_PAGES[0]!;
let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    else if (path === '/to-loopback') res.writeHead(302, { location: `http://127.0.0.1:${port}/story` }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/big') res.writeHead(200, { 'content-type': 'text/plain' }).end('word '.repeat(50_000));
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end('late'), 3000);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('fetchDocument (local server on loopback)', () => {
  it('fetches and reads a page when private addresses are allowed', async () => {
    const doc = await fetchDocument(`${base}/story`, { allowPrivate: true, timeoutMs: 5000 });
    expect(doc).toMatchObject({ format: 'html', title: page.title, url: `${base}/story` });
    expect(doc.text).toContain(page.body[0]);
  });

  it('refuses loopback by default with URL_NOT_ALLOWED, before connecting', async () => {
    await expect(fetchDocument(`${base}/story`)).rejects.toMatchObject({
      code: 'URL_NOT_ALLOWED',
      message: expect.stringMatching(/127\.0\.0\.1.*; save the page/),
    });
  });

  it('re-checks every redirect: a hop to 127.0.0.1 is refused even when the first host was allowed', async () => {
    await expect(fetchDocument(`http://localhost:${port}/to-loopback`, { allowPrivate: ['localhost'], timeoutMs: 5000 })).rejects.toMatchObject({
      code: 'URL_NOT_ALLOWED',
    });
    await expect(
      fetchDocument(`http://localhost:${port}/to-loopback`, { allowPrivate: ['localhost'], allowHosts: ['localhost'], timeoutMs: 5000 }),
    ).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED', message: expect.stringMatching(/not on the list/) });
  });

  it('caps redirects, limits time and size, and names network failures', async () => {
    await expect(fetchDocument(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 })).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringMatching(/redirects more than 3 times/),
    });
    await expect(fetchDocument(`${base}/big`, { allowPrivate: true, maxBytes: 10_000 })).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    await expect(fetchDocument(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 })).rejects.toMatchObject({ code: 'FETCH_TIMEOUT' });
    await expect(fetchDocument(`${base}/missing`, { allowPrivate: true })).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringMatching(/answered 404/),
    });
    await expect(fetchDocument('http://127.0.0.1:1/', { allowPrivate: true })).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringMatching(/ECONNREFUSED/),
    });
    await expect(fetchDocument('ftp://example.org/a.txt')).rejects.toMatchObject({ code: 'INVALID_URL' });
    await expect(fetchDocument('not a url')).rejects.toMatchObject({ code: 'INVALID_URL' });
  });
});

describe('isPrivateAddress', () => {
  it('blocks private, loopback, link-local, CGNAT, unspecified and mapped addresses; passes public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ]) {
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });
});
