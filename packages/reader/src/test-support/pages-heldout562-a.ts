import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, settle, trs, uniq } from './pages-heldout562-kit.js';

/**
 * Held-out batch 562, file a: a hole-by-hole course guide on WordPress (Hello Elementor theme with Elementor header and
 * footer templates, Complianz banner) and a membership fees page on Squarespace 7.1 with a fee table and a newsletter block.
 */
const gTitle = 'The Heath Course: a hole-by-hole guide to the front nine';
const gDek = 'Our head professional walks you through the first nine holes, with the line to take from each tee and the trouble to avoid.';
const gIntro = j(
  'The Heath Course was laid out in 1911 across open heather and birch, and it still plays firm and fast from May to October.',
  'The yardages below are from the white tees; the yellow tees are between 10 and 25 yards shorter on every hole.',
);
const gHoles: [string, string, string][] = [
  [
    '1. Gorse Gate',
    'Par 4 · 388 yards · Stroke index 9',
    j(
      'A gentle opener, but the gorse down the right catches more first-tee nerves than anything else on the course.',
      'Aim at the single birch on the horizon and leave yourself a short iron into a green that slopes from back to front.',
    ),
  ],
  [
    '2. The Dell',
    'Par 3 · 164 yards · Stroke index 15',
    j(
      'The green sits in a hollow below the tee, so take one club less than the yardage suggests.',
      'Anything long runs down the bank into the heather, from where a bogey is a good score.',
    ),
  ],
  [
    '3. Long Acre',
    'Par 5 · 521 yards · Stroke index 3',
    j(
      'Two cross bunkers at 250 yards decide how you play the hole. Long hitters can carry them; everyone else should lay up short',
      'and play the second shot down the left, which opens up the narrow entrance to the green.',
    ),
  ],
  [
    "4. Keeper's Cottage",
    'Par 4 · 412 yards · Stroke index 1',
    j(
      'The hardest hole on the card. Out of bounds runs the full length of the left side beside the lane, and the fairway',
      'tilts towards it. A fairway wood from the tee is no disgrace here.',
    ),
  ],
  [
    '5. Heron Pond',
    'Par 3 · 147 yards · Stroke index 17',
    j(
      'A short hole over water to a wide, shallow green. The pond is rarely in play for a clean strike,',
      'but the wind off the heath turns a good swing into a wet one more often than you would think.',
    ),
  ],
  [
    '6. The Ridge',
    'Par 4 · 356 yards · Stroke index 11',
    j(
      'Drive over the marker post on the ridge and the ball will run a long way down the far slope.',
      'The green is two-tiered; if the flag is at the back, do not leave your approach on the lower level.',
    ),
  ],
  [
    '7. Birch Walk',
    'Par 4 · 398 yards · Stroke index 5',
    'A dogleg to the right through the birch wood. Cutting the corner saves 40 yards but brings the trees into play.',
  ],
  [
    '8. Windmill',
    'Par 5 · 489 yards · Stroke index 13',
    j(
      'Reachable in two with the wind behind. The green is guarded on the right by a deep pot bunker,',
      'so a lay-up to the left half of the fairway leaves the simplest pitch.',
    ),
  ],
  [
    '9. Home Heath',
    'Par 4 · 402 yards · Stroke index 7',
    j(
      'Uphill all the way to the clubhouse, so it plays a club longer than the card says. The green is watched from the terrace,',
      'which is worth remembering before you three-putt.',
    ),
  ],
];
const gClose = 'The back nine guide follows next month. Until then, the starter will happily point out the line on any hole you are unsure of.';
const gCaps = ['The first tee at dawn, looking towards the birch', 'Heron Pond from the back tee'];
const gNav = ['Home', 'The Course', 'Membership', 'Visitors', 'Competitions', 'Clubhouse', 'Contact'];
const gCookie = 'We use cookies to optimise our website and our service.';
const gFoot = ['Brackenmoor Golf Club, Heath Lane, Wellingham WH4 7PR', 'Pro shop: 01632 960 418', 'Opening times', 'Privacy policy', 'Cookie policy'];
const holeSection = (h: [string, string, string], i: number): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-section-boxed elementor-section-height-default" data-id="h${i + 1}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading"
data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${h[0]}</h2>
</div></div><div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p><strong>${h[1]}</strong></p><p>${h[2]}</p></div></div>${
  i === 0 || i === 4
    ? `<div class="elementor-element elementor-widget elementor-widget-image" data-widget_type="image.default"><div class="elementor-widget-container">
<figure class="wp-caption"><img loading="lazy" width="1024" height="576" src="/wp-content/uploads/2026/05/hole-${i + 1}.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">${gCaps[i === 0 ? 0 : 1]}</figcaption>
</figure></div></div>`
    : ''
}</div></div></div></section>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Heath Course: hole-by-hole guide &#8211; Brackenmoor Golf Club</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${gTitle}"}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-214 cmplz-functional">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header"><section class="elementor-section
elementor-top-section elementor-element elementor-section-full_width"><div class="elementor-container"><div class="elementor-column elementor-col-33">
<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><div class="elementor-widget-container">
<a href="/"><img src="/wp-content/uploads/2025/02/brackenmoor-logo.svg" alt="Brackenmoor Golf Club"></a></div></div></div></div>
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap"><div class="elementor-element elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav aria-label="Menu" class="elementor-nav-menu--main
elementor-nav-menu__container"><ul id="menu-1-3a1c" class="elementor-nav-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button"
href="/book-a-tee-time/"><span class="elementor-button-text">Book a tee time</span></a></div></div></div></div></div></section></div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214"><section class="elementor-section elementor-top-section
elementor-element elementor-section-boxed" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container"><div class="elementor-column elementor-col-100"><div
class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title
elementor-size-xl">${gTitle}</h1></div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container">
<p>${gDek}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container"><div class="elementor-column
elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container">
${ps([gIntro])}</div></div></div></div></div></section>
${gHoles.map(holeSection).join('\n')}
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container"><div class="elementor-column
elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container">
${ps([gClose])}</div></div><div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<a class="elementor-button elementor-size-md" href="/wp-content/uploads/2026/05/heath-scorecard.pdf"><span class="elementor-button-text">Download the scorecard
(PDF)</span></a></div></div></div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer"><section class="elementor-section
elementor-top-section"><div class="elementor-container">${gFoot
  .map(
    (t) => `<div class="elementor-column elementor-col-20"><div class="elementor-widget-wrap">
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${t}</p></div></div></div></div>`,
  )
  .join('')}
