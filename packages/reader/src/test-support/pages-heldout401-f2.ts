import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout401-kit.js';

/**
 * Held-out batch 401, file f2: a consulate's visa form page on Joomla 4 with the Cassiopeia template (the `container-header`
 * with the brand and the main menu module, breadcrumbs, the article's "Details" block with author, category, published date
 * and hits, the print / email icons, the fees table, the sidebar modules "Consular Services" and "Latest News", and the footer
 * with "Back to Top").
 */
const vTitle = 'Visa Application Form V-2: How to Complete and Submit';
const vIntro = [
  j(
    'All applicants for a short-stay visa to the Republic of Velmora must complete Visa Application Form V-2. The form is the same for',
    'tourist, business and family visits, and for transit through Velmoran airports for more than 24 hours.',
  ),
  j(
    'Complete the form on a computer, print it on A4 paper and sign it by hand. Handwritten forms are accepted only if every answer is',
    'written in block capitals in black ink. Forms with corrections or missing pages will be returned.',
  ),
];
const vFill = [
  'Section A asks for your personal details exactly as they appear in your passport, including all given names.',
  'Section B asks for the purpose of your trip, your planned dates and the address where you will stay.',
  'Section C is for applicants who have been refused a Velmoran visa before; give the date and place of each refusal.',
  'Section D must be signed by a parent or guardian if the applicant is under 18.',
];
const vDocs = ['Attach the following to your form:'];
const vDocList = [
  'your passport, valid for at least 6 months after your planned departure from Velmora, with two blank pages',
  'one colour photograph, 35 x 45 mm, taken within the last 6 months',
  'a return ticket or itinerary and proof of accommodation',
  'bank statements for the last three months',
];
const vFeeRows = [
  ['Single entry, up to 30 days', 'AUD 85', '7 working days'],
  ['Multiple entry, up to 90 days', 'AUD 140', '10 working days'],
  ['Transit', 'AUD 40', '3 working days'],
];
const vSubmit = [
  j(
    'Applications are received by appointment only, Monday to Thursday from 9:30 to 12:30. Book an appointment by email at least a',
    'week ahead. Fees are paid by card or bank cheque at the counter and are not refunded if a visa is refused.',
  ),
];
const vQuote = 'Please do not book travel until your visa has been issued.';
const vHeadings = ['Filling in the form', 'Supporting documents', 'Fees and processing times', 'Submitting your application'];
const vMenu = ['Home', 'About the Consulate', 'Consular Services', 'Visas', 'Trade & Investment', 'Contact'];
const vCrumbs = ['Home', 'Visas', 'Visa Application Form V-2'];
const vServ = ['Passports for Velmoran citizens', 'Notarial services', 'Registration of births', 'Appointments'];
const vNews = ['Consulate closed on 1 May for Labour Day', 'New e-visa pilot for business travellers', 'Velmoran film week in Sydney'];
const vHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Consular Section"><meta name="description" content="How to complete and submit Visa Application Form V-2.">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${vTitle} - Consulate-General of the Republic of Velmora in Sydney</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f7e1c" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}
</script><script src="/media/system/js/core.min.js?2cb912"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${vTitle}","author":{"@type":"Organization","name":
"Consular Section"},"datePublished":"2026-02-12T09:00:00+11:00"}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112"><header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Consulate-General of the Republic of Velmora">Consulate-General of
the Republic of Velmora in Sydney</span></a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav ">${links(vMenu, 'nav-item')}
</ul></nav><div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword"
class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-top-b"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs
breadcrumb px-3 py-2">${links(vCrumbs, 'mod-breadcrumbs__item breadcrumb-item')}</ol></nav></div>
<div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">${vTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Consular Section</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category: <a href="/visas" itemprop="genre">Visas</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2026-02-12T09:00:00+11:00" itemprop="datePublished">
Published: 12 February 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:4812"> Hits: 4812</dd></dl>
<div class="icons"><div class="btn-group float-end"><a href="/visas/visa-form-v2?tmpl=component&amp;print=1" class="print-icon">Print</a>
<a href="/component/mailto/?link=5c1a" class="email-icon">Email</a></div></div>
<div itemprop="articleBody" class="com-content-article__body">${ps(vIntro)}
<h2>${vHeadings[0] ?? ''}</h2><ul>${lis(vFill)}</ul>
<p><a href="/images/forms/visa-form-v2.pdf" class="btn btn-primary">Download Form V-2 (PDF, 320 KB)</a></p>
<h2>${vHeadings[1] ?? ''}</h2>${ps(vDocs)}<ol>${lis(vDocList)}</ol>
<h2>${vHeadings[2] ?? ''}</h2><table class="table table-striped"><thead><tr><th>Visa type</th><th>Fee</th><th>Processing</th></tr></thead><tbody>
${rows(vFeeRows)}</tbody></table>
<h2>${vHeadings[3] ?? ''}</h2>${ps(vSubmit)}<blockquote><p>${vQuote}</p></blockquote></div>
<ul class="pagenav"><li class="previous"><a class="btn btn-sm btn-secondary previous" href="/visas/transit" rel="prev">Prev</a></li>
<li class="next"><a class="btn btn-sm btn-secondary next" href="/visas/work" rel="next">Next</a></li></ul></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Consular Services</h3><div class="card-body">
<ul class="mod-menu mod-list nav">${links(vServ)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Latest News</h3><div class="card-body"><ul
class="mod-articleslatest latestnews mod-list">${links(vNews)}
</ul></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Level 14, 60 Carrington Street, Sydney NSW 2000 ·
Tel. +61 2 5550 1190</p></div><div class="mod-footer"><div class="footer1">Copyright © 2026 Consulate-General of the Republic of Velmora in Sydney. All Rights
Reserved.</div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4f7e1c" type="module"></script></body></html>`;
export const consulate: TestPage = {
  name: 'heldout401-joomla-consulate-visa-form',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeadings,
  body: texts([...vIntro, ...vFill, ...vDocs, ...vDocList, ...vFeeRows.flat(), ...vSubmit, vQuote]),
  bylines: ['Written by: Consular Section', 'Published: 12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Consulate-General of the Republic of Velmora in Sydney', ...vMenu, 'Search', ...vCrumbs.slice(0, 2), 'Details', 'Category: Visas', 'Hits: 4812',
    'Print', 'Email',
    'Download Form V-2 (PDF, 320 KB)', 'Visa type', 'Processing', 'Prev', 'Next', ...vServ, 'Latest News', ...vNews,
    'Level 14, 60 Carrington Street, Sydney NSW 2000 · Tel. +61 2 5550 1190',
    'Copyright © 2026 Consulate-General of the Republic of Velmora in Sydney. All Rights Reserved.',
  ],
};
