import type { TestPage } from './page-kit.js';
import { pubmedAbstract } from './pages-heldout43-b2.js';

/**
 * Held-out batch 43, file b: an arXiv abstract page (the Cornell attribution bar with the Simons Foundation line, the header
 * breadcrumbs and mini search, the primary subject h1, the dateline, "Title:" and "Authors:" descriptors, the hidden "View a
 * PDF" line, the abstract blockquote, the metadata table with comments, subjects and "Cite as", the submission history, the
 * "Access Paper" links, browse context, references and citations, the BibTeX modal, bookmarks, the arXivLabs tabs with their
 * toggles, the endorsers and MathJax line and the footer).
 */
const axTitle = 'Counting Nocturnal Bird Migration from Rooftop Microphones with Weakly Supervised Audio Transformers';
const axAuthors = ['Ines Valcárcel', 'Tomasz Wierzbicki', 'Adaeze Okafor', 'Liam Rourke'];
const axAbstract =
  'Nocturnal flight calls are one of the few signals that let ecologists follow songbird migration at the scale of a city, but turning ' +
  'hours of rooftop audio into counts of passing birds still depends on experts labelling spectrograms by hand. We present NightCount, a ' +
  'weakly supervised audio transformer that learns to detect and count flight calls from clip-level labels alone. Instead of asking ' +
  'annotators to mark the start and end of every call, we ask them only how many calls of each species group a ten-second clip contains, ' +
  'which is about six times faster to collect. The model is trained with a counting loss over attention-pooled frame scores, so that ' +
  'frame-level detections emerge without ever being supervised directly. We release a data set of 41,800 labelled clips recorded over ' +
  'three autumn seasons on 14 rooftops in four European cities, together with a fully annotated test set of 212 hours. On this test set ' +
  'NightCount reaches a mean absolute counting error of 1.9 calls per clip, against 3.4 for a strongly supervised detector trained on the ' +
  'same recording hours, and it transfers to two unseen cities with a loss of less than 8% in accuracy. Errors are concentrated in nights ' +
  'with heavy rain and in clips where calls from several birds overlap. We further show that hourly counts from four rooftop stations ' +
  'track weather radar estimates of migration intensity with a Spearman correlation of 0.81, suggesting that low-cost acoustic networks ' +
  'could fill the gaps between radar sites. Code, model weights and the annotated test set are publicly available.';
