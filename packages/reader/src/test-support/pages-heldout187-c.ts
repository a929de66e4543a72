import { type TestPage, texts } from './page-kit.js';
import * as c from './pages-heldout187-c2.js';
import { metacpanPage } from './pages-heldout187-c3.js';
import { lis } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file c: a TC39 proposal repository on GitHub as a signed-out visitor saves it (skip link, the
 * marketing header with "Navigation Menu", the repository header with Notifications, Fork and Star counters, the
 * UnderlineNav tabs, the branch and file table with commit messages and ages, the README tab bar, the README with its
 * markdown-heading wrappers and anchor links, the About sidebar, Releases, Packages, Contributors and Languages, the footer
 * and the hidden ajax error flash) and, from file c3, a metacpan module page.
 */
const hd = (tag: string, t: string): string => {
  const id = t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `<div class="markdown-heading" dir="auto"><${tag} tabindex="-1" class="heading-element" dir="auto">${t}</${tag}><a id="user-content-${id}"
class="anchor"
aria-label="Permalink: ${t}" href="#${id}"><svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="m7.775
3.275"></path></svg></a></div>`;
};
const ps = (xs: readonly string[]): string => xs.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const pre = (code: string): string => `<div class="highlight highlight-source-js notranslate position-relative overflow-auto" dir="auto"><pre>${code}</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0 d-flex"
data-copy-feedback="Copied!" data-tooltip-direction="w" value="" tabindex="0" role="button"><svg class="octicon
octicon-copy"></svg></clipboard-copy></div></div>`;
const tab = (t: string, count = ''): string => `<li data-view-component="true" class="d-inline-flex"><a id="${t.toLowerCase().replace(/ /g, '-')}-tab"
href="/tc39/proposal-array-partition/${t.toLowerCase().replace(/ /g, '')}" data-tab-item="i0code-tab" class="UnderlineNav-item no-wrap
js-responsive-underlinenav-item">
<svg class="octicon UnderlineNav-octicon d-none d-sm-inline"></svg><span data-content="${t}">${t}</span>${
  count === ''
    ? ''
    : `<span
