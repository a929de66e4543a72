import { ps, type TestPage, texts } from './page-kit.js';
import { osrsQuest } from './pages-heldout169-d2.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';

/**
 * Held-out batch 169, file d: a PCGamingWiki game page (the game infobox with cover, developers, release dates, reception
 * and taxonomy, the "Key points" and "General information" lists, the availability table, a fixbox, the game data paths,
 * the video settings table, system requirements, the top and sidebar ad slots with their "Advertisement" labels and the
 * Patreon prompt, the cookie banner) and, from file d2, an Old School RuneScape Wiki quest page.
 */
const page = 'Lanternfall';
const title = 'Lanternfall';
const intro = ['Lanternfall is a singleplayer first-person puzzle adventure game developed by Oxbow Hollow and published by Kettlewire.'];
const kp = [
  'Runs well on most hardware; the game is capped at 60 FPS by default but the cap can be raised in the settings file.',
  'No field of view slider at launch; added in patch 1.0.4.',
  'Ultra-widescreen is supported for gameplay but cutscenes are pillarboxed.',
];
const gi = ['Official website', 'Steam Community Discussions', 'Oxbow Hollow Discord'];
const avail = ['Epic Games Store', 'GOG.com', 'DRM-free', 'Steam', 'Steam DRM can be bypassed with a Steam emulator.'];
const ess = 'Skip intro videos';
const essFix = [
  'Go to the configuration file(s) location.',
  'Open Engine.ini and add the line SkipStartupMovies=True under the [/Script/Lanternfall.Settings] section.',
  'Save the file.',
];
const gdH = 'Game data';
const cfgH = 'Configuration file(s) location';
const saveH = 'Save game data location';
const paths = ['Windows', '%LOCALAPPDATA%\\Lanternfall\\Saved\\Config\\Windows\\', '%LOCALAPPDATA%\\Lanternfall\\Saved\\SaveGames\\'];
const saveP = ['Saves are also synced by Steam Cloud and GOG Galaxy. The Epic Games Store version supports cloud saves since 1.0.2.'];
const vidH = 'Video';
const vid = [
  'Widescreen resolution',
  'Multi-monitor',
  'Ultra-widescreen',
  'Cutscenes are pillarboxed to 16:9.',
  'Field of view (FOV)',
  'Slider from 70 to 110 added in patch 1.0.4.',
  'Frame rate (FPS)',
  '60 FPS cap by default; set MaxFPS=0 in GameUserSettings.ini to remove it.',
  'Vertical sync (Vsync)',
];
const issH = 'Issues fixed';
const issH3 = 'Stuttering when entering new areas';
const issP = [
  'Shader compilation happens on the fly in versions before 1.0.3, causing short freezes the first time each area loads. Update ' +
    'the game; the current version compiles shaders on the title screen, which takes two to three minutes on the first launch.',
];
const otherH = 'Other information';
const otherP = [
  'The game uses Unreal Engine 5.1 with Lumen for lighting. Turning Lumen off in the settings switches to baked lighting and ' +
    'roughly doubles the frame rate on older graphics cards, at the cost of the lantern casting softer, less accurate shadows.',
  'The Steam Deck runs the game at a steady 40 FPS with the low preset and Lumen off. The developers have said a native Linux ' +
    'build is not planned, but the Windows version works under Proton 9 without changes.',
];
const sysH = 'System requirements';
const sys = ['Operating system (OS)', '10', '11', 'Processor (CPU)', 'Intel Core i5-8400', 'Intel Core i7-10700', 'System memory (RAM)', '8 GB', '16 GB'];
const infobox = [
  'Developers',
  'Oxbow Hollow',
  'Publishers',
  'Kettlewire',
  'Engines',
  'Unreal Engine 5',
  'Release dates',
  'Windows',
  'March 14, 2024',
  'Reception',
  'Metacritic',
  '84',
  'OpenCritic',
  '82',
  'Taxonomy',
  'Monetization',
  'One-time game purchase',
  'Modes',
  'Singleplayer',
  'Perspectives',
  'First-person',
  'Genres',
  'Puzzle, Adventure',
];
const ads = ['Advertisement', 'Support PCGamingWiki on Patreon to remove ads', 'Remove ads'];
const cookie = ['We use cookies and similar technologies to show personalised ads and measure traffic.', 'Manage options', 'Accept all'];
const ib = `<table class="template-infobox" id="infobox-game"><tbody><tr><th class="template-infobox-title" colspan="2">${title}</th></tr>
<tr><td colspan="2" class="template-infobox-cover"><img src="/images/thumb/lanternfall_cover.jpg/260px-cover.jpg" alt="Lanternfall cover" width="260"></td></tr>
${[0, 2, 4]
  .map(
    (i) => `<tr><th class="template-infobox-header" colspan="2">${infobox[i]}</th></tr><tr>
