/**
 * Held-out batch 56, file a3: the Vector 2022 skin's chrome around a Wikimedia page (header, main menu, search, user links,
 * sidebar TOC, title bar, tabs, Tools and Appearance menus, footer, sticky header), shared by the Wikipedia page (file a) and
 * the Wikivoyage page (file a2): both wikis serve the same skin, with their own menus, names and footers.
 */
export interface VectorSite {
  /** "Wikipedia", "Wikivoyage". */
  site: string;
  host: string;
  /** The line under the title ("From Wikipedia, the free encyclopedia"). */
  sub: string;
  /** Main-menu groups: heading, items. */
  menu: [string, string[]][];
  langs: string[];
  /** TOC entries: level (1 or 2), text. */
  toc: [number, string][];
  title: string;
  slug: string;
  /** Extra links of the footer ("About Wikivoyage", ...). */
  footerAbout: string;
  /** The "last edited" line. */
  last: string;
  /** The footer's trademark sentence, if the wiki has one. */
  trademark?: string;
  /** What stands in for the empty #contentSub (the breadcrumbs and page banner on Wikivoyage). */
  preContent?: string;
}

const item = (id: string, t: string, href = `/wiki/${t.replace(/ /g, '_')}`): string =>
  `<li id="${id}" class="mw-list-item"><a href="${href}"><span>${t}</span></a></li>`;
const portlet = (id: string, head: string, items: string[], pre = 'n'): string =>
  `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}"><div class="vector-menu-heading">${head}</div><div class="vector-menu-content">` +
  `<ul class="vector-menu-content-list">${items.map((t) => item(`${pre}-${t.toLowerCase().replace(/\W+/g, '')}`, t)).join('\n')}</ul></div></div>`;
const pinHead = (label: string, id: string, tag = 'div'): string =>
  `<div class="vector-pinnable-header vector-${id}-pinnable-header vector-pinnable-header-unpinned" data-feature-name="${id}-pinned" ` +
  `data-pinnable-element-id="vector-${id}"><${tag} class="vector-pinnable-header-label">${label}</${tag}>\n<button ` +
  `class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${id}.pin">move to sidebar</button>` +
  `\n<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${id}.unpin">hide</button></div>`;
