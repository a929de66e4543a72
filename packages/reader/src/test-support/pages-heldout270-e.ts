import { links, type TestPage, texts } from './page-kit.js';
import { tumblr } from './pages-heldout270-e2.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file e: a Medium post on the mobile web, built with Medium's React markup and its generated class
 * names (the "Open in app" banner, the top bar with Sign up / Sign in, the subtitle, the author block with Follow, read
 * time and date, the clap / response / listen / share bar, the publication box, "Written by", "More from", "Recommended
 * from Medium" and the footer links) and, from file e2, a Tumblr post in the mobile web app (a page whose main text is short).
 */
const mTitle = 'We moved 140 cron jobs to a queue. Here is what broke.';
const mSub = 'Scheduled tasks looked simple until we counted them. Notes from a six-month migration at a small logistics startup.';
const mP1 = [
  j(
    'For four years, our back office ran on cron. Every invoice run, every stock sync, every nightly report was a line in a',
    'crontab on one of three servers, and for most of that time it worked well enough that nobody asked questions.',
  ),
  j(
    'Then a server was rebooted during a kernel update, and a carrier integration silently stopped for two days. When we went',
    'looking for the job, we found it scheduled on two machines, one of which had been failing quietly since the summer.',
  ),
  'That was the week we decided to move everything to a job queue. This is what we learned.',
];
const mH1 = 'Count your jobs first';
const mP2 = [
  j(
    'We thought we had about 40 scheduled tasks. A script that read every crontab, systemd timer and scheduler config on our',
    'hosts found 143. Some were duplicates, some were dead, and eleven had no owner anyone could name.',
  ),
  'We sorted them into three groups before touching any code:',
  'Jobs whose failure a customer would notice within an hour',
  'Jobs whose failure finance would notice by the end of the month',
  'Jobs that nobody would notice at all, which we switched off for two weeks to see who complained',
  'Nobody complained about 31 of them. They are gone now.',
];
const mH2 = 'Idempotency is the whole game';
const mP3 = [
  j(
    'Cron runs a job once at a time you choose. A queue with retries will, sooner or later, run it twice. Most of our breakage',
    'came from jobs that assumed they were the only copy running: an export that appended to a file, a billing task that sent',
    'an email before recording that it had sent it.',
  ),
  j(
    'We added a small rule to code review: every job must be safe to run twice with the same input. In practice that meant',
    'writing a run key to the database before doing any work, and checking it on every retry.',
  ),
];
const mH3 = 'Time zones, again';
const mP4 = [
  j(
    "Our crontabs were written in the servers' local time. The queue scheduler runs in UTC. Two reports moved by an hour",
    'in March, and a warehouse in Rotterdam received its pick list at 5 a.m. instead of 6 a.m. for a week before anyone told us.',
  ),
  j(
    'We now store every schedule with an explicit time zone and show it next to the next run time on our dashboard. It is a',
    'small thing, and it has already saved us once.',
  ),
];
const mH4 = 'Was it worth it?';
const mP5 = [
  j(
    'Yes, but not for the reasons we expected. The queue itself has been boring, which is what you want. The real gain was',
    'the inventory: for the first time, we know what runs, when, and who to wake up when it fails.',
  ),
];
const mMore = ['The spreadsheet that ran our warehouse for three years', 'A checklist for your first on-call rotation'];
const mRec = ['Why your retries need jitter', 'Boring technology, five years later', 'I replaced our message broker with Postgres'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const cls = 'pw-post-body-paragraph ne nf gs ng b nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob fk bk';
const p = (x: string, i: number): string => `<p id="p${i}a7" class="${cls}" data-selectable-paragraph="">${x}</p>`;
const h = (x: string, i: number): string => `<h2 id="h${i}c2" class="oc od gs bf oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz bk"
data-selectable-paragraph="">${x}</h2>`;
const ul = (xs: readonly string[]): string =>
  `<ul class="">${xs
    .map(
      (x, i) => `<li id="l${i}9e" class="pd pe gs ng b nh pa nj nk nl pb nn no np pc pf pg ph pi bk"
data-selectable-paragraph="">${x}</li>`,
    )
    .join('\n')}</ul>`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Priya Anand-Whitlock | Mar, 2026 | Signal Path</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="description" content="${mSub}">
<meta data-rh="true" name="author" content="Priya Anand-Whitlock"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read">
<link data-rh="true" rel="canonical" href="https://medium.com/signal-path/cron-to-queue-4e1b9c2d7a01">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","name":"${mTitle}",
"author":{"@type":"Person","name":"Priya Anand-Whitlock"},"datePublished":"2026-03-03T08:31:12.442Z",
"publisher":{"@type":"Organization","name":"Signal Path"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="553" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c">
<div class="bm bn bo bp bq br"><div class="ab ac"><a class="ag bs bt bu" href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com"
rel="noopener follow">Open in app</a></div></div>
<div class="l bx by bz ca cb"><div class="cc ab cd"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/"><svg viewBox="0 0 719 160"></svg></a>
<div class="ab cd"><span class="bf b bg z dy"><a class="ag ah dz" data-testid="headerSignUpButton" href="/m/signin?operation=register">Sign up</a></span>
<span class="bf b bg z dy"><a class="af ag ah dz" data-testid="headerSignInButton" href="/m/signin?operation=login">Sign in</a></span></div></div></div>
<div class="l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fj fk fl fm fn"></div><div class="ab ca">
<div class="ch bg ew ex ey ez"><div><h1 id="0d2e" class="pw-post-title gm gn go bf gp gq gr gs gt gu gv gw gx gy gz ha hb hc bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div><div><h2 id="7a1f" class="pw-subtitle-paragraph hd he hf bf b hg hh hi hj hk hl hm hn ho hp hq hr hs ht cq"
data-selectable-paragraph="">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hy hz ia ib ic ab"><div><div class="ab id"><div><div class="bm">
<a href="/@priya.aw?source=post_page" rel="noopener follow"><img alt="Priya Anand-Whitlock" class="l ey by ie if cx" width="44" height="44"></a></div>
</div></div></div><div class="bn bh l"><div class="ab"><span class="bf b bg z bk"><a class="af ag ah ai aj" data-testid="authorName"
href="/@priya.aw">Priya Anand-Whitlock</a></span><span class="is it" aria-hidden="true"><span>·</span></span>
<span><button class="bf b bg z ki kj kk">Follow</button></span></div>
<div class="ab cp jc"><span class="bf b bg z dy">Published in <a class="af ag ah ai aj" data-testid="publicationName" href="/signal-path">Signal Path</a>
</span></div><div class="ab cp jc jd"><span data-testid="storyReadTime">6 min read</span><span aria-hidden="true"><span>·</span></span>
<span data-testid="storyPublishDate">Mar 3, 2026</span></div></div></div></div>
<div class="ab co kl km kn ko kp kq kr ks kt ku kv"><div class="h k w fg fh q"><div class="lb l"><div class="ab q lc ld">
<div class="pw-multi-vote-icon ed"><button data-testid="headerClapButton" class="le ao lf lg lh li am lj lk ll">clap</button></div>
<div class="pw-multi-vote-count l lm ln lo lp lq lr ls"><p class="bf b dz z dy"><span class="lt">412</span></p></div></div></div>
<div class="bq ab"><button class="ao le lw lx ab q ee ly lz" aria-label="responses"><span class="l dz">9</span></button></div></div>
<div class="ab q"><button aria-label="Listen" data-testid="audioPlayButton" class="af ee ah ai aj ak al md an ao"><p class="bf b bg z dy">Listen</p></button>
<button aria-label="Share Post" data-testid="headerSocialShareButton" class="af ee ah ai aj ak al md an ao">
<p class="bf b bg z dy">Share</p></button></div></div>
${mP1.map(p).join('\n')}
${h(mH1, 1)}
${mP2.slice(0, 2).map(p).join('\n')}
${ul(mP2.slice(2, 5))}
${p(mP2[5] ?? '', 9)}
${h(mH2, 2)}
${mP3.map(p).join('\n')}
${h(mH3, 3)}
${mP4.map(p).join('\n')}
${h(mH4, 4)}
${mP5.map(p).join('\n')}
</div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex"><div class="ab cp"><ul class="ab gk">${links(['Software Engineering', 'Cron', 'DevOps'], 'pj')}</ul></div>
<div class="qd"><h2 class="bf gs qe z gw qf">Published in Signal Path</h2><p class="bf b bg z dy">8.2K followers · Last published 2 days ago</p>
<p class="bf b bg z bk">Stories from people who keep small systems running.</p></div>
<div class="qd"><h2 class="bf gs qe z gw qf">Written by Priya Anand-Whitlock</h2><p class="bf b bg z dy">1.1K followers · 212 following</p>
<p class="bf b bg z bk">Platform engineer. Writes about queues, schedules and the jobs nobody owns.</p></div>
<div class="qm"><h2 class="bf gs qn z gw">More from Priya Anand-Whitlock</h2><ul>${links(mMore, 'qo')}</ul></div>
<div class="qm"><h2 class="bf gs qn z gw">Recommended from Medium</h2><ul>${links(mRec, 'qo')}</ul></div></div></div>
<div class="ab ca rb"><ul class="ab rc">${links(mFoot, 'rd')}</ul></div></div></div></div>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query","viewer":null}}</script>
<script>window.__BUILD_ID__="main-20260303-101502-7c2f9a01e4"</script></body></html>`;
const medium: TestPage = {
  name: 'heldout270-medium-mobile-web-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3, mH4],
  body: texts([mSub, ...mP1, ...mP2, ...mP3, ...mP4, ...mP5]),
  bylines: ['Priya Anand-Whitlock', '6 min read', 'Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Sign up', 'Sign in', 'Follow', 'Published in', 'Signal Path', 'clap', '412', 'Listen', 'Share', 'Software Engineering', 'DevOps',
    'Published in Signal Path', '8.2K followers · Last published 2 days ago', 'Stories from people who keep small systems running.',
    'Written by Priya Anand-Whitlock', '1.1K followers · 212 following', 'Platform engineer. Writes about queues, schedules and the jobs nobody owns.',
    'More from Priya Anand-Whitlock', ...mMore, 'Recommended from Medium', ...mRec, ...mFoot,
  ],
};

export const HELDOUT270_E: readonly TestPage[] = [medium, tumblr];
