import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT431_PAGES } from '../test-support/pages-heldout431.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

const DESCRIPTION = `<p>When a member renews online after the first of the month, the renewal is dated from the day of payment instead of the
first, so the member loses up to a month of cover.</p><p>The payment form passes the right date to the membership service, but the
service replaces it with the current date when it builds the renewal record.</p><p>Steps to reproduce are on the linked test account,
which renews on the fourteenth of each month and shows the wrong date in its history.</p>`;
const COMMENT = (who: string, text: string): string => `<div class="comment"><span class="comment-author">${who}</span><p>${text}</p></div>`;
const COMMENTS = [
  COMMENT('Imogen Rask', 'Reproduced on the test account: the history shows the fourteenth replaced by today.'),
  COMMENT('Tariq Vell', 'The fix keeps the date the form sends and adds a check that the record matches it.'),
].join('');
const FIELDS = '<dl class="fields"><dt>Status</dt><dd>Resolved</dd><dt>Assignee</dt><dd>Tariq Vell</dd><dt>Priority</dt><dd>High</dd></dl>';
const PAGE = (title: string, fields: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
<header><a href="/">Members desk</a></header><main><h1>Renewals are dated from the payment day</h1>${fields}
<div class="description">${DESCRIPTION}</div><div class="comments">${COMMENTS}</div></main><footer><p>Members desk tracker</p></footer>
</body></html>`;

describe('batch 431 (round 100)', () => {
  it("reads an issue's comments with its description: its title carries the issue's key, its fields are a tracker's", () => {
    for (const name of ['heldout431-youtrack-issue-forum', 'heldout431-phabricator-task-forum', 'heldout431-jira-cloud-issue-docs']) {
      const issue = page(HELDOUT431_PAGES, name);
      const prose = issue.body.filter((b) => b.length > 100);
      expect(prose.length, name).toBeGreaterThan(3);
      expect(present(issue, prose), name).toEqual(prose);
    }
    const text = norm(extractArticle(PAGE('MEM-4127 Renewals are dated from the payment day - Members desk', FIELDS)).text);
    expect(text).toContain('reproduced on the test account');
    expect(text).toContain('the payment form passes the right date');
  });

  it("keeps comments out of a page that is no issue: a newsletter's issue number without a tracker's fields", () => {
    const text = norm(extractArticle(PAGE('Issue #45: Renewals are dated from the payment day', '')).text);
    expect(text).toContain('the payment form passes the right date');
    expect(text).not.toContain('reproduced on the test account');
  });
});
