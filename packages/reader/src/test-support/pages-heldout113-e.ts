import { links, type TestPage, texts } from './page-kit.js';
import { rtdPage } from './pages-heldout113-e2.js';

/**
 * Held-out batch 113, file e: an MDN Web Docs guide page (the skip links, the top placement ad with "Mozilla ads" and
 * "Don't want to see ads?", the main menu and "Log in" / "Sign up for free", the breadcrumbs, the language switcher and
 * "Filter sidebar", the left sidebar tree, the "In this article" TOC that repeats the headings (left out of the gold), the
 * guide with code examples and their "js" / "Copy" labels, the "See also" section, the "Help improve MDN" box with the
 * last-modified line, and the footer) and, from file e2, a Sphinx page on Read the Docs.
 */
const mTitle = 'Using the Screen Wake Lock API';
const mIntro = [
  'This guide explains how to use the Screen Wake Lock API to keep a device’s screen on while your page is visible, how to release ' +
    'the lock when you no longer need it, and how to get it back after the page has been hidden.',
];
const mH1 = 'Why you might need a wake lock';
const mP1 = [
  'Most devices dim and then turn off their screen after a short period without input, to save battery. That is usually what the ' +
    'user wants. Some pages, though, are read or watched for a long time without a tap: a recipe open while someone cooks, a boarding ' +
    'pass at a gate, or a map during a walk.',
  'A screen wake lock asks the browser to keep the screen on while the lock is held. The browser may still refuse, for example when ' +
    'the battery is low or the page is not visible.',
];
const mH2 = 'Requesting a wake lock';
const mP2 = [
  'To request a lock, call navigator.wakeLock.request() with the type "screen". The method returns a promise that fulfills with a ' +
    'WakeLockSentinel object, which you keep so you can release the lock later.',
  'Because the request can be rejected, always wrap it in a try...catch block and let the page work without the lock:',
];
const mCode1 =
  'let wakeLock = null;\n\nasync function requestWakeLock() {\n  try {\n    wakeLock = await navigator.wakeLock.request("screen");\n' +
  '    statusElem.textContent = "Wake lock is active";\n  } catch (err) {\n    statusElem.textContent = err.name + ": " + err.message;\n  }\n}';
const mH3 = 'Releasing the lock';
const mP3 = [
  'Release the lock as soon as it is no longer needed by calling release() on the sentinel. The sentinel fires a release event when ' +
    'the lock is released, whether your code released it or the browser did.',
];
const mCode2 = 'wakeLock.addEventListener("release", () => {\n  statusElem.textContent = "Wake lock released";\n});\n\nawait wakeLock.release();';
const mH4 = 'Reacquiring the lock when the page becomes visible';
const mP4 = [
  'The browser releases a screen wake lock automatically when the page is hidden, for example when the user switches tabs or minimizes ' +
    'the window. It is not restored when the page is shown again. If your page still needs it, listen for the visibilitychange event ' +
    'and request a new lock:',
];
const mCode3 =
  'document.addEventListener("visibilitychange", async () => {\n  if (wakeLock !== null && document.visibilityState === "visible") {\n' +
  '    await requestWakeLock();\n  }\n});';
