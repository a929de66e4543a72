import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticleWith } from './article.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);
/** The rules alone, without the learned model (which drops the promo line on this short page by itself, and not on batch 711's). */
const readByRules = (inner: string): string => norm(extractArticleWith(harbourStory(inner), parseDocument, null).text);

describe('an app promo line and a removed post’s placeholder (rounds 175 and 177, after batches 711 and 708)', () => {
  it('drops "Download the free ... app for ..." under a story, and keeps a step that goes on to say what to do with the app', () => {
    const text = readByRules('<p><em>Download the free <a href="/apps/">WHRB 8 app</a> for breaking news alerts and live video.</em></p>');
    expect(text).not.toContain('app for breaking news alerts');
    expect(readByRules('<p>Download the Harbourpass app and add a payment card, then scan the code on the gate to open the slipway.</p>')).toContain(
      'download the harbourpass app and add a payment card',
    );
  });

  it('drops the line a moderator leaves for a removed post, and keeps a sentence about a removed wall', () => {
    const text = read('<p class="removed">This post was determined to be inappropriate by the Harbourtalk community and has been removed.</p>');
    expect(text).not.toContain('determined to be inappropriate');
    expect(read('<p>This wall has been removed twice since 1900, and both times the basin silted up within a decade.</p>')).toContain(
      'this wall has been removed twice since 1900',
    );
  });
});

describe('an affiliate plugin’s product box (round 176, after batch 712)', () => {
  it('drops an AAWP product box with its ribbon and feature bullets, and keeps the story around it', () => {
    const text = read(
      '<div class="aawp"><div class="aawp-product aawp-product--horizontal aawp-product--bestseller">' +
        '<span class="aawp-product__ribbon aawp-product__ribbon--bestseller">Bestseller No. 1</span>' +
        '<div class="aawp-product__content"><a class="aawp-product__title" href="https://www.amazon.co.uk/dp/B0C1">Harbourseal Marine Sealant</a>' +
        '<div class="aawp-product__description"><ul><li>Salt-water proof formula for hulls and decks</li><li>Cures in 24 hours</li></ul></div></div>' +
        '<div class="aawp-product__footer"><span class="aawp-product__price">£12.99</span><a class="aawp-button" href="#">Buy on Amazon</a></div></div></div>',
    );
    expect(text).not.toMatch(/bestseller no|salt-water proof formula|cures in 24 hours/);
    expect(text).toContain('fishing boats returned to the inner basin');
  });
});

describe('a thread’s account prompt and a student paper’s staff bios (rounds 178 and 179, after batches 714 and 710)', () => {
  it('drops "To comment on this thread you need to create a ... account." without its comma, and keeps a sentence about accounts', () => {
    const text = readByRules('<p class="join">To comment on this thread you need to create a Harbourtalk account.</p>');
    expect(text).not.toContain('you need to create a harbourtalk account');
    expect(
      readByRules('<p>To moor a boat here for the winter you need to create a berth account with the trust and pay a deposit of forty pounds.</p>'),
    ).toContain('you need to create a berth account with the trust');
  });

  it('drops SNO Sites’ "About the Contributors" box with each writer’s bio, and keeps the story', () => {
    const text = read(
      '<div class="sno-story-writer-profiles"><h3 class="sno-writer-profiles-title">About the Contributors</h3><div class="sno-writer-profile">' +
        '<span class="sno-profile-name">Ada Moss, News Editor</span><p>Ada is a senior and in her third year on staff. When she is not at the ' +
        'harbour board meetings she rows for the school crew.</p></div></div>',
    );
    expect(text).not.toMatch(/about the contributors|ada is a senior/);
    expect(text).toContain('fishing boats returned to the inner basin');
  });
});
