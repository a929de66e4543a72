import { type TestPage, texts } from './page-kit.js';
import { vendorApiGuide } from './pages-heldout67-d2.js';

/**
 * Held-out batch 67, file d: a guide in a product's Docusaurus 3 documentation (the theme script, skip link, announcement bar,
 * the navbar with version dropdown, color-mode toggle and DocSearch button, the docs sidebar with collapsible categories,
 * breadcrumbs, the version badge, the mobile "On this page" button, h2/h3 with zero-width hash links, tip and caution
 * admonitions with lowercase labels, a tabs block of code samples with copy buttons, a titled code block, the tags row,
 * "Edit this page", the last-updated line with its author, a page-feedback widget, the pagination nav, the desktop table of
 * contents and the dark footer).
 */
const dsTitle = 'Percentage rollouts';
const dsIntro = [
  'A percentage rollout turns a flag on for a fixed share of your users and leaves it off for everyone else. It is the safest way to ship ' +
    'a risky change: start with 1 percent, watch your dashboards, and widen the rollout one step at a time.',
  'Rollouts work with any flag type. For boolean flags the rollout decides between on and off; for multivariate flags it splits traffic ' +
    'between variations using the weights you set.',
];
const dsH = ['How bucketing works', 'Creating a rollout', 'Progressive rollouts', 'Limitations'] as const;
const dsBucket = [
  'Flagpost does not pick users at random on each request. Instead, the SDK hashes the flag key together with the user’s bucketing ' +
    'attribute, which is the user key unless you choose another one, and maps the result to a number between 0 and 99,999. A user whose ' +
    'bucket falls below the rollout threshold gets the new variation.',
  'Because the hash is deterministic, the same user always lands in the same bucket for a given flag. Raising the rollout from 10 to 20 ' +
    'percent keeps everyone who already had the feature and adds a new tenth of users on top.',
];
const dsTip =
  'To roll out by company rather than by person, set the bucketing attribute to <code>organizationId</code>. Everyone in an organization ' +
  'will then see the same variation.';
const dsCreate = [
  'You can set up a rollout from the dashboard or from code. In the dashboard, open the flag, choose <strong>Percentage rollout</strong> in ' +
    'the default rule and drag the slider. From code, use the management API client:',
  'Changes take effect within a few seconds for server-side SDKs that use streaming, and on the next poll for mobile SDKs.',
];
const dsProg = [
  'A progressive rollout raises the percentage for you on a schedule. Each step lists a percentage and how long to hold it before moving on:',
  'Flagpost pauses a progressive rollout automatically if a guarded metric crosses its threshold, and it notifies the flag’s maintainers. ' +
    'You can also stop a rollout at any time with the <strong>Pause</strong> button.',
];
const dsCaution =
  'Progressive rollouts are evaluated by the Flagpost server. If you run the relay proxy in offline mode, steps will not advance until it reconnects.';
