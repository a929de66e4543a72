import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout346-kit.js';

/**
 * Held-out batch 346, file d: an airline-compensation claims company's blog post built with WordPress and Elementor (a page
 * builder: nested elementor-section / column / widget markup, post-info widget with author, date and reading time, share
 * buttons, a claim-calculator call to action, table of contents widget, author box, related posts, comments closed notice,
 * footer) and a US Federal Trade Commission-style enforcement press release on Drupal with the USWDS banner.
 */
const aTitle = 'Flight delayed by more than three hours? Here is what you can claim in 2026';
const aH = ['Which flights are covered', 'How much compensation you can get', 'What counts as extraordinary circumstances', 'How to claim'];
const a1 = [
  j(
    'If your flight landed more than three hours late, you may be owed up to €600 per passenger, on top of any meals or hotel',
    'nights the airline should have paid for on the day. Yet most travellers never claim, often because they assume the delay',
    'was the weather or simply do not know the rules exist.',
  ),
];
const a2 = [
  j(
    'The rules apply to any flight departing from an airport in the EU or the UK, whatever the airline, and to flights arriving',
    'in the EU or UK on an EU or UK airline. A flight from Lisbon to New York is covered; a flight from New York to Lisbon on a',
    'non-European carrier is not.',
  ),
];
const aRows = [
  ['Up to 1,500 km', '€250'],
  ['1,500 km to 3,500 km', '€400'],
  ['Over 3,500 km', '€600'],
] as const;
const a3 = ['The amount depends on the distance of the flight, not the price of the ticket:'];
const a4 = [
  j(
    'Airlines do not have to pay if the delay was caused by something outside their control, such as a storm, an air traffic',
    'control strike or a bird strike. Technical faults, however, are not usually extraordinary, even if the airline says so.',
  ),
  'Staff shortages and crew illness are also the airline\u2019s own responsibility.',
  j(
    'If the airline blames extraordinary circumstances, ask it to explain exactly what happened and why the delay could not have',
    'been avoided. Airlines must show they took all reasonable measures, such as keeping spare aircraft or crew on standby.',
  ),
];
const a5 = [
  'You can claim directly from the airline, for free. You will need:',
  'your booking reference and flight number',
  'your boarding passes, if you still have them',
  'receipts for anything you had to buy during the delay',
  j(
    'If the airline rejects your claim or ignores you for eight weeks, you can go to an alternative dispute resolution body. Claims',
    'can be made for flights up to six years ago in England and Wales.',
  ),
];
const aToc = ['Which flights are covered', 'How much compensation', 'Extraordinary circumstances', 'How to claim'];
const aNav = ['Check my flight', 'Delayed flights', 'Cancelled flights', 'Denied boarding', 'Blog', 'About us'];
const aRelated = ['Cancelled flight: refund or rerouting?', 'Lost luggage: the Montreal Convention explained', 'Can you claim for a missed connection?'];
const ew = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const aHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${aTitle} - SkyRefund Claims</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-22T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${aTitle}",
"author":{"name":"Carys Penhallow"},"datePublished":"2026-01-22"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":2207}};</script>
<link rel="stylesheet" id="elementor-post-2207-css" href="https://skyrefund.example/wp-content/uploads/elementor/css/post-2207.css"></head>
<body class="post-template-default single single-post postid-2207 elementor-default elementor-kit-6 elementor-page elementor-page-2207">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner" role="dialog"><div class="cmplz-message">We use cookies to optimise our website and
our service.</div><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">${sec(
  'hd1',
  `${ew('theme-site-logo', '<a href="/">SkyRefund</a>', 'lg1')}${ew(
    'nav-menu',
    `<nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(aNav, 'menu-item')}</ul></nav>`,
    'nv1',
  )}`,
)}</div>
<div data-elementor-type="single-post" data-elementor-id="340" class="elementor elementor-340 elementor-location-single post-2207 post type-post">
${sec(
  't1',
  `${ew('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${aTitle}</h1>`, 'pt1')}${ew(
    'post-info',
    `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Carys Penhallow</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-date">22 January 2026</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-custom">6 min read</span></li></ul>`,
    'pi1',
  )}`,
)}
${sec(
  't2',
  `${ew(
    'table-of-contents',
    `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Table of Contents</h4></div>
<div class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">${lis(aToc, 'elementor-toc__list-item')}</ul></div>`,
    'toc1',
  )}
