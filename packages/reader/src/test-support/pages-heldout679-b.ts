import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file b: a long consignment guide on Squarespace 7.1 (sections, accordion FAQ, announcement bar,
 * cookie banner); its second page is in file b2.
 */
const sTitle = 'Selling at auction: a guide for consignors';
const sDek = 'Everything you need to know about selling with Brackenridge, from the first valuation to the day your money arrives.';
const sH = [
  'Free valuations',
  'The consignment agreement',
  'Fees',
  'Cataloguing and marketing',
  'On sale day',
  'After the sale',
  'Questions we are often asked',
];
const sVal = [
  j(
    'Every sale begins with a valuation. Bring your items to our Thursday valuation mornings at the saleroom, between 9.30am and',
    '12.30pm, with no need to book. If you cannot come in, send us clear photographs of each piece, front and back, with any marks,',
    'signatures or labels, and its measurements. A specialist will reply within five working days with an auction estimate.',
  ),
  j(
    'For larger collections, house contents or pieces that are too big to move, we can visit you at home. Home visits within',
    'thirty miles of the saleroom are free; further afield we charge a modest travelling fee, which we refund if you consign.',
  ),
  j(
    'An auction estimate is not a guarantee of price. It is our judgement of what the piece is likely to sell for on the day,',
    'based on recent results for comparable items, its condition and the current state of the market.',
  ),
];
const sAgree = [
  j(
    'When you decide to sell, we will ask you to sign a consignment agreement. It lists each item with its lot number, estimate',
    'and reserve, and sets out our fees. Please read it carefully and ask us about anything you are unsure of.',
  ),
  j(
    'The reserve is the lowest price at which you are willing to sell. It is confidential and cannot be higher than the low',
    'estimate. Items under £300 are usually offered without reserve. You may ask us to lower a reserve at any time before the',
    'sale, but we cannot raise it once the catalogue has been published.',
  ),
  j(
    'We will also ask for proof of your identity and address, as the law requires, and your bank details so that we can pay you.',
    'If you are selling on behalf of someone else, such as an executor, we will need to see the relevant authority.',
  ),
];
const sFeesIntro = 'Our fees are charged on the hammer price and deducted from the proceeds before we pay you:';
const sFees = [
  'Seller’s commission: 15% plus VAT on each lot, with a minimum of £15 plus VAT',
  'Lot fee: £5 plus VAT for each lot, to cover cataloguing and online listing',
  'Photography: included for every lot; additional images for important pieces free of charge',
  'Insurance: 1.5% of the hammer price, or of the low estimate if the lot does not sell',
  'Unsold lots: no commission is charged, but the lot and insurance fees apply',
];
const sFeesAfter = j(
  'For single items or collections estimated at more than £20,000 we are happy to discuss reduced rates. Please ask the',
  'specialist handling your consignment.',
);
const sCat = [
  j(
    'Our specialists research and describe each lot, noting its date, maker, materials, condition and any provenance you can',
    'tell us about. Letters, old receipts, exhibition labels and family photographs can add a great deal to the value of a piece,',
    'so please give us anything you have.',
  ),
  j(
    'The catalogue is published online about three weeks before the sale and shared with the main bidding platforms, so your',
    'items are seen by buyers across the world. Important lots are promoted to our mailing list and in the antiques press.',
  ),
];
const sDay = [
  j(
    'You are welcome to come to the sale and watch your lots go under the hammer, or to follow it live online. Most sales',
    'start at 10am and we sell around 100 lots an hour, so the catalogue will give you a good idea of when your lots will come up.',
  ),
  j('Please do not bid on your own lots. If you wish to change a reserve on the day, speak to the front desk before the sale', 'begins.'),
];
const sAfter = [
  j(
    'We send you a statement of account the morning after the sale, showing the hammer price of each lot and our fees. Buyers have',
    'five working days to pay and collect, and we pay you by bank transfer 28 days after the sale, once the buyer’s payment has',
    'cleared.',
  ),
  j(
    'Unsold lots can be re-offered in a later sale at a lower reserve, which we will discuss with you, or collected from the',
    'saleroom within fourteen days. After that we may charge storage.',
  ),
];
const sFaq = [
  ['Can I sell online only?', 'Yes. Our timed online sales suit items estimated under £500 and close on Sunday evenings.'],
  ['What will you not accept?', 'We cannot sell ivory, weapons without the right certificates, or upholstered furniture without fire safety labels.'],
  ['Do you buy outright?', 'We do not buy for ourselves, but we can arrange a private sale for exceptional pieces.'],
] as const;
const sNav = ['Auctions', 'Sell', 'Buy', 'Valuations', 'About', 'Contact'];
const sFoot = ['Brackenridge Auction Rooms', 'The Old Maltings, Quay Street, Brackenridge BR4 2JD', 'Open Monday to Friday, 9am to 5pm'];
const sNavHtml = sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`)
  .join('\n');
const sFaqHtml = sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" aria-hidden="true"></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-${i}"><div class="accordion-item__description"><p>${a}</p></div></div></li>`,
  )
  .join('\n');
