import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout395-kit.js';
import { medium } from './pages-heldout395-d2.js';

/**
 * Held-out batch 395, file d: a company history timeline on HubSpot CMS (theme header partial, drag-and-drop sections of
 * rich-text modules, a year-by-year timeline module, a HubSpot form, the hs-eu-cookie-confirmation banner) and a founder's
 * letter on Medium (obfuscated utility classes, author / publication byline with reading time, clap and response bar,
 * "Written by" card, responses, "More from" and "Recommended from Medium" rails, the Medium footer).
 */
const hTitle = 'Our history';
const hIntro = [
  j(
    'Corbel Instruments has made laboratory balances for almost fifty years. This timeline follows the company from a single',
    'bench in a converted dairy to the precision weighing range used today in pharmacy labs, schools and assay offices.',
  ),
  j(
    'It is still a family business, with around 310 employees, and almost every balance we sell is assembled and calibrated in the',
    'same village where the first one was built.',
  ),
];
type Year = readonly [year: string, heading: string, text: string];
const hYears: readonly Year[] = [
  [
    '1978',
    'A bench in the dairy',
    j(
      'Engineers Agathe Corbel and Ronan Delisle leave a scale maker in Lyss and rent half of a disused dairy in Oberwil. Their',
      'first product is a mechanical analytical balance with an air-damped beam, built in batches of ten.',
    ),
  ],
  [
    '1986',
    'The first electronic balance',
    j(
      'The CB-100 replaces the beam with an electromagnetic force restoration cell. It reads to a tenth of a milligram and sells',
      'out its first year of production within four months.',
    ),
  ],
  [
    '1994',
    'Into schools',
    j(
      'A rugged, low-cost balance for teaching laboratories opens a new market. Corbel begins selling directly to education',
      'authorities in four countries and starts a calibration service run from a converted van.',
    ),
  ],
  [
    '2003',
    'A new factory',
    j(
      'Production moves to a purpose-built factory in Oberwil with a vibration-isolated calibration hall, sunk two metres below',
      'ground on its own concrete slab. The old dairy becomes the company’s training centre.',
    ),
  ],
  [
    '2012',
    'Software and traceability',
    j(
      'Corbel releases balances that log every weighing with user, time and calibration state, meeting the record-keeping rules',
      'of pharmaceutical manufacturers. Software engineers become the fastest-growing team in the company.',
    ),
  ],
  [
    '2020',
    'Second generation',
    j(
      'Agathe Corbel retires as chief executive and hands over to Léa Delisle, daughter of the co-founder, who had run the',
      'calibration service for eight years.',
    ),
  ],
  [
    '2025',
    'Repairable by design',
    j(
      'The new Vireo range is built so that load cells, displays and batteries can be swapped by a laboratory technician with one',
      'screwdriver. Corbel commits to supplying parts for every Vireo model for fifteen years.',
    ),
  ],
];
const hClose = [
  j(
    'Corbel still employs several people who joined in the 1980s, and the original mechanical balance sits in the factory lobby,',
    'calibrated every spring. It is, we are told, still accurate to the milligram.',
  ),
];
const hNav = ['Products', 'Applications', 'Service', 'Company', 'Contact'];
const hFoot = ['Imprint', 'Privacy policy', 'Terms and conditions', 'Cookie settings'];
const hRich = (id: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_17000000${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module">${inner}</div></div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our history | Corbel Instruments</title>
<link rel="shortcut icon" href="https://www.corbel-instruments.example/hubfs/favicon.png"><meta name="description" content="From a dairy bench in 1978 to
today's precision balances: the history of Corbel Instruments."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:title" content="Our history | Corbel Instruments"><meta property="og:url" content="https://www.corbel-instruments.example/company/history">
<link rel="stylesheet" href="https://www.corbel-instruments.example/hs-fs/hub/4410287/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"AboutPage","name":"Our history","publisher":{"@type":"Organization",
"name":"Corbel Instruments"}}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-118802244301 hs-site-page page"><div data-global-resource-path="corbel-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img
src="https://www.corbel-instruments.example/hubfs/corbel-logo.svg" class="hs-image-widget" alt="Corbel Instruments"></a></span></span></div>
<div class="header__column"><div class="header__row-2"><div class="header__navigation header--element"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--about">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
${hRich(
  '11',
  `<span id="hs_cos_wrapper_widget_1700000011_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text"><p class="eyebrow">About Corbel</p><h1>${hTitle}</h1>${ps(hIntro)}</span>`,
)}
${hRich(
  '12',
  `<div class="timeline"><ol class="timeline__list">${hYears
    .map(
      ([y, h, t]) => `<li class="timeline__item"><div class="timeline__year" aria-hidden="true">${y}</div><div class="timeline__content">
<h3 class="timeline__heading">${y}: ${h}</h3><p class="timeline__text">${t}</p></div></li>`,
    )
    .join('\n')}</ol></div>`,
)}
${hRich('13', `<span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">${ps(hClose)}</span>`)}
${hRich(
  '14',
  `<div class="form-module"><h3 class="form-title">Get our product newsletter</h3><span id="hs_cos_wrapper_widget_1700000014_form"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" data-hs-cos-type="form"><div id="hs_form_target_widget_1700000014"><form
novalidate accept-charset="UTF-8" action="https://forms.hsforms.example/submissions/v3/public/submit/formsnext/multipart/4410287/6b1f"
class="hs-form-private hsForm_6b1f hs-form stacked" id="hsForm_6b1f"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email-6b1f" for="email-6b1f"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-6b1f"
name="email" required placeholder="" type="email" class="hs-input" autocomplete="email"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></span></div>`,
)}
</div></div></div></div></main>
<div data-global-resource-path="corbel-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__address">Corbel Instruments AG · Industriestrasse 9 · 4104 Oberwil</p><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Corbel Instruments AG</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to
you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a aria-label="Accept" id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a aria-label="Decline" id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script id="hs-script-loader" async defer
src="/hs/scriptloader/4410287.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout395-hubspot-cms-history',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hYears.map(([y, h]) => `${y}: ${h}`),
  body: texts([...hIntro, ...hYears.map((y) => y[2]), ...hClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'About Corbel', 'Get our product newsletter', 'Email', 'Corbel Instruments AG · Industriestrasse 9 · 4104 Oberwil', ...hFoot,
    '© 2026 Corbel Instruments AG',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT395_D: readonly TestPage[] = [hubspot, medium];
