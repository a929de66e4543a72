import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 103, file d2: a Mozilla Support (SUMO, Kitsune) knowledge-base article (the Protocol navigation with
 * "Sign In/Up", the "Search Support" form, the breadcrumb, the product header with "Last updated", the "Table of Contents",
 * "showfor" spans whose text for the other operating systems the saved page's script has hidden with display:none, the
 * "Was this article helpful?" vote with its hidden thank-you text, the contributor list, the "Related Articles" and
 * "Volunteer" boxes and the Mozilla footer).
 */
const suTitle = 'Use the sidebar to keep bookmarks and history close at hand';
const suLead =
  'The Firefox sidebar gives you quick access to your bookmarks, history, synced tabs and other tools without leaving the ' +
  'page you are reading. This article explains how to open it, choose what it shows and move it to the other side of the window.';
const suH1 = 'Open and close the sidebar';
const suP1 = [
  'To show the sidebar, click the sidebar button in the toolbar. Click it again to hide the sidebar.',
  'If you do not see the sidebar button, you can add it to the toolbar:',
];
const suList1 = [
  'Right-click an empty space on the toolbar and select <span class="menu">Customize Toolbar…</span>.',
  'Drag the <span class="button">Sidebar</span> icon to the toolbar.',
  'Click <span class="button">Done</span>.',
];
// per-OS text: the saved page keeps all three variants; the script hid the ones for the other systems
const suOs = (win: string, mac: string, lin: string): string =>
  `<span class="for" data-for="win">${win}</span><span class="for" data-for="mac" style="display: none;">${mac}</span>` +
  `<span class="for" data-for="linux" style="display: none;">${lin}</span>`;
const suK = (k: string): string =>
  k
    .split(' + ')
    .map((x) => `<span class="key">${x}</span>`)
    .join(' + ');
const suP2Win = `You can also use a keyboard shortcut: press ${suK('Ctrl + B')} for bookmarks or ${suK('Ctrl + H')} for history.`;
const suP2 = [
  suOs(
    suP2Win,
    `You can also use a keyboard shortcut: press ${suK('command + B')} for bookmarks or ${suK('command + shift + H')} for history.`,
    `On Linux, press ${suK('Ctrl + B')} for bookmarks or ${suK('Ctrl + H')} for history.`,
  ),
];
const suH2 = 'Choose what the sidebar shows';
const suP3 = [
  'At the top of the sidebar there is a panel switcher. Click it to choose between Bookmarks, History and Synced Tabs. Firefox ' +
    'remembers your choice the next time you open the sidebar.',
  'Some extensions add their own panels to the sidebar. They appear at the bottom of the same list, below the built-in panels.',
];
const suNote =
  '<strong>Note:</strong> Synced Tabs only appears if you are signed in to your Mozilla account and have turned on tab ' +
  'syncing on at least one other device.';
const suH3 = 'Move the sidebar to the right';
const suP4 = [
  'By default the sidebar opens on the left side of the window. To move it, click the panel switcher and select ' +
    '<span class="menu">Move Sidebar to Right</span>. Select <span class="menu">Move Sidebar to Left</span> to move it back.',
  'If you use a right-to-left language, the sidebar opens on the right by default and the same option moves it to the left.',
];
const suH4 = 'Change the width of the sidebar';
const suP5 = [
  'Drag the border between the sidebar and the page to make the sidebar wider or narrower. Firefox remembers the width for each ' +
    'panel separately, so you can keep History narrow and give Bookmarks more room for long folder names.',
  'If the sidebar becomes too narrow to use, close it and open it again from the toolbar. It reopens at its last usable width, ' +
    'and you can drag the border again from there.',
];
const suNav = ['Explore Help Articles', 'Community Forums', 'Ask a Question', 'Contribute', 'Sign In/Up'];
const suCrumbs = ['Support', 'Browse', 'Firefox', 'Tips and tricks'];
const suVote = ['Was this article helpful?', 'Yes', 'No', 'Please wait...', 'Thank you for your feedback!'];
const suPeople = ['Lucia M.', 'Harrow', 'ramsay_q', 'Priyesh K.'];
const suRelated = ['Bookmarks in Firefox', 'Firefox Sidebar - Access bookmarks, history and more', 'Tab groups - Organize your tabs'];
const suVol = ['Volunteer', 'Grow and share your expertise with others. Answer questions and improve our knowledge base.', 'Learn More'];
const suFoot = ['Mozilla Support', 'Get Help', 'Community Forums', 'Contribute', 'Privacy', 'Cookies', 'Legal', 'Report Trademark Abuse', 'Mozilla Manifesto'];
const suFootText =
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation. Portions of this content are ©1998–2025 by individual mozilla.org ' +
  'contributors. Content available under a Creative Commons license.';
