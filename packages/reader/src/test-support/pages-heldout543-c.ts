import { links, ps, type TestPage } from './page-kit.js';
import { j, page } from './pages-heldout543-kit.js';

/**
 * Held-out batch 543, file c: a dessert bar's FAQ on Webflow (accordion dropdowns under rich-text group headings), and an
 * ice cream maker's kitchen-notes post on Ghost (Casper) with its read-more cards and subscribe box.
 */
const wTitle = 'Frequently asked questions';
const wDek = 'Everything you might want to know before you come in for pudding.';
const wGroups: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Visiting',
    [
      [
        'Do I need to book?',
        'No. We keep two thirds of our tables for walk-ins. For groups of six or more, please book online so we can push tables together.',
      ],
      ['Can I bring my dog?', 'Yes, dogs are welcome in the front room. We have water bowls and a jar of dog biscuits by the till.'],
      ['Is there step-free access?', 'The front door has a ramp and the accessible toilet is on the ground floor. The back room is up three steps.'],
    ],
  ],
  [
    'Food and allergies',
    [
      [
        'Do you have vegan desserts?',
        j(
          'Always at least three: the dark chocolate torte, the mango sticky rice and a sorbet of the week. Ask for the vegan menu,',
          'which also lists the vegan toppings.',
        ),
      ],
      [
        'Can you make a dessert nut-free?',
        j(
          'Most of our desserts contain no nuts, but nuts are used in our kitchen every day. We can leave out nut toppings,',
          'but we cannot guarantee that any dessert is free from traces.',
        ),
      ],
    ],
  ],
  [
    'Cakes and orders',
    [
      [
        'How far ahead should I order a celebration cake?',
        'At least five days, and two weeks in December. Cakes are collected from the bar; we do not deliver.',
      ],
      ['Can I pay a deposit by card?', 'Yes. We take a 30% deposit when you order, by card in the bar or by payment link.'],
    ],
  ],
];
const wNav = ['Menu', 'Cakes', 'FAQ', 'Book a table'];
const faq = ([q, a]: readonly [string, string]): string => `<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown">
<div class="faq-toggle w-dropdown-toggle" id="w-dropdown-toggle-${q.length}" aria-controls="w-dropdown-list-${q.length}" aria-haspopup="menu"
aria-expanded="false"
role="button" tabindex="0"><div class="faq-question">${q}</div><div class="faq-icon w-icon-dropdown-toggle" aria-hidden="true"></div></div>
<nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${q.length}" aria-labelledby="w-dropdown-toggle-${q.length}"><p
class="faq-paragraph">${a}</p></nav></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Apr 02 2026 09:14:51 GMT+0000 -->
<html data-wf-domain="www.kettlebydessertbar.com" data-wf-page="65f1c0a9e2b7d40012ab34cd" data-wf-site="65f1c0a9e2b7d40012ab3400"><head><meta charset="utf-8">
<title>FAQ | Kettleby Dessert Bar</title><meta content="Opening hours, bookings, allergies and cake orders at Kettleby Dessert Bar." name="description">
<meta content="FAQ | Kettleby Dessert Bar" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow"
name="generator">
<link href="https://assets-global.website-files.com/65f1c0a9e2b7d40012ab3400/css/kettleby.webflow.0b1c2d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"Do I need to book?"}]}</script></head>
<body class="body-faq"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65f1/logo.svg"
loading="lazy" alt="Kettleby Dessert Bar" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link${t === 'Book a table' ? ' nav-button' : ''} w-nav-link">${t}</a>`,
  )
  .join('\n')}
</nav><div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0" aria-controls="w-nav-overlay-0" aria-haspopup="menu"
aria-expanded="false">
<div class="w-icon-nav-menu"></div></div></div><div class="w-nav-overlay" data-wf-ignore="" id="w-nav-overlay-0"></div></div>
<section class="section-hero-small"><div class="container w-container"><div class="eyebrow">Help</div><h1 class="heading-faq">${wTitle}</h1>
<p class="paragraph-large">${wDek}</p></div></section>
<section class="section-faq"><div class="container-narrow w-container">
${wGroups
  .map(
    ([h, qs]) => `<div class="faq-group"><div class="faq-group-title w-richtext"><h2>${h}</h2></div><div
class="faq-list">${qs.map(faq).join('\n')}</div></div>`,
  )
  .join('\n')}
