import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file b2: an MDN-style (Yari) JavaScript reference page of an invented web-docs site: the top
 * navigation, the breadcrumbs with the language toggle, the left sidebar quick links, the Baseline indicator, the
 * parameter definition list, the specification and compatibility tables, "See also", the "Help improve" metadata box
 * with the last-modified line, the side placement ad and the footer.
 */
const dTitle = 'Array.prototype.partitionBy()';
const dIntro = [
  j(
    'The <strong><code>partitionBy()</code></strong> method of <a href="#"><code>Array</code></a> instances splits the array',
    'into runs of consecutive elements for which a callback returns the same key, and returns a new array of those runs. The',
    'original array is not changed.',
  ),
];
const dH = [
  'Syntax',
  'Parameters',
  'Return value',
  'Description',
  'Examples',
  'Grouping readings by day',
  'Specifications',
  'Browser compatibility',
  'See also',
] as const;
const dParams = [
  '<code>callbackFn</code>',
  j(
    'A function to execute for each element in the array. It should return a value that identifies the run the element belongs to.',
    'The function is called with the arguments <code>element</code>, <code>index</code> and <code>array</code>.',
  ),
  '<code>thisArg</code> <span class="badge inline optional">Optional</span>',
  'A value to use as <code>this</code> when executing <code>callbackFn</code>.',
];
const dReturn = ['A new array of arrays. Each inner array holds one run of consecutive elements that share a key, in their original order.'];
const dDesc = [
  j(
    'The method calls <code>callbackFn</code> once for each element, in ascending index order, and compares each key with the key',
    'of the previous element using the <a href="#">SameValueZero</a> algorithm. A new run starts whenever the key changes.',
  ),
  j(
    'Unlike grouping methods that collect every element with the same key into one group, <code>partitionBy()</code> only joins',
    'elements that are next to each other. If the same key appears again later in the array, it starts a separate run.',
  ),
  j(
    'The method is <a href="#">generic</a>. It only expects the <code>this</code> value to have a <code>length</code> property and',
    'integer-keyed properties. Empty slots in sparse arrays are treated as <code>undefined</code>.',
  ),
];
const dEx = [
  j(
    'In this example, temperature readings arrive sorted by time. Partitioning by the date part of each timestamp gives one run',
    'per day, which can then be summarized separately.',
  ),
  'Because the readings are sorted, each day appears as exactly one run. On unsorted data, the same day could appear in several runs.',
];
const dSpec = ['Array Partitioning Proposal', '# sec-array.prototype.partitionby'];
const dCompat = ['Chrome 131', 'Edge 131', 'Firefox No', 'Safari 18.4'];
const dSee = ['<code>Object.groupBy()</code>', '<code>Array.prototype.reduce()</code>', 'Indexed collections guide'];
const dMenu = ['References', 'Guides', 'Plus', 'Curriculum', 'Blog', 'Tools'];
const dCrumbs = ['References', 'JavaScript', 'Reference', 'Standard built-in objects', 'Array'];
const dSide = [
  'Standard built-in objects',
  'Constructor',
  'Instance methods',
  'Array.prototype.at()',
  'Array.prototype.concat()',
  'Array.prototype.every()',
  'Array.prototype.filter()',
];
const dFoot = [
  'About',
  'Blog',
  'Careers',
  'Advertise with us',
  'Product help',
  'Report an issue',
  'Community Forum',
  'Web Technologies',
  'Learn Web Development',
  'Website Privacy Notice',
  'Cookies',
  'Legal',
  'Community Participation Guidelines',
];
const code = (s: string): string => `<div class="code-example"><div class="example-header"><span class="language-name">js</span></div>
<pre class="brush: js notranslate"><code>${s}</code></pre></div>`;
const dHtml = `<!doctype html><html lang="en-US" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/><link rel="icon" href="/favicon-48x48.png"/>
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Quillmark Web Docs"/>
<title>${dTitle} - JavaScript | Quillmark</title><link rel="alternate" title="Array.prototype.partitionBy()" href="/fr/docs/Array/partitionBy" hreflang="fr"/>
<meta name="robots" content="index, follow"><meta name="description" content="The partitionBy() method of Array instances splits the array into runs."/>
<meta property="og:url" content="https://quillmark.example/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/partitionBy"/>
<meta property="og:title" content="${dTitle} - JavaScript | Quillmark"/><meta property="og:locale" content="en_US"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${dTitle}","dateModified":"2026-03-03"}</script>
<script>(function(){try{var e=window.localStorage.getItem("theme");if(e){document.documentElement.className=e}}catch(t){}})();</script>
<link rel="stylesheet" href="/static/css/main.3c0e1b77.css"/></head>
<body><script>if(document.body.addEventListener){document.body.addEventListener("load",function(){},true)}</script><div id="root">
<ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li><li><a id="skip-search"
href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="page-wrapper category-javascript document-page"><div class="top-banner loading"><section class="place top container">
<p class="pong-box">Build faster sites with Ferrite Edge: deploy in seconds from your repository.</p><span class="pong-note">Ad</span></section></div>
<div class="sticky-header-container"><header class="top-navigation"><div class="container "><div class="top-navigation-wrap">
<a href="/en-US/" class="logo" aria-label="Quillmark homepage">Quillmark</a><nav class="main-nav" aria-label="Main menu"><ul class="main-menu nojs">
${links(dMenu, 'top-level-entry-container')}</ul></nav><div class="header-search"><form id="top-nav-search-form" role="search"><input
id="top-nav-search-input" type="search" placeholder="   " aria-label="Search"/></form></div><a href="/users/fxa/login" class="login-link">Log in</a>
<a href="/plus" class="button primary">Sign up for free</a></div></div></header>
<div class="article-actions-container"><div class="container"><button type="button" class="button action has-icon sidebar-button"><span
class="button-wrap"><span class="visually-hidden">Toggle sidebar</span></span></button>
<nav class="breadcrumbs-container" aria-label="Breadcrumb"><ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs">
${links(dCrumbs)}<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Array/partitionBy" class="breadcrumb-current">partitionBy()</a></li>
</ol></nav><div class="article-actions"><ul class="article-actions-entries"><li class="article-actions-entry"><div class="languages-switcher-menu
open-on-focus-within"><button type="button" class="button action small has-icon languages-switcher-menu"><span class="button-wrap">English (US)</span>
</button></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="jsref"><div class="sidebar-inner">
<nav aria-label="Related Topics" class="sidebar-body"><ol><li class="section">${dSide[0]}</li><li><details open><summary>${dSide[1]}</summary>
</details></li><li><details open><summary>${dSide[2]}</summary><ol>${links(dSide.slice(3))}</ol></details></li></ol></nav></div></aside></div>
<div class="toc-container"><aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header><h2
class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">${links(dH.filter((_, i) => i !== 1 && i !== 2 && i !== 5))}
</ul></section></div></nav></aside><div class="side"><section class="place side"><p class="pong-box">Ship observability in an afternoon with
Lanternfly.</p><span class="pong-note">Ad</span></section></div></div>
<main id="content" class="main-content" role="main"><article class="main-page-content" lang="en-US"><header><h1>${dTitle}</h1>
<details class="baseline-indicator limited"><summary><span class="indicator" role="img" aria-label="Baseline Cross"></span>
<div class="status-title">Limited availability</div></summary><div class="extra"><p>This feature is not Baseline because it does not work in some
of the most widely-used browsers.</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility">Learn more</a></li><li><a
href="#browser_compatibility">See full compatibility</a></li><li><a href="https://survey.example/baseline">Report feedback</a></li></ul></div></details>
</header><div class="section-content">${ps(dIntro)}</div>
<section aria-labelledby="syntax"><h2 id="syntax"><a href="#syntax">${dH[0]}</a></h2><div class="section-content">
${code('partitionBy(callbackFn)\npartitionBy(callbackFn, thisArg)')}</div></section>
<section aria-labelledby="parameters"><h3 id="parameters"><a href="#parameters">${dH[1]}</a></h3><div class="section-content"><dl>
<dt id="callbackfn">${dParams[0]}</dt><dd><p>${dParams[1]}</p></dd><dt id="thisarg">${dParams[2]}</dt><dd><p>${dParams[3]}</p></dd></dl></div></section>
<section aria-labelledby="return_value"><h3 id="return_value"><a href="#return_value">${dH[2]}</a></h3><div class="section-content">${ps(dReturn)}
</div></section><section aria-labelledby="description"><h2 id="description"><a href="#description">${dH[3]}</a></h2><div class="section-content">
${ps(dDesc)}</div></section>
<section aria-labelledby="examples"><h2 id="examples"><a href="#examples">${dH[4]}</a></h2><div class="section-content"></div></section>
<section aria-labelledby="grouping_readings_by_day"><h3 id="grouping_readings_by_day"><a href="#grouping_readings_by_day">${dH[5]}</a></h3>
<div class="section-content"><p>${dEx[0]}</p>
${code(
  'const readings = [\n  { at: "2026-03-01T06:00", c: 4 },\n  { at: "2026-03-01T18:00", c: 11 },\n  { at: "2026-03-02T06:00", c: 3 },\n];\n' +
    'const days = readings.partitionBy((r) =&gt; r.at.slice(0, 10));\nconsole.log(days.length); // 2',
)}
<p>${dEx[1]}</p></div></section>
<section aria-labelledby="specifications"><h2 id="specifications"><a href="#specifications">${dH[6]}</a></h2><table class="standard-table"><thead>
<tr><th scope="col">Specification</th></tr></thead><tbody><tr><td><a href="https://tc39.example/proposal-array-partition/#sec-array.prototype.partitionby">
${dSpec[0]}<br/><small>${dSpec[1]}</small></a></td></tr></tbody></table></section>
<section aria-labelledby="browser_compatibility"><h2 id="browser_compatibility"><a href="#browser_compatibility">${dH[7]}</a></h2>
<div class="bc-table-wrapper"><table class="bc-table bc-table-web"><tbody>${dCompat.map((c) => `<tr><td class="bc-support">${c}</td></tr>`).join('')}
</tbody></table></div></section>
<section aria-labelledby="see_also"><h2 id="see_also"><a href="#see_also">${dH[8]}</a></h2><div class="section-content"><ul>
${dSee.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul></div></section></article>
<aside class="metadata"><div class="metadata-content-container"><div id="on-github" class="on-github"><h3>Help improve Quillmark</h3>
<fieldset class="feedback"><label>Was this page helpful to you?</label><button class="button secondary">Yes</button><button
class="button secondary">No</button></fieldset><a href="https://github.example/quillmark/content/blob/main/CONTRIBUTING.md">Learn how to contribute</a></div>
<p class="last-modified-date">This page was last modified on <time dateTime="2026-03-03T10:12:43.000Z">Mar 3, 2026</time> by <a
href="/en-US/docs/Array/partitionBy/contributors.txt">Quillmark contributors</a>.</p><div class="on-github"><a
href="https://github.example/quillmark/content/edit/main/array/partitionby/index.md">View this page on GitHub</a> • <a
href="https://github.example/quillmark/content/issues/new">Report a problem with this content</a></div></div></aside></main></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="footer-logo">Quillmark</a>
<p>Your blueprint for a better internet.</p></div><div class="page-footer-nav-col-1"><ul class="footer-nav-list">${links(dFoot)}</ul></div>
<div class="page-footer-legal"><p id="license" class="footer-license">Portions of this content are ©1998–2026 by individual Quillmark contributors.
Content available under a Creative Commons license.</p></div></div></footer></div></div></body></html>`;
export const mdn: TestPage = {
  name: 'heldout264-mdn-reference-method',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dH],
  body: texts([...dIntro, ...dParams, ...dReturn, ...dDesc, ...dEx, ...dSpec, ...dCompat, ...dSee]),
  bylines: ['This page was last modified on Mar 3, 2026 by Quillmark contributors.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Skip to search', 'Build faster sites with Ferrite Edge: deploy in seconds from your repository.', 'Quillmark',
    ...dMenu, 'Log in', 'Sign up for free', 'Toggle sidebar', ...dCrumbs.slice(0, 4), 'English (US)', ...dSide, 'In this article',
    'Ship observability in an afternoon with Lanternfly.', 'Limited availability',
    'This feature is not Baseline because it does not work in some of the most widely-used browsers.', 'Learn more', 'See full compatibility',
    'Report feedback', 'Help improve Quillmark', 'Was this page helpful to you?', 'Learn how to contribute', 'View this page on GitHub',
    'Report a problem with this content', 'Your blueprint for a better internet.', ...dFoot,
    'Portions of this content are ©1998–2026 by individual Quillmark contributors. Content available under a Creative Commons license.',
  ]),
};
