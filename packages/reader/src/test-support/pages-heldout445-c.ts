import { links, ps, type TestPage, texts } from './page-kit.js';
import { checklistShopify } from './pages-heldout445-c2.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file c: a corporate relocation firm's services page on HubSpot CMS (drag-and-drop sections with
 * hs_cos_wrapper modules, a mega-menu, a hero with CTA buttons, icon cards of services, a stats band, a case-study quote, a
 * HubSpot form, logo strip, the HubSpot cookie banner and the footer), and, from file c2, a moving checklist on a
 * Shopify store's blog.
 */
const hTitle = 'Global mobility and corporate relocation services';
const hIntro = [
  j(
    'Moving an employee across a border is one of the most expensive decisions an HR team makes, and one of the easiest to get',
    'wrong. Orrery Mobility runs the whole move for you, from the first cost estimate to the day your new hire collects the keys',
    'to a home they chose, in 64 countries and with a single point of contact.',
  ),
  j(
    'We work for employers, not for the suppliers we book. That means every quote comes to you with our fee shown separately,',
    'every supplier is chosen on price and service, and your finance team gets one consolidated invoice a month in your currency.',
  ),
];
const hH = ['What we handle', 'How a relocation runs', 'Policy design for HR teams'];
const hServices = [
  '<strong>Immigration and visas:</strong> work permits, dependant visas and registration, managed with accredited partners.',
  '<strong>Home finding:</strong> area orientation days, accompanied viewings and lease negotiation.',
  '<strong>Household goods:</strong> surveys, packing, sea and air freight, customs clearance and storage.',
  '<strong>Settling in:</strong> school searches, bank accounts, tax registration and language lessons for the family.',
  '<strong>Departure services:</strong> lease termination, property handback and deposit recovery at the end of the assignment.',
];
const hSteps = [
  'Initiation: HR submits the move in our portal and we call the employee within one working day.',
  'Needs assessment: a consultant learns about the family, pets, schooling and timing.',
  'Move plan: a dated plan and a budget against your policy, approved by HR before anything is booked.',
  'Delivery: one consultant coordinates every supplier and reports progress weekly.',
  'Close-out: final invoice, expense reconciliation and a survey of the employee.',
];
const hPolicy = [
  j(
    'Many companies still run relocation on a policy written a decade ago. We benchmark your package against 220 employers in',
    'your sector and help you move to a core-and-flex model, in which every employee gets the essentials and chooses extras from',
    'a capped budget.',
  ),
  j(
    'Clients who make the switch typically spend 12 to 18 per cent less per move, and their employees report higher satisfaction,',
    'because the benefits they receive are the ones they actually wanted.',
  ),
];
const hMenu = ['Solutions', 'Industries', 'Resources', 'About', 'Contact us'];
const hStats = ['Offices in 64 countries', '9,800 moves a year', '96% employee satisfaction'];
const hFoot = ['Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Accessibility', 'Careers'];
const mod = (name: string, inner: string, type = 'module'): string => `<div id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</div>`;
const row = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section dnd_area-row-${n}-padding">
<div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget
dnd-module"
style="" data-widget-type="custom_widget" data-x="0" data-w="12">${inner}</div></div></div></div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Corporate Relocation Services | Orrery Mobility</title>
<meta name="description" content="End-to-end corporate relocation and global mobility services in 64 countries.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Corporate Relocation Services | Orrery Mobility">
<link rel="stylesheet" href="https://www.orrerymobility.example/hubfs/hub_generated/template_assets/1/98122450771/1741611032411/template_main.min.css">
<link rel="stylesheet" href="https://www.orrerymobility.example/hubfs/hub_generated/module_assets/1/98122450802/1741611033504/module_hero-banner.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","serviceType":"Corporate relocation","provider":{"@type":"Organization",
"name":"Orrery Mobility"},"areaServed":"Worldwide"}</script>
<script>var hsVars = {"render_id":"b1c2d3e4-5f60-4718-9a2b-3c4d5e6f7081","ticks":1772550012345,"page_id":98122450999,"content_group_id":0,
"portal_id":24177310,"app_hs_base_url":"https://app-eu1.hubspot.example","cp_hs_base_url":"https://cp-eu1.hubspot.example","language":"en"};</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-98122450999 hs-site-page page"><div data-global-resource-path="orrery/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo"><img src="https://www.orrerymobility.example/hubfs/orrery-logo.svg" class="hs-image-widget" alt="Orrery Mobility"
width="170"></a></span></div>
<div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">${links(
  hMenu,
  'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite',
)}
</ul></nav></div><div class="header__button"><a class="button" href="/talk-to-us">Talk to an expert</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--services"><div class="row-fluid-wrapper">
${row(
  0,
  mod(
    'widget_hero',
    `<div class="hero-banner hero-banner--dark"><div class="hero-banner__content"><p class="hero-banner__eyebrow">Services</p>
<h1 class="hero-banner__title">${hTitle}</h1><div class="hero-banner__text">${ps(hIntro)}</div><div class="hero-banner__ctas"><a class="button"
href="/talk-to-us">
Book a consultation</a><a class="button button--secondary" href="/brochure">Download the brochure</a></div></div></div>`,
  ),
)}
${row(2, mod('widget_services', `<div class="rich-text"><h2>${hH[0]}</h2><ul class="icon-list">${lis(hServices, 'icon-list__item')}</ul></div>`, 'rich_text'))}
${row(
  4,
  mod(
    'widget_stats',
    `<div class="stats-band">${hStats.map((s) => `<div class="stats-band__item"><span class="stats-band__value">${s}</span></div>`).join('')}
</div>`,
  ),
)}
${row(6, mod('widget_process', `<div class="rich-text"><h2>${hH[1]}</h2><ol class="steps">${lis(hSteps)}</ol></div>`, 'rich_text'))}
${row(
  8,
  mod(
    'widget_testimonial',
    `<div class="testimonial"><blockquote class="testimonial__quote">Orrery moved 140 of our engineers to Lisbon in one quarter
without a single missed start date.</blockquote><p class="testimonial__author">Head of People, a European payments company</p><a href="/case-studies"
class="testimonial__link">Read the case study</a></div>`,
  ),
)}
${row(10, mod('widget_policy', `<div class="rich-text"><h2>${hH[2]}</h2>${ps(hPolicy)}</div>`, 'rich_text'))}
${row(
  12,
  mod(
    'widget_logos',
    `<div class="logo-strip"><p class="logo-strip__title">Trusted by mobility teams at</p><img src="/hubfs/logos/a.svg" alt="Client logo">
<img src="/hubfs/logos/b.svg" alt="Client logo"></div>`,
  ),
)}
${row(
  14,
  mod(
    'widget_form',
    `<div class="form-module"><h3 class="form-title">Get a relocation cost estimate</h3><span class="hs-form-wrapper"><form novalidate
accept-charset="UTF-8" action="https://forms-eu1.hsforms.example/submissions/v3/public/submit/formsnext/multipart/24177310/7c1a9b2e" class="hs-form
stacked hs-form-private hsForm_7c1a9b2e" data-form-id="7c1a9b2e"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label
for="email-7c1a9b2e"><span>Work email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-7c1a9b2e" name="email"
type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Request my estimate"></div></div></form></span></div>`,
    'form',
  ),
)}
</div></div></main>
<div data-global-resource-path="orrery/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__address">Orrery Mobility Ltd, 3 Quayside Yard, Northdock, Harrowgate Bay HB1 4QP</p><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Orrery Mobility Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p>This website stores cookies on your computer. These cookies are
used to
improve your website experience and provide more personalized services to you.</p></div><div id="hs-eu-policy-wording"></div>
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a>
<a href="#" id="hs-eu-cookie-settings-button" role="button">Cookie Settings</a></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/24177310.js"></script></body></html>`;
const relocHubspot: TestPage = {
  name: 'heldout445-hubspot-corporate-relocation-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hServices, ...hSteps, ...hPolicy]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hMenu, 'Talk to an expert', 'Services', 'Book a consultation', 'Download the brochure', ...hStats,
    'Orrery moved 140 of our engineers to Lisbon in one quarter without a single missed start date.', 'Head of People, a European payments company',
    'Read the case study', 'Trusted by mobility teams at', 'Get a relocation cost estimate', 'Work email',
'Orrery Mobility Ltd, 3 Quayside Yard, Northdock, Harrowgate Bay HB1 4QP',
    ...hFoot, '© 2026 Orrery Mobility Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline', 'Cookie Settings',
  ],
};

export const HELDOUT445_C: readonly TestPage[] = [relocHubspot, checklistShopify];
