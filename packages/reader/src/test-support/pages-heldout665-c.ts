import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, row } from './pages-heldout665-kit.js';

/**
 * Held-out batch 665, file c: a paint maker's decorating guide on Webflow (w-nav navbar, w-richtext body with a table, Finsweet
 * cookie consent, CTA and footer) and a decorator's newsletter post on Ghost (Casper theme, members CTA, read-more cards).
 */
const fTitle = 'Choosing a paint finish: matt, eggshell, satin or gloss';
const fDek = 'The sheen of a paint changes how a colour looks, how well it wears and how much it shows the wall underneath.';
const fP1 = [
  j(
    'Sheen is a measure of how much light a dried paint film reflects. A flat matt reflects almost none, so colours look deep',
    'and chalky and small dents disappear. A gloss reflects most of it, which makes it tough and wipeable but shows every',
    'bump in the plaster.',
  ),
  'Most rooms need two finishes: one for walls and ceilings and a harder one for woodwork and metal.',
];
const fRows = [
  ['Flat matt', '2–5%', 'Ceilings, walls in bedrooms and living rooms', 'Low'],
  ['Eggshell', '15–20%', 'Walls in kitchens and hallways, woodwork', 'Good'],
  ['Satin', '30–40%', 'Doors, skirting, kitchen cabinets', 'Very good'],
  ['Gloss', '80–90%', 'Front doors, radiators, metal railings', 'Excellent'],
];
const fSecs = [
  {
    h: 'Walls',
    p: [
      j(
        'Use our Estate Matt in rooms that are mostly looked at rather than touched. Where walls take knocks, such as hallways,',
        "children's rooms and kitchens, choose Modern Eggshell, which can be scrubbed without polishing up.",
      ),
    ],
  },
  {
    h: 'Woodwork',
    p: [
      j(
        'Eggshell gives woodwork a soft, modern look. Satin and gloss are more traditional and a little harder wearing. Whatever',
        'you choose, use the same finish on all the woodwork in a room so the doors and skirting match.',
      ),
    ],
  },
  {
    h: 'Bathrooms and kitchens',
    p: [
      j(
        'Steam is harder on paint than knocks. Our Kitchen and Bath Eggshell has a mould inhibitor and copes with condensation',
        'running down the wall. Avoid flat matt above a bath or shower.',
      ),
    ],
  },
];
const fTips = [
  'Sand between coats of satin or gloss for a smooth finish.',
  'Let each coat dry for the full time on the tin before recoating.',
  'Keep a labelled pot of each finish for touching up.',
];
const fNav = ['Colours', 'Paint', 'Guides', 'Stockists', 'About'];
const fFoot = ['Delivery and returns', 'Trade enquiries', 'Careers', 'Privacy', 'Terms'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Mar 02 2027 11:20:41 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.kestlepaints.com" data-wf-page="65f0a1b2c3d4e5f601234567" data-wf-site="65f0a1b2c3d4e5f601234500" lang="en"
data-wf-collection="65f0a1b2c3d4e5f6012345aa"
data-wf-item-slug="choosing-a-paint-finish"><head><meta charset="utf-8"><title>${fTitle} | Kestle Paints</title>
<meta content="${fDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0a1b2c3d4e5f601234500/css/kestle-paints.webflow.4a1b2c3d4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<style>.w-richtext table{width:100%;border-collapse:collapse}.w-richtext td{padding:8px;border-bottom:1px solid #e4ded5}</style></head>
<body class="body-guide"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to
remember your basket and to see which colours people look at. <a href="/privacy" class="fs-cc-banner_text-link">Privacy policy</a></div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65f0a1b2c3d4e5f601234500/kestle-logo.svg" loading="lazy" alt="Kestle Paints" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}" class="nav-link
w-nav-link${t === 'Guides' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav>
<a href="/samples" class="nav-button w-button">Order samples</a><div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0">
<div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-guide-hero"><div class="container-narrow w-container"><div class="guide-breadcrumbs"><a href="/guides" class="breadcrumb-link">Guides</a>
<div class="breadcrumb-divider">/</div>
<a href="/guides?category=finishes" class="breadcrumb-link">Finishes</a></div><h1 class="guide-heading">${fTitle}</h1><p class="guide-dek">${fDek}</p>
<div class="guide-meta"><div class="guide-meta-text">Written by the Kestle colour team</div><div class="guide-meta-dot">·</div>
<div class="guide-meta-text">6 min read</div></div></div></div>
<div class="section-guide-body"><div class="container-narrow w-container"><div class="guide-rich-text w-richtext">
${ps(fP1)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65f0a1b2c3d4e5f601234500/sheen-boards.jpg" loading="lazy" alt="Four sample boards"></div>
<figcaption>The same colour, Fen Mist, in four finishes.</figcaption></figure>
<h2>The four finishes at a glance</h2>
<table><thead><tr><th>Finish</th><th>Sheen</th><th>Best for</th><th>Wipeability</th></tr></thead><tbody>${fRows.map(row).join('')}</tbody></table>
${fSecs.map((s) => `<h2>${s.h}</h2>${ps(s.p)}`).join('\n')}
<h3>Tips for a good finish</h3><ul role="list">${lis(fTips)}</ul>
</div></div></div>
<div class="section-cta"><div class="container w-container"><h2 class="cta-heading">Not sure which to choose?</h2>
<p class="cta-text">Our colour team will answer within a working day.</p>
<a href="/contact" class="button w-button">Ask the colour team</a></div></div>
<footer class="footer"><div class="footer-container w-container"><div class="footer-grid w-layout-grid"><div class="footer-column">
<div class="footer-heading">Kestle Paints</div>
<div class="footer-text">Made in small batches in Tamworthy since 1978.</div></div>
<div class="footer-column">${fFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2027 Kestle Paints Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1b2c3d4e5f601234500" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f0a1b2c3d4e5f601234500/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout665-webflow-paint-finish',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['The four finishes at a glance', ...fSecs.map((s) => s.h), 'Tips for a good finish'],
  body: texts([fDek, ...fP1, ...fRows.map((r) => r.join(' ')), ...fSecs.flatMap((s) => s.p), ...fTips]),
  bylines: ['Written by the Kestle colour team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to remember your basket and to see which colours people look at.', 'Privacy policy', 'Preferences', 'Deny', 'Accept',
    'Guides', 'Stockists', 'About', 'Order samples', '6 min read', 'The same colour, Fen Mist, in four finishes.',
    'Not sure which to choose?', 'Our colour team will answer within a working day.', 'Ask the colour team', 'Kestle Paints',
    'Made in small batches in Tamworthy since 1978.', ...fFoot, '© 2027 Kestle Paints Ltd. All rights reserved.',
  ],
};

const gTitle = 'Why limewash keeps moving';
const gDek = 'Clouds, streaks and patches that change with the weather are not a fault. They are the reason people choose it.';
const gBody = [
  j(
    'A client rang me last week, worried. The limewash we put on her hallway in October had dried to a soft, even chalk, and',
    'then on a wet Tuesday it turned dark and blotchy. By Thursday it was pale again. She wanted to know what we had done wrong.',
  ),
  j(
    'Nothing, as it happens. Limewash is not a film sitting on the wall the way a modern emulsion is. It soaks into the plaster',
    'and cures by taking carbon dioxide out of the air, turning slowly back into limestone. Because it stays open, it takes up',
    'moisture on a damp day and gives it back when the air dries. The colour moves with it.',
  ),
  'What you can expect',
  j(
    'For the first few weeks, every coat will look different from the last. After a couple of months the wall settles down, but',
    'it never becomes uniform. On an old lime-plastered wall the movement helps the wall breathe, which is why conservators',
    'still specify it.',
  ),
  'When to worry',
  j(
    'Powder coming off on your sleeve is normal in the first month and should stop once the lime has cured. If it is still',
    'dusting after three months, the coats were probably too thick. A thin coat of limewash mixed with a little linseed oil',
    'will bind the surface.',
  ),
  j(
    'Dark patches that never dry out are a different matter. They usually point to water coming from somewhere else, such',
    'as a leaking gutter or a blocked drain, and that is worth finding before you paint again.',
  ),
  'If you have a limewashed wall doing something strange, reply to this email with a photo. I read every one.',
];
const gHeads = [2, 4];
const gRead = ['Distemper is not dead', 'Mixing your own pigments: a starter kit', 'The first house I ever limewashed'];
const gNav = ['Home', 'About', 'Archive', 'Workshops'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://limewashletter.com/assets/built/screen.css?v=b3c1a9e2d4">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://limewashletter.com/why-limewash-keeps-moving/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Limewash Letter">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2027-02-09T07:30:00.000Z"><meta property="article:tag" content="Limewash">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Limewash Letter"},
"author":{"@type":"Person","name":"Tamsin Roake"},"headline":"${gTitle}","datePublished":"2027-02-09T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Limewash Letter" href="https://limewashletter.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://limewashletter.com/" data-key="3f0c2a"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-limewash is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://limewashletter.com">The Limewash Letter</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}">
<a href="https://limewashletter.com/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-limewash">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/limewash/">Limewash</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/05/tamsin.jpg" alt="Tamsin Roake"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tamsin/">Tamsin Roake</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-09">Feb 9, 2027</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/02/hallway.jpg 300w, /content/images/size/w2000/2027/02/hallway.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/hallway.jpg" alt="Limewashed hallway after rain">
<figcaption><span style="white-space: pre-wrap;">The hallway in question, two days after the rain.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody.map((t, i) => (gHeads.includes(i) ? `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>` : `<p>${t}</p>`)).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-feed">
${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/x/">
<img class="post-card-image" src="/content/images/x.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${t}</h2></header>
</a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-12">Jan 12, 2027</time>
<span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://limewashletter.com">The Limewash Letter</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__top-bar"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="https://limewashletter.com/assets/built/casper.js?v=b3c1a9e2d4"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout665-ghost-limewash',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: [gDek, ...gBody.filter((_, i) => !gHeads.includes(i))],
  bylines: ['Tamsin Roake', 'Feb 9, 2027', 'Jan 12, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Limewash Letter', ...gNav, 'Sign in', 'Subscribe', '3 min read', 'The hallway in question, two days after the rain.',
    'Sign up for more like this.', 'Enter your email', ...gRead, '4 min read', '© 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT665_C: readonly TestPage[] = [webflow, ghost];