</div></section><section class="elementor-section"><div class="elementor-container"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>© 2026 Brackenmoor Golf Club Ltd. All rights reserved.</p></div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">${gCookie}</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body></html>`;
const elementorGuide: TestPage = {
  name: 'heldout562-elementor-course-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHoles.map((h) => h[0]),
  body: texts([gDek, gIntro, ...gHoles.flatMap((h) => [h[1], h[2]]), gClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...gNav, 'Book a tee time', 'The first tee at dawn, looking towards the birch', 'Heron Pond from the back tee',
    'Download the scorecard (PDF)', ...gFoot, '© 2026 Brackenmoor Golf Club Ltd. All rights reserved.', 'Manage Cookie Consent', gCookie, 'Accept',
    'Deny', 'View preferences',
  ]),
};

const mTitle = 'Membership fees 2027';
const mIntro = j(
  "Larkfield is a members' club, and every category below includes full playing rights on the course seven days a week,",
  'a locker where one is free, and reciprocal rounds at our three partner clubs. Fees run from 1 April to 31 March.',
);
const mRows = [
  ['Full seven-day', '£1,640', '£137'],
  ['Five-day (Monday to Friday)', '£1,295', '£108'],
  ['Young adult (22 to 29)', '£820', '£68'],
  ['Intermediate (18 to 21)', '£410', '£34'],
  ['Junior (under 18)', '£120', '£10'],
  ['Country (living more than 50 miles away)', '£760', '£63'],
  ['Social (no playing rights)', '£95', '£8'],
];
const mAfter = [
  j(
    'New full and five-day members pay a joining fee of £500, which can be spread over the first two years. There is no joining fee',
    'for juniors, intermediates or young adults.',
  ),
  j(
    'All playing members also pay the England Golf and county affiliation fee (£14.50 in 2026) and a £50 bar levy, which is loaded',
    'onto your membership card and can be spent in the clubhouse at any time during the year.',
  ),
  'Monthly payments are collected by direct debit through our finance partner at no extra cost.',
];
const mFaqQ = 'Can I try before I join?';
const mFaq = j(
  'Yes. Prospective members can play up to three rounds with a member at the guest rate before applying.',
  'Call the office and we will pair you up with someone from the membership committee.',
);
const mNav = ['The Course', 'Membership', 'Visitors', 'Events', 'News', 'Contact'];
const mNews = ['Sign up for club news', 'Course updates, fixtures and offers, once a month.', 'Sign Up', 'We respect your privacy.'];
const mFoot = ['Larkfield Golf Club', 'Orchard Road, Larkfield ME19 6QX', 'office@larkfieldgolf.co.uk', 'Instagram', 'Facebook'];
const mHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Membership fees 2027 &mdash; Larkfield
Golf Club</title>
<link rel="canonical" href="https://www.larkfieldgolf.co.uk/membership-fees"><meta property="og:site_name" content="Larkfield Golf Club">
<meta property="og:title" content="Membership fees 2027 &mdash; Larkfield Golf Club"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.larkfieldgolf.co.uk","name":"Larkfield Golf Club",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/32/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1f0c2" class="primary-button-style-solid tweak-global-animations-enabled header-width-full header-layout-nav-right
footer-width-full form-field-style-solid">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/">
<img src="//images.squarespace-cdn.com/content/v1/64a1/larkfield-logo.png" alt="Larkfield Golf Club"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${mNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a round</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2e5">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="64a1f0c2e6"><div class="section-background"></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1f0c2e6">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${mTitle}</h1>
<p class="" style="white-space:pre-wrap;">${mIntro}</p></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_2"><div class="sqs-block-content">
<table class="fees-table"><thead><tr><th>Category</th><th>Annual</th><th>Monthly</th></tr></thead><tbody>
${trs(mRows)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Joining fee and extras</h2>
${ps(mAfter, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${mFaqQ}</h3><p class="" style="white-space:pre-wrap;">${mFaq}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/apply" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Apply for
membership</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section" data-section-theme="dark" data-section-id="64a1f0c2e7"><div
class="content-wrapper">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="64a1nl" autocomplete="off">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">${mNews[0]}</h2><div class="newsletter-form-header-description"><p>${mNews[1]}</p>
</div></div><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper
form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button
sqs-system-button sqs-editable-button-layout" type="submit"><span class="newsletter-form-button-label">${mNews[2]}</span></button></div></div>
<div class="newsletter-form-footnote"><p>${mNews[3]}</p></div></form></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(mFoot.slice(0, 3))}</div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">
${mFoot
  .slice(3)
  .map((t) => `<li><a href="https://${t.toLowerCase()}.example/larkfieldgolf" class="sqs-svg-icon--wrapper social-link-text" target="_blank">${t}</a></li>`)
  .join('')}</ul></nav></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-decline">Decline all</button></div></div></div>
<script defer src="//assets.squarespace.com/universal/scripts-compressed/performance-2f1d-min.en-US.js"></script></body></html>`;
const squarespaceFees: TestPage = {
  name: 'heldout562-squarespace-membership-fees',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['Joining fee and extras', mFaqQ],
  body: texts([mIntro, ...mRows.map(rowText), ...mAfter, mFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...mNav, 'Book a round', 'Apply for membership', ...mNews, 'Email Address', ...mFoot,
    'This website uses cookies to improve your experience.', 'Accept all', 'Decline all',
  ]),
};

export const HELDOUT562_A: readonly TestPage[] = [elementorGuide, squarespaceFees].map(settle);
