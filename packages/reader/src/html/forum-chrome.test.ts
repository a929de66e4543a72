import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { postRun, runWhenPartial } from './whole-article.js';

const read = (html: string): string => norm(extractArticle(html).text);
const POSTS = [
  'My Pi 4 has been booting from a USB SSD in a cheap enclosure for over a year without problems until last night.',
  'Those abort lines are the classic sign of an enclosure whose UAS support the kernel does not get on with at all.',
  'That was it. With the quirk added it has now survived copying forty gigabytes and three reboots in a row.',
];

/** An old board's topic page (phpBB 3.0 prosilver's shape): the board's name in the one <h1>, the topic in an <h2>. */
function board({ feed = true, code = '', after = '' } = {}): string {
  const head = `<title>Berry Bench &bull; View topic - Pi 4 stopped booting from USB</title>${
    feed ? '<link rel="alternate" type="application/atom+xml" title="Feed - Berry Bench" href="/feed.php" />' : ''
  }`;
  const posts = POSTS.map(
    (p, i) => `<div id="p${i + 1}" class="post bg${(i % 2) + 1}"><div class="postbody"><div class="content">${p}</div>
${i === 0 ? code : ''}</div></div>`,
  ).join('\n');
  return `<html><head>${head}</head><body><div id="page-header"><div id="site-description"><h1>Berry Bench</h1>
<p>Help and projects for single-board computer tinkerers</p></div></div>
<div id="page-body"><h2><a href="./viewtopic.php?t=4">Pi 4 stopped booting from USB</a></h2>
${posts}${after}</div></body></html>`;
}

describe("an old forum's chrome (round 41, after batches 44 and 55)", () => {
  it('takes the title from the <h2> when the feed link names the <h1> as the board (phpBB 3.0: "Board • View topic - Topic")', () => {
    expect(extractArticle(board()).title).toBe('Pi 4 stopped booting from USB');
    // without the feed link, the first of three <title> parts is the page's own name (Product Hunt's "Tidewell: ... | Product Hunt")
    expect(extractArticle(board({ feed: false })).title).toBe('Berry Bench');
  });

  it('takes the topic the page shows over the <title> part Readability keeps, when the page never shows that part (phpBB 2)', () => {
    const posts = POSTS.map(
      (p) => `<tr><td class="row1"><span class="name"><b>rusty_bolt</b></span></td><td class="row1"><span class="postbody">${p}</span></td></tr>`,
    );
    const html = `<html><head><title>Vintage Moped Owners Club :: View topic - Points gap keeps closing up after fifty miles</title></head><body>
<table><tr><td><span class="maintitle">Vintage Moped Owners Club</span></td></tr></table>
<table><tr><td><a class="maintitle" href="viewtopic.php?t=1187">Points gap keeps closing up after fifty miles</a></td></tr></table>
<table class="forumline">${posts.join('')}</table></body></html>`;
    expect(extractArticle(html).title).toBe('Points gap keeps closing up after fifty miles');
  });

  it('drops the code box header "Code: Select all", the "Return to" board link and the "Users browsing this forum" line', () => {
    const code = '<dl class="codebox"><dt>Code: <a href="#" onclick="selectCode(this); return false;">Select all</a></dt><dd><code>lsusb -t</code></dd></dl>';
    const after =
      '<p><a href="./viewforum.php?f=28" accesskey="r">Return to Storage and booting</a></p>' +
      '<h3>Who is online</h3><p>Users browsing this forum: <span>Bing [Bot]</span>, and 6 guests</p>';
    const text = read(board({ code, after }));
    for (const post of POSTS) expect(text).toContain(norm(post).slice(0, 40));
    expect(text).not.toMatch(/select all|return to storage|users browsing/);
    // a sentence that begins "Return to" with a link to a story, not a board, stays
    expect(read(harbourStory('<p><a href="/news/harbour-history">Return to the harbour in 1872</a></p>'))).toContain('return to the harbour in 1872');
  });

  it('drops a signature box by its short name, an attachment box, "Logged", a sign-up call and a mobile signature with its link', () => {
    const chrome = [
      '<div class="sig-content">200mm f/6 Dob, 10x50s and a flask of tea on every session.</div>',
      '<dl class="attachbox"><dt>Attachments</dt><dd>IMG_2041.jpeg (212.51 KiB) Viewed 88 times</dd></dl>',
      '<div class="smalltext">Logged</div>',
      '<p><a href="/login">Log in</a> or <a href="/registration">sign up</a> to leave a comment.</p>',
      '<p class="edit">This post has been edited by Wolverton_Works: 02 February 2025 - 08:15 PM</p>',
    ];
    const tapatalk = '<br><br>Sent from my iPhone using <a href="https://www.tapatalk.com/">Tapatalk</a>';
    // a thread (schema.org says so) is read whole, without Readability's cleaning: these lines would stay in it
    const thread = POSTS.map(
      (p, i) => `<div class="post"><div class="content">${p}${i === 1 ? tapatalk : ''}</div>${chrome.slice(2 * i, 2 * i + 2).join('')}</div>`,
    );
    const html = `<html><head><title>Pi 4 stopped booting</title><script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script></head>
<body><h1>Pi 4 stopped booting</h1>${thread.join('\n')}</body></html>`;
    const text = read(html);
    for (const post of POSTS) expect(text).toContain(norm(post).slice(0, 40));
    for (const words of ['sent from my', 'flask of tea', 'img_2041', 'viewed 88', 'logged', 'leave a comment', 'has been edited'])
      expect([words, text.includes(words)]).toEqual([words, false]);
  });
});

