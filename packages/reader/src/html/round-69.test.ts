import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT226_PAGES } from '../test-support/pages-heldout226.js';
import { HELDOUT228_PAGES } from '../test-support/pages-heldout228.js';
import { HELDOUT231_PAGES } from '../test-support/pages-heldout231.js';
import { extractArticle } from './extract.js';

describe('batches 226, 228 and 231 (round 69)', () => {
  it("drops a release's patch line, a help site's count of experts, a bookseller's pick line and a Spanish relative date", () => {
    const vscode = page(HELDOUT226_PAGES, 'heldout226-vscode-release-notes');
    expect(leaked(vscode, ['Update 1.112.1: The update addresses these issues.'])).toEqual([]);
    const answer = page(HELDOUT231_PAGES, 'heldout231-justanswer-car-question');
    expect(leaked(answer, ['Darrell K. and 86 other Car Specialists are ready to help you'])).toEqual([]);
    const picks = page(HELDOUT228_PAGES, 'heldout228-waterstones-staff-picks');
    const chosen = picks.bylines.filter((b) => b.startsWith('Chosen by'));
    expect(chosen.length).toBeGreaterThan(2);
    expect(leaked(picks, chosen)).toEqual([]);
    expect(leaked(page(HELDOUT231_PAGES, 'heldout231-stackoverflow-es-question'), ['hace 3 días'])).toEqual([]);
    // a sentence that starts the same way stays
    expect(read(`${STORY}<p>Chosen by the harbour board, the new ferry will carry ninety passengers from May.</p>`)).toContain('chosen by the harbour board');
  });

  it("drops a post's closing signature of bare names, not the text's own closing line", () => {
    const chrome = page(HELDOUT226_PAGES, 'heldout226-chrome-releases-post');
    expect(leaked(chrome, ['Lorenzo Vescovi', 'Google Chrome'])).toEqual([]);
    const ending = (last: string) =>
      `<html><body><article><h1>The flood</h1><p>${'The water rose over the bank and the sluice gates held through the night. '.repeat(4)}</p>` +
      `<p>${last}</p></article></body></html>`;
    expect(norm(extractArticle(ending('THE END.')).text)).toContain('the end.');
    expect(norm(extractArticle(ending('Ada Lovelace')).text)).not.toContain('ada lovelace');
  });
});
