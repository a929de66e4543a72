import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 144, file e2: a Flutter documentation page on docs.flutter.dev (skip link, the release banner, the dark
 * site header with its links, the search field and the theme menu, the side nav with expandable sections, breadcrumbs
 * with Material Symbols ligature icons ("chevron_right"), the inline "On this page" details, alert boxes with icon and
 * label, code blocks with a file label and a copy icon button, the "Unless stated otherwise ... Page last updated on"
 * line with "View source" and "report an issue", the page feedback buttons, prev / next links, the footer with licence
 * text and utility links, and the cookie notice).
 */
const flTitle = 'Choose layout breakpoints';
const flDesc = 'How to pick the window widths at which your app changes its layout.';
const flLead = [
  `An adaptive app changes its layout when the space it has changes. On a phone it might show a single list; on a tablet or a
desktop window it might show the list and the selected item side by side. The widths at which the layout changes are called
breakpoints.`,
];
const flH1 = 'Measure the available space';
const flP1 = [
  `Base your decisions on the size of the window, not on the type of device. A tablet in split-screen mode can be narrower
than a large phone, and a desktop window can be resized to any width.`,
  `Use <code>MediaQuery.sizeOf(context)</code> to read the size of the whole window. If a widget only needs to know the space
it has been given by its parent, use a <code>LayoutBuilder</code> instead, which rebuilds only when those constraints change.`,
];
const flH2 = 'Pick breakpoints';
const flP2 = ['There is no single correct set of breakpoints, but the following widths work well as a starting point for most apps:'];
const flList = [
  'Compact, below 600 logical pixels: one column with a bottom navigation bar.',
  'Medium, from 600 to 840 logical pixels: one or two columns with a navigation rail.',
  'Expanded, above 840 logical pixels: two columns, with a navigation rail or drawer.',
];
const flTip = `Define your breakpoints once, as constants in a single file, and use them everywhere. Breakpoints that differ by a
few pixels between screens cause layouts that flicker as a window is resized.`;
const flH3 = 'Switch layouts';
const flP3 = [
  `Once you know the width, choose the layout in the <code>build</code> method. Keep the state of the screen above the
switch, so that the selected item is not lost when the user rotates a device or resizes a window:`,
  `Avoid changing the widget tree more than you need to. If only the navigation changes between two layouts, switch only the
navigation widget and keep the rest of the screen the same.`,
];
const flH4 = 'Test on different window sizes';
const flP4 = [
  `Run your app on desktop during development and drag the window edge slowly across each breakpoint. This finds most problems
faster than switching between emulators.`,
  'In widget tests, set the size of the test view to each of your breakpoints and check that the right navigation widget appears.',
];
const flWarn = `Do not lock the orientation of your app to work around layout problems. Some devices ignore the setting, and large
screens are often used in landscape only.`;
const flCode = `final width = MediaQuery.sizeOf(context).width;
if (width &gt;= Breakpoints.expanded) {
  return ListDetailLayout(selected: _selected);
}
return ListOnlyLayout(onSelect: _select);`;
const flBanner = 'Flutter 3.35 is here! Read the release blog post for the highlights.';
const flNav = ['Multi-Platform', 'Development', 'Ecosystem', 'Showcase', 'Docs'];
const flSide = ['Get started', 'Stay up to date', 'App solutions', 'User interface', 'Introduction', 'Widget catalog', 'Layout'];
const flSideAd = ['Adaptive & responsive design', 'General approach', 'SafeArea & MediaQuery', 'Large screen devices', 'Foldables'];
const flSide2 = ['Design & theming', 'Interactivity', 'Assets & media', 'Navigation & routing', 'Animations & transitions'];
const flCrumbs = ['User interface', 'Adaptive & responsive design'];
const flFeedback = ["Was this page's content helpful?", 'thumb_up', 'thumb_down', 'Thank you for your feedback!'];
const flFootLinks = ['Terms', 'Brand usage', 'Security', 'Privacy', 'Español', '社区中文资源', 'We stand in solidarity with the Black community.'];
const flLicence = `Except as otherwise noted, this site is licensed under a Creative Commons Attribution 4.0 International License, and
code samples are licensed under the 3-Clause BSD License.`;
const flCookie = 'docs.flutter.dev uses cookies from Google to deliver and improve its services and to analyze traffic.';
const flH = (id: string, t: string): string => `<h2 id="${id}">${t}</h2><a class="anchor" href="#${id}" aria-label="Link to '${t}' section"
><span class="material-symbols" aria-hidden="true">link</span></a>`;
const flAlert = (kind: string, icon: string, label: string, text: string): string => `<aside class="alert alert-${kind}" role="alert">
<div class="alert-header"><span class="material-symbols" aria-hidden="true">${icon}</span><span>${label}</span></div>
<div class="alert-content"><p>${text}</p></div></aside>`;
const flToc = [flH1, flH2, flH3, flH4].map((t, i) => `<li class="toc-entry"><a href="#s${i}">${t}</a></li>`).join('');
const flHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Choose layout breakpoints</title><meta name="description" content="${flDesc}">
<meta property="og:title" content="Choose layout breakpoints"><meta property="og:description" content="${flDesc}">
<meta property="og:url" content="https://docs.flutter.dev/ui/adaptive-responsive/breakpoints">
<meta property="og:image" content="/assets/images/flutter-logo-sharing.png">
<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@flutterdev">
<link rel="canonical" href="https://docs.flutter.dev/ui/adaptive-responsive/breakpoints">
<link rel="stylesheet" href="/assets/css/main.css?hash=6f8a1e"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Material+Symbols+Outlined">
<script src="/assets/js/main.js?hash=2b4c9d" defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXN6SJ0RQB"></script></head>
<body class="light-mode"><a id="skip-to-main" class="filled-button" href="#site-content-title" tabindex="1">Skip to main content</a>
<div id="site-banner" role="alert"><p><a href="https://blog.flutter.dev/">${flBanner}</a></p></div>
<header id="site-header" class="always-dark-mode"><nav class="navbar"><button id="menu-toggle" class="icon-button" aria-label="Toggle the menu">
<span class="material-symbols" aria-hidden="true">menu</span></button><a href="/" class="brand" title="Flutter Docs">
<img src="/assets/images/branding/flutter/logo/default.svg"
alt="Flutter logo" width="32"><span class="name">Flutter Docs</span></a><ul class="nav-items">${flNav
  .map(
    (t) => `<li><a class="nav-link" href="#">${t}</a>
</li>`,
  )
  .join('')}
