import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout372-kit.js';

/**
 * Held-out batch 372, file b: a press release with notes to editors on Oxfam International's Drupal press-release template for
 * the invented Fairbridge Relief (breadcrumb, "Published" line, body, Notes to editors field, contact information field,
 * share links, "Related" teasers, newsletter block, footer), and a special rapporteur's statement on the OHCHR Drupal news
 * template (language switcher, breadcrumb, date and location line, "ENDS" marker, expert biography, media contacts, tags,
 * related news and footer).
 */
const fTitle = 'Grain stored for export while 2.3 million face hunger in northern Ostrava Plains, warns Fairbridge';
const fBody = [
  j(
    'Nearly 400,000 tonnes of maize are sitting in port silos in the northern Ostrava Plains, earmarked for export, while 2.3 million',
    'people in the same region do not have enough to eat, Fairbridge Relief said today.',
  ),
  j(
    'Prices for a basic food basket in the provincial markets have risen by 68 percent since the harvest failed in September. Many',
    'families now eat one meal a day and have sold livestock and tools to buy flour. In the district of Kerrow, one in five children',
    'under five is acutely malnourished.',
  ),
  j(
    '“It is unacceptable that food is leaving the region on ships while mothers in Kerrow are boiling leaves for their children,” said',
    'Adaeze Morrow, Fairbridge’s country director. “The government and the trading companies have the means to change this within weeks.”',
  ),
  'Fairbridge is calling on the provincial authorities and the grain traders operating in the ports to:',
];
const fCalls = [
  'release at least a quarter of the stored maize to local markets at controlled prices;',
  'fund an emergency cash transfer for the 600,000 most affected households;',
  'publish monthly figures on grain stocks and exports so that communities can hold them to account.',
];
const fBody2 = [
  j(
    'Fairbridge and its local partners are providing cash, seeds and clean water to 140,000 people in the worst-affected districts, but',
    'the organization’s appeal is only 31 percent funded.',
  ),
];
const fHeads = ['Notes to editors'];
const fNotes = [
  'The figures on malnutrition come from a district nutrition survey carried out by the provincial health office in January 2026.',
  'Price data are drawn from Fairbridge’s weekly market monitoring in twelve provincial markets.',
  'Spokespeople are available in Kerrow and in the provincial capital for interviews in English and Ostravan.',
];
const fNav = ['What we do', 'Where we work', 'Get involved', 'Press', 'About us'];
const fRelated = ['Drought and debt: why the Ostrava harvest failed', 'Emergency appeal: Ostrava Plains food crisis'];
const fFoot = ['Contact', 'Jobs', 'Privacy policy', 'Terms and conditions', 'Report misconduct'];
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${fTitle} | Fairbridge Relief</title><meta name="description" content="Nearly 400,000 tonnes of maize are sitting in port silos.">
<meta property="og:type" content="article"><meta property="og:title" content="${fTitle}">
<link rel="canonical" href="https://www.fairbridge.example/en/press-releases/grain-stored">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"Grain stored for export while 2.3 million face hunger",
"datePublished":"2026-03-05T09:00:00+0000","publisher":{"@type":"Organization","name":"Fairbridge Relief"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"press_release","language":"en"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/fairbridge/css/style.css"></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header id="header" class="header" role="banner"><div class="header__logo">
<a href="/en" rel="home">Fairbridge Relief</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block block-menu">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(fNav, 'menu-item')}</ul></nav><a class="button button--donate" href="/en/donate">Donate</a></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<ol><li><a href="/en">Home</a></li><li><a href="/en/press-releases">Press releases</a></li></ol></nav></div>
<article role="article" class="node node--type-press-release node--view-mode-full">
<div class="press-release__header"><span class="press-release__type">Press release</span>
<h1 class="page-title"><span class="field field--name-title">${fTitle}</span></h1>
<div class="press-release__date">Published: 5th March 2026</div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(fBody)}
<ul>${lis(fCalls)}</ul>
${ps(fBody2)}
</div>
<div class="field field--name-field-notes-to-editors"><h2 class="field__label">${fHeads[0]}</h2><div class="field__item"><ul>${lis(fNotes)}</ul></div></div>
<div class="field field--name-field-contact-information"><h2 class="field__label">Contact information</h2><div class="field__item">
<p>Tomas Eberle | Media lead | tomas.eberle@fairbridge.example | +44 7700 900412</p>
<p>For updates, please follow @FairbridgeMedia</p></div></div>
<div class="share-links"><span class="share-links__label">Share this page:</span><ul>
<li><a href="https://www.facebook.com/sharer/sharer.php">Share on Facebook</a></li><li><a href="https://x.com/intent/tweet">Share on X</a></li>
<li><a href="https://www.linkedin.com/shareArticle">Share on LinkedIn</a></li></ul></div></div></article>
<section class="related-content"><h2 class="related-content__title">Related</h2><ul class="teaser-list">${links(fRelated, 'teaser')}</ul></section>
<section class="block-newsletter"><h2>Sign up for email updates</h2><p>Be the first to hear about our work and how you can help.</p>
<form><label for="edit-mail">Email</label><input type="email" id="edit-mail"><input type="submit" value="Subscribe" class="button"></form></section></main>
<footer class="footer" role="contentinfo"><ul class="menu menu--footer">${links(fFoot)}</ul>
<p class="footer__legal">Fairbridge Relief is a registered charity in England and Wales (No. 1187754).</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<p>We use cookies to give you the best experience on our website.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Decline</button></div></div></div></div></body></html>`;
const fairbridge: TestPage = {
  name: 'heldout372-oxfam-drupal-press-release-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fBody, ...fCalls, ...fBody2, ...fNotes]),
  bylines: ['Published: 5th March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...fNav, 'Donate', 'Home', 'Press releases', 'Press release', 'Contact information',
    'Tomas Eberle | Media lead | tomas.eberle@fairbridge.example | +44 7700 900412', 'For updates, please follow @FairbridgeMedia', 'Share this page:',
    'Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Related', ...fRelated, 'Sign up for email updates',
    'Be the first to hear about our work and how you can help.', 'Email', ...fFoot,
    'Fairbridge Relief is a registered charity in England and Wales (No. 1187754).', 'We use cookies to give you the best experience on our website.',
    'Accept all', 'Decline',
  ],
};

const oTitle = 'Verenia: UN expert alarmed by mass arrests of housing activists ahead of municipal elections';
const oBody = [
  j(
    'GENEVA – A UN expert today expressed alarm at the arrest of at least 140 housing activists in Verenia in the three weeks before',
    'municipal elections, and urged the authorities to release all those held for peacefully defending the right to adequate housing.',
  ),
  j(
    '“Those arrested include tenants’ association leaders, a retired schoolteacher and two students who organised a sit-in outside a',
    'housing office,” said Lucía Brennvik, the Special Rapporteur on the right to adequate housing. “Peacefully asking the state to',
    'respect its obligations is not a crime.”',
  ),
  j(
    'According to information received by the expert, most of those detained were charged with “obstructing public order” under a 2019',
    'decree that allows detention for up to 60 days without a court hearing. Several have reportedly been denied access to a lawyer of',
    'their choice, and at least three are being held in a facility several hundred kilometres from their families.',
  ),
  j(
    'The arrests follow months of protest against the demolition of the Saltmarket and Ivory Quay neighbourhoods, where some 9,000',
    'people live in housing built in the 1960s. The Special Rapporteur raised her concerns about the demolition plans with the',
    'Government in a communication sent in November 2025 and has yet to receive a reply.',
  ),
  j(
    '“Elections must never serve as a pretext to silence those who challenge public policy,” Brennvik said. “I call on the',
    'Government to release all those detained for their peaceful activism, to drop the charges against them and to open a genuine',
    'dialogue with the affected communities.”',
  ),
  'The expert’s call has been endorsed by the Special Rapporteur on the rights to freedom of peaceful assembly and of association.',
];
const oBio = [
  j(
    'Ms. Lucía Brennvik is the Special Rapporteur on the right to adequate housing. Special Rapporteurs are part of what is known as',
    'the Special Procedures of the Human Rights Council. They are independent of any government or organization and serve in their',
    'individual capacity.',
  ),
];
const oCrumbs = ['Home', 'News and events', 'Press releases'];
const oNav = ['About us', 'Human rights bodies', 'Countries', 'Issues', 'News and events', 'Publications'];
const oTags = ['Right to housing', 'Human rights defenders'];
const oRelated = ['Housing rights expert to visit coastal cities next month', 'Evictions during winter months must stop, say UN experts'];
const oFoot = ['Contact us', 'Careers', 'Privacy notice', 'Terms of use', 'Fraud alert', 'FAQ'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/"><head><meta charset="utf-8">
<title>${oTitle} | OHCHR</title><meta name="description" content="A UN expert today expressed alarm at the arrest of at least 140 housing activists.">
<meta property="og:site_name" content="OHCHR"><meta property="og:type" content="article"><meta name="twitter:site" content="@UNHumanRights">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Verenia: UN expert alarmed by mass arrests",
"datePublished":"2026-03-09","publisher":{"@type":"GovernmentOrganization","name":"OHCHR"}}</script>
<script>window.dataLayer=window.dataLayer||[];
(function(w,d,s,l,i){w[l].push({'gtm.start':new Date().getTime()});})(window,document,'script','dataLayer','GTM-OHCHR');</script>
<link rel="stylesheet" media="all" href="/themes/custom/ohchr_theme/dist/css/main.css"></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="ohchr-language-switcher"><ul class="links">
<li hreflang="ar"><a href="/ar">العربية</a></li><li hreflang="zh"><a href="/zh">中文</a></li><li hreflang="en" class="is-active"><a href="/en">English</a></li>
<li hreflang="fr"><a href="/fr">Français</a></li><li hreflang="ru"><a href="/ru">Русский</a></li><li hreflang="es"><a href="/es">Español</a></li></ul></div>
<header class="ohchr-header" role="banner"><a class="ohchr-header__logo" href="/en">United Nations Human Rights Office of the High Commissioner</a>
<nav class="ohchr-main-menu" aria-label="Main navigation"><ul class="ohchr-main-menu__list">${links(oNav, 'ohchr-main-menu__item')}</ul></nav></header>
<main id="main-content" class="ohchr-main"><div class="ohchr-breadcrumb"><nav aria-label="Breadcrumb"><ol>${links(oCrumbs, 'breadcrumb-item')}</ol></nav></div>
<article class="ohchr-press-release node--type-press-release">
<div class="ohchr-press-release__header"><div class="ohchr-press-release__type">Press releases</div>
<h1 class="page-title">${oTitle}</h1>
<div class="ohchr-press-release__meta"><span class="field--name-field-published-date"><time datetime="2026-03-09T12:00:00Z">09 March 2026</time></span></div>
<div class="ohchr-share"><span>Share</span><a href="https://twitter.com/share" aria-label="Share on Twitter">Twitter</a>
<a href="https://www.facebook.com/sharer.php" aria-label="Share on Facebook">Facebook</a><a href="mailto:?subject=UN expert" aria-label="Email">Email</a>
</div></div>
<div class="ohchr-press-release__body field--name-body">
${ps(oBody)}
<p class="text-align-center">ENDS</p>
${ps(oBio)}
</div>
<div class="ohchr-press-release__contacts"><h2>Media contacts</h2>
<p>For inquiries and media requests, please contact: Rafaela Timm (rafaela.timm@un.example)</p>
<p>Follow news related to the UN’s independent human rights experts on X: @UN_SPExperts</p></div>
<div class="ohchr-tags"><h2 class="ohchr-tags__title">Tags</h2><ul>${links(oTags, 'ohchr-tag')}</ul></div></article>
<section class="ohchr-related"><h2>Related</h2><ul>${links(oRelated, 'ohchr-related__item')}</ul></section></main>
<footer class="ohchr-footer" role="contentinfo"><ul class="ohchr-footer__menu">${links(oFoot)}</ul>
<p class="ohchr-footer__copyright">© OHCHR 1996-2026</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>Cookies help us improve your experience and understand how the site is used.</p></div>
<div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">OK, I agree</button>
<button type="button" class="decline-button">No, thanks</button></div></div></body></html>`;
const ohchr: TestPage = {
  name: 'heldout372-ohchr-drupal-expert-statement-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([...oBody, ...oBio]),
  bylines: ['09 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'العربية', 'English', 'Français', 'Русский', 'Español', 'United Nations Human Rights Office of the High Commissioner',
    ...oNav, ...oCrumbs, 'ENDS', 'Media contacts', 'For inquiries and media requests, please contact: Rafaela Timm (rafaela.timm@un.example)',
    'Follow news related to the UN’s independent human rights experts on X: @UN_SPExperts', 'Share', 'Twitter', 'Facebook', 'Email', 'Tags', ...oTags,
    'Related', ...oRelated, ...oFoot, '© OHCHR 1996-2026', 'We use cookies on this site',
    'Cookies help us improve your experience and understand how the site is used.', 'OK, I agree', 'No, thanks',
  ],
};

export const HELDOUT372_B: readonly TestPage[] = [fairbridge, ohchr];
