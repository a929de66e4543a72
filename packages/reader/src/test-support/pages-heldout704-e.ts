import { type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout704-kit.js';

/**
 * Held-out batch 704, file e: a football club season article on Wikipedia (Vector 2022) with an infobox, transfer, league,
 * cup and scorer tables (the league table with rowspan cells), references and a navbox, and a speedway rider page on a Fandom
 * wiki (FandomDesktop) with a portable infobox, a contents box, a statistics table, trivia, categories and the Fandom rails.
 */
const kTitle = '2025–26 Westhollow Albion F.C. season';
const ref = (n: number) =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const kLead = [
  j(
    `The <b>2025–26 season</b> was Westhollow Albion Football Club's 121st season in existence and their third consecutive season in`,
    `the Vanguard League, the second tier of the league system. Alongside the league, the club competed in the National Cup and the`,
    `League Trophy.${ref(1)}`,
  ),
  j(
    `Under manager Petra Holmqvist, in her first full season in charge, Westhollow finished second and won promotion to the top flight`,
    `for the first time since 1998. Striker Callum Ferrante was the division's top scorer with 24 league goals.${ref(2)}`,
  ),
];
const kBack = j(
  `Westhollow finished 14th in 2024–25. Holmqvist, previously the club's under-21 coach, was appointed permanently in May 2025`,
  `after a ten-match spell as caretaker manager in which the team lost only once.${ref(3)}`,
);
const kIn = [
  ['Date', 'Position', 'Player', 'From', 'Fee'],
  ['1 July 2025', 'FW', 'Callum Ferrante', 'Brynmawr City', '£1.2 million'],
  ['4 July 2025', 'DF', 'Jonah Kessler', 'Saltney Vale', 'Free'],
  ['29 August 2025', 'MF', 'Iwan Ruddock', 'Portreath Town', 'Loan'],
];
const kOut = [
  ['Date', 'Position', 'Player', 'To', 'Fee'],
  ['1 July 2025', 'GK', 'Martin Ebdon', 'Harrowgate Rangers', 'Free'],
  ['12 August 2025', 'MF', 'Sol Adeyemi', 'Caldmoor United', '£3.5 million'],
];
const kSummary = [
  j(
    `Westhollow lost two of their first three league matches, including a 4–0 defeat at Portreath Town on 23 August, but then went`,
    `15 matches unbeaten, a club record in the second tier. Ferrante scored in nine of those games.${ref(4)}`,
  ),
  j(
    `The club were top at the turn of the year but won only two of eight matches in February and March, dropping to fourth. A 3–1`,
    `win over Caldmoor United on 18 April, watched by a season-high crowd of 21,480 at Millrace Lane, moved them back into the`,
    `automatic promotion places, and a goalless draw at Saltney Vale on the final day confirmed second place.${ref(5)}`,
  ),
  j(`In the National Cup, Westhollow reached the fifth round for the first time in 11 years before losing 2–1 to Portreath Town`, `after extra time.`),
];
const kHead = ['Pos', 'Team', 'Pld', 'W', 'D', 'L', 'GF', 'GA', 'GD', 'Pts', 'Promotion or relegation'];
const kLeague = [
  ['1', 'Portreath Town (C, P)', '46', '28', '11', '7', '81', '39', '+42', '95', 'Promotion to the Premier Division'],
  ['2', 'Westhollow Albion (P)', '46', '26', '12', '8', '77', '41', '+36', '90'],
  ['3', 'Caldmoor United', '46', '24', '10', '12', '70', '48', '+22', '82', 'Qualification for the play-offs'],
  ['4', 'Brynmawr City', '46', '22', '13', '11', '66', '50', '+16', '79'],
];
const kCup = [
  ['Round', 'Date', 'Opponent', 'Venue', 'Result', 'Scorers'],
  ['Third round', '10 January 2026', 'Harrowgate Rangers', 'Home', '3–0', 'Ferrante (2), Kessler'],
  ['Fourth round', '7 February 2026', 'Dunmore Athletic', 'Away', '1–0', 'Ruddock'],
  ['Fifth round', '7 March 2026', 'Portreath Town', 'Home', '1–2 (a.e.t.)', 'Ferrante'],
];
const kScorers = [
  ['Rank', 'Player', 'League', 'National Cup', 'Total'],
  ['1', 'Callum Ferrante', '24', '3', '27'],
  ['2', 'Iwan Ruddock', '9', '1', '10'],
  ['3', 'Jonah Kessler', '6', '1', '7'],
];
const kRefs = [
  '"Westhollow Albion fixtures 2025–26 released". Westhollow Gazette. 26 June 2025. Retrieved 2 July 2025.',
  '"Ferrante wins Golden Boot as Albion go up". Vanguard League. 2 May 2026. Retrieved 3 May 2026.',
  '"Holmqvist named permanent manager". Westhollow Albion F.C. 19 May 2025. Retrieved 20 May 2025.',
  'Pell, Andrew (14 December 2025). "Albion set club record with 15th game unbeaten". Westhollow Gazette. Retrieved 15 December 2025.',
  '"Albion promoted after goalless draw at Saltney Vale". Northern Sports Wire. 2 May 2026. Retrieved 3 May 2026.',
];
const kInfobox: [string, string][] = [
  ['Manager', 'Petra Holmqvist'],
  ['Stadium', 'Millrace Lane'],
  ['Vanguard League', '2nd (promoted)'],
  ['National Cup', 'Fifth round'],
  ['League Trophy', 'Second round'],
  ['Top goalscorer', 'League: Callum Ferrante (24) All: Callum Ferrante (27)'],
  ['Highest home attendance', '21,480 vs Caldmoor United (18 April 2026)'],
];
const kToc = [
  'Background',
  'Transfers',
  'In',
  'Out',
  'Season summary',
  'Competitions',
  'Vanguard League',
  'National Cup',
  'Statistics',
  'References',
  'External links',
];
const kMenu = [
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
  'Contact us',
  'Help',
  'Learn to edit',
  'Community portal',
  'Recent changes',
];
const kSeasons = ['2021–22', '2022–23', '2023–24', '2024–25', '2025–26', '2026–27'];
const kFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const kCell = (c: string, i: number, head: boolean) => (head ? `<th>${c}</th>` : i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`);
const kTable = (rows: string[][], cls = 'wikitable') =>
  `<table class="${cls}"><tbody>${rows.map((r, i) => `<tr>${r.map((c, k) => kCell(c, k, i === 0)).join('\n')}</tr>`).join('\n')}</tbody></table>`;
const kH = (level: 2 | 3, t: string) => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=2025%E2%80%9326_Westhollow_Albion_F.C._season&amp;action=edit"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const kLeagueHtml = `<table class="wikitable" style="text-align:center;"><tbody><tr>${kHead.map((h) => `<th scope="col">${h}</th>`).join('\n')}</tr>
${kLeague
  .map((r, i) => {
    const cells = r.map((c, k) =>
      k === 0
        ? `<th scope="row">${c}</th>`
        : k === 10
          ? `<td rowspan="2" style="background-color:#BBF3BB;text-align:left">${c}</td>`
          : k === 1
            ? `<td style="text-align:left;${i === 1 ? 'font-weight:bold;' : ''}"><a
href="/wiki/x">${c.replace(/ \(.*\)$/, '')}</a>${c.includes('(') ? ` <b>${c.replace(/^.* (\(.*\))$/, '$1')}</b>` : ''}</td>`
            : `<td>${c}</td>`,
    );
    return `<tr>${cells.join('\n')}</tr>`;
  })
  .join('\n')}</tbody></table>
<div class="sports-table-notes"><p>Source: <a
href="https://www.vanguardleague.example/tables">Vanguard League</a><br>Rules for classification: 1) Points; 2) Goal difference;
3) Goals scored<br>(C) Champions; (P) Promoted</p></div>`;
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>2025–26 Westhollow Albion F.C. season - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"2025–26_Westhollow_Albion_F.C._season","wgTitle":"2025–26 Westhollow Albion F.C. season","wgCurRevisionId":1229901344,
"wgCategories":["Westhollow Albion F.C. seasons","2025–26 Vanguard League by team"],"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.5"><meta property="og:title" content="${kTitle} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/2025%E2%80%9326_Westhollow_Albion_F.C._season"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-2025–26_Westhollow_Albion_F_C_season
rootpage-2025–26_Westhollow_Albion_F_C_season skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
class="vector-pinnable-header vector-main-menu-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">
Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${kMenu
  .map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"
accesskey="o"><span>Log in</span></a></li></ul>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-toc.unpin">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${kToc
  .map(
    (t) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Add languages</span>
</label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/x"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:x" rel="discussion"><span>Talk</span></a></li></ul></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/x"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?action=history"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">Westhollow Albion</th></tr>
<tr><td colspan="2" class="infobox-subheader">2025–26 season</td></tr>
${kInfobox
  .map(
    ([l, v]) => `<tr><th scope="row" class="infobox-label">${l}</th><td
