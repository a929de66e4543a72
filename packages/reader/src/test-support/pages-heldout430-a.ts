import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';
import { ouNotes } from './pages-heldout430-a2.js';

/**
 * Held-out batch 430, file a: a university alumni magazine feature on Drupal (Olivero-style regions, consent banner,
 * breadcrumbs, byline field with date and reading time, lead image with caption and photo credit, a pull quote, an inline
 * "Read more" promo, share links, tags, related stories view, newsletter block, footer) and, from file a2, a class-notes page.
 */
const dTitle = 'The Long Way Back to the River';
const dDek = 'Thirty years after she left Callender with a geology degree, Ines Marrow is teaching a town to read its own floodplain.';
const dP1 = [
  j(
    'On a gray morning in late October, Ines Marrow &#39;94 kneels at the edge of the Tallis River and pushes a steel rod into the bank.',
    'It sinks almost to her wrist before it stops. “That is last spring,” she says, pulling it free and pointing at the dark band of silt.',
  ),
  j(
    'For most of the past decade, Marrow has run the Lower Tallis Floodplain Trust, a small nonprofit that buys back flood-prone',
    'lots from willing owners and returns them to the river. The trust has acquired 61 parcels so far, most of them in the town of',
    'Pellham Falls, where she grew up.',
  ),
];
const dH1 = 'A degree, and then a detour';
const dP2 = [
  j(
    'Marrow arrived at Callender planning to study chemistry. A required field course in her sophomore year, taught by the late',
    'Professor Anton Vreeland, changed that. The class spent three weeks mapping terraces along a creek north of campus.',
  ),
  j(
    'After graduation she spent eighteen years as a consulting hydrologist, most of it modeling storm runoff for highway',
    'departments. “I was good at it,” she says. “But I was always designing the water out of somebody&#39;s way.”',
  ),
  j(
    'The turning point came in 2013, when a spring flood put four feet of water into the main street of Pellham Falls. Her',
    'parents&#39; house, two blocks from the river, was one of 140 that flooded.',
  ),
];
const dH2 = 'Buying back the bottomland';
const dP3 = [
  j(
    'The trust&#39;s model is simple to describe and slow to carry out. Owners who want to leave are offered the pre-flood',
    'value of their homes, paid with a mix of state mitigation grants and private gifts. The houses are removed, and the lots',
    'are replanted with silver maple, sycamore and river birch.',
  ),
  'Marrow lists what the work has required so far:',
];
const dList = [
  'Sixty-one parcels acquired from willing sellers, none by eminent domain',
  'Roughly 38 acres of reconnected floodplain on both banks',
  'Some 9,000 native trees and shrubs planted by volunteers',
  'A town-owned trail along the restored bank, opened in 2024',
];
const dP4 = [
  j(
    'Not everyone was pleased. Some neighbors worried the empty lots would lower the tax base; others simply did not want to',
    'see the old street disappear. Marrow held more than forty kitchen-table meetings before the first sale closed.',
  ),
  j(
    'The results have begun to show. When the Tallis rose again in April 2025, the water spread across the replanted lots',
    'and crested nine inches lower at the main street bridge than models predicted for the old channel.',
  ),
];
const dH3 = 'Students on the bank';
const dP5 = [
  j(
    'Since 2022, Callender geology students have spent part of each fall semester on the Tallis, measuring sediment and',
    'surveying cross-sections for the trust. Marrow helped design the course with the department and still joins the first',
    'field day every year.',
  ),
  j(
    'Dana Whitcombe &#39;26, who is writing her senior thesis on the restored reach, says the work feels different from a',
    'textbook exercise. “Somebody is going to use these numbers to decide whether to buy the next house,” she says.',
  ),
  j(
    'Marrow hopes the course will outlast her. “A river keeps its own records,” she says, tapping the rod against her boot.',
    '“We are just finally learning how to read them.”',
  ),
];
const dPull = 'I was always designing the water out of somebody’s way.';
const dNav = ['About', 'Current Issue', 'Archive', 'Class Notes', 'Submit a Note', 'Contact the Editors'];
const dCrumbs = ['Home', 'Features', 'Spring 2026'];
const dTags = ['Alumni', 'Earth Sciences', 'Environment', 'Floodplains'];
const dRelated = [
  'The Quiet Archive: Inside the Map Library’s Glass Attic',
  'A Chemist, a Vineyard and a Very Dry Summer',
  'Five Questions for the New Dean of Sciences',
];
const dFoot = ['Accessibility', 'Privacy Notice', 'Non-Discrimination Statement', 'Callender University Home', 'Give to Callender'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="${dDek}"><link rel="canonical" href="https://magazine.callender.example/features/long-way-back-river">
<meta property="og:site_name" content="Callender Magazine"><meta property="og:type" content="article">
<meta property="og:title" content="${dTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"author":{"@type":"Person","name":"Marguerite Osei-Lund"},"datePublished":"2026-03-12T09:00:00-05:00",
"publisher":{"@type":"Organization","name":"Callender University"}}]}</script>
<title>${dTitle} | Callender Magazine</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Zx1.css?delta=0&amp;language=en&amp;theme=callender_mag">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4812",
"currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
<script src="/sites/default/files/js/js_7hQm2.js?scope=header&amp;delta=0"></script></head>
<body class="path-node page-node-type-feature-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="region region-header"><div id="block-callender-mag-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/callender_mag/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Callender Magazine</a></div></div>
<nav role="navigation" aria-labelledby="block-callender-mag-main-menu-menu" id="block-callender-mag-main-menu"
class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-callender-mag-main-menu-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(dNav, 'menu__item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-callender-mag-content" class="block block-system block-system-main-block">
<article data-history-node-id="4812" class="node node--type-feature-article node--view-mode-full">
<div class="node__header"><div class="field field--name-field-kicker field--type-string">Feature</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
<div class="field field--name-field-dek field--type-string-long field--label-hidden">${dDek}</div>
<div class="node__meta"><div class="field field--name-field-byline field--type-string">By Marguerite Osei-Lund</div>
<span class="field field--name-created field--type-created"><time datetime="2026-03-12T14:00:00Z">March 12, 2026</time></span>
<span class="field field--name-field-reading-time">8 min read</span></div></div>
<div class="field field--name-field-lead-image field--type-entity-reference"><figure class="media media--type-image">
<img loading="eager" src="/sites/default/files/styles/wide/public/2026-03/marrow-tallis.jpg" width="1600" height="900"
alt="A woman in a rain jacket crouches on a muddy riverbank.">
<figcaption><span class="caption">Ines Marrow checks sediment depth on a replanted lot along the Tallis River.</span>
<span class="field--name-field-credit">Photo by Joaquín Reyes-Bell</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dP1)}
<h2>${dH1}</h2>
${ps(dP2)}
<aside class="pull-quote"><blockquote><p>“${dPull}”</p></blockquote></aside>
<h2>${dH2}</h2>
${ps(dP3)}
<ul>${dList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(dP4)}
<div class="inline-promo"><p><strong>Read more:</strong> <a href="/news/geology-field-course-turns-50">The geology field course turns 50</a></p></div>
<h2>${dH3}</h2>
${ps(dP5)}
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/tallis-students.jpg"
alt="Students hold a survey rod in shallow water.">
<figcaption>Geology students survey a cross-section of the restored reach. Photo by Callender University / Hal Prentiss</figcaption></figure>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Topics</div>
<ul class="field__items">${links(dTags, 'field__item')}</ul></div>
<div class="social-share"><span class="social-share__label">Share this story</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
<a class="share-x" href="https://x.com/intent/tweet?url=x">X</a><a class="share-linkedin" href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a>
<a class="share-email" href="mailto:?subject=${dTitle}">Email</a></div>
</article></div>
<div class="views-element-container block block-views block-views-blockrelated-stories-block-1"><h2 class="block__title">Related Stories</h2>
<div class="view view-related-stories"><div class="view-content">${dRelated
  .map((r) => `<div class="views-row"><h3 class="views-field views-field-title"><a href="/features/x">${r}</a></h3></div>`)
  .join('\n')}</div></div></div>