</div></section>
<section class="section-cta"><div class="container w-container"><div class="cta-wrapper"><h2 class="cta-heading">Still wondering?</h2>
<p class="cta-text">Send us a message and someone from the bar will reply within a day.</p><a href="/contact"
class="button w-button">Get in touch</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-title">Find us</div>
<div class="footer-text">9 Lantern Yard, Kettleby</div><div class="footer-text">Wed–Sun, 1pm till late</div></div>
<div class="footer-col"><div class="footer-title">Follow</div><a href="https://instagram.com" target="_blank" class="footer-link">Instagram</a>
<a href="https://tiktok.com" target="_blank" class="footer-link">TikTok</a></div></div>
<div class="footer-bottom"><div class="footer-small">© 2026 Kettleby Dessert Bar Ltd. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c0a9e2b7d40012ab3400" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1c0a9e2b7d40012ab3400/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflowFaq = page({
  name: 'heldout543-webflow-dessert-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wGroups.flatMap(([h, qs]) => [h, ...qs.map(([q]) => q)]),
  body: [wDek, ...wGroups.flatMap(([, qs]) => qs.map(([, a]) => a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Help', 'Still wondering?', 'Send us a message and someone from the bar will reply within a day.', 'Get in touch', 'Find us',
    '9 Lantern Yard, Kettleby', 'Wed–Sun, 1pm till late', 'Follow', 'Instagram', 'TikTok', '© 2026 Kettleby Dessert Bar Ltd. All rights reserved.',
  ],
});

