import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/** Round 35 (batches 40 and 41): social web apps saved from the browser, and news templates the reader had read in part. */
const POSTS = [
  'I spent six weeks timing how fast rain reaches the storm drains on my street.',
  'First surprise: the drains did not fill in the order I expected, and the one at the bottom of the hill was nearly always last.',
  'The reason is leaves. The three drains under the plane trees were half blocked by mid-October, so water backed up there first.',
];
const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('social web apps (round 35)', () => {
  it("reads an X thread on X's own page: its tweets are the page, not embeds, and a post's blank lines are lines (embeds.ts, white-space.ts)", () => {
    const tweet = (text: string) =>
      `<div data-testid="cellInnerDiv"><article data-testid="tweet"><div data-testid="tweetText" dir="auto"><span>${text}</span></div></article></div>`;
    const html = `<html><head><title>Ines Rowe on X: "${POSTS[0]}\n\nHere is what a rain gauge taught me." / X</title>
<meta property="og:site_name" content="X (formerly Twitter)"></head><body><main><h1 id="accessible-list-0">Conversation</h1>
<div aria-label="Timeline: Conversation">${tweet(`${POSTS[0]}\n\nHere is what a rain gauge taught me.`)}${POSTS.slice(1).map(tweet).join('')}</div></main>
</body></html>`;
    const { title, text } = extractArticle(html);
    // the <title> quotes the first post: its first line is the title, and the hidden "Conversation" heading gives way
    expect(title).toBe(POSTS[0]);
    expect(text).not.toMatch(/conversation/i);
    expect(text).toContain('Here is what a rain gauge taught me.');
    for (const p of POSTS.slice(1)) expect(text).toContain(p);
    // on another site the same markup is an embed
    expect(norm(extractArticle(html.replace('X (formerly Twitter)', 'Harbour News')).text)).not.toContain('plane trees');
  });

  it("keeps a note's replies named in camelCase as comments (Substack's `feedCommentBody`) and a short reply beside its avatar", () => {
    const reply = (who: string, text: string) =>
      `<div class="feedCommentBody-x"><a href="https://substack.com/@${who}"><picture><img alt="${who}'s avatar" src="a.jpg"></picture></a>` +
      `<div class="feedCommentBodyInner-AOzMIC"><p>${text}</p></div></div>`;
    const html = `<html><head><title>Wren on Substack: "${POSTS[0]}"</title></head><body><h1>Note</h1><div class="pencraft">
<div class="pub">The Slow Kitchen</div><p>${POSTS[0]}</p><p>${POSTS[1]}</p>\
${reply('mara', 'As a reader I would happily take the short version of every recipe.')}
${reply('tomas', POSTS[2] ?? '')}${reply('lene', `${POSTS[1]} ${POSTS[2]}`)}</div></body></html>`;
    const { title, text } = extractArticle(html);
    expect(title).toBe(POSTS[0]);
    expect(norm(text)).toContain('happily take the short version');
    expect(norm(text)).not.toMatch(/^#+ note$/m);
  });
});

describe('tracker and news templates (round 35)', () => {
  it("reads a Phabricator task's description in its property list, and drops its curtain and minor events", () => {
    const curtain = '<div class="phui-curtain-panel"><div>Subscribers</div><div>Wren, Tomas and three others follow this task closely.</div></div>';
    const html = `<html><body>${curtain}<h1>Watchlist expiry resets</h1>
<div class="phui-property-list-section"><div class="phui-property-list-text-content"><p>${POSTS[1]}</p><p>${POSTS[2]}</p></div></div>
<div class="phui-timeline"><div>DTorsvik triaged this task as Medium priority.</div><div>gerritbot removed a project: Patch-For-Review.</div></div>
</body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain(norm(POSTS[2] ?? '').slice(0, 40));
    expect(text).not.toMatch(/follow this task|triaged this task|removed a project/);
  });

  it('keeps the paragraphs of a key-points box labelled "In short:", and takes an <h2> named headline as the title', () => {
    const box = `<aside aria-label="Key points"><h2>In short:</h2><p>${POSTS[1]}</p><h3>What's next?</h3><p>${POSTS[2]}</p></aside>`;
    const text = read(box);
    expect(text).toContain(norm(POSTS[1] ?? '').slice(0, 40));
    expect(text).toContain(norm(POSTS[2] ?? '').slice(0, 40));
    const html = `<html><head><title>Deal trims satellite money - POLITICO</title></head><body><h2 class="headline">Deal trims money for next-generation \
weather satellites</h2><p>${POSTS[1]} ${POSTS[2]}</p><p>${POSTS[2]} ${POSTS[1]}</p></body></html>`;
    expect(extractArticle(html).title).toBe('Deal trims money for next-generation weather satellites');
  });

  it("drops a poster's nickname and the lines of forum and app chrome, and keeps sentences with their words", () => {
    const lines = [
      'message 3:',
      'Comments Showing 1-5 of 5 (5 new)',
      '1,284 members',
      "Message withdrawn at poster's request.",
      'If you have Telegram, you can view this post and join Riverside Transit Watch right away.',
      'Looking for more? Join the community!',
    ];
    const text = read(`<div><span class="font-bold nickname">NeverEnoughTeabags</span></div>${lines.map((l) => `<div>${l}</div>`).join('')}`);
    expect(text).not.toMatch(/teabags|message 3|comments showing|members|withdrawn|if you have telegram|looking for more/);
    expect(read('<p>Our 1,284 members voted to keep the harbour open on Sundays, and the council agreed.</p>')).toContain('1,284 members voted');
  });
});

describe('a post and its comments as entries of one class at different depths (round 39, batch 45)', () => {
  const entry = (tag: string, text: string) =>
    `<div role="button" class="_a9zm"><div class="_a9zr"><${tag}>ines.rowe</${tag}></div><div class="_a9zs"><span dir="auto">${text}</span></div></div>`;
  const caption = `${POSTS[0]}<br><br>${POSTS[1]}<br><br>${POSTS[2]}<br><br>#rain #drains`;
  const comments = [
    'This is such a good project. Did the council ever reply to your letter about the leaves?',
    'We have the same problem on our road, the drain by the bus stop floods every single October.',
    'Brilliant work. Could you share the spreadsheet so that we can try it on our street this winter?',
  ];
  const page = `<html><head><title>Ines Rowe on Instagram: "${POSTS[0]}"</title></head><body><main><article>
<ul class="_a9z6"><div class="x78zum5">${entry('h2', `<h1 dir="auto">${caption}</h1>`)}</div>
<div class="_a9zq"><div class="x78zum5">${comments.map((c) => entry('h3', c)).join('')}</div></div></ul></article></main></body></html>`;

  it("reads a caption set in an <h1> as the post's lines, titled by its first line, with the comments in their buttons", () => {
    const { title, text } = extractArticle(page);
    expect(title).toBe(POSTS[0]);
    const read = norm(text);
    for (const p of [...POSTS.slice(1), ...comments]) expect(read).toContain(norm(p));
    // the caption's lines are paragraphs, not headings
    expect(text).not.toMatch(/^#+ (?:first surprise|the reason is leaves)/im);
  });

  it('keeps a button that is a control out', () => {
    const read = norm(extractArticle(page.replace('</article>', '<div role="button">Load more comments</div></article>')).text);
    expect(read).not.toContain('load more comments');
  });
});