${ew(
  'theme-post-content',
  `${ps(a1)}<h2>${aH[0]}</h2>${ps(a2)}<h2>${aH[1]}</h2>${ps(a3)}<figure class="wp-block-table"><table><thead><tr><th>Flight distance</th>
<th>Compensation</th></tr></thead><tbody>${aRows.map(([d, c]) => `<tr><td>${d}</td><td>${c}</td></tr>`).join('')}</tbody></table></figure>
<h2>${aH[2]}</h2>${ps(a4)}<h2>${aH[3]}</h2><p>${a5[0]}</p><ul>${lis(a5.slice(1, 4))}</ul><p>${a5[4]}</p>`,
  'pc1',
)}`,
)}
${sec(
  't3',
  `${ew(
    'call-to-action',
    `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Check your flight in 2 minutes</h3>
<div class="elementor-cta__description">No win, no fee. Our fee is 25% plus VAT if we win.</div><a class="elementor-cta__button elementor-button"
href="/check">Start my claim</a></div>`,
    'cta1',
  )}${ew(
    'share-buttons',
    `<div class="elementor-grid">${['Facebook', 'LinkedIn', 'WhatsApp', 'Email']
      .map(
        (s) => `<div
class="elementor-grid-item"><div class="elementor-share-btn"><span class="elementor-share-btn__title">${s}</span></div></div>`,
      )
      .join('')}</div>`,
    'sh1',
  )}
${ew(
  'author-box',
  `<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Carys Penhallow</h4><p class="elementor-author-box__bio">Carys
is a former cabin crew member and writes about passenger rights.</p></div>`,
  'ab1',
)}`,
)}
${sec(
  't4',
  ew(
    'posts',
    `<h3 class="elementor-heading-title">You might also like</h3><div class="elementor-posts-container">${aRelated
      .map(
        (r) => `<article
class="elementor-post"><h3 class="elementor-post__title"><a href="#">${r}</a></h3></article>`,
      )
      .join('')}</div>`,
    'rp1',
  ),
)}
${sec('t5', ew('post-comments', '<p class="no-comments">Comments are closed.</p>', 'cm1'))}</div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-location-footer">${sec(
  'ft1',
  `${ew('text-editor', '<p>SkyRefund Claims Ltd is an invented company and is not affiliated with any airline.</p>', 'fx1')}${ew(
    'nav-menu',
    `<ul>${links(['Privacy policy', 'Terms of business', 'Fees', 'Contact'])}</ul>`,
    'fn1',
  )}`,
)}</div></body></html>`;
const skyrefund: TestPage = {
  name: 'heldout346-elementor-claims-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...a1, ...a2, ...a3, ...aRows.flat(), ...a4, ...a5]),
  bylines: ['Carys Penhallow', '22 January 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'SkyRefund', ...aNav, 'Table of Contents',
    'How much compensation', 'Extraordinary circumstances', 'Check your flight in 2 minutes', 'No win, no fee. Our fee is 25% plus VAT if we win.',
    'Start my claim', 'Facebook', 'LinkedIn', 'WhatsApp', 'Email', 'Carys is a former cabin crew member and writes about passenger rights.',
    'You might also like', ...aRelated, 'Comments are closed.', 'SkyRefund Claims Ltd is an invented company and is not affiliated with any airline.',
    'Privacy policy', 'Terms of business', 'Fees', 'Contact',
  ],
};

/**
 * An FTC-style press release on Drupal with the U.S. Web Design System: the "official website" banner, header menu,
 * breadcrumbs, "For Release" date, tags, related cases, "Contact Information" block, the "Get Consumer Alerts" sign-up,
 * footer.
 */
