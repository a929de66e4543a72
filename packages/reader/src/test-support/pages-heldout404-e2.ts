import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file e2: an arXiv-style abstract page, whose main text is short: one abstract in a
 * `<blockquote class="abstract">` after a "Title:" descriptor inside the h1 (support banner, header with search, the
 * subject heading, dateline, authors, metadata table, submission history, the access and browse-context column,
 * references and bookmark links, the arXivLabs tabs and the footer).
 */
const title = 'Doubly robust target trial emulation with irregular visit times in electronic health records';
const abs = paras(`
Target trial emulation uses observational data to answer causal questions with the design of a hypothetical randomised trial. In electronic health
records, however, covariates are measured only when patients happen to visit, and visit frequency itself depends on health status. Standard inverse
probability weighting then either discards information or is biased. We propose an estimator that models the visit process and the treatment process
jointly and combines them with an outcome regression, so that it remains consistent if either the outcome model or the pair of visit and treatment
models is correctly specified. We derive its efficient influence function and a cross-fitted version that allows flexible machine-learning nuisance
models. In simulations with informative visit patterns, the estimator had bias below 2% where inverse probability weighting had bias of 15 to 30%,
with confidence interval coverage close to nominal. We apply the method to emulate a trial of starting statins after a first transient ischaemic
attack in records from 41 general practices, and find a 3-year risk reduction for stroke of 1.9 percentage points (95% CI 0.4 to 3.3). Software is
available as an R package.
`);
const authors = ['Oyelaran Adebayo', 'Henrike Maas', 'Sunil Varghese', 'Clara Dumont'];
const meta = [
  ['Comments:', '34 pages, 5 figures, 3 tables; supplementary material included'],
  ['Subjects:', 'Methodology (stat.ME); Applications (stat.AP); Quantitative Methods (q-bio.QM)'],
  ['Cite as:', 'preXiv:2603.04417 [stat.ME]'],
  ['', '(or preXiv:2603.04417v2 [stat.ME] for this version)'],
] as const;
const history = ['From: Oyelaran Adebayo [view email]', '[v1] Tue, 3 Mar 2026 16:21:08 UTC (812 KB)', '[v2] Mon, 9 Mar 2026 10:02:44 UTC (815 KB)'];
const access = ['View PDF', 'HTML (experimental)', 'TeX Source', 'Other Formats'];
const refsCites = ['NASA ADS', 'Scholar Search', 'Semantic Reader'];
const labs = ['Bibliographic Tools', 'Code, Data, Media', 'Demos', 'Related Papers', 'About preXivLabs'];
const foot = ['About', 'Help', 'Contact', 'Subscribe', 'Copyright', 'Privacy Policy', 'Web Accessibility Assistance', 'preXiv Operational Status'];
const html = `<!DOCTYPE html>
<html lang="en"><head><title>[2603.04417] ${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20250916"><meta property="og:type" content="website">
<meta property="og:title" content="${title}"><meta name="citation_title" content="${title}"><meta name="citation_date" content="2026/03/03">
<meta name="citation_arxiv_id" content="2603.04417"><meta name="citation_abstract" content="Target trial emulation uses observational data...">
<script type="text/javascript" src="/static/browse/0.3.4/js/mathjaxToggle.min.js"></script>
<script>MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']]}};</script></head>
<body class="with-cu-identity"><div class="flex-wrap-footer"><header><a href="#content" class="is-sr-only">Skip to main content</a>
<div id="cu-identity"><div id="support-ack"><span>We gratefully acknowledge support from the Halloran Foundation, member institutions, and all
contributors.</span>
<a href="https://info.prexiv.example/about/donate.html">Donate</a></div></div>
<div id="header" class="is-hidden-mobile"><a aria-hidden="true" tabindex="-1" href="/abs/2603.04417"></a><div class="header-breadcrumbs is-hidden-mobile">
<a href="/"><img src="/static/browse/0.3.4/images/arxiv-logo-one-color-white.svg" alt="preXiv logo"></a> &gt; <a href="/list/stat.ME/recent">stat</a> &gt;
preXiv:2603.04417</div><div class="search-block level-right"><form class="level-item mini-search" method="GET" action="https://prexiv.example/search">
<input class="input is-small" type="text" name="query" placeholder="Search..." aria-label="Search term or terms"><button class="button is-small
is-cul-darker">Search</button>
</form></div></div></header>
<main><div id="content"><div id="abs-outer"><div class="leftcolumn"><div class="subheader"><h1>Statistics &gt; Methodology</h1></div>
<div id="content-inner"><div id="abs"><div class="dateline">[Submitted on 3 Mar 2026 (<a href="/abs/2603.04417v1">v1</a>), last revised 9 Mar 2026
(this version, v2)]</div>
<h1 class="title mathjax"><span class="descriptor">Title:</span>${title}</h1>
<div class="authors"><span class="descriptor">Authors:</span>${authors
  .map((a) => `<a href="https://prexiv.example/a/${a.split(' ')[1]?.toLowerCase() ?? 'x'}">${a}</a>`)
  .join(', ')}</div>
<div id="download-button-info" hidden>View a PDF of the paper titled ${title}, by ${authors.join(' and ')}</div>
<a class="mobile-submission-download" href="/pdf/2603.04417">View PDF</a>
<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>${abs[0]}</blockquote>
<div class="metatable"><table summary="Additional metadata">${meta
  .map(
    ([l, v]) => `<tr><td class="tablecell label">${l}</td><td