class="Counter">${count}</span>`
}</a></li>`;
const r = c.tcRepo;
const html = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-turbo-loaded><head>
<meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com"><link rel="stylesheet"
href="https://github.githubassets.com/assets/primer-2b1d.css">
<link rel="stylesheet" href="https://github.githubassets.com/assets/github-3e8c.css"><script type="application/json"
id="client-env">{"locale":"en","featureFlags":[]}</script>
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-7a1f.js"></script>
<title>GitHub - tc39/proposal-array-partition: A proposal to split an array in two by a predicate</title>
<meta name="description" content="A proposal to split an array in two by a predicate - tc39/proposal-array-partition">
<meta property="og:image" content="https://opengraph.githubassets.com/1/tc39/proposal-array-partition"><meta property="og:site_name" content="GitHub">
<meta property="og:type" content="object"><meta property="og:title" content="GitHub - tc39/proposal-array-partition">
<meta name="octolytics-dimension-repository_nwo" content="tc39/proposal-array-partition"><meta name="turbo-cache-control" content="no-preview"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">${c.tcNav[0]}</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode="light">
<h2 class="sr-only">${c.tcNav[1]}</h2><div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg class="octicon octicon-mark-github"></svg></a>
<nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">
${lis(
  c.tcNav.slice(2, 7).map(
    (t) =>
      `<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center
flex-justify-between js-details-target" aria-expanded="false">${t}<svg class="octicon octicon-chevron-down HeaderMenu-icon ml-1"></svg></button>`,
  ),
  ' class="HeaderMenu-item position-relative flex-wrap d-block d-lg-flex js-details-container js-header-menu-item"',
)}
<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center
js-details-container js-header-menu-item">
<a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">${c.tcNav[7]}</a></li></ul></nav>
<div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3" style=""><qbsearch-input class="search-input"
data-scope="repo:tc39/proposal-array-partition">
<button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full
py-0 pl-2 pr-0 text-left border-0 box-shadow-none">
<span class="flex-1" data-target="qbsearch-input.inputButtonText">${c.tcNav[8]}</span></button></qbsearch-input>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Ftc39%2Fproposal-array-partition"
class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2
py-1">${c.tcNav[9]}</a></div>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border
color-border-default rounded px-2 py-1">${c.tcNav[10]}</a>
</div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3
hide-full-screen">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg class="octicon octicon-repo color-fg-muted mr-2"></svg>
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization" href="/tc39">${r[0]}</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
href="/tc39/proposal-array-partition">${r[1]}</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">${r[2]}</span></div></div><div id="repository-details-container" class="flex-shrink-0">
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login?return_to=%2Ftc39%2Fproposal-array-partition"
rel="nofollow"
class="btn-sm btn"><svg class="octicon octicon-bell mr-2"></svg>${r[3]}</a></li><li><a icon="repo-forked" id="fork-button"
href="/login?return_to=%2Ftc39%2Fproposal-array-partition"
class="btn-sm btn"><svg class="octicon octicon-repo-forked mr-2"></svg>${r[4]}<span id="repo-network-counter" class="Counter">14</span></a></li>
<li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Ftc39%2Fproposal-array-partition" rel="nofollow" aria-label="You must be signed in to star a
repository"
class="tooltipped tooltipped-sw btn-sm btn"><svg class="octicon octicon-star v-align-text-bottom d-inline-block mr-2"></svg><span
class="d-inline">${r[5]}</span>
<span id="repo-stars-counter-star" aria-label="388 users starred this repository" class="Counter js-social-count">388</span></a></div></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body
list-style-none">${tab(r[6]!)}${tab(r[7]!, '9')}${tab(r[8]!, '2')}${tab(r[9]!)}${tab(r[10]!)}${tab(r[11]!)}${tab(r[12]!)}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" class=""><div id="repo-content-pjax-container" class="repository-content">
<div class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end">
<div class="Layout-main"><react-partial partial-name="repos-overview" data-ssr="true"><div data-target="react-partial.reactRoot"><div
class="prc-PageLayout-Content-xWL-A">
<div class="OverviewContent-module__Box_1--RhaEy"><button type="button" class="prc-Button-ButtonBase-c50BI"
data-variant="default"><span>${r[13]}</span></button>
<a href="/tc39/proposal-array-partition/branches" class="prc-Button-ButtonBase-c50BI"><span>${r[14]}</span></a>
<a href="/tc39/proposal-array-partition/tags" class="prc-Button-ButtonBase-c50BI"><span>${r[15]}</span></a>
<button type="button" class="prc-Button-ButtonBase-c50BI"><span>${r[16]}</span></button><button type="button" class="prc-Button-ButtonBase-c50BI"
data-variant="primary">
<span>Code</span></button></div><table aria-labelledby="folders-and-files" class="Table-module__Box--KyMHK"><thead
class="DirectoryContent-module__OverviewHeaderRow--FlrUZ">
<tr><th colspan="2"><span class="text-bold">Name</span></th><th colspan="1" class="hide-sm"><span class="text-bold">Last commit message</span></th>
<th colspan="1"><span class="text-bold">Last commit date</span></th></tr></thead><tbody><tr class="react-directory-row"><td colspan="3">
<div class="LatestCommit-module__Box--Fimpo"><a href="/ilsemarwick" class="AvatarShowcase">ilsemarwick</a> <a
href="/tc39/proposal-array-partition/commit/5e1a2c9"
title="${r[17]}">${r[17]}</a> <span>5e1a2c9 · 3 weeks ago</span> <a href="/tc39/proposal-array-partition/commits/main/"><span
class="fgColor-default">${r[18]}</span>
<span>${r[19]}</span></a></div></td></tr>
${c.tcFiles
  .map(
    ([f, m, d]) => `<tr class="react-directory-row undefined" id="folder-row-${f}"><td class="react-directory-row-name-cell-large-screen" colspan="1">
<div class="react-directory-filename-column"><svg class="octicon octicon-file color-fg-muted"></svg><h3><div class="react-directory-truncate"><a title="${f}"
aria-label="${f}, (File)" class="Link--primary" href="/tc39/proposal-array-partition/blob/main/${f}">${f}</a></div></h3></div></td>
<td class="react-directory-row-commit-cell"><div><a title="${m}" class="Link--secondary"
href="/tc39/proposal-array-partition/commit/5e1a2c9">${m}</a></div></td>
<td><div class="react-directory-commit-age"><relative-time class="sc-aXZVg" tense="past"
datetime="2025-05-20T10:12:00.000Z">${d}</relative-time></div></td></tr>`,
  )
  .join('\n')}</tbody></table>
