import { type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout709-kit.js';

/**
 * Held-out batch 709, file d: an endpoint page of an air-quality data API reference on ReadMe (header with hub links, the
 * sidebar with method badges, the method and URL line, an excerpt, a markdown description with a callout, a table and a code
 * block, the path and query parameter forms, the responses, the "Try It!" request console on the right, "Updated" line,
 * page rating and previous / next links), and a sensor calibration guide in a VitePress documentation site (nav bar with
 * search, sidebar, outline aside, tip / warning / details custom blocks, a badge in a heading, code blocks, a table, edit link,
 * last-updated line, pager and footer).
 */
const rTitle = 'Get station readings';
const rExcerpt = 'Returns time-stamped pollutant readings for a single monitoring station, newest first.';
const rDesc = [
  j(
    'Readings are stored at the resolution the station reports, usually every 10 or 15 minutes. Use the',
    '<code>resolution</code> parameter to get hourly or daily averages instead; averages are only computed from readings',
    'that passed quality control.',
  ),
  'Each reading carries a quality flag:',
];
const rFlags = [
  ['Flag', 'Meaning'],
  ['valid', 'Passed automatic and manual checks'],
  ['provisional', 'Passed automatic checks, not yet reviewed by the network operator'],
  ['suspect', 'Failed a range or rate-of-change check and is excluded from averages'],
];
const rCallHead = 'Provisional data changes';
const rCall = j(
  'Provisional readings can be revised or removed for up to 90 days. If you store readings, re-fetch the last 90 days',
  'regularly or subscribe to the <code>readings.revised</code> webhook.',
);
const rExampleLead = 'A single reading looks like this:';
const rExample = ['{', '"time": "2027-03-02T14:15:00Z",', '"pollutant": "pm25",', '"value": 11.4,', '"unit": "µg/m³",', '"flag": "provisional"', '}'];
const rPaging = j(
  'Results are paginated. When more readings match than <code>limit</code> allows, the response includes a <code>next</code>',
  'URL that returns the following page with the same filters. Pages are stable for 15 minutes, after which the URL expires and',
  'you should start again from the newest reading you already have.',
);
type Param = [name: string, type: string, required: boolean, desc: string];
const rPath: Param[] = [['station_id', 'string', true, 'The station’s ID, for example <code>GB-KNW-0412</code>.']];
const rQuery: Param[] = [
  ['pollutant', 'string', true, 'One of <code>pm25</code>, <code>pm10</code>, <code>no2</code>, <code>o3</code> or <code>so2</code>.'],
  ['from', 'date-time', false, 'Start of the period, in ISO 8601. Defaults to 24 hours before <code>to</code>.'],
  ['to', 'date-time', false, 'End of the period, in ISO 8601. Defaults to now.'],
  ['resolution', 'string', false, 'One of <code>raw</code>, <code>hour</code> or <code>day</code>. Defaults to <code>raw</code>.'],
  ['limit', 'int32', false, 'Maximum number of readings to return, from 1 to 5000. Defaults to 500.'],
];
const rResp: [string, string][] = [
  ['200', 'A page of readings, newest first.'],
  ['404', 'No station with this ID exists.'],
  ['429', 'Too many requests. See the rate limits guide.'],
];
const rSide: [string, [string, string][]][] = [
  [
    'Stations',
    [
      ['get', 'List stations'],
      ['get', 'Get a station'],
      ['get', 'Get station readings'],
    ],
  ],
  [
    'Networks',
    [
      ['get', 'List networks'],
      ['get', 'Get a network'],
    ],
  ],
  [
    'Webhooks',
    [
      ['post', 'Create a webhook'],
      ['del', 'Delete a webhook'],
    ],
  ],
];
const rLangs = ['Shell', 'Node', 'Ruby', 'PHP', 'Python'];
const rCurl = [
  'curl --request GET \\',
  "--url 'https://api.aerolith.example/v2/stations/station_id/readings?pollutant=pm25' \\",
  "--header 'accept: application/json'",
];
const param = ([n, t, req, d]: Param, where: string): string => `<div class="Param" id="${where}-${n}"><div class="Param-header"><label class="Param-name"
for="${where}-${n}">${n}</label> <span class="Param-type">${t}</span>${req ? ' <span class="Param-required">required</span>' : ''}</div>
<div class="Param-description"><div class="markdown-body"><p>${d}</p></div></div>
<div class="Param-form"><input class="Input Input_md" id="${where}-${n}" type="text"></div></div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Get station readings</title><meta name="description" content="${rExcerpt}"><meta name="readme-deploy" content="5.312.0">
<meta property="og:title" content="Get station readings"><meta property="og:site_name" content="Aerolith API"><meta name="robots" content="index, follow">
<link rel="canonical" href="https://docs.aerolith.example/reference/get-station-readings">
<link rel="stylesheet" href="https://cdn.readme.io/public/hub/web/ssr-ui.6c1f0a2b.css"><link rel="stylesheet"
href="https://cdn.readme.io/public/hub/web/Reference.2e9d81c0.css">
<script id="config" type="application/json"
data-json="{&quot;algoliaIndex&quot;:&quot;readme_search_v2&quot;,&quot;asset_url&quot;:&quot;https://cdn.readme.io&quot;}"></script>
<script id="readme-data-docs" type="application/json">{"project":{"subdomain":"aerolith","name":"Aerolith API"},"doc":{"slug":"get-station-readings",
"type":"endpoint","api":{"method":"get","url":"/stations/{station_id}/readings"}}}</script></head>
<body class="body-none theme-light header-solid header-bg-size-auto header-bg-pos-tl header-overlay-triangles reference-layout-row lang-"
data-page-type="reference"><div id="ssr-top"></div><div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_classic">
<div class="SkipTo"><a class="SkipTo-link" href="#content">Skip to main content</a></div>
<header class="rm-Header"><div class="rm-Header-top"><div class="rm-Container rm-Container_flex"><div class="rm-Header-left"><a class="rm-Logo"
href="https://docs.aerolith.example/"><img alt="Aerolith API" class="rm-Logo-img" src="https://files.readme.io/3c1a2f-aerolith-logo.svg"></a></div>
<div class="rm-Header-right"><a class="Button Button_slate_text Button_md rm-Header-link rm-Header-top-link"
href="https://aerolith.example">aerolith.example</a>
<a class="Button Button_slate_text Button_md rm-Header-link rm-Header-top-link" href="/login?redirect_uri=/reference/get-station-readings">Log
In</a></div></div></div>
<div class="rm-Header-bottom"><nav aria-label="Primary navigation" class="rm-Container rm-Container_flex" role="navigation">
<a class="Button Button_slate_text Button_md rm-Header-link rm-Header-bottom-link" href="/docs">Guides</a>
<a aria-current="page" class="Button Button_slate_text Button_md rm-Header-link rm-Header-bottom-link active" href="/reference">API Reference</a>
<a class="Button Button_slate_text Button_md rm-Header-link rm-Header-bottom-link" href="/changelog">Changelog</a>
<a class="Button Button_slate_text Button_md rm-Header-link rm-Header-bottom-link" href="/discuss">Discussions</a>
<div class="rm-Header-bottom-right"><button aria-label="Search ⌘k" class="rm-SearchToggle" data-symbol="⌘"><div class="rm-SearchToggle-icon"><svg
aria-hidden="true"></svg></div><div class="rm-SearchToggle-placeholder">Search</div><div class="rm-SearchToggle-shortcut">⌘K</div></button></div></nav></div>
</header>
<main class="rm-ReferenceMain rm-Container rm-Container_flex"><nav aria-label="Secondary navigation" class="rm-Sidebar hub-sidebar reference-redesign"
id="hub-sidebar" role="navigation"><div class="hub-sidebar-content"><section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2
class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">Jump to</h2></section>
${rSide
  .map(
    ([h, items]) => `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2>
<ul class="Sidebar-list3cZWQLaBf9k8 rm-Sidebar-list">${items
      .map(
        ([
          m,
          t,
        ]) => `<li class="Sidebar-item23D-2Kd61_k3"><a class="Sidebar-link2Dsha-r-GKh2 childless text-wrap rm-Sidebar-link${t === rTitle ? ' active' : ''}"
href="/reference/${t.toLowerCase().replace(/ /g, '-')}"><span class="Sidebar-link-text"><span>${t}</span></span><span
class="Sidebar-method-container2yBYD-KB_IfC"><span
class="rm-APIMethod APIMethod APIMethod_fixedWidth APIMethod_fixedWidth_md APIMethod_${m} Sidebar-methodfLM3hfmGNxcE">${m}</span></span></a></li>`,
      )
      .join('\n')}</ul></section>`,
  )
  .join('\n')}
<a class="rm-Sidebar-PoweredBy" href="https://readme.com?ref_src=hub&amp;project=aerolith">Powered by <svg aria-hidden="true"></svg></a></div></nav>
<article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9"><h1 class="heading-title">${rTitle}</h1>
<div class="api-definition-parent"><div class="api-definition"><span class="rm-APIMethod APIMethod APIMethod_fixedWidth APIMethod_get">get</span> <span
class="rm-APIUrl APIUrl" title="https://api.aerolith.example/v2/stations/{station_id}/readings"><span
class="APIUrl-base">https://api.aerolith.example/v2</span><span
class="APIUrl-path">/stations/{station_id}/readings</span></span></div></div></div></div>
<div class="excerpt"><div class="markdown-body"><p>${rExcerpt}</p></div></div></header>
<div class="content-body"><div class="markdown-body">
<p>${rDesc[0] ?? ''}</p>
<p>${rDesc[1] ?? ''}</p>
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr>${(rFlags[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${rFlags
  .slice(1)
  .map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td></tr>`)
  .join('\n')}</tbody></table></div></div>
