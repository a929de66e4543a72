import { type TestPage, texts } from './page-kit.js';
import { tidy } from './pages-heldout127-a4.js';
import { britannica } from './pages-heldout127-e2.js';

/**
 * Held-out batch 127, file e: a company's internal MediaWiki 1.35 page in the legacy Vector skin, saved by a logged-in employee:
 * the site notice (maintenance window and "staff only" line) above the title, "From Brackenfield Wiki", the jump links, an
 * owner / last-reviewed box at the top of the article text, the classic "Contents" box, section "[edit]" links, a roles list,
 * a calendar table, numbered steps with a command block, a warning box, "See also", the printfooter and categories, then the
 * navigation menu that Vector prints after the content (personal tools with the user's name, tabs, "More", search, the logo
 * panel with its portlets) and the footer with a view counter; and, from file e2, a Britannica article.
 */
const title = 'Mobile App Release Process';
const slug = 'Mobile_App_Release_Process';
const notice = [
  'Scheduled maintenance: the wiki will be read-only on Saturday 14 June from 08:00 to 10:00 while it is upgraded to MediaWiki 1.39.',
  'Internal – Brackenfield staff only. Do not share outside the company.',
] as const;
const owner = ['Owner: Mobile Platform team', 'Questions: #mobile-release'];
const reviewed = 'Last reviewed: 12 May 2025';
const lead = [
  'This page describes how the <b>Brackenfield Driver</b> and <b>Brackenfield Depot</b> apps are released to the App Store and Google Play. ' +
    'It applies to every scheduled release and to hotfixes. If anything here is out of date, fix it or say so in #mobile-release.',
  'We ship a scheduled release every two weeks. A release can only be cut from <code>main</code> when the nightly build is green.',
];
const hRoles = 'Roles';
const roles = [
  'Release captain – one mobile engineer per release, on a rota kept in the #mobile-release channel topic. Owns the release from cut to 100% rollout.',
  'QA lead – signs off the regression pass. Currently Okonkwo Adebayo for Driver and Lena Fischbach for Depot.',
  'Product owner – approves the release notes and decides whether a known issue blocks the release.',
  'On-call engineer – watches crash rates and alerts during the phased rollout.',
];
const hCalendar = 'Release calendar';
const calendar = ['Each release follows the same two-week pattern. Dates for the current quarter are in the shared Mobile Releases calendar.'];
const table = [
  ['Wednesday, week 1', 'Release branch cut', 'Release captain'],
  ['Thursday to Monday', 'Regression testing on the release build', 'QA lead'],
  ['Tuesday, week 2', 'Submission to both stores', 'Release captain'],
  ['Wednesday, week 2 onward', 'Phased rollout over seven days', 'On-call engineer'],
] as const;
const hSteps = 'Steps';
const steps1 = [
  'Post in #mobile-release that you are cutting the release, with the version number.',
  'Cut the release branch with the release script. It creates <code>release/x.y.z</code>, bumps the build number and opens the ' + 'release checklist ticket:',
];
const steps2 = [
  'Wait for the release build to appear in TestFlight and the Play internal track, then hand over to QA in the checklist ticket.',
  'When QA has signed off, ask the product owner to approve the release notes in the ticket.',
  'Submit both apps for review. Choose “phased release” on the App Store and a 5% staged rollout on Google Play.',
  'Once both apps are live, raise the rollout each day (5%, 20%, 50%, 100%) as long as the crash-free rate stays above 99.5%.',
  'Merge the release branch back into <code>main</code> and close the checklist ticket.',
];
const hHotfix = 'Hotfixes';
const hotfix = [
  'A hotfix is any release outside the two-week schedule. It needs approval from the engineering manager on call, and it is cut from the ' +
    'last release branch, not from <code>main</code>. Follow the same steps, but QA may limit the regression pass to the affected area.',
  'Hotfixes are rolled out to 100% at once unless the fix itself is risky.',
];
const hRollback = 'Rolling back';
const rollback = [
  'Neither store lets us roll back a release. If a release causes problems, pause the rollout at once (App Store Connect: “Pause Phased ' +
    'Release”; Play Console: “Halt rollout”) and ship a hotfix with the previous behaviour restored.',
];
const warning =
  'Warning: Do not increase the build number of a halted Play release and resubmit it. Play rejects any later build with a lower number, ' +
  'which blocks the hotfix.';