<div class="OverviewRepoFiles-module__Box--ITd1Z"><nav class="prc-UnderlineNav-UnderlineNav-X0kBE" aria-label="Repository files"><ul role="list">
<li><a href="#readme-ov-file" aria-current="page" class="prc-UnderlineNav-UnderlineNavItem-syRjR"><span data-content="README">${r[20]}</span></a></li>
<li><a href="#MIT-1-ov-file" class="prc-UnderlineNav-UnderlineNavItem-syRjR"><span data-content="MIT license">${r[21]}</span></a></li></ul></nav>
<article class="markdown-body entry-content container-lg" itemprop="text">
${hd('h1', c.tcTitle)}
${hd('h2', c.tcH[0]!)}
<ul dir="auto">${c.tcStatus.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd('h2', c.tcH[1]!)}
${ps(c.tcMotivation)}
${hd('h2', c.tcH[2]!)}
${ps(c.tcProposal.slice(0, 1))}
${pre(`<span class="pl-smi">Array</span>.<span class="pl-c1">prototype</span>.<span class="pl-en">partition</span>(<span class="pl-s1">predicate</span>, <span
class="pl-s1">thisArg</span>)`)}
${ps(c.tcProposal.slice(1))}
${hd('h2', c.tcH[3]!)}
${ps(c.tcExamples.slice(0, 1))}
${pre(`<span class="pl-k">const</span> [<span class="pl-s1">valid</span>, <span class="pl-s1">invalid</span>] = <span class="pl-s1">fields</span>.<span
class="pl-en">partition</span>(<span class="pl-s1">f</span> =&gt; <span class="pl-s1">f</span>.<span class="pl-c1">validity</span>.<span
class="pl-c1">valid</span>);`)}
${ps(c.tcExamples.slice(1))}
${pre(`<span class="pl-k">const</span> [<span class="pl-s1">done</span>, <span class="pl-s1">open</span>] = <span class="pl-s1">tasks</span>.<span
class="pl-en">partition</span>(<span class="pl-s1">t</span> =&gt; <span class="pl-s1">t</span>.<span class="pl-c1">completedAt</span> !== <span
class="pl-c1">null</span>);`)}
${hd('h2', c.tcH[4]!)}
<ul dir="auto">${c.tcPrior.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd('h2', c.tcH[5]!)}
${c.tcFaq.map((p, i) => `${hd('h3', c.tcH[6 + i]!)}\n<p dir="auto">${p}</p>`).join('\n')}
</article></div></div></div></div></react-partial></div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin" data-pjax><div class="BorderGrid-row"><div class="BorderGrid-cell">
<h2 class="mb-3 h4">${c.tcAbout[0]}</h2><p class="f4 my-3">${c.tcAbout[1]}</p><div class="my-3 d-flex flex-items-center"><svg class="octicon octicon-link
flex-shrink-0 mr-2"></svg>
<span class="flex-auto min-width-0 css-truncate css-truncate-target width-fit"><a title="https://tc39.es/proposal-array-partition/" role="link" target="_blank"
class="text-bold" rel="noopener noreferrer" href="https://tc39.es/proposal-array-partition/">${c.tcAbout[2]}</a></span></div>
<h3 class="sr-only">Resources</h3>${c.tcAbout
  .slice(3, 7)
  .map((t) => `<div class="mt-2"><a class="Link--muted" href="#"><svg class="octicon mr-2"></svg>${t}</a></div>`)
  .join('\n')}
