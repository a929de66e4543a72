import { links, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file c: a course search result page served by Squiz Funnelback inside a university site (a listing:
 * the search box with query-completion markup, result summary, spelling suggestion, "Did you mean", facet panel with
 * counts, the result list where each result carries a title link, a metadata strip with level, mode and start date, and a
 * snippet, a curator "best bet" message, pagination, a contextual "Related searches" block, OneTrust banner and footer).
 */
const title = 'Find a course';
const intro = `Search our undergraduate, postgraduate and short courses. Use the filters to narrow your results by level, study
mode, subject area and start date.`;
const results: [string, string, string][] = [
  [
    'Nursing (Adult) BSc (Hons)',
    'Undergraduate · Full time · September 2027',
    `Train as a registered adult nurse, with half of your course spent on placements in hospitals and community settings across
the Elmsworth region. Approved by the Nursing and Midwifery Council.`,
  ],
  [
    'Nursing (Mental Health) BSc (Hons)',
    'Undergraduate · Full time · September 2027',
    `Learn to support people of all ages with mental health conditions, working alongside service users who help to design and
teach parts of the course.`,
  ],
  [
    'Nursing (Child) BSc (Hons)',
    'Undergraduate · Full time · January 2028',
    `Care for babies, children and young people and their families, with placements in children\u2019s wards, schools and a regional
neonatal unit.`,
  ],
  [
    'Advanced Clinical Practice MSc',
    'Postgraduate taught · Part time · February 2027',
    `For experienced nurses and allied health professionals who want to work at an advanced level, combining university study with
supervised practice in your own workplace.`,
  ],
  [
    'Nursing Associate Foundation Degree (Apprenticeship)',
    'Apprenticeship · Part time · April 2027',
    `A two-year apprenticeship for healthcare support workers, funded by your employer, leading to registration as a nursing
associate.`,
  ],
  [
    'Return to Practice: Nursing',
    'Short course · Part time · Various dates',
    `Refresh your knowledge and skills and return to the professional register after a break from nursing of three years or more.`,
  ],
];
const bestBet = `Open day: meet our nursing lecturers and tour the simulation suite on Saturday 14 November.`;
const facets: [string, string[]][] = [
  ['Level', ['Undergraduate (3)', 'Postgraduate taught (1)', 'Apprenticeship (1)', 'Short course (1)']],
  ['Study mode', ['Full time (3)', 'Part time (3)']],
  ['Subject area', ['Nursing and midwifery (5)', 'Health and social care (1)']],
];
const pages = ['Previous', 'Next'];
const related = ['midwifery', 'paramedic science', 'nursing apprenticeship', 'nursing open day'];
const menu = ['Courses', 'Applying', 'Student life', 'Research', 'About'];
const foot = ['Contact the university', 'Accessibility', 'Privacy and cookies', 'Freedom of information'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Search results for nursing | Find a course | Elmsworth University</title>
<meta name="robots" content="noindex, follow"><link rel="stylesheet" href="/s/resources/courses/_default/css/funnelback.css">
<script src="/s/resources-global/thirdparty/jquery-3.5.1/jquery.min.js"></script>
<script src="/s/resources-global/js/funnelback.autocompletion-2.6.0.js"></script>
<script>jQuery(function(){jQuery('input.query').autocompletion({datasets:{organic:{collection:'elmsworth~sp-courses',profile:'_default'}},
length:3});});</script></head>
<body class="funnelback search-page"><a class="skip" href="#search-results">Skip to results</a>
<header class="uni-header"><a href="/" class="uni-header__logo"><img src="/img/elmsworth.svg" alt="Elmsworth University"></a>
<nav class="uni-nav"><ul>${links(menu)}</ul></nav></header>
<main class="search-main"><div class="search-hero"><h1>${title}</h1><p class="search-hero__intro">${intro}</p>
<form action="/s/search.html" method="GET" class="search-form" role="search"><input type="hidden" name="collection" value="elmsworth~sp-courses">
<label for="query" class="sr-only">Search courses</label><input required name="query" id="query" class="form-control query" type="text" value="nursing"
autocomplete="off"><button type="submit" class="btn btn-primary">Search</button></form></div>
<div class="search-layout"><aside class="search-facets" id="search-facets"><h2 class="search-facets__title">Refine your results</h2>
${facets
  .map(
    ([n, vs]) =>
      `<div class="facet"><h3 class="facet-label">${n}</h3><ul class="list-unstyled">${vs
        .map(
          (v) => `<li class="facet-category">
<a href="?query=nursing&amp;f.${encodeURIComponent(n)}=${encodeURIComponent(v)}">${v}</a></li>`,
        )
        .join('\n')}</ul></div>`,
  )
  .join('\n')}
<a class="search-facets__clear" href="?query=nursing">Clear all filters</a></aside>
<section id="search-results" class="search-results" aria-label="Search results">
<div class="search-results__summary" id="search-result-count"><span class="search-summary">Showing <strong>1</strong> to <strong>6</strong> of
<strong>6</strong> results for <strong class="search-query">nursing</strong></span></div>
<div class="search-spelling">Did you mean <a href="?query=nurturing">nurturing</a>?</div>
<div class="search-curator alert alert-info" role="status"><p>${bestBet}</p><a href="/open-days">Book your place</a></div>
<ol id="search-results-list" class="list-unstyled search-results__list">
${results
  .map(
    ([t, meta, snip], i) => `<li data-fb-result="https://www.elmsworth.example/courses/${i}" class="search-result search-result--course">
<h3 class="search-result__title"><a href="https://www.elmsworth.example/courses/${i}" title="${t}">${t}</a></h3>
<p class="search-result__meta"><small>${meta}</small></p>
<p class="search-result__summary">${snip}</p>
<cite class="search-result__url">www.elmsworth.example/courses/${i}</cite></li>`,
  )
  .join('\n')}
</ol>
<nav class="search-pagination" aria-label="Pagination"><ul class="pagination">${links(pages, 'page-item')}</ul></nav>
<div class="search-contextual-navigation"><h2>Related searches</h2><ul>${lis(related)}</ul></div></section></div></main>
<footer class="uni-footer"><ul>${links(foot)}</ul><p>© Elmsworth University 2026</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to make our website work and to understand how it is used. You can choose which
optional cookies we use.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject optional cookies</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div></div></div>
</body></html>`;

const search: TestPage = {
  name: 'heldout403-funnelback-course-search',
  kind: 'docs',
  html,
  title,
  headings: results.map(([t]) => t),
  body: texts([intro, ...results.map(([, , s]) => s)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to results', ...menu, 'Search courses', 'Refine your results', ...facets.flatMap(([n, vs]) => [n, ...vs]), 'Clear all filters',
    'Showing 1 to 6 of 6 results for nursing', 'Did you mean nurturing?', bestBet, 'Book your place', ...results.map(([, m]) => m),
    ...results.map((_, i) => `www.elmsworth.example/courses/${i}`), ...pages, 'Related searches', ...related, ...foot, '© Elmsworth University 2026',
    'We use cookies to make our website work and to understand how it is used. You can choose which optional cookies we use.',
    'Accept all', 'Reject optional cookies', 'Manage preferences',
  ],
};

export const HELDOUT403_C: readonly TestPage[] = [search];
