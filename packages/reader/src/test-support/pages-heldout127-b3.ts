/**
 * Held-out batch 127, file b3: the FandomDesktop skin around a wiki page, as a browser saves it (the consent dialog, the top
 * leaderboard ad slot, the global top bar and the left "explore" rail, the community header with the wiki's local navigation
 * and its dropdowns, the page header with "in:" categories, the language dropdown and Edit / History / Purge / Talk, the hidden
 * sticky header, the right rail with "Popular pages" and ad slots, the page footer with categories and licence, the "Fan
 * Feed" and the global footer). Used by the two Fandom pages of the batch.
 */
export interface FandomWiki {
  name: string;
  host: string;
  vertical: string;
  nav: readonly { label: string; items: readonly string[] }[];
  popular: readonly string[];
  fanFeed: readonly string[];
}

export interface FandomPage {
  title: string;
  slug: string;
  cats: readonly string[];
  langs: readonly string[];
  content: string;
  description: string;
  talk: number;
}

const consent = [
  'We Care About Your Privacy',
  'We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or ' +
    'manage your choices by clicking below, including your right to object where legitimate interest is used, or at any time in the privacy ' +
    'policy page. These choices will be signaled to our partners and will not affect browsing data.',
  'ACCEPT',
  'REJECT',
  'SHOW PURPOSES',
];
const explore = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const localExplore = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const footer = [
  ['Explore properties', ['Fandom', 'Fanatical', 'GameSpot', 'Giant Bomb', 'Metacritic', 'TV Guide']],
  [
    'Overview',
    ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap'],
  ],
  ['Community', ['Community Central', 'Support', 'Help']],
  ['Advertise', ['Media Kit', 'Contact']],
] as const;
const apps = ['Fandom Apps', 'Take your favorite fandoms with you and never miss a beat.'];
const a = (t: string, href = `/wiki/${t.replace(/ /g, '_')}`, cls = ''): string =>
  `<a href="${href}"${cls ? ` class="${cls}"` : ''}>${t.replace(/&/g, '&amp;')}</a>`;

