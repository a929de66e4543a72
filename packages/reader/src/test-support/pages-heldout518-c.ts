import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout518-kit.js';

/**
 * Held-out batch 518, file c: a print shop's news post on Ghost (Casper theme) with its excerpt, byline, image caption,
 * callout and button cards, sign-up box and read-more cards, and a sign maker's help article on a Zendesk Help Center
 * (Copenhagen theme) with section sidebar, votes and related articles.
 */
const gTitle = 'We’re moving to Carrow Street';
const gDek = 'After eleven years on Dock Road, the shop and the presses are moving a quarter of a mile up the hill. Here is what changes.';
const gBody = [
  j(
    'From Monday 12 April, Carrow Press will be at 41 Carrow Street, in the old tram depot opposite the library. The last day of',
    'trading at Dock Road is Friday 2 April. We will be closed for the week in between while the two big presses are moved and',
    'recalibrated.',
  ),
  j(
    'The new building gives us three times the floor space. For the first time the counter, the design desk and the finishing room',
    'will be on one level, which means no more carrying boxes of wedding invitations up a spiral staircase.',
  ),
  'What it means for your orders',
  j(
    'Any job approved before 26 March will be printed and ready at Dock Road as normal. Jobs approved after that date will be',
    'printed at Carrow Street once we reopen, and we will email you with a new collection date.',
  ),
  j(
    'Online orders carry on as usual throughout. Deliveries will go out from the new building from the week of 12 April, and our',
    'courier collection times do not change.',
  ),
  'Parking and access',
  j(
    'Carrow Street has six short-stay bays directly outside, and the loading yard at the back can be used for collecting large',
    'orders. The entrance is step-free, and there is a lift to the studio on the first floor.',
  ),
  'The new address is 41 Carrow Street, Wendlebury WB2 4LN. Our phone number and email address stay the same.',
  j(
    'Thank you to everyone who has walked down Dock Road with a USB stick and a deadline over the years. We hope you will like the',
    'new place as much as we do. The kettle will be on.',
  ),
];
const gHeads = [gBody[2] ?? '', gBody[5] ?? ''];
const gNav = ['Home', 'Services', 'Gallery', 'About'];
const gRead = [
  ['Our new risograph is here', 'Two drums, eight colours and a lot of very bright zines.', 'Jan 9, 2027', '2 min read'],
  ['Christmas opening hours', 'Last orders, collection days and when we close for the break.', 'Dec 1, 2026', '1 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>We’re moving to Carrow Street</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.carrowpress.co.uk/assets/built/screen.css?v=8a1c2f3b4d">
<link rel="canonical" href="https://news.carrowpress.co.uk/were-moving-to-carrow-street/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Carrow Press News"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-02-14T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Carrow Press News"},
"author":{"@type":"Person","name":"Ruth Penhallow"},"headline":"We’re moving to Carrow Street","datePublished":"2027-02-14T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Carrow Press News" href="https://news.carrowpress.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.carrowpress.co.uk/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
<link rel="stylesheet" type="text/css" href="https://news.carrowpress.co.uk/public/cards.min.css?v=8a1c2f3b4d"></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.carrowpress.co.uk">Carrow Press News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/04/ruth.jpg" alt="Ruth Penhallow"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Penhallow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-14">Feb 14, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/02/depot.jpg 600w" src="/content/images/size/w2000/2027/02/depot.jpg" alt="">
<figcaption>The old tram depot on Carrow Street, before the sign went up.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-it-means-for-your-orders">${gHeads[0]}</h2>
${ps(gBody.slice(3, 5))}
<h2 id="parking-and-access">${gHeads[1]}</h2>
${ps([gBody[6] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📍</div><div class="kg-callout-text">${gBody[7]}</div></div>
<div class="kg-card kg-button-card kg-align-center"><a href="https://maps.example.com/?q=41+Carrow+Street" class="kg-btn kg-btn-accent">Get directions</a></div>
${ps([gBody[8] ?? ''])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').length}/"><img class="post-card-image" src="/c.jpg"
alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${(t ?? '').length}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">News</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.carrowpress.co.uk">Carrow Press News</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
</div>
<script src="https://news.carrowpress.co.uk/assets/built/casper.js?v=8a1c2f3b4d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout518-ghost-casper-shop-move',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gBody.filter((t) => !gHeads.includes(t))],
  bylines: ['Ruth Penhallow', 'Feb 14, 2027', 'Jan 9, 2027', 'Dec 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Carrow Press News', 'Home', 'Services', 'Gallery', 'About', 'Sign in', 'Subscribe', 'News', 'Featured', '3 min read',
    'The old tram depot on Carrow Street, before the sign went up.', 'Get directions', 'Sign up for more like this.', 'Enter your email',
    ...gRead.flatMap(([t, e, , r]) => [t ?? '', e ?? '', r ?? '']), 'Carrow Press News © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const zTitle = 'How do I add bleed to a roller banner file?';
const zIntro = [
  j(
    'Roller banners need more bleed than small print, because the bottom of the graphic is rolled into the base cassette and the',
    'top is clamped into a rail. If the file is the exact visible size, the edges of your design will disappear into the stand.',
  ),
  'Set your document up at the full print size from the table below, not the visible size.',
];
const zRows = [
  ['Economy 800', '800 × 2000 mm', '800 × 2150 mm'],
  ['Premium 850', '850 × 2000 mm', '850 × 2200 mm'],
  ['Wide 1200', '1200 × 2000 mm', '1200 × 2200 mm'],
];
const zSteps = [
  'Create a new document at the full print size for your stand, in CMYK.',
  'Add a guide 100 mm up from the bottom edge and 50 mm down from the top edge. Keep all text, logos and QR codes between them.',
  'Extend background colours and images right to every edge of the document.',
  'Export as a PDF at 100% scale with no crop marks. Images should be at least 150 dpi at full size.',
];
const zNote = j(
  '<strong>Note:</strong> the sides of a roller banner are trimmed flush, so you do not need side bleed. Keep text at least 25 mm',
  'from the left and right edges so it does not sit on the frame.',
);
const zOutro = 'If you would rather not set the file up yourself, choose “Artwork check” at checkout and we will adjust it for a small fee.';
const zHeads = ['Print sizes', 'Setting up the file'];
const zSide = [
  'How do I add bleed to a roller banner file?',
  'Which file formats do you accept?',
  'What resolution do large-format images need?',
  'Can I print a photo taken on my phone?',
];
const zRel = ['Do I need eyelets on a PVC banner?', 'How are colours matched on vinyl?', 'Setting up a file for a window graphic'];
const zCrumbs = ['Bannerline Help Centre', 'Artwork and files', 'Large format'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26869 -->
<title>How do I add bleed to a roller banner file? &ndash; Bannerline Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:Zk2p">
<link rel="canonical" href="https://help.bannerline.co.uk/hc/en-gb/articles/360012345678-How-do-I-add-bleed-to-a-roller-banner-file">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-7b1f.css"
media="all"><link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HX/style.css?digest=1">
<script src="https://static.zdassets.com/hc/assets/en-gb.b3c1.js"></script><script src="https://bannerline.zendesk.com/auth/v2/host/without_iframe.js"
data-brand-id="3601" data-return-to="https://help.bannerline.co.uk/hc/en-gb/articles/360012345678" data-theme="hc" data-locale="en-gb"
data-auth-origin="3601,true,true">
</script><script type="text/javascript">(function() { window.HelpCenter = {"account":{"subdomain":"bannerline"},"user":{"role":"anonymous"}}; })();</script>
</head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HX/logo.png" alt="Bannerline Help Centre home page">
</a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin"
title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${zCrumbs.map((t) => `<li title="${t}"><a href="/hc/en-gb/c/${t.length}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" class="search-icon" aria-hidden="true"></svg><form role="search" class="search"
data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off">
<input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<span id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</span><div class="collapsible-sidebar-body"><ul>
${zSide.map((t, i) => `<li><a href="/hc/en-gb/articles/36001234${i}" class="sidenav-item${i === 0 ? ' current-article' : ''}">${t}</a></li>`).join('\n')}
</ul><a href="/hc/en-gb/sections/360003" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://bannerline.zendesk.com/system/photos/dev.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/39001-Dev-Okonjo">Dev Okonjo</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-11-03T14:20:41Z" title="2026-11-03 14:20" data-datetime="relative">3 months ago</time></li><li class="meta-data">Updated</li></ul></div>
</div>
<a class="article-subscribe button-primary" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-gb/articles/360012345678/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zHeads[0]}</h2>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><td><strong>Stand</strong></td><td><strong>Visible area</strong></td>
<td><strong>Print size</strong></td></tr>
${trs(zRows)}</tbody></table>
<h2>${zHeads[1]}</h2>
<ol>${lis(zSteps)}</ol>
<div class="callout callout--warning"><p>${zNote}</p></div>
<p>${zOutro}</p>
<p><img src="/hc/article_attachments/88123/banner-zones.png" alt="banner-zones.png"></p>
</div><div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/en-gb/article_attachments/88124"
target="_blank">roller-banner-template.pdf</a><div class="attachment-meta"><div class="attachment-meta-item">412 KB</div></div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=How+do+I" class="share-facebook" aria-label="Facebook"></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"></a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" aria-label="LinkedIn"></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"
aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful"
aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" data-auth-action="signin"
aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count">
<span class="article-vote-label">27 out of 31 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon"></svg>
</a>
</div></footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${zRel.map((t, i) => `<li><a href="/hc/en-gb/related/click?data=${i}" rel="nofollow">${t}</a></li>`).join('\n')}</ul></div></section>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Bannerline Print</a><div class="footer-language-selector"></div></div>
</footer>
<script type="text/javascript" src="/hc/theming_assets/01HX/script.js?digest=1"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout518-zendesk-roller-banner-bleed',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeads,
  body: [...texts(zIntro), ...rowTexts(zRows), ...texts([...zSteps, zNote, zOutro])],
  bylines: ['Dev Okonjo', '3 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide.slice(1), 'See more', 'Follow',
    'roller-banner-template.pdf', '412 KB', 'Was this article helpful?', 'Yes', 'No', '27 out of 31 found this helpful', 'Have more questions?',
    'Return to top', 'Related articles', ...zRel, 'Bannerline Print',
  ],
};

export const HELDOUT518_C: readonly TestPage[] = [ghost, zendesk];
