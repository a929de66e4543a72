import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, EXAMPLE, startDemo, summarizeText, type Demo } from './support/demo.js';

// Layout at phone, tablet and desktop widths, in light and dark, with an axe-core audit of each.
// Screenshots go to test-artifacts/ for a person to look at; the assertions are about layout.
let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

const WIDTHS = [390, 768, 1280] as const;

/** Serious and critical axe violations, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Pairs of form controls whose boxes overlap. */
async function overlappingControls(page: Page): Promise<string[]> {
  return page.locator('.controls label').evaluateAll((els) => {
    const boxes = els.map((e) => ({ name: e.textContent?.trim().split('\n')[0] ?? '', r: e.getBoundingClientRect() }));
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1) out.push(`${a.name} / ${b.name}`);
      }),
    );
    return out;
  });
}

describe.each(WIDTHS)('the demo at %i px', (width) => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`lays out without overflow and passes axe (${scheme})`, async () => {
      const { page, close } = await demo.open({ viewport: { width, height: 900 }, colorScheme: scheme });
      // the empty state first: it must pass too
      expect(await seriousViolations(page)).toEqual([]);
      await summarizeText(page, EXAMPLE);
      await page.waitForSelector('.equations');
      const clicked = page.locator('.sentence:not(.picked)').nth(3);
      await clicked.click();
      await page.waitForSelector('#explain .verdict');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await overlappingControls(page)).toEqual([]);
      const textSize = await clicked.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(textSize).toBeGreaterThanOrEqual(16);
      // the explanation sits next to the sentence: beside the text from 1024 px, right under it below
      const panel = (await page.locator('#explain').boundingBox())!;
      const sentence = (await clicked.boundingBox())!;
      const text = (await page.locator('.summary-panel .doc').boundingBox())!;
      if (width >= 1024) expect(panel.x).toBeGreaterThanOrEqual(text.x + text.width);
      else expect(Math.abs(panel.y - (sentence.y + sentence.height))).toBeLessThan(200);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `demo-${width}-${scheme}.png`), fullPage: true });
      await close();
    });
  }
});
