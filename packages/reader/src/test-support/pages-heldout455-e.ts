import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout455-kit.js';

/**
 * Held-out batch 455, file e: a club wiki's antenna build page on MediaWiki (Vector 2022) with its contents panel, edit links,
 * a dimension table and categories, and a beginners' SDR thread on Discourse as served without JavaScript (the crawler view).
 */
const mTitle = 'Ladder-line J-pole for 2 metres';
const mIntro = j(
  'This J-pole is the club’s standard first build at the autumn construction night. It is cut from 300-ohm ladder line, costs',
  'under $10 and gives a usable match across the whole 2-metre band without a tuner.',
);
const mHeads = ['Materials', 'Dimensions', 'Assembly', 'Testing'];
const mMaterials = ['about 60 inches of 300-ohm ladder line', 'an SO-239 or BNC chassis connector', 'a length of 3/4-inch PVC pipe and two end caps'];
const mRows = [
  ['Radiator (top section)', '58 1/2 in', '1486 mm'],
  ['Matching stub', '19 1/4 in', '489 mm'],
  ['Feed point above bottom', '1 1/2 in', '38 mm'],
];
const mAssembly = [
  j(
    'Short the two conductors at the bottom of the stub. Cut a 1-inch notch out of one conductor at the top of the stub, so that',
    'the longer conductor carries on as the radiator. Solder the coax at the feed point and wrap the joint in self-amalgamating tape.',
  ),
  'Slide the finished antenna into the PVC pipe and cap both ends. Drill a small weep hole in the bottom cap.',
];
const mTesting = j(
  'Hang the antenna clear of metal and trim the top in 1/4-inch steps until the lowest SWR sits at 146 MHz. Most builds at the',
  'construction night land below 1.5:1 from 144 to 148 MHz after two or three cuts.',
);
const mMenu = ['Main page', 'Recent changes', 'Club events', 'Random page', 'Help about MediaWiki'];
const mEdit = (h: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=J-pole&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Fox Hollow ARC Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Ladder-line_J-pole","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.41.1">
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ladder-line_J-pole
rootpage-Ladder-line_J-pole skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div
id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu">
</span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu
mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${mMenu
  .map(
    (t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}
</span></a></li>`,
  )
  .join('')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">
Fox Hollow ARC Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button search-toggle" title="Search Fox Hollow ARC Wiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><form action="/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Fox Hollow ARC Wiki" aria-label="Search Fox Hollow ARC Wiki"
id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav
id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-hide-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Ladder-line_J-pole"
accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Ladder-line_J-pole&amp;action=edit"
rel="discussion"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected
mw-list-item">
<a href="/wiki/Ladder-line_J-pole"><span>Read</span></a></li><li id="ca-viewsource" class="mw-list-item"><a
href="/index.php?title=Ladder-line_J-pole&amp;action=edit"
accesskey="e"><span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?title=Ladder-line_J-pole&amp;action=history"
accesskey="h">
<span>View history</span></a></li></ul></nav></div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From Fox Hollow ARC Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en"
dir="ltr"><p>${mIntro}</p>
${mEdit(at(mHeads, 0), 1)}<ul>${lis(mMaterials)}</ul>
${mEdit(at(mHeads, 1), 2)}<table class="wikitable"><tbody><tr><th>Part</th><th>Length (inches)</th><th>Length (mm)</th></tr>${trs(mRows)}</tbody></table>
${mEdit(at(mHeads, 2), 3)}${ps(mAssembly)}
${mEdit(at(mHeads, 3), 4)}<p>${mTesting}</p>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270203211402 --></div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.foxhollowarc.example.org/index.php?title=Ladder-line_J-pole&amp;oldid=1184">
https://wiki.foxhollowarc.example.org/index.php?title=Ladder-line_J-pole&amp;oldid=1184</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Antennas">Antennas</a></li><li><a href="/wiki/Category:Club_projects">Club
projects</a></li>
</ul></div></div></div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page
was last edited on 3 February 2027, at 21:14.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy
policy</a></li>
<li id="footer-places-about"><a href="/wiki/Project:About">About Fox Hollow ARC Wiki</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Project:General_disclaimer">
Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout455-jpole-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [mIntro, ...texts(mMaterials), ...rowTexts(mRows), ...mAssembly, mTesting],
  bylines: ['This page was last edited on 3 February 2027, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mMenu, 'Fox Hollow ARC Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion',
    'Read', 'View source', 'View history', 'From Fox Hollow ARC Wiki', '[edit]',
    'Categories: Antennas Club projects',
    'Privacy policy', 'About Fox Hollow ARC Wiki', 'Disclaimers',
  ],
};

const dTitle = 'Which SDR for a first HF receiver?';
const dPosts: { user: string; time: string; likes: string; paras: string[] }[] = [
  {
    user: 'marisol_t',
    time: 'February 18, 2027,  2:02pm',
    likes: '2 Likes',
    paras: [
      j(
        'I have been listening to shortwave on a portable for a year and want to move to an SDR so I can see the bands. Budget is',
        'about $150. I mostly want to hear broadcast stations, some utility stations and the ham bands. What would you get?',
      ),
      'My antenna is a 20-metre random wire off the balcony, if that matters.',
    ],
  },
  {
    user: 'old_kestrel',
    time: 'February 18, 2027,  3:40pm',
    likes: '5 Likes',
    paras: [
      j(
        'At that budget, a direct-sampling dongle with a proper HF input will do everything you describe. The older dongles that need an',
        'upconverter are a false economy now.',
      ),
      j(
        'It matters more that you put a 9:1 unun at the bottom of that random wire and keep the coax away from your computer. Most',
        'beginners blame the radio for noise that comes from their own laptop charger.',
      ),
    ],
  },
  {
    user: 'marisol_t',
    time: 'February 21, 2027,  9:15am',
    likes: '1 Like',
    paras: ['Ordered one plus the unun. Thanks, I will report back once it is set up.'],
  },
];
const dRelated = [
  ['Upconverter or direct sampling?', '7', '312', 'January 4, 2027'],
  ['Balcony antennas that actually work', '23', '1.4k', 'February 2, 2027'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8"><title>${dTitle} -
Receivers
&amp; SDR - Skywave Listeners</title><meta name="description" content="I have been listening to shortwave on a portable for a year and want to move to an SDR">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 8c6b3c4"><link rel="canonical"
href="https://forum.skywave.example.org/t/4812">
<link href="/stylesheets/color_definitions_light_4_1.css" media="all" rel="stylesheet" data-target="color_definitions"><meta property="og:site_name"
content="Skywave Listeners">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.skywave.example.org",
"potentialAction":{"@type":"SearchAction"}}</script>
</head><body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/skywave-logo.png" alt="Skywave Listeners" id="site-logo"
style="max-width: 150px;"></a>
</header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/which-sdr-for-a-first-hf-receiver/4812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/receivers/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span><span
class='badge-category
clear-badge'><span class='category-name' itemprop='name'>Receivers &amp; SDR</span></span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/beginner' class='discourse-tag' rel="tag">beginner</a>, <a href='/tag/hf'
class='discourse-tag' rel="tag">hf</a></div></div></div><div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline'
content='${dTitle}'>
<meta itemprop='articleSection' content='Receivers &amp; SDR'><meta itemprop='keywords' content='beginner, hf'><div itemprop='publisher' itemscope
itemtype="http://schema.org/Organization"><meta itemprop='name' content='Skywave Listeners'></div>
${dPosts
  .map(
    (p, i) => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow'
href='https://forum.skywave.example.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span><span class="crawler-post-infos"><time
itemprop='datePublished'
datetime='2027-02-18T14:02:11Z' class='post-time'>${p.time}</time><meta itemprop='dateModified' content='2027-02-18T14:02:11Z'><span itemprop='position'>${
      i + 1
    }</span>
</span></div><div class='post' itemprop='text'>${ps(p.paras)}</div><div itemprop="interactionStatistic" itemscope
itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}">
<span class='post-likes'>${p.likes}</span></div></div>`,
  )
  .join('\n')}
</div><div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table
class='topic-list'><thead><tr>
<th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRelated
  .map(
    (r) => `<tr class="topic-list-item">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><span class="link-top-line"><a itemprop='url' href='/t/${r[1]}'
class='title raw-link raw-topic-link'>${r[0]}</a></span></td><td></td><td class="replies"><span class='posts' title='posts'>${r[1]}</span></td><td
class="views"><span
class='views' title='views'>${r[2]}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div class="buorg"><div class="buorg-pad"></div></div><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed
with JavaScript
enabled</p></body></html>`;
const discourse: TestPage = {
  name: 'heldout455-sdr-thread-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: ['marisol_t', 'old_kestrel', ...dPosts.map((p) => p.time.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Receivers & SDR', 'beginner', 'hf', ...dPosts.map((p) => p.likes), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated.map((r) =>
r.join(' ')),
    ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT455_E: readonly TestPage[] = [wiki, discourse];
