import { links, ps, type TestPage, texts } from './page-kit.js';
import { newsPoll } from './pages-heldout442-d2.js';
import { j, lis } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file d: a council consultation on Citizen Space (council header and skip link, breadcrumbs, the
 * consultation h1, Overview / Why we are consulting / What happens next sections with a list, the "Give us your views" box
 * with the Online Survey link, related documents, the side panel with dates, contact, audiences and interests, share links,
 * the cookie banner and the Delib footer) and, from file d2, a poll results page on a regional news site.
 */
const cTitle = 'Future of Saltmarsh Lane Recycling Centre';
const cSections: [string, string[], string[]][] = [
  [
    'Overview',
    [
      j(
        'Saltmarsh Lane Recycling Centre has served the north of the district since 1994. It handles around 11,000 tonnes of household',
        'waste a year, but the site is small, the access road floods several times each winter and the lease on the land ends in 2028.',
      ),
      j(
        'The council is proposing three options for the centre and would like to hear from residents, local businesses and community',
        'groups before the cabinet makes a decision in the summer.',
      ),
    ],
    [
      'Option A: refurbish the current site and raise the access road, keeping opening hours as they are',
      'Option B: move the centre to a larger plot at Greyhithe Business Park, about three miles inland',
      'Option C: close Saltmarsh Lane and extend opening hours at the Westbury centre, adding a weekly pop-up collection in the north',
    ],
  ],
  [
    'Why we are consulting',
    [
      j(
        'Each option changes how far some residents would have to drive and how much the service costs. Refurbishment is the cheapest',
        'in the short term but would not solve the flooding for good. A new site costs the most to build but would take trade waste and',
        'bulky items that Saltmarsh Lane cannot.',
      ),
      j(
        'We know that many people who use the centre do not drive, and that the pop-up collection in Option C would need to work for',
        'them. We particularly want to hear from residents of Fenmouth, Cray Hollow and the Saltings estate.',
      ),
    ],
    [],
  ],
  [
    'What happens next',
    [
      j(
        'When the consultation closes we will publish a summary of the responses on this page. The report to cabinet will set out',
        'what people told us and how it shaped the recommendation. We expect the decision to be taken at the July cabinet meeting.',
      ),
    ],
    [],
  ],
];
const cViews = j(
  'The online survey takes around ten minutes. Paper copies and an easy read version are available at Fenmouth library and the',
  'council offices, or by calling 01632 960 418.',
);
const cDocs = ['Saltmarsh Lane options appraisal (PDF, 2.1MB)', 'Site maps for all three options (PDF, 4.7MB)', 'Equality impact assessment (PDF, 380KB)'];
const cNav = ['Home', 'Find Consultations', 'We Asked, You Said, We Did'];
const cAud = ['Residents', 'Businesses', 'Community groups'];
const cInt = ['Waste and recycling', 'Environment', 'Transport'];
const cFoot = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Contact the council'];
const cHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8">
<title>${cTitle} - North Fenland District Council - Citizen Space</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The council is proposing three options for the centre.">
<meta property="og:title" content="${cTitle}"><meta property="og:site_name" content="North Fenland District Council - Citizen Space">
<meta name="twitter:card" content="summary"><link rel="stylesheet" href="/static/css/cs-theme.8d2a.css"><link rel="canonical"
href="https://consult.northfenland.example/waste/saltmarsh-lane/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${cTitle}",
"provider":{"@type":"GovernmentOrganization","name":"North Fenland District Council"}}</script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script></head>
<body class="cs-activity-page"><a href="#content" class="skip-link">Skip to main content</a>
<div id="cookie-message" class="cookie-banner" role="region" aria-label="Cookie banner"><p>We use essential cookies to make this site work. We would
also like to set analytics cookies to help us improve it.</p><button class="btn">Accept analytics cookies</button>
<button class="btn btn-secondary">Reject analytics cookies</button></div>
<header class="site-header"><div class="container"><a class="site-logo" href="https://www.northfenland.example/">
<img src="/static/img/nfdc-logo.svg" alt="North Fenland District Council"></a><span class="site-name">Consultation Hub</span>
<nav class="site-nav" aria-label="Main"><ul>${links(cNav)}</ul></nav></div></header>
<div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/consultation_finder/">Find
Consultations</a></li><li aria-current="page">${cTitle}</li></ol></nav>
<main id="content" class="activity"><div class="row"><div class="col-md-8 activity-main">
<h1 class="activity-title">${cTitle}</h1>
${cSections
  .map(
    ([h, paras, items]) => `<section class="activity-section" id="${h.toLowerCase().replace(/ /g, '-')}"><h2>${h}</h2>
${ps(paras)}${items.length === 0 ? '' : `\n<ul>${lis(items)}</ul>`}</section>`,
  )
  .join('\n')}
<section class="activity-section give-us-your-views" id="give-us-your-views"><h2>Give us your views</h2><p>${cViews}</p>
<div class="online-survey-link"><a class="btn btn-primary btn-lg" href="/waste/saltmarsh-lane/consultation/">Online Survey</a></div></section>
<section class="related-documents"><h2 class="related-heading">Related</h2><ul class="related-files">${links(cDocs)}</ul></section></div>
<aside class="col-md-4 activity-sidebar"><div class="activity-dates"><h2 class="sidebar-heading">Dates</h2><dl>
<dt>Opened</dt><dd>2 Feb 2026</dd><dt>Closes</dt><dd>13 Apr 2026</dd></dl></div>
<div class="activity-contact"><h2 class="sidebar-heading">Contact</h2><p>Waste Strategy Team</p><p><a href="mailto:waste@northfenland.example">
waste@northfenland.example</a></p></div>
<div class="activity-audiences"><h2 class="sidebar-heading">Audiences</h2><ul>${lis(cAud)}</ul></div>
<div class="activity-interests"><h2 class="sidebar-heading">Interests</h2><ul>${lis(cInt)}</ul></div>
<div class="activity-share"><h2 class="sidebar-heading">Share</h2><ul class="share-links"><li><a href="https://www.facebook.example/sharer">Share on
Facebook</a></li><li><a href="https://x.example/intent/tweet">Share on X</a></li><li><a href="mailto:?subject=${cTitle}">Share by email</a></li></ul></div>
</aside></div></main></div>
<footer class="site-footer"><div class="container"><ul class="footer-links">${links(cFoot)}</ul>
<p class="footer-copy">© North Fenland District Council 2026</p><p class="delib-credit"><a href="https://www.delib.example/citizen-space">Citizen Space</a>
from <a href="https://www.delib.example">Delib</a></p></div></footer><script src="/static/js/cs.min.js"></script></body></html>`;
const citizenSpace: TestPage = {
  name: 'heldout442-citizen-space-consultation',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [...cSections.map(([h]) => h), 'Give us your views'],
  body: texts([...cSections.flatMap(([, p, it]) => [...p, ...it]), cViews]),
  bylines: ['Opened', '2 Feb 2026', 'Closes', '13 Apr 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use essential cookies to make this site work. We would also like to set analytics cookies to help us improve it.',
    'Accept analytics cookies', 'Reject analytics cookies', 'Consultation Hub', ...cNav, 'Online Survey', 'Related', ...cDocs, 'Dates', 'Contact',
    'Waste Strategy Team', 'waste@northfenland.example', 'Audiences', ...cAud, 'Interests', ...cInt, 'Share on Facebook', 'Share on X', 'Share by email',
    ...cFoot, '© North Fenland District Council 2026', 'Citizen Space from Delib',
  ],
};

export const HELDOUT442_D: readonly TestPage[] = [citizenSpace, newsPoll];
