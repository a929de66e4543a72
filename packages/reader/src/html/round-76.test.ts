import { describe, expect, it } from 'vitest';
import { HELDOUT271_PAGES } from '../test-support/pages-heldout271.js';
import { HELDOUT272_PAGES } from '../test-support/pages-heldout272.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

describe('batches 271 and 272 (round 76)', () => {
  it('drops a registration wall by its name, and keeps a story about a wall', () => {
    const zephr = page(HELDOUT271_PAGES, 'heldout271-drupal-zephr-regwall-news');
    expect(leaked(zephr, ['Create a free account to keep reading', 'Registered readers get:', 'Access to our whitepaper library'])).toEqual([]);
    const wall = '<div id="zephr-registration-wall" class="zephr-wall"><h2>Create a free account to keep reading</h2><p>Registered readers get more.</p></div>';
    expect(read(`${STORY}${wall}`)).not.toContain('free account');
    expect(read(`${STORY}<div class="sea-wall"><p>The sea wall along the quay will be raised by a metre before the winter storms.</p></div>`)).toContain(
      'sea wall along the quay',
    );
  });
  it("drops Bugzilla's status and attachments and Launchpad's status changes, and keeps the comments", () => {
    const bugzilla = page(HELDOUT272_PAGES, 'heldout272-bugzilla-bug-forum');
    expect(leaked(bugzilla, ['RESOLVED FIXED', 'Attachments', 'Bug 1893301 - Reserve space for sticky thead when paginating tables'])).toEqual([]);
    expect(leaked(bugzilla, bugzilla.body).length).toBe(bugzilla.body.length);
    const launchpad = page(HELDOUT272_PAGES, 'heldout272-launchpad-bug-forum');
    const changes = launchpad.furniture.filter((t) => t.startsWith('Changed in '));
    expect(changes.length).toBe(3);
    expect(leaked(launchpad, [...changes, 'Fix Released', 'Medium'])).toEqual([]);
    expect(leaked(launchpad, launchpad.body).length).toBe(launchpad.body.length);
    const status = read(`${STORY}<p>RESOLVED FIXED</p><p>The ferry dispute is resolved, and the fixed fares start in May.</p>`);
    expect(status).not.toContain('resolved fixed');
    expect(status).toContain('the ferry dispute is resolved');
  });
});
