import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe("a post's signature (signatures.ts) and a talk page's banners (clean.ts)", () => {
  it('drops a MediaWiki signature after the last words of a reply, and keeps the reply', () => {
    const reply =
      '<dl><dd><p>Agree, the opening is the date readers expect, so the harbour wall should say 1872 in the infobox. ' +
      '<a href="/wiki/User:Hollybank">Hollybank Reader</a> (<a href="/wiki/User_talk:Hollybank">talk</a>) 16:40, 3 March 2025 (UTC)</p></dd></dl>';
    const text = read(reply);
    expect(text).toContain('the opening is the date readers expect');
    expect(text).not.toMatch(/hollybank|16 40|utc/);
  });

  it('drops a dashed sign-off with a date under a letter, and keeps a sentence naming a person and a date', () => {
    expect(read('<blockquote><p>Please stay off the promenade tonight.</p>— Jane Ellis, 3 March 2025</blockquote>')).not.toContain('jane ellis');
    expect(read('<p>The wall was opened by Jane Ellis on 3 March 2025 in front of the whole town.</p>')).toContain('jane ellis');
  });

  it("drops a talk page's rating banner and a thread's 'Latest comment' and participant counts", () => {
    const banner = '<table class="tmbox"><tbody><tr><td>This article is rated C-class on the content assessment scale.</td></tr></tbody></table>';
    const meta = '<div class="section-metadata"><span>Latest comment: 2 days ago</span><span>2 people in discussion</span></div>';
    const text = read(`${banner}${meta}`);
    expect(text).not.toMatch(/rated c-class|latest comment|people in discussion/);
  });

  it("round 41: drops a mobile client's signature line under a post (Tapatalk), and keeps a sentence that starts the same way", () => {
    const post = (last: string) =>
      `<div class="post-body">The sills were soft right through, so I cut them out and welded new ones in.<br>\n<br>\n${last}</div>`;
    expect(read(post('Sent from my Pixel 8 using Tapatalk'))).not.toContain('sent from my');
    expect(read('<p>The sills were soft right through, so I cut them out.</p><p>Sent from my iPhone</p>')).not.toContain('sent from my');
    const sentence = 'Sent from my workshop in Leeds, the new sills arrived on Tuesday and fitted well.';
    expect(read(post(sentence))).toContain('sent from my workshop in leeds');
  });

  it("round 41: drops a forum signature's box that opens with a rule of underscores (vBulletin 3), and keeps the post above it", () => {
    const post = '<div>The sills were soft right through, so I cut them out and welded new ones in over two weekends.</div>';
    const text = read(`${post}<div>__________________<br />120 mixed reef | 40B sump | still chasing the perfect rock</div>`);
    expect(text).not.toContain('40b sump');
    expect(text).toContain('welded new ones in');
  });
});
