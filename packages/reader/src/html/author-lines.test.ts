import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticleWith } from './article.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';

const read = (inner: string, head = '') => norm(extractArticle(harbourStory(inner, { head })).text);
/** The rules alone: the learned model (learned/) reads an author's bio line as furniture wherever it stands, as the pages' gold does. */
const byRules = (inner: string, head = '') => norm(extractArticleWith(harbourStory(inner, { head }), parseDocument, null).text);

describe('lines about the author (author-lines.ts)', () => {
  const note = '<ul><li><p><em>Ana Ruiz is a former harbour engineer and writes about ports</em></p></li></ul>';

  it("drops an author note set in italics that opens with the page's author, named in a meta tag, JSON-LD or rel=author", () => {
    expect(read(note, '<meta name="author" content="Ana Ruiz">')).not.toContain('former harbour engineer');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"}]}</script>';
    expect(read(note, ld)).not.toContain('former harbour engineer');
    expect(extractArticle(harbourStory(note, { before: '<p>By <a rel="author" href="/ana">Ana Ruiz</a></p>' })).text).not.toContain('former harbour');
  });

  it("keeps the same line when it is not about the page's author, not emphasised, or not a predicate", () => {
    expect(byRules(note)).toContain('former harbour engineer');
    expect(byRules(note, '<meta name="author" content="Tom Reed">')).toContain('former harbour engineer');
    const plain = '<p>Ana Ruiz is a former harbour engineer and writes about ports; she walked the wall with us in March.</p>';
    expect(read(plain, '<meta name="author" content="Ana Ruiz">')).toContain('former harbour engineer');
  });

  it("drops what a comment header or a timeline event says once its author's name is gone", () => {
    const header =
      '<div class="post-body"><h3><strong><a class="author" href="/mkovac">mkovac</a></strong> commented <a href="#"><relative-time ' +
      'datetime="2025-03-04T09:00:00Z">Mar 4, 2025</relative-time></a></h3><p>I can reproduce this with a share on a Linux machine.</p></div>' +
      '<div class="TimelineItem-body"><a class="author" href="/mkovac">mkovac</a> linked a pull request that will close this issue ' +
      '<a href="#">Mar 4, 2025</a></div>';
    const text = read(header);
    expect(text).not.toMatch(/commented|linked a pull request/);
    expect(text).toContain('i can reproduce this');
    // a line that goes on as a sentence of its own is kept
    expect(read('<p><a class="author" href="/mkovac">mkovac</a> The wall was finished in May.</p>')).toContain('the wall was finished in may');
  });
});

describe('production notes and profile links (author-lines.ts, round 6)', () => {
  it('drops an italic note on who produced the article, and keeps the same words in a plain paragraph', () => {
    const note =
      '<p><i>This article was produced by the Harbour Desk fact check team. <a href="/about">Read more about our work to check ' +
      'claims about the port.</a></i></p>';
    expect(read(note)).not.toMatch(/was produced by|read more about our work/);
    expect(read('<p>This report was written by the council in 2019 and found the wall unsafe after the storms of that winter.</p>')).toContain(
      'this report was written by the council',
    );
  });

  it("drops a poster's name set alone as a link to their profile page, and keeps a profile link inside a sentence", () => {
    expect(read('<p><span class="q-text"><a href="/profile/Dana-Whitlock">Dana Whitlock</a></span></p>')).not.toContain('dana whitlock');
    expect(read('<p><a href="./memberlist.php?mode=viewprofile&amp;u=2">mopedmick</a></p>')).not.toContain('mopedmick');
    expect(read('<p>The plans were drawn by <a href="/people/dana-whitlock">Dana Whitlock</a>, who also built the ferry berth.</p>')).toContain(
      'drawn by dana whitlock',
    );
  });
});

describe("the writer's sign-off line (author-lines.ts, round 12)", () => {
  const head = '<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Hannah Price"}]}</script>';
  it("drops the writer's first name standing as the last line of a newsletter issue, keeps the valediction", () => {
    const text = read('<p>See you next Thursday,</p><p>Hannah</p>', head);
    expect(text).toContain('see you next thursday,');
    expect(text).not.toMatch(/\bhannah\b/);
  });

  it("keeps a one-word line that is not the writer's name", () => {
    expect(read('<p>See you next Thursday,</p><p>Onwards</p>', head)).toContain('onwards');
  });

  it('round 30: drops a channel’s note on its partners set in italics, and keeps a sentence on a partnership', () => {
    expect(read('<p><em>Future Tense is a partnership of Slate, New America, and Arizona State University that looks at technology.</em></p>')).not.toContain(
      'future tense',
    );
    expect(read('<p>The ferry service is a partnership of the council and two boat owners, and it runs all year.</p>')).toContain('ferry service');
  });
});
