import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout602-kit.js';

/**
 * Held-out batch 602, file f: a winterising help article on Zendesk Guide (Copenhagen theme, with votes and "articles in this
 * section"), and a sauna temperature guide on Ghost (Casper theme, with a feature image caption, callout card and members CTA).
 */
const zTitle = 'How do I winterise my hot tub?';
const zIntro = j(
  'If you will not use your hot tub for more than a month during freezing weather, it is safer to drain and winterise it than to',
  'leave it running empty of people. A frozen pipe or pump can split and is not covered by the warranty.',
);
const zH = ['Before you start', 'Steps'];
const zBefore = ['A wet-dry vacuum', 'Spa-safe antifreeze (propylene glycol), about 4 litres', 'Your spa cover and straps'];
const zSteps = [
  'Switch the spa off at the isolator.',
  'Open the drain valve and let the water run out. This takes about an hour.',
  'Remove the filters, clean them and store them indoors.',
  'Use the wet-dry vacuum to blow out each jet and the filter housing until no more water comes out.',
  'Pour antifreeze into the filter housing and the lowest jets.',
  'Dry the shell, fit the cover and secure the straps.',
];
const zNote = j(
  '<strong>Note:</strong> if you would rather keep the spa running through winter, leave it on at 30&nbsp;°C or above with the cover',
  'locked. The freeze protection will run the pumps automatically.',
);
const zSection = ['Restarting your hot tub in spring', 'Why is my spa showing an FLO error?', 'Cover care in winter'];
const zRelated = ['Draining your hot tub', 'Cleaning filter cartridges'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>How do I winterise my hot tub? &ndash; Ravensgill Hot Tubs Support</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport">
<meta content="If you will not use your hot tub for more than a month..." name="description">
<link rel="canonical" href="https://support.ravensgillhottubs.co.uk/hc/en-gb/articles/360012345678-How-do-I-winterise-my-hot-tub">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-2f7c.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/93/style.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${zTitle}","dateModified":"2025-11-18"}</script>
<script>HelpCenter = {};HelpCenter.account = {"subdomain":"ravensgill"};HelpCenter.user = {"role":"anonymous"};</script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/93/logo.png" alt="Ravensgill Hot Tubs Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a href="/hc/en-gb/community/topics">Community</a></li><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
<li title="Ravensgill Hot Tubs"><a href="/hc/en-gb">Ravensgill Hot Tubs</a></li><li title="Hot tub care">
<a href="/hc/en-gb/categories/3601">Hot tub care</a></li>
<li title="Seasonal care"><a href="/hc/en-gb/sections/3602">Seasonal care</a></li></ol></nav><div class="search-container">
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="search" name="query" id="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
</button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${links([zTitle, ...zSection], 'sidenav-item')}</ul><a href="/hc/en-gb/sections/3602" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar">
<img src="https://ravensgill.zendesk.com/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3719-Tom-Ashby">Tom Ashby</a><ul class="meta-group"><li class="meta-data">
<time datetime="2025-11-18T10:22:41Z" title="2025-11-18 10:22" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul>
</div></div>
<a class="article-subscribe button-primary" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin"
href="/hc/en-gb/articles/360012345678/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
<h2>${zH[0]}</h2><p>You will need:</p><ul>${lis(zBefore)}</ul><h2>${zH[1]}</h2><ol>${lis(zSteps)}</ol><p>${zNote}</p></div>
<div class="article-attachments"></div></div></section><footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=x" class="share-facebook" aria-label="Facebook"></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button>
</div><small class="article-votes-count"><span class="article-vote-label">3 out of 4 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top">
<a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" aria-hidden="true"></svg></a></div>
</footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated, 'related-article-list-item')}</ul></section></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Ravensgill Hot Tubs</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.com/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.7f1c.js"></script><script src="//theme.zdassets.com/theme_assets/93/script.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout602-zendesk-winterise-hot-tub',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([zIntro, 'You will need:', ...zBefore, ...zSteps, zNote]),
  bylines: ['Tom Ashby', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Community', 'Submit a request', 'Sign in', 'Ravensgill Hot Tubs', 'Hot tub care', 'Seasonal care', 'Articles in this section',
    ...zSection, 'See more', 'Follow', 'Was this article helpful?', 'Yes', 'No', '3 out of 4 found this helpful', 'Have more questions? Submit a request',
    'Return to top', 'Related articles', ...zRelated, 'Powered by Zendesk',
  ],
};

