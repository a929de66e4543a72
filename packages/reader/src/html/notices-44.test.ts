import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('long notices (round 44)', () => {
  it("drops a cloud vendor's preview notice with its terms, longer than the other furniture lines, and keeps a sentence about a preview", () => {
    const notice =
      '<div class="alert is-primary"><p class="alert-title">Important</p><p>Azure Event Canal dead-letter routing is currently in PREVIEW. See the ' +
      'Supplemental Terms of Use for Microsoft Azure Previews for legal terms that apply to Azure features that are in beta, preview, or otherwise ' +
      'not yet released into general availability.</p></div>';
    expect(read(notice)).not.toMatch(/supplemental terms|currently in preview/);
    const story =
      '<p>The harbour app is currently in preview. See the supplemental terms of use pinned at the ticket office, the trust said, before it ' +
      'explained why the ferry timetable in the app for previews of the summer still showed the winter sailings in June.</p>';
    expect(read(story)).toContain('currently in preview');
  });
});

describe('news widgets of batch 88 (round 44)', () => {
  it("drops a breaking story's notice and a bulleted amendment note, and keeps sentences about a developing story", () => {
    const text = read(
      '<p><em>This is a developing story. Please check back for updates.</em></p><p><em>• This article was amended on 13 November 2025. An ' +
        'earlier version said the wall was finished in May; it was finished in March.</em></p>',
    );
    expect(text).not.toMatch(/developing story|check back|was amended/);
    const story = '<p>This is a developing story for the harbour trust, which will meet again on Friday to decide how to pay for the new wall.</p>';
    expect(read(story)).toContain('meet again on friday');
  });

  it('drops a link set as a block of its own when its text is a furniture line, and keeps a link inside a sentence', () => {
    const page = (inner: string) =>
      norm(extractArticle(harbourStory(inner).replace('</article>', '<a class="BackToTop_link" href="#content">Back to top</a></article>')).text);
    expect(page('')).not.toContain('back to top');
    expect(read('<p>The wall was finished in March.</p><a href="#skip">skip past newsletter promotion</a><p>The basin reopened.</p>')).not.toContain(
      'skip past',
    );
    const sentence = '<p>The board’s <a href="/topics">suggested topics</a> for Friday are the wall, the ferry and the price of mooring.</p>';
    expect(read(sentence)).toContain('board’s suggested topics for friday');
  });

  it('drops a summary label in a line over its bullets and a key-points heading over a wrapped list, and keeps a Summary heading', () => {
    const text = read(
      '<div class="summary"><span class="summary__heading">Summary</span><ul><li>The wall cost two million pounds</li>' +
        '<li>Boats came back in March</li></ul></div><div class="KeyPoints"><h2>Key Points</h2><div class="list"><div class="group"><ul>' +
        '<li>The basin reopened a month early</li><li>The ferry runs again</li></ul></div></div></div><div><span>Suggested Topics:</span></div>',
    );
    expect(text).toContain('boats came back in march');
    expect(text).toContain('the ferry runs again');
    expect(text).not.toMatch(/^summary$|key points|suggested topics/m);
    const section = extractArticle(
      harbourStory('<section><h2>Summary</h2><ul><li>The wall cost two million pounds</li><li>Boats came back in March</li></ul></section>'),
    );
    expect(section.text).toContain('## Summary');
  });
});
