import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRedis } from '../connection.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A redis-server of a test: loopback, random port, its own temp folder; can be killed, frozen and restarted. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** SIGKILL, then start again on the same port and folder (AOF files replay when `persist`). */
  restart(persist: boolean): Promise<void>;
  kill(): Promise<void>;
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

/** A random port for a test's server (another process may hold it: a first launch that exits at once tries another). */
const randomPort = (): number => 20_000 + Math.floor(Math.random() * 20_000);
const PORT_TRIES = 5;

export async function startRedis(persist: boolean): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'vecsum-redis-'));
  let port = randomPort();
  let url = `redis://127.0.0.1:${port}`;
  let proc: ChildProcess | undefined;
  /** Starts the server on `port`; false when it exited before answering (the port was taken). */
  const launchOnce = async (aof: boolean): Promise<boolean> => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', aof ? 'yes' : 'no', '--appendfsync', 'always'];
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    proc = child;
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null) return false;
      try {
        await checkRedis({ url }, 500);
        return true;
      } catch {
        await sleep(100);
      }
    }
    throw new Error('redis-server did not start (scripts/install-system-deps.sh installs it)');
  };
  const launch = async (aof: boolean) => {
    if (!(await launchOnce(aof))) throw new Error(`redis-server exited at once on port ${port} (is the port taken?)`);
  };
  const kill = async () => {
    const p = proc;
    if (p === undefined || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGCONT');
    p.kill('SIGKILL');
    await exited;
  };
  // the first launch may pick a port another process holds (two test runs on one machine): another port then
  for (let tries = 1; !(await launchOnce(persist)); tries++) {
    if (tries >= PORT_TRIES) throw new Error(`redis-server exited at once on ${PORT_TRIES} ports (scripts/install-system-deps.sh installs it)`);
    port = randomPort();
    url = `redis://127.0.0.1:${port}`;
  }
  return {
    url,
    port,
    dir,
    async restart(p) {
      await kill();
      if (!p) rmSync(join(dir, 'appendonlydir'), { recursive: true, force: true });
      await launch(p);
    },
    kill,
    freeze: () => proc?.kill('SIGSTOP'),
    thaw: () => proc?.kill('SIGCONT'),
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `done()` is true, polling every `every` ms, failing after `ms`. */
export async function until(done: () => Promise<boolean>, ms: number, what: string, every = 200): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(every);
  }
}
