import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file e: a pawnbrokers' trade association consumer guide on Drupal 10 (Olivero) with breadcrumb, sidebar
 * blocks and a definition list, and a Discourse thread (crawler view) on a personal finance forum about a pawnshop offer.
 */
const dTitle = 'Your rights when you pawn an item';
const dIntro = [
  j(
    'Pawnbrokers in the Great Lakes region are licensed by the state and must follow the same basic rules. This guide explains',
    'what every member shop must tell you, what your pawn ticket means and what you can do if something goes wrong.',
  ),
];
const dH = ['Before you sign', 'Words on your pawn ticket', 'If your item is lost, damaged or sold early', 'Making a complaint'];
const dBefore = [
  j(
    'The pawnbroker must tell you the amount of the loan, the finance charge in dollars, the annual percentage rate and the date',
    'the loan is due. These must be printed on the ticket, and you are entitled to read it before you sign.',
  ),
  'You do not have to accept the first offer. It is normal to ask how the amount was worked out, or to take your item elsewhere.',
];
const dTerms: [string, string][] = [
  ['Principal', 'The amount of money lent to you, not including any charges.'],
  ['Finance charge', 'The total of interest and fees for one loan period, shown in dollars.'],
  ['Maturity date', 'The last day of the loan period. After it, the grace period begins.'],
  ['Forfeiture', 'The point at which ownership of the item passes to the pawnbroker because the loan was not repaid or renewed.'],
];
const dLost = [
  j(
    'A member shop must insure pledged goods against fire, theft and water damage. If your item is lost or damaged while in the',
    'shop&rsquo;s care, you are owed its replacement value as recorded on the ticket, less what you owe on the loan.',
  ),
  j(
    'An item may not be sold or displayed for sale until the grace period has ended. If you find your item for sale early, keep',
    'your ticket, take a photograph and contact the association.',
  ),
];
const dComplain = [
  j(
    'Raise the problem with the shop manager first; most disputes are settled at the counter. If that does not work, you can',
    'complain to the association within 90 days using our online form, and we will respond within 15 working days.',
  ),
  'If you are still unhappy, you can contact your state financial regulator. Our decision does not affect your legal rights.',
];
const dNav = ['Home', 'For consumers', 'For members', 'Find a shop', 'News', 'About the association'];
const dCrumbs = ['Home', 'For consumers'];
const dSide = ['Pawn loans explained', 'Selling to a pawnshop', 'Stolen goods and police holds', 'Complaint form'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:28;--color--primary-saturation:60%;--color--primary-lightness:32">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.glpawnassoc.org/consumers/your-rights">
<title>${dTitle} | Great Lakes Pawnbrokers Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Rk3u9vX2Zb4.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18"},
"ajaxTrustedUrl":[]}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div
class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Great Lakes Pawnbrokers Association</a></div>
<div class="site-branding__slogan">Licensed. Insured. Accountable.</div></div></div></div><div class="header-nav-overlay"
data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main
Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
id="block-olivero-search-form-narrow"
role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by
keyword or phrase."
type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search form-element form-element--type-search"></div>
<div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit
form-submit" type="submit"
id="edit-submit" value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="18" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<h2>${dH[0]}</h2>${ps(dBefore)}
<h2>${dH[1]}</h2><dl>${dTerms.map(([t, d]) => `<dt>${t}</dt><dd>${d}</dd>`).join('\n')}</dl>
<h2>${dH[2]}</h2>${ps(dLost)}
<h2>${dH[3]}</h2>${ps(dComplain)}
<p class="page-reviewed"><em>Page last reviewed: 12 August 2026</em></p></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views" id="block-olivero-consumer-guides"><h2
class="block__title">Consumer guides</h2>
<div class="block__content"><ul>${links(dSide)}</ul></div></div><div id="block-olivero-findshop" class="block block-block-content"><h2
class="block__title">Find a member shop</h2>
<div class="block__content"><p>Every member displays our seal at the counter and follows the association code of practice.</p>
<p><a href="/find-a-shop" class="button">Search by ZIP code</a></p></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium">
<div class="region--footer_top__inner"><div id="block-olivero-footer-contact" class="block block-block-content"><div class="block__content">
<p>Great Lakes Pawnbrokers Association, 200 Commerce Plaza, Suite 410, Kenmore Bay, MI 49099 · (555) 011-7302</p></div></div></div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered" class="block block-system
block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_Qm2pX8aL0.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout554-drupal-pawn-rights',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dBefore, ...dTerms.flat(), ...dLost, ...dComplain]),
  bylines: ['Page last reviewed: 12 August 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Great Lakes Pawnbrokers Association', 'Licensed. Insured. Accountable.', 'Menu', ...dNav, 'Consumer guides', ...dSide,
    'Find a member shop', 'Every member displays our seal at the counter and follows the association code of practice.', 'Search by ZIP code',
    'Great Lakes Pawnbrokers Association, 200 Commerce Plaza, Suite 410, Kenmore Bay, MI 49099 · (555) 011-7302', 'Powered by Drupal',
  ],
};

