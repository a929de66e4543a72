import { links, ps, type TestPage, texts } from './page-kit.js';
import { coursePage } from './pages-heldout327-d2.js';
import { j, lis } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file d: a sign-language dictionary's sign page on Drupal 10 with the Olivero theme, whose main text is
 * short (the site branding and main menu, breadcrumbs, a video with its controls, fallback text and signer credit, labelled
 * fields, the "Related signs" and "Browse by handshape" blocks, the EU Cookie Compliance pop-up and the footer) and, from file d2,
 * a university language centre's course page built with Elementor.
 */
const sTitle = 'HARBOUR';
const sFields = [
  ['Handshape', 'Flat hand, fingers together'],
  ['Location', 'Neutral space in front of the chest'],
  ['Movement', 'Both hands curve inwards and stop, palms facing'],
  ['Region', 'Common to all island communities'],
] as const;
const sDesc = [
  j(
    'Both flat hands start apart in front of the body and curve towards each other, as if drawing the two arms of a harbour wall. The',
    'movement stops before the fingertips meet, leaving a gap for the harbour mouth.',
  ),
  j(
    'Older signers on Stroma Isle often add a small rocking movement of the non-dominant hand to show a boat inside the harbour. Younger',
    'signers usually leave it out, and the plain form is the one taught in classes.',
  ),
];
const sSteps = [
  'Hold both flat hands in front of your chest, palms facing each other, about shoulder width apart.',
  'Curve both hands inwards in a short arc.',
  'Stop with the fingertips a hand-width apart.',
];
const sEx = ['Example: HARBOUR FULL BOAT, WE WAIT TOMORROW. (The harbour is full of boats, so we will wait until tomorrow.)'];
const sRelated = ['PIER', 'TIDE', 'FERRY', 'LIGHTHOUSE'];
const sHand = ['B handshape', 'A handshape', '1 handshape', '5 handshape', 'C handshape'];
const sMenu = ['Dictionary', 'Learn to sign', 'About NISL', 'Contribute'];
const sFoot = ['Accessibility statement', 'Privacy', 'Contact the dictionary team'];
const sHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>HARBOUR | Northern Isles Sign Language Dictionary</title>
<link rel="canonical" href="https://nisl-dictionary.example/sign/harbour" /><meta name="description"
content="How to sign HARBOUR in Northern Isles Sign Language." />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":
[{"@type":"DefinedTerm","name":"HARBOUR","inDefinedTermSet":"NISL Dictionary"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2n1Fh0mEJp3.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJx1" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false},"ajaxTrustedUrl":[],"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-sign"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" aria-expanded="false"><span class="visually-hidden">Sticky header</span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div
class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">NISL Dictionary</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"><span
class="mobile-nav-button__label">Main Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(sMenu, 'primary-nav__menu-item')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/dictionary" class="breadcrumb__link">Dictionary</a></li><li class="breadcrumb__item"><a href="/dictionary/h"
class="breadcrumb__link">Signs starting with H</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string
field--label-hidden">${sTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="2291" class="node node--type-sign node--view-mode-full"><div class="node__content">
<div class="field field--name-field-video field--type-file field--label-hidden field__item"><video controls="controls" preload="none"
poster="/sites/default/files/styles/wide/public/sign-posters/harbour.jpg" width="640" height="360"><source src="/sites/default/files/signs/harbour.mp4"
type="video/mp4" /><track kind="captions" src="/sites/default/files/signs/harbour.vtt" srclang="en" label="English" />Your browser does not support the video
tag.</video></div>
<div class="video-controls"><button class="button button--small js-speed" data-rate="0.5">Slow motion</button><button class="button button--small
js-loop">Loop</button></div>
<div class="field field--name-field-signer field--type-string field--label-inline"><div class="field__label">Signed by</div><div class="field__item">Ruaridh
Manson, Stroma Isle</div></div>
${sFields
  .map(
    ([l, v]) => `<div class="field field--name-field-${l.toLowerCase()} field--type-entity-reference field--label-inline clearfix">
<div class="field__label">${l}</div>
<div class="field__item">${v}</div></div>`,
  )
  .join('\n')}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(sDesc)}
<h2>How to sign it</h2>
<ol>${lis(sSteps)}</ol>
${ps(sEx)}
</div></div></article></div></div></div>
<div class="region region--sidebar"><div id="block-relatedsigns"
class="block block-views block-views-blockrelated-signs-block-1"><h2 class="block__title">Related
signs</h2><div class="block__content"><div class="views-element-container"><ul>${links(sRelated, 'views-row')}</ul></div></div></div>
<div id="block-browsebyhandshape" class="block block-views"><h2 class="block__title">Browse by handshape</h2><div class="block__content"><ul>${links(sHand)}
</ul></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" id="block-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(sFoot, 'menu__item')}</ul></nav>
<div id="block-copyright" class="block block-block-content"><div class="text-content clearfix field field--name-body"><p>© 2026 Northern Isles Deaf
Association. Sign videos are shared under CC BY-NC-SA 4.0.</p></div></div></div></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" style="width: 100%;" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info
eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"
role="document"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p><button
type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div><div id="popup-buttons"
class="eu-cookie-compliance-buttons"><button
type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button><button type="button" class="decline-button
eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_8fN2c0PA.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero&amp;include=eJx1"></script></body></html>`;
const signPage: TestPage = {
  name: 'heldout327-drupal-olivero-sign-wiki',
  kind: 'wiki',
  html: sHtml,
  title: sTitle,
  headings: ['How to sign it'],
  body: texts([...sFields.map(([, v]) => v), ...sDesc, ...sSteps, ...sEx]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'NISL Dictionary', 'Main Menu', 'Main navigation', ...sMenu.slice(1), 'Breadcrumb', 'Home', 'Dictionary',
    'Signs starting with H', 'Your browser does not support the video tag.', 'Slow motion', 'Loop', 'Signed by', 'Ruaridh Manson, Stroma Isle',
    'Handshape', 'Location', 'Movement', 'Region', 'Related signs', ...sRelated, 'Browse by handshape', ...sHand, ...sFoot,
    '© 2026 Northern Isles Deaf Association. Sign videos are shared under CC BY-NC-SA 4.0.', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT327_D: readonly TestPage[] = [signPage, coursePage];
