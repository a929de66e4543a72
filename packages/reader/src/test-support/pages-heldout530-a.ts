import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout530-kit.js';

/**
 * Held-out batch 530, file a: a computer repair shop's price page on WordPress (Hello Elementor with Elementor Pro and a
 * TablePress table), and a managed IT support plan page on HubSpot CMS (drag-and-drop sections, plan cards, a form).
 */
const eTitle = 'Laptop & Desktop Repair Prices';
const eIntro = [
  j(
    'Every repair at Bytewell starts with a free 20-minute check at the counter. We tell you what is wrong, what it will cost and',
    'how long it will take before we touch a screwdriver. The prices below include parts and labour unless we say otherwise.',
  ),
  j(
    'Parts prices change with the model, so for screens and keyboards we show a starting price. If your machine needs a part we',
    'have to order, we will phone you with the exact figure first.',
  ),
];
const eLaptop = [
  ['Screen replacement', 'from $119', '1-3 days'],
  ['Keyboard replacement', 'from $89', '1-3 days'],
  ['Battery replacement', 'from $79', 'Same day'],
  ['Charging port repair', '$95', '2 days'],
  ['Hinge repair', 'from $70', '2-4 days'],
  ['Liquid damage clean', '$65', '2 days'],
];
const eDesk = [
  ['Power supply replacement', 'from $85', 'Same day'],
  ['SSD upgrade with data transfer', 'from $129', 'Same day'],
  ['RAM upgrade', 'from $49', 'While you wait'],
  ['Virus and malware removal', '$79', '1 day'],
];
const eIncl = ['A 90-day warranty on parts and labour', 'A clean of fans and vents on every laptop we open', 'A text when your machine is ready'];
const eDiag = j(
  'If the fault is not obvious at the counter, a bench diagnostic costs $39. We take it off the repair price if you go ahead, and',
  'you pay nothing if we cannot find the fault.',
);
const eHeads = ['Laptop repairs', 'Desktop repairs', "What's included", 'Diagnostics'];
const eNav = ['Home', 'Repairs', 'Prices', 'Business IT', 'Data Recovery', 'Contact'];
const eTest = [
  '“Had my screen done in a day and the price was exactly what they quoted.” — Dana R.',
  '“They got my thesis off a dead drive. Can’t thank them enough.” — Omar K.',
];
const eFoot = ['Privacy Policy', 'Terms of Service', 'Warranty'];
const th = (cells: readonly string[]): string =>
  `<thead><tr class="row-1">${cells.map((c, i) => `<th class="column-${i + 1}">${c}</th>`).join('')}</tr></thead>`;
