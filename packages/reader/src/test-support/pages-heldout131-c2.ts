import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 131, file c2: a Ghost 5 post on the default Source theme (the navigation bar with logo, menu, search
 * buttons, "Sign in" and "Subscribe", the primary tag above the h1, the custom excerpt, the author name in an h4 with date
 * and reading time, the feature image caption, a callout card, a signup card that Ghost renders hidden for visitors, a
 * bookmark card, the "Read more" feed of three post cards, the footer bar with its menu and "Powered by Ghost", the footer
 * signup form with its hidden success message, and the Portal and Source scripts).
 */
const ghTitle = 'What the spring count told us about the redshank';
const ghExcerpt = 'Forty-one pairs, down from sixty-three. The numbers are worrying, but the story behind them is more hopeful than it looks.';
const ghP1 = [
  'Every April, a dozen volunteers spend four early mornings walking the saltmarsh at Hollin Reach, counting the redshank. It is ' +
    'slow, cold work. You walk a set line across the marsh, stop every hundred metres, and note every bird that calls, displays or ' +
    'flies up in alarm.',
  'This year we counted forty-one breeding pairs. In 2019, the first year of the survey, there were sixty-three. That is a fall of ' +
    'about a third in six years, and it is the number everyone has asked me about since the results went up on the noticeboard in ' +
    'the village hall.',
];
const ghH1 = 'Where the birds have gone';
const ghP2 = [
  'The drop is not spread evenly. On the western half of the marsh, which floods on the biggest spring tides, numbers have held up ' +
    'well: twenty-six pairs this year against twenty-nine in 2019. Almost all of the loss has come from the eastern half, nearer the ' +
    'sea wall.',
  'That half has changed. Since the sea wall was repaired in 2021, fewer tides reach it, and the short, grazed grass the redshank ' +
    'like to nest in has grown long and rough. The birds have not disappeared so much as moved to where the marsh still suits them.',
];
const ghCallout =
  'Redshank nest on the ground, usually in a tussock with the grass pulled over the top. If you walk on the marsh between April and ' +
  'July, please keep to the sea wall path.';
