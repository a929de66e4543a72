import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

/** Whole-line furniture of round 29 (furniture-lines.ts), each beside a sentence of a story that shares its words. */
describe('furniture lines of round 29 (furniture-lines.ts)', () => {
  it('drops a co-reporting line without "to this report", and keeps a sentence on who contributed', () => {
    expect(read('<p><em>Marta Pellegrini contributed reporting.</em></p>')).not.toContain('pellegrini');
    expect(read('<p>Marta Pellegrini contributed reporting to the inquiry that reopened the harbour case.</p>')).toContain('reopened the harbour case');
  });

  it('drops an article’s audio player lines, and keeps a story about listening', () => {
    const player = '<div class="article-audio"><p>Press play to listen to this article</p><p>Voiced by artificial intelligence.</p><button>Play</button></div>';
    expect(read(player)).not.toMatch(/press play|voiced by/);
    expect(read('<p>Listen to the harbour at dawn and you hear the boats before you see them, the skipper said.</p>')).toContain('listen to the harbour');
  });

  it('drops a letters address, a relative date alone and a deleted comment’s stub, and keeps a sentence with them', () => {
    const text = read('<p>Contact us at letters@harbour.example.</p><p><time>3d ago</time></p><p>Comment deleted by user</p>');
    expect(text).not.toMatch(/letters@|3d ago|deleted by user/);
    expect(read('<p>Three days ago the crews found the old wall, and the comment deleted by the council was restored.</p>')).toContain(
      'three days ago the crews',
    );
  });

  it('drops a launch line, rank badges and a comment box’s placeholder, and keeps a sentence that asks a question', () => {
    const text = read('<p>Launched on October 14th, 2025</p><span>#11 Week Rank</span><p>What do you think? …</p>');
    expect(text).not.toMatch(/launched on|week rank|what do you think/);
    expect(read('<p>What do you think the wall will cost? The council says two million pounds.</p>')).toContain('what do you think the wall');
  });

  it('round 30: drops issue notes, a print-issue line, a research credit and a reporter’s contact line, and keeps sentences like them', () => {
    const lines =
      '<p>This article appears in the March 2026 issue. Subscribe now.</p><p>This article appeared in the Europe section of the print edition ' +
      'under the headline “Pulling the stopper”</p><span> • from DER SPIEGEL 4/2026</span><p><em>Adele Finch contributed research.</em></p>' +
      '<p>Reach Jordan Pike at jpike@ledger.example or 252-555-0148.</p>';
    expect(read(lines)).not.toMatch(/march 2026 issue|print edition|der spiegel|adele finch|jpike/);
    const kept =
      '<p>This article appeared in the harbour board’s minutes long before the council read it.</p>' +
      '<p>Reach the quay at low tide and the old wall is plain to see, Jordan Pike said.</p>';
    expect(read(kept)).toMatch(/harbour board’s minutes.*reach the quay at low tide/);
  });

  it('round 31: drops a newsletter masthead with its issue number, a price line, a table caption and a domain alone, and keeps code', () => {
    const lines =
      '<p>THE TEA SHED LETTER · No. 37 · March 2026</p><p>£9.50 / 50g</p><table><caption>Table 1. Retention rule types</caption>' +
      '<tr><td>Keep every boat record for seven years after the mooring ends.</td></tr></table><p><a href="/d/x">streetsreport.example</a></p>';
    const text = read(lines);
    expect(text).not.toMatch(/tea shed letter|£9\.50|table 1\.|streetsreport/);
    expect(text).toContain('keep every boat record');
    expect(read('<p>The attribute <code><span class="pre">st.constituents</span></code> is a table you can sort by amplitude.</p>')).toContain(
      'st.constituents',
    );
  });
});

