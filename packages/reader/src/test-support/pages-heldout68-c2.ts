import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 68, file c2: a project documentation page built with MkDocs Material 9 (drawer and search toggles, the
 * announcement banner, header with logo, title topics, palette switch, search dialog and repository facts, navigation tabs,
 * the primary sidebar with nested sections and the page's table of contents copied in, the secondary "Table of contents"
 * sidebar, edit and view-source buttons, headerlinks (¶) on every heading, admonitions, content tabs, code blocks with
 * copy buttons, the git-revision dates, the feedback widget, "Back to top", previous / next footer links, the copyright
 * with "Made with Material for MkDocs", the hidden cookie consent form and the __config script).
 */
const mkTitle = 'Remote caching';
const mkH = ['How it works', 'Configuring a remote cache', 'Read-only clients', 'Troubleshooting'];
const mkIntro = [
  'Bramble can share build outputs between machines through a remote cache. When one developer or CI job builds a target, the ' +
    'result is uploaded, and anyone else who builds the same target with the same inputs downloads it instead of rebuilding.',
  'Remote caching is optional. Without it, Bramble still caches outputs locally in <code>~/.cache/bramble</code>, as described ' +
    'in <a href="../local-caching/">Local caching</a>.',
];
const mkNote = 'Remote caching requires Bramble 2.4 or later. Older clients ignore the <code>[cache.remote]</code> section.';
const mkHow = ['Before running a task, Bramble computes a cache key from everything that can affect its output:'];
const mkKey = [
  'the contents of every input file declared in the build file;',
  'the task’s command line and the environment variables listed under <code>env</code>;',
  'the cache keys of the task’s dependencies;',
  'the Bramble version and the target platform.',
];
const mkHow2 = [
  'If the remote cache already holds an entry for that key, Bramble downloads the outputs and skips the task. Otherwise it runs ' +
    'the task and, if uploads are enabled, stores the result.',
];
const mkConf = [
  'Add a <code>[cache.remote]</code> section to <code>bramble.toml</code> at the root of your workspace, or set the equivalent ' +
    'environment variables on machines where you cannot edit the file.',
];
const mkConf2 = [
  'The URL may point to any server that speaks the HTTP cache protocol, including an S3-compatible bucket behind the bundled ' +
    '<code>bramble-cache-proxy</code>.',
];
const mkRo = [
  'On developer laptops it is usually safer to download from the cache without uploading to it, so that a build with ' +
    'uncommitted changes never pollutes the shared cache. Set <code>upload = false</code> on those machines and let CI be the ' +
    'only writer.',
];
const mkWarn =
  'Never share a cache between builds that use different toolchain versions unless the toolchain is declared as an input. ' +
  'Bramble cannot detect an undeclared compiler upgrade, and may serve outputs built with the old one.';
const mkTrouble = [
  'Run a build with <code>--explain-cache</code> to print, for each task, whether it was a local hit, a remote hit or a miss, and ' +
    'which input changed the key. The most common causes of unexpected misses are:',
];
const mkMiss = [
  'absolute paths in generated files, which differ between machines;',
  'timestamps written into outputs;',
  'environment variables that are read by a tool but not listed under <code>env</code>.',
];
const mkToml = `<span class="k">[cache.remote]</span>
<span class="n">url</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span
class="s2">"https://cache.example.internal/bramble"</span>
<span class="n">upload</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="kc">true</span>
<span class="n">timeout</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"30s"</span>`;
const mkEnv = `<span class="nb">export</span><span class="w"> </span><span class="nv">BRAMBLE_CACHE_URL</span><span
class="o">=</span>https://cache.example.internal/bramble
<span class="nb">export</span><span class="w"> </span><span class="nv">BRAMBLE_CACHE_UPLOAD</span><span class="o">=</span><span class="nb">true</span>`;
const mkTabs = ['Home', 'Getting started', 'User guide', 'Reference', 'Blog'];
const mkNav: [string, string[]][] = [
  ['Getting started', ['Installation', 'Your first build']],
  ['User guide', ['Build files', 'Tasks and targets', 'Local caching', 'Remote caching', 'Watch mode']],
  ['Reference', ['Command line', 'Configuration', 'Changelog']],
];
const mkNavOut = ['Getting started', 'User guide', 'Reference', 'Local caching', 'Command line', mkTitle];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const hl = (t: string): string => `${t}<a class="headerlink" href="#${slug(t)}" title="Permanent link">¶</a>`;
const tocItems = mkH.map((h) => `<li class="md-nav__item"><a href="#${slug(h)}" class="md-nav__link"><span class="md-ellipsis">${h}</span></a></li>`).join('');
const toc = `<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon
md-icon"></span>Table of contents</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${tocItems}</ul></nav>`;
const navItem = (t: string): string =>
  t === mkTitle
    ? `<li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc"><label class="md-nav__link
md-nav__link--active" for="__toc"><span class="md-ellipsis">${t}</span></label><a href="./" class="md-nav__link md-nav__link--active"><span
class="md-ellipsis">${t}</span></a>${toc}</li>`
    : `<li class="md-nav__item"><a href="../${slug(t)}/" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`;
