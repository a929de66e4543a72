import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, mk } from './pages-heldout541-kit.js';

/** Held-out batch 541, file e: a karting club forum thread on Discourse, and a paintball community wiki page on MediaWiki (Vector 2022). */
const qTitle = 'Wet setup for Hollins Moor on Sunday?';
const qPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'dan_k_77',
    date: 'Mar 3',
    paras: [
      j(
        'Forecast says rain all morning for round 2. First time running the Rotax in the wet at Hollins Moor. Anyone got a starting point',
        'for pressures and width? Running a 2024 chassis, senior Max.',
      ),
    ],
  },
  {
    user: 'MoorRacer',
    date: 'Mar 3',
    paras: [
      j(
        'Wets at 20 psi cold to start, widen the front as far as it goes and drop the rear width by 20mm. Stiffen nothing, the track has',
        'no grip so you want the chassis to flex and load the tyres.',
      ),
      'And raise the rear ride height if you can. It stops the inside rear dragging through the hairpin.',
    ],
  },
  {
    user: 'lisa.tanner',
    date: 'Mar 4',
    paras: [
      j(
        'Agree with the above, but watch the pressures after the first session. The tarmac at Hollins dries from the pit straight first',
        'and the wets overheat fast once there is a dry line. I went up to 24 psi by the final last year.',
      ),
    ],
  },
  { user: 'dan_k_77', date: 'Mar 4', paras: ['Brilliant, thanks both. Will report back after Sunday.'] },
];
const qCats = ['Racing', 'Setup'];
const qSide = ['Topics', 'My Posts', 'More', 'Categories', 'General', 'Racing', 'For Sale', 'All categories'];
const qPostHtml = qPosts
  .map(
    (p, i) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region"
data-post-id="${4410 + i}" data-topic-id="1182" data-user-id="${20 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.wexcombekc.org.uk/${p.user.toLowerCase()}/48/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date">
<a class="post-date" href="/t/wet-setup-for-hollins-moor-on-sunday/1182/${i + 1}">
<span title="${p.date}, 2027" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn-flat btn-icon-text button-count like-count" title="${i + 1} people liked this post">${i + 1}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-pressed="false" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`,
  )
  .join('\n');
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Wet setup for Hollins Moor on Sunday? - Setup - Wexcombe KC Forum</title><meta name="description" content="Forecast says rain all morning for round 2.">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.wexcombekc.org.uk/t/wet-setup-for-hollins-moor-on-sunday/1182">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}",
"author":{"@type":"Person","name":"dan_k_77"}}</script>
<link href="/stylesheets/desktop_3c7a9f.css?__ws=forum.wexcombekc.org.uk" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="docked archetype-regular category-racing-setup"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/wexcombe-logo.png" alt="Wexcombe KC Forum"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button">
<span class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" class="icon btn-flat" title="search topics, posts, users, or categories"
aria-label="Search"></a></li><li class="header-dropdown-toggle hamburger-dropdown"><a href="" class="icon btn-flat" aria-label="menu"></a></li></ul>
</div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<ul class="sidebar-section-content">${links(qSide)}</ul></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1182">
<a href="/t/wet-setup-for-hollins-moor-on-sunday/1182"
class="fancy-title">${qTitle}</a></h1><div class="topic-category"><div class="badge-wrapper bullet"><a class="badge-category__wrapper" href="/c/racing/5">
<span class="badge-category__name">${qCats[0]}</span></a></div><div class="badge-wrapper bullet"><a class="badge-category__wrapper" href="/c/racing/setup/9">
<span class="badge-category__name">${qCats[1]}</span></a></div></div></div></div>
<div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${qPostHtml}
</div></div></section></div>
<div class="topic-map"><section class="map"><ul class="clearfix"><li><h4 role="presentation">created</h4><span class="relative-date">Mar 3</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Mar 4</span></li><li><span class="number">3</span>
<h4 role="presentation">replies</h4></li>
<li><span class="number">214</span><h4 role="presentation">views</h4></li></ul></section></div>
<div id="suggested-topics" class="more-topics__list" role="complementary"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<table class="topic-list"><tbody><tr class="topic-list-item"><td class="main-link">
<a href="/t/gearing-for-round-2/1179" class="title raw-link">Gearing for round 2</a></td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/tyre-warmers-allowed/1160" class="title raw-link">Tyre warmers allowed?</a></td></tr>
</tbody></table></div>
</div></div></div></div></section>
<noscript><footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a>
<a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<div class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</div></noscript>
<script defer src="/assets/discourse-3c7a9f.br.js"></script></body></html>`;
const discourseThread: TestPage = mk({
  name: 'heldout541-karting-forum-discourse',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p.paras)),
  bylines: [...qPosts.map((p) => p.user), ...qPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...qSide, ...qCats, '1', '2', '3', '4', 'Reply', 'created', 'last reply', 'replies', '214', 'views',
    'Suggested Topics', 'Gearing for round 2', 'Tyre warmers allowed?',
  ],
});

const mTitle = 'Hollow Oak Paintball';
const mLead = j(
  'Hollow Oak Paintball is an outdoor paintball site in Brinsley Forest, near the village of Ashcombe Tey. It opened in 2009 on former',
  'forestry land and has seven fields, making it one of the larger woodland sites in the region.',
);
const mSecs: { h: string; paras: string[] }[] = [
  {
    h: 'History',
    paras: [
      j(
        'The site was set up by two former army instructors, who leased 40 acres from the forestry estate and built the first two fields,',
        'Stockade and Trenches, by hand. A further 25 acres were added in 2015, when the Village and Helicopter fields opened.',
      ),
      j('In 2021 the site switched to biodegradable paint only and began running low-impact sessions for younger players on the', 'Meadow field.'),
    ],
  },
  {
    h: 'Fields',
    paras: [
      j(
        'Most fields are played as attack and defend scenarios, with games lasting 15 to 20 minutes. The Helicopter field is built around',
        'the shell of a decommissioned airframe and is the most popular with groups.',
      ),
    ],
  },
  {
    h: 'Tournaments',
    paras: [
      j(
        'Hollow Oak has hosted the Brinsley Open woodball tournament each September since 2012. The event uses pump markers only and',
        'attracts around 20 teams of five.',
      ),
    ],
  },
];
const mFields = [
  ['Stockade', '2009', 'Wooden fort with two gates'],
  ['Trenches', '2009', 'Dug-out trench network'],
  ['Village', '2015', 'Six timber huts'],
  ['Helicopter', '2015', 'Airframe and crates'],
  ['Meadow', '2021', 'Low-impact, open ground'],
];
const mInfo = [
  ['Location', 'Brinsley Forest, Ashcombe Tey'],
  ['Opened', '2009'],
  ['Fields', '7'],
  ['Minimum age', '12 (8 for low-impact)'],
  ['Paint', 'Biodegradable, site paint only'],
];
const mCats = ['Paintball sites', 'Woodland sites', 'Sites opened in 2009'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTable = `<table class="wikitable sortable"><tbody><tr><th>Field</th><th>Opened</th><th>Features</th></tr>
${mFields.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table>`;
const mSec = (s: { h: string; paras: string[] }, extra = ''): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${s.h}">${s.h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Hollow_Oak_Paintball&amp;action=edit&amp;section=1" title="Edit section: ${s.h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>\n${ps(s.paras)}${extra}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Hollow Oak Paintball - WoodballWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Hollow_Oak_Paintball","wgTitle":"Hollow Oak Paintball","wgCurRevisionId":18832,"wgArticleId":412};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://woodballwiki.org/wiki/Hollow_Oak_Paintball"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Hollow_Oak_Paintball
rootpage-Hollow_Oak_Paintball skin-vector-2022 action-view">
<div class="mw-page-container"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="mw-page-container-inner">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">WoodballWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search WoodballWiki" aria-label="Search WoodballWiki" accesskey="f"
id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    (s, i) => `<li id="toc-${s.h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Hollow_Oak_Paintball">
<span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Hollow_Oak_Paintball&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item">
<a href="/wiki/Hollow_Oak_Paintball"><span>Read</span></a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Hollow_Oak_Paintball&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item">
<a href="/index.php?title=Hollow_Oak_Paintball&amp;action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From WoodballWiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
<p><b>${mTitle}</b>${mLead.slice(mTitle.length)}</p>
${mSec(mSecs[0] ?? { h: '', paras: [] })}
${mSec(mSecs[1] ?? { h: '', paras: [] }, mTable)}
${mSec(mSecs[2] ?? { h: '', paras: [] })}
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://woodballwiki.org/index.php?title=Hollow_Oak_Paintball&amp;oldid=18832">
https://woodballwiki.org/index.php?title=Hollow_Oak_Paintball&amp;oldid=18832</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 January 2027, at 19:02.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/WoodballWiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/WoodballWiki:About">About WoodballWiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/WoodballWiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawikiSite: TestPage = mk({
  name: 'heldout541-paintball-site-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s.h),
  body: texts([mLead, ...(mSecs[0]?.paras ?? []), ...(mSecs[1]?.paras ?? []), ...mFields.map((r) => r.join(' ')), ...(mSecs[2]?.paras ?? [])]),
  bylines: ['This page was last edited on 14 January 2027, at 19:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'WoodballWiki', 'Search', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From WoodballWiki', ...mInfo.map((r) => `${r[0]} ${r[1]}`), 'Contents', '(Top)', ...mSecs.map((s, i) => `${i + 1} ${s.h}`),
    '[ edit ]',
    'Categories:', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About WoodballWiki', 'Disclaimers',
  ],
});

export const HELDOUT541_E: readonly TestPage[] = [discourseThread, mediawikiSite];
