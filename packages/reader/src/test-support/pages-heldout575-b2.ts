import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file b2: a "we buy record collections" page built with Elementor (Hello Elementor theme, Elementor
 * Pro header and footer, a CookieYes banner).
 */
const eTitle = 'We Buy Record Collections';
const eLead = [
  j(
    'Moving house, clearing a loft or finally letting go of the records you bought in the eighties? Second Spin Vinyl buys',
    'collections of every size, from a single box to several thousand LPs, anywhere within 80 miles of Leicester.',
  ),
  'We pay cash or bank transfer on the day, and we take everything away: there is no picking through the good ones and leaving you the rest.',
];
const eWhat = [
  'LPs and 12" singles in any genre, especially jazz, soul, reggae, folk and 1970s rock',
  '7" singles in collections of 200 or more',
  'Hi-fi: turntables, amplifiers and speakers from good makers',
  'Music books, magazines and original posters',
];
const eHowH = 'How it works';
const eHow = [
  j(
    'Send us a few photos of the shelves and the spines, and tell us roughly how many records there are. We will come back',
    'to you within two working days with a guide price, or to arrange a visit if the collection is large.',
  ),
  j(
    'At the visit we go through every record, grade it and make you a firm offer there and then. If you accept, we pay you',
    'straight away and load the van. If you do not, there is no charge and no hard feelings.',
  ),
];
const eFaq = [
  ['Do you buy CDs?', 'Only in large, well-kept collections of jazz or classical. We do not buy pop CDs.'],
  [
    'What about records in poor condition?',
    'We will take them as part of a collection, but badly damaged records have no resale value and do not add to the offer.',
  ],
  ['Can I bring records to the shop?', 'Yes. Up to three boxes can be brought in any weekday between 11am and 3pm with no appointment.'],
] as const;
const eNav = ['Home', 'Shop Online', 'We Buy Records', 'Hi-Fi', 'About Us', 'Contact'];
const eReviews = [
  ['"Fair price, friendly, and they had the whole loft cleared in an hour."', 'Margaret H., Loughborough'],
  ['"Took my dad\'s jazz collection and clearly knew what it was worth."', 'Dev P., Market Harborough'],
] as const;
const eForm = ['Your name', 'Email', 'Phone', 'Roughly how many records?', 'Tell us about the collection', 'Send Enquiry'];
const faqHtml = eFaq
  .map(
    ([
      q,
      a,
    ]) => `<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">${q}</h3></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} | Second Spin Vinyl | Leicester</title>
<meta name="description" content="Second Spin Vinyl buys record collections of every size in the East Midlands.">
<meta name="robots" content="index, follow"><link rel="canonical" href="https://secondspinvinyl.co.uk/we-buy-records/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"},
{"@type":"LocalBusiness","name":"Second Spin Vinyl","address":{"@type":"PostalAddress","addressLocality":"Leicester"}}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://secondspinvinyl.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://secondspinvinyl.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4"
media="all">
<link rel="stylesheet" id="elementor-post-212-css" href="https://secondspinvinyl.co.uk/wp-content/uploads/elementor/css/post-212.css?ver=1712" media="all">
</head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6a2 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://secondspinvinyl.co.uk">
<img width="300" height="90" src="https://secondspinvinyl.co.uk/wp-content/uploads/2024/01/logo.png" alt="Second Spin Vinyl"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4b1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01164960321"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">0116 496 0321</span></span></a></div></div></div></div></div></div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
<div class="elementor-element elementor-element-1f0 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eLead)}</div></div>
<div class="elementor-element elementor-align-left elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="#quote"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Get a Free Valuation</span></span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-2b7 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">What we buy</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-list-item-link-full_width elementor-widget elementor-widget-icon-list"
data-widget_type="icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${eWhat
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHowH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eHow)}</div></div></div></div>
<div class="elementor-element elementor-element-9c3 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eReviews
  .map(
    ([q, w]) => `<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container">
<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${q}</div><div class="elementor-testimonial-meta">
<div class="elementor-testimonial-meta-inner"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">${w}</div></div></div></div>
</div></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="elementor-element elementor-element-c41 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Questions we get asked</h2></div></div>
${faqHtml}</div></div>
<div class="elementor-element elementor-element-e08 e-flex e-con-boxed e-con e-parent" id="quote" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Ask for a valuation</h2></div></div>
<div class="elementor-element elementor-button-align-stretch elementor-widget elementor-widget-form" data-widget_type="form.default">
<div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Valuation"><input type="hidden" name="post_id" value="212">
<div class="elementor-form-fields-wrapper elementor-labels-above">
${eForm
  .slice(0, 5)
  .map(
    (l, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i} elementor-col-100">
<label for="form-field-f${i}" class="elementor-field-label">${l}</label><input size="1" type="text" name="form_fields[f${i}]" id="form-field-f${i}"
class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button
elementor-size-sm"><span><span class="elementor-button-text">${eForm[5]}</span></span></button></div></div></form></div></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Second Spin Vinyl, Unit 4, Friar Lane Yard, Leicester LE1 5RA</p><p>Open Wednesday to Saturday, 10am to 5pm</p>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2027 Second Spin Vinyl. All rights reserved.</p>
</div></div></div></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking "Accept All", you consent to our use of cookies.</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://secondspinvinyl.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout575-elementor-we-buy',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['What we buy', eHowH, 'Questions we get asked', ...eFaq.map(([q]) => q)],
  body: texts([...eLead, ...eWhat, ...eHow, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Shop Online', 'We Buy Records', 'About Us', 'Contact', '0116 496 0321', 'Get a Free Valuation',
    ...eReviews.flat(), 'Ask for a valuation',
    ...eForm, 'Second Spin Vinyl, Unit 4, Friar Lane Yard, Leicester LE1 5RA', 'Open Wednesday to Saturday, 10am to 5pm',
    '© 2027 Second Spin Vinyl. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT575_B2: readonly TestPage[] = [elementor];
