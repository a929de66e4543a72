import { links, ps, type TestPage, texts } from './page-kit.js';
import { osm } from './pages-heldout267-f2.js';
import { j } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file f: a PCGamingWiki-style game page, a data page whose text is mostly in tables (the top bar with
 * Discord / Donate, the game infobox with developers, engines, release dates and reception, the "Key points" list, the
 * availability table, settings tables with tick/cross state icons and notes, the save-game location table, system
 * requirements, ad slots, categories and footer); and, from file f2, an OpenStreetMap Wiki-style key page.
 */
const gTitle = 'Lanternfall';
const gIntro = [
  j(
    '<i>Lanternfall</i> is a solo exploration game in which the player guides a lamplighter through a drowned city,',
    'relighting its beacons before the tide returns. It was released for PC in 2024.',
  ),
];
const gKey = [
  'Native support for ultra-widescreen resolutions and uncapped frame rate.',
  'Controller support is excellent, with full remapping and on-screen prompts for several pad types.',
  'The PC version stutters on first load of each district while shaders compile.',
];
const gAvail = ['Includes the Tidewater soundtrack.', 'DRM-free after activation.'];
const gEssential = [
  j(
    'Shader stutter can be reduced by letting the title screen sit for about two minutes after each driver update; the game',
    'compiles shaders in the background there. A patch in version 1.0.4 added a progress bar for this step.',
  ),
];
const gSave = ["Saves are kept in the user's Documents folder and synchronised through the store's cloud service."];
const gVideoNotes = [
  'Supports 21:9 and 32:9 without stretching; the map screen is pillarboxed.',
  'Horizontal field of view can be set from 70 to 110 degrees.',
  'Frame rate can be capped at 30, 60, 120 or left uncapped.',
];
const gInputNotes = ['All actions can be remapped on keyboard and controller.', 'Mouse smoothing is forced on in menus only.'];
const gAudioNotes = ['Separate sliders for music, effects, ambience and voice.'];
const gIssues = [
  j(
    'Some players report that the game launches in a window on the wrong monitor. Setting the display index in the config file',
    'to the primary monitor, or moving the window once and restarting, fixes this.',
  ),
];
const gCells = ['Windows 10 64-bit', 'Intel Core i5-6600 or equivalent', '8 GB RAM', '12 GB', 'GeForce GTX 1060 6 GB'];
const gLabels = ['Operating system (OS)', 'Processor (CPU)', 'System memory (RAM)', 'Hard disk drive (HDD)', 'Video card (GPU)'];
const gTop = ['Home', 'Discord', 'Donate', 'Random page', 'Recent changes', 'Help'];
const gFoot = ['Privacy policy', 'About PCGamingWiki', 'Disclaimers', 'Mobile view'];
const row = (prop: string, state: string, note: string): string => `<tr class="template-infotable-body table-settings-body-row">
<th class="table-settings-property">${prop}</th><td class="table-settings-state"><div class="svg-icon tickcross-${state}" title="${state}"></div></td>
<td class="table-settings-notes">${note}</td></tr>`;
const sect = (id: string, h: string): string => `<h2><span class="mw-headline" id="${id}">${h}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const gHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Lanternfall - PCGamingWiki PCGW - bugs, fixes, crashes, mods, guides and
improvements for every PC game</title>
<script>RLCONF={"wgPageName":"Lanternfall","wgTitle":"Lanternfall","wgArticleId":172664,"wgCategories":["Games","Single-player"]};</script>
<meta name="description" content="Lanternfall: fixes, settings, save locations and system requirements.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoGame","name":"Lanternfall","gamePlatform":"PC",
"author":{"@type":"Organization","name":"Pondhead Games"},"datePublished":"2024-10-17"}</script>
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Lanternfall rootpage-Lanternfall skin-pcgw action-view">
<div id="pcgw-header" class="pcgw-header"><a href="/wiki/Home" class="pcgw-logo" title="PCGamingWiki"></a>
<ul class="pcgw-header-links">${links(gTop, 'pcgw-header-link')}</ul>
<form id="searchform" class="pcgw-search"><input type="search" name="search" placeholder="Search PCGamingWiki"></form>
<div class="pcgw-user"><a href="/wiki/Special:UserLogin">Log in</a></div></div>
<div id="content" class="mw-body" role="main"><div id="siteNotice"><div class="pcgw-notice">Try the PCGamingWiki Community Discord!</div></div>
<h1 id="firstHeading" class="firstHeading">${gTitle}</h1>
<div id="bodyContent" class="mw-body-content"><div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
<div class="template-infobox" id="infobox-game"><div class="template-infobox-title">Lanternfall</div>
<div class="template-infobox-cover"><img src="/images/thumb/lanternfall-cover.jpg" width="240" height="360" alt="Lanternfall cover"></div>
<table class="template-infobox-table"><tbody><tr><th colspan="2" class="template-infobox-header">Developers</th></tr>
<tr><td colspan="2" class="template-infobox-info">Pondhead Games</td></tr><tr><th colspan="2" class="template-infobox-header">Engines</th></tr>
<tr><td colspan="2" class="template-infobox-info">Tallow Engine 3</td></tr><tr><th colspan="2" class="template-infobox-header">Release dates</th></tr>
<tr><td class="template-infobox-type">Windows</td><td class="template-infobox-info">October 17, 2024</td></tr>
<tr><th colspan="2" class="template-infobox-header">Reception</th></tr><tr><td class="template-infobox-type">Critic score</td>
<td class="template-infobox-info">84</td></tr></tbody></table></div>
<div id="ad-pcgw-top" class="pcgw-ad"><span class="pcgw-ad-label">Advertisement</span></div>
${ps(gIntro)}
<div class="pcgw-general-information"><ul><li>Official website</li><li>Pondhead Games community forum</li></ul></div>
${sect('Key_points', 'Key points')}
<ul>${gKey.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sect('Availability', 'Availability')}
<table class="wikitable pcgwikitable" id="table-availability"><tbody><tr><th>Source</th><th>DRM</th><th>Notes</th><th>Keys</th><th>OS</th></tr>
<tr><td class="table-availability-body-store">Tidewater Store</td><td>Tidewater</td><td class="table-availability-body-notes">${gAvail[0]}</td><td></td>
<td>Windows</td></tr><tr><td class="table-availability-body-store">Lantern Launcher</td><td>DRM-free</td>
<td class="table-availability-body-notes">${gAvail[1]}</td><td></td><td>Windows</td></tr></tbody></table>
${sect('Essential_improvements', 'Essential improvements')}
<h3><span class="mw-headline" id="Reduce_shader_stutter">Reduce shader stutter</span></h3>
${ps(gEssential)}
${sect('Game_data', 'Game data')}
<h3><span class="mw-headline" id="Save_game_data_location">Save game data location</span></h3>
<table class="wikitable pcgwikitable" id="table-gamedata"><tbody><tr><th>System</th><th>Location</th></tr>
<tr><td>Windows</td><td>%USERPROFILE%\\Documents\\Pondhead\\Lanternfall\\Saves\\</td></tr></tbody></table>
${ps(gSave)}
${sect('Video', 'Video')}
<table class="template-infotable" id="table-settings-video"><tbody>
${row('Widescreen resolution', 'true', gVideoNotes[0] ?? '')}
${row('Field of view (FOV)', 'true', gVideoNotes[1] ?? '')}
${row('High frame rate', 'true', gVideoNotes[2] ?? '')}</tbody></table>
${sect('Input', 'Input')}
<table class="template-infotable" id="table-settings-input"><tbody>
${row('Remapping', 'true', gInputNotes[0] ?? '')}
${row('Mouse acceleration', 'hackable', gInputNotes[1] ?? '')}</tbody></table>
${sect('Audio', 'Audio')}
<table class="template-infotable" id="table-settings-audio"><tbody>${row('Separate volume controls', 'true', gAudioNotes[0] ?? '')}</tbody></table>
<div id="ad-pcgw-mid" class="pcgw-ad"><span class="pcgw-ad-label">Advertisement</span></div>
${sect('Issues_unresolved', 'Issues fixed')}
<h3><span class="mw-headline" id="Wrong_monitor">Game starts on the wrong monitor</span></h3>
${ps(gIssues)}
${sect('System_requirements', 'System requirements')}
<table class="pcgwikitable" id="table-sysreqs-Windows"><tbody><tr><th>Windows</th><th>Minimum</th></tr>
${gCells.map((t, i) => `<tr><td>${gLabels[i]}</td><td>${t}</td></tr>`).join('\n')}
</tbody></table></div></div>
<div id="catlinks" class="catlinks">Categories: <ul><li>Games</li><li>Single-player</li><li>Tallow Engine games</li></ul></div></div></div>
<div id="footer" class="pcgw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 21:40.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution Non-Commercial Share Alike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(gFoot)}</ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":288});});</script></body></html>`;
const pcgw: TestPage = {
  name: 'heldout267-pcgamingwiki-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: [
    'Key points',
    'Availability',
    'Essential improvements',
    'Reduce shader stutter',
    'Game data',
    'Save game data location',
    'Video',
    'Input',
    'Audio',
    'Issues fixed',
    'Game starts on the wrong monitor',
    'System requirements',
  ],
  body: texts([...gIntro, ...gKey, ...gAvail, ...gEssential, ...gSave, ...gVideoNotes, ...gInputNotes, ...gAudioNotes, ...gIssues, ...gCells]),
  bylines: ['This page was last edited on 2 March 2026, at 21:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gTop, 'Log in', 'Try the PCGamingWiki Community Discord!', 'Developers', 'Pondhead Games', 'Engines', 'Tallow Engine 3', 'Release dates',
    'October 17, 2024', 'Reception', 'Critic score', 'Advertisement', 'Official website', 'Pondhead Games community forum', 'Categories:',
    'Single-player', 'Tallow Engine games', 'Content is available under Creative Commons Attribution Non-Commercial Share Alike unless otherwise noted.',
    ...gFoot,
  ],
};

export const HELDOUT267_F: readonly TestPage[] = [pcgw, osm];
