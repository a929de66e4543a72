import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT368_PAGES } from '../test-support/pages-heldout368.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const slide = (inner: string, shown: boolean): string =>
  `<section class="${shown ? 'present' : 'future'}"${shown ? '' : ' aria-hidden="true" style="display: none;"'}>${inner}</section>`;
const DECK = `<!DOCTYPE html><html><head><title>Why buses bunch</title></head><body class="reveal-viewport"><div class="reveal slide">
<div class="slides">${slide('<h1>Why buses bunch</h1><h3>Week 5</h3>', true)}
${slide('<h2>The problem</h2><p>A late bus picks up more passengers at every stop, so it falls further behind the timetable.</p>', false)}
${slide('<h2>Holding</h2><ul><li>Hold early buses at timing points</li><li>Let late buses skip the busiest stops</li></ul>', false)}
</div></div><div class="progress"><span></span></div></body></html>`;

describe('batch 368 (round 93)', () => {
  it('reads every slide of a reveal.js deck, the ones it hides until they are shown among them', () => {
    const deck = page(HELDOUT368_PAGES, 'heldout368-revealjs-lecture-slides');
    expect(deck.body.length).toBeGreaterThan(10);
    expect(present(deck, deck.body)).toEqual(deck.body);
    const text = norm(extractArticle(DECK).text);
    expect(text).toContain('a late bus picks up more passengers at every stop');
    expect(text).toContain('let late buses skip the busiest stops');
  });

  it('still drops a hidden box that is no slide', () => {
    const hidden = DECK.replace('<div class="slides">', '<div class="slides-x">');
    expect(norm(extractArticle(hidden).text)).not.toContain('a late bus picks up more passengers');
  });
});
