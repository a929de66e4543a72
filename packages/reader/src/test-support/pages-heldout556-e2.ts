import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file e2: a trade newsletter's news post on Ghost (Casper theme) with its tag, excerpt, byline, a bookmark
 * card in the content, the members sign-up box and read-more cards.
 */
const gTitle = 'Guild warns of “fake local” locksmith listings ahead of winter';
const gBody = [
  'Call centres posing as local firms quote £49 on the phone and charge several hundred pounds on the doorstep, the trade body says.',
  j(
    'The Guild of Vetted Locksmiths has asked search and map services to act against listings that claim a local address but',
    'pass every call to a national call centre, after its members logged 214 complaints from the public between July and',
    'September, more than in the whole of last year.',
  ),
  j(
    'In most of the cases the Guild examined, the caller was quoted a low call-out price, but the locksmith who arrived drilled',
    'the lock and then charged between £280 and £650 for a new one. Several customers said they were told the work could not',
    'start until they paid by bank transfer.',
  ),
  j(
    '“These listings use a street address that turns out to be a post office box or a car park,” said Ellen Marsh, the',
    'Guild’s complaints officer. “By the time anyone realises, the money has gone.”',
  ),
  'What the Guild is asking for',
  j(
    'The Guild wants listings for trades that come to people’s homes to be verified by a postcard or a visit, as already happens',
    'for some other services, and for reported listings to be removed within a week rather than left up while they are checked.',
  ),
  'How to spot a genuine local locksmith',
  'The price quoted on the phone includes the lock, not only the call-out.',
  'The person who answers can tell you who will come out.',
  'Non-destructive entry is tried first, and drilling is explained before it starts.',
  'Card payment is accepted on the doorstep and a receipt is given.',
  j(
    'The Guild’s winter campaign starts on 3 November, when lockouts peak with the darker evenings. Members will carry a printed ID',
    'card with a number that can be checked on the Guild’s website.',
  ),
];
const gNav = ['Home', 'Industry News', 'Training', 'Jobs', 'About'];
const gRead = [
  ['Apprenticeship numbers rise for the third year', 'Oct 21, 2026', '3 min read'],
  ['New TS007 test house opens in the Midlands', 'Oct 14, 2026', '2 min read'],
];
const gFoot = ['Sitemap', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible"
content="IE=edge"><title>Guild warns of "fake local" locksmith listings ahead of winter</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7a1b2c"><link rel="canonical"
href="https://thekeyholder.example/guild-fake-local-listings/">
<meta property="og:site_name" content="The Keyholder"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-10-28T07:00:00.000Z">
<meta property="article:tag" content="Industry News"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ruth Adeyemi">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Keyholder"},
"author":{"@type":"Person","name":"Ruth Adeyemi"},
"headline":"Guild warns of \\"fake local\\" locksmith listings ahead of winter","datePublished":"2026-10-28T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://thekeyholder.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-industry-news has-serif-title has-sans-body is-head-left-logo"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://thekeyholder.example">The Keyholder</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-industry-news ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/industry-news/">Industry News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gBody[0]}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Adeyemi"><img class="author-profile-image" src="/content/images/size/w100/ruth.jpg"
alt="Ruth Adeyemi"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Adeyemi</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-28">Oct 28, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 4 min read</span></div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/10/van.jpg 600w" src="/content/images/size/w2000/2026/10/van.jpg"
alt="A locksmith's van parked outside a terrace"><figcaption><span
style="white-space: pre-wrap;">Members will carry a numbered ID card from November.</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">${ps(gBody.slice(1, 4))}
<h2 id="what-the-guild-is-asking-for">${gBody[4]}</h2>${ps(gBody.slice(5, 6))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://thekeyholder.example/doorstep-pricing-survey/"><div
class="kg-bookmark-content">
<div class="kg-bookmark-title">Doorstep pricing: what our survey of 300 call-outs found</div><div
class="kg-bookmark-description">Half of the highest bills came from
firms with no fixed address.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span
class="kg-bookmark-author">The Keyholder</span>
</div></div></a></figure>
<h2 id="how-to-spot-a-genuine-local-locksmith">${gBody[6]}</h2><ul>${lis(gBody.slice(7, 11))}</ul>${ps(gBody.slice(11))}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.example/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://thekeyholder.example/"
data-post-id="6530" data-count="true" crossorigin="anonymous"></script></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    (
      [t, d, r],
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/r${i}/"><img class="post-card-image" src="/content/images/r${i}.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/r${i}/"><header class="post-card-header"><h2
class="post-card-title">${t}</h2>
</header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-21">${d}</time><span
class="post-card-meta-length">${r}</span></footer>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thekeyholder.example">The Keyholder</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div>
</div></footer></div>
<script src="/assets/built/casper.js?v=7a1b2c"></script></body></html>`;
const keyholder: TestPage = tidy({
  name: 'heldout556-ghost-casper-fake-listings-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: at(gBody, [4, 6]),
  body: texts(but(gBody, [4, 6])),
  bylines: ['Ruth Adeyemi', 'Oct 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Keyholder', ...gNav, 'Sign in', 'Subscribe', '• 4 min read', 'Members will carry a numbered ID card from November.',
    'Doorstep pricing: what our survey of 300 call-outs found', 'Half of the highest bills came from firms with no fixed address.',
    'Sign up for more like this.',
    'Enter your email', ...gRead.flat(), 'The Keyholder © 2026', ...gFoot, 'Powered by Ghost',
  ],
});

export const HELDOUT556_E2: readonly TestPage[] = [keyholder];
