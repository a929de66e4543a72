import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout599-kit.js';

/**
 * Held-out batch 599, file d: a how-to article on a roofing supplies shop's Shopify blog (Dawn theme, announcement bar, cart,
 * comment form, newsletter footer), and a scaffold inspection page in a scaffolding firm's Hugo handbook (Docsy theme).
 */
const eTitle = 'How to Fit an EPDM Rubber Roof on a Garage';
const eIntro = [
  j(
    'An EPDM roof is one of the few roofing jobs a capable DIYer can do well. The membrane comes as a single sheet, there is no',
    'flame and the adhesives are water based. This guide covers a typical single garage of about 3 by 5.5 metres.',
  ),
];
const eSecs: [string, string[], 'p' | 'ol' | 'ul'][] = [
  [
    'What you will need',
    [
      'EPDM membrane cut 600mm larger than the deck each way',
      'Water-based deck adhesive and solvent-based contact adhesive for the upstands',
      'Drip trims, gutter trims and wall trims',
      'A soft brush, a paint roller and a seam roller',
    ],
    'ul',
  ],
  [
    'Prepare the deck',
    [
      j(
        'Strip the old felt and check every board. Replace anything soft with 18mm OSB3, screw it down at 150mm centres and sand',
        'off any raised edges. The membrane will show every lump, so the deck needs to be flat, clean and dry.',
      ),
    ],
    'p',
  ],
  [
    'Lay and bond the membrane',
    [
      'Unroll the membrane over the deck and leave it to relax for 30 minutes.',
      'Fold back half the sheet and roll the deck adhesive onto the boards only.',
      'Lay the membrane back into the wet adhesive and brush out from the middle to push out air.',
      'Repeat for the second half, then bond the upstands with contact adhesive on both faces.',
    ],
    'ol',
  ],
  [
    'Fit the trims',
    [
      j(
        'Fix drip trims on the edges where water runs off and raised edge trims on the others. Trim the membrane so it tucks neatly',
        'over the trim and finish the corners with pre-formed corner pieces rather than folding.',
      ),
      'Allow 24 hours before walking on the roof, and avoid bonding in temperatures below 5°C.',
    ],
    'p',
  ],
];
const eNav = ['Shop all', 'EPDM Rubber Roofing', 'GRP Fibreglass', 'Tools', 'Guides', 'Trade accounts'];
const eFoot = ['Delivery', 'Returns', 'Contact us', 'Privacy policy', 'Terms of service'];
const secHtml = ([h, b, t]: [string, string[], 'p' | 'ol' | 'ul']): string => `<h2>${h}</h2>\n${t === 'p' ? ps(b) : `<${t}>${lis(b)}</${t}>`}`;
const eHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://membraneshed.co.uk/blogs/guides/how-to-fit-an-epdm-rubber-roof-on-a-garage">
<title>${eTitle} &ndash; The Membrane Shed</title><meta name="description" content="A step-by-step guide to fitting an EPDM rubber roof on a single garage.">
<meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "membrane-shed.myshopify.com"; Shopify.theme = {"name":"Dawn","id":138412,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","headline":"${eTitle}","author":{"@type":"Person","name":"Tom
Fairley"}}</script>
<link href="//membraneshed.co.uk/cdn/shop/t/4/assets/base.css?v=91728311" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section announcement-bar-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free delivery on orders over £150</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header
class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">The Membrane Shed</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(eNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium media">
<img src="//membraneshed.co.uk/cdn/shop/articles/epdm-garage.jpg?v=1710&amp;width=1100" alt="" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${eTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-03-11T09:00:00Z">March 11, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Tom Fairley</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(eIntro)}
${eSecs.map(secHtml).join('\n')}
<p><a href="/collections/epdm-kits">Shop EPDM garage roof kits</a></p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary
class="share-button__button">Share</summary></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow"><h2>Leave a comment</h2>
<form method="post" action="/blogs/guides/how-to-fit-an-epdm-rubber-roof-on-a-garage/comments" class="comment-form"><div
class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label
class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><textarea name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding"><div
class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">${links(eFoot)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form
class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input"
placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">The Membrane Shed</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<script src="//membraneshed.co.uk/cdn/shop/t/4/assets/global.js?v=13721" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout599-shopify-epdm-garage',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h),
  body: texts([...eIntro, ...eSecs.flatMap(([, b]) => b)]),
  bylines: ['March 11, 2026', 'Tom Fairley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £150', 'The Membrane Shed', ...eNav, 'Log in', 'Cart', 'Shop EPDM garage roof kits',
    'Share', 'Back to blog',
    'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Help', ...eFoot, 'Subscribe to our emails',
    'Email', '© 2026,', 'Powered by Shopify',
  ],
};

const gTitle = 'Scaffold inspection and handover';
const gLead = 'How we inspect, tag and hand over every scaffold before anyone else uses it.';
const gSecs: [string, string[]][] = [
  [
    'Handover inspection',
    [
      j(
        'No scaffold is used by another trade until a competent supervisor has inspected it against the design and signed the',
        'handover certificate. The certificate records the load class, the number of working lifts and any areas that are not complete.',
      ),
      'The green Scafftag insert is fitted at every access point once the certificate is signed.',
    ],
  ],
  [
    'Seven-day inspections',
    [
      j(
        'After handover the scaffold is re-inspected at least every seven days, and after any storm, alteration or impact. The result',
        'goes on the register in the site box and on the tag insert.',
      ),
    ],
  ],
  [
    'Incomplete scaffolds',
    [
      'If any part of the scaffold is incomplete, the supervisor must:',
      'remove the green insert and fit a red "Do not use" insert at each access point',
      'close off ladder access with a ladder guard',
      'record the reason on the register',
    ],
  ],
];
const gSide = ['Getting started', 'Site rules', 'Design and TG20', 'Scaffold inspection and handover', 'Loading bays', 'Working near power lines'];
const gToc = gSecs.map(([h]) => h);
const gSec = ([h, b]: [string, string[]]): string =>
  `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${b.length > 2 ? `<p>${b[0]}</p>\n<ul>${lis(b.slice(1))}</ul>` : ps(b)}`;
const gHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<title>${gTitle} | Cray Valley Scaffolding Handbook</title><meta name="description" content="${gLead}">
<meta property="og:title" content="${gTitle}"><meta property="article:modified_time" content="2026-01-22T14:05:31+00:00">
<link rel="preload" href="/scss/main.min.4f0c2b.css" as="style"><link href="/scss/main.min.4f0c2b.css" rel="stylesheet" integrity="">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Cray Valley Scaffolding Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" href="/docs/">
<span>Handbook</span></a></li>
<li class="nav-item"><a class="nav-link" href="https://www.crayvalleyscaffolding.co.uk"><span>Main site</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control td-search-input"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav"
id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">${links(gSide, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://git.crayvalley.internal/handbook/edit/main/content/docs/inspection.md" class="td-page-meta--edit" target="_blank" rel="noopener">Edit this
page</a>
<a href="https://git.crayvalley.internal/handbook/issues/new" class="td-page-meta--issue" target="_blank" rel="noopener">Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${links(gToc)}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/site/">Site procedures</a></li>
<li class="breadcrumb-item active" aria-current="page">Inspection and handover</li></ol></nav>
<div class="td-content"><h1>${gTitle}</h1><div class="lead">${gLead}</div>
${gSecs.map(gSec).join('\n')}

<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>Never alter a tagged scaffold yourself. Report it to the scaffold
supervisor.</div>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div>
<div class="td-page-meta__lastmod">Last modified January 22, 2026: <a href="https://git.crayvalley.internal/handbook/commit/8e1f3c2">Add red tag rule
(8e1f3c2)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div
class="td-footer__copyright-etc col-12 col-sm-4 text-center py-2 order-sm-2">
<span class="td-footer__copyright">© 2026 Cray Valley Scaffolding Ltd All Rights Reserved</span><span class="td-footer__all_rights_reserved">Internal use and
subcontractors</span>
</div></div></div></footer></div><script src="/js/main.min.8d2b1e.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout599-hugo-docsy-scaffold-inspection',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gToc,
  body: texts([gLead, ...gSecs.flatMap(([, b]) => b), 'Never alter a tagged scaffold yourself. Report it to the scaffold supervisor.']),
  bylines: ['Last modified January 22, 2026:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cray Valley Scaffolding Handbook', 'Handbook', 'Main site', ...gSide.filter((t) => t !== gTitle), 'Edit this page',
    'Create documentation issue', 'Site procedures',
    'Warning', 'Feedback', 'Was this page helpful?', 'Yes', 'Add red tag rule (8e1f3c2)',
    '© 2026 Cray Valley Scaffolding Ltd All Rights Reserved', 'Internal use and subcontractors',
  ],
};

export const HELDOUT599_D: readonly TestPage[] = [shopify, hugo];
