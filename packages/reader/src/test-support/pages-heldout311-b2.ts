import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout311-kit.js';

/** Held-out batch 311, file b2: the HubSpot webinar landing page of file b. */
const hTitle = 'Closing the books in three days: month-end for growing finance teams';
const hIntro = [
  j(
    'For most finance teams of ten to fifty people, month-end still takes eight to twelve working days. The work is rarely hard; it',
    'is waiting. Waiting for bank feeds, for a purchase order that nobody approved, for the one spreadsheet that only Dana knows.',
  ),
  j(
    'In this 45-minute live session, two controllers who cut their close from nine days to three explain exactly what they changed,',
    'in what order, and what they would do differently if they started again.',
  ),
  j(
    'Neither of them bought a new system to do it. Most of the gain came from changing the order of the work, agreeing cut-off times',
    'with the rest of the business and dropping reports that nobody read. You will see the close calendars they used before and',
    'after, with the names changed, and the short list of rules that kept budget holders on time.',
  ),
  j(
    'There will be fifteen minutes for live questions at the end. You can also send questions in advance when you register, and',
    'we will answer the most common ones during the session.',
  ),
];
const hLearn = [
  'How to map your current close and find the two or three steps that hold everything else up',
  'Which reconciliations to automate first, and which are cheaper to leave manual',
  'A simple close calendar that your whole team, including budget holders, will actually follow',
  'How to report a soft close on day three without losing the auditors’ trust',
];
const hWho = j(
  'This session is for financial controllers, finance managers and heads of finance in companies that have outgrown spreadsheets but',
  'do not yet have a dedicated systems team. Everyone who registers receives the recording and the close calendar template.',
);
const hSpk: [string, string][] = [
  [
    'Ilona Marsh',
    j(
      'Ilona is financial controller at Brightwater Clinics, a group of twenty-two dental practices. She led the move from a',
      'twelve-day close to three days across four legal entities.',
    ),
  ],
  [
    'Tobias Eke',
    j(
      'Tobias spent eight years in audit before joining Ledgerline as head of customer finance. He has helped more than two hundred',
      'teams redesign their close process.',
    ),
  ],
];
const hMenu = ['Product', 'Solutions', 'Pricing', 'Customers', 'Resources', 'Book a demo'];
const hMod = (id: string, type: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-${type}"
data-hs-cos-general-type="widget" data-hs-cos-type="module">${inner}</div></div></div></div>`;
const field = (name: string, label: string): string => `<div class="hs_${name} hs-${name} hs-fieldtype-text field hs-form-field">
<label id="label-${name}" for="${name}-4f1a"><span>${label}</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="${name}-4f1a" name="${name}" required type="text" class="hs-input" value=""></div></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Webinar: ${hTitle} | Ledgerline</title>
<meta name="description" content="Live webinar: how two controllers cut month-end close from nine days to three.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Webinar: ${hTitle}">
<link rel="stylesheet" href="https://www.ledgerline.example/hs-fs/hub/8812044/hub_generated/template_assets/main.min.css">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>var hsVars = {render_id: "b7e1c0a2", ticks: 1773302000000, page_id: 18820044311, content_group_id: 0, portal_id: 8812044,
app_hs_base_url: "https://app-eu1.hubspot.example", is_hubspot_user: false};</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-18820044311 hs-landing-page hs-page ">
<div data-global-resource-path="ledgerline-2025/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">
Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/logo.svg" alt="Ledgerline"></a>
</div><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hMenu, 'menu__item menu__item--depth-1')}</ul>
</nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid "><div class="span7 widget-span widget-type-cell dnd-column">
${hMod(
  '2',
  'rich_text',
  `<span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
<p class="eyebrow">Free live webinar</p><h1>${hTitle}</h1>${ps(hIntro)}
<h2>What you will learn</h2><ul>${lis(hLearn)}</ul><h2>Who should attend</h2><p>${hWho}</p></span>`,
)}
${hMod(
  '3',
  'speakers',
  `<h2>Meet your speakers</h2><div class="speaker-grid">${hSpk
    .map(
      ([n, b]) => `<div class="speaker-card"><img src="/hubfs/speakers/${(n.split(' ')[1] ?? n).toLowerCase()}.jpg" alt="${n}" loading="lazy">
<h3 class="speaker-card__name">${n}</h3><p class="speaker-card__bio">${b}</p></div>`,
    )
    .join('\n')}</div>`,
)}
</div><div class="span5 widget-span widget-type-cell dnd-column">
${hMod(
  '4',
  'form',
  `<div class="webinar-facts"><p><strong>Date:</strong> Tuesday, 21 April 2026</p><p><strong>Time:</strong> 16:00 BST / 11:00 EDT</p>
<p><strong>Length:</strong> 45 minutes plus Q&amp;A</p></div><h3 class="form-title">Save your seat</h3>
<div class="hbspt-form" id="hbspt-form-4f1a"><form novalidate class="hs-form stacked hs-custom-form" data-form-id="4f1a">
${field('firstname', 'First name')}${field('email', 'Work email')}${field('company', 'Company name')}
<div class="legal-consent-container"><p>Ledgerline needs the contact information you provide to us to contact you about our products and services.
You may unsubscribe from these communications at any time.</p></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Register now"></div></div></form></div>`,
)}
</div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-5 dnd-section logo-strip"><p class="logo-strip__title">Trusted by finance teams at</p>
<img src="/hubfs/logos/brightwater.svg" alt="Brightwater Clinics"><img src="/hubfs/logos/oarsman.svg" alt="Oarsman Logistics"></div></div></main>
<div data-global-resource-path="ledgerline-2025/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__copyright">© 2026 Ledgerline Ltd. All rights reserved.</p><ul class="footer__links">${links(['Privacy notice', 'Terms', 'Status'])}</ul>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/scriptloader/8812044.js"></script></body></html>`;
export const hubspot: TestPage = {
  name: 'heldout311-hubspot-webinar-landing',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['What you will learn', 'Who should attend', 'Meet your speakers', ...hSpk.map(([n]) => n)],
  body: texts([...hIntro, ...hLearn, hWho, ...hSpk.map(([, b]) => b)]),
  bylines: [],
  furniture: [
    'Skip to content',
    ...hMenu,
    'Free live webinar',
    'Date: Tuesday, 21 April 2026',
    'Time: 16:00 BST / 11:00 EDT',
    'Length: 45 minutes plus Q&A',
    'Save your seat',
    'First name',
    'Work email',
    'Company name',
    'Ledgerline needs the contact information you provide to us to contact you about our products and services.',
    'Trusted by finance teams at',
    '© 2026 Ledgerline Ltd. All rights reserved.',
    'Privacy notice',
    'Terms',
    'Status',
    'This website stores cookies on your computer.',
    'Accept',
    'Decline',
  ],
};
