import { links, type TestPage, texts } from './page-kit.js';
import { mediawikiHelp } from './pages-heldout86-d2.js';

/**
 * Held-out batch 86, file d: a Go package page on pkg.go.dev (the hidden cookie notice, the go.dev header with its
 * dropdown menus and "Skip to Main Content", the breadcrumb with the copy-path button, the unit header with "package",
 * version, "Latest", "Published", licence, imports and imported-by, the "Details" / "Repository" / "Links" aside, the
 * outline nav with "Jump to ...", the Documentation section with Overview (doc headings, code), Index, Examples, Constants,
 * Variables, Functions and Types, a runnable example in a <details> with Share / Format / Run, "Source Files", the hidden
 * keyboard-shortcut and jump dialogs, and the go.dev footer) and, from file d2, a MediaWiki help page on mediawiki.org.
 */
const goTitle = 'retry';
const goH = ['Documentation', 'Overview', 'Backoff', 'Cancellation', 'Constants', 'Variables', 'Functions', 'func Do', 'func Permanent', 'Types'];
const goH2 = ['type Policy', 'func Exponential', 'func (Policy) Delay'];
const goOverview = [
  'Package retry runs an operation again when it fails, waiting a little longer between attempts each time.',
  'The zero Policy makes a single attempt; start from <a href="#Exponential">Exponential</a> or set the fields yourself. A Policy is ' +
    'a plain value and is safe to share between goroutines.',
];
const goBackoff = [
  'The delay before attempt n is Base multiplied by Factor to the power n-1, capped at Max. When Jitter is greater than zero, each ' +
    'delay is multiplied by a random number between 1-Jitter and 1+Jitter, so that many clients retrying at once do not all wake up ' +
    'together.',
];
const goCancel = [
  'Do stops as soon as the context is done, even in the middle of a wait, and returns the context’s error joined with the last ' +
    'error from the operation. Use <a href="/errors#Is">errors.Is</a> to check for either.',
  'An operation can end the loop early by returning an error wrapped with <a href="#Permanent">Permanent</a>. Do then returns the ' +
    'wrapped error without further attempts.',
];
const goConst = ['Default values used by <a href="#Exponential">Exponential</a>.'];
const goVar = ['ErrExhausted is returned, joined with the operation’s last error, when every attempt has failed.'];
const goDo = [
  'Do calls fn until it returns nil, returns an error wrapped with <a href="#Permanent">Permanent</a>, or the policy runs out of ' +
    'attempts. The first call is made immediately.',
  'The context passed to fn is the one given to Do; Do does not add a deadline of its own.',
];
const goPerm = ['Permanent wraps err so that <a href="#Do">Do</a> stops retrying and returns it. Permanent(nil) returns nil.'];
const goPolicy = ['A Policy describes how many times to try an operation and how long to wait between attempts.'];
const goExp = [
  'Exponential returns a Policy with <a href="#DefaultAttempts">DefaultAttempts</a> attempts, starting at base and doubling each ' +
    'time up to <a href="#DefaultMax">DefaultMax</a>, with 20% jitter.',
];
const goDelay = ['Delay returns the wait before attempt n, counting from 1, without jitter. It is useful for logging and in tests.'];
const goCookie = 'go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const goMenu: [string, string[]][] = [
  ['Why Go', ['Case Studies', 'Use Cases', 'Security']],
  ['Learn', []],
  ['Docs', ['Go Spec', 'Go User Manual', 'Standard library', 'Release Notes', 'Effective Go']],
  ['Packages', []],
  ['Community', ['Recorded Talks', 'Meetups', 'Conferences', 'Go blog', 'Go project', 'Get connected']],
];
const goMeta = ['Version: v1.4.2', 'Latest', 'License: BSD-3-Clause', 'Imports: 6', 'Imported by: 41'];
const goDetails = ['Valid go.mod file', 'Redistributable license', 'Tagged version', 'Stable version', 'Learn more about best practices'];
const goOutline = ['Do(ctx, p, fn)', 'Permanent(err)', 'Exponential(base)', '(p) Delay(n)'];
const goFiles = ['backoff.go', 'doc.go', 'retry.go'];
const goKeys = ['Keyboard shortcuts', '? : This menu', '/ : Search site', 'f or F : Jump to', 'y or Y : Canonical URL'];
const goFoot: [string, string[]][] = [
  ['Why Go', ['Use Cases', 'Case Studies']],
  ['Get Started', ['Playground', 'Tour', 'Stack Overflow', 'Help']],
  ['Packages', ['Standard Library', 'About Go Packages']],
  ['About', ['Download', 'Blog', 'Issue Tracker', 'Release Notes', 'Brand Guidelines', 'Code of Conduct']],
  ['Connect', ['Twitter', 'GitHub', 'Slack', 'r/golang', 'Meetup', 'Golang Weekly']],
];
const goLegal = ['Copyright', 'Terms of Service', 'Privacy Policy', 'Report an Issue'];
const goPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const goLink = (id: string, t: string): string => `<a class="Documentation-idLink" href="#${id}" title="Go to ${t}" aria-label="Go to ${t}">¶</a>`;
const goH3 = (id: string, t: string, cls: string): string => `<h3 tabindex="-1" id="${id}" class="Documentation-${cls}Header">${t} ${goLink(id, t)}</h3>`;
const goDecl = (code: string): string => `<div class="Documentation-declaration"><pre>${code}</pre></div>`;
const goFn = (kind: string, id: string, pre: string, name: string, since = ''): string => `<h4 tabindex="-1" id="${id}" data-kind="${kind}"
class="Documentation-${kind === 'type' ? 'type' : 'function'}Header"><span>${pre}<a class="Documentation-source"
href="https://github.example/tallowcreek/floe/blob/v1.4.2/retry/retry.go#L${id.length * 7}">${name}</a> ${goLink(id, name)}</span>
<span class="Documentation-sinceVersion">${
  since
    ? `<span class="Documentation-sinceVersionLabel">added in</span> <span