const mH5 = 'Things to keep in mind';
const mList = [
  'Only request a wake lock in response to something the user has chosen to do, such as starting a recipe in cooking mode.',
  'Show the user when the lock is active, and give them a way to turn it off.',
  'The API is only available in secure contexts (HTTPS).',
  'Test for support with "wakeLock" in navigator before calling it.',
];
const mH6 = 'See also';
const mSee = ['WakeLock interface', 'WakeLockSentinel interface', 'Page Visibility API'];
const mAd = ['Mozilla ads', 'Build, test and ship web apps faster with Northlight Cloud. Free tier for open source.', 'Don’t want to see ads?'];
const mMenu = ['References', 'Guides', 'Plus', 'Curriculum', 'Blog', 'Tools', 'Log in', 'Sign up for free'];
const mCrumbs = ['Web', 'Web APIs', 'Screen Wake Lock API'];
const mSide = ['Screen Wake Lock API', 'Interfaces', 'WakeLock', 'Properties', 'Navigator.wakeLock', 'Events', 'Related pages'];
const mHelp = [
  'Help improve MDN',
  'Was this page helpful to you?',
  'Yes',
  'No',
  'Learn how to contribute',
  'View this page on GitHub',
  'Report a problem with this content',
];
const mFoot = [
  'Your blueprint for a better internet.',
  'About',
  'Careers',
  'Advertise with us',
  'Product help',
  'Report an issue',
  'MDN Community',
  'MDN Forum',
  'MDN Chat',
  'Web Technologies',
  'Learn Web Development',
  'MDN Plus',
  'Hacks Blog',
  'Website Privacy Notice',
  'Cookies',
  'Legal',
  'Community Participation Guidelines',
];
const mLegal = 'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const code = (c: string) => `<div class="code-example"><div class="example-header"><span class="language-name">js</span><button class="copy-icon"
 type="button"><span class="visually-hidden">Copy to Clipboard</span></button></div><pre class="brush: js notranslate"><code>${esc(c)}</code></pre></div>`;
const id = (h: string) => h.toLowerCase().replace(/ /g, '_');
const sec = (h: string, inner: string) =>
  `<section aria-labelledby="${id(h)}"><h2 id="${id(h)}"><a href="#${id(h)}">${h}</a></h2><div class="section-content">${inner}</div></section>`;
const p = (xs: string[]) => xs.map((x) => `<p>${x}</p>`).join('\n');
const mHtml = `<!DOCTYPE html>
<html lang="en-US" data-theme="light dark" data-renderer="Doc">
<head>
<meta charset="utf-8"><title>Using the Screen Wake Lock API - Web APIs | MDN</title>
<meta name="description" content="${mIntro[0]}"><meta property="og:site_name" content="MDN Web Docs">
<link rel="canonical" href="https://developer.mozilla.org/en-US/docs/Web/API/Screen_Wake_Lock_API/Using">
<script type="application/json" id="hydration">{"doc":{"title":"${mTitle}","mdn_url":"/en-US/docs/Web/API/Screen_Wake_Lock_API/Using"}}</script>
<script defer src="/static/js/main.a7c1.js"></script><link href="/static/css/main.b2d9.css" rel="stylesheet">
</head>
<body><div id="root"><ul id="nav-access" class="a11y-nav"><li><a id="skip-main" href="#content">Skip to main content</a></li>
<li><a id="skip-search" href="#top-nav-search-input">Skip to search</a></li></ul>
<div class="page-wrapper category-api document-page"><div class="top-banner loading"><section class="place top container">
<p class="pong-box"><a class="pong" href="https://ads.mozilla.org/click"><span class="pong-note">${mAd[0]}</span><span>${mAd[1]}</span></a>
<a href="/en-US/plus?ref=nope" class="no-pong">${mAd[2]}</a></p></section></div>
<div class="sticky-header-container"><header class="top-navigation"><div class="container"><div class="top-navigation-wrap">
<a href="/en-US/" class="logo" aria-label="MDN homepage">MDN Web Docs</a><button type="button" class="button action has-icon main-menu-toggle"
 aria-haspopup="menu" aria-label="Open main menu"></button></div><div class="top-navigation-main"><nav class="main-nav" aria-label="Main menu"><ul
 class="main-menu">
${mMenu
  .slice(0, 6)
  .map((m) => `<li class="top-level-entry-container"><button type="button" class="top-level-entry menu-toggle">${m}</button></li>`)
  .join('\n')}
</ul></nav><div class="header-search"><form action="/en-US/search" role="search"><input id="top-nav-search-input" aria-label="Search MDN"
 placeholder="   "></form></div><ul class="auth-container"><li><a href="/users/fxa/login/authenticate/" class="login-link">${mMenu[6]}</a></li>
<li><a href="/users/fxa/login/authenticate/" class="button primary">${mMenu[7]}</a></li></ul></div></div></header>
<div class="article-actions-container"><div class="container"><nav class="breadcrumbs-container" aria-label="breadcrumbs"><ol typeof="BreadcrumbList"
 vocab="https://schema.org/" aria-label="breadcrumbs">
${mCrumbs
  .map(
    (c, i) => `<li property="itemListElement" typeof="ListItem"><a href="/c${i}" property="item"><span property="name">${c}</span></a>
</li>`,
  )
  .join('\n')}