const adm = (kind: string, label: string, text: string): string =>
  `<div class="admonition ${kind}"><p class="admonition-title">${label}</p><p>${text}</p></div>`;
const code = (lang: string, n: number, body: string): string =>
  `<div class="language-${lang} highlight"><pre><span></span><button class="md-clipboard md-icon" title="Copy to clipboard" ` +
  `data-clipboard-target="#__code_${n} > code"></button><code id="__code_${n}">${body}</code></pre></div>`;
const mkHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Fast, reproducible builds for polyglot repositories"><link rel="canonical"
href="https://bramble.example.dev/guide/remote-caching/">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.14"><title>${mkTitle} - Bramble</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.342714a4.min.css"><script>__md_scope=new URL("../..",location),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="teal">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#remote-caching" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">Bramble 3.0 is out! Read the
<a href="../../blog/bramble-3/">release notes</a>.</div></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Bramble" class="md-header__button md-logo" aria-label="Bramble" data-md-component="logo"><img src="../../assets/logo.svg" alt="logo"></a>
<label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"></svg></label>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">
Bramble</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${mkTitle}</span></div></div></div>
<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="(prefers-color-scheme: light)"
aria-label="Switch to dark mode" type="radio" name="__palette" id="__palette_0"><label class="md-header__button md-icon" title="Switch to dark mode"
for="__palette_1" hidden><svg></svg></label></form><label class="md-header__button md-icon" for="__search"></label>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search"
placeholder="Search" autocomplete="off" required><label class="md-search__icon md-icon" for="__search"></label><nav class="md-search__options"
aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear" tabindex="-1"></button></nav></form>
<div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0"><div class="md-search-result" data-md-component="search-result">
<div class="md-search-result__meta">Initializing search</div><ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.com/bramble-build/bramble" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__icon md-icon"><svg></svg></div><div class="md-source__repository">bramble-build/bramble<ul class="md-source__facts">
<li class="md-source__fact md-source__fact--version">v3.0.2</li><li class="md-source__fact md-source__fact--stars">4.8k</li>
<li class="md-source__fact md-source__fact--forks">312</li></ul></div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${mkTabs
  .map((t) => `<li class="md-tabs__item${t === 'User guide' ? ' md-tabs__item--active' : ''}"><a href="../${slug(t)}/" class="md-tabs__link">${t}</a></li>`)
  .join('')}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner"><nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title"
