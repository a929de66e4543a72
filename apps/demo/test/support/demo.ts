import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startServer } from '@vecsum/api';
import type { Summary } from '@vecsum/summarizer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { defaultCacheDir } from '@vecsum/embeddings';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Our own example article (examples/), never the licensed dev data. */
export const EXAMPLE = readFileSync(join(ROOT, 'examples', 'river-restoration.txt'), 'utf8');

export interface Demo {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context and page (its own storage, viewport and colour scheme): no state from other tests. */
  open(options?: BrowserContextOptions): Promise<OpenPage>;
  /** The summary the API gives for a request, read directly (what the page should show). */
  summary(body: Record<string, unknown>): Promise<Summary>;
  close(): Promise<void>;
}

export interface OpenPage {
  readonly page: Page;
  /** Every response the page received with status >= 400, as "404 /favicon.ico". */
  readonly failures: string[];
  close(): Promise<void>;
}

/** The API server serving the built demo (its default model from `packPath` when given), and one headless Chromium. */
export async function startDemo(options: { packPath?: string } = {}): Promise<Demo> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: .ci/run installs Debian's chromium package`);
  const demoDir = join(ROOT, 'apps', 'demo', 'dist');
  if (!existsSync(join(demoDir, 'index.html'))) throw new Error('apps/demo/dist is missing: run `pnpm --filter @vecsum/demo build` first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), demoDir, log: false, ...options });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const url = server.url.replace(/\/$/, '');
  return {
    url,
    browser,
    async open(options = {}) {
      // reduced motion: scrolling is instant, so positions measured after a click are final
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce', ...options });
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failures.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      await page.goto(`${url}/`);
      await page.waitForSelector('#selector option', { state: 'attached' });
      return { page, failures, close: () => context.close() };
    },
    async summary(body) {
      const res = await fetch(`${url}/v1/summarize`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ explain: true, ...body }),
      });
      if (!res.ok) throw new Error(`summarize answered ${res.status}`);
      const json = (await res.json()) as Summary | { summary: Summary };
      return 'summary' in json ? json.summary : json;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Pastes a text and waits for its summary (the picked sentences in the text). */
export async function summarizeText(page: Page, text: string): Promise<void> {
  await page.fill('#text', text);
  await page.waitForSelector('.summary-panel .sentence.picked');
}

/** The `--shade` of every sentence of the first panel, by 0-based index. */
export async function shadesOnPage(page: Page): Promise<number[]> {
  return page
    .locator('.summary-panel')
    .first()
    .locator('.sentence')
    .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).style.getPropertyValue('--shade'))));
}

/** A raw error or warning code (e.g. NO_VECTORS): never shown to a person alone. */
export const RAW_CODE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;
