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
});
