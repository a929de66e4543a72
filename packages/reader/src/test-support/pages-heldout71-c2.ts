import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 71, file c2: a Python library's user-guide page built by MkDocs Material 9 (skip link, header with site and
 * page topic, palette toggle, the search dialog with "Initializing search", repository link, tabs, the primary navigation
 * with its nested "User guide" section and the integrated table of contents, the secondary "Table of contents" rail,
 * "Edit this page", headings with "¶" permalinks, admonitions, content tabs with "Sync"/"Async" labels, code blocks with
 * line anchors, an options table, the "Last update" fact, the hidden feedback form inside the article, "Back to top",
 * previous/next footer links and the "Made with Material for MkDocs" line).
 */
const mkTitle = 'Rate limits';
const mk1 = [
  'Many APIs limit how many requests a client may send in a given period, and answer with <code>429 Too Many Requests</code> ' +
    'when you go over. Quayside can keep your client under a limit before the server has to tell you, and can wait and retry ' +
    'when the server does.',
  'This page shows how to set a limit on a client, how to give different hosts different limits, and how Quayside treats ' + '<code>429</code> responses.',
];
const mkH1 = 'Setting a limit';
const mk2 = ['Pass a <code>RateLimit</code> to the client. The limit is a number of requests per period, and the period is given in seconds:'];
const mk3 = [
  'Requests that would go over the limit wait until a slot is free, instead of failing. Waiting happens in the calling task, ' +
    'so other tasks keep running while one request waits for its turn.',
];
const mkNote = ['The limit counts requests when they are sent, not when their responses arrive. A slow server does not free up slots any sooner.'];
const mkH2 = 'Per-host limits';
const mk4 = [
  'A single client often talks to several services with different rules. Give <code>limits</code> a mapping from host names to ' +
    'limits, and use the special key <code>"*"</code> for every other host:',
];
const mk5 = [
  'Host names are matched exactly, without the port. A host that is not in the mapping and has no <code>"*"</code> entry is not ' + 'limited at all.',
];
const mkH3 = 'Handling 429 responses';
const mk6 = [
  'When a server answers <code>429</code> anyway, Quayside reads its <code>Retry-After</code> header, waits that long and sends ' +
    'the request again. Each retry counts against the client’s retry budget, described in <a href="../retries/">Retries</a>.',
  'If the header is missing, the client waits for one full period of the matching limit before trying again. You can change ' + 'this with the options below.',
];
const mkWarn = [
  'Some servers send very long <code>Retry-After</code> values after repeated abuse. Set <code>max_wait</code> so that a single ' +
    'response cannot stall your program for hours.',
];
const mkH4 = 'Options';
const mkRows = [
  ['<code>requests</code>', 'Number of requests allowed in each period.', '(required)'],
  ['<code>per</code>', 'Length of the period in seconds.', '<code>1.0</code>'],
  ['<code>burst</code>', 'Extra requests allowed at once after an idle spell.', '<code>0</code>'],
  ['<code>max_wait</code>', 'Longest time, in seconds, to wait for a slot or a <code>Retry-After</code> delay.', '<code>60.0</code>'],
  ['<code>respect_retry_after</code>', 'Whether to obey the server’s <code>Retry-After</code> header.', '<code>True</code>'],
];
const mkTabs = ['Sync', 'Async'];
const mkNav = ['Home', 'User guide', 'API reference', 'Changelog'];
const mkGuide = ['Installation', 'Quickstart', 'Sessions', 'Retries', 'Rate limits', 'Testing', 'Logging'];
const mkFeedback = ['Was this page helpful?', 'Thanks for your feedback!', 'Thanks for your feedback! Help us improve this page by using our feedback form.'];
const mkBanner = 'Quayside 2.0 is out! Read the <a href="/changelog/">release notes</a>.';
const mkConsent = [
  'Cookie consent',
  'We use cookies to remember your settings and to learn which pages people find and whether they help. With your consent, you help us improve these docs.',
  'Accept',
  'Reject',
  'Manage settings',
];
const code = (id: number, lines: readonly string[]): string =>
  `<div class="language-python highlight"><pre><span></span><code>${lines
    .map((l, i) => `<a id="__codelineno-${id}-${i + 1}" name="__codelineno-${id}-${i + 1}" href="#__codelineno-${id}-${i + 1}"></a>${l}`)
    .join('\n')}\n</code></pre><button class="md-clipboard md-icon" title="Copy to clipboard" data-clipboard-target="#__code_${id} > code"></button></div>`;
const hl = (id: string, t: string): string => `<h2 id="${id}">${t}<a class="headerlink" href="#${id}" title="Permanent link">¶</a></h2>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const navItem = (t: string): string =>
  t === mkTitle
    ? `<li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">
<label class="md-nav__link md-nav__link--active" for="__toc"><span class="md-ellipsis">${t}</span><span class="md-nav__icon md-icon"></span></label>
<a href="./" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">${t}</span></a>
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span
class="md-nav__icon md-icon"></span>Table of contents
</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${toc()}</ul></nav></li>`
    : `<li class="md-nav__item"><a href="../${t.toLowerCase()}/" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`;
const toc = (): string =>
  [mkH1, mkH2, mkH3, mkH4]
    .map(
      (t) => `<li class="md-nav__item"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="md-nav__link"><span class="md-ellipsis">${t}</span>
