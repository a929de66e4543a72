import { links, type TestPage, texts } from './page-kit.js';
import { msLearnRetired } from './pages-heldout73-e2.js';
import { ghAbout, ghArchived, ghBody, ghFiles, ghFlash, ghFoot, ghHdrNav, ghLangs, ghTabs, ghTopics } from './pages-heldout73-e3.js';

/**
 * Held-out batch 73, file e: a GitHub repository front page of an archived repository (logged-out header, session flash
 * messages, owner/name with "Public archive", Notifications / Fork / Star, the repository tabs, the "archived by the owner"
 * banner, branch and file list with last commits, README with badges and a "Warning" alert at its top, and the About, Releases,
 * Packages, Contributors and Languages sidebar, then the GitHub footer); and a Microsoft Learn article on a retired product with
 * the archived-content disclaimer, "Retired" badge, page actions, "In this article", an authored "Important" alert, feedback,
 * additional resources and the Learn footer.
 */
const ghRepoTitle = 'ledgerlint';
const ghAlert = [
  'This project is no longer maintained. The rules and the formatter now live in <a href="https://github.com/tallyhouse/journal-tools">journal-tools</a>, ' +
    'which reads the same configuration file.',
];
const ghIntro = [
  '<strong>ledgerlint</strong> checks and formats plain-text accounting journals. It catches the mistakes that make a ledger ' +
    'quietly wrong: transactions that do not balance, accounts that are used once and never again, dates out of order, and ' +
    'amounts with the wrong number of decimals for their commodity.',
  'It started as a weekend script to catch the one typo that had cost its author an evening of reconciling, and grew into a ' +
    'tool used by bookkeepers and hobbyists alike.',
];
const ghFeatures = [
  'Fast: checks a ten-year personal journal in well under a second.',
  'Understands the common journal dialects, including includes and periodic transactions.',
  'Formats amounts into aligned columns without touching comments.',
  'Runs as a pre-commit hook or in CI, with machine-readable output.',
];
const ghInstall = ['With Go 1.21 or newer:', 'Prebuilt binaries for Linux, macOS and Windows are attached to every release.'];
const ghUsage = [
  'Run it on a journal file, or on a directory to check every <code>.journal</code> file below it. The exit code is 1 when any ' +
    'rule fails, so it works as a CI step without extra flags.',
  'Use <code>--format=json</code> or <code>--format=sarif</code> for output that editors and code-scanning tools can read. ' +
    'Each finding names the file, the line, the rule and what to change.',
];
const ghRules = [
  ['balance', 'Every transaction sums to zero in each commodity.'],
  ['date-order', 'Transactions in a file appear in date order.'],
  ['precision', 'Amounts use the decimal places declared for their commodity.'],
  ['orphan-account', 'Accounts that are used only once, which are often typos.'],
];
const ghConfig = [
  'Rules are configured in a <code>.ledgerlint.toml</code> file at the root of your journal directory. Any rule can be turned ' +
    'off or limited to certain files.',
];
const ghContrib = [
  'The repository is archived, so issues and pull requests are closed. Please open them on journal-tools instead. Thank you to ' +
    'the 23 people who contributed rules, fixes and translations over five years.',
];
const ghLicense = ['MIT. See <a href="/fernwood/ledgerlint/blob/main/LICENSE">LICENSE</a>.'];
const ghHeads = ['Features', 'Installation', 'Usage', 'Rules', 'Configuration', 'Contributing', 'License'];
const ghAnchor =
  '<svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true"><path d="m7.775 3.275"></path></svg>';
