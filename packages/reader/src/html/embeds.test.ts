import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

/** Embed codes as the networks hand them out (script tags left out: the furniture pass drops them anyway). */
const TWEET =
  '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">The quay road will be shut to all traffic from ' +
  'Monday. Check the diversion before you set off. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Porthaven ' +
  'Harbour (@PorthavenHarbour) <a href="https://twitter.com/PorthavenHarbour/status/1790001?ref_src=twsrc%5Etfw">May 13, ' +
  '2024</a></blockquote>';
const INSTAGRAM =
  '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C6xYz/?utm_source=ig_embed" ' +
  'data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C6xYz/?utm_source=ig_embed" target="_blank">' +
  '<div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/C6xYz/">A post shared by Porthaven ' +
  'Lifeboat (@porthavenrnli)</a></p></div></blockquote>';
const BLUESKY =
  '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kq" data-bluesky-cid="bafy">' +
  '<p lang="en">First boats back in the inner basin this morning, a month early.</p>&mdash; Quay Watch (<a ' +
  'href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@quaywatch.bsky.social</a>) <a ' +
  'href="https://bsky.app/profile/did:plc:abc/post/3kq?ref_src=embed">March 2, 2024 at 9:12 AM</a></blockquote>';
/** TikTok's code links to the author's profile and the sound, not to the video: only its class tells. */
const TIKTOK =
  '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@porthavenrnli/video/7360001" data-video-id="7360001"><section>' +
  '<a target="_blank" title="@porthavenrnli" href="https://www.tiktok.com/@porthavenrnli?refer=embed">@porthavenrnli</a> Launch ' +
  'practice in the harbour mouth at high water <a href="https://www.tiktok.com/music/original-sound-7360002">♬ original sound</a>' +
  '</section></blockquote>';
/** A site's own rendering of a post (no embed class): a quote that links to the post's permalink. */
const BARE_POST =
  '<blockquote><p>Huge thanks to everyone who turned out for the harbour clean-up on Sunday.</p>&mdash; Porthaven ' +
  'Council (@porthavencouncil) <a href="https://x.com/porthavencouncil/status/1790002">May 12, 2024</a></blockquote>';

describe('embedded social posts (embeds.ts)', () => {
  it('drops posts embedded from X/Twitter, Instagram, Bluesky and TikTok, by their embed codes', () => {
    const text = read(TWEET + INSTAGRAM + BLUESKY + TIKTOK);
    expect(text).not.toMatch(/launch practice|original sound/);
    expect(text).not.toMatch(/quay road will be shut|@porthavenharbour|may 13, 2024/);
    expect(text).not.toMatch(/view this post on instagram|a post shared by/);
    expect(text).not.toMatch(/first boats back|quay watch/);
    expect(text).toContain('fishing boats returned to the inner basin');
  });

  it('drops a quoted post that links to its permalink on a social network, with no embed class', () => {
    expect(read(BARE_POST)).not.toMatch(/harbour clean-up|@porthavencouncil/);
  });

  it("drops a site's own box for an embedded post, named for the network (the Guardian's element-tweet, WordPress's embed block)", () => {
    const guardian =
      '<figure class="element element-tweet" data-canonical-url="https://twitter.com/porthavenrnli/status/1790003"><blockquote ' +
      'class="js-tweet"><p>Our crew launched twice overnight to help two yachts in the bay.</p>— Porthaven RNLI</blockquote></figure>';
    expect(read(guardian)).not.toContain('launched twice overnight');
    const wordpress =
      '<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">' +
      '<p>Sunrise over the new harbour wall this morning.</p></div></figure>';
    expect(read(wordpress)).not.toContain('sunrise over the new harbour wall');
    // Open edX's course blocks are content, not a post on X
    expect(read('<div class="xblock xblock-student_view"><p>Tides rise twice a day in the basin.</p></div>')).toContain('tides rise twice a day');
  });

  it('keeps a quotation from a person, and a quote that links to an ordinary page', () => {
    expect(read('<blockquote><p>"Half our customers come over that bridge," said Jenna Pascoe.</p></blockquote>')).toContain(
      'half our customers come over that bridge',
    );
    const cited = '<blockquote><p>The wall is built to last a century.</p><a href="https://porthaven.example/harbour-report">Harbour report</a></blockquote>';
    expect(read(cited)).toContain('the wall is built to last a century');
  });
});

