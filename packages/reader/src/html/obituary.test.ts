import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string, before = '') => norm(extractArticle(harbourStory(inner, { before })).text);

/** Round-7 furniture words and lines (clean.ts, labels.ts), after batch 8's obituary, Tumblr, Docsy and Google Groups pages. */
describe('round 7 furniture (clean.ts, labels.ts)', () => {
  it('drops a guest book (an obituary’s comments) and its "Load More Entries"', () => {
    const entry = '<div class="gb-entry"><p class="gb-text">Mrs. Quint read to my class every Saturday and did the voices.</p></div>';
    const text = read(`<section id="guestbook" class="guestbook"><h2>Guest Book</h2>${entry.repeat(3)}</section><p><a href="#">Load More Entries</a></p>`);
    expect(text).not.toMatch(/guest book|read to my class|load more entries/);
    expect(text).toContain('harbour wall was rebuilt');
  });

  it('drops the life-dates and place lines, the funeral-home credit and a date label ("Released 3 March 2025")', () => {
    const text = read(
      '<p class="obit-dates">June 2, 1937 - February 28, 2025</p><p class="obit-place">Harlan Falls, WI</p>' +
        '<p>Arrangements by Lindqvist-Moe Funeral Home</p><div>Released 3 March 2025</div>',
    );
    expect(text).not.toMatch(/1937|harlan|arrangements|lindqvist|released/);
    // a sentence about arrangements stays
    expect(read('<p>Arrangements by the harbour trust were criticised, and the council will review them next year.</p>')).toContain('arrangements by the');
  });

  it('drops reblog notes, "Show more notes" and a message’s read state', () => {
    const notes = '<ol><li class="note reblog"><a href="#">paperjam</a> reblogged this from <a href="#">marginalia</a></li></ol>';
    const text = read(`${notes}<p><a href="#">Show more notes</a></p><p><span>unread,</span></p>`);
    expect(text).not.toMatch(/reblogged|show more notes|unread/);
  });
});
