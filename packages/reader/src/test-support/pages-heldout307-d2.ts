import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file d2: a Discogs-style release page (a data page from a React app with hashed class names): the site
 * header with search, "Marketplace" and cart, the release header with the artist and title h1, the info table (label, format,
 * country, released, genre, style; its rows are body), the "For sale" box, the tracklist table, the companies and credits lists, the notes, the
 * barcode and identifiers, the statistics box, the "Videos", "Lists" and "Reviews" sections, and the footer.
 */
const title = 'Corra Vane \u2013 Peat Smoke Sessions';
const tracks: [string, string, string][] = [
  ['A1', 'Halt at Brennock', '4:18'],
  ['A2', 'Kiln Song (Reprise)', '2:51'],
  ['A3', 'Chimney Wind I', '1:12'],
  ['A4', 'The Drowned Parish', '6:40'],
  ['B1', 'Letters to Ronsay', '5:02'],
  ['B2', 'Chimney Wind II', '1:30'],
  ['B3', 'Railway Halt, No Trains', '4:47'],
  ['B4', 'Schoolhouse Flats', '7:15'],
];
const rows = tracks.map(([p, t, d]) => `${p} ${t} ${d}`);
const hNotes = 'Notes';
const notes = [
  j(
    'Recorded over nine days at Tigh na Mara cottage, Isle of Ronsay, in February 2026. The interludes Chimney Wind I and II are',
    'unedited recordings of the cottage chimney, made on the last night of the session.',
  ),
  'Comes in a reverse-board sleeve with a 16-page lyric booklet and a printed inner sleeve. Smoke-grey variant limited to 250 copies.',
  j(
    'The booklet includes a short essay by the artist on the closed railway halt at Brennock, and photographs by Lowri Pask. Track B4',
    'is listed as "Schoolhouse" on the centre labels.',
  ),
  j(
    'Pressed at Ashgrove Vinyl. The black vinyl edition has its own entry; this entry is for the smoke-grey variant only, which has a',
    'hand-numbered sticker on the shrink-wrap and a download card inside the sleeve.',
  ),
];
const credits = ['Clarinet \u2013 Isobel Frain', 'Double Bass \u2013 Rhodri Venn', 'Producer, Recorded By \u2013 Gethin Aske', 'Written-By \u2013 Corra Vane'];
const info: [string, string][] = [
  ['Label:', 'Quillfeather Records \u2013 QFR 031'],
  ['Format:', 'Vinyl, LP, Album, Limited Edition, Smoke Grey'],
  ['Country:', 'UK'],
  ['Released:', 'Nov 6, 2026'],
  ['Genre:', 'Folk, World, & Country'],
  ['Style:', 'Folk, Field Recording'],
];
const ids = ['Barcode: 5 060921 340318', 'Matrix / Runout (Side A): QFR031-A1 ashgrove cutting', 'Matrix / Runout (Side B): QFR031-B1'];
const stats = ['Have: 212', 'Want: 389', 'Avg Rating: 4.71 / 5', 'Ratings: 58', 'Last Sold: Dec 1, 2026'];
const lists = ['Best folk records of 2026', 'Albums recorded in cottages'];
const nav = ['Explore', 'Marketplace', 'Community', 'Log In', 'Register'];
const foot = ['About Discogs', 'Careers', 'API', 'Help Center', 'Forum', 'Cookie Policy', 'Privacy Policy', 'User Agreement', 'Accessibility Statement'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Corra Vane - Peat Smoke Sessions | Releases | Crateweb</title>
<meta name="description" content="View credits, reviews, tracks and shop for the 2026 Vinyl release of Peat Smoke Sessions on Crateweb.">
<meta property="og:type" content="music.album"><script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicRelease",
"name":"Peat Smoke Sessions","releaseOf":{"@type":"MusicAlbum","byArtist":[{"@type":"MusicGroup","name":"Corra Vane"}]},"catalogNumber":"QFR 031",
"recordLabel":[{"@type":"Organization","name":"Quillfeather Records"}],"musicReleaseFormat":"http://schema.org/VinylFormat"}</script>
<script>window.__DCO_STATE__ = {"release":{"id":31700452,"title":"Peat Smoke Sessions"},"session":{"loggedIn":false}};</script></head>
<body><div id="app"><header class="header_W2hzl"><a class="logo_2EwLk" href="/">Crateweb</a><form class="search_2oJxA" role="search"><input
aria-label="Search artists, albums and more" placeholder="Search artists, albums and more"></form><nav class="nav_3IXo1"><ul>${links(nav, 'navItem_Y7kM0')}
</ul></nav><a class="cart_1pPzL" href="/sell/cart" aria-label="Cart">Cart</a></header>
<main class="main_3Jg9f"><div class="body_32Bo9"><div class="content_1TFzi"><div class="header_3PQG9"><div class="image_3rzgk"><img
src="https://i.crateweb.example/R-31700452.jpg" alt="Corra Vane - Peat Smoke Sessions album cover"></div><div class="info_23nnx">
<h1 class="title_1q3xW"><span class="link_1ctor"><a href="/artist/8830214-Corra-Vane">Corra Vane</a></span> \u2013 Peat Smoke Sessions</h1>
<table class="table_1fWaB"><tbody>${info
  .map(
    ([k, v]) => `<tr><th scope="row">${k}</th>
<td>${v.replace(/&/g, '&amp;')}</td></tr>`,
  )
  .join('\n')}</tbody></table>
