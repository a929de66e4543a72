import { links, type TestPage, texts } from './page-kit.js';
import { at, finish, j, rowTexts, trs } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file f: a heat pump installation thread on a Discourse forum (the crawler view served without
 * JavaScript, with likes, related topics and the crawler footer) and a MediaWiki page on heat pump tariffs (Vector 2022 skin,
 * edit section links, a wikitable, See also, categories).
 */
const dTitle = 'Installer wants to swap 9 of our 11 radiators \u2013 normal?';
const dPosts = [
  {
    user: 'orchardlane',
    date: 'March 3, 2027, 8:14pm',
    likes: '2 Likes',
    paras: [
      j(
        '1930s semi, about 95 m\u00b2, cavity walls filled last year. The heat loss survey came back at 5.8 kW and the installer wants to',
        'replace nine radiators with larger ones. That is \u00a32,700 of the quote. Is this normal or are they padding the job?',
      ),
    ],
  },
  {
    user: 'Gareth_W',
    date: 'March 3, 2027, 9:02pm',
    likes: '5 Likes',
    paras: [
      j(
        'Pretty normal for a 1930s house. Your old radiators were sized for a boiler running at 70\u00b0C. A heat pump runs best at',
        '45\u00b0C or lower, so each radiator gives out roughly half the heat it used to.',
      ),
      j(
        'Ask them for the room-by-room sheet. It should show each room\u2019s heat loss next to the output of the new radiator',
        'at the flow temperature they designed for.',
      ),
    ],
  },
  {
    user: 'orchardlane',
    date: 'March 4, 2027, 7:40am',
    likes: '',
    paras: ['Got the sheet. Two of the nine are marginal, the rest are well short. Going ahead. Thanks both.'],
  },
];
const dRel = [
  ['Flow temperature after install: 50 or 45?', '14', '610', 'Feb 2027'],
  ['Microbore pipes and heat pumps', '22', '1.2k', 'Jan 2027'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Heat pumps - Greener Homes Forum</title>
<meta name="description" content="1930s semi, about 95 m², cavity walls filled last year.">
<meta name="generator" content="Discourse 3.3.0.beta1 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.greenerhomes.org.uk/t/installer-wants-to-swap-9-of-our-11-radiators-normal/5127">
<meta property="og:site_name" content="Greener Homes Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.greenerhomes.org.uk",
"name":"Greener Homes Forum"}</script>
<link href="/stylesheets/color_definitions_base__1_b2f3.css" media="all" rel="stylesheet">
<link href="/stylesheets/desktop_theme_3_9e1a.css" media="all" rel="stylesheet">
<meta id="data-ga-universal-analytics" data-tracking-code="" data-json="{}"></head>
<body class="crawler "><header><a href="/">
<img src="https://forum.greenerhomes.org.uk/uploads/default/original/1X/logo.png" alt="Greener Homes Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/installer-wants-to-swap-9-of-our-11-radiators-normal/5127">${dTitle}</a>
</h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/heat-pumps/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span><span
class='badge-category clear-badge'><span class='category-name' itemprop='name'>Heat pumps</span></span></a><meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/radiators' class='discourse-tag' rel="tag">radiators</a>, <a href='/tag/design'
class='discourse-tag' rel="tag">design</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'><link itemprop='url'
href='https://forum.greenerhomes.org.uk/t/installer-wants-to-swap-9-of-our-11-radiators-normal/5127'>
<meta itemprop='datePublished' content='2027-03-03T20:14:09Z'>
${dPosts
  .map(
    (p, i) => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='/u/${p.user}'><span
itemprop='name'>${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="/t/5127"><span class="crawler-post-infos"><time itemprop='datePublished'
datetime='2027-03-0${3 + Math.floor(i / 2)}T20:14:09Z' class='post-time'>${p.date}</time><meta itemprop='dateModified' content='2027-03-03T20:14:09Z'>
<span itemprop='position'>${i + 1}</span></span></div><div class='post' itemprop='text'>${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`,
  )
  .join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${dRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${5000 + i}'
class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a href='/c/heat-pumps/7' class='badge-wrapper bullet'>
<span class='badge-category-bg'
style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span class='category-name'>Heat pumps</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (f) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span
itemprop='name'><a href='/${f.toLowerCase().replace(/ /g, '-')}' itemprop="url">${f} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div class="buorg"><div class="buorg-wrap"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></div>
</body></html>`;
const discourseThread: TestPage = finish({
  name: 'heldout557-discourse-radiator-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: dPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heat pumps', 'radiators', 'design', '1', '2', '3', '2 Likes', '5 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRel.flat(),
    ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const mTitle = 'Heat pump tariffs';
const mBody = [
  j(
    'A heat pump tariff is an electricity import tariff with cheaper periods set for households that heat their homes with a heat',
    'pump. Most are time-of-use tariffs: the price per kWh changes at fixed times of day, and the heating controls are set to run',
    'the heat pump harder in the cheap periods.',
  ),
  j(
    'Heat pumps use most electricity on cold mornings and evenings, which is when standard time-of-use tariffs are most expensive.',
    'Heat pump tariffs move the cheap periods to suit a heating load: usually a few hours overnight and a short window in the',
    'afternoon, so that the house and the hot water cylinder can be warmed before the evening peak.',
  ),
  j(
    'The building fabric stores the heat. A well insulated house loses around half a degree an hour with the heating off, so a',
    'house warmed by 4 pm stays comfortable through a two- or three-hour peak without the heat pump running at full power.',
  ),
  'The table shows typical tariff shapes offered in early 2027. Prices include VAT.',
  j(
    'The savings depend on how much of the load can be moved. Members of the Greystone trial group who set their controls to the',
    'cheap windows cut their heating costs by 18 to 24% compared with a flat-rate tariff. Those who left the controls unchanged',
    'saved nothing, and two paid slightly more.',
  ),
  'Time-of-use tariff',
  'Hot water cylinder',
  'Heat loss calculation',
];
const mRows = [
  ['Two-window', '00:30\u201305:30, 13:00\u201316:00', '14.5p', '29.8p'],
  ['Overnight only', '00:00\u201307:00', '12.9p', '27.4p'],
  ['Agile (half-hourly)', 'Varies daily', 'from 3p', 'up to 45p'],
];
const mHeads = ['How they work', 'Tariff types', 'Savings', 'See also'];
const mCats = ['Heat pumps', 'Electricity tariffs', 'Household energy'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mId = (h: string): string => h.replace(/ /g, '_');
const mH = (
  h: string,
): string => `<div class="mw-heading mw-heading2"><h2 id="${mId(h)}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Heat_pump_tariffs&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - EnergyWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());RLCONF={"wgPageName":
"Heat_pump_tariffs","wgTitle":"Heat pump tariffs","wgCurRevisionId":48211,"wgArticleId":3310,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Heat_pump_tariffs&amp;action=edit">
<link rel="canonical" href="https://wiki.energycommons.org/wiki/Heat_pump_tariffs"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Heat_pump_tariffs 
rootpage-Heat_pump_tariffs skin-vector-2022
action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span>
</label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">EnergyWiki</strong></span></a>
</div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search EnergyWiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span>
<span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main">
<ul class="vector-menu-content-list">
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc
vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mHeads
  .map(
    (h, i) => `<li id="toc-${mId(h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${mId(h)}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Heat_pump_tariffs" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item">
<a href="/wiki/Talk:Heat_pump_tariffs" rel="discussion" title="Discussion about the content page [t]" accesskey="t"><span>Discussion</span></a></li></ul>
</nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon
mw-list-item"><a href="/wiki/Heat_pump_tariffs"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Heat_pump_tariffs&amp;action=edit" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Heat_pump_tariffs&amp;action=history" accesskey="h"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label
class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div
id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div>
</div></div>
</nav></div></div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content">
<div id="siteSub" class="noprint">From EnergyWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<p>A <b>heat pump tariff</b>${at(mBody, 0).slice('A heat pump tariff'.length)}</p>
<meta property="mw:PageProp/toc">
${mH(at(mHeads, 0))}<p>${at(mBody, 1)}</p><p>${at(mBody, 2)}</p>
${mH(at(mHeads, 1))}<p>${at(mBody, 3)}</p><table class="wikitable"><tbody><tr><th>Tariff</th><th>Cheap periods</th><th>Cheap rate</th><th>Standard rate</th>
</tr>
${trs(mRows)}</tbody></table>
${mH(at(mHeads, 2))}<p>${at(mBody, 4)}</p>
${mH(at(mHeads, 3))}<ul>${mBody
  .slice(5)
  .map((t) => `<li><a href="/wiki/${mId(t)}" title="${t}">${t}</a></li>`)
  .join('')}</ul>
<!-- NewPP limit report Cached time: 20270203142211 CPU time usage: 0.041 seconds --></div><noscript>
<img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1"
alt="" width="1" height="1" style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr"
href="https://wiki.energycommons.org/index.php?title=Heat_pump_tariffs&amp;oldid=48211"
>https://wiki.energycommons.org/index.php?title=Heat_pump_tariffs&amp;oldid=48211</a>"
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February 2027,
at 14:22.</li><li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/EnergyWiki:Privacy_policy">Privacy policy</a></li><li
id="footer-places-about"><a href="/wiki/EnergyWiki:About">About EnergyWiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/EnergyWiki:General_disclaimer">
Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiTariffs: TestPage = finish({
  name: 'heldout557-mediawiki-heat-pump-tariffs',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...texts(mBody.slice(0, 4)), ...rowTexts(mRows), ...texts(mBody.slice(4))],
  bylines: ['This page was last edited on 3 February 2027, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'EnergyWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', '4', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From EnergyWiki', 'edit', 'Categories', ...mCats,
    'Retrieved from "https://wiki.energycommons.org/index.php?title=Heat_pump_tariffs&oldid=48211"',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About EnergyWiki', 'Disclaimers',
  ],
});

export const HELDOUT557_F: readonly TestPage[] = [discourseThread, wikiTariffs];
