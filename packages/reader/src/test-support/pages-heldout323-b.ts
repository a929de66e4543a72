import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout323-kit.js';

/**
 * Held-out batch 323, file b: a court's published judgment summary page on a case-law service in the style of the National
 * Archives' Find Case Law (service header, judgment toolbar with neutral citation and download links, parties box, press
 * summary body, "Important" notice, feedback banner, footer) and a police force's appeal for witnesses on Drupal (utility bar,
 * main menu, breadcrumb, node with reference number field, "Report online" box, share links, related appeals, EU Cookie
 * Compliance banner, footer): both pages whose main text is short.
 */
const cTitle = 'Rex v Dunmore';
const cH1 = 'Summary';
const cBody1 = paras(`
The Court of Appeal allowed an appeal against conviction for possession of a bladed article in a public place, holding that the trial
judge had been wrong to withdraw the defence of good reason from the jury.

The appellant, a 19-year-old apprentice carpenter, was stopped by officers on a railway platform in Aldbury at 7.40 in the morning.
A folding pruning knife with a locking blade was found in his tool bag, together with a chisel set, a tape measure and a flask.`);
const cH2 = 'Background to the appeal';
const cBody2 = paras(`
At trial the appellant said that he carried the knife to cut twine and sash cord on site, and that his employer had told him to bring
his own tools. His employer gave evidence to the same effect. The judge ruled that, because a locking knife was not a tool the
appellant strictly needed, no reasonable jury could find good reason, and directed the jury to convict.`);
const cH3 = 'Reasons for the decision';
const cBody3 = paras(`
The court held that whether an accused had good reason for having a bladed article with him is a question of fact for the jury. A
judge may withdraw the defence only where there is no evidence on which a jury, properly directed, could find it proved on the
balance of probabilities. That threshold was not met here.`);
const cReasons = [
  'The appellant gave an account that was capable of belief and was supported by his employer.',
  'Use at work is expressly mentioned in the statute as an example of good reason; the list is not exhaustive.',
  'Whether a different tool would have done the job is a matter going to weight, not to whether the defence is available at all.',
];
const cBody4 = paras(`
The court added that trial judges should be slow to rule on good reason before the jury has heard all the evidence, since the
credibility of an explanation often cannot be judged until the accused and any supporting witnesses have been cross-examined.

The conviction was quashed. The prosecution did not seek a retrial.`);
const cImportant = paras(`
This summary is provided to help in understanding the court's decision. It does not form part of the reasons for the decision. The full
judgment of the court is the only authoritative document.`);
const cFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Terms of use', 'Open justice licence'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Rex v Dunmore - Case Law Archive</title>
<meta name="description" content="Press summary of Rex v Dunmore [2026] EWCA Crim 412">
<meta name="citation_title" content="Rex v Dunmore"><meta name="citation_date" content="2026-03-06">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Legislation","name":"Rex v Dunmore",
"legislationIdentifier":"[2026] EWCA Crim 412","datePublished":"2026-03-06"}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"document_type":"press_summary"});</script></head>
<body class="judgment-page">
<div class="cookie-consent-banner" id="js-cookie-banner"><h2 class="cookie-consent-banner__heading">This website uses cookies</h2>
<p>We use some essential cookies to make this service work. We would also like to use analytics cookies to understand how you use the
service.</p><button class="button-primary" id="js-accept-cookies">Accept cookies</button>
<button class="button-secondary" id="js-reject-cookies">Reject cookies</button></div>
<header class="page-header"><div class="page-header__container"><a class="page-header__logo" href="/">The Records Office</a>
<a class="page-header__service-name" href="/">Case Law Archive</a>
<nav class="page-header__nav"><ul><li><a href="/judgments/search">Search</a></li><li><a href="/about-this-service">About this
service</a></li><li><a href="/help">Help and guidance</a></li></ul></nav></div></header>
<div class="phase-banner"><strong class="phase-banner__tag">Beta</strong> This is a new service. Help us improve it and
<a href="/feedback">give your feedback</a>.</div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Case Law Archive</a></li><li>Press summary</li></ol></nav>
<main id="main-content" class="judgment-main">
<div class="judgment-toolbar"><div class="judgment-toolbar__container"><p class="judgment-toolbar__label">Press summary</p>
<h1 class="judgment-toolbar__title">${cTitle}</h1>
<dl class="judgment-toolbar__reference"><dt>Neutral Citation Number</dt><dd class="judgment-toolbar__ncn">[2026] EWCA Crim 412</dd>
<dt>Handed down</dt><dd><time datetime="2026-03-06">6 March 2026</time></dd></dl>
<div class="judgment-toolbar__buttons"><a class="judgment-toolbar__download" href="/ewca/crim/2026/412/press-summary/1/data.pdf">Download
PDF (104KB)</a><a class="judgment-toolbar__full" href="/ewca/crim/2026/412">View the full judgment</a></div></div></div>
<div class="judgment-parties" aria-label="Case details"><h2 class="judgment-parties__heading">Case details</h2>
<table class="judgment-parties__table"><tr><th>Court</th><td>Court of Appeal (Criminal Division)</td></tr>
<tr><th>Appellant</th><td>Ellis Dunmore</td></tr><tr><th>Respondent</th><td>Rex</td></tr>
<tr><th>Judges</th><td>Lady Justice Pennicott, Mr Justice Vardy, Her Honour Judge Oakes</td></tr>
<tr><th>Appeal number</th><td>202503117 B4</td></tr></table></div>
<div class="judgment-body"><article class="press-summary">
<h2>${cH1}</h2>
${ps(cBody1)}
<h2>${cH2}</h2>
${ps(cBody2)}
<h2>${cH3}</h2>
${ps(cBody3)}
<ol class="press-summary__reasons">
${lis(cReasons)}
</ol>
${ps(cBody4)}
<div class="press-summary__important"><h3>Important</h3><p>${cImportant[0]}</p></div>
</article></div>
<div class="judgment-end"><a href="#main-content" class="judgment-end__back">Back to top</a></div></main>
<div class="feedback-banner"><p>Is this page useful? <a href="/feedback">Tell us what you think</a></p></div>
<footer class="page-footer"><ul class="page-footer__links">${links(cFoot)}</ul>
<p class="page-footer__licence">Judgments are published under the Open Justice Licence. © The Records Office 2026</p></footer>
<script src="/static/js/dist/app.js"></script></body></html>`;
const caseLaw: TestPage = {
  name: 'heldout323-case-law-archive-judgment-summary-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts([...cBody1, ...cBody2, ...cBody3, ...cReasons, ...cBody4]),
  bylines: ['6 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies', 'Accept cookies', 'Reject cookies', 'The Records Office', 'Case Law Archive', 'Search', 'About this service',
    'Help and guidance', 'Beta', 'This is a new service. Help us improve it and give your feedback.', 'Press summary', 'Neutral Citation Number',
    '[2026] EWCA Crim 412', 'Handed down', 'Download PDF (104KB)', 'View the full judgment', 'Case details', 'Court of Appeal (Criminal Division)',
    'Appellant', 'Ellis Dunmore', 'Respondent', 'Judges', 'Lady Justice Pennicott, Mr Justice Vardy, Her Honour Judge Oakes', 'Appeal number',
    '202503117 B4', 'Important', ...texts(cImportant), 'Back to top', 'Tell us what you think', ...cFoot,
    'Judgments are published under the Open Justice Licence. © The Records Office 2026',
  ],
};

const pTitle = 'Appeal for witnesses after cyclist seriously injured in Hollins Lane collision';
const pBody1 = paras(`
We are appealing for witnesses after a cyclist was seriously injured in a collision with a van in Hollins Lane, Stainforth, on
Monday evening (9 March).

