/**
 * Held-out batch 95, file f3: the Vector 2022 chrome of the Wikipedia page in file f (the header with the main menu
 * dropdown, logo, search, appearance and personal tools, the sticky header, the page toolbar with namespaces, views,
 * Tools menu and the appearance panel, and the footer), with `wkChrome`, the texts of the header and toolbar menus.
 */
const menuNav = ['Main menu', 'Navigation', 'Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'] as const;
const menuContrib = ['Contribute', 'Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'] as const;
const user = [
  'Search',
  'Appearance',
  'Donate',
  'Create account',
  'Log in',
  'Personal tools',
  'Pages for logged out editors',
  'learn more',
  'Contributions',
] as const;
const tabs = ['Article', 'Talk', 'English', 'Read', 'Edit', 'View history', 'Tools', 'Actions'] as const;
const general = ['General', 'What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'] as const;
const general2 = [
  'Download QR code',
  'Print/export',
  'Download as PDF',
  'Printable version',
  'In other projects',
  'Wikimedia Commons',
  'Wikidata item',
] as const;
const look = ['Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'] as const;
const groups: [number, number][] = [
  [0, 4],
  [4, 6],
  [6, 10],
];
const lookNote = 'This page is always in light mode.';
const foot = [
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
const item = (t: string, id: string): string => `<li id="${id}" class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const portlet = (id: string, heading: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${items
  .map((t, i) => item(t, `${id}-${i}`))
  .join('')}</ul></div></div>`;
const pin = (
  label: string,
): string => `<div class="vector-pinnable-header vector-pinnable-header-unpinned"><div class="vector-pinnable-header-label">${label}</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>`;
const dropLabel = (t: string, icon: string): string => `<label class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-${icon} mw-ui-icon-wikimedia-${icon}"></span><span
class="vector-dropdown-label-text">${t}</span></label>`;
export const wkHeader = `<header class="vector-header mw-header no-font-mode-scale"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox "
aria-label="Main menu">${dropLabel(menuNav[0], 'menu')}<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pin(menuNav[0])}
${portlet('navigation', menuNav[1], menuNav.slice(2))}
${portlet('interaction', menuContrib[0], menuContrib.slice(1))}
</div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt=""
aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"><img class="mw-logo-tagline" alt="The Free Encyclopedia"
src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><a href="/wiki/Special:Search" class="cdx-button
cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon
mw-ui-icon-search"></span><span>${user[0]}</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form
action="/w/index.php"
id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div
class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia"
aria-label="Search Wikipedia" id="searchInput"></div></div><button class="cdx-button cdx-search-input__end-button">${user[0]}</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><nav class="vector-appearance-landmark"
aria-label="Appearance"><div id="vector-appearance-dropdown" class="vector-dropdown " title="Change the appearance of the page’s font size, width, and color">
<input type="checkbox" class="vector-dropdown-checkbox" aria-label="Appearance">${dropLabel(user[1], 'appearance')}<div class="vector-dropdown-content"><div
id="vector-appearance-unpinned-container" class="vector-unpinned-container"></div></div></div></nav><div id="p-vector-user-menu-overflow" class="vector-menu
mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">${user
  .slice(2, 5)
  .map((t, i) => item(t, `pt-overflow-${i}`))
  .join('')}</ul></div></div></div><div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right
vector-user-menu-logged-out" title="Log in and more options"><input type="checkbox" class="vector-dropdown-checkbox" aria-label="Personal tools">${dropLabel(
  user[5],
  'ellipsis',
)}<div class="vector-dropdown-content"><div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item"
title="User menu"><div class="vector-menu-content"><ul class="vector-menu-content-list">${user
  .slice(2, 5)
  .map((t, i) => item(t, `pt-${i}`))
  .join('')}</ul></div></div><div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">
${user[6]} <a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>${user[7]}</span></a></div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${item(user[8], 'pt-anoncontribs')}${item('Talk', 'pt-anontalk')}</ul></div></div></div></div></nav></div></header>
<div class="vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div class="vector-sticky-header-start"><div
class="vector-sticky-header-context-bar" aria-hidden="true"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span
class="mw-page-title-main">Kelderby</span></div></div></div></div></div>`;
export const wkTools = `<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${item(tabs[0], 'ca-nstab-main')}${item(tabs[1], 'ca-talk')}</ul></div></div><div id="vector-variants-dropdown"
class="vector-dropdown emptyPortlet">${dropLabel(tabs[2], 'language')}</div></nav></div><div id="right-navigation" class="vector-collapsible"><nav
aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${tabs
  .slice(3, 6)
  .map((t, i) => item(t, `ca-view-${i}`))
  .join('')}</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown"><input type="checkbox" class="vector-dropdown-checkbox" aria-label="Tools">${dropLabel(tabs[6], 'ellipsis')}<div
class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools"
class="vector-page-tools vector-pinnable-element">${pin(tabs[6])}
${portlet('cactions', tabs[7], tabs.slice(3, 6))}
${portlet('tb', general[0], [...general.slice(1, 3), 'Upload file', ...general.slice(3), general2[0]])}
${portlet('coll-print_export', general2[1], general2.slice(2, 4))}
${portlet('wikibase-otherprojects', general2[4], general2.slice(5))}
</div></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance"><div
id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
${pin(user[1])}<div id="vector-appearance-client-prefs" class="vector-client-prefs">${groups
  .map(
    ([a, b]) =>
      `<div class="vector-menu mw-portlet"><div class="vector-menu-heading">${look[a]}</div><div class="vector-menu-content"><ul>${look
        .slice(a + 1, b)
        .map((t) => `<li><div class="cdx-radio"><input type="radio" class="cdx-radio__input"><label class="cdx-label">${t}</label></div></li>`)
        .join('')}${a === 4 ? '<li><label class="cdx-label">Standard</label></li>' : ''}</ul></div></div>`,
  )
  .join('')}<p class="vector-client-prefs-note">${lookNote}</p></div></div></div></nav></div></div>`;
export const wkChrome: readonly string[] = [
  ...menuNav.filter((t) => t !== 'Contents'),
  ...menuContrib,
  ...user,
  ...tabs.filter((t) => t !== 'Talk'),
  ...general,
  ...general2,
  ...look,
  lookNote,
  ...foot,
  'Talk',
];
export const wkFoot = (edited: string, licence: string): string => `<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul
id="footer-info"><li id="footer-info-lastmod">${edited}</li><li id="footer-info-copyright">${licence
  .replace(
    'Creative Commons Attribution-ShareAlike 4.0 License',
    '<a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/">$&</a>',
  )
  .replace('Terms of Use', '<a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">$&</a>')
  .replace('Wikimedia Foundation, Inc.', '<a href="https://wikimediafoundation.org/">$&</a>')}</li></ul><ul id="footer-places">${foot
  .map(
    (t) => `<li id="footer-places-${t.toLowerCase().replace(/ /g, '')}"><a href="https://foundation.wikimedia.org/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`,
  )
  .join('')}</ul><ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button
cdx-button--fake-button"><img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></a></li><li
id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img src="/w/resources/assets/mediawiki_compact.svg"
alt="Powered by MediaWiki" width="25" height="25" loading="lazy"></a></li></ul></footer></div>`;
