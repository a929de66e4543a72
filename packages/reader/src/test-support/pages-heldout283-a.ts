import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';
import { npmPage } from './pages-heldout283-a2.js';

/**
 * Held-out batch 283, file a: a GitHub repository page with its README rendered (app header, repository header with
 * Watch / Fork / Star, the repository tabs, the file table with the latest commit, the About sidebar with topics,
 * releases, contributors and languages, and the footer) and, from file a2, an npm package page.
 */
const gTitle = 'driftwood';
const gIntro = [
  j(
    'Driftwood is a small, dependency-free scheduler for batch jobs that must run close to the data they read. It keeps',
    'a queue per storage volume, so a job that reads from the archive disk never waits behind one that writes to scratch.',
  ),
  j(
    'We wrote it for the survey pipeline at Corran Bay, where nightly jobs were spending more time queueing than',
    'working. It has run every night there since the spring of 2024 without a missed window.',
  ),
];
const gH = ['Why another scheduler?', 'Installation', 'Quick start', 'Configuration', 'Contributing'];
const gWhy = [
  j(
    'General schedulers treat every job as equal and every disk as far away. That is a sensible default for web services,',
    'but a batch job that scans four hundred gigabytes cares much more about which volume it lands on than about its',
    'place in a global queue.',
  ),
  'Driftwood makes three promises and tries to keep nothing else:',
];
const gPromises = [
  'a job is queued on the volume it reads most, as declared in its manifest;',
  'no volume runs more than its configured number of jobs at once;',
  'a job that fails is retried once on the same volume, then parked for a person to look at.',
];
const gInstall = [
  'Driftwood needs Python 3.11 or newer and nothing outside the standard library. Install it from the package index:',
  'pip install driftwood-sched',
  'The package installs one command, <code>driftwood</code>, and one importable module of the same name.',
];
const gQuick = [
  j(
    'Write a manifest for each job. The only required keys are the command to run and the volume it reads; everything',
    'else has a default that suits a single machine.',
  ),
  'Then start the scheduler in the directory that holds the manifests and leave it running:',
  'driftwood serve --manifests ./jobs --state ./state.db',
  j(
    'The scheduler writes one line per job start and finish to standard output. If you stop it, jobs already running are',
    'allowed to finish, and queued jobs are picked up again on the next start.',
  ),
];
const gConfigIntro = 'The settings you are most likely to change live in <code>driftwood.toml</code>:';
const gRows = [
  ['max_per_volume', '2', 'Jobs allowed to run at once on one volume'],
  ['retry_delay', '10m', 'Wait before the single retry of a failed job'],
  ['park_dir', './parked', 'Where the logs of parked jobs are copied'],
];
const gContrib = [
  j(
    'Bug reports are welcome, and so are small pull requests with a test. For anything larger, please open an issue first so',
    'we can agree on the shape of the change before you spend an evening on it.',
  ),
  'Driftwood is released under the MIT licence.',
];
const gBody = texts([...gIntro, ...gWhy, ...gPromises, ...gInstall, ...gQuick, gConfigIntro, ...gRows.flat(), ...gContrib]);
const gNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gTabs = ['Code', 'Issues', 'Pull requests', 'Actions', 'Projects', 'Security', 'Insights'];
const gFiles = ['.github/workflows', 'driftwood', 'examples', 'tests', 'LICENSE', 'README.md', 'pyproject.toml'];
const gTopics = ['scheduler', 'batch-processing', 'hpc', 'python'];
const gFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const cell = (c: string): string => `<td>${c}</td>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>GitHub - corranbay/driftwood: Volume-aware batch job scheduler</title>
<meta name="description" content="Volume-aware batch job scheduler. Contribute to corranbay/driftwood development by creating an account on GitHub.">
<meta property="og:title" content="GitHub - corranbay/driftwood: Volume-aware batch job scheduler"><meta property="og:type" content="object">
<meta name="octolytics-dimension-repository_nwo" content="corranbay/driftwood"><link rel="canonical" href="https://github.com/corranbay/driftwood">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-react.css">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["repos_overview_react"]}</script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div class="logged-out env-production page-responsive">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner">
<nav aria-label="Global" class="HeaderMenu-nav"><ul class="d-lg-flex list-style-none">${links(gNav, 'HeaderMenu-item position-relative')}</ul></nav>
<div class="search-input"><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></div>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main " data-commit-hovercards-enabled>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor)">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author">
<a class="url fn" rel="author" href="/corranbay">corranbay</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/corranbay/driftwood">driftwood</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login" class="btn-sm btn">Notifications</a></li>
<li><a href="/login" class="btn-sm btn">Fork <span id="repo-network-counter" class="Counter">14</span></a></li>
<li><a href="/login" class="btn-sm btn">Star <span id="repo-stars-counter-star" class="Counter js-social-count">312</span></a></li></ul></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav UnderlineNav px-3">
<ul class="UnderlineNav-body list-style-none">${links(gTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content ">
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main">
<div class="react-directory-commit-message"><a class="Link--secondary" href="/corranbay/driftwood/commits?author=maren-holt">maren-holt</a>
<span class="Truncate-text">Retry parked jobs on the same volume (#88)</span> <relative-time datetime="2026-02-27T09:12:00Z">last week</relative-time>
<a href="/corranbay/driftwood/commits/main/" class="Link--secondary">214 Commits</a></div>
<table aria-labelledby="folders-and-files" class="Table-module__Box--KyMHK"><tbody>${gFiles
  .map((f) => `<tr class="react-directory-row"><td class="react-directory-row-name-cell-large-screen"><a title="${f}" href="/tree/${f}">${f}</a></td></tr>`)
  .join('\n')}</tbody></table>
<div id="readme" class="Box MD Box--responsive"><div class="Box-header"><h2 class="Box-title">README</h2>
<a href="/corranbay/driftwood/blob/main/LICENSE">MIT license</a></div>
<div class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
<div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">${gTitle}</h1><a id="user-content-driftwood"
class="anchor" aria-label="Permalink: driftwood" href="#driftwood"></a></div>
<p dir="auto"><a href="https://github.com/corranbay/driftwood/actions"><img src="https://camo.githubusercontent.example/ci.svg" alt="CI"></a></p>
${ps(gIntro, ' dir="auto"')}
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${gH[0]}</h2></div>
${ps(gWhy, ' dir="auto"')}
<ul dir="auto">${lis(gPromises)}</ul>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${gH[1]}</h2></div>
<p dir="auto">${gInstall[0]}</p>
<div class="snippet-clipboard-content notranslate position-relative overflow-auto"><pre class="notranslate"><code>${gInstall[1]}</code></pre></div>
<p dir="auto">${gInstall[2]}</p>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${gH[2]}</h2></div>
${ps(gQuick.slice(0, 2), ' dir="auto"')}
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto"><pre>${gQuick[2]}</pre></div>
<p dir="auto">${gQuick[3]}</p>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${gH[3]}</h2></div>
<p dir="auto">${gConfigIntro}</p>
<markdown-accessiblity-table><table><thead><tr><th>Setting</th><th>Default</th><th>Meaning</th></tr></thead>
<tbody>${gRows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}</tbody></table></markdown-accessiblity-table>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${gH[4]}</h2></div>
${ps(gContrib, ' dir="auto"')}
</article></div></div></div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin"><div class="BorderGrid-row"><div class="BorderGrid-cell">
<h2 class="mb-3 h4">About</h2><p class="f4 my-3">Volume-aware batch job scheduler</p>
<div class="my-3"><div class="f6">${gTopics.map((t) => `<a href="/topics/${t}" class="topic-tag topic-tag-link">${t}</a>`).join('\n')}</div></div>
<h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file">Readme</a></div>
<div class="mt-2"><a href="/corranbay/driftwood/activity" class="Link--muted">Activity</a></div>
<div class="mt-2"><a href="/stargazers" class="Link--muted"><strong>312</strong> stars</a></div>
<div class="mt-2"><a href="/watchers" class="Link--muted"><strong>9</strong> watching</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/releases" class="Link--primary no-underline">Releases
<span class="Counter">6</span></a></h2><span class="css-truncate css-truncate-target text-bold mr-2">v1.3.0</span>
<span class="Label Label--success flex-shrink-0">Latest</span></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Contributors</h2>
<ul class="list-style-none">${links(['maren-holt', 'ospreyfield', 'tjalling-v'])}</ul></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none">
<li class="d-inline"><span class="color-fg-default text-bold mr-1">Python</span><span>96.8%</span></li>
<li class="d-inline"><span class="color-fg-default text-bold mr-1">Shell</span><span>3.2%</span></li></ul></div></div></div></div></div></div>
</turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<span class="flex-order-2">© 2026 GitHub,&nbsp;Inc.</span><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0">${links(gFoot, 'mx-2')}</ul></nav></footer>
<div id="ghcc" class="cookie-consent-banner"><p>We use optional cookies to improve your experience on our websites and to display personalized advertising
based on your online activity.</p><button class="btn">Accept</button> <button class="btn">Reject</button></div></div></body></html>`;
const github: TestPage = {
  name: 'heldout283-github-repository-readme-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: gBody,
  bylines: ['maren-holt', 'last week'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gNav, 'Search or jump to...', 'Sign in', 'Sign up', 'corranbay', 'Public', 'Notifications', 'Fork', 'Star', '312',
    ...gTabs.filter((t) => t !== 'Pull requests'),
    'Retry parked jobs on the same volume (#88)', '214 Commits', ...gFiles.filter((f) => f !== 'driftwood'), 'README', 'MIT license',
    'Volume-aware batch job scheduler',
    'batch-processing', 'hpc', 'Resources', 'Readme', 'Activity', 'stars', 'watching', 'Releases', 'v1.3.0', 'Latest', 'Contributors', 'ospreyfield',
    'tjalling-v',
    'Languages', 'Shell', '96.8%', '3.2%', '© 2026 GitHub, Inc.', 'Footer navigation', ...gFoot,
    'We use optional cookies to improve your experience on our websites and to display personalized advertising based on your online activity.',
    'Accept', 'Reject',
  ],
};

export const HELDOUT283_A: readonly TestPage[] = [github, npmPage];