At about 6.15pm a 47-year-old man riding a black road bike was travelling towards the junction with Quarry Hill when he was in
collision with a white Ford Transit van that was turning right into the Hollins Lane industrial estate.

The cyclist was taken to Calderbrook General Infirmary with head and chest injuries, which are described as serious but not life
threatening. The driver of the van, a 29-year-old man, stopped at the scene and is assisting officers with their enquiries.

Officers from the Roads Policing Unit are keen to speak to anyone who saw the collision, or either vehicle in the minutes before it.
We would particularly like to hear from:`);
const pList = [
  'the driver of a dark-coloured hatchback who stopped briefly and is thought to have seen what happened',
  'anyone walking near the bus shelter opposite the industrial estate at the time',
  'drivers with dashcam footage of Hollins Lane between 6pm and 6.30pm',
];
const pBody2 = paras(`
Sergeant Nadia Kowalczyk said: “A man has been left with serious injuries and we need to establish exactly how this happened. Even if
you think what you saw is insignificant, please get in touch.”

Hollins Lane was closed for around four hours while collision investigators examined the scene. We would like to thank
local residents and businesses for their patience while the road was shut.

If you have information, please contact us quoting log 1098 of 9 March.`);
const pUtil = ['Contact us', 'Report', 'Accessibility', 'Cymraeg'];
const pMenu = ['News and appeals', 'Report', 'Advice', 'Your area', 'Careers', 'About us'];
const pRelated = [
  'Witness appeal following burglary at Stainforth pharmacy',
  'Two arrested after stolen quad bikes found near Rishworth',
  'Appeal after woman’s handbag snatched in Calder Square',
];
const pFoot = ['Freedom of information', 'Privacy notice', 'Cookies', 'Complaints', 'Site map'];
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${pTitle} | Calderbrook Police</title><link rel="canonical" href="https://www.calderbrook.police.example/news/appeals/hollins-lane-collision">
<meta property="og:site_name" content="Calderbrook Police"><meta property="og:title" content="${pTitle}">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5821"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script></head>
<body class="path-node page-node-type-appeal"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container"><div class="region region-utility"><nav class="utility-menu"><ul class="menu">${links(pUtil, 'menu-item')}</ul></nav></div>
<header role="banner" class="region region-header"><div id="block-calderbrook-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo">Calderbrook Police</a></div>
<nav role="navigation" aria-labelledby="block-calderbrook-main-menu-menu" id="block-calderbrook-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-calderbrook-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(pMenu, 'menu-item')}</ul></nav>
<div class="emergency-banner"><p>In an emergency always call 999</p></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/news/appeals">Appeals</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-calderbrook-content" class="block block-system block-system-main-block">
<article data-history-node-id="5821" class="node node--type-appeal node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${pTitle}</span></h1>
<div class="node__meta"><span class="field field--name-field-published field--type-datetime">Published: 10 March 2026, 11:42</span>
<div class="field field--name-field-district field--type-entity-reference field--label-inline"><div class="field__label">District</div>
<div class="field__item">Stainforth and Rishworth</div></div></div>
<div class="node__content"><div class="field field--name-field-reference field--type-string field--label-inline">
<div class="field__label">Reference number</div><div class="field__item">1098 09/03/26</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(pBody1)}
<ul>
${lis(pList)}
</ul>
${ps(pBody2)}
</div>
<aside class="report-online-box paragraph paragraph--type-call-to-action"><h2 class="report-online-box__title">Report online</h2>
<p>You can give information about this appeal using our online form. It is quick and secure.</p>
<a class="button button--primary" href="/report/appeal?ref=1098-090326">Report online now</a>
<p>Or call 101. To stay anonymous, call Safe Line on 0800 555 111.</p></aside>
<div class="share-links"><span class="share-links__label">Share this page</span><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li>
<li><a href="#">Email</a></li></ul></div></div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-appeals"><h2>Other appeals</h2>
<div class="view view-related-appeals"><ul>${links(pRelated, 'views-row')}</ul></div></div></div></div></main>
<footer role="contentinfo" class="region region-footer"><ul class="menu">${links(pFoot, 'menu-item')}</ul>
<p class="footer-copyright">© Calderbrook Police 2026</p></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script></body></html>`;
const police: TestPage = {
  name: 'heldout323-drupal-police-witness-appeal-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pBody1, ...pList, ...pBody2]),
  bylines: ['Published: 10 March 2026, 11:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pUtil, 'Calderbrook Police', 'Main navigation', ...pMenu, 'In an emergency always call 999', 'Breadcrumb', 'Home',
    'News', 'Appeals', 'District', 'Stainforth and Rishworth', 'Reference number', '1098 09/03/26', 'Report online',
    'You can give information about this appeal using our online form. It is quick and secure.', 'Report online now',
    'Or call 101. To stay anonymous, call Safe Line on 0800 555 111.', 'Share this page', 'Facebook', 'Email', 'Other appeals', ...pRelated, ...pFoot,
    '© Calderbrook Police 2026', 'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.',
    'More info', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT323_B: readonly TestPage[] = [caseLaw, police];
