import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file a2: a law firm's family-law practice-area page on Squarespace 7.1 (page sections with
 * fluid-engine blocks, a "Reviewed by" line, a quote block, a button block, a newsletter block, the cookie banner v2 and
 * the footer sections).
 */
const sTitle = 'Family Law';
const sIntro = [
  j(
    'When a relationship ends, the legal questions arrive all at once: who stays in the house, where the children live, what',
    'happens to a pension built up over twenty years. Our family team helps clients in Carrowdale and across',
    'the county work through those questions calmly, and out of court wherever that is possible.',
  ),
];
const sDivorce = [
  j(
    'Since no-fault divorce arrived, neither spouse has to blame the other. An application can be made alone or jointly, and the',
    'process takes a minimum of about seven months from start to final order. Most of our work is on the financial side, which runs',
    'alongside the divorce and needs its own agreement or court order.',
  ),
  j(
    'We advise on full financial disclosure, valuing businesses and pensions, and drafting a consent order so that the settlement',
    'you reach is binding. Without one, either of you could still make a claim years later.',
  ),
];
const sChildren = [
  j(
    'Arrangements for children are best agreed between parents, and the court expects you to try mediation first unless there',
    'are concerns about safety. Where agreement is not possible, we prepare applications for child arrangements orders and',
    'represent parents at hearings.',
  ),
];
const sChildList = [
  'Child arrangements: where a child lives and how time is spent with each parent',
  'Specific issue orders, such as choice of school or a change of surname',
  'Prohibited steps orders, for example to stop a move abroad',
  'Urgent applications where a child has been taken or kept without agreement',
];
const sQuote = 'They never once made me feel rushed, and they were honest about what a judge would and would not do.';
const sCohab = [
  j(
    'Couples who live together without marrying do not have the same rights on separation, however long the relationship. We',
    'draw up cohabitation agreements and prenuptial agreements, and act in property disputes between former partners.',
  ),
];
const sFees = [
  j(
    'Your first meeting of up to forty-five minutes is charged at a fixed £150 plus VAT. After that we can offer fixed fees for',
    'the divorce application and for a consent order, and we will give you a written estimate for anything charged by the hour.',
    'We do not offer legal aid, but we can tell you whether you may qualify and who locally does.',
  ),
];
const sNav = ['About', 'Family Law', 'Property', 'Wills & Probate', 'Employment', 'Our Team', 'Contact'];
const sFoot = ['Complaints procedure', 'Privacy notice', 'Cookie policy', 'Terms of business'];
const block = (id: string, inner: string): string => `<div class="fe-block fe-block-yui_3_17_2_1_${id}">
<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;&#125;"
id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const sp = (arr: readonly string[]): string => ps(arr, ' class="" style="white-space:pre-wrap;"');
const sh = (t: string): string => `<h2 style="white-space:pre-wrap;">${t}</h2>`;
const section = (id: string, inner: string): string => `<section data-test="page-section" data-section-theme="light"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center"
data-section-id="${id}"><div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-${id}">${inner}</div></div></div></div></section>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Family Law — Penrose &amp; Vale Solicitors</title>
<link rel="canonical" href="https://www.penroseandvale.example/family-law"><meta property="og:site_name" content="Penrose &amp; Vale Solicitors">
<meta property="og:title" content="Family Law — Penrose &amp; Vale Solicitors"><meta property="og:type" content="website">
<meta name="description" content="Divorce, finances and children: family solicitors in Carrowdale.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1f0","siteTitle":"Penrose & Vale Solicitors"},
"templateId":"5c5a519771c10ba3470d8101","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.penroseandvale.example","name":"Penrose & Vale Solicitors","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Penrose & Vale LLP","address":"14 Minster Street\\nCarrowdale, CD1 3JP","@context":"http://schema.org",
"@type":"LocalBusiness"}</script></head>
<body id="collection-64a1f0c3e2" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
header-layout-nav-right collection-type-page collection-64a1f0c3e2 view-item page-family-law">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Penrose &amp; Vale</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
data-animation-role="header-element">${t.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a consultation</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c3e2f1">
${section(
  '64a1f1',
  `${block('1690000000001_11', `<h1 style="white-space:pre-wrap;">${sTitle}</h1>${sp(sIntro)}`)}
${block('1690000000001_12', '<p class="sqsrte-small" style="white-space:pre-wrap;">Reviewed by Harriet Vale, Partner · Updated 12 January 2026</p>')}
<div class="fe-block fe-block-yui_3_17_2_1_1690000000001_13"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div
class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic">
<div class="fluid-image-container sqs-image-content"><img data-src="https://images.squarespace-cdn.example/content/v1/64a1f0/office.jpg"
alt="Meeting room at 14 Minster Street" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p style="white-space:pre-wrap;">Our meeting rooms are on the ground floor,
with step-free access.</p></div></figcaption></figure></div></div></div></div>`,
)}
${section(
  '64a1f2',
  `${block('1690000000002_21', `${sh('Divorce and finances')}${sp(sDivorce)}`)}
${block(
  '1690000000002_22',
  `${sh('Children')}${sp(sChildren)}<ul data-rte-list="default">${sChildList
    .map(
      (t) => `<li><p
style="white-space:pre-wrap;">${t}</p></li>`,
    )
    .join('')}</ul>`,
)}
<div class="fe-block fe-block-yui_3_17_2_1_1690000000002_23"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div
class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>${sQuote}<span>”</span></blockquote>
<figcaption class="source">— A client, 2025</figcaption></figure></div></div></div>
${block('1690000000002_24', `${sh('Unmarried couples and agreements')}${sp(sCohab)}`)}
${block('1690000000002_25', `${sh('Fees')}${sp(sFees)}`)}
<div class="fe-block fe-block-yui_3_17_2_1_1690000000002_26"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Speak to a family lawyer</a>
</div></div></div></div>`,
)}
${section(
  '64a1f3',
  `<div class="fe-block fe-block-yui_3_17_2_1_1690000000003_31"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Legal updates</h2>
<div class="newsletter-form-header-description"><p>Sign up with your email address to receive news and updates.</p></div></div>
<form class="newsletter-form" data-form-id="64a1f9" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_31">Email Address</label>
<input id="email-yui_3_17_2_1_31" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
<div class="form-submission-text" style="display:none;">Thank you!</div></form></div></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
${section(
  '64a1f4',
  `${block('1690000000004_41', '<p style="white-space:pre-wrap;">Penrose &amp; Vale LLP, 14 Minster Street, Carrowdale CD1 3JP · 01632 960882</p>')}
${block('1690000000004_42', '<p style="white-space:pre-wrap;">Authorised and regulated by the Solicitors Regulation Authority, SRA number 812044.</p>')}
${block('1690000000004_43', `<ul data-rte-list="default">${links(sFoot)}</ul>`)}`,
)}
</footer></div>
<div class="sqs-cookie-banner-v2-main sqs-cookie-banner-v2-theme-light"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience and to analyse traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const sqsLaw: TestPage = {
  name: 'heldout314-squarespace71-lawfirm-practice-area',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Divorce and finances', 'Children', 'Unmarried couples and agreements', 'Fees'],
  body: texts([...sIntro, ...sDivorce, ...sChildren, ...sChildList, sQuote, ...sCohab, ...sFees]),
  bylines: ['Reviewed by Harriet Vale, Partner · Updated 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Penrose & Vale', 'About', 'Property', 'Wills & Probate', 'Employment', 'Our Team', 'Contact', 'Book a consultation',
    'Our meeting rooms are on the ground floor, with step-free access.', '— A client, 2025', 'Speak to a family lawyer', 'Legal updates',
    'Sign up with your email address to receive news and updates.', 'Email Address', 'Sign Up', 'We respect your privacy.', 'Thank you!',
    'Penrose & Vale LLP, 14 Minster Street, Carrowdale CD1 3JP · 01632 960882',
    'Authorised and regulated by the Solicitors Regulation Authority, SRA number 812044.', ...sFoot,
    'This site uses cookies to improve your experience and to analyse traffic.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};