</a></li>`,
    )
    .join('\n');
const sp = (c: string, t: string): string => `<span class="${c}">${t}</span>`;
const rl = (n: string, rest = ''): string => `${sp('n', 'quayside')}${sp('o', '.')}${sp('n', 'RateLimit')}${sp('p', '(')}${sp('mi', n)}${rest}${sp('p', ')')}`;
const codeSync = [
  `${sp('kn', 'import')} ${sp('nn', 'quayside')}`,
  `${sp('n', 'client')} ${sp('o', '=')} ${sp('n', 'quayside')}${sp('o', '.')}${sp('n', 'Client')}${sp('p', '(')}`,
  `    ${sp('n', 'limit')}${sp('o', '=')}${rl('10', `${sp('p', ',')} ${sp('n', 'per')}${sp('o', '=')}${sp('mf', '1.0')}`)}`,
  sp('p', ')'),
];
const codeAsync = [
  `${sp('n', 'client')} ${sp('o', '=')}
${sp('n', 'quayside')}${sp('o', '.')}${sp('n', 'AsyncClient')}${sp('p', '(')}${sp('n', 'limit')}${sp('o', '=')}${rl('10')}${sp('p', ')')}`,
];
const codeHosts = [
  `${sp('n', 'client')} ${sp('o', '=')}
