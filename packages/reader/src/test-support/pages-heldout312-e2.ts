import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file e2: a public health agency's weekly respiratory surveillance report on a CDC-style template
 * (official-site banner, header search, breadcrumbs, left "In this section" nav, page title with "At a glance" box and
 * "On this page" jump links, dfe sections with a data table and chart figures, "Last Reviewed" / "Source" lines, the
 * page-share bar, "Related pages" cards, email-updates box and the agency footer). The "At a glance" summary is body.
 */
const hTitle = 'Respiratory Illness Surveillance Report, Week 9 (February 23 – March 1, 2026)';
const hGlance = [
  'Influenza activity is declining statewide but remains high in the Northern Lakes region.',
  'RSV activity is low and stable.',
  'COVID-19 test positivity rose slightly, from 4.1% to 4.6%.',
];
const hH1 = 'Summary';
const hP1 = [
  j(
    'During week 9, 6.8% of outpatient visits reported through the Kellmark sentinel network were for influenza-like illness,',
    'down from 7.9% the previous week. This is the third consecutive weekly decline, but activity remains above the seasonal',
    'baseline of 2.7%.',
  ),
  j(
    'Hospital admissions for influenza fell to 412, from 468 in week 8. Most admissions continue to be among adults aged 65 and',
    'older, who accounted for 57% of admissions this week.',
  ),
];
const hH2 = 'Laboratory surveillance';
const hP2 = ['Clinical laboratories reported the following results for the week:'];
const hRows = [
  ['Influenza A', '9,204', '1,187', '12.9%'],
  ['Influenza B', '9,204', '203', '2.2%'],
  ['RSV', '7,611', '152', '2.0%'],
  ['SARS-CoV-2', '11,380', '523', '4.6%'],
];
const hH3 = 'Outbreaks in long-term care facilities';
const hP3 = [
  j(
    'Fourteen new respiratory outbreaks were reported in long-term care facilities this week: nine influenza, four COVID-19 and',
    'one with both viruses. Since the start of the season, 231 outbreaks have been reported.',
  ),
  j(
    'Outbreaks this season have been larger than last season, with a median of 11 residents affected per outbreak compared with',
    'seven. Facilities in the Northern Lakes region reported six of the fourteen new outbreaks, in line with the higher level of',
    'influenza activity there. Staff vaccination coverage in reporting facilities was 61%, below the state goal of 80%.',
  ),
];
const hH4 = 'Recommendations';
const hRec = [
  'Everyone aged 6 months and older who has not yet received this season’s influenza vaccine should get vaccinated.',
  'Clinicians should consider antiviral treatment for patients at higher risk of complications, without waiting for test results.',
  'Facilities with a suspected outbreak should report it to their local health department within 24 hours.',
];
const hSide = ['Respiratory Illness Data', 'Weekly Reports', 'Influenza Data', 'RSV Data', 'COVID-19 Data', 'Reporting for Providers'];
const hToc = [hH1, hH2, hH3, hH4];
const hRel = ['Influenza Vaccine Locator', 'Guidance for Long-Term Care Facilities', 'Archived Weekly Reports'];
const hFoot = ['About Us', 'Contact Us', 'Policies', 'Accessibility', 'Language Assistance', 'Privacy', 'Public Records Requests'];
const th = ['Virus', 'Specimens tested', 'Positive', 'Percent positive'];
const hHtml = `<!DOCTYPE html><html lang="en-us" class="theme-teal"><head><meta charset="utf-8"><title>${hTitle} | Kellmark Department of Public Health</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="Weekly report on influenza, RSV and COVID-19 activity.">
<meta property="cdc:last_updated" content="2026-03-05"><meta property="og:type" content="website"><meta name="DC.date" content="2026-03-05">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${hTitle}","dateModified":"2026-03-05"}</script>
<link rel="stylesheet" href="/TemplatePackage/5.0/css/app.min.css"><script>window.CDC=window.CDC||{};CDC.Analytics={channel:"Respiratory"};</script></head>
<body class="body-wrapper"><div class="cdc-site-gov-notice"><p>An official website of the State of Kellmark</p></div>
<header class="cdc-header noindex"><div class="container"><a class="cdc-header__logo" href="/">Kellmark Department of Public Health</a>
<form class="cdc-header-search" role="search"><input class="form-control" type="search" placeholder="Search" aria-label="Search"></form></div></header>
<div class="container"><nav class="breadcrumb-container" aria-label="Breadcrumb">
<ol class="breadcrumb">${links(['Home', 'Diseases & Conditions', 'Respiratory Illness Data'], 'breadcrumb-item')}</ol></nav>
<div class="row"><nav class="col-lg-3 cdc-left-nav" aria-label="Left navigation"><h2 class="h5">In this section</h2>
<ul class="list-group">${links(hSide, 'list-group-item')}</ul></nav>
<main class="col-lg-9 order-lg-2" role="main" aria-label="Main Content Area"><div class="syndicate">
<div class="cdc-page-title"><h1 id="content">${hTitle}</h1></div>
<div class="cdc-page-offset"><div class="cdc-callout cdc-callout--glance"><h2 class="cdc-callout__heading">At a glance</h2>
<ul>${hGlance.map((g) => `<li>${g}</li>`).join('\n')}</ul>
</div><nav class="cdc-on-this-page" aria-label="On this page"><div class="cdc-on-this-page__title">On this page</div><ul>${links(hToc)}</ul></nav>
<div class="dfe-section"><h2 id="summary">${hH1}</h2>${ps(hP1)}
<figure class="figure"><img src="/respiratory/images/ili-week9.png" class="figure-img img-fluid" alt="Line chart of influenza-like illness by week">
<figcaption class="figure-caption">Percent of outpatient visits for influenza-like illness, by week, 2023–24 to 2025–26 seasons</figcaption></figure></div>
<div class="dfe-section"><h2 id="lab">${hH2}</h2>${ps(hP2)}<div class="table-responsive"><table class="table table-striped"><thead>
<tr>${th.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>
</thead><tbody>${hRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<div class="dfe-section"><h2 id="outbreaks">${hH3}</h2>${ps(hP3)}</div>
<div class="dfe-section"><h2 id="recommendations">${hH4}</h2><ul>${hRec.map((r) => `<li>${r}</li>`).join('\n')}</ul></div>
<div class="last-reviewed"><span>Last Reviewed: March 5, 2026</span></div>
<div class="content-source"><p>Source: Division of Communicable Disease Control</p></div></div></div>
<div class="page-share"><span>Share</span><a href="#" class="page-share-facebook">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a>
<a href="#">Syndicate</a></div>
<section class="cdc-related"><h2>Related Pages</h2>
<div class="card-deck">${hRel.map((r) => `<div class="card"><a class="card-title" href="#">${r}</a></div>`).join('')}</div></section>
<div class="cdc-email-updates"><p>Get Email Updates</p><p>To receive the weekly report by email, enter your email address.</p><button>Sign Up</button></div>
</main></div></div>
<footer class="footer-wrapper"><div class="container"><ul>${links(hFoot)}</ul><p>Kellmark Department of Public Health, 1 Capitol Plaza, Fennick, KM 40102</p>
</div></footer><script src="/TemplatePackage/5.0/js/app.min.js"></script></body></html>`;
export const surveillance: TestPage = {
  name: 'heldout312-cdc-template-surveillance-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3, hH4],
  body: texts([...hGlance, ...hP1, ...hP2, ...hRows.flat(), ...hP3, ...hRec]),
  bylines: ['Last Reviewed: March 5, 2026'],
  furniture: [
    'An official website of the State of Kellmark',
    'Kellmark Department of Public Health',
    'Diseases & Conditions',
    'In this section',
    ...hSide,
    'At a glance',
    'On this page',
    'Percent of outpatient visits for influenza-like illness, by week, 2023–24 to 2025–26 seasons',
    'Source: Division of Communicable Disease Control',
    'Share',
    'Facebook',
    'LinkedIn',
    'Syndicate',
    'Related Pages',
    ...hRel,
    'Get Email Updates',
    'To receive the weekly report by email, enter your email address.',
    'Sign Up',
    ...hFoot,
    'Kellmark Department of Public Health, 1 Capitol Plaza, Fennick, KM 40102',
  ],
};
