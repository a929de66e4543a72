import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file d: a small coding school's tuition and financing page built with Wix (rich-text components, consent
 * banner), and a week page of a bootcamp's curriculum wiki on MediaWiki (Vector 2022) with an infobox, code, a navbox and categories.
 */
const xTitle = 'Tuition & Financing';
const xIntro = j(
  'Our 12-week Web Development Immersive costs $11,900. We want cost to be the last reason you do not apply, so there are three',
  'ways to pay and a scholarship fund that covers up to half of tuition.',
);
const xOpts = [
  ['Pay upfront', 'Pay the full amount before your first day and save $900. Your total is $11,000.'],
  [
    'Monthly installments',
    j('Pay a $1,000 deposit and then $1,090 a month for ten months, starting on your first day of class. There is no interest and no', 'credit check.'),
  ],
  [
    'Pay after you are hired',
    j(
      'Pay nothing until you start a job that pays at least $45,000 a year. Then you pay 10% of your salary each month until you have',
      'paid $14,500 in total, or for four years, whichever comes first.',
    ),
  ],
];
const xSchH = 'Scholarships';
const xSch = 'Every cohort, we award:';
const xSchItems = [
  'Two full-tuition Cedar Lane Futures scholarships for residents of Marlow County',
  'Up to six $3,000 scholarships for veterans and military spouses',
];
const xSchEnd = 'Scholarship decisions are made at the same time as your admission decision. You do not need to write a separate essay.';
const xBody = [xIntro, ...xOpts.map((o) => o[1] ?? ''), xSch, ...xSchItems, xSchEnd];
const xNav = ['Home', 'Courses', 'Tuition', 'Student work', 'FAQ', 'Contact'];
const wixText = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Tuition | Cedar Lane Coding School</title><meta name="description" content="Three ways to pay for the Web Development Immersive.">
<link rel="canonical" href="https://www.cedarlanecoding.com/tuition"><meta property="og:title" content="Tuition | Cedar Lane Coding School">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"b7c1e0d2-4f3a-4a51-9c1e-2f0d8a9b7e61","isResponsive":true},
"language":"en"}</script>
<style>#comp-lq2x1c8 {--wix-color-1:255,255,255}.font_0{font:normal normal bold 44px/1.2 'wfont_2b1c4e',sans-serif}</style>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1rKx ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mStdvg">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" aria-label="skip to main content" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${wixText('lq2x1a0', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">CEDAR LANE CODING SCHOOL</span></p>')}
<nav id="comp-lq2x1b4" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav>
<div id="comp-lq2x1b9" class="comp-lq2x1b9 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.cedarlanecoding.com/apply"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Apply</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="YzqVVZ">
<section id="comp-lq2x1c8" class="xuzjBY comp-lq2x1c8 wixui-section" tabindex="-1"><div id="bgLayers_comp-lq2x1c8" class="MW5IWV"></div>
<div data-mesh-id="comp-lq2x1c8inlineContent" class="Tfp9d1 wixui-section__content">
${wixText('lq2x1d1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle.replace('&', '&amp;')}</span></h1>`)}
${wixText('lq2x1d5', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${xIntro}</span></p>`)}
</div></section>
<section id="comp-lq2x1e2" class="xuzjBY comp-lq2x1e2 wixui-section" tabindex="-1"><div data-mesh-id="comp-lq2x1e2inlineContent" class="Tfp9d1">
${xOpts
  .map(
    ([h, p], i) => `<div id="comp-lq2x1f${i}" class="comp-lq2x1f${i} wixui-box"><div class="nTOEE9">
${wixText(`lq2x1g${i}`, `<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${wixText(`lq2x1h${i}`, `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`)}</div></div>`,
  )
  .join('\n')}
</div></section>
<section id="comp-lq2x1j0" class="xuzjBY comp-lq2x1j0 wixui-section" tabindex="-1"><div data-mesh-id="comp-lq2x1j0inlineContent" class="Tfp9d1">
${wixText(
  'lq2x1j4',
  `<h2 class="font_4 wixui-rich-text__text">${xSchH}</h2><p class="font_8 wixui-rich-text__text">${xSch}</p>
<ul class="font_8 wixui-rich-text__text">${lis(xSchItems, 'wixui-rich-text__text')}</ul><p class="font_8 wixui-rich-text__text">${xSchEnd}</p>`,
)}
<div id="comp-lq2x1k2" class="comp-lq2x1k2 wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Talk to our admissions team</span></a></div></div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${wixText('lq2x1m0', '<p class="font_9 wixui-rich-text__text">212 Orchard Street, Marlow Falls<br>(555) 014-2290<br>info@cedarlanecoding.com</p>')}
<ul class="social-bar wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.instagram.com/"><img alt="Instagram"></a></li></ul>
${wixText('lq2x1m4', '<p class="font_9 wixui-rich-text__text">© 2027 by Cedar Lane Coding School. Proudly created with Wix.com</p>')}</div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Qd1rKx ignore-focus" role="region" tabindex="-1" aria-label="bottom of page"><span class="mStdvg">bottom of page
</span></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div role="region" aria-label="Cookie banner" data-hook="ccsu-banner-container">
<div data-hook="ccsu-banner-text"><p>This website uses cookies. By continuing to use it you agree to our use of cookies.</p></div>
<div data-hook="ccsu-banner-buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline all</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/unpkg/react@18.2.0/umd/react.production.min.js"></script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.3a1c5f2e.bundle.min.js" async></script></body></html>`;
const wixTuition: TestPage = {
  name: 'heldout668-wix-tuition',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [...xOpts.map((o) => o[0] ?? ''), xSchH],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'CEDAR LANE CODING SCHOOL', 'Home', 'Courses', 'Student work', 'FAQ', 'Contact',
    'Talk to our admissions team', '212 Orchard Street, Marlow Falls', '(555) 014-2290', 'info@cedarlanecoding.com',
    '© 2027 by Cedar Lane Coding School. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use it you agree to our use of cookies.', 'Settings', 'Decline all', 'Accept',
  ],
};

const mTitle = 'Week 6: Asynchronous JavaScript';
const mLead = j(
  'Week 6 is the first week of the front-end unit in which students work with data from outside the browser. It introduces the',
  'event loop, callbacks, promises and async functions, and ends with a small weather dashboard built on a public API.',
);
const mH = ['Learning goals', 'Daily plan', 'Teaching notes', 'Common misconceptions', 'Assessment', 'See also'];
const mGoals = [
  'Explain in plain words what the event loop does when a timer or a network request finishes.',
  'Turn a callback-based function into one that returns a promise.',
  'Use async and await with try and catch to handle a failed request.',
  'Run two requests in parallel with Promise.all and explain when that is faster.',
];
const mDays = [
  ['Monday', 'The call stack and the event loop; setTimeout experiments'],
  ['Tuesday', 'Callbacks and callback nesting; reading Node-style error-first callbacks'],
  ['Wednesday', 'Promises: then, catch and chaining'],
  ['Thursday', 'async and await; the fetch API; loading states in the interface'],
  ['Friday', 'Weather dashboard project; code review in pairs'],
];
const mNotes = [
  j(
    'Start Monday without any code on the screen. The "restaurant kitchen" analogy from the instructor guide works well: the cook',
    '(the call stack) can only do one thing at a time, while the oven timers (web APIs) ring when they are done.',
  ),
  j(
    'On Wednesday, live-code the conversion of the Tuesday callback exercise into promises rather than starting fresh. Students',
    'see the same program twice and can compare the shapes side by side.',
  ),
  'A minimal example that reliably surprises students:',
];
const mCode = "console.log('one');\nsetTimeout(() => console.log('two'), 0);\nconsole.log('three');";
const mNotes2 = 'Ask the room to predict the output before running it. In the 2026 cohorts, fewer than a third of students predicted it correctly.';
const mMis = [
  'That await pauses the whole program, rather than only the async function it is in.',
  'That a setTimeout of 0 milliseconds runs immediately.',
  'That fetch rejects when the server returns a 404. It does not; students must check response.ok themselves.',
];
const mAssess = j(
  'The weather dashboard is graded on the unit rubric: it must show a loading state, handle a failed request with a message to',
  'the user, and fetch the forecast and the current conditions in parallel. Students who finish early add a search by city.',
);
const mSee = ['Week 5: The DOM and events', 'Week 7: React fundamentals', 'Instructor guide: live coding'];
const mBody = [mLead, ...mGoals, ...mDays.map((d) => `${d[0]} ${d[1]}`), ...mNotes, mNotes2, ...mMis, mAssess, ...mSee];
const mInfo = [
  ['Unit', 'Front end'],
  ['Week', '6 of 16'],
  ['Lead instructor', 'Tobiah Lindqvist'],
  ['Prerequisites', 'Week 5'],
];
const mNavbox = ['Week 4', 'Week 5', 'Week 6', 'Week 7', 'Week 8'];
const mCats = ['Curriculum', 'Front-end unit', 'JavaScript'];
const mh = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Week_6&amp;action=edit" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Harbor Code Collective Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-toc-available";
RLCONF={"wgPageName":"Week_6:_Asynchronous_JavaScript","wgTitle":"Week 6: Asynchronous JavaScript","wgCurRevisionId":4812,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Week_6:_Asynchronous_JavaScript&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Week_6_Asynchronous_JavaScript
rootpage-Week_6_Asynchronous_JavaScript skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div>
</div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Harbor Code Collective Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Harbor Code Collective Wiki" aria-label="Search Harbor Code Collective Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul>
${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul>
${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav><nav class="vector-page-tools-landmark">
<span class="vector-dropdown-label-text">Tools</span>
</nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Harbor Code Collective Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Week 6</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p><b>Week 6</b>${mLead.slice(6)}</p>
<meta property="mw:PageProp/toc">
${mh(mH[0] ?? '')}<ol>${lis(mGoals)}</ol>
${mh(mH[1] ?? '')}<dl>${mDays.map(([d, t]) => `<dt>${d}</dt><dd>${t}</dd>`).join('\n')}</dl>
${mh(mH[2] ?? '')}${ps(mNotes)}
<div class="mw-highlight mw-highlight-lang-javascript mw-content-ltr" dir="ltr"><pre><span></span>${mCode.replace(/>/g, '&gt;')}</pre></div>
${ps([mNotes2])}
${mh(mH[3] ?? '')}<ul>${lis(mMis)}</ul>
${mh(mH[4] ?? '')}${ps([mAssess])}
${mh(mH[5] ?? '')}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<div role="navigation" class="navbox" aria-labelledby="Front-end_unit"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><div id="Front-end_unit">Front-end unit</div></th></tr><tr><td class="navbox-list"><div><ul>${links(mNavbox)}</ul></div></td></tr></tbody></table>
</div></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://wiki.harborcode.org/index.php?oldid=4812">https://wiki.harborcode.org/index.php?oldid=4812</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 14 February 2027, at 09:41.</li></ul><ul id="footer-places">
${links(['Privacy policy', 'About Harbor Code Collective Wiki', 'Disclaimers'])}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiWeek: TestPage = {
  name: 'heldout668-mediawiki-curriculum-week',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts(mBody),
  bylines: ['This page was last edited on 14 February 2027, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Harbor Code Collective Wiki', 'Search',
    'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Harbor Code Collective Wiki',
    'Lead instructor', 'Tobiah Lindqvist', 'Prerequisites', '6 of 16', 'edit', 'Week 4', 'Week 8',
    'Retrieved from "https://wiki.harborcode.org/index.php?oldid=4812"', 'Categories', 'Curriculum', 'Privacy policy',
    'About Harbor Code Collective Wiki', 'Disclaimers',
  ],
};

export const HELDOUT668_D: readonly TestPage[] = [wixTuition, mediawikiWeek];
