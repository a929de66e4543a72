import { links, type TestPage, texts } from './page-kit.js';
import { stackOverflowPage } from './pages-heldout91-d2.js';
import { mdAds, mdBaseline, mdCrumbs, mdFoot, mdMenus, mdNotes, mdSide } from './pages-heldout91-d4.js';

/**
 * Held-out batch 91, file d: an MDN Web Docs reference page for a method of an invented Web API (the skip links, the top
 * banner ad, the header with the References / Learn / Plus / Curriculum / Blog / Tools menus and their hidden submenus,
 * "Log in" / "Sign up for free", breadcrumbs, the language switcher, the sidebar with its filter, in-sidebar "In this
 * article" and collapsible groups, the Baseline indicator with its hidden details, the "Experimental" and "Secure context"
 * notecards, sections with self-linked h2s, "js" code example headers, dl parameter lists with "Optional" badges, the
 * specifications table, the compat table placeholder, the right-hand table of contents and side ad, the "Help improve MDN"
 * box with the last-modified line, and the footer; their texts are in file d4) and, from file d2, a Stack Overflow question with answers.
 */
const mdTitle = 'PowerBudget: request() method';
const mdIntro = [
  'The <strong><code>request()</code></strong> method of the <a href="/en-US/docs/Web/API/PowerBudget"><code>PowerBudget</code></a> interface asks ' +
    'the user agent for a share of the device’s energy budget before the page starts a long or expensive task, such as transcoding a video ' +
    'or running a large model on the GPU.',
  'It returns a <a href="/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise"><code>Promise</code></a> that resolves with a ' +
    '<a href="/en-US/docs/Web/API/PowerBudgetGrant"><code>PowerBudgetGrant</code></a> describing how much work the page may do before it should ' +
    'pause or reduce its quality.',
];
const mdSyntax = `request()
request(options)`;
const mdParams = [
  'An object with the following properties:',
  'A string giving the amount of work the page intends to do. One of <code>"low"</code>, <code>"medium"</code> or <code>"high"</code>. ' +
    'Defaults to <code>"medium"</code>.',
  'A short, human-readable description of the task. Some user agents show it to the user when the budget is low.',
];
const mdReturn = ['A <code>Promise</code> that fulfills with a <code>PowerBudgetGrant</code> object.'];
const mdExc = [
  'Thrown if the document is not fully active, or if the user has turned off power budgets for the site.',
  'Thrown if <code>level</code> is not one of the allowed values.',
];
const mdDesc = [
  'The user agent decides how large a grant to give based on the battery level, whether the device is charging, its temperature and ' +
    'the other pages that hold grants. A grant is not a promise that the work will finish: the user agent can shrink it at any time and ' +
    'fires a <code>change</code> event on the grant when it does.',
  'Pages should call <code>request()</code> shortly before the work starts and release the grant with <code>PowerBudgetGrant.release()</code> ' +
    'as soon as it is done. Holding a grant while idle counts against the page the next time it asks.',
  'Calling <code>request()</code> from a page that is hidden rejects unless the page is playing audio or has an active screen capture, ' +
    'because background work is what the budget is meant to limit.',
];
const mdExample = [
  'This example asks for a high budget before encoding a recording, and lowers the output quality if the grant is small or shrinks while ' +
    'the encoder is running.',
];
const mdExampleCode = `const grant = await navigator.powerBudget.request({
  level: "high",
  reason: "Encoding your recording",
});

encoder.quality = grant.remaining &gt; 0.5 ? "best" : "balanced";

grant.addEventListener("change", () =&gt; {
  if (grant.remaining &lt; 0.2) encoder.quality = "draft";
});

await encoder.finish();
grant.release();`;
const mdSpec = ['Power Budget API<br><small># dom-powerbudget-request</small>'];
const mdSee = [
  '<a href="/en-US/docs/Web/API/Power_Budget_API">Power Budget API</a>',
  '<a href="/en-US/docs/Web/API/Battery_Status_API">Battery Status API</a>',
];
const mdH = [
  'Syntax',
  'Parameters',
  'Return value',
  'Exceptions',
  'Description',
  'Examples',
  'Encoding with a budget',
  'Specifications',
  'Browser compatibility',
  'See also',
];
const mdSec = (id: string, t: string, inner: string): string =>
  `<section aria-labelledby="${id}"><h2 id="${id}"><a href="#${id}">${t}</a></h2><div class="section-content">${inner}</div></section>`;
