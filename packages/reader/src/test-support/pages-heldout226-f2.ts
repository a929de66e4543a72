import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 226, file f2: a Maven Central (central.sonatype.com) artifact page (the Next.js header with search and
 * "Sign In", the breadcrumb of namespace, artifact and version, the artifact header with version select and published
 * time, the Overview / Versions / Dependents / Dependencies tabs, the build-tool snippet tabs and code, the overview with
 * the POM description and the project's README, the metadata panel with license, URLs, developers and size, the
 * vulnerability panel, the cookie banner and the footer).
 */
const mvTitle = 'tessellate-core';
const mvDesc = 'Core library of Tessellate, a tile-based spatial index for the JVM with an immutable API and zero runtime dependencies.';
const mvH1 = 'Overview';
const mvP1 = [
  'Tessellate splits the plane into a hierarchy of square tiles and stores each geometry in the smallest tile that contains ' +
    'it. Point, envelope and k-nearest-neighbour queries walk only the tiles that overlap the query, which keeps them fast ' +
    'even when an index holds tens of millions of features.',
  'The index is immutable. Adding or removing features returns a new index that shares most of its structure with the old ' +
    'one, so readers never need a lock and snapshots are free.',
];
const mvH2 = 'Modules';
const mvMods = [
  'tessellate-core: the index, geometry types and queries. No dependencies.',
  'tessellate-wkb: reading and writing Well-Known Binary.',
  'tessellate-jts: adapters for projects that already use JTS geometries.',
];
const mvH3 = 'Compatibility';
const mvP2 = [
  'Tessellate 4 requires Java 17 or later. The 3.x line, which supports Java 11, receives security fixes until the end of 2027.',
  'Binary compatibility is checked on every release, and breaking changes are made only in major versions.',
];
const mvH4 = 'Support';
const mvP3 = ['Questions and bug reports are welcome on the project’s issue tracker. Commercial support is available from Orrin Geodata.'];
const mvNav = ['Sign In', 'Search', 'Documentation', 'Publish'];
const mvCrumbs = ['io.orrin.tessellate', 'tessellate-core', '4.2.0'];
const mvHead = ['4.2.0', 'Published 12 days ago', 'Overview', 'Versions', 'Dependents', 'Dependencies'];
const mvSnip = ['Apache Maven', 'Gradle (short)', 'Gradle (Kotlin)', 'SBT', 'Ivy', 'Grape', 'Leiningen', 'Buildr', 'PURL', 'Copy'];
const mvMeta = [
  'Metadata',
  'License',
  'Apache-2.0',
  'Project URL',
  'https://tessellate.orrin.example',
  'Source Control',
  'github.com/orrin-geo/tessellate',
  'Developers',
  'Ingrid Solheim',
  'Orrin Geodata',
  'Bartholomew Nkemelu',
  'Size',
  '412 kB',
  'Total Versions',
  '38',
  'Vulnerabilities',
  'No known vulnerabilities',
  'View on OSS Index',
  'Browse',
  'Report a problem',
];
const mvCookie = [
  'This site uses cookies to improve your experience and for analytics. By continuing to use the site you agree to our cookie policy.',
  'Accept',
  'Cookie settings',
];
const mvFoot = ['Sonatype', 'About Central', 'Status', 'Terms of Service', 'Privacy Policy', 'Contact Support', '© 2027 Sonatype, Inc. All rights reserved.'];
const mvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Maven Central:
io.orrin.tessellate:tessellate-core:4.2.0</title>
<meta name="description" content="${mvDesc}"><meta property="og:title" content="Maven Central: io.orrin.tessellate:tessellate-core">
<link rel="canonical" href="https://central.sonatype.com/artifact/io.orrin.tessellate/tessellate-core"><link rel="stylesheet"
href="/_next/static/css/a1b2c3d4.css">
<script src="/_next/static/chunks/main-7a8b.js" defer></script><script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"namespace":"io.orrin.tessellate",
"name":"tessellate-core","version":"4.2.0"}},"page":"/artifact/[namespace]/[name]/[version]"}</script></head>
<body><div id="__next"><div class="app-layout"><header class="nx-page-header"><div class="nx-page-header__logo"><a href="/"><img alt="Sonatype Maven Central"
src="/maven-central-logo.svg"></a></div><div class="nx-page-header__search"><input class="nx-text-input" placeholder="Search artifacts"
aria-label="Search artifacts"></div>
<nav class="nx-page-header__links"><ul>${links(mvNav.slice(1))}</ul><button class="nx-btn nx-btn--primary">${mvNav[0]}</button></nav></header>
<main class="nx-page-main"><nav class="nx-breadcrumb" aria-label="breadcrumb"><ol>${links(mvCrumbs, 'nx-breadcrumb__item')}</ol></nav>
<div class="artifact-header"><h1 class="nx-h1">${mvTitle}</h1><div class="artifact-header__version"><label class="nx-label">Version</label>
<select class="nx-form-select" aria-label="Version"><option selected>${mvHead[0]}</option></select></div>
<p class="nx-p artifact-header__published"><time dateTime="2027-03-08T10:22:00Z">${mvHead[1]}</time></p>
<p class="nx-p artifact-header__description">${mvDesc}</p></div>
<div class="nx-tabs" role="tablist">${mvHead
  .slice(2)
  .map((t, i) => `<button role="tab" class="nx-tab${i === 0 ? ' active' : ''}">${t}</button>`)
  .join('')}</div>
