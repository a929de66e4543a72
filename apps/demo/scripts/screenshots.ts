/**
 * Regenerates docs/demo*.png from the bundled example article (our own text, never the
 * licensed dev data): `pnpm --filter @vecsum/demo screenshots` after `pnpm --filter @vecsum/demo build`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '@vecsum/api';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.js';
import { defaultCacheDir } from '@vecsum/embeddings';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const server = await startServer({ port: 0, host: '127.0.0.1', cacheDir: defaultCacheDir(), demoDir: join(root, 'apps', 'demo', 'dist'), log: false });
const profile = mkdtempSync(join(tmpdir(), 'vecsum-shots-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  viewport: { width: 1280, height: 900 },
  colorScheme: 'light',
});
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#selector option', { state: 'attached' });
  await page.getByRole('button', { name: 'Try an example article' }).click();
  await page.waitForSelector('.sentence.picked');
  await page.waitForSelector('.equations');
  await page.locator('.sentence:not(.picked)').nth(3).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(root, 'docs', 'demo.png'), fullPage: true });
  await page.selectOption('#selector', 'greedy');
  await page.selectOption('#compare', 'lead');
  await page.waitForFunction(() => document.querySelectorAll('.summary-panel').length === 2);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(root, 'docs', 'demo-compare.png'), fullPage: true });
  await page.selectOption('#compare', '');
  await page.selectOption('#selector', 'auto');
  await page.waitForFunction(() => document.querySelectorAll('.summary-panel').length === 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.locator('.sentence:not(.picked)').nth(2).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(root, 'docs', 'demo-phone.png'), fullPage: false });
} finally {
  await browser.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log('wrote docs/demo.png, docs/demo-compare.png, docs/demo-phone.png');
