import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const comment = (who: string, text: string, label = '') =>
  `<div class="TimelineItem"><div class="header"><a class="author" href="/${who}">${who}</a>${label} commented</div>` +
  `<div class="comment-body"><p>${text}</p></div></div>`;
const thread = (bot: string) => `<html><body><main><h1>Retry uploads on 503</h1>
<div class="discussion-timeline">${comment('jkowalczyk', 'Uploads fail outright when the gateway answers 503 during a rolling deploy of the harbour gateway.')}
${comment('codecov', 'All modified and coverable lines are covered by tests, and project coverage is 87.42 per cent.', bot)}
${comment('tobias-lenz', 'Tested against the staging gateway with a forced 503 every thirty seconds; both pushes finished.')}
</div></main></body></html>`;

describe('comments a bot posts in a thread (bots.ts, round 21)', () => {
  it("drops a comment by an account labelled 'bot', keeps the people's comments", () => {
    const text = norm(extractArticle(thread('<span class="Label" aria-label="This account is a bot.">bot</span>')).text);
    expect(text).not.toContain('coverable lines');
    expect(text).toContain('uploads fail outright');
    expect(text).toContain('tested against the staging gateway');
  });

  it("keeps a comment whose text merely says 'bot' somewhere", () => {
    expect(norm(extractArticle(thread('<span class="handle">bot</span>')).text)).toContain('coverable lines');
  });
});