<li property="itemListElement"><span property="name">Using the Screen Wake Lock API</span></li></ol></nav>
<div class="article-actions"><ul class="article-actions-entries"><li><div class="languages-switcher-menu"><button type="button" class="button action small">
English (US)</button></div></li></ul></div></div></div></div>
<div class="main-wrapper"><div class="sidebar-container"><aside id="sidebar-quicklinks" class="sidebar" data-macro="DefaultAPISidebar">
<button type="button" class="button action backdrop">Filter sidebar</button><nav aria-label="Related Topics" class="sidebar-inner"><div class="sidebar-body">
<ol>${mSide
  .map((s, i) =>
    i === 0
      ? `<li class="section"><a href="/api">${s}</a></li>`
      : `<li><details open><summary>${s}</summary></details>
</li>`,
  )
  .join('')}</ol>
</div></nav></aside><div class="toc-container"><aside class="toc"><nav><div class="document-toc-container"><section class="document-toc"><header>
<h2 class="document-toc-heading">In this article</h2></header><ul class="document-toc-list">
${[mH1, mH2, mH3, mH4, mH5, mH6].map((h) => `<li class="document-toc-item"><a class="document-toc-link" href="#${id(h)}">${h}</a></li>`).join('\n')}
</ul></section></div></nav></aside></div></div>
<main id="content" class="main-content"><article class="main-page-content" lang="en-US"><header><h1>${mTitle}</h1></header>
<div class="section-content">${p(mIntro)}</div>
${sec(mH1, p(mP1))}
${sec(mH2, p(mP2) + code(mCode1))}
${sec(mH3, p(mP3) + code(mCode2))}
${sec(mH4, p(mP4) + code(mCode3))}
${sec(mH5, `<ul>${mList.map((l) => `<li>${l}</li>`).join('')}</ul>`)}
${sec(mH6, `<ul>${mSee.map((s) => `<li><a href="/${id(s)}">${s}</a></li>`).join('')}</ul>`)}
</article>
<aside class="article-footer"><div class="article-footer-inner"><div class="svg-container"></div><h2>${mHelp[0]}</h2><fieldset class="feedback">
<label>${mHelp[1]}</label><div class="button-container"><button type="button" class="button secondary">${mHelp[2]}</button>
<button type="button" class="button secondary">${mHelp[3]}</button></div></fieldset><a class="contribute"
 href="/en-US/docs/MDN/Community/Getting_started">${mHelp[4]}</a>
<p class="last-modified-date">This page was last modified on <time datetime="2025-09-12T08:21:14.000Z">Sep 12, 2025</time> by
<a href="/en-US/docs/Web/API/Screen_Wake_Lock_API/Using/contributors.txt">MDN contributors</a>.</p>
<div id="on-github" class="on-github"><a href="https://github.com/mdn/content/blob/main/files/en-us/web/api/screen_wake_lock_api/using/index.md">${mHelp[5]}</a>
 • <a href="https://github.com/mdn/content/issues/new">${mHelp[6]}</a></div></div></aside></main></div></div>
<footer id="nav-footer" class="page-footer"><div class="page-footer-grid"><div class="page-footer-logo-col"><a href="/" class="mdn-footer-logo">MDN logo</a>
<p>${mFoot[0]}</p></div><ul>
${links(mFoot.slice(1), 'footer-nav-item')}
</ul><div class="page-footer-legal"><p id="license" class="page-footer-legal-text">${mLegal} Portions of this content are ©1998–2025 by individual
mozilla.org contributors. Content available under <a href="/en-US/docs/MDN/Writing_guidelines/Attrib_copyright_license">a Creative Commons license</a>.</p>
</div>
</div></footer></div><script>window.useMDNPlus=false;</script>
</body>
</html>`;

const mdnPage: TestPage = {
  name: 'heldout113-mdn-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3, mH4, mH5, mH6],
  body: texts([...mIntro, ...mP1, ...mP2, ...mP3, ...mP4, ...mList, ...mSee]),
  bylines: ['This page was last modified on Sep 12, 2025 by MDN contributors.'],
  furniture: [
    'Skip to main content',
    'Skip to search',
    ...mAd,
    'MDN Web Docs',
    ...mMenu,
    'Web APIs',
    'English (US)',
    'Filter sidebar',
    'Interfaces',
    'Properties',
    'Navigator.wakeLock',
    'Events',
    'Related pages',
    'In this article',
    'Copy to Clipboard',
    ...mHelp,
    ...mFoot,
    mLegal,
    'Content available under a Creative Commons license.',
  ],
};

export const HELDOUT113_E: readonly TestPage[] = [mdnPage, rtdPage];
