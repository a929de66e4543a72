import { ps, type TestPage, texts } from './page-kit.js';
import { verge } from './pages-heldout317-f2.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file f: a Substack newsletter's weekly deals issue (publication navbar, post header with subtitle,
 * author and date, like / comment / share buttons, subscription widgets "Subscribe" in the body, "Share" button-wrapper, the
 * issue's section headings and link lists, post footer with the restack bar, comments with "Reply", footer "Ready for more?")
 * and, from file f2, a Verge comparison-table article.
 */
const uTitle = 'Deal Drop #112: The good stuff is already on sale';
const uSub = 'Nine deals worth your money this week, and three to skip.';
const uIntro = [
  j(
    'Hello again. It is the week before the big sales weekend, which means every retailer is trying to convince you that this',
    'weekend is the one. My advice is the same as every year: decide what you need first, then watch the price, not the banner.',
  ),
  'As always, I only list things I would buy myself, and nobody pays to be in this newsletter.',
  j(
    'This week I checked every price below against its history for the last six months. Where a deal is only a few dollars below',
    'the usual price, I have left it out, even if the store calls it a doorbuster.',
  ),
];
const uHs = ['Worth it', 'Skip it', 'One question from a reader'];
const uWorth = [
  'Pell Airlite S9 cordless vacuum, $299 (usually $349). Lowest price since launch.',
  'Larkspur wool blanket, queen size, $88 (usually $130). Warm, washable and made to last.',
  'Vantor 2TB portable SSD, $119 (usually $169). Fast enough for video editing.',
  'Mossgiel hiking socks, three-pack, $27 (usually $36). The only socks I rebuy.',
];
const uSkip = [
  j('The “doorbuster” 65-inch TVs at $229. They are made for the sale, with fewer ports and a dimmer panel than the model numbers', 'suggest.'),
  'Bundles that add a cheap accessory to a full-price item. The discount is usually on the bit you did not want.',
];
const uQ = [
  '“Should I buy a gift now or wait for Black Friday?” asks Tobias in Duluth.',
  j(
    'If the price is already at its lowest in six months, buy it now. Most “early” deals this year are the same prices retailers',
    'will show next week, and stock of the popular colors runs out first.',
  ),
];
const uComments: [string, string, string][] = [['Helga R.', 'Nov 21', 'Got the socks last year on your tip. Still going strong!']];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Deal Drop #112: The good stuff is already on sale - by Wes Abernathy</title>
<meta name="description" content="${uSub}"><meta property="og:type" content="article"><meta name="author" content="Wes Abernathy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Deal Drop
#112","datePublished":"2026-11-20T13:00:00+00:00",
"author":[{"@type":"Person","name":"Wes Abernathy","url":"https://substack.com/@wesabernathy"}]}</script>
<script>window._preloads=JSON.parse("{\\"isPaid\\":false,\\"pub\\":{\\"name\\":\\"Deal Drop\\",\\"subdomain\\":\\"dealdrop\\"}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content">
<a href="/" class="navbar-title-link">Deal Drop</a><div class="navbar-buttons"><button class="button subscribe-btn primary">Subscribe</button>
<a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw">${uTitle}</h1><h3 class="subtitle">${uSub}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@wesabernathy">Wes Abernathy</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Nov 20, 2026</div></div>
<div class="post-ufi"><button class="like-button-container"><div class="label">24</div></button>
<a class="post-ufi-comment-button" href="#comments"><div class="label">1</div></a><button class="post-ufi-button">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">${ps(uIntro)}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Deal Drop is a
reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${uHs[0]}</h2><ul>${uWorth.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>
<h2 class="header-anchor-post">${uHs[1]}</h2><ul>${uSkip.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://dealdrop.substack.com/p/deal-drop-112?utm_source=substack&quot;}">
<a class="button primary" href="#"><span>Share Deal Drop</span></a></p>
<h2 class="header-anchor-post">${uHs[2]}</h2>${ps(uQ)}</div></div>
<div class="post-footer"><div class="post-ufi"><button class="like-button-container"><div class="label">24</div></button><button>Restack</button></div>
<div class="single-post-section"><div class="container"><h4>Discussion about this post</h4></div></div></div></article>
<div id="comments" class="comments-section"><div class="comment-list">${uComments
  .map(
    (c) => `<div class="comment"><div class="comment-meta"><a class="commenter-name">${c[0]}</a><a class="comment-timestamp">${c[1]}</a></div>
<div class="comment-body"><p>${c[2]}</p></div><div class="comment-actions"><button>Like</button><button>Reply</button></div></div>`,
  )
  .join('')}</div></div></div></div>
<div class="footer-wrap"><div class="footer-slogan-blurb"><h3>Ready for more?</h3></div>
<div class="footer-buttons"><a href="/privacy">Privacy</a><a href="/tos">Terms</a><a href="https://substack.com/ccpa">Collection notice</a>
<a class="footer-substack-cta" href="https://substack.com/signup">Start writing</a><a href="https://substack.com/app">Get the app</a></div>
<p class="footer-terms">Substack is the home for great culture</p></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.a1b2c3.js" async></script></body></html>`;
const substack: TestPage = {
  name: 'heldout317-substack-deals-issue',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHs,
  body: texts([uSub, ...uIntro, ...uWorth, ...uSkip, ...uQ]),
  bylines: ['Wes Abernathy', 'Nov 20, 2026', ...uComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deal Drop', 'Subscribe', 'Sign in', 'Share',
    'Deal Drop is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Share Deal Drop', 'Restack', 'Discussion about this post', ...uComments.map((c) => c[2]), 'Like', 'Reply', 'Ready for more?', 'Privacy', 'Terms',
    'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT317_F: readonly TestPage[] = [substack, verge];
