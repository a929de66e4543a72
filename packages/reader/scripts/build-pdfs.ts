/**
 * Builds the PDF corpus's sources into PDFs with real producers, each PDF beside its source:
 * `.tex` with pdfTeX (run twice, for references and page totals), `.ms` with groff's ms macros (gropdf),
 * `.html` with Chromium's printer (the page's first comment may hold page.pdf options as JSON:
 * `<!-- pdf: {"format":"Letter","displayHeaderFooter":true} -->`).
 *
 *   npx tsx --conditions=source packages/reader/scripts/build-pdfs.ts DIR [DIR...]
 *
 * Needs Debian's texlive-latex-base, texlive-latex-recommended, texlive-fonts-recommended, groff and chromium
 * (the committed PDFs are what the tests read: building is only for writing the corpus). Dates are pinned
 * (SOURCE_DATE_EPOCH) so a rebuild of the same source gives the same text.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write('usage: build-pdfs.ts DIR [DIR...]\n');
  process.exit(2);
}
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600', FORCE_SOURCE_DATE: '1' };

function buildTex(file: string): void {
  const work = mkdtempSync(join(tmpdir(), 'pdf-tex-'));
  try {
    copyFileSync(file, join(work, basename(file)));
    for (let run = 0; run < 2; run++)
      execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', basename(file)], { cwd: work, env, stdio: 'pipe' });
    copyFileSync(join(work, basename(file).replace(/\.tex$/, '.pdf')), file.replace(/\.tex$/, '.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function buildMs(file: string): void {
  const pdf = execFileSync('groff', ['-ms', '-Tpdf', '-k', '-t', file], { env, maxBuffer: 64 << 20 });
  writeFileSync(file.replace(/\.ms$/, '.pdf'), pdf);
}

type Browser = { newPage(): Promise<{ goto(u: string): Promise<unknown>; pdf(o: object): Promise<Buffer>; close(): Promise<void> }>; close(): Promise<void> };
let browser: Browser | undefined;
async function buildHtml(file: string): Promise<void> {
  if (browser === undefined) {
    const require = createRequire(resolve(import.meta.dirname, '../../../apps/demo/package.json'));
    const { chromium } = require('playwright-core') as { chromium: { launch(o: object): Promise<Browser> } };
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }
  const options = /^\s*(?:<!DOCTYPE[^>]*>\s*)?<!--\s*pdf:\s*(\{[\s\S]*?\})\s*-->/i.exec(readFileSync(file, 'utf8'))?.[1];
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(file).href);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, ...(options === undefined ? {} : (JSON.parse(options) as object)) });
    writeFileSync(file.replace(/\.html$/, '.pdf'), pdf);
  } finally {
    await page.close();
  }
}

let failed = 0;
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    const file = resolve(dir, name);
    try {
      if (name.endsWith('.tex')) buildTex(file);
      else if (name.endsWith('.ms')) buildMs(file);
      else if (name.endsWith('.html')) await buildHtml(file);
      else continue;
      process.stdout.write(`built ${join(dir, name)}\n`);
    } catch (error) {
      failed++;
      const out = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
      const tex = out.split('\n').filter((l) => l.startsWith('!') || /^l\.\d+/.test(l));
      process.stdout.write(`FAILED ${join(dir, name)}: ${tex.join(' | ') || String(error).slice(0, 400)}\n`);
    }
  }
}
await browser?.close();
process.exit(failed === 0 ? 0 : 1);
