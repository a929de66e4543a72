import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./serve-child.ts', import.meta.url));

export interface ChildServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** Everything the child wrote to stdout so far. */
  output(): string;
}

/** Starts test-support/serve-child.ts in a child process with extra environment; resolves once it listens (bounded by `startMs`). */
export async function startChildServer(env: Record<string, string>, startMs = 60_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', SCRIPT], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child server did not start in ${startMs} ms: ${err}`)), startMs);
    const check = () => {
      const m = /READY (\S+)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => reject(new Error(`child server exited (${code}) before listening: ${err}`)));
  });
  return { url, child, exited, output: () => out };
}