/** The whole saved page. */
export function fandomPage(w: FandomWiki, p: FandomPage): string {
  const shown = p.cats.slice(0, 3);
  const more = p.cats.slice(3);
  return `<!DOCTYPE html>
<html class="theme-fandomdesktop-light" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${p.title} | ${w.name} | Fandom</title>
<script>document.documentElement.className = document.documentElement.className.replace(/(^|\\s)client-nojs(\\s|$)/, "$1client-js$2");</script>
<meta name="description" content="${p.description}"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:site_name" content="${w.name}"><meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://${w.host}/wiki/${p.slug}"><link rel="alternate" type="application/rss+xml" title="RSS"
href="/wiki/Special:RecentChanges?feed=rss">
<script>var fandomContext = {"partnerSlot":null,"site":{"wikiId":2207431,"siteName":"${w.name}","vertical":"${w.vertical.toLowerCase()}","language":"en",
"isDarkTheme":false},"page":{"articleId":1184,"pageName":"${p.slug}","isContentNamespace":true}};</script>
<script src="https://static.wikia.nocookie.net/silversurfer/video/assets/jwplayer.bundle.js" async></script>
<script src="https://script.wikia.nocookie.net/fandom-ae-assets/tracking-opt-in/v5.1.3/tracking-opt-in.min.js"></script>
<link rel="stylesheet"
href="https://${w.host}/load.php?lang=en&amp;modules=skin.fandomdesktop.styles%7Cext.fandom.PortableInfoboxFandomDesktop.css&amp;only=styles">
<script type="application/ld+json">{"@context":"http://www.schema.org","@type":"Article","url":"https://${w.host}/wiki/${p.slug}","name":"${p.title}",
"headline":"${p.title}","about":{"@type":"Thing","name":"${p.title}"},"author":{"@type":"Organization","name":"${w.name}"},
"publisher":{"@type":"Organization","name":"Fandom, Inc.","logo":{"@type":"ImageObject","url":"https://static.wikia.nocookie.net/fandom-logo.png"}}}</script>
</head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-${p.slug} rootpage-${p.slug} is-content-namespace
theme-fandomdesktop-light has-sticky-nav has-global-explore-navigation rail-visible">
<div class="_2O--J403t2VqCuF8XJAZLK" data-tracking-opt-in-overlay="true"><div class="_1Aj8sFPR-5mt_GUJ_K0Trx" data-tracking-opt-in-dialog="true">
<div class="_3lG8dMHgkZwqg2DLtRiVfF"><div class="_1gBhXWP4wS7ey8DTrYjHfp">${consent[0]}</div><div class="_3mqsjd2TOtzWnGrm_e8ZHq"><p>${consent[1]}</p></div>
<div class="_2nhIXg0K8aFEdxRQY7Xr7Y"><div class="_2R7Ku4Lbd4zALVv0xq7xDw" data-tracking-opt-in-accept="true">${consent[2]}</div>
<div class="_2R7Ku4Lbd4zALVv0xq7xDw" data-tracking-opt-in-reject="true">${consent[3]}</div><div class="_1lCL2F5CZ3Nsm7WAXFXBAU"
data-tracking-opt-in-learn-more="true">${consent[4]}</div></div></div></div></div>
<div class="global-explore-navigation"><a class="global-explore-navigation__logo" href="https://www.fandom.com/" data-tracking-label="logo"><img
alt="Fandom logo" src="https://static.wikia.nocookie.net/fandom-design-system/images/fandom-logo.svg"></a><nav class="global-explore-navigation__nav">
${explore
  .slice(0, 5)
  .map(
    (t) => `<a class="global-explore-navigation__link" href="https://www.fandom.com/${t.toLowerCase()}" data-tracking-label="link.${t.toLowerCase()}">
<svg class="wds-icon wds-icon-small"><use xlink:href="#wds-icons-${t.toLowerCase()}-small"></use></svg><span
class="global-explore-navigation__label">${t}</span></a>`,
  )
  .join('\n')}
<div class="wds-dropdown global-explore-navigation__dropdown"><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">
${explore
  .slice(5)
  .map((t) => `<li><a href="https://www.fandom.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div></div></nav></div>
<div class="global-top-navigation"><div class="global-top-navigation__search"><form class="search-app__wrapper" action="https://${w.host}/wiki/Special:Search">
<input class="search-app__input" name="query" placeholder="Search" aria-label="Search" autocomplete="off"><button type="submit" class="search-app__button">
<span class="wds-sr-only">Search</span></button></form></div><div class="global-action__user"><a class="wds-button wds-is-secondary global-action__register"
href="https://auth.fandom.com/register?redirect=https%3A%2F%2F${w.host}">Register</a><a class="wds-button global-action__sign-in"
href="https://auth.fandom.com/signin?redirect=https%3A%2F%2F${w.host}">Sign In</a></div></div>
<div class="main-container"><div class="top-ads-container"><div id="top_leaderboard" class="top-leaderboard ad-slot-placeholder is-loading">
<div class="ad-slot-label">Advertisement</div><div id="top_leaderboard_ad" data-slot-name="top_leaderboard"></div></div></div>
<div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header"><a href="https://${w.host}/"
class="fandom-community-header__image"><img src="https://static.wikia.nocookie.net/${w.host}/images/e/e6/Site-logo.png" width="65" height="65"
alt="${w.name}"></a><div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper">
<a href="https://${w.host}/" class="fandom-community-header__community-name" data-tracking="community-name">${w.name}</a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label
wds-dropdown__toggle first-level-item"><svg class="wds-icon wds-icon-tiny"><use xlink:href="#wds-icons-explore-tiny"></use></svg><span>${localExplore[0]}</span>
</div><div class="wds-is-not-scrollable wds-dropdown__content"><ul class="wds-list wds-is-linked">${localExplore
    .slice(1)
    .map((t) => `<li>${a(t, `/wiki/Special:${t.replace(/ /g, '')}`)}</li>`)
    .join('')}</ul></div></li>
${w.nav
  .map(
    (n) => `<li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item">${a(n.label)}<svg class="wds-icon
wds-icon-tiny wds-dropdown__toggle-chevron"><use xlink:href="#wds-icons-dropdown-tiny"></use></svg></div><div class="wds-is-not-scrollable
wds-dropdown__content"><ul class="wds-list wds-is-linked">${n.items.map((t) => `<li>${a(t)}</li>`).join('')}</ul></div></li>`,
  )
  .join('\n')}</ul></nav></header></div>
<div id="community-navigation" class="fandom-sticky-header is-hidden"><div class="fandom-sticky-header__sitename">${w.name}</div><div
class="fandom-sticky-header__title" aria-hidden="true">${p.title}</div></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="content-size-toggle-wrapper"></div>
<div class="page-header" id="PageHeader"><div class="page-header__top"><div class="page-header__meta"><div class="page-header__categories">
<span class="page-header__categories-in">in:</span> ${shown.map((c) => a(c, `/wiki/Category:${c.replace(/ /g, '_')}`)).join(', ')}${
    more.length
      ? `, <div class="wds-dropdown page-header__categories-dropdown"><span>and ${more.length} more</span><div class="wds-dropdown__content
page-header__categories-dropdown-content wds-is-left-aligned"><ul class="wds-list wds-is-linked">${more
          .map((c) => `<li>${a(c, `/wiki/Category:${c.replace(/ /g, '_')}`)}</li>`)
          .join('')}</ul></div></div>`
      : ''
  }</div><div class="page-header__languages"><div class="wds-dropdown"><div class="wds-dropdown__toggle"><span data-tracking="interwiki-dropdown">English</span>
</div><div class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list wds-is-linked">${p.langs
    .map((l) => `<li><a href="https://${w.host}/${l.slice(0, 2).toLowerCase()}/wiki/" data-tracking-label="lang-${l.slice(0, 2)}">${l}</a></li>`)
    .join('')}</ul></div></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${p.title}</span></h1></div><div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text
