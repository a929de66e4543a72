import { links, ps, type TestPage, texts } from './page-kit.js';
import { natoNews } from './pages-heldout329-d2.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file d: an IMF-style end-of-mission country statement on a Sitecore theme (top links, mega menu,
 * breadcrumb, "Press Release No." and dateline, "Ending a staff visit" summary box, "Country Page" sidebar with the related
 * documents list, public affairs / media relations contact table, "IMF Communications Department" block, subscribe link,
 * cookie banner and footer) and, from file d2, a NATO-style news item.
 */
const iTitle = 'Fund Staff Concludes 2026 Article IV Mission to the Republic of Ostrava Vale';
const iSummary = [
  'Growth is expected to slow to 2.1 percent in 2026 as tighter credit and weaker exports weigh on activity.',
  'Inflation has fallen to 4.3 percent and should return to the central bank’s target by mid-2027.',
  'Staff recommends a gradual fiscal consolidation anchored in a medium-term framework, and stronger oversight of non-bank lenders.',
];
const iLead = j(
  'A GMF staff team led by Ms. Rahel Tesfaye visited Carlsport from February 18 to March 3 to hold',
  'discussions for the 2026 Article IV consultation. At the end of the visit, Ms. Tesfaye issued the following statement:',
);
const iP = [
  j(
    '“The economy of Ostrava Vale has shown resilience in the face of a difficult external environment. After growing by',
    '3.4 percent in 2025, activity is expected to slow this year as higher interest rates and weaker demand from trading',
    'partners weigh on investment and exports. Risks to the outlook are tilted to the downside.',
  ),
  j(
    '“Inflation has declined steadily from its 2024 peak, helped by lower food and energy prices and a timely tightening of',
    'monetary policy. The central bank should keep policy tight until inflation is firmly on track to reach the target, and',
    'continue to communicate clearly about the conditions for easing.',
  ),
  j(
    '“The fiscal deficit widened to 5.2 percent of GDP last year, reflecting higher spending on wages and energy subsidies.',
    'Staff recommends a gradual adjustment of about 0.5 percent of GDP a year, focused on better targeting of subsidies and',
    'broadening the tax base, while protecting social spending and public investment.',
  ),
  j(
    '“The banking system remains well capitalised, but the rapid growth of non-bank consumer lending warrants closer',
    'supervision. Bringing these lenders under the central bank’s regulatory perimeter would help contain risks to',
    'households and to financial stability.',
  ),
  j(
    '“Structural reforms to improve the business climate, deepen regional trade and raise female labour force participation',
    'would lift medium-term growth. Staff welcomes the authorities’ plans to digitise tax and customs procedures.',
  ),
  j(
    '“The team met with Finance Minister Joram Velic, Central Bank Governor Ana Sorrel, other senior officials and',
    'representatives of the private sector and civil society. We thank the authorities for their hospitality and for',
    'constructive discussions.”',
  ),
];
const iTop = ['Careers', 'Contact us', 'Languages'];
const iMenu = ['About', 'Research', 'Countries', 'Capacity Development', 'News', 'Videos', 'Data', 'Publications', 'Social Media'];
const iCrumb = ['Home', 'News', 'Articles'];
const iSide = [
  'Ostrava Vale: 2025 Article IV Consultation-Press Release; Staff Report',
  'Ostrava Vale: Selected Issues',
  'Regional Economic Outlook: Central Plains, October 2025',
];
const iFoot = ['Copyright and Usage', 'Privacy Policy', 'How to Contact Us', 'Scam Alert', 'Glossary', 'Site Index'];
const iHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${iTitle}</title>
<meta name="description" content="End-of-mission press releases include statements of GMF staff teams that convey preliminary findings after a visit.">
<meta name="DC.Date.Create" content="March 4, 2026"><meta name="Type" content="Press Release"><meta name="Country" content="Ostrava Vale">
<meta property="og:title" content="${iTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}","datePublished":"2026-03-04"}</script>
<script>var _satellite=_satellite||{};var digitalData={"page":{"pageInfo":{"pageType":"press release"}}};</script>
<link href="/-/media/Files/Styles/gmf.min.css" rel="stylesheet"></head>
<body><div id="CybotCookiebotDialog" role="dialog"><p>This website uses cookies to analyse traffic and remember your preferences.</p>
<a id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" href="#">Allow all</a>
<a id="CybotCookiebotDialogBodyButtonDecline" href="#">Use necessary cookies only</a></div>
<header class="header"><div class="top-links"><ul>${links(iTop)}</ul></div><div class="logo"><a href="/en/Home">Global Monetary Fund</a></div>
<nav class="nav-main"><ul>${links(iMenu, 'nav-main__item')}</ul></nav></header>
<div class="breadcrumbs"><ul>${links(iCrumb)}</ul></div>
<div id="content" class="container"><div class="row"><div class="col-md-8 main-column"><article class="article">
<p class="pr-number">Press Release No. 26/071</p><h1>${iTitle}</h1>
<p class="date">March 4, 2026</p>
<div class="summary-box"><h4>Ending a staff visit</h4><p>End-of-mission press releases include statements of GMF staff teams that convey
preliminary findings after a visit to a country. The views expressed are those of the staff and do not necessarily represent
the views of the Executive Board.</p></div>
<p><strong>Washington, DC:</strong></p>
<ul class="summary-bullets">${lis(iSummary)}</ul>
<p>${iLead}</p>
${ps(iP)}
<div class="contact-table"><table><tr><td>GMF Communications Department</td></tr>
<tr><td>MEDIA RELATIONS</td><td>PRESS OFFICER: Dorian Kamau</td></tr>
<tr><td>Phone: +1 202 555 0147</td><td>Email: MEDIA@gmf.example</td></tr></table></div>
<div class="share"><span>Share</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a><a href="#">Print</a></div>
</article></div>
<aside class="col-md-4 sidebar"><div class="country-box"><h3>Country Page</h3><a href="/en/Countries/OSV">Ostrava Vale and the GMF</a></div>
<div class="related-box"><h3>Related Documents</h3><ul>${links(iSide)}</ul></div>
<div class="subscribe-box"><h3>Subscribe</h3><p>Sign up to receive free e-mail notices when new series and/or country items are posted.</p></div>
</aside></div></div>
<footer class="footer"><ul>${links(iFoot)}</ul><p>© 2026 Global Monetary Fund. All rights reserved.</p></footer>
<script src="/-/media/Files/Scripts/gmf.min.js"></script></body></html>`;

const imfStatement: TestPage = {
  name: 'heldout329-gmf-imf-country-statement-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iSummary, iLead, ...iP]),
  bylines: ['March 4, 2026', 'Washington, DC:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to analyse traffic and remember your preferences.', 'Allow all', 'Use necessary cookies only', ...iTop,
    'Global Monetary Fund', ...iMenu, 'Home', 'Articles', 'Press Release No. 26/071', 'Ending a staff visit',
    'End-of-mission press releases include statements of GMF staff teams that convey preliminary findings after a visit to a country.',
    'GMF Communications Department', 'MEDIA RELATIONS', 'PRESS OFFICER: Dorian Kamau', 'Phone: +1 202 555 0147', 'Email: MEDIA@gmf.example',
    'Share', 'Facebook', 'LinkedIn', 'Email', 'Print', 'Country Page', 'Ostrava Vale and the GMF', 'Related Documents', ...iSide, 'Subscribe',
    'Sign up to receive free e-mail notices when new series and/or country items are posted.', ...iFoot,
    '© 2026 Global Monetary Fund. All rights reserved.',
  ],
};

export const HELDOUT329_D: readonly TestPage[] = [imfStatement, natoNews];