const mdDt = (id: string, code: string, extra: string): string => `<dt id="${id}"><a href="#${id}"><code>${code}</code></a>${extra}</dt>`;
const mdCode = (c: string): string => `<div class="code-example"><div class="example-header"><span class="language-name">js</span><button type="button"
class="icon copy-icon"><span class="visually-hidden">Copy to Clipboard</span></button></div><pre class="brush: js notranslate"><code>${c}</code></pre></div>`;
const mdNav = mdMenus
  .map(
    (m) => `<li class="top-level-entry-container"><button type="button" class="top-level-entry menu-toggle" aria-expanded="false">${m[0]}</button>
<ul class="submenu hidden inline-submenu-lg">${m
      .slice(1)
      .map((t, i, a) =>
        i % 2 === 0
          ? `<li><a href="/en-US/docs/${t}" class="submenu-item"><div class="submenu-item-heading">${t}</div><p class="submenu-item-description">${
              a[i + 1]
            }</p></a></li>`
          : '',
      )
      .join('')}</ul></li>`,
  )
  .join('\n');
const mdHtml = `<!doctype html>
<html lang="en-US" prefix="og: https://ogp.me/ns#" data-theme="light dark" style="color-scheme: light dark;"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="https://developer.mozilla.org/favicon-48x48.png">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="MDN Web Docs"><title>${mdTitle} - Web APIs | MDN</title>
<link rel="alternate" title="PowerBudget: request() method" href="https://developer.mozilla.org/ja/docs/Web/API/PowerBudget/request" hreflang="ja">
<meta name="robots" content="index, follow"><meta name="description" content="The request() method of the PowerBudget interface asks the user agent for a share
of the device's energy budget."><meta property="og:url" content="https://developer.mozilla.org/en-US/docs/Web/API/PowerBudget/request">
<meta property="og:title" content="${mdTitle} - Web APIs | MDN"><meta property="og:type" content="website"><meta property="og:locale" content="en_US">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://developer.mozilla.org/en-US/docs/Web/API/PowerBudget/request">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","name":"${mdTitle}",
"url":"https://developer.mozilla.org/en-US/docs/Web/API/PowerBudget/request","dateModified":"2025-07-21T09:14:11.000Z"}</script>
<script defer="" src="/static/js/gtag.js"></script><script defer="defer" src="/static/js/main.7e1f0a3b.js"></script>
<link href="/static/css/main.5c2b9d18.css" rel="stylesheet"></head>
<body><script>if(document.body.addEventListener("load",(t=>{t.target.classList.contains("interactive")&&t.target.setAttribute("data-readystate","complete")}),
{capture:!0}),window&&document.documentElement){const t={light:"#ffffff",dark:"#1b1b1b"};try{const e=window.localStorage.getItem("theme");e&&
(document.documentElement.className=e,document.documentElement.style.backgroundColor=t[e])}catch(e){console.warn("Unable to read theme from localStorage",e)}}
</script><div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li><li><a id="skip-search"
href="#search-q">Skip to search</a></li></ul><div class="page-wrapper category-api document-page"><div class="top-banner"><section class="place top container">
<p class="fallback-copy"><a href="https://tidecloud.example/?via=mdn" target="_blank" rel="sponsored noreferrer">${mdAds[0]}</a></p><a href="/en-US/advertising"
class="pong-note" target="_blank" rel="noreferrer">${mdAds[1]}</a></section></div><div class="sticky-header-container"><header class="top-navigation">
<div class="container"><div class="top-navigation-wrap"><a href="/en-US/" class="logo" aria-label="MDN homepage"><svg id="mdn-docs-logo" viewBox="0 0 694.9
104.4">
<title>MDN Web Docs</title><path d="M40.3 0L11 104.4h9.9L50.2 0z"></path></svg></a><button title="Open main menu" type="button" class="button action has-icon
main-menu-toggle" aria-haspopup="menu" aria-label="Open main menu" aria-expanded="false"><span class="button-wrap"><span class="icon icon-menu"></span><span
class="visually-hidden">Open main menu</span></span></button></div><div class="top-navigation-main"><nav class="main-nav" aria-label="Main menu"><ul
class="main-menu
nojs">${mdNav}<li class="top-level-entry-container"><a class="top-level-entry menu-link" href="/en-US/curriculum/">Curriculum</a></li><li
class="top-level-entry-container">
<a href="/en-US/blog/" class="top-level-entry menu-link">Blog</a></li></ul></nav><div class="header-search"><form action="/en-US/search" class="search-form
search-widget" id="top-nav-search-form" role="search"><label id="top-nav-search-label" for="top-nav-search-input" class="visually-hidden">Search MDN</label>
<input aria-activedescendant="" aria-autocomplete="list" aria-controls="top-nav-search-menu" aria-expanded="false" aria-labelledby="top-nav-search-label"
autocomplete="off" id="top-nav-search-input" role="combobox" type="search" class="search-input-field" name="q" placeholder="   " required="" value="">
<button type="submit" class="button action has-icon search-button"><span class="button-wrap"><span class="icon icon-search"></span><span
class="visually-hidden">Search</span></span></button></form></div><div class="theme-switcher-menu"><button type="button" class="button action has-icon
theme-switcher-menu small"><span class="button-wrap"><span class="icon icon-theme-os-default"></span>Theme</span></button></div><ul class="auth-container">
<li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fdocs%2FWeb%2FAPI%2FPowerBudget%2Frequest" class="login-link" rel="nofollow">Log in</a></li><li><a
href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fplus" target="_self" rel="nofollow" class="button primary mdn-plus-subscribe-link"><span
class="button-wrap">Sign up for free</span></a></li></ul></div></div></header><div class="article-actions-container"><div class="container">
<button type="button" class="button action has-icon sidebar-button" aria-label="Expand sidebar" aria-expanded="false" aria-controls="sidebar-quicklinks"><span
class="button-wrap"><span class="icon icon-sidebar"></span></span></button><nav class="breadcrumbs-container" aria-label="Breadcrumb"><ol
typeof="BreadcrumbList"
vocab="https://schema.org/" aria-label="breadcrumbs">${mdCrumbs
  .map(
    (t, i) => `<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API/${t}" class="breadcrumb${i === 3 ? '-current-page' : ''}"
