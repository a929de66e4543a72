import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 68, file e2: an ArchWiki-style technical page on MediaWiki's Vector 2022 skin (the distribution's navbar
 * above the wiki, "Jump to content", the main menu dropdown with its pinnable header, logo wordmark, search, user links, the
 * sidebar "Contents" with "(Top)" and numbered entries, the title bar with the language button, the page toolbar with its
 * namespace, view and tools menus, "From ArchWiki", the floating "Related articles" box, package links with AUR marks,
 * mw-heading wrappers with [edit] links, note / tip boxes, an expansion box, file and command blocks in pre, inline code and
 * kbd, "See also", the printfooter, categories, "last edited" and licence lines, footer places and the width toggle).
 */
const awTitle = 'Lumend';
const awLead =
  '<a href="https://gitlab.example/lumend/lumend">lumend</a> is a small daemon that adjusts the screen backlight according to ' +
  "ambient light, time of day and power source. It reads illuminance from an ambient light sensor through the kernel's IIO " +
  'interface and writes brightness values to <code>/sys/class/backlight</code>, so it works without a running desktop environment.';
type Block = { h?: [number, string]; p?: string; note?: [string, string]; code?: string; expansion?: boolean };
const aur = (p: string): string => `<a href="https://aur.archlinux.example/packages/${p}" class="external text">${p}</a><sup><small>AUR</small></sup>`;
const pkg = (p: string): string => `<a href="https://archlinux.example/packages/?name=${p}" class="external text">${p}</a>`;
const awBlocks: Block[] = [
  { h: [2, 'Installation'] },
  { p: `<a href="/title/Install" class="mw-redirect">Install</a> the ${pkg('lumend')} package. For the development version, install ${aur('lumend-git')}.` },
  {
    p:
      'Then <a href="/title/Enable">enable</a> and <a href="/title/Start">start</a> <code>lumend.service</code>. The daemon runs as ' +
      'root and drops its privileges after opening the backlight device.',
  },
  { h: [2, 'Configuration'] },
  {
    p:
      'The configuration file is <code>/etc/lumend.conf</code>. A commented example is installed to ' +
      '<code>/usr/share/lumend/lumend.conf.example</code>; copy it and change the values you need.',
  },
  {
    code: `<b>/etc/lumend.conf</b>
[general]
sensor = auto
curve = 0:10 50:35 300:60 1000:100
min_brightness = 5
smooth = true
manual_hold = 300`,
  },
  {
    p: 'The <code>curve</code> option maps sensor readings in lux to brightness percentages. Values between the listed points are ' + 'interpolated linearly.',
  },
  {
    note: [
      'Note:',
      'Brightness is never set below <code>min_brightness</code>, even in complete darkness. Some panels turn off entirely at 0%, ' +
        'which can look like a crash.',
    ],
  },
  { h: [3, 'Per-power-source profiles'] },
  {
    p:
      'Sections named <code>[ac]</code> and <code>[battery]</code> override the general settings when the machine is on mains power ' +
      'or on battery. A common setup keeps the same curve but lowers <code>max_brightness</code> on battery to save power.',
  },
  { h: [2, 'Usage'] },
  { p: 'The <code>lumenctl</code> command talks to the running daemon:' },
  { code: '$ lumenctl status\n$ lumenctl set 40%\n$ lumenctl pause 10m' },
  {
    p:
      'A manual change made with <code>lumenctl</code> or the brightness keys (often <kbd>Fn+F5</kbd> and <kbd>Fn+F6</kbd>) pauses ' +
      'automatic adjustment for the number of seconds set by <code>manual_hold</code> (300 by default).',
  },
  {
    note: [
      'Tip:',
      "To bind the brightness keys to <code>lumenctl</code> instead of your desktop's own handler, see " +
        '<a href="/title/Keyboard_shortcuts">Keyboard shortcuts</a>.',
    ],
  },
  { h: [2, 'Troubleshooting'] },
  { expansion: true },
  { h: [3, 'Sensor not detected'] },
  {
    p:
      'If <code>lumenctl status</code> reports no sensor, check that the IIO driver for your sensor is loaded and that a device ' +
      'appears under <code>/sys/bus/iio/devices</code>. On some laptops the sensor is only exposed after a firmware update.',
  },
  { h: [3, 'Brightness jumps in steps'] },
  {
    p:
      'Panels with few hardware brightness levels, often 16 or fewer, cannot change smoothly. Set <code>smooth = false</code> to ' +
      'avoid visible flicker while the daemon steps through intermediate values.',
  },
];
const awExpansion = 'This article or section needs expansion.';
const awReason = 'Reason: Document the D-Bus interface used by desktop applets. (Discuss in Talk:Lumend)';
const awSeeAlso = ['Backlight', 'Power management', 'Upstream repository'];
const awRelated = ['Backlight', 'Laptop', 'Power management'];
const awArch = ['Home', 'Packages', 'Forums', 'Wiki', 'GitLab', 'Security', 'AUR', 'Download'];
const awMenu: [string, string[]][] = [
  ['Navigation', ['Main page', 'Table of contents', 'Getting involved', 'Wiki news', 'Random page']],
  ['Interaction', ['Help', 'Contributing', 'Recent changes', 'Recent talks', 'New pages', 'Statistics', 'Requests']],
];
const awTools: [string, string[]][] = [
  ['Actions', ['Read', 'View source', 'View history']],
  ['General', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const awPlaces = ['Privacy policy', 'About ArchWiki', 'Disclaimers', 'Code of conduct', 'Terms of service', 'Mobile view'];
const heads = awBlocks.flatMap((b) => (b.h ? [b.h] : []));
const awHd = ([lvl, t]: [number, string], n: number): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${t.replace(/ /g, '_')}">${t}</h${lvl}><span class="mw-editsection"><span ` +
  `class="mw-editsection-bracket">[</span><a href="/index.php?title=Lumend&amp;action=edit&amp;section=${n}" title="Edit section: ${t}"><span>edit</span>` +
  `</a><span class="mw-editsection-bracket">]</span></span></div>`;
const awBlock = (b: Block): string => {
  if (b.h) return awHd(b.h, heads.indexOf(b.h) + 1);
  if (b.p) return `<p>${b.p}\n</p>`;
  if (b.note)
    return `<div class="archwiki-template-box archwiki-template-box-${b.note[0] === 'Tip:' ? 'tip' : 'note'}"><strong>${b.note[0]}</strong> ${b.note[1]}</div>`;
  if (b.code) return `<pre>${b.code}\n</pre>`;
  return `<div class="archwiki-template-box archwiki-template-box-expansion"><strong><a href="/title/ArchWiki:Contributing">${awExpansion}</a></strong><div>
<b>Reason:</b> Document the D-Bus interface used by desktop applets. (Discuss in <a href="/title/Talk:Lumend">Talk:Lumend</a>)</div></div>`;
};
const pinHeader = (label: string, tag = 'div'): string =>
  `<div class="vector-pinnable-header"><${tag} class="vector-pinnable-header-label">${label}</${tag}><button class="vector-pinnable-header-toggle-button ` +
  `vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide` +
  `</button></div>`;
const portlet = ([h, items]: [string, string[]]): string =>
  `<div class="vector-menu mw-portlet"><div class="vector-menu-heading">${h}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">` +
  `${items.map((t) => `<li class="mw-list-item"><a href="/title/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('')}</ul></div></div>`;
let tocN = 0;
let tocSub = 0;
const tocNumb = (lvl: number): string => {
  if (lvl === 2) {
    tocN++;
    tocSub = 0;
    return String(tocN);
  }
  tocSub++;
  return `${tocN}.${tocSub}`;
};
const tocHtml = heads
  .map(
    ([lvl, t]) =>
      `<li class="vector-toc-list-item vector-toc-level-${lvl - 1}"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text">` +
      `<span class="vector-toc-numb">${tocNumb(lvl)}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n');
const awHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${awTitle} - ArchWiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":"Lumend",
"wgTitle":"Lumend","wgCurRevisionId":815022,"wgRevisionId":815022,"wgIsArticle":true,"wgCategories":["Laptops","Backlight"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.archLinux.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Lumend rootpage-Lumend skin-vector-2022
action-view">
<div id="archnavbar" class="noprint"><div id="archnavbarlogo"><p><a id="logo" href="https://archlinux.example/"></a></p></div><div id="archnavbarmenu">
<ul id="archnavbarlist">${links(awArch)}</ul></div></div>
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pinHeader('Main menu')}
${awMenu.map(portlet).join('\n')}</div></div></div></nav><a href="/title/Main_page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong
class="mw-logo-wordmark">ArchWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue">
<a href="/title/Special:Search" class="cdx-button cdx-button--icon-only search-toggle" title="Search ArchWiki [f]"><span>Search</span></a><form
action="/index.php"
id="searchform" class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search ArchWiki"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element">${pinHeader('Contents', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${tocHtml}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#See_also"><div class="vector-toc-text"><span
class="vector-toc-numb">5</span>
<span>See also</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${awTitle}</span></h1><div id="p-lang-btn" class="vector-dropdown mw-portlet-lang">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">2 languages</span></label><div class="vector-dropdown-content"><ul><li><a
lang="es" hreflang="es">Español</a></li><li><a lang="ja" hreflang="ja">日本語</a></li></ul></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main"
class="selected"><a href="/title/Lumend"><span>Page</span></a></li><li id="ca-talk"><a href="/title/Talk:Lumend"
rel="discussion"><span>Discussion</span></a></li>
</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul><li id="ca-view" class="selected"><a><span>Read</span></a></li><li id="ca-viewsource">
<a><span>View source</span></a></li><li id="ca-history"><a><span>View history</span></a></li></ul></nav><nav class="vector-page-tools-landmark"><div
id="vector-page-tools-dropdown" class="vector-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">${pinHeader('Tools')}
${awTools.map(portlet).join('\n')}</div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub" class="noprint">From
ArchWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="archwiki-template-meta-related-articles-start"></div><div style="float:right; clear:right; width:25%; margin:0 0 0.5em 0.5em"
class="noprint archwiki-template-box archwiki-template-box-related"><p><strong>Related articles</strong></p><ul>${links(awRelated)}</ul></div>
<p>${awLead}\n</p>
${awBlocks.map(awBlock).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Lumend&amp;action=edit&amp;section=9"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<ul>${links(awSeeAlso)}</ul></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.archlinux.example/index.php?title=Lumend&amp;oldid=815022">
https://wiki.archlinux.example/index.php?title=Lumend&amp;oldid=815022</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/title/Special:Categories">Categories</a>:
<ul><li><a href="/title/Category:Laptops">Laptops</a></li><li><a href="/title/Category:Backlight">Backlight</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 October
2025, at 14:22.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://www.gnu.org/copyleft/fdl.html">GNU
Free Documentation License 1.3 or later</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(awPlaces)}</ul></footer></div></div></div>
<div class="vector-settings" id="p-dock-bottom"><ul><li><button class="cdx-button cdx-button--icon-only vector-limited-width-toggle" aria-label="Toggle
limited content width"></button></li></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
export const archwikiPage: TestPage = {
  html: awHtml,
  name: 'heldout68-archwiki-style',
  kind: 'wiki',
  // the lead and the section paragraphs are body (package links keep their "AUR" mark, as the plain text reads); the note and
  // tip texts are body, their "Note:" and "Tip:" labels in neither; the config and command blocks are in neither; the h2 / h3
  // heads are the headings except "See also", which with its list is furniture; the expansion box is a maintenance notice:
  // furniture; "This page was last edited on ..." is the page's date line: byline; the distribution navbar, jump link, main
  // menu, logo, search, user links, the "Contents" sidebar ("(Top)", pin buttons; its entries repeat the headings: left out),
  // language button, toolbar and tools menus, "From ArchWiki", the related-articles box, the [edit] links, printfooter,
  // categories, licence and footer places are furniture; body words left out: "Backlight" (related box, see also, category),
  // the navbar's "AUR", the tools menu's "General" and the category "Laptops"
  title: awTitle,
  headings: heads.map(([, t]) => t),
  body: texts([awLead, ...awBlocks.flatMap((b) => (b.p ? [b.p] : b.note ? [b.note[1]] : []))]),
  bylines: ['This page was last edited on 3 October 2025, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...awArch.filter((t) => t !== 'AUR'), 'Jump to content', 'Main menu', 'move to sidebar', 'hide', ...awMenu.flatMap(([h, items]) => [h, ...items]),
    'ArchWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', '2 languages', 'Español', '日本語', 'Page', 'Discussion', 'View source',
    'View history', 'Tools', 'Actions', 'Read', ...(awTools[1]?.[1] ?? []), 'From ArchWiki', 'Related articles', 'Laptop', 'Power management', 'edit',
    awExpansion, awReason, 'See also', 'Upstream repository', 'Retrieved from',
    'https://wiki.archlinux.example/index.php?title=Lumend&oldid=815022', 'Categories',
    'Content is available under GNU Free Documentation License 1.3 or later unless otherwise noted.', ...awPlaces,
  ],
};
