import { links, type TestPage, texts } from './page-kit.js';
import { wpcomPost } from './pages-heldout89-d2.js';

/**
 * Held-out batch 89, file d: a university news office story on Drupal (skip link, the alert bar, utility and main nav with
 * the hidden mobile menu, breadcrumbs, the news date, "By" byline, the dek, the lead image with caption and "Photo by"
 * credit, a pull quote, a "Media contact" block and "Share this story" links in the sidebar, Topics, "Related news", the
 * newsletter sign-up, the footer with address and legal links and the EU Cookie Compliance banner) and, from file d2, a
 * WordPress.com hosted blog post with comments.
 */
const unTitle = 'New paper-strip sensor detects lead in tap water in under five minutes';
const unDek = 'Northmoor chemists designed the test to cost less than a dollar, so households and small water systems can check their taps themselves.';
const unP1 = [
  'A team of chemists at Northmoor University has developed a paper test strip that can detect lead in drinking water in less than five minutes, at ' +
    'levels below the federal action limit, and that costs less than a dollar to make.',
  'The strip, described this week in the journal <em>Analytical Methods in Environmental Science</em>, changes from pale yellow to a deep orange when ' +
    'lead is present. A free phone app reads the color and estimates the concentration.',
  '“Most people only find out there is lead in their water when a utility sends a letter or a child has a high blood test,” said Professor Hana Okoye, ' +
    'who led the research. “We wanted something a family could use at the kitchen sink without sending a sample to a lab.”',
];
const unH1 = 'How the strip works';
const unP2 = [
  'The test relies on tiny particles of a gold compound that clump together when they bind lead ions, shifting the color of the strip. The team coated ' +
    'the particles with a short protein fragment that ignores calcium and magnesium, the minerals that caused false readings in earlier designs.',
  'In tests on 212 samples from homes in three cities, the strip agreed with laboratory measurements in 94% of cases. It reliably detected lead at 5 ' +
    'parts per billion, one third of the current federal action level.',
  'Graduate student Teodor Vance, the paper’s first author, spent most of a year on the coating. “We tried more than 60 versions,” he said. ' +
    '“The one ' +
    'that worked was almost the simplest.”',
];
const unQuote = '“We wanted something a family could use at the kitchen sink without sending a sample to a lab.”';
const unH2 = 'Next steps';
const unP3 = [
  'The researchers are working with two rural water systems in the state to test the strips in the field this winter. Small systems often test only a ' +
    'handful of homes each year because lab analysis is costly.',
  'Okoye said the team also wants to adapt the strip for other metals, starting with copper and cadmium. The university has filed a provisional patent ' +
    'and is talking with nonprofit groups about producing the strips at scale.',
  'The work was supported by a grant from the Northmoor Institute for Environmental Health and by the state Department of Environmental Quality.',
];
const unAlert = 'Campus closing early Friday, Nov. 7, for the Founders Day holiday.';
const unUtility = ['Apply', 'Visit', 'Give', 'Students', 'Faculty & Staff', 'Alumni', 'MyNorthmoor'];
const unMain = ['Academics', 'Admissions', 'Research', 'Campus Life', 'Athletics', 'About'];
const unCrumbs = ['Home', 'News'];
const unCaption = 'Graduate student Teodor Vance holds test strips exposed to water with increasing amounts of lead.';
const unCredit = 'Photo by Lucia Ferreira / Northmoor University';
const unMedia = ['Media contact', 'Daniel Osei', 'University Communications', 'dosei@northmoor.edu', '555-014-2290'];
const unShare = ['Share this story', 'Facebook', 'LinkedIn', 'Bluesky', 'Email', 'Copy link'];
const unTopics = ['Topics', 'Chemistry', 'Environment', 'Public Health', 'Research', 'College of Sciences'];
const unRelated = [
  'Related news',
  'Engineering students build water filter from campus waste',
  'Northmoor joins statewide study of PFAS in private wells',
  'Chemist Hana Okoye named to National Academy of Inventors',
];
const unNews = ['Get Northmoor Today in your inbox', 'Top stories from across the university, every Tuesday.', 'Email address', 'Subscribe'];
const unFootAddr = ['Northmoor University', '1200 College Avenue', 'Northmoor, ST 40871', '555-014-2000'];
const unFoot = ['Directory', 'Maps', 'Jobs', 'Emergency Information', 'Accessibility', 'Non-discrimination Notice', 'Privacy', 'Report a Concern'];
const unCopy = '© 2025 Northmoor University. All rights reserved.';
const unCookie = [
  'We use cookies on this site to enhance your user experience',
  'By clicking any link on this page you are giving your consent for us to set cookies.',
  'OK, I agree',
  'No, give me more info',
];
const unP = (t: string): string => `<p>${t}</p>`;
const unHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>New paper-strip sensor detects lead in tap water in under five minutes | Northmoor University News</title>
<meta name="description" content="${unDek}"><meta property="og:site_name" content="Northmoor University News"><meta property="og:type" content="article">
<meta property="og:title" content="${unTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized"
content="width">
<link rel="canonical" href="https://news.northmoor.edu/2025/11/paper-strip-lead-sensor"><link rel="shortlink" href="https://news.northmoor.edu/node/18842">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${unTitle}",
"datePublished":"2025-11-04T09:00:00-0500","author":{"@type":"Person","name":"Celia Anand"},
"publisher":{"@type":"Organization","name":"Northmoor University"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq3k1Zr0b6G8.css?delta=0&amp;language=en&amp;theme=northmoor&amp;include=eJx1jUEK">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18842"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head><body class="path-node page-node-type-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="alert-bar" role="region" aria-label="Campus alert"><p>${unAlert}</p></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-northmoor-branding" class="block block-system
block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/northmoor/logo.svg" alt="Northmoor University"></a><div class="site-name">
<a href="/" rel="home">Northmoor University News</a></div></div>
<nav role="navigation" aria-labelledby="block-utility-menu" id="block-utility" class="block block-menu navigation menu--utility"><h2 class="visually-hidden"
id="block-utility-menu">Utility</h2><ul class="menu">${links(unUtility, 'menu-item')}</ul></nav>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2
class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(unMain, 'menu-item menu-item--expanded')}</ul></nav>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get">
<label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys"><input type="submit" value="Search"></form></div>
<button class="mobile-menu-toggle" aria-expanded="false" aria-controls="mobile-menu">Menu</button><div id="mobile-menu" class="mobile-menu" hidden><ul
class="menu">
${links([...unMain, ...unUtility], 'menu-item')}</ul></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">
Breadcrumb</h2><ol>${unCrumbs.map((t) => `<li><a href="/${t === 'Home' ? '' : 'news'}">${t}</a></li>`).join('')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-northmoor-content" class="block block-system block-system-main-block">
<article role="article" about="/2025/11/paper-strip-lead-sensor" class="node node--type-news-article node--view-mode-full"><div class="node__header">
<div class="field field--name-field-news-date field--type-datetime field--label-hidden field__item"><time datetime="2025-11-04T14:00:00Z">November 4,
2025</time></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${unTitle}</span></h1>
<div class="field field--name-field-dek field--type-string-long field--label-hidden field__item">${unDek}</div>
<div class="field field--name-field-byline field--type-string field--label-hidden field__item">By Celia Anand</div></div>
<div class="field field--name-field-lead-image field--type-entity-reference field--label-hidden field__item"><article class="media media--type-image">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2025-11/lead-strips.jpg" alt="A gloved hand holds five test strips in shades of
yellow to orange">
<div class="media-caption"><p class="caption">${unCaption}</p><p class="credit">${unCredit}</p></div></article></div>
<div class="node__content layout layout--twocol-section layout--twocol-section--67-33"><div class="layout__region layout__region--first">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${unP1.map(unP).join('\n')}
<h2>${unH1}</h2>
${unP2.slice(0, 2).map(unP).join('\n')}
<blockquote class="pull-quote"><p>${unQuote}</p><footer>— Hana Okoye</footer></blockquote>
${unP2.slice(2).map(unP).join('\n')}
<h2>${unH2}</h2>
${unP3.map(unP).join('\n')}
</div>
<div class="field field--name-field-topics field--type-entity-reference field--label-above"><div class="field__label">${unTopics[0]}</div><div
class="field__items">
${unTopics
  .slice(1)
  .map((t) => `<div class="field__item"><a href="/topics/${t.toLowerCase().replace(/ /g, '-')}" hreflang="en">${t}</a></div>`)
  .join('')}</div></div></div>
<div class="layout__region layout__region--second"><div class="block block-layout-builder block-field-blocknodenews-articlefield-media-contact">
<h2 class="block__title">${unMedia[0]}</h2><div class="media-contact"><p class="media-contact__name">${unMedia[1]}</p><p>${unMedia[2]}</p>
<p><a href="mailto:${unMedia[3]}">${unMedia[3]}</a></p><p>${unMedia[4]}</p></div></div><div class="block block-northmoor-share"><h2
class="block__title">${unShare[0]}</h2>
<ul class="share-links">${links(unShare.slice(1), 'share-links__item')}</ul></div></div></div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1"><h2 class="block__title">${unRelated[0]}</h2><div
class="view-content">
${unRelated
  .slice(1)
  .map((t, i) => `<div class="views-row"><article class="node--view-mode-teaser"><h3><a href="/2025/10/related-${i}">${t}</a></h3></article></div>`)
  .join('\n')}</div></div>
<div class="block block-newsletter-signup"><h2 class="block__title">${unNews[0]}</h2><p>${unNews[1]}</p><form class="newsletter-form"><label
for="nl-email">${unNews[2]}</label><input id="nl-email" type="email"><button type="submit">${unNews[3]}</button></form></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div
class="footer-address">${unFootAddr.map((t) => `<p>${t}</p>`).join('')}</div>
<nav role="navigation" aria-labelledby="block-footer-menu" class="block block-menu menu--footer"><h2 class="visually-hidden"
id="block-footer-menu">Footer</h2>
<ul class="menu">${links(unFoot, 'menu-item')}</ul></nav><p class="copyright">${unCopy}</p></div></footer></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-labelledby="popup-text">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"
class="eu-cookie-compliance-message"><h2>${unCookie[0]}</h2><p>${unCookie[1]}</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button
eu-cookie-compliance-default-button">${unCookie[2]}</button>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">${unCookie[3]}</button></div></div></div>
<script src="/sites/default/files/js/js_8tQ0c3v.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=northmoor"></script></body></html>`;
const universityStory: TestPage = {
  html: unHtml,
  name: 'heldout89-drupal-university-news',
  kind: 'news',
  // the dek is body; the pull quote repeats a sentence of the story and is in neither list (its "— Hana Okoye" line too);
  // the date and "By" line are bylines; alert bar, navs (with the hidden mobile copy), breadcrumbs, caption and credit, the
  // media contact block, share links, topics, related news, newsletter, footer and cookie banner are furniture
  title: unTitle,
  headings: [unH1, unH2],
  body: texts([unDek, ...unP1, ...unP2, ...unP3]),
  bylines: ['November 4, 2025', 'By Celia Anand'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', unAlert, 'Northmoor University News', 'Utility', 'Main navigation', 'Breadcrumb', 'Footer', ...unUtility, ...unMain,
    'Search', 'Menu', ...unCrumbs, unCaption, unCredit, ...unTopics,
    ...unMedia, ...unShare, ...unRelated, ...unNews, ...unFootAddr, ...unFoot, unCopy, ...unCookie,
  ],
};

export const HELDOUT89_D: readonly TestPage[] = [universityStory, wpcomPost];
