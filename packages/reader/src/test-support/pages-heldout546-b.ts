import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout546-kit.js';

/**
 * Held-out batch 546, file b: a notary's apostille services page built with Wix (free-plan Wix ad banner included), and a
 * mobile notary's what-to-expect guide on Webflow with a booking form.
 */
const wTitle = 'Apostille & Document Authentication';
const wBody = [
  j(
    'Need a document recognised abroad? We prepare, notarize and submit your papers to the Secretary of State so they come back',
    'with an apostille attached, ready for use in any country that belongs to the Hague Convention.',
  ),
  'How it works',
  '1. Send us a photo of your document so we can confirm what it needs.',
  '2. We notarize the document, or order a certified copy if it is a vital record.',
  '3. We hand-deliver it to the Secretary of State in Brennock and collect the apostille.',
  '4. You receive it by courier, usually within 5 to 7 business days.',
  'Documents we handle',
  j(
    'Birth, marriage and death certificates, diplomas and transcripts, powers of attorney, company documents and FBI background',
    'checks. Documents going to countries outside the Hague Convention need embassy legalization instead; ask us for a quote.',
  ),
  'Fees',
  'Standard apostille: $95 per document, state fee included.',
  'Expedited (2 business days): $165 per document.',
];
const wHeads = [1, 6, 8];
const wNav = ['Home', 'Notary Services', 'Apostille', 'Book Now', 'Contact'];
const para = (t: string, tag = 'p', font = 'font_8'): string =>
  `<${tag} class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</span></${tag}>`;
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/5a1c2e_favicon.png">
<script>window.viewerModel = {"site":{"metaSiteId":"3f1e2d7a-91c4-4b5e-a0f2-7d8c9b6a5e41","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<script type="text/javascript">window.fedops = {"data":{"site":{"isWixSite":true}}};</script>
<title>Apostille Services | Brennock Mobile Notary</title><meta name="description" content="Apostille and authentication of documents in Brennock.">
<meta property="og:title" content="Apostille Services | Brennock Mobile Notary"><meta property="og:site_name" content="Brennock Mobile Notary">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness",
"name":"Brennock Mobile Notary","telephone":"555-018-7731"}</script>
<style id="css_masterPage">#comp-lk3x9a1{width:980px}#SITE_HEADER{--bg:255,255,255}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="XYYiMa">
<span class="_Pb1FV">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span>
<span class="lF6ouu">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0"
aria-label="skip to main content" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer">
${rich('kx9b2c1', para('Brennock Mobile Notary', 'p', 'font_6'))}
<nav id="comp-kx9b2d4" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx9b2d4 wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"><span
class="itemDepth02233374943__label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lk3x8z0" class="comp-lk3x8z0 CohWsy wixui-column-strip"><div class="V5AUxf"><div id="comp-lk3x8z1"
class="comp-lk3x8z1 YzqVVZ wixui-column-strip__column">
${rich('lk3x9a1', para(wTitle, 'h1', 'font_0'))}
${rich('lk3x9a2', para(at(wBody, 0)))}
${rich('lk3x9a3', para(at(wBody, 1), 'h2', 'font_2'))}
${rich(
  'lk3x9a4',
  wBody
    .slice(2, 6)
    .map((t) => para(t))
    .join('\n'),
)}
<div id="comp-lk3xa0b1" class="MazNVa comp-lk3xa0b1 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lk3xa0b1"
class="HlRz5e BI8PVQ"
data-image-info="{&quot;containerId&quot;:&quot;comp-lk3xa0b1&quot;}"><img
src="https://static.wixstatic.com/media/5a1c2e_apostille.jpg/v1/fill/w_480,h_320/apostille.jpg"
alt="Apostille certificate with gold seal" style="width:480px;height:320px;object-fit:cover"></wow-image></div></div>
${rich('lk3x9a5', para(at(wBody, 6), 'h2', 'font_2'))}
${rich('lk3x9a6', para(at(wBody, 7)))}
${rich('lk3x9a7', para(at(wBody, 8), 'h2', 'font_2'))}
${rich(
  'lk3x9a8',
  wBody
    .slice(9, 11)
    .map((t) => para(t))
    .join('\n'),
)}
<div id="comp-lk3xb7c2" class="comp-lk3xb7c2 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/book-now" class="uDW_Qe wixui-button
PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Start My Apostille</span></a></div>
</div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('kx9c0f1', [para('Brennock Mobile Notary · 55 Ledger Row, Brennock'), para('555-018-7731 · hello@brennocknotary.example')].join('\n'))}
${rich('kx9c0f2', para('© 2026 by Brennock Mobile Notary. Proudly created with Wix.com', 'p', 'font_9'))}
</div></div></footer></div></div></div>
<div id="BACK_TO_TOP_BUTTON" class="Vd6aQZ ignore-focus BACK_TO_TOP_BUTTON" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixApostille: TestPage = {
  name: 'heldout546-wix-apostille',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads.map((i) => at(wBody, i)),
  body: wBody.filter((_, i) => !wHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Brennock Mobile Notary', ...wNav.filter((t) => t !== 'Apostille'), 'Start My Apostille', 'Brennock Mobile Notary · 55 Ledger Row, Brennock',
    '555-018-7731 · hello@brennocknotary.example', '© 2026 by Brennock Mobile Notary. Proudly created with Wix.com', 'bottom of page',
  ],
};

