import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '@vecsum/summarizer';
import { TEST_PAGES } from '../../../packages/reader/src/test-support/pages.js';
import { defaultCacheDir } from '@vecsum/embeddings';
import { BROWSER_PACK_FILE, browserPackPath } from '../scripts/browser-pack.js';
import { EXAMPLE, ROOT, startDemo, type Demo } from './support/demo.js';

// "Runs on your device" (issue 17): @vecsum/summarizer in a Web Worker with the small int8 pack
// the demo build puts in dist/models/, and no server. The server here runs the same pack, so
// both must give the same sentences and the same picks for the same text and options.
const PACK = browserPackPath(defaultCacheDir());
/** A line the reader doubts on a news page: it reads like the page's furniture. */
const NOTE = "Additional reporting by the paper's environment desk.";
let demo: Demo;
beforeAll(async () => {
  demo = await startDemo({ packPath: PACK });
});
afterAll(async () => {
  await demo?.close();
});

/** The sentences and picks the page shows (first panel). */
async function shown(page: Page): Promise<{ texts: string[]; picked: number[] }> {
  const panel = page.locator('.summary-panel').first();
  const texts = await panel.locator('.doc .sentence-text').allTextContents();
  const picked = await panel.locator('.doc .sentence.picked').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['index'])));
  return { texts, picked };
}

/** What the page should show for the server's summary. */
const expected = (s: Summary) => ({ texts: s.sentences.map((x) => x.text), picked: [...s.picked].sort((a, b) => a - b) });

/** Fills the text and waits until the page shows a summary different from `before` (or the first one). */
async function summarizeOnDevice(page: Page, text: string, before: string | null = null): Promise<void> {
  await page.fill('#text', text);
  await page.waitForFunction((prev) => {
    const doc = document.querySelector('.summary-panel .doc');
    return doc !== null && document.querySelector('.summary-panel .sentence.picked') !== null && doc.textContent !== prev;
  }, before);
}

describe('the on-device summarizer (Web Worker, small pack, no server)', () => {
  it('the build ships the same small pack the server loads here', () => {
    const built = readFileSync(join(ROOT, 'apps', 'demo', 'dist', 'models', BROWSER_PACK_FILE));
    expect(built.byteLength).toBeGreaterThan(1_000_000);
    expect(built.byteLength).toBeLessThan(8_000_000);
    expect(built.equals(readFileSync(PACK))).toBe(true);
  });

  it('picks the same sentences as the server for the same text, model and options, and asks the server nothing', async () => {
    const { page, close } = await demo.open();
    await page.selectOption('#mode', 'device');
    const asked: string[] = [];
    // from here on the server is gone: every API call fails
    await page.route('**/v1/**', (route) => {
      asked.push(new URL(route.request().url()).pathname);
      return route.abort();
    });
    const base = { order: 'document', factor: 3 };

    await summarizeOnDevice(page, EXAMPLE);
    const auto = await demo.summary({ text: EXAMPLE, budget: { sentences: 3 }, selector: 'auto', ...base });
    expect(auto.sentences.length).toBeGreaterThan(20);
    expect(await shown(page)).toEqual(expected(auto));
    expect(await page.locator('#error').isHidden()).toBe(true);

    // another selector, budget and a query
    await page.selectOption('#selector', 'mmr');
    await page.selectOption('#budget-kind', 'words');
    await page.fill('#query', 'flooding wetlands');
    await expect.poll(async () => (await page.locator('.summary-panel').first().getAttribute('data-selector')) ?? '', { timeout: 10_000 }).toBe('mmr');
    await expect.poll(() => page.locator('.summary-list li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const mmr = await demo.summary({ text: EXAMPLE, budget: { words: 60 }, selector: 'mmr', query: 'flooding wetlands', ...base });
    await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(mmr));
    expect(asked).toEqual([]);
    await close();
  });

  it('reads a pasted web page by the reader’s rules (DOMParser on the page) and picks what the server picks', async () => {
    const { page, close } = await demo.open();
    await page.selectOption('#mode', 'device');
    // the third: a page with a line the reader doubts (NOTE), which neither picks
    const noted = TEST_PAGES.find((p) => p.name === 'news-tabloid-byline')!.html.replace('</h1>', `</h1><p>${NOTE}</p>`);
    for (const name of ['news-tabloid-byline', 'forum-q-and-a', 'noted']) {
      const html = name === 'noted' ? noted : TEST_PAGES.find((p) => p.name === name)!.html;
      const before = await page.evaluate(() => document.querySelector('.summary-panel .doc')?.textContent ?? null);
      await summarizeOnDevice(page, html, before);
      const server = await demo.summary({ text: html, format: 'html', budget: { sentences: 3 }, selector: 'auto', order: 'document', factor: 3 });
      expect({ name, ...(await shown(page)) }).toEqual({ name, ...expected(server) });
      expect(server.text).not.toContain('Additional reporting');
    }
    await close();
  });

  it('says in words, as the server does, when the text is in a language the model does not cover', async () => {
    const { page, close } = await demo.open();
    await page.selectOption('#mode', 'device');
    const german =
      'Der Stadtrat eröffnet die neue Brücke im nächsten Monat, zwei Jahre zu spät. Fehlender ' +
      'Stahl und eine neue Planung der Rampen haben die Kosten erhöht. ' +
      'Radfahrer bekommen eine eigene Spur auf der Ostseite. Die alte Fähre fährt bis zum Eröffnungstag weiter.';
    await summarizeOnDevice(page, german);
    await expect
      .poll(() => page.locator('.summary-panel .notice').allTextContents(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/looks like German.*--model DIR/));
    await summarizeOnDevice(page, EXAMPLE, await page.locator('.summary-panel .doc').textContent());
    expect((await page.locator('.summary-panel .notice').allTextContents()).join(' ')).not.toMatch(/looks like/);
    await close();
  });

  it('refuses a page with no article in a plain sentence, as the server does', async () => {
    const { page, close } = await demo.open();
    await page.selectOption('#mode', 'device');
    await page.fill('#text', '<div><script>var a = 1;</script><nav>Home | News</nav></div>');
    await expect.poll(() => page.locator('#error').textContent(), { timeout: 10_000 }).toMatch(/^No text to summarize was found in this input\./);
    expect(await page.locator('#error').textContent()).not.toMatch(/\b[A-Z]{2,}(?:_[A-Z]+)+\b/);
    await close();
  });
});
