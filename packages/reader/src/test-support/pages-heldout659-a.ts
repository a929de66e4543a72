import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout659-kit.js';

/**
 * Held-out batch 659, file a: a will writer's pricing page on WordPress with Elementor (Hello theme), and a celebrant's
 * ceremony planning guide on Squarespace (7.1).
 */
const pTitle = 'Our will writing fees';
const pIntro = j(
  'Every Ashcombe Wills fee is fixed and agreed before we start. There are no hourly rates, no charges for phone calls',
  'and no extra cost for a home visit anywhere in North Somerset.',
);
const pPlans = [
  { name: 'Single will', price: '£195', per: 'per person', items: ['Home or video appointment', 'Guardians for children', 'Free storage for life'] },
  { name: 'Mirror wills', price: '£295', per: 'per couple', items: ['Two matching wills', 'Home or video appointment', 'Free storage for life'] },
  { name: 'Will and trust', price: '£495', per: 'per couple', items: ['Property protection trust', 'Two mirror wills', 'Trust registration'] },
];
const pExtrasH = 'Optional extras';
const pExtras = [
  'Lasting power of attorney (property and financial affairs): £250 per person, plus the £82 registration fee',
  'Lasting power of attorney (health and welfare): £250 per person, plus the £82 registration fee',
  'Letter of wishes drafted with your will: £45',
  'Codicil to change an existing will we wrote: £60',
];
const pHowH = 'What happens after you book';
const pHow = [
  j(
    'We send you a short questionnaire to fill in before the appointment. At the meeting we go through your family, your',
    'property and who you would like to benefit, and we explain anything that needs a decision.',
  ),
  j(
    'Your draft will arrives by post or email within ten working days. Once you are happy with it, we arrange the signing',
    'with two independent witnesses and keep the original in our fireproof store.',
  ),
];
const pVatH = 'Are your prices inclusive of VAT?';
const pVat = 'Yes. Ashcombe Wills is not VAT registered, so the price you see is the price you pay.';
const pNav = ['Home', 'Wills', 'Lasting Power of Attorney', 'Probate', 'Fees', 'About us', 'Contact'];
const pFoot = ['Privacy policy', 'Complaints procedure', 'Terms of business', 'Sitemap'];
const pTesti = j('"Diane came to the house, explained everything clearly and the wills were ready in a week."', '— Mr and Mrs K, Clevedon');
const planCard = (p: (typeof pPlans)[number], i: number): string => `<div class="elementor-column elementor-col-33 elementor-top-column
elementor-element elementor-element-c${i}a" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-price-table" data-widget_type="price-table.default">
<div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${p.name}</h3></div><div class="elementor-price-table__price">
<span class="elementor-price-table__integer-part">${p.price}</span> <span class="elementor-price-table__period elementor-typo-excluded">${p.per}</span></div>
<ul class="elementor-price-table__features-list">${lis(p.items.map((t) => `<div class="elementor-price-table__feature-inner"><span>${t}</span></div>`))}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/book/">Book now</a>
</div></div></div></div></div></div>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Will Writing Fees | Fixed Prices | Ashcombe Wills</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Fixed fees for wills, mirror wills and trusts in North Somerset. Home visits included.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Will Writing Fees"},
{"@type":"LocalBusiness","name":"Ashcombe Wills","priceRange":"££"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://ashcombewills.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-412-css" href="https://ashcombewills.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1716210000">
<style id="hello-elementor-inline-css">.site-header{max-width:100%}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7PX3QZ1K2B"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<div class="elementor-element elementor-element-2f1c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/2023/02/ashcombe-logo.svg" alt="Ashcombe Wills">
</a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu">
<ul id="menu-1-6b2" class="elementor-nav-menu">${links(pNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><span class="elementor-screen-only">Menu</span></div></div>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="tel:01275800412">
<span class="elementor-button-text">Call 01275 800412</span></a></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7d3a elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${pTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps([pIntro])}</div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-91be elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">${pPlans.map(planCard).join('\n')}</div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-a0c4" data-element_type="section">
<div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${pExtrasH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(pExtras)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${pHowH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(pHow)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">${pVatH}</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps([pVat])}</div></div>
</div></div></div></section>
<section class="elementor-section elementor-element elementor-element-b77e elementor-section-full_width" data-element_type="section">
<div class="elementor-container"><div class="elementor-widget elementor-widget-testimonial"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">${pTesti}</div></div></div>
<div class="elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__item">Book your free 15-minute call</h2>
<div class="elementor-cta__description elementor-cta__item">No obligation. We will tell you which option suits you.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/book/">Choose a time</a></div></div></div>
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="21" class="elementor elementor-21 elementor-location-footer">
<div class="elementor-widget elementor-widget-text-editor"><p>Ashcombe Wills Ltd, 4 Chapel Yard, Nailsea BS48 1AW. Registered in England no. 11840297.</p>
<p>Member of the Guild of Independent Will Writers.</p></div>
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(pFoot, 'menu-item')}</ul></nav>
<p class="elementor-copyright">© 2024 Ashcombe Wills Ltd</p></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-message">We use cookies to optimise our website and our service.</div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://ashcombewills.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout659-elementor-will-fees',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [...pPlans.map((p) => p.name), pExtrasH, pHowH, pVatH],
  body: [pIntro, ...pPlans.flatMap((p) => [`${p.price} ${p.per}`, ...p.items]), ...pExtras, ...pHow, pVat],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Probate', 'About us', 'Contact', 'Menu', 'Call 01275 800412',
    'Book now', pTesti, 'Book your free 15-minute call', 'No obligation. We will tell you which option suits you.', 'Choose a time',
    'Ashcombe Wills Ltd, 4 Chapel Yard, Nailsea BS48 1AW. Registered in England no. 11840297.', 'Member of the Guild of Independent Will Writers.',
    ...pFoot, '© 2024 Ashcombe Wills Ltd', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

const sTitle = 'Planning your ceremony: a step-by-step guide';
const sDek = 'From the first coffee to the last dance, here is how we build a wedding ceremony together.';
const sSecs: { h: string; ps: string[]; list?: string[] }[] = [
  {
    h: '1. Our first conversation',
    ps: [
      j(
        'We start with a video call or a walk on the beach, whichever you prefer. I want to hear how you met, what you love',
        'about each other and what you definitely do not want. Nothing is fixed at this stage.',
      ),
    ],
  },
  {
    h: '2. The questionnaire',
    ps: [
      j(
        'After we have booked your date, I send each of you a questionnaire to fill in separately. You will not see each',
        "other's answers until the day, and many couples tell me this is their favourite part of the ceremony.",
      ),
    ],
  },
  {
    h: '3. Choosing the extras',
    ps: ['Most couples add one or two rituals to the words. The ones I am asked for most often are:'],
    list: ['a handfasting with ribbons in your own colours', 'a sand or wine blending', 'a ring warming passed round the guests', 'readings by friends'],
  },
  {
    h: '4. Your first draft',
    ps: [
      j(
        'About eight weeks before the wedding you receive the full script. You can change as much as you like: I would',
        'rather rewrite a paragraph three times than have you hear a word on the day that does not sound like you.',
      ),
      j('We meet at the venue a few weeks before to walk through where everyone stands, where the music comes in and who', 'holds the rings.'),
    ],
  },
  {
    h: '5. On the day',
    ps: [
      j(
        'I arrive an hour early, check the sound system and look after the nervous one at the front. Afterwards you keep',
        'a printed copy of your ceremony in a linen folder, tied with the same ribbon as your handfasting.',
      ),
    ],
  },
];
const sNav = ['Home', 'Weddings', 'Vow renewals', 'Namings', 'Funerals', 'Journal', 'Contact'];
const sSec = (s: (typeof sSecs)[number], i: number): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1713${i}"><div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${s.h}</h2>
${ps(s.ps, ' class="" style="white-space:pre-wrap;"')}${
  s.list === undefined ? '' : `<ul data-rte-list="default">${lis(s.list.map((t) => `<p class="">${t}</p>`))}</ul>`
}
</div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Planning your ceremony — Saltmarsh Ceremonies</title><link rel="canonical" href="https://www.saltmarshceremonies.co.uk/planning-your-ceremony">
<meta property="og:site_name" content="Saltmarsh Ceremonies"><meta property="og:title" content="Planning your ceremony — Saltmarsh Ceremonies">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"pageType":2,"website":{"siteTitle":
"Saltmarsh Ceremonies"}};</script>
<script type="application/ld+json">{"url":"https://www.saltmarshceremonies.co.uk","name":"Saltmarsh Ceremonies","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f0/9/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-64f1a2" class="header-overlay-alignment-center tweak-social-icons-style-solid primary-button-style-outline">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" data-block-type="announcement-bar"><div class="sqs-announcement-bar-content">
<p>Now booking for summer 2026 — a few Saturdays left</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/">Saltmarsh Ceremonies</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1a2b8">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sDek}</p></div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/64f0/handfasting.jpg" alt="Hands tied with green ribbon">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Rosa and Imogen's handfasting at Kessingland, June</p></div></figcaption>
</figure></div></div>
${sSecs.map(sSec).join('\n')}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Check my availability</a>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p class="">Saltmarsh Ceremonies · Independent celebrant · Suffolk coast</p>
<p class="">Member of the Association of Coastal Celebrants</p></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Letters from the marsh</h2>
<div class="newsletter-form-header-description"><p>Ideas for ceremonies, twice a year.</p></div><form class="newsletter-form">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" type="email">
<button class="newsletter-form-button sqs-system-button"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div>
</section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout659-squarespace-ceremony-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map((s) => s.h),
  body: texts([sDek, ...sSecs.flatMap((s) => [...s.ps, ...(s.list ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking for summer 2026 — a few Saturdays left', 'Skip to Content', 'Saltmarsh Ceremonies', ...sNav,
    "Rosa and Imogen's handfasting at Kessingland, June", 'Check my availability', 'Saltmarsh Ceremonies · Independent celebrant · Suffolk coast',
    'Member of the Association of Coastal Celebrants', 'Letters from the marsh', 'Ideas for ceremonies, twice a year.', 'Email Address', 'Sign Up',
  ],
};

export const HELDOUT659_A: readonly TestPage[] = [elementor, squarespace];
