import { type TestPage, texts } from './page-kit.js';
import { learnArticle } from './pages-heldout95-e2.js';

/**
 * Held-out batch 95, file e: an MDN Web Docs guide page as developer.mozilla.org (Yari) serves it (the a11y skip list, the
 * top placement, the top navigation with menus, search, theme switcher, "Log in" and "Sign up for free", the breadcrumbs
 * and language switcher, the API sidebar with its filter and the mobile copy of "In this article", the right-hand "In
 * this article" outline and side placement, the `main-page-content` article with the Baseline indicator, sections with
 * anchored h2s, code examples with their language label, a note card and "See also", the "Help improve MDN" footer with
 * the last-modified line and GitHub links, and the page footer) and, from file e2, a Microsoft Learn conceptual article.
 */
const mdnTitle = 'Using the Broadcast Channel API';
const mdnIntro = [
  'The <code>BroadcastChannel</code> interface lets scripts on the same origin send messages to each other, whether they run in different ' +
    'tabs, windows, iframes or workers. This guide shows how to open a channel, send and receive messages, and close the channel when you are done.',
];
const mdnH1 = 'Creating or joining a channel';
const mdnP1 = [
  'A channel is identified by its name. Creating a <code>BroadcastChannel</code> object with a name joins the channel of that name, and creates ' +
    'it if no other context has joined it yet. Any context on the same origin that uses the same name will receive the messages.',
];
const mdnC1 = `// Join (or create) the "cart_updates" channel
const channel = new BroadcastChannel("cart_updates");`;
const mdnH2 = 'Sending a message';
const mdnP2 = [
  'To send a message, call <code>postMessage()</code> on the channel object. The message can be any value that the structured clone algorithm ' +
    'can copy, so you can send plain objects, arrays, dates and <code>Blob</code> objects without converting them to strings first.',
];
const mdnC2 = `channel.postMessage({ type: "item-added", sku: "A1042", quantity: 2 });`;
const mdnP2b = [
  'The message is delivered to every other <code>BroadcastChannel</code> object listening on the channel. The object that sent it does not ' +
    'receive its own message.',
];
const mdnH3 = 'Receiving a message';
const mdnP3 = [
  'When a message arrives, a <code>message</code> event is fired on each listening channel object. The message itself is in the event’s ' +
    '<code>data</code> property.',
];
const mdnC3 = `channel.addEventListener("message", (event) =&gt; {
  if (event.data.type === "item-added") {
    updateCartBadge(event.data.quantity);
  }
});`;
const mdnNote =
  '<strong>Note:</strong> If a message cannot be deserialized in the receiving context, a <code>messageerror</code> event is fired instead of ' +
  '<code>message</code>. Listen for it if you send values that some of your contexts might not support.';