const ghH = (
  t: string,
  level = 2,
): string => `<div class="markdown-heading" dir="auto"><h${level} tabindex="-1" class="heading-element" dir="auto">${t}</h${level}><a
id="user-content-${t.toLowerCase()}" class="anchor" aria-label="Permalink: ${t}" href="#${t.toLowerCase()}">${ghAnchor}</a></div>`;
const ghP = (a: readonly string[]): string => a.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const ghPre = (lang: string, code: string): string => `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto"
dir="auto"><pre>${code}</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy
m-2
p-0 d-flex flex-justify-center flex-items-center" data-copy-feedback="Copied!" data-tooltip-direction="w" value="${code}" tabindex="0" role="button"><svg
aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-copy js-clipboard-copy-icon"><path d="M0 6.75C0
5.784"></path>
</svg></clipboard-copy></div></div>`;
const ghReadme = `<article class="markdown-body entry-content container-lg" itemprop="text">${ghH(ghRepoTitle, 1)}
<p dir="auto"><a href="https://github.com/fernwood/ledgerlint/actions/workflows/ci.yml"><img
src="https://github.com/fernwood/ledgerlint/actions/workflows/ci.yml/badge.svg"
alt="CI" style="max-width: 100%;"></a> <a href="https://pkg.go.dev/github.com/fernwood/ledgerlint" rel="nofollow"><img
src="https://camo.githubusercontent.com/9f1c/676f2d7265666572656e6365" alt="Go Reference"
data-canonical-src="https://pkg.go.dev/badge/github.com/fernwood/ledgerlint.svg"
style="max-width: 100%;"></a> <a href="/fernwood/ledgerlint/blob/main/LICENSE"><img src="https://camo.githubusercontent.com/2ab4/6c6963656e7365" alt="License:
MIT"
style="max-width: 100%;"></a></p>
<div class="markdown-alert markdown-alert-warning" dir="auto"><p class="markdown-alert-title" dir="auto"><svg class="octicon octicon-alert mr-2" viewBox="0 0
16 16"
version="1.1" width="16" height="16" aria-hidden="true"><path d="M6.457 1.047c.659-1.234"></path></svg>Warning</p>${ghP(ghAlert)}</div>
${ghP(ghIntro)}
${ghH(ghHeads[0]!)}
<ul dir="auto">${ghFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ghH(ghHeads[1]!)}
${ghP(ghInstall.slice(0, 1))}
${ghPre('shell', 'go install github.com/fernwood/ledgerlint/cmd/ledgerlint@latest')}
${ghP(ghInstall.slice(1))}
${ghH(ghHeads[2]!)}
${ghPre('shell', 'ledgerlint check ~/finance/2024.journal\nledgerlint fmt --write ~/finance/')}
${ghP(ghUsage)}
${ghH(ghHeads[3]!)}
<markdown-accessiblity-table><table><thead><tr><th>Rule</th><th>What it checks</th></tr></thead><tbody>
${ghRules.map(([r, d]) => `<tr><td><code>${r}</code></td><td>${d}</td></tr>`).join('\n')}
</tbody></table></markdown-accessiblity-table>
${ghH(ghHeads[4]!)}
${ghP(ghConfig)}
${ghH(ghHeads[5]!)}
${ghP(ghContrib)}
${ghH(ghHeads[6]!)}
${ghP(ghLicense)}
</article>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-225433424a87.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/github-6a4ba7c1d5e6.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-0b5c7d1f.js"></script>
<title>GitHub - fernwood/ledgerlint: ${ghAbout}</title><meta name="description" content="${ghAbout} Contribute to fernwood/ledgerlint development by
creating an account on GitHub."><meta name="viewport" content="width=device-width"><meta property="og:title" content="GitHub - fernwood/ledgerlint">
<meta name="octolytics-dimension-repository_is_fork" content="false"><meta name="octolytics-dimension-repository_public" content="true">
<meta name="go-import" content="github.com/fernwood/ledgerlint git https://github.com/fernwood/ledgerlint.git"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4
color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode="light">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1"><a class="mr-lg-3 color-fg-inherit
flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon
octicon-mark-github">
<path d="M12 1C5.923 1 1 5.923"></path></svg></a><nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex
list-style-none">${ghHdrNav
  .map(
    (t) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center
js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex
flex-items-center flex-justify-between js-details-target" aria-expanded="false">${t}</button></li>`,
  )
  .join(
    '\n',
  )}</ul></nav><div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3">
<qbsearch-input class="search-input" data-scope="repo:fernwood/ledgerlint"><div class="search-input-container search-with-dialog position-relative d-flex
flex-row flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch
flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton"
placeholder="Search or jump to..."><div class="mr-2 color-fg-muted"><svg class="octicon octicon-search" viewBox="0 0 16 16" width="16" height="16"><path
d="M10.68 11.74a6"></path></svg></div><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></div>
</qbsearch-input><div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a
href="/login?return_to=https%3A%2F%2Fgithub.com%2Ffernwood%2Fledgerlint"
class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">Sign
in</a></div><a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex
no-underline
border color-border-default rounded px-2 py-1">Sign up</a></div></div></header></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace>${ghFlash
  .map(
    (
      t,
    ) => `<div class="flash flash-full flash-notice" hidden><div class="px-2"><button class="flash-close js-flash-close" type="button" aria-label="Dismiss this
message"><svg class="octicon octicon-x" viewBox="0 0 16 16" width="16" height="16"><path d="M3.72 3.72"></path></svg></button><div aria-atomic="true"
role="alert"
class="js-flash-alert">${t.replace(' Reload', ' <a class="Link--inTextBlock" href="">Reload</a>')}</div></div></div>`,
  )
  .join('\n')}