describe('polls (embeds.ts)', () => {
  it('drops a poll named so, with its question and options (a news site, Crowdsignal)', () => {
    const own =
      '<div class="poll-embed" data-poll-id="88213"><div class="poll"><p class="poll__question">Should the quay be closed to ' +
      'cars all summer?</p><ul class="poll__options"><li><span>Yes</span></li><li><span>No</span></li></ul></div></div>';
    expect(read(own)).not.toContain('closed to cars all summer');
    const crowdsignal =
      '<div class="CSS_Poll PDS_Poll" id="PDI_container1270"><div class="pds-question-top">Which beach should be cleaned ' +
      'next?</div><div class="pds-answer"><span class="pds-answer-text">Fistral</span><span class="pds-answer-text">Gwithian' +
      '</span></div></div>';
    expect(read(crowdsignal)).not.toMatch(/which beach should be cleaned|gwithian/);
  });

  it('drops a question whose choices are radio buttons, whatever its class, up to its question and button', () => {
    const quiz =
      '<div class="have-your-say"><h3>Have your say</h3><p>Did the works finish on time?</p><ul><li><label><input type="radio" ' +
      'name="q7"> Yes</label></li><li><label><input type="radio" name="q7"> No</label></li></ul><button>Send</button></div>';
    const text = read(quiz);
    expect(text).not.toMatch(/did the works finish on time|have your say/);
    expect(text).toContain('the harbour wall was rebuilt');
  });

  it('keeps tabs made of radio buttons, each over a panel of the text (Hugo Book), and their panels', () => {
    const panel = (os: string, dir: string) => `<p>The ${os} package writes its snapshots to ${dir}, where the service user can reach them.</p>`;
    const tabs =
      '<div class="book-tabs"><input type="radio" class="toggle" name="tabs-dir" id="t0" checked="checked"><label for="t0">Debian</label>' +
      `<div class="book-tabs-content">${panel('Debian', '/var/lib/tidewater')}</div><input type="radio" class="toggle" name="tabs-dir" id="t1">` +
      `<label for="t1">Homebrew</label><div class="book-tabs-content">${panel('Homebrew', '/opt/homebrew/var/tidewater')}</div></div>`;
    const text = read(tabs);
    expect(text).toContain('debian package writes its snapshots');
    expect(text).toContain('homebrew package writes its snapshots');
  });

  it('keeps a section whose class mentions polls when it holds the article prose', () => {
    const prose = 'Opinion polls put the harbour party four points ahead in the coastal wards, where the works were popular. ';
    expect(read(`<section class="poll-analysis"><p>${prose.repeat(3)}</p><p>${prose.repeat(2)}</p></section>`)).toContain('opinion polls put');
  });

  it('round 31: keeps a run of post boxes that is the page itself (an unrolled thread), and drops the cards after it', () => {
    const posts = [1, 2, 3, 4, 5]
      .map((n) => `<div class="content-tweet">Post ${n} of the thread: the slope above the village moved four metres in one night.</div>`)
      .join('');
    const page =
      `<html><head><title>Thread by @geo</title></head><body><div class="col">${posts}` +
      '<div class="card"><h2>Keep Current with Ines</h2><p>Stay in touch and get notified when new unrolls are available from this author!</p></div>' +
      '</div></body></html>';
    const text = norm(extractArticle(page).text);
    expect(text.split('moved four metres').length).toBe(6);
    expect(text).not.toMatch(/keep current|stay in touch/);
    // one such box inside a story is still an embed
    expect(read('<div class="content-tweet">The council said the quay would reopen on Monday.</div>')).not.toContain('would reopen on monday');
  });
});
