import { links, ps, type TestPage } from './page-kit.js';
import { j, page, rows, rowText } from './pages-heldout588-kit.js';

/**
 * Held-out batch 588, file c: a fishmonger's "our boats" sourcing page on Webflow (w-nav, rich text, a call-to-action band),
 * and a butchers' guild guide to dry-ageing on Drupal 10 (Olivero) with breadcrumb, tags and a table.
 */
const fTitle = 'The boats behind the counter';
const fIntro = j(
  'We buy almost all our fish from four boats that land at Porthvane, a ten-minute walk from the shop. We know the skippers,',
  'we know where they fish, and we know that what is on the slab this morning was in the sea yesterday.',
);
const fBoats: readonly (readonly [string, string])[] = [
  [
    'Morwenna',
    j(
      'A 9-metre netter skippered by Col Hendra and his nephew Jory. They work the reefs west of the point for hake,',
      'pollack and red mullet, and in winter they switch to crab and lobster pots.',
    ),
  ],
  [
    'Good Intent',
    j(
      'Ivy Pascoe’s handliner goes out alone, weather permitting. Every mackerel and bass she lands is caught on a line,',
      'bled on board and iced within minutes. It costs more, and it is worth it.',
    ),
  ],
  ['Three Sisters', 'A small trawler that fishes for lemon sole, plaice, megrim and monkfish in the bay. She lands twice a week, on Tuesdays and Fridays.'],
  ['Kittiwake', 'Our diver, Nat Bolitho, hand-picks scallops from the sandbanks offshore, so nothing is dredged.'],
];
const fOutro = j(
  'When the weather keeps the boats in, we would rather have an empty counter than fill it with fish from a lorry. Check our',
  'Instagram in the morning to see what has landed.',
);
const fNav = ['Today’s Fish', 'Our Boats', 'Recipes', 'Wholesale', 'Visit'];
const fFoot = ['Instagram', 'Facebook', 'Privacy Policy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Oct 06 2026 09:41:17 GMT+0000 -->
<html data-wf-domain="www.penhallowfish.example" data-wf-page="64f0c2a1b3" data-wf-site="64f0c2a1a0" lang="en"><head><meta charset="utf-8">
<title>Our Boats | Penhallow &amp; Daughters Fishmongers</title><meta content="The four boats that supply our counter." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64f0c2a1a0/css/penhallow.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Penhallow &amp; Daughters</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="hero-section boats"><div class="w-container"><div class="eyebrow">Sourcing</div><h1 class="heading-hero">${fTitle}</h1></div></div>
<div class="section"><div class="container-narrow w-container"><div class="rich-text-block w-richtext"><p>${fIntro}</p>
${fBoats.map(([h, p]) => `<h3>${h}</h3><p>${p}</p>`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/64f0c2a1a0/quay.jpg" loading="lazy"
alt=""></div><figcaption>Morwenna coming in past the harbour light.</figcaption></figure><p>${fOutro}</p></div></div></div>
<div class="cta-band"><div class="w-container"><h2 class="cta-heading">Come and see what’s landed</h2><p class="cta-text">Open Tuesday to Saturday from 8am.</p>
<a href="/visit" class="button w-button">Plan your visit</a></div></div>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid">
<div class="footer-text">Penhallow &amp; Daughters, 2 Quay Street, Porthvane</div>
<div class="footer-links">${fFoot.map((t) => `<a href="/" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-copyright">© 2026 Penhallow &amp; Daughters Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64f0c2a1a0/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow = page({
  name: 'heldout588-webflow-our-boats',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fBoats.map((b) => b[0]),
  body: [fIntro, ...fBoats.map((b) => b[1]), fOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Penhallow & Daughters', ...fNav, 'Sourcing', 'Morwenna coming in past the harbour light.', 'Come and see what’s landed',
    'Open Tuesday to Saturday from 8am.', 'Plan your visit', 'Penhallow & Daughters, 2 Quay Street, Porthvane', ...fFoot, '© 2026 Penhallow & Daughters Ltd',
  ],
});

const dTitle = 'Dry-ageing beef in the shop: a guide for members';
const dBody = [
  j(
    'More members are building small ageing cabinets into their shops, and we get a steady stream of questions about how to do it',
    'safely. This guide sets out what the Guild considers good practice. It does not replace advice from your local',
    'environmental health officer, who should see your plans before you install anything.',
  ),
  j(
    'Dry-ageing is simply hanging beef, uncovered, in a cold, dry and moving air for longer than the usual ten to fourteen days.',
    'The meat loses moisture, which concentrates the flavour, and natural enzymes tenderise it. A crust forms that must be trimmed away.',
  ),
  j(
    'Only age primals with a good fat cover and the bone in, such as forerib, sirloin on the bone and whole rumps. Lean or boned',
    'cuts dry out and spoil. Age on open racks, never on trays, and leave a hand’s width between joints.',
  ),
  j(
    'Expect the weight of a forerib to drop by 10 to 15 per cent at 28 days and by up to 30 per cent at 45 days once the crust',
    'is trimmed. Price for it, and tell customers why an aged steak costs more.',
  ),
  'Keep a daily log of temperature and humidity, and keep it for at least a year. Inspectors will ask to see it.',
];
const dConds = [
  ['Temperature', '1°C to 3°C', 'Above 4°C, check the unit and move the meat'],
  ['Relative humidity', '75% to 85%', 'Below 70%, the crust becomes too thick'],
  ['Air movement', 'Gentle and constant', 'Stagnant air lets mould take hold'],
  ['Ageing time', '21 to 45 days', 'Past 45 days, ask the Guild for advice'],
];
const dH = ['What dry-ageing does', 'Choosing the meat', 'Conditions in the cabinet', 'Yield and pricing', 'Records'];
const dNav = ['About the Guild', 'Membership', 'Training', 'Guides', 'Events', 'Contact'];
const dCrumbs = ['Home', 'Guides', 'Food safety'];
const dFoot = ['Privacy notice', 'Accessibility', 'Cookie settings'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:12;--color--primary-saturation:55%;--color--primary-lightness:32"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Guild of Independent Meat Traders</title><link rel="canonical" href="https://www.gimt.example/guides/dry-ageing-beef">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"},"olivero":{}}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t0k2a9"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Guild of Independent Meat Traders</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get" class="search-form search-block-form">
<label for="edit-keys" class="visually-hidden">Search</label><input placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys">
<button class="button button--primary search-form__submit" type="submit"><span class="visually-hidden">Search</span></button></form></div></div></div>
</div></div>
</header><div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden">
<a href="/user/12" class="username">Marion Okafor</a></span></span><span class="node__meta-date">
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-05-04T09:20:11+01:00">Mon, 4 May 2026 - 09:20</time></span>
</span></div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden">
<p>${dBody[0]}</p><h2>${dH[0]}</h2><p>${dBody[1]}</p><h2>${dH[1]}</h2><p>${dBody[2]}</p><h2>${dH[2]}</h2>
<table><thead><tr><th>Setting</th><th>Target</th><th>Action if outside</th></tr></thead><tbody>${rows(dConds)}</tbody></table>
<h2>${dH[3]}</h2><p>${dBody[3]}</p><h2>${dH[4]}</h2><p>${dBody[4]}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Beef</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Hygiene</a></li></ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block-node-syndicate-block__inner"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div>
</div></div></div></div><footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav class="block block-menu navigation menu--footer" role="navigation"><ul class="menu">${links(dFoot)}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.3.1"></script></body></html>`;
const olivero = page({
  name: 'heldout588-drupal-olivero-dry-ageing',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: [dBody[0] ?? '', dBody[1] ?? '', dBody[2] ?? '', ...dConds.map(rowText), dBody[3] ?? '', dBody[4] ?? ''],
  bylines: ['Marion Okafor', 'Mon, 4 May 2026 - 09:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Guild of Independent Meat Traders', 'Menu', ...dNav, ...dCrumbs, 'Tags', 'Beef', 'Hygiene', 'RSS feed', ...dFoot,
    'Powered by Drupal',
  ],
});

export const HELDOUT588_C: readonly TestPage[] = [webflow, olivero];
