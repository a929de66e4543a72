import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes, mwHeading, ref, vectorPage } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file a4: an English Wikipedia article on a season of an (invented) football league, in the Vector 2022
 * shell of file a2: the "needs additional citations" message box above the season infobox, a teams table, the league
 * table with its qualification column, legend, source and classification notes, a top scorers table, the reference list,
 * a seasons navbox, the categories and the footer.
 */
const host = 'en.wikipedia.org';
const page = '2024–25 Aldmere Premier Division';
const h = (level: 2 | 3, text: string, n: number): string => mwHeading(level, text, host, page, n);
const lead = [
  `The <b>2024–25 Aldmere Premier Division</b> was the 41st season of the <a href="/wiki/Aldmere_Premier_Division">Aldmere Premier Division</a>, the top
division of association football in the Aldmere Isles. The season began on 9 August 2024 and ended on 17 May 2025.${ref('AFA', 1)}`,
  `<a href="/wiki/Harlow_Vale_FC">Harlow Vale</a> won the title for the third time, finishing two points ahead of the defending champions
<a href="/wiki/Kessingford_Albion_FC">Kessingford Albion</a>. <a href="/wiki/Stennack_Town_FC">Stennack Town</a> were relegated after four seasons in the
top division.`,
];
const hSummary = 'Season summary';
const summary = [
  `Kessingford Albion began the season as favourites after winning the previous two titles, and they led the table for most of the autumn. Harlow Vale, who
had finished fifth the year before under a new head coach, Marit Solberg, lost only once in their first eleven matches but drew four of them.`,
  `The decisive stretch came in March. Albion lost away to Port Averill and Brennock Rovers in the space of eight days, while Harlow Vale won five matches
in a row, including a 3–1 win over Albion in front of a record crowd of 9,412 at Tollgate Park. Harlow Vale confirmed the title with a goalless draw at
Sallowmere on the penultimate weekend.${ref('Chronicle', 2)}`,
  `At the bottom, Stennack Town won only one of their last fifteen matches and were relegated with two games left. Fennick City finished eleventh and went
into the relegation play-off.`,
];
const hTeams = 'Teams';
const teamsIntro = [
  'Twelve teams took part in the league, the same twelve as in the previous season, as the play-off winner in 2024 was the top-division club Fennick City.',
];
const teams: [string, string, string, string][] = [
  ['Brennock Rovers', 'Brennock', 'Quarry Lane', '4,200'],
  ['Carnhill', 'Carnhill', 'The Moorside', '2,950'],
  ['Dunmarsh United', 'Dunmarsh', 'Riverside Ground', '3,600'],
  ['Fennick City', 'Fennick', 'Abbey Fields', '5,100'],
  ['Harlow Vale', 'Harlow', 'Tollgate Park', '9,500'],
  ['Kessingford Albion', 'Kessingford', 'Albion Road', '8,800'],
  ['Oxley Park', 'Oxley', 'Oxley Park Stadium', '2,400'],
  ['Port Averill', 'Port Averill', 'The Quayside', '6,300'],
  ['Sallowmere', 'Sallowmere', 'Mere Lane', '3,100'],
  ['Stennack Town', 'Stennack', 'Castle Meadow', '3,750'],
  ['Tarrow Athletic', 'Tarrow', 'Millbrook Stadium', '4,000'],
  ['Westerby', 'Westerby', 'The Green', '2,200'],
];
const hTable = 'League table';
// team, W, D, L, GF, GA, note
const rows: [string, number, number, number, number, number][] = [
  ['Harlow Vale', 15, 4, 3, 48, 17],
  ['Kessingford Albion', 14, 5, 3, 44, 20],
  ['Port Averill', 11, 5, 6, 37, 25],
  ['Brennock Rovers', 10, 4, 8, 35, 28],
  ['Sallowmere', 9, 7, 6, 33, 27],
  ['Dunmarsh United', 8, 5, 9, 30, 30],
  ['Tarrow Athletic', 8, 5, 9, 28, 34],
  ['Westerby', 6, 6, 10, 27, 34],
  ['Carnhill', 6, 6, 10, 25, 36],
  ['Oxley Park', 6, 4, 12, 23, 36],
  ['Fennick City', 5, 5, 12, 22, 39],
  ['Stennack Town', 3, 6, 13, 19, 45],
];
const quals: Record<number, [string, number]> = {
  0: ['Qualification for the Isles Champions Cup group stage', 1],
  1: ['Qualification for the Isles Champions Cup first qualifying round', 2],
  3: ['', 7],
  10: ['Qualification for the relegation play-off', 1],
  11: ['Relegation to the Aldmere First Division', 1],
};
const suffix = (i: number): string => (i === 0 ? ' <b>(C)</b>' : i === 11 ? ' <b>(R)</b>' : '');
const gd = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
const tableRows = rows.map(([t, w, d, l, gf, ga], i) => {
  const cells = [String(i + 1), `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>${suffix(i)}`, '22', String(w), String(d), String(l), String(gf)];
  cells.push(String(ga), gd(gf - ga), `<b>${3 * w + d}</b>`);
  const q = quals[i];
  if (q?.[0]) cells.push(q[0]);
  return cells;
});
const tableHtml = `<table class="wikitable" style="text-align:center;"><tbody><tr><th scope="col"><abbr title="Position">Pos</abbr></th>
<th scope="col" style="width:190px;">Team</th><th scope="col"><abbr
title="Played">Pld</abbr></th><th scope="col"><abbr title="Won">W</abbr></th><th scope="col"><abbr title="Drawn">D</abbr></th><th scope="col"><abbr
title="Lost">L</abbr></th><th scope="col"><abbr title="Goals for">GF</abbr></th><th scope="col"><abbr title="Goals against">GA</abbr></th><th
scope="col"><abbr title="Goal difference">GD</abbr></th><th scope="col"><abbr title="Points">Pts</abbr></th><th scope="col">Qualification or
relegation</th></tr>
${tableRows
  .map((cells, i) => {
    const q = quals[i];
    const last = q?.[0] ? `\n<td style="text-align:left" rowspan="${q[1]}">${cells[10]}</td>` : q ? '\n<td rowspan="7"></td>' : '';
    const tds = cells.slice(0, 10).map((c, k) => (k === 1 ? `<th scope="row" style="text-align:left;">${c}</th>` : `<td>${c}</td>`));
    return `<tr>${tds.join('')}${last}</tr>`;
  })
  .join('\n')}
</tbody></table>
<div class="sports-table-notes" style="font-size:88%;">Source: <a href="#">Aldmere Football Association</a><br>Rules for classification: 1) Points; 2) Goal
difference; 3) Goals scored; 4) Head-to-head points<br>(C) Champions; (R) Relegated</div>`;
const hPlayoff = 'Relegation play-off';
const playoff = [
  `Fennick City, eleventh in the Premier Division, played Ashcombe, runners-up of the First Division, over two legs. Fennick won the first leg 2–0 at Abbey
Fields and drew 1–1 in Ashcombe to keep their place in the top division.${ref('Chronicle', 2)}`,
];
const hStats = 'Statistics';
const hScorers = 'Top scorers';
const scorers: [string, string, string, string][] = [
  ['1', 'Tomás Ferreira', 'Harlow Vale', '19'],
  ['2', 'Callum Dreyer', 'Kessingford Albion', '16'],
  ['3', 'Idris Vane', 'Port Averill', '13'],
  ['4', 'Jonah Pelham', 'Brennock Rovers', '11'],
  ['5', 'Anders Lykke', 'Sallowmere', '10'],
];
const hAwards = 'Awards';
const awards = [
  `Tomás Ferreira of Harlow Vale was named Player of the Season by the league's coaches, and his teammate Noor Haddad, a 19-year-old midfielder, won the
Young Player of the Season award. Marit Solberg was named Manager of the Season in her first year in charge.`,
  'The Fair Play award went to Westerby, who received the fewest yellow cards in the league for the second season in a row.',
];
const cites = [
  '"Premier Division 2024–25: final table". Aldmere Football Association. 18 May 2025. Retrieved 20 May 2025.',
  'Greaves, Owen (11 May 2025). "Harlow Vale seal title with draw at Sallowmere". Isles Chronicle. Retrieved 12 May 2025.',
];
const ambox = [
  'This article needs additional citations for verification.',
  'Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.',
  'Find sources:',
  'Learn how and when to remove this message',
];
const navSeasons = ['2020–21', '2021–22', '2022–23', '2023–24', '2024–25', '2025–26'];
const infobox = `<table class="infobox vcalendar"><caption class="infobox-title summary">Aldmere Premier Division</caption><tbody>
${[
  ['Season', '2024–25'],
  ['Dates', '9 August 2024 – 17 May 2025'],
  ['Champions', 'Harlow Vale<br>3rd title'],
  ['Relegated', 'Stennack Town'],
  ['Matches played', '132'],
  ['Goals scored', '371 (2.81 per match)'],
  ['Top goalscorer', 'Tomás Ferreira (19 goals)'],
]
  .map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`)
  .join('\n')}