const mdnH4 = 'Disconnecting a channel';
const mdnP4 = [
  'When a context no longer needs the channel, call <code>close()</code> on the object. This lets the browser free the resources behind it. ' +
    'Closing one object does not affect other objects joined to the same channel.',
];
const mdnC4 = `channel.close();`;
const mdnH5 = 'Things to keep in mind';
const mdnList = [
  'Messages only travel between contexts of the same origin. For cross-origin messaging, use <code>window.postMessage()</code> instead.',
  'There is no guarantee of delivery to a context that is still loading; if a page needs the current state, ask for it when the page starts.',
  'Pages in the back/forward cache are not sent messages while they are cached.',
];
const mdnH6 = 'See also';
const mdnSee = [
  '<a href="/en-US/docs/Web/API/BroadcastChannel"><code>BroadcastChannel</code></a> interface reference',
  '<a href="/en-US/docs/Web/API/Web_Workers_API/Using_web_workers">Using Web Workers</a>',
  '<a href="/en-US/docs/Web/API/Window/postMessage"><code>Window.postMessage()</code></a> for messaging between origins',
];
const mdnTopNav = ['References', 'Guides', 'Plus', 'Curriculum', 'Blog', 'Tools', 'AI Help'];
const mdnCrumbs = ['Web', 'Web APIs', 'Broadcast Channel API'];
const mdnSide = ['Broadcast Channel API', 'Guides', 'Interfaces', 'BroadcastChannel', 'Related pages for Broadcast Channel API', 'Worker', 'Window'];
const mdnBaseline = [
  'Baseline',
  'Widely available',
  'This feature is well established and works across many devices and browser versions. It’s been available across browsers since March 2022.',
  'Learn more',
  'See full compatibility',
  'Report feedback',
];
const mdnHelp = ['Help improve MDN', 'Was this page helpful to you?', 'Yes', 'No', 'Learn how to contribute'];
const mdnMod = 'This page was last modified on Jul 22, 2025 by MDN contributors.';
const mdnGit = ['View this page on GitHub', 'Report a problem with this content'];
// biome-ignore format: packed
const mdnFoot = [
  'Your blueprint for a better internet.', 'MDN', 'About', 'Careers', 'Advertise with us', 'Support', 'Product help', 'Report an issue',
  'Our communities', 'MDN Community', 'MDN Forum', 'MDN Chat', 'Developers', 'Web Technologies', 'Learn Web Development', 'MDN Plus', 'Hacks Blog',
  'Website Privacy Notice', 'Cookies', 'Legal', 'Community Participation Guidelines',
];
const mdnLegal = [
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  'Portions of this content are ©1998–2025 by individual mozilla.org contributors. Content available under a Creative Commons license.',
];
const mdnAd = ['Mozilla ads', 'Cut build times in half with incremental CI caching. Try Buildlane free.', 'Don’t want to see ads?'] as const;
// short furniture texts that are words of short gold lines (the title, a "See also" item) are left out of the list
const cols: [number, number][] = [
  [5, 8],
  [8, 12],
  [12, 17],
];
const skip = ['Broadcast Channel API', 'BroadcastChannel', 'Window'];
const id = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '_');
const sec = (h: string, inner: string): string =>
  `<section aria-labelledby="${id(h)}"><h2 id="${id(h)}"><a href="#${id(h)}">${h}</a></h2><div class="section-content">${inner}</div></section>`;
const code = (c: string): string => `<div class="code-example"><div class="example-header"><span class="language-name">js</span></div><pre class="brush: js
notranslate"><code>${c}</code></pre></div>`;
const mp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const toc = (cls: string): string => `<section class="document-toc ${cls}"><header><h2 class="document-toc-heading">In this article</h2></header><ul
class="document-toc-list">${[mdnH1, mdnH2, mdnH3, mdnH4, mdnH5, mdnH6]
  .map((h) => `<li class="document-toc-item "><a class="document-toc-link" href="#${id(h)}">${h}</a></li>`)
  .join('')}</ul></section>`;
const bw = (t: string, icon: string): string => `<span class="button-wrap"><span class="icon icon-${icon} "></span>${t}</span>`;
const mdnHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="light dark"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Using the Broadcast Channel API - Web APIs | MDN</title><meta name="description" content="The BroadcastChannel interface lets scripts on the
same origin send messages to each other."><meta property="og:title" content="Using the Broadcast Channel API - Web APIs | MDN">
<meta property="og:locale" content="en_US"><link rel="canonical" href="https://developer.mozilla.org/en-US/docs/Web/API/Broadcast_Channel_API/Using">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${mdnTitle}","dateModified":"2025-07-22T09:14:02.000Z",
"publisher":{"@type":"Organization","name":"MDN Web Docs"}}</script>
<script>(function(){try{var t=localStorage.getItem("theme");if(t){document.documentElement.className=t;}}catch(e){}})();</script>
<link rel="stylesheet" href="/static/css/main.8f1c42d0.css"></head>
<body><div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li><li><a id="skip-search"
href="#top-nav-search-input">Skip to search</a></li></ul><div class="page-wrapper category-api document-page"><div class="top-banner"><section class="place top
container"><div class="pong-box"><a class="pong" href="/pong/click?code=buildlane" target="_blank" rel="sponsored noopener"><span>${mdnAd[1]}</span></a><a
href="/en-US/advertising" class="pong-note">${mdnAd[0]}</a></div></section></div>
<div class="sticky-header-container"><header class="top-navigation "><div class="container "><div class="top-navigation-wrap"><a href="/en-US/" class="logo"
aria-label="MDN homepage"><svg viewBox="0 0 67 24"></svg></a><button title="Open main menu" type="button" class="button action has-icon main-menu-toggle"
aria-haspopup="menu" aria-label="Open main menu" aria-expanded="false"><span class="button-wrap"><span class="icon icon-menu "></span><span
class="visually-hidden">Open main menu</span></span></button></div><div class="top-navigation-main"><nav class="main-nav" aria-label="Main menu"><ul
class="main-menu nojs">${mdnTopNav
  .map((t) => `<li class="top-level-entry-container "><a href="/en-US/${t.toLowerCase().replace(/ /g, '-')}/" class="top-level-entry">${t}</a></li>`)
  .join('')}</ul></nav><div class="header-search"><form action="/en-US/search" class="search-form search-widget" id="top-nav-search-form" role="search">
