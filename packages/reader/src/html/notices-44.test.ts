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

describe('lines and headings of batches 90 and 93 (round 44)', () => {
  it("drops a how-to's co-author line, its view count and its Reader Success Stories section, and keeps a sentence on views", () => {
    const text = read(
      '<div class="section"><h2>About This Article</h2><div><p>Co-authored by: Teodora Vance, Home Cleaning Specialist</p><p>This article has ' +
        'been viewed 84,210 times.</p></div></div><div class="section"><h2>Reader Success Stories</h2><p>“I had no idea citric acid worked ' +
        'so much faster.”</p></div>',
    );
    expect(text).not.toMatch(/co-authored|teodora|viewed 84,210|success stories|citric acid/);
    expect(read('<p>The harbour film has been viewed 84,210 times since March, the trust said, and most viewers were local.</p>')).toContain(
      'viewed 84,210 times',
    );
  });

  it('drops a "Read more" link closing an excerpt after its last sentence, and keeps one inside a sentence', () => {
    const text = extractArticle(harbourStory('<div><span>Every handheld I owned died around step nine.</span><a href="/r/1">Read more</a></div>')).text;
    expect(text).toContain('died around step nine.');
    expect(text).not.toMatch(/read more/i);
    expect(read('<p>The trust asks visitors who <a href="/more">read more</a> than one notice to say so at the office.</p>')).toContain(
      'who read more than one notice',
    );
  });

  it("drops a thread's locked notices and a related-questions label", () => {
    const text = read(
      '<p><span class="italic">Comment locked by moderators</span></p><p><a href="/apps/bot">github-actions</a> locked as resolved and limited ' +
        'conversation to collaborators on Aug 21, 2025</p><div class="q-box"><div class="q-text">Related questions</div></div>',
    );
    expect(text).not.toMatch(/comment locked|limited conversation|related questions/);
  });

  it('reads a span styled as a block as a line of its own, and drops a dash and a handle set so under a summary', () => {
    const text = extractArticle(
      harbourStory(
        '<div class="notes"><span style="display: block;">The dough keeps for three days.</span><span style="display:block">If the pears ' +
          'are juicy, toss them in flour.</span><span>Bake at once.</span></div><p>The trail climbs to the pass.<span style="display:block"><span>—' +
          '</span><a href="/u/fennelfilmnotes">fennelfilmnotes</a></span></p>',
      ),
    ).text;
    const lines = text.split('\n');
    expect(lines).toContain('The dough keeps for three days.');
    expect(lines).toContain('If the pears are juicy, toss them in flour.');
    expect(text).toContain('The trail climbs to the pass.');
    expect(text).not.toContain('fennelfilmnotes');
  });
});

describe('notices that open and close a text, of batches 104 and 105 (round 44)', () => {
  it('drops a series note, a guest-post note, a newsletter welcome, a work-in-progress note and a sort reset', () => {
    const text = read(
      '<p><em>This story is part of our series Coastlines, about the people who live where the land meets the water.</em></p>' +
        '<p><em>This is a guest post by Hannah Corvell, who grows vegetables on a windy allotment.</em></p><p>Welcome to the 143 new ' +
        'subscribers who joined since last week!</p><div class="admonition"><p>This page is a work in progress. Some options may ' +
        'change before the 4.0 release.</p></div><div><span>Reset to default</span></div>',
    );
    expect(text).not.toMatch(/part of our series|guest post|new subscribers|work in progress|reset to default/);
    expect(read('<p>This story is part of a long series of floods on the coast, the trust said, and the wall was built for it.</p>')).toContain(
      'long series of floods',
    );
  });

  it("drops a correction note, a tip jar's call, a desk's funder note, a licence footer and DevSite's collection prompt", () => {
    const text = read(
      '<p><em>This story has been corrected to reflect that the fee rises in July, not June.</em></p><p>If you enjoyed this post, ' +
        'consider buying me a coffee. It keeps the blog ad-free.</p><p><em>The Harbour Press’ climate and environmental coverage ' +
        'receives financial support from private foundations. The Press is solely responsible for all content.</em></p><p>Except as ' +
        'otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code samples are ' +
        'licensed under the Apache 2.0 License.</p><div><span>Stay organized with collections</span><span>Save and categorize content ' +
        'based on your preferences.</span></div>',
    );
    expect(text).not.toMatch(/has been corrected|buying me a coffee|financial support|otherwise noted|collections|categorize/);
  });
});

describe('lines of batches 110 and 111 (round 44)', () => {
  it("drops a newsletter's sponsor block, a thread's copy links, a guest prompt, a breaking label and a desk's line on its writer", () => {
    const text = read(
      '<p>Sponsor</p><p>This issue is supported by Thornfield Seeds. Readers get 15% off with the code PLOT84.</p><p><a href="#r">View in ' +
        'context</a></p><p>Loading page content</p><div class="alert"><p>Hello! It looks like you’re interested in this conversation, ' +
        'but you don’t have an account yet.</p></div><p>BREAKING</p><p><em>Colm Farrelly covers energy and rural New England for the ' +
        'Climate desk.</em></p><p>Was this summary helpful?</p>',
    );
    expect(text).not.toMatch(/sponsor|thornfield|view in context|loading page|interested in this conversation|breaking|covers energy|summary helpful/);
    expect(read('<p>The harbour trust covers repairs to the wall for the council desk clerks every winter, and the town pays it back.</p>')).toContain(
      'covers repairs',
    );
  });
});

describe('notices of batches 114 and 115 (round 44)', () => {
  it('drops an update note, a wire source line, a narrator line, a Google News call and the notices that open a post, a doc or a thread', () => {
    const text = read(
      '<p><em>This story has been updated with additional information.</em></p><div><cite><span>Ostrava Creek, North Dakota</span> ' +
        '<span>CNB</span> —</cite></div><p>Narrated by Imogen Tully</p><p>Want more stories like this? Follow us on Google News</p>' +
        '<div class="note"><p>Note: This post contains affiliate links. We may earn a small commission.</p></div><p><em>If this was ' +
        'forwarded to you, subscribe here.</em></p><div class="admonition"><p>This feature is deprecated and will be removed in version ' +
        '5.0.</p></div><p>This article applies to: Pro, Business</p><p>This discussion was converted from issue #412 on May 3, 2025.</p>',
    );
    expect(text).not.toMatch(/additional information|ostrava|narrated|google news|affiliate|forwarded|deprecated|applies to|converted/);
    expect(read('<p>The old ferry timetable is deprecated by the trust, which now prints the summer sailings on the harbour board.</p>')).toContain(
      'deprecated by the trust',
    );
  });
});
