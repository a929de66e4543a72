import { links, type TestPage } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout618-kit.js';

/**
 * Held-out batch 618, file e: a croquet club's new members page on Webflow with a hero, a CTA band and a Finsweet cookie
 * banner, and a bowls club news post on Ghost (Casper) with a members' signup box and "read more" cards.
 */
const wTitle = 'New to croquet? Start here.';
const wDek = 'Three free Saturday mornings, all equipment provided, no experience needed.';
const wBody = [
  j(
    'Our Starter Mornings run on the first three Saturdays of May and June, from 10am to midday on the Orchard Lawn. You will',
    'learn to hold a mallet, run a hoop and play a short game of golf croquet with one of our coaches.',
  ),
  'What happens next',
  j('If you would like to carry on, our first-year membership costs £45 and includes weekly coaching on Tuesday evenings', 'until the end of September.'),
  'Bring',
  'flat shoes',
  'a hat and sun cream',
  'a friend, if you like',
];
const wNav = ['About', 'Play', 'Coaching', 'Events', 'Contact'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 08:31:52 GMT+0000 -->
<html data-wf-domain="www.lydgatecroquet.org" data-wf-page="65f0a1c2d3e4f5a6b7c8d9e1" data-wf-site="65f0a1c2d3e4f5a6b7c8d9e0" lang="en"><head>
<meta charset="utf-8"><title>New Members | Lydgate Croquet Club</title><meta content="Free Starter Mornings for new croquet players." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f0a1c2d3e4f5a6b7c8d9e0/css/lydgate-croquet.webflow.shared.3f1e2d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking "Accept", you agree to
the storing of cookies on your device to enhance site navigation and analyze site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="deny" href="#" class="fs-cc-banner_text-link">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0a1c2/logo.svg" loading="lazy" alt="Lydgate Croquet Club" class="logo">
</a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/new-members" aria-current="page" class="nav-button w-button w--current">Join</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container-hero w-container"><div class="eyebrow">New members</div>
<h1 class="heading-hero">${wTitle}</h1><p class="hero-paragraph">${wDek}</p></div></section>
<section class="section-content"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text-block w-richtext">
<p>${wBody[0]}</p><h2>${wBody[1]}</h2><p>${wBody[2]}</p><h3>${wBody[3]}</h3><ul role="list">${lis(wBody.slice(4))}</ul></div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container-cta w-container"><h2 class="heading-cta">Ready to give it a go?</h2>
<a href="mailto:hello@lydgatecroquet.org" class="button-primary w-button">Email us to book</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container-footer w-container">
<div class="footer-text">Lydgate Croquet Club, Orchard Lane, Lydgate</div>
<div class="footer-text-small">© 2026 Lydgate Croquet Club</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1c2d3e4f5a6b7c8d9e0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f0a1c2d3e4f5a6b7c8d9e0/js/webflow.4b2a1c.js" type="text/javascript"></script></body></html>`;
const webflowCroquet: TestPage = tidy({
  name: 'heldout618-croquet-new-members-webflow',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[3] ?? ''],
  body: [wDek, wBody[0] ?? '', wBody[2] ?? '', ...wBody.slice(4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking "Accept", you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.', 'Deny', 'Accept',
    ...wNav, 'Join', 'New members', 'Ready to give it a go?', 'Email us to book', 'Lydgate Croquet Club, Orchard Lane, Lydgate', '© 2026 Lydgate Croquet Club',
  ],
});

const gTitle = 'New Floodlights Mean Winter Evenings on the Green';
const gExcerpt = 'The club has switched on its new LED floodlights, and the first evening league starts in October.';
const gBody = [
  j(
    'After two years of fundraising, Abbotsleigh Bowls Club switched on eight new LED floodlights around the green last Friday.',
    'The lights were paid for by a lottery grant of £18,500 and £6,200 raised by members through quiz nights and a sponsored',
    'twenty-four-hour roll-up.',
  ),
  j(
    'The new lights use a third of the power of the old halogen lamps and are angled so that almost no light spills into the',
    'gardens on Priory Road, which was the main concern raised by neighbours at the planning stage.',
  ),
  'An evening league for the winter',
  j(
    'The lights mean we can play until 9pm from September to the end of October. A new evening league of mixed pairs will run',
    'on Monday and Thursday nights from 5 October. Entry is £5 a pair, and non-members are welcome to enter with a member.',
  ),
  j('Club president Ivy Chamberlain said the lights were "the biggest change to the club since the clubhouse was rebuilt in', '1987".'),
];
const gNav = ['Home', 'About', 'Fixtures', 'Join'];
const gMore = ['AGM 2026: new committee elected', 'Rink fees held for another year', 'Junior coaching returns this summer'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>New Floodlights Mean Winter Evenings on the Green</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a1b2c3d4e">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://news.abbotsleighbowls.org/new-floodlights/">
<meta property="og:site_name" content="Abbotsleigh Bowls Club"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-07T10:15:00.000Z"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Abbotsleigh Bowls Club"},
"author":{"@type":"Person","name":"Tom Edgecombe"},"headline":"${gTitle}","datePublished":"2026-09-07T10:15:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://news.abbotsleighbowls.org/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{text-align:center}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://news.abbotsleighbowls.org">Abbotsleigh Bowls Club</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-club-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/club-news/">Club News</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tom/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/tom.jpg" alt="Tom Edgecombe"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tom/">Tom Edgecombe</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-07">Sep 7, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div><figure class="article-image"><img src="/content/images/2026/09/lights.jpg" alt="The green under the new lights">
<figcaption><span style="white-space:pre-wrap;">The first roll-up under the lights. Photo: Ray Penfold</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
<p>${gBody[0]}</p><p>${gBody[1]}</p><h2 id="an-evening-league-for-the-winter">${gBody[2]}</h2><p>${gBody[3]}</p><p>${gBody[4]}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link"
href="/p${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link"
href="/p${i}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.abbotsleighbowls.org">Abbotsleigh Bowls Club</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5a1b2c3d4e"></script></body></html>`;
const ghostBowls: TestPage = tidy({
  name: 'heldout618-bowls-floodlights-ghost',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? ''],
  body: [gExcerpt, ...gBody.filter((_, i) => i !== 2)],
  bylines: ['Tom Edgecombe', 'Sep 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Abbotsleigh Bowls Club', ...gNav, 'Sign in', 'Subscribe', 'Club News', '• 2 min read', 'The first roll-up under the lights. Photo: Ray Penfold',
    'Sign up for more like this.', 'Enter your email', ...gMore, 'Abbotsleigh Bowls Club © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT618_E: readonly TestPage[] = [webflowCroquet, ghostBowls];
