import { links, type TestPage, texts } from './page-kit.js';
import { postmanPage } from './pages-heldout180-d2.js';

/**
 * Held-out batch 180, file d: an Akamai TechDocs page (a ReadMe hub: the rm-Header with the Akamai links, search and "Log
 * In", the rm-Sidebar with section h2s and links, the article header with the excerpt, markdown-body headings with anchor
 * icons, an info and a warning callout blockquote with their callout headings, an rdmd table, "Updated 3 months ago", the
 * "What's Next" links, "Did this page help you?", the "Table of Contents" rail and the Akamai footer with the cookie
 * settings link) and, from file d2, a Postman Learning Center page.
 */
const akTitle = 'Cache API responses by query string';
const akExcerpt = 'Use the Cache Key Query Parameters behavior to decide which query parameters make two API requests count as the same ' + 'cached object.';
const akH1 = 'How the cache key works';
const akP1 = [
  'By default, the edge server includes the whole query string in the cache key. Two requests for <code>/v2/rates?from=EUR&amp;to=GBP</code> ' +
    'and <code>/v2/rates?to=GBP&amp;from=EUR</code> are therefore cached separately, even though your origin returns the same ' +
    'response for both, and tracking parameters such as <code>utm_source</code> split the cache even further.',
  'The Cache Key Query Parameters behavior changes this. You can keep all parameters, ignore all of them, or list exactly the ' +
    'ones that matter to the response.',
];
const akCalloutH = 'Before you start';
const akCallout =
  'This behavior applies to cacheable responses only. Set a caching rule for the same paths first, or the edge server forwards ' +
  'every request to the origin regardless of the cache key.';
const akH2 = 'Add the behavior';
const akSteps = [
  'In Property Manager, open a new version of your property.',
  'Add a rule that matches the API paths you want to cache, for example a Path match on <code>/v2/rates*</code>.',
  'In that rule, click <strong>Add Behavior</strong> and choose <strong>Cache Key Query Parameters</strong>.',
  'Select an option and, if needed, list the parameters, then save the property version and activate it on staging.',
];
const akH3 = 'Options';
const akTable = [
  ['Option', 'What it does'],
  ['Include all parameters', 'Keeps every parameter in the cache key, in the order the client sent them.'],
  ['Include all, preserve order', 'Keeps every parameter but ignores parameters with empty values.'],
  ['Include specified parameters', 'Keeps only the parameters you list and ignores the rest.'],
  ['Ignore specified parameters', 'Drops the parameters you list, such as tracking tags, and keeps the rest.'],
  ['Ignore all parameters', 'Caches one object per path, whatever the query string.'],
];
const akP3 = [
  'For the rates API at Tallowmere Bank, the team chose <strong>Include specified parameters</strong> with <code>from</code>, ' +
    '<code>to</code> and <code>date</code>. Their offload for the path rose from 41 percent to 88 percent within a day of activation.',
];
const akWarnH = 'Parameters your origin needs';
const akWarn =
  'Ignoring a parameter only removes it from the cache key. The edge server still forwards the full query string to the origin ' +
  'on a cache miss, so the origin continues to receive every parameter.';
const akH4 = 'Test before activating on production';
const akP4 = [
  'On staging, send the same request with the parameters in a different order and with an extra tracking parameter. Add the ' +
    '<code>Pragma: akamai-x-get-cache-key</code> request header to see the cache key the edge server used; if the keys match, ' +
    'the second response should be served from cache.',
];
const akHead = ['Home', 'Guides', 'API Reference', 'Changelog', 'Support', 'Akamai.com', 'Log In'];
const akSideH = ['Property Manager', 'Behaviors', 'Criteria'];
const akSide = [
  'Get started',
  'Create a property',
  'Activate a property',
  'Property hostnames',
  'Caching',
  'Cache ID Modification',
  'Downstream Cacheability',
  'Origin Server',
  'Path',
  'Request Header',
  'Hostname',
  'Response Status Code',
];
const akNext = ["What's Next", 'Caching', 'Cache ID Modification'];
const akRate = ['Did this page help you?', 'Yes', 'No'];
const akFoot = ['©2025 Akamai Technologies', 'Privacy Policy', 'Cookie Settings', 'Accessibility', 'Contact Us'];
const akId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const akH = (t: string): string => `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${akId(t)}"></div>
<div class="heading-text"><div id="section-${akId(t)}">${t}</div></div><a aria-label="Skip link to ${t}" class="heading-anchor-icon fa fa-anchor"
href="#${akId(t)}"></a></h2>`;
const akCall = (kind: string, icon: string, h: string, t: string): string => `<blockquote class="callout callout_${kind}" theme="${icon}">
<h3 class="callout-heading"><span class="callout-icon">${icon}</span><p>${h}</p></h3><p>${t}</p></blockquote>`;
const akHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="readme-deploy" content="5.335.0">
<meta name="readme-subdomain" content="akamai-techdocs"><meta name="readme-version" content="1.0">
<title>${akTitle}</title><meta name="description" content="${akExcerpt}"><meta property="og:title" content="${akTitle}">
<meta property="og:site_name" content="TechDocs"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://techdocs.akamai.com/property-mgr/docs/cache-key-query-param">
<link rel="stylesheet" href="https://cdn.readme.io/public/hub/web/main.6c2d4a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${akTitle}",
"dateModified":"2025-09-02T14:11:52.000Z"}</script>
<script id="config" type="application/json" data-json="{&quot;subdomain&quot;:&quot;akamai-techdocs&quot;}"></script></head>
<body class="body-none theme-light header-solid header-bg-size-auto header-bg-pos-tl header-overlay-triangles reference-layout-row lumosity-normal">
<div id="ssr-top"></div><div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_classic" style="--color-primary:#0099cc">
<div class="rm-Container rm-Container_flex"><header class="rm-Header"><div class="rm-Header-top"><a class="rm-Logo" href="/"><img alt="TechDocs"
class="rm-Logo-img" src="https://files.readme.io/akamai-logo.svg"></a><nav class="rm-Header-left"><ul>${links(akHead, 'rm-Header-link')}</ul></nav>
<button aria-label="Search ⌘k" class="rm-SearchToggle" type="button"><span class="rm-SearchToggle-placeholder">Search</span>
<span class="rm-SearchToggle-shortcut">⌘K</span></button></div></header></div>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex"><nav aria-label="Table of Contents" class="rm-Sidebar hub-sidebar" id="hub-sidebar"
role="navigation"><div class="hub-sidebar-content">
${akSideH
  .map(
    (h, i) => `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2>
<ul class="Sidebar-list_sfqOQuIeFZQU rm-Sidebar-list">${links(akSide.slice(i * 4, i * 4 + 4), 'Sidebar-item23D-2Kd61_k3')}</ul></section>`,
  )
  .join('\n')}
