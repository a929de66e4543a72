import { type TestPage, texts } from './page-kit.js';
import { sphinxRtd } from './pages-heldout41-e2.js';

/**
 * Held-out batch 41, file e: a documentation page on MkDocs Material (the drawer and search toggles, "Skip to content",
 * the announcement banner, the header with logo, title and topic, palette toggle, search with "Initializing search", the
 * repository source with its facts, navigation tabs, the primary navigation with the active page's own table of contents,
 * the secondary "Table of contents" sidebar, the edit button, the article with headerlinks, admonitions, code blocks with
 * filenames and line anchors, a list and content tabs, the git revision dates, the feedback widget, "Back to top", the
 * previous/next footer links, the copyright and "Made with Material for MkDocs", and the __config script).
 */
const mkTitle = 'Retries and backoff';
const mkBody1 = [
  'Tasks fail. A database is briefly unavailable, a third-party API returns a 503, a worker is restarted in the middle of a job. ' +
    'Tidewater can retry a failed task automatically, waiting a little longer before each attempt, so that short outages do not ' +
    'turn into lost work.',
  'This page explains the default retry policy, how to change it for a whole queue or a single task, and what happens to tasks ' + 'that run out of attempts.',
];
const mkH1 = 'Default policy';
const mkBody2 = [
  'Unless you configure otherwise, every task is retried up to three times when it raises an exception. The delay before each ' +
    'retry grows exponentially from one second, with random jitter added so that many failing tasks do not all retry at the ' +
    'same moment.',
];
const mkNote =
  'Retries only apply to exceptions raised by your task function. If the worker process itself is killed, the task is returned ' +
  'to the queue when its visibility timeout expires, and that does not count as an attempt.';
const mkH2 = 'Configuring a queue';
const mkBody3 = ['Set a retry policy for every task on a queue in <code>tidewater.toml</code>:'];
const mkList = [
  '<code>max_attempts</code>: the total number of times a task may run, including the first.',
  '<code>backoff</code>: <code>exponential</code>, <code>linear</code> or <code>fixed</code>.',
  '<code>base_delay</code> and <code>max_delay</code>: the first delay and the ceiling, in seconds.',
];
const mkH3 = 'Per-task overrides';
const mkBody4 = ['A policy on the task decorator takes precedence over the queue’s. Use it for tasks that call slow or rate-limited services:'];
const mkWarn =
  'Only retry tasks that are safe to run more than once. A task that charges a card or sends an email should record that it ' +
  'has done so, and check that record before doing it again.';
const mkH4 = 'Dead-letter queue';
const mkBody5 = [
  'When a task has used all its attempts, Tidewater moves it to the queue’s dead-letter queue rather than dropping it. You can ' +
    'list, inspect and requeue dead tasks from the command line:',
];
const mkTip = 'Set up an alert on the size of the dead-letter queue. A sudden rise usually means a dependency is down, not that your code ' + 'has a bug.';
const mkTabs = ['Home', 'User guide', 'API reference', 'Deployment', 'Changelog'];
const mkGuide = ['Getting started', 'Defining tasks', 'Queues', mkTitle, 'Scheduling', 'Results', 'Testing'];
const mkToc = [mkH1, mkH2, mkH3, mkH4];
let cn = 0;
const mkCode = (lang: string, lines: readonly string[], file = ''): string => {
  const k = cn++;
  const body = lines.map((l, i) => `<a id="__codelineno-${k}-${i + 1}" name="__codelineno-${k}-${i + 1}" href="#__codelineno-${k}-${i + 1}"></a>${l}`);
  return `<div class="language-${lang} highlight">${file === '' ? '' : `<span class="filename">${file}</span>`}<pre><span></span><code>${body.join('\n')}
</code></pre></div>`;
};
const sp = (c: string, t: string): string => `<span class="${c}">${t}</span>`;
const eq = `${sp('w', ' ')}${sp('o', '=')}${sp('w', ' ')}`;
const sh = (args: readonly string[]): string => `${sp('gp', '$ ')}tidewater${args.map((a) => `${sp('w', ' ')}${a}`).join('')}`;
const mkToml = mkCode(
  'toml',
  [
    sp('k', '[queues.emails]'),
    `${sp('n', 'max_attempts')}${eq}${sp('mi', '5')}`,
    `${sp('n', 'backoff')}${eq}${sp('s2', '"exponential"')}`,
    `${sp('n', 'max_delay')}${eq}${sp('mi', '300')}`,
  ],
  'tidewater.toml',
);
const mkPy = mkCode('python', [
  `${sp('nd', '@task')}${sp('p', '(')}${sp('n', 'retry')}${sp('o', '=')}${sp('n', 'Retry')}` +
    `${sp('p', '(')}${sp('n', 'max_attempts')}${sp('o', '=')}${sp('mi', '8')}${sp('p', '))')}`,
  `${sp('k', 'def')} ${sp('nf', 'sync_invoices')}${sp('p', '(')}${sp('n', 'account_id')}${sp('p', '):')}`,
  `    ${sp('o', '...')}`,
]);
const mkCli = mkCode('console', [sh(['enqueue', 'sync_invoices', '--max-attempts', sp('m', '8')])]);
const mkDead = mkCode('console', [sh(['dead', 'list', '--queue', 'emails']), sh(['dead', 'requeue', '--all', '--queue', 'emails'])]);
const adm = (kind: string, label: string, text: string): string =>
  `<div class="admonition ${kind}">\n<p class="admonition-title">${label}</p>\n<p>${text}</p>\n</div>`;
