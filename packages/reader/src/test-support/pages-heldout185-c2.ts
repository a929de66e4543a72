import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 185, file c2: a Discogs release page (the React release template: site header with Explore, Marketplace,
 * Community, "Log In" and "Register", the release header with the "Artist – Title" h1 and the profile table, the tracklist,
 * "Companies, etc.", "Credits", "Notes", "Barcode and Other Identifiers", the right column with the marketplace box, the
 * statistics, "Lists" and "Contributors", the user "Reviews", "Other Versions", the footer and the cookie banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const dTitle = 'Ragnhild Saue Kvartett – Fjordlys';
const profile = [
  ['Label:', 'Halden Plater – HP 044'],
  ['Format:', 'Vinyl, LP, Album, Gatefold'],
  ['Country:', 'Norway'],
  ['Released:', 'Mar 1979'],
  ['Genre:', 'Jazz'],
  ['Style:', 'Contemporary Jazz, Modal'],
];
const tracks = [
  ['A1', 'Fjordlys', '7:42'],
  ['A2', 'Vinterhavn', '5:18'],
  ['A3', 'Sang For Ingrid', '6:05'],
  ['B1', 'Nordavind', '9:11'],
  ['B2', 'Lanterne', '4:37'],
  ['B3', 'Siste Ferje', '8:02'],
];
const companies = ['Recorded At – Rainbow Lydstudio, Oslo', 'Mastered At – Skagerak Mastering', 'Pressed By – Norsk Plateindustri'];
const credits = [
  'Bass – Eivind Lunde',
  'Drums – Per-Arne Stølen',
  'Piano, Electric Piano [Fender Rhodes] – Hallvard Myhre',
  'Saxophone [Tenor, Soprano] – Ragnhild Saue',
  'Composed By – Ragnhild Saue (tracks: A1 to A3, B2, B3)',
  'Composed By – Hallvard Myhre (tracks: B1)',
  'Engineer – Jan Erik Brandt',
  'Photography By – Solveig Aas',
  'Producer – Torbjørn Vik',
];
const notes = paras(`
Recorded 12 and 13 November 1978 at Rainbow Lydstudio, Oslo. Mixed 2 December 1978.

Gatefold sleeve with a four-page insert printed on textured card. The insert reproduces an essay by Torbjørn Vik, in Norwegian
and English, describing the recording sessions and the quartet’s residency at Club Havana in Bergen during the summer of 1978.

The front cover photograph was taken at Balestrand in January 1979. Some copies of the first pressing have the cover photograph
printed slightly darker, with the title in silver rather than white; these appear to be the earliest copies, as the printer
corrected the ink before the main run.

Labels are cream with black print. Side A label lists “Sang For Ingrid” as “Sang Til Ingrid”; the sleeve and insert use the
title given in the tracklist above.

The quartet had played most of this material live for two years before the session, and the insert notes that all six pieces
were recorded in one or two takes, with no overdubs. The electric piano on B1 was borrowed from the studio owner.

℗ 1979 Halden Plater A/S. © 1979 Halden Plater A/S. Made in Norway.
`);
const ids = [
  'Matrix / Runout (Side A runout, etched): HP 044 A1 NPI',
  'Matrix / Runout (Side B runout, etched): HP 044 B1 NPI',
  'Rights Society: NCB',
  'Label Code: LC 4471',
];
const nav = ['Explore', 'Marketplace', 'Community'];
const market = ['Marketplace', '14 For Sale from $38.00', 'Buy Vinyl', 'Sell a copy'];
const stats = [
  'Have:',
  '1,204',
  'Want:',
  '3,311',
  'Avg Rating:',
  '4.62 / 5',
  'Ratings:',
  '268',
  'Last Sold:',
  'Oct 2, 2025',
  'Low:',
  '$22.00',
  'Median:',
  '$61.50',
  'High:',
  '$140.00',
];
const lists = ['Lists', 'Nordic Jazz Essentials', 'ECM-adjacent 70s records', 'Scandinavian Spiritual Jazz'];
const contributors = ['Contributors', 'jazzfjell', 'b_solberg', 'vinylkatten', 'Oskar.H'];
const userReview =
  'Found this in a charity shop in Trondheim for 20 kroner. The title track alone is worth ten times that. The Rhodes on Nordavind is gorgeous.';
const versions = [
  'Other Versions (3)',
  'Fjordlys (LP, Album, Reissue, 180g) – Halden Plater – HP 044R – Norway – 2016',
  'Fjordlys (CD, Album, Remastered) – Bergen Arkiv – BA 2019 – Norway – 2019',
  'View All',
];
const foot = ['About Discogs', 'Help Center', 'Careers', 'API', 'Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Cookie Settings'];
const cookie = 'We use cookies and similar technologies to give you a better experience, improve performance, analyze traffic, and to personalize content.';
const sect = (id: string, h: string, inner: string): string =>
  `<section id="${id}" class="section_9nUx6"><header class="header_W2hzl"><h2>${h}</h2></header><div class="content_1TFbW">${inner}</div></section>`;
const trackRows = tracks
  .map(
    ([p, t, d]) => `<tr data-track-position="${p}" class="trackPosition_KG6qm"><td class="trackPos_2RCje">${p}</td><td class="trackTitle_CTKp4">
<span class="trackTitle_CTKp4">${t}</span></td><td class="duration_2t4qr"><span>${d}</span></td></tr>`,
  )
  .join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ragnhild Saue Kvartett - Fjordlys | Releases | Discogs</title>
<meta name="description" content="View credits, reviews, tracks and shop for the 1979 Vinyl release of &quot;Fjordlys&quot; on Discogs.">
<meta property="og:title" content="Ragnhild Saue Kvartett - Fjordlys"><meta property="og:type" content="music.album">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.discogs.example/release/4418201-Ragnhild-Saue-Kvartett-Fjordlys">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicRelease","name":"Fjordlys","musicReleaseFormat":"VinylFormat",
"releaseOf":{"@type":"MusicAlbum","name":"Fjordlys","byArtist":[{"@type":"MusicGroup","name":"Ragnhild Saue Kvartett"}]},"datePublished":1979}</script>
<script>window.__DCO_CONFIG__ = {"release":4418201,"lang":"en"};</script><script src="/release/static/js/main.2f8e01.js" defer></script></head>
<body><div id="app"><div id="site_headers_super_wrap"><header class="header_1tGEM"><a class="logo_2LIxt" href="/" aria-label="Discogs"><svg></svg></a>
<nav class="nav_3Wz1f"><ul>${links(nav, 'navItem_3aGjc')}</ul></nav><form class="search_2ydHb"><input type="search" aria-label="Search"
placeholder="Search artists, albums and more...">
</form><a href="/login" class="login_1f2Kd">Log In</a><a href="/users/create" class="register_3bC9S">Register</a></header></div>
<div id="page" class="page_2Qbc0"><div class="main_2FbVC"><div class="body_32Bo9">
<div class="info_23nnx"><div class="image_3rzgk"><img src="https://i.discogs.example/R-4418201-cover.jpeg"
alt="Ragnhild Saue Kvartett - Fjordlys album cover"></div>
<div><h1 class="title_1q3xW"><span class="link_15cpV"><a href="/artist/881203-Ragnhild-Saue-Kvartett">Ragnhild Saue Kvartett</a></span> – Fjordlys</h1>
<table class="table_1fWaB"><tbody>${profile.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table></div></div>
<div class="ad_2x4C1"><span>Advertisement</span></div>
${sect('release-tracklist', 'Tracklist', `<table class="tracklist_3QGRS"><tbody>${trackRows}</tbody></table>`)}
${sect('release-companies', 'Companies, etc.', `<ul class="list_1Ygeh">${companies.map((c) => `<li>${c}</li>`).join('\n')}</ul>`)}
${sect('release-credits', 'Credits', `<ul class="list_1Ygeh">${credits.map((c) => `<li>${c}</li>`).join('\n')}</ul>`)}
${sect('release-notes', 'Notes', `<div class="notes_2R6fY">${notes.map((p) => `<p>${p}</p>`).join('\n')}</div>`)}
${sect('release-barcodes', 'Barcode and Other Identifiers', `<ul class="list_1Ygeh">${ids.map((c) => `<li>${c}</li>`).join('\n')}</ul>`)}
<section id="release-reviews" class="section_9nUx6"><header class="header_W2hzl"><h2>Reviews</h2></header><div class="review_3pK1c">
<a class="user_1lU2g" href="/user/nordlys_73">nordlys_73</a> <span class="date_3Qpkk">September 14, 2023</span><p>${userReview}</p>
<button class="helpful_1yCsd">Helpful</button> <button class="reply_2JQn0">Reply</button></div><a href="/release/4418201/reviews/add">Add Review</a></section>
<section id="release-other-versions" class="section_9nUx6"><header class="header_W2hzl"><h2>${versions[0]}</h2></header>
<ul>${links(versions.slice(1), 'versionRow_2lNxh')}</ul></section></div>
<aside class="side_2r6ey"><section id="release-marketplace" class="section_9nUx6"><h2>${market[0]}</h2><p><a href="/sell/release/4418201">${market[1]}</a></p>
<a class="button_2Oj0V" href="/sell/release/4418201">${market[2]}</a> <a class="button_2Oj0V" href="/sell/post/4418201">${market[3]}</a></section>
<section id="release-stats" class="section_9nUx6"><h2>Statistics</h2><ul>${[0, 2, 4, 6, 8, 10, 12, 14]
  .map((i) => `<li><span>${stats[i]}</span> <a href="#">${stats[i + 1]}</a></li>`)
  .join('\n')}</ul><button>Add to Collection</button><button>Add to Wantlist</button></section>
<section id="release-lists" class="section_9nUx6"><h2>${lists[0]}</h2><ul>${links(lists.slice(1))}</ul></section>
<section id="release-contributors" class="section_9nUx6"><h2>${contributors[0]}</h2><ul>${links(contributors.slice(1))}</ul>
<p><a href="/release/4418201/history">Edit Release</a> <a href="/release/4418201/history">History</a></p></section></aside></div></div>
<footer class="footer_3Mkd3"><ul>${links(foot)}</ul><p>© 2025 Discogs®</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${cookie}</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></body></html>`;
export const discogsPage: TestPage = {
  html,
  name: 'heldout185-discogs-release',
  kind: 'wiki',
  // the profile table's data cells, the tracklist cells, the companies, credits and identifiers list items and the notes are
  // body (table data cells are body, header cells neither); user reviews are furniture; the statistics box is furniture
  title: dTitle,
  headings: ['Tracklist', 'Companies, etc.', 'Credits', 'Notes', 'Barcode and Other Identifiers'],
  body: [...profile.map((r) => r[1]!), ...tracks.flat(), ...companies, ...credits, ...texts(notes), ...ids],
  bylines: ['nordlys_73', 'September 14, 2023'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Log In', 'Register', 'Advertisement', 'Reviews', userReview, 'Helpful', 'Reply', 'Add Review',
    ...versions, ...market, 'Statistics', ...stats, 'Add to Collection', 'Add to Wantlist', ...lists, ...contributors, 'Edit Release', 'History',
    ...foot, '© 2025 Discogs®', cookie, 'Accept All Cookies', 'Cookies Settings',
  ],
};