const xTitle = 'FTC Action Stops Home Warranty Seller That Refused to Pay Valid Claims';
const x1 = [
  j(
    'The Federal Trade Commission has taken action against Brightgate Warranty Group LLC and its owner, alleging the company sold',
    'home warranty plans it had no intention of honoring and then denied nearly every repair claim consumers made.',
  ),
  j(
    'According to the complaint, Brightgate charged consumers between $480 and $720 a year for plans promising to cover the',
    'repair or replacement of furnaces, water heaters and major appliances. When consumers filed claims, the company routinely',
    'blamed "pre-existing conditions" or "improper maintenance" without ever sending a technician to inspect the item.',
  ),
  j(
    'The complaint alleges the company also made cancellation almost impossible, requiring consumers to send a notarized letter',
    'by certified mail and continuing to charge their cards for months after they did so.',
  ),
  j(
    'Consumers who complained to state regulators were often told their claims had been reopened, only to receive a second',
    'denial weeks later. Some paid thousands of dollars for emergency furnace repairs in winter while waiting for an answer.',
  ),
];
const xQuote = j(
  '"Selling a promise of protection and then refusing to honor it is a textbook deceptive practice," said the Director of the',
  'FTC\u2019s Bureau of Consumer Protection. "Today\u2019s order puts money back in the pockets of the people who were cheated."',
);
const x2 = [
  'Under the proposed settlement order, Brightgate and its owner are:',
  'banned from selling or marketing any service contract or home warranty',
  'required to pay $3.2 million, which the Commission intends to use for refunds to consumers',
  'prohibited from misrepresenting the terms of any product or service they sell in the future',
  j(
    'The Commission vote authorizing the staff to file the complaint and proposed order was 3-0. The complaint was filed in the',
    'U.S. District Court for the District of Eastover.',
  ),
  j(
    'NOTE: The Commission files a complaint when it has "reason to believe" that the law has been or is being violated. The case',
    'will be decided by the court.',
  ),
];
const xNav = ['Enforcement', 'Policy', 'Advice and Guidance', 'News and Events', 'About the FTC'];
const xCrumbs = ['Home', 'News & Events', 'News', 'Press Releases'];
const xTags = ['Deceptive/Misleading Conduct', 'Warranties', 'Home Services'];
const xFoot = ['Report Fraud', 'Privacy Policy', 'Accessibility', 'FOIA', 'Office of Inspector General', 'USA.gov'];
const xHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${xTitle} | Federal Trade Commission</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="Company sold home warranties it did not honor.">
<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${xTitle}",
"datePublished":"2026-02-26"}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/90125"},"gtag":{"tagId":"G-XXXX"}}</script></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here\u2019s how you know</span></button>
</div></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-logo"><a href="/" title="Home">Federal Trade Commission</a></div>
<p class="usa-logo__tagline">Protecting America's Consumers</p><nav class="usa-nav" aria-label="Primary navigation"><ul class="usa-nav__primary usa-accordion">
${links(xNav, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content" class="usa-layout-docs"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs">
<ol class="usa-breadcrumb__list">${links(xCrumbs, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><div class="desktop:grid-col-8"><article class="node node--type-press-release node--view-mode-full">
<div class="field field--name-field-date"><span class="field__label">For Release</span> <time datetime="2026-02-26T12:00:00Z">February 26, 2026</time></div>
<h1 class="node-title"><span class="field field--name-title">${xTitle}</span></h1>
<p class="field--name-field-subtitle">Company told consumers their plans covered major repairs, then denied almost every claim</p>
<div class="clearfix text-formatted field field--name-body">${ps(x1)}<p>${xQuote}</p><p>${x2[0]}</p><ul>${lis(x2.slice(1, 4))}</ul>${ps(x2.slice(4))}</div>
<div class="field field--name-field-tags"><h2 class="field__label">Tags:</h2><ul>${links(xTags, 'usa-tag')}</ul></div></article></div>
<aside class="desktop:grid-col-4"><div class="block-related-cases"><h2>Related Cases</h2><ul>${links(['Brightgate Warranty Group LLC, et al.'])}</ul></div>
<div class="block-contact-info"><h2>Contact Information</h2><h3>Media Contact</h3><p>Office of Public Affairs</p><p>202-555-0146</p>
<h3>Staff Contact</h3><p>Rowena Aldecott</p><p>BCP Division of Enforcement</p></div></aside></div></div>
<section class="ftc-alerts-signup"><h2>Get Consumer Alerts</h2><p>Sign up to get the latest news on scams and how to protect yourself.</p>
<form><input type="email" aria-label="Email address"><button class="usa-button">Subscribe</button></form></section></main>
<footer class="usa-footer"><ul class="usa-footer__secondary-links">${links(xFoot)}</ul><p>Federal Trade Commission, an invented address in Washington, DC</p>
</footer></body></html>`;
const ftc: TestPage = {
  name: 'heldout346-ftc-uswds-press-release-news',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(['Company told consumers their plans covered major repairs, then denied almost every claim', ...x1, xQuote, ...x2]),
  bylines: ['For Release', 'February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here\u2019s how you know',
    "Protecting America's Consumers", ...xNav, ...xCrumbs, 'Tags:', ...xTags, 'Related Cases', 'Brightgate Warranty Group LLC, et al.', 'Contact Information',
    'Media Contact', 'Office of Public Affairs', '202-555-0146', 'Staff Contact', 'Rowena Aldecott', 'BCP Division of Enforcement', 'Get Consumer Alerts',
    'Sign up to get the latest news on scams and how to protect yourself.', 'Subscribe', ...xFoot,
    'Federal Trade Commission, an invented address in Washington, DC',
  ],
};

export const HELDOUT346_D: readonly TestPage[] = [skyrefund, ftc];