const dsLimits = [
  'A flag can have only one active progressive rollout per environment.',
  'Steps must be at least five minutes apart.',
  'Rollouts cannot be attached to prerequisite flags.',
];
const dsSide: [string, string[]][] = [
  ['Guides', ['Creating flags', 'Targeting rules', dsTitle, 'Kill switches', 'Experiments']],
  ['SDKs', ['Node.js', 'Python', 'Go', 'iOS', 'Android']],
  ['Operations', ['Relay proxy', 'Self-hosting', 'Audit log']],
];
const dsFoot: [string, string[]][] = [
  ['Docs', ['Getting started', 'SDK reference', 'Management API']],
  ['Community', ['GitHub Discussions', 'Discord', 'Stack Overflow']],
  ['More', ['Blog', 'Status', 'Changelog']],
];
// furniture texts that are words of the body, left out of the gold (they stay on the page)
const dsBodyWords = new Set(['Flagpost', 'API', 'SDKs', 'Relay proxy', 'rollouts', 'Next', 'Management API']);
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const h = (level: number, t: string): string =>
  `<h${level} class="anchor anchorWithStickyNavbar_LWe7" id="${slug(t)}">${t}<a href="#${slug(t)}" class="hash-link" aria-label="Direct link to ${t}"
title="Direct link to ${t}">\u200b</a></h${level}>`;
const admonition = (kind: string, alert: string, label: string, p: string): string =>
  `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${alert}"><div class="admonitionHeading_Gvgb"><span
class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>${label}</div><div
class="admonitionContent_BuS1"><p>${p}</p></div></div>`;
const tok = (cls: string, t: string): string => `<span class="token ${cls}">${t}</span>`;
const codeBlock = (lang: string, lines: string[], title = ''): string =>
  `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">${
    title === '' ? '' : `<div class="codeBlockTitle_Ktv7">${title}</div>`
  }<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V
thin-scrollbar"><code class="codeBlockLines_e6Vv">${lines.map((l) => `<span class="token-line">${l}\n</span>`).join('')}</code></pre><div
class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA"
aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"></svg></span></button></div></div></div>`;
const tabs: [string, string, string[]][] = [
  [
    'Node.js',
    'js',
    [
      `${tok('keyword', 'await')} client${tok('punctuation', '.')}flags${tok('punctuation', '.')}${tok('function', 'setRollout')}(`,
      `  ${tok('string', "'new-checkout'")}${tok('punctuation', ',')} { environment${tok('operator', ':')} ` +
        `${tok('string', "'production'")}, percent: ${tok('number', '5')} }`,
      ')',
    ],
  ],
  [
    'Python',
    'python',
    [
      `client${tok('punctuation', '.')}flags${tok('punctuation', '.')}set_rollout(${tok('string', '"new-checkout"')}, ` +
        `environment=${tok('string', '"production"')}, percent=${tok('number', '5')})`,
    ],
  ],
  [
    'Go',
    'go',
    [
      `err ${tok('operator', ':=')} client${tok('punctuation', '.')}Flags${tok('punctuation', '.')}${tok('function', 'SetRollout')}(ctx, ` +
        `${tok('string', '"new-checkout"')}, flagpost.Rollout{Env: ${tok('string', '"production"')}, Percent: ${tok('number', '5')}})`,
    ],
  ],
];
const tabsHtml = `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${tabs
  .map(
    ([t], i) =>
      `<li role="tab" tabindex="${i === 0 ? 0 : -1}" aria-selected="${i === 0}" class="tabs__item
tabItem_LNqP${i === 0 ? ' tabs__item--active' : ''}">${t}</li>`,
  )
  .join('')}</ul><div class="margin-top--md">${tabs
  .map(([, lang, lines], i) => `<div role="tabpanel" class="tabItem_Ymn6"${i === 0 ? '' : ' hidden=""'}>${codeBlock(lang, lines)}</div>`)
  .join('\n')}</div></div>`;
const yaml = [
  `${tok('key atrule', 'steps')}${tok('punctuation', ':')}`,
  `  ${tok('punctuation', '-')} ${tok('key atrule', 'percent')}${tok('punctuation', ':')} 1      ${tok('key atrule', 'hold')}${tok('punctuation', ':')} 1h`,
  `  ${tok('punctuation', '-')} ${tok('key atrule', 'percent')}${tok('punctuation', ':')} 10     ${tok('key atrule', 'hold')}${tok('punctuation', ':')} 6h`,
  `  ${tok('punctuation', '-')} ${tok('key atrule', 'percent')}${tok('punctuation', ':')} 50     ${tok('key atrule', 'hold')}${tok('punctuation', ':')} 1d`,
  `  ${tok('punctuation', '-')} ${tok('key atrule', 'percent')}${tok('punctuation', ':')} 100`,
  `${tok('key atrule', 'guard')}${tok('punctuation', ':')} ${tok('punctuation', '{')} metric: checkout_error_rate, max: 0.02 ${tok('punctuation', '}')}`,
];
const sidebar = dsSide
  .map(
    ([
      cat,
      items,
    ]) => `<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible">
