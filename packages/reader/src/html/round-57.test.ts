import { describe, expect, it } from 'vitest';
import { score } from '../test-support/page-kit.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT146_PAGES } from '../test-support/pages-heldout146.js';
import { HELDOUT160_PAGES } from '../test-support/pages-heldout160.js';
import { HELDOUT161_PAGES } from '../test-support/pages-heldout161.js';
import { HELDOUT162_PAGES } from '../test-support/pages-heldout162.js';
import { HELDOUT164_PAGES } from '../test-support/pages-heldout164.js';
import { extractArticle } from './extract.js';

describe('forum templates of batches 146 and 164 (rounds 56 and 57)', () => {
  it('reads a XenForo thread whose page box is `p-body-main--withSidebar` (the modifier says a sidebar is beside it, it is none)', () => {
    for (const name of ['heldout164-headfi-thread', 'heldout164-physicsforums-xenforo-thread', 'heldout164-avsforum-thread']) {
      const p = page(HELDOUT164_PAGES, name);
      expect({ name, recall: score(p, extractArticle(p.html).text).recall }).toEqual({ name, recall: 1 });
    }
    const html = `<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content">${STORY}</div>
<div class="p-body-sidebar"><h3>Latest reviews</h3><ul><li><a href="/r/1">Aldane AR-7 review</a></li></ul></div></div>`;
    expect(read(html)).toContain('ferry would run twice a day');
  });

  it("drops XenForo's poster stats (`message-userExtras`) and keeps the posts", () => {
    const headfi = page(HELDOUT164_PAGES, 'heldout164-headfi-thread');
    expect(leaked(headfi, ['Posts', 'Likes', '1,306', '12,870'])).toEqual([]);
    expect(score(headfi, extractArticle(headfi.html).text).precision).toBe(1);
  });

  it("drops phpBB 2's poster name cell, its time zone line, its table header and its permissions lines set between line breaks", () => {
    const gentoo = page(HELDOUT146_PAGES, 'heldout146-gentoo-forums-phpbb-topic');
    const text = extractArticle(gentoo.html).text;
    expect(text).not.toMatch(/^(?:tarnwick|Vossberg|pallasite|Author Message|All times are GMT)$/m);
    expect(text).not.toMatch(/You cannot (?:reply|edit|delete|vote)/);
    expect(score(gentoo, text).recall).toBe(1);
    // a line of a paragraph that only speaks of permissions stays
    expect(read('<p>The harbour master said: you cannot moor in this basin<br>without a permit, and the fine is £200.</p>')).toContain(
      'you cannot moor in this basin',
    );
  });

  it("drops FluxBB's online status under a post and a poster link to `profile.php?id=`, and keeps a name said in a post", () => {
    const arch = page(HELDOUT146_PAGES, 'heldout146-arch-linux-fluxbb-topic');
    const text = extractArticle(arch.html).text;
    expect(text).not.toMatch(/^Offline$/m);
    expect(text).toContain('Thanks jancik and Strix.');
    const html = `<div class="post"><p><a href="profile.php?id=2231">Strix</a></p>${STORY}</div>`;
    expect(read(html)).not.toMatch(/^strix$/m);
  });

  it('drops vBulletin\'s post date cell and a quote\'s "X posted:" header (Something Awful), and keeps every post', () => {
    const sa = page(HELDOUT164_PAGES, 'heldout164-somethingawful-vbulletin-thread');
    const text = extractArticle(sa.html).text;
    expect(leaked(sa, sa.bylines)).toEqual([]);
    expect(text).not.toMatch(/posted:$/m);
    expect(score(sa, text).recall).toBe(1);
  });

  it("drops a forum's rules box over the topic (`topic-rules`)", () => {
    const bogleheads = page(HELDOUT164_PAGES, 'heldout164-bogleheads-phpbb-topic');
    expect(
      leaked(
        bogleheads,
        bogleheads.furniture.filter((f) => f.startsWith('Non-investing')),
      ),
    ).toEqual([]);
  });
});

describe('notices and promos of batches 160 to 164 (round 57)', () => {
  it("drops a docs branch's banner and the line its script fills, and keeps a sentence about a version of the docs", () => {
    const godot = page(HELDOUT162_PAGES, 'heldout162-godot-docs-manual');
    expect(
      leaked(
        godot,
        godot.furniture.filter((f) => /version of this documentation|Checking the stable/.test(f)),
      ),
    ).toEqual([]);
    const notice = '<p>You are not reading the most recent version of this documentation. 4.3 is the latest version available.</p>';
    expect(read(notice + STORY)).not.toContain('most recent version');
    const story = '<p>This is the latest version of the harbour guide, which the office printed in March for the new season.</p>';
    expect(read(story)).toContain('latest version of the harbour guide');
  });

  it("drops a partner's and a course's box opened by its label line (Baeldung) and keeps the tutorial", () => {
    const baeldung = page(HELDOUT162_PAGES, 'heldout162-baeldung-tutorial');
    expect(
      leaked(
        baeldung,
        baeldung.furniture.filter((f) => /^(?:Partner|Course) –|Quillstack|Learn Spring course/.test(f)),
      ),
    ).toEqual([]);
    expect(score(baeldung, extractArticle(baeldung.html).text).recall).toBe(1);
  });

  it('drops an e-mail address alone, a mail archive\'s sender line, "Also:" headlines, a podcast promo and a membership line', () => {
    const korea = page(HELDOUT160_PAGES, 'heldout160-koreaherald-news');
    expect(
      leaked(
        korea,
        korea.bylines.filter((b) => b.includes('@')),
      ),
    ).toEqual([]);
    const zdnet = page(HELDOUT161_PAGES, 'heldout161-zdnet-news');
    expect(
      leaked(
        zdnet,
        zdnet.furniture.filter((f) => f.startsWith('Also:')),
      ),
    ).toEqual([]);
    const itv = page(HELDOUT160_PAGES, 'heldout160-itvnews-news');
    expect(
      leaked(
        itv,
        itv.furniture.filter((f) => f.startsWith('Want a quick')),
      ),
    ).toEqual([]);
    const snopes = page(HELDOUT160_PAGES, 'heldout160-snopes-fact-check');
    expect(leaked(snopes, ['Snopes is independent and reader-supported.'])).toEqual([]);
    const mail = page(HELDOUT164_PAGES, 'heldout164-debian-mhonarc-list-message');
    expect(
      leaked(
        mail,
        mail.bylines.filter((b) => b.startsWith('From:')),
      ),
    ).toEqual([]);
    // sentences that hold the same words stay
    const story =
      '<p>Also: the harbour office will publish the winter timetable on Friday.</p>' +
      '<p>Write to the harbour office at office@harbour.example if the ferry is late.</p>';
    const text = read(story + STORY);
    expect(text).toContain('also: the harbour office will publish');
    expect(text).toContain('office@harbour.example if the ferry');
  });

  it('drops a "More X from Y" heading and its list at the end of a story', () => {
    const si = page(HELDOUT160_PAGES, 'heldout160-si-news');
    expect(
      leaked(
        si,
        si.furniture.filter((f) => f.startsWith('More NFL') || f.startsWith('Week 12')),
      ),
    ).toEqual([]);
    expect(score(si, extractArticle(si.html).text).recall).toBe(1);
  });
});
