import { links, type TestPage } from './page-kit.js';
import { type Block, j, parts, render } from './pages-heldout463-kit.js';

/**
 * Held-out batch 463, file f: a thread on a sustainability practitioners' Discourse forum about auditing a supplier code of
 * conduct, and a MediaWiki page (Vector 2022 skin) on a community wiki about a cookstove carbon offset project, with an infobox.
 */
const dTitle = 'How do you verify supplier code of conduct compliance without a big audit budget?';
const dPosts: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'priya_okafor',
    'Mar 4',
    [
      j(
        'We have about 300 tier-1 suppliers, mostly small metalwork and plastics shops in three countries. Our code of conduct asks',
        'for the usual things (working hours, safety, no child labour, environmental permits), but we have no budget for third-party',
        'audits beyond maybe ten a year.',
      ),
      'How are others deciding where to look? Is a self-assessment questionnaire worth anything on its own?',
    ],
  ],
  [
    'lukas.brenner',
    'Mar 4',
    [
      j(
        'A questionnaire on its own mostly tells you who is good at filling in questionnaires. We use it only to sort suppliers,',
        'together with country risk and how much we spend with them, and then spend the audit budget on the top of that list.',
      ),
      'The other thing that helped was asking buyers to note anything odd when they visit: locked fire exits, workers sleeping on site, that kind of thing.',
    ],
  ],
  [
    'marguerite_v',
    'Mar 5',
    [
      j(
        'Seconding the risk-based approach. One caution: if suppliers know that a good questionnaire keeps them off the audit list,',
        'the answers get better every year without anything changing. We pick two or three low-risk suppliers at random each year.',
      ),
    ],
  ],
  [
    'priya_okafor',
    'Mar 6',
    ['Thank you both, this is really helpful. Random picks are a good idea, we had not thought of that. Marking Lukas’s reply as the solution.'],
  ],
];
const dBlocks: Block[] = dPosts.flatMap(([, , ps]) => ps);
const dPost = (
  [user, date, ps]: readonly [string, string, readonly string[]],
  n: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${18800 + n}" data-topic-id="5521" data-user-id="${400 + n}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}" aria-hidden="true"
tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.scope3circle.example/${user}/96/12_2.png" class="avatar" loading="lazy"></a></div>
</div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/5521/${n}">
<span title="${date}, 2026" data-time="17095" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${render(ps)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn-flat button-count like-count highlight-action" title="number of people who liked this post">${n + 2}</button>
<button class="btn-flat toggle-like like" title="like this post"></button></div>
<button class="btn-flat reply create" title="Begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dCats = ['Latest', 'Categories', 'Top'];
const dSug = ['Supplier self-assessment questionnaires: which one do you use?', 'Living wage verification in small factories'];
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>How do you verify supplier code of conduct compliance without a big audit budget? - Supply chain - Scope3 Circle</title>
<meta name="description" content="We have about 300 tier-1 suppliers, mostly small metalwork and plastics shops in three countries.">
<meta name="generator" content="Discourse 3.3.2">
<link rel="canonical" href="https://forum.scope3circle.example/t/how-do-you-verify-supplier-code-of-conduct-compliance/5521">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"priya_okafor"}}</script>
<link href="/stylesheets/desktop_0f2e4c6a.css?__ws=forum.scope3circle.example" media="all" rel="stylesheet">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.scope3circle.example"></head>
<body class="crawler "><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><section id="main">
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" class="logo-link">
<img src="/uploads/default/original/1X/logo.png" alt="Scope3 Circle" id="site-logo" class="logo-big"></a></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-small login-button">
<span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div class="list-controls"><ul class="nav nav-pills">${links(dCats)}</ul></div>
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="5521">
<a href="/t/how-do-you-verify-supplier-code-of-conduct-compliance/5521"
class="fancy-title">${dTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper"><span data-category-id="7" class="badge-category">
<span class="badge-category__name">Supply chain</span></span></span><div class="list-tags"><a href="/tag/audits" class="discourse-tag simple">audits</a>
<a href="/tag/human-rights" class="discourse-tag simple">human-rights</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="5521"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}
</div></div></section></div></div>
<div id="suggested-topics" class="suggested-topics" role="complementary" aria-labelledby="suggested-topics-title">
<h3 id="suggested-topics-title" class="suggested-topics-title">
Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Activity</th></tr></thead><tbody>
${dSug
  .map(
    (
      t,
      i,
    ) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${5400 + i}" class="title raw-link">${t}</a></td><td class="num posts">${i + 6}</td>
<td class="num activity"><span class="relative-date">Feb ${i + 12}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></section></div>
<footer class="footer"><div class="wrap"><p class="powered-by-discourse">
<a href="https://www.discourse.org">Powered by Discourse</a>, best viewed with JavaScript enabled</p></div></footer>
<script src="/assets/start-discourse-8a1b2c3d.js"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const dFurn = [
  'Sign Up', 'Log In', ...dCats, 'Supply chain', 'audits', 'human-rights', '3', '4', '5', '6', 'Reply', 'Suggested Topics', 'Topic', 'Replies', 'Activity',
  ...dSug, '7', 'Feb 12', 'Feb 13', 'Powered by Discourse, best viewed with JavaScript enabled',
];
const discourse: TestPage = {
  name: 'heldout463-discourse-supplier-audits',
  kind: 'forum',
  html: dHtml,
  ...parts(dTitle, dBlocks, [], ['priya_okafor', 'lukas.brenner', 'marguerite_v', 'Mar 4', 'Mar 5', 'Mar 6'], dFurn),
};

const mTitle = 'Lake Kivuma Improved Cookstoves Project';
const mBlocks: Block[] = [
  j(
    'The <b>Lake Kivuma Improved Cookstoves Project</b> is a carbon offset project that distributes fuel-efficient charcoal and',
    'wood stoves to households around Lake Kivuma. It was started in 2019 by the social enterprise Mwangaza Jiko and by 2026 had',
    'distributed about 118,000 stoves.',
  ),
  { h: 'Background' },
  j(
    'Most households in the project area cook on three-stone fires or simple metal charcoal stoves. Demand for charcoal has been',
    'linked to the loss of woodland in the hills east of the lake, and smoke from indoor cooking is a major cause of',
    'respiratory illness among women and children.',
  ),
  { h: 'Carbon accounting' },
  j(
    'Emission reductions are calculated from the fuel saved by each stove, estimated from kitchen performance tests in a',
    'sample of households, and from the share of the wood that is assumed to be harvested unsustainably (the fNRB value).',
  ),
  { h: 'Criticism', level: 3 },
  j(
    'A 2025 study by researchers at the University of Kerendi found that the project used an fNRB value of 0.86, while their own',
    'estimate for the region was 0.31. If their figure is correct, the project may have been issued about two and a half times',
    'more credits than the emission reductions it achieved. The project developer has disputed the study’s method.',
  ),
  { h: 'See also' },
  {
    ul: [
      '<a href="/wiki/Fraction_of_non-renewable_biomass">Fraction of non-renewable biomass</a>',
      '<a href="/wiki/Carbon_credit_quality">Carbon credit quality</a>',
    ],
  },
];
const mBox: readonly (readonly [string, string])[] = [
  ['Location', 'Kivuma District'],
  ['Type', 'Household energy efficiency'],
  ['Standard', 'Gold Standard GS-7741'],
  ['Credits issued', '1.9 million (to 2026)'],
];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About OffsetWatch Wiki', 'Disclaimers'];
const mHead = (t: string, level: number): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Lake_Kivuma_Improved_Cookstoves_Project&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Lake Kivuma Improved Cookstoves Project - OffsetWatch Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lake_Kivuma_Improved_Cookstoves_Project","wgTitle":"Lake Kivuma Improved Cookstoves Project","wgNamespaceNumber":0,
"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1">
<link rel="canonical" href="https://wiki.offsetwatch.example/wiki/Lake_Kivuma_Improved_Cookstoves_Project"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lake_Kivuma_Improved_Cookstoves_Project
rootpage-Lake_Kivuma_Improved_Cookstoves_Project skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">OffsetWatch Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input type="search" name="search" placeholder="Search OffsetWatch Wiki" aria-label="Search OffsetWatch Wiki" id="searchInput">
<button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From OffsetWatch Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${render(mBlocks.slice(0, 1))}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
</div>
<ul><li class="toclevel-1"><a href="#Background"><span class="tocnumber">1</span> <span class="toctext">Background</span></a></li>
<li class="toclevel-1"><a href="#Carbon_accounting"><span class="tocnumber">2</span> <span class="toctext">Carbon accounting</span></a></li></ul></div>
${render(mBlocks.slice(1), { h: mHead })}
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
<span class="reference-text">Kerendi Energy Group (2025). "Revisiting fNRB in the Kivuma basin".</span></li></ol></div></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.offsetwatch.example/index.php?title=Lake_Kivuma_Improved_Cookstoves_Project&amp;oldid=4412">
https://wiki.offsetwatch.example/index.php?title=Lake_Kivuma_Improved_Cookstoves_Project&amp;oldid=4412</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Cookstove_projects">Cookstove projects</a></li><li><a href="/wiki/Category:Gold_Standard_projects">Gold Standard projects</a>
</li></ul></div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 October 2026, at 14:07.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const mFurn = [
  'Jump to content', 'Main menu', 'Navigation', ...mSide, 'OffsetWatch Wiki', 'Search', 'Create account', 'Log in', ...mTabs, 'From OffsetWatch Wiki',
  ...mBox.flat(),
  'Contents', 'edit', 'Kerendi Energy Group (2025). "Revisiting fNRB in the Kivuma basin".',
  'Categories', 'Cookstove projects',
  'Gold Standard projects', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
];
const mediawiki: TestPage = {
  name: 'heldout463-mediawiki-cookstove-offset',
  kind: 'wiki',
  html: mHtml,
  ...parts(mTitle, mBlocks, [], ['This page was last edited on 2 October 2026, at 14:07.'], mFurn),
};

export const HELDOUT463_F: readonly TestPage[] = [discourse, mediawiki];