<td class="template-infobox-info" colspan="2">${infobox[i + 1]}</td></tr>`,
  )
  .join('')}
<tr><th class="template-infobox-header" colspan="2">${infobox[6]}</th></tr><tr><td class="template-infobox-type">${infobox[7]}</td><td>${infobox[8]}</td></tr>
<tr><th class="template-infobox-header" colspan="2">${infobox[9]}</th></tr><tr><td class="template-infobox-type">${infobox[10]}</td><td>${infobox[11]}</td></tr>
<tr><td class="template-infobox-type">${infobox[12]}</td><td>${infobox[13]}</td></tr><tr><th class="template-infobox-header" colspan="2">${infobox[14]}</th>
</tr>
${[15, 17, 19, 21].map((i) => `<tr><td class="template-infobox-type">${infobox[i]}</td><td>${infobox[i + 1]}</td></tr>`).join('')}</tbody></table>`;
const tr = (cells: readonly string[]): string => `<tr class="table-settings-row">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const state = (s: string): string => `<div title="${s}" class="svg-icon svg-16 ${s.toLowerCase()}"></div>`;
const content = `${ib}
<div id="pcgw-ad-top" class="pcgw-ad-container"><div class="pcgw-ad-label">${ads[0]}</div><div id="pw-leaderboard-atf" data-pw-desk="leaderboard_atf"></div>
</div>
${ps(intro)}
<div class="key-points"><h3 id="Key_points">Key points</h3><ul>${kp.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${mwH(2, 'General information', page, 1)}
<ul>${gi.map((t) => `<li><a class="external text" href="https://example.com/${t.length}">${t}</a></li>`).join('\n')}</ul>
${mwH(2, 'Availability', page, 2)}
<table class="table-availability"><tbody><tr><th>Source</th><th>DRM</th><th>Notes</th><th>OS</th></tr>
<tr><td>${avail[0]}</td><td>${avail[0]}</td><td></td><td>${state('Windows')}</td></tr><tr><td>${avail[1]}</td><td>${avail[2]}</td><td></td>
<td>${state('Windows')}</td></tr>
<tr><td>${avail[3]}</td><td>${avail[3]}</td><td>${avail[4]}</td><td>${state('Windows')}</td></tr></tbody></table>
${mwH(2, 'Essential improvements', page, 3)}
${mwH(3, ess, page, 4)}
<div class="fixbox"><div class="fixbox-title">Instructions</div><ol>${essFix.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
${mwH(2, gdH, page, 5)}
${mwH(3, cfgH, page, 6)}
<table class="table-gamedata"><tbody><tr><th>System</th><th>Location</th></tr><tr><td>${paths[0]}</td><td>${paths[1]}</td></tr></tbody></table>
${mwH(3, saveH, page, 7)}
<table class="table-gamedata"><tbody><tr><th>System</th><th>Location</th></tr><tr><td>${paths[0]} </td><td>${paths[2]}</td></tr></tbody></table>
${ps(saveP)}
${mwH(2, vidH, page, 8)}
<table class="table-settings"><tbody><tr><th>Graphics feature</th><th>State</th><th>Notes</th></tr>
${tr([vid[0] as string, state('true'), ''])}${tr([vid[1] as string, state('false'), ''])}
${tr([vid[2] as string, state('true'), vid[3] as string])}${tr([vid[4] as string, state('true'), vid[5] as string])}
${tr([vid[6] as string, state('hackable'), vid[7] as string])}${tr([vid[8] as string, state('true'), ''])}</tbody></table>
${mwH(2, issH, page, 9)}
${mwH(3, issH3, page, 10)}
${ps(issP)}
${mwH(2, otherH, page, 11)}
${ps(otherP)}
${mwH(2, sysH, page, 12)}
<table class="table-sysreqs"><tbody><tr><th colspan="3">Windows</th></tr><tr><th>Component</th><th>Minimum</th><th>Recommended</th></tr>
${[0, 3, 6].map((i) => tr([sys[i] as string, sys[i + 1] as string, sys[i + 2] as string])).join('')}</tbody></table>`;
const shell: Shell = {
  lang: 'en',
  site: 'PCGamingWiki PCGW - bugs, fixes, crashes, mods, guides and improvements for every PC game',
  page: title,
  headExtra: `<link rel="canonical" href="https://www.pcgamingwiki.com/wiki/${page}"><meta name="description" content="${intro[0]}">
<meta property="og:image" content="https://thumbnails.pcgamingwiki.com/lanternfall_cover.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoGame","name":"${title}","author":{"@type":"Organization",
"name":"Oxbow Hollow"},
"publisher":{"@type":"Organization","name":"Kettlewire"},"datePublished":"2024-03-14","gamePlatform":["PC"]}</script>
<script async src="https://cdn.intergient.example/1024347/72960/ramp.js"></script>`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From PCGamingWiki, the wiki about fixing PC games',
  notice: '',
  personal: ['Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'Edit with form', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Home', 'Random page', 'Recent changes', 'Community portal', 'Editing guide', 'Discord', 'Forums'] },
    { id: 'p-support', label: 'Support us', items: ['Patreon', 'Merch store'] },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
  ],
  content,
  cats: ['Games', 'Games developed by Oxbow Hollow', 'Unreal Engine 5 games', 'Windows games'],
  lastmod: 'This page was last edited on 27 October 2025, at 05:31.',
  copyright:
    'Content is available under <a href="/wiki/PCGamingWiki:Copyrights">Creative Commons Attribution Non-Commercial Share Alike</a> unless otherwise noted.',
  places: ['Privacy policy', 'About PCGamingWiki', 'Disclaimers'],
  tail: `<div id="pcgw-ad-rail" class="pcgw-ad-container pcgw-ad-sidebar"><div class="pcgw-ad-label">${ads[0]}</div><div id="pw-med-rect-atf"></div>
<p class="pcgw-patreon-prompt"><a href="https://www.patreon.com/pcgamingwiki">${ads[1]}</a></p><a href="/wiki/PCGamingWiki:Remove_ads">${ads[2]}</a></div>
<div id="qc-cmp2-container" class="qc-cmp2-container" role="dialog" aria-label="Privacy"><p class="qc-cmp2-summary">${cookie[0]}</p>
<button mode="secondary">${cookie[1]}</button><button mode="primary">${cookie[2]}</button></div>`,
};
const pcgw: TestPage = {
  name: 'heldout169-pcgamingwiki-game',
  kind: 'wiki',
  html: vectorLegacy(shell),
  title,
  headings: ['Key points', 'General information', 'Availability', 'Essential improvements', ess, gdH, cfgH, saveH, vidH, issH, issH3, otherH, sysH],
  // table data cells are body (availability, game data paths, video settings notes, system requirements); the state icons have
  // no text; "Instructions" on the fixbox is furniture; the infobox, ad labels, Patreon prompt and consent banner are furniture
  body: [...intro, ...kp, ...gi, ...avail, ...essFix, ...paths, ...texts(saveP), ...vid, ...texts(issP), ...texts(otherP), ...sys],
  bylines: [shell.lastmod],
  furniture: [
    ...vectorLegacyFurniture(shell).filter((t) => t !== 'Windows'),
    ...infobox.filter((t) => t !== 'Windows'),
    'Instructions',
    ...ads,
    ...cookie,
    'edit',
  ],
};

export const HELDOUT169_D: readonly TestPage[] = [pcgw, osrsQuest];