const axId = '2602.04417';
const axSearch = (n: string): string => `https://arxiv.org/search/cs?searchtype=author&amp;query=${n.split(' ').reverse().join(',+')}`;
const axLabsCode = ['alphaXiv', 'CatalyzeX Code Finder for Papers', 'DagsHub', 'GotitPub', 'Hugging Face', 'Papers with Code', 'ScienceCast'];
const axLabsBib = ['Bibliographic Explorer', 'Connected Papers', 'Litmaps', 'scite.ai'];
const axFoot = ['About', 'Help', 'Contact', 'Subscribe', 'Copyright', 'Privacy Policy', 'Web Accessibility Assistance', 'arXiv Operational Status'];
const toggle = (label: string, id: string): string =>
  `<div class="columns is-mobile lab-row"><div class="column lab-switch"><label class="switch"><input id="${id}" type="checkbox" class="lab-toggle"
data-script-url="/static/browse/0.3.4/js/${id}.js" aria-labelledby="label-for-${id}"><span class="slider"></span><span class="is-sr-only">${label} Toggle</span>
</label></div><div class="column lab-name"><span id="label-for-${id}">${label}</span></div></div>`;
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><title>[${axId}] ${axTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="apple-touch-icon" sizes="180x180" href="/static/browse/0.3.4/images/icons/apple-touch-icon.png">
<link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20241206">
<script type="text/x-mathjax-config">MathJax.Hub.Config({ messageStyle: "none", extensions: ["tex2jax.js"], jax: ["input/TeX", "output/HTML-CSS"],
tex2jax: { inlineMath: [ ['$','$'], ["\\\\(","\\\\)"] ], processEscapes: true, ignoreClass: '.*', processClass: 'mathjax.*' } });</script>
<script src='//static.arxiv.org/MathJax-2.7.3/MathJax.js'></script>
<meta name="citation_title" content="${axTitle}">
${axAuthors.map((a) => `<meta name="citation_author" content="${a.split(' ').reverse().join(', ')}">`).join('\n')}
<meta name="citation_date" content="2026/02/05"><meta name="citation_pdf_url" content="https://arxiv.org/pdf/${axId}">
<meta name="citation_arxiv_id" content="${axId}"><meta name="citation_abstract" content="${axAbstract}"></head>
<body class="with-cu-identity">
<div class="flex-wrap-footer"><header><a href="#content" class="is-sr-only">Skip to main content</a>
<div id="cu-identity"><div id="cu-logo"><a href="https://www.cornell.edu/"><img src="/static/browse/0.3.4/images/icons/cu/cornell-reduced-white-SMALL.svg"
alt="Cornell University" width="200" aria-label="logo"></a></div><div id="support-ack">
<span id="support-ack-url">We gratefully acknowledge support from the Simons Foundation, <a href="https://info.arxiv.org/about/ourmembers.html">member
institutions</a>,
and all contributors.</span> <a href="https://info.arxiv.org/about/donate.html" class="btn-header-donate">Donate</a></div></div>
<div id="header" class="is-hidden-mobile"><a aria-hidden="true" tabindex="-1" href="/IgnoreMe"></a>
<div class="header-breadcrumbs is-hidden-mobile"><a href="/"><img src="/static/browse/0.3.4/images/arxiv-logo-one-color-white.svg" alt="arxiv logo"
style="height:40px;"></a>
<span>&gt;</span> <a href="/list/cs.SD/recent">cs</a> <span>&gt;</span> arXiv:${axId}</div>
<div class="search-block level-right"><form class="level-item mini-search" method="GET" action="https://arxiv.org/search"><div class="field has-addons">
<div class="control"><input class="input is-small" type="text" name="query" placeholder="Search..." aria-label="Search term or terms">
<p class="help"><a href="https://info.arxiv.org/help">Help</a> | <a href="https://arxiv.org/search/advanced">Advanced Search</a></p></div>
<div class="control"><div class="select is-small"><select name="searchtype" aria-label="Field to search"><option value="all" selected="selected">All
fields</option>
<option value="title">Title</option><option value="author">Author</option><option value="abstract">Abstract</option><option value="comments">Comments</option>
<option value="journal_ref">Journal reference</option><option value="acm_class">ACM classification</option><option value="report_num">Report number</option>
<option value="paper_id">arXiv identifier</option><option value="doi">DOI</option><option value="orcid">ORCID</option><option value="license">License
(URI)</option>
<option value="author_id">arXiv author ID</option><option value="help">Help pages</option><option value="full_text">Full text</option></select></div></div>
<input type="hidden" name="source" value="header"><button class="button is-small is-cul-darker">Search</button></div></form></div></div></header>
<main><div id="content">
<div id="abs-outer"><div class="leftcolumn"><div class="subheader"><h1>Computer Science &gt; Sound</h1></div>
<div class="header-breadcrumbs-mobile"><strong>arXiv:${axId}</strong> (cs)</div>
<link rel="stylesheet" type="text/css" href="/static/base/1.0.1/css/abs.css">
<div id="content-inner"><div id="abs">
<div class="dateline">[Submitted on 5 Feb 2026 (<a href="https://arxiv.org/abs/${axId}v1">v1</a>), last revised 2 Mar 2026 (this version, v2)]</div>
<h1 class="title mathjax"><span class="descriptor">Title:</span>${axTitle}</h1>
<div class="authors"><span class="descriptor">Authors:</span>${axAuthors.map((a) => `<a href="${axSearch(a)}">${a}</a>`).join(', ')}</div>
<div id="download-button-info" hidden>View a PDF of the paper titled ${axTitle}, by ${axAuthors.join(' and ')}</div>
<a class="mobile-submission-download" href="/pdf/${axId}">View PDF</a>
<a class="mobile-submission-download" href="https://arxiv.org/html/${axId}v2">HTML (experimental)</a>
<blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>${axAbstract}</blockquote>
<div class="metatable"><table summary="Additional metadata">
<tr><td class="tablecell label">Comments:</td><td class="tablecell comments mathjax">19 pages, 7 figures, 4 tables. Data set and code:
https://github.com/nightcount/nightcount</td></tr>
<tr><td class="tablecell label">Subjects:</td><td class="tablecell subjects"><span class="primary-subject">Sound (cs.SD)</span>; Machine Learning (cs.LG);
Audio and Speech Processing (eess.AS); Populations and Evolution (q-bio.PE)</td></tr>
<tr><td class="tablecell label">Cite as:</td><td class="tablecell arxivid"><span class="arxivid"><a href="https://arxiv.org/abs/${axId}">arXiv:${axId}</a>
[cs.SD]</span></td></tr>
<tr><td class="tablecell label">&nbsp;</td><td class="tablecell arxividv">(or <span class="arxivid"><a
href="https://arxiv.org/abs/${axId}v2">arXiv:${axId}v2</a> [cs.SD]</span>
for this version)</td></tr>
<tr><td class="tablecell label">&nbsp;</td><td class="tablecell arxivdoi"><a href="https://doi.org/10.48550/arXiv.${axId}"
id="arxiv-doi-link">https://doi.org/10.48550/arXiv.${axId}</a>
<div class="button-and-tooltip"><button class="more-info" aria-describedby="more-info-desc-1"><svg height="15" role="presentation"
xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 512 512"><path fill="currentColor" d="M256 8C119.043 8 8 119.083 8 256"></path></svg><span class="visually-hidden">Focus to learn
more</span></button>
<div role="tooltip" id="more-info-desc-1"><span class="left-corner"></span>arXiv-issued DOI via DataCite</div></div></td></tr></table></div></div></div>
<div class="submission-history"><h2>Submission history</h2> From: Ines Valcárcel [<a href="/show-email/5b1f2e0c/${axId}">view email</a>]<br>
<strong><a href="/abs/${axId}v1">[v1]</a></strong> Thu, 5 Feb 2026 16:03:51 UTC (2,418 KB)<br>
<strong>[v2]</strong> Mon, 2 Mar 2026 10:27:14 UTC (2,530 KB)<br></div></div>
<div class="extra-services"><div class="full-text"><a name="other"></a><span class="descriptor">Full-text links:</span><h2>Access Paper:</h2>
<ul><div id="download-button-info" hidden>View a PDF of the paper titled ${axTitle}, by ${axAuthors.join(' and ')}</div>
<li><a href="/pdf/${axId}" aria-describedby="download-button-info" accesskey="f" class="abs-button download-pdf">View PDF</a></li>
<li><a href="https://arxiv.org/html/${axId}v2" class="abs-button" id="latexml-download-link">HTML (experimental)</a></li>
<li><a href="/src/${axId}" class="abs-button download-eprint">TeX Source</a></li></ul>
<div class="abs-license"><a href="http://creativecommons.org/licenses/by/4.0/" title="Rights to this article" class="has_license">
<img alt="license icon" role="presentation" src="https://arxiv.org/icons/licenses/by-4.0.png"><span>view license</span></a></div></div>
<div class="browse">Current browse context: <div class="current">cs.SD</div>
<div class="prevnext"><span class="arrow"><a class="abs-button prev-url" href="/prevnext?id=${axId}&amp;function=prev&amp;context=cs.SD" accesskey="p"
title="previous in cs.SD (accesskey p)" rel="nofollow">&lt;&nbsp;prev</a></span>&nbsp;|&nbsp;<span class="arrow"><a class="abs-button next-url"
href="/prevnext?id=${axId}&amp;function=next&amp;context=cs.SD" accesskey="n" title="next in cs.SD (accesskey n)" rel="nofollow">next&nbsp;&gt;</a></span></div>
<div class="list"><a class="abs-button abs-button-grey abs-button-small context-new" href="/list/cs.SD/new">new</a> |
<a class="abs-button abs-button-grey abs-button-small context-recent" href="/list/cs.SD/recent">recent</a> |
<a class="abs-button abs-button-grey abs-button-small context-id" href="/list/cs.SD/2026-02">2026-02</a></div>
<div class="abs-switch-cat">Change to browse by: <div class="switch"><a class="subclass" href="/abs/${axId}?context=cs">cs</a><br>
<a class="subclass" href="/abs/${axId}?context=cs.LG">cs.LG</a><br><a class="subclass" href="/abs/${axId}?context=eess">eess</a><br>
<a class="subclass" href="/abs/${axId}?context=q-bio.PE">q-bio.PE</a><br></div></div></div>
<div class="extra-ref-cite"><h3>References &amp; Citations</h3><ul><li><a class="abs-button abs-button-small cite-ads"
href="https://ui.adsabs.harvard.edu/abs/arXiv:${axId}">NASA ADS</a></li>
<li><a class="abs-button abs-button-small cite-google-scholar" href="https://scholar.google.com/scholar_lookup?arxiv_id=${axId}" target="_blank"
rel="noopener">Google Scholar</a></li>
<li><a class="abs-button abs-button-small cite-semantic-scholar" href="https://api.semanticscholar.org/arXiv:${axId}" target="_blank" rel="noopener">Semantic
Scholar</a></li>
</ul><div style="clear:both;"></div></div>
<div class='extra-ref-cite'><span id='bib-cite-trigger' class="bib-cite-button abs-button">export BibTeX citation</span><span id='bib-cite-loading'
hidden='true'>Loading...</span></div>
<div id='bib-cite-modal' class='bib-cite-modal' hidden='true'><div class='bib-cite-modal-content'><div class='bib-cite-modal-title'><h2>BibTeX formatted
citation</h2>
<span class='bib-cite-modal-close'>&times;</span></div><div><textarea id='bib-cite-target' class="bib-cite-textarea" aria-label="loading the
citation">loading...</textarea></div>
<div>Data provided by: <a id='bib-cite-source-api'></a></div></div></div>
<div class="bookmarks"><div><h3>Bookmark</h3></div><a class="abs-button abs-button-grey abs-button-small"
href="http://www.bibsonomy.org/BibtexHandler?requTask=upload&amp;url=https://arxiv.org/abs/${axId}"
title="Bookmark on BibSonomy"><img src="/static/browse/0.3.4/images/icons/social/bibsonomy.png" alt="BibSonomy logo"></a>
<a class="abs-button abs-button-grey abs-button-small" href="https://reddit.com/submit?url=https://arxiv.org/abs/${axId}" title="Bookmark on Reddit">
<img src="/static/browse/0.3.4/images/icons/social/reddit.png" alt="Reddit logo"></a></div></div></div>
<div class="labstabs"><div class="labstabs"><input type="radio" name="tabs" id="tabone" checked="checked"><label for="tabone">Bibliographic Tools</label>
<div class="tab labs-display-bib"><h1>Bibliographic and Citation Tools</h1>${axLabsBib.map((t, i) => toggle(t, `bib-${i}`)).join('\n')}</div>
<input type="radio" name="tabs" id="tabtwo"><label for="tabtwo">Code, Data, Media</label>
<div class="tab"><h1>Code, Data and Media Associated with this Article</h1>${axLabsCode.map((t, i) => toggle(t, `code-${i}`)).join('\n')}</div>
<input type="radio" name="tabs" id="labstabs-demos-input"><label for="labstabs-demos-input" id="labstabs-demos-label">Demos</label>
<div class="tab"><h1>Demos</h1>${toggle('Replicate', 'demo-0')}${toggle('Hugging Face Spaces', 'demo-1')}</div>
<input type="radio" name="tabs" id="tabfour"><label for="tabfour">Related Papers</label>
<div class="tab"><h1>Recommenders and Search Tools</h1>${toggle('Influence Flower', 'rec-0')}${toggle('CORE Recommender', 'rec-1')}</div>
<input type="radio" name="tabs" id="tabfive"><label for="tabfive">About arXivLabs</label><div class="tab"><div class="columns"><div class="column">
<h1>arXivLabs: experimental projects with community collaborators</h1>
<p>arXivLabs is a framework that allows collaborators to develop and share new arXiv features directly on our website.</p>
<p>Both individuals and organizations that work with arXivLabs have embraced and accepted our values of openness, community, excellence, and user data privacy.
arXiv is committed to these values and only works with partners that adhere to them.</p>
<p>Have an idea for a project that will add value for arXiv's community? <a href="https://info.arxiv.org/labs/index.html"><strong>Learn more about
arXivLabs</strong></a>.</p>
</div></div></div></div></div>
<div class="endorsers"><a href="/auth/show-endorsers/${axId}" class="endorser-who" rel="nofollow">Which authors of this paper are endorsers?</a> |
<a id="mathjax_toggle" href="javascript:setMathjaxCookie()">Disable MathJax</a> (<a href="https://info.arxiv.org/help/mathjax.html">What is MathJax?</a>)
<span class="help" style="font-style: normal; float: right; margin-top: 0; margin-right: 1em;"></span></div>
<script type="text/javascript" language="javascript">mathjaxToggle();</script></div></main>
<footer style="clear: both;"><div class="columns is-desktop" role="navigation" aria-label="Secondary"><div class="column"><ul class="nav-spaced">
${axFoot.map((t) => `<li><a href="https://info.arxiv.org/help/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`).join('\n')}</ul>
<p class="help">Get status notifications via <a class="is-link" href="https://subscribe.sorryapp.com/24846f03/email/new" target="_blank">email</a>
or <a class="is-link" href="https://subscribe.sorryapp.com/24846f03/slack/new" target="_blank">slack</a></p></div></div></footer></div>
<script src="/static/base/1.0.1/js/member_acknowledgement.js"></script></body></html>`;
const arxivAbstract: TestPage = {
  html: axHtml,
  name: 'heldout43-arxiv-abstract',
  kind: 'docs',
  // the abstract is the body (one paragraph: arXiv prints it in one blockquote), the "Title:", "Authors:" and "Abstract:"
  // descriptors are labels (furniture, "Abstract" is no body word); the authors, the dateline, the submitter in the history
  // and the two version times are bylines; the "Comments:" line is the authors' own note on the paper, but a metadata field:
  // furniture with the other table rows; the hidden "View a PDF" line repeats title and authors (in neither); subject h1,
  // breadcrumbs, search, downloads, browse context, references, BibTeX, bookmarks, labs tabs, endorsers line and footer are
  // furniture; "cs" and the other category codes are left out as too short to mean anything on their own, the footer's "About"
  // as a body word ("about six times faster")
  title: axTitle,
  headings: [],
  body: [axAbstract],
  bylines: [
    ...axAuthors,
    '[Submitted on 5 Feb 2026 (v1), last revised 2 Mar 2026 (this version, v2)]',
    'Thu, 5 Feb 2026 16:03:51 UTC',
    'Mon, 2 Mar 2026 10:27:14 UTC',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors.', 'Donate',
    'Help | Advanced Search', 'All fields', 'Journal reference', 'ACM classification', 'Report number', 'arXiv identifier', 'License (URI)', 'arXiv author ID',
    'Help pages', 'Full text', 'Search', 'Computer Science > Sound', 'Title:', 'Authors:', 'View PDF', 'HTML (experimental)', 'Abstract:', 'Comments:',
    '19 pages, 7 figures, 4 tables. Data set and code: https://github.com/nightcount/nightcount', 'Subjects:', 'Sound (cs.SD); Machine Learning (cs.LG);',
    'Audio and Speech Processing (eess.AS); Populations and Evolution (q-bio.PE)', 'Cite as:', `arXiv:${axId} [cs.SD]`, `(or arXiv:${axId}v2 [cs.SD] for this
version)`,
    `https://doi.org/10.48550/arXiv.${axId}`, 'Focus to learn more', 'arXiv-issued DOI via DataCite', 'Submission history', 'view email', '(2,418 KB)',
      '(2,530 KB)',
    'Full-text links:', 'Access Paper:', 'TeX Source', 'view license', 'Current browse context:', '< prev', 'next >', 'Change to browse by:',
    'References & Citations', 'NASA ADS', 'Google Scholar', 'Semantic Scholar', 'export BibTeX citation', 'Loading...', 'BibTeX formatted citation',
    'Data provided by:', 'Bookmark', 'Bibliographic Tools', 'Bibliographic and Citation Tools', ...axLabsBib, 'Code, Data, Media',
    'Code, Data and Media Associated with this Article', ...axLabsCode, 'Demos', 'Replicate', 'Hugging Face Spaces', 'Related Papers',
    'Recommenders and Search Tools', 'Influence Flower', 'CORE Recommender', 'About arXivLabs', 'arXivLabs: experimental projects with community collaborators',
    'arXivLabs is a framework that allows collaborators to develop and share new arXiv features directly on our website.',
    'Both individuals and organizations that work with arXivLabs have embraced and accepted our values of openness, community, excellence,',
    'and user data privacy. arXiv is committed to these values and only works with partners that adhere to them.',
    "Have an idea for a project that will add value for arXiv's community?", 'Learn more about arXivLabs', 'Which authors of this paper are endorsers?',
    'Disable MathJax', 'What is MathJax?', ...axFoot.filter((t) => t !== 'Help' && t !== 'About'), 'Get status notifications via',
  ],
};

export const HELDOUT43_B: readonly TestPage[] = [arxivAbstract, pubmedAbstract];
