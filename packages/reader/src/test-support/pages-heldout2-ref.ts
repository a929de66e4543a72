import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Second held-out batch (reference pages), written before the rules were generalised (sprint 8):
 * a documentation page with code blocks, a wiki article with footnotes and references, and a
 * help-centre article.
 */
const docsBody = [
  'A middleware function runs before every request reaches its route handler. It can read ' +
    'and change the request, end the response early, or pass control to the next middleware.',
  'Register a middleware with use. Middlewares run in the order they were registered, so put the ones that every request needs, such as logging, first.',
  'A middleware that does not call next and does not send a response leaves the request ' +
    'hanging until the client gives up. The server logs a warning when that happens in ' +
    'development.',
  'An error thrown in a middleware skips the remaining middlewares and goes to the first error handler, which receives the error as its first argument.',
];
const docs: TestPage = {
  name: 'heldout2-docs-code-toc',
  kind: 'docs',
  title: 'Middleware',
  headings: ['Registering middleware', 'Handling errors'],
  body: texts(docsBody),
  bylines: ['Last updated on Mar 2, 2024'],
  furniture: [
    'On this page',
    'Edit this page',
    'Previous',
    'Routing',
    'Next',
    'Configuration',
    'Was this page helpful?',
    'Copy',
    'Version: 4.x',
    'Search docs',
    'Ctrl K',
    'Getting started',
    'Installation',
  ],
  html: `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs"><head><title>Middleware | Quill Framework</title></head><body\
 class="navigation-with-keyboard">
<div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><a class="navbar__brand">Quill</a><div class="dropdown">\
<a class="navbar__link">Version: 4.x</a></div>
<button class="DocSearch DocSearch-Button"><span class="DocSearch-Button-Placeholder">Search docs</span><span\
 class="DocSearch-Button-Keys">Ctrl K</span></button></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container"><div class="sidebarViewport_aRkj"><ul class="theme-doc-sidebar-menu menu__list"><li\
 class="menu__list-item"><a class="menu__link">Getting started</a></li><li><a class="menu__link">Installation</a></li><li><a\
 class="menu__link menu__link--active">Middleware</a></li></ul></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md"><div class="row"><div class="col docItemCol_VOVn"><div\
 class="docItemContainer_Djhp"><article>
<div class="theme-doc-markdown markdown"><header><h1>Middleware</h1></header>${ps(docsBody.slice(0, 1))}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="registering-middleware">Registering middleware<a href="#registering-middleware"\
 class="hash-link" aria-label="Direct link to Registering middleware">​</a></h2>
${ps(docsBody.slice(1, 2))}
<div class="language-ts codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre class="prism-code language-ts">\
<code><span class="token-line">app.use(logger());</span>
<span class="token-line">app.use(auth({ required: true }));</span></code></pre><div class="buttonGroup__atx"><button type="button"\
 aria-label="Copy code to clipboard" class="clean-btn">Copy</button></div></div></div>
${ps(docsBody.slice(2, 3))}
<h2 class="anchor" id="handling-errors">Handling errors<a href="#handling-errors" class="hash-link" aria-label="Direct link to Handling\
 errors">​</a></h2>${ps(docsBody.slice(3))}</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a\
 href="https://github.com/quill/quill/edit/main/docs/middleware.md" class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_vwxv"><span class="theme-last-updated">Last updated on <b><time>Mar 2, 2024</time></b></span></div></div></footer></article>
<div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"><div\
 class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Routing</div></a>
<a class="pagination-nav__link pagination-nav__link--next"><div class="pagination-nav__sublabel">Next</div><div\
 class="pagination-nav__label">Configuration</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><span class="tocTitle">On this page</span><ul\
 class="table-of-contents table-of-contents__left-border">
<li><a href="#registering-middleware" class="table-of-contents__link">Registering middleware</a></li><li><a href="#handling-errors"\
 class="table-of-contents__link">Handling errors</a></li></ul></div></div>
</div></div></main></div></div></div></body></html>`,
};

