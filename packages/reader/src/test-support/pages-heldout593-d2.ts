import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file d2: a costumier's Victorian costume guide built with Elementor Pro theme templates on Hello
 * Elementor (header, single-post and footer templates), with a table of contents widget, share buttons, post navigation,
 * a posts widget and a Complianz cookie banner.
 */
const eTitle = 'Victorian costume guide: dressing for a Dickensian Christmas';
const eBlocks: Block[] = [
  j(
    'Dickensian Christmas markets, carol evenings and murder mystery dinners all call for the same thing: something that looks',
    'as if it stepped out of a winter scene in 1850. Here is how we put a Victorian costume together at the shop, for every budget.',
  ),
  { h: 'Ladies: the silhouette first' },
  j(
    'Early and mid-Victorian dresses are all about the bell-shaped skirt. A hooped petticoat gives the shape; without it even',
    'the best dress looks like a nightgown. Above it, a fitted bodice with a modest neckline and long sleeves, buttoned to the throat.',
  ),
  j(
    'For an outdoor market add a short cape or a shawl, a bonnet tied under the chin and a fur muff. Colours were deeper than',
    'people expect: plum, bottle green, navy and brown, with tartan for a festive touch.',
  ),
  { h: 'Gentlemen: layers and a hat' },
  j(
    'Start with a white shirt with a high collar and a cravat tied loosely at the neck. Add a waistcoat, ideally patterned, then',
    'a frock coat that reaches the knee. Trousers should be narrow and plain. A top hat is the obvious choice; a bowler suits a',
    'clerk or a shopkeeper better, and a flat cap works for a street seller.',
  ),
  { h: 'Characters people love to play' },
  {
    ul: [
      'The miser: dressing gown, nightcap and a candle, or a worn black frock coat and fingerless gloves.',
      'The ghost of a business partner: grey face, chains and a bandage tied round the jaw.',
      'The poor clerk: threadbare coat, long woollen scarf and a very small turkey.',
      'Carol singers: bonnets, capes, a lantern and a songbook.',
      'Street urchins: flat caps, braces and a smudge of soot (ask us for the make-up).',
    ],
  },
  { h: 'Budgets' },
  {
    head: ['Look', 'Hire from', 'Includes'],
    rows: [
      ['Market-goer', '£35', 'Dress or coat, hat, shawl or scarf'],
      ['Full period costume', '£65', 'Dress with hoop or three-piece suit, hat, accessories'],
      ['Character costume', '£75', 'Everything above plus props and make-up advice'],
    ],
  },
  { h: 'Book early' },
  j(
    'December is our busiest month for Victorian hire, with most market weekends booked by mid-November. Book a fitting online',
    'or call the shop, and bring your shoes: plain black boots are ideal.',
  ),
].map((b) => (typeof b === 'string' ? { p: b } : b));
const eDate = 'November 2, 2026';
const eAuthor = 'Frances Olde';
const eNav = ['Home', 'Costume hire', 'Victorian', 'Guides', 'Contact'];
const eRel = ['Edwardian garden party: what to wear', 'How to tie a cravat in three minutes', 'Steampunk without the clichés'];
const eEl = (
  id: string,
  widget: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}"
