import { links, type TestPage, texts } from './page-kit.js';
import { buildBlog } from './pages-heldout376-f2.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file f: a Nexus Mods-style mod description page (site header, game bar, breadcrumb, the mod title with
 * its stat counters, the file info side box with "Last updated" / "Original upload" / "Created by" / "Uploaded by", the mod
 * tabs, "About this mod", the requirements table, the "Permissions and credits" block, a BBCode description written with
 * `<br>` breaks, the endorse / track buttons and the footer) and, from file f2, a patch-aware build guide on a Ghost blog.
 */
const nTitle = 'Lantern Light Redone';
const nAbout = 'Rebuilds every lantern, torch and campfire light in Tarnmoor Chronicles with softer falloff and real shadows.';
const nHeads = ['Features', 'Installation', 'Compatibility', 'Known Issues'];
const nIntro = [
  j(
    'The vanilla lights in Tarnmoor are bright, flat and cast no shadows at all, which makes night in the marshes look like an',
    'overcast afternoon. This mod replaces the light templates behind every lantern, torch, brazier and campfire.',
  ),
  'It does not touch weather, the sky or the colour grade, so it should sit happily alongside your weather mod of choice.',
];
const nFeat = [
  'Softer falloff with a warm core and a cool edge on oil lanterns',
  'Shadow casting for campfires and braziers, limited to the three nearest lights to keep frame rates up',
  'Flicker that follows the wind strength, so torches gutter in storms',
  'Optional Dark Nights file that lowers ambient light outdoors between midnight and four',
];
const nInst = [
  'Install with the mod manager, or copy the Data folder into your game folder by hand.',
  j('Activate LanternLightRedone.esp and place it below any mod that edits the same lights. The optional Dark Nights file', 'goes directly below it.'),
];
const nComp = [
  j(
    'Fully compatible with Marsh Weathers and Clearer Skies. Town mods that add new braziers will use the vanilla light for',
    'those braziers unless they have a patch; patches for the two largest town overhauls are in the Files tab.',
  ),
];
const nIssues = [
  'Lanterns carried by guards still use the old light in the first town. This is fixed in the next version.',
  'On the lowest shadow setting some campfires flicker between frames. Set shadows to Medium or higher.',
  j(
    'Interiors lit by more than three lights, such as the tavern in Greyholt, will show a hard edge where a shadow stops.',
    'This is the cost of the shadow limit and cannot be fixed without a large drop in frame rate.',
  ),
  'Please report anything else on the bug tracker with a screenshot and your load order.',
];
const nNav = ['Games', 'Mods', 'Collections', 'Media', 'Community', 'Support'];
const nCrumb = ['Tarnmoor Chronicles', 'Mods', 'Visuals and Graphics'];
const nStats: readonly (readonly [string, string])[] = [
  ['Endorsements', '3,418'],
  ['Unique DLs', '61,207'],
  ['Total DLs', '88,930'],
  ['Total views', '402,115'],
  ['Version', '2.4.1'],
];
const nTabs = ['Description', 'Files', 'Images', 'Videos', 'Posts', 'Bugs', 'Logs', 'Stats'];
const nFoot = ['About us', 'Careers', 'Brand guidelines', 'Terms of Service', 'Privacy Policy', 'Contact'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} at Tarnmoor Chronicles Nexus - Mods and community</title>
<meta name="description" content="${nAbout}"><meta property="og:site_name" content="Nexus Mods :: Tarnmoor Chronicles">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${nTitle}","softwareVersion":"2.4.1"}</script>
<script>window.current_game_id = 4210; window.current_mod_id = 1187;</script>
<link rel="stylesheet" href="https://www.nexusmods.example/assets/css/nexus.css"></head>
<body class="page-mod"><header id="head"><div class="nav-top"><a class="logo" href="/" aria-label="Nexus Mods"></a>
<nav><ul class="nav-links">${links(nNav)}</ul></nav><div class="user-profile-menu"><a href="/login" class="rj-btn">Log in</a>
<a href="/register" class="rj-btn rj-btn-primary">Register</a></div></div>
<div class="game-bar"><a href="/tarnmoor">Tarnmoor Chronicles</a> <span class="game-stats">12,804 mods</span></div></header>
<div id="mainContent"><ul id="breadcrumb" class="clearfix">${links(nCrumb)}</ul>
<section class="modpage"><div id="pagetitle"><h1>${nTitle}</h1><ul class="stats clearfix">
${nStats
  .map(
    ([l, v]) => `<li class="stat-${l.toLowerCase().replace(/ /g, '')}"><div class="titlestat">${l}</div><div class="stat">${v}</div>
</li>`,
  )
  .join('\n')}</ul></div>
