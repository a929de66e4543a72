import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdmissionGate } from './admission-gate.js';
import { isJobRequest } from './dispatch.js';

// Requests on fake sockets: the gate only reads the method, the URL and the socket.
const socket = () => ({ destroyed: false }) as Socket;
const req = (s: Socket, method: string, url: string) => ({ method, url, socket: s }) as IncomingMessage;
const res = {} as ServerResponse;

describe('the admission gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses job requests while the queue is full and holds that connection for Retry-After; other routes and connections pass', () => {
    let full = true;
    const refused: string[] = [];
    const served: string[] = [];
    const gate = createAdmissionGate({ isJob: isJobRequest, full: () => full, retryAfterS: 1, refuse: (r) => void refused.push(r.url ?? '') });
    const listener = gate.wrap((r) => void served.push(r.url ?? ''));
    const a = socket();
    listener(req(a, 'POST', '/v1/summarize?sentences=2'), res);
    expect(refused).toEqual(['/v1/summarize?sentences=2']);
    // the same connection, at once: held, not refused again yet; /health and GETs pass
    listener(req(a, 'POST', '/v1/embed'), res);
    listener(req(a, 'GET', '/health'), res);
    listener(req(a, 'GET', '/v1/summarize'), res);
    expect(refused).toHaveLength(1);
    expect(served).toEqual(['/health', '/v1/summarize']);
    // another connection is refused at once, not held
    listener(req(socket(), 'POST', '/v1/analyze'), res);
    expect(refused).toHaveLength(2);
    // after the second, the held request meets admission again: now there is room
    full = false;
    vi.advanceTimersByTime(999);
    expect(served).toEqual(['/health', '/v1/summarize']);
    vi.advanceTimersByTime(1);
    expect(served).toEqual(['/health', '/v1/summarize', '/v1/embed']);
  });

  it('without a fast refusal the app answers, and a connection it refused is held the same way', () => {
    const served: string[] = [];
    const gate = createAdmissionGate({ isJob: isJobRequest, full: () => true, retryAfterS: 1 });
    const listener = gate.wrap((r) => void served.push(r.url ?? ''));
    const a = socket();
    listener(req(a, 'POST', '/v1/summarize'), res);
    expect(served).toEqual(['/v1/summarize']); // the app saw it (and answers 429 itself)
    gate.refused(a);
    listener(req(a, 'POST', '/v1/summarize'), res);
    expect(served).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(served).toHaveLength(2);
  });

  it('drops a held request whose client closed the connection', () => {
    const served: string[] = [];
    const gate = createAdmissionGate({ isJob: isJobRequest, full: () => false, retryAfterS: 1 });
    const listener = gate.wrap((r) => void served.push(r.url ?? ''));
    const a = { destroyed: false };
    gate.refused(a as Socket);
    listener(req(a as Socket, 'POST', '/v1/summarize'), res);
    a.destroyed = true;
    vi.advanceTimersByTime(1000);
    expect(served).toEqual([]);
  });
});