<template class="js-flash-template"><div class="flash flash-full"><div class="px-2"><button class="flash-close js-flash-close" type="button" aria-label="Dismiss
this message"></button><div aria-atomic="true" role="alert" class="js-flash-alert"><div></div></div></div></div></template></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor,
var(--color-page-header-bg));" data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto
min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg class="octicon octicon-repo color-fg-muted mr-2"
viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M2 2.5A2.5"></path></svg><span class="author flex-self-stretch" itemprop="author"><a
class="url fn" rel="author" data-hovercard-type="organization" href="/fernwood">fernwood</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a data-pjax="#repo-content-pjax-container"
href="/fernwood/ledgerlint">ledgerlint</a></strong><span></span>
<span class="Label Label--attention v-align-middle mr-1">Public archive</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none
d-md-inline"
style="padding: 2px 0;"><li><a href="/login?return_to=%2Ffernwood%2Fledgerlint" rel="nofollow" class="tooltipped tooltipped-s btn-sm btn" aria-label="You must
be
signed in to change notification settings"><svg class="octicon octicon-bell mr-2" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M8
16a2">
</path></svg>Notifications</a></li><li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Ffernwood%2Fledgerlint" rel="nofollow" class="btn-sm
btn"><svg
class="octicon octicon-repo-forked mr-2" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M5 5.372v.878"></path></svg>Fork <span
id="repo-network-counter" title="212" class="Counter">212</span></a></li><li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Ffernwood%2Fledgerlint"
rel="nofollow" class="tooltipped tooltipped-s btn-sm btn BtnGroup-item" aria-label="You must be signed in to star a repository"><svg class="octicon octicon-star
v-align-text-bottom d-inline-block mr-2" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M8 .25a.75"></path></svg><span
class="d-inline">Star
</span> <span id="repo-stars-counter-star" aria-label="3412 users starred this repository" title="3,412" class="Counter
js-social-count">3.4k</span></a></div></li>
</ul></div></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden
UnderlineNav
px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">${ghTabs
  .map(
    ([t, n], i) => `<li class="d-inline-flex"><a id="${t!.toLowerCase().replace(' ', '-')}-tab" href="/fernwood/ledgerlint${i ? `/${t!.toLowerCase()}` : ''}"
class="UnderlineNav-item no-wrap js-responsive-underlinenav-item${i ? '' : ' selected'}"${i ? '' : ' aria-current="page"'}><span
data-content="${t}">${t}</span>${n ? `<span title="${n}" class="Counter">${n}</span>` : ''}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance"><div id="repo-content-pjax-container" class="repository-content">
<div class="flash flash-warn flash-full border-top-0 text-center text-bold py-2"><svg class="octicon octicon-archive mr-2" viewBox="0 0 16 16" width="16"
height="16"
aria-hidden="true"><path d="M0 2.75C0 1.784"></path></svg>${ghArchived}</div>
<h1 class="sr-only">fernwood/ledgerlint</h1>
${ghBody(ghReadme)}
</div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center
flex-shrink-0
mx-auto"><a aria-label="GitHub Homepage" class="footer-octicon mr-2" href="https://github.com"><svg aria-hidden="true" height="24" viewBox="0 0 24 24"
width="24"
class="octicon octicon-mark-github"><path d="M12 1C5.923"></path></svg></a><span>© 2025 GitHub, Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only"
id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
${links(ghFoot, 'mx-2')}</ul></nav></footer></div></body></html>`;

const githubReadme: TestPage = {
  html: ghHtml,
  name: 'heldout73-github-archived-readme-docs',
  kind: 'docs',
  // the README is the article, its h1 (the repository name) the title; the "Warning" alert at its top is the author's and is
  // body (its label furniture); the platform's "archived by the owner" banner is furniture; the rules table's data cells are
  // body, header cells and code blocks in neither list; the repository name in the header repeats the title: left out, and so
  // do the "LICENSE" file name and the language "Go", words of short README lines, and the sidebar's hidden "License", a heading of the README
  title: ghRepoTitle,
  headings: ghHeads,
  body: [
    ...texts(ghAlert),
    ...texts(ghIntro),
    ...ghFeatures,
    ...ghInstall,
    ...texts(ghUsage),
    ...texts(ghRules.flat()),
    ...texts(ghConfig),
    ...ghContrib,
    ...texts(ghLicense),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ghHdrNav, 'Search or jump to...', 'Sign in', 'Sign up', ...ghFlash, 'fernwood', 'Public archive', 'Notifications', 'Fork', '212',
    'Star', '3.4k', ...ghTabs.map(([t]) => t!), ghArchived, 'main', 'Branches', 'Tags', 'Go to file', 'Name',
    'Last commit message', 'Last commit date', 'Latest commit', 'amira-s', '4e1c9b2', 'Jan 5, 2025', '318 Commits',
    ...ghFiles.flatMap(([f, m, d]) => [f!, m!, d!]).filter((t, i, a) => a.indexOf(t) === i && t !== 'LICENSE'), 'README', 'MIT license', 'Warning', 'About',
    ghAbout, 'ledgerlint.example', 'Topics', ...ghTopics, 'Activity', 'Custom properties', 'Stars', '3.4k stars', 'Watchers',
    '41 watching', 'Forks', '212 forks', 'Report repository', 'Releases 14', 'v1.9.2', 'Latest', 'Dec 18, 2024', '+ 13 releases', 'Packages',
    'No packages published', 'Contributors 23', '+ 20 contributors', 'Languages', ...ghLangs.flat().filter((t) => t !== 'Go'),
    'Footer', '© 2025 GitHub, Inc.', 'Footer navigation',
    ...ghFoot.filter((t) => t !== 'Security'),
  ],
};

export const HELDOUT73_E: readonly TestPage[] = [githubReadme, msLearnRetired];
