import { afterEach, describe, expect, it, vi } from 'vitest';
import { runServe } from './serve.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('vecsum serve', () => {
  it('handles SIGTERM sent the moment it says it is serving: the handler is in before the line, so it drains and returns 0', async () => {
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      const line = String(chunk);
      lines.push(line);
      // a supervisor that stops the server as soon as it reads the line: the signal's listeners run now, as a real signal's would
      if (line.includes('serving on')) process.emit('SIGTERM', 'SIGTERM');
      return write(chunk);
    });
    const code = await Promise.race([
      runServe(['--port', '0'], process.stdout),
      new Promise<string>((resolve) => setTimeout(() => resolve('still serving after 20 s'), 20_000)),
    ]);
    expect(code).toBe(0);
    expect(lines.join('')).toMatch(/serving on http:\/\/127\.0\.0\.1:\d+[\s\S]*draining/);
  }, 60_000);
});
