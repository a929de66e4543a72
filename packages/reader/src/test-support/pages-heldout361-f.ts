import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout361-f2.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file f: a consulate's fees page on Joomla 5 with the Cassiopeia template (brand and site
 * description, main menu module, breadcrumbs module with "You are here:", article info block with Written by / Category /
 * Last Updated / Hits, a fees table that is most of the article, page navigation, a right sidebar card, footer custom
 * module, back-to-top link, a cookie notice module) and, from file f2, a personal blog on moving abroad on Ghost (Casper).
 * Table data cells are body, header cells are in neither list; the article info labels and values are bylines, Hits furniture.
 */
const jTitle = 'Consular fees for visas and passports';
const jIntro = [
  j(
    'The fees below apply to all applications received by the consulate in Aarvik from 1 January 2026. All amounts',
    'are charged in euros and are not refunded if an application is refused or withdrawn.',
  ),
];
const jRows: [string, string, string][] = [
  ['Short-stay visa (up to 90 days)', '€90', '15 calendar days'],
  ['Short-stay visa, children aged 6 to 11', '€45', '15 calendar days'],
  ['National long-stay visa (work or study)', '€120', '30 calendar days'],
  ['Family reunification visa', '€120', '60 calendar days'],
  ['Ostrevian passport, adult (10 years)', '€65', '6 weeks'],
  ['Ostrevian passport, under 18 (5 years)', '€35', '6 weeks'],
  ['Emergency travel document', '€30', 'Same day'],
  ['Legalisation of a document, per page', '€20', '5 working days'],
];
const jNotes = [
  'Payment is accepted by debit or credit card at the counter. Cash and cheques are not accepted.',
  'Children under 6, and spouses of Ostrevian citizens applying for a short-stay visa, do not pay a visa fee.',
  'An express fee of €40 may be charged where a faster decision is possible. Ask at the counter when you submit your application.',
];
const jMenu = ['Home', 'The Consulate', 'Visas', 'Passports', 'Citizens abroad', 'Fees', 'Contact'];
const jCrumbs = ['Home', 'Consular services', 'Fees'];
const jQuick = ['Book an appointment', 'Visa application form (PDF)', 'Track your passport', 'Public holidays 2026'];
const jHtml = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${jTitle} - Consulate General of Ostrevia in Aarvik</title>
<meta name="description" content="Visa, passport and legalisation fees at the Consulate General of Ostrevia in Aarvik.">
<link href="/media/templates/site/cassiopeia/css/template.min.css?5f1a" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css?5f1a"
rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},
"system.paths":{"root":"","base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?5f1a" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org",
"@graph":[{"@type":"Organization","name":"Consulate General of Ostrevia in Aarvik"},
{"@type":"Article","headline":"${jTitle}","dateModified":"2026-03-02T10:14:00+00:00"}]}
</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right"><header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Consulate General of Ostrevia in Aarvik">Consulate General of
Ostrevia in Aarvik</span></a><div class="site-description">Serving Ostrevian citizens and visitors in the western provinces</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu"
aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav
">${links(jMenu, 'nav-item')}</ul></div></nav>
</div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs
breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &nbsp;</li>${jCrumbs
  .map((c) => `<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/${c.length}" class="pathway"><span>${c}</span></a></li>`)
  .join('')}</ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Consular Section</span></dd><dd class="category-name"><span
class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/consular-services" itemprop="genre">Consular services</a></dd><dd
class="modified"><span
class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-02T10:14:00+00:00" itemprop="dateModified">Last Updated: 02 March
2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:18211">Hits: 18211</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">${ps(jIntro)}
<table class="table table-striped"><caption>Table of charges from 1 January 2026</caption><thead><tr><th scope="col">Service</th><th scope="col">Fee</th><th
scope="col">Usual
processing time</th></tr></thead><tbody>
${jRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>Notes</h2>
<ul>${lis(jNotes)}</ul></div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/visas/documents"
rel="prev"><span class="visually-hidden">Previous article: Supporting documents for visas</span><span class="icon-chevron-left" aria-hidden="true"></span>
<span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/visas/refusals" rel="next"><span class="visually-hidden">Next article:
If
your visa is refused</span><span aria-hidden="true">Next</span><span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Quick links</h3><div class="card-body"><ul
class="mod-menu
mod-list nav ">${links(jQuick, 'nav-item')}</ul></div></div><div class="sidebar-right card "><h3 class="card-header ">Opening hours</h3><div
class="card-body"><div
id="mod-custom118" class="mod-custom custom"><p>Monday to Thursday 09:00–13:00</p><p>Friday by appointment only</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div id="mod-custom119" class="mod-custom custom"><p>Consulate General of the
Republic of
Ostrevia · Havnegata 41 · 9008 Aarvik</p><p>© 2026 Ministry of Foreign Affairs of the Republic of Ostrevia</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="mod-custom120" class="mod-custom custom cookie-notice" role="region" aria-label="Cookie notice"><p>This site uses only the cookies it needs to work.
No tracking cookies are set.</p><button type="button" class="btn btn-primary">OK, understood</button></div></body></html>`;
const joomla: TestPage = {
  name: 'heldout361-joomla-cassiopeia-docs',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: ['Notes'],
  body: texts([...jIntro, 'Table of charges from 1 January 2026', ...jRows.flat(), ...jNotes]),
  bylines: ['Written by: Consular Section', 'Last Updated: 02 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Consulate General of Ostrevia in Aarvik', 'Serving Ostrevian citizens and visitors in the western provinces', ...jMenu, 'You are here:',
    'Consular services', 'Details', 'Category: Consular services', 'Hits: 18211', 'Previous article: Supporting documents for visas', 'Prev',
    'Next article: If your visa is refused',
    'Quick links', ...jQuick, 'Opening hours', 'Monday to Thursday 09:00–13:00', 'Friday by appointment only',
    'Consulate General of the Republic of Ostrevia · Havnegata 41 · 9008 Aarvik', '© 2026 Ministry of Foreign Affairs of the Republic of Ostrevia',
    'This site uses only the cookies it needs to work. No tracking cookies are set.', 'OK, understood',
  ],
};

export const HELDOUT361_F: readonly TestPage[] = [joomla, ghost];
