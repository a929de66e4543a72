import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('furniture headings and labels (furniture-headings.ts)', () => {
  it('drops a furniture heading with the small section it opens', () => {
    const text = read('<div class="box"><h3>Who is online</h3><p>Users browsing this forum: no registered users and 3 guests</p></div>');
    expect(text).not.toMatch(/who is online|3 guests/);
  });

  it("drops a furniture label set as text and left alone in its box once its tag list is gone (round 14: 'Explore more on these topics')", () => {
    const submeta =
      '<div class="submeta"><span class="submeta-label">Explore more on these topics</span>' +
      '<ul class="keywords"><li><a href="/harbours">Harbours</a></li><li><a href="/councils">Councils</a></li></ul></div>';
    expect(read(submeta)).not.toContain('explore more on these topics');
  });

  it("keeps a label-like line that opens its section ('Discussion' in bold over a paper's paragraph)", () => {
    const section =
      '<div class="section"><p><b>Discussion</b></p><p>The rebuilt wall held through three storms, which suggests that the new ' +
      'foundations were deep enough for the winter swells of this coast.</p></div>';
    expect(read(section)).toContain('discussion');
  });
});

describe("a medical article's sources box (clean.ts: 'sources' names furniture, round 14)", () => {
  it("drops 'How we reviewed this article:' with its note and its sources list, keeps the story", () => {
    const box =
      '<section class="css-sources"><h2>How we reviewed this article:</h2><p>Our experts continually monitor the health and wellness space, ' +
      'and we update our articles when new information becomes available.</p><ul><li>Haverly J, et al. (2025). Post-dinner walking and ' +
      'overnight glycemia in middle-aged adults: a randomized trial.</li></ul></section>';
    const text = read(box);
    expect(text).not.toMatch(/how we reviewed|continually monitor|haverly/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
  });
});
