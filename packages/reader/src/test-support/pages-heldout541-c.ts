import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, mk } from './pages-heldout541-kit.js';

/** Held-out batch 541, file c: a paintball site's blog post on Ghost (Casper), and an outdoor centre's news item on Webflow. */
const gTitle = 'What to wear for your first game of paintball';
const gDek = 'Old clothes, good boots and a few layers: a short guide to turning up ready for a day in the woods.';
const gParts: { h?: string; paras: string[]; list?: string[] }[] = [
  {
    paras: [
      j(
        'Every Saturday someone arrives at the Copse in white trainers and a new hoodie. By lunchtime both are the colour of the woods.',
        'Paintball is muddy, and paint washes out of most things but not all of them, so the rule is simple: wear what you would wear to',
        'paint a fence.',
      ),
    ],
  },
  {
    h: 'Layers, not bulk',
    paras: [
      j(
        'A paintball stings less through two thin layers than through one thick one, and layers let you cool down between games. A long-sleeved',
        'top under a sweatshirt works well. Avoid anything with a hood that flaps around your mask; tuck it in or leave it in the car.',
      ),
    ],
  },
  {
    h: 'Footwear',
    paras: [
      j(
        'Wear walking boots or old trainers with a deep tread. The Quarry field is steep and the Bunker field floods after rain. We do not',
        'allow open shoes, and wellies tend to come off in the mud.',
      ),
    ],
  },
  {
    h: 'What we provide',
    paras: ['Every player gets the following as part of the entry price:'],
    list: ['a full-face thermal mask', 'a camouflage overall', 'padded gloves', 'a chest protector for players under 16'],
  },
  {
    h: 'What to leave at home',
    paras: [
      j(
        'Leave jewellery, watches and phones in the lockers by the canteen. Glasses are fine under our masks, but contact lenses are more',
        'comfortable if you have them. And bring a change of clothes and a bin bag for the journey home.',
      ),
    ],
  },
];
const gTags = ['First timers', 'Kit'];
const gRel = ['How our scoring works on the Bunker field', 'Five things marshals wish you knew', 'Planning a stag day at the Copse'];
const gNav = ['Home', 'Prices', 'Book', 'Blog', 'Contact'];
const gBody = gParts
  .map(
    (p) =>
      `${p.h === undefined ? '' : `<h2 id="${p.h.toLowerCase().replace(/[^a-z]+/g, '-')}">${p.h}</h2>\n`}${ps(p.paras)}` +
      `${p.list === undefined ? '' : `<ul>${lis(p.list)}</ul>`}`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>What to wear for your first game of paintball</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c41e7a1d2"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://blog.copsepaintball.co.uk/what-to-wear/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-12T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Copse Paintball"},