${sp('n', 'quayside')}${sp('o', '.')}${sp('n', 'Client')}${sp('p', '(')}${sp('n', 'limits')}${sp('o', '=')}${sp('p', '{')}`,
  `    ${sp('s2', '"api.tidewater.example"')}${sp('p', ':')} ${rl('5')}${sp('p', ',')}`,
  `    ${sp('s2', '"*"')}${sp('p', ':')} ${rl('50')}${sp('p', ',')}`,
  sp('p', '})'),
];
const mkHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="An HTTP client for Python with retries and rate limits built in."><link href="https://quayside.dev/guide/rate-limits/"
rel="canonical">
<link rel="prev" href="../retries/"><link rel="next" href="../testing/"><link rel="icon" href="../../assets/images/favicon.png">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.50"><title>Rate limits - Quayside</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.6f8fc17f.min.css"><link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("../..",location),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="teal">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#rate-limits" class="md-skip">Skip to content</a></div><div data-md-component="announce"><aside class="md-banner">
<div class="md-banner__inner md-grid md-typeset"><button class="md-banner__button md-icon"
aria-label="Don't show this again"></button>${mkBanner}</div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Quayside" class="md-header__button md-logo" aria-label="Quayside" data-md-component="logo"><img src="../../assets/logo.svg"
alt="logo"></a>
<label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"></svg></label>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span
class="md-ellipsis">Quayside</span>
</div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${mkTitle}</span></div></div></div>
<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="" data-md-color-scheme="default"
aria-label="Switch to dark mode" type="radio" name="__palette" id="__palette_0">
<label class="md-header__button md-icon" title="Switch to dark mode" for="__palette_1" hidden><svg viewBox="0 0 24 24"></svg></label></form>
<label class="md-header__button md-icon" for="__search"><svg viewBox="0 0 24 24"></svg></label>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search">
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"
autocapitalize="off"
autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
<nav class="md-search__options" aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear"
tabindex="-1"></button></nav>
<div class="md-search__suggest" data-md-component="search-suggest"></div></form><div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0">
<div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Initializing search</div>
<ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.com/quayside/quayside" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__icon md-icon"></div><div class="md-source__repository">quayside/quayside<ul class="md-source__facts">
<li class="md-source__fact md-source__fact--version">v2.0.1</li><li class="md-source__fact md-source__fact--stars">1.2k</li>
<li class="md-source__fact md-source__fact--forks">87</li></ul></div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid">
<ul class="md-tabs__list">${mkNav
  .map((t) => `<li class="md-tabs__item${t === 'User guide' ? ' md-tabs__item--active' : ''}"><a href="../../${t}/" class="md-tabs__link">${t}</a></li>`)
  .join('\n')}</ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Quayside</label>
<ul class="md-nav__list" data-md-scrollfix><li class="md-nav__item"><a href="../.." class="md-nav__link"><span class="md-ellipsis">Home</span></a></li>
<li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested"><input class="md-nav__toggle md-toggle" type="checkbox"
id="__nav_2" checked>
<label class="md-nav__link" for="__nav_2" id="__nav_2_label"><span class="md-ellipsis">User guide</span></label>
<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="true"><ul
class="md-nav__list">${mkGuide.map(navItem).join('\n')}</ul></nav>
</li>${mkNav
  .slice(2)
  .map((t) => `<li class="md-nav__item"><a href="../../${t}/" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`)
  .join('\n')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label>
<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${toc()}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.com/quayside/quayside/edit/main/docs/guide/rate-limits.md" title="Edit this page" class="md-content__button md-icon"><svg></svg></a>
<h1 id="rate-limits">${mkTitle}</h1>
${ps(mk1)}
${hl('setting-a-limit', mkH1)}
${ps(mk2)}
<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio">
<input id="__tabbed_1_2" name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">${mkTabs[0]}</label><label
for="__tabbed_1_2">${mkTabs[1]}</label>
</div><div class="tabbed-content"><div class="tabbed-block">${code(0, codeSync)}</div><div class="tabbed-block">${code(1, codeAsync)}</div></div></div>
${ps(mk3)}
<div class="admonition note"><p class="admonition-title">Note</p>${ps(mkNote)}</div>
${hl('per-host-limits', mkH2)}
${ps(mk4)}
${code(2, codeHosts)}
${ps(mk5)}
${hl('handling-429-responses', mkH3)}
${ps(mk6)}
<div class="admonition warning"><p class="admonition-title">Warning</p>${ps(mkWarn)}</div>
${hl('options', mkH4)}
<table><thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead><tbody>
${mkRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}
</tbody></table>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg></svg></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">March 1, 2025</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">${mkFeedback[0]}</legend><div class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"><svg></svg></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"><svg></svg></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>${mkFeedback[1]}</div><div
data-md-value="0" hidden>Thanks for your feedback! Help us improve this page
by using our <a href="https://github.com/quayside/quayside/issues/new" target="_blank" rel="noopener">feedback form</a>.</div></div></div></fieldset></form>
</article></div>
<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
</div><button type="button" class="md-top md-icon" data-md-component="top" hidden><svg viewBox="0 0 24 24"></svg>Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">
<a href="../retries/" class="md-footer__link md-footer__link--prev" aria-label="Previous: Retries"><div class="md-footer__button md-icon"><svg></svg></div>
<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Retries</div></div></a>
<a href="../testing/" class="md-footer__link md-footer__link--next" aria-label="Next: Testing"><div class="md-footer__title"><span
class="md-footer__direction">Next</span>
<div class="md-ellipsis">Testing</div></div><div class="md-footer__button md-icon"><svg></svg></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">
<div class="md-copyright__highlight">Copyright © 2023-2025 the Quayside contributors</div>
Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div>
<aside class="md-consent__inner"><form class="md-consent__form md-grid md-typeset" name="consent"><h4>${mkConsent[0]}</h4><p>${mkConsent[1]}</p>
<input class="md-toggle" type="checkbox" id="__settings"><div class="md-consent__settings"><ul class="task-list"><li class="task-list-item">
<label class="task-list-control"><input type="checkbox" name="analytics" checked><span class="task-list-indicator"></span>Google Analytics</label></li>
<li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="github" checked><span
class="task-list-indicator"></span>GitHub</label></li>
</ul></div><div class="md-consent__controls"><button class="md-button md-button--primary">${mkConsent[2]}</button>
<button type="reset" class="md-button md-button--primary">${mkConsent[3]}</button><label class="md-button" for="__settings">${mkConsent[4]}</label></div>
</form></aside></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<script id="__config" type="application/json">{"base": "../..", "features": ["navigation.tabs", "navigation.sections", "toc.integrate", "content.code.copy"],
"search": "../../assets/javascripts/workers/search.6ce7567c.min.js", "translations": {"clipboard.copied": "Copied to clipboard",
"clipboard.copy": "Copy to clipboard", "search.result.none": "No matching documents", "search.result.placeholder": "Type to start searching"}}</script>
<script src="../../assets/javascripts/bundle.60a45f97.min.js"></script></body></html>`;

export const mkdocsPage: TestPage = {
  html: mkHtml,
  name: 'heldout71-mkdocs-material-docs',
  kind: 'docs',
  // admonition bodies and the options table's data cells are body (header cells and code in neither); admonition titles,
  // tab labels, "¶" permalinks, both tables of contents (their entries are the headings: not listed), the nav entries
  // "Rate limits" (the title) and "Retries" (a link word in the body), the hidden feedback form and the "Last update" date
  // (a byline) are around the article
  title: mkTitle,
  headings: [mkH1, mkH2, mkH3, mkH4],
  body: [...texts(mk1), ...texts(mk2), ...texts(mk3), ...texts(mkNote), ...texts(mk4), ...texts(mk5), ...texts(mk6), ...texts(mkWarn), ...texts(mkRows.flat())],
  bylines: ['March 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Quayside', 'Initializing search', 'quayside/quayside', ...mkNav, ...mkGuide.filter((t) => t !== mkTitle && t !== 'Retries'),
    'Table of contents', ...mkTabs, 'Note', 'Warning', ...mkFeedback, 'Back to top', 'Previous', 'Next', 'Copyright © 2023-2025 the Quayside contributors',
    'Made with', 'Material for MkDocs', 'Quayside 2.0 is out! Read the release notes.', 'v2.0.1', '1.2k', '87', ...mkConsent, 'Google Analytics', 'GitHub',
  ],
};
