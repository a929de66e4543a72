import { type TestPage, texts } from './page-kit.js';
import { at, j, settle } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file a2: a tennis club membership page on Squarespace 7.1 (fluid engine blocks, accordion FAQ, newsletter
 * block in the footer, cookie banner).
 */
const sTitle = 'Membership';
const sDek = 'Join a friendly club of 340 members with eight floodlit courts, two of them clay, five minutes from Ashgrove station.';
const sSections: [string, string[]][] = [
  [
    'Why join Ashgrove?',
    [
      j(
        'Ashgrove Lawn Tennis Club has been at the end of Orchard Road since 1897. Members can book any court up to seven days ahead',
        'through the club app, and courts are free to use at any time outside the coaching and league slots.',
      ),
      j(
        'We run club sessions every Tuesday and Thursday evening and on Sunday mornings, when anyone can turn up and be matched',
        'with players of a similar standard. There are men\u2019s, women\u2019s and mixed teams in the county leagues.',
      ),
    ],
  ],
  [
    'Membership fees 2026–27',
    [
      'Adult: £295 a year, or £26 a month by direct debit',
      'Young adult (18–25): £165 a year',
      'Family (two adults and their children under 18): £560 a year',
      'Junior (under 18): £85 a year',
      'Off-peak (weekdays before 5pm): £180 a year',
      j(
        'New adult members pay a one-off joining fee of £40, which is waived if you join between October and February.',
        'Fees run from 1 April and are reduced pro rata for members joining later in the year.',
      ),
    ],
  ],
  [
    'How to join',
    [
      j(
        'Apply online through ClubSpark. Your membership starts as soon as your first payment has cleared, and the membership',
        'secretary will email you a gate code and an invitation to a welcome session.',
      ),
    ],
  ],
];
const sFaq: [string, string][] = [
  ['Can I try the club before joining?', 'Yes. Come to any club session as a guest up to three times; the guest fee is £5 a visit.'],
  ['Do I need to be a good player?', 'No. We have members of every standard, from beginners to county players.'],
  ['Is there a waiting list?', 'Not at present. We will close new adult memberships if the courts become too busy.'],
];
const sNav = ['About', 'Membership', 'Coaching', 'Juniors', 'Teams', 'Book a Court', 'Contact'];
const sFoot = ['Ashgrove Lawn Tennis Club', '14 Orchard Road, Ashgrove, BS9 3HL', 'info@ashgrovetennis.org.uk'];
const sCookie = 'This website uses cookies to improve your experience. By clicking Accept, you agree to our use of cookies.';
const fe = (id: string, inner: string): string =>
  `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const sPara = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sFees = (xs: string[]): string =>
  `<ul data-rte-list="default">${xs
    .slice(0, 5)
    .map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`)
    .join('')}</ul>${sPara(at(xs, 5))}`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Membership &mdash; Ashgrove Lawn Tennis Club</title>
<link rel="canonical" href="https://www.ashgrovetennis.org.uk/membership"><meta property="og:site_name" content="Ashgrove Lawn Tennis Club">
<meta property="og:title" content="Membership &mdash; Ashgrove Lawn Tennis Club"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f0c2","siteTitle":"Ashgrove Lawn Tennis Club"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ashgrovetennis.org.uk","name":"Ashgrove Lawn Tennis Club",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61f0c2/24/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-62a1f7" class="header-overlay-alignment-center tweak-social-icons-style-regular tweak-transparent-header primary-button-style-solid
primary-button-shape-pill form-use-theme-colors header-button-style-solid collection-type-page collection-62a1f7 view-item mobile-style-available sqs-seven-one"
tabindex="-1"><div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart"
class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"></span><div class="legacy-cart icon-cart-quantity">
<span class="sqs-cart-quantity">0</span></div></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Summer open day: Saturday 9 May, 10am to 4pm. Free coaching for all ages.</p></div></div></div>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/61f0c2/logo.png"
alt="Ashgrove Lawn Tennis Club"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Membership' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element"${t === 'Membership' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Join Now</a></div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="62a1f8">
<section data-test="page-section" data-section-theme="dark" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle dark" data-section-id="62a1f9">
<div class="section-background"><img alt="" src="//images.squarespace-cdn.com/content/v1/61f0c2/courts-dusk.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-62a1f9">
${fe('yui_3_17_2_1_1714', `<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>`)}
${fe('yui_3_17_2_1_1715', `<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sDek}</p>`)}
<div class="fe-block fe-block-yui_3_17_2_1_1716"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1716">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"
data-button-size="medium" data-button-type="primary"><a href="https://clubspark.lta.org.uk/AshgroveLTC/Membership" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element" target="_blank">Apply to join</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="62a1fa"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-62a1fa">
${sSections.map(([h, xs], i) => fe(`62a1fa${i}`, `<h2 style="white-space:pre-wrap;">${h}</h2>${i === 1 ? sFees(xs) : xs.map(sPara).join('')}`)).join('\n')}
<div class="fe-block fe-block-62a1fb"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-62a1fb"><div
class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true"
data-is-last-divider-visible="true" data-is-expanded-first-item="" data-accordion-title-alignment="left" data-accordion-icon-placement="right">
${sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item" data-is-open="false"><div class="accordion-divider accordion-divider--top" aria-hidden="true"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="accordion-${i}" id="accordion-title-${i}"><span class="accordion-item__title">${q}</span><div class="accordion-icon-container"
data-is-open="false" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div>
</button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-${i}" aria-labelledby="accordion-title-${i}"><div class="accordion-item__description">
<p style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black"
data-section-id="61f0c9"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61f0c9">
${fe('61f0ca', sFoot.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`).join(''))}
<div class="fe-block fe-block-61f0cb"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-61f0cb"><div
class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="61f0cc"
autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Club news by email</h2>
<div class="newsletter-form-header-description"><p style="white-space:pre-wrap;">Fixtures, socials and court news once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1717">Email Address</label><input id="email-yui_3_17_2_1_1717"
class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;">We respect your privacy.</p></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div>
${fe('61f0cd', '<p class="sqsrte-small" style="white-space:pre-wrap;">© 2026 Ashgrove Lawn Tennis Club. Affiliated to the LTA.</p>')}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 BOTTOM">
<div class="sqs-cookie-banner-v2-cookie-text">${sCookie}</div><div class="sqs-cookie-banner-v2-actions">
<button class="sqs-cookie-banner-v2-deny sqs-cookie-banner-v2-cta">Decline</button><button
class="sqs-cookie-banner-v2-accept sqs-cookie-banner-v2-cta">Accept</button>
</div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout494-squarespace-membership',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sSections.map((s) => s[0]), ...sFaq.map((f) => f[0])],
  body: texts([sDek, ...sSections.flatMap((s) => s[1]), ...sFaq.map((f) => f[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer open day: Saturday 9 May, 10am to 4pm. Free coaching for all ages.', ...sNav.filter((t) => t !== sTitle), 'Join Now', 'Apply to join',
    ...sFoot, 'Club news by email', 'Fixtures, socials and court news once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '© 2026 Ashgrove Lawn Tennis Club. Affiliated to the LTA.', sCookie, 'Decline', 'Accept',
  ],
};

export const HELDOUT494_A2: readonly TestPage[] = [squarespace].map(settle);