"author":{"@type":"Person","name":"Jess Hallam"},"headline":"${gTitle}","datePublished":"2026-09-12T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="The Copse Paintball" href="https://blog.copsepaintball.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://blog.copsepaintball.co.uk/"
data-key="8f1c0a9e2b7d4f36a1" data-api="https://blog.copsepaintball.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-first-timers tag-kit is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.copsepaintball.co.uk">The Copse Paintball</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu">
</button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-first-timers tag-kit">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/first-timers/">${gTags[0]}</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/jess/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/jess.jpg" alt="Jess Hallam"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jess/">Jess Hallam</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-12">Sep 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/09/kit-room.jpg" alt="Masks hanging in the kit room">
<figcaption>The kit room at the Copse, with 140 masks cleaned after every session.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody}
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content">
<h2>Join the discussion</h2><p>Become a member of The Copse Paintball to start commenting.</p><a class="gh-btn" data-portal="signup">Sign up now</a>
<p><small>Already a member? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRel
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.copsepaintball.co.uk">The Copse Paintball</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=9c41e7a1d2"></script></body></html>`;
const ghostPaintball: TestPage = mk({
  name: 'heldout541-paintball-what-to-wear-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.flatMap((p) => (p.h === undefined ? [] : [p.h])),
  body: texts([gDek, ...gParts.flatMap((p) => [...p.paras, ...(p.list ?? [])])]),
  bylines: ['Jess Hallam', 'Sep 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Copse Paintball', ...gNav, 'Sign in', 'Subscribe', gTags[0] ?? '', '• 3 min read',
    'The kit room at the Copse, with 140 masks cleaned after every session.',
    'Join the discussion', 'Become a member of The Copse Paintball to start commenting.', 'Sign up now', 'Already a member? Sign in',
    'Sign up for more like this.', 'Enter your email', ...gRel, 'The Copse Paintball © 2026', 'Sign up', 'Powered by Ghost',
  ],
});

const fTitle = 'Summer camp bookings open, with a new gorge walk for 2027';
const fParas = [
  j(
    'Bookings for the Fellhead summer adventure camps opened on Monday, and this year\u2019s programme adds a guided gorge walk up',
    'Scarth Beck for campers aged 11 and over.',
  ),
  j(
    'The five-day camps run every week from 19 July to 27 August for young people aged 8 to 16. Each day mixes two activities from',
    'canoeing, climbing, mountain biking and archery, with a campfire evening on the Thursday.',
  ),
  j(
    'Centre manager Priya Lomas said the gorge walk had been tested with local scout groups over the autumn. "It is the activity they',
    'talked about all the way home," she said. "Wetsuits, helmets and buoyancy aids are all provided, and groups are never bigger than eight."',
  ),
  j(
    'Day camps cost £52 a day or £235 for the week. Families booking before 31 March get 10% off, and there are funded places for',
    'children receiving free school meals through the county holiday activities scheme.',
  ),
];
const fNav = ['Activities', 'Camps', 'Schools', 'Stay', 'News', 'Contact'];
const fMore = ['Fellhead wins county tourism award', 'New climbing wall opens in the Barn', 'Winter opening hours'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 09 2027 09:14:22 GMT+0000 -->
<html data-wf-domain="www.fellheadoutdoors.co.uk" data-wf-page="65c3e1f2a4b7d90012ef3a41" data-wf-site="65c3e1f2a4b7d90012ef3a10"
data-wf-collection="65c3e1f2a4b7d90012ef3a55" data-wf-item-slug="summer-camps-2027" lang="en"><head><meta charset="utf-8">
<title>Summer camp bookings open, with a new gorge walk for 2027 | Fellhead Outdoors</title>
<meta content="The 2027 summer adventure camps are now open for booking." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c3e1f2a4b7d90012ef3a10/css/fellhead.webflow.a1b2c3.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65c3e1f2a4b7d90012ef3a10/logo.svg" alt="Fellhead Outdoors"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section news-hero"><div class="container w-container"><a href="/news" class="back-link">← All news</a>
<div class="news-meta"><div class="news-category">Camps</div><div class="news-date">9 February 2027</div></div>
<h1 class="news-heading">${fTitle}</h1></div></div>
<div class="section"><div class="container narrow w-container"><img src="https://assets-global.website-files.com/65c3e1f2a4b7d90012ef3a10/gorge.jpg"
loading="lazy" alt="" class="news-image"><div class="image-caption">Campers on the new Scarth Beck gorge walk. Photo: Fellhead Outdoors</div>
<div class="rich-text w-richtext">${ps(fParas)}</div>
<div class="share-block"><div class="share-label">Share</div><div class="w-embed">
<a href="https://www.facebook.com/sharer/sharer.php?u=" class="share-link">Facebook</a>
<a href="https://wa.me/?text=" class="share-link">WhatsApp</a></div></div></div></div>
<div class="section more-news"><div class="container w-container"><h2 class="section-heading">More news</h2><div class="w-dyn-list">
<div role="list" class="news-grid w-dyn-items">
${fMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/news/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="news-card w-inline-block">
<h3 class="news-card-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section newsletter"><div class="container w-container"><h2 class="section-heading">Get our newsletter</h2><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get"><label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" type="email" id="email" required>
<input type="submit" value="Sign up" class="button w-button"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-text">Fellhead Outdoors, Scarth Lane, Fellhead CA11 6RW</div>
<div class="footer-text">© 2027 Fellhead Outdoors CIC</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c3e1f2a4b7d90012ef3a10" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c3e1f2a4b7d90012ef3a10/js/webflow.3c1f0e.js" type="text/javascript"></script></body></html>`;
const webflowNews: TestPage = mk({
  name: 'heldout541-outdoor-camps-news-webflow',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fParas),
  bylines: ['9 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book now', '← All news', 'Camps', 'Campers on the new Scarth Beck gorge walk. Photo: Fellhead Outdoors', 'Share', 'Facebook', 'WhatsApp',
    'More news', ...fMore, 'Get our newsletter', 'Email address', 'Fellhead Outdoors, Scarth Lane, Fellhead CA11 6RW', '© 2027 Fellhead Outdoors CIC',
  ],
});

export const HELDOUT541_C: readonly TestPage[] = [ghostPaintball, webflowNews];