page-header__action-button has-label" href="/wiki/${p.slug}?action=edit" data-tracking-label="ca-edit"><svg class="wds-icon wds-icon-small"><use
xlink:href="#wds-icons-pencil-small"></use></svg>Edit</a><div class="wds-dropdown page-header__action-button"><div class="wds-button wds-is-text
wds-dropdown__toggle"><svg class="wds-icon wds-icon-small"><use xlink:href="#wds-icons-more-small"></use></svg></div><div class="wds-dropdown__content
wds-is-not-scrollable wds-is-right-aligned"><ul class="wds-list wds-is-linked"><li>${a('History', `/wiki/${p.slug}?action=history`)}</li>
<li>${a('Purge', `/wiki/${p.slug}?action=purge`)}</li><li>${a(`Talk (${p.talk})`, `/wiki/Talk:${p.slug}`)}</li></ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr mw-content-text"><div class="mw-parser-output">
${p.content}
<!--
NewPP limit report
Cached time: 20250304083125
Cache expiry: 1209600
-->
</div></div><div class="printfooter">Retrieved from "<a dir="ltr"
href="https://${w.host}/wiki/${p.slug}?oldid=84211">https://${w.host}/wiki/${p.slug}?oldid=84211</a>"
</div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories wds-collapsible-panel wds-is-collapsed">
<header class="wds-collapsible-panel__header"><span>Categories</span></header><div class="wds-collapsible-panel__content"><ul class="categories">
${p.cats.map((c) => `<li class="category normal" data-name="${c}"><span class="name">${a(c, `/wiki/Category:${c.replace(/ /g, '_')}`)}</span></li>`).join('')}
</ul></div></div></div><div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a>
unless otherwise noted.</div></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">Fan Feed</h2><div class="mcf-column">
<h3 class="mcf-card-wiki-articles__header">More ${w.name}</h3><ul class="mcf-card-wiki-articles">${w.fanFeed
    .map(
      (t, i) => `<li class="mcf-card-wiki-articles__item"><a href="/wiki/${t.replace(/ /g, '_')}"><span class="mcf-card-wiki-articles__number">${i + 1}</span>
<span class="mcf-card-wiki-articles__title">${t}</span></a></li>`,
    )
    .join('')}</ul></div></div></div></main>