const seeAlso = ['Mobile Platform team', 'App store accounts and access', 'Incident process'];
const toc = [hRoles, hCalendar, hSteps, hHotfix, hRollback, 'See also'];
const personal = ['Priya.Raman', 'Talk', 'Preferences', 'Watchlist', 'Contributions', 'Log out'] as const;
const tabs = ['Namespaces', 'Page', 'Discussion', 'Variants', 'Views', 'Read', 'Edit', 'View history', 'Unwatch', 'More', 'Move'] as const;
const portals = [
  ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki']],
  ['Team spaces', ['Engineering', 'Operations', 'Customer Support', 'People & Culture']],
  ['Tools', ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
] as const;
const cats = ['Mobile', 'Release management', 'Runbooks'];
const places = ['Privacy policy', 'About Brackenfield Wiki', 'Disclaimers'];
const edited = 'This page was last edited on 3 June 2025, at 16:12.';
const views = 'This page has been accessed 1,842 times.';
const retrieved = `Retrieved from "https://wiki.brackenfield.internal/index.php?title=${slug}&oldid=18842"`;
const h2 = (t: string, i: number): string =>
  `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/index.php?title=${slug}&amp;action=edit&amp;section=${i}" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const lis = (a: readonly string[]): string => a.map((t) => `<li>${t}</li>`).join('\n');
const menu = (id: string, label: string, items: readonly string[], cls: string, sel = ''): string => `<nav id="${id}" class="vector-menu ${cls}"
aria-labelledby="${id}-label" role="navigation"><h3 id="${id}-label">${label}</h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items
  .map(
    (t, i) => `<li id="${id}-${i}"${t === sel ? ' class="selected"' : ''}><a
href="/wiki/${t.replace(/ /g, '_')}">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('')}
</ul></div></nav>`;
const html = `<!DOCTYPE html>
<html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${title} - Brackenfield Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":!1,"wgCanonicalNamespace":"","wgNamespaceNumber":0,"wgPageName":"${slug}",
"wgTitle":"${title}","wgCurRevisionId":18842,"wgUserName":"Priya.Raman","wgUserGroups":["*","user","autoconfirmed","engineering"],"wgIsArticle":!0,
"wgAction":"view","wgCategories":${JSON.stringify(cats)}};RLSTATE={"site.styles":"ready","user.styles":"ready","skins.vector.styles.legacy":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=mediawiki.toc.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<script async="" src="/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="generator" content="MediaWiki 1.35.14"><meta name="robots" content="noindex,nofollow"><link rel="shortcut icon" href="/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Brackenfield Wiki (en)"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-${slug} rootpage-${slug} skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice" class="mw-body-content"><div id="localNotice" lang="en" dir="ltr"><div class="sitenotice-box"
style="background:#fff3cd;border:1px solid #e0c36b;
padding:4px 8px"><p><b>Scheduled maintenance:</b> the wiki will be read-only on Saturday 14 June from 08:00 to 10:00 while it is upgraded to MediaWiki 1.39.</p>
<p><small>${notice[1]}</small></p></div></div></div>
<div class="mw-indicators mw-body-content"></div>
<h1 id="firstHeading" class="firstHeading" lang="en">${title}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub" class="noprint">From Brackenfield Wiki</div><div id="contentSub"></div><div
id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<table class="ombox ombox-notice owner-box" style="width:100%"><tbody><tr><td class="mbox-text"><b>Owner:</b> <a href="/wiki/Mobile_Platform_team">Mobile
Platform team</a> · <b>Last reviewed:</b> 12 May 2025 · <b>Questions:</b> #mobile-release</td></tr></tbody></table>
${ps(lead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${toc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${h2(hRoles, 1)}
<ul>${lis(roles.map((t) => `<b>${t.split(' – ')[0]}</b> – ${t.split(' – ')[1]}`))}</ul>
${h2(hCalendar, 2)}
${ps(calendar)}
<table class="wikitable"><tbody><tr><th>When</th><th>What</th><th>Who</th></tr>
${table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${h2(hSteps, 3)}
<ol>${lis(steps1)}</ol>
<pre>./scripts/release.sh cut 4.18.0
./scripts/release.sh checklist 4.18.0</pre>
<ol start="3">${lis(steps2)}</ol>
${h2(hHotfix, 4)}
${ps(hotfix)}
${h2(hRollback, 5)}
${ps(rollback)}
<div class="warningbox" style="border-left:6px solid #d33;background:#fee7e6;padding:6px 10px"><b>Warning:</b> ${warning.slice(9)}</div>
${h2('See also', 6)}
<ul>${lis(seeAlso.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`))}</ul>
<!--
NewPP limit report
Cached time: 20250603161244
Preprocessor visited node count: 182/1000000
-->
</div></div><div class="printfooter">Retrieved from "<a dir="ltr"
href="https://wiki.brackenfield.internal/index.php?title=${slug}&amp;oldid=18842"
>https://wiki.brackenfield.internal/index.php?title=${slug}&amp;oldid=18842</a>"
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${cats
  .map(
    (c) => `<li><a
href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`,
  )
  .join('')}</ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