<tr><td colspan="2" class="infobox-below"><div class="navbar-mini">← <a href="#">2023–24</a> 2025–26 →</div></td></tr></tbody></table>`;
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Football league season</div>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image">
<div class="mbox-image-div"><span typeof="mw:File"><img src="//upload.wikimedia.example/Question_book-new.svg.png" width="50" height="39"></span></div></td>
<td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for <a href="/wiki/Wikipedia:Verifiability"
title="Wikipedia:Verifiability">verification</a></b>.<span class="hide-when-compact">
${ambox[1]}</span><br><small><span class="plainlinks"><i>${ambox[2]}</i>&nbsp;"<a class="external text" href="#">2024–25 Aldmere Premier
Division</a>"&nbsp;–&nbsp;<a
class="external text" href="#">news</a>&nbsp;<b>·</b> <a class="external text" href="#">books</a></span></small> <span class="date-container"><i>(<span
class="date">March 2026</span>)</i></span><span class="hide-when-compact"><i> (<small><a
href="/wiki/Help:Maintenance_template_removal">${ambox[3]}</a></small>)</i>
</span></div></td></tr></tbody></table>
${infobox}
${lead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${h(2, hSummary, 1)}
${summary.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, hTeams, 2)}
<p>${teamsIntro[0]}</p>
<table class="wikitable sortable"><tbody><tr><th>Team</th><th>Location</th><th>Stadium</th><th>Capacity</th></tr>
${teams.map((r) => `<tr><td><a href="#">${r[0]}</a></td><td>${r[1]}</td><td>${r[2]}</td><td>${r[3]}</td></tr>`).join('\n')}
</tbody></table>
${h(2, hTable, 3)}
${tableHtml}
${h(2, hPlayoff, 4)}
<p>${playoff[0]}</p>
${h(2, hStats, 5)}
${h(3, hScorers, 6)}
<table class="wikitable"><tbody><tr><th>Rank</th><th>Player</th><th>Club</th><th>Goals</th></tr>
${scorers.map((r) => `<tr><td>${r[0]}</td><td><a href="#">${r[1]}</a></td><td>${r[2]}</td><td>${r[3]}</td></tr>`).join('\n')}
</tbody></table>
${h(2, hAwards, 7)}
${awards.map((p) => `<p>${p}\n</p>`).join('\n')}
${h(2, 'References', 8)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${cites
  .map(
    (c, i) => `<li id="cite_note-${i}"><span class="mw-cite-backlink"><b><a href="#">^</a></b></span> <span