property="item"
typeof="WebPage"><span property="name">${t}</span></a><meta property="position" content="${i + 1}"></li>`,
  )
  .join(
    '',
  )}</ol></nav><div class="article-actions"><button type="button" class="button action has-icon article-actions-toggle" aria-label="Article actions"><span
class="button-wrap"><span class="icon icon-ellipses"></span><span class="article-actions-dialog-heading">Article Actions</span></span></button><ul
class="article-actions-entries"><li class="article-actions-entry"><div class="languages-switcher-menu open-on-focus-within"><button
id="languages-switcher-button"
type="button" class="button action small has-icon languages-switcher-menu" aria-haspopup="menu"><span class="button-wrap"><span class="icon icon-language">
</span>English (US)</span></button></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="DefaultAPISidebar"><button type="button"
class="button light backdrop" aria-label="Collapse sidebar"><span class="button-wrap"></span></button><nav aria-label="Related Topics" class="sidebar-inner">
<header class="sidebar-actions"><section class="sidebar-filter-container"><div class="sidebar-filter"><label id="sidebar-filter-label"
class="sidebar-filter-label"
for="sidebar-filter-input"><span class="icon icon-filter"></span><span class="visually-hidden">Filter sidebar</span></label><input id="sidebar-filter-input"
autocomplete="off" class="sidebar-filter-input-field false" type="text" aria-labelledby="sidebar-filter-label" value=""><button type="button" class="button
action
has-icon clear-sidebar-filter-button"><span class="button-wrap"><span class="icon icon-cancel"></span><span class="visually-hidden">Clear filter input</span>
</span>
</button></div></section></header><div class="sidebar-inner-nav"><div class="in-nav-toc"><div class="document-toc-container"><section class="document-toc">
<header>
<h2 class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">${links(
  mdH.filter((h) => h !== 'Encoding with a budget'),
  'document-toc-item',
)}
</ul></section></div></div><div class="sidebar-body"><ol><li class="section"><a href="/en-US/docs/Web/API/Power_Budget_API">${mdSide[0]}</a></li><li
class="toggle">
<details open=""><summary>${mdSide[1]}</summary><ol>${links(mdSide.slice(2, 4))}</ol></details></li><li class="toggle"><details open="">
<summary>${mdSide[4]}</summary>
<ol>${links(mdSide.slice(5, 6))}<li><em><a href="#" aria-current="page"><code>PowerBudget.request()</code></a></em></li></ol></details></li><li class="toggle">
<details><summary>${mdSide[6]}</summary><ol>${links(mdSide.slice(7))}</ol></details></li></ol></div></div></nav></aside><div class="toc-container">
<aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header><h2 class="document-toc-heading">In this article</h2></header>
<ul class="document-toc-list">${links(
  mdH.filter((h) => h !== 'Encoding with a budget'),
  'document-toc-item',
)}</ul></section></div></nav></aside>
<div class="side"><section class="place side"><div class="pong-box"><a class="pong" href="/pong/click?code=Q0lUSUQ" target="_blank" rel="sponsored
noreferrer"><img
src="/pimg/aHR0cHM6Ly9sdW1lbmhvc3QuZXhhbXBsZS9hZC5wbmc" aria-hidden="true" alt=""><span>${mdAds[2]}</span></a><a href="/en-US/advertising" class="pong-note"
target="_blank" rel="noreferrer">${mdAds[3]}</a></div><a class="no-pong" href="/en-US/plus?ref=nope">${mdAds[4]}</a></section></div></div>
<main id="content" class="main-content"><article class="main-page-content" lang="en-US"><header><h1>${mdTitle}</h1><details class="baseline-indicator not">
<summary><span class="indicator" role="img" aria-label="Baseline Cross"></span><div class="status-title">${mdBaseline[0]}</div><div class="browsers">
<span class="engine" title="Supported in Chrome and Edge"><span class="browser chrome supported" role="img" aria-label="Chrome check"></span></span></div>
<span class="icon icon-chevron"></span></summary><div class="extra"><p>${mdBaseline[1]}</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility"
class="learn-more">${mdBaseline[2]}</a></li><li><a href="#browser_compatibility">${mdBaseline[3]}</a></li><li><a href="https://survey.alchemer.com/s3/7634825/"
class="feedback-link" target="_blank" rel="noreferrer">${mdBaseline[4]}</a></li></ul></div></details></header>
<div class="section-content"><div class="notecard experimental"><p><strong>Experimental:</strong> <strong>This is an <a
href="/en-US/docs/MDN/Writing_guidelines/Experimental_deprecated_obsolete#experimental">experimental technology</a></strong><br>Check the <a
href="#browser_compatibility">Browser compatibility table</a> carefully before using this in production.</p></div><div class="notecard secure"><p><strong>Secure
context:</strong> This feature is available only in <a href="/en-US/docs/Web/Security/Secure_Contexts">secure contexts</a> (HTTPS), in some or all <a
href="#browser_compatibility">supporting browsers</a>.</p></div>
${mdIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
${mdSec('syntax', mdH[0]!, mdCode(mdSyntax))}
<section aria-labelledby="parameters"><h3 id="parameters"><a href="#parameters">${mdH[1]}</a></h3><div class="section-content"><dl>
${mdDt('options', 'options', ' <span class="badge inline optional">Optional</span>')}<dd><p>${mdParams[0]}</p><dl>
${mdDt('level', 'level', ' <span class="badge inline optional">Optional</span>')}<dd><p>${mdParams[1]}</p></dd>
${mdDt('reason', 'reason', ' <span class="badge inline optional">Optional</span>')}<dd><p>${mdParams[2]}</p></dd></dl></dd></dl></div></section>
<section aria-labelledby="return_value"><h3 id="return_value"><a href="#return_value">${mdH[2]}</a></h3><div class="section-content"><p>${mdReturn[0]}</p>
</div></section>
<section aria-labelledby="exceptions"><h3 id="exceptions"><a href="#exceptions">${mdH[3]}</a></h3><div class="section-content"><dl>
${mdDt('notallowederror', 'NotAllowedError', ' <a href="/en-US/docs/Web/API/DOMException"><code>DOMException</code></a>')}<dd><p>${mdExc[0]}</p></dd>
${mdDt('typeerror', 'TypeError', '')}<dd><p>${mdExc[1]}</p></dd></dl></div></section>
${mdSec('description', mdH[4]!, mdDesc.map((p) => `<p>${p}</p>`).join('\n'))}
${mdSec('examples', mdH[5]!, '')}
<section aria-labelledby="encoding_with_a_budget"><h3 id="encoding_with_a_budget"><a href="#encoding_with_a_budget">${mdH[6]}</a></h3><div
class="section-content">
<p>${mdExample[0]}</p>${mdCode(mdExampleCode)}</div></section>
${mdSec(
  'specifications',
  mdH[7]!,
  `<table class="standard-table"><thead><tr><th scope="col">Specification</th></tr></thead><tbody><tr><td><a
