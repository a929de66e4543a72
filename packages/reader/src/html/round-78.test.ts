import { describe, expect, it } from 'vitest';
import { HELDOUT276_PAGES } from '../test-support/pages-heldout276.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';
import { extractArticle } from './extract.js';

const SPEECH = 'The harbour board has cut the winter ferry to one crossing a day, and the islanders who work on the mainland now leave at six.';
const item = (who: string, text: string): string =>
  `<div class="debate-item"><div class="member">${who}</div><div class="contribution"><p>${text}</p></div></div>`;
const debate = (items: string[]): string => `<html><head><title>Island Ferries - Debates</title></head><body><nav><a href="/">Debates</a></nav>
<main><h1>Island Ferries</h1><div class="debate">${items.join('\n')}</div></main><footer><p>Open licence.</p></footer></body></html>`;

describe('batch 276 (round 78)', () => {
  it("reads every speech of a debate whose one-line interventions sit among its speeches, not only Readability's pick", () => {
    const hansard = page(HELDOUT276_PAGES, 'heldout276-hansard-debate-docs');
    const speeches = hansard.body.filter((t) => t.length >= 80);
    expect(speeches.length).toBeGreaterThanOrEqual(5);
    expect(present(hansard, speeches)).toEqual(speeches);
    const text = norm(
      extractArticle(
        debate([
          item('Ms Ana Lowe (Holm)', `${SPEECH} I ask the Minister to restore the second sailing before the new year.`),
          item('Mr Ivo Marr (Sound)', 'Will the hon. Lady give way?'),
          item('Ms Ana Lowe', 'I give way.'),
          item('Mr Ivo Marr', 'The board says the second sailing carried fewer than ten people a day all last winter, so it could not pay for itself.'),
          item(
            'The Minister (Ruth Gale)',
            'I will meet the board this month, and I will ask it to publish the figures for every sailing it has cut since March.',
          ),
          item('Ms Ana Lowe', 'I thank the Minister for that, and I will hold her to the date; the islanders will be watching for the figures too.'),
        ]),
      ).text,
    );
    for (const words of ['harbour board has cut the winter ferry', 'fewer than ten people a day', 'publish the figures', 'hold her to the date'])
      expect(text).toContain(words);
  });
});
