import { links, type TestPage } from './page-kit.js';
import { type Block, blocksHtml, bodyOf, headingsOf, j, page } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file c: a bladesmith's journal post on Ghost (Casper theme) with an excerpt under the title, an image card,
 * a callout card, a member sign-up band and "read more" cards, and a metalwork studio's process page built in Webflow.
 */
const gTitle = 'Brine, Oil and a Cracked Tanto';
const gExcerpt = 'What I learned from losing a blade in the quench, and why I went back to warm oil for simple carbon steels.';
const gBlocks: Block[] = [
  [
    'p',
    j(
      'It went with a sound like a knuckle cracking. I had drawn the tanto out from a bar of W2 over two evenings, ground the bevels,',
      'packed clay along the spine and brought it up to a dull cherry red in the gas forge. Three seconds in the brine and a hairline',
      'ran up from the edge, straight through the hamon I had been so pleased with.',
    ),
  ],
  [
    'p',
    j(
      'Water and brine quench fast. That speed is why they give such a crisp, active temper line on shallow-hardening steels, and it',
      'is also why they break blades. The outside of the steel hardens and locks while the core is still changing, and something has',
      'to give.',
    ),
  ],
  ['h2', 'What I changed'],
  [
    'p',
    j(
      'I now normalise three times instead of two, each cycle a little cooler, and let the blade cool in still air on a steel plate',
      'rather than in the ash bucket. I thin the edge less before hardening: about the thickness of a coin, not a credit card.',
    ),
  ],
  [
    'p',
    j(
      'Most importantly, I quench in a commercial fast oil warmed to around 50 °C. The line is softer and needs more polishing to',
      'bring out, but in the forty-odd blades since the cracked tanto I have not lost one.',
    ),
  ],
  ['quote', j('<p>If a quench only works when everything goes right, it is not a method, it is a gamble.</p>')],
  ['h2', 'When I still use brine'],
  [
    'p',
    j(
      'Small, thin blades with simple profiles &mdash; a paring knife, a kiridashi &mdash; still go into brine now and then, interrupted:',
      'two seconds in, out, and finished in oil. It is a trick rather than a rule, and I only use it on steel from a batch I know well.',
    ),
  ],
  ['p', j('The cracked tanto hangs on the workshop wall above the quench tank. Visitors ask about it more than anything else I have made.')],
];
const gCallout = 'Safety note: a warm oil quench can flare. Keep a steel lid within reach and never quench over an open container of cold water.';
const gNav = ['Home', 'Journal', 'Knives', 'About'];
const gCards = [
  ['Making a Damascus Billet From Bandsaw Blades', 'Forty layers, one welding heat too few, and a second attempt.'],
  ['The Case for a Small Anvil', 'A 50 kg anvil on a good stand beats a 150 kg one on a tree stump.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Brine, Oil and a Cracked Tanto</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.harlowknives.com/assets/built/screen.css?v=7c3e1a9d21">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://journal.harlowknives.com/brine-oil-and-a-cracked-tanto/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Harlow Knives Journal"><meta property="og:type"
 content="article">
<meta property="article:published_time" content="2026-01-17T18:40:12.000Z"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harlow Knives Journal"},
"author":{"@type":"Person","name":"Ivo Harlow"},"headline":"${gTitle}","datePublished":"2026-01-17T18:40:12.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.harlowknives.com/"
 data-key="3f1c2b" data-api="https://journal.harlowknives.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style>
<link rel="alternate" type="application/rss+xml" title="Harlow Knives Journal" href="https://journal.harlowknives.com/rss/"></head>
<body class="post-template tag-journal tag-heat-treatment is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.harlowknives.com">Harlow Knives Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-journal tag-heat-treatment">
<header class="article-header gh-canvas"><div class="article-tag
 post-card-tags"><span class="post-card-primary-tag"><a href="/tag/journal/">Journal</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ivo/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/ivo.jpg" alt="Ivo Harlow"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ivo/">Ivo Harlow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date"
 datetime="2026-01-17">Jan 17, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w300/tanto.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
 src="/content/images/size/w2000/tanto.jpg" alt="${gTitle}"><figcaption>The tanto, with the crack running up from the edge.</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${blocksHtml(gBlocks.slice(0, 5))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/tank.jpg" class="kg-image" alt="" loading="lazy" width="1200"
 height="800">
<figcaption><span style="white-space: pre-wrap;">The quench tank, with its lid on a hook above it.</span></figcaption></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gCallout}</div></div>
${blocksHtml(gBlocks.slice(5))}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</main><aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/c.jpg" alt="${t}"
 loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link"
 href="#"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Journal</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-12-04">Dec 4, 2025</time><span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside>
<footer class="site-footer
 outer"><div class="inner"><section class="copyright"><a href="https://journal.harlowknives.com">Harlow Knives Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="https://journal.harlowknives.com/assets/built/casper.js?v=7c3e1a9d21"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout586-ghost-casper-quench',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: [gExcerpt, ...bodyOf(gBlocks.slice(0, 5)), gCallout, ...bodyOf(gBlocks.slice(5)).map((t) => t.replace(/&mdash;/g, '\u2014'))],
  bylines: ['Ivo Harlow', 'Jan 17, 2026', 'Dec 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harlow Knives Journal', ...gNav, 'Sign in', 'Subscribe', 'Journal', '•', '3 min read', 'The tanto, with the crack running up from the edge.',
    'The quench tank, with its lid on a hook above it.', 'Sign up for more like this.', 'Enter your email', ...gCards.flat(), '4 min read',
    'Harlow Knives Journal © 2026', 'Sign up', 'Powered by Ghost',
  ],
});

