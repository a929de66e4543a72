import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, rowTexts, tidy, trs } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file d: a beekeeping wiki article on MediaWiki (Vector 2022 skin) with its table of contents, edit
 * links and categories, and a beekeepers' forum thread on Discourse as served to a browser without JavaScript (crawler view).
 */
const mTitle = 'Varroa mite drop count';
const mBody = [
  j(
    'A varroa mite drop count is a simple way of estimating how many varroa mites are living in a honey bee colony. Mites that die',
    'naturally, or that are groomed off by the bees, fall through the open mesh floor of the hive onto a removable board beneath it,',
    'where they can be counted.',
  ),
  'Method',
  'Slide a clean board, lightly greased with vegetable oil or petroleum jelly, under the open mesh floor.',
  'Leave it in place for seven days, checking that ants and earwigs cannot reach it.',
  'Count the mites and divide the total by the number of days to give the average daily drop.',
  j('Mites are reddish-brown, oval and about 1.5 mm across, and are easily confused with wax cappings and pollen grains. A hand', 'lens helps.'),
  'Interpreting the count',
  j(
    'The average daily drop is multiplied by a seasonal factor to estimate the whole mite population, because in summer most mites',
    'are inside sealed brood and only a small share of them fall.',
  ),
  'Limitations',
  j(
    'Counts from a single week are unreliable after a treatment, when large numbers of dead mites fall, and during a honey flow, when',
    'debris on the board hides them. Many beekeepers therefore use a sugar roll or alcohol wash as a second check.',
  ),
];
const mRows = [
  ['Winter (November to February)', '400 to 500', 'more than 0.5 a day'],
  ['Spring (March to May)', '20 to 30', 'more than 6 a day'],
  ['Summer (June to August)', '10 to 20', 'more than 10 a day'],
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About BeeWiki', 'Disclaimers'];
const mCats = ['Pests and diseases', 'Varroa', 'Monitoring'];
const mH2 = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Varroa_mite_drop_count&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span>
</span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled"
lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - BeeWiki</title>
<script>(function(){var className="client-js
vector-feature-language-in-header-enabled";document.documentElement.className=className;}());RLCONF={"wgPageName":
"Varroa_mite_drop_count","wgTitle":"${mTitle}","wgCurRevisionId":18842,"wgArticleId":1207,"wgCategories":["Pests and
diseases","Varroa","Monitoring"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.beewiki.org/wiki/Varroa_mite_drop_count"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Varroa_mite_drop_count
rootpage-Varroa_mite_drop_count
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">
Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation" role="navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">BeeWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses
vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search BeeWiki [f]"
accesskey="f"><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input"
type="search" name="search" placeholder="Search BeeWiki" aria-label="Search BeeWiki" id="searchInput"><button class="cdx-button
cdx-search-input__end-button">Search</button>
</form></div></div><nav class="vector-user-links" aria-label="Personal tools" role="navigation"><div class="vector-user-links-main"><div
id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item
vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${at(mBody, 1, 6, 8)
  .map(
    (t, i) => `<li id="toc-s${i}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#s${i}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon
mw-list-item"><a
href="/wiki/Varroa_mite_drop_count" title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk"
class="vector-tab-noicon mw-list-item"><a
href="/wiki/Talk:Varroa_mite_drop_count" rel="discussion"><span>Discussion</span></a></li></ul></nav></div><div id="right-navigation"><nav
aria-label="Views"><ul
class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Varroa_mite_drop_count">
<span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Varroa_mite_drop_count&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history"
class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Varroa_mite_drop_count&amp;action=history"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown"><label
class="vector-dropdown-label"
aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu
mw-portlet">
<div class="vector-menu-heading">General</div><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></nav></div>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From BeeWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${ps(at(mBody, 0))}<figure class="mw-default-size" typeof="mw:File/Thumb"><a
href="/wiki/File:Varroa_board.jpg" class="mw-file-description"><img src="/images/thumb/8/8c/Varroa_board.jpg/220px-Varroa_board.jpg" decoding="async"
width="220"
height="147" class="mw-file-element"></a><figcaption>A varroa board after seven days, with mites ringed in pencil</figcaption></figure>
${mH2('s0', mBody[1] ?? '')}<ol>${lis(mBody.slice(2, 5))}</ol>${ps(at(mBody, 5))}${mH2('s1', mBody[6] ?? '')}${ps(at(mBody, 7))}
<table class="wikitable"><caption>Daily natural mite drop that calls for treatment</caption><tbody><tr><th>Season</th><th>Multiply daily drop by</th>
<th>Treat if the
drop is</th></tr>${trs(mRows)}</tbody></table>${mH2('s2', mBody[8] ?? '')}${ps(at(mBody, 9))}
<!-- NewPP limit report Parsed by mw1 Cached time: 20261102101455 --></div><noscript><img
src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt=""
width="1" height="1" style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr"
href="https://wiki.beewiki.org/index.php?title=Varroa_mite_drop_count&amp;oldid=18842">
https://wiki.beewiki.org/index.php?title=Varroa_mite_drop_count&amp;oldid=18842</a>"
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page
was last edited
on 2 November 2026, at 10:14.</li><li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li
id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul>
</footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":184});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout566-mediawiki-varroa-drop',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: at(mBody, 1, 6, 8),
  body: [...at(mBody, 0, 2, 3, 4, 5, 7), ...rowTexts(mRows), ...at(mBody, 9)],
  bylines: ['This page was last edited on 2 November 2026, at 10:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'BeeWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools, 'From BeeWiki',
    'A varroa board after seven days, with mites ringed in pencil', 'Daily natural mite drop that calls for treatment', 'edit', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const fTitle = 'Queen cells in early April: split or squash?';
const fPosts = [
  {
    user: 'oswin_h',
    date: 'Apr 6, 2027, 7:52pm',
    paras: [
      j(
        'Second-year beekeeper here. Did my first full inspection of the season today on a warm afternoon and found three sealed queen',
        'cells on the bottom bars of the brood box. The colony is strong, eight frames of brood in a national, and the old queen is',
        'definitely there, marked blue, laying well.',
      ),
      'Is it too early to do an artificial swarm? We have had frosts every night this week. My mentor is away until the 20th.',
    ],
  },
  {
    user: 'MargaretQ',
    date: 'Apr 6, 2027, 8:31pm',
    paras: [
      j(
        'Sealed cells mean they will probably swarm on the next warm day, so you don’t have until the 20th. Do the artificial swarm.',
        'Old queen into a new box on the old site with a frame of stores and foundation, the brood box with the cells moved a yard away.',
      ),
      j(
        'Knock all but one good unsealed cell down in the moved box if you can find one; if they are all sealed, leave two, and expect a',
        'cast if you are unlucky. Drones are about already in our area, so mating should be fine.',
      ),
    ],
  },
  {
    user: 'bernardcole',
    date: 'Apr 7, 2027, 6:15am',
    paras: [
      j(
        'Agree with Margaret. Squashing the cells only buys you a week and they will build more. If you really don’t want another',
        'colony, do the split now and unite them again in late summer once the new queen is laying.',
      ),
    ],
  },
  {
    user: 'oswin_h',
    date: 'Apr 8, 2027, 9:40pm',
    paras: ['Done this evening. Old queen on the old site, cells reduced to two in the moved box. Thanks both. Will report back in three weeks.'],
  },
];
const fRel = [
  ['Play cups with eggs in March, normal?', 'Colony management', '6', 'Mar 2026'],
  ['Nuc method vs Pagden artificial swarm', 'Swarm control', '14', 'May 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = (p: { user: string; date: string; paras: string[] }, n: number): string => `<div ${
  n === 0
    ? ''
    : `id='post_${n + 1}' itemprop='comment'
itemscope itemtype='http://schema.org/Comment' `
}class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator"
itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow' href='https://forum.hivetalk.org/u/${p.user}'><span
itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.hivetalk.org/t/queen-cells-in-early-april-split-or-squash/4812"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2027-04-0${6 + Math.floor(n / 2)}T19:52:00Z'
class='post-time'>${p.date}</time>
<meta itemprop='dateModified' content='2027-04-06T19:52:00Z'><span itemprop='position'>${n + 1}</span></span></div><div class='post' itemprop='text'>
${ps(p.paras)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${n + 1}" /><span
class='post-likes'>${n + 1} ${n === 0 ? 'Like' : 'Likes'}</span></div>
</div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Swarm control - HiveTalk</title>
<meta name="description" content="Second-year beekeeper here. Did my first full inspection of the season today on a warm afternoon and found three
sealed queen cells">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3b6c1b5"><link rel="canonical"
href="https://forum.hivetalk.org/t/queen-cells-in-early-april-split-or-squash/4812"><meta property="og:site_name" content="HiveTalk">
<link href="/stylesheets/color_definitions_hivetalk_3_5_a1b2.css?__ws=forum.hivetalk.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_8f3c.css?__ws=forum.hivetalk.org" media="all" rel="stylesheet" data-target="desktop"><script type="application/ld+json">
{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person","name":"oswin_h"},
"datePublished":"2027-04-06T19:52:00Z"}
</script></head><body class="crawler browser-update"><header><a href="/"><img src="/uploads/default/original/1X/hivetalk-logo.png" alt="HiveTalk"
id="site-logo"
style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/queen-cells-in-early-april-split-or-squash/4812"
>${fTitle}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/swarm-control/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #F1592A'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Swarm control</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-list-item-tags"><a href='/tag/queen-cells' class='discourse-tag'>queen-cells</a>
<a href='/tag/artificial-swarm' class='discourse-tag'>artificial-swarm</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'><link itemprop='url'
href='https://forum.hivetalk.org/t/queen-cells-in-early-april-split-or-squash/4812'><meta itemprop='datePublished' content='2027-04-06T19:52:00Z'>
<meta itemprop='articleSection' content='Swarm control'><meta itemprop='keywords' content='queen-cells, artificial-swarm'>
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta
itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th
class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${fRel
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${4700 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/r${i}/${4700 + i}' class='title raw-link
raw-topic-link'>${r[0]}</a>
</span><div class="link-bottom-line"><a href='/c/r/${i}' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color:
#25AAE2'></span><span
class='badge-category clear-badge'><span class='category-name'>${r[1]}</span></span></a></div></td><td class="replies"><span class='posts'
title='posts'>${r[2]}</span></td>
<td class="views"><span class='views' title='views'>${300 + i * 41}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${fFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span
itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div class="buorg"><div class="buorg-pad">Unfortunately, <a href="https://www.discourse.org/faq/#browser">your browser is unsupported</a>. Please <a
href="https://browsehappy.com">switch to a supported browser</a> to view rich content, log in and reply.</div></div>
<footer id='noscript-footer'><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout566-discourse-queen-cells',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: fPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Swarm control', 'queen-cells', 'artificial-swarm', '1', '2', '3', '4', '1 Like', '2 Likes', '3 Likes', '4 Likes',
    'Related topics', ...fRel.flat(), '300', '341',
    ...fFoot, 'Unfortunately, your browser is unsupported. Please switch to a supported browser to view rich content, log in and reply.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT566_D: readonly TestPage[] = [tidy(mediawiki), tidy(discourse)];
