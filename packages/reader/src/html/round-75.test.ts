import { describe, expect, it } from 'vitest';
import { HELDOUT250_PAGES } from '../test-support/pages-heldout250.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as leaked, pageNamed as page } from '../test-support/round-kit.js';
import { extractArticle } from './extract.js';

const TAILWIND_DOCS = (callout: string, article: string): string => `<html><head><title>Upgrading - Quay Docs</title></head><body>
<nav><a href="/">Quay Docs</a> <a href="/docs">Docs</a></nav><article class="${article}"><main class="w-full min-w-0 max-w-6xl px-6 pt-4">
<h1 class="text-4xl font-bold">Upgrading</h1>
<p class="mt-6 leading-7">Version 5 moves the client onto the platform fetch API and drops the old callbacks.</p>
<div class="${callout}"><div class="w-full min-w-0 leading-7">
<p class="mt-6 leading-7">Pin the SDK to the 4.9 line until every service runs Node.js 20 or newer.</p></div></div>
<h2 class="font-semibold mt-10 text-3xl">Breaking changes</h2>
<ul class="mt-6 list-disc ml-6"><li class="my-2">Every method now returns a promise instead of taking a callback.</li>
<li class="my-2">The region option is read from QUAY_REGION when no region is passed to the client.</li></ul></main></article></body></html>`;

describe('batch 250 (round 75)', () => {
  it("reads a Nextra page's headings and lists (utility classes and the framework's name are no names Readability should weigh)", () => {
    const nextra = page(HELDOUT250_PAGES, 'heldout250-nextra-release-notes');
    const wanted = [...nextra.headings, ...nextra.body];
    expect(wanted.length - leaked(nextra, wanted).length).toBe(0);
  });
  it('keeps a list beside a callout styled "text-orange-800" in an article whose class names "nextra"', () => {
    const text = norm(
      extractArticle(TAILWIND_DOCS('nextra-callout mt-6 flex rounded-lg border py-2 text-orange-800 bg-orange-50', 'nextra-body flex min-w-0')).text,
    );
    expect(text).toContain('every method now returns a promise');
    expect(text).toContain('## breaking changes');
    expect(text).toContain('pin the sdk to the 4.9 line');
  });
});