class="tablecell">${v}</td></tr>`,
  )
  .join('\n')}
</table></div><div class="full-text"><a href="https://doi.example/10.48550/prexiv.2603.04417">https://doi.org/10.48550/preXiv.2603.04417</a></div></div></div>
<div class="submission-history"><h2>Submission history</h2>${history.map((h) => `<div>${h}</div>`).join('\n')}</div></div>
<div class="extra-services"><div class="full-text"><h2>Access Paper:</h2><ul>${links(access, 'abs-button')}</ul><div class="abs-license"><a
href="#">view license</a></div></div>
<div class="browse"><h3>Current browse context:</h3><div class="current">stat.ME</div><div class="prevnext"><a href="#">&lt;&nbsp;prev</a> | <a
href="#">next&nbsp;&gt;</a></div>
<div class="list"><a href="#">new</a> | <a href="#">recent</a> | <a href="#">2026-03</a></div><div class="abs-switch-cat">Change to browse by:
<a href="#">stat</a> <a href="#">stat.AP</a> <a href="#">q-bio</a></div></div>
<div class="extra-ref-cite"><h3>References &amp; Citations</h3><ul>${links(refsCites, 'abs-button')}</ul></div>
<div class="extra-general"><div class="what-is-this"><h3>Export BibTeX Citation</h3></div><h3>Bookmark</h3><ul>${lis([
  'BibSonomy logo',
  'Reddit logo',
])}</ul></div></div>
</div><div id="labstabs"><div class="labstabs">${labs
  .map(
    (t, i) => `<input type="radio" name="tabs" id="tab${i}"><label
for="tab${i}">${t}</label>`,
  )
  .join('\n')}
<div class="toggle"><span class="label">Bibliographic Explorer</span><em>(What is the Explorer?)</em></div></div></div>
<div class="endorsers"><a href="/auth/show-endorsers/2603.04417">Which authors of this paper are endorsers?</a> | <a href="#">Disable MathJax</a> (<a
href="#">What is
MathJax?</a>)</div></div></main>
<footer style="clear: both;"><div class="columns is-desktop" role="navigation" aria-label="Secondary"><ul
class="nav-spaced">${links(foot)}</ul></div></footer></div>
<script src="/static/base/1.0.1/js/member_acknowledgement.js"></script></body></html>`;
export const prexivPage: TestPage = {
  name: 'heldout404-arxiv-style-abstract-docs',
  kind: 'docs',
  html,
  title,
  headings: [],
  body: texts(abs),
  bylines: [...authors, '[Submitted on 3 Mar 2026 (v1), last revised 9 Mar 2026 (this version, v2)]', ...history],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We gratefully acknowledge support from the Halloran Foundation, member institutions, and all contributors.', 'Donate',
    'preXiv:2603.04417', 'Statistics > Methodology', 'Title:', 'Authors:', 'Abstract:', ...meta.flat().filter((t) => t !== ''),
    'https://doi.org/10.48550/preXiv.2603.04417', 'Submission history', 'Access Paper:', ...access, 'view license', 'Current browse context:', 'stat.ME',
    'Change to browse by:', 'References & Citations', ...refsCites, 'Export BibTeX Citation', 'Bookmark', 'BibSonomy logo', 'Reddit logo', ...labs,
    'Bibliographic Explorer', '(What is the Explorer?)', 'Which authors of this paper are endorsers?', 'Disable MathJax', ...foot,
  ],
};