class="reference-text"><cite>${c}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Aldmere_Premier_Division_seasons"><table class="nowraplinks hlist navbox-inner"><tbody><tr>
<th scope="col" class="navbox-title" colspan="2"><div id="Aldmere_Premier_Division_seasons">Aldmere Premier Division seasons</div></th></tr><tr>
<td class="navbox-list navbox-odd"><div><ul>${navSeasons.map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></div></td></tr></tbody></table></div>`;
const shell = vectorPage({
  host,
  siteName: 'Wikipedia',
  pageName: page,
  titleHtml: `<span class="mw-page-title-main">${page}</span>`,
  tagline: 'From Wikipedia, the free encyclopedia',
  searchLabel: 'Search Wikipedia',
  menus: [
    { id: 'navigation', heading: 'Navigation', items: ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'] },
    { id: 'interaction', heading: 'Contribute', items: ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'] },
  ],
  langs: ['Français', 'Norsk bokmål'],
  toc: [
    { id: 'Season_summary', text: hSummary },
    { id: 'Teams', text: hTeams },
    { id: 'League_table', text: hTable },
    { id: 'Relegation_play-off', text: hPlayoff },
    { id: 'Statistics', text: hStats, sub: [{ id: 'Top_scorers', text: hScorers }] },
    { id: 'Awards', text: hAwards },
    { id: 'References', text: 'References' },
  ],
  nsTab: 'Article',
  talkTab: 'Talk',
  tools: ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Wikidata item'],
  printItems: ['Download as PDF', 'Printable version'],
  otherProjects: [],
  content,
  categories: ['Aldmere Premier Division seasons', '2024–25 in Aldmere Isles football', '2024–25 European domestic association football leagues'],
  hiddenCategories: ['Articles with short description', 'Articles needing additional references from March 2026'],
  lastEdited: 'This page was last edited on 21 February 2026, at 09:03 (UTC).',
  license: `Text is available under the <a href="#">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site,
you agree to the <a href="#">Terms of Use</a> and <a href="#">Privacy Policy</a>. Wikipedia® is a registered trademark of the <a href="#">Wikimedia
Foundation, Inc.</a>, a non-profit organization.`,
  footerPlaces: ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Mobile view'],
  head: '<meta name="description" content="The 2024–25 Aldmere Premier Division was the 41st season of the top division of football in the Aldmere Isles.">',
  jsonLd: `<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"2024\\u201325 Aldmere Premier Division",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2024-08-10T11:40:02Z","dateModified":"2026-02-21T09:03:12Z"}</script>`,
  bodyClass: 'ns-0 ns-subject mw-editable page-2024–25_Aldmere_Premier_Division rootpage-2024–25_Aldmere_Premier_Division',
});