<label id="top-nav-search-label" for="top-nav-search-input" class="visually-hidden">Search MDN</label><input aria-activedescendant="" id="top-nav-search-input"
class="search-input-field" name="q" placeholder="   " type="search" value=""><button type="submit" class="button action has-icon search-button"><span
class="button-wrap"><span class="icon icon-search "></span><span class="visually-hidden">Search</span></span></button></form></div><div
class="theme-switcher-menu"><button type="button" class="button action has-icon theme-switcher-menu small"
aria-haspopup="menu">${bw('Theme', 'theme-os-default')}
</button></div><ul class="auth-container"><li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fdocs" class="login-link" rel="nofollow">Log in</a></li>
<li><a href="/users/fxa/login/authenticate/?next=%2Fen-US%2Fdocs" target="_self" rel="nofollow" class="button primary mdn-plus-subscribe-link"><span
class="button-wrap">Sign up for free</span></a></li></ul></div></div></header>
<div class="article-actions-container"><div class="container"><button class="button action has-icon sidebar-button" aria-label="Expand sidebar"
aria-expanded="false" aria-controls="sidebar-quicklinks"><span class="button-wrap"><span class="icon icon-sidebar "></span></span></button><nav
class="breadcrumbs-container" aria-label="Breadcrumb"><ol typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumbs">${mdnCrumbs
  .map(
    (
      t,
      i,
    ) => `<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/${t.replace(/ /g, '_')}" class="breadcrumb${i === 2 ? '-current-page' : ''}"
property="item" typeof="WebPage"><span property="name">${t}</span></a><meta property="position" content="${i + 1}"></li>`,
  )
  .join('')}<li property="itemListElement" typeof="ListItem"><a href="/en-US/docs/Web/API/Broadcast_Channel_API/Using" class="breadcrumb-current-page"
