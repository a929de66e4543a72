import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const comment = (id: number, who: string, text: string) =>
  `<div data-testid="issue-comment-base.ui.comment.ak-comment.${id}"><div class="css-head"><span>${who}</span></div>` +
  `<div class="ak-renderer-document"><p>${text}</p></div></div>`;
const COMMENTS: [string, string][] = [
  ['Dmitri Kov', 'Reproduced twice this morning. The new hinge bushings are a size too small, so the gate binds as soon as the water rises.'],
  ['Lena Osei', 'The supplier has agreed to send the right bushings by Friday. Until then the gate is to be opened by hand from the walkway.'],
  ['Aisha Bello', 'Fitted the new bushings on Friday afternoon and ran the gate twenty times at high and low water. It opens fully every time.'],
];
const issue = `<html><body><main><h1>Lock gate sticks halfway after the winter refit</h1>
<div data-testid="issue.views.issue-base.content.description"><h2>Description</h2>
<p>The north lock gate stops halfway when it is opened from the control hut.</p></div>
<div data-testid="issue.activity.container">${COMMENTS.map(([who, text], i) => comment(i + 1, who, text)).join('\n')}</div></main></body></html>`;

describe('a discussion whose comments are named only by a test hook (discussion.ts, round 15)', () => {
  it("reads a tracker issue's description and every comment named by data-testid (Jira), as a thread", () => {
    const text = norm(extractArticle(issue).text);
    expect(text).toContain('the north lock gate stops halfway');
    for (const words of ['reproduced twice this morning', 'the supplier has agreed', 'fitted the new bushings']) expect(text).toContain(words);
  });

  it("reads a table-layout thread whose comments set their first paragraph straight in the box (Hacker News; round 17), not a story's", () => {
    const reply = (i: number, text: string) =>
      `<tr class="athing comtr"><td><table><tr><td class="default"><span class="comhead">user${i} 3 hours ago</span>` +
      `<div class="comment"><div class="commtext c00">${text}</div></div></td></tr></table></td></tr>`;
    const replies = COMMENTS.map(([, text], i) => reply(i, text)).join('');
    const post = '<div class="toptext">We are four engineers on call one week in four. How do you keep the rotation from wearing people out?</div>';
    const tree = `<table class="comment-tree">${replies}</table>`;
    const thread = `<html><body><table id="hnmain"><tr><td>${post}</td></tr><tr><td>${tree}</td></tr></table></body></html>`;
    const text = norm(extractArticle(thread).text);
    for (const words of ['reproduced twice this morning', 'the supplier has agreed', 'fitted the new bushings']) expect(text).toContain(words);
    // the same comments beside a story marked as an <article> stay comments (Slashdot)
    const storyText = 'The harbour lock gates were refitted this winter at a cost of two million pounds. '.repeat(5);
    const story = `<html><body><article><h1>Lock gates</h1><div class="p">${storyText}</div></article>
<table class="comment-tree">${replies}</table></body></html>`;
    expect(norm(extractArticle(story).text)).not.toContain('the supplier has agreed');
  });

  it("keeps the comments under a Q&A page's answer when only names say question and answer (Microsoft Q&A; round 18), not an article's", () => {
    const [[, q], [, a], [, c]] = COMMENTS as [[string, string], [string, string], [string, string]];
    const notes = `<div class="comments"><h3>Comments</h3><div class="comment"><p>${c}</p>
<span><a href="/users/9">Aisha Bello</a> <local-time>Nov 12, 2025, 1:30 PM</local-time></span></div></div>`;
    const qa = `<html><body><main><div class="question"><h1>Lock gate sticks halfway</h1><div class="content"><p>${q}</p></div></div>
<h2>1 answer</h2><div class="answer"><div class="content"><p>${a}</p></div></div>${notes}</main></body></html>`;
    const text = norm(extractArticle(qa).text);
    expect(text).toContain('fitted the new bushings');
    expect(text).not.toContain('nov 12, 2025');
    const story = `<html><body><article><h1>Lock gate sticks halfway</h1><p>${q} ${a}</p><p>${a} ${q}</p></article>${notes}</body></html>`;
    expect(norm(extractArticle(story).text)).not.toContain('fitted the new bushings');
  });

  it('does not read a thread found in a <noscript> crawler copy, which the furniture pass removes whole (Discourse; round 27)', () => {
    const post = '<p>Offline sync is here, and search runs on the device now.</p><div class="meta"><span>1380×776 92.4 KB</span></div>';
    const html = `<html><head><title>Harbour 4.2 is out</title></head><body><main><h1>Harbour 4.2 is out</h1><div class="cooked">${post}
<p>${'The release also ends the old v1 API, which has been deprecated for two years. '.repeat(3)}</p></div></main>
<noscript><div itemscope itemtype="http://schema.org/DiscussionForumPosting"><div itemprop="text">${post}</div></div></noscript></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('offline sync is here');
    expect(text).not.toContain('92.4 kb');
  });

  it('round 32: reads a blog post set as <div>s of text inside its <article> as the article, and its comments as comments', () => {
    const post = [1, 2, 3, 4, 5, 6]
      .map((n) => `<div>Day ${n} on the ridge was wet but the basalt held, and we reached the bothy before the light went at six.</div>`)
      .join('');
    const comments = [1, 2, 3, 4, 5, 6]
      .map((n) => `<li class="comment"><p class="comment-content">Comment ${n}: lovely photos, and September is usually kinder than people think.</p></li>`)
      .join('');
    const html =
      `<html><head><title>Skye</title></head><body><article class="post-outer-container"><h3>Three days on the Cuillin</h3><div class="post-body">${post}` +
      `</div></article><section class="comments" id="comments"><ol>${comments}</ol></section></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('the basalt held');
    expect(text).not.toContain('lovely photos');
  });

  it('round 41: reads a Q&A page that names no question or answer by the heading that counts its answers (Codidact), not a story', () => {
    const [[, q], [, a], [, c]] = COMMENTS as [[string, string], [string, string], [string, string]];
    const post = (body: string, notes: string) => `<div class="post"><div class="post--content"><p>${body}</p></div>${notes}</div>`;
    const notes = `<div class="post--comments"><h4>1 comment thread</h4><div class="comment"><div class="comment--body">${c}</div></div>
<a class="js-new-thread-link" href="#">Start a new comment thread</a></div>`;
    const page = (heading: string) =>
      `<html><body><main><div class="cell"><h1>Lock gate sticks halfway</h1>${post(q, notes)}<div class="list-header"><h2>${heading}</h2></div>` +
      `${post(a, '')}<p><a href="/users/sign_up">Sign up</a> to answer this question »</p></div><aside><p>Related</p></aside></main></body></html>`;
    const text = norm(extractArticle(page('2 answers')).text);
    expect(text).toContain('fitted the new bushings');
    expect(text).not.toMatch(/comment thread|sign up/);
    // without the count, comments under a post are comments
    expect(norm(extractArticle(page('Background')).text)).not.toContain('fitted the new bushings');
  });
});