<div class="artifact-page nx-grid"><div class="nx-grid-col nx-grid-col--66"><section class="nx-tile snippet-tile"><div class="nx-tab-list" role="tablist">
${mvSnip
  .slice(0, 9)
  .map((s, i) => `<button role="tab" aria-selected="${i === 0}" class="nx-tab">${s}</button>`)
  .join('')}</div>
<pre class="snippet"><code>&lt;dependency&gt;
    &lt;groupId&gt;io.orrin.tessellate&lt;/groupId&gt;
    &lt;artifactId&gt;tessellate-core&lt;/artifactId&gt;
    &lt;version&gt;4.2.0&lt;/version&gt;
&lt;/dependency&gt;</code></pre><button class="nx-btn nx-btn--tertiary">${mvSnip[9]}</button></section>
<section class="nx-tile readme-tile"><div class="markdown-body">
<h2>${mvH1}</h2>
${ps(mvP1)}
<h2>${mvH2}</h2>
<ul>${mvMods.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${mvH3}</h2>
${ps(mvP2)}
<h2>${mvH4}</h2>
${ps(mvP3)}
</div></section></div>
<aside class="nx-grid-col nx-grid-col--33"><section class="nx-tile metadata-tile"><h3 class="nx-h3">${mvMeta[0]}</h3><dl class="nx-read-only">
<dt>${mvMeta[1]}</dt><dd>${mvMeta[2]}</dd><dt>${mvMeta[3]}</dt><dd><a href="${mvMeta[4]}">${mvMeta[4]}</a></dd><dt>${mvMeta[5]}</dt><dd><a
href="https://${mvMeta[6]}">${mvMeta[6]}</a></dd>
<dt>${mvMeta[7]}</dt><dd><ul>${[8, 10].map((i) => `<li>${mvMeta[i]}<span class="dev-org">${mvMeta[9]}</span></li>`).join('')}</ul></dd>
<dt>${mvMeta[11]}</dt><dd>${mvMeta[12]}</dd><dt>${mvMeta[13]}</dt><dd>${mvMeta[14]}</dd></dl></section>
<section class="nx-tile vuln-tile"><h3 class="nx-h3">${mvMeta[15]}</h3><p class="nx-p">${mvMeta[16]}</p><a
href="https://ossindex.sonatype.org/component/pkg:maven/io.orrin.tessellate/tessellate-core@4.2.0">${mvMeta[17]}</a></section>
<section class="nx-tile"><ul>${links(mvMeta.slice(18))}</ul></section></aside></div></main>
<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>${mvCookie[0]}</p><button class="nx-btn">${mvCookie[1]}</button><button
class="nx-btn">${mvCookie[2]}</button></div>
<footer class="nx-footer"><ul>${links(mvFoot.slice(0, 6))}</ul><p>${mvFoot[6]}</p></footer></div></div></body></html>`;
export const mavenCentral: TestPage = {
  html: mvHtml,
  name: 'heldout226-maven-central-artifact',
  kind: 'docs',
  // the artifact name (h1) is the title and the POM description under it body; the published time is a byline; the
  // version, tabs, build-tool snippet tabs (the snippet itself is code, in neither list), metadata and vulnerability panels,
  // cookie banner and footer are furniture; "Overview" is both a tab and the README's first heading, so it is left out of
  // the furniture, as are "Support" and the version number that is also a breadcrumb
  title: mvTitle,
  headings: [mvH1, mvH2, mvH3, mvH4],
  body: texts([mvDesc, ...mvP1, ...mvMods, ...mvP2, ...mvP3]),
  bylines: [mvHead[1] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mvNav, mvCrumbs[0] ?? '', '4.2.0', 'Version', ...mvHead.slice(3), ...mvSnip, ...mvMeta.filter((m) => m !== 'Orrin Geodata'), ...mvCookie,
    ...mvFoot,
  ],
};
