import { links, ps, type TestPage, texts } from './page-kit.js';
import { charityGuide } from './pages-heldout296-f2.js';
import { j, lis } from './pages-heldout296-kit.js';

/**
 * Held-out batch 296, file f: a budgeting app's blog on Ghost (Casper-style theme: gh-head navigation, article-header with
 * tag and byline, kg-image-card with caption, kg-callout-card, kg-toggle-card FAQ, kg-product-card app promo, Portal signup
 * CTA, "Read more" post feed, gh-foot) and, from file f2, a consumer-rights charity's money guide.
 */
const gTitle = 'The 50/30/20 rule, and why we think you should bend it';
const gExcerpt = 'A simple split of your take-home pay is a good place to start. It is a bad place to stay stuck.';
const gH = ['Where the rule comes from', 'When 50% is not realistic', 'Three ways to adapt it', 'Does the app enforce it?'];
const gOrigin = [
  j(
    'The 50/30/20 rule divides your income after tax into three pots: half for needs such as rent, bills and food, 30% for wants,',
    'and 20% for saving or paying off debt. It became popular because it fits on a sticky note and asks you to track only three',
    'numbers instead of forty categories.',
  ),
  j(
    'That simplicity is the point. Most people who give up on budgeting do so in the first month, usually because their plan was',
    'too detailed to keep up with.',
  ),
];
const gReal = [
  j(
    'In many cities rent alone takes 40% of a typical salary. Add energy, council tax and a travel card, and needs can pass 65%',
    'before anyone has bought a coffee. Trying to force that into a 50% pot just makes the budget feel like a failure.',
  ),
  j(
    'Our own data backs this up. Among Pocketwise users who set up the 50/30/20 template, fewer than a third kept their needs',
    'under half of their income for three months in a row.',
  ),
];
const gCallout = j('The rule is a ratio, not a test. What matters is that the savings pot is never zero, even if it starts at 5%.');
const gWays = [
  '<strong>Flip it to 60/20/20</strong> if you live somewhere expensive, taking the extra from wants rather than savings.',
  '<strong>Use 70/20/10 for a season</strong>, for example while you pay for childcare, and set a date to review it.',
  '<strong>Count debt repayments as needs</strong> when they are minimum payments, and as savings when you pay extra.',
];
const gApp = j(
  'No. In Pocketwise you can pick the 50/30/20 template, change the percentages, or build your own pots from scratch. The app',
  'will nudge you when a pot runs low, but it will never lock your spending.',
);
const gFaqQ = 'Is 50/30/20 calculated before or after tax?';
const gFaqA = 'After tax. Use the amount that actually arrives in your account each month, after pension contributions as well.';
const gMore = ['How to build a sinking fund for irregular bills', 'What we learned from 10,000 no-spend weekends', 'Pocketwise now supports joint pots'];
const gNav = ['Home', 'Guides', 'Product updates', 'Money stories', 'Download the app'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5b1f9a2c7d"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://blog.pocketwise.example/50-30-20-rule/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Pocketwise Blog"><meta property="og:type" content="article"><meta property="article:tag" content="Guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Pocketwise Blog"},
"author":{"@type":"Person","name":"Jun Ishikawa-Reid"},"headline":"${gTitle}","datePublished":"2026-03-30T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.45/umd/portal.min.js"
data-i18n="true" data-ghost="https://blog.pocketwise.example/" crossorigin="anonymous"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/main.css"></head>
<body class="post-template tag-guides is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://blog.pocketwise.example">Pocketwise Blog</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/guides/">Guides</a></span>
<span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jun/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/jun.jpg" alt="Jun Ishikawa-Reid"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jun/">Jun Ishikawa-Reid</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-30">Mar 30, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/03/jars.jpg 600w" src="/content/images/size/w2000/2026/03/jars.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">Three jars, three pots. Photo by Nell Varga / Unsplash</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="where-the-rule-comes-from">${gH[0]}</h2>
${ps(gOrigin)}
<h2 id="when-50-is-not-realistic">${gH[1]}</h2>
${ps(gReal)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="three-ways-to-adapt-it">${gH[2]}</h2>
<ol>${lis(gWays)}</ol>
<div class="kg-card kg-product-card"><div class="kg-product-card-container"><h4 class="kg-product-card-title"><span>Try the Pocketwise app</span></h4>
<div class="kg-product-card-description"><p>Set up your pots in two minutes. Free for 30 days.</p></div><a href="https://pocketwise.example/download"
class="kg-product-card-button kg-product-card-btn-accent"><span>Get started</span></a></div></div>
<h2 id="does-the-app-enforce-it">${gH[3]}</h2>
${ps([gApp])}
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span>${gFaqQ}</span></h4>
<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"></button></div><div class="kg-toggle-content"><p>${gFaqA}</p></div></div>
</section>
<section class="article-comments gh-canvas"><div class="footer-cta"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gMore
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.pocketwise.example">Pocketwise Blog</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Terms'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5b1f9a2c7d"></script></body></html>`;
const ghostBlog: TestPage = {
  name: 'heldout296-ghost-casper-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gOrigin, ...gReal, gCallout, ...gWays, gApp, gFaqQ, gFaqA]),
  bylines: ['Jun Ishikawa-Reid', 'Mar 30, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pocketwise Blog', ...gNav, 'Sign in', 'Subscribe', 'Featured', 'Three jars, three pots. Photo by Nell Varga / Unsplash',
    'Try the Pocketwise app', 'Set up your pots in two minutes. Free for 30 days.', 'Get started', 'Sign up for more like this.',
    'Enter your email', 'Read more', ...gMore, 'Pocketwise Blog © 2026', 'Sign up', 'Privacy', 'Terms', 'Powered by Ghost',
  ],
};

export const HELDOUT296_F: readonly TestPage[] = [ghostBlog, charityGuide];
