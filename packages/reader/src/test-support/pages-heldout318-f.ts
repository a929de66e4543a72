import { ps, type TestPage, texts } from './page-kit.js';
import { hexdocs } from './pages-heldout318-f2.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file f: a Dokka (Kotlin) class page in the HTML format (navigation bar with library name,
 * version and platform filter, the side menu tree, breadcrumbs, the cover with the symbol, description, parameters
 * table and "See also", the Members tabs, and Types / Properties / Functions tables whose rows carry a symbol, a brief
 * and "Link copied to clipboard", and the footer) and, from file f2, an Elixir module page on HexDocs.
 */
const kTitle = 'Backoff';
const kDesc = [
  j(
    'Describes how long a Skein worker waits between two attempts at a failed job. A backoff is attached to a queue when',
    'the queue is declared and applies to every job on it, unless the job overrides it.',
  ),
  j(
    'The subclasses cover the usual strategies. All of them respect <code>maxAttempts</code>: after the last attempt the',
    'job moves to the dead-letter queue and the backoff is no longer asked.',
  ),
  j(
    'Delays are computed on the worker that picked the job up, from the attempt count stored with the job, so a job keeps',
    'its place in the schedule when it moves from one worker to another.',
  ),
  j(
    'Custom strategies are not possible, because the class is sealed: the scheduler stores the backoff with each job and',
    'has to be able to read it back on any worker, whatever version of your code that worker runs.',
  ),
];
const kParams = ['The number of attempts after which a job is given up, counting the first one.'];
const kTypes = [
  'Waits base times two to the power of the attempt, capped at max, with random jitter of up to a quarter of the delay.',
  'Waits the same delay before every attempt. Suits jobs whose failures are caused by a short lock rather than by load.',
  'Never waits; the job is put back at the end of the queue straight away. Meant for tests.',
];
const kProps = ['The number of attempts after which a job is given up, including the first.'];
const kFuns = [
  'Returns the delay before the given attempt, or null when no attempt is left and the job should be dead-lettered.',
  'A copy of this backoff with a different maxAttempts; useful for overriding one job without declaring a new queue.',
];
const kSide = ['skein', 'dev.skein.queue', 'dev.skein.retry', 'DeadLetter', 'RetryContext', 'dev.skein.testing'];
const row = (href: string, name: string, symbol: string, brief: string): string => `<div class="table-row" data-filterable-current=":dokkaHtml/main"
data-filterable-set=":dokkaHtml/main"><div class="main-subrow keyValue "><div class=""><span class="inline-flex"><div><a href="${href}"><span>${name}</span>
</a></div><span class="anchor-label">Link copied to clipboard</span></span></div><div><div class="title"><div class="platform-hinted "
data-platform-hinted="data-platform-hinted"><div class="content sourceset-dependent-content" data-active="" data-togglable=":dokkaHtml/main">
<div class="symbol monospace"><span class="token keyword"></span>${symbol}</div><div class="brief "><p class="paragraph">${brief}</p></div></div></div></div>
</div></div></div>`;
const kHtml = `<!DOCTYPE html>
<html class="no-js"><head><meta name="viewport" content="width=device-width, initial-scale=1" charset="UTF-8">
<title>Backoff</title><link href="../../../images/logo-icon.svg" rel="icon" type="image/svg"><script>var pathToRoot = "../../../";</script>
<script>document.documentElement.classList.replace("no-js","js");</script><script>const storage = localStorage.getItem("dokka-dark-mode");
if (storage == null) { document.documentElement.classList.remove("theme-dark"); }</script>
<script type="text/javascript" src="../../../scripts/sourceset_dependencies.js" async></script><link href="../../../styles/style.css" rel="Stylesheet">
<link href="../../../styles/main.css" rel="Stylesheet"><script type="text/javascript" src="../../../scripts/clipboard.js" async></script>
<script type="text/javascript" src="../../../scripts/navigation-loader.js" async></script>
<script type="text/javascript" src="../../../scripts/platform-content-handler.js" async></script>
<script type="text/javascript" src="../../../scripts/main.js" defer></script></head>
<body><div class="navigation-wrapper" id="navigation-wrapper"><div id="leftToggler"><span class="icon-toggler"></span></div>
<div class="library-name"><a href="../../../index.html">skein</a></div><div><span class="library-version">2.1.0</span></div>
<div class="filter-section" id="filter-section">
<button class="platform-tag platform-selector jvm-like" data-active="" data-filter=":dokkaHtml/main">jvm</button></div>
<div id="searchBar"></div><a class="navigation-controls--btn navigation-controls--btn_theme" id="theme-toggle-button" title="Switch theme"></a></div>
<div id="container"><div id="leftColumn"><div id="sideMenu"><div class="sideMenuPart" id="skein-nav-submenu"><div class="overview">
<a href="../../../index.html">${kSide[0]}</a><span class="navButton"><span class="navButtonContent"></span></span></div>
${kSide
  .slice(1)
  .map(
    (s) => `<div class="sideMenuPart hidden" id="skein-nav-submenu-${s}"><div class="overview"><a href="../${s}/index.html"><span>${s}</span></a></div></div>`,
  )
  .join('\n')}
<div class="sideMenuPart" id="skein-nav-submenu-backoff"><div class="overview"><a href="index.html"><span class="nav-icon class-kt"></span><span>Backoff</span>
</a>
</div></div></div></div></div>
<div id="main"><div class="main-content" data-page-type="classlike" id="content" pageids="skein::dev.skein.retry/Backoff///PointingToDeclaration//1184790">
<div class="breadcrumbs"><a href="../../../index.html">skein</a><span class="delimiter">/</span><a href="../index.html">dev.skein.retry</a>
<span class="delimiter">/</span><span class="current">Backoff</span></div>
<div class="cover "><h1 class="cover"><span><span>${kTitle}</span></span></h1><div class="platform-hinted " data-platform-hinted="data-platform-hinted">
<div class="content sourceset-dependent-content" data-active="" data-togglable=":dokkaHtml/main"><div class="symbol monospace">
<span class="token keyword">sealed
</span><span class="token keyword">class </span><a href="index.html">Backoff</a>(<span class="parameters ">
<span class="parameter ">val maxAttempts<span class="token
operator">: </span>Int</span></span>)<span class="top-right-position"><span class="copy-icon"></span><div class="copy-popup-wrapper popup-to-left">
<span class="copy-popup-icon"></span><span>Content copied to clipboard</span></div></span></div>${ps(kDesc, ' class="paragraph"')}
<h4 class="">Parameters</h4><div class="table"><div class="table-row"><div class="main-subrow keyValue "><div class=""><span class="inline-flex"><div><u>
<span>maxAttempts</span></u></div></span></div><div><div class="title"><p class="paragraph">${kParams[0]}</p></div></div></div></div></div>
<h4 class="">See also</h4><div class="table"><div class="table-row"><div class="main-subrow keyValue "><div class=""><span class="inline-flex"><div>
<a href="../../dev.skein.queue/-queue-spec/index.html"><span>QueueSpec.backoff</span></a></div></span></div><div></div></div></div></div></div></div></div>
<div class="tabbedcontent"><div class="tabs-section" tabs-section="tabs-section"><button class="section-tab" data-active=""
data-togglable="CONSTRUCTOR,TYPE,PROPERTY,FUNCTION">Members</button><button class="section-tab"
data-togglable="CONSTRUCTOR,TYPE,PROPERTY,FUNCTION,EXTENSION_PROPERTY,EXTENSION_FUNCTION">Members &amp; Extensions</button></div>
<div class="tabs-section-body"><div data-togglable="TYPE"><h2 class="">Types</h2><div class="table">
${row('-exponential/index.html', 'Exponential', 'data class Exponential(base: Duration, max: Duration, maxAttempts: Int = 8) : Backoff', kTypes[0] ?? '')}
${row('-fixed/index.html', 'Fixed', 'data class Fixed(delay: Duration, maxAttempts: Int = 5) : Backoff', kTypes[1] ?? '')}
${row('-immediate/index.html', 'Immediate', 'data object Immediate : Backoff', kTypes[2] ?? '')}</div></div>
<div data-togglable="PROPERTY"><h2 class="">Properties</h2><div class="table">
${row('max-attempts.html', 'maxAttempts', 'val maxAttempts: Int', kProps[0] ?? '')}</div></div>
<div data-togglable="FUNCTION"><h2 class="">Functions</h2><div class="table">
${row('delay-for.html', 'delayFor', 'abstract fun delayFor(attempt: Int): Duration?', kFuns[0] ?? '')}
${row('with-max-attempts.html', 'withMaxAttempts', 'abstract fun withMaxAttempts(maxAttempts: Int): Backoff', kFuns[1] ?? '')}</div></div></div></div></div>
<div class="footer"><span class="go-to-top-icon"><a href="#content" id="go-to-top-link"></a></span><span>© 2026 Skein contributors</span>
<span class="pull-right"><span>Generated by </span><a href="https://github.com/Kotlin/dokka"><span>dokka</span><span class="padded-icon"></span></a></span>
</div>
</div></div></body></html>`;
const dokka: TestPage = {
  name: 'heldout318-dokka-kotlin-class',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Types', 'Properties', 'Functions'],
  body: texts([...kDesc, ...kParams, ...kTypes, ...kProps, ...kFuns]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jvm', ...kSide.filter((s) => s !== 'skein'), 'Content copied to clipboard', 'See also', 'QueueSpec.backoff', 'Members', 'Members & Extensions',
    'Link copied to clipboard', '© 2026 Skein contributors', 'Generated by', 'dokka',
  ],
};

export const HELDOUT318_F: readonly TestPage[] = [dokka, hexdocs];