<a class="menu__link menu__link--sublist menu__link--sublist-caret" role="button" aria-expanded="true" href="/docs/${slug(cat)}">${cat}</a></div><ul
style="display:block;overflow:visible;height:auto" class="menu__list">${items
      .map(
        (t) =>
          `<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link${
            t === dsTitle ? ' menu__link--active" aria-current="page' : ''
          }" tabindex="0" href="/docs/${slug(cat)}/${slug(t)}">${t}</a></li>`,
      )
      .join('')}</ul></li>`,
  )
  .join('\n');
const dsHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/percentage-rollouts"
data-has-hydrated="false">
<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.8.1"><title data-rh="true">${dsTitle} | Flagpost Docs</title>
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docsearch:version" content="current">
<meta data-rh="true" name="description" content="Turn a flag on for a share of your users and widen it step by step.">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Guides","item":"https://docs.flagpost.example/docs/guides"},{"@type":"ListItem","position":2,"name":"${dsTitle}"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4f1b2c3d.css"><script src="/assets/js/runtime~main.8a1b2c3d.js" defer="defer"></script>
</head><body class="navigation-with-keyboard">
<script>!function(){var t=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){
try{return window.localStorage.getItem("theme")}catch(t){}}();document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to
main
content</a></div><div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">🎉 Flagpost 4.0 is
out with progressive rollouts! <a target="_blank" rel="noopener noreferrer" href="/blog/flagpost-4">Read the release notes</a></div><button type="button"
aria-label="Close" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"></svg></button></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="theme-layout-navbar-left navbar__items">
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30"></svg></button>
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Flagpost logo"></div><b class="navbar__title
text--truncate">Flagpost</b></a>
<a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/intro">Docs</a><a class="navbar__item navbar__link"
href="/docs/api">API</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div><div class="theme-layout-navbar-right navbar__items
navbar__items--right">
<div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button"
href="/docs/intro">4.x</a><ul class="dropdown__menu"><li><a class="dropdown__link dropdown__link--active" href="/docs/guides/percentage-rollouts">4.x</a></li>
<li><a class="dropdown__link" href="/docs/3.x/intro">3.x</a></li><li><a class="dropdown__link" href="/versions">All versions</a></li></ul></div>
<a href="https://github.com/flagpost/flagpost" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link" aria-label="GitHub
repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button" title="system mode" aria-label="Switch
between
dark and light mode (currently system mode)"><svg viewBox="0 0 24 24"></svg></button></div><div class="navbarSearchContainer_Bca1"><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><svg width="20" height="20"></svg><span
class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd><kbd
class="DocSearch-Button-Key">K</kbd></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll
back to
top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container
docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul
class="theme-doc-sidebar-menu menu__list"><li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item"><a class="menu__link"
href="/docs/intro">Introduction</a></li>${sidebar}</ul></nav><button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button
button--secondary button--outline collapseSidebarButton_PEFL"></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div
class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li
class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24"
class="breadcrumbHomeIcon_YNFT"></svg></a></li><li
class="breadcrumbs__item"><span class="breadcrumbs__link">Guides</span></li><li class="breadcrumbs__item breadcrumbs__item--active"><span
class="breadcrumbs__link"
itemprop="name">${dsTitle}</span></li></ul></nav><span class="theme-doc-version-badge badge badge--secondary">Version: 4.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${dsTitle}</h1></header>
${dsIntro.map((p) => `<p>${p}</p>`).join('\n')}
${h(2, dsH[0])}${dsBucket.map((p) => `<p>${p}</p>`).join('\n')}${admonition('tip', 'success', 'tip', dsTip)}
${h(2, dsH[1])}<p>${dsCreate[0]}</p>${tabsHtml}<p>${dsCreate[1]}</p>
${h(2, dsH[2])}<p>${dsProg[0]}</p>${codeBlock('yaml', yaml, 'rollout.yaml')}<p>${dsProg[1]}</p>${admonition('caution', 'warning', 'caution', dsCaution)}
${h(3, dsH[3])}<ul>${dsLimits.map((l) => `<li>${l}</li>`).join('')}</ul></div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-tags-row"><div class="col"><b>Tags:</b><ul class="tags_jXut
padding--none margin-left--sm"><li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/docs/tags/rollouts">rollouts</a></li><li
class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/docs/tags/release-safety">release safety</a></li></ul></div></div>
<div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col"><a href="https://github.com/flagpost/flagpost/edit/main/docs/guides/rollouts.md"
target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg viewBox="0 0 40 40" class="iconEdit_Z9Sw"></svg>Edit this
page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-10-03T09:12:44.000Z"
itemprop="dateModified">Oct 3, 2025</time></b> by <b>Priya Raman</b></span></div></div></footer></article>
<div class="feedback_Wq2k" role="group" aria-labelledby="feedback-q"><span id="feedback-q">Was this page helpful?</span><button class="button button--sm
button--outline" type="button">👍 Yes</button><button class="button button--sm button--outline" type="button">👎 No</button></div>
<nav class="docusaurus-mt-lg pagination-nav" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/guides/targeting-rules"><div
class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Targeting rules</div></a><a class="pagination-nav__link
pagination-nav__link--next"
href="/docs/guides/kill-switches"><div class="pagination-nav__sublabel">Next</div><div class="pagination-nav__label">Kill switches</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${dsH
  .map(
    (t) => `<li><a href="#${slug(t)}" class="table-of-contents__link
