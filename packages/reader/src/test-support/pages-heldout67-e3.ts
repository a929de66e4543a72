/**
 * Held-out batch 67, file e3: the Vector 2022 skin chrome of the Wikipedia page in file e (jump link, the header with the
 * main-menu dropdown and its portlets, logo, Codex search box, user links, the pinned table of contents with toggle buttons,
 * the title bar with the language dropdown, the namespace and view tabs, the Tools menu, the Appearance panel, the sticky
 * header and the footer), with the furniture texts each part shows.
 */
const li = (t: string, id = ''): string =>
  `<li${id === '' ? '' : ` id="${id}"`} class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const portlet = (id: string, heading: string, items: readonly string[]): string =>
  `<div id="${id}" class="vector-menu mw-portlet mw-portlet-${id.slice(2)}"><div class="vector-menu-heading">${heading}</div><div
class="vector-menu-content"><ul
class="vector-menu-content-list">${items.map((t) => li(t)).join('')}</ul></div></div>`;
const pinHeader = (label: string, feature: string, tag = 'div'): string =>
  `<div class="vector-pinnable-header vector-${feature}-pinnable-header vector-pinnable-header-unpinned" data-feature-name="${feature}-pinned"><${tag}
class="vector-pinnable-header-label">${label}</${tag}><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-${feature}.pin">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-${feature}.unpin">hide</button></div>`;
const dropdownLabel = (id: string, icon: string, text: string): string =>
  `<input type="checkbox" id="${id}-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="${text}"><label id="${id}-label"
for="${id}-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet"
aria-hidden="true"><span
class="vector-icon mw-ui-icon-${icon} mw-ui-icon-wikimedia-${icon}"></span><span class="vector-dropdown-label-text">${text}</span></label>`;
export const wpNavigation = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const wpContribute = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
export const wpUser = ['Donate', 'Create account', 'Log in'];
export const wpTools = ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code'];
export const wpExport = ['Download as PDF', 'Printable version'];
export const wpProjects = ['Wikimedia Commons', 'Wikidata item'];
export const wpAppearance = ['Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
export const wpFooterPlaces = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
export const wpLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree ' +
  'to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
export function wpHeader(): string {
  return `<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu">${dropdownLabel('vector-main-menu-dropdown', 'menu', 'Main menu')}<div class="vector-dropdown-content"><div
id="vector-main-menu-unpinned-container"
class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pinHeader('Main menu', 'main-menu')}
${portlet('p-navigation', 'Navigation', wpNavigation)}${portlet('p-interaction', 'Contribute', wpContribute)}</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50"
width="50"><span
class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width"><form action="/w/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input
cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia"
autocapitalize="sentences" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title"
value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">${wpUser
    .map((t) => li(t))
    .join(
      '',
    )}</ul></div></div><div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">${dropdownLabel('vector-user-links-dropdown', 'ellipsis', 'Personal tools')}<div class="vector-dropdown-content"><div
id="p-user-menu-anon-editor" class="vector-menu mw-portlet"><div class="vector-menu-heading">Pages for logged out editors <a href="/wiki/Help:Introduction"
aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${li('Contributions')}${li('Talk')}</ul>
</div></div></div></div></nav></div></header></div>`;
}
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
export const wpHeaderFurniture = [
  'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wpNavigation, 'Contribute', ...wpContribute, 'Search', ...wpUser,
  'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Talk',
];
/** The pinned table of contents: its entries repeat the headings, so only its own labels are furniture. */
export function wpToc(sections: readonly (readonly [string, readonly string[]])[]): string {
  const link = (t: string, n: string): string =>
    `<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span
class="vector-toc-numb">${n}</span><span>${t}</span></div></a>`;
  return `<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div
id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc
vector-pinnable-element">${pinHeader('Contents', 'toc', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${sections
    .map(
      ([h, subs], i) =>
        `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">${link(h, String(i + 1))}${
          subs.length === 0
            ? ''
            : `<button aria-controls="toc-${h.replace(/ /g, '_')}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only
vector-toc-toggle"><span
class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${h} subsection</span></button>`
        }<ul id="toc-${h.replace(/ /g, '_')}-sublist" class="vector-toc-list">${subs
          .map((s, j) => `<li class="vector-toc-list-item vector-toc-level-2">${link(s, `${i + 1}.${j + 1}`)}</li>`)
          .join('')}</ul></li>`,
    )
    .join('\n')}</ul></div></div></nav>`;
}
export function wpTitleBar(title: string, langs: readonly string[]): string {
  return `<header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc"
class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left" title="Table of Contents">${dropdownLabel(
    'vector-page-titlebar-toc',
    'listBullet',
    'Toggle the table of contents',
  )}<div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container">
</div></div></div></nav><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang">${dropdownLabel('p-lang-btn', 'language-progressive', `${langs.length} languages`)}<div
class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">${langs
    .map(
      (l) =>
        `<li class="interlanguage-link mw-list-item"><a href="https://example.wikipedia.org/wiki/x"
class="interlanguage-link-target"><span>${l}</span></a></li>`,
    )
    .join('')}</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q4712345"
title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="#" accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="#"
rel="discussion" accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav
aria-label="Views"><div
id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected
vector-tab-noicon mw-list-item"><a href="#"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="#"
accesskey="e"><span>Edit</span></a>
</li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="#" accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown">${dropdownLabel(
    'vector-page-tools-dropdown',
    'ellipsis',
    'Tools',
  )}<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools"
class="vector-page-tools vector-pinnable-element">${pinHeader('Tools', 'page-tools')}<div id="p-cactions" class="vector-menu mw-portlet emptyPortlet"
title="More options"><div class="vector-menu-heading">Actions</div></div>${portlet('p-tb', 'General', wpTools)}${portlet(
    'p-coll-print_export',
    'Print/export',
    wpExport,
  )}${portlet('p-wikibase-otherprojects', 'In other projects', wpProjects)}</div></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance"><div
id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance
vector-pinnable-element">${pinHeader(
    'Appearance',
    'appearance',
  )}<div class="vector-appearance-content">${wpAppearance.map((t) => `<div class="cdx-radio"><label class="cdx-label__label">${t}</label></div>`).join('')}
</div></div></div></nav></div></div>`;
}
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
export const wpTitleBarFurniture = [
  'Toggle the table of contents', 'Edit links', 'Article', 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General', ...wpTools,
  'Print/export', ...wpExport, 'In other projects', ...wpProjects, 'Appearance', ...wpAppearance,
];
export function wpFooter(lastEdited: string): string {
  const utc = '<span class="anonymous-show">&#160;(UTC)</span>';
  return `<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${lastEdited.replace(' (UTC)', utc)}</li><li
id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a
rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${wpFooterPlaces.map((t) => `<li><a href="https://foundation.wikimedia.org/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/" class="cdx-button cdx-button--fake-button"><img
src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></a></li><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki"
width="25" height="25" loading="lazy"></a></li></ul></footer>`;
}
export const wpFooterFurniture = [wpLicence, ...wpFooterPlaces];
