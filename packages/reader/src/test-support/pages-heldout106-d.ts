import { type TestPage, texts } from './page-kit.js';
import { pythonDocsPage } from './pages-heldout106-d2.js';

/**
 * Held-out batch 106, file d: a MkDocs Material documentation page (the announcement bar, the header with site and page
 * titles, the palette toggle, search with its hidden result texts, the repository facts, the navigation tabs, the primary
 * nav sidebar with sections, the "Table of contents" sidebar, the edit button, headings with "&para;" permalinks, an
 * admonition, content tabs with code blocks, a table, the "Last update" fact, the feedback widget, the prev/next footer,
 * "Made with Material for MkDocs" and the hidden cookie consent form) and, from file d2, a Python standard library page.
 */
const mkTitle = 'Retries and timeouts';
const mkP1 = [
  'Network calls fail. Tidepool retries failed requests for you, with a backoff between attempts, so that a brief outage on the other ' +
    'side does not turn into an error in your application. This page explains what is retried by default and how to change it.',
];
const mkH1 = 'Default behaviour';
const mkP2 = ['Out of the box, a <code>Client</code> retries a request up to three times when any of the following happens:'];
const mkList1 = [
  'The connection cannot be opened, or is reset before a response arrives.',
  'The server answers with status <code>502</code>, <code>503</code> or <code>504</code>.',
  'The server answers with <code>429 Too Many Requests</code> and a <code>Retry-After</code> header of 60 seconds or less.',
];
const mkP3 = [
  'Only idempotent methods (<code>GET</code>, <code>HEAD</code>, <code>PUT</code>, <code>DELETE</code> and <code>OPTIONS</code>) are ' +
    'retried. A <code>POST</code> is never retried unless you say so, because sending it twice may create two of something.',
];
const mkNote =
  'Retries count towards the overall <code>timeout</code>. If the timeout runs out while Tidepool is waiting to retry, the request ' +
  'fails with <code>TimeoutError</code> and no further attempts are made.';
const mkH2 = 'Configuring retries';
const mkP4 = ['Pass a <code>Retry</code> object when you create the client. Every option has a sensible default, so set only what you need:'];
const mkCode1 = `from tidepool import Client, Retry

client = Client(retry=Retry(attempts=5, backoff=0.5, max_backoff=20))`;
const mkCode2 = `[client.retry]
attempts = 5
backoff = 0.5
max_backoff = 20`;
const mkP5 = ['The options are:'];
const mkRows = [
  ['attempts', '3', 'How many times to retry after the first try.'],
  ['backoff', '0.2', 'Base delay in seconds, doubled after each attempt.'],
  ['max_backoff', '10', 'The longest delay between two attempts, in seconds.'],
  ['methods', 'idempotent', 'Which HTTP methods may be retried.'],
];
const mkH3 = 'Turning retries off';
const mkP6 = [
  'Set <code>retry=None</code> to disable retries for a client, or pass <code>retry=None</code> to a single call to disable them for ' +
    'that request only. This is useful in tests, where you want a failure to show up immediately.',
  'Turning retries off does not turn off the timeout. A request that gets no answer still fails after <code>timeout</code> seconds, ' +
    'which is 30 by default. If you want a request to wait indefinitely, pass <code>timeout=None</code> as well, and make sure ' +
    'something else in your program will notice if it never returns.',
  'If you find yourself turning retries off in production because a service cannot cope with repeated requests, consider ' +
    'lowering <code>attempts</code> and raising <code>backoff</code> instead. A single retry after a few seconds usually rescues ' +
    'a request without adding noticeable load.',
];
const mkSite = 'Tidepool';
const mkTabs = ['Home', 'Getting started', 'User guide', 'API reference', 'Changelog'];
const mkNav = ['Making requests', 'Authentication', 'Retries and timeouts', 'Streaming', 'Proxies', 'Testing'];
const mkCons = [
  'Cookie consent',
  'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.',
  'Google Analytics',
  'GitHub',
];
const mkAnnounce = 'Tidepool 3.0 is out! Read the migration guide.';
const mkH = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2 id="${id}">${t}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h2>`;
};
const mkPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const mkCodeBlock = (code: string, lang: string, n: number): string =>
  `<div class="language-${lang} highlight"><pre><span></span><code id="__code_${n}">${code
    .split('\n')
    .map(
      (l, i) => `<span id="__span-${n}-${i + 1}"><a id="__codelineno-${n}-${i + 1}" name="__codelineno-${n}-${i + 1}" href="#__codelineno-${n}-${
        i + 1
      }"></a>${l}
</span>`,
    )
    .join('')}</code></pre><nav class="md-code__nav"><button class="md-code__button" title="Copy to clipboard" data-clipboard-target="#__code_${n} >
