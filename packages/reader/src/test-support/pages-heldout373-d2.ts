import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';

/**
 * Held-out batch 373, file d2: a TC39 proposal repository on GitHub with its README rendered below the file list (global
 * header with the Product / Solutions / Resources menus, repository header with Notifications / Fork / Star, the repository
 * tabs, the branch and commit bar, the file rows, the markdown-heading wrappers with their permalinks, the About sidebar with
 * stars, watchers, forks, Releases, Packages, Contributors and Languages, and the footer with its cookie links).
 */
const gTitle = 'Proposal: Array.prototype.windows';
const gStatus = ['Champions: Ljuba Marković, Ondine Faure', 'Author: Ondine Faure', 'Stage: 2'];
const gMotivation = [
  j(
    'Looking at neighbouring elements of an array is one of the most common loops in everyday programs: computing the',
    'difference between consecutive readings, checking that a list is sorted, or drawing a line through a series of points.',
  ),
  j(
    'Today each of these needs an index loop with careful bounds, or a chain of <code>slice</code> and <code>map</code> calls',
    'that allocates a copy of the array. Off-by-one mistakes at the last element are easy to make and hard to spot in review.',
  ),
];
const gApi = [
  j(
    '<code>Array.prototype.windows(size)</code> returns an iterator of arrays, each holding <code>size</code> consecutive',
    'elements. With a size of 2 on the array <code>[1, 4, 9]</code>, it yields <code>[1, 4]</code> and then <code>[4, 9]</code>.',
  ),
  'The following rules apply:',
];
const gRules = [
  'A size that is not a positive integer throws a RangeError.',
  'An array shorter than the size yields nothing at all.',
  'Holes are read as undefined, as with other iterator methods.',
];
const gFaq = [
  j(
    'Why not return an array of arrays? Because the number of windows grows with the input, and most callers consume them one',
    'at a time. Anyone who wants an array can spread the iterator.',
  ),
  j(
    'How does this relate to chunking? Chunks do not overlap and windows do. The committee discussed one method with a step',
    'argument, and preferred two names that each say what they do.',
  ),
];
const gPrior = ['Several programming environments already offer the same operation under similar names:'];
const gPriorList = [
  'a windows method on slices in a systems language, returning overlapping views without copying;',
  'a sliding function in a popular functional utility library, with an optional step argument;',
  'a pairwise helper in an iterator library, limited to windows of two.',
];
const gNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gTabs = ['Code', 'Issues 14', 'Pull requests 2', 'Actions', 'Security', 'Insights'];
const gFiles = ['.github/workflows', 'spec.emu', 'package.json', 'LICENSE', 'README.md'];
const gFootA = ['Terms', 'Privacy', 'Security'];
const gFootB = ['Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const mh = (level: number, id: string, t: string): string => `<div class="markdown-heading" dir="auto"><h${level} tabindex="-1" class="heading-element"
dir="auto">${t}</h${level}><a id="user-content-${id}" class="anchor" aria-label="Permalink: ${t}" href="#${id}"><svg class="octicon octicon-link"
viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg></a></div>`;
const gHtml = `<!DOCTYPE html><html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>GitHub - tc39/proposal-array-windows: Sliding windows over arrays</title>
<meta name="description" content="Sliding windows over arrays. Contribute to tc39/proposal-array-windows development by creating an account on GitHub.">
<meta property="og:image" content="https://opengraph.githubassets.example/1/tc39/proposal-array-windows"><meta property="og:site_name" content="GitHub">
<meta name="route-controller" content="files"><meta name="route-action" content="disambiguate"><meta name="octolytics-dimension-repository_nwo"
content="tc39/proposal-array-windows"><link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-react.css">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.example/assets/wp-runtime.js"></script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">Navigation Menu</h2>
<nav aria-label="Global"><ul class="d-lg-flex list-style-none">${links(gNav, 'HeaderMenu-item position-relative flex-wrap flex-justify-between')}</ul></nav>
<qbsearch-input class="search-input"><button type="button" class="header-search-button placeholder input-button form-control">
<span class="flex-1">Search or jump to...</span></button></qbsearch-input>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Ftc39%2Fproposal-array-windows" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5">
<div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/tc39">tc39</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/tc39/proposal-array-windows">proposal-array-windows</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login" class="btn-sm btn">Notifications</a></li>
<li><a href="/login" class="btn-sm btn">Fork <span class="Counter">12</span></a></li><li><a href="/login" class="btn-sm btn">Star
<span class="Counter js-social-count">340</span></a></li></ul></div>
<nav class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository">
<ul class="UnderlineNav-body list-style-none">${links(gTabs, 'd-inline-flex')}</ul></nav></div>
<div class="repository-content"><div class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end">
<div class="Layout-main"><react-partial partial-name="repos-overview" data-ssr="true"><div class="Box-sc-g0xbh4-0 prc-PageLayout-Content">
<button type="button" class="prc-Button-ButtonBase-c50BI"><span class="prc-Button-Label-pTQ3x">main</span></button>
<a href="/tc39/proposal-array-windows/branches" class="prc-Link-Link-85e08">2 Branches</a> <a href="/tc39/proposal-array-windows/tags">0 Tags</a>
<span class="prc-Text-Text-0ima0">Go to file</span><span class="prc-Button-Label-pTQ3x">Code</span>
<table aria-labelledby="folders-and-files" class="Table-module__Box--KyMHK"><thead><tr><th><span class="sr-only">Name</span></th>
<th><span class="sr-only">Last commit message</span></th><th><span class="sr-only">Last commit date</span></th></tr></thead><tbody>
<tr class="react-directory-row"><td colspan="3"><a href="/ondine-f">ondine-f</a> <span>Clarify holes and negative sizes</span>
<span>a41c9e2 · 3 weeks ago</span> <a href="/tc39/proposal-array-windows/commits/main/">58 Commits</a></td></tr>
${gFiles.map((f) => `<tr class="react-directory-row"><td class="react-directory-row-name-cell-large-screen"><a href="#">${f}</a></td></tr>`).join('\n')}
</tbody></table>
<div class="Box-sc-g0xbh4-0 ehcSsh"><h2 class="sr-only">Repository files navigation</h2><ul role="tablist">
<li><a href="#readme-ov-file" class="prc-UnderlineNav-UnderlineNavItem-syRjR">README</a></li>
<li><a href="#MIT-1-ov-file" class="prc-UnderlineNav-UnderlineNavItem-syRjR">MIT license</a></li></ul></div>
<article class="markdown-body entry-content container-lg" itemprop="text">${mh(1, 'proposal-arrayprototypewindows', gTitle)}
${mh(2, 'status', 'Status')}<ul>${gStatus.map((s) => `<li>${s}</li>`).join('\n')}</ul>
${mh(2, 'motivation', 'Motivation')}${ps(gMotivation, ' dir="auto"')}
${mh(2, 'proposed-api', 'Proposed API')}${ps(gApi, ' dir="auto"')}<ul dir="auto">${gRules.map((r) => `<li>${r}</li>`).join('\n')}</ul>
${mh(2, 'prior-art', 'Prior art')}${ps(gPrior, ' dir="auto"')}<ul dir="auto">${gPriorList.map((r) => `<li>${r}</li>`).join('\n')}</ul>
${mh(2, 'faq', 'FAQ')}${ps(gFaq, ' dir="auto"')}</article></div></react-partial></div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin" data-pjax><div class="BorderGrid-row"><div class="BorderGrid-cell">
<h2 class="mb-3 h4">About</h2><p class="f4 my-3">Sliding windows over arrays</p>
<a href="https://tc39.es/proposal-array-windows/" class="text-bold" rel="noopener noreferrer nofollow">tc39.es/proposal-array-windows/</a>
<h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file">Readme</a></div>
<div class="mt-2"><a href="#MIT-1-ov-file" class="Link--muted">MIT license</a></div>
<div class="mt-2"><a class="Link--muted" href="/tc39/proposal-array-windows/activity">Activity</a></div>
<div class="mt-2"><a class="Link--muted" href="/tc39/proposal-array-windows/custom-properties">Custom properties</a></div>
<h3 class="sr-only">Stars</h3><div class="mt-2"><a href="/tc39/proposal-array-windows/stargazers" class="Link Link--muted"><strong>340</strong> stars</a></div>
<div class="mt-2"><a href="/tc39/proposal-array-windows/watchers" class="Link Link--muted"><strong>21</strong> watching</a></div>
<div class="mt-2"><a href="/tc39/proposal-array-windows/forks" class="Link Link--muted"><strong>12</strong> forks</a></div>
<div class="mt-2"><a class="Link--muted" href="/contact/report-content">Report repository</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Releases</h2>
<div class="text-small color-fg-muted">No releases published</div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Packages <span class="Counter">0</span></h2>
<div class="text-small color-fg-muted">No packages published</div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Contributors <span class="Counter">6</span></h2></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none">
<li class="d-inline"><span class="color-fg-default text-bold mr-1">HTML</span><span>91.3%</span></li>
<li class="d-inline"><span class="color-fg-default text-bold mr-1">JavaScript</span><span>8.7%</span></li></ul></div></div></div></div></div></div>
</main></div><footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row"><span>© 2026 GitHub,&nbsp;Inc.</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center">
${links(gFootA, 'mx-2')}<li class="mx-2"><a href="https://www.githubstatus.example/">Status</a></li>${links(gFootB, 'mx-2')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can’t perform that action at this time.</div>
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["copilot_immersive_file_preview"]}</script></div></body></html>`;
export const tc39: TestPage = {
  name: 'heldout373-github-tc39-proposal-readme',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Status', 'Motivation', 'Proposed API', 'Prior art', 'FAQ'],
  body: texts([...gStatus, ...gMotivation, ...gApi, ...gRules, ...gPrior, ...gPriorList, ...gFaq]),
  bylines: ['ondine-f', 'a41c9e2 · 3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', ...gNav, 'Search or jump to...', 'Sign in', 'Sign up', 'tc39', 'proposal-array-windows', 'Public',
    'Notifications', 'Fork 12', 'Star 340', ...gTabs, 'main', '2 Branches', '0 Tags', 'Go to file', 'Last commit message', 'Last commit date',
    'Clarify holes and negative sizes', '58 Commits', ...gFiles, 'Repository files navigation', 'README', 'MIT license', 'About',
    'Sliding windows over arrays', 'tc39.es/proposal-array-windows/', 'Readme', 'Activity', 'Custom properties', '340 stars', '21 watching', '12 forks',
    'Report repository', 'Releases', 'No releases published', 'Packages 0', 'No packages published', 'Contributors 6', 'Languages', 'HTML', '91.3%',
    'JavaScript', '8.7%', 'Footer', '© 2026 GitHub, Inc.', 'Footer navigation', ...gFootA, ...gFootB,
  ],
};