</div></div><div class="sell_3cRRv"><h2>Marketplace</h2><p>14 For Sale from £24.00</p><a class="button_2t1LU" href="/sell/release/31700452">Buy a copy</a>
<a class="button_2t1LU" href="/sell/post/31700452">Sell a copy</a></div>
<section id="release-tracklist" class="section_9nUx6"><header class="header_2wNvh"><h2>Tracklist</h2></header><div class="content_1TFzi">
<table class="tracklist_3QGRS"><tbody>${tracks
  .map(
    ([p, t, d]) => `<tr data-track-position="${p}" class="trackPos_2RCje"><td class="trackPos_2RCje">${p}</td>
<td class="trackTitle_CTKp4"><span class="trackTitle_CTKp4">${t}</span></td>
<td class="duration_2t4qr"><span>${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></section>
<section id="release-credits" class="section_9nUx6"><header class="header_2wNvh"><h2>Credits</h2></header><ul class="list_1gXgC">${credits
  .map((c) => `<li><span>${c}</span></li>`)
  .join('')}</ul></section>
<section id="release-notes" class="section_9nUx6"><header class="header_2wNvh"><h2>${hNotes}</h2></header>
<div class="content_1TFzi">${ps(notes)}</div></section>
<section id="release-barcodes" class="section_9nUx6"><header class="header_2wNvh"><h2>Barcode and Other Identifiers</h2></header><ul
class="simple_2sl4i">${ids.map((b) => `<li>${b}</li>`).join('')}</ul></section>
<section id="release-reviews" class="section_9nUx6"><header class="header_2wNvh"><h2>Reviews</h2></header><p>There are no reviews yet. Be the first
to review this release.</p></section></div>
<div class="side_2sOj2"><section id="release-stats" class="section_9nUx6"><header class="header_2wNvh"><h2>Statistics</h2></header><ul
class="items_Y-RMq">${stats.map((s) => `<li>${s}</li>`).join('')}</ul></section>
<section id="release-videos" class="section_9nUx6"><header class="header_2wNvh"><h2>Videos (1)</h2></header><p>Corra Vane - Halt at Brennock
(official audio)</p></section>
<section id="release-lists" class="section_9nUx6"><header class="header_2wNvh"><h2>Lists</h2></header><ul>${links(lists)}</ul></section>
<section id="release-contributors" class="section_9nUx6"><p>Data Correct: Needs Vote</p><p>Submitted by peatcutter</p></section></div></div></main>
<footer class="footer_1e7uA"><ul>${links(foot)}</ul><p>© 2026 Crateweb. All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to give you the best experience
on Crateweb.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
</body></html>`;

export const crateweb: TestPage = {
  name: 'heldout307-discogs-style-release-wiki',
  kind: 'wiki',
  html,
  title,
  headings: ['Tracklist', 'Credits', hNotes],
  body: texts([...info.map(([k, v]) => `${k} ${v.replace(/&/g, '&amp;')}`), ...rows, ...credits, ...notes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crateweb', ...nav, 'Cart', '14 For Sale from £24.00', 'Buy a copy', 'Sell a copy',
    'Barcode and Other Identifiers', ...ids, 'Reviews', 'There are no reviews yet. Be the first to review this release.', 'Statistics', ...stats,
    'Videos (1)', 'Corra Vane - Halt at Brennock (official audio)', 'Lists', ...lists, 'Data Correct: Needs Vote', 'Submitted by peatcutter', ...foot,
    '© 2026 Crateweb. All rights reserved.', 'We use cookies to give you the best experience on Crateweb.', 'I Accept', 'Manage Preferences',
  ],
};
