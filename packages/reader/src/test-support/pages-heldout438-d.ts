import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout438-d2.js';
import { j, row, rowText } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file d: a customs broker's guide page on HubSpot CMS (drag-and-drop sections with hs_cos_wrapper
 * modules, the global header and footer partials, breadcrumb, "Reviewed by" and "Last reviewed" lines, a table of contents
 * module, a worked-example table, a HubSpot form CTA, related guides, and the HubSpot cookie banner) and, from file d2, a
 * logistics startup's blog post on Ghost with the Casper theme.
 */
const gTitle = 'How to import goods into the UK: a step-by-step customs guide';
const gIntro = [
  j(
    'Bringing goods into Great Britain from outside the UK means making an import declaration, paying any duty and import VAT,',
    'and making sure the goods meet the rules for their type. This guide walks through each step in the order it happens.',
  ),
];
const gH = [
  'Step 1: Get an EORI number',
  'Step 2: Classify your goods',
  'Step 3: Work out the customs value',
  'Step 4: Check what you will pay',
  'Step 5: Make the declaration',
  'Common mistakes to avoid',
];
const gS1 = [
  j(
    'Any business that moves goods into or out of the UK needs an Economic Operators Registration and Identification number',
    'starting with GB. It is free, and registration usually takes a few days. Your broker cannot submit a declaration for you',
    'without it.',
  ),
];
const gS2 = [
  j(
    'Every product has a commodity code in the UK Global Tariff. The code sets the duty rate and tells you whether a licence',
    'or certificate is needed. Codes for imports have ten digits; the first six are shared with most countries in the world.',
  ),
  j(
    'If you are unsure, ask us before the goods ship. A wrong code is the most frequent cause of extra duty bills after',
    'import, and HMRC can look back up to four years.',
  ),
];
const gS3 = [
  j(
    'Duty is normally charged on the transaction value: the price paid for the goods plus the cost of transport and insurance',
    'up to the UK border. Discounts, royalties and assists such as moulds supplied to the factory can change that value.',
  ),
];
const gS4 = ['The table below shows a worked example for a consignment of ceramic tableware bought for GBP 8,000 on FOB terms.'];
const gTable = [
  ['Price of goods (FOB)', 'GBP 8,000'],
  ['Freight and insurance to UK port', 'GBP 650'],
  ['Customs value', 'GBP 8,650'],
  ['Import duty at 6%', 'GBP 519'],
  ['Import VAT at 20% on value plus duty', 'GBP 1,833.80'],
];
const gS4b = [
  j(
    'VAT-registered businesses can account for import VAT on their VAT return through postponed VAT accounting instead of',
    'paying it at the border, which helps cash flow.',
  ),
];
const gS5 = [
  j(
    'Declarations are made in the Customs Declaration Service, usually by a broker acting as your direct representative. We',
    'need the commercial invoice, packing list, transport document and any certificates at least 24 hours before arrival so',
    'the goods can be cleared while the vessel is still at sea.',
  ),
];
const gS6 = [
  'Using the supplier\u2019s export code instead of checking the UK import code.',
  'Leaving freight out of the customs value.',
  'Claiming a preferential duty rate without a valid statement on origin.',
  'Forgetting that samples and free-of-charge goods still need a declaration.',
];
const gToc = ['Get an EORI number', 'Classify your goods', 'Work out the customs value', 'Check what you will pay', 'Make the declaration', 'Common mistakes'];
const gMenu = ['Customs clearance', 'Freight forwarding', 'Guides', 'Duty calculator', 'About us', 'Contact'];
const gRelated = ['Exporting to the EU after Brexit: what changed', 'Rules of origin explained', 'What is a deferment account?'];
const gFoot = ['Terms of business', 'Privacy notice', 'Cookie policy', 'Complaints'];
const mod = (id: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 dnd-section"><div class="row-fluid"><div class="span12
widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget"><div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">${inner}</div></div></div></div>`;
const sec = (h: string, paras: readonly string[], id: string): string => `<h2 id="${id}">${h}</h2>\n${ps(paras)}`;
const gHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${gTitle} | Calder Customs Services</title>
<meta name="description" content="Step-by-step guide to UK import customs: EORI, commodity codes, customs value, duty, VAT and declarations.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${gTitle}">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<link rel="stylesheet" href="https://www.caldercustoms.example/hubfs/hub_generated/template_assets/1/1049/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${gTitle}",
"step":[{"@type":"HowToStep","name":"Get an EORI number"}]}
</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-118402217 hs-site-page page"><div data-global-resource-path="calder-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container"><div class="header__logo"><span
id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"><a href="/"
id="hs-link-site_logo"><img src="/hubfs/calder-logo.svg" class="hs-image-widget" alt="Calder Customs Services"></a></span></div>
<nav class="navigation-primary" aria-label="Main menu"><ul class="submenu level-1">${links(gMenu, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav>
<a class="button header__cta" href="/get-a-quote">Get a quote</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--guide">
${mod(
  'breadcrumbs',
  `<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> <span class="sep">›</span> <a href="/guides">Guides</a>
<span class="sep">›</span> <span>Importing into the UK</span></nav>`,
)}
${mod(
  'guide_header',
  `<div class="guide-header"><span class="guide-header__label">Import guide</span><h1 class="guide-header__title">${gTitle}</h1>
<p class="guide-header__meta"><span class="guide-header__reviewer">Reviewed by Alisdair Penhaligon, Licensed Customs Agent</span>
<span class="guide-header__date">Last reviewed: 20 January 2026</span> <span class="guide-header__time">9 min read</span></p></div>`,
)}
<div class="row-fluid-wrapper row-depth-1 dnd-section guide-layout"><div class="row-fluid"><div class="span3 widget-span guide-toc"><span
id="hs_cos_wrapper_toc" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="toc"><p class="toc__title">On this page</p>
<ol class="toc__list">${gToc.map((t, i) => `<li><a href="#step-${i + 1}">${t}</a></li>`).join('\n')}</ol></div></span></div>
<div class="span9 widget-span"><span id="hs_cos_wrapper_guide_body" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">
${ps(gIntro)}
${sec(gH[0] ?? '', gS1, 'step-1')}
${sec(gH[1] ?? '', gS2, 'step-2')}
${sec(gH[2] ?? '', gS3, 'step-3')}
${sec(gH[3] ?? '', gS4, 'step-4')}
<table style="border-collapse: collapse; width: 100%;" class="guide-table"><tbody>
${gTable.map(row).join('\n')}
</tbody></table>
${ps(gS4b)}
<div class="callout callout--tip"><p><strong>Need a hand?</strong> Our duty calculator gives an estimate in two minutes.
<a href="/duty-calculator">Try the duty calculator</a></p></div>
${sec(gH[4] ?? '', gS5, 'step-5')}
<h2 id="step-6">${gH[5]}</h2>
<ul>${gS6.map((t) => `<li>${t}</li>`).join('\n')}</ul></span></div></div></div>
${mod(
  'guide_cta',
  `<div class="cta-form"><h3>Talk to a customs specialist</h3><p>Tell us what you are importing and we will reply within one working day.</p>
<div class="hbspt-form" id="hbspt-form-4f2a"><form class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-form-field"><label
for="email-4f2a"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-4f2a" name="email" type="email"
class="hs-input"></div><div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large" value="Send enquiry"></div></form></div></div>`,
)}
${mod('related_guides', `<div class="related"><h3 class="related__title">Related guides</h3><ul>${links(gRelated, 'related__item')}</ul></div>`)}
</div></main>
<div data-global-resource-path="calder-theme/templates/partials/footer.html"><footer class="footer"><ul class="footer__menu">${links(gFoot)}</ul>
<p class="footer__legal">Calder Customs Services Ltd, Unit 4, Dockside Park, Grimsby DN31 3LL. Authorised Economic Operator.</p></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p><div
id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script><script id="hs-script-loader" async defer
src="/hs/scriptloader/2219046.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout438-hubspot-customs-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: [...texts([...gIntro, ...gS1, ...gS2, ...gS3, ...gS4]), ...gTable.map(rowText), ...texts([...gS4b, ...gS5, ...gS6])],
  bylines: ['Reviewed by Alisdair Penhaligon, Licensed Customs Agent', 'Last reviewed: 20 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gMenu, 'Get a quote', 'Home', 'Guides', 'Importing into the UK', 'Import guide', '9 min read', 'On this page', ...gToc,
    'Need a hand? Our duty calculator gives an estimate in two minutes.', 'Try the duty calculator', 'Talk to a customs specialist',
    'Tell us what you are importing and we will reply within one working day.', 'Related guides', ...gRelated, ...gFoot,
    'Calder Customs Services Ltd, Unit 4, Dockside Park, Grimsby DN31 3LL. Authorised Economic Operator.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT438_D: readonly TestPage[] = [hubspot, ghostPost];
