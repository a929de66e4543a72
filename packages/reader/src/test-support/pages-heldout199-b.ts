import { links, ps, type TestPage, texts } from './page-kit.js';
import { govScot } from './pages-heldout199-b2.js';

/**
 * Held-out batch 199, file b: a gov.ie publication page (the cookie banner with its three buttons, the harp header with
 * "Gaeilge" and search, the "Publication" label, the "From" organisation line with "Published on" and "Last updated on",
 * the publication text, the documents list with file type and size, the "Part of" policy link, the "Help us improve gov.ie"
 * survey box and the footer) and, from file b2, a gov.scot news release.
 */
const ieTitle = 'Report of the Working Group on Community Library Opening Hours';
const ieSummary =
  'This report sets out the findings of the working group established to examine how community libraries can offer longer and ' +
  'more predictable opening hours, particularly in rural towns and villages.';
const ieP1 = [
  'The working group was established in September 2024 by the Minister for Local Services and Heritage. It brought together ' +
    'representatives of local authority library services, the Library Staff Association, community groups and the Department.',
  'Over six months the group visited 14 branch libraries, held two public workshops in Ballinmore and Carrigduff, and received ' +
    '312 written submissions from library users and staff.',
  'The group also looked at how library services in other small European countries organise opening hours, and commissioned a ' +
    'survey of 1,500 adults on when they would be most likely to use their local branch.',
];
const ieH1 = 'Key findings';
const ieL1 = [
  'Almost half of branch libraries in towns with fewer than 5,000 people open on three days a week or fewer.',
  'Opening hours often change at short notice because of staff shortages, which users said was the biggest barrier to visiting.',
  'Libraries that introduced staffless opening hours saw visits increase by an average of 38% in the first year.',
  'Older users and parents of young children asked for more weekend and early evening opening.',
];
const ieH2 = 'Recommendations';
const ieP2 = ['The report makes 11 recommendations. The main ones are that:'];
const ieL2 = [
  'every branch library should publish a fixed weekly timetable that changes no more than twice a year',
  'staffless opening should be offered in all branches with suitable buildings by the end of 2027',
  'a relief panel of trained staff should be created in each local authority area to cover short-term absences',
  'the Department should fund a pilot of Sunday opening in ten rural branches',
];
const ieH3 = 'Next steps';
const ieP3 = [
  'The Department will publish an implementation plan in response to the report in the first quarter of 2026. Local authorities have ' +
    'been asked to review the recommendations with their library services in the meantime.',
  'The Minister has welcomed the report and thanked the members of the group and everyone who made a submission. Funding for the ' +
    'Sunday opening pilot will be considered as part of the 2026 budget process.',
  'Questions about the report can be sent to libraries@localservices.example.',
];
const ieCookie = [
  'Cookies on gov.ie',
  'We use some essential cookies to make this website work.',
  'We’d also like to set analytics cookies that help us understand how you use the site, so that we can improve it.',
];
const ieNav = ['Government departments', 'Publications', 'Consultations', 'Policies', 'Press releases', 'Services'];
const ieDocs: [string, string, string][] = [
  ['Report of the Working Group on Community Library Opening Hours (English)', 'PDF', '2.4 MB'],
  ['Tuarascáil an Ghrúpa Oibre ar Uaireanta Oscailte Leabharlanna Pobail (Gaeilge)', 'PDF', '2.6 MB'],
  ['Summary of written submissions', 'PDF', '640 KB'],
];
const ieFoot = ['About gov.ie', 'Accessibility statement', 'Privacy statement', 'Cookie policy', 'Circulars', 'Directory'];
const ieSurvey = ['Help us improve gov.ie', 'Take a short survey about your experience of using this website.', 'Give feedback'];
const ieHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>gov.ie - ${ieTitle}</title><meta name="description" content="${ieSummary}">
<meta property="og:title" content="gov.ie - ${ieTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="gov.ie">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://www.gov.ie/en/publication/4f2a9-report-of-the-working-group/">
<link rel="alternate" hreflang="ga" href="https://www.gov.ie/ga/foilsiuchan/4f2a9-tuarascail/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Government of Ireland",
"url":"https://www.gov.ie"}</script>
<link rel="stylesheet" href="/static/css/reboot.4b1e2c.css"><script defer src="/static/js/reboot.9a1d77.js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-8ZQ3XH"></script></head>
<body class="reboot-body"><div id="cookie-banner" class="reboot-cookie-banner" role="region" aria-label="${ieCookie[0]}">
<div class="reboot-container"><h2 class="reboot-cookie-banner__title">${ieCookie[0]}</h2><p>${ieCookie[1]}</p><p>${ieCookie[2]}</p>
<div class="reboot-cookie-banner__buttons"><button class="reboot-button" data-cookie="accept">Accept analytics cookies</button>
<button class="reboot-button" data-cookie="reject">Reject analytics cookies</button><a class="reboot-link" href="/en/cookie-policy/">View cookies</a>
</div></div></div><a class="reboot-skip-link" href="#main">Skip to main content</a>
<header class="reboot-header" role="banner"><div class="reboot-container reboot-header__inner"><a class="reboot-header__logo" href="/en/">
<img src="/static/img/govie-harp.svg" alt="gov.ie" width="114" height="40"></a><div class="reboot-header__tools">
<a class="reboot-header__lang" href="/ga/foilsiuchan/4f2a9-tuarascail/" lang="ga" hreflang="ga">Gaeilge</a>
<form class="reboot-search" action="/en/search/" role="search"><label class="visually-hidden" for="q">Search gov.ie</label>
<input id="q" name="q" type="search" placeholder="Search gov.ie"><button type="submit" class="reboot-search__button">Search</button></form></div></div>
<nav class="reboot-nav" aria-label="Main"><ul class="reboot-container reboot-nav__list">${links(ieNav, 'reboot-nav__item')}</ul></nav></header>
<main id="main" class="reboot-main"><div class="reboot-container"><nav class="reboot-breadcrumbs" aria-label="Breadcrumb"><ol>
<li><a href="/en/">Home</a></li><li><a href="/en/publications/">Publications</a></li></ol></nav>
<div class="reboot-page-header"><p class="reboot-label">Publication</p><h1 class="reboot-title">${ieTitle}</h1>
<div class="reboot-meta"><p>From: <a href="/en/organisation/department-of-local-services-and-heritage/">Department of Local Services and Heritage</a></p>
<p>Published on: <time datetime="2025-10-09">9 October 2025</time></p><p>Last updated on: <time datetime="2025-10-14">14 October 2025</time></p></div></div>
<div class="reboot-grid"><div class="reboot-grid__main"><div class="reboot-content"><p class="reboot-lead">${ieSummary}</p>${ps(ieP1)}
<h2>${ieH1}</h2><ul>${ieL1.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2>${ieH2}</h2>${ps(ieP2)}
<ul>${ieL2.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2>${ieH3}</h2>${ps(ieP3)}</div>
<section class="reboot-documents" aria-labelledby="docs-title"><h2 id="docs-title" class="reboot-documents__title">Documents</h2><ul class="reboot-file-list">
${ieDocs
  .map(
    ([t, type, size]) => `<li class="reboot-file"><img class="reboot-file__icon" src="/static/img/icon-pdf.svg" alt="">
<div><a class="reboot-file__link" href="/pdf/?file=https://assets.gov.ie/${size}.pdf#page=null" download>${t}</a>
<p class="reboot-file__meta"><span>${type}</span> <span>${size}</span></p></div></li>`,
  )
  .join('\n')}</ul></section>
<div class="reboot-part-of"><p>Part of: <a href="/en/policy/public-libraries/">Public libraries</a></p></div></div>
<aside class="reboot-grid__side"><div class="reboot-survey"><h2>${ieSurvey[0]}</h2><p>${ieSurvey[1]}</p>
<a class="reboot-button reboot-button--secondary" href="https://www.surveymonkey.example/r/govie">${ieSurvey[2]}</a></div></aside></div></div></main>
<footer class="reboot-footer" role="contentinfo"><div class="reboot-container"><ul class="reboot-footer__links">${links(ieFoot, 'reboot-footer__item')}</ul>
<img class="reboot-footer__harp" src="/static/img/harp-white.svg" alt="Government of Ireland"><p class="reboot-footer__copy">© Government of Ireland</p>
</div></footer></body></html>`;
const govIe: TestPage = {
  html: ieHtml,
  name: 'heldout199-gov-ie-publication',
  kind: 'docs',
  // the lead summary is body; the "From" organisation, "Published on" and "Last updated on" lines are bylines; the documents
  // list (titles, type and size), "Part of", the survey box, cookie banner, nav and footer are furniture
  title: ieTitle,
  headings: [ieH1, ieH2, ieH3],
  body: texts([ieSummary, ...ieP1, ...ieL1, ...ieP2, ...ieL2, ...ieP3]),
  bylines: ['From: Department of Local Services and Heritage', 'Published on: 9 October 2025', 'Last updated on: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ieCookie, 'Accept analytics cookies', 'Reject analytics cookies', 'View cookies', 'Skip to main content', 'Gaeilge', 'Search gov.ie', 'Search',
    ...ieNav, 'Home', 'Publication', 'Documents', ...ieDocs.map(([t]) => t), 'PDF', '2.4 MB', '2.6 MB', '640 KB', 'Part of: Public libraries',
    ...ieSurvey, ...ieFoot, '© Government of Ireland',
  ],
};

export const HELDOUT199_B: readonly TestPage[] = [govIe, govScot];