toc-highlight">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${dsFoot
  .map(
    ([title, items]) =>
      `<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${title}</div><ul class="footer__items clean-list">${items
        .map((t) => `<li class="footer__item"><a class="footer__link-item" href="/${slug(t)}">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join(
    '',
  )}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Flagpost Labs, Inc. Built with Docusaurus.</div></div>
</div></footer></div></body></html>`;
const docusaurusPage: TestPage = {
  html: dsHtml,
  name: 'heldout67-docusaurus-docs',
  kind: 'docs',
  // the three h2s and the h3 are the headings (their zero-width hash links in neither); paragraphs, the tip and caution texts
  // (labels "tip", "caution" in neither) and the limitation items are body; the tab labels, the three samples, the yaml block
  // and its file-name title are code: in neither list (the tab labels are also sidebar entries, kept there as furniture);
  // "Oct 3, 2025" and "Priya Raman" on the last-updated line are bylines ("Last updated on", "by" in neither); the sidebar
  // entry, the breadcrumb and the table of contents repeat the title and headings: in neither; the announcement bar, navbar,
  // version dropdown and badge, "Search", "⌘", "K", "On this page", tags, "Edit this page", the feedback widget, pagination,
  // sidebar and footer are furniture, each text once; the brand "Flagpost", "API", "Management API", "SDKs", "Relay proxy",
  // the tag "rollouts" and "Next" are words of the body: left out
  title: dsTitle,
  headings: [...dsH],
  body: [...texts(dsIntro), ...dsBucket, ...texts([dsTip]), ...texts(dsCreate), ...texts(dsProg), dsCaution, ...dsLimits],
  bylines: ['Oct 3, 2025', 'Priya Raman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', '🎉 Flagpost 4.0 is out with progressive rollouts!', 'Read the release notes', 'Flagpost', 'Docs', 'API', 'Blog', '4.x',
    '3.x', 'All versions', 'Search', 'Introduction', ...dsSide.flatMap(([c, items]) => [c, ...items.filter((t) => t !== dsTitle)]), 'Guides',
    'Version: 4.x', 'On this page', 'Tags:', 'rollouts', 'release safety', 'Edit this page', 'Was this page helpful?', '👍 Yes', '👎 No', 'Previous',
    'Targeting rules', 'Next', 'Kill switches', ...dsFoot.flatMap(([c, items]) => [c, ...items]), 'Copyright © 2025 Flagpost Labs, Inc. Built with Docusaurus.',
  ])].filter((t) => !dsBodyWords.has(t)),
};

export const HELDOUT67_D: readonly TestPage[] = [docusaurusPage, vendorApiGuide];