const wikiBody = [
  'The Harrow Canal is a disused canal in the north of England, about 22 kilometres long, ' +
    'that linked the coalfields around Harrow Moor to the river port at Fenwick.',
  'It was authorised by an act of Parliament in 1794 and opened in stages between 1797 and ' +
    '1802. The engineer was Thomas Ashby, who had worked on several canals in the Midlands.',
  'Traffic peaked in the 1840s at around 300,000 tonnes a year, most of it coal. The opening ' +
    'of a parallel railway in 1851 took most of the trade within a decade.',
  'The canal closed to traffic in 1938. A restoration society was formed in 1972, and about six kilometres have since been reopened to small boats.',
];
const ref = (n: number) => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const wiki: TestPage = {
  name: 'heldout2-wiki-footnotes',
  kind: 'wiki',
  title: 'Harrow Canal',
  headings: ['History', 'Restoration'],
  body: texts(wikiBody),
  bylines: [],
  furniture: [
    'From Wikipedia, the free encyclopedia',
    'For the canal in Australia, see Harrow Canal (Victoria).',
    'Jump to content',
    'Contents',
    'hide',
    'Toggle the table of contents',
    '[edit]',
    'References',
    'Priestley, Joseph (1831). Historical Account of the Navigable Rivers, Canals, and Railways of Great Britain. p. 312.',
    'Hadfield, Charles (1972). The Canals of Yorkshire and North East England. David & Charles. ISBN 978-0-7153-5719-4.',
    'Canals of England',
    'Categories',
    'Canals opened in 1802',
    'This page was last edited on 4 January 2024, at 11:20 (UTC).',
    'Privacy policy',
    'Length',
    '22 km',
  ],
  html: `<!DOCTYPE html><html class="client-nojs vector-feature-toc-pinned-enabled" lang="en" dir="ltr"><head><title>Harrow Canal - Wikipedia</title>\
</head><body class="skin-vector mediawiki ltr sitedir-ltr">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-main-menu-landmark"><div\
 id="vector-main-menu" class="vector-menu"><ul><li><a>Main page</a></li><li><a>Contents</a></li><li><a>Random article</a></li></ul></div>\
</div></header></div>
<div class="mw-page-container"><div class="vector-column-start"><div class="vector-toc-landmark"><div id="vector-toc" class="vector-toc\
 vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button\
 class="vector-pinnable-header-toggle-button">hide</button></div>
<ul id="mw-panel-toc-list" class="vector-toc-contents"><li class="vector-toc-list-item"><a href="#History"><div\
 class="vector-toc-text">History</div></a></li><li><a href="#Restoration"><div class="vector-toc-text">Restoration</div></a></li></ul></div>\
</div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><button\
 class="vector-toc-collapsed-button" title="Toggle the table of contents">Toggle the table of contents</button>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Harrow Canal</span></h1></header>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the canal in Australia, see <a>Harrow Canal (Victoria)</a>.</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">Harrow Canal</th></tr><tr><th\
 class="infobox-label">Length</th><td class="infobox-data">22 km</td></tr></tbody></table>
<p>${wikiBody[0]}${ref(1)}</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>\
<a>edit</a><span class="mw-editsection-bracket">]</span></span></div>
<p>${wikiBody[1]}${ref(2)}</p><p>${wikiBody[2]}${ref(1)}</p>
<div class="mw-heading mw-heading2"><h2 id="Restoration">Restoration</h2><span class="mw-editsection"><span\
 class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div>
<p>${wikiBody[3]}${ref(2)}</p>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a>^</a></b></span> <span\
 class="reference-text"><cite class="citation book">Priestley, Joseph (1831). <i>Historical Account of the Navigable Rivers, Canals, and\
 Railways of Great Britain</i>. p. 312.</cite></span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a>^</a></b></span> <span class="reference-text"><cite class="citation\
 book">Hadfield, Charles (1972). <i>The Canals of Yorkshire and North East England</i>. David &amp; Charles. ISBN\
 <a>978-0-7153-5719-4</a>.</cite></span></li></ol></div>
<div role="navigation" class="navbox" aria-labelledby="Canals"><table class="nowraplinks"><tbody><tr><th id="Canals"\
 class="navbox-title">Canals of England</th></tr><tr><td><a>Aire and Calder</a> · <a>Barnsley</a> · <a>Calder and Hebble</a></td></tr>\
</tbody></table></div>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a>Categories</a>: <ul><li><a>Canals opened in 1802</a></li>\
<li><a>Canals in Yorkshire</a></li></ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last\
 edited on 4 January 2024, at 11:20<span class="anonymous-show">&#160;(UTC)</span>.</li></ul>
<ul id="footer-places"><li><a>Privacy policy</a></li><li><a>About Wikipedia</a></li></ul></footer></div></body></html>`,
};

