import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, st } from './pages-heldout382-kit.js';

/**
 * Held-out batch 382, file a: a Genius-style lyrics page built with styled-components class names (header nav, song header
 * with artist, album, producer and release date, lyrics containers with annotated fragments, an open annotation, About,
 * Q&A, credits, comments, footer, cookie banner) and an AZLyrics-style plain lyrics page (short main text between ads).
 */
const gStanzas = [
  st('[Verse 1]', 'Left the porch light burning on the lantern road', 'Counted every mile marker like a debt I owed'),
  st('Mother kept the kettle warm and the window wide', 'Said the dark is only weather, let it pass outside'),
  st('[Chorus]', 'Oh, lantern road, carry me slow', 'Past the salt barns and the fields of snow', 'If I lose my way, let the glass still glow'),
  st('[Verse 2]', 'Brother sold the orchard to a man from Vell', 'Kept the rusted ladder and the wishing well'),
  st('Every winter since I hear the branches creak', 'Like a house that has forgotten how to speak'),
  st('[Bridge]', 'Nobody builds a road for leaving', 'But every road gets used that way'),
];
const gAbout = [
  j(
    '“Lantern Road” is the second single from the band’s third album, composed by singer Tamsin Vell-Harrow after the',
    'sale of her family’s apple farm outside the fictional town of Drennick.',
  ),
  j(
    'In a radio interview the band described the song as a map of a single night drive home, with each verse tied to a landmark',
    'along the old county road. The chorus was recorded in one take in a converted grain store, and the creak heard under the',
    'second verse is the building’s own floor.',
  ),
  j(
    'The bridge was added late in the sessions. Vell-Harrow said she wanted one line that did not rhyme, so the listener would',
    'feel the song lose its footing for a moment before the final chorus.',
  ),
  j(
    'Fans have pointed out that the mile markers in the first verse match the real distances on the old county road between',
    'the grain store and the farm gate. The band has neither confirmed nor denied this, but the tour poster for the album shows',
    'the same road, drawn from above, with a single lit window at the end of it.',
  ),
];
const gNav = ['Featured', 'Charts', 'Videos', 'Promote Your Music'];
const gQa = ['Who produced “Lantern Road” by Glasswing Orchard?', 'When did Glasswing Orchard release “Lantern Road”?'];
const gFoot = ['Verified Artists', 'All Artists', 'Privacy Policy', 'Copyright Policy', 'Terms of Use', 'Contact us'];
const gAnno = j(
  'The salt barns stood along the Drennick road until the 1990s; the band has said the image stands for the family work the',
  'narrator could not keep up.',
);
const gComment = 'The bridge hits differently after you hear the live version from the grain store.';
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Glasswing Orchard – Lantern Road Lyrics | Verselight</title>
<meta name="description" content="Lantern Road Lyrics: Left the porch light burning on the lantern road">
<meta property="og:title" content="Glasswing Orchard – Lantern Road"><meta property="og:type" content="music.song">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicRecording","name":"Lantern Road",
"byArtist":{"@type":"MusicGroup","name":"Glasswing Orchard"},"datePublished":"2025-03-14"}</script>
<script>window.__PRELOADED_STATE__ = JSON.parse('{\\"songPage\\":{\\"song\\":7712044}}');</script></head>
<body><div id="application"><div class="PageHeaderdesktop__Container-sc-1bmd0f1-0 jdRWvb">
<a href="/" class="PageHeaderLogo__Link-sc-175tsd3-0">Verselight</a>
<div class="PageHeaderSearchdesktop__Container-sc-1ktcu8m-0"><input placeholder="Search lyrics &amp; more" name="q"></div>
<ul class="PageHeaderdesktop__Links-sc-1bmd0f1-2">${links(gNav, 'PageHeaderdesktop__Link')}</ul>
<div class="PageHeaderdesktop__Auth"><a href="/signup">Sign Up</a></div></div>
<main class="SongPage__Container-sc-19xhmoi-0"><div class="SongHeader-desktop__Container-sc-1effuo1-0 kJtCmu">
<div class="SongHeader-desktop__Left"><h1 class="SongHeader-desktop__Title-sc-1effuo1-8">
<span class="SongHeader-desktop__HiddenMask-sc-1effuo1-11">Lantern Road</span></h1>
<div class="SongHeader-desktop__Artist"><a href="/artists/Glasswing-orchard" class="StyledLink-sc-15c685a-0">Glasswing Orchard</a></div>
<div class="HeaderArtistAndTracklist-desktop__Container"><span>Track 4 on</span> <a href="#primary-album">Salt &amp; Tinder</a></div>
<div class="HeaderCredits__Container"><span class="HeaderCredits__Label">Produced by</span> <a href="/artists/Ines-carrow">Ines Carrow</a></div>
<div class="MetadataStats__Container-sc-1t7d8ac-0"><span class="LabelWithIcon__Label">Mar. 14, 2025</span>
<span class="LabelWithIcon__Label">2.4K views</span></div></div></div>
<div class="SongPageGriddesktop-sc-1px5b71-0 Lyrics__Root-sc-37019ee2-0"><div class="LyricsHeader__Container-sc-5e4b7146-1">
<h2 class="LyricsHeader__Title-sc-5e4b7146-3">Lantern Road Lyrics</h2>
<div class="ContributorsCreditSong__Container"><span>1 Contributor</span></div></div>
<div data-lyrics-container="true" class="Lyrics__Container-sc-37019ee2-1 jRTEBZ">
${gStanzas
  .map((s, i) =>
    i === 2
      ? `<a href="/31415926/Glasswing-orchard-lantern-road" class="ReferentFragmentdesktop__ClickTarget-sc-110r0d9-0">
<span class="ReferentFragmentdesktop__Highlight-sc-110r0d9-1">${s}</span></a><br><br>`
      : `${s}<br><br>`,
  )
  .join('\n')}
