import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout627-kit.js';

/**
 * Held-out batch 627, file e: a powerchair supplier's journal post on Webflow (CMS collection template, with a figure caption,
 * a CTA band, a collection list and a newsletter form) and a local news story about a mobility shop on Ghost (Casper theme).
 */
const wTitle = 'Will a powerchair fit through my doors? How to measure your home';
const wDek = 'Ten minutes with a tape measure now can save a return later. Here is what to measure and what the numbers mean.';
const wHeads = ['Doorways', 'Hallways and corners', 'Thresholds and ramps', 'Send us the numbers'];
const wDoor = [
  j(
    'Measure the clear opening of each door you will use, from the face of the open door to the frame on the other side, not the',
    'width of the door itself. Hinges and handles usually take 40 to 50 mm off what you expect.',
  ),
  j(
    'Most of our indoor chairs are 580 to 620 mm wide, so they need a clear opening of at least 700 mm to pass without scraping your',
    'knuckles. Outdoor and all-terrain chairs are wider, typically 650 to 690 mm.',
  ),
];
const wHall = [
  'Turning into a doorway from a narrow hall is harder than driving straight through it. Measure:',
  'the width of the hall at the narrowest point',
  'the distance from the door frame to the wall opposite',
  'any radiators, shoe racks or stair posts that stick out',
  j(
    'A rear-wheel drive chair needs the most room to turn; a mid-wheel drive chair turns on the spot in about 1,100 mm. If your hall',
    'is tight, mid-wheel drive is usually the answer.',
  ),
];
const wRamp = [
  j(
    'A step of more than 25 mm at the front door is too high to drive over safely. A threshold ramp of the right height costs far less',
    'than a new door frame, and a portable ramp can be used for the one or two steps at a friend’s house.',
  ),
];
const wSend = [
  j(
    'Email the measurements, with a photo of each doorway if you can, and one of our assessors will suggest two or three chairs that',
    'will fit. We will always bring a chair to try at home before you buy.',
  ),
];
const wNav = ['Powerchairs', 'Scooters', 'Home Demos', 'Journal', 'Finance'];
const wMore = ['Mid-wheel or rear-wheel drive: which suits you?', 'Charging your powerchair battery the right way', 'Taking a powerchair on the train'];
const wItem = (
  t: string,
  date: string,
): string => `<div role="listitem" class="journal-item w-dyn-item"><a href="/journal/${t.length}" class="journal-card w-inline-block">
<img src="https://cdn.prod.website-files.com/64b1f0/65a2_${t.length}.jpg" loading="lazy" alt="" class="journal-card-image"><div
class="journal-card-date">${date}</div>
<h3 class="journal-card-title">${t}</h3></a></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Apr 07 2026 10:22:18 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.rovamotion.co.uk" data-wf-page="64b1f0c2a91e3d0012ab4411" data-wf-site="64b1f0c2a91e3d0012ab43f8" lang="en"
data-wf-collection="64b1f0c2a91e3d0012ab4430"
data-wf-item-slug="measure-your-home"><head><meta charset="utf-8"/><title>${wTitle} | Rova Motion</title><meta content="${wDek}" name="description"/>
<meta content="${wTitle}" property="og:title"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/64b1f0c2a91e3d0012ab43f8/css/rova-motion.webflow.0a1f9e.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var
n=c.documentElement,
t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Dev Anand-Roe"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/64b1f0/rova-logo.svg" loading="lazy"
alt="Rova Motion"
class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/book-a-demo" class="button nav-button w-button">Book a demo</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section post-hero"><div class="container-narrow"><a href="/journal" class="back-link w-inline-block"><div>← All articles</div></a>
<div class="post-category">Buying advice</div><h1 class="post-title">${wTitle}</h1><p class="post-summary">${wDek}</p>
<div class="post-meta"><div class="post-author-name">Dev Anand-Roe</div><div class="meta-divider">·</div><div class="post-date">April 7, 2026</div><div
class="meta-divider">·</div>
<div class="read-time">5 min read</div></div></div></section>
<section class="section post-body"><div class="container-narrow"><div class="rich-text-post w-richtext">
<h2>${at(wHeads, 0)}</h2>${ps(wDoor)}
<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.com/64b1f0/65a2_tape.jpg"
loading="lazy" alt="Measuring a door opening"/></div>
<figcaption>Measure from the face of the open door, not from the hinge side of the frame.</figcaption></figure>
<h2>${at(wHeads, 1)}</h2><p>${at(wHall, 0)}</p><ul role="list">${lis(wHall.slice(1, 4))}</ul><p>${at(wHall, 4)}</p>
<h2>${at(wHeads, 2)}</h2>${ps(wRamp)}
<blockquote>Tip: measure with the door fully open and any door stop in place.</blockquote>
<h2>${at(wHeads, 3)}</h2>${ps(wSend)}</div></div></section>
<section class="section cta-band"><div class="container"><div class="cta-wrapper"><h2 class="cta-heading">Try before you buy</h2>
<p class="cta-text">Free home demonstrations across Yorkshire and the North East.</p><a href="/book-a-demo"
class="button w-button">Book a home demo</a></div></div></section>
<section class="section more-posts"><div class="container"><h2 class="section-heading">More from the journal</h2><div class="w-dyn-list"><div role="list"
class="journal-grid w-dyn-items">
${wItem(at(wMore, 0), 'March 19, 2026')}${wItem(at(wMore, 1), 'February 27, 2026')}${wItem(at(wMore, 2), 'January 30, 2026')}</div></div></div></section>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="newsletter"><h3 class="footer-heading">Get our journal by email</h3><div
class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form"><input class="text-field w-input"
maxlength="256"
name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""/><input type="submit" data-wait="Please wait..."
class="button w-button"
value="Subscribe"/></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="footer-links">${['Contact', 'Warranty', 'Privacy', 'Careers']
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div></div>
<div class="footer-legal">© 2026 Rova Motion Ltd. Registered in England and Wales.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64b1f0c2a91e3d0012ab43f8" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/64b1f0c2a91e3d0012ab43f8/js/webflow.2e1c7f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout627-webflow-powerchair-measure',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wDek, ...wDoor, ...wHall, ...wRamp, 'Tip: measure with the door fully open and any door stop in place.', ...wSend]),
  bylines: ['Dev Anand-Roe', 'April 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Powerchairs', 'Scooters', 'Home Demos', 'Journal', 'Finance', 'Book a demo', '← All articles', 'Buying advice', '·', '5 min read',
    'Measure from the face of the open door, not from the hinge side of the frame.', 'Try before you buy',
    'Free home demonstrations across Yorkshire and the North East.', 'Book a home demo', 'More from the journal', 'March 19, 2026', ...wMore,
    'February 27, 2026', 'January 30, 2026', 'Get our journal by email', 'Contact', 'Warranty', 'Privacy', 'Careers',
    '© 2026 Rova Motion Ltd. Registered in England and Wales.',
  ],
};

const gTitle = 'Fenwick Street mobility shop to close after 31 years';
const gDek = 'Owners of Caddick Mobility say they will keep the repair van on the road after the shop shuts in June.';
const gBody = [
  j('Caddick Mobility, the scooter and wheelchair shop on Fenwick Street, will close its doors on 27 June after 31 years, its owners', 'have confirmed.'),
  j(
    'Brian and Lesley Caddick opened the shop in 1995 in a former bakery and moved to the larger unit opposite the library in 2008.',
    'Mr Caddick, 67, said rising rent and business rates had made the showroom hard to justify when most customers now asked for a',
    'home visit before they bought anything.',
  ),
  j(
    '“We are not disappearing,” he said. “The van will still be out five days a week doing repairs, battery changes and services,',
    'and anyone who bought a scooter from us is still covered by the same warranty.”',
  ),
  j(
    'The closure leaves Wealdon without a high street mobility shop. The nearest is in Ashby Cross, 11 miles away, which town',
    'councillor Nadia Pruett said was "a real loss for people who can’t drive and want to try a scooter before they buy one".',
  ),
  'Stock will be sold at reduced prices from 1 June. Customers with scooters in for repair are asked to collect them by 20 June.',
];
const gNav = ['News', 'Business', 'Council', 'What’s on', 'Sport', 'About'];
const gMore: [string, string, string][] = [
  ['Market hall traders offered six months’ free rent', 'The council hopes the offer will fill nine empty stalls by autumn.', '10 May 2026'],
  ['Dial-a-ride bus to run on Saturdays from July', 'The service will run on a trial basis for six months.', '8 May 2026'],
  ['Library lift out of action until the end of May', 'Visitors who cannot use the stairs can ask for books to be brought down.', '5 May 2026'],
];
const gCard = ([t, ex, d]: [string, string, string]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/05/${t.length}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Local</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-05-01">${d}</time><span class="post-card-meta-length">2 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1c9e0f3d2"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://wealdonclarion.co.uk/fenwick-street-mobility-shop-to-close/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Wealdon Clarion"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-05-12T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Wealdon Clarion"},
"author":{"@type":"Person","name":"Hattie Marlowe"},"headline":"${gTitle}","datePublished":"2026-05-12T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Wealdon Clarion"
href="https://wealdonclarion.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://wealdonclarion.co.uk/"
data-key="8c2a1f0e6b"
data-api="https://wealdonclarion.co.uk/ghost/api/content/" crossorigin="anonymous"></script><style
id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="8c2a1f0e6b"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"
data-sodo-search="https://wealdonclarion.co.uk/" crossorigin="anonymous"></script></head>
<body class="post-template tag-business tag-hash-import is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://wealdonclarion.co.uk">The Wealdon Clarion</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg"
fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round"
d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.length}${t === 'Business' ? ' nav-current' : ''}">
<a href="https://wealdonclarion.co.uk/${t.length}/">${t}</a></li>`,
  )
  .join('')}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">
Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-business tag-hash-import image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/business/">Business</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/hattie/"
class="author-avatar" aria-label="Read more of Hattie Marlowe"><img class="author-profile-image" src="/content/images/size/w100/2025/02/hattie.jpg"
alt="Hattie Marlowe"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/hattie/">Hattie Marlowe</a></h4><div class="byline-meta-content"><time
class="byline-meta-date"
datetime="2026-05-12">12 May 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/05/caddick-shop.jpg" alt="Caddick Mobility shopfront"><figcaption><span
style="white-space: pre-wrap;">The shop moved to its Fenwick Street unit in 2008. Photo: Clarion</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gBody)}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://wealdonclarion.co.uk">The Wealdon Clarion</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-contact"><a href="/contact/">Contact</a></li><li class="nav-privacy"><a
href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div>
<script src="https://wealdonclarion.co.uk/assets/built/casper.js?v=a1c9e0f3d2"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout627-ghost-shop-closure-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gDek, ...gBody]),
  bylines: ['Hattie Marlowe', '12 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Wealdon Clarion', 'News', 'Council', 'What’s on', 'Sport', 'About', 'Sign in', 'Subscribe', '•', '2 min read',
    'The shop moved to its Fenwick Street unit in 2008. Photo: Clarion', 'Sign up for more like this.', 'Enter your email', 'Local', ...gMore.flat(),
    '© 2026', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT627_E: readonly TestPage[] = [webflow, ghost];
