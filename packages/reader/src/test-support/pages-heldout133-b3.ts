/**
 * Held-out batch 133, file b3: the FandomDesktop skin around a Fandom wiki article as a signed-out visitor saves it (the
 * top leaderboard ad slot, the global navigation with its Explore dropdown and Register / Sign In, the community header
 * with wiki tools and the local navigation dropdowns, the page header with "in:" categories and the "Sign in to edit"
 * and History / Purge / Talk actions, the page footer with categories and the licence line, the article comments app,
 * the right rail with ad slot and popular pages, the sticky header, the Fan Feed, the global footer and the privacy
 * consent dialog). Shared by files b2 and c; it also exports the furniture texts the chrome puts on every page.
 */
export interface FandomPage {
  wiki: string;
  host: string;
  vertical: 'TV' | 'Games';
  title: string;
  description: string;
  /** The first two categories show in the page header, the rest behind "and N more". */
  cats: readonly string[];
  localNav: readonly (readonly [string, readonly string[]])[];
  content: string;
  popular: readonly string[];
  comments: readonly (readonly [string, string, string])[];
  feed: readonly string[];
}

const globalNav = ['Fan Central', 'Explore', 'Games', 'Anime', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const exploreMenu = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const wikiTools = ['Random Page', 'Community', 'Interactive Maps', 'All Pages', 'Recent Changes'];
const footer: readonly (readonly [string, readonly string[]])[] = [
  ['Explore properties', ['Fandom', 'Fanatical', 'GameSpot', 'Metacritic', 'TV Guide', 'Giant Bomb']],
  ['Follow Us', []],
  [
    'Overview',
    ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap'],
  ],
  ['Community', ['Community Central', 'Support', 'Help']],
  ['Advertise', ['Media Kit', 'Contact']],
  ['Fandom Apps', []],
];
const appsText = 'Take your favorite fandoms with you and never miss a beat.';
const consent = [
  'We Care About Your Privacy',
  'We and our 912 partners store and access information on your device, such as cookies, to show you personalised ads and content, measure ' +
    'them, and improve our services. You can accept, reject or manage your choices below, and change them at any time from the Privacy ' +
    'Policy page.',
  'ACCEPT',
  'REJECT',
  'SHOW PURPOSES',
];
const slug = (t: string): string => encodeURIComponent(t.replace(/ /g, '_')).replace(/'/g, '%27');
const li = (t: string, href = `/wiki/${slug(t)}`): string => `<li><a href="${href}"><span>${t}</span></a></li>`;
const svg = (icon: string): string => `<svg class="wds-icon wds-icon-small"><use xlink:href="#wds-icons-${icon}-small"></use></svg>`;

export const fandomFurniture = (p: FandomPage): string[] => [
  ...new Set([
    ...globalNav,
    "Don't have an account?",
    'Register',
    'Sign In',
    p.wiki,
    ...wikiTools,
    ...exploreMenu,
    ...p.localNav.flatMap(([h, items]) => [h, ...items]),
    'in:',
    ...p.cats.slice(0, 2),
    'and',
    `${p.cats.length - 2} more`,
    ...p.cats.slice(2),
    'English',
    'Sign in to edit',
    'History',
    'Purge',
    'Talk (0)',
    'Categories',
    'Community content is available under CC-BY-SA unless otherwise noted.',
    `${p.comments.length} comments`,
    ...p.comments.flat(),
    'Reply',
    'Sign in to comment',
    'Advertisement',
    'Popular pages',
    ...p.popular,
    'Fan Feed',
    `More ${p.wiki}`,
    ...p.feed,
    ...footer.flatMap(([h, items]) => [h, ...items]),
    appsText,
    `${p.wiki} is a FANDOM ${p.vertical} Community.`,
    'View Mobile Site',
    ...consent,
  ]),
];

const rlStyles =
  '/load.php?lang=en&amp;modules=ext.fandom.ArticleComments.entrypoint.css%7Cext.fandom.PortableInfoboxFandomDesktop.css' +
  '%7Cskin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop';
export const fandomPage = (p: FandomPage): string => {
  const page = slug(p.title);
  return `<!DOCTYPE html>
<html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${p.title} | ${p.wiki} | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgNamespaceNumber":0,"wgPageName":"${page}",
"wgTitle":"${p.title.replace(
    /"/g,
    '\\"',
  )}","wgCurRevisionId":48211,"wgArticleId":3311,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],
"wgCategories":${JSON.stringify(p.cats)},"wgPageContentLanguage":"en","wgSiteName":"${p.wiki}","wgServer":"https://${p.host}","wgCityId":"2218840",
"wgContentLanguage":"en","wgEnableCommunityPageExt":true,"wgIsMainPage":false,"wgMWSuggestTemplate":"https://${p.host}/api.php","wgTrackingOptInStatus":null,
"wgVertical":"${p.vertical.toLowerCase()}","wgArticleType":"${p.vertical === 'TV' ? 'tv' : 'game'}"};RLSTATE={"skin.fandomdesktop.styles":"ready",
"ext.fandom.PortableInfoboxFandomDesktop.css":"ready","ext.fandom.GlobalComponents.GlobalTopNavigation.css":"ready"};RLPAGEMODULES=["site",
"mediawiki.page.ready",
"skin.fandomdesktop.js","ext.fandom.ArticleComments.js","ext.fandom.ads.js","ext.fandom.mixedContentFooter.js","ext.fandom.trackingOptIn.js"];</script>
<link rel="stylesheet"
href="https://${p.host}${rlStyles}">
<script async src="https://${p.host}/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=fandomdesktop"></script>
<meta name="generator" content="MediaWiki 1.43.1"><meta name="robots" content="max-image-preview:standard"><meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0">
<meta property="og:type" content="article"><meta property="og:site_name" content="${p.wiki}"><meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}"><meta name="description" content="${p.description}">
<link rel="canonical" href="https://${p.host}/wiki/${page}"><link rel="alternate" type="application/rss+xml" title="${p.wiki} RSS Feed"
href="https://${p.host}/wiki/Special:RecentChanges?feed=rss">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","url":"https://${p.host}/wiki/${page}","name":"${p.title}",
"headline":"${p.title}",
"about":{"@type":"Thing","name":"${p.wiki.replace(
    ' Wiki',
    '',
  )}"},"author":{"@type":"Organization","name":"${p.wiki} Community"},"publisher":{"@type":"Organization",
"name":"Fandom","url":"https://www.fandom.com","logo":{"@type":"ImageObject","url":"https://static.wikia.nocookie.net/fandom-logo.png"}},
"datePublished":"2022-10-10T02:14:51Z","dateModified":"2024-11-02T16:40:03Z",
"image":"https://static.wikia.nocookie.net/${p.host.split('.')[0]}/images/cover.png"}</script>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-${page} rootpage-${page} skin-fandomdesktop action-view
skin-fandomdesktop-rail-is-visible has-global-top-navigation" data-theme="dark">
<div class="global-navigation" id="global-navigation" data-theme-mode="dark"><div class="global-navigation__top"><a href="https://www.fandom.com/"
class="global-navigation__logo" data-tracking-label="logo"><svg width="33" height="42" viewBox="0 0 33 42"><use xlink:href="#wds-brand-fandom-logo-heart"></use>
</svg></a><div class="global-navigation__links"><a class="global-navigation__link" href="https://www.fandom.com/fancentral/home">${svg('home')}
<div class="global-navigation__label">Fan Central</div></a><div class="wds-dropdown wds-open-to-right global-explore-navigation"><div
class="wds-dropdown__toggle global-navigation__link">${svg('compass')}<div class="global-navigation__label">Explore</div></div>
<div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">${globalNav
    .slice(2)
    .map((t) => `<li><a href="https://www.fandom.com/${t.toLowerCase().replace(/ /g, '-')}" data-tracking-label="explore.${t}">${t}</a></li>`)
    .join('')}</ul></div></div></div></div><div class="global-navigation__bottom"><div class="global-navigation__register-text">Don't have an account?</div>
<a class="wds-button global-navigation__register" href="https://auth.fandom.com/register?redirect=https%3A%2F%2F${p.host}%2Fwiki%2F${page}">Register</a>
<a class="wds-button wds-is-secondary global-navigation__signin" href="https://auth.fandom.com/signin?redirect=https%3A%2F%2F${p.host}%2Fwiki%2F${page}">Sign
In</a>
</div></div>
<div class="top-ads-container"><div id="top_leaderboard" class="ad-slot ad-slot-placeholder top-leaderboard is-loading"
data-slot-name="top_leaderboard"></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a href="https://${p.host}" class="fandom-community-header__image"><img
src="https://static.wikia.nocookie.net/${p.host.split('.')[0]}/images/e/e6/Site-logo.png"
width="125" height="65" alt="${p.wiki}"></a><div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper">
<a href="https://${p.host}" class="fandom-community-header__community-name">${p.wiki}</a></div><div class="wiki-tools wds-button-group">
<a href="https://${p.host}/wiki/Special:Search?scope=internal&amp;navigationSearch=true" class="wds-button wds-is-secondary wiki-tools__search" title="Search"
data-tracking="search">${svg('magnifying-glass')}</a><a href="https://${p.host}/wiki/Special:RecentChanges" class="wds-button wds-is-secondary"
title="Recent Wiki Activity">${svg('activity')}</a><div class="wds-dropdown"><div class="wds-button wds-is-secondary wds-dropdown__toggle">${svg('more')}</div>
<div class="wds-dropdown__content wds-is-right-aligned"><ul
class="wds-list wds-is-linked">${wikiTools.map((t) => li(t, `/wiki/Special:${t.replace(/ /g, '')}`)).join('')}
</ul></div></div></div></div><nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu">
<div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item">${svg('book')}<span>Explore</span></div><div
class="wds-is-not-scrollable wds-dropdown__content">
<ul class="wds-list wds-is-linked">${exploreMenu.map((t) => li(t)).join('')}</ul></div></li>
${p.localNav
  .map(
    ([h, items]) => `<li class="wds-dropdown"><a href="/wiki/${slug(h)}" class="wds-tabs__tab-label first-level-item"><span>${h}</span></a>
<div class="wds-is-not-scrollable wds-dropdown__content"><ul
class="wds-list wds-is-linked wds-has-bolded-items">${items.map((t) => li(t)).join('')}</ul></div></li>`,
  )
  .join('\n')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="content-size-toggle-wrapper"><button class="content-size-toggle"
title="Expand">${svg('arrows-out')}</button></div><div class="page-header" id="PageHeader"><div class="page-header__top"><div class="page-header__meta">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span> ${p.cats
    .slice(0, 2)
    .map((c, i) => `<a href="/wiki/Category:${slug(c)}" data-tracking-label="categories-top-more-${i}">${c}</a>`)
    .join(
      ', ',
    )}, <div class="wds-dropdown page-header__categories-dropdown"><span>and</span> <a class="wds-dropdown__toggle" href="#">${p.cats.length - 2} more</a>
<div class="wds-dropdown__content page-header__categories-dropdown-content wds-is-left-aligned"><ul class="wds-list wds-is-linked">${p.cats
    .slice(2)
    .map((c) => `<li><a href="/wiki/Category:${slug(c)}">${c}</a></li>`)
    .join('')}</ul></div></div></div></div>
<div class="page-header__languages"><div class="wds-dropdown"><div class="wds-dropdown__toggle">English</div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${p.title}</span></h1></div><div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text
page-header__action-button has-label" href="https://auth.fandom.com/signin?redirect=https%3A%2F%2F${p.host}%2Fwiki%2F${page}%3Faction%3Dedit" accesskey="e">
${svg('pencil')}<span>Sign in to edit</span></a><div class="wds-dropdown page-header__action-dropdown"><div class="wds-dropdown__toggle">${svg('more')}</div>
<div class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list wds-is-linked"><li><a id="ca-history"
href="/wiki/${page}?action=history">History</a></li>
<li><a id="ca-purge" href="/wiki/${page}?action=purge">Purge</a></li><li><a id="ca-talk" href="/wiki/Talk:${page}" class="new">Talk
(0)</a></li></ul></div></div>
</div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${p.content}
<!-- NewPP limit report Cached time: 20250308113521 Cache expiry: 1209600 CPU time usage: 0.181 seconds -->
</div></div></div>
<div class="page-footer"><div class="wds-collapsible-panel wds-is-collapsed page-footer__categories"><header class="wds-collapsible-panel__header">
<span>Categories</span>${svg('menu-control')}</header><div class="wds-collapsible-panel__content"><ul class="categories">${p.cats
    .map((c) => `<li class="category normal" data-name="${c}"><a href="/wiki/Category:${slug(c)}">${c}</a></li>`)
    .join('')}</ul></div></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise
noted.</div></div>
<div id="articleComments" class="article-comments-app"><div class="ArticleComments_wrapper"><h2 class="ArticleComments_title">${p.comments.length} comments</h2>
<div class="ArticleComments_form"><a class="wds-button wds-is-secondary" href="https://auth.fandom.com/signin">Sign in to comment</a></div>
<ul class="ArticleComments_list">${p.comments
    .map(
      ([who, when, text]) => `<li class="Comment_wrapper"><div class="EntityHeader_header-details"><span class="EntityHeader_name">${who}</span>
<span class="EntityHeader_timestamp">${when}</span></div><div class="Comment_body"><p>${text}</p></div><div class="ActionBar_action-bar">
<button class="ActionBar_reply">Reply</button></div></li>`,
    )
    .join('\n')}</ul></div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper WikiaRail" id="WikiaRail"><div class="sticky-modules-wrapper"><div id="top_boxad_wrapper"
class="ad-slot-wrapper"><div class="ae-translatable-label" data-label="Advertisement">Advertisement</div><div id="top_boxad" class="ad-slot ad-slot-placeholder
top-boxad" data-slot-name="top_boxad"></div></div><section class="rail-module popular-pages"><h2 class="rail-module__header">Popular pages</h2>
<ul class="popular-pages__list">${p.popular
    .map(
      (t) => `<li class="popular-pages__item"><a href="/wiki/${slug(t)}" class="popular-pages__image"><img
src="https://static.wikia.nocookie.net/x/${slug(t)}.png"
alt="" width="68" height="68"></a><a href="/wiki/${slug(t)}" class="popular-pages__title">${t}</a></li>`,
    )
    .join('\n')}</ul></section></div></div></aside></div></div>
<div class="fandom-sticky-header"><a class="fandom-sticky-header__logo" href="https://${p.host}"><img src="https://static.wikia.nocookie.net/x/icon.png"
alt=""></a>
<div class="fandom-sticky-header__sitename">${p.wiki}</div><div class="fandom-sticky-header__title">${p.title}</div></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">Fan Feed</h2><div class="mcf-mosaic">
<div class="mcf-card mcf-card-wiki-articles"><header class="mcf-card-wiki-articles__header">More ${p.wiki}</header><ul>${p.feed
    .map(
      (t, i) => `<li><a class="mcf-card-wiki-articles__item" href="/wiki/${slug(t)}"><span class="mcf-card-wiki-articles__number">${i + 1}</span>
<span class="mcf-card-wiki-articles__title">${t}</span></a></li>`,
    )
    .join('')}</ul></div></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${footer
    .map(
      ([h, items]) =>
        `<div class="global-footer__section"><h2 class="global-footer__section-header">${h}</h2><ul class="global-footer__links">${items
          .map((t) => `<li><a class="global-footer__link" href="https://www.fandom.com/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`)
          .join('')}</ul>${h === 'Fandom Apps' ? `<div class="global-footer__section-description">${appsText}</div>` : ''}</div>`,
    )
    .join('\n')}</div><div class="global-footer__bottom"><div class="global-footer__text">${p.wiki} is a FANDOM ${p.vertical} Community.</div>
<a class="global-footer__link" href="https://${p.host}/wiki/${page}?mobileaction=toggle_view_mobile">View Mobile Site</a></div></footer></div>
<div id="tracking-opt-in-container"><div class="_2O--J403t2VqCuF8XJAZLK" role="dialog" aria-modal="true"><div class="_1hLOxvYnNvGlXDBNVfvfEG">
<h2 class="_3kqfHKKFDhAoX3VdCYNbKL">${consent[0]}</h2><div class="_2w8TpMtqO8_4a7u6rUqOLa"><p>${consent[1]}</p></div>
<div class="_3nMVmMDtYI3u-MaFKoItDs"><button class="_2hulGMk_JQw7pibdmUmvvS">${consent[2]}</button><button
class="_2hulGMk_JQw7pibdmUmvvS">${consent[3]}</button>
<button class="_1lCxqLe9ZOifhDXKIQ3qZj">${consent[4]}</button></div></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":98,"wgHostname":"mediawiki-prod-7c9f8b6d5-2xq4l"});});</script>
</body></html>`;
};

/** A section heading of the Fandom parser output, with its icon-only edit link. */
export const fandomH = (level: 2 | 3, text: string, page: string, section: number): string =>
  `<h${level}><span class="mw-headline" id="${text.replace(/ /g, '_')}">${text}</span><span class="mw-editsection"><a
href="/wiki/${slug(page)}?action=edit&amp;section=${section}"
class="mw-editsection-visualeditor" title="Edit section: ${text}">${svg('pencil')}</a></span></h${level}>`;
/** The in-content table of contents (its entries repeat the headings and are left out of the gold). */
export const fandomToc = (
  items: readonly (readonly [string, 1 | 2])[],
): string => `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr">
<h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${items.map(([t, l]) => `<li class="toclevel-${l}"><a href="#${t.replace(/ /g, '_')}"><span class="toctext">${t}</span></a></li>`).join('\n')}</ul></div>`;
