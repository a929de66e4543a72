import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file b2: a Fextralife-style wiki weapon page (top bar with the wiki switcher, breadcrumbs, the page title
 * with "Last modified", the infobox, bonfire-style section headings, an upgrade table, the "See also" nav tables, the
 * comment box with its posts, the left sidebar menu and the footer).
 */
const xTitle = 'Sablemoor: Gravewarden Halberd';
const xHeads = ['Where to Find the Gravewarden Halberd', 'Gravewarden Halberd Notes and Tips', 'Gravewarden Halberd Upgrades'];
const xIntro = [
  j(
    'The Gravewarden Halberd is a polearm in Sablemoor that deals physical and frost damage. It is slower than the other halberds',
    'but has the longest reach of any weapon in its class, and its skill, Lantern Vigil, briefly freezes enemies in place.',
  ),
  j('"Carried by the warden who kept the lamps of the old graveyard lit. The frost in its blade is said to be the cold of the dead."'),
];
const xWhere = [
  'Dropped by the Gravewarden after you defeat him in the Sunken Cemetery (guaranteed drop).',
  'Can also be bought from the merchant Hesk for 12,000 runes after the Gravewarden is defeated in a second playthrough.',
];
const xNotes = [
  'The skill Lantern Vigil costs 18 focus and freezes most normal enemies for about two seconds.',
  'The frost build-up is applied on every hit, which makes the halberd strong against fire-aligned bosses.',
  j('Heavy attacks have hyper armour from the start of the swing, so you can trade hits with smaller enemies without being', 'staggered.'),
  'It cannot be infused, but it can be buffed with grease and spells.',
  j(
    'Because the frost damage is part of the base weapon, upgrading with Somber Ingots raises both damage types at once. That',
    'makes it one of the few frost weapons worth taking to +10 on a pure strength build.',
  ),
  j(
    'The second swing of the light combo is a thrust, which passes through small shields. Players who fight the cemetery',
    'knights should lead with it rather than with the sweeping heavy attack.',
  ),
  'Its length makes it awkward in the narrow catacomb corridors; swap to a shorter weapon there.',
];
const xTable = [
  ['Standard +0', '118', '64', 'D / D'],
  ['Standard +5', '172', '93', 'C / D'],
  ['Standard +10', '231', '125', 'C / C'],
];
const xTableCells = xTable.flat();
const xTop = ['Wikis', 'Forums', 'Twitch', 'YouTube', 'Discord'];
const xCrumb = ['Sablemoor Wiki', 'Equipment & Magic', 'Weapons', 'Halberds'];
const xSide = ['Home', 'Walkthrough', 'Builds', 'Bosses', 'Weapons', 'Armor', 'Spells', 'Maps', 'Patch Notes'];
const xSeeAlso = ['Ashwood Halberd', 'Gravewarden Halberd', 'Pilgrim Glaive', 'Tidewrack Halberd'];
const xComments: readonly (readonly [string, string, string])[] = [
  ['Anonymous', 'the reach on this thing is unreal, poked the cemetery knights from behind their shields', '17 Feb 2026 08:41'],
  ['Tallow_Sage', 'frost on a slow weapon is the way to go, you get the proc in three heavies', '15 Feb 2026 21:03'],
];
const xFoot = ['About Fextralife', 'Privacy Policy', 'Terms of Use', 'Contact', 'Wiki Rules'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Gravewarden Halberd | Sablemoor Wiki</title>
<meta name="description" content="Gravewarden Halberd is a Weapon in Sablemoor. Gravewarden Halberd deals physical and frost damage.">
<meta property="og:site_name" content="Sablemoor Wiki"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Gravewarden Halberd","dateModified":"2026-02-17"}</script>
<script>var wikiPage = "Gravewarden+Halberd"; var wikiId = "sablemoor";</script>
<link rel="stylesheet" href="https://sablemoor.wiki.fextralife.example/css/wiki.css"></head>
<body class="wiki-page"><div id="wrapper"><nav class="navbar navbar-default navbar-fixed-top" id="fex-menu"><a class="navbar-brand" href="/">Fextralife</a>
<ul class="nav navbar-nav">${links(xTop)}</ul><a class="btn btn-primary" href="/Login">Sign In</a></nav>
<div id="sidebar-wrapper"><ul class="sidebar-nav">${links(xSide)}</ul></div>
<div id="page-content-wrapper"><div class="container-fluid"><div id="main-wrapper">
<div class="breadcrumb-wrapper"><ol class="breadcrumb" id="breadcrumbs-container">${links(xCrumb)}</ol></div>
<div class="page-header"><h1 class="pagetitle"><a id="page-title" href="/Gravewarden+Halberd">${xTitle}</a></h1>
<div class="wiki-page-meta"><span id="last-modified">Last modified: 17 Feb 2026 09:12</span></div></div>
<div id="wiki-content-block"><div id="infobox"><div class="table-responsive"><table class="wiki_table"><tbody>
<tr><th colspan="2">Gravewarden Halberd</th></tr><tr><td>Weapon Type</td><td>Halberd</td></tr><tr><td>Damage Type</td><td>Standard / Pierce</td></tr>
<tr><td>Weight</td><td>14.5</td></tr><tr><td>Skill</td><td>Lantern Vigil</td></tr></tbody></table></div></div>
${xIntro.map((p, i) => (i === 1 ? `<blockquote><p>${p.replace(/"/g, '&quot;')}</p></blockquote>` : `<p>${p}</p>`)).join('\n')}
<h3 class="bonfire">${xHeads[0] ?? ''}</h3><ul>${xWhere.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3 class="bonfire">${xHeads[1] ?? ''}</h3><ul>${xNotes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3 class="bonfire">${xHeads[2] ?? ''}</h3><div class="table-responsive"><table class="wiki_table"><thead><tr><th>Name</th><th>Physical</th>
<th>Frost</th><th>Scaling (Str / Dex)</th></tr></thead><tbody>
${xTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<h4 class="special">Sablemoor Halberds</h4>
<div class="wiki-navtable">${xSeeAlso.map((t) => `<a class="wiki_link" href="/${t.replace(/ /g, '+')}">${t}</a>`).join(' ♦ ')}</div>
</div>
<div id="discussions-section"><h3 class="discussions-title">Join the page discussion</h3><p class="discussions-note">Tired of anon posting? Register!</p>
<ul class="comments-list">${xComments
  .map(
    ([u, t, d]) =>
      `<li class="comment"><div class="comment-header"><span class="comment-user">${u}</span> <span class="comment-date">${d}</span></div>
<p class="comment-text">${t}</p></li>`,
  )
  .join('\n')}</ul><button class="btn load-more">Load more</button></div></div></div></div>
<footer id="footer"><ul>${links(xFoot)}</ul><p>© 2026 Fextralife. All rights reserved.</p></footer></div>
<div id="cmpbox" class="cmpbox" role="dialog"><p class="cmpboxtxt">This site uses cookies to store information on your computer.</p>
<a class="cmpboxbtn cmpboxbtnyes" href="#">Accept all</a><a class="cmpboxbtn cmpboxbtnno" href="#">Reject</a></div>
<script src="https://sablemoor.wiki.fextralife.example/js/wiki.js"></script></body></html>`;
export const fextra: TestPage = {
  name: 'heldout376-fextralife-weapon-wiki',
  kind: 'wiki',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: texts([...xIntro, ...xWhere, ...xNotes, ...xTableCells]),
  bylines: ['Last modified: 17 Feb 2026 09:12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fextralife', ...xTop, 'Sign In', ...xSide.filter((t) => t !== 'Weapons'), ...xCrumb, 'Weapon Type', 'Damage Type', 'Standard / Pierce',
    'Weight', '14.5', 'Skill', 'Sablemoor Halberds', 'Ashwood Halberd', 'Pilgrim Glaive', 'Tidewrack Halberd', 'Join the page discussion',
    'Tired of anon posting? Register!', ...xComments.flat(), 'Load more', ...xFoot, '© 2026 Fextralife. All rights reserved.',
    'This site uses cookies to store information on your computer.', 'Accept all', 'Reject',
  ],
};
