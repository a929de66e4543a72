import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['embeddings', 'summarizer', 'reader', 'eval', 'analysis', 'api', 'batch', 'cli'];
const pnpm = (args: string[], cwd: string) => execFileSync('npx', ['-y', 'pnpm@12.4.2', ...args], { cwd, stdio: 'pipe', encoding: 'utf8' });

describe('publishable packages', () => {
  it('pack with pnpm from a clean clone (prepack builds), install with npm into a fresh project, and run the README examples', () => {
    // a clean tree: a clone of the last commit, installed without scripts, so no dist exists
    // until each package's prepack builds it
    const clone = join(mkdtempSync(join(tmpdir(), 'vecsum-pack-clone-')), 'vecsum');
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    pnpm(['install', '--frozen-lockfile', '--ignore-scripts'], clone);
    expect(existsSync(join(clone, 'packages', 'embeddings', 'dist'))).toBe(false);
    const packs = mkdtempSync(join(tmpdir(), 'vecsum-packs-'));
    for (const p of PACKAGES) pnpm(['pack', '--pack-destination', packs], join(clone, 'packages', p));
    const tarballs = readdirSync(packs)
      .filter((f) => f.endsWith('.tgz'))
      .map((f) => join(packs, f));
    expect(tarballs).toHaveLength(PACKAGES.length);
    for (const t of tarballs) {
      const files = execFileSync('tar', ['tzf', t], { encoding: 'utf8' });
      expect(files).toMatch(/package\/dist\/index\.js/);
      expect(files).toMatch(/package\/README\.md/);
      expect(files).toMatch(/package\/LICENSE/);
      expect(files).not.toMatch(/\.test\.(js|ts)/);
      expect(files).not.toMatch(/package\/src\//);
      expect(files).not.toMatch(/tsbuildinfo/);
    }
    const app = mkdtempSync(join(tmpdir(), 'vecsum-consumer-'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: app, stdio: 'pipe' });
    const cacheDir = defaultCacheDir();
    cpSync(join(ROOT, 'examples', 'river-restoration.txt'), join(app, 'article.txt'));
    // the CLI README example
    const cli = execFileSync(
      join(app, 'node_modules', '.bin', 'vecsum'),
      ['summarize', 'article.txt', '--sentences', '2', '--format', 'json', '--cache-dir', cacheDir],
      { cwd: app, encoding: 'utf8' },
    );
    const summary = JSON.parse(cli) as { text: string; sentences: { picked: boolean }[] };
    expect(summary.text.split('\n')).toHaveLength(2);
    // the library README example (@vecsum/summarizer)
    writeFileSync(
      join(app, 'example.mjs'),
      `import { createWordVectorEmbedder, loadGloveVectors } from '@vecsum/embeddings';
import { summarize } from '@vecsum/summarizer';
import { readFileSync } from 'node:fs';
const embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: process.env.VECSUM_CACHE_DIR }), { function: 'arora' });
const summary = await summarize(readFileSync('article.txt', 'utf8'), embedder, { budget: { sentences: 3 } });
for (const s of summary.sentences) if (s.picked) console.error(s.explanation);
console.log(JSON.stringify({ lines: summary.text.split('\\n').length, picked: summary.picked.length, reasons:` +
        ` summary.sentences.filter((s) => s.picked).map((s) => s.reason), plan: summary.meta.plan?.kind }));
`,
    );
    const lib = JSON.parse(execFileSync('node', ['example.mjs'], { cwd: app, encoding: 'utf8', env: { ...process.env, VECSUM_CACHE_DIR: cacheDir } })) as {
      lines: number;
      picked: number;
      reasons: string[];
      plan: string;
    };
    expect(lib.lines).toBe(3);
    expect(lib.picked).toBe(3);
    expect(lib.reasons).toEqual(['scored', 'scored', 'scored']);
    expect(lib.plan).toBe('lead');
  }, 600_000);
});
