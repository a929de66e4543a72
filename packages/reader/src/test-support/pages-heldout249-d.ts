import { links, ps, type TestPage, texts } from './page-kit.js';
import { pharmacyHub } from './pages-heldout249-d2.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file d: a public-health agency's outbreak update on a federal-style template package (the official
 * government banner, agency header and search, the left "section nav", the "At a glance" summary box, the dated update,
 * a case-count table, "Key points" and "Resources" boxes, the syndication and "Last Reviewed" / "Source" lines, page
 * feedback and the footer).
 */
const oTitle = 'Measles Outbreak in Dunmore County: Situation Update';
const oGlance = [
  'As of March 6, 2026, 23 confirmed measles cases have been linked to the outbreak.',
  'Most cases are in children under 10 who had not received the MMR vaccine.',
];
const oH = ['What’s happening', 'Case counts', 'What the Department is doing', 'What you can do'];
const oP1 = [
  j(
    'The Eastern Plains Department of Public Health is working with the Dunmore County Health Office to respond to an outbreak',
    'of measles that began in late January. The first case was an unvaccinated child who had returned from international travel.',
  ),
  j(
    'Since the last update on February 27, seven new cases have been confirmed. Four people have been hospitalized, and all have',
    'since been discharged. No deaths have been reported.',
  ),
];
const oRows = [
  ['Under 5 years', '9', '2'],
  ['5 to 9 years', '8', '1'],
  ['10 to 17 years', '4', '0'],
  ['18 years and older', '2', '1'],
];
const oP2 = [
  j(
    'Health officials have notified people who may have been exposed at three locations, including a pediatric urgent care',
    'clinic and a public library. Free MMR vaccine clinics are being held at Dunmore County schools through the end of March.',
  ),
];
const oList = [
  'Check that you and your children are up to date with two doses of MMR vaccine.',
  'If you develop a fever and rash, call your healthcare provider before visiting so they can protect other patients.',
  'Keep children who are sick home from school and child care.',
  'Talk to a healthcare provider about an early MMR dose for infants 6 to 11 months old before international travel.',
];
const oSide = ['Measles Home', 'Signs and Symptoms', 'Vaccination', 'For Healthcare Providers', 'Outbreak Updates'];
const oRes = ['Measles fact sheet for parents (PDF)', 'Find a vaccine clinic', 'Exposure locations list'];
const oFoot = ['About Us', 'Contact Us', 'Accessibility', 'Privacy', 'FOIA', 'No FEAR Act', 'Vulnerability Disclosure Policy'];
const td = (c: string): string => `<td data-label="">${c}</td>`;
const oHtml = `<!DOCTYPE html><html lang="en-us" class="theme-blue"><head><meta charset="utf-8"><title>Measles Outbreak in Dunmore County: Situation
Update | Measles | EPDPH</title><meta name="description" content="Situation update on the measles outbreak in Dunmore County.">
<meta property="cdc:last_reviewed" content="2026-03-06"><meta name="DC.date" content="2026-03-06"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${oTitle}","dateModified":"2026-03-06",
"publisher":{"@type":"GovernmentOrganization","name":"Eastern Plains Department of Public Health"}}</script>
<link rel="stylesheet" href="/TemplatePackage/4.0/assets/css/app.min.css"><script>var pageOptions={"pageType":"update","topic":"measles",
"metrics":{"channel":"Measles"}};</script></head><body class="page-update"><section class="usa-banner" aria-label="Official website of the
state"><div class="usa-banner__header"><p class="usa-banner__header-text">An official website of the State of Eastern Plains</p>
<button class="usa-banner__button"><span class="usa-banner__button-text">Here’s how you know</span></button></div></section>
<header class="page-header"><div class="container"><a href="/" class="logo">Eastern Plains Department of Public Health</a>
<form class="cdc-header-search-form" role="search"><label for="search-input" class="sr-only">Search</label><input id="search-input" type="text"
placeholder="Search EPDPH"></form><a class="header-a-z" href="/az">A-Z Index</a></div></header>
<div class="container d-flex flex-wrap body-wrapper"><nav class="col-md-3 left-nav" aria-label="Section navigation"><div class="nav-section-home">
<a href="/measles">Measles</a></div><ul class="list-group">${links(oSide, 'list-group-item')}</ul></nav>
<main class="col-md-9 container-fluid main-content" role="main"><nav class="breadcrumb-nav" aria-label="Breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">EPDPH</a></li><li class="breadcrumb-item"><a href="/measles">Measles</a></li>
<li class="breadcrumb-item"><a href="/measles/outbreaks">Outbreak Updates</a></li></ol></nav>
<div class="row"><div class="col-12"><h1 id="content">${oTitle}</h1><div class="update-date"><span class="update-label">Updated</span>
<time datetime="2026-03-06">March 6, 2026</time></div></div></div>
<div class="dfe-section cdc-callout at-a-glance" role="region" aria-label="At a glance"><h2 class="at-a-glance-title">At a glance</h2>
<ul>${oGlance.map((g) => `<li>${g}</li>`).join('')}</ul></div>
<div class="syndicate"><h2>${oH[0]}</h2>${ps(oP1)}
<h2>${oH[1]}</h2><div class="table-responsive"><table class="table table-striped"><caption>Confirmed cases and hospitalizations by age group</caption>
<thead><tr><th scope="col">Age group</th><th scope="col">Cases</th><th scope="col">Hospitalized</th></tr></thead><tbody>
${oRows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n')}</tbody></table></div>
<h2>${oH[2]}</h2>${ps(oP2)}
<h2>${oH[3]}</h2><ul>${oList.map((l) => `<li>${l}</li>`).join('\n')}</ul></div>
<div class="cdc-callout resources" role="complementary"><h3>Resources</h3><ul>${links(oRes)}</ul></div>
<div class="row last-reviewed"><p class="last-reviewed-date">Last Reviewed: March 6, 2026</p><p class="page-source">Source: <a
href="/ncird">Division of Immunization and Respiratory Diseases</a></p></div>
<div class="page-feedback" id="feedback"><p>Was this page helpful?</p><button>Yes</button><button>Partly</button><button>No</button></div>
<div class="syndication-link"><a href="/syndication">Content Source: Eastern Plains Department of Public Health</a></div></main></div>
<footer class="footer" role="contentinfo"><div class="container"><div class="footer-contact"><p>Call 1-800-555-0199</p><p>Contact EPDPH-INFO</p></div>
<ul class="footer-links">${links(oFoot)}</ul><p>Eastern Plains Department of Public Health, 1200 Capitol Way, Halverson</p></div></footer>
<script src="/TemplatePackage/4.0/assets/js/app.min.js"></script></body></html>`;
const outbreak: TestPage = {
  name: 'heldout249-templatepackage-agency-outbreak-update',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oGlance, ...oP1, 'Confirmed cases and hospitalizations by age group', ...oRows.flat().filter((c) => c.length > 2), ...oP2, ...oList]),
  bylines: ['Updated March 6, 2026', 'Last Reviewed: March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the State of Eastern Plains', 'Here’s how you know', 'Search',
    'A-Z Index', ...oSide, 'EPDPH', 'At a glance', 'Resources', ...oRes, 'Source: Division of Immunization and Respiratory Diseases',
    'Was this page helpful?', 'Partly', 'Content Source: Eastern Plains Department of Public Health', 'Call 1-800-555-0199', 'Contact EPDPH-INFO',
    ...oFoot, 'Eastern Plains Department of Public Health, 1200 Capitol Way, Halverson',
  ],
};

export const HELDOUT249_D: readonly TestPage[] = [outbreak, pharmacyHub];
