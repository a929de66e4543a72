import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout331-kit.js';
import { sitecoreBirths } from './pages-heldout331-a2.js';

/**
 * Held-out batch 331, file a: a zoo's animal fact page on Drupal 10 (utility bar, main menu, breadcrumb, a "quick facts" field
 * group, a conservation status field, the "Where to see me" map promo, a membership callout, related animals cards, the
 * newsletter block, the footer and the EU cookie compliance banner) and, from file a2, a zoo news story on Sitecore SXA.
 */
const dTitle = 'Red Panda';
const dIntro = [
  j(
    'Red pandas spend most of their lives in the trees of cool mountain forests, and at Harrowgate Zoo our pair, Tashi and Momo,',
    'are most active in the early morning and late afternoon, when they come down to the bamboo feeders near the viewing deck.',
  ),
  j(
    'Despite the name, the red panda is not a close relative of the giant panda. It sits alone in its own family, and its nearest',
    'living relatives are a loose group that includes raccoons, skunks and weasels.',
  ),
];
const dHeads = ['Appearance', 'Diet', 'Behaviour', 'Threats in the wild', 'Our red pandas'];
const dLooks = [
  j(
    'A red panda is about the size of a large house cat, with a body 50 to 64 centimetres long and a ringed tail that adds another',
    '30 to 45 centimetres. Its thick russet coat, white face markings and dark legs help it blend into moss and reddish bark.',
  ),
  j(
    'The soles of its feet are covered in dense fur, which keeps it warm on snowy branches, and a small extended wrist bone works',
    'like a thumb when it grips bamboo stems.',
  ),
];
const dDiet = [
  j(
    'Although it belongs to the carnivore order, a red panda eats mostly bamboo leaves and shoots. Bamboo is hard to digest, so it',
    'has to eat a great deal of it, up to a fifth of its body weight in a day.',
  ),
];
const dDietList = ['Fresh bamboo cut from the zoo’s own plantation', 'Apples and pears, as treats during training', 'A specially made leaf-eater biscuit'];
const dBehave = [
  j(
    'Red pandas are solitary outside the breeding season. They mark their territory with scent glands on their feet and around',
    'the tail, and they communicate with short squeals, twitters and a huff-quack sound when they feel threatened.',
  ),
  j(
    'In hot weather they stretch out flat along a branch with their legs dangling, and in the cold they curl up and wrap the',
    'long tail over their face like a scarf.',
  ),
];
const dCons = [
  j(
    'Wild red pandas live in the eastern Himalayas and the mountains of south-western China. Their forests are being cleared for',
    'farming and firewood, and fewer than 10,000 are thought to remain in the wild.',
  ),
  j(
    'Harrowgate Zoo takes part in the European breeding programme for the species and supports a community forest patrol',
    'project that trains local guardians to monitor red panda droppings and nest trees.',
  ),
];
const dOurs = [
  j(
    'Tashi, our male, arrived from a zoo in the Netherlands in 2022. Momo joined him a year later, and keepers are hopeful that the',
    'pair will breed. You can see them in the Himalayan Heights habitat, next to the snow leopard enclosure.',
  ),
];
const dUtil = ['Plan your visit', 'Tickets', 'Membership', 'Donate'];
const dMenu = ['Visit', 'Animals', 'Conservation', 'Learning', 'Support us', 'About'];
const dFacts = [
  ['Scientific name', 'Ailurus fulgens'],
  ['Lifespan', 'Up to 14 years'],
  ['Weight', '3 to 6 kg'],
  ['Habitat', 'Temperate mountain forest'],
] as const;
const dRelated = ['Snow Leopard', 'Himalayan Tahr', 'Asian Small-clawed Otter'];
const dFoot = ['Contact us', 'Jobs', 'Accessibility', 'Privacy notice', 'Terms and conditions'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="description" content="Meet the red pandas at Harrowgate Zoo: facts about their diet, behaviour and conservation.">
<link rel="canonical" href="https://www.harrowgatezoo.example/animals/red-panda"><meta property="og:site_name" content="Harrowgate Zoo">
<meta property="og:type" content="article"><meta property="og:title" content="Red Panda"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Red Panda"
,"url":"https://www.harrowgatezoo.example/animals/red-panda",
"publisher":{"@type":"Organization","name":"Harrowgate Zoo"}}]}</script>
<title>Red Panda | Harrowgate Zoo</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx8v2pLmK.css?delta=0&amp;language=en&amp;theme=harrowgate">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","isFront":false},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head>
<body class="path-node page-node-type-animal">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header"><div class="region region-utility"><nav role="navigation" aria-labelledby="block-utility-menu"
id="block-utility" class="block block-menu navigation menu--utility"><h2 class="visually-hidden" id="block-utility-menu">Utility</h2>
<ul class="menu">${links(dUtil, 'menu-item')}</ul></nav></div>
<div class="region region-header"><div id="block-harrowgate-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/harrowgate/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Harrowgate Zoo</a></div></div>
<nav role="navigation" aria-labelledby="block-harrowgate-main-menu-menu" id="block-harrowgate-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-harrowgate-main-menu-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(dMenu, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-harrowgate-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/animals">Animals</a></li><li>Red Panda</li></ol></nav></div></div>
<div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-harrowgate-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Red Panda</span></h1></div>
<div id="block-harrowgate-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" role="article" about="/animals/red-panda" class="node node--type-animal node--view-mode-full">
<div class="node__content">
<div class="field field--name-field-hero-image field--type-image field--label-hidden field__item"><figure class="hero-image">
<img src="/sites/default/files/styles/hero/public/2025-05/red-panda-tashi.jpg?itok=Lq7dE2Pk" alt="A red panda resting on a branch" width="1600"
height="900" loading="eager"><figcaption>Tashi on the lookout branch in Himalayan Heights</figcaption>
<span class="credit">Photo: Corin Aldous / Harrowgate Zoo</span></figure></div>
<div class="field-group-quick-facts"><h2 class="field-group-heading">Quick facts</h2><dl class="quick-facts">
${dFacts.map(([k, v]) => `<div class="field field--label-inline"><dt class="field__label">${k}</dt>\n<dd class="field__item">${v}</dd></div>`).join('\n')}
</dl><div class="field field--name-field-iucn-status"><span class="field__label">IUCN status</span>
<span class="iucn-badge iucn-badge--en">Endangered</span></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dHeads[0]}</h2>
${ps(dLooks)}
<h2>${dHeads[1]}</h2>
${ps(dDiet)}
<ul>
${lis(dDietList)}
</ul>
<h2>${dHeads[2]}</h2>
${ps(dBehave)}
<h2>${dHeads[3]}</h2>
${ps(dCons)}
<h2>${dHeads[4]}</h2>
${ps(dOurs)}
</div>
<div class="paragraph paragraph--type--promo-map"><div class="promo-map__inner"><h3 class="promo-map__title">Where to see me</h3>
<p class="promo-map__text">Himalayan Heights, zone C on the zoo map</p><a href="/visit/zoo-map" class="button">Open the zoo map</a></div></div>
<div class="paragraph paragraph--type--callout callout--membership"><h3>Become a member</h3>
<p>Unlimited visits all year and 10% off in the café and shop.</p><a href="/membership" class="button button--primary">Join today</a></div>
</div></article></div>
<div class="views-element-container block block-views" id="block-views-block-related-animals"><h2 class="block-title">You might also like</h2>
<div class="view view-related-animals view-display-id-block_1"><div class="view-content"><ul class="cards">${links(dRelated, 'card views-row')}</ul>
</div></div></div>
</div></div></main>
<div class="region region-pre-footer"><div id="block-newsletter-signup" class="block block-webform"><h2>Keep in touch</h2>
<p>Get animal news, events and offers in your inbox every month.</p>
<form class="webform-submission-form" action="/newsletter"><label for="edit-email">Email address</label><input type="email" id="edit-email" name="email">
<input type="submit" class="button js-form-submit form-submit" value="Sign up"></form></div></div>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="block block-menu menu--footer"><ul class="menu">
${links(dFoot, 'menu-item')}</ul></nav>
<div class="block block-block-content footer-address"><p>Harrowgate Zoo, Mill Lane, Harrowgate HG7 2QT</p>
<p>Harrowgate Zoological Society is a registered charity, number 1094412.</p><p>© 2026 Harrowgate Zoological Society</p></div></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to improve your visit</h2><p>Some cookies are essential; others help us understand how visitors use the site.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.2.4" defer></script>
</body></html>`;
const drupalRedPanda: TestPage = {
  name: 'heldout331-drupal-zoo-animal-page',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dIntro, ...dLooks, ...dDiet, ...dDietList, ...dBehave, ...dCons, ...dOurs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dUtil, ...dMenu, 'Home', 'Tashi on the lookout branch in Himalayan Heights',
    'Photo: Corin Aldous / Harrowgate Zoo', 'Quick facts', ...dFacts.flat(), 'IUCN status', 'Endangered', 'Where to see me',
    'Himalayan Heights, zone C on the zoo map', 'Open the zoo map', 'Become a member', 'Unlimited visits all year and 10% off in the café and shop.',
    'Join today', 'You might also like', ...dRelated, 'Keep in touch', 'Get animal news, events and offers in your inbox every month.', 'Email address',
    ...dFoot, 'Harrowgate Zoo, Mill Lane, Harrowgate HG7 2QT', 'Harrowgate Zoological Society is a registered charity, number 1094412.',
    '© 2026 Harrowgate Zoological Society', 'We use cookies on this site to improve your visit',
    'Some cookies are essential; others help us understand how visitors use the site.', 'Accept all', 'Essential only',
  ],
};

export const HELDOUT331_A: readonly TestPage[] = [drupalRedPanda, sitecoreBirths];
