import { ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file b: an installation case study on a Squarespace 7.1 blog (announcement bar, image captions, a quote
 * block, item pagination) and a heat pump grant explainer on Webflow (CMS rich text, an FAQ, hidden form states).
 */
const sTitle = 'A 9.6 kWp roof and a 13.5 kWh battery for a dairy farmhouse near Ashby Cross';
const sBody = [
  j(
    'The Pellings run a 120-cow dairy herd outside Ashby Cross and were spending more on electricity for the farmhouse and the',
    'parlour than on feed supplements. They asked us to look at solar in January; the system was switched on in the first week of April.',
  ),
  'The brief',
  j(
    'Most of the farm\u2019s load falls at milking, at 5 am and 4 pm, when the sun is low or gone. Panels alone would have exported',
    'most of their output, so the brief was a system sized for the roof with enough storage to carry the morning milking.',
  ),
  'What we installed',
  '24 all-black 400 W panels on the south-west slope of the farmhouse roof',
  'a 13.5 kWh battery in the old dairy, on its own isolated circuit',
  'a 10 kW hybrid inverter with a backup output for the milk cooling tank',
  'export limiting set at 5 kW, as agreed with the network operator',
  'How it went',
  j(
    'The farmhouse roof is slate on oak purlins, so we spent a day on the survey and brought in a structural engineer to confirm',
    'the loading. We replaced twenty-two cracked slates while the scaffolding was up, at the family\u2019s request.',
  ),
  j(
    'The install itself took three days. The longest job was the cable run to the dairy, 40 metres across the yard, which went in',
    'a trench alongside the existing water main.',
  ),
  j(
    'In the first eight weeks the system generated 2,310 kWh and the family bought 61% less electricity than in the same weeks last',
    'year. The battery covered the morning milking on all but four days.',
  ),
  '\u201cWe used to dread the bill coming in. Now I check the app after milking to see how much the battery has left.\u201d',
  '\u2014 Sarah Pelling, Holm Farm',
];
const sNav = ['Home', 'Solar', 'Batteries', 'Projects', 'About', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Holm Farm: solar and battery for a dairy farmhouse &mdash; Fellside Renewables</title>
<link rel="canonical" href="https://www.fellsiderenewables.co.uk/projects/holm-farm-solar-battery">
<meta property="og:site_name" content="Fellside Renewables"><meta property="og:type" content="article"><meta itemprop="author" content="Fellside Renewables">
<meta itemprop="datePublished" content="2027-05-28T09:30:00+0100">
<script type="application/ld+json">{"url":"https://www.fellsiderenewables.co.uk","name":"Fellside Renewables","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"Holm Farm: solar and battery for a dairy farmhouse"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-b4d3ef.css" type="text/css" rel="stylesheet">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1e2a","siteTitle":"Fellside Renewables"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1e2a/18/site.css"></head>
<body id="item-6655f1b2" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-narrow tweak-blog-item-alignment-left
tweak-blog-item-show-date tweak-blog-item-show-author-name header-overlay-alignment-center view-item collection-type-blog-basic collection-layout-default
mobile-style-available sqs-seven-one">
<div class="header-announcement-bar-wrapper"><a href="/contact" class="sqs-announcement-bar-url" aria-labelledby="announcement-bar-text-inner-id"></a>
<div class="sqs-announcement-bar-custom-location"><div class="sqs-announcement-bar-dropzone"><div id="announcement-bar-text-inner-id"
class="sqs-announcement-bar-text-inner"><p>Now booking surveys for August. Free battery health check for existing customers.</p></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right"><div class="header-display-desktop"
data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f1e2a/logo.png"
alt="Fellside Renewables"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === 'Projects' ? ' header-nav-item--active' : ''}">
<a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/survey">Book a survey</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6655f1b2a1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6655f1b2a1"><div class="content-wrapper">
<div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry blog-item hentry category-farms author-fellside-renewables post-type-text article-index-1">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1>
</div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2027-05-28">
28 May</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/projects?author=5f1e2b">Tom Ashworth</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1716886211000" id="item-6655f1b2"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2c3"><div class="sqs-block-content"><div class="sqs-html-content">
${ps([at(sBody, 0)], ' class="" style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">${at(sBody, 1)}</h2>
${ps([at(sBody, 2)], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_171688"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper has-aspect-ratio" data-animation-role="image"><img
data-src="https://images.squarespace-cdn.com/content/v1/5f1e2a/holm-roof.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">The south-west slope after the new slates went on.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-d4e5f6"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${at(sBody, 3)}</h2><ul data-rte-list="default">${lis(sBody.slice(4, 8).map((t) => `<p class="">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${at(sBody, 8)}</h2>${ps(sBody.slice(9, 12), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-q1"><div class="sqs-block-content"><figure>
<blockquote data-animation-role="quote">
<span>${at(sBody, 12)}</span></blockquote><figcaption class="source">${at(sBody, 13)}</figcaption></figure></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-b1"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--left" data-animation-role="button"><a href="/survey" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Talk to us about your farm</a></div></div></div></div></div></div></div></div>
<div class="blog-item-comments"></div><section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link
item-pagination-link--prev" href="/projects/mill-cottage-heat-pump"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Mill Cottage: a heat pump in a listed building</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/projects/fellside-school"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Fellside Primary School: 48 panels in a
half-term</h2></a></section></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section has-background section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="footer1"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Fellside Renewables, Church Yard Barn, Ashby Cross CA17 2LP</p>
<p class="">01632 960 771 · hello@fellsiderenewables.co.uk</p>
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper"><form class="newsletter-form" data-form-id="6655aa"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">
Project news, four times a year</h2></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper
form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input id="email-yui_3_17"
class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="form-submission-text hidden">
<p>Thank you!</p></div></form></div></div></div></div></div></div></div></div></section></footer>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqsCase: TestPage = finish({
  name: 'heldout557-squarespace-farm-case-study',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 3), at(sBody, 8)],
  body: texts(sBody.filter((_, i) => ![1, 3, 8].includes(i))),
  bylines: ['28 May', 'Tom Ashworth'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking surveys for August. Free battery health check for existing customers.', ...sNav, 'Book a survey',
    'The south-west slope after the new slates went on.', 'Talk to us about your farm', 'Previous', 'Mill Cottage: a heat pump in a listed building',
    'Next', 'Fellside Primary School: 48 panels in a half-term', 'Fellside Renewables, Church Yard Barn, Ashby Cross CA17 2LP',
    '01632 960 771 · hello@fellsiderenewables.co.uk', 'Project news, four times a year', 'Email Address', 'Sign Up', 'We respect your privacy.',
  ],
});

const wTitle = 'The Boiler Swap Grant, explained';
const wDek = 'Who gets the £7,500, how the money reaches you, and the three mistakes that delay payment.';
const wBody = [
  j(
    'The Boiler Swap Grant is a fixed £7,500 payment towards a heat pump that replaces a fossil fuel boiler. You do not apply for it',
    'yourself: your installer applies once you have signed a quote, and the grant comes off your final invoice.',
  ),
  j(
    'Since January the grant also covers ground source and water source heat pumps at the same rate. Hybrid systems, where a boiler',
    'stays in place for cold days, are not covered.',
  ),
  'Applying before the survey. The voucher is tied to the system design, so we apply only after the survey fixes the heat pump size.',
  'An old energy certificate. If the certificate still recommends loft insulation, the application is refused.',
  'Starting work early. Any work done before the voucher is issued, even removing the old boiler, makes the job ineligible.',
];
const wFaq = [
  ['Can landlords claim the grant?', 'Yes, for each property they own, as long as the home is let and not newly built.'],
  ['How long does the voucher last?', 'Three months for air source systems and six months for ground source, from the date it is issued.'],
  ['Do I pay VAT on the rest?', 'No. Heat pumps installed in homes are zero-rated until at least March 2029.'],
];
const wNav = ['Heat pumps', 'How it works', 'Pricing', 'Reviews', 'Journal'];
const wFoot = ['Careers', 'Press', 'Privacy', 'Terms', 'Cookie settings'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 02 2027 10:14:08 GMT+0000 -->
<html data-wf-domain="www.cosyloop.co.uk" data-wf-page="65c0a1f2e3d4" data-wf-site="65c0a1f2e3c1" lang="en-GB" data-wf-collection="65c0a1f2e3e7"
data-wf-item-slug="boiler-swap-grant-explained"><head><meta charset="utf-8"><title>The Boiler Swap Grant, explained | Cosyloop</title>
<meta content="Who gets the £7,500 heat pump grant and how it is paid." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65c0a1f2e3c1/css/cosyloop.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","datePublished":"2027-03-01"}</script></head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container nav-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65c0a1f2e3c1/logo.svg"
loading="lazy" alt="Cosyloop" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/quote" class="button nav-button w-button">Get my price</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<div class="section blog-hero"><div class="container narrow"><div class="blog-meta"><a href="/journal/category/grants" class="category-pill">Grants</a>
<div class="blog-date">1 March 2027</div><div class="dot-divider">·</div><div class="read-time">4 min read</div></div>
<h1 class="heading-blog">${wTitle}</h1><p class="blog-summary">${wDek}</p><div class="author-row">
<img src="https://assets-global.website-files.com/65c0a1f2e3e7/nina.jpg"
loading="lazy" alt="" class="author-avatar"><div><div class="author-name">Nina Castell</div><div class="author-role">Head of Customer Funding</div></div>
</div></div></div>
<div class="section blog-body"><div class="container narrow"><div class="rich-text w-richtext">
${ps(wBody.slice(0, 2))}<h2>Three mistakes that delay payment</h2>
<ol role="list">${lis(wBody.slice(2).map((t) => t.replace(/^([^.]+\.)/, '<strong>$1</strong>')))}</ol>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65c0a1f2e3e7/voucher.png" loading="lazy"
alt="Sample grant voucher"></div><figcaption>A grant voucher as it appears in your Cosyloop account.</figcaption></figure>
<h2>Questions we get asked</h2>${wFaq.map(([q, a]) => `<h3>${q}</h3><p>${a}</p>`).join('\n')}</div>
<div class="cta-card"><div class="cta-heading">Find out if your home qualifies</div><p class="cta-text">Answer six questions and get an instant estimate.</p>
<a href="/quote" class="button w-button">Start now</a></div></div></div>
<div class="section related"><div class="container"><h2 class="section-heading">Keep reading</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
<div role="listitem" class="w-dyn-item"><a href="/journal/radiators" class="related-card w-inline-block">
<div class="related-title">Will I need bigger radiators?</div></a></div>
<div role="listitem" class="w-dyn-item"><a href="/journal/noise" class="related-card w-inline-block">
<div class="related-title">How loud is a heat pump, really?</div></a></div>
</div></div></div></div>
<footer class="footer"><div class="container"><div class="footer-newsletter"><div class="footer-heading">Get our monthly heat pump notes</div>
<div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get">
<input class="text-field w-input" maxlength="256" name="email" placeholder="Your email"
type="email" required><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
<div class="footer-links">${wFoot.map((f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}" class="footer-link">${f}</a>`).join('')}</div>
<div class="footer-legal">© 2027 Cosyloop Heating Ltd. Registered in England and Wales, company no. 11480236.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c0a1f2e3c1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c0a1f2e3c1/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowGrant: TestPage = finish({
  name: 'heldout557-webflow-grant-explainer',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Three mistakes that delay payment', 'Questions we get asked', ...wFaq.map(([q]) => q ?? '')],
  body: texts([wDek, ...wBody, ...wFaq.map(([, a]) => a ?? '')]),
  bylines: ['1 March 2027', '4 min read', 'Nina Castell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Get my price', 'Grants', '·', 'Head of Customer Funding', 'A grant voucher as it appears in your Cosyloop account.',
    'Find out if your home qualifies',
    'Answer six questions and get an instant estimate.', 'Start now', 'Keep reading', 'Will I need bigger radiators?', 'How loud is a heat pump, really?',
    'Get our monthly heat pump notes', ...wFoot, '© 2027 Cosyloop Heating Ltd. Registered in England and Wales, company no. 11480236.',
  ],
});

export const HELDOUT557_B: readonly TestPage[] = [sqsCase, webflowGrant];
