import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file b2: an Audubon-style field guide entry on Drupal (node--type-bird, field-- classes, the quick-facts
 * field group, the range map with its credit, the songs player, "Climate threats" promo, donate block, related birds, the
 * newsletter form and the footer).
 */
const bTitle = 'Marsh Lantern-Warbler';
const bSci = 'Acrocephalus lucernis';
const bFacts: [string, string][] = [
  ['Family', 'Reed Warblers'],
  ['Habitat', 'Freshwater reedbeds, wet willow scrub'],
  ['Conservation status', 'Declining in the south of its range; locally common in the north.'],
];
const bH1 = 'Description';
const bP1 = [
  j(
    'A small, plain brown warbler that is far easier to hear than to see. Its upperparts are warm olive-brown, the underparts',
    'buff with a pale throat, and a faint cream stripe runs above the eye. The bill is long and fine, and the tail is often cocked',
    'when the bird clings sideways to a reed stem.',
  ),
];
const bH2 = 'Feeding behavior';
const bP2 = [
  j(
    'Gleans insects and spiders from reed stems and leaves, working slowly upward from the water line. In late summer it also takes',
    'small berries from elder and bramble at the edge of the marsh, which helps it fatten before migration.',
  ),
];
const bH3 = 'Nesting';
const bP3 = [
  j(
    'The nest is a deep cup woven around three or four upright reed stems, about a metre above the water. The female lays four or',
    'five eggs, pale green with darker speckles, and both parents feed the young, which leave the nest after eleven to thirteen days.',
  ),
];
const bH4 = 'Songs and calls';
const bP4 = [
  j(
    'The song is a long, rambling chatter of harsh and sweet notes, often including imitations of other marsh birds, delivered from',
    'deep inside the reeds at night as well as by day. The call is a dry, ticking tchk.',
  ),
];
const bH5 = 'Migration';
const bP5 = [
  j(
    'A long-distance migrant. Adults arrive on their breeding grounds in late April and leave in August and September, travelling',
    'at night. Most winter in the floodplain grasslands far to the south, where they join mixed flocks of other small warblers.',
  ),
];
const bH6 = 'Threats and conservation';
const bP6 = [
  j(
    'Drainage of wetlands and the loss of reedbeds to development have reduced numbers in the south of the range. Where reedbeds',
    'are cut in rotation, leaving some old reed standing each year, local populations have recovered well.',
  ),
  j(
    'Nest-finding studies show that pairs in wide reedbeds raise more young than pairs in narrow strips along ditches, where',
    'predators such as rats and weasels hunt more easily. Creating larger blocks of wet reed is therefore the single most useful',
    'step for the species, and several wetland reserves now manage their water levels with it in mind.',
  ),
];
const bNav = ['Birds', 'Conservation', 'Get Outside', 'News', 'About Us', 'Get Involved'];
const bCrumbs = ['Home', 'Guide to North American Birds'];
const bRelated = ['Sedge Chatterer', 'Willow Reedling', 'Rusty Marsh Wren'];
const bFoot = ['Contact Us', 'Careers', 'Press Room', 'Privacy Policy', 'Terms of Use', 'Accessibility'];
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" />
<meta name="description" content="A small, plain brown warbler that is far easier to hear than to see." />
<link rel="canonical" href="https://www.audubon.org/field-guide/bird/marsh-lantern-warbler" />
<meta property="og:site_name" content="Audubon" /><meta property="og:type" content="article" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><title>Marsh Lantern-Warbler | Audubon Field Guide</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q9Zr1bW0.css?delta=0&amp;language=en&amp;theme=nas" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5081"},
"gtm":{"tagId":"GTM-NASX1"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Marsh Lantern-Warbler",
"publisher":{"@type":"Organization","name":"National Audubon Society"}}</script></head>
<body class="path-node page-node-type-bird"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="header"><div class="region region-header"><div id="block-nas-branding" class="block block-system">
<a href="/" rel="home" class="site-logo">Audubon</a></div>
<nav role="navigation" id="block-nas-main-menu" class="block block-menu navigation menu--main"><ul class="menu">${links(bNav, 'menu-item')}</ul></nav>
<div id="block-donate-button" class="block"><a class="button button--donate" href="/donate">Donate</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(bCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article data-history-node-id="5081" role="article" class="node node--type-bird node--view-mode-full">
<div class="bird-hero"><div class="field field--name-field-bird-hero-image field--type-image">
<img src="/sites/default/files/styles/hero/public/lantern-warbler.jpg" alt="Marsh Lantern-Warbler singing from a reed stem" /></div>
<div class="bird-hero__credit">Photo: Tomasz Wierzba/Audubon Photography Awards</div></div>
<div class="bird-hero__title"><h1 class="page-title"><span class="field field--name-title">${bTitle}</span></h1>
<p class="field field--name-field-scientific-name"><em>${bSci}</em></p></div>
<div class="bird-quick-facts field-group-div"><h2 class="bird-quick-facts__title">Quick facts</h2>
${bFacts.map(([k, v]) => `<div class="field field--label-above"><div class="field__label">${k}</div>\n<div class="field__item">${v}</div></div>`).join('\n')}
</div>
<div class="bird-range-map"><img src="/sites/default/files/range-maps/lantern-warbler.png" alt="Range map" />
<p class="bird-range-map__legend">Breeding · Year-round · Nonbreeding · Migration</p>
<p class="bird-range-map__credit">Range map provided by Bird Atlas Partners</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<h2>${bH1}</h2>
${ps(bP1)}
<h2>${bH2}</h2>
${ps(bP2)}
<h2>${bH3}</h2>
${ps(bP3)}
<h2>${bH4}</h2>
${ps(bP4)}
<div class="bird-audio"><button class="bird-audio__play" aria-label="Play">Listen</button><span class="bird-audio__credit">Audio © Lene Haugvik,
Sound Archive</span></div>
<div class="promo promo--inline"><p class="promo__eyebrow">Climate threats</p><p class="promo__text">See how warming could shift this bird's
range</p></div>
<h2>${bH5}</h2>
${ps(bP5)}
<h2>${bH6}</h2>
${ps(bP6)}
</div>
<div class="bird-related"><h2>Similar birds</h2><ul>${links(bRelated, 'bird-card')}</ul></div>
</article></div></main>
<div class="region region-pre-footer"><div class="block block-newsletter"><h2>Get Audubon in your inbox</h2>
<p>Learn about birds and how you can help them with our weekly newsletter.</p>
<form class="newsletter-signup"><label for="edit-email">Email address</label><button type="submit" class="button">Sign Up</button></form></div></div>
<footer role="contentinfo" class="footer"><ul class="menu menu--footer">${links(bFoot)}</ul>
<p class="footer__copyright">© 2026 National Audubon Society, Inc.</p></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><div class="popup-content info">
<div id="popup-text"><p>This site uses cookies to improve your experience.</p></div><div id="popup-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Got it</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/sites/default/files/js/js_Hf2qf.js"></script></body></html>`;
export const audubon: TestPage = {
  name: 'heldout299-audubon-drupal-guide',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3, bH4, bH5, bH6],
  body: [bSci, ...bFacts.map(([, v]) => v), ...texts([...bP1, ...bP2, ...bP3, ...bP4, ...bP5, ...bP6])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Audubon', ...bNav, 'Donate', 'Breadcrumb', ...bCrumbs, 'Photo: Tomasz Wierzba/Audubon Photography Awards',
    'Quick facts', 'Breeding · Year-round · Nonbreeding · Migration', 'Range map provided by Bird Atlas Partners', 'Listen',
    'Audio © Lene Haugvik, Sound Archive', 'Climate threats', "See how warming could shift this bird's range", 'Similar birds', ...bRelated,
    'Get Audubon in your inbox', 'Learn about birds and how you can help them with our weekly newsletter.', 'Email address', 'Sign Up', ...bFoot,
    '© 2026 National Audubon Society, Inc.', 'This site uses cookies to improve your experience.', 'Got it', 'No, thanks',
  ],
};