href="https://w3c.example/power-budget/#dom-powerbudget-request">${mdSpec[0]}</a></td></tr></tbody></table>`,
)}
${mdSec('browser_compatibility', mdH[8]!, '<is-visible><lazy-compat-table></lazy-compat-table></is-visible>')}
${mdSec('see_also', mdH[9]!, `<ul>${mdSee.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
</article><aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"></div><h2>Help improve MDN</h2><fieldset class="feedback">
<label>Was this page helpful to you?</label><div class="button-container"><button type="button" class="button primary has-icon yes"><span class="button-wrap">
<span class="icon icon-thumbs-up"></span>Yes</span></button><button type="button" class="button primary has-icon no"><span class="button-wrap"><span
class="icon icon-thumbs-down"></span>No</span></button></div></fieldset><a class="contribute" href="https://github.com/mdn/content/blob/main/CONTRIBUTING.md"
title="This will take you to our contribution guidelines on GitHub." target="_blank" rel="noopener noreferrer">Learn how to contribute</a><p
class="last-modified-date">
This page was last modified on<!-- --> <time dateTime="2025-07-21T09:14:11.000Z">Jul 21, 2025</time> by<!-- --> <a
href="/en-US/docs/Web/API/PowerBudget/request/contributors.txt" rel="nofollow">MDN contributors</a>.</p><div id="on-github" class="on-github"><a
href="https://github.com/mdn/content/blob/main/files/en-us/web/api/powerbudget/request/index.md" title="Folder: en-us/web/api/powerbudget/request (Opens in a
new tab)"
target="_blank" rel="noopener noreferrer">View this page on GitHub</a> • <a href="https://github.com/mdn/content/issues/new?template=page-report.yml"
title="This will take you to GitHub to file a new issue." target="_blank" rel="noopener noreferrer">Report a problem with this content</a></div></div></aside>
</main>
</div></div><footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo"
aria-label="MDN homepage"><svg width="48" height="48" viewBox="0 0 48 48"><path d="M5.46 31.91 23.26 0h4.55L10 31.91H5.46Z"></path></svg></a><p>${mdFoot[0]}</p>
<ul class="social-icons">${mdFoot
  .slice(1, 5)
  .map(
    (t) =>
      `<li><a class="icon" href="https://social.example/mdn" target="_blank" rel="me noopener noreferrer"><span class="visually-hidden">${t}</span></a></li>`,
  )
  .join('')}</ul></div>${[mdFoot.slice(5, 10), mdFoot.slice(10, 13), mdFoot.slice(13, 17), mdFoot.slice(17, 22)]
  .map(
    (c) =>
      `<div class="page-footer-nav-col"><h2 class="footer-nav-heading">${c[0]}</h2><ul class="footer-nav-list">${links(c.slice(1), 'footer-nav-item')}</ul>
</div>`,
  )
  .join('')}<div class="page-footer-moz"><ul class="footer-moz-list">${links(mdFoot.slice(22), 'footer-moz-item')}</ul></div><div class="page-footer-legal">
