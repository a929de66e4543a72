import { links, type TestPage, texts } from './page-kit.js';
import { kubernetesTask } from './pages-heldout79-b2.js';

/**
 * Held-out batch 79, file b: an MDN Web Docs reference page for a property (the top ad banner, the main menu, breadcrumbs and
 * the language switcher, the "Baseline Widely available" box under the title, code examples with language labels and copy
 * buttons, the specifications table, the browser compatibility table with its legend, the sidebar with its filter, the "In this
 * article" TOC, the side ad, the "Help improve MDN" box with the last-modified line, and the footer); and (file b2) a Kubernetes
 * task page on Hugo Docsy.
 */
const mdTitle = 'Response: bytesReceived property';
const mdIntro = [
  'The <strong><code>bytesReceived</code></strong> read-only property of the <a href="/en-US/docs/Web/API/Response"><code>Response</code></a> ' +
    'interface returns the number of bytes of the response body that have arrived from the network so far.',
  'Unlike reading the body through a stream reader, checking <code>bytesReceived</code> does not consume any data, so a page can ' +
    'show progress while another part of the code reads the body.',
];
const mdValue = [
  'A non-negative integer. The value counts encoded bytes as they arrive over the network, before any content decoding, so for a ' +
    'compressed response it can be smaller than the number of bytes a reader eventually receives.',
  'For a response created with the <code>Response()</code> constructor, the value is always equal to the size of the body that was ' + 'passed in.',
];
const mdNote =
  '<strong>Note:</strong> The counter is only updated for responses from the network. For opaque responses, such as those of a ' +
  '<code>no-cors</code> request to another origin, the value is always <code>0</code>, so that a page cannot learn the size of a ' +
  'cross-origin resource it is not allowed to read.';
const mdValue2 = [
  'The value is a snapshot. Reading it twice in the same task returns the same number, even if more data arrived in between; the ' +
    'browser updates it between tasks, at most once per animation frame.',
];
const mdEx1 = [
  'This example fetches a large file and updates a <a href="/en-US/docs/Web/HTML/Element/progress">progress bar</a> every 200 ' +
    'milliseconds. The total size comes from the <code>Content-Length</code> header, which the server must send ' +
    'for the bar to be meaningful.',
];
const mdEx2 = [
  'When the response is served from the HTTP cache, <code>bytesReceived</code> jumps straight to the full size, because no bytes ' + 'travel over the network.',
  'Polling on a timer keeps the example short. In a real page you would rather update the bar from a ' +
    '<a href="/en-US/docs/Web/API/Window/requestAnimationFrame"><code>requestAnimationFrame()</code></a> callback, which stops ' +
    'running while the tab is hidden and so saves work for downloads that run in the background.',
];
const mdEx3 = [
  'The counter keeps increasing after the promise returned by <code>fetch()</code> resolves. To tell when the download has ' +
    'finished, compare the counter with the header value, or wait for the body promise to settle:',
];
const mdSeeAlso = ['Using the Fetch API', 'Response.body', 'Content-Length'];
const mdH = ['Value', 'Examples', 'Showing download progress', 'Detecting a finished download', 'Specifications', 'Browser compatibility', 'See also'];
const mdBaseline =
  'This feature is well established and works across many devices and browser versions. It’s been available across browsers ' + 'since March 2022.';
const mdNav = ['References', 'Learn', 'Plus', 'Curriculum', 'Blog', 'Tools'];
const mdCrumbs = ['References', 'Web APIs', 'Response', 'bytesReceived'];
const mdSidebar = ['Fetch API', 'Interfaces', 'Headers', 'Request', 'Response', 'Instance properties', 'body', 'bodyUsed', 'headers', 'ok', 'status'];
const mdBrowsers = ['Chrome', 'Edge', 'Firefox', 'Opera', 'Safari', 'Chrome Android', 'Firefox for Android', 'Safari on iOS', 'Deno', 'Node.js'];
const mdVersions = ['99', '99', '97', '85', '15.4', '99', '97', '15.4', '1.21', '18.0.0'];
const mdLegend = ['Full support', 'No support', 'See implementation notes'];
const mdHelp = ['Was this page helpful to you?', 'Yes', 'No', 'Learn how to contribute', 'View this page on GitHub', 'Report a problem with this content'];
const mdFootCols: [string, string[]][] = [
  ['MDN', ['About', 'Blog', 'Careers', 'Advertise with us']],
  ['Support', ['Product help', 'Report an issue']],
  ['Our communities', ['MDN Community', 'MDN Forum', 'MDN Chat']],
  ['Developers', ['Web Technologies', 'Learn Web Development', 'MDN Plus', 'Hacks Blog']],
];
const mdLegal = ['Website Privacy Notice', 'Cookies', 'Legal', 'Community Participation Guidelines'];
const mdMozilla =
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation. Portions of this content are ©1998–2025 by individual ' +
  'mozilla.org contributors. Content available under a Creative Commons license.';