</div><div class="RightSidebar__Container"><div class="Annotation__Container-sc-1tlm1a7-0" role="dialog">
<div class="AnnotationLabel">Verselight Annotation</div><div class="RichText__Container-oz284w-0"><p>${gAnno}</p></div>
<div class="VotingActions"><button>Upvote</button><span>23</span></div></div></div>
<div class="LyricsFooter__Container"><button class="LyricsEditbutton">How to Format Lyrics:</button></div></div>
<div class="SongDescription__Container-sc-615rvk-0"><h2 class="SongDescription__Title">About</h2>
<div class="SongDescription__Content-sc-615rvk-2"><div class="RichText__Container-oz284w-0">${ps(gAbout)}</div></div></div>
<div class="QuestionList__Container-sc-1a58vti-0"><div class="QuestionList__Title">Q&amp;A</div>
<p>Find answers to frequently asked questions about the song and explore its deeper meaning</p>
<ul>${links(gQa, 'QuestionTemplate__Title')}</ul></div>
<div class="SongInfo__Container-nekw6x-0"><div class="SongInfo__Title">Credits</div>
<div class="SongInfo__Credit"><div class="SongInfo__Label">Written By</div><div>Tamsin Vell-Harrow &amp; Odo Pressley</div></div>
<div class="SongInfo__Credit"><div class="SongInfo__Label">Recorded At</div><div>Old Grain Store, Drennick</div></div></div>
<section class="CommentsSection"><div class="CommentsHeader">Comments</div><textarea placeholder="Add a comment"></textarea>
<div class="Comment__Container"><a href="/orchardfan22" class="UserBadge">orchardfan22</a><span class="Comment__Date">2 months ago</span>
<div class="Comment__Body">${gComment}</div></div></section></main>
<footer class="PageFooterdesktop__Container-hz1fx1-0"><ul>${links(gFoot, 'PageFooterdesktop__Link')}</ul>
<p>© 2026 Verselight Media, LLC</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p id="onetrust-policy-text">We use cookies to personalise content and ads
and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></body></html>`;
const genius: TestPage = {
  name: 'heldout382-genius-lyrics-annotations',
  kind: 'wiki',
  html: gHtml,
  title: 'Lantern Road',
  headings: ['About'],
  body: texts([...gStanzas, ...gAbout]),
  bylines: ['Glasswing Orchard', 'Mar. 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Verselight', ...gNav, 'Sign Up', 'Track 4 on', 'Salt & Tinder', 'Produced by', 'Ines Carrow', '2.4K views', 'Lantern Road Lyrics',
    '1 Contributor', 'Verselight Annotation', gAnno, 'Upvote', 'How to Format Lyrics:', 'Q&A',
    'Find answers to frequently asked questions about the song and explore its deeper meaning', ...gQa, 'Credits', 'Written By',
    'Tamsin Vell-Harrow & Odo Pressley', 'Recorded At', 'Old Grain Store, Drennick', 'Comments', 'orchardfan22', '2 months ago', gComment,
    ...gFoot, '© 2026 Verselight Media, LLC', 'We use cookies to personalise content and ads and to analyse our traffic.', 'I Accept',
    'Cookies Settings',
  ],
};

const aStanzas = [
  st('The ferry bell is ringing and the gulls have gone to ground', 'There is thunder on the water and a silence in the town'),
  st('I wrote your name in chalk across the boathouse door', 'The rain will have it by the morning, like it had the rest before'),
  st('So row, row, the tide is turning', 'Row, row, the lamps are burning', 'Nobody waits on the Marrow Quay', 'Nobody waits but me'),
  st('Your father mends the nets with a needle made of bone', 'He never asks me where you went, he knows I came alone'),
  st('So row, row, the tide is turning', 'Row, row, the lamps are burning', 'Nobody waits on the Marrow Quay', 'Nobody waits but me'),
];
const aAlbum = ['Marrow Quay', 'Chalk Door', 'The Netmender', 'Low Lamps', 'Gullhaven'];
const aNav = ['Search', 'Submit Lyrics', 'Soundtracks', 'Facebook', 'Contact Us'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pell Harbour Band - Marrow Quay Lyrics | LyricLedger.example</title>
<meta name="description" content="Lyrics to &quot;Marrow Quay&quot; song by Pell Harbour Band: The ferry bell is ringing and the gulls have gone to ground">
<link rel="stylesheet" href="/bsaz.css"><script src="/external.js"></script></head>
<body><nav class="navbar navbar-default navbar-fixed-top"><div class="container"><div class="navbar-header">
<a class="navbar-brand" href="/"><img src="/az_logo_tr.png" alt="LyricLedger Song Lyrics"></a></div>
<ul class="nav navbar-nav navbar-right">${links(aNav)}</ul>
<form class="navbar-form navbar-right search" action="/search"><input type="text" class="form-control" name="q" placeholder="Search"></form></div></nav>
<div class="lboard-wrap"><div class="lboard"><div id="azlyrics_leaderboard"><span class="ad-label">Advertisement</span></div></div></div>
<div class="container main-page"><div class="row"><div class="col-xs-12 col-lg-8 text-center">
<div class="div-share noprint"><div class="fb-like" data-share="true"></div></div>
<div class="lyricsh"><h2><b>Pell Harbour Band Lyrics</b></h2></div>
<div class="ringtone"><span id="cf_text_top"></span></div>
<b>"Marrow Quay"</b><br>
<h1 style="display:none">"Marrow Quay" lyrics</h1>
<br><div>
<!-- Usage of lyricledger content by any third-party lyrics provider is prohibited by our licensing agreement. Sorry about that. -->
${aStanzas.join('\n<br><br>\n')}
</div><br><br>
<div class="smt"><small>Writer(s): Corin Maddox, Lell Anwick</small></div>
<div class="noprint"><span id="cf_text"></span></div>
<div class="lyricsh"><form id="corlyr" method="post" action="/cor.php">
<a href="#" onclick="document.getElementById('corlyr').submit();return false;" class="btn btn-share">Submit Corrections</a></form></div>
<div class="panel songlist-panel noprint"><div class="panel-heading"><b>album:</b> <b>"Gullhaven"</b> (2019)</div>
<div class="listalbum-item">${aAlbum.map((t) => `<a href="/lyrics/pellharbourband/${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join('<br>\n')}</div>
</div><div class="smt noprint"><i>Thanks to Perrin for adding these lyrics.</i></div></div>
<div class="col-lg-2 text-center hidden-xs hidden-sm noprint"><div id="azlyrics_skyscraper"><span class="ad-label">Advertisement</span></div></div></div></div>
<div class="footer-wrap"><div class="container"><small><a href="/privacy.html">Privacy Policy</a> | <a href="/dmca.html">DMCA Policy</a></small><br>
<small><strong>LyricLedger.example</strong></small></div></div>
<script>cf_page_artist = "Pell Harbour Band"; cf_page_song = "Marrow Quay";</script></body></html>`;
const azlyrics: TestPage = {
  name: 'heldout382-azlyrics-plain-lyrics',
  kind: 'docs',
  html: aHtml,
  title: '"Marrow Quay" lyrics',
  headings: [],
  body: texts(aStanzas),
  bylines: ['Writer(s): Corin Maddox, Lell Anwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Advertisement', 'Pell Harbour Band Lyrics', 'Submit Corrections', 'album:', '"Gullhaven"', '(2019)', 'Chalk Door', 'The Netmender',
    'Low Lamps', 'Thanks to Perrin for adding these lyrics.', 'Privacy Policy', 'DMCA Policy', 'LyricLedger.example',
  ],
};

export const HELDOUT382_A: readonly TestPage[] = [genius, azlyrics];
