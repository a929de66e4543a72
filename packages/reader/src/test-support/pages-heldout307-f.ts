import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file f: a Genius-style lyrics and annotation page (styled-components class names from a React app): the
 * header with its nav and "Sign Up", the song header with title, artist, album, release date and view count, the lyrics
 * containers with <br> lines and annotated spans, the "About" description, the Q&A answers, the credits, the "Embed" and
 * share buttons, the "You might also like" block injected inside the lyrics, the album track list, comments, ads and footer.
 */
const title = 'Tide Tables';
const stanzas = [
  ['[Verse 1]', 'Pinned to the door of the chapel hall', 'The times of the water, the rise and the fall', 'You read them aloud like a hymn you knew well'],
  ['[Chorus]', 'High at the morning, low by the night', 'I set all my clocks by the harbour light', 'And the tide tables tell me you\u2019re not coming home'],
  [
    '[Verse 2]',
    'The organ is breathing through two feet of sea',
    'The pews are all floating, the hymnbooks are free',
    'And I\u2019m singing the hours to nobody at all',
  ],
  ['[Chorus]', 'High at the morning, low by the night', 'I set all my clocks by the harbour light', 'And the tide tables tell me you\u2019re not coming home'],
];
const stanzaHtml = (s: string[]): string =>
  s
    .map((l, i) =>
      i === 2 && s[0] === '[Verse 1]'
        ? `<a class="ReferentFragmentdesktop__ClickTarget-sc-110r0d9-0" href="/9912"><span
class="ReferentFragmentdesktop__Highlight-sc-110r0d9-1">${l}</span></a>`
        : l,
    )
    .join('<br>\n');