class="Documentation-sinceVersionVersion">${since}</span>`
    : ''
}</span></h4>`;
const goMenuItem = ([h, items]: [string, string[]]): string => `<li class="go-Header-menuItem"><a href="https://go.dev/${h.length}"
class="js-desktop-menu-hover">${h}${items.length ? ' <i class="material-icons" aria-hidden="true">arrow_drop_down</i>' : ''}</a>${
  items.length ? `<ul class="go-Header-submenu js-desktop-submenu-hover">${links(items, 'go-Header-submenuItem')}</ul>` : ''
}</li>`;
const goFootCol = ([h, items]: [string, string[]]): string => `<ul class="go-Footer-linkColumn"><li class="go-Footer-linkItem
go-Footer-linkItem--primary"><a href="https://go.dev/${h.length}">${h}</a></li>${links(items, 'go-Footer-linkItem')}</ul>`;
const goTreeItem = (t: string): string => `<li role="none"><a href="#pkg-${t.toLowerCase()}" role="treeitem">${t}</a></li>`;
const goHtml = `<!DOCTYPE html>
<html lang="en" data-layout="" data-local=""><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="theme-color" content="#00add8">
<meta name="Description" content="Package retry runs an operation again when it fails, waiting a little longer between attempts each time.">
<meta class="js-gtmID" data-gtmid="GTM-W8MVQXG"><link rel="shortcut icon" href="/static/shared/icon/favicon.ico">
<script>function loadTheme(){const e=document.cookie.match(/prefers-color-scheme=(light|dark|auto)/)?.[1];document.documentElement.setAttribute(
"data-theme",e)}loadTheme();</script>
<link href="/static/frontend/frontend.min.css?version=prod-frontend-00131-x7q" rel="stylesheet">
<title>retry package - github.com/tallowcreek/floe/retry - Go Packages</title>
<link href="/static/frontend/unit/unit.min.css?version=prod-frontend-00131-x7q" rel="stylesheet">
<link href="/static/frontend/unit/main/main.min.css?version=prod-frontend-00131-x7q" rel="stylesheet"></head>
<body><noscript><iframe src="https://www.googletagmanager.example/ns.html?id=GTM-W8MVQXG" height="0" width="0"
style="display:none;visibility:hidden"></iframe></noscript>
<aside class="go-Cookie-notice js-cookieNotice" role="alert" hidden>${goCookie} <a target="_blank"
href="https://policies.google.example/technologies/cookies">Learn more.</a> <button class="go-Button">Okay</button></aside>
<header class="go-Header go-Header--full js-siteHeader"><div class="go-Header-inner go-Header-inner--dark"><nav class="go-Header-nav">
<a href="https://go.dev/" class="js-headerLogo" data-gtmc="nav link" data-test-id="go-header-logo-link"><img class="go-Header-logo"
src="/static/shared/logo/go-white.svg" alt="Go"></a><div class="skip-navigation-wrapper"><a class="skip-to-content-link" aria-label="Skip to main content"
href="#main-content">Skip to Main Content</a></div><div class="go-Header-rightContent"><form class="go-InputGroup go-ShortcutKey go-SearchForm-form"
action="/search" data-shortcut="/" data-shortcut-alt="search" data-gtmc="search form" aria-label="Search for a package" role="search"><input name="q"
class="go-Input js-searchFocus" aria-label="Search for a package" type="search" autocapitalize="off" autocomplete="off" autocorrect="off"
spellcheck="false" placeholder="Search packages or symbols" value=""><button class="go-Button go-Button--inverted" aria-label="Submit search"><img
class="go-Icon" height="24" width="24" src="/static/shared/icon/search_gm_grey_24dp.svg" alt=""></button></form>
<ul class="go-Header-menu">${goMenu.map(goMenuItem).join('\n')}</ul></div></nav></div></header>
<main class="go-Main" id="main-content"><div class="go-Main-banner" role="alert"></div><header class="go-Main-header js-mainHeader">
<nav class="go-Main-headerBreadcrumb go-Breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/" data-gtmc="breadcrumb link">Discover Packages</a></li>
<li><a href="/github.com/tallowcreek/floe" data-gtmc="breadcrumb link">github.com/tallowcreek/floe</a></li><li><a
href="/github.com/tallowcreek/floe/retry" data-gtmc="breadcrumb link" aria-current="location">retry</a></li></ol>
<button class="go-Button go-Button--inline go-Clipboard js-clipboard" title="Copy path to clipboard" aria-label="Copy path to clipboard"
data-to-copy="github.com/tallowcreek/floe/retry"><img class="go-Icon go-Icon--accented" src="/static/shared/icon/content_copy_gm_grey_24dp.svg"
alt=""></button></nav>
<div class="go-Main-headerContent"><div class="go-Main-headerTitle js-stickyHeader"><h1 class="UnitHeader-titleHeading"
data-test-id="UnitHeader-title">${goTitle}</h1><span class="go-Chip go-Chip--inverted">package</span></div>
<div class="go-Main-headerDetails"><span class="go-Main-headerDetailItem" data-test-id="UnitHeader-version"><a href="?tab=versions"
aria-label="Version: v1.4.2">${goMeta[0]}</a><span class="DetailsHeader-badge--latest"><span class="go-Chip DetailsHeader-span--latest">${goMeta[1]}</span>
</span></span><span class="go-Main-headerDetailItem" data-test-id="UnitHeader-commitTime">Published: Mar 3, 2025</span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-licenses">License: <a href="?tab=licenses">BSD-3-Clause</a></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-imports"><a href="?tab=imports">${goMeta[3]}</a></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-importedby"><a href="?tab=importedby">${goMeta[4]}</a></span></div></div></header>
<aside class="go-Main-aside UnitMeta"><h2 class="go-textLabel">Details</h2><ul class="UnitMeta-details">
${goDetails
  .slice(0, 4)
  .map((t) => `<li><img class="go-Icon go-Icon--accented" src="/static/shared/icon/check_circle_gm_grey_24dp.svg" alt="checked"> ${t}</li>`)
  .join('\n')}
</ul><a href="/about#best-practices-h2" class="UnitMeta-detailsLearn">${goDetails[4]}</a>
<h2 class="go-textLabel">Repository</h2><div class="UnitMeta-repo"><a href="https://github.example/tallowcreek/floe">github.com/tallowcreek/floe</a></div>
<h2 class="go-textLabel">Links</h2><ul class="UnitMeta-links"><li><a href="https://go.dev/security/policy">Report a Vulnerability</a></li>
<li><a href="https://deps.dev/go/github.com%2Ftallowcreek%2Ffloe">Open Source Insights</a></li></ul></aside>
<nav class="go-Main-nav go-Main-nav--sticky js-mainNav" aria-label="Outline"><div class="go-Main-navDesktop"><button class="go-Button
go-Button--inline js-jumpToInput">Jump to ...</button><ul class="go-Tree js-tree" role="tree"><li role="none"><a href="#section-documentation"
role="treeitem">Documentation</a><ul role="group">
${['Overview', 'Index', 'Examples', 'Constants', 'Variables'].map(goTreeItem).join('\n')}
<li role="none"><a href="#pkg-functions" role="treeitem">Functions</a><ul role="group">${links(goOutline.slice(0, 2))}</ul></li>
<li role="none"><a href="#pkg-types" role="treeitem">Types</a><ul role="group"><li><a href="#Policy">type Policy</a><ul>${links(goOutline.slice(2))}</ul></li>
</ul></li></ul></li><li role="none"><a href="#section-sourcefiles" role="treeitem">Source Files</a></li></ul></div></nav>
<article class="go-Main-article js-mainArticle"><div class="UnitDoc"><h2 class="UnitDoc-title" id="section-documentation"><img class="go-Icon"
height="24" width="24" src="/static/shared/icon/code_gm_grey_24dp.svg" alt="">Documentation ${goLink('section-documentation', 'Documentation')}</h2>
<div class="Documentation js-documentation"><div class="Documentation-content js-docContent"><section class="Documentation-overview">
${goH3('pkg-overview', 'Overview', 'overview')}
<div role="navigation" aria-label="Table of Contents"><ul class="Documentation-toc"><li class="Documentation-tocItem"><a href="#hdr-Backoff">Backoff</a></li>
<li class="Documentation-tocItem"><a href="#hdr-Cancellation">Cancellation</a></li></ul></div>
${goPs(goOverview)}
<h4 id="hdr-Backoff">Backoff ${goLink('hdr-Backoff', 'Backoff')}</h4>
${goPs(goBackoff)}
<pre>p := retry.Exponential(200 * time.Millisecond)
p.Max = 5 * time.Second
err := retry.Do(ctx, p, fetch)</pre>
<h4 id="hdr-Cancellation">Cancellation ${goLink('hdr-Cancellation', 'Cancellation')}</h4>
${goPs(goCancel)}
</section>
<section class="Documentation-index">${goH3('pkg-index', 'Index', 'index')}<ul class="Documentation-indexList">
<li class="Documentation-indexConstants"><a href="#pkg-constants">Constants</a></li><li class="Documentation-indexVariables"><a
href="#pkg-variables">Variables</a></li>
<li><a href="#Do">func Do(ctx context.Context, p Policy, fn func(context.Context) error) error</a></li>
<li><a href="#Permanent">func Permanent(err error) error</a></li>
<li><a href="#Policy">type Policy</a><ul><li><a href="#Exponential">func Exponential(base time.Duration) Policy</a></li><li><a href="#Policy.Delay">func (p
Policy) Delay(n int) time.Duration</a></li></ul></li></ul></section>
<section class="Documentation-examples">${goH3('pkg-examples', 'Examples', 'examples')}<ul class="Documentation-examplesList"><li><a href="#example-Do"
class="js-exampleHref">Do</a></li></ul></section>
${goH3('pkg-constants', 'Constants', 'constants')}
<section class="Documentation-constants">${goDecl(`const (
	<span id="DefaultAttempts" data-kind="constant">DefaultAttempts</span> = 5
	<span id="DefaultMax" data-kind="constant">DefaultMax</span>      = 30 * <a href="/time">time</a>.<a href="/time#Second">Second</a>
)`)}${goPs(goConst)}</section>
${goH3('pkg-variables', 'Variables', 'variables')}
<section class="Documentation-variables">
${goDecl('var <span id="ErrExhausted" data-kind="variable">ErrExhausted</span> = errors.New("retry: attempts exhausted")')}
${goPs(goVar)}</section>
${goH3('pkg-functions', 'Functions', 'functions')}
<section class="Documentation-functions"><div class="Documentation-function">${goFn('function', 'Do', 'func ', 'Do')}
${goDecl('func Do(ctx context.Context, p Policy, fn func(context.Context) error) error')}
${goPs(goDo)}
<details tabindex="-1" id="example-Do" class="Documentation-exampleDetails js-exampleContainer"><summary class="Documentation-exampleDetailsHeader">Example
${goLink('example-Do', 'Example')}</summary><div class="Documentation-exampleDetailsBody"><textarea class="Documentation-exampleCode code" spellcheck="false">
n := 0
err := retry.Do(context.Background(), retry.Exponential(time.Millisecond), func(context.Context) error {
	n++
	if n &lt; 3 {
		return errors.New("not yet")
	}
	return nil
})
fmt.Println(n, err)</textarea><pre><span class="Documentation-exampleOutputLabel">Output:</span>
<span class="Documentation-exampleOutput">3 &lt;nil&gt;</span></pre></div><div class="Documentation-exampleButtonsContainer"><p
class="Documentation-exampleError" role="alert" aria-atomic="true"></p><button class="Documentation-exampleShareButton" aria-label="Share Code">Share</button>
<button class="Documentation-exampleFormatButton" aria-label="Format Code">Format</button><button class="Documentation-exampleRunButton"
aria-label="Run Code">Run</button></div></details></div>
<div class="Documentation-function">${goFn('function', 'Permanent', 'func ', 'Permanent')}
${goDecl('func Permanent(err error) error')}${goPs(goPerm)}</div></section>
${goH3('pkg-types', 'Types', 'types')}
<section class="Documentation-types"><div class="Documentation-type">${goFn('type', 'Policy', 'type ', 'Policy')}
${goDecl(`type Policy struct {
	Attempts <a href="/builtin#int">int</a>           <span class="comment">// total attempts, including the first</span>
	Base     time.Duration <span class="comment">// delay before the second attempt</span>
	Factor   float64       <span class="comment">// growth per attempt</span>
	Max      time.Duration <span class="comment">// upper bound on any one delay</span>
	Jitter   float64       <span class="comment">// 0 to 1</span>
}`)}
${goPs(goPolicy)}
<div class="Documentation-typeFunc">${goFn('function', 'Exponential', 'func ', 'Exponential', 'v1.2.0')}
${goDecl('func Exponential(base time.Duration) Policy')}${goPs(goExp)}</div>
<div class="Documentation-typeMethod">${goFn('method', 'Policy.Delay', 'func (Policy) ', 'Delay')}
${goDecl('func (p Policy) Delay(n int) time.Duration')}${goPs(goDelay)}</div></div></section></div></div></div>
<div class="UnitFiles js-unitFiles"><h2 class="UnitFiles-title" id="section-sourcefiles"><img class="go-Icon" height="24" width="24"
src="/static/shared/icon/insert_drive_file_gm_grey_24dp.svg" alt="">Source Files ${goLink('section-sourcefiles', 'Source Files')}</h2>
<div class="UnitFiles-titleLink"><a href="https://github.example/tallowcreek/floe/tree/v1.4.2/retry" target="_blank" rel="noopener">View all Source files</a>
</div><ul class="UnitFiles-fileList">${links(goFiles)}</ul></div></article></main>
<dialog class="JumpDialog go-Modal js-jumpToDialog"><form method="dialog"><div class="JumpDialog-header"><h2>Jump to identifier</h2>
<button class="go-Button go-Button--inline" aria-label="Close">Close</button></div><input class="JumpDialog-filter go-Input" autocomplete="off"></form></dialog>
<dialog class="ShortcutsDialog go-Modal js-keyboardNavModal"><form method="dialog"><div class="go-Modal-header"><h2>${goKeys[0]}</h2></div>
<table class="ShortcutsDialog-table">${goKeys
  .slice(1)
  .map((t) => `<tr><td>${t}</td></tr>`)
  .join('')}</table></form></dialog>
<footer class="go-Footer"><div class="go-Footer-links">${goFoot.map(goFootCol).join('\n')}</div><div class="go-Footer-bottom">
<ul class="go-Footer-listRow">${links(goLegal, 'go-Footer-listItem')}</ul><a class="go-Footer-googleLogo" href="https://google.example"><img
class="go-Footer-googleLogoImg" src="/static/shared/logo/google-white.svg" alt="Google logo"></a></div></footer>
<script src="/static/frontend/frontend.js?version=prod-frontend-00131-x7q" defer></script></body></html>`;

