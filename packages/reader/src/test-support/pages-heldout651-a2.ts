import type { TestPage } from './page-kit.js';
import { at, gold, j } from './pages-heldout651-kit.js';

/** Held-out batch 651, file a2: a morris side's "join us" page on Squarespace 7.1 with an image block, an accordion and a form block. */
const sTitle = 'Join the side';
const sBody = [
  j(
    'Greyfield Morris are always glad to meet new dancers and musicians. We are a mixed Cotswold side and we dance the traditions of',
    'Bledington, Fieldtown and our own village, with a few dances we have made up along the way.',
  ),
  j(
    'You do not need to have danced before, and you do not need to be fit when you start, though you will be by May. Practice is',
    'on Wednesday evenings from October to April at Greyfield Village Hall, 7.45 to 9.30, followed by the pub.',
  ),
  'Your first few weeks',
  j(
    'Come along in comfortable clothes and soft-soled shoes. We start every practice with stepping and a slow walk-through of',
    'one dance, so new dancers can pick things up without being thrown in at the deep end. Your first four practices are free;',
    'after that the subs are £45 a year.',
  ),
  j(
    'Most new dancers are out with the side by their first summer. Kit is lent until you are sure you want to stay: white shirt,',
    'black breeches, bell pads and our green and gold baldrics.',
  ),
  'Musicians',
  j(
    'We play for ourselves on melodeon, fiddle and concertina. If you play any of these, or something louder, come and sit in',
    'with the band. Sheet music and recordings of the tunes are shared with new players.',
  ),
];
const sFaq: [string, string][] = [
  ['Do I have to dance out every weekend?', 'No. Summer bookings are on a rota and nobody is expected at every one.'],
  ['Is there an age limit?', j('Dancers must be 16 or over; younger dancers are welcome with a parent. Our oldest dancer is 74.')],
  [
    'What does a season look like?',
    j('We dance out about twenty times between May Day and the end of September, at fêtes, pubs and the', 'Greyfield Day of Dance in July.'),
  ],
];
const sForm = ['Name', 'First Name', 'Last Name', 'Email', 'I am interested in', 'Dancing', 'Playing', 'Both', 'Message', 'Send'];
const sNav = ['Home', 'About', 'Dances', 'Where we dance', 'Join', 'Book us', 'Contact'];
const sFoot = ['Greyfield Morris', 'Greyfield Village Hall, Mill Lane, Greyfield', 'hello@greyfieldmorris.org.uk', 'Instagram', 'Facebook'];
const sCap = 'New dancers at the Boxing Day dance-out, 2026.';
const sec = (inner: string, id: string): string => `<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white"
data-section-id="${id}"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
id="page-section-${id}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">${inner}</div></div></div></div></div></section>`;
const html2 = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const pre = (ps2: readonly string[]): string => ps2.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Join &mdash; Greyfield Morris</title>
<link rel="canonical" href="https://www.greyfieldmorris.org.uk/join"><meta property="og:site_name" content="Greyfield Morris">
<meta property="og:title" content="Join &mdash; Greyfield Morris"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1c0a4","siteTitle":"Greyfield Morris"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.greyfieldmorris.org.uk","name":"Greyfield Morris",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1c0a4/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1c2d9" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
tweak-transparent-header footer-width-full form-field-style-solid image-block-poster-text-alignment-center  collection-type-page collection-layout-default
view-item mobile-style-available sqs-seven-one" tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Greyfield Morris</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === 'Join' ? ' header-nav-item--active' : ''}"><a href="/${n.toLowerCase()}"
data-animation-role="header-element"${n === 'Join' ? ' aria-current="page"' : ''}>${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1c2d9a1b0">
${sec(html2(`<h1 style="white-space:pre-wrap;">${sTitle}</h1>\n${pre(at(sBody, 0, 1))}`, '1677'), '63f1c2d9a1b1')}
${sec(
  `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1690"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element
has-aspect-ratio"><img data-src="https://images.squarespace-cdn.com/content/v1/63f1c0a4/boxing-day.jpg" alt="Dancers in green baldrics outside a pub"
loading="lazy"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCap}</p></div>
</figcaption></figure></div></div>
${html2(
  `<h2 style="white-space:pre-wrap;">${sBody[2]}</h2>\n${pre(at(sBody, 3, 4))}\n<h2
style="white-space:pre-wrap;">${sBody[5]}</h2>\n${pre(at(sBody, 6))}`,
  '1702',
)}`,
  '63f1c2d9a1b2',
)}
${sec(
  `${html2('<h3 style="white-space:pre-wrap;">Questions people ask</h3>', '1731')}
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1744"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items data-is-divider-enabled="true">${sFaq
    .map(
      (
        [q, a],
        i,
      ) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target"
aria-expanded="false" aria-controls="accordion-${i}" id="button-${i}"><span class="accordion-item__title">${q}</span><div class="accordion-icon-container"
aria-hidden="true"><div class="plus"><div class="line"></div><div class="line"></div></div></div></button></h4><div class="accordion-item__dropdown"
role="region" id="accordion-${i}" aria-labelledby="button-${i}"><div class="accordion-item__description"><p class="" style="white-space:pre-wrap;">${a}</p>
</div></div></li>`,
    )
    .join('\n')}</ul></div></div>`,
  '63f1c2d9a1b3',
)}
${sec(
  `<div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1790"><div class="sqs-block-content"><div class="form-wrapper">
<div class="form-title">Say hello</div><div class="form-inner-wrapper"><form data-form-id="63f1c5e0" autocomplete="on" method="POST" novalidate>
<div class="field-list clear"><fieldset id="name-yui" class="form-item fields name required"><legend class="title">${sForm[0]}
<span class="required" aria-hidden="true">*</span></legend><div class="field first-name"><label class="caption"><input class="field-element field-control"
name="fname" type="text"><span class="caption-text">${sForm[1]}</span></label></div><div class="field last-name"><label class="caption">
<input class="field-element field-control" name="lname" type="text"><span class="caption-text">${sForm[2]}</span></label></div></fieldset>
<div id="email-yui" class="form-item field email required"><label class="title" for="email-yui-field">${sForm[3]}
<span class="required" aria-hidden="true">*</span></label><input class="field-element" id="email-yui-field" name="email" type="email"></div>
<div id="radio-yui" class="form-item field radio"><div class="title">${sForm[4]}</div>${at(sForm, 5, 6, 7)
    .map((o) => `<div class="option"><label><input type="radio" name="radio" value="${o}"> ${o}</label></div>`)
    .join('')}</div><div id="textarea-yui" class="form-item field textarea"><label class="title" for="textarea-yui-field">${sForm[8]}</label>
<textarea class="field-element" id="textarea-yui-field"></textarea></div></div><div data-animation-role="button" class="form-button-wrapper
form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit">${sForm[9]}</button>
</div></form></div></div></div></div>`,
  '63f1c2d9a1b4',
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${sec(
  html2(
    `<p class="" style="white-space:pre-wrap;"><strong>${sFoot[0]}</strong><br>${sFoot[1]}<br><a href="mailto:${sFoot[2]}">${sFoot[2]}</a></p>
<p class="" style="white-space:pre-wrap;"><a href="https://instagram.com/greyfieldmorris">${sFoot[3]}</a> &nbsp;·&nbsp; <a
href="https://facebook.com/greyfieldmorris">
${sFoot[4]}</a></p>`,
    '2001',
  ),
  '63f1c2d9a1b9',
)}</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom-bar" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout651-morris-join-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...at(sBody, 2, 5), 'Questions people ask', ...sFaq.map((f) => f[0])],
  body: [...at(sBody, 0, 1, 3, 4, 6), ...sFaq.map((f) => f[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, sCap, 'Say hello', ...sForm, ...sFoot, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
    'Manage cookies',
  ],
});

export const HELDOUT651_A2: readonly TestPage[] = [squarespace];
