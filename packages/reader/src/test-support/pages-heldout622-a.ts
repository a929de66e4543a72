import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout622-kit.js';

/**
 * Held-out batch 622, file a: a salon's colour price list on Squarespace 7.1 (menu block), and a consultation and patch test
 * page built with Elementor on WordPress (Hello theme) with an accordion FAQ.
 */
const sTitle = 'Colour Price List';
const sIntro = j(
  'All colour services include a consultation, a wash and a blow-dry finish. Prices depend on the length and thickness of',
  'your hair and on the stylist level you book with; the price shown is the starting price with a Senior Stylist.',
);
const sMenus: [string, [string, string][]][] = [
  [
    'Permanent colour',
    [
      ['Root tint', '£58'],
      ['Full head tint', '£72'],
      ['Grey blending', '£64'],
    ],
  ],
  [
    'Lightening',
    [
      ['Half head foils', '£85'],
      ['Full head foils', '£110'],
      ['Balayage', '£145'],
      ['Toner with any lightening service', '£22'],
    ],
  ],
  ['Corrective colour', [['Colour correction (per hour, consultation required)', '£75']]],
];
const sOutro = j(
  'A skin test is needed at least 48 hours before any colour service if you are new to us or have not had colour with us in',
  'the last six months. Skin tests are free and take ten minutes.',
);
const sNote = 'We ask for a £20 deposit to book any service over £100. The deposit is taken off your bill on the day.';
const sItem = ([n, p]: [string, string]): string =>
  `<div class="menu-item"><div class="menu-item-title">${n}</div><div class="menu-item-price-top">${p}</div></div>`;
const sMenuHtml = sMenus
  .map(
    ([t, items]) => `<div class="menu-section"><div class="menu-section-header"><h3 class="menu-section-title">${t}</h3></div>
<div class="menu-items">${items.map(sItem).join('\n')}</div></div>`,
  )
  .join('\n');
