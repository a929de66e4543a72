import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file b: an independent financial adviser's guide post on Ghost (Casper theme, callout card, subscribe
 * box, read-more cards); the Wix page of the file is in file b2.
 */
const gTitle = 'Three old workplace pensions? How to decide whether to combine them';
const gDek = 'Consolidating can cut charges and paperwork, but some old schemes hold guarantees that are worth far more than a tidy statement.';
const gSecs: { h: string; blocks: string[]; li?: number; liItems?: string[] }[] = [
  {
    h: '',
    blocks: [
      j(
        'The average person now changes employer eleven times in a working life, and most of those jobs come with a pension. By',
        'the time clients reach us in their fifties, it is normal to find four or five pots, some of them forgotten, a couple with',
        'providers that have since been bought and renamed.',
      ),
      j(
        'Putting everything in one place is tempting. It is easier to see what you have, easier to plan an income, and often',
        'cheaper. But a transfer cannot be undone, and a few questions need answering first.',
      ),
    ],
  },
  {
    h: 'Step one: find out what type each pension is',
    blocks: [
      j(
        'A <strong>defined contribution</strong> pension is a pot of money invested for you. A <strong>defined benefit</strong>',
        'pension (often called final salary) promises an income for life based on your earnings and years of service. The two',
        'need very different treatment.',
      ),
      j(
        'Transferring out of a defined benefit scheme worth more than £30,000 legally requires advice from a specialist, and in',
        'most cases our advice is to stay put. The rest of this guide is about defined contribution pots.',
      ),
    ],
  },
  {
    h: 'Step two: look for the things you would lose',
    blocks: [
      'Before you ask for a transfer value, check each old policy document, or ask the provider directly, for:',
      j(
        'If any of these apply, the pension may be worth keeping where it is even if the charges look high. A guaranteed annuity',
        'rate of 9% on a £60,000 pot pays around £5,400 a year for life; the best open-market rate for a 65-year-old today is nearer',
        '£4,300.',
      ),
    ],
    li: 1,
    liItems: [
      'a guaranteed annuity rate',
      'a protected tax-free cash entitlement above 25%',
      'a protected pension age below 57',
      'a loyalty bonus or terminal bonus paid only at the scheme’s retirement date',
    ],
  },
  {
    h: 'Step three: compare the charges properly',
    blocks: [
      j(
        'Older personal pensions often carry annual management charges of 1% to 1.5%, plus policy fees. A modern workplace scheme',
        'or platform might cost 0.3% to 0.6% all in. On a £100,000 pot, a difference of 0.8% a year is worth roughly £19,000 over',
        'twenty years once compounding is counted.',
      ),
      j(
        'Watch for exit penalties too. The cap of 1% only applies to people over 55, so a younger saver may still face a market',
        'value reduction on an old with-profits fund.',
      ),
    ],
  },
  {
    h: 'Where to move them',
    blocks: [
      j(
        'You can usually move old pots into your current employer’s scheme, if it accepts transfers in, or into a personal pension',
        'or SIPP. The workplace scheme is often the cheapest, though the fund choice is narrower. We compare both before we',
        'recommend anything.',
      ),
    ],
  },
];
const gCallout = j(
  'Lost track of a pension? The government’s free Pension Tracing Service can find the current contact details for a scheme',
  'if you know the employer’s name.',
);
const gEnd = j(
  'If you would like us to review your old pensions, the first meeting is free and there is no obligation to go ahead.',
  'We will tell you in writing what our advice would cost before we start.',
);
const gRisk = 'The value of pensions and investments can fall as well as rise. This article is for information and is not personal advice.';
const gNav = ['Home', 'Pensions', 'Investing', 'Tax', 'About', 'Work with us'];
const gCards = [
  ['Drawdown or annuity? A plain comparison for 2027', 'Most people now mix the two. Here is how we decide the split.', '14 Sep 2026', '7 min read'],
  ['What the pension inheritance tax change means for your family', 'From April 2027 unused pots count towards your estate.', '28 Aug 2026', '5 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Three old workplace pensions? How to decide whether to combine them</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1d2a9f41">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://notes.tollgateplanning.co.uk/combine-old-workplace-pensions/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Tollgate Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-10-02T07:30:00.000Z"><meta property="article:tag" content="Pensions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tollgate Notes"},
"author":{"@type":"Person","name":"Ruth Okonedo-Vance"},"headline":"${gTitle}","datePublished":"2026-10-02T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Tollgate Notes"
href="https://notes.tollgateplanning.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://notes.tollgateplanning.co.uk/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="9f1c0d"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css" data-sodo-search="https://notes.tollgateplanning.co.uk/"
crossorigin="anonymous"></script>
</head><body class="post-template tag-pensions has-sans-title has-sans-body">
<div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://notes.tollgateplanning.co.uk">Tollgate Notes</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20"
height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-pensions">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/pensions/">Pensions</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/ruth.jpg"
alt="Ruth Okonedo-Vance"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Okonedo-Vance</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-02">2 Oct 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/pension-statements.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/10/pension-statements.jpg" alt="A pile of pension statements on a kitchen table">
<figcaption><span style="white-space: pre-wrap;">Old statements are the best place to start. Photo: Tollgate Planning</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gSecs
  .map(
    (s, i) =>
      `${s.h ? `<h2 id="step-${i}">${s.h}</h2>` : ''}${s.liItems ? `<p>${s.blocks[0]}</p><ul>${lis(s.liItems)}</ul>${ps(s.blocks.slice(1))}` : ps(s.blocks)}${
        i === 1
          ? `
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>`
          : ''
      }`,
  )
  .join('\n')}
<hr><p>${gEnd}</p><p><em>${gRisk}</em></p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    (c) => `<article class="post-card post"><a class="post-card-image-link" href="/p/">
<img class="post-card-image" src="/content/images/size/w600/2026/09/card.jpg" alt="${c[0]}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${c[0]}</h2></header>
<div class="post-card-excerpt">${c[1]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-14">${c[2]}</time>
<span class="post-card-meta-length">${c[3]}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://notes.tollgateplanning.co.uk">Tollgate Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'Regulatory information'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=7c1d2a9f41"></script></body></html>`;
const tollgate: TestPage = settle({
  name: 'heldout539-ghost-ifa-pensions-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.filter((s) => s.h).map((s) => s.h),
  body: texts([
    gDek,
    ...gSecs.flatMap((s, i) => [...(s.liItems ? [s.blocks[0] ?? '', ...s.liItems, ...s.blocks.slice(1)] : s.blocks), ...(i === 1 ? [gCallout] : [])]),
    gEnd,
    gRisk,
  ]),
  bylines: ['Ruth Okonedo-Vance', '2 Oct 2026', ...gCards.map((c) => c[2] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tollgate Notes', ...gNav, 'Sign in', 'Subscribe', 'Pensions', '• 6 min read', 'Old statements are the best place to start. Photo: Tollgate Planning',
    'Sign up for more like this.', 'Enter your email', ...gCards.flatMap((c) => [c[0] ?? '', c[1] ?? '', c[3] ?? '']), 'Tollgate Notes © 2026',
    'Sign up', 'Privacy', 'Regulatory information', 'Powered by Ghost',
  ],
});

export const HELDOUT539_B: readonly TestPage[] = [tollgate];