const fTitle = 'From sketch to site';
const fLead = j(
  'Corbel Metalworks is a studio of five makers working in forged steel, bronze and copper. Most of what we make is architectural:',
  'staircases, screens, canopies and the occasional sculpture for a garden or a public square.',
);
const fSteps: [string, string][] = [
  [
    'Drawing',
    j(
      'We start with pencil, not software. Early drawings are loose on purpose, so that clients respond to the idea rather than to',
      'the detail. Once the idea is settled we move to measured CAD drawings for approval and for the engineer.',
    ),
  ],
  [
    'Samples',
    j(
      'Before the main work begins we forge a sample: a single baluster, a panel of the screen, a leaf from the canopy. It fixes the',
      'finish and the scale, and it is the moment most clients stop worrying.',
    ),
  ],
  [
    'Making',
    j(
      'Forging, fabrication and finishing all happen in our workshop on the Greyhithe estate. Large pieces are trial-assembled on the',
      'shop floor so that nothing is found to be wrong on site.',
    ),
  ],
  ['Installation', j('Our own team installs every piece. We carry our own lifting gear and work to the main contractor’s programme on bigger jobs.')],
];
const fNav = ['Work', 'Process', 'Studio', 'Journal', 'Contact'];
const fFoot = ['Instagram', 'LinkedIn', 'Privacy notice'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Feb 10 2026 11:02:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.corbelmetalworks.com" data-wf-page="65c1f0a2b3d4e5f601234567" data-wf-site="65c1f0a2b3d4e5f601234500" lang="en"><head>
<meta charset="utf-8"><title>Process | Corbel Metalworks</title><meta content="How a commission moves through our studio." name="description">
<meta content="Process | Corbel Metalworks" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65c1f0a2b3d4e5f601234500/css/corbel.webflow.5a1b2c.min.css"
 rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
 w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65c1f0a2b3d4e5f601234500/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"
 aria-label="home"><img src="https://assets-global.website-files.com/65c1/logo.svg" loading="lazy"
 alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
   .map(
     (t) => `<a href="/${t.toLowerCase()}"
 class="nav-link w-nav-link${t === 'Process' ? ' w--current' : ''}">${t}</a>`,
   )
   .join('')}</nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-process"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Process</div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-lead">${fLead}</p></div></section>
<section class="section steps"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-steps">
${fSteps
  .map(
    ([h, p], i) => `<div id="w-node-_${i}a1-67" class="step-card"><img src="https://assets-global.website-files.com/65c1/step-${i}.jpg" loading="lazy" alt=""
 class="step-image">
<h3 class="heading-step">${h}</h3><p class="paragraph-step">${p}</p></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta-band"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-cta">Have a project in mind?</h2>
<a href="/contact" class="button-primary w-button">Talk to the studio</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid">
<div class="footer-col"><div class="footer-text">Corbel Metalworks Ltd<br>Unit 9, Greyhithe Estate, Ashby Fold</div></div>
<div class="footer-col">${fFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Corbel Metalworks Ltd. Company no. 10293847</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1f0a2b3d4e5f601234500" type="text/javascript"
 integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65c1f0a2b3d4e5f601234500/js/webflow.3f2a1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout586-webflow-studio-process',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fSteps.map(([h]) => h),
  body: [fLead, ...fSteps.map(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Have a project in mind?', 'Talk to the studio', 'Corbel Metalworks Ltd', 'Unit 9, Greyhithe Estate, Ashby Fold', ...fFoot,
    '© 2026 Corbel Metalworks Ltd. Company no. 10293847',
  ],
});

export const HELDOUT586_C: readonly TestPage[] = [ghost, webflow];
