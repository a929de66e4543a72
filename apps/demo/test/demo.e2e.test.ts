import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@vecsum/api';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// A real article from the dev data, read at test time (never copied into the repository).
/** A CNN/DM dev article from ../shared/data (research data beside the repository, never in git); its tests skip without it. */
const DEV = join(ROOT, '..', 'shared', 'data', 'cnndm-dev.jsonl');
const ARTICLE = existsSync(DEV) ? (JSON.parse(readFileSync(DEV, 'utf8').split('\n')[4] as string) as { documents: string[] }).documents.join('\n\n') : '';

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (ARTICLE === '') return; // the suite skips without ../shared/data
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
  server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: process.env['VECSUM_CACHE_DIR'] as string, demoDir: join(ROOT, 'apps', 'demo', 'dist'), log: false });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Needs ../shared/data: the first test loads a dev article into the page and the others build on that page.
describe.skipIf(ARTICLE === '')('the demo page in headless Chromium', () => {
  it('summarizes a pasted article, highlights the picked sentences and explains one', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#selector option', { state: 'attached' });
    await page.fill('#text', ARTICLE);
    await page.waitForSelector('.summary-panel .sentence.picked');
    const picked = await page.locator('.summary-panel .sentence.picked').count();
    expect(picked).toBe(3); // default budget: 3 sentences
    expect(await page.locator('.summary-list li').count()).toBe(3);
    // shading: sentences carry a --shade between 0 and 1
    const shades = await page.locator('.sentence').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).style.getPropertyValue('--shade'))));
    expect(Math.max(...shades)).toBe(1);
    expect(Math.min(...shades)).toBe(0);
    await page.locator('.sentence.picked').first().click();
    await expect.poll(() => page.locator('#explain .verdict').textContent()).toMatch(/^picked/);
    // the default on one document is the learned model: its four strongest factors, in words
    expect(await page.locator('#explain .bars figcaption').textContent()).toBe('What moved the learned score (log-odds)');
    expect(await page.locator('#explain .bars .bar-row').count()).toBe(4);
    expect(await page.locator('#explain .bars .bar-label').allTextContents()).not.toContain('');
    await page.locator('.sentence:not(.picked)').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#explain .verdict').textContent()).not.toMatch(/^picked/);
    expect(await page.locator('.trace-chart .trace-point').count()).toBeGreaterThan(0);
    expect(await page.locator('.bars .bar-row').count()).toBeGreaterThan(0);
    // word equations of the document and of the gap, from /v1/analyze
    await page.waitForSelector('.equations figure');
    expect(await page.locator('.equations figure').count()).toBe(2);
    expect(await page.locator('.equations .bar-row').count()).toBeGreaterThan(4);
    await page.screenshot({ path: join(ARTIFACTS, 'demo-summary.png'), fullPage: true });
  });

  it('compares two selectors side by side and updates live when the budget changes', async () => {
    await page.selectOption('#compare', 'lead');
    await expect.poll(() => page.locator('.summary-panel').count()).toBe(2);
    await page.fill('#budget-value', '2');
    await expect.poll(() => page.locator('.summary-panel').first().locator('.summary-list li').count()).toBe(2);
    await page.selectOption('#compare', '');
  });

  it('shows errors in plain words', async () => {
    await page.fill('#text', '');
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/no text/i);
    await page.fill('#text', ARTICLE);
    await page.fill('#budget-value', '0');
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/budget/i);
    await page.fill('#budget-value', '3');
    await expect.poll(() => page.locator('#error').isHidden()).toBe(true);
  });

  it('sets a pasted headline apart as a title line, never picked', async () => {
    const titled = readFileSync(join(ROOT, 'examples', 'river-restoration.txt'), 'utf8');
    await page.fill('#text', titled);
    await expect.poll(() => page.locator('.summary-panel .doc p.title').textContent()).toBe('City Council Votes to Restore the Millbrook River ');
    expect(await page.locator('.summary-panel .doc p.title .sentence.picked').count()).toBe(0);
    expect(await page.locator('.summary-list li').allTextContents()).not.toContain('City Council Votes to Restore the Millbrook River');
    await page.locator('.summary-panel .doc p.title .sentence').click();
    await expect.poll(() => page.locator('#explain .verdict').textContent()).toBe('skipped: heading');
  });

  it('reads pasted HTML as a web page: article text only, its headline a heading', async () => {
    const story = readFileSync(join(ROOT, 'examples', 'river-restoration.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const html = `<!doctype html><html><body><nav>Home | Weather | Sport</nav><article><h1>${story[0]}</h1>${story.slice(1).map((p) => `<p>${p}</p>`).join('')}</article><footer>Copyright 2026</footer></body></html>`;
    await page.fill('#text', html);
    await expect.poll(() => page.locator('.summary-panel .doc p.title').first().textContent()).toBe(`${story[0]} `);
    const shown = (await page.locator('.summary-panel .doc').first().textContent()) ?? '';
    expect(shown).not.toMatch(/<|Home \| Weather|Copyright/);
    expect(await page.locator('.summary-list li').count()).toBe(3);
  });

  it('is readable on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('.summary-panel');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(ARTIFACTS, 'demo-phone.png'), fullPage: true });
  });
});
