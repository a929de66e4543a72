/**
 * What installing `@vecsum/summarizer` puts on disk, without a registry: the files each
 * vecsum package publishes (its package.json `files`: `dist` without build info, README,
 * LICENSE, and for embeddings the model pack), plus every production dependency's folder,
 * found as Node resolves it from the package and counted once.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface InstallSize {
  readonly bytes: number;
  /** name -> bytes, in the order counted. */
  readonly parts: Map<string, number>;
  readonly missing: string[];
}

function du(path: string, skip: (p: string) => boolean = () => false): number {
  if (!existsSync(path) || skip(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const e of readdirSync(path)) total += du(join(path, e), skip);
  return total;
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}

/** The folder of `name` as resolved from `fromDir`, or undefined. */
function packageDir(name: string, fromDir: string): string | undefined {
  const req = createRequire(join(fromDir, 'package.json'));
  try {
    return dirname(realpathSync(req.resolve(`${name}/package.json`)));
  } catch {
    // packages whose `exports` hide package.json: walk up from the main entry
    try {
      let dir = dirname(realpathSync(req.resolve(name)));
      while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest).name !== name)
        dir = dirname(dir);
      return dir;
    } catch {
      return undefined;
    }
  }
}

/**
 * @param roots vecsum package folders (published files counted), e.g. summarizer and embeddings
 * @param modelFile the pack the embeddings package ships in `model/` (counted when that folder is empty)
 */
export function installSize(roots: readonly string[], modelFile: string | undefined): InstallSize {
  const parts = new Map<string, number>();
  const missing: string[] = [];
  const seen = new Set<string>(roots.map((r) => realpathSync(r)));
  const queue: [string, string][] = [];
  for (const root of roots) {
    const m = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
    const noBuildInfo = (p: string): boolean => p.endsWith('.tsbuildinfo');
    let bytes = du(join(root, 'dist'), noBuildInfo) + du(join(root, 'README.md')) + du(join(root, 'LICENSE')) + du(join(root, 'package.json'));
    const model = du(join(root, 'model'));
    bytes += model;
    parts.set(m.name, bytes);
    if (m.name === '@vecsum/embeddings' && model === 0 && modelFile !== undefined) parts.set(`${m.name} model (${modelFile.split('/').pop()})`, du(modelFile));
    for (const dep of Object.keys(m.dependencies ?? {})) queue.push([dep, root]);
  }
  while (queue.length > 0) {
    const [name, from] = queue.shift()!;
    const dir = packageDir(name, from);
    if (dir === undefined) {
      missing.push(name);
      continue;
    }
    if (seen.has(dir)) continue;
    seen.add(dir);
    parts.set(
      name,
      du(dir, (p) => p.endsWith('/node_modules')),
    );
    const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    for (const dep of Object.keys(m.dependencies ?? {})) queue.push([dep, dir]);
  }
  return { bytes: [...parts.values()].reduce((a, b) => a + b, 0), parts, missing };
}
