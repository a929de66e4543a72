import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout561-kit.js';

/**
 * Held-out batch 561, file b: a language list and rates page on Squarespace 7.1 (fluid engine blocks, tables in a markdown
 * block, newsletter block, cookie banner).
 */
const sTitle = 'Languages and Rates';
const sIntro = [
  j(
    'We translate into and out of English in more than forty languages. Every job is handled by a professional translator who',
    'works into their mother tongue, and every translation is checked by a second linguist before it reaches you.',
  ),
];
const sLangH = 'Languages we work with';
const sGroups: readonly (readonly [string, readonly string[]])[] = [
  [
    'European languages',
    [
      'French, German, Italian, Spanish and Portuguese',
      'Polish, Czech, Slovak and Hungarian',
      'Romanian, Bulgarian and Greek',
      'Dutch, Danish, Norwegian and Swedish',
    ],
  ],
  [
    'Asian languages',
    ['Mandarin Chinese (simplified and traditional)', 'Japanese and Korean', 'Vietnamese, Thai and Tagalog', 'Hindi, Punjabi, Urdu and Bengali'],
  ],
  [
    'Middle Eastern and African languages',
    [
      'Arabic (Modern Standard, Egyptian and Levantine)',
      'Farsi, Dari and Pashto',
      'Turkish and Kurdish (Sorani and Kurmanji)',
      'Amharic, Tigrinya, Somali and Swahili',
    ],
  ],
];
const sTransH = 'Translation rates';
const sTransNote = 'Rates are per word of the source document. The minimum charge covers short texts such as certificates and letters.';
const sTransRows: readonly (readonly string[])[] = [
  ['Band A: French, German, Spanish, Italian', '£0.09', '£40'],
  ['Band B: Polish, Portuguese, Dutch, Romanian', '£0.10', '£45'],
  ['Band C: Arabic, Chinese, Turkish, Farsi', '£0.12', '£50'],
  ['Band D: Japanese, Korean, Amharic, Tigrinya', '£0.14', '£55'],
];
const sIntH = 'Interpreting rates';
const sIntRows: readonly (readonly string[])[] = [
  ['Telephone interpreting', '£1.20 per minute', 'No minimum'],
  ['Video interpreting', '£42 per hour', '30 minutes'],
  ['Face-to-face interpreting', '£48 per hour', '2 hours'],
  ['Court and tribunal work', '£55 per hour', 'Half day'],
];
const sAfter = [
  j(
    'All prices exclude VAT. Travel time for face-to-face assignments is charged at half the hourly rate, and mileage at 45p a',
    'mile. Cancellations made less than 24 hours before an assignment are charged in full.',
  ),
  j('Need a language that is not listed? Ask us. We regularly find translators for rarer languages such as Tetum, Wolof and', 'Romani.'),
];
const sNav = ['Home', 'Translation', 'Interpreting', 'Languages and Rates', 'About', 'Contact'];
const sCookie = 'This site uses cookies to provide you with a great user experience. By using this website, you agree to the use of cookies.';
const sBlock = (id: string, type: string, inner: string): string =>
  `<div class="fe-block fe-block-${id}"><div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${type === 'html' ? 2 : 44}"
id="block-${id}">` + `<div class="sqs-block-content">${inner}</div></div></div>`;
const sTable = (rows: readonly (readonly string[])[], head: readonly string[]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${trs(rows)}</tbody></table>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Languages and Rates — Halden Language Studio</title>
<link rel="canonical" href="https://www.haldenlanguage.example/languages-and-rates"><meta property="og:site_name" content="Halden Language Studio">
<script type="application/ld+json">{"url":"https://www.haldenlanguage.example","name":"Halden Language Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Halden Language Studio","address":"7 Tanner Street\\nMarlow Vale","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","pageType":2,
"website":{"siteTitle":"Halden Language Studio"}};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-d3d2e3f1e5c4b0a8f4d2-min.en-US.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/64a1c2/18/5c5a519771c10ba3470d8101/64a1c2f0/1527/site.css" rel="stylesheet"></head>
<body id="collection-64a1c3d9" class="header-overlay-alignment-center header-width-full tweak-fixed-header-style-basic
tweak-blog-alternating-side-by-side-width-full
primary-button-style-solid primary-button-shape-pill form-field-style-solid
collection-type-page collection-64a1c3d9 collection-layout-default mobile-style-available
sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Halden Language Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === sTitle ? ' header-nav-item--active' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}"
${t === sTitle ? 'aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Get a quote</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c3d9f1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1c3e0"><div class="section-border"><div
class="section-background">
</div></div><div class="content-wrapper" style=""><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64a1c3e0">
${sBlock(
  'a91c',
  'html',
  `<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sLangH}</h2></div>`,
)}
${sGroups
  .map(([h, items], i) =>
    sBlock(
      `b7${i}e`,
      'html',
      `<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${h}</h3><ul data-rte-list="default">${lis(
        items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`),
      )}</ul></div>`,
    ),
  )
  .join('\n')}
${sBlock(
  'c33f',
  'markdown',
  `<div class="sqs-layout sqs-markdown"><h2>${sTransH}</h2><p>${sTransNote}</p>
${sTable(sTransRows, ['Language group', 'Per word', 'Minimum charge'])}</div>`,
)}
${sBlock('d48a', 'markdown', `<div class="sqs-layout sqs-markdown"><h2>${sIntH}</h2>${sTable(sIntRows, ['Service', 'Rate', 'Minimum booking'])}</div>`)}
${sBlock('e5b2', 'html', `<div class="sqs-html-content">${ps(sAfter, ' class="" style="white-space:pre-wrap;"')}</div>`)}
${sBlock(
  'f61d',
  'button',
  `<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"
data-button-size="medium" data-button-type="primary"><a href="/contact"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element"
data-initialized="true">Request a quote</a></div>`,
)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section section-height--small light" data-section-id="64a1c3e1">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"
id="block-yui_3_17_2_1_1689">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64a1c4aa" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description"><p>Sign up for news about new languages and
offers.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required"
id="email-yui_3_17_2_1_1689"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1689-field">Email Address</label>
<input id="email-yui_3_17_2_1_1689-field" class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email"
placeholder="Email Address">
</div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span
class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1c3f2">
${sBlock(
  '0a1b',
  'html',
  `<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><strong>Halden Language Studio</strong></p><p class=""
style="white-space:pre-wrap;">7 Tanner Street, Marlow Vale</p><p class="" style="white-space:pre-wrap;">hello@haldenlanguage.example</p></div>`,
)}
${sBlock(
  '0c2d',
  'html',
  `<div class="sqs-html-content"><p class="sqsrte-small"
style="white-space:pre-wrap;">© 2026 Halden Language Studio. Registered in Marlow Vale no. 0481152.</p></div>`,
)}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept sqs-button-element--primary"
type="button">Accept</button><button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary" type="button">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout561-squarespace-languages-rates',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sLangH, ...sGroups.map(([h]) => h), sTransH, sIntH],
  body: texts([...sIntro, ...sGroups.flatMap(([, items]) => items), sTransNote, ...rowTexts(sTransRows), ...rowTexts(sIntRows), ...sAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Halden Language Studio', 'Home', 'About', 'Contact', 'Get a quote', 'Request a quote', 'Stay in the loop',
    'Sign up for news about new languages and offers.', 'Email Address', 'Sign Up', 'We respect your privacy.', '7 Tanner Street, Marlow Vale',
    'hello@haldenlanguage.example', '© 2026 Halden Language Studio. Registered in Marlow Vale no. 0481152.', sCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT561_B: readonly TestPage[] = [squarespace];