const goPkg: TestPage = {
  name: 'heldout86-pkg-go-dev-docs',
  kind: 'docs',
  // the doc comments are body and the Documentation / Overview / doc-heading / Constants ... / func and type h4s are headings
  // (their "¶" anchors in neither list); declarations, the example code and its output are code (neither list); the Index
  // entries repeat the declarations and the outline and overview TOC entries repeat the headings, so they are left out;
  // "Published" is a byline, the other unit header items furniture
  html: goHtml,
  title: goTitle,
  headings: [...goH, ...goH2],
  // biome-ignore format: the body parts are packed several to a line
  body: texts([...goOverview, ...goBackoff, ...goCancel, ...goConst, ...goVar, ...goDo, ...goPerm, ...goPolicy, ...goExp, ...goDelay]),
  bylines: ['Published: Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      goCookie, 'Learn more.', 'Okay', 'Skip to Main Content', ...goMenu.flatMap(([h, items]) => [h, ...items]), 'Discover Packages',
      'github.com/tallowcreek/floe', 'package', ...goMeta, 'Details', ...goDetails, 'Repository', 'Links', 'Report a Vulnerability',
      'Open Source Insights', 'Jump to ...', ...goOutline, 'Index', 'Examples', 'Example', 'Output:', 'Share', 'Format', 'Run', 'added in',
      'Source Files', 'View all Source files', ...goFiles, 'Jump to identifier', 'Close', ...goKeys, ...goFoot.flatMap(([h, items]) => [h, ...items]),
      ...goLegal,
    ]),
  ],
};

export const HELDOUT86_D: readonly TestPage[] = [goPkg, mediawikiHelp];