describe('a run of posts that Readability kept with the board around it (round 41, after batch 55: PunBB)', () => {
  const posts = POSTS.map((p) => `<div class="post odd"><div class="entry-content"><p>${p} ${p}</p></div></div>`).join('');
  const page = (kind: string) =>
    `<html><body><div id="brd-wrap"><p>You are not logged in.</p><div id="forum3">${posts.replaceAll('post odd', kind)}</div></div></body></html>`;
  const announcement =
    '<div><p>Winter star party at Tweedsmuir: booking for the February weekend is now open in the Events forum.</p><p>Forum rules apply.</p></div>';

  it('reads the run alone when the pick holds it and at most one passage of prose besides', () => {
    const run = postRun(parseDocument(page('post odd')));
    expect(run?.getAttribute('id')).toBe('forum3');
    if (run === undefined) return;
    const wide = parseDocument(`<html><body><div>${announcement}${posts}<p>Generated in 0.014 seconds</p></div></body></html>`).body?.firstElementChild;
    expect(runWhenPartial(wide, run)).toBe(run);
    // an article of its own beside the posts keeps the pick (two passages of prose or more)
    const essay = POSTS.map((p) => `<p>${p.replace('Pi 4', 'harbour')} And more on the harbour works this winter.</p>`).join('');
    const story = parseDocument(`<html><body><div>${essay}${posts}</div></body></html>`).body?.firstElementChild;
    expect(runWhenPartial(story, run)).toBe(story);
  });

  it('keeps the pick when the run is not named as posts (a story set as a run of paragraph boxes under its dek)', () => {
    const run = postRun(parseDocument(page('duet--article--markup')));
    expect(run).toBeDefined();
    if (run === undefined) return;
    const wide = parseDocument(`<html><body><div>${announcement}${posts.replaceAll('post odd', 'duet--article--markup')}</div></body></html>`).body
      ?.firstElementChild;
    expect(runWhenPartial(wide, run)).toBe(wide);
  });
});

describe("FluxBB's poster column and signature (round 42, after batch 64)", () => {
  it('drops the name, title, "From:", "Registered:" and "Posts:" column and the signature box, and keeps every post', () => {
    const post = (
      p: string,
      i: number,
    ) => `<div id="p${i}" class="blockpost rowodd"><h2><span><a href="viewtopic.php?pid=${i}">2025-03-0${i + 1}</a></span></h2>
<div class="box"><div class="inbox"><div class="postbody"><div class="postleft"><dl><dt><strong><a href="profile.php?id=${i}">wrenfield</a></strong></dt>
<dd class="usertitle"><strong>Member</strong></dd><dd><span>From: Tampere</span></dd><dd><span>Registered: 2023-06-02</span></dd><dd><span>Posts: 88</span></dd>
</dl></div><div class="postright"><div class="postmsg"><p>${p}</p></div><div class="postsignature postmsg"><hr /><p>X270 · Larkspur 12 · openbox</p></div>
</div></div></div></div></div>`;
    const html = `<html><head><title>Pi 4 stopped booting from USB / Boards</title></head><body><div id="brdmain"><div class="inbox">
${POSTS.map(post).join('\n')}</div></div></body></html>`;
    const text = read(html);
    for (const p of POSTS) expect(text).toContain(norm(p).slice(0, 40));
    expect(text).not.toMatch(/registered:|from: tampere|posts: 88|wrenfield|openbox/);
  });
});