const mdAdTop = 'Ship faster with preview deployments for every pull request. Try Harborline free for 30 days.';
const mdAdSide = 'Monitor front-end errors before your users report them. Start with Kestrel Insights today.';
const id = (t: string): string => t.toLowerCase().replace(/ /g, '_');
const h = (n: 2 | 3, t: string): string => `<h${n} id="${id(t)}"><a href="#${id(t)}">${t}</a></h${n}>`;
const p = (a: readonly string[]): string => a.map((x) => `<p>${x}</p>`).join('\n');
const code = (lang: string, src: string): string => `<div class="code-example"><div class="example-header"><span class="language-name">${lang}</span>
<button type="button" class="icon copy-icon"><span class="visually-hidden">Copy to Clipboard</span></button></div>
<pre class="brush: ${lang} notranslate"><code>${src}</code></pre></div>`;
const mdHtml = `<!doctype html><html lang="en-US" prefix="og: https://ogp.me/ns#" style="color-scheme:light dark" class="light">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="/favicon-48x48.png">
<title>${mdTitle} - Web APIs | MDN</title><link rel="alternate" title="Response: bytesReceived property" href="/ja/docs/Web/API/Response/bytesReceived"
hreflang="ja"><meta name="robots" content="index, follow"><meta name="description" content="The bytesReceived read-only property of the Response interface
returns the number of bytes of the response body that have arrived from the network so far."><meta property="og:url"
content="https://developer.mozilla.org/en-US/docs/Web/API/Response/bytesReceived"><meta property="og:title" content="${mdTitle} - Web APIs | MDN">
<meta property="og:locale" content="en_US"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${mdTitle}","dateModified":"2025-07-14"}</script>
<script>(function(){try{var mode=localStorage.getItem("theme");if(mode==="dark"){document.documentElement.className="dark"}}catch(e){}})();</script>
<script defer src="/static/js/main.8e1b2f0c.js"></script><link href="/static/css/main.4a7c9d21.css" rel="stylesheet"></head>
<body><script>if(document.body.addEventListener("load",(t=>{t.target.classList.contains("interactive")&&t.target.setAttribute("data-readystate","complete")}),
{capture:!0}),window&&document.documentElement){const t={light:"#ffffff",dark:"#1b1b1b"};}</script>
<div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li>
<li><a id="skip-search" href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="top-banner loading"><section class="place top container"><a class="pong" href="/pong/click?code=Cvb3" target="_blank" rel="sponsored noopener">
<img src="/pimg/aHR0cHM6Ly9zcnYuYnV5" alt="Harborline" width="125" height="125"><span>${mdAdTop}</span></a>
<a href="/en-US/advertising" class="pong-note" target="_blank">Ad</a><a class="no-pong" href="/en-US/plus?ref=nope">Don't want to see ads?</a></section></div>
<div class="page-wrapper category-api document-page"><div class="top-navigation-wrap"><header class="top-navigation"><div class="container">
<div class="top-navigation-main"><a href="/en-US/" class="logo" aria-label="MDN homepage"></a><nav class="main-nav" aria-label="Main menu">
<ul class="main-menu nojs">${mdNav
  .map(
    (t) => `<li class="top-level-entry-container"><button type="button" class="top-level-entry menu-toggle"