for="__drawer"><a href="../.." class="md-nav__button md-logo">Bramble</a>Bramble</label><ul class="md-nav__list" data-md-scrollfix>
<li class="md-nav__item"><a href="../.." class="md-nav__link"><span class="md-ellipsis">Home</span></a></li>
${mkNav
  .map(
    ([sec, items], i) => `<li class="md-nav__item md-nav__item--section md-nav__item--nested"><input class="md-nav__toggle md-toggle" type="checkbox"
id="__nav_${i + 2}" checked><label class="md-nav__link" for="__nav_${i + 2}"><span class="md-ellipsis">${sec}</span></label><nav class="md-nav"
data-md-level="1" aria-expanded="true"><ul class="md-nav__list">${items.map(navItem).join('\n')}</ul></nav></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">${toc}</div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.com/bramble-build/bramble/edit/main/docs/guide/remote-caching.md" title="Edit this page" class="md-content__button
md-icon"><svg></svg></a>
<a href="https://github.com/bramble-build/bramble/raw/main/docs/guide/remote-caching.md" title="View source of this page" class="md-content__button
md-icon"></a>
<h1 id="remote-caching">${hl(mkTitle)}</h1>
${mkIntro.map((p) => `<p>${p}</p>`).join('\n')}
${adm('note', 'Note', mkNote)}
<h2 id="how-it-works">${hl(mkH[0] ?? '')}</h2>
<p>${mkHow[0]}</p>
<ul>
${mkKey.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${mkHow2[0]}</p>
<h2 id="configuring-a-remote-cache">${hl(mkH[1] ?? '')}</h2>
<p>${mkConf[0]}</p>
<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio"><input
id="__tabbed_1_2" name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">bramble.toml</label><label
for="__tabbed_1_2">Environment variables</label></div><div class="tabbed-content"><div class="tabbed-block">${code('toml', 0, mkToml)}</div>
<div class="tabbed-block">${code('bash', 1, mkEnv)}</div></div></div>
<p>${mkConf2[0]}</p>
<h3 id="read-only-clients">${hl(mkH[2] ?? '')}</h3>
<p>${mkRo[0]}</p>
${adm('warning', 'Warning', mkWarn)}
<h2 id="troubleshooting">${hl(mkH[3] ?? '')}</h2>
<p>${mkTrouble[0]}</p>
<ul>
${mkMiss.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg></svg></span><span
class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="October 2, 2025 14:31:07">October 2, 2025</span></span>
<span class="md-source-file__fact"><span class="md-icon" title="Created"><svg></svg></span><span class="git-revision-date-localized-plugin
git-revision-date-localized-plugin-date" title="March 11, 2024 09:02:55">March 11, 2024</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div
class="md-feedback__inner"><div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful"
data-md-value="1"></button><button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"></button>
</div><div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div><div data-md-value="0" hidden>Thanks! Tell us
what was missing in the <a href="https://github.com/bramble-build/bramble/discussions">Bramble discussions</a>.</div></div></div></fieldset></form>
</article></div></div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden><svg></svg> Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../local-caching/" class="md-footer__link
md-footer__link--prev" aria-label="Previous: Local caching"><div class="md-footer__button md-icon"><svg></svg></div><div class="md-footer__title">
<span class="md-footer__direction">Previous</span><div class="md-ellipsis">Local caching</div></div></a><a href="../watch-mode/" class="md-footer__link
md-footer__link--next" aria-label="Next: Watch mode"><div class="md-footer__title"><span class="md-footer__direction">Next</span><div
class="md-ellipsis">Watch mode</div></div><div class="md-footer__button md-icon"><svg></svg></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">
Copyright © 2022–2025 The Bramble authors</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material
for MkDocs</a></div><div class="md-social"><a href="https://github.com/bramble-build" target="_blank" rel="noopener" title="github.com"
class="md-social__link"><svg></svg></a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner"><form
class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4><p>We use cookies to see which pages are read and which searches
find nothing, so that we can improve these docs.</p><div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button>
<button type="reset" class="md-button">Reject</button><label class="md-button" for="__settings">Manage settings</label></div></form></aside></div>
<script id="__config" type="application/json">{"base": "../..", "features": ["navigation.tabs",
"navigation.sections", "content.code.copy", "content.tabs.link"],
"translations": {"clipboard.copied": "Copied to clipboard", "clipboard.copy": "Copy to clipboard", "search.result.none": "No matching documents"}}</script>
<script src="../../assets/javascripts/bundle.13a4f30d.min.js"></script></body></html>`;
export const mkdocsPage: TestPage = {
  html: mkHtml,
  name: 'heldout68-mkdocs-material',
  kind: 'docs',
  // the h1 is the title, the three h2s and the h3 the headings (their "¶" headerlinks in neither); the admonitions' texts are
  // body, their "Note" and "Warning" labels in neither; the code blocks (TOML, shell) are in neither; the two git-revision dates
  // are the page's date lines: bylines; the banner, header, search, repository facts, tabs, the primary nav, the table of
  // contents (its entries repeat the headings: left out, "Table of contents" kept), feedback widget, "Back to top", footer
  // links, copyright, "Made with Material for MkDocs" and the hidden consent form are furniture; the content tabs' labels
  // ("bramble.toml", "Environment variables"), the nav's "Command line" and the nav's and footer's "Local caching" are body
  // words: left out
  title: mkTitle,
  headings: mkH,
  body: [
    ...texts(mkIntro),
    ...texts([mkNote]),
    ...texts(mkHow),
    ...texts(mkKey),
    ...mkHow2,
    ...texts(mkConf),
    ...texts(mkConf2),
    ...texts(mkRo),
    mkWarn,
    ...texts(mkTrouble),
    ...texts(mkMiss),
  ],
  bylines: ['October 2, 2025', 'March 11, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bramble 3.0 is out! Read the release notes.', 'Initializing search', 'bramble-build/bramble', 'v3.0.2', '4.8k', '312',
    ...mkTabs, ...mkNav.flatMap(([s, items]) => [s, ...items]).filter((t) => !mkNavOut.includes(t)),
    'Table of contents', 'Was this page helpful?', 'Thanks for your feedback!', 'Thanks! Tell us what was missing in the Bramble discussions.',
    'Back to top', 'Previous', 'Next', 'Copyright © 2022–2025 The Bramble authors', 'Made with Material for MkDocs', 'Cookie consent',
    'We use cookies to see which pages are read and which searches find nothing, so that we can improve these docs.', 'Accept', 'Reject',
    'Manage settings',
  ],
};