const ghH2 = 'What happens next';
const ghP3 = [
  'The good news is that this is fixable. The farmer who grazes the marsh, Alun Gethin, has agreed to put his cattle back on the ' +
    'eastern half from next spring, and the drainage board is looking at reopening two of the old creeks so that the highest tides ' +
    'can reach it again.',
  'We will not know for a couple of years whether it works. Redshank are faithful to their nesting grounds, and it can take a while ' +
    'for new birds to find somewhere that has improved. But the western marsh shows what the whole site could look like.',
];
const ghH3 = 'Thank you';
const ghP4 = [
  'None of this would be possible without the volunteers who turn up at half past five on April mornings. This year’s count was ' +
    'done by Bethan, Gareth, Linh, Moira, Sol, the two Carters and five first-timers. Thank you all.',
  'The full results, with maps, are in the survey report below.',
];
const ghNav = ['Home', 'Field Notes', 'Surveys', 'About'];
const ghCaption = 'A redshank on a fence post at the edge of the eastern marsh. Photo: Linh Tran';
const ghSignup = [
  'Sign up for Saltmarsh Notes',
  'Field notes from Hollin Reach, every other Sunday.',
  'Email sent! Check your inbox to complete your signup.',
  'No spam. Unsubscribe anytime.',
];
const ghBookmark = [
  'Hollin Reach breeding wader survey 2025',
  'Results of the fifth annual breeding wader count on the Hollin Reach saltmarsh, with maps and methods.',
  'Hollin Reach Trust',
];
const ghCards = [
  { title: 'A winter of geese', ex: 'Eleven thousand pink-footed geese and one very confused barnacle goose.', date: 'Sep 2, 2025' },
  { title: 'Why we stopped ringing the terns', ex: 'After ten years, the committee decided the disturbance was not worth it.', date: 'Aug 11, 2025' },
  { title: 'The creek that came back', ex: 'How a blocked sluice turned a dry field into the best wader pool on the reach.', date: 'Jul 20, 2025' },
];
const ghFoot = ['Sign up', 'Privacy', 'Contact'];
const ghFootSignup = 'Field notes from the saltmarsh at Hollin Reach.';
const search = `<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the spring count told us about the redshank</title>
<link rel="stylesheet" type="text/css" href="https://saltmarshnotes.example/assets/built/screen.css?v=7c1d0e2a9b">
<style>:root {--background-color: #ffffff}</style><script>/* The script for calculating the color contrast has been taken from
https://gomakethings.com/dynamically-changing-the-text-color-based-on-background-color-contrast-with-vanilla-js/ */
var accentColor = getComputedStyle(document.documentElement).getPropertyValue('--background-color');</script>
<meta name="description" content="${ghExcerpt}"><link rel="icon" href="https://saltmarshnotes.example/content/images/size/w256h256/2023/03/favicon.png"
type="image/png">
<link rel="canonical" href="https://saltmarshnotes.example/spring-count-redshank/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Saltmarsh Notes"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="og:description" content="${ghExcerpt}"><meta property="article:published_time" content="2025-09-30T06:00:00.000Z">
<meta property="article:modified_time" content="2025-09-30T19:21:47.000Z"><meta property="article:tag" content="Field Notes">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Owen Pryce"><meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="Field Notes">
<script type="application/ld+json">{"@context": "https://schema.org","@type": "Article","publisher": {"@type": "Organization","name": "Saltmarsh Notes",
"url": "https://saltmarshnotes.example/"},"author": {"@type": "Person","name": "Owen Pryce","url": "https://saltmarshnotes.example/author/owen/"},
"headline": "${ghTitle}","url": "https://saltmarshnotes.example/spring-count-redshank/","datePublished": "2025-09-30T06:00:00.000Z",
"keywords": "Field Notes","description": "${ghExcerpt}","mainEntityOfPage": "https://saltmarshnotes.example/spring-count-redshank/"}</script>
<meta name="generator" content="Ghost 5.115"><link rel="alternate" type="application/rss+xml" title="Saltmarsh Notes"
href="https://saltmarshnotes.example/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://saltmarshnotes.example/"
data-key="a4c2e81d9f0b7e3c61d2f0a9b8" data-api="https://saltmarshnotes.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {display: flex;flex-direction: column;align-items: center;}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="a4c2e81d9f0b7e3c61d2f0a9b8"
data-styles="https://cdn.jsdelivr.example/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://saltmarshnotes.example/"
crossorigin="anonymous"></script>
<link href="https://saltmarshnotes.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=7c1d0e2a9b"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=7c1d0e2a9b"><script defer src="/public/member-attribution.min.js?v=7c1d0e2a9b"></script>
</head><body class="post-template tag-field-notes has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://saltmarshnotes.example">Saltmarsh Notes</a>${search}<button class="gh-burger gh-icon-button"
aria-label="Menu">
<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="currentColor" viewBox="0 0 256 256"><path
d="M224,128a8,8,0,0,1-8,8H40a8,8,0,0,1,0-16H216"></path></svg>
<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="currentColor" viewBox="0 0 256 256"><path
d="M205.66,194.34a8,8,0,0,1-11.32,11.32"></path></svg>
</button></div><nav class="gh-navigation-menu"><ul class="nav">
${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(' ', '-')}"><a
href="https://saltmarshnotes.example/${t === 'Home' ? '' : `${t.toLowerCase().replace(' ', '-')}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-navigation-actions">${search}<div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-field-notes"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://saltmarshnotes.example/tag/field-notes/">Field Notes</a><h1 class="gh-article-title is-title">${ghTitle}</h1>
<p class="gh-article-excerpt is-body">${ghExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/owen/"><img class="author-profile-image" src="/content/images/size/w160/2023/03/owen.jpg" alt="Owen Pryce"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/owen/">Owen Pryce</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2025-09-30">Sep 30, 2025</time><span class="gh-article-meta-length"><span class="bull">—</span> 6 min read</span>
</div></div></div><figure class="gh-article-image"><img srcset="/content/images/size/w320/2025/09/redshank.jpg 320w,
/content/images/size/w600/2025/09/redshank.jpg 600w"
sizes="(max-width: 1200px) 100vw, 1120px" src="/content/images/size/w1200/2025/09/redshank.jpg" alt="${ghTitle}"><figcaption>
<span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ghP1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="where-the-birds-have-gone">${ghH1}</h2>
${ghP2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🪺</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="what-happens-next">${ghH2}</h2>
${ghP3.map((t) => `<p>${t}</p>`).join('\n')}
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;">
<div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading" style="color: #000000;"><span style="white-space:
pre-wrap;">
${ghSignup[0]}</span></h2><p class="kg-signup-card-subheading" style="color: #000000;"><span style="white-space: pre-wrap;">${ghSignup[1]}</span></p>
<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email"
data-members-email
type="email" required="true" placeholder="Your email"><button class="kg-signup-card-button kg-style-accent" style="color: #FFFFFF;" type="submit">
<span class="kg-signup-card-button-default">Subscribe</span><span class="kg-signup-card-button-loading"><svg xmlns="http://www.w3.org/2000/svg" height="24"
width="24" viewBox="0 0 24 24"></svg></span></button></div><div class="kg-signup-card-success" style="color: #000000;">${ghSignup[2]}</div>
<div class="kg-signup-card-error" style="color: #000000;" data-members-error></div></form><p class="kg-signup-card-disclaimer" style="color: #000000;">
<span style="white-space: pre-wrap;">${ghSignup[3]}</span></p></div></div></div>
<h2 id="thank-you">${ghH3}</h2>
${ghP4.map((t) => `<p>${t}</p>`).join('\n')}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://hollinreach.example/reports/wader-survey-2025/"><div
class="kg-bookmark-content">
<div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div><div class="kg-bookmark-metadata">
<img class="kg-bookmark-icon" src="https://hollinreach.example/favicon.ico" alt=""><span class="kg-bookmark-author">${ghBookmark[2]}</span></div></div>
<div class="kg-bookmark-thumbnail"><img src="https://hollinreach.example/reports/cover.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>
</section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">
${ghCards
  .map(
    (c) => `<article class="gh-card post"><a class="gh-card-link" href="https://saltmarshnotes.example/${c.title.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<figure class="gh-card-image"><img src="/content/images/size/w600/2025/cards/${c.date.replace(/\W/g, '')}.jpg" alt="${c.title}" loading="lazy"></figure>
<div class="gh-card-wrapper"><h3 class="gh-card-title is-title">${c.title}</h3><p class="gh-card-excerpt is-body">${c.ex}</p><footer class="gh-card-meta">
<span class="gh-card-author">By Owen Pryce</span><time class="gh-card-date" datetime="2025-09-02">${c.date}</time></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Saltmarsh Notes</span>
<nav class="gh-footer-menu"><ul class="nav">${ghFoot
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(' ', '-')}"><a
href="#/portal/">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Saltmarsh Notes</h2><p class="gh-footer-signup-subhead
is-body">${ghFootSignup}</p>
<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required
data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span> <svg xmlns="http://www.w3.org/2000/svg"
width="32" height="32" fill="currentColor" viewBox="0 0 256 256"></svg></span><span><svg xmlns="http://www.w3.org/2000/svg" height="24" width="24"
viewBox="0 0 24 24"></svg></span><span>${ghSignup[2]}</span></button></form></section></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
<button class="pswp__button pswp__button--share" title="Share"></button><button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
<button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div><div class="pswp__caption"><div class="pswp__caption__center"></div></div>
</div></div></div>
<script src="https://saltmarshnotes.example/assets/built/source.js?v=7c1d0e2a9b"></script>
</body></html>`;
export const ghostPost: TestPage = {
  name: 'heldout131-ghost-source-blog',
  kind: 'blog',
  html: ghHtml,
  // the custom excerpt is the dek (body) and the callout card is the author's own text (body); the hidden signup card,
  // the bookmark card and the feature image caption are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: texts([ghExcerpt, ...ghP1, ...ghP2, ghCallout, ...ghP3, ...ghP4]),
  bylines: ['Owen Pryce', 'Sep 30, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Notes', ...ghNav, 'Sign in', 'Subscribe', ghCaption, ...ghSignup, ...ghBookmark, 'Read more', ...ghCards.flatMap((c) => [c.title, c.ex, c.date]),
    'By Owen Pryce', ...ghFoot, 'Powered by Ghost', ghFootSignup,
  ],
};
