import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout283-kit.js';

/**
 * Held-out batch 283, file e2: a Go package page in the pkg.go.dev style (the go.dev header, the breadcrumb, the unit
 * header with the package chip and the Version / Published / License / Imports / Imported by line, the Details and
 * Repository boxes, the "Jump to" outline, the Documentation section with Overview, Index, Functions and Types, the
 * Source Files list, the cookie notice and the go.dev footer). The main text is short and the Index is a listing.
 */
const gTitle = 'ebb';
const gH = ['Documentation', 'Overview', 'Index', 'Functions', 'func Between', 'Types', 'type Window', 'func (Window) Contains'];
const gOver = [
  j(
    'Package ebb computes the windows of a tide table in which the water is below a given level, for planning work on',
    'slipways, moorings and intertidal paths.',
  ),
  j(
    'Tide tables are read from the plain text format published by most harbour offices, one high or low water per line.',
    'Between two extremes the level is interpolated with the cosine rule, which is accurate to a few centimetres on',
    'ordinary days and much worse during surges; ebb does not try to model surges.',
  ),
  'All times are handled as time.Time values and keep the location of the table they were read from.',
];
const gBetweenDecl = 'func Between(t Table, below float64, from, to time.Time) []Window';
const gBetween = [
  j(
    'Between returns the windows between from and to in which the level is at or below the given level in metres. Windows',
    'that are cut by from or to are shortened to fit, so the first and last window may be shorter than a full low water.',
  ),
  'It returns nil if the table does not cover the whole interval.',
];
const gWindowDecl = 'type Window struct { Start, End time.Time; Lowest float64 }';
const gWindow = ['A Window is one stretch of time during which the water stays below the level asked for. Lowest is the lowest level reached.'];
const gContainsDecl = 'func (w Window) Contains(t time.Time) bool';
const gContains = ['Contains reports whether t falls inside the window, counting the start but not the end.'];
const gBody = texts([...gOver, gBetweenDecl, ...gBetween, gWindowDecl, ...gWindow, gContainsDecl, ...gContains]);
const gHead = ['Why Go', 'Learn', 'Docs', 'Packages', 'Community'];
const gJump = ['Overview', 'Index', 'Constants', 'Variables', 'Functions', 'Types', 'Source Files'];
const gFoot = ['Why Go', 'Use Cases', 'Case Studies', 'Get Started', 'Playground', 'Tour', 'Help', 'Packages', 'Standard Library', 'About Go Packages'];
const gLegal = ['Copyright', 'Terms of Service', 'Privacy Policy', 'Report an Issue'];
const fnHead = (id: string, kind: string, name: string, since = ''): string => `<h4 tabindex="-1" id="${id}" data-kind="${kind}"
class="Documentation-${kind}Header"><span>${kind === 'type' ? 'type' : 'func'} <a class="Documentation-source" href="#">${name}</a>
<a class="Documentation-idLink" href="#${id}" title="Go to ${name}" aria-label="Go to ${name}">¶</a></span>${
  since === '' ? '' : ` <span class="Documentation-sinceVersion"><span class="Documentation-sinceVersionLabel">added in</span> ${since}</span>`
}</h4>`;
const gHtml = `<!DOCTYPE html><html lang="en" data-layout="" data-local=""><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Description" content="Package ebb computes the windows of a tide table.">
<meta class="js-gtmID" data-gtmid="GTM-W8MVQXG"><link rel="shortcut icon" href="/static/shared/icon/favicon.ico">
<link href="/static/frontend/unit/main/_main.css?version=prod-frontend-00084" rel="stylesheet">
<title>ebb package - codeberg.org/slipway/tides/ebb - Go Packages</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareSourceCode",
"name":"ebb","codeRepository":"https://codeberg.org/slipway/tides"}
</script></head>
<body><header class="go-Header go-Header--full js-siteHeader"><div class="go-Header-inner go-Header-inner--dark"><nav class="go-Header-nav">
<a href="https://go.dev/" class="go-Header-logoLink"><img class="go-Header-logo" src="/static/shared/logo/go-white.svg" alt="Go"></a>
<ul class="go-Header-menu">${links(gHead, 'go-Header-menuItem')}</ul></nav></div></header>
<main class="go-Main" id="main-content"><div class="go-Main-banner" role="alert"></div>
<header class="go-Main-header js-mainHeader"><nav class="go-Breadcrumb"
aria-label="Breadcrumb"><ol>${links(['Discover Packages', 'codeberg.org/slipway/tides'])}
<li><a href="#" aria-current="location">ebb</a></li></ol></nav>
<div class="go-Main-headerContent"><div class="go-Main-headerTitle js-stickyHeader"><h1 class="UnitHeader-titleHeading">${gTitle}</h1>
<button class="go-Button go-Button--inline go-Clipboard js-clipboard" aria-label="Copy path to clipboard."></button></div>
<div class="go-Main-headerBreadcrumb"><span class="go-Chip go-Chip--inverted">package</span></div>
<div class="go-Main-headerDetails"><span class="go-Main-headerDetailItem" data-test-id="UnitHeader-version"><a href="?tab=versions">Version:
v0.4.1</a></span><span class="go-Chip DetailsHeader-span--latest">Latest</span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-commitTime">Published: Jan 8, 2026</span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-licenses">License: <a href="?tab=licenses">BSD-3-Clause</a></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-imports"><a href="?tab=imports">Imports: 5</a></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-importedby"><a href="?tab=importedby">Imported by: 3</a></span></div></div></header>
<aside class="go-Main-aside"><div class="UnitMeta"><h2 class="go-textLabel">Details</h2><ul class="UnitMeta-details">
<li><img class="go-Icon" src="/static/shared/icon/check_circle_gm_grey_24dp.svg" alt="checked">Valid <a href="#">go.mod</a> file</li>
<li><img class="go-Icon" src="/static/shared/icon/check_circle_gm_grey_24dp.svg" alt="checked">Redistributable license</li>
<li><img class="go-Icon" src="/static/shared/icon/check_circle_gm_grey_24dp.svg" alt="checked">Tagged version</li>
<li><img class="go-Icon" src="/static/shared/icon/cancel_gm_grey_24dp.svg" alt="unchecked">Stable version</li></ul>
<a href="/about#best-practices">Learn more about best practices</a>
<h2 class="go-textLabel">Repository</h2><div class="UnitMeta-repo"><a href="https://codeberg.org/slipway/tides">codeberg.org/slipway/tides</a></div>
<h2 class="go-textLabel">Links</h2><ul class="UnitMeta-links"><li><a href="#">Open Source Insights</a></li></ul></div></aside>
<nav class="go-Main-nav go-Main-nav--sticky js-mainNav" aria-label="Outline"><div class="go-Main-navDesktop"><ul class="go-Tree js-tree" role="tree">
<li><a href="#section-documentation">Documentation</a><ul>${links(gJump)}</ul></li></ul></div></nav>
<article class="go-Main-article js-mainContent"><div class="UnitDoc"><h2 class="UnitDoc-title" id="section-documentation">${gH[0]}</h2>
<div class="Documentation js-documentation"><div class="Documentation-content js-docContent"><section class="Documentation-overview">
<h3 tabindex="-1" id="pkg-overview" class="Documentation-overviewHeader">${gH[1]} <a href="#pkg-overview" title="Go to Overview">¶</a></h3>
<div id="pkg-overview-body">${ps(gOver)}</div></section>
<section class="Documentation-index"><h3 id="pkg-index" class="Documentation-indexHeader">${gH[2]} <a href="#pkg-index">¶</a></h3>
<ul class="Documentation-indexList"><li class="Documentation-indexFunction"><a href="#Between">func Between(t, below, from, to)</a></li>
<li class="Documentation-indexType"><a href="#Window">type Window</a><ul><li><a href="#Window.Contains">func (w) Contains(t)</a></li></ul></li></ul></section>
<section class="Documentation-functions"><h3 tabindex="-1" id="pkg-functions" class="Documentation-functionsHeader">${gH[3]} <a href="#pkg-functions">¶</a></h3>
<div class="Documentation-function">${fnHead('Between', 'function', 'Between', 'v0.2.0')}
<div class="Documentation-declaration"><pre>${gBetweenDecl}</pre></div>${ps(gBetween)}</div></section>
<section class="Documentation-types"><h3 tabindex="-1" id="pkg-types" class="Documentation-typesHeader">${gH[5]} <a href="#pkg-types">¶</a></h3>
<div class="Documentation-type">${fnHead('Window', 'type', 'Window')}<div class="Documentation-declaration"><pre>${gWindowDecl}</pre></div>${ps(gWindow)}
<div class="Documentation-typeMethod">${fnHead('Window.Contains', 'method', '(Window) Contains', 'v0.3.0')}
<div class="Documentation-declaration"><pre>${gContainsDecl}</pre></div>${ps(gContains)}</div></div></section></div></div>
<h3 tabindex="-1" id="section-sourcefiles" class="UnitFiles-titleHeading">Source Files <a href="#section-sourcefiles">¶</a></h3>
<div class="UnitFiles-fileList"><ul>${links(['ebb.go', 'table.go', 'window.go'])}</ul></div></div></article></main>
<footer class="go-Footer"><div class="go-Footer-links"><ul class="go-Footer-linkColumn">${links(gFoot)}</ul></div>
<div class="go-Footer-bottom"><ul class="go-Footer-listRow">${links(gLegal, 'go-Footer-listItem')}</ul>
<a class="go-Footer-googleLogo" href="https://google.example"><img src="/static/shared/logo/google-white.svg" alt="Google logo"></a></div></footer>
<div class="go-Cookie js-cookieNotice"><p>go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.
<a target="_blank" href="#">Learn more.</a></p><button>Okay</button></div>
<script>loadScript("/static/frontend/unit/main/main.js");</script></body></html>`;
export const goPkg: TestPage = {
  name: 'heldout283-pkg-go-dev-package-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: gBody,
  bylines: ['Published: Jan 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gHead, 'Discover Packages', 'codeberg.org/slipway/tides', 'Version: v0.4.1', 'Latest', 'License: BSD-3-Clause', 'Imports: 5',
    'Imported by: 3', 'Details', 'Valid go.mod file', 'Redistributable license', 'Tagged version', 'Stable version', 'Learn more about best practices',
    'Repository', 'Links', 'Open Source Insights', 'Constants', 'Variables', 'Source Files', 'added in v0.2.0', 'added in v0.3.0', 'ebb.go', 'table.go',
    'window.go', ...gFoot.filter((f) => !gHead.includes(f)), ...gLegal,
    'go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more.', 'Okay',
  ],
};
