import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file c2: a pawnshop's FAQ page on Squarespace 7.1 (fluid engine sections, accordion block, footer
 * newsletter block and cookie banner).
 */
const qTitle = 'Pawn & Sell FAQ';
const qIntro = 'Answers to the questions we hear most at the counter. If yours is not here, give us a call during store hours.';
const qItems: [string, string[]][] = [
  [
    'What do I need to pawn or sell an item?',
    ['You need to be 18 or older and bring a current government-issued photo ID. Georgia law requires us to record your ID for every transaction.'],
  ],
  [
    'How much will you give me?',
    [
      j(
        'It depends on what the item is, its condition and how quickly we think it will sell. Loans usually run from a quarter to half',
        'of what we could sell the item for. If you sell outright we can usually offer a little more than a loan.',
      ),
    ],
  ],
  [
    'How long is a pawn loan?',
    [
      j(
        'Loans are written for 30 days, and you can renew them for another 30 days as many times as you like by paying the',
        'interest and fees due. After the due date there is a 30-day grace period before the item is forfeited.',
      ),
    ],
  ],
  [
    'What does a loan cost?',
    [
      j(
        'Interest is 25% a month, which is the rate allowed under Georgia law and includes storage and insurance. On a $100 loan',
        'you pay back $125 at 30 days. Your ticket shows the exact amount and the annual percentage rate.',
      ),
    ],
  ],
  ['Will pawning affect my credit?', ['No. We do not run a credit check and we do not report to any credit bureau, whether you repay the loan or not.']],
  [
    'Can someone else pick up my item?',
    [
      j(
        'Only the person named on the pawn ticket can redeem the item. If you cannot come in yourself, call us and we will explain',
        'how to authorize someone else in writing.',
      ),
    ],
  ],
  [
    'Do you buy phones and tablets?',
    [
      j(
        'Yes, if they are paid off, not reported lost or stolen, and signed out of iCloud or Google. We check every serial number',
        'and IMEI before making an offer. We do not take phones as pawn collateral.',
      ),
    ],
  ],
  [
    'What happens if my item is lost or damaged while you hold it?',
    [
      j(
        'Every pawned item is insured while it is in our care. If something happens to it, we will pay you its value as agreed on',
        'your ticket, less the amount you still owe.',
      ),
    ],
  ],
];
const qNav = ['Pawn', 'Sell', 'Shop Inventory', 'FAQ', 'Visit'];
const qAcc = qItems
  .map(
    ([q, a], i) => `<li class="accordion-item"><div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height:1px;opacity:1"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="accordion-item-yui_3_17_2_1_1712-${i}" id="button-yui_3_17_2_1_1712-${i}" style="padding-top:20px;padding-bottom:20px">
<span class="accordion-item__title" style="padding-right:14px">${q}</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true">
<div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-yui_3_17_2_1_1712-${i}" id="accordion-item-yui_3_17_2_1_1712-${i}">
<div class="accordion-item__description" style="padding-bottom:20px">${ps(a, ' style="white-space:pre-wrap;"')}</div></div>
<div class="accordion-divider" aria-hidden="true" style="height:1px;opacity:1"></div></li>`,
  )
  .join('\n');
const qSection = (id: string, inner: string): string => `<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow horizontal-alignment--center
vertical-alignment--middle white" data-section-id="${id}"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-${id}">${inner}</div></div></div></section>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>FAQ &mdash; Bridgeport Pawn Co.</title>
<link rel="canonical" href="https://www.bridgeportpawn.co/faq"><meta property="og:site_name" content="Bridgeport Pawn Co.">
<meta itemprop="name" content="FAQ &mdash; Bridgeport Pawn Co."><meta name="description" content="${qIntro}">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"63a1f0","siteTitle":"Bridgeport Pawn Co."},"collectionId":"64f2c1"};</script>
<script type="application/ld+json">{"url":"https://www.bridgeportpawn.co","name":"Bridgeport Pawn Co.",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1f0/12/5c5a519771b8/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64f2c1" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header
tweak-global-animations-enabled collection-type-page collection-64f2c1 view-item"><div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="black"
data-controller="Header" data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-border" data-header-style="dynamic"></div>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right"><div class="header-display-desktop"
data-content-order="header-title-nav-actions"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Bridgeport Pawn Co.</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="tel:5550176640">Call (555)
017-6640</a>
</div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f2c1a0">
${qSection(
  '64f2c1a1',
  `<div class="fe-block fe-block-yui_3_17_2_1_1711"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle.replace('&', '&amp;')}</h1><p class=""
style="white-space:pre-wrap;">${qIntro}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1712"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true"
data-is-last-divider-visible="true" data-is-expanded-first-item="" data-accordion-title-alignment="left" data-accordion-icon-placement="right">
${qAcc}</ul></div></div></div>`,
)}
${qSection(
  '64f2c1a2',
  `<div class="fe-block fe-block-yui_3_17_2_1_1713"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Still have a question?</h3><p style="white-space:pre-wrap;">Our staff are happy to help by phone
or in person.</p></div></div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1714"><div class="sqs-block button-block sqs-block-button"
data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"><a href="/visit"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Get directions</a></div></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${qSection(
  '63a1f0f1',
  `<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">Bridgeport Pawn Co.<br>880 Lakeshore Drive, Harlan Springs, GA 30599</p><p style="white-space:pre-wrap;">Mon&ndash;Sat
9&ndash;7</p>
</div></div></div></div><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64f2c2" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Deals of the
week</h2>
<div class="newsletter-form-header-description"><p>New guitars, tools and jewelry every Friday.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_1714">
<label class="newsletter-form-field-label title" for="email-yui_1714-field">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" id="email-yui_1714-field" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span>
<span class="newsletter-form-spinner sqs-spin light large"></span></button></div></div><div class="hidden form-submission-text">Thank you!</div></form>
</div></div></div></div><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">© 2026 Bridgeport Pawn Co. Georgia pawnbroker permit No. 1187.</p></div></div></div></div>`,
)}</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--popup" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand site traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-deny">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771b8/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout554-squarespace-pawn-faq',
  kind: 'docs',
  html: qHtml.replace(/&ndash;/g, '–'),
  title: qTitle,
  headings: qItems.map(([q]) => q),
  body: texts([qIntro, ...qItems.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Bridgeport Pawn Co.', ...qNav.filter((t) => !['Pawn', 'Sell', 'FAQ'].includes(t)), 'Call (555) 017-6640', 'Still have a question?',
    'Our staff are happy to help by phone or in person.', 'Get directions', '880 Lakeshore Drive, Harlan Springs, GA 30599', 'Mon–Sat 9–7',
    'Deals of the week', 'New guitars, tools and jewelry every Friday.', 'Email Address', 'Sign Up',
    '© 2026 Bridgeport Pawn Co. Georgia pawnbroker permit No. 1187.',
    'This website uses cookies to improve your experience and to understand site traffic.', 'Accept', 'Decline',
  ],
};

export const HELDOUT554_C2: readonly TestPage[] = [squarespace];
