import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout290-kit.js';

/**
 * Held-out batch 290, file e: a Substack podcast episode post (audio player with its labels, the write-up as the article,
 * subscribe widgets, like / comment / restack buttons, the comments thread and the "Ready for more?" footer); and a USA TODAY
 * photo gallery (the gallery's short description is the article; slide captions, credits, the "1 of 6" counters, the
 * "Up next" gallery, the Gannett header and footer are furniture).
 */
const ssTitle = 'Episode 42: The Allotment Economists';
const ssBody = [
  j(
    'This week I sat down with Hollis Varga and Bettina Crane, two economists who, between them, have spent thirty years studying the',
    'smallest markets they could find: the swaps, gifts and quiet trades that happen on community allotments.',
  ),
  j(
    'We started with a simple question. If you grow forty courgettes and can eat six, what happens to the other thirty-four? The answer,',
    'it turns out, is a surprisingly precise system of obligations that nobody ever writes down.',
  ),
  j(
    'Hollis studied three allotment sites in Norbridge over five summers, keeping a diary of every exchange she saw. Bettina brought the',
    'theory, from the anthropology of gift exchange to the economics of what she calls “perishable surplus.” Together they make a good',
    'case that allotments work less like markets and more like small banks.',
  ),
  'A few things from our conversation that I keep thinking about:',
  'Gifts of produce are almost never repaid in the same crop, and repaying too quickly is considered rude.',
  'Tools circulate more widely than food, and a good spade can pass through a dozen sheds in a season.',
  'Newcomers who give away too much in their first year are treated with suspicion, not gratitude.',
  'The sites with waiting lists have far fewer exchanges than the ones with empty plots.',
  j(
    'That last point surprised me most. Bettina’s explanation is that scarcity of plots changes who gets them: when there is a long',
    'queue, plots go to the most committed gardeners, who need less help and therefore trade less. The sites with spare land attract',
    'beginners, and beginners are the people who make an allotment economy busy.',
  ),
  j(
    'We also talked about what happens when money arrives. One site started an honesty stall at the gate, and within a year the informal',
    'exchanges between plot holders had halved. Hollis is careful not to say the stall caused it, but she thinks it changed what a',
    'gift meant.',
  ),
  j(
    'If you only listen to one part, skip to the last fifteen minutes, where we argue about whether any of this scales beyond a few',
    'acres of runner beans. I am still not sure who won.',
  ),
  'As always, paid subscribers get the full transcript and the reading list below the paywall next week.',
];
const ssComments = [
  'The bit about beginners making the economy busy is exactly my experience. Our site only came alive when the new plots were let.',
  'Would love a follow-up on the honesty stall. We are about to start one and now I am nervous.',
];
const ssHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${ssTitle} - The Margins Podcast</title>
<meta property="og:type" content="article"><meta name="author" content="Oren Whitlock"><meta property="og:site_name" content="The Margins">
${ld('PodcastEpisode', ssTitle, 'Oren Whitlock', '2026-04-28T10:00:00Z', 'The Margins')}
<script>window._preloads = JSON.parse("{\\"post\\":{\\"type\\":\\"podcast\\",\\"audience\\":\\"everyone\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">The Margins</a>
<button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">${ssTitle}</h1>
<h3 class="subtitle">Why gardeners never repay a gift of courgettes with courgettes</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.example/@orenwhitlock">Oren Whitlock</a></div>
<div class="pencraft pc-reset">Apr 28, 2026</div></div>
<div class="post-ufi"><button class="like-button-container"><div class="label">38</div></button><a class="post-ufi-comment-button">7</a>
<button class="restack-button">Restack</button><button class="post-ufi-button">Share</button></div></div>
<div class="player-wrapper-outer"><div class="audio-player"><button aria-label="Play">Play</button>
<div class="audio-player-title">The Allotment Economists</div>
<div class="timestamp">0:00</div><div class="duration">-58:14</div><button>1×</button><a class="download">Download</a><span>Transcript</span></div></div>
<div class="available-content"><div class="body markup" dir="auto">${ps(ssBody.slice(0, 4))}
<ul>${ssBody
  .slice(4, 8)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('')}</ul>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">The Margins is a reader-supported publication. To receive new
posts and support my work, consider becoming a free or paid subscriber.</p><button>Subscribe</button></div></div>
${ps(ssBody.slice(8))}</div></div></article>
<div class="post-footer"><button class="like-button">Like</button><button>Comment</button><button>Restack</button>
<div class="post-footer-share"><button>Share</button></div></div>
<div class="comments-section"><h4 class="comments-heading">Discussion about this episode</h4><div class="comment-list">
<div class="comment"><a class="comment-meta">Ilse Marquand</a><span class="comment-date">Apr 28</span>
<div class="comment-body">${ps([ssComments[0] ?? ''])}</div>
<div class="comment-actions"><button>Reply</button></div></div>
<div class="comment"><a class="comment-meta">Padraig Sole</a><span class="comment-date">Apr 29</span>
<div class="comment-body">${ps([ssComments[1] ?? ''])}</div></div></div></div></div></div></div>
<div class="footer-wrap"><h2>Ready for more?</h2><button>Subscribe</button><p>© 2026 Oren Whitlock</p>
<ul>${links(['Privacy', 'Terms', 'Collection notice'])}</ul>
<a class="footer-substack-cta">Start your Substack</a><a>Get the app</a>
<p>Substack is the home for great culture</p></div></div></body></html>`;
const ss: TestPage = {
  name: 'heldout290-substack-podcast-blog',
  kind: 'blog',
  html: ssHtml,
  title: ssTitle,
  headings: [],
  body: texts(ssBody),
  bylines: ['Oren Whitlock', 'Apr 28, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'The Margins', 'Subscribe', 'Sign in', 'Why gardeners never repay a gift of courgettes with courgettes', 'Restack', 'Share', 'Play',
    '0:00', '-58:14', 'Download', 'Transcript',
    'The Margins is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Like', 'Comment', 'Discussion about this episode', 'Ilse Marquand', 'Apr 28', ...ssComments, 'Reply', 'Padraig Sole', 'Apr 29',
    'Ready for more?', '© 2026 Oren Whitlock', 'Privacy', 'Terms', 'Collection notice', 'Start your Substack', 'Get the app',
    'Substack is the home for great culture',
  ],
};

const utTitle = 'Snow lanterns, night markets and a frozen lake: See the Brinmoor Winter Carnival';
const utBody = [
  j(
    'The Brinmoor Winter Carnival returned for its 61st year this weekend, drawing an estimated 48,000 visitors to the lakeside town',
    'despite temperatures that dipped to minus 18 degrees Fahrenheit on Saturday night.',
  ),
  j(
    'Organizers added a night market on the frozen surface of Lake Tamsen for the first time, with 40 vendors selling everything from',
    'smoked fish to hand-knitted mittens. The ice was measured at 22 inches thick before the stalls were allowed on.',
  ),
  j(
    'The carnival’s signature event, the lantern walk, saw more than 2,000 snow lanterns built by local schoolchildren lit along a',
    'mile-long path through Cedar Point Park. The carnival runs through Feb. 8.',
  ),
];
const utCaps = [
  'Visitors walk past snow lanterns built by students at Brinmoor Elementary on Jan. 31, 2026.',
  'A vendor hands a cup of cider across the counter at the first night market on Lake Tamsen.',
  'Skaters circle the rink at dusk before the opening fireworks.',
];
const utHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Photos: Brinmoor Winter Carnival 2026</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="USA TODAY"><meta name="description" content="The carnival drew an estimated 48,000 visitors.">
${ld('ImageGallery', utTitle, 'Celia Wrenfield', '2026-02-01T19:04:00Z', 'USA TODAY')}
<script>window.gciAnalyticsUData = {"contentType":"gallery","ssts":"news/nation","pageName":"gallery"};</script></head>
<body class="gnt_sw gallery-page"><div class="gnt_cb" id="gnt_cb"><p>We care about your privacy and use cookies to improve your experience.</p>
<button class="gnt_cb_b">Got it</button></div><header class="gnt_n"><a class="gnt_n_logo" href="/">USA TODAY</a><nav class="gnt_n_mn"><ul>${links(
  ['U.S.', 'Sports', 'Entertainment', 'Life', 'Money', 'Travel', 'Opinion', 'Crossword'],
  'gnt_n_mn_li',
)}</ul></nav><a class="gnt_n_sub">Subscribe</a><a class="gnt_n_acct">Sign In</a></header>
<main class="gnt_cw"><div class="gnt_pg"><h1 class="gnt_pg_hl">${utTitle}</h1>
<div class="gnt_pg_bl"><a class="gnt_pg_bl_a" href="/staff/celia-wrenfield">Celia Wrenfield</a><span class="gnt_pg_bl_o">Brinmoor Courier-Tribune</span></div>
<div class="gnt_pg_dt" data-c-dt="Published 2:04 p.m. ET Feb. 1, 2026">Published 2:04 p.m. ET Feb. 1, 2026</div>
<div class="gnt_pg_desc">${ps(utBody)}</div>
<div class="gnt_ss"><button class="gnt_ss_shr">Share</button><button class="gnt_ss_fs">Fullscreen</button>
${utCaps
  .map(
    (c, i) => `<figure class="gnt_pg_sl" data-slide="${i + 1}"><div class="gnt_pg_ct">${i + 1} of 6</div>
<img src="https://www.usatoday.example/gcdn/carnival-${i + 1}.jpg"
alt=""><figcaption class="gnt_pg_cp">${c} <span class="gnt_pg_cr">Lars Hovland/Brinmoor Courier-Tribune</span></figcaption></figure>`,
  )
  .join('\n')}
<div class="gnt_ar_pm"><span>Advertisement</span></div></div>
<section class="gnt_pg_un"><h2>Up Next</h2><a href="/picture-gallery/ice-sculpture">Ice sculptures of the northern festivals</a></section></div></main>
<footer class="gnt_f"><ul>${links(['Help', 'Terms of Service', 'Your Privacy Choices', 'Site Map', 'Accessibility', 'Our Ethical Principles'])}</ul>
<p>© 2026 USA TODAY, a division of Gannett Satellite Information Network, LLC.</p></footer></body></html>`;
const ut: TestPage = {
  name: 'heldout290-usa-today-gallery-news',
  kind: 'news',
  html: utHtml,
  title: utTitle,
  headings: [],
  body: texts(utBody),
  bylines: ['Celia Wrenfield', 'Brinmoor Courier-Tribune', 'Published 2:04 p.m. ET Feb. 1, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'We care about your privacy and use cookies to improve your experience.', 'Got it', 'U.S.', 'Sports', 'Entertainment', 'Life', 'Money', 'Travel',
    'Opinion', 'Crossword', 'Subscribe', 'Sign In', 'Share', 'Fullscreen', '1 of 6', '2 of 6', '3 of 6', ...utCaps,
    'Lars Hovland/Brinmoor Courier-Tribune', 'Advertisement', 'Up Next', 'Ice sculptures of the northern festivals', 'Help', 'Terms of Service',
    'Your Privacy Choices', 'Site Map', 'Accessibility', 'Our Ethical Principles',
    '© 2026 USA TODAY, a division of Gannett Satellite Information Network, LLC.',
  ],
};

export const HELDOUT290_E: readonly TestPage[] = [ss, ut];