const fTitle = 'What to Expect at Your Loan Signing Appointment';
const fDek = 'A plain-language walkthrough of the hour you will spend with a notary signing agent, from the first phone call to the last page.';
const fBody = [
  j(
    'If you are buying or refinancing a home, the last step before the money moves is a signing appointment. A notary signing agent',
    'brings the loan package to your kitchen table, your office or a coffee shop, watches you sign and notarizes the pages that',
    'need it. Knowing what happens in that hour makes it shorter and a lot less stressful.',
  ),
  'Before the appointment',
  j(
    'Your signing agent will call or text the day before to confirm the time, the address and the names of everyone who has to',
    'sign. This is a good moment to mention if a signer uses a different name on their ID, or if anyone needs the documents in',
    'large print.',
  ),
  'A current, government-issued photo ID for every signer (driver’s licence, passport or state ID card).',
  'Your checkbook, if the closing disclosure shows you owe funds at closing and your title company accepts checks.',
  'Reading glasses and about an hour of uninterrupted time.',
  'During the signing',
  j(
    'The agent will check each ID against the names on the documents, then go through the package page by page. We explain',
    'what each document is, point out where to sign, date and initial, and make sure nothing is missed. We cannot tell you',
    'whether the loan terms are right for you: questions about rates or fees go to your loan officer, and we will happily pause',
    'while you call them.',
  ),
  j('A typical refinance package is 80 to 120 pages and takes 45 minutes to an hour. Purchases with a second mortgage or a trust', 'can take longer.'),
  j('“The best signings are the ones where the borrower has read the closing disclosure the night before. Nothing on the day is', 'then a surprise.”'),
  'After the signing',
  j(
    'The agent drops the signed package at a courier office the same day, usually within two hours. Your title company reviews',
    'it, and for a refinance your three-day right to cancel begins the next business day. For a purchase, funding normally',
    'happens the same or following day, and the keys are yours once the deed is recorded.',
  ),
];
const fHeads = [1, 6, 10];
const fNav = ['Services', 'Loan Signings', 'Pricing', 'About', 'Book a Notary'];
const fFoot = ['Service area', 'Privacy', 'Terms'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 17:02:11 GMT+0000 -->
<html data-wf-domain="www.tidewaysigning.example" data-wf-page="660f1c2a8b3e4d5f6a7b8c91" data-wf-site="660f1c2a8b3e4d5f6a7b8c10" lang="en"
data-wf-collection="660f1c2a8b3e4d5f6a7b8c55" data-wf-item-slug="loan-signing-what-to-expect"><head><meta charset="utf-8">
<title>${fTitle} | Tideway Signing Co.</title><meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/660f1c2a8b3e4d5f6a7b8c10/css/tideway.webflow.shared.4f2c1a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fTitle}",
"author":{"@type":"Person","name":"Renata Okafor"}}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.com/
660f1c2a8b3e4d5f6a7b8c10/660f1d_tideway-logo.svg" loading="lazy" alt="Tideway Signing Co." class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t, i) => `<a href="/${i}" class="${i === 4 ? 'button nav-button w-button' : 'nav-link w-nav-link'}">${t}</a>`)
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-guide"><div class="container w-container"><div class="guide-eyebrow">Guides</div>
<h1 class="heading-guide">${fTitle}</h1><p class="guide-summary">${fDek}</p>
<div class="guide-meta"><div class="text-block-author">By Renata Okafor</div><div class="dot-sep">·</div><div class="text-block-date">April 14,
2026</div></div></div></section>
<section class="section guide-body"><div class="container narrow w-container"><div class="rich-text-guide w-richtext">
${ps([at(fBody, 0)])}
<h2>${at(fBody, 1)}</h2>${ps([at(fBody, 2)])}
<h4>What to have ready</h4><ul role="list">${fBody
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h2>${at(fBody, 6)}</h2>${ps([at(fBody, 7), at(fBody, 8)])}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/
660f1c2a8b3e4d5f6a7b8c10/6610a2_signing-table.jpg" loading="lazy" alt="Loan documents and a pen on a kitchen table"></div>
<figcaption>A refinance package laid out before signing.</figcaption></figure>
<blockquote>${at(fBody, 9)}</blockquote>
<h2>${at(fBody, 10)}</h2>${ps([at(fBody, 11)])}
</div></div></section>
<section class="section cta-book"><div class="container w-container"><h2 class="heading-cta">Book your signing</h2>
<p class="paragraph-cta">Evenings and weekends at no extra charge across the Tideway coast.</p><div class="form-block w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="form" data-wf-page-id="660f1c2a8b3e4d5f6a7b8c91"
data-wf-element-id="b2f6c1a0-8e9d-4c3b-a7f1-2d5e6c7b8a90"><label for="name" class="field-label">Name</label><input class="text-field w-input" maxlength="256"
name="name" data-name="Name" type="text" id="name"><label for="email" class="field-label">Email Address</label><input class="text-field w-input"
maxlength="256" name="email" data-name="Email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button
w-button" value="Request a time"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand">Tideway Signing Co.</div>
<div class="footer-links">${fFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copy">© 2026 Tideway Signing Co. Commissioned notaries, not attorneys.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=660f1c2a8b3e4d5f6a7b8c10" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/660f1c2a8b3e4d5f6a7b8c10/js/webflow.8a1e2c.js" type="text/javascript"></script></body></html>`;
const tideway: TestPage = {
  name: 'heldout546-webflow-loan-signing-guide',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1), 'What to have ready', at(fBody, 6), at(fBody, 10)],
  body: texts([fDek, ...fBody.filter((_, i) => !fHeads.includes(i))]),
  bylines: ['By Renata Okafor', 'April 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'About'), 'Guides', 'A refinance package laid out before signing.', 'Book your signing',
    'Evenings and weekends at no extra charge across the Tideway coast.', 'Email Address', 'Tideway Signing Co.', ...fFoot.filter((t) => t !== 'Terms'),
    '© 2026 Tideway Signing Co. Commissioned notaries, not attorneys.',
  ],
};

export const HELDOUT546_B: readonly TestPage[] = [wixApostille, tideway];