<aside class="page__right-rail" id="WikiaRail"><div class="right-rail-wrapper WikiaRail"><div id="WikiaRailWrapper" class="WikiaRail">
<div id="top_boxad" class="ad-slot-placeholder top-boxad"><div class="ad-slot-label">Advertisement</div></div>
<section class="rail-module popular-pages" data-tracking-label="popular-pages"><h2 class="rail-module__header">Popular pages</h2><ul class="rail-module__list">
${w.popular
  .map(
    (t) => `<li class="popular-pages__item"><a href="/wiki/${t.replace(/ /g, '_')}" class="popular-pages__image"><img alt="${t}" loading="lazy"
src="https://static.wikia.nocookie.net/${w.host}/images/thumb.png"></a><a href="/wiki/${t.replace(/ /g, '_')}" class="popular-pages__title">${t}</a></li>`,
  )
  .join('\n')}</ul></section>
<div id="incontent_boxad_1" class="ad-slot-placeholder incontent-boxad"><div class="ad-slot-label">Advertisement</div></div></div></div></aside></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__section-list">
${footer
  .map(
    ([h, items]) => `<section class="global-footer__section"><h3 class="global-footer__section-header">${h}</h3><ul class="global-footer__links">
${items.map((t) => `<li class="global-footer__link">${a(t, `https://www.fandom.com/${t.toLowerCase().replace(/\W+/g, '-')}`)}</li>`).join('')}</ul></section>`,
  )
  .join('\n')}
<section class="global-footer__section global-footer__section-social"><h3 class="global-footer__section-header">Follow Us</h3><ul class="global-footer__links">
<li><a href="https://www.facebook.com/getfandom" aria-label="Facebook"><svg class="wds-icon"></svg></a></li><li><a href="https://twitter.com/getfandom"
aria-label="X"><svg class="wds-icon"></svg></a></li></ul></section>
<section class="global-footer__section global-footer__section-fandom-apps"><h3 class="global-footer__section-header">${apps[0]}</h3>
<div class="global-footer__fandom-app-description">${apps[1]}</div></section></div>
<div class="global-footer__bottom"><div class="global-footer__licensing-and-vertical">${w.name} is a Fandom ${w.vertical} Community.</div>
<a class="global-footer__link global-footer__mobile-site" href="https://${w.host}/wiki/${p.slug}?mobileaction=toggle_view_mobile">View Mobile Site</a></div>
</div></footer></div>
<script>window.RLQ=window.RLQ||[];window.RLQ.push(function(){mw.config.set({"wgBackendResponseTime":92,"wgPageName":"${p.slug}"});});</script>
</body></html>`;
}

/** The texts of the skin a reader must never take for the article. */
export function fandomFurniture(w: FandomWiki, p: FandomPage): string[] {
  const more = p.cats.length - 3;
  return [
    ...new Set([
      ...consent,
      ...explore,
      'Search',
      'Register',
      'Sign In',
      'Advertisement',
      w.name,
      ...localExplore,
      ...w.nav.flatMap((n) => [n.label, ...n.items]),
      'in:',
      ...p.cats,
      ...(more > 0 ? [`and ${more} more`] : []),
      'English',
      ...p.langs,
      'Edit',
      'History',
      'Purge',
      `Talk (${p.talk})`,
      `Retrieved from "https://${w.host}/wiki/${p.slug}?oldid=84211"`,
      'Categories',
      'Community content is available under CC-BY-SA unless otherwise noted.',
      'Fan Feed',
      `More ${w.name}`,
      ...w.fanFeed,
      'Popular pages',
      ...w.popular,
      ...footer.flatMap(([h, items]) => [h, ...items]),
      'Follow Us',
      ...apps,
      `${w.name} is a Fandom ${w.vertical} Community.`,
      'View Mobile Site',
    ]),
  ];
}