</div></nav><article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9">
<h1 class="heading-title">${akTitle}</h1></div></div><div class="excerpt"><div class="markdown-body"><p>${akExcerpt}</p></div></div></header>
<div class="grid-100"><div class="content-body grid-100"><div class="markdown-body" style="--markdown-radius:3px">
${akH(akH1)}
${akP1.map((p) => `<p>${p}</p>`).join('\n')}
${akCall('info', '📘', akCalloutH, akCallout)}
${akH(akH2)}
<ol>${akSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${akH(akH3)}
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr><th>${akTable[0]?.[0]}</th><th>${akTable[0]?.[1]}</th></tr></thead><tbody>
${akTable
  .slice(1)
  .map((r) => `<tr><td style="text-align:left">${r[0]}</td><td style="text-align:left">${r[1]}</td></tr>`)
  .join('\n')}</tbody></table></div></div>
<p>${akP3[0]}</p>
${akCall('warning', '🚧', akWarnH, akWarn)}
${akH(akH4)}
<p>${akP4[0]}</p>
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar"><button type="button" class="CodeTabs_active">curl</button></div>
<div class="CodeTabs-inner"><pre><code class="rdmd-code lang-shell theme-light" data-lang="shell">curl -sI \\
  https://api.tallowmere.example/v2/rates?to=GBP&amp;from=EUR -H "Pragma: akamai-x-get-cache-key"</code>
<button aria-label="Copy Code" class="rdmd-code-copy fa"></button></pre></div></div>
</div></div></div>
<div class="UpdatedAt"><p>Updated 3 months ago</p></div>
<nav class="PageNav"><h3 class="PageNav-title">${akNext[0]}</h3><ul>${links(akNext.slice(1), 'PageNav-link')}</ul></nav>
<div class="rm-Rating"><p class="Rating-title">${akRate[0]}</p><button class="Button Button_sm">${akRate[1]}</button>
<button class="Button Button_sm">${akRate[2]}</button></div></article>
<nav aria-label="Table of Contents" class="content-toc grid-25 rm-Toc"><h2 class="tocHeader"><i class="icon icon-text-align-left"></i>Table of Contents</h2>
<nav class="toc-children"><ul>${[akH1, akH2, akH3, akH4].map((t) => `<li><a class="tocHeader" href="#${akId(t)}">${t}</a></li>`).join('')}</ul></nav></nav>
</div></main><footer class="rm-Footer"><div class="akamai-footer"><ul>${links(akFoot, 'akamai-footer__item')}</ul></div></footer></div></div>
<script src="https://cdn.readme.io/public/hub/web/main.8b21f7.js" async></script></body></html>`;
const akamai: TestPage = {
  name: 'heldout180-akamai-techdocs-docs',
  kind: 'docs',
  html: akHtml,
  // the excerpt under the h1 and both callouts (their headings included, as body lines) are body; table data cells are
  // body; "Updated 3 months ago" is a byline; the sidebar, "What's Next", the rating and the toc rail are furniture
  title: akTitle,
  headings: [akH1, akH2, akH3, akH4],
  body: [akExcerpt, ...texts(akP1), akCalloutH, akCallout, ...texts(akSteps), ...akTable.slice(1).flat(), ...texts(akP3), akWarnH, akWarn, ...texts(akP4)],
  bylines: ['Updated 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...akHead, 'Search', '⌘K', ...akSideH, ...akSide, ...akNext, ...akRate, 'Table of Contents', ...akFoot,
    ]),
  ],
};

export const HELDOUT180_D: readonly TestPage[] = [akamai, postmanPage];