${menu('p-personal', 'Personal tools', personal, '')}
<div id="left-navigation">${menu('p-namespaces', tabs[0], tabs.slice(1, 3), 'vector-menu-tabs vectorTabs', 'Page')}
<nav id="p-variants" class="vector-menu-empty emptyPortlet vector-menu vector-menu-dropdown vectorMenu" aria-labelledby="p-variants-label" role="navigation">
<input type="checkbox" class="vector-menu-checkbox vectorMenuCheckbox" aria-labelledby="p-variants-label"><h3 id="p-variants-label"><span>${tabs[3]}</span></h3>
<div class="vector-menu-content"><ul class="menu vector-menu-content-list"></ul></div></nav></div>
<div id="right-navigation">${menu('p-views', tabs[4], tabs.slice(5, 9), 'vector-menu-tabs vectorTabs', 'Read')}
<nav id="p-cactions" class="vector-menu vector-menu-dropdown vectorMenu" aria-labelledby="p-cactions-label" role="navigation"><input type="checkbox"
class="vector-menu-checkbox vectorMenuCheckbox" aria-labelledby="p-cactions-label"><h3 id="p-cactions-label"><span>${tabs[9]}</span></h3>
<div class="vector-menu-content"><ul class="menu vector-menu-content-list"><li id="ca-move"><a href="/wiki/Special:MovePage/${slug}">${tabs[10]}</a></li></ul>
</div></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><div id="simpleSearch">
<input type="search" name="search" placeholder="Search Brackenfield Wiki" title="Search Brackenfield Wiki [f]" accesskey="f" id="searchInput">
<input type="hidden" value="Special:Search" name="title"><input type="submit" name="fulltext" value="Search" title="Search the pages for this text"
id="mw-searchButton" class="searchButton mw-fallbackSearchButton"><input type="submit" name="go" value="Go" title="Go to a page with this exact name
if it exists"
id="searchButton" class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a title="Visit the main page" class="mw-wiki-logo" href="/wiki/Main_Page"></a></div>
${portals.map(([h, items], i) => menu(`p-portal-${i}`, h, items, `vector-menu-portal portal${i === 0 ? ' portal-first' : ''}`)).join('\n')}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${edited}</li>
<li id="footer-info-viewcount">${views}</li></ul>
<ul id="footer-places">${places.map((t) => `<li><a href="/wiki/Brackenfield_Wiki:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul><div style="clear: both;"></div></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageParseReport":{"limitreport":{"cputime":"0.031","walltime":"0.044"}}});});</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":211});});</script>
</body></html>`;
const internal: TestPage = {
  name: 'heldout127-mediawiki-internal-runbook',
  kind: 'wiki',
  html,
  // the owner box is furniture (its "Last reviewed" date a byline); roles and steps are body; the calendar table's data cells
  // are body, its header cells neither; the command block and "See also" (with its heading) are in neither list; the warning
  // box is body
  title,
  headings: [hRoles, hCalendar, hSteps, hHotfix, hRollback],
  body: texts([...lead, ...roles, ...calendar, ...table.flat(), ...steps1, ...steps2, ...hotfix, ...rollback, warning]),
  bylines: [reviewed, edited],
  furniture: [
    ...notice,
    'From Brackenfield Wiki',
    'Jump to navigation',
    'Jump to search',
    ...owner,
    'Contents',
    'edit',
    retrieved,
    'Categories',
    ...cats,
    'Navigation menu',
    ...personal,
    ...tabs,
    'Search',
    ...portals.flatMap(([h, items]) => [h, ...items]),
    views,
    ...places,
  ],
};

export const HELDOUT127_E: readonly TestPage[] = [internal, britannica].map(tidy);