class="infobox-data">${v.replace(' All:', '<br>All:')}</td></tr>`,
  )
  .join('\n')}
<tr><td colspan="2" class="infobox-below"><a href="/wiki/2024–25_Westhollow_Albion_F.C._season">← 2024–25</a>
<a href="/wiki/2026–27_Westhollow_Albion_F.C._season">2026–27 →</a></td></tr></tbody></table>
${kLead.map((p) => `<p>${p}\n</p>`).join('\n')}
${kH(2, 'Background')}<p>${kBack}</p>
${kH(2, 'Transfers')}${kH(3, 'In')}${kTable(kIn)}${kH(3, 'Out')}${kTable(kOut)}
${kH(2, 'Season summary')}${kSummary.map((p) => `<p>${p}</p>`).join('\n')}
${kH(2, 'Competitions')}${kH(3, 'Vanguard League')}${kLeagueHtml}
${kH(3, 'National Cup')}${kTable(kCup)}
${kH(2, 'Statistics')}${kTable(kScorers, 'wikitable sortable')}
${kH(2, 'References')}<div class="reflist"><div class="mw-references-wrap"><ol class="references">${kRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation news cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${kH(2, 'External links')}<ul><li><a rel="nofollow" class="external text" href="https://www.westhollowalbion.example/">Official website</a></li></ul>
<div role="navigation" class="navbox" aria-labelledby="Westhollow_Albion_F.C._seasons"><table class="nowraplinks hlist navbox-inner"><tbody><tr><th scope="col"
class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Westhollow_Albion_seasons">
<abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:x"><abbr title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="/wiki/Special:EditPage/Template:x"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Westhollow_Albion_F.C._seasons">Westhollow Albion F.C. seasons</div></th></tr><tr><td class="navbox-list-with-group navbox-list navbox-odd"><div><ul>
${kSeasons.map((s) => `<li><a href="/wiki/${s}_Westhollow_Albion_F.C._season">${s}</a></li>`).join('\n')}</ul></div></td></tr></tbody></table></div>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=2025–26_Westhollow_Albion_F.C._season&amp;oldid=1229901344">
https://en.wikipedia.org/w/index.php?title=2025–26_Westhollow_Albion_F.C._season&amp;oldid=1229901344</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul><li><a href="/wiki/Category:Westhollow_Albion_F.C._seasons">Westhollow Albion F.C. seasons</a></li>
<li><a href="/wiki/Category:2025–26_Vanguard_League_by_team">2025–26 Vanguard League by team</a></li></ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 14 June 2026, at
09:12<span class="anonymous-show">&nbsp;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike
4.0 License</a>; additional terms may apply. By using this site, you agree to the <a href="/wiki/Terms_of_Use">Terms of Use</a> and
<a href="/wiki/Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a href="https://wikimediafoundation.org/">Wikimedia Foundation,
Inc.</a>, a non-profit organization.</li></ul><ul id="footer-places">${kFoot.map((t) => `<li><a href="/wiki/x">${t}</a></li>`).join('\n')}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7b9c","wgBackendResponseTime":141});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout704-wikipedia-football-season',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: ['Background', 'Transfers', 'In', 'Out', 'Season summary', 'Competitions', 'Vanguard League', 'National Cup', 'Statistics'],
  body: texts([
    ...kLead,
    kBack,
    ...kIn.map((r) => r.join(' ')),
    ...kOut.map((r) => r.join(' ')),
    ...kSummary,
    kHead.join(' '),
    ...kLeague.map((r) => r.join(' ')),
    ...kCup.map((r) => r.join(' ')),
    ...kScorers.map((r) => r.join(' ')),
  ]),
  bylines: ['This page was last edited on 14 June 2026, at 09:12 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...kMenu, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...kToc, 'Add languages', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', 'From Wikipedia, the free encyclopedia', 'Westhollow Albion',
    '2025–26 season', ...kInfobox.flatMap(([l, v]) => [l, ...v.split(' All: ').map((x, i) => (i === 0 ? x : `All: ${x}`))]), '← 2024–25', '2026–27 →',
    'edit', 'References', 'External links', 'Source:', 'Vanguard League', 'Rules for classification: 1) Points; 2) Goal difference; 3) Goals scored',
    '(C) Champions; (P) Promoted', ...kRefs, 'Official website', 'v', 't', 'e', 'Westhollow Albion F.C. seasons', ...kSeasons, 'Retrieved from',
    'https://en.wikipedia.org/w/index.php?title=2025–26_Westhollow_Albion_F.C._season&oldid=1229901344', 'Categories', '2025–26 Vanguard League by team',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
    'By using this site, you agree to the Terms of Use and Privacy Policy.',
    'Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.', ...kFoot,
  ],
});

const fTitle = 'Jonty Marrack';
const fLead = j(
  '<b>Jonty Marrack</b> (born 3 March 1999) is a speedway rider from Cotterill, Midshire, who rides for the Brackenfield Bears in the',
  'Elite League. Known to fans as "The Midshire Missile", he won the National Under-21 Championship in 2019 and captained the Bears',
  'to the league title in 2025.',
);
const fSecs: [2 | 3, string, string[]][] = [
  [
    2,
    'Early life',
    [
      j(
        "Marrack grew up two streets from the Cotterill Comets' old track at Sandpit Lane, where his father Keith raced in the 1980s.",
        'He rode grasstrack from the age of eight and had his first second-half ride at Sandpit Lane a week after his 16th birthday.',
      ),
    ],
  ],
  [2, 'Career', []],
  [
    3,
    'Cotterill Comets (2016–2019)',
    [
      j(
        'Marrack made his league debut for the Comets in the National League in April 2016 and finished his first season with a',
        "5.41 average. By 2019 he was the team's top scorer, with an average of 9.88, and he won the National Under-21 Championship",
        'at Brackenfield in August of that year.',
      ),
    ],
  ],
  [
    3,
    'Brackenfield Bears (2020–present)',
    [
      j(
        'When the Comets closed at the end of 2019, Marrack signed for the Bears. He was named captain in 2023 and led the team to',
        'its first Elite League title for 22 years in 2025, scoring a paid maximum in the second leg of the final against the',
        'Lynmouth Gulls.',
      ),
      j(
        'In July 2026 he broke his collarbone in a crash at Lynmouth and missed the rest of the season. He was back on a bike at',
        "the Bears' press and practice day in March 2027.",
      ),
    ],
  ],
];
const fStats = [
  ['Season', 'Team', 'League', 'Matches', 'Average'],
  ['2016', 'Cotterill Comets', 'National League', '28', '5.41'],
  ['2019', 'Cotterill Comets', 'National League', '31', '9.88'],
  ['2024', 'Brackenfield Bears', 'Elite League', '34', '8.72'],
  ['2025', 'Brackenfield Bears', 'Elite League', '36', '9.14'],
];
const fTrivia = ["Marrack's race number, 7, was also his father's.", 'He works as a joiner during the winter.'];
const fBox: [string, string][] = [
  ['Born', '3 March 1999'],
  ['Birthplace', 'Cotterill, Midshire'],
  ['Nickname', 'The Midshire Missile'],
  ['Current team', 'Brackenfield Bears'],
  ['Previous teams', 'Cotterill Comets (2016–2019)'],
  ['Race number', '7'],
];
const fCats = ['Riders', 'Brackenfield Bears riders', 'Cotterill Comets riders', 'Midshire riders'];
const fGlobal = ['Games', 'Anime', 'Movies', 'TV', 'Video', 'Wikis'];
const fLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Riders', 'Teams', 'Tracks', 'Seasons'];
const fFeed = ['Brackenfield Bears', 'Elite League 2025', 'Lynmouth Gulls', 'Sandpit Lane'];
const fFoot = [
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Global Sitemap',
  'Local Sitemap',
  'Support',
  'Help',
];
const fToc: [string, string, string][] = [
  ['1', 'Early_life', 'Early life'],
  ['2', 'Career', 'Career'],
  ['2.1', 'Cotterill_Comets', 'Cotterill Comets (2016–2019)'],
  ['2.2', 'Brackenfield_Bears', 'Brackenfield Bears (2020–present)'],
  ['3', 'Career_statistics', 'Career statistics'],
  ['4', 'Trivia', 'Trivia'],
];
const fH = (level: 2 | 3, t: string) =>
  `<h${level}><span class="mw-headline" id="${t.replace(/ \(.*$/, '').replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/wiki/Jonty_Marrack?action=edit&amp;section=1" title="Edit section: ${t}"><svg class="wds-icon wds-icon-tiny section-edit-pencil-icon"><use
