import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const isTest = (f: string) => /\.test\.ts$/.test(f) || f.includes('/test-support/');

/** Every runtime source file of a package (tests and test support left out). */
function sources(pkg: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !isTest(p)) out.push(p);
    }
  };
  walk(join(ROOT, 'packages', pkg, 'src'));
  return out;
}

/** Specifiers a module loads at run time: static imports and re-exports (not `import type`), and dynamic imports. */
function runtimeSpecifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) if (m[2] === undefined) found.push(m[3]!);
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** A workspace package's source file for a specifier (`@vecsum/x` or `@vecsum/x/sub`), through its `exports`. */
function resolveWorkspace(specifier: string): string | undefined {
  const m = /^@vecsum\/([^/]+)(\/.*)?$/.exec(specifier);
  if (m === null) return undefined;
  const dir = join(ROOT, 'packages', m[1]!);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, { source: string }> };
  const entry = manifest.exports[`.${m[2] ?? ''}`];
  return entry === undefined ? undefined : join(dir, entry.source);
}

function resolve(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const p = join(dirname(from), specifier).replace(/\.js$/, '.ts');
    return existsSync(p) ? p : existsSync(`${p}.ts`) ? `${p}.ts` : undefined;
  }
  return resolveWorkspace(specifier);
}

/** Every workspace file reachable at run time from `roots`, each with the file that first loaded it. */
function importGraph(roots: readonly string[]): Map<string, string | null> {
  const seen = new Map<string, string | null>(roots.map((r) => [r, null]));
  const queue = [...roots];
  for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
    for (const s of runtimeSpecifiers(f)) {
      const target = resolve(f, s);
      if (target !== undefined && !seen.has(target)) {
        seen.set(target, f);
        queue.push(target);
      }
    }
  }
  return seen;
}

const chain = (graph: Map<string, string | null>, file: string): string[] => {
  const out = [relative(ROOT, file)];
  for (let p = graph.get(file); p != null; p = graph.get(p)) out.unshift(relative(ROOT, p));
  return out;
};

describe('dependency rules', () => {
  it('the HTTP service and the analysis package never load @vecsum/eval (ROUGE, dataset readers) at run time', () => {
    for (const pkg of ['api', 'analysis']) {
      const roots = sources(pkg);
      expect(roots.length).toBeGreaterThan(5);
      const graph = importGraph(roots);
      // the walk crosses packages: it reaches the summarizer and the embeddings' math
      expect([...graph.keys()].some((f) => f.includes('/packages/embeddings/src/math/'))).toBe(true);
      const evalFiles = [...graph.keys()].filter((f) => f.includes('/packages/eval/'));
      expect(
        evalFiles.map((f) => chain(graph, f).join(' -> ')),
        `${pkg} loads @vecsum/eval`,
      ).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', pkg, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      expect(Object.keys(manifest.dependencies ?? {})).not.toContain('@vecsum/eval');
    }
  });

  it('the walk would see an eval import: the CLI, which wires ROUGE into the corpus report, reaches it', () => {
    const graph = importGraph([join(ROOT, 'packages', 'cli', 'src', 'commands', 'analyze.ts')]);
    expect([...graph.keys()].some((f) => f.endsWith('/packages/eval/src/oracle.ts'))).toBe(true);
  });
});
