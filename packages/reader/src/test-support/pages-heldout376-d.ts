import { links, type TestPage, texts } from './page-kit.js';
import { polygon } from './pages-heldout376-d2.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file d: a Game8-style tier list (a listing page: site header, game nav, breadcrumbs, the author and
 * "last updated" box, the in-page "List of Contents", the tier table whose cells are body, "Related Guides" tables, a poll,
 * the comment box, the right-hand ranking sidebar and the footer) and, from file d2, a Polygon-style guide article.
 */
const eTitle = 'Starveil Tactics Tier List: Best Units to Recruit';
const eHeads = ['Best Units Tier List', 'How We Rank Units', 'Best Units to Recruit Early', 'Units to Skip'];
const eIntro = [
  j(
    'This is a tier list of every recruitable unit in Starveil Tactics, ranked for the main story on Hard. Read on to see',
    'which units are worth your first recruiting tokens and which ones you can safely leave at the tavern.',
  ),
];
const eTiers: readonly (readonly [string, string])[] = [
  ['SS Tier', 'Iselle the Lamplighter, Grom Halvard, Sister Vey'],
  ['S Tier', 'Tarrow, Ninefold Archer, Mirel of the Dunes'],
  ['A Tier', 'Bastion Knight, Corvin, Hedge Witch Ola'],
  ['B Tier', 'Rook Cavalier, Dusk Scout, Pell'],
  ['C Tier', 'Militia Spearman, Cart Engineer'],
];
const eCells = eTiers.flat();
const eHow = [
  j(
    'Units are ranked by how much they contribute across the whole story, not by their numbers at level 1. Healing, range and',
    'movement are weighted more heavily than raw damage, since most Hard maps are lost to being surrounded rather than to a',
    'lack of damage.',
  ),
];
const eEarly = [
  j(
    'Iselle the Lamplighter is the best first recruit. Her Beacon skill reveals the fog on night maps and gives every ally in',
    'range an extra move, which is worth more than any single attack in the early chapters.',
  ),
  j(
    'Grom Halvard is slow but can hold a chokepoint alone until chapter 9. Pair him with Sister Vey, whose heal reaches two',
    'tiles further than any other healer.',
  ),
];
const eMid = [
  j(
    'Tarrow and the Ninefold Archer sit just below the top tier. Tarrow can cross water tiles, which opens shortcuts on',
    'the river maps, and the Archer is the only unit who can attack three tiles away without a tower.',
  ),
  j(
    'Mirel of the Dunes only joins after chapter 8, so she is harder to level, but her sandstorm skill blinds every enemy',
    'in a large area and makes the two escort missions far easier.',
  ),
];
const eSkip = [
  'Militia Spearman: a free unit who never catches up after chapter 4.',
  'Cart Engineer: strong on siege maps, but there are only two of them in the whole story.',
];
const eNav = ['Walkthrough', 'Story', 'Characters', 'Classes', 'Items', 'Maps', 'Tips', 'Tier List'];
const eCrumb = ['Game8', 'Starveil Tactics Wiki', 'Tier Lists'];
const eToc = ['List of Contents', 'Tier List', 'How We Rank', 'Early Recruits', 'Units to Skip', 'Related Guides'];
const eRel = ['Best Classes for Each Unit', 'All Recruitable Units', 'How to Get Recruiting Tokens', 'Chapter 9 Walkthrough'];
const eRank = ['Chapter 12 Walkthrough', 'Best Team Compositions', 'All Ending Guide', 'Secret Unit Locations'];
const eFoot = ['About Game8', 'Advertising', 'Privacy Policy', 'Terms of Service', 'Contact', 'Careers'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Starveil Tactics Tier List: Best Units to Recruit | Starveil Tactics｜Game8</title>
<meta name="description" content="Tier list of every recruitable unit in Starveil Tactics, ranked for the main story on Hard.">
<meta property="og:site_name" content="Game8"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${eTitle}",
"dateModified":"2026-02-20T10:00:00+09:00"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"archiveId":410223,"gameId":"starveil"});</script>
<link rel="stylesheet" href="https://game8.example/assets/archives.css"></head>
<body class="p-archives"><header class="l-header"><a class="l-header__logo" href="/">Game8</a>
<form class="l-header__search"><input type="text" placeholder="Search Game8"></form><a class="l-header__login" href="/login">Log In</a></header>
<nav class="l-gameNav"><div class="l-gameNav__title">Starveil Tactics Walkthrough &amp; Guides Wiki</div><ul>${links(eNav, 'l-gameNav__item')}</ul></nav>
<div class="l-content"><div class="l-3col"><main class="l-3colMain"><ol class="c-breadcrumb">${links(eCrumb, 'c-breadcrumb__item')}</ol>
<div class="archive-style-wrapper"><h1 class="p-archiveHeader__title">${eTitle}</h1>
<div class="p-archiveHeader__meta"><span class="p-archiveHeader__author">By <a href="/writers/22">Game8 Starveil Team</a></span>
<span class="p-archiveHeader__date">Last updated: Feb 20, 2026</span></div>
<p class="a-paragraph">${eIntro[0] ?? ''}</p>
<div class="a-toc"><div class="a-toc__title">${eToc[0] ?? ''}</div><ol>${links(eToc.slice(1), 'a-toc__item')}</ol></div>
<h2 class="a-header--2" id="hl_1">${eHeads[0] ?? ''}</h2><div class="a-tableWrap"><table class="a-table a-table--center"><tbody>
<tr><th>Tier</th><th>Units</th></tr>
${eTiers.map(([t, u]) => `<tr><td class="center"><b>${t}</b></td><td class="left">${u}</td></tr>`).join('\n')}</tbody></table></div>
<h2 class="a-header--2" id="hl_2">${eHeads[1] ?? ''}</h2><p class="a-paragraph">${eHow[0] ?? ''}</p>
<h2 class="a-header--2" id="hl_3">${eHeads[2] ?? ''}</h2>${eEarly.map((p) => `<p class="a-paragraph">${p}</p>`).join('\n')}
${eMid.map((p) => `<p class="a-paragraph">${p}</p>`).join('\n')}
<h2 class="a-header--2" id="hl_4">${eHeads[3] ?? ''}</h2><ul class="a-list">${eSkip.map((t) => `<li class="a-listItem">${t}</li>`).join('\n')}</ul>
<h2 class="a-header--2" id="hl_5">Related Guides</h2><div class="a-tableWrap"><table class="a-table"><tbody>
<tr>${eRel.map((t) => `<td><a class="a-link" href="/starveil/${t.length}">${t}</a></td>`).join('')}</tr></tbody></table></div>
<div class="p-archivePoll"><div class="p-archivePoll__title">Who was your first recruit?</div><button>Iselle</button><button>Grom</button>
<button>Vey</button><button>Someone else</button></div>
<div class="p-archiveComment"><h3 class="p-archiveComment__title">Comment</h3><div class="p-archiveComment__item">
<span class="p-archiveComment__name">Anonymous</span><span class="p-archiveComment__no">1</span>
<p class="p-archiveComment__body">Pell in B is a crime, his counter build carried my whole chapter 7.</p></div>
<a class="p-archiveComment__more" href="/starveil/410223/comments">Read all comments</a></div></div></main>
<aside class="l-3colSide"><div class="c-sideRanking"><div class="c-sideRanking__title">Popular Articles</div><ol>${links(eRank)}</ol></div>
<div class="c-adLabel">Advertisement</div></aside></div></div>
<footer class="l-footer"><ul>${links(eFoot)}</ul><p class="l-footer__copy">©2026 Game8 Inc. All Rights Reserved.</p></footer>
<div class="c-cmpBanner" role="dialog"><p>Game8 uses cookies to improve your experience and for ads.</p><button>OK</button></div>
<script src="https://game8.example/assets/archives.js"></script></body></html>`;
const game8: TestPage = {
  name: 'heldout376-game8-tier-list-wiki',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, ...eCells, ...eHow, ...eEarly, ...eMid, ...eSkip]),
  bylines: ['By Game8 Starveil Team', 'Last updated: Feb 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Starveil Tactics Walkthrough & Guides Wiki', ...eNav, ...eCrumb, ...eToc.filter((t) => t !== 'Tier List' && t !== 'Units to Skip'),
    ...eRel, 'Who was your first recruit?', 'Someone else', 'Comment', 'Anonymous',
    'Pell in B is a crime, his counter build carried my whole chapter 7.', 'Read all comments', 'Popular Articles', ...eRank, 'Advertisement',
    ...eFoot, '©2026 Game8 Inc. All Rights Reserved.', 'Game8 uses cookies to improve your experience and for ads.',
  ],
};

export const HELDOUT376_D: readonly TestPage[] = [game8, polygon];
