import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

/** Round 33 (batch 35): threads whose posts the reader had read in part. */
const REPLIES = [
  'Check the float first. A stuck float keeps the valve open and the cistern fills until the overflow takes the rest of the water.',
  'It was the float. It had a crack and half filled with water, so it sat too low. A new one cost four pounds and the noise has stopped.',
  'Worth knowing for later: the older valves take a brass float arm, and the plastic replacements bend if you tighten them too hard.',
];
const OPENING = 'My cistern keeps running for a minute after every flush and then drips into the bowl all night. What should I look at first?';

describe('threads read whole (discussion.ts, round 33)', () => {
  it('reads every posting when schema.org marks the replies as postings beside the first one, not inside it (vBulletin 5)', () => {
    const post = (text: string, prop: string) =>
      `<li class="b-post" itemscope itemtype="https://schema.org/DiscussionForumPosting" itemprop="${prop}"><div itemprop="text">${text}</div></li>`;
    const html = `<html><body><h1>Cistern keeps running</h1><ul class="conversation-list">${post(OPENING, 'mainEntity')}
${REPLIES.map((r) => post(r, 'comment')).join('\n')}</ul><footer><p>Powered by vBulletin. All times are GMT.</p></footer></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('keeps running for a minute');
    for (const reply of REPLIES) expect(text).toContain(norm(reply).slice(0, 40));
  });

  it('reads replies typed as schema.org Comments beside the opening posting (vBulletin 5.7)', () => {
    const post = (text: string, type: string, prop = '') =>
      `<li class="b-post js-post js-comment-entry__parent" itemscope itemtype="https://schema.org/${type}"${prop}><div itemprop="text">${text}</div></li>`;
    const html = `<html><body><h1>Cistern keeps running</h1><ul class="conversation-list">${post(OPENING, 'DiscussionForumPosting', ' itemprop="mainEntity"')}
${REPLIES.map((r) => post(r, 'Comment')).join('\n')}</ul><footer><p>Powered by vBulletin. All times are GMT.</p></footer></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('keeps running for a minute');
    for (const reply of REPLIES) expect(text).toContain(norm(reply).slice(0, 40));
  });

  it('keeps comments named only by their label ("Comment by ...") and set in spans, and drops their poster names (Facebook)', () => {
    const avatar = (href: string) => `<a aria-hidden="true" href="${href}"><svg role="img"><image href="a.jpg"></image></svg></a>`;
    const comment = (who: string, href: string, text: string) =>
      `<div aria-label="Comment by ${who}" role="article">${avatar(href)}<div><span><a href="${href}">${who}</a></span>` +
      `<div dir="auto"><span>${text}</span></div></div></div>`;
    const people: [string, string][] = [
      ['Deb Kowalczyk', 'https://www.facebook.com/deb.k'],
      ['Marcus Hale', 'https://www.facebook.com/marcus.hale.9'],
      ['Priya Raman', 'https://www.facebook.com/priya.raman'],
    ];
    const html = `<html><head><meta property="og:title" content="Alder Creek Parks"></head><body><div role="main">
<div><span>${OPENING}</span></div>${people.map(([who, href], i) => comment(who, href, REPLIES[i] ?? '')).join('\n')}</div></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const reply of REPLIES) expect(text).toContain(norm(reply).slice(0, 40));
    for (const [who] of people) expect(text).not.toContain(who.toLowerCase());
  });

  it('keeps a comment box labelled "Comments" and drops the "Replies" heading over the replies (Apple Developer Forums)', () => {
    const ld = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Cistern keeps running"}</script>';
    const html = `<html><head>${ld}</head><body><main><h1>Cistern keeps running</h1><div class="post"><p>${OPENING}</p></div><h2>Replies</h2>
${REPLIES.map(
  (r, i) => `<div class="reply"><p>${r}</p><div class="post-comments" aria-label="Comments"><div class="comment"><p class="comment-text">\
Same here with a cistern ${i + 1} years old, and the new float fixed it.</p></div></div></div>`,
).join('\n')}</main></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('the new float fixed it');
    expect(text).not.toMatch(/^#+ replies$/m);
  });

  it('stops widening the thread at a post set straight in a box, so the side column and footer stay out (Steam)', () => {
    const html = `<html><body><div class="page"><div class="maincol"><div class="forum_op"><div class="topic">Cistern keeps running</div>
<div class="content">${OPENING}</div></div><div class="commentthread_comments">${REPLIES.map(
      (r) => `<div class="commentthread_comment"><div class="commentthread_comment_text">${r}</div></div>`,
    ).join('\n')}</div></div>
<div class="rightcol"><div class="topicstats"><div class="label">Date Posted:</div><div>Jan 18 @ 10:14pm</div></div>
<div class="notice">Some map data on this website is provided by an open gazetteer.</div></div></div></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const reply of REPLIES) expect(text).toContain(norm(reply).slice(0, 40));
    expect(text).not.toMatch(/date posted|open gazetteer/);
  });

  it("drops a forum's user card beside each post, named mini-profile (ProBoards: rank, post and like counts, location, online)", () => {
    const card = (who: string) =>
      `<td class="left-panel"><div class="mini-profile"><a class="user-link" href="/user/7">${who}</a><div class="rank-5">Master Mechanic</div>` +
      '<div class="info">Posts: 3,418<br>Likes: 1,906<br>Location: <span>Dayton, Ohio</span></div><div class="online">Member is Online</div></div></td>';
    const row = (who: string, text: string) =>
      `<tr class="post">${card(who)}<td class="content-cell"><article><div class="message">${text}</div></article></td></tr>`;
    const html = `<html><body><h1>Cistern keeps running</h1><table class="posts">${row('Marguerite L', OPENING)}
${REPLIES.map((r) => row('Gus', r)).join('\n')}</table></body></html>`;
    const text = norm(extractArticle(html).text);
    for (const reply of REPLIES) expect(text).toContain(norm(reply).slice(0, 40));
    expect(text).not.toMatch(/master mechanic|posts: 3,418|dayton|member is online/);
  });
});
