import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 86, file d2: a help page on mediawiki.org in the Vector 2022 skin ("Jump to content", the main menu and
 * personal tools dropdowns, the sidebar "Contents" with "(Top)" and numbered entries, the namespace / view tabs, the Tools
 * and Appearance menus, the "languages" button, the "Help" indicator, "From mediawiki.org", the Translate extension's
 * "Other languages:" bar at the top of the parser output, the public-domain notice box, [edit] section links, a thumbnail
 * with caption, the help navbox, "Retrieved from", categories and the footer with "last edited on").
 */
const mwTitle = 'Help:Page reminders';
const mwIntro = [
  'Page reminders let you ask the wiki to notify you about a page at a time you choose. They are useful when a discussion is ' +
    'expected to close, when an article needs to be checked after an event, or when you want to come back to a draft.',
  'A reminder is private: other users can’t see that you have set one, and it doesn’t add the page to your ' +
    '<a href="/wiki/Special:MyLanguage/Help:Watchlist" title="Special:MyLanguage/Help:Watchlist">watchlist</a> unless you ask it to.',
];
const mwH = ['Setting a reminder', 'Receiving reminders', 'Managing reminders', 'For wiki administrators', 'See also'];
const mwSet = ['To set a reminder on the page you are reading:'];
const mwSteps = [
  'Open the <b>Tools</b> menu at the top of the page.',
  'Select <b>Remind me</b>.',
  'Choose when you want to be reminded: in one day, one week, one month, or on a date you pick.',
  'Optionally, add a short note. The note is shown in the notification and can be up to 200 characters long.',
  'Click <b>Save reminder</b>.',
];
const mwCaption = 'The Remind me dialog in the Vector 2022 skin';
const mwSet2 = ['On the mobile website, <b>Remind me</b> is in the page actions menu, next to the watch star.'];
const mwReceive = [
  'When a reminder is due, you get a notification under the bell icon at the top of every page. If you have enabled email ' +
    'notifications in your <a href="/wiki/Special:Preferences">preferences</a>, you also get an email. Reminders are sent within ' +
    'fifteen minutes of the time you chose, in the time zone set in your preferences.',
  'The notification links to the current version of the page and to the changes made since you set the reminder.',
];
const mwManage = [
  '<a href="/wiki/Special:Reminders" title="Special:Reminders">Special:Reminders</a> lists all your reminders, the next one due ' +
    'first. From there you can change the time or the note of a reminder, or delete it.',
];
const mwManageList = [
  'Deleting a page also deletes the reminders set on it, and you get a notification telling you so.',
  'Moving a page keeps its reminders.',
  'You can have at most 100 reminders at a time.',
];
const mwAdmin = [
  'Page reminders are part of the <a href="/wiki/Special:MyLanguage/Extension:Echo">Echo</a> notification system and are enabled ' +
    'by default on wikis that have the extension installed. To turn them off, set <code>$wgEchoEnablePageReminders</code> to ' +
    '<code>false</code> in <code>LocalSettings.php</code>.',
];
const mwSee = ['Help:Watchlist', 'Help:Notifications', 'Special:Reminders'];
const mwLangs = ['Deutsch', 'English', 'español', 'français', 'italiano', 'polski', 'português do Brasil', 'русский', '中文', '日本語'];
const mwMainMenu = ['Main page', 'Get MediaWiki', 'Get extensions', 'Tech blog', 'Contribute', 'Support &amp; Development', 'Support desk'];
const mwTools = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Get shortened URL', 'Download QR code'];
const mwPrint = ['Print/export', 'Create a book', 'Download as PDF', 'Printable version'];
const mwAppearance = ['Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
const mwPd = 'Note: When you edit this page, you agree to release your contribution under the CC0. See Public Domain Help Pages for more info.';
const mwNav = ['Reading', 'Editing', 'Watchlist', 'Notifications', 'Preferences', 'Talk pages', 'Page reminders'];
const mwFootInfo = 'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. See Terms of Use for details.';
const mwFoot = ['Privacy policy', 'About mediawiki.org', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const mwPortlet = (id: string, label: string, items: readonly string[]): string => `<div id="${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${label}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.length}"><span>${t}</span></a></li>`).join('\n')}</ul></div></div>`;
const mwHeading = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}"><span
id="${t.replace(/ /g, '_')}"></span><!--T:${n}-->${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Help:Page_reminders&amp;action=edit&amp;section=T-${n}" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mwTocItem = (t: string, i: number): string => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>
<span>${t}</span></div></a></li>`;
const mwLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const mwPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mwLangItem = (t: string): string =>
  t === 'English'
    ? '<li><span lang="en" dir="ltr" class="mw-pt-languages-ui mw-pt-languages-selected">English</span></li>'
    : `<li><a href="/wiki/Help:Page_reminders/${t.length}" class="mw-pt-progress mw-pt-progress--complete" title="(100% translated)">${t}</a></li>`;
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day
vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mwTitle} - MediaWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgContentLanguage":"en","wgPageName":"Help:Page_reminders","wgTitle":"Page reminders","wgCurRevisionId":7012345,
"wgNamespaceNumber":12,"wgCategories":["Help"],"wgPageContentLanguage":"en","wgTranslatePageTranslation":"source"};
RLPAGEMODULES=["ext.translate.pagetranslation.uls","site","mediawiki.page.ready","skins.vector.js","ext.echo.centralauth"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.translate%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.20"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="${mwTitle} - MediaWiki"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.mediawiki.example/wiki/Help:Page_reminders"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-12 ns-subject mw-editable
page-Help_Page_reminders rootpage-Help_Page_reminders skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header"><div
class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-unpin-button">hide</button></div>${mwPortlet('p-navigation', 'Navigation', mwMainMenu)}</div></div></div></nav>
<a href="/wiki/MediaWiki" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/mediawikiwiki.svg" alt="" width="50" height="50"><span
class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">MediaWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><form
action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search" placeholder="Search MediaWiki" aria-label="Search MediaWiki" autocomplete="off" title="Search MediaWiki [f]" accesskey="f"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list">${links(['Donate', 'Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div
id="centralNotice"></div></div></div><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mwH.map(mwTocItem).join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-namespace">Help</span><span
class="mw-page-title-separator">:</span><span class="mw-page-title-main">Page reminders</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 9 languages"><label
for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button"><span class="vector-dropdown-label-text">9 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul>
<li class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Help:Page_reminders" title="View the help page [c]">Help page</a></li>
<li class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Help_talk:Page_reminders&amp;action=edit&amp;redlink=1">Discussion</a></li>
</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown"><input type="checkbox"
class="vector-dropdown-checkbox" aria-label="Tools"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div class="vector-pinnable-header-label">Tools</div>
${mwPortlet('p-cactions', 'Actions', ['Read', 'Edit', 'View history'])}
${mwPortlet('p-tb', 'General', mwTools)}${mwPortlet('p-coll-print_export', 'Print/export', mwPrint.slice(1))}
${mwPortlet('p-wikibase-otherprojects', 'In other projects', ['Wikidata item'])}</div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div class="vector-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Appearance</span></label><div class="vector-dropdown-content">
${mwAppearance.map((t) => `<div class="cdx-radio"><label class="cdx-label__label">${t}</label></div>`).join('\n')}</div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"><div id="mw-indicator-mw-helplink" class="mw-indicator"><a href="https://www.mediawiki.example/wiki/Help:Page_reminders"
target="_blank" class="mw-helplink"><span class="mw-helplink-icon"></span>Help</a></div></div><div id="siteSub" class="noprint">From mediawiki.org</div>
</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="mw-pt-languages noprint navigation-not-searchable" lang="en" dir="ltr"><div class="mw-pt-languages-label">Other languages:</div><ul
class="mw-pt-languages-list">${mwLangs.map(mwLangItem).join('\n')}</ul></div>
<table class="plainlinks ombox ombox-notice" role="presentation"><tbody><tr><td class="mbox-image"><span typeof="mw:File"><img alt="PD"
src="//upload.wikimedia.example/PD-icon.svg/44px-PD-icon.svg.png" width="44" height="44"></span></td><td class="mbox-text"><b>Note:</b> When you
edit this page, you agree to release your contribution under the <a href="https://creativecommons.example/publicdomain/zero/1.0/">CC0</a>. See <a
href="/wiki/Project:PD_help">Public Domain Help Pages</a> for more info.</td></tr></tbody></table>
${mwPs(mwIntro)}
${mwHeading(mwH[0]!, 2)}
${mwPs(mwSet)}
<ol>${mwLis(mwSteps)}</ol>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Page_reminders_dialog.png" class="mw-file-description"><img
src="//upload.wikimedia.example/thumb/Page_reminders_dialog.png/250px-Page_reminders_dialog.png" class="mw-file-element" width="250"
height="180"></a><figcaption>${mwCaption}</figcaption></figure>
${mwPs(mwSet2)}
${mwHeading(mwH[1]!, 8)}
${mwPs(mwReceive)}
${mwHeading(mwH[2]!, 11)}
${mwPs(mwManage)}
<ul>${mwLis(mwManageList)}</ul>
${mwHeading(mwH[3]!, 15)}
${mwPs(mwAdmin)}
${mwHeading(mwH[4]!, 17)}
<ul>${mwLis(mwSee.map((t) => `<a href="/wiki/${t}" title="${t}">${t}</a>`))}</ul>
<table class="navbox" role="navigation"><tbody><tr><th class="navbox-title" colspan="2">MediaWiki help</th></tr><tr><td class="navbox-list">
<ul>${mwNav.map((t) => `<li><a href="/wiki/Help:${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul></td></tr></tbody></table>
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-6c8f Cached time: 20251014091233 CPU time usage: 0.112 seconds -->
</div><noscript><img src="https://www.mediawiki.example/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://www.mediawiki.example/w/index.php?title=Help:Page_reminders&amp;oldid=7012345"
>https://www.mediawiki.example/w/index.php?title=Help:Page_reminders&amp;oldid=7012345</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Category</a>: <ul><li><a href="/wiki/Category:Help" title="Category:Help">Help</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
14 October 2025, at 09:12.</li><li id="footer-info-copyright">Text is available under the <a href="https://creativecommons.example/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike License</a>; additional terms may apply. See <a href="https://foundation.wikimedia.example/wiki/Terms_of_Use">Terms of Use</a>
for details.</li></ul><ul id="footer-places">${links(mwFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li><a
href="https://www.wikimedia.example/"><img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation"></a></li><li><a
href="https://www.mediawiki.example/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li>
</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-6c8f","wgBackendResponseTime":187});});</script>
</body></html>`;

export const mediawikiHelp: TestPage = {
  name: 'heldout86-mediawiki-org-help-wiki',
  kind: 'wiki',
  // the "Other languages:" bar and the public-domain notice are furniture; the "See also" list is part of the page (body);
  // the "[edit]" links, the caption and the navbox are furniture; the Contents entries repeat the headings and are left out;
  // "last edited on" is a byline
  html: mwHtml,
  title: mwTitle,
  headings: mwH,
  body: texts([...mwIntro, ...mwSet, ...mwSteps, ...mwSet2, ...mwReceive, ...mwManage, ...mwManageList, ...mwAdmin, ...mwSee]),
  bylines: ['This page was last edited on 14 October 2025, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...mwMainMenu.map((t) => t.replace('&amp;', '&')), 'MediaWiki', 'Search',
      'Donate', 'Create account', 'Log in', 'Contents', '(Top)', '9 languages', 'Help page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools',
      'Actions', 'General', ...mwTools, ...mwPrint, 'In other projects', 'Wikidata item', 'Appearance', ...mwAppearance, 'Help', 'From mediawiki.org',
      'Other languages:', ...mwLangs, mwPd, 'edit', mwCaption, 'MediaWiki help', ...mwNav.filter((t) => t !== 'Page reminders'), 'Retrieved from',
      'Category', mwFootInfo, ...mwFoot,
    ]),
  ],
};
