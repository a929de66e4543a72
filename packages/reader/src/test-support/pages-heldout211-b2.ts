import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 211, file b2: a Nexus Mods mod page, description tab, signed out (the site header with its menus, "Log in"
 * and "Register", the game bar, breadcrumbs, the mod title, the stats strip, the side items with the dates, authors and virus
 * scan, the tab bar with counts, the tags, the "About this mod" summary, the accordions with requirements, permissions and
 * changelogs, the bbcode description whose headings are bold sized spans and whose text runs with <br />, the premium ad
 * banner and the footer).
 */
const nxTitle = 'Better Lanterns - Dynamic Light Overhaul';
const nxSummary = 'Reworks every handheld and hanging lantern in Emberfall Chronicles with real shadows, fuel, flicker and sensible ranges.';
const nxH1 = 'What this mod does';
const nxP1 = [
  'Vanilla lanterns in Emberfall light a perfect circle, never cast shadows and burn forever. This mod replaces the lighting ' +
    'for all 46 lantern types in the base game and the Ashen Coast expansion with shadow-casting lights, a soft flicker and ranges ' +
    'that match the size of the lamp.',
  'It also adds an optional fuel system, so your lantern slowly empties and can be refilled with oil from any general store.',
];
const nxH2 = 'Features';
const nxL2 = [
  'Shadow-casting lights for all handheld lanterns, with a performance mode that limits shadows to the nearest three lights.',
  'Hanging lanterns in towns now sway in the wind and their light moves with them.',
  'Optional fuel: one flask of lamp oil lasts about two in-game nights.',
  'Colour temperature tuned per lantern, from candle-warm tin lamps to the cold blue of the Warden lanterns.',
  'A small MCM menu to change brightness, range and flicker strength.',
];
const nxH3 = 'Installation';
const nxP3 = [
  'Install with a mod manager, or extract the archive into your Data folder and enable BetterLanterns.esp. Load it after any mod ' +
    'that edits town cells, such as Lived-In Villages. If you use Emberlight ENB, choose the ENB patch in the installer.',
  'Uninstalling mid-game is safe, but lanterns you are carrying at the time may stay unlit until you re-equip them.',
];
const nxH4 = 'Compatibility and known issues';
const nxP4 = [
  'Fully compatible with weather and lighting mods that do not touch lantern records. Lanterns added by other mods are not ' +
    'changed unless a patch is listed in the optional files.',
  'In the Sunken Archive, two wall lanterns flicker even with flicker turned off. This is a vanilla mesh problem and will be ' + 'fixed in the next update.',
  'Please report bugs in the Bugs tab rather than in the posts, with your load order if you can. Thank you to everyone who ' +
    'tested the fuel system over the last month.',
];
const nxNav = ['Games', 'Mods', 'Collections', 'Media', 'Community', 'Support'];
const nxStats = [
  ['Endorsements', '2,417'],
  ['Unique DLs', '61,093'],
  ['Total DLs', '88,540'],
  ['Total views', '402,118'],
  ['Version', '2.3.1'],
];
const nxTabs = [['Description'], ['Files', '6'], ['Images', '14'], ['Videos', '1'], ['Posts', '388'], ['Bugs', '27'], ['Logs'], ['Stats']];
const nxTags = ['Visuals and Graphics', 'Lighting', 'Immersion', 'Overhaul', 'Lore-Friendly'];
const nxReq = ['Emberfall Script Extender', 'Mod Configuration Menu'];
const nxPerm = [
  'Credits and distribution permission',
  "Other user's assets All the assets in this file belong to the author, or are from free-to-use modder's resources",
  'Upload permission You are not allowed to upload this file to other sites under any circumstances',
  'Modification permission You must get permission from me before you are allowed to modify my files to improve it',
];
const nxFoot = ['About us', 'Careers', 'Contact us', 'Terms of Service', 'Privacy Policy', 'Content Guidelines', 'Help', 'Status'];
const nxHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta
charset="utf-8"><title>Better Lanterns - Dynamic Light Overhaul at Emberfall Chronicles Nexus - Mods and community</title>
<meta name="description" content="${nxSummary}"><meta property="og:title" content="${nxTitle}"><meta property="og:site_name" content="Nexus Mods :: Emberfall">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="https://www.nexusmods.example/assets/css/nexus.min.css?v=1731">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"gameId":4812,"modId":1933,"section":"mod_description"});</script>
<script src="https://www.nexusmods.example/assets/js/jquery.min.js"></script><script
src="https://www.nexusmods.example/assets/js/nexus.min.js?v=1731" defer></script>
</head><body class="game-4812 mod-page"><div id="app">
<header id="head" class="rj-header"><div class="rj-header-inner"><a class="nexus-logo" href="/"><span class="sr-only">Nexus Mods</span></a>
<nav class="rj-nav" aria-label="Main"><ul class="rj-nav-list">${links(nxNav, 'rj-nav-item')}</ul></nav>
<div class="rj-search"><input type="search" placeholder="Search Emberfall mods..."></div>
<div class="rj-user"><a class="rj-btn-premium" href="/premium">Go Premium</a><a class="rj-login" href="/users/login">Log in</a>
<a class="rj-register" href="/users/register">Register</a></div></div></header>
<div class="game-bar"><a class="game-bar__name" href="/emberfall">Emberfall Chronicles</a><span class="game-bar__count">18,204 mods</span></div>
<div id="mainContent" class="clearfix"><div class="wrap"><section class="modpage" id="section">
<ul id="breadcrumb" class="breadcrumb"><li><a href="/emberfall">Emberfall Chronicles</a></li><li><a
href="/emberfall/mods/categories/62">Visuals and Graphics</a></li>
<li class="current">${nxTitle}</li></ul>
<div id="pagetitle"><h1>${nxTitle}</h1>
<ul class="stats clearfix">${nxStats
  .map(
    ([l, v]) => `<li class="stat-${l?.toLowerCase().replace(/ /g, '')}"><div class="statitem"><div class="titlestat">${l}</div>
<div class="stat">${v}</div></div></li>`,
  )
  .join('\n')}</ul></div>
