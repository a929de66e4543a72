import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file c2: a Maven Central (Central Portal) artifact page as saved from its Next.js app, a data page
 * whose main text is short (header with search and sign-in, breadcrumb of namespace / artifact / version, the artifact
 * heading, the Overview / Versions / Dependencies / Dependents tabs, the POM description, the build-tool snippet box, the
 * metadata panel with published date, PURL, licence, size, links and developers, the cookie bar and the footer).
 */
const vTitle = 'tallow-json';
const vDesc = [
  j(
    'Tallow JSON binds JSON documents to Java records and sealed interfaces without reflection at run time. An annotation',
    'processor generates a reader and a writer for every record in your build, so start-up stays fast and the binder works',
    'unchanged in native images.',
  ),
  j(
    'The streaming reader never holds more than one nesting level in memory, which makes it suitable for multi-gigabyte',
    'exports. Unknown fields are skipped by default and can be collected into a map with one annotation.',
  ),
];
const vNav = ['Search', 'Documentation', 'Publish', 'Sign In'];
const vCrumbs = ['com.tallowfield', 'tallow-json', '3.2.0'];
const vTabs = ['Overview', 'Versions', 'Dependencies (4)', 'Dependents (57)'];
const vTools = [
  'Apache Maven',
  'Gradle (short)',
  'Gradle (Kotlin)',
  'SBT',
  'Ivy',
  'Grape',
  'Leiningen',
  'Apache Buildr',
  'Maven Central Badge',
  'PURL',
  'Bazel',
];
const vFoot = ['Privacy Policy', 'Terms of Service', 'Status', 'Help', 'Documentation'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Maven Central: com.tallowfield:tallow-json:3.2.0</title><meta name="description" content="Discover tallow-json in the com.tallowfield namespace.">
<meta property="og:title" content="Maven Central: com.tallowfield:tallow-json"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/7c1e02ab.css" as="style"><link rel="stylesheet" href="/_next/static/css/7c1e02ab.css" data-n-g="">
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-9b3d.js" defer></script><script src="/_next/static/chunks/pages/artifact-e21f.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"tallow-json","version":"3.2.0"}</script></head>
<body><div id="__next"><div class="MuiBox-root css-k008qs"><header class="MuiAppBar-root css-1n0j6yu" data-test="header">
<a href="/" class="css-1vgdsz0" aria-label="Maven Central home"><span class="css-g1k2l8">Maven Central</span></a>
<div class="css-15h1gyl"><input type="text" placeholder="Search artifacts" aria-label="Search artifacts" class="MuiInputBase-input css-1uvydh2"></div>
<nav class="css-1p2a5fx">${links(vNav, 'css-1ku6ubk')}</nav></header>
<main class="MuiContainer-root css-1qsxih2"><nav aria-label="breadcrumb" class="MuiBreadcrumbs-root css-1xyvj4y"><ol class="MuiBreadcrumbs-ol">
${links(vCrumbs, 'MuiBreadcrumbs-li')}</ol></nav>
<div class="css-1f8eap5" data-test="component-header"><h1 class="MuiTypography-root MuiTypography-h4 css-1hr3eno">${vTitle}</h1>
<span class="MuiChip-label css-14vsv3w">3.2.0</span><span class="MuiTypography-caption css-1vd5k6l" data-test="published">Published 3 weeks ago</span></div>
<div class="MuiTabs-root css-1ilzlbi"><div role="tablist" class="MuiTabs-flexContainer">
${vTabs.map((t) => `<button role="tab" class="MuiButtonBase-root MuiTab-root css-1tbzhc5" type="button">${t}</button>`).join('\n')}</div></div>
<div class="MuiGrid-root MuiGrid-container css-v3z1wi"><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-8 css-1aydjpb" data-test="overview">
<div class="css-10ekrkl" data-test="component-description">
${ps(vDesc, ' class="MuiTypography-root MuiTypography-body1 css-1b2jkl1"')}
</div>
<div class="MuiPaper-root css-1t1v58w" data-test="snippets"><h2 class="MuiTypography-h6 css-1eb0xjg">Snippets</h2>
<ul class="css-1jgv2gt">${lis(vTools, 'css-5o8qzi')}</ul>
<pre class="css-1e0t0q5"><code>&lt;dependency&gt;
    &lt;groupId&gt;com.tallowfield&lt;/groupId&gt;
    &lt;artifactId&gt;tallow-json&lt;/artifactId&gt;
    &lt;version&gt;3.2.0&lt;/version&gt;
