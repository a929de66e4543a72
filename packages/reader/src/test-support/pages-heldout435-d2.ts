import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file d2: a bridge club's results page on a Bridgewebs-style club site (club banner, left-hand menu
 * of club pages, results tabs for Ranks / Travellers / Scorecards / Hands, two ranking tables, scorer's notes, the
 * event selector, "Masterpoints" and "Print" links, a sponsor panel and a "powered by" footer): a data page.
 */
const bTitle = 'Tuesday Afternoon Pairs, 4th November 2025';
const bHeads = ['North-South', 'East-West', "Scorer's notes"];
const bIntro = [
  j(
    'Twelve and a half tables played 26 boards in the Tuesday afternoon pairs, scored as a two-winner Mitchell movement',
    'with one sit-out. Congratulations to the winners in both directions and a warm welcome to three new partnerships from',
    'the autumn beginners&rsquo; course.',
  ),
];
const ns: readonly (readonly string[])[] = [
  ['1', 'Maureen Gallacher &amp; Peter Voss', '171.0', '65.77%'],
  ['2', 'Anil Dharmapala &amp; June Whitcombe', '152.5', '58.65%'],
  ['3', 'Sylvia Brent &amp; Owen Maddox', '141.0', '54.23%'],
  ['4', 'Carol Iveson &amp; Rashid Noor', '129.0', '49.62%'],
  ['5', 'Bernard Quaile &amp; Tessa Lund', '120.5', '46.35%'],
  ['6', 'Hilary Stroud &amp; Colin Ferrier', '109.0', '41.92%'],
];
const ew: readonly (readonly string[])[] = [
  ['1', 'Gordon Atwell &amp; Lorna Beasley', '163.5', '62.88%'],
  ['2', 'Ruth Kemble &amp; Ifan Pritchard', '148.0', '56.92%'],
  ['3=', 'Deborah Saul &amp; Kenneth Mowbray', '131.0', '50.38%'],
  ['3=', 'Nadia Farooq &amp; Stuart Pell', '131.0', '50.38%'],
  ['5', 'Elspeth Gunn &amp; Martin Yeo', '118.5', '45.58%'],
  ['6', 'Philippa Dorn &amp; Alec Hurst', '98.0', '37.69%'],
];
const bNotes = [
  j(
    'Board 14 was the swing board of the afternoon. Six of the North-South pairs bid to four spades and made it when the',
    'club king was onside, but two pairs stopped in a part score after a competitive auction, and one East-West pair found a',
    'cheap save in five diamonds doubled for only 300.',
  ),
  j(
    'On board 21 the par result was three no-trumps by East, making ten tricks on a heart lead. Only two tables reached it;',
    'most of the field played in a diamond part score, so well done to those who trusted partner&rsquo;s stopper.',
  ),
  j(
    'Please check your scorecards against the travellers and tell the scorer of any corrections by Friday, after which the',
    'results will be sent for masterpoints. Next week is the monthly Swiss teams, starting at 1.30pm sharp.',
  ),
];
const row = (r: readonly string[]): string => `<tr class="bw_row">\n${r.map((c, i) => `<td class="bw_col${i}">${c}</td>`).join('\n')}\n</tr>`;
const table = (h: string, rows: readonly (readonly string[])[]): string => `<div class="bw_results_section"><h3 class="bw_results_dir">${h}</h3>
<table class="bw_table results_table" cellspacing="0" cellpadding="2"><thead><tr class="bw_header"><th>Pos</th><th>Pair</th><th>Match Pts</th><th>Score</th>
</tr></thead><tbody>
${rows.map(row).join('\n')}
</tbody></table></div>`;
const bMenu = ['Home', 'Calendar', 'Results', 'Members', 'Teaching', 'Partnership Desk', 'Handbook', 'Links', 'Contact'];
const bTabs = ['Ranks', 'Travellers', 'Scorecards', 'Hands'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Results - Tarnwick Bridge Club</title>
<meta name="description" content="Tarnwick Bridge Club results"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/bw/css/bw_club.css?v=3.61"><script src="/bw/js/bw_results.js?v=3.61"></script>
<script>var bwClub = "tarnwick"; var bwPop = "res"; var bwEvent = "20251104_1"; var bwMobile = false;</script></head>
<body class="bw_body" onload="bwInit('tarnwick','res');"><div id="bw_page">
<div id="bw_banner" class="bw_banner"><div class="bw_club_title">Tarnwick Bridge Club</div><div class="bw_club_sub">Duplicate bridge in the Tarn Valley
since 1964</div></div>
<div id="bw_main"><div id="bw_left" class="bw_left_menu"><ul class="bw_menu">${links(bMenu, 'bw_menu_item')}</ul>
<div class="bw_sponsor"><div class="bw_sponsor_title">Our Sponsor</div><p>Fellgate Opticians, proud to support Tarnwick bridge</p></div></div>
<div id="bw_content" class="bw_content"><div class="bw_event_select"><label for="bw_ev">Select Event</label><select
id="bw_ev"><option>Tue 4th Nov 2025 Afternoon
Pairs</option><option>Mon 3rd Nov 2025 Evening Pairs</option></select></div>
<div class="bw_tabs"><ul>
${bTabs.map((t, i) => `<li class="bw_tab${i === 0 ? ' bw_tab_on' : ''}"><a href="#${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul></div>
<div id="bw_results" class="bw_results"><h1 class="bw_results_title">${bTitle}</h1>
<div class="bw_results_meta">Director: <span>Fiona Carrick</span> · Scorer: <span>Leon Abbot</span></div>
<div class="bw_results_intro"><p>${bIntro[0]}</p></div>
${table(bHeads[0] ?? '', ns)}
${table(bHeads[1] ?? '', ew)}
<div class="bw_results_notes"><h3>${bHeads[2]}</h3>
${bNotes.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="bw_results_links"><a href="#mp">Masterpoints</a> · <a href="javascript:window.print()">Print Results</a> · <a href="#csv">Download
CSV</a></div></div></div></div>
<div id="bw_footer" class="bw_footer"><p>Tarnwick Bridge Club, The Old Schoolhouse, Tarnwick · Affiliated to the county bridge association</p>
<p class="bw_powered">Powered by Bridgewebs · Last updated 4 Nov 2025 18:02</p></div></div></body></html>`;
export const bridge: TestPage = {
  name: 'heldout435-bridgewebs-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([...bIntro, ...ns.map((r) => r.join(' ')), ...ew.map((r) => r.join(' ')), ...bNotes]),
  bylines: ['Director: Fiona Carrick · Scorer: Leon Abbot'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tarnwick Bridge Club', 'Duplicate bridge in the Tarn Valley since 1964', ...bMenu, 'Our Sponsor', 'Fellgate Opticians, proud to support Tarnwick bridge',
    'Select Event', 'Tue 4th Nov 2025 Afternoon Pairs', 'Mon 3rd Nov 2025 Evening Pairs', ...bTabs, 'Masterpoints', 'Print Results',
    'Download CSV', 'Tarnwick Bridge Club, The Old Schoolhouse, Tarnwick · Affiliated to the county bridge association',
    'Powered by Bridgewebs · Last updated 4 Nov 2025 18:02',
  ],
};
