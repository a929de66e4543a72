import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe("a side box's summary lists (summary-boxes.ts, round 14)", () => {
  it("keeps a review's verdict lists from its score box, labels as headings, and drops the score and the buy buttons", () => {
    const box =
      '<aside class="scorecard" aria-label="Review score"><div class="scorecard__score"><span>8/10</span><span>Harbour Score</span></div>' +
      '<div class="scorecard__good"><h4>The Good</h4><ul><li>Very easy to moor</li><li>Sheltered from the east wind</li></ul></div>' +
      '<div class="scorecard__bad"><h4>The Bad</h4><ul><li>Only one slipway for the whole basin</li></ul></div>' +
      '<div class="scorecard__buy"><a rel="sponsored" href="https://shop.example/a">$279.99 at Amazon</a></div></aside>';
    const text = read(box);
    expect(text).toContain('#### the good - very easy to moor - sheltered from the east wind');
    expect(text).toContain('#### the bad - only one slipway for the whole basin');
    expect(text).not.toMatch(/8\/10|harbour score|at amazon/);
  });

  it("keeps an editor's key takeaways from a complementary box, without its label", () => {
    const box =
      '<div class="css-key" role="complementary"><p class="css-key-title">Key takeaways</p><ul><li>The wall cost two million pounds.</li>' +
      '<li>Boats came back a month early.</li></ul></div>';
    const text = read(box);
    expect(text).toContain('- the wall cost two million pounds.');
    expect(text).not.toContain('key takeaways');
  });

  it('still drops an aside whose labelled list is links (related stories) or that has no summary label', () => {
    const related =
      '<aside><h4>Highlights</h4><ul><li><a href="/a">Ferry timetable changes for the summer season</a></li></ul></aside>' +
      '<aside><h4>Pros</h4><ul><li><a href="/b">Harbour fees compared across the county</a></li></ul></aside>' +
      '<aside><h4>Opening hours</h4><ul><li>Weekdays from nine until five</li></ul></aside>';
    expect(read(related)).not.toMatch(/ferry timetable|harbour fees compared|weekdays from nine|pros/);
  });

  it("drops a 'Key facts' label that opens its list in place, keeps the list (WHO; round 17)", () => {
    const box = '<div class="key-facts-box"><h3>Key facts</h3><ul><li>The wall cost two million pounds.</li><li>Boats came back early.</li></ul></div>';
    const text = read(box);
    expect(text).toContain('- the wall cost two million pounds.');
    expect(text).not.toContain('key facts');
  });

  it('drops the labels in a box named as key points over its paragraphs (ABC News; round 25), keeps the paragraphs', () => {
    const box =
      '<div data-component="KeyPoints" class="KeyPoints_keyPoints__x1"><h2>In short:</h2><p>The harbour wall reopened after a winter of repairs.</p>' +
      "<h2>What's next?</h2><p>The council will vote on berth fees in May.</p></div>";
    const text = read(box);
    expect(text).toContain('the harbour wall reopened after a winter of repairs.');
    expect(text).toContain('the council will vote on berth fees in may.');
    expect(text).not.toMatch(/in short:|what's next\?/);
    expect(read("<h2>What's next?</h2><p>The council will vote on berth fees in May.</p>")).toContain("what's next?");
  });

  it('round 32: reads "What you need to know:" as a key-points label, and drops a short note and a button between label and list', () => {
    const box = (label: string, between = '') =>
      `<section class="summary"><h3>${label}</h3>${between}<ul><li>About 1,400 farmers lost crops days before the harvest.</li>` +
      '<li>Farmers want the authority to repair the dykes damaged in the floods.</li></ul></section>';
    for (const html of [box('What you need to know:'), box('Key Points', '<span>AI-assisted summary</span><button aria-label="About">i</button>')]) {
      const text = read(html);
      expect(text).toContain('about 1,400 farmers lost crops');
      expect(text).not.toMatch(/what you need to know|key points|ai-assisted/);
    }
  });

  it('keeps a key-takeaways list when a line sits between the box label and the list (a byline or a note), not that line alone', () => {
    const box = (between: string) =>
      `<div class="css-key" role="complementary"><p class="css-key-title">Key takeaways</p>${between}` +
      '<ul><li>Boats that moored inside the new wall lost no gear in the March storm.</li><li>The outer berths were closed for a week.</li></ul></div>';
    for (const between of ['', '<p>By Anna Kowalski for the Daily News | Published: 18:02, 2 May 2021</p>']) {
      const text = read(box(between));
      expect(text).toContain('lost no gear in the march storm');
      expect(text).not.toContain('anna kowalski');
    }
  });
});