describe('furniture lines of round 33 (furniture-lines.ts, calls.ts)', () => {
  it('drops a bare short date ("2w", "6d") and an edit note with its editor, and keeps a sentence with them', () => {
    const text = read('<div><time>2w</time></div><div><span>6d</span></div><div>« <em>Last Edit: Jan 7, 2026 at 9:02pm by Marguerite L</em> »</div>');
    expect(text).not.toMatch(/\b2w\b|\b6d\b|last edit/);
    expect(read('<p>The last edit of the harbour plan was made by Marguerite Lane on Jan 7, 2026, before the vote.</p>')).toContain('last edit');
  });

  it("drops a network's nudges to sign in, and keeps a sentence on signing in", () => {
    const nudges = ['Log in or sign up for Facebook to connect with friends, family and people you know.', 'To view or add a comment, sign in'];
    const text = read(nudges.map((n) => `<div><span>${n}</span></div>`).join(''));
    expect(text).not.toMatch(/connect with friends|view or add a comment/);
    expect(read('<p>Visitors sign in to the harbour office to see the tide tables before they launch.</p>')).toContain('sign in to the harbour');
  });

  it("round 38: drops a forum's guest box and a tracker's export line, and keeps sentences about members and formats", () => {
    const text = read('<p>You need to be a member in order to leave a comment</p><p>Also available in: <a href="a">Atom</a> | <a href="p">PDF</a></p>');
    expect(text).not.toMatch(/need to be a member|also available in/);
    const kept = read('<p>You need to be a member in order to leave a comment on the council site, which put many residents off.</p>');
    expect(kept).toContain('put many residents off');
  });

  it("round 39: drops Discuz!'s edit note and a video app's creator badge, and keeps sentences about editing and liking", () => {
    const text = read('<p>This post was last edited by kwokfai_lab at 2025-3-15 10:20</p><p>Liked by creator</p>');
    expect(text).not.toMatch(/last edited by|liked by creator/);
    expect(read('<p>This post was last edited by the harbour master at the end of March, after the wall was finished.</p>')).toContain('harbour master');
  });

  it("round 41: drops Google's developer-site licence footer, and keeps a sentence on a page's licence terms", () => {
    const footer =
      'Content and code samples on this page are subject to the licenses described in the Content License. ' +
      'Java and OpenJDK are trademarks or registered trademarks of Oracle and/or its affiliates.';
    expect(read(`<p>${footer}</p>`)).not.toContain('content license');
    expect(read('<p>The harbour trust says its photographs are subject to the licences described in each caption.</p>')).toContain('harbour trust says');
  });
});

describe('a spoiler notice (round 42, after batch 61)', () => {
  it('drops a one-cell notice table that warns of spoilers, and keeps a data table and a sentence about spoilers', () => {
    const notice =
      '<table class="notice"><tbody><tr><td><b>Spoiler warning!</b>\nThis article contains major plot details from Act III.</td></tr></tbody></table>';
    expect(read(notice)).not.toMatch(/spoiler warning|plot details/);
    const data = '<table><tbody><tr><td>Spoiler warning! This episode reveals the ending.</td><td>Season 2</td><td>Aired 2024</td></tr></tbody></table>';
    expect(read(data)).toContain('aired 2024');
    expect(read('<p>Spoiler warning: the review reveals the ending, the critic wrote, and readers thanked him for saying so first.</p>')).toContain(
      'readers thanked him',
    );
  });
});

describe('a "See also" line (round 42, after batch 61)', () => {
  it('drops a line of links under "See also", and keeps a sentence that opens with the words and goes on with a verb', () => {
    expect(read('<p>See also: <a href="/a">Cropston Reservoir</a>, <a href="/b">Thornton Pumping Station</a></p>')).not.toContain('cropston');
    expect(read('<p>See also <a href="/rot">Onion white rot</a>, which has not reached our beds yet but is two plots down.</p>')).toContain(
      'onion white rot, which has not reached',
    );
  });
});

describe("a site's alert bar (round 42)", () => {
  it('drops an alert or announcement bar by its name, and keeps a docs alert box and a story about an alert', () => {
    const bar = '<div class="alert-bar" role="region" aria-label="Campus alert"><p>Campus buildings close at 6pm on Friday 18 April.</p></div>';
    expect(read(bar)).not.toContain('campus buildings close');
    expect(read('<div class="announcement-bar"><p>Free delivery on orders over £40 until Sunday.</p></div>')).not.toContain('free delivery');
    const note = '<div class="alert alert-warning"><p>Back up the harbour database before you run the migration on the live server.</p></div>';
    expect(read(note)).toContain('back up the harbour database');
  });
});