&lt;/dependency&gt;</code></pre><button type="button" class="MuiButton-root css-79elbk">Copy to clipboard</button></div></div>
<aside class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4 css-14ybvol" data-test="metadata"><h2 class="MuiTypography-h6 css-1eb0xjg">Metadata</h2>
<dl class="css-1lo4r9p"><dt>Namespace</dt><dd>com.tallowfield</dd><dt>PURL</dt><dd>pkg:maven/com.tallowfield/tallow-json@3.2.0</dd>
<dt>License</dt><dd>Apache-2.0</dd><dt>Size</dt><dd>212.6 KB</dd><dt>Source code</dt><dd><a href="https://github.example/tallowfield/tallow">
github.com/tallowfield/tallow</a></dd><dt>Project url</dt><dd><a href="https://tallowfield.example">tallowfield.io</a></dd></dl>
<h2 class="MuiTypography-h6 css-1eb0xjg">Developers</h2><ul class="css-1m0l2xp"><li>Hedda Strand</li><li>Rafael Quintanar</li></ul>
<h2 class="MuiTypography-h6 css-1eb0xjg">Ranking</h2><p class="css-1ex0n9o">Most used by 57 components</p>
<h2 class="MuiTypography-h6 css-1eb0xjg">Vulnerabilities</h2><p class="css-1ex0n9o">No known vulnerabilities in this version</p></aside></div></main>
<footer class="MuiBox-root css-1c4b5ph"><ul class="css-12b0s9i">${links(vFoot)}</ul>
<p class="MuiTypography-caption">Copyright © 2026 Sonatype, Inc. All rights reserved.</p></footer></div>
<div class="MuiSnackbar-root css-1ozswge" role="presentation"><div class="MuiPaper-root MuiSnackbarContent-root" role="alert">
<div class="MuiSnackbarContent-message">This site uses cookies to remember your settings and to measure traffic.</div>
<div class="MuiSnackbarContent-action"><button type="button" class="MuiButton-root">Accept</button><button type="button" class="MuiButton-root">Decline</button>
</div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"namespace":"com.tallowfield","name":"tallow-json","version":"3.2.0",
"description":"Tallow JSON binds JSON documents to Java records"}},"page":"/artifact/[namespace]/[name]/[version]","isFallback":false}</script>
</body></html>`;
export const maven: TestPage = {
  name: 'heldout394-maven-central-artifact',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts(vDesc),
  bylines: ['Published 3 weeks ago', 'Hedda Strand', 'Rafael Quintanar'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Maven Central', ...vNav, 'com.tallowfield', '3.2.0', ...vTabs, 'Snippets', ...vTools, 'Copy to clipboard', 'Metadata', 'Namespace',
    'pkg:maven/com.tallowfield/tallow-json@3.2.0', 'License', 'Apache-2.0', 'Size', '212.6 KB', 'Source code', 'github.com/tallowfield/tallow',
    'Project url', 'tallowfield.io', 'Developers', 'Ranking', 'Most used by 57 components', 'Vulnerabilities', 'No known vulnerabilities in this version',
    'Privacy Policy', 'Terms of Service', 'Status', 'Help', 'Copyright © 2026 Sonatype, Inc. All rights reserved.',
    'This site uses cookies to remember your settings and to measure traffic.', 'Accept', 'Decline',
  ],
};