const suUl = (a: readonly string[], tag = 'ol'): string => `<${tag}>${a.map((t) => `<li>${t}</li>`).join('\n')}</${tag}>`;
const suHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" data-gtm-container-id="GTM-MW2CXS"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Use the sidebar to keep bookmarks and history close at hand | Firefox Help</title><meta name="description" content="${suLead.slice(0, 120)}">
<meta property="og:site_name" content="Mozilla Support"><link rel="canonical" href="https://support.mozilla.org/en-US/kb/use-sidebar-bookmarks-history">
<link rel="stylesheet" href="/static/screen.7d1a2c.css"><script src="/static/common.3b9c8e.js" defer></script></head>
<body class="html-ltr document sumo-2025 page-kb" data-readable-id="kb-document" data-for-os="win"><div class="sumo-page-wrapper">
<a class="sumo-nav--skip" href="#main-content">Skip to main content</a>
<header class="mzp-c-navigation sumo-nav"><div class="mzp-c-navigation-l-content"><a class="sumo-nav--logo" href="/en-US/"><img src="/static/sumo-logo.svg"
alt="Mozilla Support Logo"></a><nav class="mzp-c-menu mzp-is-basic" aria-label="Main"><ul class="mzp-c-menu-category-list">
${links(suNav, 'mzp-c-menu-category')}</ul></nav></div></header>
<section class="sumo-page-section--inner"><form class="simple-search-form" action="/en-US/search/" role="search"><label class="visually-hidden"
for="search-q">Search Support</label><input type="search" id="search-q" placeholder="Search Support"><button type="submit">Search</button></form>
<ol class="breadcrumbs">${links(suCrumbs)}<li>${suTitle}</li></ol></section>
<main id="main-content" role="main" class="sumo-page-section"><div class="sumo-article-layout"><aside class="sumo-article-layout--sidebar">
<div class="product-title"><img class="product-title--icon" src="/static/products/firefox.png" alt="Firefox logo"><h2 class="sumo-page-subheading">Firefox</h2>
</div><nav class="toc" id="toc"><h2 class="sidebar-subheading">Table of Contents</h2>
${suUl([suH1, suH2, suH3, suH4].map((t) => `<a href="#w_${t.split(' ')[0]}">${t}</a>`))}
</nav></aside>
<article class="wiki-doc sumo-article-layout--main" id="document"><div class="document--product-meta"><p class="document--meta-product">Firefox</p>
<p class="document--meta-updated">Last updated: <time datetime="2025-10-15T12:01:44">3 weeks ago</time></p></div>
<h1 class="sumo-page-heading">${suTitle}</h1>
<section id="doc-content">${ps([suLead])}
<h2 id="w_open">${suH1}</h2>${ps(suP1)}${suUl(suList1)}${ps(suP2)}
<h2 id="w_choose">${suH2}</h2>${ps(suP3)}<section class="note"><p>${suNote}</p></section>
<h2 id="w_move">${suH3}</h2>${ps(suP4)}
<h2 id="w_width">${suH4}</h2>${ps(suP5)}</section>
<div class="document-vote"><form class="document-vote--form helpful" method="post" action="/en-US/kb/vote"><h2 class="document-vote--heading">${suVote[0]}</h2>
<div class="document-vote--buttons"><button class="sumo-button" name="helpful">${suVote[1]}</button>
<button class="sumo-button" name="not-helpful">${suVote[2]}</button>
</div><p class="wait" style="display:none">${suVote[3]}</p><p class="thanks" hidden>${suVote[4]}</p></form></div>
<section class="document--contributors"><p class="contributors-heading">These fine people helped write this article:</p>
<ul class="contributors-list">${suPeople.map((t) => `<li><a href="/en-US/user/${t.replace(/\W/g, '')}">${t}</a></li>`).join('')}</ul></section></article>
<aside class="sumo-article-layout--related"><section class="related-documents"><h3 class="sumo-card-heading">Related Articles</h3><ul>${links(suRelated)}</ul>
</section><section class="sumo-card volunteer"><h3 class="sumo-card-heading">${suVol[0]}</h3><p>${suVol[1]}</p>
<a class="sumo-button" href="/en-US/contribute">${suVol[2]}</a>
</section></aside></div></main>
<footer class="mzp-c-footer"><ul class="mzp-c-footer-list">${links(suFoot)}</ul><p class="mzp-c-footer-license">${suFootText}</p></footer></div></body></html>`;

export const sumoArticle: TestPage = {
  html: suHtml,
  name: 'heldout103-sumo-docs',
  kind: 'docs',
  // the intro paragraph and the note (with its "Note:" label) are body; the paragraph with per-OS "showfor" spans is gold as
  // the Windows reading the page shows, and the hidden macOS and Linux variants are in neither list; contributor names are
  // bylines; the sidebar "Table of Contents" list repeats the headings and is left out
  title: suTitle,
  headings: [suH1, suH2, suH3, suH4],
  body: texts([suLead, ...suP1, ...suList1, suP2Win, ...suP3, suNote, ...suP4, ...suP5]),
  bylines: ['Last updated: 3 weeks ago', 'These fine people helped write this article:', ...suPeople],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...suNav, 'Search Support', 'Search', ...suCrumbs, 'Table of Contents', ...suVote, ...suRelated, ...suVol,
    'Mozilla Manifesto', 'Get Help', 'Privacy', 'Cookies', 'Legal', 'Report Trademark Abuse', suFootText,
  ],
};