aria-expanded="false">${t}</button><a href="/en-US/${t.toLowerCase()}/" class="top-level-entry">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header-search"><form action="/en-US/search" class="search-form search-widget" role="search"><label for="top-nav-search-input"
class="visually-hidden">
Search MDN</label><input id="top-nav-search-input" type="search" name="q" placeholder="   " class="search-input-field"></form></div>
<div class="theme-switcher-menu"><button type="button" class="button action has-icon theme-switcher-menu"><span class="button-wrap">
<span class="icon icon-theme-os-default"></span>Theme</span></button></div><ul class="auth-container"><li><a href="/users/fxa/login/authenticate/"
class="login-link">Log in</a></li><li><a href="/users/fxa/login/authenticate/?next=/en-US/plus" class="button primary">Sign up for free</a></li></ul>
</div></div></header><div class="article-actions-container"><div class="container"><button type="button" class="button action has-icon sidebar-button"
aria-label="Expand sidebar"></button><nav class="breadcrumbs-container"><ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs">
${mdCrumbs
  .map(
    (t, i) => `<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/${i}" class="breadcrumb${i === 3 ? ' breadcrumb-current-page' : ''}"
property="item" typeof="WebPage"><span property="name">${t}</span></a><meta property="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ol></nav>
<div class="article-actions"><ul class="article-actions-entries"><li class="article-actions-entry"><div class="languages-switcher-menu open-on-focus-within">
<button type="button" class="button action small has-icon languages-switcher-menu"><span class="button-wrap">English (US)</span></button></div></li></ul>
</div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar"><button type="button"
class="button action backdrop" aria-label="Collapse sidebar"></button><div class="sidebar-filter-container"><div class="sidebar-filter">
<label id="sidebar-filter-label" class="sidebar-filter-label" for="sidebar-filter-input">Filter sidebar</label>
<input id="sidebar-filter-input" autocomplete="off" class="sidebar-filter-input-field" type="text"></div></div><div class="sidebar-inner">
<nav class="sidebar-inner-nav" aria-label="Related Topics"><div class="in-nav-toc"><div class="document-toc-container"><section class="document-toc">
<header><h2 class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">
${mdH
  .filter((_t, i) => i !== 2 && i !== 3)
  .map((t) => `<li class="document-toc-item"><a class="document-toc-link" href="#${id(t)}">${t}</a></li>`)
  .join('\n')}
</ul></section></div></div><div class="sidebar-body"><ol>${mdSidebar.map((t) => `<li><a href="/en-US/docs/Web/API/${t}">${t}</a></li>`).join('\n')}</ol>
</div></nav></div></aside>
<div class="toc-container"><aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header>
<h2 class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">
${mdH
  .filter((_t, i) => i !== 2 && i !== 3)
  .map((t) => `<li class="document-toc-item"><a class="document-toc-link" href="#${id(t)}">${t}</a></li>`)
  .join('\n')}
</ul></section></div></nav></aside><section class="place side"><a class="pong" href="/pong/click?code=Kq91" rel="sponsored noopener">
<span>${mdAdSide}</span></a><a href="/en-US/advertising" class="pong-note" target="_blank">Ad</a></section></div>
<main id="content" class="main-content" role="main"><article class="main-page-content" lang="en-US"><header><h1>${mdTitle}</h1>
<details class="baseline-indicator high"><summary><span class="indicator" role="img" aria-label="Baseline Check"></span><div class="status-title">Baseline
<span class="not-bold">Widely available</span></div><div class="browsers"><span class="engine" title="Supported in Chrome and Edge"></span></div>
<span class="icon icon-chevron"></span></summary><div class="extra"><p>${mdBaseline}</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility">Learn
more</a></li><li><a href="#browser_compatibility">See full compatibility</a></li><li><a href="https://survey.alchemer.com/s3/7634825/MDN-baseline-feedback"
class="feedback-link" target="_blank" rel="noreferrer">Report feedback</a></li></ul></div></details></header>
<div class="section-content">${p(mdIntro)}</div>
<section aria-labelledby="${id(mdH[0]!)}">${h(2, mdH[0]!)}<div class="section-content">${p(mdValue)}
<div class="notecard note"><p>${mdNote}</p></div>
${p(mdValue2)}</div></section>
<section aria-labelledby="examples">${h(2, mdH[1]!)}<div class="section-content"></div></section>
<section aria-labelledby="${id(mdH[2]!)}">${h(3, mdH[2]!)}<div class="section-content">${p(mdEx1)}
${code('js', `const response = await fetch("/downloads/atlas.zip");\nconst total = Number(response.headers.get("Content-Length"));`)}
${p(mdEx2)}</div></section>
<section aria-labelledby="${id(mdH[3]!)}">${h(3, mdH[3]!)}<div class="section-content">${p(mdEx3)}
${code('js', `await response.blob();\nconsole.log(response.bytesReceived === total); // true`)}</div></section>
<section aria-labelledby="specifications">${h(2, mdH[4]!)}<div class="section-content"><table class="standard-table"><thead><tr>
<th scope="col">Specification</th></tr></thead><tbody><tr><td><a href="https://fetch.spec.whatwg.org/#dom-response-bytesreceived">Fetch Standard<br>
<small># dom-response-bytesreceived</small></a></td></tr></tbody></table></div></section>
<section aria-labelledby="browser_compatibility">${h(2, mdH[5]!)}<div class="bc-data" data-query="api.Response.bytesReceived" data-depth="1">
<figure class="table-container"><figure class="table-container-inner"><table class="bc-table bc-table-web"><thead><tr class="bc-platforms"><td></td>
<th class="bc-platform bc-platform-desktop" colspan="5"><span>Desktop</span></th><th class="bc-platform bc-platform-mobile" colspan="3"><span>Mobile</span></th>
<th class="bc-platform bc-platform-server" colspan="2"><span>Server</span></th></tr><tr class="bc-browsers"><td></td>${mdBrowsers
  .map(
    (b) => `<th
class="bc-browser"><div class="bc-head-txt-label">${b}</div></th>`,
  )
  .join('')}</tr></thead><tbody><tr><th class="bc-feature bc-feature-depth-0" scope="row">
<code>bytesReceived</code></th>${mdVersions
  .map(
    (v, i) => `<td class="bc-support bc-supports-yes"><button type="button" title="Toggle history">
<div class="bcd-cell-text-wrapper"><div class="bcd-cell-icons"><span class="icon-wrapper"><abbr class="only-icon" title="Full support"><span>Full support</span>
<i class="icon icon-yes"></i></abbr></span></div><div class="bcd-cell-text-copy"><span class="bc-browser-name">${mdBrowsers[i]}</span>
<span class="bc-version-label">${v}</span></div></div></button></td>`,
  )
  .join('\n')}</tr></tbody></table></figure></figure>
<section class="bc-legend"><h3 class="visually-hidden" id="Legend">Legend</h3><p class="bc-legend-tip">Tip: you can click/tap on a cell for more
information.</p>
<dl class="bc-legend-items-container">${mdLegend
  .map(
    (t) => `<dt class="bc-legend-item-dt"><abbr class="legend-icons icon" title="${t}"></abbr></dt>
<dd class="bc-legend-item-dd">${t}</dd>`,
  )
  .join('\n')}</dl></section></div></section>
<section aria-labelledby="see_also">${h(2, mdH[6]!)}<div class="section-content"><ul>${mdSeeAlso
  .map(
    (t) => `<li><a
href="/en-US/docs/${t}">${t}</a></li>`,
  )
  .join('')}
</ul></div></section></article>
<aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"></div><h2>Help improve MDN</h2><fieldset class="feedback">
<label>${mdHelp[0]}</label><div class="button-container"><button type="button" class="button primary has-icon yes"><span class="button-wrap">${mdHelp[1]}</span>
</button><button type="button" class="button primary has-icon no"><span class="button-wrap">${mdHelp[2]}</span></button></div></fieldset>
<p class="contribute"><a href="/en-US/docs/MDN/Community/Getting_started">${mdHelp[3]}</a>.</p>
<p class="last-modified-date">This page was last modified on <time datetime="2025-07-14T09:21:44.000Z">Jul 14, 2025</time> by
<a href="/en-US/docs/Web/API/Response/bytesReceived/contributors.txt">MDN contributors</a>.</p><div id="on-github" class="on-github">
<a href="https://github.com/mdn/content/blob/main/files/en-us/web/api/response/bytesreceived/index.md">${mdHelp[4]}</a> •
<a href="https://github.com/mdn/content/issues/new">${mdHelp[5]}</a></div></div></aside></main></div></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo"
aria-label="MDN homepage"></a><p>Your blueprint for a better internet.</p></div>
${mdFootCols
  .map(
    ([c, l]) => `<div class="page-footer-nav-col"><h2 class="footer-nav-heading">${c}</h2><ul class="footer-nav-list">${links(l, 'footer-nav-item')}
</ul></div>`,
  )
  .join('\n')}
<div class="page-footer-legal"><ul id="footer-legal" class="footer-legal">${links(mdLegal)}</ul><p id="fdn-copyright" class="footer-copyright">${mdMozilla}</p>
</div></div></footer></div></div><div id="react-modals"></div></body></html>`;
const mdn: TestPage = {
  html: mdHtml,
  name: 'heldout79-mdn-web-docs-reference',
  kind: 'docs',
  // the Baseline box, the "js" labels and copy buttons, the specifications and compatibility tables (their header cells, the
  // feature name, browser names and versions in neither list; the "Full support" labels and the legend are furniture), and
  // "Help improve MDN" are furniture; the "Note:" notecard is body; "See also" links are the article's own list (body); the last-modified line is a byline
  title: mdTitle,
  headings: mdH,
  body: [...texts(mdIntro), ...texts(mdValue), ...texts([mdNote]), ...mdValue2, ...texts(mdEx1), ...texts(mdEx2), ...texts(mdEx3), ...mdSeeAlso],
  bylines: ['This page was last modified on Jul 14, 2025 by MDN contributors.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to search', mdAdTop, 'Ad', "Don't want to see ads?", ...mdNav, 'Search MDN', 'Theme', 'Log in', 'Sign up for free',
    'Web APIs', 'English (US)', 'Filter sidebar', 'In this article', ...mdSidebar.filter((t) => !['Fetch API', 'Response', 'body', 'headers'].includes(t)),
mdAdSide,
    'Baseline Widely available', mdBaseline, 'Learn more', 'See full compatibility', 'Report feedback', 'js', 'Copy to Clipboard', 'Fetch Standard',
    '# dom-response-bytesreceived', 'Legend', 'Tip: you can click/tap on a cell for more information.', ...mdLegend, 'Help improve MDN', ...mdHelp,
    'Your blueprint for a better internet.', ...mdFootCols.flatMap(([c, l]) => [c, ...l]), ...mdLegal, mdMozilla,
  ],
};

export const HELDOUT79_B: readonly TestPage[] = [mdn, kubernetesTask];
