import { links, ps, type TestPage } from './page-kit.js';
import { j, page, type Sec, secBody, secHeads, secHtml } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file c: an open-source project's licence page on Hugo (Docsy theme) with its doc sidebar, page-meta links
 * and "Last modified" line, and a data processing addendum on HubSpot CMS (drag-and-drop rich text, HubSpot cookie banner and form).
 */
const hTitle = 'License';
const hLead = 'Kestrel is free software, released under the MIT License. You can use it in commercial and closed-source products.';
const hMit = [
  'Copyright (c) 2019-2026 The Kestrel Authors',
  j(
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files',
    '(the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify,',
    'merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished',
    'to do so, subject to the following conditions:',
  ),
  'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
  j(
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF',
    'MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE',
    'FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN',
    'CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
  ),
];
const hThird = j(
  'Kestrel bundles a small number of third-party libraries. Their licences are listed in the <code>NOTICE</code> file in each release',
  'archive. All of them are compatible with the MIT License.',
);
const hDco = j(
  'Contributions are accepted under the same licence. Every commit must carry a <code>Signed-off-by</code> line to certify the',
  'Developer Certificate of Origin.',
);
const hHeads = ['MIT License', 'Third-party components', 'Contributions'];
const hNav = ['Documentation', 'Blog', 'Community', 'GitHub'];
const hSide = ['Overview', 'Getting started', 'Configuration', 'Outputs', 'Operating Kestrel', 'Reference', 'FAQ', 'License'];
const hMeta = ['View page source', 'Edit this page', 'Create child page', 'Create documentation issue', 'Create project issue'];
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name="generator" content="Hugo 0.124.1">
<link rel="canonical" type="text/html" href="https://kestrel.dev/docs/license/"><title>License | Kestrel</title>
<meta name="description" content="Kestrel is free software, released under the MIT License."><meta property="og:type" content="article">
<meta itemprop="dateModified" content="2026-03-03T10:12:44+01:00"><link rel="preload" href="/scss/main.min.7c1e2f.css" as="style">
<link href="/scss/main.min.7c1e2f.css" rel="stylesheet" integrity=""><script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script>
</head><body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark">
<div class="container-fluid flex-column flex-md-row"><a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg viewBox="0 0 64 64">
</svg></span><span class="navbar-brand__name">Kestrel</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${hNav.map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`).join('\n')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
${links(hSide, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
${hMeta
  .map(
    (t) => `<a href="https://github.com/kestrel-io/website/edit/main/content/en/docs/license.md" target="_blank">
<i class="fa-solid fa-fw"></i> ${t}</a>`,
  )
  .join('\n')}
</div><div class="td-toc"><nav id="TableOfContents"><ul>${hHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}
</ul></nav></div></aside><main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item active" aria-current="page">License</li>
</ol></nav><div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
<h2 id="mit-license">${hHeads[0]}</h2>${ps(hMit)}
<h2 id="third-party-components">${hHeads[1]}</h2><p>${hThird}</p>
<h2 id="contributions">${hHeads[2]}</h2><p>${hDco}</p>
<div class="td-page-meta__lastmod">Last modified March 3, 2026: <a data-proofer-ignore href="https://github.com/kestrel-io/website/commit/4f2a1c9">Update
copyright year (4f2a1c9)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">The Kestrel Authors</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.5f2d1b.js" integrity="" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const hugo: TestPage = page({
  name: 'heldout466-hugo-docsy-license',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hLead, ...hMit, hThird, hDco].map((t) => t.replace(/<[^>]+>/g, '')),
  bylines: ['Last modified March 3, 2026: Update copyright year (4f2a1c9)'],
  furniture: ['Kestrel', ...hNav, ...hSide, ...hMeta, '© 2026 The Kestrel Authors', 'All Rights Reserved'],
});

const sTitle = 'Data Processing Addendum';
const sIntro = [
  j(
    'This Data Processing Addendum ("DPA") forms part of the Master Subscription Agreement between Quillfield Software Ltd',
    '("Quillfield") and the customer named in the order form ("Customer"). It applies when Quillfield processes Customer Personal Data',
    'on behalf of Customer in the course of providing the Services.',
  ),
  'Customers do not need to sign this DPA separately. It is incorporated into the Agreement by reference.',
];
const sSecs: Sec[] = [
  {
    h: '1. Definitions',
    p: [
      j(
        '<strong>"Data Protection Laws"</strong>',
        'means the GDPR, the UK GDPR, the Swiss Federal Act on Data Protection',
        'and any similar law that applies to the processing.',
      ),
      j(
        '<strong>"Customer Personal Data"</strong>',
        'means personal data that Customer uploads to the Services',
        'or that Quillfield collects on Customer&#39;s behalf.',
      ),
      '<strong>"Sub-processor"</strong> means any third party engaged by Quillfield to process Customer Personal Data.',
      j(
        '<strong>"Security Incident"</strong>',
        'means a breach of security leading to the accidental or unlawful',
        'destruction, loss or disclosure of Customer Personal Data.',
      ),
    ],
  },
  {
    h: '2. Roles and instructions',
    p: [
      j(
        'Customer is the controller and Quillfield is the processor of Customer Personal Data. Quillfield will process Customer Personal',
        'Data only on Customer&#39;s documented instructions, which are set out in the Agreement, this DPA and Customer&#39;s use of the',
        'Services. Quillfield will tell Customer if, in its opinion, an instruction breaks Data Protection Laws.',
      ),
      'Annex 1 describes the subject matter, duration, nature and purpose of the processing and the types of personal data and data subjects.',
    ],
  },
  {
    h: '3. Confidentiality and security',
    p: [
      j(
        'Quillfield will make sure that everyone authorised to process Customer Personal Data is bound by a duty of confidentiality.',
        'Quillfield will implement the technical and organisational measures described in Annex 2, including:',
      ),
    ],
    ul: [
      'encryption of Customer Personal Data in transit and at rest;',
      'single sign-on and multi-factor authentication for all staff with production access;',
      'daily backups kept in a separate region for 35 days;',
      'an annual penetration test by an independent firm.',
    ],
  },
  {
    h: '4. Sub-processors',
    p: [
      j(
        'Customer gives general authorisation for Quillfield to engage Sub-processors. The current list is published on the',
        '<a href="/legal/subprocessors">Sub-processors page</a>. Quillfield will give at least 30 days&#39; notice of any new Sub-processor.',
        'Customer may object on reasonable data protection grounds within that period, and if the parties cannot resolve the objection,',
        'Customer may terminate the affected Services and receive a pro-rata refund.',
      ),
    ],
  },
  {
    h: '5. Data subject requests',
    p: [
      j(
        'Quillfield will promptly pass on to Customer any request it receives from a data subject about Customer Personal Data and will',
        'not answer the request itself unless Customer tells it to. The Services include tools that let Customer find, export and delete',
        'personal data.',
      ),
    ],
  },
  {
    h: '6. Security Incidents',
    p: [
      j(
        'Quillfield will notify Customer without undue delay, and in any case within 48 hours, after becoming aware of a Security Incident.',
        'The notice will describe the incident, the data affected, the likely consequences and the steps Quillfield has taken.',
      ),
    ],
  },
  {
    h: '7. Audits',
    p: [
      j(
        'Once a year, on 30 days&#39; written notice, Customer may audit Quillfield&#39;s compliance with this DPA. Quillfield may meet this',
        'obligation first by providing its most recent ISO/IEC 27001 certificate and SOC 2 Type II report.',
      ),
    ],
  },
  {
    h: '8. International transfers',
    p: [
      j(
        'Where Customer Personal Data is transferred out of the European Economic Area, the United Kingdom or Switzerland to a country',
        'without an adequacy decision, the Standard Contractual Clauses (Module Two) apply and are incorporated into this DPA.',
      ),
    ],
  },
  {
    h: '9. Return and deletion',
    p: [
      j(
        'Within 30 days after the Agreement ends, Quillfield will delete all Customer Personal Data, unless the law requires it to keep a',
        'copy. Customer may export its data at any time before the end of the Agreement.',
      ),
    ],
  },
];
const sNav = ['Platform', 'Solutions', 'Pricing', 'Resources', 'Company'];
const sFoot = ['Trust center', 'Terms of service', 'Privacy notice', 'Subprocessors', 'Status', 'Careers'];
const sCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you.',
);
const sRich = (id: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12"><div class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module"
id="hs_cos_wrapper_widget_${id}"><span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">${inner}</span></div></div></div></div>`;
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Data Processing Addendum | Quillfield</title>
<meta name="description" content="Quillfield's Data Processing Addendum for customers."><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.quillfield.com/hubfs/hub_generated/template_assets/1/98213344120/1712000000000/template_main.min.css">
<meta property="og:url" content="https://www.quillfield.com/legal/dpa"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://www.quillfield.com/legal/dpa"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-98213344501 hs-site-page page "><div data-global-resource-path="quillfield-2024/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><a href="/"><img src="https://www.quillfield.com/hubfs/logo.svg" alt="Quillfield"></a></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(sNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav>
<a class="button header__button" href="/demo">Book a demo</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--legal"><div class="row-fluid-wrapper">
${sRich('1', `<h1>${sTitle}</h1><p><em>Version 4.1 — effective 1 February 2026</em></p>`)}
${sRich('2', `${ps(sIntro)}\n${secHtml(sSecs)}`)}
${sRich(
  '3',
  `<div class="legal-cta"><h3>Need a countersigned copy?</h3><p>Fill in the form and our legal team will send a signing link within two business days.</p>
<form class="hs-form stacked" novalidate><div class="hs_email hs-form-field">
<label for="email-9c1"><span>Work email</span><span class="hs-form-required">*</span>
</label><input id="email-9c1" name="email" type="email"></div><div class="hs_company hs-form-field"><label for="company-9c1"><span>Company name</span></label>
<input id="company-9c1" name="company" type="text"></div><input type="submit" class="hs-button primary large" value="Request copy"></form></div>`,
)}
</div></div></main>
<div data-global-resource-path="quillfield-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__links">${links(sFoot)}</ul>
<p class="footer__copyright">© 2026 Quillfield Software Ltd. Registered in England and Wales, company no. 10428831.</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${sCookie}</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4418820.js"></script></body></html>`;
const hubspot: TestPage = page({
  name: 'heldout466-hubspot-dpa',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: secHeads(sSecs),
  body: [...sIntro, ...secBody(sSecs)],
  bylines: ['Version 4.1 — effective 1 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNav, 'Book a demo', 'Need a countersigned copy?',
    'Fill in the form and our legal team will send a signing link within two business days.', 'Work email', '*', 'Company name',
    ...sFoot, '© 2026 Quillfield Software Ltd. Registered in England and Wales, company no. 10428831.', sCookie, 'Accept', 'Decline',
  ],
});

export const HELDOUT466_C: readonly TestPage[] = [hugo, hubspot];