<div class="callout callout_warn" theme="🚧"><h3 class="callout-heading"><span class="callout-icon">🚧</span><p>${rCallHead}</p></h3><p>${rCall}</p></div>
<p>${rExampleLead}</p>
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar"><button type="button" value="json">JSON</button></div><div
class="CodeTabs-inner"><pre><button aria-label="Copy Code" class="rdmd-code-copy fa"></button><code class="rdmd-code lang-json theme-light" data-lang="json"
name="" tabindex="0"><div class="cm-s-neo" data-testid="SyntaxHighlighter">${rExample.join('\n')}</div></code></pre></div></div>
<p>${rPaging}</p>
</div></div>
<section class="rm-APISection"><div class="rm-APISectionHeader"><h2 class="rm-APISectionHeader-heading">Path Params</h2></div><div class="rm-ParamContainer">
${rPath.map((p) => param(p, 'path')).join('\n')}</div></section>
<section class="rm-APISection"><div class="rm-APISectionHeader"><h2 class="rm-APISectionHeader-heading">Query Params</h2></div><div class="rm-ParamContainer">
${rQuery.map((p) => param(p, 'query')).join('\n')}</div></section>
<section class="rm-APISection rm-APIResponseSchemaPicker"><div class="rm-APISectionHeader"><h2 class="rm-APISectionHeader-heading">Responses</h2></div>
${rResp
  .map(
    ([c, d]) => `<button class="rm-APIResponseSchemaPicker-option-toggle" type="button"><span class="APIResponseSchemaPicker-label"><span
class="APIResponseSchemaPicker-status APIResponseSchemaPicker-status_${c.charAt(0)}xx">${c}</span> <span
class="APIResponseSchemaPicker-description">${d}</span></span></button>`,
  )
  .join('\n')}</section>
