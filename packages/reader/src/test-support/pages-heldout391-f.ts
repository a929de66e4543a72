import { links, type TestPage } from './page-kit.js';
import { elementorCareHome } from './pages-heldout391-f2.js';
import { bodyOf, heads, j, render, rows, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file f: a fertility clinic's success-rates page on HubSpot CMS (hs_cos_wrapper modules in dnd sections,
 * header with the HubSpot menu module and a CTA, a hero banner, the rich text module with the results table, a stats strip,
 * an embedded HubSpot form for the patient guide, the footer and the HubSpot cookie banner) and, from file f2, a care home's
 * "life at the home" page built with Elementor.
 */
const fTitle = 'Our success rates';
const fSecs: Section[] = [
  [
    '',
    [
      j(
        'Choosing a fertility clinic is a big decision, and success rates are often the first thing people compare. We publish',
        'our own figures every year, broken down by age, so that you can see how patients like you have done with us.',
      ),
      j(
        'The table below shows live birth rates per embryo transferred for IVF and ICSI cycles using the patient’s own eggs at',
        'Halewood Fertility in 2024, the latest year for which all pregnancies have completed.',
      ),
    ],
  ],
];
const fCaption = 'Live birth rate per embryo transferred, own eggs, 2024';
const fTable = [
  ['Under 35', '43%', '31%', '218'],
  ['35 to 37', '36%', '27%', '141'],
  ['38 to 39', '27%', '21%', '96'],
  ['40 to 42', '14%', '12%', '73'],
  ['43 and over', '5%', '4%', '22'],
];
const fSecs2: Section[] = [
  [
    'How to read these figures',
    [
      j(
        'The national average in the second column is for all licensed clinics in the same year. The final column shows how many',
        'embryo transfers our figure is based on. Where that number is small, as it is for the oldest age group, a single',
        'outcome can move the percentage noticeably, so please treat those figures with caution.',
      ),
      j(
        'We report per embryo transferred rather than per cycle started. That is the measure the regulator uses, and it allows',
        'fair comparison between clinics that freeze all embryos and those that transfer fresh.',
      ),
    ],
  ],
  [
    'What affects your chances',
    [
      'Age is the single biggest factor, but it is not the only one. Your consultant will talk to you about:',
      [
        'your ovarian reserve, measured by an AMH blood test and a scan',
        'the cause and length of your infertility',
        'previous pregnancies and previous treatment',
        'weight, smoking and alcohol, which are worth addressing before treatment',
      ],
      j(
        'We would rather give you an honest estimate at your first consultation than a headline number. If our figures suggest',
        'a different treatment, such as using donor eggs, would give you a better chance, we will say so.',
      ),
    ],
  ],
];
const fNav = ['Treatments', 'Success rates', 'Costs', 'Your journey', 'About us'];
const fStats = ['1 in 3 patients under 35 has a baby from their first transfer', '92% would recommend us to a friend'];
const fFoot = ['Privacy policy', 'Patient complaints', 'HFEA licence', 'Careers'];
const rt = (id: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-section"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">${inner}</span></div></div></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Our IVF Success Rates | Halewood Fertility</title>
<link rel="shortcut icon" href="https://www.halewoodfertility.example/hubfs/favicon.png">
<meta name="description" content="Live birth rates by age for IVF and ICSI at Halewood Fertility, compared with the national average.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:title" content="Our success rates"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="https://www.halewoodfertility.example/hubfs/hub_generated/template_assets/1/118202/1709/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Halewood Fertility",
"medicalSpecialty":"Reproductive medicine"}</script>
<script>var hsVars = {render_id: "b3f0c2d1-7e8a-4d1b-9f20-1c3e5a7b9d0f", ticks: 1709374211, page_id: 118204, content_group_id: 0, portal_id: 4419023,
app_hs_base_url: "https://app-eu1.hubspot.example", cp_hs_base_url: "https://cp-eu1.hubspot.example", language: "en-gb"};</script></head>
<body><div class="body-wrapper hs-content-id-118204 hs-site-page page"><div data-global-resource-path="halewood/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><a href="/" id="hs-link-site_logo"><img src="https://www.halewoodfertility.example/hubfs/logo.svg" alt="Halewood Fertility"></a>
</span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(fNav, 'has-submenu menu-item')}</ul></nav></span></div><div class="header__cta"><span class="hs-cta-wrapper" id="hs-cta-wrapper-7d1e">
<a class="cta_button"
href="/book-consultation">Book a consultation</a></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--page"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section banner"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_banner" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="hero-banner"><h1>${fTitle}</h1>
<p class="hero-banner__sub">Published 6 February 2026, based on data verified by our quality team</p></div></div></div></div></div>
${rt('2', render(fSecs))}
${rt(
  '3',
  `<table style="width: 100%; border-collapse: collapse;"><caption>${fCaption}</caption><thead><tr><th>Age of patient</th><th>Halewood Fertility</th>
<th>National average</th><th>Embryo transfers</th></tr></thead><tbody>
${rows(fTable)}
</tbody></table>`,
)}
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-section stats"><div class="row-fluid">${fStats
  .map(
    (s) =>
      `<div class="span6 widget-span dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_widget stat-card"><p class="stat-card__text">${s}</p></div></div>`,
  )
  .join('\n')}</div></div>
${rt('5', render(fSecs2))}
<div class="row-fluid-wrapper row-depth-1 row-number-6 dnd-section form-section"><div class="row-fluid"><div class="span12 widget-span dnd-module">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3 class="form-title">Download our free patient guide</h3>
<div class="hbspt-form"><form id="hsForm_4d2a" class="hs-form stacked hs-custom-form">
<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field">
<label for="firstname-4d2a"><span>First name</span></label><div class="input"><input id="firstname-4d2a" name="firstname" class="hs-input" type="text"></div>
</div>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-4d2a"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-4d2a" name="email" class="hs-input" type="email"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Send me the guide"></div></div></form></div></div></div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="halewood/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__address">Halewood Fertility, Ferry Quay House, Halewood HW5 2QP. Licensed by the HFEA, centre 0412.</p><ul class="footer__links">
${links(fFoot)}</ul><p class="footer__copyright">© 2026 Halewood Fertility Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a href="#" id="hs-eu-cookie-settings-button">Cookie settings</a>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/4419023.js">
</script>
</body></html>`;
const hubspotFertility: TestPage = {
  name: 'heldout391-hubspot-fertility-success-rates',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: heads(fSecs2),
  body: [...bodyOf(fSecs), fCaption, ...fTable.flat(), ...bodyOf(fSecs2)],
  bylines: ['Published 6 February 2026, based on data verified by our quality team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav, 'Book a consultation', ...fStats, 'Download our free patient guide', 'First name', 'Email',
    'Halewood Fertility, Ferry Quay House, Halewood HW5 2QP. Licensed by the HFEA, centre 0412.', ...fFoot, '© 2026 Halewood Fertility Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Cookie settings', 'Accept', 'Decline',
  ],
};

export const HELDOUT391_F: readonly TestPage[] = [hubspotFertility, elementorCareHome];