xlink:href="#wds-icons-pencil-tiny"></use></svg>edit</a><span class="mw-editsection-bracket">]</span></span></h${level}>`;
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Jonty Marrack | Speedway Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCityId":"2210433","wgPageName":"Jonty_Marrack","wgTitle":"Jonty Marrack",
"wgCategories":["Riders","Brackenfield Bears riders","Cotterill Comets riders","Midshire riders"],"wgContentLanguage":"en"};</script>
<link rel="stylesheet" href="https://speedway.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop">
<meta name="generator" content="MediaWiki 1.39.7"><meta property="og:site_name" content="Speedway Wiki"><meta property="og:title" content="Jonty Marrack">
<meta property="og:description" content="Jonty Marrack (born 3 March 1999) is a speedway rider from Cotterill, Midshire.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Jonty Marrack","about":{"@type":"Thing","name":"Jonty Marrack"},
"author":{"@type":"Organization","name":"Speedway Wiki Community"},"publisher":{"@type":"Organization","name":"Fandom, Inc."}}</script></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Jonty_Marrack rootpage-Jonty_Marrack theme-fandomdesktop-light
is-content-expanded"><div class="global-navigation" data-tracking-label="global-navigation"><div class="global-navigation__top"><a href="https://www.fandom.com"
class="global-navigation__logo" data-tracking-label="logo"><svg class="wds-icon"></svg><span class="wds-assets__sr-only">Fandom</span></a>
<nav class="global-navigation__nav"><ul>${fGlobal
  .map((t) => `<li><a href="https://www.fandom.com/topics/${t.toLowerCase()}" class="global-navigation__link">${t}</a></li>`)
  .join('')}</ul></nav></div><div class="global-navigation__bottom"><a href="https://createnewwiki.fandom.com/Special:CreateNewWiki"
class="wds-button wds-is-secondary global-navigation__start-a-wiki">Start a Wiki</a><div class="global-navigation__register-text">Don't have an account?</div>
<a href="https://auth.fandom.com/register" class="wds-button wds-is-secondary">Register</a><a href="https://auth.fandom.com/signin"
class="wds-button">Sign In</a>
</div></div>
<div class="top-ads-container"><div class="top-leaderboard"><div class="ae-translatable-label" data-key="advertisement">Advertisement</div></div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a accesskey="z" href="https://speedway.fandom.com" class="fandom-community-header__image"><img
src="https://static.wikia.nocookie.net/speedway/images/e/e6/Site-logo.png"
width="94" height="65" alt="Speedway Wiki"></a><div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper">
<a href="https://speedway.fandom.com" class="fandom-community-header__community-name">Speedway Wiki</a></div></div>
<div class="fandom-community-header__local-navigation"><ul class="wds-tabs">${fLocal
  .map(
    (t) => `<li class="wds-dropdown"><a href="https://speedway.fandom.com/wiki/${t.replace(/ /g, '_')}" class="wds-tabs__tab-label">
