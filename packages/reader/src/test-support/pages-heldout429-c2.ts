import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout429-kit.js';

/** Held-out batch 429, file c2: a hospital's notice of a cyber incident on Sitecore SXA (see file c). */
const hTitle = 'Notice of Cybersecurity Incident';
const hSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'Harrow Valley Medical Group is committed to protecting the privacy of our patients. This notice describes a cybersecurity',
        'incident that affected some of our systems, the information that may have been involved, and resources available to patients.',
      ),
    ],
  ],
  [
    'What happened',
    [
      j(
        'On December 29, 2025, we identified suspicious activity on our network. We promptly took systems offline, activated our',
        'incident response plan and began working with third-party cybersecurity specialists. Patient care continued throughout the',
        'incident, using downtime procedures at our clinics and at Harrow Valley Regional Hospital.',
      ),
      j(
        'Our investigation found that an unauthorized party accessed our network between December 21 and December 29, 2025 and',
        'copied some files from a shared drive used by our billing and scheduling teams.',
      ),
    ],
  ],
  [
    'Information involved',
    [
      'The files varied by patient but may have included:',
      'names, addresses and dates of birth;',
      'medical record numbers and health insurance information;',
      'dates of service, provider names and limited diagnosis or procedure codes.',
      j(
        'Our electronic health record system was not accessed. The files did not contain Social Security numbers for most patients;',
        'where they did, those patients have been offered credit monitoring.',
      ),
    ],
  ],
  [
    'What we are doing',
    [
      j(
        'We mailed letters to affected patients beginning March 4, 2026. We have strengthened our network with additional monitoring',
        'tools, required multi-factor authentication for all remote access, and reviewed our policies for storing files on shared drives.',
        'We have also notified federal regulators and law enforcement.',
      ),
    ],
  ],
  [
    'What patients can do',
    [
      j(
        'We recommend that patients review the explanation of benefits statements they receive from their health insurer. If you notice',
        'a service you did not receive, contact your insurer. Patients who have questions may call our toll-free assistance line at',
        '1-888-555-0163, Monday through Friday, 9 a.m. to 9 p.m. Eastern Time.',
      ),
      j(
        'We sincerely regret any concern this may cause our patients and their families, and we thank our staff and physicians for',
        'continuing to provide care while our systems were restored.',
      ),
    ],
  ],
];
const hAlert = 'Visitor update: masks are required in all inpatient units through March 31.';
const hNav = ['Find a Doctor', 'Locations', 'Services', 'Patients & Visitors', 'Careers', 'Give'];
const hUtil = ['MyChart Login', 'Pay My Bill', 'Price Estimates'];
const hCrumbs = ['Home', 'About Us', 'News'];
const hSide = ['About Us', 'Leadership', 'News', 'Notice of Privacy Practices', 'Community Health Needs Assessment'];
const hFoot = ['Contact Us', 'Nondiscrimination Notice', 'Website Privacy Policy', 'Price Transparency', 'Site Map'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Notice of Cybersecurity Incident | Harrow Valley Medical Group</title>
<meta name="description" content="Information for patients about a cybersecurity incident at Harrow Valley Medical Group.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Notice of Cybersecurity Incident">
<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css" rel="stylesheet">
<link href="/-/media/Themes/HVMG/HVMG/HVMG/styles/pre-optimized-min.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Notice of Cybersecurity Incident",
"publisher":{"@type":"MedicalOrganization","name":"Harrow Valley Medical Group"}}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})
(window,document,'script','dataLayer','GTM-HV2K');</script>
</head>
<body class="default-device bodyclass"><div id="wrapper">
<header><div id="header" class="container-fluid"><div class="row">
<div class="component alert-banner col-12"><div class="component-content"><div class="alert-text">${hAlert}</div>
<button class="alert-close" aria-label="Close alert">Close</button></div></div>
<div class="component link-list utility-nav col-12"><div class="component-content"><ul>${links(hUtil, 'item')}</ul></div></div>
<div class="component image file-type-icon-media-link logo col-3"><div class="component-content"><a title="Harrow Valley Medical Group" href="/">
<img src="/-/media/Project/HVMG/logo.svg" alt="Harrow Valley Medical Group logo"></a></div></div>
<nav class="component navigation navigation-main navigation-main-vertical col-9"><div class="component-content"><ul class="clearfix">
${links(hNav, 'level0 submenu rel-level1')}</ul></div></nav>
<div class="component search-box horizontal col-12"><div class="component-content"><input type="text" class="search-box-input" placeholder="Search">
<button class="search-box-button">Search</button></div></div></div></div></header>
<main><div id="content" class="container"><div class="row">
<div class="component breadcrumb navigation-title col-12"><div class="component-content"><nav><ol>
${hCrumbs
  .map(
    (t, i) => `<li class="breadcrumb-item ${i === 0 ? 'home' : ''}"><div class="navigation-title field-navigationtitle"><a title="${t}"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>${i < 2 ? '<span class="separator">/</span>' : ''}</li>`,
  )
  .join('\n')}