code"></button></nav></div>`;
const mkHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="A friendly HTTP client for Python"><link href="https://tidepool.example/guide/retries/" rel="canonical">
<link href="../streaming/" rel="next"><link rel="icon" href="../../assets/images/favicon.png"><meta name="generator" content="mkdocs-1.6.1,
mkdocs-material-9.6.14">
<title>Retries and timeouts - Tidepool</title><link rel="stylesheet" href="../../assets/stylesheets/main.342714a4.min.css">
<link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new
URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script>
</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="teal">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off"><input class="md-toggle" data-md-toggle="search"
type="checkbox"
id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#retries-and-timeouts" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset"><button class="md-banner__button md-icon"
aria-label="Don't show this again"></button>${mkAnnounce.replace(
  'Read the migration guide.',
  '<a href="../../migrating/">Read the migration guide.</a>',
)}</div></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Tidepool" class="md-header__button md-logo" aria-label="Tidepool" data-md-component="logo"><svg viewBox="0 0 24 24"></svg></a>
<label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"></svg></label><div class="md-header__title"
data-md-component="header-title">
<div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">${mkSite}</span></div><div class="md-header__topic"
data-md-component="header-topic"><span class="md-ellipsis">${mkTitle}</span></div></div></div>
<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="" data-md-color-scheme="default"
aria-label="Switch to dark mode"
type="radio" name="__palette" id="__palette_0"><label class="md-header__button md-icon" title="Switch to dark mode"
for="__palette_1"><svg></svg></label></form>
<label class="md-header__button md-icon" for="__search"><svg></svg></label><div class="md-search" data-md-component="search" role="dialog">
<label class="md-search__overlay" for="__search"></label><div class="md-search__inner" role="search"><form class="md-search__form" name="search">
<input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off"
autocomplete="off"
spellcheck="false" data-md-component="search-query" required><label class="md-search__icon md-icon" for="__search"></label><nav
class="md-search__options"
aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear" tabindex="-1"></button></nav></form>
<div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix><div class="md-search-result"
data-md-component="search-result">
<div class="md-search-result__meta">Initializing search</div><ol class="md-search-result__list"
role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.example/tidepool/tidepool" title="Go to repository" class="md-source"
data-md-component="source">
<div class="md-source__icon md-icon"><svg></svg></div><div class="md-source__repository">tidepool/tidepool<ul class="md-source__facts">
<li class="md-source__fact md-source__fact--version">v3.0.2</li><li class="md-source__fact md-source__fact--stars">4.1k</li>
<li class="md-source__fact md-source__fact--forks">212</li></ul></div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul
class="md-tabs__list">
${mkTabs
  .map(
    (t) => `<li class="md-tabs__item${t === 'User guide' ? ' md-tabs__item--active' : ''}"><a href="../../${t.toLowerCase().replace(/ /g, '-')}/"
class="md-tabs__link">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title"
for="__drawer">${mkSite}</label>
<ul class="md-nav__list" data-md-scrollfix><li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested">
<input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_3" checked><label class="md-nav__link" for="__nav_3"><span class="md-ellipsis">User
guide</span></label>
<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_3_label" aria-expanded="true"><ul class="md-nav__list" data-md-scrollfix>
${mkNav
  .map(
    (t) =>
      `<li class="md-nav__item${t === mkTitle ? ' md-nav__item--active' : ''}"><a href="../${t.toLowerCase().replace(/ /g, '-')}/"
class="md-nav__link${t === mkTitle ? ' md-nav__link--active' : ''}"><span class="md-ellipsis">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></li></ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon
md-icon"></span>Table of contents
</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${[mkH1, mkH2, mkH3]
  .map(
    (t) =>
      `<li class="md-nav__item"><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="md-nav__link"><span
class="md-ellipsis">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.example/tidepool/tidepool/edit/main/docs/guide/retries.md" title="Edit this page" class="md-content__button
md-icon"><svg></svg></a>
<h1 id="retries-and-timeouts">${mkTitle}</h1>
${mkPs(mkP1)}
${mkH(mkH1)}
${mkPs(mkP2)}
<ul>${mkList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mkPs(mkP3)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${mkNote}</p></div>
${mkH(mkH2)}
${mkPs(mkP4)}
<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio"><input
id="__tabbed_1_2"
name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">Python</label><label
for="__tabbed_1_2">tidepool.toml</label></div>
<div class="tabbed-content"><div class="tabbed-block">${mkCodeBlock(mkCode1, 'python', 0)}</div><div class="tabbed-block">${mkCodeBlock(
  mkCode2,
  'toml',
  1,
)}</div></div></div>
${mkPs(mkP5)}
<table><thead><tr><th>Option</th><th>Default</th><th>Meaning</th></tr></thead><tbody>
${mkRows.map((r) => `<tr><td><code>${r[0]}</code></td><td><code>${r[1]}</code></td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
${mkH(mkH3)}
${mkPs(mkP6)}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg></svg></span><span
class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="November 2, 2025 14:08:51">November 2,
2025</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div
class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful"
data-md-value="1"><svg></svg></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"><svg></svg></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div><div data-md-value="0" hidden>Thanks for your feedback!
Help us improve
this page by <a href="https://github.example/tidepool/tidepool/issues/new" target="_blank" rel="noopener">opening an
issue</a>.</div></div></div></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../authentication/" class="md-footer__link
md-footer__link--prev"
aria-label="Previous: Authentication"><div class="md-footer__button md-icon"><svg></svg></div><div class="md-footer__title"><span
class="md-footer__direction">Previous</span>
<div class="md-ellipsis">Authentication</div></div></a><a href="../streaming/" class="md-footer__link md-footer__link--next" aria-label="Next:
Streaming">
<div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Streaming</div></div><div
class="md-footer__button md-icon">
<svg></svg></div></a></nav><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">
<div class="md-copyright__highlight">Copyright © 2021 – 2025 The Tidepool maintainers</div>Made with <a
href="https://squidfunk.github.io/mkdocs-material/"
target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>${mkCons[0]}</h4><p>${mkCons[1]}</p><input class="md-toggle" type="checkbox"
id="__settings">
<div class="md-consent__settings"><ul class="task-list"><li class="task-list-item"><label class="task-list-control"><input type="checkbox"
name="analytics"
checked><span class="task-list-indicator"></span>${mkCons[2]}</label></li><li class="task-list-item"><label class="task-list-control"><input
type="checkbox"
name="github" checked><span class="task-list-indicator"></span>${mkCons[3]}</label></li></ul></div><div class="md-consent__controls">
<button class="md-button md-button--primary">Accept</button><label class="md-button" for="__settings">Manage
settings</label></div></form></aside></div>
<script id="__config" type="application/json">{"base": "../..", "features": ["navigation.tabs", "navigation.sections", "content.code.copy",
"content.action.edit"],
"search": "../../assets/javascripts/workers/search.d50fe291.min.js", "translations": {"clipboard.copied": "Copied to clipboard", "search.result.none":
"No matching documents"}}</script><script src="../../assets/javascripts/bundle.13a4f30d.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  html: mkHtml,
  name: 'heldout106-mkdocs-material-page',
  kind: 'docs',
  // the admonition's text is body, its "Note" title in neither list; table data cells are body, header cells and both code
  // tabs (with their labels) in neither list; the "Table of contents" list repeats the headings and is left out; the
  // "Last update" date is a byline; the nav entry that repeats the title ("Retries and timeouts") is left out
  title: mkTitle,
  headings: [mkH1, mkH2, mkH3],
  body: [...texts(mkP1), ...texts(mkP2), ...texts(mkList1), ...texts(mkP3), ...texts([mkNote]), ...texts(mkP4), ...mkP5, ...mkRows.flat(), ...texts(mkP6)],
  bylines: ['November 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', mkAnnounce, mkSite, 'Initializing search', 'tidepool/tidepool', 'v3.0.2', '4.1k', '212', ...mkTabs,
    ...mkNav.filter((t) => t !== mkTitle), 'Table of contents', 'Was this page helpful?', 'Thanks for your feedback!', 'opening an issue', 'Previous',
    'Authentication', 'Next', 'Streaming', 'Copyright © 2021 – 2025 The Tidepool maintainers', 'Made with Material for MkDocs', ...mkCons,
'Accept',
    'Manage settings',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT106_D: readonly TestPage[] = [mkdocs, pythonDocsPage];
