import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 212: a Canadian Space Agency mission FAQ on canada.ca (GCWeb / WET template), as "Save page as" stores it: skip
 * links, language toggle, hidden headings (wb-inv), the theme menu, the breadcrumb, "On this page", the questions as h2s, the page
 * details box ("Report a problem", "Date modified") and the contextual and main Government of Canada footers.
 */
const title = 'BOREAL-2 mission: frequently asked questions';
const intro = [
  'BOREAL-2 is a Canadian microsatellite that measures snow water equivalent across the northern boreal forest and tundra. ' +
    'This page answers the questions we receive most often about the mission, its data and how Canadians can get involved.',
];
const qa: { q: string; a: string[]; list?: string[] }[] = [
  {
    q: 'What is BOREAL-2?',
    a: [
      'BOREAL-2 is a small Earth observation satellite built for the Canadian Space Agency (CSA) by a consortium of Canadian ' +
        'companies and universities. It carries a dual-frequency radar that measures how much water is stored in the snowpack, ' +
        'a quantity that matters for flood forecasting, hydroelectric planning and wildlife research.',
    ],
  },
  {
    q: 'When was it launched, and how long will it operate?',
    a: [
      'The satellite was launched on November 18, 2025, from Vandenberg Space Force Base in California, as a secondary payload. ' +
        'It is designed to operate for at least five years, and its orbit will allow it to continue for longer if the ' +
        'instrument remains in good health.',
    ],
  },
  {
    q: 'Why measure snow from space?',
    a: [
      'Snow covers most of Canada for several months each year, but there are very few ground stations in the North. Snow ' +
        'surveys on foot or by helicopter are expensive and can only cover small areas. From orbit, BOREAL-2 can measure the ' +
        'whole country every five days.',
    ],
  },
  {
    q: 'Who uses the data?',
    a: ['The main users of BOREAL-2 data include:'],
    list: [
      'provincial and territorial river forecast centres, who use snow measurements to anticipate spring floods',
      'hydroelectric utilities, who plan reservoir levels months in advance',
      'Environment and Climate Change Canada, for weather and climate models',
      'researchers studying caribou and other species whose movements depend on snow conditions',
    ],
  },
  {
    q: 'Is the data free?',
    a: [
      'Yes. All BOREAL-2 data products are available free of charge through the Government of Canada’s Open Data portal, ' +
        'usually within 48 hours of acquisition. Researchers who need data more quickly can apply for near-real-time access.',
    ],
  },
  {
    q: 'Can students and community groups take part?',
    a: [
      'Yes. The CSA funds a snow-observation program in which students and community members in northern communities measure ' +
        'the depth and density of snow near their homes. These measurements help scientists check the satellite data. Schools ' +
        'can apply through the CSA’s funding opportunities page each fall.',
    ],
  },
];
const menu = [
  'Jobs and the workplace',
  'Immigration and citizenship',
  'Travel and tourism',
  'Business and industry',
  'Benefits',
  'Health',
  'Taxes',
  'Environment and natural resources',
  'National security and defence',
  'Culture, history and sport',
  'Policing, justice and emergencies',
  'Transport and infrastructure',
  'Canada and the world',
  'Money and finances',
  'Science and innovation',
];
const ctx = ['Contact the Canadian Space Agency', 'Media relations', 'Careers at the CSA'];
const gc = ['All contacts', 'Departments and agencies', 'About government'];
const sub = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const slug = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const html = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} - Canada.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="description" content="Answers to common questions about the BOREAL-2 mission.">
<meta name="dcterms.title" content="${title}"><meta name="dcterms.creator" content="Canadian Space Agency"><meta name="dcterms.language" title="ISO639-2/T"
content="eng"><meta name="dcterms.issued" title="W3CDTF" content="2025-11-20"><meta name="dcterms.modified" title="W3CDTF" content="2026-02-20">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script src="https://assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-f7c3e6060667.min.js"></script></head>
<body vocab="http://schema.org/" resource="#wb-webpage" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language
selection</h2><ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/agence-spatiale/faq-boreal-2.html"><span
class="hidden-xs">Français</span>
<abbr title="Français" class="visible-xs h3 mrgn-tp-sm mrgn-bttm-0 text-uppercase">fr</abbr></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.ca/en.html" property="url">
<img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span lang="fr">Gouvernement
du Canada</span></span></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2><form
action="https://www.canada.ca/en/sr/srb.html"
method="get" name="cse-search-box" role="search"><div class="form-group wb-srch-qry"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label>
<input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" placeholder="Search Canada.ca"></div><div class="form-group submit">
<button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="glyphicon-search glyphicon"></span>
<span class="wb-inv">Search</span></button></div></form></section></div></div><hr>
<div class="container"><div class="row"><div class="col-md-8"><nav class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false"><span class="wb-inv">Main </span>Menu <span class="expicon glyphicon glyphicon-chevron-down">
</span></button><ul role="menu" aria-orientation="vertical" data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-v2-en.html">
${menu.map((t) => `<li role="presentation"><a role="menuitem" href="/en/services/${slug(t)}.html">${t}</a></li>`).join('\n')}
<li role="separator"></li><li role="presentation"><a role="menuitem" tabindex="-1"
href="/en/services.html">You: All services</a></li></ul></nav></div></div></div>
<nav id="wb-bc" property="breadcrumb"><h2 class="wb-inv">You are here:</h2><div class="container"><ol class="breadcrumb">
<li><a href="https://www.canada.ca/en.html">Canada.ca</a></li><li><a href="/en.html">Canadian Space Agency</a></li>
<li><a href="/en/satellites.html">Satellites</a></li><li><a href="/en/satellites/boreal-2.html">BOREAL-2</a></li></ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont" dir="ltr">${title}</h1>
${intro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="h3">On this page</h2><ul>${qa.map((x) => `<li><a href="#${slug(x.q)}">${x.q}</a></li>`).join('\n')}</ul>
${qa
  .map(
    (x) => `<h2 id="${slug(x.q)}">${x.q}</h2>
${x.a.map((p) => `<p>${p}</p>`).join('\n')}${x.list ? `\n<ul>${x.list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`,
  )
  .join('\n')}
<h2>Related links</h2><ul>${links(['BOREAL-2 mission overview', 'BOREAL-2 data on the Open Data portal', 'Funding opportunities for students'])}</ul>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-8 col-md-9 col-lg-9"><div class="wb-disable-allow">
<a class="btn btn-default btn-block" href="/en/report-problem.html">Report a problem or mistake on this page</a></div></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-02-20</time></dd></dl></section></main>
<footer id="wb-info"><h2 class="wb-inv">About this site</h2><div class="gc-contextual"><div class="container"><nav><h3>Canadian Space Agency</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(ctx)}</ul></nav></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(gc)}</ul>
<h4><span class="wb-inv">Themes and topics</span></h4></nav></div></div>
<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3
class="wb-inv">Government of Canada Corporate</h3><ul>${links(sub)}</ul></nav>
<div class="wtrmrk align-self-end"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of
Canada"></div></div></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script></body></html>`;
export const csaFaq: TestPage = {
  name: 'heldout212-csa-mission-faq',
  kind: 'docs',
  html,
  title,
  // the questions (h2) are the headings; the "On this page" list that repeats them is left out of both lists, and the closing
  // "Related links" block is furniture
  headings: qa.map((x) => x.q),
  body: texts([...intro, ...qa.flatMap((x) => [...x.a, ...(x.list ?? [])])]),
  bylines: ['Date modified:', '2026-02-20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Gouvernement du Canada', 'Search', 'Search Canada.ca',
    'Main Menu', ...menu, 'You: All services', 'You are here:', 'Canada.ca', 'Canadian Space Agency', 'Satellites', 'BOREAL-2', 'On this page',
    'Related links', 'BOREAL-2 mission overview', 'BOREAL-2 data on the Open Data portal', 'Funding opportunities for students', 'Page details',
    'Report a problem or mistake on this page', 'About this site', ...ctx, 'Government of Canada', ...gc, 'Themes and topics',
    'Government of Canada Corporate', ...sub,
  ],
};
