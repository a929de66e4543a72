import { links, type TestPage } from './page-kit.js';
import { sqsChiro } from './pages-heldout391-d2.js';
import { bodyOf, heads, j, render, rows, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file d: a private vein clinic's procedure page with a price table on Drupal 10 (skip link, branding and
 * main menu blocks, system breadcrumb, a procedure node with its body field, a prices field rendered as a table, a
 * "Medically reviewed by" field and review date, a sidebar block with the clinic's finance offer and a consultant list,
 * the footer menu and the EU Cookie Compliance popup) and, from file d2, a chiropractor's blog post on Squarespace.
 */
const vTitle = 'Endovenous laser ablation (EVLA) for varicose veins';
const vSecs: Section[] = [
  [
    '',
    [
      j(
        'Endovenous laser ablation is a minimally invasive treatment for varicose veins. Instead of stripping the faulty vein out',
        'through an incision in the groin, we seal it from the inside with a thin laser fibre passed through a needle puncture',
        'below the knee. Blood then finds its way back to the heart through healthy veins.',
      ),
      j(
        'The procedure is done under local anaesthetic in our treatment suite. Most patients walk out about an hour after',
        'arriving, and many are back at a desk job within two days.',
      ),
    ],
  ],
  [
    'Before your procedure',
    [
      j(
        'Every patient first has a consultation with a vascular surgeon and a duplex ultrasound scan of both legs. The scan shows',
        'which veins are leaking and whether EVLA is the right treatment, or whether foam sclerotherapy or a different approach',
        'would suit you better. We will not book a procedure on the day of the scan unless you ask us to.',
      ),
    ],
  ],
  [
    'On the day',
    [
      [
        'The vein is mapped again with ultrasound and marked on your skin.',
        'A small amount of local anaesthetic is injected and the fibre is passed along the vein.',
        'More dilute anaesthetic is placed around the vein to protect the surrounding tissue.',
        'The laser is switched on and the fibre is slowly withdrawn, sealing the vein.',
        'A compression stocking is fitted and you are asked to walk for 30 minutes.',
      ],
    ],
  ],
  [
    'Recovery',
    [
      j(
        'You will wear the stocking day and night for one week and during the day for a second week. A tight, bruised feeling',
        'along the treated vein is normal for up to two weeks and usually settles with walking and simple pain relief. Avoid',
        'long-haul flights and heavy gym work for a fortnight.',
      ),
      j(
        'We see you again at six weeks for a scan to check the vein has closed. Small surface veins that remain can be treated',
        'with microsclerotherapy at that visit if you wish.',
      ),
    ],
  ],
  [
    'What it costs',
    [
      j(
        'All of our prices are fixed and include the consultant’s fees, the treatment suite, the stocking and your six-week',
        'follow-up scan. We will confirm the price in writing after your consultation.',
      ),
    ],
  ],
];
const vCaption = 'Self-pay prices from 1 January 2026';
const vPrices = [
  ['Consultation with duplex ultrasound scan, both legs', '£295'],
  ['EVLA, one leg', '£2,450'],
  ['EVLA, both legs', '£3,900'],
  ['Foam sclerotherapy, per session', '£650'],
  ['Microsclerotherapy, per session', '£280'],
];
const vAfter = j(
  'If you are insured, most major insurers cover EVLA when a scan confirms venous reflux. Please check with your insurer and',
  'bring your authorisation code to your consultation.',
);
const vNav = ['Treatments', 'Our Consultants', 'Prices', 'Insured Patients', 'Patient Stories', 'Contact Us'];
const vCrumbs = ['Home', 'Treatments', 'Varicose veins'];
const vCons = ['Mr Edwin Castellane, Consultant Vascular Surgeon', 'Ms Farah Quaye, Consultant Vascular Surgeon'];
const vFoot = ['Terms and conditions', 'Privacy notice', 'Cookie policy', 'CQC report', 'Modern slavery statement'];
const vHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Endovenous laser ablation (EVLA) for varicose veins | Ashcombe Vein Clinic</title>
<link rel="canonical" href="https://ashcombeveins.example/treatments/evla">
<meta name="description" content="EVLA at Ashcombe Vein Clinic: walk-in walk-out laser treatment for varicose veins, with fixed self-pay prices.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"MedicalProcedure","name":"Endovenous laser ablation",
"procedureType":"http://schema.org/PercutaneousProcedure","howPerformed":"Under local anaesthetic"}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_position":false}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yx3kP0fVw.css"></head>
<body class="path-node page-node-type-procedure"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner"><div class="region region-header">
<div id="block-ashcombe-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">
<img src="/themes/custom/ashcombe/logo.svg"
alt="Home"></a><div class="site-name"><a href="/" rel="home">Ashcombe Vein Clinic</a></div><div class="site-slogan">Consultant-led vein care since 2009</div>
</div>
<nav role="navigation" aria-labelledby="block-ashcombe-main-menu-menu" id="block-ashcombe-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-ashcombe-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(vNav, 'menu__item')}</ul></nav></div>
</header><div class="region region-breadcrumb"><div id="block-ashcombe-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>
${links(vCrumbs)}</ol></nav></div></div><div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-ashcombe-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title field--type-string
field--label-hidden">${vTitle}</span></h1></div>
<div id="block-ashcombe-content" class="block block-system block-system-main-block"><article data-history-node-id="214" class="node node--type-procedure
node--promoted node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary
field--label-hidden field__item">
${render(vSecs)}
</div><div class="field field--name-field-price-table field--type-tablefield field--label-hidden field__item">
<div id="tablefield-wrapper-node-214-field_price_table-0"
class="tablefield-wrapper"><table id="tablefield-node-214-field_price_table-0" class="tablefield"><caption>${vCaption}</caption><thead><tr>
<th class="row_0 col_0">Treatment</th><th class="row_0 col_1">Price</th></tr></thead><tbody>
${rows(vPrices)}
</tbody></table></div></div><div class="clearfix text-formatted field field--name-field-after-table field__item"><p>${vAfter}</p></div>
<div class="field field--name-field-reviewed-by field--type-entity-reference field--label-inline clearfix"><div class="field__label">Medically reviewed by</div>
<div class="field__item"><a href="/consultants/edwin-castellane" hreflang="en">Mr Edwin Castellane</a></div></div>
<div class="field field--name-field-review-date field--type-datetime field--label-inline clearfix"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-01-14T12:00:00Z" class="datetime">14 January 2026</time></div></div></div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div id="block-financeoffer" class="block block-block-content">
<h2>Spread the cost</h2><div class="clearfix text-formatted field field--name-body field__item">
<p>0% finance over 10 months on treatment costs above £1,000.</p>
<p><a href="/finance" class="button">Check eligibility</a></p></div></div>
<div class="views-element-container block block-views" id="block-views-block-consultants-block-1">
<h2>Your consultants</h2><div class="view view-consultants view-display-id-block_1"><div class="view-content"><ul>${links(vCons, 'views-row')}</ul></div>
</div></div>
<div id="block-ctabook" class="block block-block-content"><p><a href="/book" class="button button--primary">Book a consultation</a></p>
<p>Call 01632 960 640</p></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu
navigation menu--footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">${links(vFoot, 'menu__item')}</ul></nav>
<div id="block-copyright" class="block block-block-content">
<p>© 2026 Ashcombe Vein Clinic Ltd, 3 Sallow Mews, Ashcombe AC1 5WN. Registered with the Care Quality
Commission.</p></div></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" id="sliding-popup" role="dialog">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>We use cookies on this
site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p><button type="button" class="find-more-button
eu-cookie-compliance-more-button">More info</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button
eu-cookie-compliance-secondary-button">Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button>
</div></div></div>
<script src="/sites/default/files/js/js_8kQzW2.js"></script></body></html>`;
const drupalVein: TestPage = {
  name: 'heldout391-drupal-clinic-procedure-prices',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: heads(vSecs),
  body: [...bodyOf(vSecs), vCaption, ...vPrices.flat(), vAfter],
  bylines: ['Medically reviewed by', 'Mr Edwin Castellane', 'Last reviewed', '14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashcombe Vein Clinic', 'Consultant-led vein care since 2009', 'Main navigation', ...vNav, 'Breadcrumb', ...vCrumbs,
    'Spread the cost', '0% finance over 10 months on treatment costs above £1,000.', 'Check eligibility', 'Your consultants', ...vCons,
    'Book a consultation', 'Call 01632 960 640', 'Footer', ...vFoot,
    '© 2026 Ashcombe Vein Clinic Ltd, 3 Sallow Mews, Ashcombe AC1 5WN. Registered with the Care Quality Commission.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept',
    'No, thanks',
  ],
};

export const HELDOUT391_D: readonly TestPage[] = [drupalVein, sqsChiro];