<div id="feature" style="background-image:url(https://staticdelivery.nexusmods.example/mods/4812/images/1933/header.jpg)"></div>
<div class="sideitems clearfix"><div class="sideitem timestamp"><h3>Last updated</h3><time datetime="2025-11-02 18:40">02 November 2025,  6:40PM</time></div>
<div class="sideitem timestamp"><h3>Original upload</h3><time datetime="2024-06-19 11:05">19 June 2024, 11:05AM</time></div>
<div class="sideitem"><h3>Created by</h3>Mirela Fenwick</div><div class="sideitem"><h3>Uploaded by</h3><a href="/users/5521904">mfenwick</a></div>
<div class="sideitem"><h3>Virus scan</h3><div class="result inline-flex"><span class="flex-label">Safe to use</span></div></div></div>
<ul class="modtabs" id="mod-page-tab-list">${nxTabs
  .map(
    ([t, n]) =>
      `<li id="mod-page-tab-${t?.toLowerCase()}"><a href="#"><span class="tab-label">${t}</span>${n ? `<span class="alert">${n}</span>` : ''}</a></li>`,
  )
  .join('\n')}</ul>
<div class="tabcontent tabcontent-mod-page"><div class="container tab-description">
<div class="ad-banner premium-banner"><p>Premium users get ad-free browsing and uncapped download speeds.</p><a href="/premium">Get Premium</a></div>
<div class="sideitem clearfix"><h3>Tags for this mod</h3><ul class="tags">${links(nxTags, 'tag')}</ul></div>
<h2 id="description_tab_h2">About this mod</h2><p>${nxSummary}</p>
<dl class="accordion"><dt id="tab-requirements">Requirements<div class="acc-status"></div></dt><dd><div class="tabbed-block">
<h3>Nexus requirements</h3><table class="desc-table"><thead><tr><th>Mod name</th><th>Notes</th></tr></thead>
<tbody>${nxReq
  .map(
    (r) => `<tr><td class="table-require-name"><a href="#">${r}</a></td><td
class="table-require-notes"></td></tr>`,
  )
  .join('')}</tbody></table></div></dd>
<dt>Permissions and credits<div class="acc-status"></div></dt><dd><div class="tabbed-block"><h3>${nxPerm[0]}</h3>
<ul class="permissions">${nxPerm
  .slice(1)
  .map((p) => `<li class="permission-no"><span>${p}</span></li>`)
  .join('')}</ul></div></dd>
<dt>Changelogs<div class="acc-status"></div></dt><dd><div class="tabbed-block"><h3>Version 2.3.1</h3>
<ul><li>Fixed hanging lanterns in Greywick not swaying.</li><li>Lowered default shadow range.</li></ul></div></dd>
<dt>Donations<div class="acc-status"></div></dt><dd><div class="tabbed-block"><p>Donation Points system</p>
<p>This mod is opted-in to receive Donation Points</p></div></dd></dl>
<div class="container mod_description_container condensed">
<b><span style="font-size:large;">${nxH1}</span></b><br />${nxP1.join('<br /><br />')}<br /><br />
<b><span style="font-size:large;">${nxH2}</span></b><br /><ul class="bbc_list">${nxL2.map((t) => `<li>${t}</li>`).join('')}</ul><br />
<b><span style="font-size:large;">${nxH3}</span></b><br />${nxP3.join('<br /><br />')}<br /><br />
<b><span style="font-size:large;">${nxH4}</span></b><br />${nxP4.join('<br /><br />')}
</div></div></div></section></div></div>
<footer id="rj-footer"><div class="rj-footer-inner"><ul class="rj-footer-links">${links(nxFoot)}</ul>
<p class="copyright">Copyright © 2025 Black Tree Gaming Ltd. All rights reserved.</p></div></footer></div></body></html>`;
export const nexusMod: TestPage = {
  html: nxHtml,
  name: 'heldout211-nexusmods-mod-page',
  kind: 'docs',
  // the "About this mod" summary is body (the page's description); the description's bold sized spans are the headings;
  // stats, side items, tabs, tags, requirements, permissions, changelog and donation accordions are furniture
  title: nxTitle,
  headings: [nxH1, nxH2, nxH3, nxH4],
  body: texts([nxSummary, ...nxP1, ...nxL2, ...nxP3, ...nxP4]),
  bylines: ['02 November 2025, 6:40PM', '19 June 2024, 11:05AM', 'Mirela Fenwick', 'mfenwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nxNav, 'Go Premium', 'Log in', 'Register', 'Emberfall Chronicles', '18,204 mods', ...nxStats.flat(), 'Last updated', 'Original upload',
    'Created by', 'Uploaded by', 'Virus scan', 'Safe to use', ...nxTabs.flat(), 'Premium users get ad-free browsing and uncapped download speeds.',
    'Get Premium', 'Tags for this mod', ...nxTags, 'About this mod', 'Requirements', 'Nexus requirements', ...nxReq,
    'Permissions and credits', ...nxPerm, 'Changelogs', 'Fixed hanging lanterns in Greywick not swaying.', 'Lowered default shadow range.',
    'Donations', 'Donation Points system', 'This mod is opted-in to receive Donation Points', ...nxFoot,
    'Copyright © 2025 Black Tree Gaming Ltd. All rights reserved.',
  ],
};