const gTitle = 'How Hot Should a Sauna Be?';
const gDek = 'The right temperature depends on the humidity, the bench and the bather. Here is how to find yours.';
const gH = ['Temperature and humidity go together', 'Top bench or bottom bench?', 'A simple starting routine'];
const gIntro = j(
  'Ask ten Finns the ideal sauna temperature and you will get ten answers, most of them somewhere between 70 and 90 °C. The number on',
  'the thermometer tells only half the story, though, and chasing it is the most common mistake new owners make.',
);
const gHum = [
  j(
    'Your skin feels heat through the moisture in the air as much as through its temperature. At 90 °C and 10 per cent humidity a',
    'sauna feels dry and sharp; throw a ladle of water on the stones and the same room feels far hotter within seconds. That burst of',
    'steam is <em>löyly</em>, and managing it is the real art of the sauna.',
  ),
  j(
    'For most people, 75 to 80 °C with regular löyly is more comfortable and more relaxing than 100 °C in dry air. If your eyes sting or',
    'your nose burns, the air is too dry, not too cold.',
  ),
];
const gCallout = 'Keep the thermometer at head height on the wall opposite the heater, not above it, or it will read 15 degrees too high.';
const gBench = j(
  'Heat rises, so the top bench can be 20 °C hotter than the floor. Start on the lower bench for the first round and move up once you',
  'have warmed through. Keep your feet up on the bench with you: cold feet make the whole session feel uncomfortable.',
);
const gRoutine = [
  'Heat the sauna to 75 °C.',
  'Sit for 8 to 12 minutes, adding a ladle of water every few minutes.',
  'Cool down outside or under a cool shower for as long as you were inside.',
  'Repeat two or three times, and drink plenty of water.',
];
const gEnd = 'After a few weeks you will know your own number, and it will probably be lower than you expected.';
const gRead = ['Choosing Stones for Your Sauna Heater', 'Why Aspen Makes the Best Benches', 'Cold Plunging Without the Shock'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>How Hot Should a Sauna Be?</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f1e2a9c71"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.kiviandkiuas.com/how-hot-should-a-sauna-be/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-18T08:30:00.000Z"><meta name="generator" content="Ghost 5.79">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kivi & Kiuas Journal"},
"author":{"@type":"Person","name":"Aino Salmela"},"headline":"${gTitle}","datePublished":"2026-02-18T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.kiviandkiuas.com/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.kiviandkiuas.com">
Kivi &amp; Kiuas Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://journal.kiviandkiuas.com/">Home</a></li>
<li class="nav-guides nav-current-parent">
<a href="/tag/guides/">Guides</a></li><li class="nav-shop"><a href="https://kiviandkiuas.com">Shop</a></li></ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/guides/">Guides</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/aino/"
class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/10/aino.jpg" alt="Aino Salmela"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/aino/">Aino Salmela</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-18">Feb 18, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/sauna-steam.jpg 300w" src="/content/images/size/w2000/2026/02/sauna-steam.jpg"
alt="Steam rising from sauna stones">
<figcaption><span style="white-space: pre-wrap;">Löyly rising from a kiuas in Saimaa. Photo by Veikko Lind</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas"><p>${gIntro}</p><h2 id="temperature-and-humidity-go-together">${gH[0]}</h2>${ps(gHum)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🌡️</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="top-bench-or-bottom-bench">${gH[1]}</h2><p>${gBench}</p><h2 id="a-simple-starting-routine">${gH[2]}</h2><ol>${lis(gRoutine)}</ol><p>${gEnd}</p>
</section>
<section class="article-comments gh-canvas"></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/">
<img class="post-card-image" src="/content/images/p${i}.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Guides</span></div><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-01-2${i}">Jan 2${i}, 2026</time><span class="post-card-meta-length">3 min read</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></aside>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.kiviandkiuas.com">Kivi &amp; Kiuas Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact">
<a href="/contact/">Contact</a></li>
</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4f1e2a9c71"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout602-ghost-sauna-temperature',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, gIntro, ...gHum, gCallout, gBench, ...gRoutine, gEnd]),
  bylines: ['Aino Salmela', 'Feb 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kivi & Kiuas Journal', 'Home', 'Guides', 'Shop', 'Sign in', 'Subscribe', 'Featured', '• 4 min read',
    'Löyly rising from a kiuas in Saimaa. Photo by Veikko Lind',
    'Read more', ...gRead, 'Jan 20, 2026', 'Jan 21, 2026', 'Jan 22, 2026', '3 min read', 'Sign up for more like this.', 'Enter your email',
    'Kivi & Kiuas Journal © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT602_F: readonly TestPage[] = [zendesk, ghost].map(settle);
