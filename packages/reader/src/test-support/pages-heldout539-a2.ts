import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file a2 (file a split): an independent financial adviser's regulatory "Important information" page on
 * Squarespace 7.1 (page sections, HTML and button blocks, cookie banner v2).
 */
const sTitle = 'Important information about our services';
const sSecs: { h: string; ps: string[]; li?: string[] }[] = [
  {
    h: 'Who we are',
    ps: [
      j(
        'Ashgrove Wealth Partners LLP, 14 Mill Lane, Corbridge Vale, CV7 2RT, is authorised and regulated by the Financial Conduct',
        'Authority (FCA). Our Firm Reference Number is 812557. You can check this on the Financial Services Register.',
      ),
    ],
  },
  {
    h: 'Our advice',
    ps: [
      j(
        'We offer independent advice. We consider investment products from the whole market and are not tied to any product',
        'provider. We will only recommend a product after we have assessed your needs and attitude to risk.',
      ),
    ],
    li: ['Pensions, including transfers and drawdown', 'Investments and ISAs', 'Inheritance tax planning', 'Life and income protection'],
  },
  {
    h: 'What you will pay',
    ps: [
      j(
        'Our initial advice fee is 2% of the amount invested, with a minimum of £1,500. Our ongoing service costs 0.75% a year of',
        'the value of the investments we look after, taken monthly from your portfolio. We will always agree the fee with you in',
        'writing before we do any chargeable work.',
      ),
      j(
        'For a portfolio of £200,000, the initial fee would be £4,000 and the ongoing fee £1,500 in the first year, or £125 a',
        'month. You can cancel the ongoing service at any time by writing to us.',
      ),
    ],
  },
  {
    h: 'If you have a complaint',
    ps: [
      j(
        'If you wish to complain, please write to our Compliance Officer at the address above or email complaints@ashgrovewealth.co.uk.',
        'We will acknowledge your complaint within five working days and send a final response within eight weeks.',
      ),
      j(
        'If you are not satisfied with our response, you may refer your complaint to the Financial Ombudsman Service, Exchange Tower,',
        'London E14 9SR, within six months of our final response.',
      ),
    ],
  },
  {
    h: 'Financial Services Compensation Scheme',
    ps: [
      j(
        'We are covered by the Financial Services Compensation Scheme (FSCS). You may be entitled to compensation if we cannot meet',
        'our obligations. Most investment business is covered up to £85,000 per person.',
      ),
    ],
  },
  {
    h: 'Your information',
    ps: [j('We hold your personal data in line with UK data protection law. Our privacy notice explains what we collect, why, and how', 'long we keep it.')],
  },
];
const sNav = ['About', 'Services', 'Fees', 'Insights', 'Contact'];
const sFoot = ['Privacy notice', 'Important information', 'Cookie settings'];
const sUpd = 'Last reviewed: 3 September 2026';
const sBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Important Information — Ashgrove Wealth Partners</title><meta property="og:site_name" content="Ashgrove Wealth Partners">
<meta property="og:title" content="Important Information — Ashgrove Wealth Partners"><link rel="canonical"
href="https://www.ashgrovewealth.co.uk/important-information">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"pageType":2,
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ashgrovewealth.co.uk","name":"Ashgrove Wealth Partners","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64b0e2/23/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64b0e2a1c3d9f51a2b7e0c14"
class="primary-button-style-solid header-width-full tweak-global-animations-enabled collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/ashgrove-logo.png"
alt="Ashgrove Wealth Partners"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div
class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a meeting</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b0e2a1c3d9f51a2b7e0c15">
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--narrow
horizontal-alignment--center vertical-alignment--middle white" data-section-id="64b0e2a1c3d9f51a2b7e0c16">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper" style=""><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64b0e2a1c3d9f51a2b7e0c16"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
${sBlock('1693912', `<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-small" style="white-space:pre-wrap;"><em>${sUpd}</em></p>`)}
${sBlock(
  '1693913',
  sSecs
    .map(
      (s) =>
        `<h2 style="white-space:pre-wrap;">${s.h}</h2>\n${ps(s.ps, ' style="white-space:pre-wrap;"')}${
          s.li
            ? `<ul
data-rte-list="default">${lis(s.li.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>`
            : ''
        }`,
    )
    .join('\n'),
)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1693914"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium"
data-button-type="primary">
<a href="/s/Ashgrove-Client-Agreement-2026.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download our client agreement (PDF)</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${sBlock(
  '1693920',
  `<p class="sqsrte-small">Ashgrove Wealth Partners LLP · 14 Mill Lane, Corbridge Vale, CV7 2RT · 01632 960 227</p>
<p class="sqsrte-small">The value of investments can fall as well as rise and you may get back less than you invested.</p>`,
)}</div>
<div class="col sqs-col-6 span-6">${sBlock(
  '1693921',
  `<p class="sqsrte-small">${sFoot
    .map(
      (t) => `<a
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
    )
    .join(' | ')}</p>`,
)}</div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button><button
class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const ashgrove: TestPage = settle({
  name: 'heldout539-squarespace-ifa-disclosure',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map((s) => s.h),
  body: texts(sSecs.flatMap((s) => [...s.ps, ...(s.li ?? [])])),
  bylines: [sUpd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book a meeting', 'Download our client agreement (PDF)',
    'Ashgrove Wealth Partners LLP · 14 Mill Lane, Corbridge Vale, CV7 2RT · 01632 960 227',
    'The value of investments can fall as well as rise and you may get back less than you invested.', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
});

export const HELDOUT539_A2: readonly TestPage[] = [ashgrove];