const block = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const sBody1 = `<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large">${sDek}</p>
<h2>${sH[0]}</h2>${ps(sVal)}<h2>${sH[1]}</h2>${ps(sAgree)}`;
const sBody2 = `<h2>${sH[2]}</h2><p>${sFeesIntro}</p><ul data-rte-list="default">${lis(sFees.map((f) => `<p>${f}</p>`))}</ul><p>${sFeesAfter}</p>
<h2>${sH[3]}</h2>${ps(sCat)}<h2>${sH[4]}</h2>${ps(sDay)}<h2>${sH[5]}</h2>${ps(sAfter)}<h2>${sH[6]}</h2>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Selling at auction &mdash; Brackenridge Auction Rooms</title><link rel="canonical" href="https://www.brackenridgeauctions.co.uk/selling">
<meta property="og:site_name" content="Brackenridge Auction Rooms"><meta property="og:title" content="Selling at auction &mdash; Brackenridge Auction Rooms">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},
"collectionId":"63f1c2a4b8e0a6","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.brackenridgeauctions.co.uk","name":"Brackenridge Auction Rooms",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link
href="//static1.squarespace.com/static/versioned-site-css/63f1c2a4b8e0a6/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1c2a4b8e0a6" class="primary-button-style-solid header-width-full tweak-fixed-header collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/auctions" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><p>Now taking entries for our Summer Fine Sale &mdash; closing date 30 May</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Brackenridge</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNavHtml}
</nav></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1c2a4b8e0b1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1c2a4b8e0b2">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${block('1', sBody1)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f1/valuation-day.jpg" alt="Valuation day at the saleroom"></figure></div></div>
${block('2', sBody2)}
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content"><ul class="accordion-items-container">
${sFaqHtml}</ul></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/valuations" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a valuation</a></div></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Join our mailing list</h2>
<div class="newsletter-form-header-description"><p>Catalogues, results and valuation days, once a fortnight.</p></div>
<form class="newsletter-form"><label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label><input id="email-yui_3" type="email">
<button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
${block('9', sFoot.map((f) => `<p>${f}</p>`).join(''))}</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><p>This site uses cookies to improve your experience.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout679-squarespace-consignment-guide',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sH, ...sFaq.map(([q]) => q)],
  body: [sDek, ...sVal, ...sAgree, sFeesIntro, ...sFees, sFeesAfter, ...sCat, ...sDay, ...sAfter, ...sFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking entries for our Summer Fine Sale — closing date 30 May', ...sNav.filter((n) => !['Sell', 'Buy', 'About'].includes(n)),
    'Book a valuation', 'Join our mailing list',
    'Catalogues, results and valuation days, once a fortnight.', 'Email Address', 'Sign Up', 'We respect your privacy.', ...sFoot,
    'This site uses cookies to improve your experience.', 'Decline',
  ],
};

export const HELDOUT679_B: readonly TestPage[] = [squarespace];