<div id="block-newsletter-signup" class="block block-block-content"><h2 class="block__title">Get Callender Magazine in your inbox</h2>
<div class="field--name-body"><p>New stories, class notes and alumni news, twice a month.</p></div>
<form class="newsletter-form"><label for="edit-mail">Email address</label><input id="edit-mail" type="email"><button>Subscribe</button></form></div>
</div></div></main>
<footer role="contentinfo" class="region region-footer"><nav class="menu--footer"><ul class="menu">${links(dFoot)}</ul></nav>
<p class="copyright">© 2026 Callender University. Callender Magazine is published three times a year by the Office of Alumni Relations.</p></footer>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-labelledby="popup-text">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set
cookies.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">
OK, I agree</button><button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div></div></div>
<script src="/sites/default/files/js/js_7hQm2.js?scope=footer&amp;delta=1"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout430-drupal-alumni-magazine-feature',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([...dP1, ...dP2, ...dP3, ...dList, ...dP4, ...dP5]),
  bylines: ['By Marguerite Osei-Lund', 'March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Callender Magazine', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Feature', '8 min read',
    'Ines Marrow checks sediment depth on a replanted lot along the Tallis River.', 'Photo by Joaquín Reyes-Bell', `“${dPull}”`,
    'Read more:', 'The geology field course turns 50',
    'Geology students survey a cross-section of the restored reach. Photo by Callender University / Hal Prentiss', 'Topics', ...dTags,
    'Share this story', 'Facebook', 'LinkedIn', 'Email', 'Related Stories', ...dRelated, 'Get Callender Magazine in your inbox',
    'New stories, class notes and alumni news, twice a month.', 'Email address', 'Subscribe', ...dFoot,
    '© 2026 Callender University. Callender Magazine is published three times a year by the Office of Alumni Relations.',
    'We use cookies on this site to enhance your user experience', 'By clicking any link on this page you are giving your consent for us to set cookies.',
    'OK, I agree', 'More info',
  ],
};

export const HELDOUT430_A: readonly TestPage[] = [drupal, ouNotes];
