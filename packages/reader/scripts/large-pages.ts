/**
 * The reader on large and hostile HTML (packages/reader/README.md, "Large pages"): generates
 * the pages, then reads each with `readDocument(bytes)` in a fresh process, printing wall time,
 * peak RSS and the outcome (the text read, or the refusal's code):
 *
 *   npx tsx --conditions=source packages/reader/scripts/large-pages.ts [--only NAME,...] [--timeout S]
 *
 * Each page runs under a time cap (default 60 s; a page over it reads "killed").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isReaderError, readDocument } from '../src/index.js';
import { TEST_PAGES } from '../src/test-support/pages.js';

const MB = 1024 * 1024;
const SENTENCE = 'The river authority said the flood defences held overnight, while residents were told to stay away. ';
const fill = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));
const wrap = (body: string): string => `<!doctype html><html lang="en"><head><title>Big page</title></head><body>${body}</body></html>`;
const article = (body: string): string => wrap(`<article><h1>Title</h1>${body}</article>`);
const paragraphs = (n: number, repeat: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}. ${SENTENCE.repeat(repeat)}</p>`).join('\n');

/** A test page's article paragraphs repeated inside its article to about `bytes`. */
function repeatedTestPage(bytes: number): string {
  const real = TEST_PAGES.find((p) => p.name === 'news-tabloid-byline');
  if (real === undefined) throw new Error('the tabloid test page is missing');
  const paras = real.body.map((t) => `<p>${t}</p>`).join('\n');
  const at = real.html.lastIndexOf('</article>');
  return real.html.slice(0, at) + paras.repeat(Math.ceil(bytes / paras.length)) + real.html.slice(at);
}

/** The generated pages, by name. */
const PAGES: Readonly<Record<string, () => string>> = {
  'amp-300-p': () => wrap(Array.from({ length: 300 }, () => `<p>${fill('&amp;', 10 * 1024)}</p>`).join('\n')),
  'amp-one-p': () => wrap(`<p>${fill('&amp; ', 3 * MB)}</p>`),
  'one-p-5mb': () => article(`<p>${fill(SENTENCE, 5 * MB)}</p>`),
  'p-20k': () => article(paragraphs(20_000, 1)),
  'deep-250-86kb': () => wrap(`${'<div>'.repeat(250)}${paragraphs(400, 2)}${'</div>'.repeat(250)}`),
  'deep-250-690kb': () => wrap(`${'<div>'.repeat(250)}${paragraphs(3200, 2)}${'</div>'.repeat(250)}`),
  'div-nested-50k': () => wrap(`${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}`),
  'li-links-100k': () => wrap(`<ul>${Array.from({ length: 100_000 }, (_, i) => `<li><a href="/p/${i}">Link ${i}</a></li>`).join('')}</ul>`),
  'script-5mb': () => wrap(`<script>${fill('var a = "x < y && z > 1"; ', 5 * MB)}</script>${article(paragraphs(10, 3))}`),
  'style-5mb': () => wrap(`<style>${fill('.a > .b { color: red } ', 5 * MB)}</style>${article(paragraphs(10, 3))}`),
  'pre-10mb': () => wrap(`<pre>${fill(`${SENTENCE}\n`, 10 * MB)}</pre>`),
  'test-page-1mb': () => repeatedTestPage(MB),
};

/** Reads one file in this process and prints {ms, outcome, rssMB} as JSON. */
async function readOne(file: string): Promise<void> {
  const bytes = readFileSync(file);
  const t = performance.now();
  let outcome: string;
  try {
    const doc = await readDocument(bytes, { fileName: file });
    outcome = `read ${doc.text.length} characters${doc.warnings.length > 0 ? ` (${doc.warnings.map((w) => w.code).join(', ')})` : ''}`;
  } catch (e) {
    if (!isReaderError(e)) throw e;
    outcome = e.code;
  }
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ ms, outcome, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: { one: { type: 'string' }, only: { type: 'string' }, timeout: { type: 'string', default: '60' } } });
  if (v.one !== undefined) return readOne(v.one);
  const names = v.only?.split(',') ?? Object.keys(PAGES);
  const dir = mkdtempSync(join(tmpdir(), 'vecsum-large-pages-'));
  const self = fileURLToPath(import.meta.url);
  process.stdout.write('| page (generated) | size | time | peak RSS | outcome |\n|---|---:|---:|---:|---|\n');
  try {
    for (const name of names) {
      const make = PAGES[name];
      if (make === undefined) throw new Error(`unknown page ${name}; known: ${Object.keys(PAGES).join(', ')}`);
      const html = make();
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      const run = spawnSync(process.execPath, [...process.execArgv, self, '--one', file], { encoding: 'utf8', timeout: Number(v.timeout) * 1000 });
      const size = `${(Buffer.byteLength(html) / MB).toFixed(1)} MB`;
      const got = run.status === 0 ? (JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; outcome: string; rssMB: number }) : undefined;
      const row =
        got === undefined
          ? ['killed or failed', '', run.stderr.trim().split('\n').pop() ?? '']
          : [`${(got.ms / 1000).toFixed(2)} s`, `${got.rssMB.toFixed(0)} MB`, got.outcome];
      process.stdout.write(`| ${name} | ${size} | ${row.join(' | ')} |\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
