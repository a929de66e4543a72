import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 211, file d2: a Fextralife wiki weapon page (the Fextralife top bar with "Wikis", "Forums", "Join" and
 * "Sign In", the wiki's left navigation sidebar, the Twitch live widget, the breadcrumb with "»" separators, the page title,
 * the page tools, the weapon infobox table, the in-game description blockquote, h3.bonfire section headings, the weapon
 * navigation box listing the other greatswords, the "Join the page discussion" comments with anonymous posters and the footer).
 */
const fxTitle = "Gravewarden's Cleaver";
const fxIntro = [
  "Gravewarden's Cleaver is a Greatsword in Ashen Vigil. It deals mostly Physical damage with a small amount of Dark damage, " +
    'scales primarily with Strength and has the unique weapon skill Toll of the Sexton. Its heavy attacks stagger most ' +
    'humanoid enemies in two hits.',
];
const fxH1 = "Gravewarden's Cleaver Description";
const fxDesc =
  'Cleaver carried by the wardens of the drowned graveyard, who buried the dead and then, when the bells stopped, buried the ' +
  'living too. The blade is notched with one mark for every grave dug.';
const fxH2 = "Where to Find Gravewarden's Cleaver in Ashen Vigil";
const fxL2 = [
  'Dropped by the Gravewarden miniboss in the Sunken Churchyard, past the second lantern shrine.',
  "The Gravewarden only appears after you ring the chapel bell, which requires the Belfry Key from the Sexton's House.",
  'If you miss him, he respawns in New Game Plus at the same spot.',
];
const fxH3 = "Gravewarden's Cleaver Notes & Tips";
const fxH4 = "Gravewarden's Cleaver Moveset";
const fxL4 = [
  'Light attacks are two wide horizontal sweeps followed by an overhead chop. The third hit is slow but knocks most enemies down.',
  'Heavy attacks drag the blade along the ground before lifting it, which can catch enemies trying to roll behind you.',
  'The running attack is a leaping slam with a large hitbox, good for opening fights against groups of hollows.',
  'Guard counters use the flat of the blade and deal extra stance damage, but are slightly slower than other greatswords.',
];
const fxL3 = [
  'Toll of the Sexton slams the blade down and releases a ring of dark energy that hits enemies behind you. It costs 22 FP.',
  'The Dark damage portion does not scale with Faith, so infusing it with a Dark gem is usually a loss of damage.',
  "Pairs well with the Bellringer's Mantle, which increases the stagger of skills by 15%.",
  'Can be upgraded to +10 with Somber Grave Shards at the Churchyard blacksmith.',
  "In patch 1.04 the skill's recovery was reduced, making it much safer against bosses.",
];
const fxInfo = [
  ['Attack', 'Phy 138 / Dark 42'],
  ['Scaling', 'Str B / Dex E'],
  ['Requires', 'Str 24 / Dex 11'],
  ['Weight', '14.5'],
  ['Skill', 'Toll of the Sexton'],
];
const fxTop = ['Wikis', 'Forums', 'Join', 'Sign In'];
const fxSide = [
  'Ashen Vigil Wiki',
  'Game Progress Route',
  'Weapons',
  'Armor',
  'Spells',
  'Talismans',
  'Bosses',
  'Locations',
  'NPCs',
  'Builds',
  'Patch Notes',
  'Controls',
];
const fxOthers = ["Bellfounder's Greatsword", 'Drowned Knight Greatsword', 'Lantern Zweihander', "Pilgrim's Flamberge", "Sexton's Maul"];
const fxComments = [
  { name: 'Anonymous', date: '18 Nov 2025 09:41', text: 'Ring the bell BEFORE you kill the rats in the chapel or he never shows up. Took me an hour.' },
  { name: 'Anonymous', date: '16 Nov 2025 22:03', text: 'Skill goes through shields. Carried me through the whole Belfry.' },
];
const fxFoot = ['Fextralife', 'About', 'Privacy Policy', 'Terms of Service', 'Contact', 'Advertise'];
const fxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Gravewarden's Cleaver | Ashen Vigil Wiki</title>
<meta name="description" content="Gravewarden's Cleaver is a Greatsword in Ashen Vigil."><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="Gravewarden's Cleaver | Ashen Vigil Wiki"><meta property="og:site_name" content="Ashen Vigil Wiki">
<link href="https://fextralife.example/css/wiki.min.css?v=21" rel="stylesheet"><script src="https://fextralife.example/js/jquery-3.6.0.min.js"></script>
<script>var wikiId = 'ashenvigil'; var pageId = 512204; var isAnon = true;</script>
<script async src="https://fextralife.example/js/fex-ads.js"></script></head>
<body class="wiki-page"><div id="wrapper">
<nav id="fex-navbar" class="navbar navbar-inverse navbar-fixed-top" role="navigation"><div class="container-fluid">
<a class="navbar-brand" href="https://fextralife.example"><img src="https://fextralife.example/images/fextralife-logo.png" alt="Fextralife"></a>
<ul class="nav navbar-nav">${fxTop.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`).join('')}</ul></div></nav>
<div id="sidebar-wrapper"><ul class="sidebar-nav"><li class="sidebar-brand"><a href="/">${fxSide[0]}</a></li>${links(fxSide.slice(1))}</ul>
<div class="twitch-widget"><p class="twitch-title">Fextralife is LIVE</p><p>Watch now on Twitch</p></div></div>
<div id="page-content-wrapper"><div class="container-fluid"><div class="row"><div class="col-sm-9">
<div class="breadcrumb-wrapper"><a href="/">Ashen Vigil Wiki</a> » <a href="/Weapons">Weapons</a> » <a href="/Greatswords">Greatswords</a></div>
<div id="page-title-wrapper"><h1 id="page-title" class="page-title">${fxTitle}</h1>
<div class="page-tools"><a href="/ajax/wiki/edit">Edit</a> <a href="/ajax/wiki/history">History</a></div></div>
<div class="ad-container" id="fex-incontent-1"><small>Advertisement</small></div>
<div id="wiki-content-block">
<div id="infobox"><div class="table-responsive"><table class="wiki_table"><tbody>
<tr><th colspan="2"><h2>${fxTitle}</h2></th></tr><tr><td colspan="2"><img src="/file/Ashen-Vigil/gravewardens_cleaver.png" alt="gravewardens cleaver"></td></tr>
${fxInfo.map(([k, v]) => `<tr><td><strong>${k}</strong></td><td>${v}</td></tr>`).join('\n')}</tbody></table></div></div>
${fxIntro.map((p) => `<p>${p}</p>`).join('')}
<h3 class="bonfire">${fxH1}</h3><blockquote><p><em>${fxDesc}</em></p></blockquote>
<h3 class="bonfire">${fxH2}</h3><ul>${fxL2.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3 class="bonfire">${fxH4}</h3><ul>${fxL4.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3 class="bonfire">${fxH3}</h3><ul>${fxL3.map((t) => `<li>${t}</li>`).join('')}</ul>
<hr><h3 class="special">Greatswords</h3><div class="row"><div class="col-sm-12">${fxOthers
  .map((t) => `<a class="wiki_link" href="/${t.replace(/[' ]/g, '+')}">${t}</a>`)
  .join('&nbsp;&nbsp;♦&nbsp; ')}</div></div>
</div>
<div id="discussions-section"><h3 class="discussions-title">Join the page discussion</h3>
<p class="anon-register">Tired of anon posting? <a href="/join">Register!</a></p><div class="comments-list">${fxComments
  .map(
    (c) => `<div class="comment-item"><div class="comment-head"><span class="comment-author">${c.name}</span>
<span class="comment-date">${c.date}</span></div><div class="comment-body"><p>${c.text}</p></div>
<div class="comment-actions"><a href="#">Reply</a> <a href="#">Report</a></div></div>`,
  )
  .join('\n')}</div><button class="btn load-more">Load more</button></div>
</div><div class="col-sm-3 right-rail"><div class="ad-container" id="fex-sidebar-1"><small>Advertisement</small></div></div></div></div>
<footer id="footer"><ul class="footer-links">${links(fxFoot)}</ul><p>© 2012-2025 Fextralife. All Rights Reserved</p></footer></div></div>
</body></html>`;
export const fextralife: TestPage = {
  html: fxHtml,
  name: 'heldout211-fextralife-wiki',
  kind: 'wiki',
  // the infobox table (its repeated title, labels and values) is in neither list; the in-game description blockquote is body;
  // the weapon navigation box, sidebar and anonymous comments are furniture
  title: fxTitle,
  headings: [fxH1, fxH2, fxH4, fxH3],
  body: texts([...fxIntro, fxDesc, ...fxL2, ...fxL4, ...fxL3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fxTop, ...fxSide, 'Fextralife is LIVE', 'Watch now on Twitch', 'Greatswords', 'Edit', 'History', 'Advertisement', ...fxOthers,
    'Join the page discussion', 'Tired of anon posting? Register!', ...fxComments.flatMap((c) => [c.name, c.date, c.text]), 'Reply', 'Report',
    'Load more', ...fxFoot, '© 2012-2025 Fextralife. All Rights Reserved',
  ],
};
