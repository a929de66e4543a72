import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout638-kit.js';

/**
 * Held-out batch 638, file c: an orchid nursery's growing guide on Webflow (CMS template page, rich-text block, related-guides
 * collection list, a form with its hidden success and error messages), and a cactus nursery's post on Ghost with Casper.
 */
const wTitle = 'Mounting Orchids on Cork Bark';
const wDek = 'Some orchids grow better on a slab than in a pot. Here is how we mount them in the nursery.';
const wBody = [
  j(
    'In the wild, many of the orchids we sell grow on the branches of trees, with their roots open to the air. Tolumnia, many small',
    'Dendrobium and most Brassavola sulk in a pot, however open the bark mix, because their roots cannot dry out between waterings.',
  ),
  'What you need',
  'a slab of cork bark a little larger than the plant',
  'a small pad of sphagnum moss',
  'nylon fishing line or plastic-coated wire',
  'a hook or hanger to fix to the back of the slab',
  'Mounting the plant',
  j(
    'Soak the cork and the moss for ten minutes. Lay a thin pad of moss on the cork and set the plant on it so that the newest',
    'growth points towards the middle of the slab, leaving room to grow. Tie it firmly across the rhizome with two or three turns',
    'of line. The plant must not rock; roots will only grip a mount that stays still.',
  ),
  j(
    'Hang the slab where it gets bright, filtered light and good air movement. New roots usually appear within six weeks and',
    'grip the cork within three months, after which you can cut the line away.',
  ),
  'Watering mounted orchids',
  j(
    'Mounted plants dry out quickly and need water every day in summer, either by dipping the whole slab in a bucket for a minute',
    'or by a good misting morning and evening. In winter, water every two or three days and always early enough for the roots to',
    'dry before night.',
  ),
];
const wNav = ['Orchids', 'Growing Guides', 'Nursery Visits', 'About', 'Contact'];
const wRel = ['Choosing an Orchid for a Windowsill', 'Why Orchid Leaves Turn Yellow', 'Bark, Moss or Clay Pebbles?'];
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Jan 13 2026 10:42:05 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.fernleighorchids.com" data-wf-page="65a1f0c2e4b0a1" data-wf-site="64ff12a9c3d2b0" data-wf-collection="65a1f0c2e4b0b7"
data-wf-item-slug="mounting-orchids-on-cork-bark"><head><meta charset="utf-8"><title>${wTitle} | Fernleigh Orchids</title>
<meta content="${wDek}" name="description"><meta content="${wTitle} | Fernleigh Orchids" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64ff12a9c3d2b0/css/fernleigh-orchids.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","publisher":{"name":"Fernleigh Orchids"}}</script>
</head><body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64ff12a9c3d2b0/logo.svg"
loading="lazy" alt="Fernleigh Orchids" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/shop" class="nav-button w-button">Visit the Shop</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-guide-hero"><div class="container-guide w-container"><div class="breadcrumb-wrap"><a href="/growing-guides" class="breadcrumb-link">Growing
Guides</a><div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Epiphytes</div></div>
<h1 class="heading-guide">${wTitle}</h1><p class="guide-summary">${wDek}</p>
<div class="guide-meta"><div class="guide-meta-label">Written by</div><div class="guide-meta-author">Imogen Slade</div><div class="guide-meta-divider">·</div>
<div class="guide-meta-date">January 12, 2026</div></div></div></div>
<div class="section-guide-body"><div class="container-guide w-container"><div class="rich-text-guide w-richtext">
${ps([at(wBody, 0)])}
<h2>${at(wBody, 1)}</h2><ul role="list">${lis(wBody.slice(2, 6))}</ul>
<h2>${at(wBody, 6)}</h2>${ps(wBody.slice(7, 9))}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/64ff12a9c3d2b0/65a1_tolumnia-cork.jpg" loading="lazy" alt="Tolumnia on cork"></div>
<figcaption>A Tolumnia hybrid six months after mounting.</figcaption></figure>
<h2>${at(wBody, 9)}</h2>${ps([at(wBody, 10)])}
</div></div></div>
<div class="section-related"><div class="w-container"><h3 class="heading-related">More growing guides</h3><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${wRel
  .map(
    (r) => `<div role="listitem" class="w-dyn-item">
<a href="/growing-guides/${r.toLowerCase().replace(/[^a-z]+/g, '-')}" class="related-card w-inline-block">
<div class="related-card-title">${r}</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section-newsletter"><div class="w-container"><h3 class="heading-newsletter">Growing notes, once a month</h3><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form"><label for="email"
class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com"
type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<div class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-text">Fernleigh Orchids, Glasshouse Lane, Penmarrow</div>
<div class="footer-text">Nursery open Thursday to Sunday</div><div class="footer-copyright">© 2026 Fernleigh Orchids</div></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64ff12a9c3d2b0" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64ff12a9c3d2b0/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout638-webflow-orchid-mounting',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [1, 6, 9].map((i) => at(wBody, i)),
  body: texts([wDek, ...wBody.filter((_, i) => ![1, 6, 9].includes(i))]),
  bylines: ['Written by', 'Imogen Slade', 'January 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.slice(1), 'Visit the Shop', 'Epiphytes', 'A Tolumnia hybrid six months after mounting.', 'More growing guides', ...wRel,
    'Growing notes, once a month', 'Email address', 'Fernleigh Orchids, Glasshouse Lane, Penmarrow', 'Nursery open Thursday to Sunday',
    '© 2026 Fernleigh Orchids',
  ],
};

const gTitle = 'What Survived the February Freeze';
const gDek = 'Four nights below minus eight taught us more about hardiness than ten years of catalogues.';
const gBody = [
  j(
    'The forecast said minus four. By the Thursday morning the thermometer in the north tunnel read minus nine, and the water in the',
    'dipping tank had frozen two inches deep. We lost plants, as every nursery in the valley did, but far fewer than we feared.',
  ),
  'The plants that came through untouched',
  j(
    'Every Opuntia in the cold frames survived, including the young pads we had potted only in October. Echinocereus triglochidiatus',
    'and the Escobaria from our own seed looked exactly as they had before the frost, shrunken and purple, as they always are in winter.',
  ),
  'The ones we lost',
  j(
    'We lost most of the Trichocereus that were standing in the open tunnel, and a whole bench of Gymnocalycium that had been watered',
    'late, in the second week of October. That is the lesson we keep relearning: a dry cactus can survive a hard frost, a wet one cannot.',
  ),
  j(
    'Several customers have written to tell us about their own losses. If you bought a plant from us in the last year that did not',
    'make it through, bring the label to the next open day and we will replace it at half price.',
  ),
  'What we are changing',
  j(
    'From this autumn, the last watering in the tunnels will be at the end of September, and we will keep a second thermometer at',
    'bench height, where the plants actually are. The hardiness notes on our labels will also be rewritten with what we learned.',
  ),
];
const gNav = ['Home', 'Plant List', 'Open Days', 'About'];
const gMore = [
  ['Potting Up Seedlings in Spring', 'Our sowing calendar for the year, and the compost we use.', 'Jan 30, 2026', '3 min read'],
  ['A Visit to the Escobaria Beds', 'Small, tough and hardly ever sold in garden centres.', 'Jan 9, 2026', '5 min read'],
];
const gFoot = ['Sitemap', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://pricklyacre.com/assets/built/screen.css?v=b1c2d3e4f5">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://pricklyacre.com/what-survived-the-february-freeze/">
<meta property="og:site_name" content="Prickly Acre"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-24T09:30:00.000Z"><meta property="article:tag" content="Nursery Notes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Prickly Acre"},
"author":{"@type":"Person","name":"Ruth Adebayo-Finch"},"headline":"${gTitle}","datePublished":"2026-02-24T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://pricklyacre.com/" data-key="a1b2c3" data-api="https://pricklyacre.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px;}</style></head>
<body class="post-template tag-nursery-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://pricklyacre.com">Prickly Acre</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-nursery-notes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/nursery-notes/">Nursery
Notes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/"
class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2025/03/ruth.jpg" alt="Ruth Adebayo-Finch"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Adebayo-Finch</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-24">Feb 24, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/frost-tunnel.jpg 300w" src="/content/images/size/w2000/2026/02/frost-tunnel.jpg"
alt="Frost on the polythene of the north tunnel"><figcaption><span style="white-space: pre-wrap;">The north tunnel on the third morning.</span></figcaption>
</figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}
<h2 id="the-plants-that-came-through-untouched">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}
<h2 id="the-ones-we-lost">${at(gBody, 3)}</h2>${ps(gBody.slice(4, 6))}
<h2 id="what-we-are-changing">${at(gBody, 6)}</h2>${ps([at(gBody, 7)])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, x, d, r]) => `<article class="post-card post tag-nursery-notes">
<a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/ /g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/card.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${(t ?? '').toLowerCase().replace(/ /g, '-')}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Nursery Notes</span></div><h2 class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${x}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://pricklyacre.com">Prickly Acre</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar">
<div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="https://pricklyacre.com/assets/built/casper.js?v=b1c2d3e4f5"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout638-ghost-casper-cactus-freeze',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [1, 3, 6].map((i) => at(gBody, i)),
  body: texts([gDek, ...gBody.filter((_, i) => ![1, 3, 6].includes(i))]),
  bylines: ['Ruth Adebayo-Finch', 'Feb 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Prickly Acre', ...gNav, 'Sign in', 'Subscribe', 'Nursery Notes', '4 min read', 'The north tunnel on the third morning.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), 'Prickly Acre © 2026', ...gFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT638_C: readonly TestPage[] = [webflow, ghost];
