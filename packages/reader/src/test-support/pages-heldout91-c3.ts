/**
 * Held-out batch 91, file c3: the Vector 2022 chrome of the Wikipedia page in file c (header with the main menu dropdown,
 * search and personal tools, the language dropdown, the page toolbar and the Tools menu, the footer texts) and its
 * furniture texts.
 */
const mainNav = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const contribute = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
const personal = ['Donate', 'Create account', 'Log in'];
const langs = ['Dansk', 'Deutsch', 'Norsk bokmål', 'Svenska', 'Nederlands'];
const tabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const tools = [
  'What links here',
  'Related changes',
  'Upload file',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Get shortened URL',
  'Download QR code',
  'Download as PDF',
  'Printable version',
  'Wikidata item',
];
const appearance = ['Appearance', 'Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
const menuItem = (t: string): string => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const portlet = (id: string, heading: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${items.map(menuItem).join('')}</ul>
</div></div>`;
const pinHeader = (label: string, id: string): string => `<div class="vector-pinnable-header vector-${id}-pinnable-header vector-pinnable-header-unpinned"
data-feature-name="${id}-pinned" data-pinnable-element-id="vector-${id}"><div class="vector-pinnable-header-label">${label}</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${id}.pin">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-${id}.unpin">hide</button>
</div>`;
export const wpChrome = `<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right" title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pinHeader('Main menu', 'main-menu')}
${portlet('navigation', 'Navigation', mainNav)}${portlet('interaction', 'Contribute', contribute)}</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13"></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button
cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences"
title="Search Wikipedia [f]" accesskey="f" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${personal.map(menuItem).join('')}</ul></div></div></div><div id="vector-user-links-dropdown" class="vector-dropdown
vector-user-menu vector-button-flush-right vector-user-menu-logged-out" title="Log in and more options"><input type="checkbox"
id="vector-user-links-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools"><label for="vector-user-links-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis"></span>
<span class="vector-dropdown-label-text">Personal tools</span></label></div></nav></div></header></div>`;
export const wpLangs = `<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 5 languages">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
mw-portlet-lang-heading-5" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">5
languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">${langs
  .map(
    (t) => `<li class="interlanguage-link"><a href="https://xx.wikipedia.org/wiki/Veldmark_fyr" class="interlanguage-link-target"><span>${t}</span></a></li>`,
  )
  .join(
    '',
  )}</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Q98765432"
class="wbc-editpage">Edit links</a></span></div></div></div></div>`;
export const wpMenus = `<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Veldmark_Lighthouse" title="View the content page [c]">
<span>${tabs[0]}</span>
</a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Veldmark_Lighthouse" rel="discussion"><span>${tabs[1]}</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs
mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">${tabs
  .slice(2)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Veldmark_Lighthouse"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Tools"><label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div>
</div>`;
export const wpTools = `<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page
tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
${pinHeader('Tools', 'page-tools')}<div id="p-cactions" class="vector-menu mw-portlet"><div class="vector-menu-heading">Actions</div><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${tabs.slice(2).map(menuItem).join('')}</ul></div></div>${portlet('tb', 'General', tools)}</div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-pinned-container" class="vector-pinned-container">
<div id="vector-appearance" class="vector-appearance vector-pinnable-element">${pinHeader(appearance[0]!, 'appearance')}<div id="skin-client-prefs-skin-theme"
class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-custom-font-size">${appearance
  .slice(1)
  .map((t) => `<div class="cdx-radio"><label class="cdx-label__label"><span class="cdx-label__label__text">${t}</span></label></div>`)
  .join('')}</div></div></div></nav></div></div>`;
export const wpFoot =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you ' +
  'agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
export const wpFootLinks = [
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
/** Furniture texts of the chrome above (the footer texts are listed by the page). */
export const wpChromeFurniture: readonly string[] = [
  'Main menu',
  'move to sidebar',
  'hide',
  'Navigation',
  ...mainNav,
  'Contribute',
  ...contribute,
  'Search',
  ...personal,
  'Personal tools',
  '5 languages',
  ...langs,
  'Edit links',
  ...tabs,
  'Tools',
  'Actions',
  'General',
  ...tools,
  ...appearance,
];