const sNav = ['Home', 'Services', 'Colour', 'Our Team', 'Journal', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy Policy', 'Terms of Booking'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Colour Price List &mdash; Ashgrove Hair Studio</title>
<link rel="canonical" href="https://www.ashgrovehair.co.uk/colour"><meta property="og:site_name" content="Ashgrove Hair Studio">
<meta property="og:title" content="Colour Price List &mdash; Ashgrove Hair Studio"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.ashgrovehair.co.uk","name":"Ashgrove Hair Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"14 Tanner Row, Kelsworth","name":"Ashgrove Hair Studio","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a","siteTitle":"Ashgrove Hair Studio"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f2a/site.css"></head>
<body id="collection-61b0" class="header-layout-nav-right tweak-global-animations-enabled view-list collection-type-page">
<div class="sqs-announcement-bar-dropzone"></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Ashgrove Hair Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://book.ashgrovehair.co.uk">Book Now</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span></button></div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61b0">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61b0">
<div class="fe-block fe-block-yui_3_17_2_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block menu-block sqs-block-menu" data-block-type="18"><div class="sqs-block-content">
<div class="menu-block"><div class="menus-wrapper"><div class="menu-wrapper"><div class="menu-select-labels"></div>
${sMenuHtml}
</div></div></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps([sOutro, esc(sNote)], ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="https://book.ashgrovehair.co.uk"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a skin test</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-html-content"><h3>Ashgrove Hair Studio</h3>
<p>14 Tanner Row, Kelsworth KW3 8PL</p><p>Tuesday to Saturday, 9am to 6pm. Late nights Thursday until 8pm.</p>
<p>${sFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(' · ')}</p>
<p>© 2026 Ashgrove Hair Studio Ltd</p></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-component-menu-block.js"></script>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout622-squarespace-colour-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sMenus.map(([t]) => t),
  body: [sIntro, ...sMenus.flatMap(([, items]) => items.map(([n, p]) => `${n} ${p}`)), sOutro, sNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ashgrove Hair Studio', ...sNav.filter((t) => t !== 'Colour' && t !== 'Services'),
    'Book Now', 'Book a skin test', '14 Tanner Row, Kelsworth KW3 8PL',
    'Tuesday to Saturday, 9am to 6pm. Late nights Thursday until 8pm.', ...sFoot, '© 2026 Ashgrove Hair Studio Ltd',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

const eTitle = 'Your Consultation & Patch Test';
const eBody = [
  j(
    'Every new colour client starts with a free consultation. It takes about fifteen minutes and lets us look at your hair',
    'in daylight, talk through what you would like and tell you honestly how many visits it may take.',
  ),
  'What happens at your consultation',
  'We look at the condition of your hair and any colour or henna already on it.',
  'We ask about medicines, allergies and anything that has irritated your skin before.',
  'We agree a plan and a price, and write both on your client card.',
  'We do your patch test, so you can go straight to booking.',
  'The patch test',
  j(
    'A small amount of the colour we plan to use is dabbed behind your ear or in the crook of your elbow. You leave it on and',
    'go about your day. If you notice redness, itching, swelling or burning in the next 48 hours, wash it off and call us.',
  ),
  j(
    'We cannot colour your hair until the 48 hours have passed, and we will not colour your hair at all if the test shows a',
    'reaction. Patch tests stay valid for six months as long as you keep coming back to us for colour.',
  ),
  'Questions we are often asked',
  'Do I need a patch test if I have had colour elsewhere?',
  j('Yes. Different brands use different dyes, and a reaction can start at any time, even after years of colouring without', 'problems.'),
  'Can I have my patch test on the same day as my haircut?',
  'Of course. Let us know when you book and we will add ten minutes to your appointment.',
  'What if I am pregnant?',
  'Tell us at your consultation. We will talk through your options and may suggest waiting for lightening services.',
];
const eList = eBody.slice(2, 6);
const eFaq = [10, 12, 14];
const eNav = ['Home', 'Services', 'Prices', 'Consultations', 'Gift Vouchers', 'Contact'];
const eFoot = ['Privacy Policy', 'Cancellation Policy', 'Careers'];
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const col = (inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const acc = eFaq
  .map(
    (i, n) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${n + 1}" class="elementor-tab-title" data-tab="${n + 1}"
role="button" aria-controls="elementor-tab-content-${n + 1}" aria-expanded="false"><span class="elementor-accordion-icon" aria-hidden="true"></span>
<a class="elementor-accordion-title" tabindex="0">${at(eBody, i)}</a></div><div id="elementor-tab-content-${n + 1}"
class="elementor-tab-content elementor-clearfix" data-tab="${n + 1}" role="region"><p>${at(eBody, i + 1)}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consultation &amp; Patch Test &#8211; Lark &amp; Comb Hairdressing</title><meta name='robots' content='index, follow, max-image-preview:large'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Consultation & Patch Test"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://larkandcomb.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://larkandcomb.co.uk/wp-content/uploads/elementor/css/post-412.css' media='all'>
<style id='wp-emoji-styles-inline-css'>img.wp-smiley, img.emoji { display: inline !important; }</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">
${col(`${w('theme-site-logo', '<a href="https://larkandcomb.co.uk"><img src="/wp-content/uploads/2024/02/lark-logo.png" alt="Lark &amp; Comb"></a>')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}
${w(
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book">
<span class="elementor-button-text">Book online</span></a></div>`,
)}`)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${col(`${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>`)}
${w('text-editor', `<p>${at(eBody, 0)}</p>`)}`)}
${col(`${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 1)}</h2>`)}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eList.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}`)}
${col(`${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 6)}</h2>`)}
${w('text-editor', ps([at(eBody, 7), at(eBody, 8)]))}
${w('image', '<img width="800" height="533" src="/wp-content/uploads/2025/03/patch-test.jpg" alt="Patch test behind the ear">')}`)}
${col(`${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 9)}</h2>`)}
${w('accordion', `<div class="elementor-accordion">${acc}</div>`)}
${w(
  'call-to-action',
  `<div class="elementor-cta__content">
<h3 class="elementor-cta__title">Ready to book?</h3>
<div class="elementor-cta__description">Consultations are free and can be booked online or by phone.</div>
<a class="elementor-cta__button elementor-button" href="/book">Book a consultation</a></div>`,
)}`)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer">
${col(`${w('text-editor', '<p>Lark &amp; Comb Hairdressing, 3 Mill Lane, Hadleigh Cross HX4 2RT</p><p>01632 960 412</p>')}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w('text-editor', '<p>© 2026 Lark &amp; Comb. All rights reserved.</p>')}`)}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" role="region"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing
experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src="https://larkandcomb.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.0" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout622-elementor-patch-test',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [at(eBody, 1), at(eBody, 6), at(eBody, 9)],
  body: texts(eBody.filter((_, i) => ![1, 6, 9].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book online', 'Ready to book?', 'Consultations are free and can be booked online or by phone.', 'Book a consultation',
    'Lark & Comb Hairdressing, 3 Mill Lane, Hadleigh Cross HX4 2RT', '01632 960 412', ...eFoot, '© 2026 Lark & Comb. All rights reserved.',
    'We value your privacy', 'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT622_A: readonly TestPage[] = [squarespace, elementor];