property="item" typeof="WebPage"><span property="name">Using</span></a></li></ol></nav><div class="article-actions"><ul class="article-actions-entries"><li
class="article-actions-entry"><div class="languages-switcher-menu open-on-focus-within"><button id="languages-switcher-button" type="button" class="button
action small has-icon languages-switcher-menu" aria-haspopup="menu">${bw('English (US)', 'language')}</button></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="DefaultAPISidebar"><nav
aria-label="Related Topics" class="sidebar-inner"><header class="sidebar-actions"><section class="sidebar-filter-container"><div class="sidebar-filter ">
<label id="sidebar-filter-label" class="sidebar-filter-label" for="sidebar-filter-input"><span class="icon icon-filter"></span><span
class="visually-hidden">Filter sidebar</span></label><input id="sidebar-filter-input" autocomplete="off" class="sidebar-filter-input-field false" type="text"
placeholder="Filter" value=""></div></section></header><div class="sidebar-inner-nav"><div class="in-nav-toc">${toc('mobile')}</div><div class="sidebar-body">
<ol><li class="section"><a href="/en-US/docs/Web/API/Broadcast_Channel_API">${mdnSide[0]}</a></li><li class="toggle"><details open=""><summary>${mdnSide[1]}
</summary><ol><li><a aria-current="page" href="/en-US/docs/Web/API/Broadcast_Channel_API/Using"><em>${mdnTitle}</em></a></li></ol></details></li><li
class="toggle"><details open=""><summary>${mdnSide[2]}</summary><ol><li><a href="/en-US/docs/Web/API/BroadcastChannel"><code>${mdnSide[3]}</code></a></li>
</ol></details></li><li class="toggle"><details><summary>${mdnSide[4]}</summary><ol><li><a href="/en-US/docs/Web/API/Worker"><code>${mdnSide[5]}</code></a>
</li><li><a href="/en-US/docs/Web/API/Window"><code>${mdnSide[6]}</code></a></li></ol></details></li></ol></div></div></nav></aside>
<div class="toc-container"><aside class="toc"><nav>${toc('desktop')}</nav></aside><div class="side"><section class="place side"><div class="pong-box"><a
class="pong" href="/pong/click?code=buildlane-side" rel="sponsored noopener"><span>${mdnAd[1]}</span></a><a href="/en-US/advertising"
class="pong-note">${mdnAd[0]}</a><a href="/en-US/plus?ref=nope" class="no-pong">${mdnAd[2]}</a></div></section></div></div></div>
<main id="content" class="main-content  "><article class="main-page-content" lang="en-US"><header><h1>${mdnTitle}</h1><details class="baseline-indicator
high"><summary><span class="indicator" role="img" aria-label="Baseline Check"></span><div class="status-title">${mdnBaseline[0]} <span
class="not-bold">${mdnBaseline[1]}</span></div><div class="browsers"><span class="engine" title="Supported in Chrome and Edge"><span class="browser chrome
supported" role="img" aria-label="Chrome check"></span></span></div><span class="icon icon-chevron "></span></summary><div class="extra"><p>${mdnBaseline[2]}
</p><ul><li><a href="/en-US/docs/Glossary/Baseline/Compatibility" data-glean="baseline_link_learn_more" target="_blank" class="learn-more">${mdnBaseline[3]}</a>
</li><li><a href="/en-US/docs/Web/API/BroadcastChannel#browser_compatibility" data-glean="baseline_link_bcd_table">${mdnBaseline[4]}</a></li><li><a
href="https://survey.alchemer.com/s3/7634825/MDN-baseline-feedback" data-glean="baseline_link_feedback" class="feedback-link" target="_blank"
rel="noreferrer">${mdnBaseline[5]}</a></li></ul></div></details></header><div class="section-content">${mp(mdnIntro)}</div>
${sec(mdnH1, `${mp(mdnP1)}\n${code(mdnC1)}`)}
${sec(mdnH2, `${mp(mdnP2)}\n${code(mdnC2)}\n${mp(mdnP2b)}`)}
${sec(mdnH3, `${mp(mdnP3)}\n${code(mdnC3)}\n<div class="notecard note"><p>${mdnNote}</p></div>`)}
${sec(mdnH4, `${mp(mdnP4)}\n${code(mdnC4)}`)}
${sec(mdnH5, ul(mdnList))}
${sec(mdnH6, ul(mdnSee))}
</article><aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"><svg
viewBox="0 0 162 162"></svg></div><h2>${mdnHelp[0]}</h2>
<fieldset class="feedback"><label>${mdnHelp[1]}</label><div class="button-container"><button type="button"
class="button primary has-icon yes">${bw('Yes', 'thumbs-up')}
</button><button type="button" class="button primary has-icon no">${bw('No', 'thumbs-down')}</button></div></fieldset><a class="contribute"
href="https://github.com/mdn/content/blob/main/CONTRIBUTING.md" target="_blank" rel="noopener noreferrer">${mdnHelp[4]}</a><p class="last-modified-date">This
page was last <a href="https://github.com/mdn/content/commits/main/files/en-us/web/api/broadcast_channel_api/using/index.md">modified</a> on <time
datetime="2025-07-22T09:14:02.000Z">Jul 22, 2025</time> by <a href="/en-US/docs/Web/API/Broadcast_Channel_API/Using/contributors.txt" rel="nofollow">MDN
contributors</a>.</p><div id="on-github" class="on-github"><a
href="https://github.com/mdn/content/blob/main/files/en-us/web/api/broadcast_channel_api/using/index.md"
target="_blank" rel="noopener noreferrer" class="external">${mdnGit[0]}</a> • <a href="https://github.com/mdn/content/issues/new?template=page-report.yml"
class="external">${mdnGit[1]}</a></div></div></aside></main></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo"
aria-label="MDN homepage"></a><p>${mdnFoot[0]}</p></div><div class="page-footer-nav-col-1"><h2 class="footer-nav-heading">${mdnFoot[1]}</h2><ul
class="footer-nav-list">${mdnFoot
  .slice(2, 5)
  .map((t) => `<li class="footer-nav-item"><a href="/en-US/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div>${cols
  .map(
    ([a, b]) =>
      `<div class="page-footer-nav-col"><h2 class="footer-nav-heading">${mdnFoot[a]}</h2><ul class="footer-nav-list">${mdnFoot
        .slice(a + 1, b)
        .map((t) => `<li class="footer-nav-item"><a href="/en-US/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('')}<div class="page-footer-moz"><a href="https://www.mozilla.org/" class="footer-moz-logo-link" target="_blank" rel="noopener noreferrer"></a><ul
class="footer-moz-list">${mdnFoot
  .slice(17)
  .map((t) => `<li class="footer-moz-item"><a href="https://www.mozilla.org/${t.toLowerCase().replace(/ /g, '-')}/" class="footer-moz-link">${t}</a></li>`)
  .join('')}</ul></div><div class="page-footer-legal"><p id="license" class="page-footer-legal-text">Visit <a href="https://www.mozilla.org/">Mozilla
Corporation’s</a> not-for-profit parent, the <a
href="https://foundation.mozilla.org/">Mozilla Foundation</a>.<br>Portions of this content are ©1998–<!-- -->2025
<!-- --> by individual mozilla.org contributors. Content available under <a href="/en-US/docs/MDN/Writing_guidelines/Attrib_copyright_license">a Creative
Commons license</a>.</p></div></div></footer></div></div>
<script>window.__MDNEnv = {"SENTRY_DSN":null,"GLEAN_ENABLED":true};</script><script defer src="/static/js/main.2b7d41e9.js"></script></body></html>`;
const mdn: TestPage = {
  html: mdnHtml,
  name: 'heldout95-mdn-docs',
  kind: 'docs',
  // the note card and the "See also" list are body; code examples and their "js" labels are in neither list; the two "In
  // this article" outlines repeat the headings and are left out (their own heading is furniture), and so is the sidebar
  // link that repeats the title; the breadcrumbs "Web", "Broadcast Channel API" and "Using" are words of short gold lines
  // and left out; the Baseline box, ads, the rest of the sidebar and breadcrumbs and "Help improve MDN" are furniture
  title: mdnTitle,
  headings: [mdnH1, mdnH2, mdnH3, mdnH4, mdnH5, mdnH6],
  body: texts([...mdnIntro, ...mdnP1, ...mdnP2, ...mdnP2b, ...mdnP3, mdnNote, ...mdnP4, ...mdnList, ...mdnSee]),
  bylines: [mdnMod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Skip to search', ...mdnAd.slice(0, 2), 'Open main menu', ...mdnTopNav, 'Search MDN', 'Search', 'Theme', 'Log in',
    'Sign up for free', 'Web APIs', 'English (US)', 'Filter sidebar', 'In this article', ...mdnSide.filter((t) => !skip.includes(t)), mdnAd[2],
    ...mdnBaseline, ...mdnHelp, ...mdnGit, ...mdnFoot, ...mdnLegal,
  ])],
};

export const HELDOUT95_E: readonly TestPage[] = [mdn, learnArticle];
