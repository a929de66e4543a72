import { Worker, type WorkerOptions } from 'node:worker_threads';

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * Starts the worker module `name` of this package (`./name.ts` from the sources, `./name.js`
 * built). From TypeScript sources (tests, `pnpm vecsum`) the worker registers tsx first, then
 * imports the .ts entry; built JavaScript runs directly.
 */
export function startWorker(name: string, options: WorkerOptions): Worker {
  const url = new URL(`./${name}${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);
  if (!FROM_SOURCE) return new Worker(url, options);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true, execArgv: ['--conditions=source'] });
}
