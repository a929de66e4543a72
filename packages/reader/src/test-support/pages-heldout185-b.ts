import { links, type TestPage, texts } from './page-kit.js';
import { criterionPage } from './pages-heldout185-b2.js';

/**
 * Held-out batch 185, file b: an AllMusic album review page (header with search and nav, the album header with cover, h1 album
 * title and the artist as h2, the basic info block, the AllMusic and user ratings, the tab bar, "AllMusic Review by" heading,
 * the review, the track listing table, the "Similar Albums" and moods/themes sidebar, the footer) and, from file b2, a Criterion
 * Collection "Current" essay.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const amTitle = 'Lowland Weather';
const review = paras(`
Saskia Vell’s third album arrives after a four-year silence that included a move from Rotterdam to a farmhouse in Friesland, the
end of a long partnership with producer Joost Amsel, and what she has described in interviews as a period of “writing nothing
worth keeping.” <i>Lowland Weather</i> sounds like the work of someone who stopped worrying about keeping anything. It is looser,
stranger and more generous than either <i>Tidal Rooms</i> or the Mercury-shortlisted <i>Small Hours Atlas</i>, and it may be the
best thing she has made.

The opener, “Dyke Road,” sets the tone with a brushed snare, a wheezing pump organ and Vell’s voice mixed so close that you can
hear her breathe between lines. The song barely changes over six minutes, but small things keep happening at its edges: a
clarinet that drifts in and out of tune, a field recording of geese, a second vocal that appears for one chorus and never comes
back. It is a bold way to start a record, and it works because Vell trusts the listener to lean in.

Not everything is so hushed. “Grey Bus to Leeuwarden” is the closest thing here to a single, built on a rubbery bassline and a
chorus that sticks after one listen, while “Polder Song” brings in a small brass section for a fanfare that would sound
triumphant if the lyrics were not about a drowned village. Vell has always been good at that kind of contradiction, and new
producer Maren Holt gives her more room to play with it, leaving the arrangements open and the rough edges intact.

The album’s center is “Letters to the Water Board,” a seven-minute talking song in which Vell reads what appear to be complaints
to a local authority over a slow, circling guitar figure. It should be ridiculous. Instead it becomes a portrait of a whole
community, funny and bleak by turns, and the moment when the band finally swells underneath her reading of a letter about a
flooded cemetery is the most moving passage on the record.

If there is a weakness, it is a slightly saggy middle stretch, where “Moss” and “Half Light” blur together without either
leaving much of a mark. But the closing pair, the spare piano ballad “Vane” and the nine-minute drone piece “Lowland Weather
(Reprise),” bring the album to an unusually satisfying end. This is a patient, rewarding record from an artist who seems to have
found a new way to be herself.
`);
const tracks = [
  ['1', 'Dyke Road', '6:02'],
  ['2', 'Grey Bus to Leeuwarden', '3:48'],
  ['3', 'Polder Song', '4:31'],
  ['4', 'Letters to the Water Board', '7:14'],
  ['5', 'Moss', '3:57'],
  ['6', 'Half Light', '4:20'],
  ['7', 'Vane', '3:33'],
  ['8', 'Lowland Weather (Reprise)', '9:06'],
];
const nav = ['Discover', 'New Releases', 'Genres', 'Moods', 'Themes', 'Articles', 'Advanced Search'];
const tabs = ['Overview', 'User Reviews', 'Credits', 'Releases', 'Awards'];
const basic: [string, string][] = [
  ['Release Date', 'October 3, 2025'],
  ['Duration', '42:31'],
  ['Genre', 'Pop/Rock'],
  ['Styles', 'Indie Folk, Chamber Pop, Alternative Singer/Songwriter'],
  ['Recording Location', 'De Kolk Studio, Harlingen'],
];
const similar = ['Marit Olde – Low Country', 'The Veerman Trio – Salt Marsh', 'Ines Corr – Weathervane', 'Halloran – Ferry Timetables'];
const moods = ['Moods', 'Wistful', 'Rustic', 'Intimate', 'Reflective', 'Themes', 'Solitude', 'Rainy Day', 'Homecoming'];
const foot = ['About', 'Help', 'Privacy Policy', 'Terms of Use', 'Advertise', 'Contact Us', 'Your Privacy Choices'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lowland Weather - Saskia Vell | Album | AllMusic</title>
<meta name="description" content="Lowland Weather by Saskia Vell released in 2025. Find album reviews, track lists, credits, awards and more at AllMusic.">
<meta property="og:type" content="music.album"><meta property="og:title" content="Lowland Weather - Saskia Vell | Album | AllMusic">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.allmusic.example/album/lowland-weather-mw0004412987">
<link rel="stylesheet" href="/css/main.min.css?v=1730">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicAlbum","name":"${amTitle}","byArtist":{"@type":"MusicGroup",
"name":"Saskia Vell"},"datePublished":"2025-10-03","numTracks":"8","review":{"@type":"Review","author":{"@type":"Person","name":"Tomas Reyl"}}}</script>
<script>var albumId = 'mw0004412987'; var pageType = 'album';</script>
<script async src="https://cdn.adsafe.example/allmusic/prebid.js"></script></head>
<body class="album"><div id="outer"><header id="header"><div class="header-inner"><a class="logo" href="/"><img src="/images/allmusic_logo.svg"
alt="AllMusic"></a>
<form class="site-search" action="/search/all"><input type="text" name="term" placeholder="Search" aria-label="Search"></form>
<nav id="menu"><ul>${links(nav, 'menu-item')}</ul></nav><div class="user-menu"><a href="/login">Sign In</a> <a href="/register">Register</a></div>
</div></header><div id="leaderboard" class="ad-container"><span class="ad-label">Advertisement</span></div>
<div id="cmn_wrap"><div class="content-container"><div class="content">
<div id="albumHeadline"><div class="album-cover"><img src="https://rovimusic.example/cover/lowland-weather.jpg" alt="Lowland Weather"></div>
<div class="albumTitleContainer"><h1 id="albumTitle" class="album-title">${amTitle}</h1>
<h2 id="albumArtists" class="album-artist"><a href="/artist/saskia-vell-mn0003321190">Saskia Vell</a></h2></div>
<div id="basicInfoMeta">${basic.map(([k, v]) => `<div class="${k.toLowerCase().replace(/ /g, '')}"><h4>${k}</h4><span>${v}</span></div>`).join('\n')}</div>
<div class="ratings"><div class="allmusicRating ratingAllmusic9" title="AllMusic Rating"><span>AllMusic Rating</span></div>
<div class="userRating"><span>User Rating (42)</span><div class="ratingUser8"></div></div><div class="rateThis">Your Rating</div></div></div>
<nav class="tabs"><ul>${links(tabs, 'tab')}</ul></nav>
<section id="review" class="review"><h3 class="reviewHeadline">AllMusic Review by <a href="/artist/tomas-reyl-mn0001">Tomas Reyl</a></h3>
<div class="pick">AMG Pick</div><div id="reviewBody" class="text">
${review.map((p) => `<p>${p}</p>`).join('\n')}</div></section>
<section id="trackListing" class="track-listing"><h2 class="section-header">Track Listing</h2><table class="track-listing-table"><thead><tr>
<th class="tracknum">#</th><th class="title">Title/Composer</th><th class="performer">Performer</th><th class="time">Time</th></tr></thead><tbody>
${tracks
  .map(
    ([n, t, d]) => `<tr class="track"><td class="tracknum">${n}</td><td class="title"><a href="/song/x">${t}</a><div class="composer">Saskia Vell</div></td>
<td class="performer"></td><td class="time">${d}</td></tr>`,
  )
  .join('\n')}</tbody></table></section>
</div><aside class="sidebar"><div class="ad-container medium-rectangle"><span class="ad-label">Advertisement</span></div>
<section class="similar-albums"><h2>Similar Albums</h2><ul>${links(similar)}</ul></section>
<section class="moods-themes"><h4>${moods[0]}</h4><ul>${links(moods.slice(1, 5))}</ul><h4>${moods[5]}</h4><ul>${links(moods.slice(6))}</ul></section>
</aside></div></div>
<footer id="footer"><ul class="footer-links">${links(foot)}</ul><p class="copyright">© 2025 Tivo Brands LLC. All Rights Reserved.</p>
<p class="data-credit">Portions of content provided by AMG Data Services.</p></footer></div>
<script src="/js/main.min.js?v=1730"></script></body></html>`;
const allMusic: TestPage = {
  html,
  name: 'heldout185-allmusic-album-review',
  kind: 'news',
  // the review is the article; the album header info, the ratings and the track listing table are in neither list (album data,
  // not the review); "AllMusic Review by Tomas Reyl" is a byline
  title: amTitle,
  headings: [],
  body: texts(review),
  bylines: ['AllMusic Review by Tomas Reyl'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Register', ...nav, 'Advertisement', 'AllMusic Rating', 'User Rating (42)', 'Your Rating', ...tabs, 'AMG Pick', 'Similar Albums', ...similar,
    ...moods, ...foot, '© 2025 Tivo Brands LLC. All Rights Reserved.', 'Portions of content provided by AMG Data Services.',
  ],
};

export const HELDOUT185_B: readonly TestPage[] = [allMusic, criterionPage];