const kTitle = 'Pawn shop offered $180 on my 14K chain. Is that a lowball?';
const kPosts: [string, string, string, string[]][] = [
  [
    'rowan_k',
    'November 2, 2026,  6:22pm',
    '2 Likes',
    [
      j(
        'Took my dad&rsquo;s old rope chain to a pawn shop on Route 9 to get a loan until my next check. It weighs 22 grams and is',
        'stamped 14K. They offered $180 as a loan, or $260 if I sold it outright.',
      ),
      'Gold is way up this year so that felt low to me. Am I being ripped off or is this how pawn loans normally work?',
    ],
  ],
  [
    'ledger_lou',
    'November 2, 2026,  6:49pm',
    '7 Likes',
    [
      j(
        'Rough math: 22 g times 0.585 purity is about 12.9 g of pure gold. At today&rsquo;s spot that is roughly $1,000 of metal.',
        'Refiners pay dealers maybe 90 to 95% of melt, and the shop has to make a margin on top.',
      ),
      j(
        'So $260 to buy is low, honestly. $180 as a loan is on the low side but not crazy, because a loan is supposed to be a',
        'fraction of value. The shop is betting you come back for it.',
      ),
    ],
  ],
  [
    'mkt_watcher',
    'November 2, 2026,  8:03pm',
    '4 Likes',
    [
      j(
        'Second what Lou said. Before you decide, call two other shops and a dedicated gold buyer and ask what they pay per gram for',
        '14K. If the answer is under $40 a gram, keep shopping.',
      ),
      'Also check your state&rsquo;s monthly cap on pawn charges. Some allow 25% a month, which adds up fast if you renew.',
    ],
  ],
  [
    'rowan_k',
    'November 3, 2026, 11:40am',
    '',
    [
      j(
        'Update: the gold buyer across town tested it in front of me and offered $590 cash. The first pawn shop went up to $300 on',
        'a loan when I mentioned it. Going with the loan since I want the chain back. Thanks everyone.',
      ),
    ],
  ],
];
const kRel: [string, string, string, string][] = [
  ['Is an XRF test at a gold buyer accurate?', 'Investing', '9', 'Sep 2026'],
  ['Pawned my guitar, lost the ticket, what now?', 'Borrowing', '6', 'Oct 2026'],
];
const kPost = ([u, d, likes, p]: [string, string, string, string[]], i: number): string => `<div id='post_${i + 1}' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href='https://forum.ledgerline.money/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.ledgerline.money/t/pawn-shop-offered-180-on-my-14k-chain/4821">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-11-02T18:22:41Z' class='post-time'>
          ${d}
        </time><meta itemprop='dateModified' content='2026-11-02T18:22:41Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${ps(p)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.split(' ')[0]}" />${
  likes === ''
    ? ''
    : `<span
class='post-likes'>${likes}</span>`
}</div>
</div>`;
const kHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${kTitle} - Borrowing - Ledgerline
Community</title>
<meta name="description" content="Took my dad’s old rope chain to a pawn shop on Route 9 to get a loan until my next check."><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://forum.ledgerline.money/t/pawn-shop-offered-180-on-my-14k-chain/4821"><meta property="og:site_name" content="Ledgerline
Community">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link href="/stylesheets/color_definitions_ledgerline_3_2_1a2b3c.css?__ws=forum.ledgerline.money" media="all" rel="stylesheet"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.ledgerline.money",
"name":"Ledgerline Community"}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/">
<img src="https://forum.ledgerline.money/uploads/default/original/1X/logo.png" alt="Ledgerline Community" id="site-logo" style="max-width:
150px;"></a></div></div></div>
</header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/pawn-shop-offered-180-on-my-14k-chain/4821">${kTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/borrowing/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #2B8A3E'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Borrowing</span></span></a><meta itemprop="position" content="1"
/></span></div>
<div class="topic-list-tags"><a href='https://forum.ledgerline.money/tag/pawn' class='discourse-tag' rel="tag">pawn</a>
<a href='https://forum.ledgerline.money/tag/gold' class='discourse-tag' rel="tag">gold</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${kTitle}'>
<link itemprop='url' href='https://forum.ledgerline.money/t/pawn-shop-offered-180-on-my-14k-chain/4821'><meta itemprop='datePublished'
content='2026-11-02T18:22:41Z'>
<meta itemprop='articleSection' content='Borrowing'><meta itemprop='keywords' content='pawn, gold'><meta itemprop='text' content='Took my dad’s old rope
chain to a pawn shop'>
${kPosts.map(kPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th
class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${kRel
  .map(
    ([t, c, r, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<span class="link-top-line"><a itemprop='url' href='https://forum.ledgerline.money/t/x/1' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/x' class='badge-wrapper bullet'><span class='badge-category-bg'></span><span class='badge-category clear-badge'>
<span class='category-name'>${c}</span></span></a></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${r}07</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout554-discourse-chain-offer',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPosts.flatMap(([, , , p]) => p)),
  bylines: [...new Set(kPosts.flatMap(([u, d]) => [u, d.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Borrowing', '2', '3', '4', ...kPosts.map(([, , l]) => l).filter((l) => l !== ''), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...kRel.flatMap(([t, c, r, a]) => [t, c, r, `${r}07`, a]).filter((t) => t !== 'Borrowing' && t !== '9'),
    'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT554_E: readonly TestPage[] = [drupal, discourse];
