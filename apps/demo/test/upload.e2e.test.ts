import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../../packages/reader/src/test-support/make-docx.js';
import { makeTwoColumnPdf } from '../../../packages/reader/src/test-support/make-pdf.js';
import { readDocument } from '../../../packages/reader/src/index.js';
import { ERROR_TEXT } from '../src/messages.js';
import { EXAMPLE, startDemo, type Demo, RAW_CODE } from './support/demo.js';

// Files (issue 21): the page sends PDF, Word and other non-UTF-8 files to the API as the request
// body, where @vecsum/reader reads them or refuses them; UTF-8 text goes into the text box.
let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
});
afterAll(async () => {
  await demo?.close();
});

/** Polls that wait for the server to read a file: a PDF worker's first read takes seconds on a loaded machine. */
const SERVER = { timeout: 20_000 };
const [TITLE, ...PARAGRAPHS] = EXAMPLE.split('\n').filter((l) => l.trim() !== '') as [string, ...string[]];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Chooses a file in the page's file input, and returns the Content-Type the summary request was sent with. */
async function openFile(page: Page, name: string, mimeType: string, bytes: Uint8Array): Promise<string> {
  const sent = page.waitForRequest((r) => r.url().includes('/v1/summarize') && r.method() === 'POST');
  await page.setInputFiles('#file', { name, mimeType, buffer: Buffer.from(bytes) });
  return (await sent).headers()['content-type'] ?? '';
}

/** The text of the document the page shows, and its picks. */
const shownText = (page: Page) => page.locator('.summary-panel .doc').first().innerText();

describe('opening files in the demo (PDF, Word, refused binary)', () => {
  it('summarizes a two-column PDF the server reads: article sentences, no running header or page numbers', async () => {
    // two pages of two columns: the header and "Page N of 2" repeat, so the reader knows them for furniture
    const P = PARAGRAPHS;
    const pdf = await makeTwoColumnPdf({
      title: TITLE,
      header: 'Millbrook Gazette - City news',
      columns: [
        [P.slice(0, 2), P.slice(2, 4)],
        [P.slice(4, 7), P.slice(7)],
      ],
    });
    const { page, close } = await demo.open();
    expect(await openFile(page, 'report.pdf', 'application/pdf', pdf)).toBe('application/pdf');
    await page.waitForSelector('.summary-panel .sentence.picked');
    expect(await page.locator('.summary-list li').count()).toBe(3);
    const doc = await shownText(page);
    expect(doc).toContain('The city council voted on Tuesday');
    expect(doc).not.toMatch(/Page \d of 2|Millbrook Gazette/);
    expect(doc).toContain(P.at(-1)!.slice(0, 40)); // the last column of the last page too
    expect(await page.locator('#file-chosen').innerText()).toMatch(/^Summarizing the file report\.pdf, \d+ KB, read on the server\./);
    expect(await page.locator('#text').inputValue()).toBe('');
    // options apply to the file: a new budget re-reads it
    await page.fill('#budget-value', '2');
    await expect.poll(() => page.locator('.summary-list li').count(), SERVER).toBe(2);
    // typing replaces the file
    await page.fill('#text', EXAMPLE);
    await expect.poll(() => page.locator('#file-chosen').isHidden(), SERVER).toBe(true);
    await close();
  });

  it('summarizes a Word file: its title a heading, its paragraphs the candidates', async () => {
    const docx = await makeDocx([{ text: TITLE, style: 'Title' }, ...PARAGRAPHS.map((text) => ({ text }))]);
    const { page, close } = await demo.open();
    expect(await openFile(page, 'council.docx', DOCX_TYPE, docx)).toBe(DOCX_TYPE);
    await page.waitForSelector('.summary-panel .sentence.picked');
    await expect.poll(() => page.locator('.summary-panel .doc div.title .sentence-text').first().textContent(), SERVER).toBe(TITLE);
    expect(await page.locator('.summary-list li').count()).toBe(3);
    expect(await shownText(page)).toContain('reconnect the river to a string of wetlands');
    await close();
  });

  it('refuses a binary file in a plain sentence, with no old summary left', async () => {
    const { page, close } = await demo.open();
    await page.fill('#text', EXAMPLE);
    await page.waitForSelector('.summary-panel .sentence.picked');
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    binary.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]); // an ELF header, as /bin/ls starts
    expect(await openFile(page, 'ls', 'application/octet-stream', binary)).toBe('application/octet-stream');
    // the reader's own sentence names what the file is and what to give instead
    const refusal = await readDocument(binary).then(
      () => '',
      (e: unknown) => (e instanceof Error ? e.message : ''),
    );
    expect(refusal).toMatch(/executable program.*give an HTML, PDF/);
    expect(refusal).not.toBe(ERROR_TEXT['UNSUPPORTED_INPUT']);
    await expect.poll(() => page.locator('#error').textContent(), SERVER).toBe(refusal);
    expect(await page.locator('.summary-panel').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(RAW_CODE);
    await close();
  });

  it('takes a dropped file: UTF-8 text into the box, a PDF to the server', async () => {
    const { page, close } = await demo.open();
    const drop = async (name: string, type: string, bytes: number[]) => {
      const data = await page.evaluateHandle(
        ([n, t, b]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(b)], n, { type: t }));
          return dt;
        },
        [name, type, bytes] as const,
      );
      await page.dispatchEvent('#text', 'drop', { dataTransfer: data });
    };
    await drop('story.txt', 'text/plain', [...new TextEncoder().encode(EXAMPLE)]);
    await page.waitForSelector('.summary-panel .sentence.picked');
    expect(await page.locator('#text').inputValue()).toBe(EXAMPLE);
    const pdf = await makeTwoColumnPdf({ title: TITLE, header: 'Gazette', columns: [[PARAGRAPHS.slice(0, 2), PARAGRAPHS.slice(2, 4)]] });
    await drop('short.pdf', 'application/pdf', [...pdf]);
    await expect.poll(() => page.locator('#file-chosen').isHidden(), SERVER).toBe(false);
    // the page now shows the PDF's text: its first paragraphs, not the rest of the dropped story
    await expect.poll(() => page.locator('.summary-panel .doc').first().innerText(), SERVER).not.toContain(PARAGRAPHS.at(-1)!.slice(0, 40));
    expect(await shownText(page)).toContain(PARAGRAPHS[0]!.slice(0, 40));
    expect(await page.locator('#text').inputValue()).toBe('');
    await close();
  });

  it('on this device, says in words that files are read on the server', async () => {
    const { page, close } = await demo.open();
    await page.selectOption('#mode', 'device');
    await page.setInputFiles('#file', { name: 'notes.docx', mimeType: DOCX_TYPE, buffer: Buffer.from(await makeDocx([{ text: 'The river was restored.' }])) });
    await expect
      .poll(() => page.locator('#error').textContent(), SERVER)
      .toMatch(/^PDF and Word files are read on the server\. Switch “Runs on” back to the server/);
    await close();
  });
});