const hl = (id: string, h: string): string => `<h2 id="${id}">${h}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h2>`;
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const tabItem = (t: string): string =>
  `<li class="md-tabs__item${t === 'User guide' ? ' md-tabs__item--active' : ''}"><a href="../../${slug(t)}/" class="md-tabs__link">${t}</a></li>`;
const navItem = (t: string): string =>
  t === mkTitle
    ? `<li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox"
id="__toc"><label class="md-nav__link md-nav__link--active"
for="__toc"><span class="md-ellipsis">${t}</span></label><a href="./" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">${t}</span></a>
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><ul class="md-nav__list">${mkToc
        .map(
          (h) => `<li class="md-nav__item"><a href="#${slug(h)}"
class="md-nav__link"><span class="md-ellipsis">${h}</span></a></li>`,
        )
        .join('')}</ul></nav></li>`
    : `<li class="md-nav__item"><a href="../${slug(t)}/" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`;
const mkHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="A small, boring task queue for Python"><link rel="canonical" href="https://tidewater.readthedocs.io/en/latest/guide/retries/">
<link rel="prev" href="../queues/"><link rel="next" href="../scheduling/"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.7.0">
<title>${mkTitle} - Tidewater</title><link rel="stylesheet" href="../../assets/stylesheets/main.484c7ddc.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(
_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="teal">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#retries-and-backoff" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">Tidewater 3.0 is out!
<a href="https://tidewater.readthedocs.io/en/latest/changelog/">Read the release notes</a></div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Tidewater" class="md-header__button md-logo" aria-label="Tidewater" data-md-component="logo"><svg viewBox="0 0 24 24"></svg></a>
<label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"></svg></label>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span
class="md-ellipsis">Tidewater</span>
</div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${mkTitle}</span></div></div></div>
<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="(prefers-color-scheme: light)"
data-md-color-scheme="default" aria-label="Switch to dark mode" type="radio" name="__palette" id="__palette_0"><label class="md-header__button md-icon"
title="Switch to dark mode" for="__palette_1" hidden><svg viewBox="0 0 24 24"></svg></label></form>
<label class="md-header__button md-icon" for="__search"><svg viewBox="0 0 24 24"></svg></label>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search">
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"
autocapitalize="off"
autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required></form><div class="md-search__output">
<div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix><div class="md-search-result" data-md-component="search-result">
<div class="md-search-result__meta">Initializing search</div><ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.com/tidewater-dev/tidewater" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__icon md-icon"><svg viewBox="0 0 448 512"></svg></div><div class="md-source__repository">tidewater-dev/tidewater
<ul class="md-source__facts"><li class="md-source__fact md-source__fact--version">v2.8.1</li><li class="md-source__fact md-source__fact--stars">1.2k</li>
<li class="md-source__fact md-source__fact--forks">87</li></ul></div></a></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul
class="md-tabs__list">
${mkTabs.map(tabItem).join('\n')}
</ul></div></nav><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Tidewater</label>
<ul class="md-nav__list" data-md-scrollfix><li class="md-nav__item md-nav__item--active md-nav__item--nested"><label class="md-nav__link" for="__nav_2">
<span class="md-ellipsis">User guide</span></label><nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="true"><ul
class="md-nav__list">
${mkGuide.map(navItem).join('\n')}</ul></nav></li></ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span
class="md-nav__icon md-icon"></span>Table of contents
</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${mkToc
  .map(
    (h) => `<li class="md-nav__item"><a href="#${slug(h)}" class="md-nav__link">
<span class="md-ellipsis">${h}</span></a></li>`,
  )
  .join('')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.com/tidewater-dev/tidewater/edit/main/docs/guide/retries.md" title="Edit this page" class="md-content__button md-icon"><svg></svg></a>
<h1 id="retries-and-backoff">${mkTitle}<a class="headerlink" href="#retries-and-backoff" title="Permanent link">&para;</a></h1>
${mkBody1.map((p) => `<p>${p}</p>`).join('\n')}
${hl('default-policy', mkH1)}
<p>${mkBody2[0]}</p>
${adm('note', 'Note', mkNote)}
${hl('configuring-a-queue', mkH2)}
<p>${mkBody3[0]}</p>
${mkToml}
<ul>${mkList.map((t) => `\n<li>${t}</li>`).join('')}
</ul>
${hl('per-task-overrides', mkH3)}
<p>${mkBody4[0]}</p>
<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2"
name="__tabbed_1" type="radio"><div class="tabbed-labels"><label for="__tabbed_1_1">Decorator</label><label for="__tabbed_1_2">CLI</label></div>
<div class="tabbed-content"><div class="tabbed-block">
${mkPy}
</div><div class="tabbed-block">
${mkCli}
</div></div></div>
${adm('warning', 'Warning', mkWarn)}
${hl('dead-letter-queue', mkH4)}
<p>${mkBody5[0]}</p>
${mkDead}
${adm('tip', 'Tip', mkTip)}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg></svg></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="November 27, 2025 14:03:11">November 27, 2025</span></span>
<span class="md-source-file__fact"><span class="md-icon" title="Created"><svg></svg></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="March 3, 2024 09:41:52">March 3, 2024</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"><svg></svg></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"><svg></svg></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div><div data-md-value="0"
hidden>Thanks for your feedback! Help us improve
this page by <a href="https://github.com/tidewater-dev/tidewater/issues/new" target="_blank"
rel="noopener">opening an issue</a>.</div></div></div></fieldset></form>
</article></div>
<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
</div><button type="button" class="md-top md-icon" data-md-component="top" hidden><svg viewBox="0 0 24 24"></svg> Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../queues/" class="md-footer__link md-footer__link--prev"
aria-label="Previous: Queues"><div class="md-footer__button md-icon"><svg></svg></div>
<div class="md-footer__title"><span class="md-footer__direction">Previous</span>
<div class="md-ellipsis">Queues</div></div></a><a href="../scheduling/" class="md-footer__link md-footer__link--next" aria-label="Next: Scheduling">
<div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Scheduling</div></div><div
class="md-footer__button md-icon">
<svg></svg></div></a></nav><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">
<div class="md-copyright__highlight">Copyright © 2023 – 2025 Tidewater contributors</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/"
target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs","content.tabs.link","content.code.copy"],"search":
"../../assets/javascripts/workers/search.973d3a69.min.js","translations":{"clipboard.copied":"Copied to clipboard","clipboard.copy":"Copy to clipboard",
"search.result.none":"No matching documents","search.result.placeholder":"Type to start searching"}}</script>
<script src="../../assets/javascripts/bundle.f55a23d4.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  html: mkHtml,
  name: 'heldout41-mkdocs-material',
  kind: 'docs',
  // the h1 is the title (the header topic repeats it: in neither); the four h2s are the headings (their "¶" headerlinks in
  // neither), and the admonitions' text is body with their labels "Note", "Warning", "Tip" in neither. Code blocks, the
  // code block's filename and the content tabs' labels ("Decorator", "CLI": they label code blocks) are in neither list;
  // the nav entry for this page and both tables of contents repeat the title and headings: in neither. The git revision
  // dates ("Last update", "Created") are bylines. The banner, skip link, "Initializing search", repository name and facts,
  // tabs, nav, "Table of contents", feedback texts, "Back to top", previous/next links and copyright lines are furniture; the
  // header's and nav title's "Tidewater" and the "Queues" page name are body words: left out
  title: mkTitle,
  headings: [mkH1, mkH2, mkH3, mkH4],
  body: [...texts(mkBody1), ...texts(mkBody2), mkNote, ...texts(mkBody3), ...texts(mkList), ...texts(mkBody4), mkWarn, ...texts(mkBody5), mkTip],
  bylines: ['November 27, 2025', 'March 3, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tidewater 3.0 is out!', 'Read the release notes', 'Initializing search', 'tidewater-dev/tidewater', 'v2.8.1', '1.2k', '87',
    ...mkTabs, ...mkGuide.filter((t) => t !== mkTitle && t !== 'Queues'), 'Table of contents', 'Was this page helpful?', 'Thanks for your feedback!',
    'Help us improve this page by opening an issue.', 'Back to top', 'Previous', 'Next',
    'Copyright © 2023 – 2025 Tidewater contributors', 'Made with Material for MkDocs',
  ],
};

export const HELDOUT41_E: readonly TestPage[] = [mkdocs, sphinxRtd];
