import { links, type TestPage, texts } from './page-kit.js';
import { electionLive } from './pages-heldout274-d2.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file d: a football minute-by-minute commentary on a Sky Sports-style
 * match page (the match header with score, scorers and kick-off line, the Live / Line-ups /
 * Stats tabs, the live blog posts with their minute markers and event labels, an embedded video
 * promo, the "Football news" rail, the betting odds widget, the app promo, the consent banner and
 * the footer) and, from file d2, an election-night results live page.
 */
const fTitle = 'Harwick Athletic 2-1 Daleford Town: Okonjo header settles cup tie late on';
interface FPost {
  min: string;
  label?: string;
  p: string[];
}
const fPosts: FPost[] = [
  {
    min: 'FT',
    label: 'Full time: Harwick Athletic 2-1 Daleford Town',
    p: paras(`
Harwick are into the fifth round of the Shield Cup, and they needed every one of the ninety-four minutes to get there. Daleford
had the better of the first half and led through Brannigan's free-kick, but the hosts grew into the game after the break.

Their substitute Samuel Okonjo, on for the last twenty minutes, won it with his first touch of note, rising above two defenders
to head in a corner from the left.
`),
  },
  {
    min: "90+3'",
    p: paras(`
Daleford throw everyone forward. Even their goalkeeper Lindqvist comes up for a late free-kick, but the ball is cleared to halfway
and Harwick run down the clock by the corner flag.
`),
  },
  {
    min: "88'",
    label: 'GOAL! Harwick Athletic 2-1 Daleford Town (Okonjo)',
    p: paras(`
There it is! Pettersen swings the corner in from the left, Okonjo attacks it at the near post and his header flies past
Lindqvist into the far corner. The home end erupts.
`),
  },
  {
    min: "71'",
    p: paras(`
Substitution for Harwick: Samuel Okonjo replaces the tiring Dean Marlow up front. The manager wants more height in the box for
set pieces, and the crowd approve.
`),
  },
  {
    min: "64'",
    label: 'GOAL! Harwick Athletic 1-1 Daleford Town (Reyes)',
    p: paras(`
Harwick are level, and it has been coming. Reyes picks the ball up thirty yards out, drifts inside his marker and curls a low
shot in off the post. Lindqvist got a fingertip to it but could not keep it out.
`),
  },
  {
    min: 'HT',
    label: 'Half time: Harwick Athletic 0-1 Daleford Town',
    p: paras(`
Daleford lead at the break and deserve to. They have pressed high, won most of the second balls and looked the more dangerous
side. Harwick have had only one shot on target, a tame effort from Marlow that Lindqvist gathered easily.
`),
  },
  {
    min: "32'",
    label: 'GOAL! Harwick Athletic 0-1 Daleford Town (Brannigan)',
    p: paras(`
What a strike. Brannigan steps up to a free-kick twenty-five yards out and bends it over the wall and into the top corner.
The Harwick keeper Atherton did not move.
`),
  },
  {
    min: "1'",
    p: paras(`
We are under way at Marsh Lane. Harwick kick off towards the Riverside End in their usual blue and white hoops, with a crowd of
just over nine thousand inside the ground on a cold, bright afternoon.
`),
  },
];
const fBody = fPosts.flatMap((p) => texts(p.p));
const fNav = ['Football', 'Cricket', 'F1', 'Golf', 'Boxing', 'Rugby Union', 'Tennis', 'Darts', 'Watch', 'Transfer Centre'];
const fNews = ['Shield Cup fifth-round draw in full', 'Daleford boss: We were the better side for an hour', 'Okonjo set for new contract talks'];
const fFoot = ['About Us', 'Contact Us', 'Terms & Conditions', 'Privacy & Cookies', 'Accessibility', 'Advertise With Us', 'Site Map'];
const fPost = (p: FPost, i: number): string => `<div class="sdc-site-live-blog__post" data-post-id="${i}">
<div class="sdc-site-live-blog__post-minute"><span class="sdc-site-live-blog__minute-label">${p.min}</span></div>
<div class="sdc-site-live-blog__post-body">${p.label ? `<h3 class="sdc-site-live-blog__post-title">${p.label}</h3>` : ''}
${p.p.map((x) => `<p class="sdc-site-live-blog__text">${x}</p>`).join('')}</div></div>`;
const fHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} - Live - Skyline Sports</title>
<meta name="description" content="Live commentary of Harwick Athletic vs Daleford Town in the Shield Cup fourth round.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Skyline Sports">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"Harwick Athletic vs Daleford Town",
"startDate":"2026-01-24T15:00:00Z","location":{"@type":"Place","name":"Marsh Lane"}}</script>
<script>window.sdc = {"pageType":"match-live","competition":"shield-cup","matchId":"498812"};</script></head>
<body class="sdc-site-body"><div class="sdc-site-header"><a href="#main" class="sdc-site-skip">Skip to content</a>
<a class="sdc-site-header__logo" href="/">Skyline Sports</a><nav class="sdc-site-header__nav"><ul>${links(fNav, 'sdc-site-header__item')}</ul></nav>
<a class="sdc-site-header__account" href="/signin">Sign in</a></div>
<main id="main"><div class="sdc-site-match-header"><p class="sdc-site-match-header__detail">Shield Cup. Marsh Lane. Kick-off 3pm, Saturday 24 January</p>
<div class="sdc-site-match-header__team sdc-site-match-header__team--home"><span class="sdc-site-match-header__team-name">Harwick Athletic</span>
<span class="sdc-site-match-header__team-score-block">2</span><ul class="sdc-site-match-header__team-synopsis">
<li>Reyes (64)</li><li>Okonjo (88)</li></ul></div>
<div class="sdc-site-match-header__team sdc-site-match-header__team--away"><span class="sdc-site-match-header__team-name">Daleford Town</span>
<span class="sdc-site-match-header__team-score-block">1</span><ul class="sdc-site-match-header__team-synopsis"><li>Brannigan (32)</li></ul></div>
<span class="sdc-site-match-header__status">Full Time</span></div>
<nav class="sdc-site-localnav"><ul><li><a href="#live">Live</a></li><li><a href="/teams">Line-ups</a></li><li><a href="/stats">Stats</a></li>
<li><a href="/report">Report</a></li><li><a href="/video">Video</a></li></ul></nav>
<div class="sdc-article-header"><h1 class="sdc-article-header__long-title">${fTitle}</h1>
<p class="sdc-article-header__byline">By Gareth Pollock at Marsh Lane</p><p class="sdc-article-date">Saturday 24 January 2026 17:03, UK</p></div>
<div class="sdc-site-video-promo"><a href="/video/highlights-498812">Watch: Harwick v Daleford highlights</a><span>2:47</span></div>
<div class="sdc-site-live-blog" id="live">${fPosts.map(fPost).join('\n')}</div>
<div class="sdc-site-odds-widget"><h4>Next match odds</h4><p>Harwick Athletic to win</p><span>13/10</span>
<p class="sdc-site-odds-widget__small">18+ Please gamble responsibly.</p></div>
<aside class="sdc-site-layout-sidebar"><h3>Football news</h3><ul>${links(fNews)}</ul>
<div class="sdc-site-app-promo"><p>Get live scores and alerts on the Skyline Sports app</p><a href="/app">Download now</a></div></aside></main>
<footer class="sdc-site-footer"><ul>${links(fFoot)}</ul><p>© 2026 Skyline Sports Ltd. All rights reserved.</p></footer>
<div id="sp_message_container" class="sp-banner"><p>We and our partners use cookies to deliver and measure ads and content.</p>
<button>Accept all</button><button>Options</button></div></body></html>`;
const football: TestPage = {
  name: 'heldout274-sky-sports-minute-by-minute-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fPosts.filter((p) => p.label).map((p) => p.label ?? ''),
  body: fBody,
  bylines: [...fPosts.map((p) => p.min).filter((m) => m.length > 2), 'By Gareth Pollock at Marsh Lane', 'Saturday 24 January 2026 17:03, UK'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skyline Sports', ...fNav.filter((s) => s.length > 2), 'Sign in', 'Shield Cup. Marsh Lane. Kick-off 3pm, Saturday 24 January',
    'Reyes (64)', 'Okonjo (88)', 'Brannigan (32)', 'Full Time', 'Live', 'Line-ups', 'Stats', 'Report', 'Video',
    'Watch: Harwick v Daleford highlights', '2:47', 'Next match odds', 'Harwick Athletic to win', '13/10', '18+ Please gamble responsibly.',
    'Football news', ...fNews, 'Get live scores and alerts on the Skyline Sports app', 'Download now', ...fFoot,
    '© 2026 Skyline Sports Ltd. All rights reserved.', 'We and our partners use cookies to deliver and measure ads and content.', 'Accept all', 'Options',
  ],
};

export const HELDOUT274_D: readonly TestPage[] = [football, electionLive];
