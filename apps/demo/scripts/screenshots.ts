/**
 * Regenerates docs/demo*.png from the bundled example article (our own text, never the
 * licensed dev data): `pnpm --filter @vecsum/demo screenshots` after `pnpm build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '@vecsum/api';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const article = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8');
const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: process.env['VECSUM_CACHE_DIR'] ?? join(root, '.vecsum-cache'), demoDir: join(root, 'apps', 'demo', 'dist'), log: false });
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url);
await page.waitForSelector('#selector option', { state: 'attached' });
await page.fill('#text', article);
await page.waitForSelector('.sentence.picked');
await page.locator('.sentence:not(.picked)').nth(3).click();
await page.waitForTimeout(300);
await page.screenshot({ path: join(root, 'docs', 'demo.png'), fullPage: true });
await page.selectOption('#selector', 'greedy');
await page.selectOption('#compare', 'lead');
await page.waitForFunction(() => document.querySelectorAll('.summary-panel').length === 2);
await page.waitForTimeout(300);
await page.screenshot({ path: join(root, 'docs', 'demo-compare.png'), fullPage: true });
await page.setViewportSize({ width: 390, height: 844 });
await page.selectOption('#compare', '');
await page.waitForTimeout(500);
await page.screenshot({ path: join(root, 'docs', 'demo-phone.png'), fullPage: false });
await browser.close();
await server.close();
console.log('wrote docs/demo.png, docs/demo-compare.png, docs/demo-phone.png');