</ul><div class="nav-actions"><div class="search-wrapper"><span class="material-symbols leading-icon" aria-hidden="true">search</span>
<input class="search-field" type="search" placeholder="Search" aria-label="Search"></div><div class="dropdown theme-switcher"><button class="icon-button"
aria-label="Select a theme."><span class="material-symbols" aria-hidden="true">routine</span></button><ul class="dropdown-content" role="menu" hidden>
<li><button>Automatic</button></li><li><button>Light</button></li><li><button>Dark</button></li></ul></div>
<a class="filled-button" href="/get-started">Get started</a></div></nav></header>
<div id="site-below-header"><div id="sidenav"><nav class="site-sidenav" aria-label="Site navigation"><ul class="navbar-nav">
${flSide.map((t) => `<li class="nav-item"><a class="nav-link collapsible" href="#">${t.replace('&', '&amp;')}</a></li>`).join('\n')}
<li class="nav-item active"><a class="nav-link" href="#" aria-expanded="true">Adaptive &amp; responsive design</a><ul class="nav">
${flSideAd
  .slice(1)
  .map((t) => `<li><a class="nav-link" href="#">${t.replace('&', '&amp;')}</a></li>`)
  .join('\n')}
<li><a class="nav-link active" href="/ui/adaptive-responsive/breakpoints" aria-current="page">${flTitle}</a></li></ul></li>
${flSide2.map((t) => `<li class="nav-item"><a class="nav-link collapsible" href="#">${t.replace('&', '&amp;')}</a></li>`).join('\n')}</ul></nav></div>
<main id="page-content"><div class="after-leading-content"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
${flCrumbs
  .map(
    (t) =>
      `<li class="breadcrumb-item"><a href="#"><span>${t.replace('&', '&amp;')}</span></a>
<span class="material-symbols" aria-hidden="true">chevron_right</span></li>`,
  )
  .join('\n')}<li class="breadcrumb-item active"><span>${flTitle}</span></li></ol></nav>
