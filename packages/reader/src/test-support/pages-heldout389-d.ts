import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout389-kit.js';

/**
 * Held-out batch 389, file d: a bike shop's blog post on Shopify (Dawn theme: announcement bar, header menu, article template
 * with date and author, share button, tags, comment form, newsletter, footer) and a printer driver help page rendered by an
 * Angular app (`_ngcontent` attributes, `app-root`, a short main text in a step list, an "On this page" rail, a chat widget).
 */
const sTitle = 'How to index your rear gears in ten minutes';
const sLead = [
  j(
    'If your chain clatters on the cogs, hesitates before shifting, or jumps two gears at once, your rear derailleur probably needs',
    'indexing. It sounds technical, but it is the most common adjustment we make in the workshop and you can do it at home with no',
    'special tools.',
  ),
];
const sSecs: [string, string[], string[]][] = [
  ['What you need', [], ['A bike stand, or a friend to lift the back wheel', 'A 5 mm hex key', 'A rag and a little chain lube']],
  [
    'Step one: start from the smallest cog',
    [
      j(
        'Shift onto the smallest rear cog and the big chainring at the front. Undo the cable clamp bolt with the hex key, pull the',
        'cable gently tight by hand, and do the bolt back up. Then screw the barrel adjuster on the derailleur all the way in and back',
        'out one full turn.',
      ),
    ],
    [],
  ],
  [
    'Step two: tune with the barrel adjuster',
    [
      j(
        'Turn the pedals and shift up one gear. If the chain is slow to climb, turn the barrel adjuster anticlockwise a quarter turn at',
        'a time. If it overshoots or rattles against the next cog, turn it clockwise. Keep going until every shift is crisp in both directions.',
      ),
      j(
        'A handy check: on a correctly indexed bike, the upper jockey wheel sits directly under the cog you are in. If it leans towards',
        'the bigger cogs, you have too much tension.',
      ),
    ],
    [],
  ],
  [
    'When to bring it in',
    [
      j(
        'If no amount of adjusting helps, the hanger that holds the derailleur may be bent, usually from the bike falling on its drive',
        'side. That needs an alignment tool, and it is a five-minute job for us.',
      ),
      j(
        'Cables also stretch and fray over time, especially on bikes that are ridden through the winter. If you find yourself turning',
        'the barrel adjuster every couple of weeks, or the lever feels gritty, a new inner cable and outer housing will make the',
        'gears feel like new. Book it in with your next service and we will check the chain for wear at the same time.',
      ),
    ],
    [],
  ],
];
const sMenu = ['Bikes', 'Parts', 'Workshop', 'Journal', 'Visit us'];
const sTags = ['Maintenance', 'Gears', 'How-to'];
const sFoot = ['Search', 'Delivery & returns', 'Bike fitting', 'Contact', 'Terms of service', 'Refund policy'];
const sHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://spokeandspanner.example/blogs/journal/index-your-rear-gears"><title>${sTitle} – Spoke &amp; Spanner Cycles</title>
<meta name="description" content="If your chain clatters on the cogs, your rear derailleur probably needs indexing."><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "spoke-and-spanner.myshopify.com"; Shopify.theme = {"name":"Dawn","id":13311,"
role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","author":"Gethin Marlow"}</script>
<link href="//spokeandspanner.example/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all" /></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free workshop safety check with every service in March</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width"><div class="header__heading"><a href="/" class="header__heading-link link">
<span class="h2">Spoke &amp; Spanner Cycles</span></a></div><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(sMenu, 'header__menu-item list-menu__item link link--text')}</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart"
id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img src="//spokeandspanner.example/cdn/shop/articles/indexing.jpg?v=1709" alt="" width="1100"
height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-03-08T09:00:00Z">March 8, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Gethin Marlow</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary class="share-button__button">
Share</summary><div class="share-button__fallback"><button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(sLead)}
${sSecs.map(([h, p, l]) => `<h3>${h}</h3>\n${ps(p)}${l.length > 0 ? `<ul>${lis(l)}</ul>` : ''}`).join('\n')}
<p><em>Read more: <a href="/blogs/journal/chain-wear">When to replace your chain, and why it saves you money</a></em></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-tags page-width page-width--narrow"><ul>${links(sTags, 'article-tag')}</ul></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/journal/index-your-rear-gears/comments" class="comment-form"><label for="CommentForm-author">Name</label>
<input type="text" id="CommentForm-author"><label for="CommentForm-body">Comment</label><textarea id="CommentForm-body"></textarea>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><h2 class="footer-block__heading">Ride with us</h2>
<p>Workshop tips and group ride dates, once a month.</p><form class="newsletter-form"><input type="email"
placeholder="Email"><button>Subscribe</button></form></div>
<div class="footer-block__details-content"><ul class="list-unstyled">${links(sFoot, 'link link--text list-menu__item--link')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, Spoke &amp; Spanner Cycles</small>
<small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow">Powered by Shopify</a></small></div></div></footer></div></body></html>`;
const shopifyBody = texts([...sLead, ...sSecs.flatMap(([, p, l]) => [...p, ...l])]);
const shopify: TestPage = {
  name: 'heldout389-shopify-dawn-bike-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: shopifyBody,
  bylines: ['March 8, 2026', 'by Gethin Marlow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(shopifyBody, [
    'Skip to content', 'Free workshop safety check with every service in March', 'Spoke & Spanner Cycles', ...sMenu, 'Log in', 'Cart', 'Share',
    'Copy link', 'Read more: When to replace your chain, and why it saves you money', 'Back to blog', ...sTags, 'Leave a comment', 'Name',
    'Please note, comments need to be approved before they are published.', 'Ride with us', 'Workshop tips and group ride dates, once a month.',
    'Subscribe', ...sFoot, '© 2026, Spoke & Spanner Cycles', 'Powered by Shopify',
  ]),
};

