import { type TestPage, texts } from './page-kit.js';
import * as f from './pages-heldout187-f2.js';
import { lis } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file f3: a Swift Package Index package page (the site header with the logo h1 and nav, the
 * sponsorship call-to-action bar, breadcrumbs, the package name h2 with "by" owner line and the GitHub summary, the
 * metadata list with licence, stars, history, activity, authors, libraries and tests, the sidebar links, releases, the
 * hidden "Use this Package" panel, keywords, the compatibility matrix, the README in its turbo frame and the footer).
 */
const H = f.spHead;
const M = f.spMeta;
const S = f.spSide;
const ps = (xs: readonly string[]): string => xs.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const pre = (c: string): string => `<div class="highlight highlight-source-swift"><pre>${c}</pre></div>`;
const hd = (t: string): string =>
  `<h2 dir="auto"><a id="user-content-${t.toLowerCase()}" class="anchor" aria-hidden="true" href="#${t.toLowerCase()}"></a>${t}</h2>`;
const matrix = (label: string, cols: readonly string[]): string => `<li class="row"><div class="row_labels"><p>${label}</p></div><div class="column_labels">
${cols.map((c) => `<small><span>${c}</span></small>`).join('')}</div><div class="results">${cols
  .map(() => '<div class="compatible" title="Compatible"></div>')
  .join('')}</div></li>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Driftwood – Swift Package Index</title><meta name="description" content="${f.spSummary[0]!.replace(/"/g, '&quot;')}">
<meta property="og:title" content="Driftwood"><meta property="og:image" content="https://swiftpackageindex.com/nadiakarlsson/driftwood/social-card.png">
<link rel="canonical" href="https://swiftpackageindex.com/nadiakarlsson/driftwood"><link
rel="alternate" type="application/rss+xml" title="Swift Package Index – Recent Releases"
href="https://swiftpackageindex.com/releases.rss"><link rel="stylesheet" href="/main.css?1741077600"><script src="/main.js?1741077600" type="module"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"Driftwood",
"description":"${f.spSummary[0]!.replace(/"/g, '\\"')}",
"author":{"@type":"Person","name":"Nadia Karlsson"},
"codeRepository":"https://github.com/nadiakarlsson/driftwood","license":"MIT","programmingLanguage":"Swift"}</script>
<script data-domain="swiftpackageindex.com" src="https://plausible.io/js/script.js" defer></script></head>
<body class="package"><header class="spi"><div class="inner"><a href="/"><h1><img src="/images/logo.svg" alt="The Swift Package Index logo.">${H[0]}</h1></a>
<nav><ul>${lis(H.slice(1, 5).map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`))}<li class="search"><form action="/search">
<input type="search" name="query" placeholder="Search" spellcheck="false" autocomplete="off" data-focus-target="field">
<button type="submit" title="${H[5]}"><span class="sr-only">${H[5]}</span></button></form></li></ul></nav></div></header>
<div class="scta"><div class="inner"><p>${H[6]}</p></div></div>
<main><div class="inner"><nav class="breadcrumbs"><ul><li><a href="/">${H[7]}</a></li><li><a href="/nadiakarlsson">${H[8]}</a></li>
<li><a href="/nadiakarlsson/driftwood">${f.spName}</a></li></ul></nav>
<div class="split"><div><h2>${f.spName}</h2><small>by <a href="/nadiakarlsson">${H[8]}</a></small></div></div>
<p class="summary">${f.spSummary[0]}</p><hr class="minor"><article class="details"><div class="two-column"><section class="main_metadata"><ul>
<li class="license"><a href="https://choosealicense.com/licenses/mit/" title="MIT">${M[0]}</a></li><li class="stars">${M[1]}</li>
${lis(M.slice(2, 8))}</ul></section>
<section class="sidebar_links"><ul>${lis(
  S.slice(0, 4).map(
    (t) => `<a
href="/nadiakarlsson/driftwood/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  ),
)}</ul></section>
<section class="sidebar_package_use"><button class="button" data-action="click->use-this-package-panel#show">${S[4]}</button><div class="panel" hidden>
<p>How you add this package to your project depends on what kind of project you're developing.</p><h4>When working with an Xcode project:</h4>
<input type="text" value="https://github.com/nadiakarlsson/driftwood.git" readonly><h4>When working with a Swift Package Manager manifest:</h4>
<pre>.package(url: "https://github.com/nadiakarlsson/driftwood.git", from: "2.3.1")</pre></div></section>
<section class="sidebar_releases"><h3>${S[9]}</h3><ul><li><small>${S[10]}</small> <a class="stable" href="#">2.3.1</a> <small>2 weeks ago</small></li>
<li><small>${S[11]}</small> <a class="branch" href="#">main</a> <small>5 days ago</small></li></ul></section>
<section class="sidebar_keywords"><h3>${S[13]}</h3><ul class="keywords">${lis(S.slice(14).map((t) => `<a href="/keywords/${t}">${t}</a>`))}</ul></section>
<section class="sidebar_report"><a href="https://github.com/SwiftPackageIndex/PackageList/issues/new">${S[12]}</a></section></div>
<hr class="minor"><section class="package_compatibility"><h3>${S[5]}</h3><a href="/nadiakarlsson/driftwood/builds">${S[8]}</a><ul class="matrix compatibility">
${matrix(S[6]!, ['6.0', '5.10', '5.9', '5.8'])}
${matrix(S[7]!, ['iOS', 'macOS', 'visionOS', 'tvOS', 'watchOS', 'Linux'])}</ul></section></article>
<hr class="minor"><turbo-frame id="readme" src="/nadiakarlsson/driftwood/readme"><section class="readme"><div class="readme-container"><div class="readme">
<article class="markdown-body entry-content container-lg" itemprop="text">
<h1 dir="auto"><a id="user-content-driftwood" class="anchor" aria-hidden="true" href="#driftwood"></a>Driftwood</h1>
${ps(f.spIntro)}
${hd(f.spH[0]!)}
${ps(f.spInstall.slice(0, 1))}
${pre('.package(url: "https://github.com/nadiakarlsson/driftwood.git", from: "2.3.0")')}
${ps(f.spInstall.slice(1))}
${hd(f.spH[1]!)}
${ps(f.spUsage.slice(0, 1))}
${pre(`import Driftwood

let timeout = try Duration(parsing: "1h 30m")
print(timeout.formatted(.driftwood))   // "1h 30m"`)}
${ps(f.spUsage.slice(1))}
<h3 dir="auto"><a id="user-content-formatting" class="anchor" aria-hidden="true" href="#formatting"></a>${f.spH[2]}</h3>
${ps(f.spFormat)}
${pre(`let d = Duration.seconds(93_784)
d.formatted(.driftwood)              // "1d 2h"
d.formatted(.driftwood(style: .full)) // "1d 2h 3m 4s"
d.formatted(.driftwood(style: .clock)) // "26:03:04"`)}
${hd(f.spH[3]!)}
<ul dir="auto">${f.spRules.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd(f.spH[4]!)}
${ps(f.spContrib)}
${hd(f.spH[5]!)}
${ps(f.spLicense)}
</article></div></div></section></turbo-frame></div></main>
<footer class="spi"><div class="inner"><nav><ul>${lis(f.spFoot.slice(0, 6).map((t) => `<a href="#">${t}</a>`))}</ul></nav>
<small>${f.spFoot[6]}</small> <small>${f.spFoot[7]}</small></div></footer></body></html>`;
export const spiPage: TestPage = {
  html,
  name: 'heldout187-swift-package-index-package',
  kind: 'docs',
  // the package name (its h2, the site logo being the h1) is the title and the README the article, with the GitHub
  // summary line as its description (body); the README's own h1 repeats the title; the owner's name, the "by" line and
  // "Written by" are bylines; metadata, sidebar links, releases, keywords, the hidden "Use this Package" panel, the
  // compatibility matrix, the sponsorship bar and the header and footer are furniture; code blocks in neither list
  title: f.spName,
  headings: f.spH,
  body: texts([...f.spSummary, ...f.spIntro, ...f.spInstall, ...f.spUsage, ...f.spFormat, ...f.spRules, ...f.spContrib, ...f.spLicense]),
  bylines: ['Nadia Karlsson', 'by Nadia Karlsson', M[4]!],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...H.slice(0, 8), ...M.filter((t) => t !== M[4]), ...S.filter((t) => t !== 'formatting'), '2.3.1', 'main', '2 weeks ago', '5 days ago', '6.0', '5.10',
'5.9', '5.8', 'iOS', 'macOS',
    'visionOS', 'tvOS', 'watchOS', 'Linux', "How you add this package to your project depends on what kind of project you're developing.",
    'When working with an Xcode project:', 'When working with a Swift Package Manager manifest:', ...f.spFoot.filter((t) => t !== 'Blog'),
  ],
};
