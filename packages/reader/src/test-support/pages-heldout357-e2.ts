import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout357-kit.js';

/** Held-out batch 357, file e2: a photo agency's editorial story on Drupal 10 with the Olivero theme (see file e). */
const aTitle = 'The last winter of the Skarnes ferry';
const aBody = [
  j(
    'For ninety-one years a small car ferry has crossed the Skarnes sound four times a day, carrying school children, post, fuel and',
    'the occasional coffin to the island of Vell. In April the service ends, replaced by a bridge that has been promised, argued',
    'over and redesigned since the 1970s.',
  ),
  j(
    'Photographer Joren Asmyr grew up on Vell and took the ferry to school every morning for twelve years. Last November he went',
    'back with two cameras and a plan to ride every crossing until the final one. So far he has made just over three hundred trips.',
  ),
  j(
    '"I wanted to photograph the ferry as a room, not as a boat," Asmyr says. "For twenty minutes, twice a day, the whole island',
    "sits together in one warm cabin. People who would never visit each other's houses share a table and a thermos. That room is",
    'what disappears when the bridge opens."',
  ),
];
const aSub = ['A crew of three', 'What comes next'];
const aBody2 = [
  j(
    'The ferry has a crew of three: captain Hilde Sørvik, who has made the crossing for twenty-six years, and two deckhands who also',
    "repair the engine, sell tickets and, in bad weather, carry pensioners' shopping up the ramp. Asmyr's pictures return again and",
    'again to their hands: on ropes, on the wheel, on steaming mugs.',
  ),
  j(
    'Much of the series is made in very low light. Winter days at this latitude give barely five hours of usable daylight, and',
    "Asmyr chose to work with the cabin's own yellow lamps rather than add flash, accepting grain and soft focus in exchange for",
    'the atmosphere his passengers recognise.',
  ),
];
const aBody3 = [
  j(
    'The islanders are divided about the bridge. Younger families welcome an end to timetables and cancelled crossings in storms;',
    'older residents worry that the island will become a suburb of the mainland town. Asmyr says he has tried not to take sides.',
  ),
  j(
    'He plans to keep shooting until the final crossing on 14 April, and then to photograph the first month of traffic on the new',
    "bridge. The complete work will be shown in Vell's community hall before it travels to the mainland.",
  ),
];
const aCaps = [
  'Passengers wait in the cabin during a January crossing. Photograph: Joren Asmyr / Meridian',
  'Captain Hilde Sørvik at the wheel. Photograph: Joren Asmyr / Meridian',
];
const aNav = ['Stories', 'Photographers', 'Collections', 'Licensing', 'Contact'];
const aCrumbs = ['Home', 'Stories'];
const aTags = ['Norway', 'Islands', 'Transport', 'Rural life'];
const aLatest = ['Saltworks of the southern coast', 'A year inside a mountain rescue team', 'The beekeepers of Ostrava'];
const aFoot = ['About Meridian', 'For editors', 'Terms of licence', 'Privacy policy', 'Accessibility'];
const aHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${aTitle} | Meridian Photo Agency</title>
<link rel="canonical" href="https://www.meridianphotos.example/stories/last-winter-skarnes-ferry"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${aTitle}","author":{"@type":"Person",
"name":"Berit Lunde"},"datePublished":"2026-02-27T08:00:00+0100"}]}</script>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4812"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Meridian Photo Agency</a>
</div></div></div>
<div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(aNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><ol class="breadcrumb__list">${links(aCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${aTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="4812" class="node node--type-article
node--promoted node--view-mode-full"><header class=""><div class="node__meta"><div class="node__author-image"></div><span>
By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/42">Berit Lunde</a></span>
</span>
<span class="node__submitted-date"><span class="field field--name-created field--type-created field--label-hidden"><time
datetime="2026-02-27T08:00:00+01:00" title="Friday, February 27, 2026 - 08:00">27 February 2026</time></span></span>
<div class="node__photographer">Photographs by Joren Asmyr</div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/2026-02/skarnes-01.jpg" width="1600" height="1067" alt=""><div class="image-caption">${aCaps[0] ?? ''}</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(aBody)}
<p class="promo"><a href="/collections/skarnes-ferry">View the full set of 24 images</a></p>
<h2>${aSub[0] ?? ''}</h2>
${ps(aBody2.slice(0, 1))}
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/skarnes-07.jpg" alt="">
<figcaption>${aCaps[1] ?? ''}</figcaption></figure>
${ps(aBody2.slice(1))}
<h2>${aSub[1] ?? ''}</h2>
${ps(aBody3)}
</div><div class="licence-box"><p>Editors: the Skarnes ferry story is available for licensing in print and online.</p><a class="button"
href="/licensing/4812">License
this story</a></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(aTags, 'field--tags__item')}</ul></div></div></article></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blocklatest-stories-block-1">
<h2 class="block__title">Latest stories</h2><div class="block__content"><ul>${links(aLatest, 'views-row')}</ul></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div class="block block-olivero-syndicate"><a class="feed-icon"
href="/rss.xml">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav class="block block-menu menu--footer">
<ul class="menu">${links(aFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom grid-full"><p>© 2026 Meridian Photo Agency. All images
remain the copyright of their photographers.</p></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"
class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us
doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">
Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation-utils.js?t0s1x2"></script></body></html>`;
export const drupal: TestPage = {
  name: 'heldout357-drupal-olivero-agency-story',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aSub,
  body: texts([...aBody, ...aBody2, ...aBody3]),
  bylines: ['By Berit Lunde', '27 February 2026', 'Photographs by Joren Asmyr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Meridian Photo Agency', 'Menu', ...aNav, ...aCrumbs, ...aCaps, 'View the full set of 24 images',
    'Editors: the Skarnes ferry story is available for licensing in print and online.', 'License this story', 'Tags', ...aTags, 'Latest stories',
    ...aLatest, 'RSS feed', ...aFoot, '© 2026 Meridian Photo Agency. All images remain the copyright of their photographers.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};