<article><div class="content"><div id="site-content-title"><h1>${flTitle}</h1><p class="page-description">${flDesc}</p></div>
<details id="toc-top" class="toc" open><summary><h2 class="toc-title">On this page</h2><span class="material-symbols" aria-hidden="true">expand_more</span>
</summary><nav><ul class="sidenav-level-1">${flToc}</ul></nav></details>
${ps(flLead)}
${flH('measure-the-available-space', flH1)}
${ps(flP1)}
${flH('pick-breakpoints', flH2)}
${ps(flP2)}
<ul>${flList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${flAlert('tip', 'lightbulb', 'Tip', flTip)}
${flH('switch-layouts', flH3)}
${ps(flP3.slice(0, 1))}
<div class="code-block-wrapper language-dart"><div class="code-block-header"><span class="code-block-label">lib/screens/inbox.dart</span></div>
<div class="code-block-body"><pre class="opal"><code>${flCode}</code></pre><button class="code-copy-button icon-button" title="Copy code"
aria-label="Copy code"><span class="material-symbols" aria-hidden="true">content_copy</span></button></div></div>
${ps(flP3.slice(1))}
${flH('test-on-different-window-sizes', flH4)}
${ps(flP4)}
${flAlert('warning', 'warning', 'Warning', flWarn)}
</div>
<div id="page-github-links"><span>Unless stated otherwise, the documentation on this site reflects Flutter 3.35.5. Page last updated on 2025-10-2.</span>
<a href="https://github.com/flutter/website/tree/main/src/content/ui/adaptive-responsive/breakpoints.md" target="_blank" rel="noopener">View source</a>
<span> or </span>
<a href="https://github.com/flutter/website/issues/new" target="_blank" rel="noopener">report an issue</a>.</div>
<div id="page-feedback"><div class="feedback"><span>${flFeedback[0]}</span><button class="icon-button" aria-label="Yes, this page was helpful">
<span class="material-symbols" aria-hidden="true">${flFeedback[1]}</span></button><button class="icon-button" aria-label="No, this page was not helpful">
<span class="material-symbols" aria-hidden="true">${flFeedback[2]}</span></button></div><p class="feedback-thanks" hidden>${flFeedback[3]}</p></div>
<nav id="prev-next" aria-label="Pagination"><a href="#" class="prev"><div class="prev-next-label">Previous</div>
<div class="prev-next-title">Large screen devices</div></a>
<a href="#" class="next"><div class="prev-next-label">Next</div><div class="prev-next-title">Foldables</div></a></nav></article></div></main></div>
<footer id="page-footer"><div class="footer-section footer-main"><a href="/" class="brand" title="Flutter"><img
src="/assets/images/branding/flutter/logo+text/horizontal/default.svg" alt="Flutter logo"></a><div class="footer-social-links">
<a href="https://github.com/flutter" target="_blank" rel="noopener" title="Flutter's GitHub repository"><svg></svg></a>
<a href="https://www.youtube.com/@flutterdev" target="_blank" rel="noopener" title="Flutter's YouTube channel"><svg></svg></a></div></div>
<div class="footer-section footer-tray"><div class="footer-licenses">${flLicence}</div><div class="footer-utility-links"><ul>
${links(flFootLinks)}</ul></div></div></footer>
<section id="cookie-notice"><div class="container"><p>${flCookie}</p><div class="button-group"><a href="https://policies.google.com/technologies/cookies"
class="text-button" target="_blank" rel="noreferrer">Learn more</a><button id="cookie-consent" class="filled-button">OK, got it</button></div></div></section>
</body></html>`;
export const flutterDocs: TestPage = {
  html: flHtml,
  name: 'heldout144-flutter-docs',
  kind: 'docs',
  // the page description under the h1 is body; alert texts are body, their labels ("Tip", "Warning") in neither list;
  // Material Symbols ligature texts are furniture; the side nav entry and breadcrumb repeating the title, the "On this
  // page" links and the side nav entry "Layout" (a word of the title) are left out; the code block's file label is in
  // neither list
  title: flTitle,
  headings: [flH1, flH2, flH3, flH4],
  body: texts([flDesc, ...flLead, ...flP1, ...flP2, ...flList, flTip, ...flP3, ...flP4, flWarn]),
  bylines: ['Page last updated on 2025-10-2.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', flBanner, 'menu', 'Flutter Docs', ...flNav, 'search', 'routine', 'Automatic', 'Light', 'Dark', 'Get started',
    ...flSide.filter((t) => t !== 'Get started' && t !== 'Layout'), ...flSideAd, ...flSide2, 'chevron_right', 'On this page', 'expand_more', 'link',
    'lightbulb',
    'content_copy', 'Unless stated otherwise, the documentation on this site reflects Flutter 3.35.5.', 'View source', 'report an issue',
    ...flFeedback, 'Previous', 'Next', flLicence, ...flFootLinks, flCookie, 'Learn more', 'OK, got it',
  ],
};
