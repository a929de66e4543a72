import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tags } from './pages-heldout386-kit.js';

/**
 * Held-out batch 386, file d: an Unbounce landing page for a startup discount programme (absolutely positioned lp-pom
 * blocks, boxes and text elements, buttons, an application form, partner logos and the Unbounce-style cookie bar, no
 * semantic header or footer), and a WordPress page built with Elementor on the Hello theme for non-profit pricing
 * (Elementor sections, heading / text-editor / price-table / icon-list / toggle widgets, a CookieYes banner, a newsletter
 * form and the Elementor footer template).
 */
const uTitle = 'Gridhollow for Startups';
const uLead = [
  j('Up to $25,000 in Gridhollow credits for your first year, plus engineering office hours, so you can build your data stack', 'before you have a data team.'),
];
const uGet = [
  '<strong>Credits:</strong> $5,000 for pre-seed and seed companies, or $25,000 if you joined through a partner accelerator.',
  '<strong>Office hours:</strong> a monthly call with a Gridhollow solutions engineer to review schemas, costs and query plans.',
  '<strong>Priority support:</strong> answers within four business hours, the same as our Business plan.',
  '<strong>Launch help:</strong> a feature in our customer newsletter when you ship a product built on Gridhollow.',
];
const uElig = [
  'You have raised less than $5 million in total funding.',
  'Your company was founded less than five years ago.',
  'You are not already a paying Gridhollow customer on an annual contract.',
  'You have a company website and a work email address on the same domain.',
];
const uHow = [
  j(
    'Credits are added to your organisation within five business days of approval and can be used for storage, compute and',
    'data transfer on any plan. Unused credits expire 12 months after they are issued.',
  ),
  j(
    'Once your credits run out or expire, your account moves to pay-as-you-go pricing. We email you when 75% and 90% of the',
    'credits are used, and nothing is charged to your card until you confirm a payment method.',
  ),
  j(
    'Startups that outgrow the programme in year one can convert to an annual Business contract with 30% off the first year,',
    'so the jump from credits to a bill is never a cliff.',
  ),
];
const uPartners = ['Founders Lantern', 'Northgate Ventures', 'Kiln Accelerator', 'Seedbank Lisbon'];
const uText = (n: number, inner: string, top: number): string => `<div class="lp-element lp-pom-text nlh" id="lp-pom-text-${n}"
style="left:${top % 7}px;top:${top}px;width:560px;height:auto">${inner}</div>`;
const uHtml = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Gridhollow for Startups – Apply for credits</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Apply for up to $25,000 in Gridhollow credits."><meta name="robots" content="index, follow">
<meta property="og:title" content="Gridhollow for Startups"><script>window.ub = {"page":{"id":"7c1b4a2e-9f0d","variantId":"a","name":"startups-2026"},
"hooks":{"beforeFormSubmit":[]}};</script><style id="lp-pom-css">#lp-pom-root{display:block;background:#fff}#lp-pom-block-8{height:640px}</style></head>
<body><div class="lp-element lp-pom-root" id="lp-pom-root"><div id="lp-pom-root-color-overlay"></div><div class="lp-positioner" id="lp-pom-root-positioner">
<div class="lp-element lp-pom-block" id="lp-pom-block-8"><div id="lp-pom-block-8-color-overlay"></div>
<div class="lp-element lp-pom-image" id="lp-pom-image-9"><div class="lp-pom-image-container"><img src="//d9hhrg4mnvzow.cloudfront.example/logo.png"
alt="Gridhollow"></div></div><a class="lp-element lp-pom-button" id="lp-pom-button-10" href="https://gridhollow.example/login">
<span class="label">Sign in</span></a>
${uText(11, `<h1><span style="font-size:48px">${uTitle}</span></h1>`, 90)}${uText(12, ps(uLead, ' style="line-height:28px"'), 170)}
<a class="lp-element lp-pom-button" id="lp-pom-button-13" href="#lp-pom-form-30"><span class="label">Apply now</span></a>
${uText(14, '<p><span style="color:#7a7a7a">Trusted by 1,800 startups in 60 countries</span></p>', 330)}</div>
<div class="lp-element lp-pom-block" id="lp-pom-block-15"><div class="lp-element lp-pom-box" id="lp-pom-box-16">
${uText(17, '<h2>What you get</h2>', 20)}${uText(18, `<ul>${lis(uGet)}</ul>`, 70)}</div>
<div class="lp-element lp-pom-box" id="lp-pom-box-19">${uText(20, '<h2>Who can apply</h2>', 20)}${uText(21, `<ul>${lis(uElig)}</ul>`, 70)}</div></div>
<div class="lp-element lp-pom-block" id="lp-pom-block-22">${uText(23, '<h2>How the credits work</h2>', 20)}${uText(24, ps(uHow), 70)}</div>
<div class="lp-element lp-pom-block" id="lp-pom-block-25">${uText(26, '<p><strong>Our accelerator partners</strong></p>', 10)}
${uText(27, tags(uPartners, 'p'), 50)}</div>
<div class="lp-element lp-pom-block" id="lp-pom-block-28">${uText(29, '<h3>Apply in two minutes</h3>', 10)}
<div class="lp-element lp-pom-form has-axis" id="lp-pom-form-30"><form action="" method="POST"><fieldset class="clearfix">
<div class="lp-pom-form-field clearfix" id="container_company_name"><label for="company_name" class="main lp-form-label">Company name *</label>
<input type="text" id="company_name" name="company_name" class="text form_elem_company_name"></div>
<div class="lp-pom-form-field clearfix" id="container_funding"><label for="funding" class="main lp-form-label">Total funding raised *</label>
<select id="funding" name="funding"><option>Bootstrapped</option><option>Under $1M</option><option>$1M to $5M</option></select></div></fieldset>
<a class="lp-element lp-pom-button" id="lp-pom-button-31" href="#"><span class="label">Submit application</span></a></form></div>
${uText(32, '<p><span style="font-size:12px">We reply to every application within five business days.</span></p>', 420)}</div>
<div class="lp-element lp-pom-block" id="lp-pom-block-33">
${uText(34, '<p><span style="font-size:12px">© 2026 Gridhollow, Inc. · Privacy · Terms of use</span></p>', 10)}</div>
</div></div>
<div id="ub-cookie-bar" class="ub-emb-bar"><p>This page uses cookies so we can see which campaigns bring startups here.</p>
<button class="ub-emb-close">Got it</button></div>
<script src="//builder-assets.unbounce.example/published-js/main.bundle-8c0f1e2.z.js"></script></body></html>`;
const unbounce: TestPage = {
  name: 'heldout386-unbounce-startup-programme',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['What you get', 'Who can apply', 'How the credits work'],
  body: texts([...uLead, ...uGet, ...uElig, ...uHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Apply now', 'Trusted by 1,800 startups in 60 countries', 'Our accelerator partners', ...uPartners, 'Apply in two minutes',
    'Company name *', 'Total funding raised *', 'Bootstrapped', 'Under $1M', '$1M to $5M', 'Submit application',
    'We reply to every application within five business days.', '© 2026 Gridhollow, Inc. · Privacy · Terms of use',
    'This page uses cookies so we can see which campaigns bring startups here.', 'Got it',
  ],
};

const eTitle = 'Pricing for non-profits';
const eLead = [
  j(
    'Kindlewise is built for fundraising teams, and we think the tools that help charities raise money should not eat into',
    'what they raise. Registered non-profits get every plan at a reduced rate, and the smallest organisations pay nothing.',
  ),
];
const ePlans: [string, string, string[]][] = [
  ['Seedling', 'Free', ['Up to 500 supporter records', 'Online donation forms', 'Gift Aid and tax receipts', '2 staff accounts']],
  ['Grove', '£39 / month', ['Up to 10,000 supporter records', 'Recurring giving and pledges', 'Email campaigns', '10 staff accounts']],
  ['Canopy', '£119 / month', ['Unlimited supporter records', 'Grant and major donor pipelines', 'Custom reports', 'Unlimited staff accounts']],
];
const eDetail = [
  j(
    'The prices above already include the non-profit discount, which is 40% off our standard list price. They are the same',
    'whether you pay monthly or yearly, and they do not go up after the first year.',
  ),
  j(
    'Seedling is free for organisations with an annual income under £100,000. There is no time limit and no card is needed;',
    'if your income grows, we ask you to move to Grove at your next anniversary.',
  ),
];
const eWho = [
  'Registered charities in England, Wales, Scotland and Northern Ireland',
  'Community interest companies with an asset lock',
  'Charitable incorporated organisations and friendly societies',
  'Equivalent organisations in Ireland, with a CHY number',
];
const eToggles: [string, string][] = [
  ['What proof do I need?', 'Your charity or company registration number. We check it against the public register, usually within a day.'],
  ['Do you take a fee on donations?', 'No. Kindlewise never takes a percentage of donations. Card processing fees are charged by your payment provider.'],
  ['Can we try it first?', 'Every paid plan has a 30-day free trial, and you can import your existing supporter data during the trial.'],
];
const eNav = ['Features', 'Pricing', 'Stories', 'Resources', 'Log in'];
const eFoot = ['About Kindlewise', 'Accessibility', 'Data protection', 'Contact us'];
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const price = ([name, amount, feats]: [string, string, string[]], i: number): string => `<div class="elementor-column elementor-col-33 elementor-inner-column">
${w(
  `pt${i}`,
  'price-table',
  `<div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${name}</h3></div><div class="elementor-price-table__price">
<span class="elementor-price-table__integer-part">${amount}
</span></div><ul class="elementor-price-table__features-list">${lis(
    feats.map(
      (f) => `<div class="elementor-price-table__feature-inner">
<span>${f}</span></div>`,
    ),
  )}
</ul><div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="/signup">Choose ${name}</a>
</div></div>`,
)}</div>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pricing for non-profits – Kindlewise</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="https://kindlewise.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1">
<link rel="stylesheet" id="hello-elementor-css" href="https://kindlewise.example/wp-content/themes/hello-elementor/style.min.css?ver=3.3.0">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Pricing for non-profits",
"datePublished":"2025-06-10T08:00:00+00:00","dateModified":"2026-01-22T14:31:09+00:00"}]}</script>
<meta name="generator" content="Elementor 3.27.1; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">${sec(
  'h1a',
  `${w('lg', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/kindlewise-logo.svg" alt="Kindlewise"></a>')}
${w(
  'nv',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-nv" class="elementor-nav-menu">${links(
    eNav,
    'menu-item menu-item-type-post_type',
  )}</ul></nav>`,
)}`,
)}</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sec(
  '3f2a1b0',
  `${w('t1', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('t2', 'text-editor', ps(eLead))}`,
)}
<section class="elementor-section elementor-top-section elementor-element elementor-element-9c81d2e elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">${ePlans.map(price).join('\n')}</div></section>
${sec(
  '5b0e771',
  `${w('d1', 'text-editor', ps(eDetail))}${w('d2', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Who qualifies</h2>')}
${w(
  'd3',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eWho.map((t) => `<span class="elementor-icon-list-text">${t}</span>`),
    'elementor-icon-list-item',
  )}
</ul>`,
)}`,
)}
${sec(
  'a77c0d4',
  `${w('q1', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Common questions</h2>')}
${w(
  'q2',
  'toggle',
  `<div class="elementor-toggle">${eToggles
    .map(
      ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${i}"
class="elementor-tab-title" role="button"><a class="elementor-toggle-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-${i}" class="elementor-tab-content elementor-clearfix" role="region">${ps([a])}</div></div>`,
    )
    .join('\n')}</div>`,
)}`,
)}
${sec(
  'c0ffee1',
  `${w('n1', 'heading', '<h4 class="elementor-heading-title">Fundraising tips, once a month</h4>')}
${w(
  'n2',
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-field-type-email elementor-field-group">
<label for="form-field-email" class="elementor-field-label elementor-screen-only">Email</label><input type="email" placeholder="Your email address"></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></form>`,
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">${sec(
  'f1',
  `${w('fm', 'nav-menu', `<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>`)}${w(
    'fc',
    'text-editor',
    '<p>Kindlewise Ltd, 4 Tanner Row, York. Registered in England no. 11902233.</p>',
  )}`,
)}</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" data-cky-tag="title">We value your privacy</p><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to improve
your browsing experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src="https://kindlewise.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout386-elementor-nonprofit-pricing',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...ePlans.map(([n]) => n), 'Who qualifies', 'Common questions'],
  body: texts([...eLead, ...ePlans.flatMap(([, a, f]) => [a, ...f]), ...eDetail, ...eWho, ...eToggles.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, ...ePlans.map(([n]) => `Choose ${n}`), 'Fundraising tips, once a month',
    'Subscribe', ...eFoot, 'Kindlewise Ltd, 4 Tanner Row, York. Registered in England no. 11902233.', 'We value your privacy',
    'We use cookies to improve your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT386_D: readonly TestPage[] = [unbounce, elementor];