data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eToc = headingsOf(eBlocks).map(
  (h) => `<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper"><a href="#elementor-toc__heading-anchor-0"
class="elementor-toc__list-item-text elementor-toc__top-level">${h}</a></div></li>`,
);
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Victorian costume guide: dressing for a Dickensian Christmas - Gaslight Costumiers</title>
<link rel='stylesheet' id='hello-elementor-css' href='https://gaslightcostumiers.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css'
href='https://gaslightcostumiers.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all' />
<link rel='stylesheet' id='elementor-post-88-css'
href='https://gaslightcostumiers.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1730540000' media='all' />
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99;}</style>
<script type="application/ld+json" class="rank-math-schema-pro">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${eTitle}",
"datePublished":"2026-11-02T08:00:00+00:00","author":{"@type":"Person","name":"${eAuthor}"}}]}</script></head>
<body class="post-template-default single single-post postid-530 single-format-standard elementor-default elementor-template-full-width elementor-kit-6
elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3a1f e-flex e-con-boxed e-con e-parent" data-id="3a1f" data-element_type="container"><div class="e-con-inner">
${eEl(
  '5c1d',
  'theme-site-logo',
  `<a href="https://gaslightcostumiers.co.uk">
<img width="220" height="64" src="/wp-content/uploads/2024/01/gaslight-logo.png" alt="Gaslight Costumiers"></a>`,
)}
${eEl(
  '5b2c',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-5b2c" class="elementor-nav-menu">${eNav
    .map(
      (t) =>
        `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t
          .toLowerCase()
          .replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`,
    )
    .join('')}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0"
aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-5b2c" class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item"><a href="/" class="elementor-item" tabindex="-1">${t}</a>
</li>`,
    )
    .join('')}</ul></nav>`,
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-530 post type-post status-publish
format-standard has-post-thumbnail hentry category-guides" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1b7e e-flex e-con-boxed e-con e-parent" data-id="1b7e" data-element_type="container"><div class="e-con-inner">
${eEl('2d4a', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eEl(
  '2d4b',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1
elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>${eDate}</time></span></li>
<li class="elementor-icon-list-item
elementor-inline-item" itemprop="author">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">${eAuthor}</span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-comments">No Comments</span></li></ul>`,
)}
${eEl(
  '2d4c',
  'table-of-contents',
  `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Contents</h4></div><div id="elementor-toc__2d4c"
class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">${eToc.join('')}</ul></div>`,
)}
${eEl('2d4d', 'theme-post-content', render(eBlocks, { ul: ' class="wp-block-list"', table: ' class="has-fixed-layout"' }))}
${eEl(
  '2d4e',
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button"
tabindex="0" aria-label="Share on facebook"><span class="elementor-share-btn__icon"><i class="fab fa-facebook" aria-hidden="true"></i></span><div
class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></div></div></div><div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_pinterest" role="button" tabindex="0" aria-label="Share on pinterest"><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">Pinterest</span></div></div></div></div>`,
)}
${eEl(
  '2d4f',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/edwardian/"
rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span
class="elementor-screen-only">Prev</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">${eRel[0]}</span></span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link">
<a href="/cravat/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span><span
class="post-navigation__next--title">${eRel[1]}</span></span></a></div></div>`,
)}
${eEl('2d50', 'heading', '<h2 class="elementor-heading-title elementor-size-default">You might also like</h2>')}
${eEl(
  '2d51',
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${eRel
    .map(
      (t) => `<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="/">${t}</a>
</h3><a class="elementor-post__read-more" href="/" aria-label="Read more about ${t}" tabindex="-1">Read More »</a></div></article>`,
    )
    .join('')}</div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-7f2a e-flex e-con-boxed e-con e-parent" data-id="7f2a" data-element_type="container"><div class="e-con-inner">
${eEl('7f2b', 'text-editor', '<p>Gaslight Costumiers<br>2 Chandlers Row, Whitmoor Quay</p><p>Open Tuesday to Saturday, 10am to 5pm</p>')}
${eEl('7f2c', 'text-editor', '<p>© 2026 Gaslight Costumiers. All rights reserved.</p>')}
</div></div></div>
<div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store
and/or access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">
Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><ul>
<li><a href="/cookie-policy-uk/" class="cmplz-link cookie-statement">Cookie Policy</a></li><li><a href="/privacy/" class="cmplz-link privacy-statement">
Privacy Statement</a></li></ul></div></div>
<script src="https://gaslightcostumiers.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js">
</script></body></html>`;
const elementorGuide: TestPage = tidy({
  name: 'heldout593-elementor-victorian-guide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: headingsOf(eBlocks),
  body: bodyOf(eBlocks),
  bylines: [eDate, eAuthor],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'No Comments', 'Contents', 'Facebook', 'Pinterest', 'Prev', 'Previous', 'Next', ...eRel, 'You might also like',
    'Read More »', 'Gaslight Costumiers 2 Chandlers Row, Whitmoor Quay', 'Open Tuesday to Saturday, 10am to 5pm',
    '© 2026 Gaslight Costumiers. All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences', 'Cookie Policy', 'Privacy Statement',
  ],
});

export const HELDOUT593_D2: readonly TestPage[] = [elementorGuide];