const PAGE_TOOLS: [string, string[]][] = [
  ['General', ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code']],
  ['Print/export', ['Download as PDF', 'Printable version']],
  ['In other projects', ['Wikimedia Commons', 'Wikidata item']],
];
const FOOT = ['Privacy policy', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const LICENCE =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy.';

/** Everything from the doctype to the opening of #mw-content-text. */
export function vectorTop(s: VectorSite): string {
  const tocItems = s.toc
    .map(([lvl, t], i) => {
      const id = t.replace(/ /g, '_');
      const toggle =
        lvl === 1 && s.toc[i + 1]?.[0] === 2
          ? `<button aria-controls="toc-${id}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">` +
            `<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${t} subsection</span></button>`
          : '';
      return (
        `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-${lvl}"><a class="vector-toc-link" href="#${id}">` +
        `<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a>${toggle}</li>`
      );
    })
    .join('\n');
  return `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-appearance-pinned-clientpref-1
 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${s.title} - ${s.site}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"${s.slug}",
"wgTitle":"${s.title}","wgAction":"view","wgIsArticle":true,"wgContentLanguage":"en","wgRelevantPageName":"${s.slug}"};
RLSTATE={"ext.globalCssJs.user.styles":"ready","skins.vector.search.codex.styles":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js","ext.eventLogging"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.18"><meta property="og:title" content="${s.title} - ${s.site}">
<link rel="canonical" href="https://${s.host}/wiki/${s.slug}"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
 page-${s.slug} rootpage-${s.slug} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header no-font-mode-scale"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"
title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
 cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
 class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
 class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pinHead('Main menu', 'main-menu')}
${s.menu.map(([h, xs]) => portlet(h.toLowerCase().replace(/\W+/g, '-'), h, xs)).join('\n')}
</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/${s.site.toLowerCase()}.png" alt="" aria-hidden="true"
 height="50" width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${s.site}"
src="/static/images/mobile/copyright/wordmark-en.svg"
 style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only search-toggle"
title="Search ${s.site} [f]"
 accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container">
<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/w/index.php" id="searchform" class="cdx-search-input">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search ${s.site}" aria-label="Search ${s.site}" autocapitalize="sentences"
 id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
</ul></div></div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${item('pt-sitesupport-2', 'Donate', `https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=${s.host}`)}
${item('pt-createaccount-2', 'Create account', '/w/index.php?title=Special:CreateAccount')}
${item('pt-login-2', 'Log in', '/w/index.php?title=Special:UserLogin')}
</ul></div></div></div><div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
 title="Log in and more options"><input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" class="vector-dropdown-checkbox"
 aria-label="Personal tools"><label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-ellipsis"></span><span class="vector-dropdown-label-text">Personal tools</span></label><div class="vector-dropdown-content">
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet"><div class="vector-menu-heading">Pages for logged out editors <a href="/wiki/Help:Introduction"
 aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${item('pt-anoncontribs', 'Contributions', '/wiki/Special:MyContributions')}${item('pt-anontalk', 'Talk', '/wiki/Special:MyTalk')}</ul></div></div></div>
</div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice -->
</div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
 aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
 class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">${pinHead('Contents', 'toc', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${tocItems}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc"
title="Table of Contents">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents">
<label for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
 class="vector-icon mw-ui-icon-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label>
<div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${s.title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
 class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in ${s.langs.length} languages">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--action-progressive" aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">${s.langs.length} languages</span></label>
<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${s.langs
  .map(
    (l) => `<li class="interlanguage-link mw-list-item"><a href="#" class="interlanguage-link-target" data-language-autonym="${l}">
<span>${l}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q98765432"
 title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${s.slug}" title="View the content page [c]" accesskey="c">
<span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:${s.slug}" rel="discussion" accesskey="t"><span>Talk</span></a></li></ul></div>
</div>
<div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"><input type="checkbox" id="vector-variants-dropdown-checkbox" role="button"
 class="vector-dropdown-checkbox" aria-label="Change language variant"><label for="vector-variants-dropdown-checkbox" class="vector-dropdown-label"
aria-hidden="true">
<span class="vector-dropdown-label-text">English</span></label><div class="vector-dropdown-content"></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
 class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${s.slug}"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=${s.slug}&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=${s.slug}&amp;action=history" accesskey="h"><span>View history</span>
</a></li>
</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Tools">
<label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools"
 class="vector-page-tools vector-pinnable-element">${pinHead('Tools', 'page-tools')}
<div id="p-cactions" class="vector-menu mw-portlet"><div class="vector-menu-heading">Actions</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-more-view" class="selected mw-list-item"><a href="/wiki/${s.slug}"><span>Read</span></a></li>
<li id="ca-more-edit" class="mw-list-item"><a href="/w/index.php?title=${s.slug}&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-more-history" class="mw-list-item"><a href="/w/index.php?title=${s.slug}&amp;action=history"><span>View history</span></a></li></ul></div></div>
${PAGE_TOOLS.map(([h, xs]) => portlet(h.toLowerCase().replace(/\W+/g, '-'), h, xs, 't')).join('\n')}
</div></div></div></div></nav></div></div></div>
<div class="vector-column-end no-font-mode-scale"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
${pinHead('Appearance', 'appearance')}
<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet"><div class="vector-menu-heading">Text</div><div class="vector-menu-content">
<ul class="vector-menu-content-list"></ul></div></div><div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet"><div
 class="vector-menu-heading">Width</div><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>
<div id="skin-client-prefs-skin-theme" class="mw-portlet"><div class="vector-menu-heading">Color (beta)</div><div class="vector-menu-content">
<ul class="vector-menu-content-list"></ul></div></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">${s.sub}</div></div>
${s.preContent ?? '<div id="contentSub"><div id="mw-content-subtitle"></div></div>'}`;
}

/** The footer, the sticky header and the dock after </main>. */
export function vectorBottom(s: VectorSite): string {
  const foot = [...FOOT.slice(0, 1), s.footerAbout, ...FOOT.slice(1, 2), `Contact ${s.site}`, ...FOOT.slice(2)];
  return `<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${s.last}<span
 class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">${LICENCE.replace(
   'Creative Commons Attribution-ShareAlike 4.0 License',
   (m) => `<a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">${m}</a>`,
 )}${s.trademark ?? ''}</li></ul>
<ul id="footer-places">${foot.map((t) => `<li id="footer-places-${t.toLowerCase().replace(/\W+/g, '')}"><a href="#">${t}</a></li>`).join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button"><picture>
<source media="(min-width: 500px)" srcset="/static/images/footer/wikimedia-button.svg" width="84" height="29"><img src="/static/images/footer/wikimedia.svg"
 width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li></ul></footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header"
class="vector-sticky-header vector-sticky-header-icons-disabled">
<div class="vector-sticky-header-start"><div class="vector-sticky-header-icon-start" aria-hidden="true"><button class="cdx-button cdx-button--weight-quiet
 vector-sticky-header-search-toggle" tabindex="-1"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></button></div>
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span
 class="mw-page-title-main">${s.title}</span></div></div></div><div class="vector-sticky-header-end" aria-hidden="true"><div
class="vector-sticky-header-buttons">
<button class="cdx-button cdx-button--weight-quiet mw-interlanguage-selector" id="p-lang-btn-sticky-header" tabindex="-1"><span
 class="vector-icon mw-ui-icon-wikimedia-language"></span><span>${s.langs.length} languages</span></button></div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-5c9d8b7f4-qv2lm","wgBackendResponseTime":164});});</script>`;
}

/** The chrome's texts (furniture) for the page's gold, short words of the body left out by the page. */
export function vectorFurniture(s: VectorSite): string[] {
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  return [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', ...s.menu.flat(2), 'Search', 'Donate', 'Create account', 'Log in', 'Personal tools',
    'Pages for logged out editors', 'learn more', 'Contributions', 'Talk', 'Contents', '(Top)',
    ...s.toc.filter(([lvl], i) => lvl === 1 && s.toc[i + 1]?.[0] === 2).map(([, t]) => `Toggle ${t} subsection`),
    'Toggle the table of contents', `${s.langs.length} languages`, ...s.langs, 'Edit links', 'Article', 'English', 'Read', 'Edit', 'View history', 'Tools',
    'Actions', ...PAGE_TOOLS.flat(2), 'Appearance', 'Text', 'Width', 'Color (beta)', s.sub, s.footerAbout, `Contact ${s.site}`, LICENCE, ...FOOT,
    ...(s.trademark === undefined ? [] : [s.trademark.trim()]),
  ];
}