const lyricTexts = stanzas.map((s) => s.join(' '));
const hAbout = 'About';
const about = [
  j(
    '\u201cTide Tables\u201d is the fourth track on Marrow Lanterns\u2019 album Vestry, recorded in a half-flooded Methodist chapel on the',
    'Ayrshire coast. The song imagines a woman reading the printed tide times on the chapel door as if they were a prayer.',
  ),
  j(
    'Singer Callum Brisk said the chorus was written in one take, sitting on the chapel steps while the band waited for the water in',
    'the nave to go down far enough to reach the organ.',
  ),
  j(
    'The backing vocals were recorded with the whole band standing in the flooded aisle, and the slight echo on the last chorus is the',
    'chapel itself. Fans often point to the song as the emotional centre of the album, and it became a singalong at the band\u2019s',
    'spring shows, where the front rows took over the harmonies.',
  ),
];
const hQa = 'What have the artists said about the song?';
const qa = [
  j(
    'In a 2026 radio session, Oona Leckie said the song "started as a joke about how many tide apps Callum has on his phone, and then',
    'it stopped being funny about halfway through the second verse."',
  ),
];
const annotation = j(
  'The line mirrors the church practice of reading out the banns: something public, repeated every week, and quietly heartbreaking for',
  'one listener.',
);
const album = ['Lantern Weather', 'The Harbourmaster\u2019s Daughter', 'Salt in the Organ Pipes', 'Tide Tables', 'Bilge Hymn', 'Nave'];
const also = ['Drowned Choir', 'Foghorn Lullaby', 'Halt at Brennock'];
const nav = ['Featured', 'Charts', 'Videos', 'Promote Your Music'];
const foot = ['About Annotune', 'Contributor Guidelines', 'Press', 'Shop', 'Advertise', 'Privacy Policy', 'Licensing', 'Jobs', 'Developers', 'Terms of Use'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marrow Lanterns – Tide Tables Lyrics | Annotune Lyrics</title>
<meta name="description" content="Tide Tables Lyrics: Pinned to the door of the chapel hall"><meta property="og:type" content="music.song">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicRecording","name":"Tide Tables","byArtist":{"@type":"MusicGroup",
"name":"Marrow Lanterns"},"inAlbum":{"@type":"MusicAlbum","name":"Vestry"},"datePublished":"2025-11-07"}</script>
<script>window.__PRELOADED_STATE__ = JSON.parse('{\\"songPage\\":{\\"song\\":90122,\\"pageType\\":\\"song\\"}}');</script></head>
<body><div id="application"><div class="Header__Container-sc-1vsrgq1-0"><a class="PageHeaderLogo__Link-sc-175tsd3-0" href="/">ANNOTUNE</a>
<input class="PageHeaderSearchdesktop__Input-sc-1ekohcg-2" placeholder="Search lyrics &amp; more"><ul class="PageHeaderdesktop__Subnavigation-sc-1fr7d1s-1">
${links(nav, 'PageHeaderdesktop__Link-sc-1fr7d1s-2')}</ul><a class="PageHeaderdesktop__Link-sc-1fr7d1s-2" href="/signup">Sign Up</a></div>
<div class="DfpAd__Container-sc-1tnbv7f-1"><p class="DfpAd__Label-sc-1tnbv7f-0">Advertisement</p></div>
<main><div class="SongHeaderdesktop__Container-sc-1effuo1-0"><div class="SongHeaderdesktop__Information-sc-1effuo1-4">
<h1 class="SongHeaderdesktop__Title-sc-1effuo1-7"><span class="SongHeaderdesktop__HiddenMask-sc-1effuo1-11">${title}</span></h1>
<div class="HeaderArtistAndTracklistdesktop__Container-sc-4vdeb8-0"><a class="StyledLink-sc-3ea0mt-0" href="/artists/Marrow-lanterns">Marrow
Lanterns</a></div><div class="HeaderArtistAndTracklistdesktop__Tracklist-sc-4vdeb8-1">Track 4 on <a href="#primary-album">Vestry</a></div>
<div class="MetadataStats__Container-sc-1t7d8ac-0"><span class="LabelWithIcon__Label-hjli77-1">Nov. 7, 2025</span><span
class="LabelWithIcon__Label-hjli77-1">1 viewer</span><span class="LabelWithIcon__Label-hjli77-1">38.4K views</span></div></div></div>
<div class="SongPageGriddesktop-sc-1px5b71-0 Lyrics__Root-sc-1ynbvzw-0"><div class="LyricsHeader__Container-sc-ejidji-1"><div
class="LyricsHeader__Title-sc-ejidji-2">Tide Tables Lyrics</div><button class="LyricsHeader__Button">Translations</button></div>
<div data-lyrics-container="true" class="Lyrics__Container-sc-1ynbvzw-1 kUgSbL">${stanzaHtml(stanzas[0] ?? [])}<br>\n<br>\n${stanzaHtml(stanzas[1] ?? [])}</div>
<div class="InreadContainer__Container-sc-19040w5-0 PrimisPlayer__InreadContainer"><div class="RightSidebar__Container">
<div class="SidebarAd__Label">You might also like</div><ul>${links(also, 'SongRecommendation')}</ul></div></div>
<div data-lyrics-container="true" class="Lyrics__Container-sc-1ynbvzw-1 kUgSbL">${stanzaHtml(stanzas[2] ?? [])}<br>\n<br>\n${stanzaHtml(stanzas[3] ?? [])}</div>
<div class="LyricsFooter__Container-sc-1b6m5lh-0"><button>Embed</button><button>Cancel</button></div></div>
<div class="Annotation__Container-sc-1pw1dpw-0" role="complementary"><div class="AnnotationHeader">Annotune Annotation</div>
<div class="RichText__Container-oz284w-0 AnnotationBody">${ps([annotation])}</div><div class="VotesHeader">+41</div>
<div class="Contributors">3 contributors</div></div>
<div class="SongDescription__Container-sc-615rvk-0"><h2 class="SongDescription__Title">${hAbout}</h2>
<div class="RichText__Container-oz284w-0">${ps(about)}</div>
</div><div class="QuestionList__Container-sc-1a58vti-0"><h2 class="QuestionList__Title">Q&amp;A</h2><div class="QuestionTemplate__Title">${hQa}</div>
<div class="QuestionTemplate__Answer RichText__Container-oz284w-0">${ps(qa)}</div></div>
<div class="SongInfo__Container-nekw6x-0"><h2 class="SongInfo__Title">Credits</h2><div class="SongInfo__Credit">Written By <a
href="/artists/Callum-brisk">Callum Brisk</a></div><div class="SongInfo__Credit">Produced By <a href="/artists/Fen-quarry">Fenella Quarry</a></div>
<div class="SongInfo__Credit">Release Date November 7, 2025</div></div>
<div class="PrimaryAlbum__Container-cuci8p-0" id="primary-album"><h2 class="PrimaryAlbum__Title">Vestry (2025)</h2>
<ol>${links(album, 'AlbumTracklist__Track')}</ol></div>
<section class="SongComments__Container-sc-131p4fy-0"><h2 class="SongComments__Title">Comments</h2><div class="Comment">
<span class="UserBadge">harbourlights</span><p>the second chorus live is something else</p></div><div class="Comment"><span class="UserBadge">oonafan_88</span>
<p>Oona on backing vocals in that last line though</p></div><a href="#" class="SongComments__SignUp">Sign Up</a> to leave a comment.</section></main>
<footer class="PageFooterdesktop__Container-hz1fx1-0"><p class="PageFooterdesktop__Quote">Annotune is the world\u2019s biggest collection of song lyrics and
musical knowledge</p><ul>${links(foot, 'PageFooterdesktop__Link')}</ul><p>© 2026 Annotune Media, LLC</p></footer></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to provide you with the best experience.</p><button
id="onetrust-accept-btn-handler">I Agree</button></div></body></html>`;

export const genius: TestPage = {
  name: 'heldout307-genius-style-lyrics-wiki',
  kind: 'wiki',
  html,
  title,
  headings: [hAbout, hQa],
  body: texts([...lyricTexts, annotation, ...about, ...qa]),
  bylines: ['Nov. 7, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ANNOTUNE', ...nav, 'Sign Up', 'Advertisement', 'Track 4 on Vestry', '1 viewer', '38.4K views', 'Tide Tables Lyrics', 'Translations',
    'You might also like', ...also, 'Embed', 'Cancel', 'Annotune Annotation', '+41', '3 contributors', 'Q&A', 'Credits', 'Written By Callum Brisk',
    'Produced By Fenella Quarry', 'Release Date November 7, 2025', 'Vestry (2025)', ...album.filter((a) => a !== 'Tide Tables'), 'Comments',
    'harbourlights', 'the second chorus live is something else', 'oonafan_88', 'Oona on backing vocals in that last line though', 'to leave a comment.',
    'Annotune is the world\u2019s biggest collection of song lyrics and musical knowledge', ...foot, '© 2026 Annotune Media, LLC',
    'We use cookies to provide you with the best experience.', 'I Agree',
  ],
};