<p id="license" class="page-footer-legal-text">Visit <a href="https://www.mozilla.org" target="_blank" rel="noopener noreferrer">Mozilla Corporation’s</a>
not-for-profit
parent, the <a target="_blank" rel="noopener noreferrer" href="https://foundation.mozilla.org/">Mozilla Foundation</a>.<br>Portions of this content are
©1998–<!-- -->2025
<!-- --> by individual mozilla.org contributors. Content available under <a href="/en-US/docs/MDN/Writing_guidelines/Attrib_copyright_license">a Creative
Commons
license</a>.</p></div></div></footer></div></div></body></html>`;
const mdn: TestPage = {
  html: mdHtml,
  name: 'heldout91-mdn-reference-docs',
  kind: 'docs',
  // the dt terms and code examples are in neither list, the dd paragraphs are body; the "Experimental" and "Secure context"
  // notecards and the Baseline indicator are macro furniture; the specifications cell is body; "In this article" repeats the
  // headings and is left out; the last-modified line is a byline
  title: mdTitle,
  headings: mdH,
  body: texts([...mdIntro, ...mdParams, ...mdReturn, ...mdExc, ...mdDesc, ...mdExample, ...mdSpec, ...mdSee]),
  bylines: ['This page was last modified on Jul 21, 2025 by MDN contributors.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Skip to search', ...mdAds, 'Open main menu', ...mdMenus.flat(), 'Curriculum', 'Search MDN', 'Theme', 'Log in', 'Sign up for free',
    ...mdCrumbs, 'Article Actions', 'English (US)', 'Filter sidebar', 'Clear filter input', 'In this article',
    ...mdSide.filter((t) => t !== 'Power Budget API' && t !== 'Battery Status API'), ...mdBaseline, ...mdNotes, 'Optional', 'js', 'Copy to Clipboard',
    'Help improve MDN', 'Was this page helpful to you?', 'Yes', 'No', 'Learn how to contribute', 'View this page on GitHub', 'Report a problem with this ' +
  'content',
    ...mdFoot, 'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  ])],
};

export const HELDOUT91_D: readonly TestPage[] = [mdn, stackOverflowPage];
