import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout345-kit.js';

/**
 * Held-out batch 345, file d: a household travel survey's data dictionary page on MkDocs Material (header, tabs, primary
 * and secondary sidebars, "Last update" source facts, feedback widget, previous / next footer, copyright) and a JOSS-style
 * paper page for a research software package (journal header, paper metadata sidebar with editor, reviewers, repository,
 * archive and badges, the paper's Summary, Statement of need and References, footer).
 */
const dTitle = 'Trip file (trips.csv)';
const dHeadings = ['Keys and joins', 'Variables', 'Derived variables', 'Missing values'];
const dIntro = [
  j(
    'The trip file holds one row for every journey reported in the travel diary. A trip starts when a respondent leaves a place',
    'and ends when they arrive at the next place where they stay for a purpose, so a walk to the bus stop and the bus ride are',
    'stages of the same trip, not two trips.',
  ),
  j('The 2025 release contains 184,306 trips made by 21,950 respondents in 9,812 households on their assigned diary day.'),
];
const dKeys = [
  j(
    'Each trip is identified by the household, person and trip numbers together. To attach person or household attributes, join',
    'on the first two or the first key only:',
  ),
];
const dKeyList = [
  '<code>hh_id</code> joins to the household file.',
  '<code>hh_id</code> and <code>person_no</code> join to the person file.',
  '<code>hh_id</code>, <code>person_no</code> and <code>trip_no</code> join to the stage file, which has one row per stage.',
];
const dVars: [string, string, string][] = [
  ['<code>trip_no</code>', 'integer', 'Order of the trip within the diary day, starting at 1.'],
  ['<code>depart_time</code>', 'time', 'Departure time as reported, rounded to five minutes.'],
  ['<code>purpose</code>', 'code', 'Purpose at the destination, from the 14-category purpose list.'],
  ['<code>main_mode</code>', 'code', 'Mode of the longest stage by distance.'],
  ['<code>dist_km</code>', 'decimal', 'Network distance between the geocoded origin and destination.'],
  ['<code>trip_wt</code>', 'decimal', 'Trip weight; use it for all estimates of trip totals.'],
];
const dDerived = [
  j(
    'Main mode and distance are derived from the stage file and are not asked directly. Where a stage could not be geocoded,',
    'the distance is left empty and the main mode is taken from the longest stage by reported time instead.',
  ),
];
const dMissing = ['Missing values use negative codes so that they cannot be mistaken for valid answers:'];
const dMissList = [
  '<code>-1</code>: not applicable, for example a purpose asked only of trips to work.',
  '<code>-8</code>: the respondent did not know.',
  '<code>-9</code>: the answer was refused or left blank.',
];
const dMore = [
  j(
    'Always exclude negative codes before averaging a variable. The weights already adjust for diaries with missing trips, so',
    'do not remove those respondents from the trip file.',
  ),
];
const dTabs = ['Home', 'Survey design', 'Data dictionary', 'Weighting', 'Changes'];
const dSide = ['Overview', 'Household file', 'Person file', 'Trip file', 'Stage file', 'Code lists'];
const dHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Documentation of the Harlow Basin Household Travel Survey 2025 public use files.">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.4"><title>Trip file - Harlow Basin Travel Survey 2025</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.8608ea7d.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0)</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal"><input class="md-toggle" data-md-toggle="drawer" type="checkbox"
id="__drawer"><label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#trip-file" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">The 2025 files were re-released on
3 March with corrected weights.</div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Harlow Basin Travel Survey 2025" class="md-header__button md-logo" aria-label="Harlow Basin Travel Survey 2025"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span
class="md-ellipsis">Harlow Basin Travel Survey 2025</span></div></div></div>
<label class="md-header__button md-icon" for="__search"></label><div class="md-search" data-md-component="search" role="dialog"><form class="md-search__form"
name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"></form></div>
<div class="md-header__source"><a href="https://git.example/hbts/docs" title="Go to repository" class="md-source"><div class="md-source__repository">
hbts/docs</div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid">
<ul class="md-tabs__list">${links(dTabs, 'md-tabs__item')}</ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner"><nav class="md-nav md-nav--primary" aria-label="Navigation"><ul class="md-nav__list">${links(dSide, 'md-nav__item')}</ul>
</nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner"><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of
contents</label><ul class="md-nav__list">${dHeadings
  .map(
    (h) => `<li class="md-nav__item"><a href="#${h}" class="md-nav__link"><span
class="md-ellipsis">${h}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.example/hbts/docs/edit/main/docs/dictionary/trips.md" title="Edit this page" class="md-content__button md-icon">edit</a>
<h1 id="trip-file">${dTitle}</h1>
${ps(dIntro)}
<h2 id="keys-and-joins">${dHeadings[0]}<a class="headerlink" href="#keys-and-joins" title="Permanent link">¶</a></h2>
${ps(dKeys)}
<ul>${lis(dKeyList)}</ul>
<h2 id="variables">${dHeadings[1]}<a class="headerlink" href="#variables" title="Permanent link">¶</a></h2>
<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><thead><tr><th>Variable</th><th>Type</th><th>Description</th></tr></thead>
<tbody>${rows(dVars)}</tbody></table></div></div>
<div class="admonition note"><p class="admonition-title">Note</p><p>Times after midnight are stored as 24:05, 25:10 and so on, so that a
diary day runs without a break from 04:00 to 27:59.</p></div>
<h2 id="derived-variables">${dHeadings[2]}<a class="headerlink" href="#derived-variables" title="Permanent link">¶</a></h2>
${ps(dDerived)}
<h2 id="missing-values">${dHeadings[3]}<a class="headerlink" href="#missing-values" title="Permanent link">¶</a></h2>
${ps(dMissing)}
<ul>${lis(dMissList)}</ul>
${ps(dMore)}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="git-revision-date-localized-plugin
git-revision-date-localized-plugin-date">Last update: March 3, 2026</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div
class="md-feedback__inner"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful">yes</button><button
class="md-feedback__icon md-icon" type="submit" title="This page could be improved">no</button></div></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../persons/" class="md-footer__link md-footer__link--prev"><div
class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Person file</div></div></a>
<a href="../stages/" class="md-footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-footer__direction">Next</span><div
class="md-ellipsis">Stage file</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">Copyright
© 2026 Harlow Basin Transport Authority</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></div></div>
</footer></div><script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs","toc.follow"],
"search":"../../assets/search.js"}</script>
<script src="../../assets/javascripts/bundle.83f73b43.min.js"></script></body></html>`;
const dict: TestPage = {
  name: 'heldout345-mkdocs-data-dictionary',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeadings,
  body: texts([
    ...dIntro,
    ...dKeys,
    ...dKeyList,
    ...dVars.flat(),
    'Note',
    j('Times after midnight are stored as 24:05, 25:10 and so on, so that a', 'diary day runs without a break from 04:00 to 27:59.'),
    ...dDerived,
    ...dMissing,
    ...dMissList,
    ...dMore,
  ]),
  bylines: ['Last update: March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The 2025 files were re-released on 3 March with corrected weights.', 'Harlow Basin Travel Survey 2025', 'hbts/docs', ...dTabs,
    'Overview', 'Household file', 'Person file', 'Stage file', 'Code lists', 'Table of contents', 'edit', 'Was this page helpful?', 'Previous', 'Next',
    'Copyright © 2026 Harlow Basin Transport Authority', 'Made with Material for MkDocs',
  ],
};

const jTitle = 'tidewell: A Python package for harmonic analysis of short and gappy tide gauge records';
const jHeadings = ['Summary', 'Statement of need', 'Design and features', 'Acknowledgements'];
const jSummary = [
  j(
    'Tide gauges installed for construction projects, research cruises or community monitoring often run for only a few weeks',
    'and lose data whenever a sensor is cleaned or a battery fails. Classical harmonic analysis needs long, continuous records to',
    'separate closely spaced tidal constituents, so these short records are usually discarded. <code>tidewell</code> is a Python',
    'package that fits tidal constituents to short and gappy records by borrowing the relationships between constituents from a',
    'nearby long-term reference station.',
  ),
];
const jNeed = [
  j(
    'Existing tools assume at least a month of hourly data without long gaps, or they require the user to choose inference',
    'constituents by hand. In practice the users of short records are coastal engineers and community groups who want a tide',
    'prediction for one harbour, not a research-grade analysis, and who have no way to judge which constituents can be resolved.',
  ),
  j(
    '<code>tidewell</code> makes these choices automatically from the record length and the gaps, reports which constituents were',
    'fitted and which were inferred, and gives an uncertainty for every prediction. It was first written for a network of',
    'volunteer gauges along the Selby Firth and has since been used on records from survey vessels and bridge works.',
  ),
];
const jFeatures = ['The package provides:'];
const jList = [
  'Automatic selection of resolvable constituents using the Rayleigh criterion adjusted for gaps.',
  'Inference of unresolved constituents from a reference station, with the amplitude ratios and phase lags fitted in one step.',
  'Robust fitting that down-weights spikes from boat wakes and sensor cleaning.',
  'Predictions with confidence bands from a block bootstrap of the residuals.',
];
const jAck = ['We thank the volunteers of the Selby Firth gauge network for their records and their patience with early versions.'];
const jHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Journal of Open Source Software: ${jTitle}</title>
<meta name="citation_title" content="${jTitle}"><meta name="citation_author" content="Quarrie, Elspeth"><meta name="citation_journal_title"
content="Journal of Open Source Software"><meta name="citation_doi" content="10.21105/joss.09174"><meta name="citation_publication_date" content="2026/02/26">
<link rel="stylesheet" href="/assets/application-9c1f.css"><script src="/assets/application-2be0.js"></script></head>
<body><div class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><a class="navbar-brand" href="/"><img alt="JOSS logo"
src="/assets/joss-logo.png"></a><ul class="navbar-nav">${links(['About', 'Papers', 'Submit', 'Docs', 'Sign in'], 'nav-item')}</ul></div></div>
<div class="container"><div class="paper-meta"><div class="row"><div class="col-md-8"><div class="paper-title"><h1>${jTitle}</h1></div>
<div class="paper-authors"><span class="author">Elspeth Quarrie</span>, <span class="author">Joaquim Arruda</span>, <span class="author">Noor
Bektas</span></div><div class="paper-dates"><span>Submitted 14 November 2025</span> <span>Published 26 February 2026</span></div>
<div class="paper-body">
<h2>${jHeadings[0]}</h2>
${ps(jSummary)}
<h2>${jHeadings[1]}</h2>
${ps(jNeed)}
<h2>${jHeadings[2]}</h2>
${ps(jFeatures)}
<ul>${lis(jList)}</ul>
<h2>${jHeadings[3]}</h2>
${ps(jAck)}
<h2>References</h2><div class="references"><p>Foreman, M. (1977). Manual for tidal heights analysis and prediction. Pacific Marine Science
Report 77-10.</p><p>Pawlowicz, R., Beardsley, B., &amp; Lentz, S. (2002). Classical tidal harmonic analysis including error estimates in MATLAB.
Computers &amp; Geosciences, 28, 929-937.</p></div></div></div>
<div class="col-md-4 paper-sidebar"><div class="btn-group-vertical"><a class="btn paper-btn" href="/papers/10.21105/joss.09174.pdf">Download paper</a>
<a class="btn paper-btn" href="https://git.example/quarrie/tidewell">Software repository</a><a class="btn paper-btn"
href="https://git.example/openjournals/joss-reviews/issues/9174">Paper review</a><a class="btn paper-btn" href="#">Software archive</a></div>
<div class="paper-status"><span class="badge">DOI: 10.21105/joss.09174</span></div><div class="editor-info"><h4>Editor</h4><p>Marguerite Lindqvist
(she/her)</p><h4>Reviewers</h4><ul>${links(['@ferncastle', '@halyard-j'])}</ul><h4>Tags</h4><ul>${links([
  'Python',
  'oceanography',
  'tides',
  'time series',
])}</ul></div><div class="cite"><h4>Citation (CITATION.cff)</h4><pre>Quarrie et al., (2026). tidewell. Journal of Open Source
Software, 11(118), 9174</pre><button class="btn btn-sm">Copy citation string</button> <button class="btn btn-sm">Copy BibTeX</button></div></div></div>
</div></div><footer class="footer"><div class="container"><p>Journal of Open Source Software is an affiliate of the Open Source Initiative.</p>
<p>JOSS is a fiscally sponsored project of NumFOCUS. ISSN 2475-9066.</p><ul>${links(['Code of Conduct', 'Privacy', 'Contact'])}</ul></div></footer>
</body></html>`;
const joss: TestPage = {
  name: 'heldout345-joss-paper',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: jHeadings,
  body: texts([...jSummary, ...jNeed, ...jFeatures, ...jList, ...jAck]),
  bylines: ['Elspeth Quarrie', 'Joaquim Arruda', 'Noor Bektas', 'Submitted 14 November 2025', 'Published 26 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'Papers', 'Submit', 'Docs', 'Sign in', 'References',
    'Foreman, M. (1977). Manual for tidal heights analysis and prediction. Pacific Marine Science Report 77-10.',
    'Download paper', 'Software repository', 'Paper review', 'Software archive', 'DOI: 10.21105/joss.09174', 'Editor', 'Marguerite Lindqvist (she/her)',
    'Reviewers', '@ferncastle', '@halyard-j', 'Tags', 'oceanography', 'time series', 'Citation (CITATION.cff)', 'Copy citation string', 'Copy BibTeX',
    'Journal of Open Source Software is an affiliate of the Open Source Initiative.', 'JOSS is a fiscally sponsored project of NumFOCUS. ISSN 2475-9066.',
    'Code of Conduct', 'Privacy', 'Contact',
  ],
};

export const HELDOUT345_D: readonly TestPage[] = [dict, joss];
