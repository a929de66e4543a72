import { links, type TestPage, texts } from './page-kit.js';
import { eventbritePage } from './pages-heldout171-a2.js';

/**
 * Held-out batch 171, file a: a Bandcamp album page with its liner notes, as a signed-out visitor saves it (the menu bar
 * with search and "log in", the album name section, the inline player, the buy blocks for the digital album and the vinyl
 * with their descriptions, "Send as Gift", "Share / Embed", "Wishlist", the track table, the liner notes in the
 * tralbum-about block, the credits block with the release date and licence, tags, "supported by" fans, the right column
 * with the band's bio, contact links and discography, the "you may also like" recommendations, the cookie banner and the
 * footer) and, from file a2, an Eventbrite event page.
 */
const bcTitle = 'Low Tide Hymnal';
const bcNotes = [
  'We recorded these eleven songs over four winters in the back room of the old chandlery on Wharf Street, with the heating off ' +
    'because the radiators rattled on every take. If you hear a low hum under the quiet parts of “Salt Lamp”, that is the ' +
    'ice machine from the fish market next door. We tried to get rid of it and then decided it belonged.',
  'Most of the record began as hymn tunes that Ada’s grandmother used to play on the pump organ at the Methodist chapel in ' +
    'Cold Harbor. We kept the shapes of the melodies and threw away almost everything else. “Lantern Psalm” is the only one ' +
    'that still has the original chord changes, slowed down to about half speed and played on a detuned Wurlitzer we bought for ' +
    'forty dollars at a church sale.',
  'The organ itself is on three songs. It has a cracked bellows, so it breathes in and out whether you are playing or not, and ' +
    'Tom spent a whole weekend taping it up before we gave in and let it wheeze. You can hear it most clearly at the end of ' +
    '“Ebb”, where we left the tape running after the last chord.',
  'Everything was tracked live to an eight-track reel machine and mixed in a single night, mostly because we had run out of ' +
    'tape. There are mistakes we could have fixed. We left them because they sounded like the room.',
  'This record is for the people who came to the Thursday shows at the Netloft when there were only nine of you, and for ' +
    'Gwen Pasco, who lent us the reel machine, the room and her patience, and never once asked when it would be finished.',
  'The vinyl edition comes with a twelve-page booklet of photographs Marisol took on the harbour during the sessions, and the ' +
    'words to every song. Thank you for listening, and for buying music directly from the people who make it.',
];
const bcTracks: [string, string][] = [
  ['Salt Lamp', '04:12'],
  ['Lantern Psalm', '05:47'],
  ['Breakwater', '03:29'],
  ['Ebb', '06:02'],
  ['Chandlery', '04:40'],
  ['The Long Pier', '03:58'],
];
const bcCredits = ['Ada Quill: voice, pump organ, Wurlitzer', 'Tom Varga: guitars, bass, tape', 'Marisol Enke: drums, photographs'];
const bcTags = ['ambient folk', 'chamber folk', 'slowcore', 'Portland'];
const bcFans = ['harbourlights', 'Dmitri K.', 'slowwaves', 'june_october'];
const bcRecs: [string, string][] = [
  ['Glass Orchard', 'by Wren & Tallow'],
  ['Northern Reach', 'by The Saltmarsh Quartet'],
  ['Small Hours', 'by Elsie Marchbank'],
];
const bcDisc = ['Ferry Songs (EP)', 'Live at the Netloft'];
const bcFoot = ['about us', 'Bandcamp Daily', 'Bandcamp for Artists', 'Bandcamp for Labels', 'help', 'log in', 'terms of use', 'privacy', 'copyright policy'];
const bcDigitalDesc = 'Includes unlimited streaming of Low Tide Hymnal via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.';
const bcVinylDesc = '180g black vinyl in a reverse-board sleeve with a 12-page photo booklet and download code.';
const bcCookie = 'We use cookies and similar technologies to improve your experience, analyse traffic and for marketing.';
const bcBio = 'Marrow Lantern is Ada Quill, Tom Varga and Marisol Enke, three friends who make slow, quiet records in a town that smells of bait.';
const bcRow = ([t, d]: [string, string], i: number): string => `<tr class="track_row_view linked" rel="tracknum=${i + 1}">
<td class="play-col"><a role="button" aria-label="Play ${t}"><div class="play_status"></div></a></td>
<td class="track-number-col"><div class="track_number secondaryText">${i + 1}.</div></td>
<td class="title-col"><div class="title"><a href="/track/${t.toLowerCase().replace(/ /g, '-')}"><span class="track-title">${t}</span></a>
<span class="time secondaryText">${d}</span></div></td><td class="info-col"><div class="info_link"><a href="/track/${i}">info</a></div></td>
<td class="download-col"><div class="dl_link"><a href="/track/${i}?action=download">buy track</a></div></td></tr>`;
const bcHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Low Tide Hymnal | Marrow Lantern</title>
<meta name="title" content="Low Tide Hymnal, by Marrow Lantern"><meta name="description" content="Low Tide Hymnal by Marrow Lantern, released 14 March 2025">
<meta property="og:title" content="Low Tide Hymnal, by Marrow Lantern"><meta property="og:type" content="album"><meta property="og:site_name"
content="Marrow Lantern">
<meta property="og:url" content="https://marrowlantern.bandcamp.com/album/low-tide-hymnal"><meta property="og:image"
content="https://f4.bcbits.example/img/a3311_5.jpg">
<meta name="twitter:card" content="player"><meta name="twitter:player" content="https://bandcamp.com/EmbeddedPlayer/v=2/album=3311907524/size=large/">
<link rel="canonical" href="https://marrowlantern.bandcamp.com/album/low-tide-hymnal">
<link rel="stylesheet" href="https://s4.bcbits.example/client-bundle/1/trackpipe/global-4f1c0e0d.css">
<script type="application/ld+json">{"@type":"MusicAlbum","@id":"https://marrowlantern.bandcamp.com/album/low-tide-hymnal","name":"Low Tide Hymnal",
"byArtist":{"@type":"MusicGroup","name":"Marrow Lantern"},"datePublished":"14 Mar 2025 00:00:00 GMT","numTracks":6,
"keywords":["ambient folk","chamber folk","slowcore","Portland"],"@context":"https://schema.org"}</script>
<script type="text/javascript" src="https://s4.bcbits.example/bundle/bundle/1/tralbum_head-9b3e8b1a.js"></script>
<script data-tralbum='{"current":{"title":"Low Tide Hymnal","artist":"Marrow Lantern","release_date":"14 Mar 2025 00:00:00 GMT"},"item_type":"album"}'
data-band='{"id":1480233190,"name":"Marrow Lantern"}' src="https://s4.bcbits.example/bundle/bundle/1/tralbum_bundle-3c2a.js"></script></head>
<body class="tralbum-page invertIconography">
<div id="menubar-wrapper" class="header-rework-2018 light-menubar"><div id="menubar" class="header-rework-2018">
<div class="bcweekly"><a href="https://daily.bandcamp.com/">Bandcamp Daily</a></div><div class="bclogo"><a href="https://bandcamp.com" aria-label="bandcamp">
<svg width="102" height="18"><use xlink:href="#bandcamp-logo"></use></svg></a></div>
<form class="search" action="https://bandcamp.com/search" method="get"><input type="text" placeholder="Search and discover music" name="q"
aria-label="Search and discover music"></form><ul class="menubar-links"><li><a class="log-in-link" href="https://bandcamp.com/login">log
in</a></li></ul></div></div>
<div id="pgBd" class="yui-skin-sam"><div id="propOpenWrapper"><div id="centerWrapper"><div id="customHeaderWrapper">
<div id="customHeader"><a href="https://marrowlantern.bandcamp.com"><img src="https://f4.bcbits.example/img/header.jpg" alt=""></a></div>
<ol id="band-navbar"><li><a href="/music">music</a></li><li><a href="/merch">merch</a></li><li><a href="/community">community</a></li></ol></div>
<div id="propOpen"><div id="trackInfo" class="leftMiddleColumns"><div id="name-section">
<h2 class="trackTitle">${bcTitle}</h2><h3 class="albumTitle">by <span><a href="https://marrowlantern.bandcamp.com">Marrow Lantern</a></span></h3></div>
<div id="trackInfoInner"><div class="inline_player"><table><tr><td class="play_cell" rowspan="2"><a role="button" aria-label="Play"><div
class="playbutton"></div></a></td>
<td class="track_cell"><div class="track_info"><span class="title-section"><span class="title">Salt Lamp</span></span>
<span class="time secondaryText"><span class="time_elapsed">00:00</span> / <span class="time_total">04:12</span></span></div></td></tr></table></div>
<ul class="tralbumCommands"><li class="buyItem digital"><h4 class="ft compound-button main-button"><button class="download-link buy-link">Buy Digital
Album</button>
<span class="nobreak"><span class="base-text-color">$8</span> <span class="buyItemExtra secondaryText">USD</span>
<span class="buyItemExtra buyItemNyp secondaryText">or more</span></span></h4><div class="ft"><h3 class="hd"><span class="buyItemPackageTitle">Digital
Album</span></h3>
<div class="bd"><span class="digitalDescription">Streaming + Download</span><div class="digital-description">${bcDigitalDesc}</div></div></div>
<h4 class="ft"><button class="download-link buy-link send-as-gift">Send as Gift</button></h4></li>
<li class="buyItem"><div class="ft"><h3 class="hd"><span class="buyItemPackageTitle">Vinyl LP</span></h3><div class="bd"><p class="merchtype">Record/Vinyl +
Digital Album</p>
<div class="merch-description">${bcVinylDesc}</div><p class="notable">Ships out within 5 days</p></div></div>
<h4 class="ft"><button class="download-link buy-link">Buy Record/Vinyl</button> <span class="base-text-color">$26</span></h4></li>
<li class="buyItem full-discography"><h4 class="ft"><button class="download-link buy-full-discography-link">Buy the Full Digital Discography</button></h4>
<span class="secondaryText">3 releases</span></li></ul>
<div class="share-collect-controls"><ul class="tralbumCollectAdmin"><li id="collect-item"><div class="collect-item-text">Wishlist</div></li></ul>
<ul class="tralbumCommands"><li><button class="share-embed">Share / Embed</button></li></ul></div>
<table class="track_list track_table" id="track_table">${bcTracks.map(bcRow).join('\n')}</table>
<div class="tralbumData tralbum-about" itemprop="description">${bcNotes.join('<br><br>\n')}</div>
<div class="tralbumData tralbum-credits">released March 14, 2025 <br><br>${bcCredits.join('<br>\n')}<br><br>
Recorded at the Chandlery, Cold Harbor, Maine.</div><div class="tralbumData tralbum-credits"><div id="license" class="info license">
<span>all rights reserved</span></div></div>
<div class="tralbumData tralbum-tags tralbum-tags-nu"><span class="tags-inline-label">tags</span>
${bcTags.map((t) => `<a class="tag" href="https://bandcamp.com/discover/${t.replace(/ /g, '-')}">${t}</a>`).join('\n')}</div></div>
<div class="deferred-collectors"><div class="collected-by"><div class="collected-by-header"><h3>supported by</h3></div>
<ul class="no-writing">${bcFans
  .map(
    (f) => `<li class="fan pic"><a href="https://bandcamp.com/${f}" class="pic" title="${f}"><img alt=""></a>
<a class="name" href="https://bandcamp.com/${f}">${f}</a></li>`,
  )
  .join('\n')}</ul><a class="more-thumbs">more...</a></div></div></div>