${c.tcAbout
  .slice(7, 10)
  .map(
    (t) =>
      `<div class="mt-2"><a class="Link Link--muted" href="#"><svg class="octicon mr-2"></svg><strong>${t.split(' ')[0]}</strong> ${t.split(' ')[1]}</a></div>`,
  )
  .join('\n')}
<div class="mt-2"><a class="Link--muted"
href="/contact/report-content?content_url=https%3A%2F%2Fgithub.com%2Ftc39%2Fproposal-array-partition">${c.tcAbout[10]}</a></div>
</div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/tc39/proposal-array-partition/releases" class="Link--primary
no-underline">
${c.tcAbout[11]}</a></h2><div class="text-small color-fg-muted">${c.tcAbout[12]}</div></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell">
<h2 class="h4 mb-3"><a href="/orgs/tc39/packages?repo_name=proposal-array-partition" class="Link--primary no-underline">${c.tcAbout[13]}</a></h2>
<div class="text-small color-fg-muted">${c.tcAbout[14]}</div></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">
<a href="/tc39/proposal-array-partition/graphs/contributors" class="Link--primary no-underline">${c.tcAbout[15]} <span class="Counter ml-1">4</span></a></h2>
<ul class="list-style-none d-flex flex-wrap mb-n2">${['ilsemarwick', 'tbanu', 'ljharb-bot', 'ecmarkup-ci']
  .map(
    (u) => `<li class="mb-2 mr-2"><a href="/${u}"
class="" data-hovercard-type="user"><img src="https://avatars.githubusercontent.com/u/1?s=64&amp;v=4" alt="@${u}" size="32" height="32" width="32"
class="avatar circle"></a></li>`,
  )
  .join('')}
</ul></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">${c.tcAbout[16]}</h2><ul class="list-style-none">
${c.tcAbout
  .slice(17)
  .map(
    (
      t,
    ) => `<li class="d-inline"><a class="d-inline-flex flex-items-center flex-nowrap Link--secondary no-underline text-small mr-3" href="#"><svg class="octicon
mr-2"></svg>
<span class="color-fg-default text-bold mr-1">${t.split(' ')[0]}</span> <span>${t.split(' ')[1]}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center
flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap">
<div class="d-flex flex-items-center flex-shrink-0 mx-2"><a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg
class="octicon octicon-mark-github"></svg></a>
<span>${c.tcFoot[0]}</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
${lis(
  c.tcFoot.slice(1, 8).map((t) => `<a href="#" class="Link--secondary Link">${t}</a>`),
  ' class="mx-2"',
)}<li class="mx-2">
<a href="#" class="Link--secondary Link">Security</a></li></ul></nav></div></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert"></svg>
<button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"><svg class="octicon octicon-x"></svg></button>${c.tcFoot[8]}</div>
</div></body></html>`;
const tc39: TestPage = {
  html,
  name: 'heldout187-github-tc39-proposal-readme',
  kind: 'docs',
  // the README is the article; its "Stage" item is body, its "Champions" and "Authors" items are bylines; code blocks are
  // in neither list; the repository header, tabs, file table (names, commit messages, ages), README tab bar, About
  // sidebar and footer are furniture (the "Security" footer link, the "Code" button and the sr-only "Resources" heading
  // repeat texts listed once; the "Status" footer link is left out, being the text of a README heading)
  title: c.tcTitle,
  headings: c.tcH,
  body: texts([c.tcStatus[0]!, ...c.tcMotivation, ...c.tcProposal, ...c.tcExamples, ...c.tcPrior, ...c.tcFaq]),
  bylines: c.tcStatus.slice(1),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...c.tcNav, ...c.tcRepo, '14', '388', '9', '2', 'ilsemarwick', '5e1a2c9 · 3 weeks ago', 'Name', 'Last commit message', 'Last commit date',
    ...c.tcFiles.flat().filter((t, i, all) => all.indexOf(t) === i && !c.tcRepo.includes(t)), ...c.tcAbout, 'Footer', 'Footer navigation',
    ...c.tcFoot.filter((t) => t !== 'Status'),
  ],
};

export const HELDOUT187_C: readonly TestPage[] = [tc39, metacpanPage];