<div class="UpdatedAt"><p>Updated 2 months ago</p></div>
<nav aria-label="Pagination" class="rm-Pagination"><a class="rm-Pagination-prev" href="/reference/get-a-station"><span
class="Pagination-label">Previous</span><span
class="Pagination-title">Get a station</span></a><a class="rm-Pagination-next" href="/reference/list-networks"><span class="Pagination-label">Next</span><span
class="Pagination-title">List networks</span></a></nav>
<div class="Rating"><span class="Rating-label">Did this page help you?</span><button class="Button Button_secondary Button_sm">Yes</button><button
class="Button Button_secondary Button_sm">No</button></div></article>
<aside class="rm-PlaygroundRequest rm-Playground"><section class="rm-LanguagePicker"><header class="LanguagePicker-header">Language</header><div
class="LanguagePicker-languages">${rLangs.map((l) => `<button class="LanguageButton" type="button">${l}</button>`).join('')}</div></section>
<section class="rm-PlaygroundAuth"><header class="Playground-header">Credentials</header><div class="AuthBox"><span class="AuthBox-label">Bearer</span><input
class="Input" placeholder="token" type="password"></div></section>
<section class="rm-PlaygroundRequest-code"><header class="Playground-header"><span class="Playground-title">Request</span><button class="Button
Button_sm">Try It!</button></header><pre class="CodeSnippet"><code>${rCurl.join('\n')}</code></pre></section>
<section class="rm-PlaygroundResponse"><header class="Playground-header">Response</header><div class="PlaygroundResponse-empty"><p>Click <code>Try It!</code>
to start a request and see the response here! Or choose an example:</p><span class="PlaygroundResponse-mime">application/json</span></div></section>
</aside></main></div></div>
<script id="ssr-props" type="application/json">{"rdmd":{"baseUrl":"/","terms":[]},"sidebars":{"refs":[]}}</script></body></html>`;
const readme: TestPage = gold({
  name: 'heldout709-readme-air-readings',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Path Params', 'Query Params', 'Responses'],
  body: texts([
    'get https://api.aerolith.example/v2/stations/{station_id}/readings',
    rExcerpt,
    ...rDesc,
    ...rFlags.map((r) => r.join(' ')),
    rCallHead,
    rCall,
    rExampleLead,
    rExample.join(' '),
    rPaging,
    ...[...rPath, ...rQuery].flatMap(([n, t, req, d]) => [`${n} ${t}${req ? ' required' : ''}`, d]),
    ...rResp.map(([c, d]) => `${c} ${d}`),
  ]),
  bylines: ['Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'aerolith.example', 'Log In', 'Guides', 'API Reference', 'Changelog', 'Discussions', 'Search', '⌘K', 'Jump to',
    ...rSide.flatMap(([h, items]) => [h, ...items.flatMap(([m, t]) => [t, m])]), 'Powered by', 'JSON', 'Previous', 'Get a station', 'Next',
    'List networks', 'Did this page help you?', 'Yes', 'No', 'Language', ...rLangs, 'Credentials', 'Bearer', 'Request', 'Try It!', rCurl.join(' '),
    'Response', 'Click Try It! to start a request and see the response here! Or choose an example:', 'application/json',
  ],
});

const vTitle = 'Calibrating the PM2.5 sensor';
const vIntro = j(
  'Low-cost optical particle sensors like the one in Brisa read high when the air is humid, and two units side by side can',
  'differ by 10 to 20 percent. A calibration against a reference monitor corrects both. Expect it to take about a week, most of',
  'it waiting.',
);
const vNeed = [
  'A Brisa unit running firmware 2.1 or later',
  'Somewhere to mount it within 20 m of a reference monitor, such as a regulatory air quality station',
  'The <code>brisa</code> command-line tool, installed with <code>pipx install brisa-cli</code>',
];
const vTip = j(
  'Many local authorities will let you mount a unit next to their monitoring station if you ask. The network map in the',
  'Brisa app shows stations near you and who runs them.',
);
const vColo = j(
  'Mount the unit at the same height as the reference inlet, with its air intake facing the same way. Then start logging at',
  'one-minute intervals:',
);
const vWarn = 'Do not mount the unit within 1 m of the reference inlet. Its fan can disturb the air the reference instrument samples.';
const vColo2 = j(
  'Leave it for at least seven days, and longer if the weather has been unusually steady. The correction is only as good as',
  'the range of humidity and pollution it has seen.',
);
const vFit = 'Export the reference data as CSV with timestamps in UTC, then run:';
const vFit2 = 'The tool fits one of three models and prints the coefficients along with the error before and after correction:';
const vModels = [
  ['Model', 'Formula', 'Use when'],
  ['linear', 'PM = a × raw + b', 'Humidity is mostly below 60%'],
  ['rh-linear', 'PM = a × raw + b × RH + c', 'The default, fine for most climates'],
  ['rh-power', 'PM = raw / (1 + k × (RH/100)^p)', 'Coastal or foggy sites'],
];
const vHum = j(
  'From firmware 2.1 the unit measures humidity inside the sensor chamber as well as outside. The <code>rh-linear</code> and',
  '<code>rh-power</code> models use the chamber value, which tracks particle growth more closely.',
);
const vDetails = 'Why not use the factory calibration?';
const vDetailsText = j(
  'The factory calibration uses a single test dust at 40% humidity. Real outdoor particles differ in size and make-up from',
  'place to place, so a local calibration usually halves the error.',
);
const vApply = 'Save the coefficients the tool printed in your unit’s configuration file:';
const vApply2 = j(
  'Upload it with <code>brisa config push</code>. From then on the unit reports both the raw and the corrected values, so',
  'you can always go back to the raw data or recalibrate later.',
);
const vCheck = j(
  'Leave the unit next to the reference for another two or three days and run <code>brisa calibrate --check</code>. A good',
  'calibration brings the mean error under 3 µg/m³. If it does not, the most common cause is a clock that has drifted: check',
  'that the unit and the reference agree on the time.',
);
const vSecs = ['Before you start', 'Collocation', 'Fitting the correction', 'Humidity correction', 'Applying the correction', 'Checking the result'];
const vCode1 = ['brisa log start --interval 60 --out colo.csv'];
const vCode2 = ['brisa calibrate colo.csv reference.csv --model rh-linear'];
const vCode3 = ['calibration:', '  pm25:', '    model: rh-linear', '    a: 0.52', '    b: -0.086', '    c: 5.71'];
const vNav = ['Guide', 'Reference', 'Hardware', 'Changelog'];
const vSide: [string, string[]][] = [
  ['Getting started', ['What is Brisa?', 'Assembly', 'First boot']],
  ['Guides', ['Mounting outdoors', 'Calibrating the PM2.5 sensor', 'Connecting to Wi-Fi', 'Sharing data']],
  ['Reference', ['CLI', 'Configuration file', 'MQTT topics']],
];
const vId = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
const vH = (tag: string, t: string, extra = ''): string =>
  `<${tag} id="${vId(t)}" tabindex="-1">${t}${extra} <a class="header-anchor" href="#${vId(t)}" aria-label="Permalink to