<div class="sideitems"><div class="sideitem timestamp"><h3>Last updated</h3><time datetime="2026-02-26 14:10">26 February 2026, 2:10PM</time></div>
<div class="sideitem timestamp"><h3>Original upload</h3><time datetime="2024-11-03 09:44">03 November 2024, 9:44AM</time></div>
<div class="sideitem"><h3>Created by</h3><p>Ansel Drury</p></div><div class="sideitem"><h3>Uploaded by</h3><a href="/users/88213">emberwick</a></div>
<div class="sideitem"><h3>Virus scan</h3><div class="result">Safe to use</div></div></div>
<div class="modactions"><button class="btn endorse">Endorse</button><button class="btn track">Track</button><button class="btn">Vote</button>
<a class="btn btn-primary" href="?tab=files">Manual download</a></div>
<ul class="modtabs">${nTabs
  .map(
    (t) => `<li id="mod-page-tab-${t.toLowerCase()}"><a href="?tab=${t.toLowerCase()}">
<span class="tab-label">${t}</span></a></li>`,
  )
  .join('')}</ul>
<div id="tab-description" class="tabcontent tabcontent-mod-page"><div class="container tab-description">
<div class="tabbed-block"><h2>About this mod</h2><p>${nAbout}</p></div>
<div class="tabbed-block"><dl class="accordion"><dt>Requirements</dt><dd><h3>Nexus requirements</h3><table class="table desc-table"><thead><tr>
<th>Mod name</th><th>Notes</th></tr></thead><tbody><tr><td class="table-require-name"><a href="/tarnmoor/mods/12">Tarnmoor Script Extender</a></td>
<td class="table-require-notes">Version 0.9 or later</td></tr></tbody></table></dd>
<dt>Permissions and credits</dt><dd><div class="permissions"><p>Credits and distribution permission</p><ul>
<li>Other user's assets: All the assets in this file belong to the author, or are from free-to-use modder's resources</li>
<li>Upload permission: You are not allowed to upload this file to other sites under any circumstances</li></ul></div></dd></dl></div>
<div class="container mod_description_container condensed">${nIntro.join('<br /><br />')}<br /><br />
<b><span style="font-size:130%;">${nHeads[0] ?? ''}</span></b><br /><ul class="bbc">${nFeat.map((t) => `<li>${t}</li>`).join('')}</ul><br />
<b><span style="font-size:130%;">${nHeads[1] ?? ''}</span></b><br />${nInst.join('<br />')}<br /><br />
<b><span style="font-size:130%;">${nHeads[2] ?? ''}</span></b><br />${nComp[0] ?? ''}<br /><br />
<b><span style="font-size:130%;">${nHeads[3] ?? ''}</span></b><br /><ul class="bbc">${nIssues.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
</div></section></div>
<footer id="rj-footer"><ul>${links(nFoot)}</ul><p class="copyright">© 2026 Black Tree Gaming Ltd. All rights reserved.</p></footer>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info">
<p>We value your privacy. We and our partners store and access information on your device.</p></div>
<button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
<script src="https://www.nexusmods.example/assets/js/nexus.js"></script></body></html>`;
const nexus: TestPage = {
  name: 'heldout376-nexus-mods-description-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nAbout, ...nIntro, ...nFeat, ...nInst, ...nComp, ...nIssues]),
  bylines: ['Last updated', '26 February 2026, 2:10PM', 'Original upload', '03 November 2024, 9:44AM', 'Created by', 'Ansel Drury', 'Uploaded by', 'emberwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Log in', 'Register', '12,804 mods', 'Visuals and Graphics', ...nStats.flat(), 'Virus scan', 'Safe to use', 'Endorse', 'Track', 'Vote',
    'Manual download', ...nTabs.filter((t) => t !== 'Files'), 'About this mod', 'Requirements', 'Nexus requirements', 'Mod name', 'Notes',
    'Tarnmoor Script Extender', 'Version 0.9 or later', 'Permissions and credits', 'Credits and distribution permission',
    "Other user's assets: All the assets in this file belong to the author, or are from free-to-use modder's resources",
    'Upload permission: You are not allowed to upload this file to other sites under any circumstances', ...nFoot,
    '© 2026 Black Tree Gaming Ltd. All rights reserved.', 'We value your privacy. We and our partners store and access information on your device.',
    'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT376_F: readonly TestPage[] = [nexus, buildBlog];