const tp = (id: number, rows: readonly (readonly string[])[]): string =>
  `<table id="tablepress-${id}" class="tablepress tablepress-id-${id}">${th(['Repair', 'Price', 'Turnaround'])}
<tbody class="row-striping row-hover">${trs(rows.map((r) => r.map((c) => c.replace(/&/g, '&amp;'))))}</tbody></table>`;
const w = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Laptop &amp; Desktop Repair Prices – Bytewell Computer Repair</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://bytewellrepair.com/prices/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Laptop &amp; Desktop Repair Prices",
"isPartOf":{"@id":"https://bytewellrepair.com/#website"}},{"@type":"LocalBusiness","name":"Bytewell Computer Repair","telephone":"+1-555-0142"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://bytewellrepair.com/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://bytewellrepair.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4">
<link rel="stylesheet" id="tablepress-default-css" href="https://bytewellrepair.com/wp-content/plugins/tablepress/css/build/default.css?ver=2.4">
<style id="elementor-post-112">.elementor-112 .elementor-element.elementor-element-5c1e0a8{--padding-top:60px;}</style></head>
<body class="page-template-default page page-id-112 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="24" class="elementor elementor-24 elementor-location-header"
 data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1b9c0f2 e-flex e-con-boxed e-con e-parent" data-id="1b9c0f2" data-element_type="container">
<div class="e-con-inner">
${w(
  '44d2a1e',
  'theme-site-logo',
  `<a href="https://bytewellrepair.com">
<img width="180" height="48" src="/wp-content/uploads/2023/02/bytewell-logo.svg" alt="Bytewell Computer Repair"></a>`,
)}
${w(
  '7a3f9c4',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-7a3f9c4" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${w(
  'c2e81d0',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-text">Book a Repair</span></a>`,
)}
</div></div></header>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5c1e0a8 e-flex e-con-boxed e-con e-parent" data-id="5c1e0a8" data-element_type="container">
<div class="e-con-inner">
${w('a1b2c3d', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>`)}
${w('d4e5f6a', 'text-editor', ps(eIntro))}
${w('0f9e8d7', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2>`)}
${w('6c5b4a3', 'shortcode', `<div class="elementor-shortcode">${tp(3, eLaptop)}</div>`)}
${w('2a3b4c5', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2>`)}
${w('9e8f7a6', 'shortcode', `<div class="elementor-shortcode">${tp(4, eDesk)}</div>`)}
${w('5d6e7f8', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${(eHeads[2] ?? '').replace("'", '&#39;')}</h2>`)}
${w(
  '3c4d5e6',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eIncl.map(
      (t) =>
        `<span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span>
<span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}
${w('8b9c0d1', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eHeads[3]}</h2>`)}
${w('1e2f3a4', 'text-editor', ps([eDiag]))}
</div></div>
<div class="elementor-element elementor-element-77aa0b1 e-flex e-con-boxed e-con e-parent" data-id="77aa0b1" data-element_type="container">
<div class="e-con-inner">
${w('b7c8d9e', 'heading', '<h2 class="elementor-heading-title elementor-size-default">What our customers say</h2>')}
${w(
  'f0a1b2c',
  'testimonial-carousel',
  `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper">${eTest
    .map(
      (t) =>
        `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${t}</div></div></div></div>`,
    )
    .join('\n')}</div></div>`,
)}
${w(
  'c3d4e5f',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Not sure what's wrong?</h2>
<div class="elementor-cta__description elementor-cta__content-item">Bring it in. The counter check is always free.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-md" href="/book/">Book a Repair</a></div></div>
</div>`,
)}
</div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element elementor-element-e1f2a3b e-flex e-con-boxed e-con e-parent" data-id="e1f2a3b" data-element_type="container">
<div class="e-con-inner">
${w('a9b8c7d', 'text-editor', '<p>Bytewell Computer Repair<br>418 Canal Street, Harlow Bend<br>(555) 014-2210</p><p>Mon–Fri 9–6, Sat 10–4</p>')}
${w('d6e5f4a', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w('b3c2d1e', 'text-editor', '<p>© 2025 Bytewell Computer Repair. All rights reserved.</p>')}
</div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"
 aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"
 id="cmplz-message-1-optin">We use cookies to keep the booking form working and to see which pages people use.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://bytewellrepair.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2" id="elementor-pro-frontend-js"></script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"post":{"id":112,"title":"Laptop%20%26%20Desktop%20Repair%20Prices"}};</script>
</body></html>`;
const elementorPrices: TestPage = {
  name: 'heldout530-elementor-repair-prices',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [...eIntro, ...rowTexts(eLaptop), ...rowTexts(eDesk), ...eIncl, eDiag],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a Repair', 'What our customers say', ...eTest, "Not sure what's wrong?",
    'Bring it in. The counter check is always free.', 'Bytewell Computer Repair', '418 Canal Street, Harlow Bend', '(555) 014-2210',
    'Mon–Fri 9–6, Sat 10–4', ...eFoot, '© 2025 Bytewell Computer Repair. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to keep the booking form working and to see which pages people use.', 'Accept', 'Deny', 'View preferences',
  ],
};

const hTitle = 'IT Support Plans for Small Offices';
const hDek = 'Flat monthly pricing, a real help desk that picks up the phone, and no long contracts.';
const hIntro = j(
  'Northgate looks after offices of 5 to 80 people across the Tri-Valley area. Every plan includes remote help desk support,',
  'patching and monitoring for every computer, and a named technician who knows your setup. Pick the plan that matches how much',
  'you want us to handle; you can move up or down at the end of any month.',
);
const hPlans: { name: string; price: string; blurb: string; feats: string[] }[] = [
  {
    name: 'Essentials',
    price: '$55 per user / month',
    blurb: 'For offices that mostly need a help desk and someone watching the updates.',
    feats: ['Remote help desk, 8am–6pm weekdays', 'Windows and macOS patching', 'Antivirus and endpoint monitoring', 'Monthly health report'],
  },
  {
    name: 'Business',
    price: '$95 per user / month',
    blurb: 'Our most popular plan, with on-site visits and backups included.',
    feats: ['Everything in Essentials', 'Two on-site visits a month', 'Microsoft 365 backup and restore', 'New starter and leaver setup'],
  },
  {
    name: 'Complete',
    price: '$140 per user / month',
    blurb: 'For offices that want us to run IT end to end, including security.',
    feats: ['Everything in Business', '24/7 emergency line', 'Security awareness training each quarter', 'Quarterly planning meeting and budget'],
  },
];
const hFaq = [
  ['Is there a setup fee?', 'A one-time onboarding fee of $300 per site covers the audit, documentation and installing our monitoring tools.'],
  ['What counts as a user?', 'A user is a person with an email account. Shared mailboxes and printers are free.'],
  ['Do you fix hardware?', 'Yes. Labour for hardware faults is covered on the Business and Complete plans; parts are billed at cost with no markup.'],
];
const hNav = ['Services', 'Plans', 'Cybersecurity', 'Case Studies', 'About', 'Blog'];
const hFoot = ['Managed IT', 'Cloud Backup', 'Network Cabling', 'Careers', 'Privacy Policy', 'Remote Support'];
const mod = (id: string, inner: string): string =>
  `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column"
 data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget"><div id="hs_cos_wrapper_widget_${id}"
 class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">${inner}</div>
</div></div></div></div></div></div>`;
const card = (p: (typeof hPlans)[number]): string => `<div class="pricing-card${p.name === 'Business' ? ' pricing-card--featured' : ''}">
${p.name === 'Business' ? '<span class="pricing-card__badge">Most popular</span>' : ''}<h3 class="pricing-card__title">${p.name}</h3>
<p class="pricing-card__price">${p.price}</p><p class="pricing-card__description">${p.blurb}</p>
<ul class="pricing-card__features">${lis(p.feats)}</ul><a class="button button--secondary" href="/contact?plan=${p.name.toLowerCase()}">Talk to sales</a>
</div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IT Support Plans &amp; Pricing | Northgate Tech Partners</title>
<meta name="description" content="Managed IT support plans for small offices. Flat monthly pricing per user.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.northgatetech.com/plans">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.northgatetech.com/hubfs/hub_generated/template_assets/1/8827361/1714412210/template_main.min.css">
<link rel="stylesheet" href="https://www.northgatetech.com/hubfs/hub_generated/module_assets/1/8827410/1714412211/module_pricing-cards.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Managed IT support","provider":{"@type":"Organization",
"name":"Northgate Tech Partners"}}</script>
<meta property="og:title" content="IT Support Plans &amp; Pricing"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-91827364510 hs-site-page page">
<div data-global-resource-path="northgate-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="https://www.northgatetech.com">
<img src="https://www.northgatetech.com/hubfs/northgate-logo.svg" alt="Northgate Tech Partners" width="190"></a></div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
<div class="header__button"><a class="button" href="/get-support">Get Support Now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--plans">
${mod('1', `<div class="hero-banner"><h1>${hTitle}</h1><p class="hero-banner__subtitle">${hDek}</p></div>`)}
${mod(
  '2',
  `<div class="rich-text"><span id="hs_cos_wrapper_widget_2_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
 data-hs-cos-type="rich_text"><p>${hIntro}</p></span></div>`,
)}
${mod('3', `<div class="pricing-cards">${hPlans.map(card).join('\n')}</div>`)}
${mod(
  '4',
  `<div class="accordion"><h2>Frequently asked questions</h2>${hFaq
    .map(
      ([q, a]) =>
        `<details class="accordion__item"><summary class="accordion__title"><h3>${q}</h3></summary><div class="accordion__content"><p>${a}</p></div></details>`,
    )
    .join('\n')}</div>`,
)}
${mod(
  '5',
  `<div class="form-module"><h2 class="form-title">Get a free network assessment</h2><p>We'll spend an hour on site and send you a written report.</p>
<div class="hbspt-form"><form id="hsForm_4c1f" class="hs-form stacked hs-custom-form"><div class="hs_firstname hs-form-field"><label for="firstname-4c1f">
<span>First name</span>
<span class="hs-form-required">*</span></label><input id="firstname-4c1f" name="firstname" required type="text"></div>
<div class="hs_company hs-form-field"><label for="company-4c1f"><span>Company name</span></label><input id="company-4c1f" name="company" type="text"></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Book my assessment"></div></div></form>
</div></div>`,
)}
</div></main>
<div data-global-resource-path="northgate-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__address"><p>Northgate Tech Partners<br>2200 Orchard Way, Suite 140, Pleasanton Vale</p></div>
<ul class="footer__menu">${links(hFoot)}</ul><p class="footer__copyright">© 2025 Northgate Tech Partners</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-hide-on-mobile hs-cookie-notification-position-bottom" data-hs-target="hs-eu-cookie-confirmation">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; hsVars['portal_id'] = 8827361;</script>
<script id="hs-script-loader" async defer src="/hs/scriptloader/8827361.js"></script></body></html>`;
const hubspotPlans: TestPage = {
  name: 'heldout530-hubspot-it-plans',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hPlans.map((p) => p.name), 'Frequently asked questions', ...hFaq.map(([q]) => q ?? '')],
  body: [hDek, hIntro, ...hPlans.flatMap((p) => [p.price, p.blurb, ...p.feats]), ...hFaq.map(([, a]) => a ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Get Support Now', 'Most popular', 'Talk to sales', 'Get a free network assessment',
    "We'll spend an hour on site and send you a written report.", 'First name', 'Company name', 'Northgate Tech Partners',
    '2200 Orchard Way, Suite 140, Pleasanton Vale', ...hFoot, '© 2025 Northgate Tech Partners',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT530_A: readonly TestPage[] = [elementorPrices, hubspotPlans];
