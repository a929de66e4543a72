import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file e: a setlist.fm-style setlist page (a listing: the songs are the body): the top bar with search
 * and login, the navigation tabs, the breadcrumbs, the date block, the setlist headline, the tour line, the song list with
 * its "(cover)" and "play video" links and the encore separators, the setlist notes, the "Edit setlist" and "Setlist history"
 * links, the song and album statistics box, "Other setlists" of the tour, contributors, the ad slot and the footer.
 */
const title = 'Marrow Lanterns Setlist at Custom House Shed, Port Ellery, Scotland';
const songs = [
  'Lantern Weather',
  'The Harbourmaster\u2019s Daughter',
  'Salt in the Organ Pipes',
  'Bilge Hymn',
  'Nave',
  'Tide Tables',
  'Cinder Parish',
  'Vestry',
  'Skerry Reel (Traditional cover)',
  'Psalm for a Leaking Roof',
  'Kirk Light',
];
const enc1 = ['Ferry Bell', 'Pew Rot'];
const enc2 = ['Drowned Choir'];
const notes = [
  j('Fenella played the ride cymbal with knitting needles for the whole of Salt in the Organ Pipes. Oona sang lead on Bilge Hymn.'),
  j(
    'Drowned Choir was not on the printed setlist and was started after the house lights came up. First time played live since',
    'October 2022. The show ended at 23:12, when a member of the ferry company staff came on stage.',
  ),
];
const nav = ['Setlists', 'Artists', 'Venues', 'Tours', 'Festivals', 'Stats', 'Forum'];
const crumbs = ['Setlists', 'Marrow Lanterns', 'Vestry Spring Tour 2026', 'Custom House Shed'];
const stats = ['Songs played: 14', 'Songs from Vestry: 9', 'Covers: 1', 'Tour debuts: 0'];
const others = ['Mar 14, 2026 Custom House Shed, Port Ellery', 'Mar 11, 2026 The Fruitmarket, Kelderby', 'Mar 9, 2026 St Luan\u2019s Hall, Ashgrove'];
const foot = ['About', 'Guidelines', 'API', 'Terms of Use', 'Privacy Policy', 'Imprint', 'Do not sell my personal information'];
const song = (s: string): string => {
  const cover = s.endsWith('(Traditional cover)');
  const name = cover ? s.replace(' (Traditional cover)', '') : s;
  return `<li class="setlistParts song"><div class="songPart"><a class="songLabel" href="../stats/songs/${name.length}.html">${name}</a>
${cover ? '<span class="infoPart"><small>(<a href="/setlists/traditional.html">Traditional</a> cover)</small></span>' : ''}</div>
<div class="songFunctions"><a class="video" href="#" title="play video">play video</a></div></li>`;
};
const tape = (t: string): string => `<li class="setlistParts encore"><div>${t}</div></li>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marrow Lanterns Concert Setlist at Custom House Shed, Port Ellery on
March 13, 2026 | gigledger.fm</title><meta name="description" content="Get the Marrow Lanterns Setlist of the concert at Custom House Shed, Port
Ellery, Scotland on March 13, 2026 from the Vestry Spring Tour 2026 and other Marrow Lanterns Setlists for free on gigledger.fm!">
<meta property="og:type" content="website">
<link rel="canonical" href="https://www.setlist.example/setlist/marrow-lanterns/2026/custom-house-shed-3b4c1a2e.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicEvent","name":"Marrow Lanterns at Custom House Shed",
"startDate":"2026-03-13","location":{"@type":"Place","name":"Custom House Shed","address":"Port Ellery, Scotland"},"performer":{"@type":"MusicGroup",
"name":"Marrow Lanterns"}}</script><script>window.sfm = {"page":"setlist","isLoggedIn":false};</script></head>
<body class="setlistPage"><div id="topBar"><a class="logo" href="/">gigledger.fm</a><form class="searchForm"><input type="text"
placeholder="Search for artist, venue, tour, ..."></form><a class="login" href="/login">Login</a> <a href="/signup">Sign up</a></div>
<div class="navbar"><ul class="nav">${links(nav)}</ul></div><div class="adContainer leaderboard"><span class="adLabel">Advertisement</span></div>
<div class="container"><ol class="breadcrumb">${links(crumbs)}</ol><div class="row"><div class="col-xs-12 col-md-9">
<div class="setlistHeadline"><div class="dateBlock"><span class="month">Mar</span> <span class="day">13</span> <span class="year">2026</span></div>
<div class="setlistHeadline-title"><h1><strong><a href="/setlists/marrow-lanterns.html"><span>Marrow Lanterns</span></a> Setlist</strong>
<span>at <a href="/venue/custom-house-shed.html"><span>Custom House Shed, Port Ellery, Scotland</span></a></span></h1>
<div class="tour"><span>Tour:</span> <a href="/search?tour=Vestry">Vestry Spring Tour 2026</a></div></div></div>
<div class="setlistList"><ol class="setlist">
${songs.map(song).join('\n')}
${tape('Encore:')}
${enc1.map(song).join('\n')}
${tape('Encore 2:')}
${enc2.map(song).join('\n')}
</ol></div>
<div class="notes"><div class="infoPart">${ps(notes)}</div></div>
<div class="setlistFunctions"><a href="/edit/setlist/3b4c1a2e">Edit setlist</a> <a href="/setlist/history/3b4c1a2e">Setlist history</a>
<span class="lastEdited">Last edited by <a href="/user/tidewatcher">tidewatcher</a> 2 days ago</span></div>
<div class="contributors"><h3>Contributors</h3><ul>${links(['tidewatcher', 'oonafan_88', 'harbourlights'])}</ul></div></div>
<div class="col-xs-12 col-md-3"><div class="statsBox"><h3>Setlist stats</h3><ul>${stats.map((s) => `<li>${s}</li>`).join('')}</ul></div>
<div class="otherSetlists"><h3>Other setlists of this tour</h3><ul>${links(others)}</ul></div>
<div class="adContainer"><span class="adLabel">Advertisement</span></div></div></div></div>
<footer id="footer"><ul>${links(foot)}</ul><p>© 2026 gigledger.fm · all setlist data licensed under CC BY-NC-SA 4.0</p></footer>
<div id="cmpbox" class="cmpbox" role="dialog"><p class="cmpboxtxt">This site uses cookies and similar technologies for ads and statistics.</p>
<a class="cmpboxbtn cmpboxbtnyes" role="button">Accept</a><a class="cmpboxbtn cmpboxbtnno" role="button">Reject</a></div></body></html>`;

export const setlist: TestPage = {
  name: 'heldout307-setlistfm-style-setlist-wiki',
  kind: 'wiki',
  html,
  title,
  headings: [],
  body: texts([...songs, ...enc1, ...enc2, ...notes]),
  bylines: ['Mar 13 2026', 'Last edited by tidewatcher 2 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'gigledger.fm', 'Login', 'Sign up', ...nav, 'Advertisement', ...crumbs.slice(1), 'Tour:', 'play video', 'Encore:', 'Encore 2:',
    'Edit setlist', 'Setlist history', 'Contributors', 'oonafan_88', 'harbourlights', 'Setlist stats', ...stats, 'Other setlists of this tour',
    ...others, ...foot, '© 2026 gigledger.fm · all setlist data licensed under CC BY-NC-SA 4.0',
    'This site uses cookies and similar technologies for ads and statistics.', 'Accept', 'Reject',
  ],
};
