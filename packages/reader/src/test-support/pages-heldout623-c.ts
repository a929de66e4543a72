import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file c: a craft distillery's how-it's-made post on Webflow (CMS collection template, w-richtext body,
 * w-dyn-list related posts, w-form newsletter with its hidden done/fail messages), and a meadery's journal post on Ghost (Casper).
 */
const fTitle = 'From grain to glass: how we make Coldharbour Rye';
const fDek = 'Four years, one copper pot still and a lot of patience. Our head distiller walks through every step.';
const fH = ['Mashing', 'Fermentation', 'Two runs through the still', 'Into the cask', 'Why it takes four years'] as const;
const fIntro = j(
  'Rye is a stubborn grain. It is sticky when wet, it foams in the fermenter and it clogs pipes that barley would slide through.',
  'It also makes the spiciest, most interesting whiskey we know, which is why we have spent six years learning to work with it.',
);
const fMash = [
  j(
    'Every batch starts with 1.2 tonnes of rye grown by the Pellow family twelve miles from the distillery, malted at a small floor',
    'maltings in the next county and milled here the morning we mash. Our mash bill is 80% rye and 20% malted barley, which supplies',
    'the enzymes that turn starch into sugar.',
  ),
  j(
    'The grist goes into the mash tun with water at 64°C and is stirred for an hour. Because rye is so sticky we leave the grain in',
    'rather than straining it off, so what goes to the fermenter is a thick porridge, not a clear wort.',
  ),
];
const fFerment = [
  j(
    'Fermentation runs for five days in open oak washbacks, longer than most distilleries allow. The first two days do most of the',
    'work; in the last three, bacteria that live in the wood add the fruity, slightly sour notes we want.',
  ),
  'At the end of fermentation the wash is about 8% alcohol and smells a little like rye bread and green apples.',
];
const fStill = [
  j(
    'We distil twice in Bessie, our 2,000-litre copper pot still. The first run, the stripping run, takes the wash up to about 25%',
    'alcohol. The second, slower run is where the decisions are made.',
  ),
  'In the spirit run we divide the flow into three parts:',
];
const fCuts = [
  'The heads, the first spirit to come off, which are sharp and solvent-like and go back to be run again.',
  'The heart, which we keep. It is the clean, spicy middle of the run, about a fifth of what goes into the still.',
  'The tails, which are oily and heavy and also go back for the next run.',
];
const fCask = [
  j(
    'The new spirit is cut with spring water to 58% and filled into new American oak barrels with a heavy char, plus a smaller number',
    'of ex-bourbon casks for balance. Casks rest in a stone warehouse that was once a grain store, where the temperature swings',
    'slowly with the seasons.',
  ),
  j(
    'Each summer, as the warehouse warms, the spirit pushes into the wood; each winter it draws back out, carrying vanilla, caramel and',
    'spice with it. About 3% of the volume evaporates every year.',
  ),
];
const fWhy = [
  j(
    'We could sell a younger whiskey, and plenty of people have told us to. But at two years the rye still tastes hot and green. By',
    'four it has softened, and the grain, the wood and the fermentation have settled into something that tastes like one thing.',
  ),
  'The first release of Coldharbour Rye will be bottled in October at 46%, without chill filtration or added colour.',
];
const fCaption = 'Head distiller Ada Quenby checking the cut on the spirit run.';
const fNav = ['Spirits', 'Distillery', 'Visit', 'Journal', 'Cask Club'];
const fRel = ['Why we malt our own barley', 'Meet Bessie, our copper pot still', 'Cask Club: what members get in 2026'];
const fFoot = ['Shipping & returns', 'Trade enquiries', 'Privacy', 'Drink responsibly'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 09:12:43 GMT+0000 -->
<html data-wf-domain="www.coldharbourdistilling.com" data-wf-page="65f0c2a1b3d4e5f60718293a" data-wf-site="65f0c2a1b3d4e5f607182901"
data-wf-collection="65f0c2a1b3d4e5f607182955" data-wf-item-slug="grain-to-glass" lang="en"><head><meta charset="utf-8">
<title>${fTitle} | Coldharbour Distilling Co.</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f0c2a1b3d4e5f607182901/css/coldharbour.webflow.shared.4f7a2c1e9.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","datePublished":"2026-04-14"}</script>
</head><body class="body-blog">
<div class="age-verification" data-age-gate="true" style="display:none"><div class="age-modal"><h3 class="age-heading">Are you of legal drinking age?</h3>
<a href="#" class="button-age w-button">Yes, let me in</a><a href="https://www.drinkaware.co.uk" class="button-age is-secondary w-button">No</a></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0c2a1b3d4e5f607182901/logo-coldharbour.svg"
loading="lazy" alt="Coldharbour Distilling Co." class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/shop" class="nav-button w-button">Shop now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-blog-hero"><div class="container-narrow"><a href="/journal" class="back-link">← All stories</a>
<div class="blog-meta-wrap"><div class="blog-category">How it&#x27;s made</div><div class="blog-date">April 14, 2026</div><div class="blog-dot">·</div>
<div class="blog-readtime">6 min read</div></div><h1 class="heading-blog">${fTitle}</h1><p class="blog-summary">${fDek}</p>
<div class="author-wrap"><img src="https://cdn.prod.website-files.com/65f0c2a1b3d4e5f607182955/ada.jpg" loading="lazy" alt="" class="author-image">
<div class="author-name">Words by Ada Quenby</div></div></div></section>
<div class="blog-hero-image-wrap"><img src="https://cdn.prod.website-files.com/65f0c2a1b3d4e5f607182955/spirit-run.jpg" loading="lazy"
sizes="(max-width: 991px) 100vw, 940px" alt="" class="blog-hero-image"><div class="image-caption">${fCaption}</div></div>
<section class="section-blog-body"><div class="container-narrow"><div class="rich-text-blog w-richtext">
<p>${fIntro}</p>
<h2>${fH[0]}</h2>${ps(fMash)}
<h2>${fH[1]}</h2>${ps(fFerment)}
<h2>${fH[2]}</h2>${ps(fStill)}
<ul role="list">${lis(fCuts)}</ul>
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.com/65f0c2a1b3d4e5f607182955/cask-warehouse.jpg" loading="lazy" alt="Rows of casks in the stone warehouse"></div>
<figcaption>The old grain store, now our cask warehouse.</figcaption></figure>
<h2>${fH[3]}</h2>${ps(fCask)}
<h2>${fH[4]}</h2>${ps(fWhy)}
</div><div class="share-wrap"><div class="share-label">Share</div><a href="https://www.facebook.com/sharer/sharer.php?u=" class="share-link w-inline-block">
<div>Facebook</div></a><a href="https://www.linkedin.com/sharing/share-offsite/?url=" class="share-link w-inline-block"><div>LinkedIn</div></a>
<a href="#" class="share-link w-inline-block" data-copy-url="true"><div>Copy link</div></a></div></div></section>
<section class="section-related"><div class="container"><h2 class="heading-related">More from the journal</h2>
<div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">
${fRel
  .map(
    (r, i) => `<div role="listitem" class="w-dyn-item">
<a href="/journal/post-${i}" class="related-card w-inline-block"><div class="related-card-category">
Distillery</div><h3 class="related-card-title">${r}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-newsletter"><div class="container-narrow"><h2 class="heading-newsletter">Be first in line for the first release</h2>
<p class="paragraph-newsletter">Join the list and we will tell you the day Coldharbour Rye goes on sale.</p><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form" aria-label="Newsletter">
<input class="newsletter-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="newsletter-submit w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! You&#x27;re on the list.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Coldharbour Distilling Co.</div>
<div class="footer-text">Unit 3, Mill Yard, Coldharbour. Distillery shop open Saturdays 10–4.</div></div><div class="footer-col">
<ul class="footer-list">${links(fFoot, 'footer-link-item')}</ul></div></div>
<div class="footer-bottom"><div class="footer-small">© 2026 Coldharbour Distilling Co. Ltd. All rights reserved.</div>
</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0c2a1b3d4e5f607182901" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f0c2a1b3d4e5f607182901/js/webflow.7c3e1a6b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout623-webflow-distillery-rye',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [...fH],
  body: texts([fDek, fIntro, ...fMash, ...fFerment, ...fStill, ...fCuts, ...fCask, ...fWhy]),
  bylines: ['April 14, 2026', 'Words by Ada Quenby'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Shop now', '← All stories', "How it's made", '·', '6 min read', fCaption, 'The old grain store, now our cask warehouse.', 'Share',
    'Facebook', 'LinkedIn', 'Copy link', 'More from the journal', 'Distillery', ...fRel, 'Be first in line for the first release',
    'Join the list and we will tell you the day Coldharbour Rye goes on sale.', 'Coldharbour Distilling Co.',
    'Unit 3, Mill Yard, Coldharbour. Distillery shop open Saturdays 10–4.', ...fFoot, '© 2026 Coldharbour Distilling Co. Ltd. All rights reserved.',
  ],
};

const gTitle = 'Notes from the spring blend';
const gDek = 'We tasted twenty-six tanks in two days and made three decisions. Here they are.';
const gBody = [
  j(
    'Twice a year the whole team sits down in the cold room with a spittoon each and tastes every tank in the building. The spring',
    'session decides what we bottle in May, what goes into barrels and what waits another six months.',
  ),
  j(
    'The good news first: the 2025 Hawthorn, our light spring-honey mead, is ready. It is drier than last year, with a clean finish and',
    'a smell of elderflower. It will be bottled in the second week of May.',
  ),
  j(
    'The blackberry melomel is not ready. The fruit is still shouting over the honey, and we would rather wait than release something',
    'that tastes like jam. It goes back into tank until autumn.',
  ),
  j(
    'And we are trying something new: two barrels of heather mead have gone into casks that held a local apple brandy. We will taste',
    'them again in October and tell you how they are getting on.',
  ),
];
const gCallout = 'Members of the Mead Hall club will get the Hawthorn a week before it goes on sale.';
const gCaption = 'Twenty-six tanks, one long table.';
const gNav = ['Home', 'Meads', 'Journal', 'About', 'Stockists'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.brightwellmead.com/assets/built/screen.css?v=8d1f3b7a2c">
<link rel="icon" href="https://journal.brightwellmead.com/content/images/size/w256h256/2024/01/bee.png" type="image/png">
<link rel="canonical" href="https://journal.brightwellmead.com/notes-from-the-spring-blend/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Brightwell Mead Journal"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brightwell Mead Journal"},
"author":{"@type":"Person","name":"Jory Pengelly"},"headline":"${gTitle}","datePublished":"2026-04-02T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://journal.brightwellmead.com/" data-key="3c1f0a7b2e"
data-api="https://journal.brightwellmead.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template is-head-left-logo has-serif-body"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://journal.brightwellmead.com">Brightwell Mead Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-cellar-notes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/cellar-notes/">Cellar notes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/jory/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/2024/01/jory.jpg" alt="Jory Pengelly">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jory/">Jory Pengelly</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-02">Apr 2, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/04/tasting-table.jpg" alt="${gTitle}"><figcaption>${gCaption}</figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🐝</div><div class="kg-callout-text">${gCallout}</div></div>
${ps(gBody.slice(2))}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/bottling-day/">
<img class="post-card-image" src="/content/images/size/w600/2026/03/bottling.jpg" alt="Bottling day, minute by minute" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/bottling-day/"><header class="post-card-header"><h2 class="post-card-title">
Bottling day, minute by minute</h2></header><div class="post-card-excerpt">What 1,800 bottles in eight hours looks like.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-03-11">Mar 11, 2026</time></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.brightwellmead.com">Brightwell Mead Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.brightwellmead.com/assets/built/casper.js?v=8d1f3b7a2c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout623-ghost-meadery-blend',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gDek, ...gBody.slice(0, 2), gCallout, ...gBody.slice(2)]),
  bylines: ['Jory Pengelly', 'Apr 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brightwell Mead Journal', ...gNav, 'Sign in', 'Subscribe', 'Cellar notes', '• 2 min read', gCaption, 'Sign up for more like this.',
    'Enter your email', 'Bottling day, minute by minute', 'What 1,800 bottles in eight hours looks like.', 'Mar 11, 2026',
    'Brightwell Mead Journal © 2026', 'Sitemap', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT623_C: readonly TestPage[] = [finish(webflow), finish(ghost)];
