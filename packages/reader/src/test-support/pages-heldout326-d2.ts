import { j, lis } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file d2: a packaging-industry white-paper landing page built with HubSpot's drag-and-drop page
 * builder (dnd-section / row-fluid / hs_cos_wrapper markup): the site header and menu, the hero with the "White paper"
 * eyebrow, the landing copy with its "What you'll learn" list, the gated HubSpot form with its labels and consent text,
 * a "Trusted by" logo row, a testimonial, the related resources cards, the footer and the HubSpot cookie banner.
 */
const hTitle = 'The Mono-Material Shift: Redesigning Flexible Pouches for Recycling';
const hIntro = [
  j(
    'New extended producer responsibility fees in Europe and several U.S. states now charge brand owners more for multi-layer',
    'laminates that cannot be recycled. Moving to mono-material polyethylene or polypropylene structures can cut those fees,',
    'but it changes how pouches seal, print and protect the product.',
  ),
  j(
    'This 24-page white paper from the Flexform Packaging applications lab compares barrier, seal strength and line speed',
    'for six mono-material structures tested on vertical and horizontal form-fill-seal equipment.',
  ),
];
const hH1 = 'What you’ll learn';
const hL1 = [
  'How oxygen and moisture barrier of mono-PE and mono-PP compares with PET/PE laminates',
  'Which sealing windows held up at 80 packs per minute',
  'Where print quality suffered and how coating choices fixed it',
  'A checklist for running a mono-material trial on existing lines',
];
const hH2 = 'Who should read it';
const hP2 = [
  j(
    'Packaging engineers, sustainability leads and procurement teams at food, pet care and personal care brands who are',
    'planning a switch in the next 18 months.',
  ),
];
const hNav = ['Solutions', 'Materials', 'Sustainability', 'Resources', 'About', 'Contact'];
const hCards = ['Case study: A snack brand’s move to recyclable film', 'Webinar: EPR fees explained for packaging buyers'];
const hFoot = ['Privacy Policy', 'Terms', 'Cookie Preferences', 'Careers'];
const mod = (type: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module ${type}">${inner}</div></div></div></div>`;
const hHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>White Paper: The Mono-Material Shift | Flexform Packaging</title>
<meta name="description" content="Download our white paper comparing six mono-material pouch structures.">
<meta name="generator" content="HubSpot"><meta property="og:title" content="The Mono-Material Shift">
<link rel="stylesheet" href="https://www.flexformpack.example/hs-fs/hub/4471120/hub_generated/template_assets/main.min.css">
<script>var hsVars = {render_id: "b41e7c", ticks: 1740000000000, page_id: 18420337511, content_group_id: 0, portal_id: 4471120};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"The Mono-Material Shift"}</script></head>
<body><div class="body-wrapper hs-content-id-18420337511 hs-landing-page hs-page">
<div data-global-resource-path="flexform/templates/partials/header.html"><header class="header"><div class="header__container">
<a class="header__logo" href="/"><img src="https://www.flexformpack.example/hubfs/logo.svg" alt="Flexform Packaging"></a>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul></nav>
<a class="button header__cta" href="/contact">Talk to an engineer</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing">
<div class="row-fluid-wrapper"><div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell">
<div class="dnd-section dnd_area-row-0-background-color" data-hs-section="hero">
${mod(
  'hero-banner',
  `<span class="hero-banner__eyebrow">White paper</span>
<h1>${hTitle}</h1>
<p class="hero-banner__meta">24 pages · PDF</p>`,
)}
</div>
<div class="dnd-section dnd_area-row-1-padding" data-hs-section="content"><div class="row-fluid">
<div class="span7 widget-span widget-type-cell dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">
<span id="hs_cos_wrapper_widget_rich" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
${ps(hIntro)}
<h2>${hH1}</h2>
<ul>${lis(hL1)}</ul>
<h2>${hH2}</h2>
${ps(hP2)}
</span></div></div>
<div class="span5 widget-span widget-type-cell dnd-column"><div class="hs_cos_wrapper hs_cos_wrapper_type_form" data-hs-cos-type="form">
<h3 id="hs_cos_wrapper_form_title" class="form-title">Get your free copy</h3>
<form class="hs-form stacked hs-custom-form" id="hsForm_5a1c"><div class="hs_firstname hs-form-field"><label><span>First name</span>
<span class="hs-form-required">*</span></label><input name="firstname" type="text"></div>
<div class="hs_email hs-form-field"><label><span>Work email</span><span class="hs-form-required">*</span></label><input name="email" type="email"></div>
<div class="hs_company hs-form-field"><label><span>Company</span></label><input name="company" type="text"></div>
<div class="legal-consent-container"><p>Flexform Packaging needs the contact information you provide to contact you about our products and services.
You may unsubscribe at any time.</p></div>
<div class="hs_submit hs-submit"><input type="submit" value="Download the white paper" class="hs-button primary large"></div></form></div></div>
</div></div>
<div class="dnd-section" data-hs-section="logos">
${mod(
  'logo-row',
  `<p class="logo-row__label">Trusted by packaging teams at</p>
<ul class="logo-row__list">${lis(['Harrow Snacks', 'Pinecrest Pet', 'Velda Care'])}</ul>`,
)}
${mod(
  'testimonial',
  `<blockquote class="testimonial__quote">The line-speed data saved us two weeks of trial runs.</blockquote>
<p class="testimonial__author">Priya Kanwal, Packaging Engineering Lead, Harrow Snacks</p>`,
)}
</div>
<div class="dnd-section" data-hs-section="resources">
${mod('resource-cards', `<h2 class="resource-cards__title">More resources</h2>${hCards.map((t) => `<div class="card"><a href="#">${t}</a></div>`).join('\n')}`)}
</div></div></div></div></div></main>
<div data-global-resource-path="flexform/templates/partials/footer.html"><footer class="footer"><ul>${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Flexform Packaging GmbH</p></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr" role="region" aria-label="Cookie banner"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hbspt.forms.create({portalId:"4471120",formId:"8e2a1c4d",target:"#hsForm_5a1c"});</script></body></html>`;
const flexform: TestPage = {
  name: 'heldout326-hubspot-packaging-white-paper',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2],
  body: texts([...hIntro, ...hL1, ...hP2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Talk to an engineer', 'White paper', '24 pages · PDF', 'Get your free copy', 'First name', 'Work email', 'Company',
    'Flexform Packaging needs the contact information you provide to contact you about our products and services. You may unsubscribe at any time.',
    'Trusted by packaging teams at', 'Harrow Snacks', 'Pinecrest Pet', 'Velda Care', 'The line-speed data saved us two weeks of trial runs.',
    'Priya Kanwal, Packaging Engineering Lead, Harrow Snacks', 'More resources', ...hCards, ...hFoot, '© 2026 Flexform Packaging GmbH',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT326_D2: TestPage = flexform;
