import { links, type TestPage, texts } from './page-kit.js';
import { rationalWiki } from './pages-heldout58-c2.js';

/**
 * Held-out batch 58, file c: a game page on PCGamingWiki (the site header with logo, search and login, the left rail with the
 * Patreon box, the ad slots, Page/Discussion and Read/Edit/View history tabs, the infobox with cover, developers, engine,
 * release dates, reception scores, taxonomy and links, the "Key points" box, "General information" links, the Availability
 * table with its notes, "Essential improvements" with a fixbox and its instructions, the game-data, video, input, audio,
 * localization, API, middleware and system-requirements tables, "Issues fixed" with prose and fixboxes, footnotes,
 * references, categories and the footer).
 */
const pgTitle = 'Hollowmere';
const ed = (n: number, t: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Hollowmere&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const hx = (lv: number, n: number, t: string): string =>
  `<h${lv}><span class="mw-headline" id="${t.replace(/ /g, '_').replace(/[()]/g, '')}">${t}</span>${ed(n, t)}</h${lv}>`;
/** A settings-table row: feature, state icon and note, as PCGamingWiki's video, input and audio tables draw them. */
const row = (f: string, st: string, note = ''): string =>
  `<tr class="template-infotable-body table-settings-body-row"><th scope="row" class="table-settings-body-parameter">${f}</th>` +
  `<td class="table-settings-body-rating"><div title="${st}" class="svg-icon svg-16 ${st}"></div></td><td class="table-settings-body-notes">${note}</td></tr>`;
const fixbox = (title: string, steps: readonly string[], notes: readonly string[] = []): string =>
  `<div class="container-pcgwikitable fixbox"><div class="fixbox-title">${title}</div><div class="fixbox-body"><ol>${steps
    .map(
      (s) => `<li>\
${s}</li>`,
    )
    .join('')}` + `</ol>${notes.length > 0 ? `<p><b>Notes</b></p><ul>${notes.map((s) => `<li>${s}</li>`).join('')}</ul>` : ''}</div></div>`;
const pgKey = [
  'Native ultra-widescreen support with Hor+ scaling.',
  'Frame rate is uncapped, but the physics of water and cloth run at 60 FPS and stutter above 120 FPS (see Stuttering on high refresh rate monitors).',
  'Keyboard keys cannot be rebound in the 1.0 release; rebinding arrived in patch 1.2.',
];
const pgH = ['Availability', 'Essential improvements', 'Skip intro videos', 'Game data', 'Configuration file(s) location', 'Save game data location'] as const;
const pgH2 = ['Video', 'Field of view (FOV)', 'Input', 'Audio', 'Localizations', 'Issues fixed', 'Stuttering on high refresh rate monitors'] as const;
const pgH3 = ['Game does not start on laptops with two GPUs', 'Other information', 'API', 'Middleware', 'System requirements'] as const;
const pgAvail = [
  'The Deluxe Edition adds the digital art book and the soundtrack.',
  'All versions are DRM-free except the Steam version, which requires Steam.',
];
const pgSkipT = 'Delete or rename the intro videos';
const pgSkip = [
  'Go to <code>&lt;path-to-game&gt;\\Hollowmere_Data\\StreamingAssets\\Video\\</code>.',
  'Delete or rename <code>quillstone_logo.mp4</code> and <code>engine_splash.mp4</code>.',
];
const pgSkipN = ['Game updates on Steam and GOG Galaxy restore the files; repeat the steps after each patch.'];
const pgFovT = 'Use the Hollowmere FOV Adjuster';
const pgFov = [
  'Download the latest release of the FOV Adjuster from its GitHub page.',
  'Extract it into the game folder and run the game once to create its config file.',
];
const pgFovN = ['The default horizontal field of view is 74° at 16:9; the adjuster allows values up to 110°.'];
const pgStutter = [
  'On displays refreshing at 144 Hz or faster, the game stutters whenever water or cloth is on screen. The cause is that these simulations update ' +
    'at a fixed 60 Hz while the camera follows the uncapped frame rate, so moving water appears to jump every few frames.',
  'Quillstone Interactive has acknowledged the problem but has not announced a fix.',
];
const pgStutterT = 'Cap the frame rate at 120 FPS';
const pgStutterS = [
  'Open <code>settings.ini</code> in the configuration folder.',
  'Set <code>TargetFrameRate=120</code> and <code>VSync=0</code>, then save the file.',
  'Alternatively, set a 120 FPS limit for the game in the NVIDIA App, AMD Software or RivaTuner Statistics Server.',
];
const pgGpu = [
  'On some laptops with both integrated and dedicated graphics the game closes without an error message during the first loading screen, because it ' +
    'starts on the integrated GPU, which lacks support for the compute shaders it needs.',
];
const pgGpuT = 'Force the game to use the dedicated GPU';
const pgGpuS = [
  'Open Windows Settings and go to System, Display, Graphics.',
  'Add <code>Hollowmere.exe</code> to the list of apps and set it to <i>High performance</i>.',
];
const pgInfo = ['Quillstone Interactive Discord', 'Steam Community Discussions', 'Official website'];
const pgNotes = [
  'File/folder structure within this directory reflects the path(s) listed for Windows and/or Steam game data.',
  'When running this game without elevated privileges, writes to the game folder are redirected to a virtual store.',
];
const pgRefs = [
  'Verified by User:Brackenfold on 2025-09-14',
  'Hollowmere 1.2 patch notes – Steam News – last accessed on 2026-01-20',
  'Stutter above 120 fps? :: Hollowmere General Discussions – last accessed on 2026-01-20',
];
const pgCats = ['Windows', 'macOS', 'Games', 'Invalid template usage (Infobox game)', 'Pages needing references'];
const pgNav = ['Home', 'Recent changes', 'Random page', 'Editing guide', 'Discord', 'Forums', 'Help'];
const pgTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Browse properties'];
const pgFoot = ['Privacy policy', 'About PCGamingWiki', 'Disclaimers', 'Ad settings'];
const pgHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${pgTitle} - PCGamingWiki PCGW - bugs, fixes, crashes, mods, guides and \
improvements for every PC game</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgPageName":"Hollowmere","wgTitle":"Hollowmere",\
"wgCurRevisionId":1422871,"wgArticleId":191204,"wgIsArticle":true,"wgAction":"view","wgCategories":["Windows","macOS","Games"],\
"wgPageContentModel":"wikitext"};</script>
<script async src="https://s.nitropay.com/ads-731.js" data-cfasync="false"></script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.smw.styles%7Cskins.pcgwiki.styles&amp;only=styles&amp;skin=pcgwiki"><meta name="generator" \
content="MediaWiki 1.39.13">
<meta property="og:image" content="https://thumbnails.pcgamingwiki.com/3/37/Hollowmere_cover.jpg/300px-Hollowmere_cover.jpg"><meta name="description" \
content="Hollowmere is a singleplayer third-person action, adventure and metroidvania game."></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Hollowmere rootpage-Hollowmere skin-pcgwiki action-view">
<header id="pcgw-header"><a id="pcgw-logo" href="/wiki/Home"><img src="/images/pcgw-logo.svg" alt="PCGamingWiki"></a><form id="pcgw-search" \
action="/w/index.php"><input type="search" name="search" placeholder="Search PCGamingWiki" id="searchInput"><button type="submit" aria-label="Search">\
Search</button></form>
<nav id="pcgw-personal"><ul><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Hollowmere">Create account</a></li><li \
id="pt-login"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Hollowmere">Log in</a></li></ul></nav></header>
<div id="pcgw-sidebar"><nav class="sidebar-portal" id="p-navigation"><h3>Navigation</h3><ul>${links(pgNav)}</ul></nav><nav class="sidebar-portal" id="p-tb">\
<h3>Tools</h3><ul>${links(pgTools)}</ul></nav>
<div class="sidebar-patreon"><p>PCGamingWiki is supported by our readers. Remove ads by becoming a patron.</p><a class="button" \
href="https://www.patreon.com/pcgamingwiki">Support us on Patreon</a></div></div>
<div id="pcgw-ad-top" class="pcgw-ad-slot" data-ad-slot="leaderboard"><div id="nitropay-pcgw-top"></div></div>
<div id="content" class="mw-body" role="main"><div id="p-cactions-tabs"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Hollowmere">Page</a></li>\
<li id="ca-talk" class="new"><a href="/w/index.php?title=Talk:Hollowmere&amp;action=edit&amp;redlink=1">Discussion</a></li><li id="ca-view" class="selected">\
<a href="/wiki/Hollowmere">Read</a></li><li id="ca-edit"><a href="/w/index.php?title=Hollowmere&amp;action=edit">Edit</a></li><li id="ca-history"><a \
href="/w/index.php?title=Hollowmere&amp;action=history">View history</a></li></ul></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${pgTitle}</span></h1><div id="bodyContent" class="vector-body">\
<div id="siteSub">From PCGamingWiki, the wiki about fixing PC games</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<div id="infobox-game" class="template-infobox" style="width: 240px;"><div class="template-infobox-title">${pgTitle}</div><div class="template-infobox-cover">\
<a href="/wiki/File:Hollowmere_cover.jpg" class="image"><img alt="Hollowmere cover" \
src="https://thumbnails.pcgamingwiki.com/3/37/Hollowmere_cover.jpg/300px-Hollowmere_cover.jpg" decoding="async" width="240" height="112"></a></div>
<table class="template-infobox-table"><tbody><tr><th colspan="2" class="template-infobox-header">Developers</th></tr><tr><td class="template-infobox-type">\
</td><td class="template-infobox-info"><a href="/wiki/Company:Quillstone_Interactive">Quillstone Interactive</a></td></tr><tr><th colspan="2" \
class="template-infobox-header">Engines</th></tr><tr><td class="template-infobox-type"></td><td class="template-infobox-info"><a href="/wiki/Engine:Unity">\
Unity 2022</a></td></tr>
<tr><th colspan="2" class="template-infobox-header">Release dates</th></tr><tr><td class="template-infobox-type">Windows</td><td class="template-infobox-info">\
September 12, 2025</td></tr><tr><td class="template-infobox-type">macOS (OS X)</td><td class="template-infobox-info">September 12, 2025</td></tr>
<tr><th colspan="2" class="template-infobox-header">Reception</th></tr><tr><td class="template-infobox-type">Metacritic</td><td class="template-infobox-info">\
84</td></tr><tr><td class="template-infobox-type">OpenCritic</td><td class="template-infobox-info">82</td></tr><tr><td class="template-infobox-type">IGDB</td>\
<td class="template-infobox-info">80</td></tr>
<tr><th colspan="2" class="template-infobox-header">Taxonomy</th></tr><tr><td class="template-infobox-type">Monetization</td><td class="template-infobox-info">\
One-time game purchase</td></tr><tr><td class="template-infobox-type">Modes</td><td class="template-infobox-info">Singleplayer</td></tr><tr><td \
class="template-infobox-type">Genres</td><td class="template-infobox-info">Action, Adventure, Metroidvania</td></tr><tr><td class="template-infobox-type">Art \
styles</td><td class="template-infobox-info">Pixel art</td></tr>
<tr><th colspan="2" class="template-infobox-header">Hollowmere on</th></tr><tr><td colspan="2" class="template-infobox-icons"><a \
href="https://steamdb.info/app/2871130/">SteamDB</a> <a href="https://www.gogdb.org/product/1425816113">GOG Database</a> <a \
href="https://www.protondb.com/app/2871130">ProtonDB</a></td></tr></tbody></table></div>
<div id="key-points" class="container-pcgwikitable"><h3 class="key-points-title">Key points</h3><ul>${pgKey
  .map(
    (t) => `<li><div class="svg-icon svg-16 \
${t.startsWith('Keyboard') ? 'minus' : 'plus'}"></div>${t}</li>`,
  )
  .join('')}</ul></div>
<h3 class="general-information-title">General information</h3><ul>${pgInfo
  .map(
    (t) => `<li><span class="svg-icon svg-16 link"></span><a class="external text" \
href="https://example.org/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul>
${hx(2, 1, pgH[0])}<div class="container-pcgwikitable"><table class="pcgwikitable" id="table-availability"><tbody><tr class="template-infotable-head"><th>\
Source</th><th>DRM</th><th>Notes</th><th>Keys</th><th>OS</th></tr><tr><td>Retail</td><td></td><td>Deluxe Edition only.</td><td></td><td>Windows</td></tr><tr>\
<td>GOG.com</td><td>DRM-free</td><td>Deluxe Edition also available.</td><td></td><td>Windows, macOS</td></tr><tr><td>Steam</td><td>Steam</td><td>Deluxe \
Edition also available.</td><td>Key</td><td>Windows, macOS</td></tr></tbody></table></div>
<ul>${pgAvail.map((t) => `<li><span class="svg-icon svg-16 info"></span>${t}</li>`).join('')}</ul>
<div id="pcgw-ad-incontent" class="pcgw-ad-slot" data-ad-slot="incontent"><div id="nitropay-pcgw-incontent"></div></div>
${hx(2, 2, pgH[1])}${hx(3, 3, pgH[2])}${fixbox(pgSkipT, pgSkip, pgSkipN)}
${hx(2, 4, pgH[3])}${hx(3, 5, pgH[4])}<table class="pcgwikitable" id="table-gamedata-config"><tbody><tr><th>System</th><th>Location</th></tr><tr><td>\
Windows</td><td><code>%USERPROFILE%\\AppData\\LocalLow\\Quillstone\\Hollowmere\\settings.ini</code></td></tr><tr><td>macOS (OS X)</td><td><code>\
~/Library/Application Support/com.quillstone.hollowmere/</code></td></tr></tbody></table><ul><li><span class="svg-icon svg-16 info"></span>${pgNotes[0]}</li>\
</ul>
${hx(3, 6, pgH[5])}<table class="pcgwikitable" id="table-gamedata-saves"><tbody><tr><th>System</th><th>Location</th></tr><tr><td>Windows</td><td><code>\
%USERPROFILE%\\AppData\\LocalLow\\Quillstone\\Hollowmere\\Saves\\</code></td></tr><tr><td>Steam Play (Linux)</td><td><code>&lt;SteamLibrary-folder&gt;\
/steamapps/compatdata/2871130/pfx/</code></td></tr></tbody></table>
${hx(2, 7, pgH2[0])}<table class="pcgwikitable table-settings"><tbody>\
${row('Widescreen resolution', 'true')}\
${row('Multi-monitor', 'false')}\
${row('Ultra-widescreen', 'true', 'Hor+ up to 32:9.')}\
${row('Field of view (FOV)', 'hackable', 'See Field of view (FOV).')}\
${row('Frame rate (FPS)', 'true', 'Uncapped. Stutters above 120 FPS.')}\
${row('HDR', 'false')}</tbody></table>
${hx(3, 8, pgH2[1])}${fixbox(pgFovT, pgFov, pgFovN)}
${hx(2, 9, pgH2[2])}<table class="pcgwikitable table-settings"><tbody>\
${row('Remapping', 'true', 'Since patch 1.2.')}\
${row('Mouse acceleration', 'false')}\
${row('Controller support', 'true')}\
${row('PlayStation button prompts', 'true')}</tbody></table>
${hx(2, 10, pgH2[3])}<table class="pcgwikitable table-settings"><tbody>\
${row('Separate volume controls', 'true', 'Master, Music, Effects, Voice.')}\
${row('Surround sound', 'false')}\
${row('Subtitles', 'n/a', 'No spoken dialogue.')}</tbody></table>
${hx(2, 11, pgH2[4])}<table class="pcgwikitable" id="table-l10n"><tbody><tr><th>Language</th><th>UI</th><th>Audio</th><th>Sub</th><th>Notes</th></tr><tr><td>\
English</td><td>✓</td><td></td><td></td><td></td></tr><tr><td>French</td><td>✓</td><td></td><td></td><td></td></tr><tr><td>Brazilian Portuguese</td><td>✓</td>\
<td></td><td></td><td>Fan translation, download.</td></tr></tbody></table>
${hx(2, 12, pgH2[5])}${hx(3, 13, pgH2[6])}${pgStutter.map((p) => `<p>${p}\n</p>`).join('')}${fixbox(pgStutterT, pgStutterS)}
${hx(3, 14, pgH3[0])}${pgGpu.map((p) => `<p>${p}\n</p>`).join('')}${fixbox(pgGpuT, pgGpuS)}
${hx(2, 15, pgH3[1])}${hx(3, 16, pgH3[2])}<table class="pcgwikitable"><tbody><tr><th>Technical specs</th><th>Supported</th><th>Notes</th></tr><tr><td>\
Direct3D</td><td>11, 12</td><td></td></tr><tr><td>Metal support</td><td>✓</td><td></td></tr><tr><td>Executable</td><td>64-bit</td><td></td></tr></tbody></table>
${hx(3, 17, pgH3[3])}<table class="pcgwikitable"><tbody><tr><th></th><th>Middleware</th><th>Notes</th></tr><tr><td>Audio</td><td>FMOD</td><td></td></tr><tr>\
<td>Input</td><td>Rewired</td><td></td></tr></tbody></table>
${hx(2, 18, pgH3[4])}<div class="sysreq"><div class="sysreq_Windows"><table class="pcgwikitable"><tbody><tr><th>Windows</th><th>Minimum</th><th>\
Recommended</th></tr><tr><td>Operating system (OS)</td><td>10</td><td>11</td></tr><tr><td>Processor (CPU)</td><td>Intel Core i5-4460</td><td>Intel Core \
i5-8400</td></tr><tr><td>System memory (RAM)</td><td>8 GB</td><td>16 GB</td></tr><tr><td>Video card (GPU)</td><td>NVIDIA GeForce GTX 960</td><td>NVIDIA \
GeForce GTX 1660</td></tr></tbody></table></div></div>
<h2><span class="mw-headline" id="Notes">Notes</span></h2><div class="mw-references-wrap"><ol class="references">${pgNotes
  .map(
    (n, i) => `<li \
id="cite_note-note-${i}"><span class="mw-cite-backlink"><a href="#cite_ref-note_${i}">↑</a></span> <span class="reference-text">${n}</span>\
</li>`,
  )
  .join('')}</ol></div>
<h2><span class="mw-headline" id="References">References</span></h2><div class="mw-references-wrap"><ol class="references">${pgRefs
  .map(
    (n, i) => `<li \
id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${n}</span></li>`,
  )
  .join('')}</ol>\
</div>
</div><div class="printfooter">Retrieved from "<a dir="ltr" href="https://www.pcgamingwiki.com/w/index.php?title=Hollowmere&amp;oldid=1422871">\
https://www.pcgamingwiki.com/w/index.php?title=Hollowmere&amp;oldid=1422871</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" \
title="Special:Categories">Categories</a>: <ul>${links(pgCats.slice(0, 3))}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks \
mw-hidden-cats-hidden">Hidden categories: <ul>${links(pgCats.slice(3))}</ul></div></div></div></div>
<div id="pcgw-ad-bottom" class="pcgw-ad-slot" data-ad-slot="footer"><div id="nitropay-pcgw-bottom"></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 20 January 2026, at \
18:02.</li><li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-nc-sa/3.0/">Creative \
Commons Attribution Non-Commercial Share Alike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(pgFoot)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img \
src="/w/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li><li><a \
href="https://www.semantic-mediawiki.org/wiki/Semantic_MediaWiki"><img src="/w/extensions/SemanticMediaWiki/res/smw/logo_footer.png" alt="Powered by Semantic \
MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>window.nitroAds=window.nitroAds||{createAd:function(){return new Promise(function(e){window.nitroAds.queue.push(["createAd",arguments,e])})},queue:[]};\
window.nitroAds.createAd("nitropay-pcgw-top",{"refreshTime":30,"renderVisibleOnly":false,"sizes":[["728","90"],["970","90"]],"report":{"enabled":true,\
"icon":true,"wording":"Report Ad","position":"top-right"}});</script>
</body></html>`;
const pcGamingWiki: TestPage = {
  html: pgHtml,
  name: 'heldout58-pcgamingwiki',
  kind: 'wiki',
  // body: the "Key points" items, the availability notes, the fixbox titles with their steps and notes (the article's
  // instructions, inline code and all), and the "Issues fixed" paragraphs; the headings are every h2/h3 section of the article,
  // table-only ones included ("Key points" and "General information" are h3s of templates: "Key points" heads body and is
  // kept, "General information" heads a link list: furniture with its links); the infobox and all tables (availability,
  // game data, settings, localizations, API, middleware, requirements) are article data in tables: in neither list, and the
  // game-data note under a table is the same text as Notes' first item (there: furniture); "Notes" and "References" with
  // their items, the tagline, menus, Patreon box, categories and footer are furniture; the "last edited" line is the byline;
  // the "Page" tab and the "Windows" category are words of the body: left out
  title: pgTitle,
  headings: ['Key points', ...pgH, ...pgH2, ...pgH3],
  body: [
    ...pgKey,
    ...pgAvail,
    pgSkipT,
    ...texts(pgSkip),
    ...pgSkipN,
    pgFovT,
    ...pgFov,
    ...pgFovN,
    ...texts(pgStutter),
    pgStutterT,
    ...texts(pgStutterS),
    ...texts(pgGpu),
    pgGpuT,
    ...texts(pgGpuS),
  ],
  bylines: ['This page was last edited on 20 January 2026, at 18:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PCGamingWiki', 'Create account', 'Log in', 'Navigation', ...pgNav, 'Tools', ...pgTools,
    'PCGamingWiki is supported by our readers. Remove ads by becoming a patron.', 'Support us on Patreon', 'Discussion', 'Read', 'Edit', 'View history',
    'From PCGamingWiki, the wiki about fixing PC games', 'General information', ...pgInfo, 'edit', 'Notes', ...pgNotes, 'References', ...pgRefs,
    'Retrieved from', 'Categories', ...pgCats.slice(1), 'Hidden categories',
    'Content is available under Creative Commons Attribution Non-Commercial Share Alike unless otherwise noted.', ...pgFoot,
  ],
};

export const HELDOUT58_C: readonly TestPage[] = [pcGamingWiki, rationalWiki];
