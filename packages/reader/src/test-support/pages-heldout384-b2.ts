import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file b2: a JetBrains Marketplace plugin page as the Nuxt/Vue frontend saves it (data-v attributes,
 * wt- design-system classes): the marketplace header, breadcrumbs, plugin header with vendor, downloads, rating and the
 * "Get" button, the Overview / Versions / Reviews tabs, the plugin description with its own h2 sections, the "What's New"
 * block, the Additional Information side panel, tags, "More plugins by the vendor", and the JetBrains footer.
 */
const bTitle = 'Sparrow SQL Formatter';
const bIntro = [
  j(
    'Sparrow formats SQL the way a careful person would by hand: keywords lined up on the left, one column per line in long',
    'select lists, and joins indented under the table they belong to. It works on standalone <code>.sql</code> files and on SQL',
    'strings embedded in Java, Kotlin and Python code.',
  ),
];
const bWhy = [
  j(
    'The built-in formatter is good at keeping code tidy, but teams that review a lot of SQL often want stricter rules: the same',
    'casing everywhere, commas at the start of the line and no query longer than a screen without a break. Sparrow adds a single',
    'settings page for those rules and applies them with the usual Reformat Code action.',
  ),
];
const bFeat = [
  'Dialect-aware formatting for PostgreSQL, MySQL, SQLite, SQL Server and BigQuery.',
  'Leading or trailing commas, upper or lower case keywords, and a maximum line width per project.',
  'Formatting of SQL inside string literals and text blocks, keeping the indentation of the host language.',
  'A preview pane that shows how the current rules change a sample query before you apply them.',
  'Team profiles stored in <code>.sparrow.toml</code> at the project root, so every developer formats the same way.',
];
const bStart = [
  j(
    'After installation open <em>Settings | Editor | Code Style | Sparrow SQL</em> and pick one of the three starting profiles:',
    'Compact, Readable or Review. Adjust the rules you care about, then press Ctrl+Alt+L in any SQL file.',
  ),
  'To format an embedded query, put the caret inside the string and choose <em>Sparrow: Format Injected SQL</em> from the Alt+Enter menu.',
];
const bTeam = [
  j(
    'A team profile is a short TOML file that lists the dialect, the keyword case, the comma style and the line width. Commit it',
    'with the project and Sparrow picks it up for everyone who opens the code, overriding personal settings for that project only.',
  ),
  j(
    'Profiles can also be checked on a build server. The bundled command-line runner reports every file whose SQL would change,',
    'so a pipeline can fail before an unformatted migration reaches review.',
  ),
];
const bNew = [
  'Support for BigQuery <code>QUALIFY</code> clauses and backtick identifiers.',
  'Window functions are now broken after <code>PARTITION BY</code> when the line is too long.',
  'Fixed a freeze when formatting files with more than 10,000 statements.',
];
const bNav = ['IDEs', '.NET & Visual Studio', 'Team Tools', 'Education', 'Plugins', 'Themes', 'Docs'];
const bTags = ['SQL Tools', 'Code Formatter', 'Database', 'Code Styles'];
const bMore = ['Sparrow CSV Viewer', 'Sparrow Migration Helper'];
const bFoot = ['Terms of Use', 'Privacy Policy', 'Contact us', 'Marketplace Blog', 'Developer Portal', 'Marketplace Status'];
const v = 'data-v-3f1c9a2e';
const bHtml = `<!doctype html><html lang="en" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>
<title data-n-head="ssr">${bTitle} - IntelliJ IDEs Plugin | Marketplace</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="Formats SQL files and embedded SQL strings with strict, shareable rules.">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="${bTitle} - IntelliJ IDEs Plugin | Marketplace">
<link data-n-head="ssr" rel="canonical" href="https://plugins.jetbrains.com/plugin/24517-sparrow-sql-formatter">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${bTitle}",
"applicationCategory":"DeveloperApplication","author":{"@type":"Organization","name":"Sparrow Devtools"},"softwareVersion":"2.6.0"}</script>
<link rel="preload" href="/_nuxt/app.4c1e8a.js" as="script"><link rel="stylesheet" href="/_nuxt/css/5d7b1f.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div ${v} class="page-wrapper">
<header ${v} class="marketplace-header wt-container"><a ${v} href="/" class="marketplace-header__logo">JetBrains Marketplace</a>
<nav ${v} class="marketplace-header__nav"><ul ${v} class="wt-row">${links(bNav, 'marketplace-header__item')}</ul></nav>
<div ${v} class="marketplace-header__right"><input ${v} type="search" placeholder="Search plugins" class="wt-input">
<a ${v} href="/author/me" class="wt-button wt-button_mode_outline">Sign In</a></div></header>
<main ${v} class="plugin-page wt-container"><nav ${v} aria-label="Breadcrumbs" class="wt-breadcrumbs"><a href="/">Marketplace</a> /
<a href="/search?products=idea">IntelliJ IDEA</a> / <span>Plugins</span></nav>
<div ${v} class="plugin-header wt-row"><img ${v} src="/files/24517/icon/pluginIcon.svg" alt="" class="plugin-icon">
<div ${v} class="plugin-header__info wt-col-inline"><h1 ${v} class="wt-h1 plugin-header__name">${bTitle}</h1>
<div ${v} class="plugin-header__meta wt-text-2"><a ${v} href="/vendor/sparrow-devtools" class="plugin-vendor">Sparrow Devtools</a>
<span ${v} class="plugin-header__downloads">48.3K Downloads</span><span ${v} class="plugin-header__rating">4.5</span>
<span ${v} class="plugin-header__paid">Free</span></div></div>
<div ${v} class="plugin-header__actions"><button ${v} class="wt-button wt-button_mode_primary">Get</button>
<span ${v} class="wt-text-3 plugin-header__compat">Compatible with IntelliJ IDEA, DataGrip, PyCharm and 9 more</span></div></div>
<div ${v} role="tablist" class="wt-tabs plugin-tabs"><a ${v} role="tab" aria-selected="true" class="wt-tabs__item">Overview</a>
<a ${v} role="tab" class="wt-tabs__item">Versions</a><a ${v} role="tab" class="wt-tabs__item">Reviews</a></div>
<div ${v} class="wt-row plugin-content"><div ${v} class="wt-col-8 plugin-tab-content">
<div ${v} class="plugin-gallery"><img src="/files/24517/screenshot_a1.png" alt="">
<p ${v} class="plugin-gallery__caption wt-text-3">Review profile applied to a reporting query</p></div>
<div ${v} class="plugin-info__description wt-text-1"><div class="wt-markdown">
${ps(bIntro)}
<h2>Why Sparrow</h2>${ps(bWhy)}
<h2>What it does</h2><ul>${bFeat.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<h2>Getting started</h2>${ps(bStart)}
<h2>Team profiles</h2>${ps(bTeam)}
</div></div>
<section ${v} class="plugin-whats-new"><h2 ${v} class="wt-h3">What’s New</h2><div class="wt-markdown"><h3>2.6.0</h3>
<ul>${bNew.map((f) => `<li>${f}</li>`).join('\n')}</ul></div><a ${v} href="/plugin/24517-sparrow-sql-formatter/versions">Version History</a></section>
<section ${v} class="plugin-reviews-preview"><h2 ${v} class="wt-h3">Rating &amp; Reviews</h2><div ${v} class="rating-summary">4.5 <span>(63 ratings)</span>
</div>
<div ${v} class="review-card"><span class="review-card__author">Maelle Quint</span><span class="review-card__date">Jan 28, 2026</span>
<p>Finally our pull requests stopped arguing about comma placement. The team profile file is the best part.</p></div>
<a ${v} href="/plugin/24517-sparrow-sql-formatter/reviews">See all reviews</a></section></div>
<aside ${v} class="wt-col-4 plugin-sidebar"><section ${v} class="plugin-additional-info"><h3 ${v} class="wt-h4">Additional Information</h3>
<dl ${v}><dt>Vendor</dt><dd><a href="/vendor/sparrow-devtools">Sparrow Devtools</a></dd><dt>Plugin ID</dt><dd>dev.sparrow.sqlformatter</dd>
<dt>Version</dt><dd>2.6.0</dd><dt>Updated</dt><dd>Feb 03, 2026</dd><dt>Size</dt><dd>1.42 MB</dd><dt>Compatibility Range</dt><dd>2024.2 — 2026.1</dd></dl>
<ul ${v} class="plugin-links">${links(['Source Code', 'Issue Tracker', 'Documentation', 'License'])}</ul></section>
<section ${v} class="plugin-tags"><h3 ${v} class="wt-h4">Tags</h3><ul>${links(bTags, 'wt-tag')}</ul></section>
<section ${v} class="plugin-more"><h3 ${v} class="wt-h4">More plugins by Sparrow Devtools</h3><ul>${links(bMore)}</ul></section></aside></div></main>
<footer ${v} class="marketplace-footer wt-container"><ul ${v}>${links(bFoot)}</ul><p ${v} class="wt-text-3">Copyright © 2000–2026 JetBrains s.r.o.</p>
</footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{plugin:{id:24517,name:a,vendor:b}}],state:{}}}("${bTitle}","Sparrow Devtools"));</script>
<script src="/_nuxt/app.4c1e8a.js" defer></script></body></html>`;
export const jetbrainsPlugin: TestPage = {
  name: 'heldout384-jetbrains-marketplace-plugin',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Why Sparrow', 'What it does', 'Getting started', 'Team profiles'],
  body: texts([...bIntro, ...bWhy, ...bFeat, ...bStart, ...bTeam]),
  bylines: ['Sparrow Devtools', 'Feb 03, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JetBrains Marketplace', ...bNav, 'Sign In', 'Marketplace', 'IntelliJ IDEA', '48.3K Downloads', 'Free', 'Get',
    'Compatible with IntelliJ IDEA, DataGrip, PyCharm and 9 more', 'Overview', 'Versions', 'Reviews', 'Review profile applied to a reporting query',
    'What’s New', '2.6.0', ...texts(bNew), 'Version History', 'Rating & Reviews', '(63 ratings)', 'Maelle Quint', 'Jan 28, 2026',
    'Finally our pull requests stopped arguing about comma placement. The team profile file is the best part.', 'See all reviews',
    'Additional Information', 'Vendor', 'Plugin ID', 'dev.sparrow.sqlformatter', 'Version', 'Updated', 'Size', '1.42 MB', 'Compatibility Range',
    '2024.2 — 2026.1', 'Source Code', 'Issue Tracker', 'Documentation', 'License', 'Tags', ...bTags, 'More plugins by Sparrow Devtools', ...bMore, ...bFoot,
    'Copyright © 2000–2026 JetBrains s.r.o.',
  ],
};