export const wikipediaSeason: TestPage = dropClashes({
  name: 'heldout151-wikipedia-sports-season',
  kind: 'wiki',
  html: shell.html,
  // the table data cells are body, one entry a cell (team names in the league table are row header cells: in neither list);
  // the message box, the infobox's navigation line, the table notes (source, classification rules, legend), the reference
  // list and the navbox are furniture; the infobox's label and value cells are in neither list
  title: page,
  headings: [hSummary, hTeams, hTable, hPlayoff, hStats, hScorers, hAwards],
  body: [
    ...texts([...lead, ...summary, ...teamsIntro]),
    ...texts(teams.flat()),
    ...tableRows.flatMap((cells) => texts(cells.filter((_, k) => k !== 1))),
    ...texts(playoff),
    ...texts(scorers.flat()),
    ...texts(awards),
  ],
  bylines: shell.bylines,
  furniture: [
    ...shell.furniture,
    ...ambox,
    'March 2026',
    'news',
    'books',
    'Source: Aldmere Football Association',
    'Rules for classification: 1) Points; 2) Goal difference; 3) Goals scored; 4) Head-to-head points',
    '(C) Champions; (R) Relegated',
    'References',
    ...cites,
    'Aldmere Premier Division seasons',
    ...navSeasons.filter((s) => s !== '2024–25'),
  ]
    .map((t) => plain(t))
    .filter((t) => t !== hStats),
});
