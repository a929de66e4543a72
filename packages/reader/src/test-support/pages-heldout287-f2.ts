import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file f2: a cocktail recipe page on a spirits brand's Drupal 10 site (the age-gate modal, skip link,
 * the main menu and "Where to buy", breadcrumb block, a node of type cocktail with field--name-* wrappers for the
 * intro, difficulty, glass, ingredients and method, the "Made with" product teaser, the drink-responsibly notice, "More
 * cocktails" view, the footer menu and a Cookiebot dialog).
 */
const dTitle = 'Smoked Pear Highball';
const dIntro = [
  j(
    'A long, easy drink for the end of the harvest. Our Ashgrove Single Malt brings a gentle wisp of peat smoke, fresh pear',
    'juice softens it, and a top of cold ginger ale keeps it bright. It is the drink our distillery team makes for friends',
    'when the stills go quiet in November.',
  ),
  j('Use pears that are properly ripe, or a good cloudy pressed juice from a bottle. Clear juice works, but the drink is thinner', 'and sweeter.'),
];
const dIng = [
  '50 ml Ashgrove Single Malt',
  '60 ml fresh pear juice',
  '10 ml lemon juice',
  '5 ml honey syrup (two parts honey, one part warm water)',
  'Ginger ale, chilled, to top',
  'A thin slice of pear and a sprig of thyme, to garnish',
];
const dMethod = [
  'Fill a highball glass with ice and leave it to chill while you build the drink.',
  'Shake the whisky, pear juice, lemon juice and honey syrup hard with ice for ten seconds.',
  'Strain into the chilled glass over fresh ice and top with ginger ale.',
  'Stir once, gently, and garnish with the pear slice and thyme.',
];
const dTip = 'Bartender’s tip: light the thyme sprig for a second before garnishing. The scent of the smoke echoes the whisky.';
const dNav = ['Our Whisky', 'The Distillery', 'Cocktails', 'Visit Us', 'Shop'];
const dMore = ['Ashgrove Old Fashioned', 'Heather Honey Sour', 'Winter Hot Toddy'];
const dFoot = ['Contact', 'Careers', 'Terms & Conditions', 'Privacy Notice', 'Cookie Settings', 'Responsible Drinking'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${dTitle} | Cocktails | Ashgrove
Distillery</title><meta name="description" content="A long, easy whisky highball with pear and ginger."><meta name="Generator"
content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://www.ashgrovedistillery.example/cocktails/smoked-pear-highball">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},
"ageGate":{"minimumAge":18,"cookie":"agegate_passed"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"${dTitle}","recipeCategory":"Cocktail"}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="0a1b2c" type="text/javascript" async></script></head>
<body class="path-node page-node-type-cocktail"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="age-gate" class="age-gate age-gate--visible" role="dialog" aria-modal="true"><div class="age-gate__inner"><h2
class="age-gate__title">Are you of legal
drinking age?</h2><p class="age-gate__text">You must be 18 or over to visit this site.</p><div class="age-gate__buttons"><button
class="age-gate__yes">Yes, I am 18
or over</button><button class="age-gate__no">No</button></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner" class="site-header">
<div class="region region-header"><div id="block-ashgrove-branding" class="block block-system block-system-branding-block"><a href="/" rel="home"
class="site-logo">Ashgrove Distillery</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-ashgrove-main-menu-menu" id="block-ashgrove-main-menu"
class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-ashgrove-main-menu-menu">Main navigation</h2><ul class="menu">
${links(dNav, 'menu-item')}</ul></nav><a class="button button--where-to-buy" href="/where-to-buy">Where to buy</a></div></header>
<div class="region region-breadcrumb"><div id="block-ashgrove-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li>
<li><a href="/cocktails">Cocktails</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content"><div id="block-ashgrove-content"
class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-cocktail node--view-mode-full"><h1 class="page-title"><span class="field field--name-title
field--type-string field--label-hidden">${dTitle}</span></h1>
<div class="node__content"><div class="field field--name-field-hero-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/hero/public/cocktails/smoked-pear.jpg" alt="A highball with pear and thyme"></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dIntro)}</div>
<div class="cocktail-facts"><div class="field field--name-field-difficulty field--type-list-string field--label-inline clearfix"><div
class="field__label">Difficulty</div><div class="field__item">Easy</div></div><div class="field field--name-field-glass field--type-string field--label-inline
clearfix"><div class="field__label">Glass</div><div class="field__item">Highball</div></div></div>
<div class="field field--name-field-ingredients field--type-string field--label-above"><h2 class="field__label">Ingredients</h2><div class="field__items"><ul>
${lis(dIng, 'field__item')}</ul></div></div>
<div class="field field--name-field-method field--type-text-long field--label-above"><h2 class="field__label">Method</h2><div class="field__item"><ol>
${lis(dMethod)}</ol><p>${dTip}</p></div></div>
<div class="field field--name-field-made-with field--type-entity-reference field--label-above"><div class="field__label">Made with</div><div
class="field__item"><article class="node node--type-product node--view-mode-teaser"><h3><a
href="/whisky/ashgrove-single-malt">Ashgrove Single Malt, 70cl</a></h3><a
class="button" href="/where-to-buy">Find a stockist</a></article></div></div></div></article>
<div class="drink-aware"><p>Please enjoy Ashgrove responsibly. For the facts, visit drinkwise.example.</p></div></div>
<div class="views-element-container block block-views block-views-blockmore-cocktails-block-1"><h2>More cocktails</h2><div class="view view-more-cocktails">
<div class="view-content"><ul>${links(dMore, 'views-row')}</ul></div></div></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav role="navigation" aria-labelledby="block-footer-menu"
id="block-footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-copyright" class="block block-block-content">
<p>© 2026 Ashgrove Distillery Ltd, Glen Ashby. Registered in Scotland.</p></div></div></footer></div></div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true"><div
id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our
traffic.</div><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button
id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
export const cocktail: TestPage = {
  name: 'heldout287-drupal-spirits-cocktail-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['Ingredients', 'Method'],
  body: texts([...dIntro, ...dIng, ...dMethod, dTip]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Are you of legal drinking age?', 'You must be 18 or over to visit this site.', 'Yes, I am 18 or over', 'Ashgrove Distillery',
    'Main navigation', ...dNav, 'Where to buy', 'Breadcrumb', 'Home', 'Difficulty', 'Easy', 'Glass', 'Made with', 'Ashgrove Single Malt, 70cl',
    'Find a stockist', 'Please enjoy Ashgrove responsibly. For the facts, visit drinkwise.example.', 'More cocktails', ...dMore, 'Footer', ...dFoot,
    '© 2026 Ashgrove Distillery Ltd, Glen Ashby. Registered in Scotland.', 'We use cookies to personalise content and to analyse our traffic.', 'Deny',
    'Allow all',
  ],
};