describe("a news story's widget notices, credits and promotions (round 42, after batches 65 and 66)", () => {
  it('drops them, and keeps sentences that share their words', () => {
    const lines = [
      '<p class="nw-audio__notice">Voice is AI-generated. Inconsistencies may occur.</p>',
      '<p>Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.</p>',
      '<p><em>Sarah Lin contributed.</em></p>',
      '<p>(FRANCE 24 with AFP)</p>',
      '<div><span>In this article:</span><ul><li><a href="/t/a">Apple</a></li><li><a href="/t/b">Tablets</a></li></ul></div>',
      '<p><em><a href="/promo/">Find The Irish Times on WhatsApp and stay up to date</a></em></p>',
      '<p><em><a href="/promo/">Listen to our Inside Politics podcast for the latest political news and analysis</a></em></p>',
      '<p>Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories in your inbox.</p>',
      '<p>By signing up, you agree to receive this newsletter and other updates about Forbes and its affiliates.</p>',
      '<div class="b-singlepost-currents"><span>Music:</span> the guard announcing every stop to Newcastle</div>',
    ];
    const text = read(lines.join(''));
    for (const gone of ['ai-generated', 'in beta', 'sarah lin', 'france 24', 'in this article', 'whatsapp', 'inside politics', 'forbes', 'newcastle'])
      expect(text, gone).not.toContain(gone);
    const kept = [
      'The voice is AI-generated, the studio admitted, and listeners had complained for weeks before it said so.',
      'Sarah Lin contributed the photographs of the harbour wall to the exhibition, which opens on Friday.',
      'Listeners who join over 1,000 subscribers get the harbour podcast a day early, the council said.',
    ];
    const story = read(kept.map((p) => `<p>${p}</p>`).join(''));
    for (const words of ['the voice is ai-generated, the studio', 'sarah lin contributed the photographs', 'listeners who join over'])
      expect(story, words).toContain(words);
  });
});

describe("a help article's applicability boxes (round 42, after batch 70)", () => {
  it('drops "Applies To", editions, subscriptions and contributors boxes, and keeps a step that names a plan', () => {
    const boxes = [
      '<div class="appliesToList" role="region" aria-label="Applies To"><div>Applies To</div><ul><li>Outlook 2024</li><li>Outlook 2021</li></ul></div>',
      '<div class="box"><h4>Required Editions</h4><table><tbody><tr><td>Available in: Professional and Enterprise Editions</td></tr></tbody></table></div>',
      '<div class="kb-article__subscriptions"><p>Available with any of the following subscriptions, except where noted:</p><p>Marketing Hub</p></div>',
      '<section class="contributors"><p>These fine people helped write this article: <a href="/u/1">Ingrid</a>, <a href="/u/2">Tomasz</a></p></section>',
    ];
    const text = read(boxes.join(''));
    for (const gone of ['outlook 2024', 'required editions', 'available in', 'marketing hub', 'fine people']) expect(text, gone).not.toContain(gone);
    expect(read('<p>On the Professional plan, open Settings and choose the harbour calendar before you import the tide table.</p>')).toContain(
      'on the professional plan',
    );
  });
});

describe("a health page's review line (furniture-lines.ts, round 47)", () => {
  it('drops "Medically Reviewed." and a reviewer line, and keeps a sentence about reviews', () => {
    const text = norm(
      extractArticle(
        harbourStory(
          '<div class="byline"><span>Medically Reviewed.</span></div><p>Medically reviewed by Dana Ruiz, MD</p>' +
            '<p>Medically reviewed guidance on harbour swimming was published by the council in March after two rescues.</p>',
        ),
      ).text,
    );
    expect(text).not.toMatch(/medically reviewed\.|dana ruiz/);
    expect(text).toContain('medically reviewed guidance on harbour swimming');
  });
});