<span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fCats
  .slice(0, 3)
  .map((c, i) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}" data-tracking-label="categories-top-more-${i}">${c}</a>`)
  .join(', ')}<div class="wds-dropdown page-header__categories-dropdown"><span>, </span><div class="wds-dropdown__toggle"><span>and 1 more</span></div></div>
</div></div></div><div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading">
<span class="mw-page-title-main">${fTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit"
class="wds-button wds-is-text page-header__action-button
has-label" href="/wiki/Jonty_Marrack?action=edit" accesskey="e"><svg class="wds-icon wds-icon-small"></svg><span>Sign in to edit</span></a>
<a id="ca-history" href="/wiki/Jonty_Marrack?action=history" class="wds-button wds-is-text page-header__action-button">History</a>
<a href="/wiki/Talk:Jonty_Marrack" class="wds-button wds-is-text page-header__action-button">Talk (0)</a></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="name">${fTitle}</h2><figure class="pi-item pi-image" data-source="image"><a
href="https://static.wikia.nocookie.net/speedway/images/Marrack.jpg"
class="image image-thumbnail" title=""><img src="https://static.wikia.nocookie.net/speedway/images/Marrack.jpg/revision/latest/scale-to-width-down/268"
class="pi-image-thumbnail" alt="" width="268" height="201"></a><figcaption
class="pi-item-spacing pi-caption">Marrack at Cotterill Road in 2025</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2
class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Personal information</h2>
${fBox
  .slice(0, 3)
  .map(
    ([
      l,
      v,
    ]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${l.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${l}</h3>
<div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join(
    '\n',
  )}</section><section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">
Career</h2>${fBox
  .slice(3)
  .map(
    ([
      l,
      v,
    ]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${l.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${l}</h3>
<div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</section></aside>
<p>${fLead}\n</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${fToc
  .map(
    ([n, id, t]) =>
      `<li class="toclevel-${n.includes('.') ? 2 : 1}"><a href="#${id}"><span class="tocnumber">${n}</span> <span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fSecs.map(([lv, h, ps]) => `${fH(lv, h)}\n${ps.map((p) => `<p>${p}\n</p>`).join('\n')}`).join('\n')}
${fH(2, 'Career statistics')}<table class="wikitable"><tbody>${fStats
  .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('\n')}</tr>`)
  .join('\n')}</tbody></table>
<div class="ad-slot-placeholder incontent-boxad"><div class="ae-translatable-label" data-key="advertisement">Advertisement</div></div>
${fH(2, 'Trivia')}<ul>${lis(fTrivia)}</ul>
<!-- NewPP limit report Cached time: 20270412081149 Cache expiry: 1209600 --></div></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories wds-collapsible-panel wds-is-collapsed">
<header class="wds-collapsible-panel__header"><span>Categories</span><svg class="wds-icon wds-icon-tiny"></svg></header><div
class="wds-collapsible-panel__content">
<ul class="categories">${fCats
  .map((c) => `<li class="category normal" data-type="normal"><span class="name"><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></span></li>`)
  .join('\n')}</ul></div></div></div>
<div class="license-description">Community content is available under <a
href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div></div>
</main><aside class="page__right-rail"><div class="right-rail-wrapper WikiaRail" id="WikiaRail"><div class="rail-module" id="recirculation-rail">
<h2 class="rail-module__header">Popular pages</h2><ul class="rail-module__list">${fFeed
  .map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" class="rail-module__list-item">${t}</a></li>`)
  .join('\n')}</ul></div><div class="ad-slot-placeholder top-boxad"><div class="ae-translatable-label">Advertisement</div></div></div></aside></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__section"><h3 class="global-footer__section-header">Overview</h3>
<ul>${fFoot.map((t) => `<li><a href="https://www.fandom.com/x" class="global-footer__link">${t}</a></li>`).join('\n')}</ul></div>
<div class="global-footer__bottom"><div class="global-footer__community">Speedway Wiki is a Fandom Sports Community.</div>
<div class="global-footer__view-mobile"><a href="?mobileaction=toggle_view_mobile">View Mobile Site</a></div></div></div></footer></div></div>
<script src="https://speedway.fandom.com/load.php?modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;
const fandom: TestPage = gold({
  name: 'heldout704-fandom-speedway-rider',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: [...fSecs.map((s) => s[1]), 'Career statistics', 'Trivia'],
  body: texts([fLead, ...fSecs.flatMap((s) => s[2]), ...fStats.map((r) => r.join(' ')), ...fTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', ...fGlobal, 'Start a Wiki', "Don't have an account?", 'Register', 'Sign In', 'Advertisement', 'Speedway Wiki', ...fLocal, 'in:',
    ...fCats, 'and 1 more', 'Sign in to edit', 'History', 'Talk (0)', 'Marrack at Cotterill Road in 2025', 'Personal information',
    ...fBox.flat(), 'Contents', ...fToc.flatMap(([n, , t]) => [n, t]), 'edit', 'Categories',
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular pages', ...fFeed, 'Overview', ...fFoot,
    'Speedway Wiki is a Fandom Sports Community.', 'View Mobile Site',
  ],
});

export const HELDOUT704_E: readonly TestPage[] = [wikipedia, fandom];
