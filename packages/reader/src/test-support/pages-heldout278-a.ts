import { links, type TestPage, texts } from './page-kit.js';
import { pubmedPage } from './pages-heldout278-a2.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file a: an arXiv abstract page (Cornell identity bar, breadcrumbs, subject h1, dateline, Authors
 * descriptor, metadata table, submission history, Access Paper box, browse context, references and citations, labs tabs,
 * footer) and, from file a2, a PubMed abstract page (government banner, journal citation, authors with affiliations, identifiers, figures
 * carousel, conflict of interest statement, Similar articles, Cited by, MeSH terms, page navigation, Cite/Share sidebar).
 */
const axTitle = 'Tidal heating thresholds for subsurface oceans on eccentric mid-sized moons';
const axAbs = [
  j(
    'We examine under which conditions tidal dissipation can keep a global subsurface ocean liquid on icy moons with radii between',
    '300 and 700 km. Using a viscoelastic Andrade rheology coupled to a one-dimensional conductive and convective ice shell model,',
    'we map the minimum orbital eccentricity that sustains an ocean over 4 Gyr for a grid of 1,800 interior structures. We find',
    'that a thin, warm ice shell above a porous rocky core lowers the threshold eccentricity by a factor of three compared with',
    'models that place all dissipation in the ice. For a moon of 520 km radius on a 3.1-day orbit around a Saturn-mass planet,',
    'an eccentricity of 0.004 suffices when the core porosity exceeds 20 per cent. We show that the ocean can persist through an',
    'eccentricity minimum lasting up to 300 Myr because the latent heat of the freezing front buffers the shell thickness. We',
    'discuss the implications for the hypothetical ocean of the fictional moon Varkalon and propose that gravity measurements at',
    'two orbital phases could distinguish a porous-core solution from a shell-dominated one with a precision of 15 per cent.',
  ),
];
const axAuthors = ['Ilona Rastegar', 'Mateus Vilhena', 'Keiko Amundsen'];
const axFurn = [
  'Skip to main content',
  'We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors.',
  'Donate',
  'astro-ph',
  'arXiv:2603.04417',
  'Help | Advanced Search',
  'Astrophysics > Earth and Planetary Astrophysics',
  'View PDF',
  'HTML (experimental)',
  'Comments:',
  '14 pages, 9 figures, accepted for publication in the Planetary Science Letters',
  'Subjects:',
  'Earth and Planetary Astrophysics (astro-ph.EP); Instrumentation and Methods for Astrophysics (astro-ph.IM)',
  'Cite as:',
  'arXiv:2603.04417 [astro-ph.EP]',
  'https://doi.org/10.48550/arXiv.2603.04417',
  'Submission history',
  'view email',
  'Access Paper:',
  'TeX Source',
  'view license',
  'Current browse context:',
  'astro-ph.EP',
  'References & Citations',
  'NASA ADS',
  'Google Scholar',
  'Semantic Scholar',
  'export BibTeX citation',
  'Bookmark',
  'Bibliographic Tools',
  'Code, Data, Media',
  'Demos',
  'Related Papers',
  'About arXivLabs',
  'Which authors of this paper are endorsers?',
  'Disable MathJax',
  'About',
  'Contact',
  'Subscribe',
  'Copyright',
  'Privacy Policy',
  'Web Accessibility Assistance',
  'arXiv Operational Status',
];
const axBylines = ['[Submitted on 3 Mar 2026 (v1), last revised 9 Mar 2026 (this version, v2)]', ...axAuthors];
const axHist = ['[v1] Tue, 3 Mar 2026 14:02:11 UTC (2,318 KB)', '[v2] Mon, 9 Mar 2026 08:40:57 UTC (2,321 KB)'];
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><title>[2603.04417] ${axTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20241206" />
<meta property="og:type" content="website" /><meta property="og:site_name" content="arXiv.org" /><meta property="og:title" content="${axTitle}" />
<meta name="citation_title" content="${axTitle}" /><meta name="citation_author" content="Rastegar, Ilona" />
<meta name="citation_author" content="Vilhena, Mateus" /><meta name="citation_date" content="2026/03/03" />
<meta name="citation_pdf_url" content="http://arxiv.org/pdf/2603.04417" /><meta name="citation_arxiv_id" content="2603.04417" />
<script src="//static.arxiv.org/MathJax-2.7.3/MathJax.js"></script>
<script>window.MathJax = {tex2jax: {inlineMath: [['$','$']]}};</script></head>
<body class="with-cu-identity"><div class="flex-wrap-footer"><header><a href="#content" class="is-sr-only">Skip to main content</a>
<div id="cu-identity"><div id="cu-logo"><a href="https://www.cornell.edu/"><img src="/static/browse/0.3.4/images/icons/cu/cornell-reduced-white-SMALL.svg"
alt="Cornell University" width="200" aria-label="logo" /></a></div>
<div id="support-ack"><span>We gratefully acknowledge support from the Simons Foundation, <a href="https://info.arxiv.org/about/ourmembers.html">member
institutions</a>, and all contributors.</span> <a href="https://info.arxiv.org/about/donate.html" class="btn-header-donate">Donate</a></div></div>
<div id="header" class="is-hidden-mobile"><a aria-hidden="true" tabindex="-1" href="/IgnoreMe"></a>
<div class="header-breadcrumbs is-hidden-mobile"><a href="/"><img src="/static/browse/0.3.4/images/arxiv-logo-one-color-white.svg" alt="arxiv logo"
style="height:40px;"/></a> <span>&gt;</span> <a href="/list/astro-ph/recent">astro-ph</a> <span>&gt;</span> arXiv:2603.04417</div>
<div class="search-block level-right"><form class="level-item mini-search" method="GET" action="https://arxiv.org/search"><div class="field has-addons">
<div class="control"><input class="input is-small" type="text" name="query" placeholder="Search..." aria-label="Search term or terms" />
<p class="help"><a href="https://info.arxiv.org/help">Help</a> | <a href="https://arxiv.org/search/advanced">Advanced Search</a></p></div>
<div class="control"><div class="select is-small"><select name="searchtype" aria-label="Field to search"><option value="all" selected="selected">All
fields</option><option value="title">Title</option><option value="author">Author</option></select></div></div>
<input type="hidden" name="source" value="header"><button class="button is-small is-cul-darker">Search</button></div></form></div></div></header>
<main><div id="content"><div id="abs-outer"><div class="leftcolumn"><div class="subheader"><h1>Astrophysics &gt; Earth and Planetary Astrophysics</h1></div>
<div class="header-breadcrumbs-mobile"><strong>arXiv:2603.04417</strong> (astro-ph)</div>
<link rel="stylesheet" type="text/css" href="/static/base/1.0.1/css/abs.css"><div id="content-inner"><div id="abs">
<div class="dateline">${axBylines[0]}</div>
<h1 class="title mathjax"><span class="descriptor">Title:</span>${axTitle}</h1>
<div class="authors"><span
class="descriptor">Authors:</span>${axAuthors.map((a) => `<a href="https://arxiv.org/a/${a.split(' ')[1]?.toLowerCase()}_i_1">${a}</a>`).join(', ')}</div>
<div id="download-button-info" hidden>View a PDF of the paper titled ${axTitle}, by Ilona Rastegar and 2 other authors</div>
<a class="mobile-submission-download" href="/pdf/2603.04417">View PDF</a>
<a class="mobile-submission-download" href="https://arxiv.org/html/2603.04417v2">HTML (experimental)</a>
<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>${axAbs[0]}</blockquote>
<div class="metatable"><table summary="Additional metadata"><tr><td class="tablecell label">Comments:</td>
<td class="tablecell comments mathjax">14 pages, 9 figures, accepted for publication in the Planetary Science Letters</td></tr>
<tr><td class="tablecell label">Subjects:</td><td class="tablecell subjects"><span class="primary-subject">Earth and Planetary Astrophysics
(astro-ph.EP)</span>; Instrumentation and Methods for Astrophysics (astro-ph.IM)</td></tr>
<tr><td class="tablecell label">Cite as:</td><td class="tablecell arxivid"><span class="arxivid"><a href="https://arxiv.org/abs/2603.04417">arXiv:2603.04417</a>
[astro-ph.EP]</span></td></tr><tr><td class="tablecell label">&nbsp;</td><td class="tablecell arxividv">(or <span class="arxivid"><a
href="https://arxiv.org/abs/2603.04417v2">arXiv:2603.04417v2</a> [astro-ph.EP]</span> for this version)</td></tr>
<tr><td class="tablecell label">&nbsp;</td><td class="tablecell arxivdoi"><a href="https://doi.org/10.48550/arXiv.2603.04417"
id="arxiv-doi-link">https://doi.org/10.48550/arXiv.2603.04417</a></td></tr></table></div></div></div>
<div class="submission-history"><h2>Submission history</h2> From: Ilona Rastegar [<a href="/show-email/5b1c9e0a/2603.04417">view email</a>] <br/>
<strong><a href="/abs/2603.04417v1">[v1]</a></strong> ${axHist[0]?.slice(5)}<br/><strong>[v2]</strong> ${axHist[1]?.slice(5)}<br/></div></div>
<div class="extra-services"><div class="full-text"><a name="other"></a><span class="descriptor">Full-text links:</span><h2>Access Paper:</h2><ul>
<li><a href="/pdf/2603.04417" aria-describedby="download-button-info" class="abs-button download-pdf">View PDF</a></li>
<li><a href="https://arxiv.org/html/2603.04417v2" class="abs-button" id="latexml-download-link">HTML (experimental)</a></li>
<li><a href="/src/2603.04417" class="abs-button download-eprint">TeX Source</a></li></ul>
<div class="abs-license"><a href="http://creativecommons.org/licenses/by/4.0/" title="Rights to this article" class="has_license">
<img alt="license icon" role="presentation" src="https://arxiv.org/icons/licenses/by-4.0.png"/><span>view license</span></a></div></div>
<div class="browse">Current browse context: <div class="current">astro-ph.EP</div><div class="prevnext"><span class="arrow">
<a class="abs-button prev-url" href="/prevnext?id=2603.04417&amp;function=prev&amp;context=astro-ph.EP" accesskey="p" rel="nofollow">&lt;&nbsp;prev</a></span>
&nbsp;|&nbsp;<span class="arrow"><a class="abs-button next-url" href="/prevnext?id=2603.04417&amp;function=next" rel="nofollow">next&nbsp;&gt;</a></span></div>
<div class="list"><a class="abs-button abs-button-grey abs-button-small context-new" href="/list/astro-ph.EP/new">new</a> |
<a class="abs-button abs-button-grey abs-button-small context-recent" href="/list/astro-ph.EP/recent">recent</a> |
<a class="abs-button abs-button-grey abs-button-small context-id" href="/list/astro-ph.EP/2026-03">2026-03</a></div></div>
<div class="extra-ref-cite"><h3>References &amp; Citations</h3><ul><li><a class="abs-button abs-button-small cite-ads"
href="https://ui.adsabs.harvard.edu/abs/arXiv:2603.04417">NASA ADS</a></li>
<li><a class="abs-button abs-button-small cite-google-scholar" href="https://scholar.google.com/scholar_lookup?arxiv_id=2603.04417">Google Scholar</a></li>
<li><a class="abs-button abs-button-small cite-semantic-scholar" href="https://api.semanticscholar.org/arXiv:2603.04417">Semantic Scholar</a></li></ul>
<div style="clear:both;"></div></div><div class="extra-ref-cite"><span id="bib-cite-trigger" class="bib-cite-button abs-button">export BibTeX citation</span>
<span id="bib-cite-loading" hidden="true">Loading...</span></div><div class="bookmarks"><div><h3>Bookmark</h3></div>
<a class="abs-button abs-button-grey abs-button-small" href="http://www.bibsonomy.org/BibtexHandler" title="Bookmark on BibSonomy">
<img src="/static/browse/0.3.4/images/icons/social/bibsonomy.png" alt="BibSonomy logo"/></a></div></div></div>
<div id="labstabs"><div class="labstabs"><input type="radio" name="tabs" id="tabone" checked="checked"><label for="tabone">Bibliographic Tools</label>
<div class="tab labs-display-bib"><h1>Bibliographic and Citation Tools</h1></div><input type="radio" name="tabs" id="tabtwo">
<label for="tabtwo">Code, Data, Media</label><input type="radio" name="tabs" id="labstabs-demos-input"><label for="labstabs-demos-input"
id="labstabs-demos-label">Demos</label>
<input type="radio" name="tabs" id="tabfour"><label for="tabfour">Related Papers</label><input type="radio" name="tabs" id="tabfive">
<label for="tabfive">About arXivLabs</label></div></div>
<div class="endorsers"><a href="/auth/show-endorsers/2603.04417" class="endorser-who" rel="nofollow">Which authors of this paper are endorsers?</a> |
<a id="mathjax_toggle" href="javascript:setMathjaxCookie()">Disable MathJax</a> (<a href="https://info.arxiv.org/help/mathjax.html">What is MathJax?</a>)</div>
</div></main>
<footer style="clear: both;"><div class="columns is-desktop" role="navigation" aria-label="Secondary"><div class="column"><div class="columns">
<div class="column"><ul class="nav-spaced">${links(['About', 'Help'])}</ul></div><div class="column"><ul class="nav-spaced">
<li><svg xmlns="http://www.w3.org/2000/svg" class="icon filter-black" role="presentation"><title>contact arXiv</title></svg><a
href="/help/contact">Contact</a></li>
<li><svg class="icon filter-black" role="presentation"><title>subscribe to arXiv mailings</title></svg><a
href="/help/subscribe">Subscribe</a></li></ul></div></div></div>
<div class="column"><div class="columns"><div class="column"><ul class="nav-spaced">${links(['Copyright', 'Privacy Policy'])}</ul></div>
<div class="column sorry-app-links"><ul class="nav-spaced"><li><a href="https://info.arxiv.org/help/web_accessibility.html">Web Accessibility
Assistance</a></li>
<li><p class="help"><a class="a11y-main-link" href="https://status.arxiv.org" target="_blank">arXiv Operational Status</a><br>
Get status notifications via <a class="is-link" href="https://subscribe.sorryapp.com/24846f03/email/new" target="_blank">email</a> or
<a class="is-link" href="https://subscribe.sorryapp.com/24846f03/slack/new" target="_blank">slack</a></p></li></ul></div></div></div></div></footer>
</div><script src="/static/base/1.0.1/js/member_acknowledgement.js"></script></body></html>`;

export const HELDOUT278_A: readonly TestPage[] = [
  {
    name: 'heldout278-arxiv-docs',
    kind: 'docs',
    html: axHtml,
    title: axTitle,
    headings: [],
    body: texts(axAbs),
    bylines: [...axBylines, ...axHist],
    furniture: axFurn,
  },
  pubmedPage,
];