<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle">Notice of Cybersecurity Incident</div></li></ol></nav></div></div>
<div class="col-md-8"><div class="row">
<div class="component title col-12"><div class="component-content"><div class="field-title"><h1>${hTitle}</h1></div></div></div>
<div class="component page-date col-12"><div class="component-content"><span class="field-date">Published: March 4, 2026</span></div></div>
<div class="component rich-text col-12"><div class="component-content">
${hSecs
  .map(([h, p]) => {
    const head = h === '' ? '' : `<h2>${h}</h2>\n`;
    if (p.length > 3 && p[0]?.endsWith(':')) {
      return `${head}<p>${p[0]}</p>\n<ul>\n${p
        .slice(1, 4)
        .map((t) => `<li>${t}</li>`)
        .join('\n')}\n</ul>\n${ps(p.slice(4))}`;
    }
    return `${head}${ps(p)}`;
  })
  .join('\n')}
</div></div>
<div class="component rich-text col-12 disclaimer"><div class="component-content"><p><em>This notice was last reviewed on March 9, 2026.</em></p></div></div>
</div></div>
<aside class="col-md-4"><div class="component link-list side-nav"><div class="component-content"><h3>In This
Section</h3><ul>${links(hSide, 'item')}</ul></div></div>
<div class="component promo cta-promo"><div class="component-content"><div class="field-promoicon"><img src="/-/media/Project/HVMG/mychart.png" alt=""></div>
<div class="promo-text"><div class="field-promotext"><h3>Manage your care online</h3><p>Message your care team, see test results and schedule visits
with MyChart.</p></div><div class="field-promolink"><a href="/mychart">Sign up for MyChart</a></div></div></div></div></aside>
</div></div></main>
<footer><div id="footer" class="container-fluid"><div class="row"><div class="component rich-text col-md-4"><div class="component-content">
<p>Harrow Valley Medical Group<br>4800 Orchard Parkway<br>Fairholm, WA 99001</p><p>Main line: 509-555-0100</p></div></div>
<div class="component link-list col-md-8"><div class="component-content"><ul>${links(hFoot, 'item')}</ul></div></div>
<div class="component plain-html col-12"><div class="component-content"><p class="copyright">© 2026 Harrow Valley Medical Group. All rights
reserved.</p></div></div>
</div></div></footer></div>
<script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js"></script>
<script src="/-/media/Themes/HVMG/HVMG/HVMG/scripts/pre-optimized-min.js"></script></body></html>`;
export const hospital: TestPage = {
  name: 'heldout429-sitecore-hospital-cyber-notice',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts(hSecs.flatMap(([, p]) => p)),
  bylines: ['Published: March 4, 2026', 'This notice was last reviewed on March 9, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    hAlert, 'Close', ...hUtil, ...hNav, 'Search', ...hCrumbs, 'In This Section', ...hSide.filter((t) => !hCrumbs.includes(t)), 'Manage your care online',
    'Message your care team, see test results and schedule visits with MyChart.', 'Sign up for MyChart', '4800 Orchard Parkway', 'Fairholm, WA 99001',
    'Main line: 509-555-0100', ...hFoot, '© 2026 Harrow Valley Medical Group. All rights reserved.',
  ],
};
