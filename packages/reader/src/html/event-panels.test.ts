import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticleWith } from './article.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';

const EVENT = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Harbour open day"}</script>';
const PANELS =
  '<section><h2>Location</h2><p>Old Harbour Office</p><p>1 Quay Street, Northmoor</p></section>' +
  '<section><h2>Refund policy</h2><p>Contact the organiser to request a refund.</p></section>' +
  '<h2>About this event</h2><ul><li>In person</li></ul>';
const read = (head: string) => norm(extractArticle(harbourStory(PANELS, { head })).text);

describe("an event page's info panels (event-panels.ts)", () => {
  it('drops the labelled panels, the widget label and the attendance mode on a page that declares an Event', () => {
    expect(read(EVENT)).not.toMatch(/location|quay street|refund|about this event|in person/);
    expect(read(EVENT)).toContain('the harbour wall was rebuilt');
  });

  it('keeps them on a page that declares no Event', () => {
    // by the rules alone: the learned model (learned/) reads a refund line as furniture on any page
    expect(norm(extractArticleWith(harbourStory(PANELS), parseDocument, null).text)).toMatch(/quay street.*refund/);
  });
});