<div id="tralbumArt"><a class="popupImage" href="https://f4.bcbits.example/img/a3311_10.jpg"><img src="https://f4.bcbits.example/img/a3311_16.jpg"
alt="Low Tide Hymnal by Marrow Lantern" itemprop="image"></a></div>
<div id="rightColumn" class="rightColumn"><div id="bio-container" class="bio-container"><div id="band-name-location" class="band-name-location">
<p><span class="title">Marrow Lantern</span> <span class="location secondaryText">Cold Harbor, Maine</span></p></div>
<button class="follow-unfollow compound-button"><span class="follow-unfollow-text">Follow</span></button>
<p id="bio-text" class="bio-text">${bcBio}</p><ol id="band-links"><li><a href="https://marrowlantern.example">marrowlantern.example</a></li></ol>
<ol class="band-links-contact"><li><a href="/contact">Contact Marrow Lantern</a></li><li><a href="/help/downloading">Streaming and Download help</a></li>
<li><a href="/report">Report this album or account</a></li></ol></div>
<div id="discography"><h3 class="title">discography</h3><ul>${bcDisc
  .map(
    (d) => `<li><div class="trackTitle"><a
href="/album/${d.length}">${d}</a></div></li>`,
  )
  .join('\n')}
</ul><a class="more-link" href="/music">more releases...</a></div></div></div>
<div id="recommendations_container"><div class="recommendations-container"><h2>If you like Marrow Lantern, you may also like:</h2>
<ul class="recommended-albums">${bcRecs
  .map(
    ([t, b]) => `<li class="recommended-album"><a class="album-link"><div class="release-title">${t}</div>
<div class="by-artist">${b.replace(/&/g, '&amp;')}</div></a></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="cookie-control-dialog" class="cookie-control-banner" role="dialog"><p>${bcCookie}</p><button class="g-button">Accept necessary only</button>
<button class="g-button">Accept all</button></div>
<div id="pgFt" class="footer"><div id="footer-logo"><span>powered by</span> <a href="https://bandcamp.com">Bandcamp</a></div><ul class="footer-links">
${links(bcFoot)}</ul></div>
<script src="https://s4.bcbits.example/bundle/bundle/1/tralbum_page-7ab2.js" defer></script></body></html>`;
const bandcamp: TestPage = {
  html: bcHtml,
  name: 'heldout171-bandcamp-album-notes',
  kind: 'blog',
  // the album title (h2.trackTitle) is the title; the liner notes are the body; "by Marrow Lantern" and the "released" line
  // are bylines; the credits lines and the recording-place line are in neither list; the track table, buy blocks, tags,
  // fans, bio column, recommendations, cookie banner and footer are furniture
  title: bcTitle,
  headings: [],
  body: texts(bcNotes),
  bylines: ['Marrow Lantern', 'released March 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'music', 'merch', 'community', 'Buy Digital Album', 'or more', 'Digital Album', 'Streaming + Download', bcDigitalDesc,
    'Send as Gift', 'Vinyl LP', 'Record/Vinyl + Digital Album', bcVinylDesc, 'Ships out within 5 days', 'Buy Record/Vinyl',
    'Buy the Full Digital Discography', '3 releases', 'Wishlist', 'Share / Embed', ...bcTracks.flat(), 'info', 'buy track',
    'all rights reserved', 'tags', ...bcTags, 'supported by', ...bcFans, 'more...', 'Cold Harbor, Maine', 'Follow', bcBio, 'marrowlantern.example',
    'Contact Marrow Lantern', 'Streaming and Download help', 'Report this album or account', 'discography', ...bcDisc, 'more releases...',
    'If you like Marrow Lantern, you may also like:', ...bcRecs.flat(), bcCookie, 'Accept necessary only', 'Accept all', 'powered by', ...bcFoot,
  ],
};

export const HELDOUT171_A: readonly TestPage[] = [bandcamp, eventbritePage];
