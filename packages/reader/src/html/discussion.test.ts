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
});