const helpBody = [
  'You can export all of your projects at once as a single archive. The export includes ' +
    'every file, comment and version, but not the settings of your workspace.',
  'Open Settings, choose Data, and select Export workspace. Large workspaces can take up to ' +
    'an hour to prepare; we send you an email with a download link when the archive is ready.',
  'The link stays valid for seven days. After that, you have to start a new export.',
  'Only workspace owners can export the whole workspace. Other members can export the projects they own from each project&rsquo;s menu.',
];
const help: TestPage = {
  name: 'heldout2-help-centre',
  kind: 'docs',
  title: 'How do I export my workspace?',
  headings: ['Who can export'],
  body: texts(helpBody),
  bylines: ['Sam from Support', 'Updated 3 months ago'],
  furniture: [
    'Help Center',
    'Account & billing',
    'Data and privacy',
    'Follow',
    'Was this article helpful?',
    '112 out of 140 found this helpful',
    'Have more questions?',
    'Submit a request',
    'Articles in this section',
    'How do I delete my account?',
    'Can I move a project to another workspace?',
    'Return to top',
    'Related articles',
    'Chat with us',
  ],
  html: `<!DOCTYPE html><html dir="ltr" lang="en-us"><head><title>How do I export my workspace? – Help Center</title></head><body>
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home">Help Center</a></div><div class="nav-wrapper"><a class="submit-a-request">Submit a\
 request</a><a class="login">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><ol class="breadcrumbs"><li title="Help\
 Center"><a>Help Center</a></li><li title="Account &amp; billing"><a>Account &amp; billing</a></li><li title="Data and privacy"><a>Data and\
 privacy</a></li></ol></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div\
 class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul><li><a class="sidenav-item">How do I delete my account?</a></li><li><a class="sidenav-item">Can I move a project to another\
 workspace?</a></li></ul></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="How do I export my workspace?"\
 class="article-title">How do I export my workspace?</h1>
<div class="article-author"><div class="article-meta"><span class="article-author-name">Sam from Support</span><ul class="meta-group"><li\
 class="meta-data"><time>Updated 3 months ago</time></li></ul></div></div>
<a class="article-subscribe button" role="button" data-selected="false">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(helpBody.slice(0, 3))}<h2>Who can\
 export</h2>${ps(helpBody.slice(3))}</div></div></section>
<footer><div class="article-footer"></div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this\
 article helpful?</h2><div class="article-votes-controls" role="group"><button class="button article-vote article-vote-up" aria-label="This\
 article was helpful">Yes</button><button class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">112 out of 140 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a>Submit a request</a></div><div class="article-return-to-top"><a\
 href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2\
 class="related-articles-title">Related articles</h2><ul><li><a>Importing projects from a file</a></li></ul></section></section></article>\
</div></div></main>
<div id="launcher-frame" class="chat-launcher"><button>Chat with us</button></div></body></html>`,
};

export const HELDOUT2_REF: readonly TestPage[] = [docs, wiki, help];
