import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout598-kit.js';

/** Held-out batch 598, file c: a Discourse thread (crawler view) on a septic pump alarm, and a MediaWiki (Vector 2022) article on drain fields. */
const dTitle = 'Septic pump alarm going off after heavy rain: float switch or pump?';
interface Post {
  user: string;
  date: string;
  paras: string[];
  likes: string;
}
const dPosts: Post[] = [
  {
    user: 'marsh_cottage',
    date: 'February 9, 2026, 7:42pm',
    paras: [
      j(
        'We have a septic tank with a pump chamber that lifts the effluent up to the drain field. Twice this week, after a lot of rain,',
        'the high-level alarm has gone off in the kitchen. Each time it stopped on its own after a couple of hours.',
      ),
      'Is this the float switch sticking, or is the pump on its way out? The system is about twelve years old.',
    ],
    likes: '',
  },
  {
    user: 'DrainDoctorDave',
    date: 'February 9, 2026, 9:15pm',
    paras: [
      j(
        'If it only happens after heavy rain, I would look at groundwater or surface water getting into the chamber before blaming',
        'the pump. A pump that is failing usually alarms in dry weather too.',
      ),
      j(
        'Lift the lid next time the alarm sounds and look at the level. If the water is high and the pump is running but the level',
        'is barely dropping, the pump is struggling to keep up with extra water coming in through a cracked lid seal or a loose joint.',
      ),
    ],
    likes: '4 Likes',
  },
  {
    user: 'marsh_cottage',
    date: 'February 11, 2026, 8:03am',
    paras: [
      j(
        'Thank you, that was it. The rubber seal on the chamber lid had perished and the lid sits in a low spot in the garden, so rainwater',
        'was pouring straight in. New seal fitted for eight pounds and the alarm has been quiet since.',
      ),
    ],
    likes: '2 Likes',
  },
];
const dRelated = [
  ['Drain field soggy all winter, is it failing?', '12', '1.4k', 'Jan 2026'],
  ['How often to replace a septic effluent pump', '7', '890', 'Nov 2025'],
];
const dNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.offmains.example/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.offmains.example/t/septic-pump-alarm/4471">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-09T19:42:10Z" class="post-time">${p.date}</time>
<meta itemprop="dateModified" content="2026-02-09T19:42:10Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="4">
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Septic systems - Off Mains Forum</title><meta name="description" content="We have a septic tank with a pump chamber that lifts the effluent">
<meta name="generator" content="Discourse 3.3.0.beta2 - https://github.com/discourse/discourse version 0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6">
<link rel="canonical" href="https://forum.offmains.example/t/septic-pump-alarm/4471"><meta property="og:site_name" content="Off Mains Forum">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest">
<link href="/stylesheets/color_definitions_light_2_3_abc123.css?__ws=forum.offmains.example" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_3f2e1d.css?__ws=forum.offmains.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.offmains.example",
"potentialAction":{"@type":"SearchAction"}}</script>
<link rel="preload" href="/assets/start-discourse-4a1b.js" as="script"><script defer src="/assets/start-discourse-4a1b.js"></script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/offmains-logo.png" alt="Off Mains Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/septic-pump-alarm/4471">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/septic-systems/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #3AB54A'></span>
<span class='badge-category clear-badge' data-drop-close='true' style='' title='Tanks, pumps, drain fields and treatment plants.'>
<span class='category-name' itemprop='name'>Septic systems</span></span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-list-item-tags"><a href="/tag/pump" class="discourse-tag simple">pump</a> <a href="/tag/alarm" class="discourse-tag simple">alarm</a></div>
</div>
${dPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${dRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'><span class="link-top-line"><a itemprop='url' href='/t/4400'
class='title raw-link raw-topic-link'>${r[0]}</a></span></td><td class="replies"><span class='posts' title='posts'>${r[1]}</span></td>
<td class="views"><span class='views' title='views'>${r[2]}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dNav)}</ul></nav></footer>
<footer id='noscript-footer'><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout598-discourse-septic-pump-alarm',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['marsh_cottage', 'February 9, 2026, 7:42pm', 'DrainDoctorDave', 'February 9, 2026, 9:15pm', 'February 11, 2026, 8:03am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Septic systems', '1', '2', '3', '4 Likes', '2 Likes', 'Related topics', ...dRelated.flat(), ...dNav,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Drain field';
const mLead = [
  j(
    'A <b>drain field</b> (also called a <b>leach field</b>, <b>soakaway bed</b> or <b>drainage field</b>) is a network of perforated pipes',
    'laid in gravel-filled trenches that carries the liquid effluent from a <a href="/wiki/Septic_tank" title="Septic tank">septic tank</a>',
    'into the surrounding soil, where it is filtered and treated by soil bacteria before reaching the groundwater.',
  ),
  j(
    'Drain fields are the most common way of disposing of effluent from off-mains properties. A correctly sized field on suitable',
    'ground can work for several decades with little maintenance.',
  ),
];
const mH = ['Design', 'Percolation testing', 'Failure', 'Signs of failure', 'Repair', 'See also'];
const mDesign = [
  j(
    'A typical domestic field consists of two or more trenches between 300 and 900&nbsp;mm wide, each containing a 100&nbsp;mm',
    'perforated pipe bedded in clean stone. The trenches are laid almost level, with a fall of no more than 1 in 200, so that the',
    'effluent spreads along their whole length rather than collecting at the far end.',
  ),
  j(
    'The total length of trench depends on the number of people the system serves and on how quickly the soil absorbs water.',
    'Heavy clay soils may need three or four times the trench length of a free-draining sandy soil.',
  ),
];
const mPerc = j(
  'Before a field is designed, a <i>percolation test</i> is carried out. Holes 300&nbsp;mm square are dug to the depth of the proposed',
  'trenches, filled with water, and the time taken for the level to fall is measured. The average result, expressed in seconds per',
  'millimetre, is used to calculate the floor area of trench required. Ground that drains too slowly or too quickly is unsuitable.',
);
const mFail = 'Most drain fields fail because solids escape from a septic tank that has not been emptied, clogging the gravel and the soil around it.';
const mSigns = [
  'Effluent surfacing as wet patches or standing water over the trenches',
  'Unusually green or fast-growing grass along the trench lines',
  'Slow drainage from sinks and toilets in the house',
  'A sewage smell in the garden, especially after rain',
];
const mRepair = j(
  'Partly clogged fields can sometimes be recovered by resting them while a second field is used, or by jetting the distribution',
  'pipes. A field that has been blinded by solids usually has to be dug out and relaid on fresh ground.',
);
const mSee = ['Septic tank', 'Soakaway', 'Sewage treatment plant', 'Reed bed'];
const mCats = ['Off-mains drainage', 'Groundwater'];
const mFoot = ['Privacy policy', 'About DrainWiki', 'Disclaimers'];
const eds = (id: string, t: string, lvl = 2): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${t}</h${lvl}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Drain_field&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const toc = (t: string, n: string, lvl = 1): string =>
  `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${lvl}"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const retrieved = 'https://drainwiki.example/w/index.php?title=Drain_field&amp;oldid=18822';
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Drain field - DrainWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Drain_field","wgTitle":"Drain field","wgCurRevisionId":18822,"wgArticleId":412,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://drainwiki.example/wiki/Drain_field"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Drain_field rootpage-Drain_field
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">DrainWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search DrainWiki"
aria-label="Search DrainWiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned" data-feature-name="toc-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${toc('Design', '1')}${toc('Percolation testing', '1.1', 2)}${toc('Failure', '2')}${toc('Signs of failure', '2.1', 2)}${toc('Repair', '3')}
${toc('See also', '4')}
</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Drain_field" title="View the content page [c]" accesskey="c">
<span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Drain_field" rel="discussion"><span>Discussion</span></a></li></ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Drain_field"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Drain_field&amp;action=edit">
<span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Drain_field&amp;action=history">
<span>View history</span></a>
</li></ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From DrainWiki, the off-mains drainage handbook</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Drain_field_section.svg" class="mw-file-description">
<img src="/w/images/thumb/drain-field.png"
decoding="async" width="250" height="180" class="mw-file-element"></a><figcaption>Cross-section of a drain field trench</figcaption></figure>
${ps(mLead)}
${eds('Design', mH[0] ?? '')}${ps(mDesign)}
${eds('Percolation_testing', mH[1] ?? '', 3)}${ps([mPerc])}
${eds('Failure', mH[2] ?? '')}${ps([mFail])}
${eds('Signs_of_failure', mH[3] ?? '', 3)}<ul>${mSigns.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${eds('Repair', mH[4] ?? '')}${ps([mRepair])}
${eds('See_also', mH[5] ?? '')}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<!-- NewPP limit report Parsed by mw-web.drainwiki Cached time: 20260114093002 CPU time usage: 0.041 seconds -->
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://drainwiki.example/w/index.php?title=Drain_field&amp;oldid=18822">${retrieved}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 14 January 2026, at 09:29.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/DrainWiki:Copyrights">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout598-mediawiki-drain-field',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, ...mDesign, mPerc, mFail, ...mSigns, mRepair, ...mSee]),
  bylines: ['This page was last edited on 14 January 2026, at 09:29.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'DrainWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1.1', '2', '2.1', '3', '4', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'From DrainWiki, the off-mains drainage handbook', 'Cross-section of a drain field trench',
    'Retrieved from "https://drainwiki.example/w/index.php?title=Drain_field&oldid=18822"', 'Categories:', 'Off-mains drainage',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT598_C: readonly TestPage[] = [discourse, mediawiki];
