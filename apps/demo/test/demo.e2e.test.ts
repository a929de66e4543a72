import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, EXAMPLE, shadesOnPage, startDemo, summarizeText, type Demo, RAW_CODE } from './support/demo.js';

// Every test opens its own browser context and page: no test depends on another's state or order.
let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

describe('the demo page in headless Chromium', () => {
  it('summarizes a pasted article, marks the picked sentences and explains one in words, numbered from 1', async () => {
    const { page, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    expect(await page.locator('.summary-panel .sentence.picked').count()).toBe(3); // default budget: 3 sentences
    expect(await page.locator('.summary-list li').count()).toBe(3);
    const picked = page.locator('.sentence.picked').first();
    const index = Number(await picked.getAttribute('data-index'));
    await picked.click();
    await expect.poll(() => page.locator('#explain h2').textContent()).toBe(`Why sentence ${index + 1}?`);
    // the summary's own explanation: the pick order, what decided, and the terms of the score
    expect(await page.locator('#explain .verdict').textContent()).toMatch(
      /^Picked \d(st|nd|rd|th)(, mostly for [a-z' ]+)?: score -?\d+\.\d\d = .+ [+-]\d+\.\d\d\.$/,
    );
    // each number is named for what it is: no bare "rank"
    const names = await page.locator('#explain .numbers th').allTextContents();
    expect(names).toContain('Rank by score');
    expect(names).toContain('Rank by closeness');
    expect(names).not.toContain('rank');
    // the default's score terms, in words (the lead plan on this article: position alone)
    expect(await page.locator('#explain .bars figcaption').textContent()).toBe('What moved its score');
    expect(await page.locator('#explain .bars .bar-row').count()).toBeGreaterThanOrEqual(1);
    // not picked: why, in words, with the numbers that decided it
    await page.locator('.sentence:not(.picked)').nth(4).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#explain .verdict').textContent())
      .toMatch(/^Not picked: scored -?\d+\.\d\d \(.+\), below the last pick \(-?\d+\.\d\d\)\.$/);
    // one numbering convention everywhere a person reads: 1-based "sentence N", never "#N"
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/#\d/);
    expect(body).not.toMatch(/[Ss]entence 0\b/);
    const tips = await page.locator('.trace-chart title').allTextContents();
    expect(tips[0]).toMatch(/^Pick 1: sentence [1-9]\d*, closeness \d\.\d{3}$/);
    await page.screenshot({ path: join(ARTIFACTS, 'demo-summary.png'), fullPage: true });
    await close();
  });

  it('marks the explained sentence in the text, and moves the mark with the next click', async () => {
    const { page, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    const a = page.locator('.sentence').nth(6);
    const b = page.locator('.sentence').nth(9);
    await a.click();
    await expect.poll(() => page.locator('.sentence.is-current').count()).toBe(1);
    expect(await a.getAttribute('aria-expanded')).toBe('true');
    expect(await a.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('double');
    await b.click();
    expect(await page.locator('.sentence.is-current').getAttribute('data-index')).toBe(await b.getAttribute('data-index'));
    expect(await a.getAttribute('aria-expanded')).toBe('false');
    // Escape closes it and gives focus back to the sentence
    await page.locator('#explain .close').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.sentence.is-current').count()).toBe(0);
    expect(await b.evaluate((e) => e === document.activeElement)).toBe(true);
    await close();
  });

  it('clears the "Why?" panel on every new result, and hides the old summary on an error', async () => {
    const { page, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    await page.locator('.sentence').nth(5).click();
    await expect.poll(() => page.locator('#explain h2').textContent()).toBe('Why sentence 6?');
    // a new text: the panel no longer explains a sentence of the old one
    await page.fill('#text', EXAMPLE.split('\n\n').slice(0, 4).join('\n\n'));
    await expect.poll(() => page.locator('#explain h2').textContent()).toBe('Why?');
    expect(await page.locator('.sentence.is-current').count()).toBe(0);
    await page.locator('.sentence').nth(2).click();
    await expect.poll(() => page.locator('#explain h2').textContent()).toBe('Why sentence 3?');
    // an error: the message in words, no old summary, no old explanation
    await page.fill('#budget-value', '0');
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/budget must be a positive number/i);
    expect(await page.locator('.summary-panel').count()).toBe(0);
    expect(await page.locator('#explain h2').textContent()).toBe('Why?');
    expect(await page.locator('#legend').isHidden()).toBe(true);
    await page.fill('#budget-value', '3');
    await expect.poll(() => page.locator('#error').isHidden()).toBe(true);
    expect(await page.locator('.summary-panel').count()).toBe(1);
    await close();
  });

  it('on a phone, opens the explanation right under the clicked sentence, on screen', async () => {
    const { page, close } = await demo.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await summarizeText(page, EXAMPLE);
    const sentence = page.locator('.sentence').nth(20);
    await sentence.click();
    await expect.poll(() => page.locator('#explain.inline').count()).toBe(1);
    const [s, panel] = await sentence.evaluate(
      (e) => [e.getBoundingClientRect().toJSON(), document.getElementById('explain')!.getBoundingClientRect().toJSON()] as DOMRect[],
    );
    expect(s!.y).toBeGreaterThanOrEqual(0); // the sentence is on screen...
    expect(panel!.y).toBeGreaterThan(s!.y); // ...with its explanation under it...
    expect(panel!.y - (s!.y + s!.height)).toBeLessThan(300); // ...close by, not at the foot of the page
    expect(panel!.y).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await close();
  });

  it('compares two selectors across the full width and updates live when the budget changes', async () => {
    const { page, close } = await demo.open({ viewport: { width: 1280, height: 900 } });
    await summarizeText(page, EXAMPLE);
    await page.selectOption('#compare', 'lead');
    await expect.poll(() => page.locator('.summary-panel').count()).toBe(2);
    const main = (await page.locator('main').boundingBox())!;
    // both panels measured in one call, once no request is in flight: two separate queries could
    // measure an old panel and its replacement (they were 40 px apart on a loaded CI machine)
    const boxes = () =>
      page.evaluate(() => ({
        busy: document.querySelector('.results[aria-busy="true"]') !== null,
        rects: [...document.querySelectorAll('.summary-panel')].map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      }));
    let settled: DOMRect[] = [];
    await expect
      .poll(
        async () => {
          const { busy, rects } = await boxes();
          settled = rects;
          return !busy && rects.length === 2 && Math.abs(rects[0]!.y - rects[1]!.y) < 2;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const [a, b] = settled as [DOMRect, DOMRect];
    expect(a.width + b.width).toBeGreaterThan(0.9 * main.width);
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    // no side column while comparing: the explanation opens under the sentence, in its own panel
    await page.locator('.summary-panel').nth(1).locator('.sentence').nth(8).click();
    await expect.poll(() => page.locator('.summary-panel').nth(1).locator('#explain.inline').count()).toBe(1);
    await page.fill('#budget-value', '2');
    await expect.poll(() => page.locator('.summary-panel').first().locator('.summary-list li').count()).toBe(2);
    await close();
  });

  it('labels the trace chart’s axes with values and shows every bar label whole', async () => {
    const { page, close } = await demo.open({ viewport: { width: 390, height: 844 } });
    await summarizeText(page, EXAMPLE);
    const steps = await page.locator('.trace-chart .trace-point').count();
    expect(steps).toBe(3);
    const y = (await page.locator('.trace-chart .y-tick').allTextContents()).map(Number);
    expect(y.length).toBeGreaterThanOrEqual(2);
    expect(y.every(Number.isFinite)).toBe(true);
    expect(Math.max(...y)).toBeGreaterThan(Math.min(...y));
    expect(await page.locator('.trace-chart .x-tick').allTextContents()).toEqual(['1', '2', '3']);
    await page.locator('.sentence.picked').first().click();
    await page.waitForSelector('.equations .bar-label');
    const labels = await page.locator('.bar-label').evaluateAll((els) =>
      els.map((e) => {
        const label = e.getBoundingClientRect();
        const track = (e.nextElementSibling as HTMLElement).getBoundingClientRect();
        return { text: e.textContent ?? '', cut: e.scrollWidth > e.clientWidth + 1 || label.right > track.left + 1 };
      }),
    );
    expect(labels.some((l) => l.text.length >= 14)).toBe(true); // long labels are there...
    expect(labels.filter((l) => l.cut)).toEqual([]); // ...and none is cut or run into its bar
    await close();
  });

  it('word equations use the text’s own words and say what they mean', async () => {
    const { page, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    await page.waitForSelector('.equations .bar-label');
    expect(await page.locator('.equations .equation-legend').textContent()).toMatch(/this text's own words/);
    const words = await page.locator('.equations .bar-label').allTextContents();
    expect(words.length).toBeGreaterThan(4);
    const text = EXAMPLE.toLowerCase();
    expect(words.filter((w) => !text.includes(w.trim().toLowerCase()))).toEqual([]);
    expect(await page.locator('.equations').textContent()).not.toMatch(/not in the text/);
    await close();
  });

  it('says in words when the text is in a language the model does not cover, and names the way out', async () => {
    const { page, close } = await demo.open();
    const german =
      'Der Stadtrat eröffnet die neue Brücke im nächsten Monat, zwei Jahre zu spät. Fehlender ' +
      'Stahl und eine neue Planung der Rampen haben die Kosten erhöht. ' +
      'Radfahrer bekommen eine eigene Spur auf der Ostseite. Die alte Fähre fährt bis zum Eröffnungstag weiter.';
    await summarizeText(page, german);
    const notices = await page.locator('.summary-panel .notice').allTextContents();
    expect(notices.join(' ')).toMatch(/looks like German.*--model DIR/);
    expect(notices.filter((n) => RAW_CODE.test(n))).toEqual([]);
    await close();
  });

  it('serves a favicon: no request of the page fails', async () => {
    const { page, failures, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    const icon = await page.locator('link[rel="icon"]').evaluate((l) => (l as HTMLLinkElement).href);
    const res = await page.request.get(icon);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\//);
    expect(failures).toEqual([]);
    await close();
  });

  it('shades by the score that decided the picks, or by closeness when the user switches, with a legend', async () => {
    const { page, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    const summary = await demo.summary({ text: EXAMPLE, budget: { sentences: 3 }, selector: 'auto', order: 'document', factor: 3 });
    const scaled = (key: 'importance' | 'cosine') => {
      const c = summary.sentences.filter((s) => s.rank !== null);
      const lo = Math.min(...c.map((s) => s[key]));
      const hi = Math.max(...c.map((s) => s[key]));
      return summary.sentences.map((s) => (s.rank === null ? 0 : (s[key] - lo) / (hi - lo)));
    };
    expect(await page.locator('#legend input[value="score"]').isChecked()).toBe(true);
    expect(await page.locator('#legend-high').textContent()).toBe('higher score');
    const byScore = await shadesOnPage(page);
    scaled('importance').forEach((v, i) => expect(byScore[i]).toBeCloseTo(v, 3));
    // what decided is what is shaded: no picked sentence is paler than one left out
    const pickedShades = summary.sentences.filter((s) => s.picked).map((s) => byScore[s.index]!);
    const leftOut = summary.sentences.filter((s) => !s.picked && s.rank !== null).map((s) => byScore[s.index]!);
    expect(Math.min(...pickedShades)).toBeGreaterThanOrEqual(Math.max(...leftOut));
    await page.locator('#legend input[value="cosine"]').check();
    await expect.poll(() => page.locator('#legend-high').textContent()).toBe('more alike');
    const byCosine = await shadesOnPage(page);
    scaled('cosine').forEach((v, i) => expect(byCosine[i]).toBeCloseTo(v, 3));
    await close();
  });

  it('shows an empty state, a loading state, and errors and warnings in plain sentences, never a raw code', async () => {
    const { page, close } = await demo.open();
    expect(await page.locator('.empty-state h2').textContent()).toBe('Nothing to summarize yet');
    expect(await page.locator('#error').isHidden()).toBe(true);
    // loading: hold the server's answer back for a moment
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/v1/summarize', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Try an example article' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Summarizing…');
    expect(await page.locator('#results').getAttribute('aria-busy')).toBe('true');
    release();
    await page.waitForSelector('.sentence.picked');
    await expect.poll(() => page.locator('#status').textContent()).toBe('');
    await page.unroute('**/v1/summarize');
    // a text with no known word: the server's remarks in words (language, DOCUMENT_VECTOR_ZERO, NO_VECTORS)
    await page.fill('#text', 'Xyzzyq qwrtpz blorfq. Zzztq frobnicatq glorpq. Qwxvq plorbtq zzyzxq. Frrblq gnxxq vrrpq.');
    await expect.poll(() => page.locator('.notice').count()).toBe(3);
    expect((await page.locator('.notice').allTextContents()).join(' ')).toMatch(
      /None of the words are known to the model, so the summary is the opening sentences\./,
    );
    expect(await page.locator('body').innerText()).not.toMatch(RAW_CODE);
    await page.fill('#text', '   ');
    await expect.poll(() => page.locator('.empty-state').count()).toBe(1);
    expect(await page.locator('.summary-panel').count()).toBe(0);
    await close();
  });

  it('shows the server’s own explanation of a sentence when the summary carries one', async () => {
    const { page, close } = await demo.open();
    // the summary JSON gains a per-sentence `explanation` string (issue 20): the page shows it as given
    await page.route('**/v1/summarize', async (route) => {
      const res = await route.fetch();
      const json = (await res.json()) as {
        summary?: { sentences: { index: number; explanation?: string }[] };
        sentences?: { index: number; explanation?: string }[];
      };
      const sentences = json.summary?.sentences ?? json.sentences ?? [];
      for (const s of sentences) s.explanation = `Server text for sentence ${s.index + 1}.`;
      await route.fulfill({ response: res, json });
    });
    await summarizeText(page, EXAMPLE);
    await page.locator('.sentence').nth(7).click();
    await expect.poll(() => page.locator('#explain .verdict').textContent()).toBe('Server text for sentence 8.');
    await close();
  });

  it('follows the system’s dark mode and shows a visible focus ring on every control', async () => {
    const { page, close } = await demo.open({ colorScheme: 'dark' });
    await summarizeText(page, EXAMPLE);
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => c / 255) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const colors = await page.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, fg: getComputedStyle(document.body).color }));
    expect(luminance(colors.bg)).toBeLessThan(0.15);
    expect(luminance(colors.fg)).toBeGreaterThan(0.8);
    for (const selector of ['#text', '#budget-kind', '#selector', '#factor', '.sentence', '#legend input[value="score"]']) {
      await page.locator(selector).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
      const ring = await page
        .locator(selector)
        .first()
        .evaluate((e) => {
          const s = getComputedStyle(e);
          return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
      expect(ring.style, selector).not.toBe('none');
      expect(ring.width, selector).toBeGreaterThanOrEqual(2);
    }
    await close();
  });

  it('sets a pasted headline apart as a title line, never picked', async () => {
    const { page, close } = await demo.open();
    await summarizeText(page, EXAMPLE);
    const headline = EXAMPLE.split('\n')[0]!;
    await expect.poll(() => page.locator('.summary-panel .doc div.title .sentence-text').textContent()).toBe(headline);
    expect(await page.locator('.summary-panel .doc div.title .sentence.picked').count()).toBe(0);
    await page.locator('.summary-panel .doc div.title .sentence').click();
    await expect
      .poll(() => page.locator('#explain .verdict').textContent())
      .toBe('Not a candidate: a heading or title line (it still counts in the document vector).');
    await close();
  });

  it('reads pasted HTML as a web page: article text only, its headline a heading', async () => {
    const { page, close } = await demo.open();
    const story = EXAMPLE.split('\n').filter((l) => l.trim() !== '');
    const html = `<!doctype html><html><body><nav>Home | Weather | Sport</nav><article><h1>${story[0]}</h1>${story
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article><footer>Copyright 2026</footer></body></html>`;
    await summarizeText(page, html);
    await expect.poll(() => page.locator('.summary-panel .doc div.title .sentence-text').first().textContent()).toBe(story[0]);
    const shown = (await page.locator('.summary-panel .doc').first().textContent()) ?? '';
    expect(shown).not.toMatch(/<|Home \| Weather|Copyright/);
    expect(await page.locator('.summary-list li').count()).toBe(3);
    await close();
  });
});