const gTitle = 'Forty batches of brown bread ice cream';
const gDek = 'It took us most of the spring to get an old-fashioned flavour right. Here is what went wrong, and what finally worked.';
const gBody = [
  j(
    'Brown bread ice cream is the sort of thing people’s grandparents remember from seaside hotels: vanilla custard with crumbs of',
    'toasted, sugared wholemeal bread folded through it. When a customer asked us for it in February, I said yes without thinking',
    'very hard. That was batch one.',
  ),
  'The crumbs went soggy',
  j(
    'The first dozen batches all had the same problem. The crumbs were crisp on the tray and wet in the tub by the next morning.',
    'Bread is mostly starch, and starch takes up water from the custard as it sits in the freezer. We tried bigger crumbs, smaller',
    'crumbs and crumbs toasted twice. None of it helped for longer than a day.',
  ),
  j(
    'What did help was treating the crumbs like a praline. We now toss them in butter and demerara sugar and bake them slowly until the',
    'sugar melts and sets around each piece. The sugar shell keeps the water out. Three days in the cabinet and they still crunch.',
  ),
  'The base was too sweet',
  j(
    'Once the crumbs carried their own sugar, our usual vanilla base tasted cloying. We cut the sugar in the custard by a fifth and',
    'replaced some of it with dextrose so it would still scoop straight from the freezer. We also swapped the vanilla pod for a',
    'spoonful of black treacle, which is the part everybody asks about.',
  ),
  '“It tastes like the crust of a malt loaf,” said one of our Saturday regulars, which we have decided to take as the highest praise.',
  'What we would tell another maker',
  'Keep a notebook. Forty batches is a lot to remember, and the answer was in batch nine; we just did not notice it until batch thirty.',
  'Taste on day three, not day one. Most ice creams change in the freezer, and mix-ins change the most.',
  'Ask the customer who asked for it. Mrs Albery came in to taste batches 38, 39 and 40, and she chose 39.',
  j(
    'Brown bread is on the board every weekend until the end of September. If it sells, it stays. If you try it, tell us what you think:',
    'we read every comment, and we have at least one more old flavour in the notebook.',
  ),
];
const gHeads = [gBody[1] ?? '', gBody[4] ?? '', gBody[7] ?? ''];
const gNav = ['Home', 'Kitchen Notes', 'Flavours', 'Visit', 'About'];
const gCards: readonly (readonly [string, string, string])[] = [
  ['Why we stopped using stabilisers', 'A short explanation of what changed in our base recipe, and what you might notice.', 'May 2, 2026'],
  ['A morning on the milk round', 'We spent a day with the farm that supplies all of our milk and cream.', 'Apr 11, 2026'],
  ['Gooseberry and elderflower, again', 'The flavour that keeps coming back, and how we make it.', 'Mar 20, 2026'],
];
const card = ([t, e, d]: readonly [string, string, string]): string => `<article class="post-card post"><a class="post-card-image-link" href="/">
<img class="post-card-image" src="/content/images/size/w600/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Kitchen Notes</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-01-01">${d}</time><span class="post-card-meta-length">3 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blackthorncreamery.com/assets/built/screen.css?v=8a1b2c3d4e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://blackthorncreamery.com/forty-batches-brown-bread/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Blackthorn Creamery"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2026-06-14T08:30:00.000Z"><meta property="article:tag" content="Kitchen Notes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Blackthorn Creamery"},
"author":{"@type":"Person","name":"Nell Varga"},"headline":"${gTitle}","datePublished":"2026-06-14T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://blackthorncreamery.com/" data-key="4f1d2e" data-api="https://blackthorncreamery.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-kitchen-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://blackthorncreamery.com">
Blackthorn Creamery</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg"></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-kitchen-notes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/kitchen-notes/">Kitchen Notes</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar" aria-label="Read more of Nell Varga"><img class="author-profile-image" src="/content/images/nell.jpg"
alt="Nell Varga"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Varga</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-06-14">Jun 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/tubs.jpg 300w" src="/content/images/size/w2000/tubs.jpg"
alt="Three tubs of ice cream on a steel bench"><figcaption>Batches 38, 39 and 40, waiting for the judge.</figcaption></figure></header>
<section class="gh-content gh-canvas">
<p>${gBody[0]}</p><h2 id="the-crumbs-went-soggy">${gBody[1]}</h2>${ps([gBody[2] ?? '', gBody[3] ?? ''])}
<h2 id="the-base-was-too-sweet">${gBody[4]}</h2><p>${gBody[5]}</p><blockquote>${gBody[6]}</blockquote>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/06/crumbs.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333">
<figcaption><span style="white-space: pre-wrap;">Sugared crumbs cooling before they go into the churn.</span></figcaption></figure>
<h2 id="what-we-would-tell-another-maker">${gBody[7]}</h2><ul><li>${gBody[8]}</li><li>${gBody[9]}</li><li>${gBody[10]}</li></ul>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🍦</div><div class="kg-callout-text">${gBody[11]}</div></div>
</section><section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://blackthorncreamery.com/" data-api="https://blackthorncreamery.com/ghost/api/content/" data-post-id="6667d1"
crossorigin="anonymous"></script>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(card).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://blackthorncreamery.com">Blackthorn Creamery</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Instagram'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div>
<script src="https://blackthorncreamery.com/assets/built/casper.js?v=8a1b2c3d4e"></script></body></html>`;
const ghostPost = page({
  name: 'heldout543-ghost-creamery-brown-bread',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gBody.filter((_, i) => ![1, 4, 7].includes(i))],
  bylines: ['Nell Varga', 'Jun 14, 2026', ...gCards.map((c) => c[2])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Blackthorn Creamery', ...gNav, 'Sign in', 'Subscribe', '• 5 min read', 'Batches 38, 39 and 40, waiting for the judge.',
    'Sugared crumbs cooling before they go into the churn.', 'Sign up for more like this.', 'Enter your email',
    ...gCards.flatMap((c) => [c[0], c[1]]), '3 min read', 'Blackthorn Creamery © 2026', 'Sign up', 'Instagram', 'Powered by Ghost',
  ],
});

export const HELDOUT543_C: readonly TestPage[] = [webflowFaq, ghostPost];
