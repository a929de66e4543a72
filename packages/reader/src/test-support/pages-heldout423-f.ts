import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout423-kit.js';

/**
 * Held-out batch 423, file f: an opening explorer page in the style of 365chess, a listing whose main text is short (the
 * header with the login box, the top menu, breadcrumbs, the opening's name and ECO code, the short description, the
 * table of next moves with games and results, the "Top games" list, the ad slots and the footer) and a chess variant's
 * rules page on a Fandom wiki (the global navigation, the community header, the page header with categories, the
 * article with its infobox and table of contents, the rules and a setup table, the right rail and the license footer).
 */
const oTitle = 'Nimzo-Indian Defense: Rubinstein Variation';
const oEco = 'ECO code: E41 · 1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 4. e3 c5';
const oDesc = [
  j(
    'The Rubinstein Variation answers the pin with the modest 4.e3, keeping the pawn structure flexible and preparing Bd3 and',
    'Ne2 or Nf3. With 4...c5 Black hits the d4 pawn at once and asks White to decide the centre early.',
  ),
  j(
    'Main plans for White are a quick a3 to win the bishop pair, or Ne2 to avoid doubled c-pawns. Black usually aims for ...Nc6',
    'and ...d6 with a Hübner-type structure.',
  ),
];
const oHead = ['Move', 'Games', 'White wins', 'Draws', 'Black wins'];
const oMoves: [string, string, string, string, string][] = [
  ['5. Bd3', '4,812', '34.1%', '38.6%', '27.3%'],
  ['5. Ne2', '2,977', '36.8%', '35.2%', '28.0%'],
  ['5. Nf3', '1,440', '33.0%', '39.9%', '27.1%'],
  ['5. a3', '612', '31.5%', '33.0%', '35.5%'],
  ['5. dxc5', '208', '29.8%', '37.0%', '33.2%'],
];
const oMenu = ['Games', 'Players', 'Openings', 'Tournaments', 'Puzzles', 'Chess Online', 'Shop'];
const oCrumbs = ['Openings', 'Nimzo-Indian Defense', 'Rubinstein Variation'];
const oTop = ['Kessler vs Teague, Ormsby 2026, 1-0', 'Voronin vs Rautio, Brume 2025, ½-½', 'Sarkisova vs Dunmore, Karsby 2024, 0-1'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${oTitle} - Chess Openings - 362chess.com</title>
<meta name="description" content="Chess opening explorer: ${oTitle} (E41). Statistics, plans and master games.">
<meta name="keywords" content="Nimzo-Indian, Rubinstein, E41, chess openings, opening explorer">
<link rel="stylesheet" href="/css/main.css?v=14"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${oTitle}",
"breadcrumb":{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Openings"}]}}</script>
<script>var opening_fen="rnbqk2r/pp1p1ppp/4pn2/2p5/1bPP4/2N1P3/PP3PPP/R1BQKBNR w KQkq - 0 5"; var ECO="E41";</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="header"><div class="logo"><a href="/">362chess.com</a></div><div class="loginbox"><a href="/login.php">Login</a> |
<a href="/register.php">Register</a></div></div>
<div id="topmenu"><ul>${links(oMenu)}</ul></div>
<div class="topad"><div class="adlabel">Advertisement</div><div id="div-gpt-ad-top"></div></div>
<div id="content"><div class="breadcrumbs">${oCrumbs.map((c) => `<a href="/openings/${c.length}">${c}</a>`).join(' » ')}</div>
<div class="opening-main"><h1 class="opname">${oTitle}</h1><p class="opeco">${oEco}</p>
<div class="opboard"><img src="/diagrams/E41.png" alt="Position after 4...c5" width="320" height="320"></div>
<div class="opdesc">
${ps(oDesc)}
</div>
<h2 class="ophead">Next moves</h2>
<table class="stable"><thead><tr>${oHead.map((h) => `<th>${h}</th>`).join(' ')}</tr></thead><tbody>
${oMoves.map((r) => `<tr class="stablerow">${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`).join('\n')}
</tbody></table>
<p class="tablenote">Statistics from 10,049 games in the database, updated weekly.</p>
<div class="opbuttons"><a href="/opening.php?m=8&amp;ms=d4.Nf6.c4.e6.Nc3.Bb4.e3.c5" class="button">Show all games</a>
<a href="/explorer" class="button">Open in explorer</a></div></div>
<div class="rightcol"><h3>Top games</h3><ul>${links(oTop)}</ul><div class="sidead"><div class="adlabel">Advertisement</div></div>
<h3>Other variations</h3><ul>${links(['Normal Variation (E46)', 'Hübner Variation (E41)', 'Classical Variation (E32)'])}</ul></div></div>
<div id="footer"><p>© 2004-2026 362chess.com · About · Contact · Privacy Policy</p></div>
<div class="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on a
device, such as cookies.</p></div><button mode="primary">AGREE</button> <button mode="secondary">MORE OPTIONS</button></div>
</body></html>`;
const explorer: TestPage = {
  name: 'heldout423-365chess-opening-explorer-docs',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Next moves'],
  body: [oEco, ...texts(oDesc), ...oMoves.map((r) => r.join(' ')), 'Statistics from 10,049 games in the database, updated weekly.'],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '362chess.com', 'Login', 'Register', ...oMenu, 'Advertisement', 'Nimzo-Indian Defense', 'Show all games', 'Open in explorer', 'Top games', ...oTop,
    'Other variations', 'Normal Variation (E46)', 'Hübner Variation (E41)', 'Classical Variation (E32)',
    '© 2004-2026 362chess.com · About · Contact · Privacy Policy',
    'We value your privacy. We and our partners store and access information on a device, such as cookies.',
    'AGREE', 'MORE OPTIONS',
  ],
};

const vTitle = 'Tidewater Chess';
const vIntro = [
  j(
    '<b>Tidewater Chess</b> is a chess variant for two players in which the two central ranks of the board flood and drain as the',
    'game goes on. It was invented in 2019 by members of a correspondence club in Saltmarch and is played on an ordinary board with',
    'one extra set of markers.',
  ),
];
const vH = ['Setup', 'Rules', 'The tide', 'Winning', 'Strategy'];
const vSetup = ['The pieces start as in standard chess. Four tide markers are placed beside the board.'];
const vSetupRows: [string, string][] = [
  ['Ranks 1–3 and 6–8', 'Dry land: all pieces move normally'],
  ['Ranks 4 and 5', 'The shallows: flooded on every fourth move'],
];
const vRules = ['All pieces move and capture as in standard chess, with the exceptions below.'];
const vTide = [
  j(
    'After every fourth move by Black, the tide comes in and ranks 4 and 5 are flooded until Black\u2019s next move. While the tide',
    'is in, no piece may end its move on a flooded square, and pawns standing there cannot move.',
  ),
  'Knights may jump over flooded squares. Bishops, rooks and queens may not cross them.',
  'A king standing on a flooded square when the tide comes in must leave it on the next move, which counts as being in check.',
];
const vWin = [
  j(
    'The game is won by checkmate, as usual. A player whose only legal moves would leave a piece on a flooded square is not',
    'stalemated; instead they pass, and the tide goes out one move early.',
  ),
];
const vStrat = [
  j(
    'Because long-range pieces are cut off while the tide is in, knights are worth more than in standard chess, and many players',
    'value them at four points. Pawn storms are timed so that the pawns reach the fifth rank just as the tide goes out.',
  ),
  j(
    'Experienced players keep a count of the moves until the next tide and avoid leaving a bishop or rook on the wrong side',
    'of the shallows. A common opening trap, the “Saltmarch Ebb”, lures the enemy queen across rank 5 one move before the',
    'flood, so that it is cut off from its own king for two full moves.',
  ),
];
const vGlobal = ['Fandom', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const vLocal = ['Explore', 'Variants', 'Inventors', 'Community'];
const vRail = ['Hexagonal Chess', 'Chess on a Really Big Board', 'Capablanca Chess'];
const vHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${vTitle} | Chess Variants Wiki | Fandom</title>
<meta name="generator" content="MediaWiki 1.39.7"><meta name="description" content="Tidewater Chess is a chess variant in which the central ranks flood.">
<meta property="og:site_name" content="Chess Variants Wiki"><meta property="og:title" content="${vTitle}">
<link rel="canonical" href="https://chessvariants-archive.fandom.example/wiki/Tidewater_Chess">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${vTitle}","about":{"@type":"Thing","name":"Chess variant"},
"author":{"@type":"Organization","name":"Chess Variants Wiki Community"}}</script>
<script>RLCONF={"wgPageName":"Tidewater_Chess","wgTitle":"Tidewater Chess","wgArticleId":4412,"wgCategories":["Variants","Board variants"]};</script>
<link rel="stylesheet" href="https://static.wikia.example/load.php?modules=skin.fandomdesktop.styles"></head>
<body class="skin-fandomdesktop mediawiki ltr ns-0 ns-subject page-Tidewater_Chess rootpage-Tidewater_Chess">
<div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example">Fandom</a>
<nav class="global-navigation__nav"><ul>${links(vGlobal.slice(1), 'global-navigation__link')}</ul></nav>
<a class="wds-button" href="/signin">Sign In</a> <a class="wds-button wds-is-secondary" href="/register">Register</a></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/">Chess Variants Wiki</a>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(vLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content">
<div class="page-header" id="PageHeader"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
<a href="/wiki/Category:Variants">Variants</a>, <a href="/wiki/Category:Board_variants">Board variants</a></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${vTitle}</span></h1></div>
<div class="page-header__actions"><a class="wds-button" href="?action=edit">Edit</a></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-title">${vTitle}</h2>
<div class="pi-item pi-data"><h3 class="pi-data-label">Inventor</h3><div class="pi-data-value">Saltmarch Correspondence Club</div></div>
<div class="pi-item pi-data"><h3 class="pi-data-label">Year</h3><div class="pi-data-value">2019</div></div></aside>
${ps(vIntro)}
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${vH
  .map(
    (h, i) => `<li class="toclevel-1"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<h2><span class="mw-headline" id="Setup">${vH[0]}</span></h2>
${ps(vSetup)}
<table class="wikitable"><tbody><tr><th>Area</th> <th>Rule</th></tr>
${vSetupRows.map((r) => `<tr><td>${r[0]}</td> <td>${r[1]}</td></tr>`).join('\n')}
</tbody></table>
<h2><span class="mw-headline" id="Rules">${vH[1]}</span></h2>
${ps(vRules)}
<h3><span class="mw-headline" id="The_tide">${vH[2]}</span></h3>
${ps(vTide.slice(0, 1))}
<ul>${vTide
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h3><span class="mw-headline" id="Winning">${vH[3]}</span></h3>
${ps(vWin)}
<h2><span class="mw-headline" id="Strategy">${vH[4]}</span></h2>
${ps(vStrat)}
</div></div>
<div class="page-footer"><div class="wds-collapsible-panel page-footer__categories"><header>Categories</header>
<ul><li><a href="/wiki/Category:Variants">Variants</a></li><li><a href="/wiki/Category:Board_variants">Board variants</a></li></ul></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise noted.</div>
</div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper"><section class="rail-module recent-wiki-activity"><h2>Popular pages</h2>
<ul>${links(vRail)}</ul></section><div class="ad-slot-placeholder"><span class="ad-label">Advertisement</span></div></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><h3>Explore properties</h3><p>Follow Us</p><p>Overview</p>
<p>Community</p><p>Advertise</p><p>Fandom Apps</p>
<p class="global-footer__bottom">Chess Variants Wiki is a Fandom Games Community.</p></div></footer>
<div class="top-ads-container"></div><script src="https://static.wikia.example/load.php?modules=startup&amp;only=scripts"></script></body></html>`;
const fandom: TestPage = {
  name: 'heldout423-fandom-variant-rules-wiki',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: [...texts(vIntro), ...vSetup, ...vSetupRows.map((r) => r.join(' ')), ...vRules, ...vTide, ...vWin, ...vStrat],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vGlobal.filter((t) => t.length > 2), 'Sign In', 'Register', 'Chess Variants Wiki', ...vLocal, 'in:', 'Board variants', 'Edit', 'Inventor',
    'Saltmarch Correspondence Club', 'Contents', 'Categories', 'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular pages',
    ...vRail, 'Advertisement', 'Explore properties', 'Follow Us', 'Overview', 'Advertise', 'Fandom Apps', 'Chess Variants Wiki is a Fandom Games Community.',
  ],
};

export const HELDOUT423_F: readonly TestPage[] = [explorer, fandom];