&quot;${t}&quot;">&#8203;</a></${tag}>`;
const vCode = (lang: string, lines: string[]): string => `<div class="language-${lang} vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span
class="lang">${lang}</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>${lines
  .map((l) => `<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">${l}</span></span>`)
  .join('\n')}</code></pre></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Calibrating the PM2.5 sensor | Brisa</title><meta name="description" content="Open hardware for measuring the air you breathe.">
<meta name="generator" content="VitePress v1.6.3"><link rel="preload stylesheet" href="/assets/style.Bq4m0Nw2.css" as="style">
<link rel="modulepreload" href="/assets/app.CkT1v8Zm.js"><link rel="modulepreload" href="/assets/guide_calibration.md.D2p9qLx7.lean.js">
<script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",
a=window.matchMedia("(prefers-color-scheme: dark)").matches;
(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();</script>
<script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script></head>
<body><div id="app"><div class="Layout" data-v-5d98c3a5><span tabindex="-1" data-v-0b0ada53></span><a href="#VPContent" class="VPSkipLink visually-hidden"
data-v-0b0ada53>Skip to content</a>
<header class="VPNav" data-v-5d98c3a5><div class="VPNavBar has-sidebar top"><div class="wrapper"><div class="container"><div class="title"><div
class="VPNavBarTitle has-sidebar"><a class="title" href="/"><img class="VPImage logo" src="/logo.svg" alt=""><span>Brisa</span></a></div></div>
<div class="content"><div class="content-body"><div class="VPNavBarSearch search"><div id="local-search"><button type="button" class="DocSearch
DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span
class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd
class="DocSearch-Button-Key">K</kbd></span></button></div></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu"><span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span>
${vNav
  .map(
    (t) => `<a class="VPLink link VPNavBarMenuLink${t === 'Guide' ? ' active' : ''}" href="/${t.toLowerCase()}/"
tabindex="0"><span>${t}</span></a>`,
  )
  .join('\n')}
<div class="VPFlyout VPNavBarMenuGroup"><button type="button" class="button" aria-haspopup="true" aria-expanded="false"><span class="text">v2.1<span
class="vpi-chevron-down text-icon"></span></span></button><div class="menu"><div class="VPMenu"><div class="items"><div class="VPMenuLink"><a class="VPLink
link"
href="/v2.0/"><span>v2.0</span></a></div></div></div></div></div></nav>
<div class="VPNavBarAppearance appearance"><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme"
aria-checked="false"><span class="check"><span class="icon"><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span></span></span></button></div>
<div class="VPSocialLinks VPNavBarSocialLinks social-links"><a class="VPSocialLink no-icon" href="https://github.com/brisa-air/brisa" aria-label="github"
target="_blank" rel="noopener"><span class="vpi-social-github"></span></a></div></div></div></div></div><div class="divider"><div
class="divider-line"></div></div></div></header>
<div class="VPLocalNav has-sidebar empty" data-v-5d98c3a5><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav"><span
class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;"><button>On
this page<span class="vpi-chevron-right icon"></span></button></div></div></div>
<aside class="VPSidebar" data-v-5d98c3a5><div class="curtain"></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1"><span
class="visually-hidden" id="sidebar-aria-label"> Sidebar Navigation </span>
${vSide
  .map(
    ([g, items]) => `<div class="group"><section class="VPSidebarItem level-0 collapsible${g === 'Guides' ? ' has-active' : ''}"><div class="item"
role="button" tabindex="0"><div class="indicator"></div><h2 class="text">${g}</h2><div class="caret" role="button" aria-label="toggle section"
tabindex="0"><span class="vpi-chevron-right caret-icon"></span></div></div><div class="items">${items
      .map(
        (t) => `<div class="VPSidebarItem level-1 is-link${t === vTitle ? ' is-active' : ''}"><div class="item"><div class="indicator"></div><a class="VPLink
link link" href="/guide/${vId(t)}"><p class="text">${t}</p></a></div></div>`,
      )
      .join('\n')}</div></section></div>`,
  )
  .join('\n')}</nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5><div class="VPDoc has-sidebar has-aside"><div class="container"><div class="aside"><div
class="aside-curtain"></div><div class="aside-container"><div class="aside-content"><div class="VPDocAside"><nav aria-labelledby="doc-outline-aria-label"
class="VPDocAsideOutline has-outline"><div class="content"><div class="outline-marker"></div><div aria-level="2" class="outline-title"
id="doc-outline-aria-label" role="heading">On this page</div><ul class="VPDocOutlineItem root">${vSecs
  .map((t) => `<li><a class="outline-link" href="#${vId(t)}" title="${t}">${t}</a></li>`)
  .join('\n')}</ul></div></nav><div class="spacer"></div></div></div></div></div>
<div class="content"><div class="content-container"><main class="main"><div style="position:relative;" class="vp-doc _guide_calibration"><div>
${vH('h1', vTitle)}
<p>${vIntro}</p>
${vH('h2', at(vSecs, 0))}
<ul>${vNeed.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${vTip}</p></div>
${vH('h2', at(vSecs, 1))}
<p>${vColo}</p>
${vCode('sh', vCode1)}
<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>${vWarn}</p></div>
<p>${vColo2}</p>
${vH('h2', at(vSecs, 2))}
<p>${vFit}</p>
${vCode('sh', vCode2)}
<p>${vFit2}</p>
<table tabindex="0"><thead><tr>${(vModels[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${vModels
  .slice(1)
  .map((r) => `<tr><td><code>${r[0]}</code></td><td>${r[1]}</td><td>${r[2]}</td></tr>`)
  .join('\n')}</tbody></table>
${vH('h3', at(vSecs, 3), ' <span class="VPBadge tip">v2.1+</span>')}
<p>${vHum}</p>
<details class="details custom-block"><summary>${vDetails}</summary><p>${vDetailsText}</p></details>
${vH('h2', at(vSecs, 4))}
<p>${vApply}</p>
${vCode('yaml', vCode3)}
<p>${vApply2}</p>
${vH('h2', at(vSecs, 5))}
<p>${vCheck}</p>
</div></div></main>
<footer class="VPDocFooter"><div class="edit-info"><div class="edit-link"><a class="VPLink link vp-external-link-icon no-icon edit-link-button"
href="https://github.com/brisa-air/brisa/edit/main/docs/guide/calibration.md" target="_blank" rel="noreferrer"><span class="vpi-square-pen
edit-link-icon"></span> Edit this page on GitHub</a></div><div class="last-updated"><p class="VPLastUpdated">Last updated: <time
datetime="2027-03-02T16:18:00.000Z">3/2/27, 4:18 PM</time></p></div></div>
<nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span><div class="pager"><a
class="VPLink link pager-link prev" href="/guide/mounting-outdoors"><span class="desc">Previous page</span><span class="title">Mounting
outdoors</span></a></div>
<div class="pager"><a class="VPLink link pager-link next" href="/guide/connecting-to-wi-fi"><span class="desc">Next page</span><span class="title">Connecting to
Wi-Fi</span></a></div></nav></footer></div></div></div></div></div>
<footer class="VPFooter has-sidebar" data-v-5d98c3a5><div class="container"><p class="message">Released under the MIT License.</p><p class="copyright">Copyright
© 2024-present Brisa contributors</p></div></footer></div></div>
<script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_calibration.md\\":\\"D2p9qLx7\\"}");
window.__VP_SITE_DATA__=JSON.parse("{\\"lang\\":\\"en-US\\",\\"title\\":\\"Brisa\\"}");</script>
<script type="module" src="/assets/app.CkT1v8Zm.js"></script></body></html>`;
const vitepress: TestPage = gold({
  name: 'heldout709-vitepress-pm25-calibration',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vSecs,
  body: texts([
    vIntro,
    ...vNeed,
    vTip,
    vColo,
    vCode1.join(' '),
    vWarn,
    vColo2,
    vFit,
    vCode2.join(' '),
    vFit2,
    ...vModels.map((r) => r.join(' ')),
    vHum,
    vDetails,
    vDetailsText,
    vApply,
    vCode3.join(' '),
    vApply2,
    vCheck,
  ]),
  bylines: ['Last updated: 3/2/27, 4:18 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brisa', 'Search', 'K', 'Main Navigation', ...vNav, 'v2.1', 'v2.0', 'Menu', 'On this page', 'Sidebar Navigation',
    ...vSide.flatMap(([g, items]) => [g, ...items]), ...vSecs, 'TIP', 'sh', 'WARNING', 'v2.1+', 'yaml', 'Edit this page on GitHub', 'Pager',
    'Previous page', 'Mounting outdoors', 'Next page', 'Connecting to Wi-Fi', 'Released under the MIT License.',
    'Copyright © 2024-present Brisa contributors',
  ],
});

export const HELDOUT709_D: readonly TestPage[] = [readme, vitepress];