const nTitle = 'Install the print driver for the Laserna CX 410 on Windows';
const nIntro = j(
  'Most computers find the Laserna CX 410 automatically. If Windows shows the printer as "Driver is unavailable", or you can only',
  'print in black and white, install the full driver package.',
);
const nSteps = [
  'Download the CX 410 Full Driver package (version 6.2.1) from the Downloads tab on this page.',
  'Disconnect the USB cable if the printer is connected by USB. Network printers can stay connected.',
  'Open the downloaded file and choose Install. Accept the licence agreement when asked.',
  'When the installer asks how the printer is connected, choose USB or Network, then follow the prompts.',
  'Print a test page from Settings > Bluetooth & devices > Printers & scanners.',
];
const nNote = j(
  'If the installer stops at "Searching for printers", turn off any VPN and make sure the computer and the printer are on the same',
  'network. Guest Wi-Fi networks often block printers.',
);
const nToc = ['Before you begin', 'Install the driver', 'If the installer cannot find the printer'];
const nNav = ['Products', 'Drivers & Downloads', 'Support', 'Contact us'];
const ng = '_ngcontent-ng-c2210847';
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Laserna CX 410 - Install the print driver on Windows | Laserna Support</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Install the full driver for the CX 410.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${nTitle}","step":[{"@type":"HowToStep","position":1}]}</script>
<link rel="stylesheet" href="styles.8f3a1c.css"><style ng-app-id="ng">.doc-body[${ng}]{max-width:760px}</style></head>
<body><app-root _nghost-ng-c1903342 ng-version="17.3.4" ng-server-context="ssr"><app-header _ngcontent-ng-c1903342 _nghost-ng-c3381>
<header _ngcontent-ng-c3381 class="lx-header"><a _ngcontent-ng-c3381 href="/" class="lx-logo">Laserna Support</a><nav _ngcontent-ng-c3381 class="lx-nav">
<ul _ngcontent-ng-c3381>${links(nNav, 'lx-nav__item')}</ul></nav><button _ngcontent-ng-c3381 class="lx-signin">Sign in</button></header></app-header>
<router-outlet _ngcontent-ng-c1903342></router-outlet><app-doc-page _nghost-ng-c2210847><div ${ng} class="doc-layout">
<app-breadcrumb ${ng}><ol class="lx-crumbs"><li><a href="/">Home</a></li><li><a href="/printers">Printers</a></li><li>
<a href="/printers/cx-410">CX 410</a></li></ol>
</app-breadcrumb><div ${ng} class="product-strip"><img ${ng} src="/assets/cx410.png" alt=""><span ${ng} class="product-strip__name">Laserna CX 410 Colour
Laser</span><a ${ng} class="product-strip__change" href="/printers">Change product</a></div>
<div ${ng} class="doc-tabs" role="tablist"><button ${ng} role="tab" aria-selected="true">Help articles</button><button ${ng} role="tab">Downloads</button>
<button ${ng} role="tab">Manuals</button></div>
<main ${ng} class="doc-main"><h1 ${ng} class="doc-title">${nTitle}</h1><div ${ng} class="doc-meta"><span ${ng}>Article ID: LX-00418</span>
<span ${ng}>Last updated: 19 Feb 2026</span></div><div ${ng} class="doc-body"><!---->
<h2 ${ng} id="before">Before you begin</h2><p ${ng}>${nIntro}</p>
<h2 ${ng} id="install">Install the driver</h2><ol ${ng} class="doc-steps">${nSteps.map((t) => `<li ${ng}><span ${ng}>${t}</span></li>`).join('\n')}</ol>
<h2 ${ng} id="search">If the installer cannot find the printer</h2><p ${ng}>${nNote}</p><!----></div>
<app-feedback ${ng}><div class="lx-feedback"><span>Did this article solve your problem?</span><button>Yes</button>
<button>No</button></div></app-feedback></main>
<aside ${ng} class="doc-toc"><p ${ng} class="doc-toc__label">On this page</p><ul ${ng}>${links(nToc)}</ul>
<div ${ng} class="doc-toc__contact"><p ${ng}>Need more help?</p><a ${ng} href="/contact">Contact an agent</a></div></aside></div></app-doc-page>
<app-footer _ngcontent-ng-c1903342><footer class="lx-footer"><ul>${links(['Privacy', 'Cookie preferences', 'Accessibility', 'Terms'])}</ul>
<p>© 2026 Laserna Imaging Corporation</p></footer></app-footer>
<app-chat-launcher _ngcontent-ng-c1903342><button class="chat-launcher" aria-label="Open chat">Chat with us</button></app-chat-launcher></app-root>
<script src="runtime.4b1c.js" type="module"></script><script src="main.91ad.js" type="module"></script>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"},"c":{"2":[]}}]}</script></body></html>`;
const angularBody = texts([nIntro, ...nSteps, nNote]);
const angular: TestPage = {
  name: 'heldout389-angular-printer-driver-help',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: angularBody,
  bylines: ['Last updated: 19 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(angularBody, [
    'Laserna Support', ...nNav, 'Sign in', 'Home', 'Laserna CX 410 Colour Laser', 'Change product', 'Help articles',
    'Manuals', 'Article ID: LX-00418', 'Did this article solve your problem?', 'Yes', 'On this page', 'Need more help?', 'Contact an agent', 'Privacy',
    'Cookie preferences', 'Accessibility', 'Terms', '© 2026 Laserna Imaging Corporation', 'Chat with us',
  ]),
};

export const HELDOUT389_D: readonly TestPage[] = [shopify, angular];
