import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout522-kit.js';

/** Held-out batch 522, file a2: a lock-buying guide on a Shopify store blog (Dawn theme) with a "Shop the guide" product block. */
const sTitle = 'How to choose a front door lock: a buyer’s guide';
const sDek = 'Cylinders, deadlocks, night latches and smart locks: what to fit, what your insurer expects, and what to avoid.';
const sSecs: [string, string[]][] = [
  [
    'Start with the door, not the lock',
    [
      j(
        'Most of the questions we get at the counter can be answered by looking at the edge of the door. A uPVC or composite door',
        'almost always has a multipoint mechanism worked by a euro cylinder, so the part you replace is the cylinder. A timber door',
        'usually takes a mortice deadlock, often with a night latch above it.',
      ),
      j(
        'Measure before you buy. For a cylinder, measure from the centre of the fixing screw to each face of the door furniture, not',
        'to the face of the door. For a mortice lock, measure the case depth and the backset, the distance from the edge of the door',
        'to the centre of the keyhole.',
      ),
    ],
  ],
  [
    'Euro cylinders and anti-snap ratings',
    [
      j(
        'Lock snapping is still the most common way into a uPVC door in the UK. A burglar breaks the cylinder at its weakest point and',
        'turns the cam with a tool. A cylinder built to resist this has a sacrificial section that breaks away and leaves the cam',
        'protected.',
      ),
      'When you compare cylinders, look for three things:',
    ],
  ],
  [
    'Mortice deadlocks for timber doors',
    [
      j(
        'A five-lever mortice deadlock to the current British Standard is still what most insurers name in their policies. Check for',
        'the kitemark on the forend. A sashlock has a latch and a handle as well as the bolt; a deadlock has only the bolt and is',
        'usually fitted lower on the door.',
      ),
      j(
        'If you are replacing an old lock of the same size, you can often fit the new one into the existing hole. A deeper case means',
        'cutting the door, which is a job for a joiner or locksmith.',
      ),
    ],
  ],
  [
    'Night latches',
    [
      j(
        'A night latch on its own is not enough. Choose one that deadlocks with the key from outside and has a locking handle inside,',
        'so that a hand through the letterbox cannot open the door. Fit it with the long screws supplied, into solid timber.',
      ),
    ],
  ],
  [
    'Smart locks',
    [
      j(
        'Smart locks that replace the whole cylinder are getting better, but read the specification carefully. Some have no security',
        'rating at all, and a few need a standard cylinder to be left in place. Battery life in winter is often half the figure on the',
        'box.',
      ),
      j(
        'We only stock smart cylinders that carry the same anti-snap rating as our best mechanical cylinders, and we would still',
        'advise keeping a spare key somewhere safe away from the house.',
      ),
    ],
  ],
  [
    'Check your insurance',
    [
      j(
        'Before you buy, read the locks section of your home insurance policy. If it names a standard, the lock you fit must meet it,',
        'or a claim after a break-in can be reduced or refused. Keep the receipt and the packaging with the rating on it.',
      ),
      j('Not sure what you have? Send us a photo of the edge of your door and the lock through our contact form and we will tell you', 'what fits.'),
    ],
  ],
];
const sChecks = [
  '<strong>Anti-snap protection</strong> with a sacrificial cut and a hardened cam area.',
  '<strong>Anti-drill and anti-pick pins</strong>, ideally with a security rating tested to one of the recognised schemes.',
  '<strong>Key control</strong>: registered keys that can only be copied with a card, so spare keys stay accounted for.',
];
const sHeads = sSecs.map(([h]) => h);
const sBody = [sDek, ...(sSecs[0]?.[1] ?? []), ...(sSecs[1]?.[1] ?? []), ...sChecks, ...sSecs.slice(2).flatMap(([, p]) => p)];
const sSecHtml = sSecs.map(([h, p], i) => `<h2>${h}</h2>\n${ps(p)}${i === 1 ? `\n<ul>${lis(sChecks)}</ul>` : ''}`).join('\n');
const sNav = ['Shop all', 'Door locks', 'Cylinders', 'Window security', 'Safes', 'Advice'];
const sProducts = [
  ['Threeline Anti-Snap Euro Cylinder', '£38.00'],
  ['Oakhurst 5 Lever Mortice Deadlock', '£42.50'],
  ['Clevedon Deadlocking Night Latch', '£56.00'],
];
const sFoot = ['Delivery & returns', 'Trade accounts', 'Contact us', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://boltandbarrel.co.uk/blogs/advice/how-to-choose-a-front-door-lock"><title>How to choose a front door lock: a buyer’s guide
&ndash; Bolt &amp; Barrel Hardware</title><meta name="description" content="${sDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "bolt-and-barrel.myshopify.com";Shopify.theme = {"name":"Dawn","id":141207584938};</script>
<link href="//boltandbarrel.co.uk/cdn/shop/t/4/assets/base.css?v=163347288416431823361719241208" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","headline":"${sTitle}","datePublished":"2026-09-08T09:00:00Z",
"author":{"@type":"Person","name":"Ruth Amberley"},"publisher":{"@type":"Organization","name":"Bolt &amp; Barrel Hardware"}}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16245_announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div>
<div id="shopify-section-sections--16245_header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link
focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Bolt &amp; Barrel</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link link--text')}</ul>
</nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16245__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
src="//boltandbarrel.co.uk/cdn/shop/articles/front-door.jpg?v=1725786000&amp;width=1100"
alt="A composite front door with a chrome euro cylinder" width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-09-08T09:00:00Z">8 September
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Ruth Amberley</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16245__main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback">
<div class="field"><span id="ShareMessage-template--16245__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--16245__main" value="https://boltandbarrel.co.uk/blogs/advice/how-to-choose-a-front-door-lock"
readonly>
<label class="field__label" for="ShareUrl-template--16245__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p><em>${sDek}</em></p>
${sSecHtml}
</div>
<div id="shopify-section-template--16245__featured_collection" class="shopify-section section"><div class="collection page-width">
<h2 class="title inline-richtext h2">Shop the guide</h2><ul class="grid product-grid" role="list">
${sProducts
  .map(
    ([
      n,
      p,
    ]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${n}</a></h3>
<div class="price"><span class="price-item price-item--regular">${p}</span></div><button type="submit" class="quick-add__submit button button--full-width
button--secondary">Add to cart</button></div></div></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section></main>
<div id="shopify-section-sections--16245_footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--16245_footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'link link--text list-menu__item--link')}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--sections--16245_footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--16245_footer">Email</label></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Bolt &amp;
Barrel Hardware</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer></div>
<script src="//boltandbarrel.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741719241208" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout522-shopify-lock-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts(sBody),
  bylines: ['8 September 2026', 'Ruth Amberley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Free UK delivery on orders over £50', 'Bolt & Barrel', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Shop the guide',
    ...sProducts.flat(), 'Add to cart', 'Back to blog', 'Help', ...sFoot, 'Subscribe to our emails', 'Email', '© 2026, Bolt & Barrel Hardware',
    'Powered by Shopify',
  ]),
};

export const HELDOUT522_A2: readonly TestPage[] = [shopify];
