import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 226, file b2: a Visual Studio Code monthly release notes page on code.visualstudio.com/updates (the site
 * header nav with "Download", the left list of earlier releases, the "Update 1.112.1" notice and the per-platform
 * "Downloads:" line at the top of the body, the release notes' h2 / h3 sections with an image and its caption, the right
 * "In this update" table of contents with the subscribe / follow / feedback links, the "Was this documentation helpful?"
 * widget, the cookie banner and the footer).
 */
const vcTitle = 'March 2027 (version 1.112)';
const vcNotice = ['Update 1.112.1: The update addresses these issues.'];
const vcDownloads = 'Downloads: Windows: x64 Arm64 | Mac: Universal Intel silicon | Linux: deb rpm tarball Arm snap';
const vcIntro = [
  'Welcome to the March 2027 release of Visual Studio Code. There are many updates in this version that we hope you’ll like, ' +
    'some of the key highlights include:',
];
const vcHighlights = [
  'Split terminal tabs - Drag a terminal tab onto another to split them side by side.',
  'Pinned search results - Keep a set of search matches visible while you edit.',
  'Faster large-file diff - Side-by-side diffs of files over 50,000 lines open in a fraction of the time.',
  'Notebook cell outlines - Navigate long notebooks from the Outline view.',
];
const vcH1 = 'Workbench';
const vcH1a = 'Split terminal tabs';
const vcP1 = [
  'You can now drag a terminal tab from the tabs list and drop it onto another terminal to create a split group. Dropping on ' +
    'the left or right half decides which side the moved terminal lands on. Dragging it back out of the group restores it as ' +
    'its own tab.',
];
const vcCaption = 'Dragging a terminal tab onto another terminal to create a split.';
const vcH1b = 'Pinned search results';
const vcP2 = [
  'A new pin action in the Search view keeps the current set of results in place while you carry on editing. Pinned results ' +
    'are not refreshed as files change, so you can work through a list of matches without the list moving under you. Use ' +
    'Refresh to update them when you are ready.',
  'Setting: <code>search.pinnedResults.maxGroups</code>',
];
const vcH2 = 'Editor';
const vcH2a = 'Faster large-file diff';
const vcP3 = [
  'We rewrote the line-matching step of the diff algorithm to work on chunks instead of whole files. In our tests a diff of two ' +
    'versions of a 120,000-line generated file went from eleven seconds to under two. The old algorithm is still used for ' +
    'files below the threshold, where it gives slightly tidier results.',
];
const vcH2b = 'Sticky scroll for YAML';
const vcP4 = [
  'Sticky scroll now understands YAML nesting, so the keys of the mapping you are editing stay at the top of the editor in long ' + 'configuration files.',
];
const vcH3 = 'Notebooks';
const vcP5 = [
  'The Outline view now lists notebook cells by their first Markdown heading, or by the first line of code for code cells. ' +
    'Selecting an entry scrolls the notebook to that cell. You can filter the outline to show only Markdown headings.',
];
const vcH4 = 'Thank you';
const vcP6 = ['Last but certainly not least, a big Thank You to the contributors of VS Code.'];
const vcThanks = [
  'Contributions to our issue tracking: Priya Raghunathan (@priyar), Anselm Okafor (@aokafor), Livia Sørensen (@liviasor)',
  'Contributions to vscode: Mateus Farias (@mfarias): Fix terminal split focus when dragging tabs, Hana Kubo (@hkubo): Improve ' +
    'YAML folding ranges for block scalars',
];
const vcNav = ['Docs', 'Updates', 'Blog', 'API', 'Extensions', 'MCP', 'FAQ', 'Dev Days'];
const vcReleases = ['March 2027', 'February 2027', 'January 2027', 'December 2026', 'November 2026', 'October 2026', 'See Older Releases'];
const vcToc = ['In this update', 'Subscribe', 'Ask questions', 'Follow @code', 'Request features', 'Report issues', 'Watch videos'];
const vcFeedback = ['Was this documentation helpful?', 'Yes', 'No'];
const vcCookie = [
  'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display ' +
    'personalized advertising based on your online activity.',
  'Accept',
  'Reject',
  'More options',
];
const vcFooter = ['Hello from Seattle.', 'Follow @code', 'Support', 'Privacy', 'Manage Cookies', 'Terms of Use', 'License', '© 2027 Microsoft'];
const vcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Visual Studio Code March 2027</title><meta name="description" content="Learn what is new in the Visual Studio Code March 2027 Release (1.112)">
<meta name="ms.prod" content="vs-code"><meta property="og:title" content="Visual Studio Code March 2027"><meta name="twitter:card"
content="summary_large_image">
<link rel="stylesheet" href="/assets/css/main.min.css?6f0c1"><script src="https://wcpstatic.microsoft.com/mscc/lib/v2/wcp-consent.js"></script>
<script type="text/javascript">window.dataLayer = window.dataLayer || [];</script></head>
<body><a class="skip-to-content" href="#main-content">Skip to content</a>
<div id="cookie-banner" role="alert"><p>${vcCookie[0]}</p><button>${vcCookie[1]}</button><button>${vcCookie[2]}</button><button>${vcCookie[3]}</button></div>
<header role="banner" class="navbar navbar-expand-md"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/images/code-stable.png"
alt="Visual Studio Code"><span>Visual Studio Code</span></a><nav class="collapse navbar-collapse" id="navbar" aria-label="Top Level">
<ul class="navbar-nav">${links(vcNav, 'nav-item')}</ul><div class="nav-search"><input type="search" aria-label="Search Docs"
placeholder="Search Docs"></div><a class="btn btn-primary link-button" href="/Download">Download</a></nav></div></header>
<div class="updates-banner" role="complementary"><p>Version 1.114 is now available! Read about the new features and fixes from May.</p></div>
<div class="container body-container" role="main" id="main-content"><div class="row">
<nav class="docs-nav col-md-3" aria-label="Updates"><ul class="nav list-unstyled">${links(vcReleases)}</ul></nav>
<div class="col-sm-9 col-md-8 body"><div id="updates-content">
<h1>${vcTitle}</h1>
<p><strong>Update 1.112.1</strong>: The update addresses these <a
href="https://github.com/microsoft/vscode/issues?q=milestone%3A%22March+2027+Recovery%22">issues</a>.</p>
<p>Downloads: Windows: <a href="#">x64</a> <a href="#">Arm64</a> | Mac: <a href="#">Universal</a> <a href="#">Intel</a> <a href="#">silicon</a> | Linux:
<a href="#">deb</a> <a href="#">rpm</a> <a href="#">tarball</a> <a href="#">Arm</a> <a href="#">snap</a></p>
<hr>
${ps(vcIntro)}
<ul>${vcHighlights.map((t) => `<li><strong>${t.split(' - ')[0]}</strong> - ${t.split(' - ')[1]}</li>`).join('\n')}</ul>
<blockquote><p>If you’d like to read these release notes online, go to <a href="https://code.visualstudio.com/updates">Updates</a> on
<a href="https://code.visualstudio.com">code.visualstudio.com</a>.</p></blockquote>
<h2 id="_workbench">${vcH1}</h2>
<h3 id="_split-terminal-tabs">${vcH1a}</h3>
${ps(vcP1)}
<p><img src="/assets/updates/1_112/terminal-split-drag.gif" alt="${vcCaption}"></p>
<p><em>Theme: <a href="https://marketplace.visualstudio.com/items?itemName=nordlys.theme">Nordlys Dark</a> (preview on <a
href="https://vscode.dev">vscode.dev</a>)</em></p>
<h3 id="_pinned-search-results">${vcH1b}</h3>
${ps(vcP2)}
<h2 id="_editor">${vcH2}</h2>
<h3 id="_faster-largefile-diff">${vcH2a}</h3>
${ps(vcP3)}
<h3 id="_sticky-scroll-for-yaml">${vcH2b}</h3>
${ps(vcP4)}
<h2 id="_notebooks">${vcH3}</h2>
${ps(vcP5)}
<h2 id="_thank-you">${vcH4}</h2>
${ps(vcP6)}
<ul>${vcThanks.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p><a id="scroll-to-top" role="button" aria-label="scroll to top" href="#"><span class="icon"></span></a></p>
<link rel="stylesheet" type="text/css" href="/assets/css/katex.min.css">
</div>
<div class="feedback"><p class="feedback-title">${vcFeedback[0]}</p><button class="btn yes">${vcFeedback[1]}</button><button class="btn
no">${vcFeedback[2]}</button></div>
<p class="last-updated">4/2/2027</p></div>
<div class="col-md-1 hidden-sm hidden-xs"><nav id="docs-subnavbar" aria-label="On this page"><h4>${vcToc[0]}</h4><ul class="nav">${links([
  vcH1,
  vcH2,
  vcH3,
  vcH4,
])}</ul>
<div class="connect-widget"><ul class="connect">${links(vcToc.slice(1))}</ul></div></nav></div></div></div>
<footer role="contentinfo" class="footer"><div class="container"><div class="row"><p class="hello">${vcFooter[0]}</p>
<ul class="links">${links(vcFooter.slice(1, 7))}</ul><p class="copyright">${vcFooter[7]}</p></div></div></footer>
<script src="/assets/js/updates.js"></script></body></html>`;
export const vscodeNotes: TestPage = {
  html: vcHtml,
  name: 'heldout226-vscode-release-notes',
  kind: 'news',
  // the "Update 1.112.1" notice, the "Downloads:" line, the "read these release notes online" blockquote, the theme credit
  // under the image and the last-updated date are furniture (the date a byline); the "In this update" list repeats the h2s
  // and is left out
  title: vcTitle,
  headings: [vcH1, vcH1a, vcH1b, vcH2, vcH2a, vcH2b, vcH3, vcH4],
  body: texts([...vcIntro, ...vcHighlights, ...vcP1, ...vcP2, ...vcP3, ...vcP4, ...vcP5, ...vcP6, ...vcThanks]),
  bylines: ['4/2/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vcCookie, 'Visual Studio Code', ...vcNav.filter((n) => n !== 'Updates'), 'Download',
    'Version 1.114 is now available! Read about the new features and fixes from May.', ...vcReleases.slice(1), ...vcNotice, vcDownloads,
    'If you’d like to read these release notes online, go to Updates on code.visualstudio.com.', 'Theme: Nordlys Dark (preview on vscode.dev)',
    ...vcFeedback, ...vcToc, ...vcFooter,
  ],
};
