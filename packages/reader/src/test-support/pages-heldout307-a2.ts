import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file a2: a band's tour announcement posted as the "about" text of a Bandcamp release page (a page whose
 * main text is short): the Bandcamp menu bar, the band name and location, the tralbum header, the buy box and digital album
 * block, the track table, the credits and licence, tags, the "supported by" fans, the right column with the band's bio, shows
 * and discography, the "you may also like" rail and the footer.
 */
const title = 'Lighthouse Tour 2026 (live sessions EP)';
const about = [
  j(
    'We are going back on the road! After two years of playing mostly in our friend Morwenna\u2019s barn, Hollow Tarn are heading out on',
    'a twelve-date tour of coastal towns this autumn, and this time we are bringing the harmonium.',
  ),
  j(
    'Every date is in a venue within sight of a lighthouse, which started as a joke on a long drive and then became a plan. Tickets for',
    'every date go on sale this Friday at ten in the morning, and the links are in the list of dates on the right.',
  ),
  j(
    'To mark the tour we recorded these four songs live in one afternoon at the old coastguard station in Brannock Head. No overdubs, one',
    'microphone, and a kettle that you can definitely hear boiling during the second verse of the opening song.',
  ),
  j(
    'The EP is pay-what-you-like above five pounds, and every penny of the first month goes towards the petrol. If you cannot make',
    'any of the dates, we will be streaming the final night from Whitmoor Bay on our page here for anyone who has bought the EP.',
  ),
  'Everyone who buys the EP here before the first show gets a download code for the full recording of the barn gigs as a thank-you.',
  j(
    'A few things people have asked us: yes, all the venues are step-free; yes, there will be records and tea towels at the merch table;',
    'and no, we still do not know how to fit the harmonium in the van. Come and find out.',
  ),
];
const tracks = ['Foghorn Lullaby', 'The Keeper\u2019s Log', 'Shingle Waltz', 'Headland Light'];
const shows = [
  'Sep 18 The Net Loft, Saltcombe',
  'Sep 19 Harbour Arts Centre, Porthgwyn',
  'Sep 21 St Ebba\u2019s Hall, Coldhaven',
  'Sep 24 The Signal Box, Whitmoor Bay',
];
const tags = ['folk', 'alt-folk', 'chamber folk', 'acoustic', 'Kelderby'];
const also = ['Saltmarsh Choir by The Wrack Line', 'Low Water by Ebbing Rooms', 'Peat Smoke Sessions by Corra Vane'];
const disco = ['Lighthouse Tour 2026 (live sessions EP)', 'Barn Recordings Vol. 2', 'The Moth Almanac'];
const supporters = ['gullfeather', 'mira_o', 'Tom Allardyce', 'seastackfan'];
const foot = ['terms of use', 'privacy', 'copyright policy', 'switch to mobile view', 'help', 'log in'];
const html = `<!DOCTYPE html>
<html class="no-js"><head><meta charset="utf-8"><title>${title} | Hollow Tarn</title>
<meta name="title" content="${title}, by Hollow Tarn"><meta name="description" content="4 track album">
<meta property="og:title" content="${title}, by Hollow Tarn"><meta property="og:site_name" content="Hollow Tarn">
<meta property="og:type" content="album"><meta property="og:url" content="https://hollowtarn.bandcamp.example/album/lighthouse-tour-2026-live-sessions-ep">
<script type="application/ld+json">{"@type":"MusicAlbum","@id":"https://hollowtarn.bandcamp.example/album/lighthouse-tour-2026-live-sessions-ep",
"name":"${title}","byArtist":{"@type":"MusicGroup","name":"Hollow Tarn"},"datePublished":"09 Jul 2026 00:00:00 GMT","numTracks":4,
"@context":"https://schema.org"}</script>
<script data-tralbum='{"current":{"title":"Lighthouse Tour 2026","type":"album"},"hasAudio":true,"art_id":3301927741}'
data-band='{"id":2261045,"name":"Hollow Tarn"}' src="https://s4.bcbits.example/bundle/bundle/1/tralbum_head-8f1b2.js"></script>
<link rel="stylesheet" href="https://s4.bcbits.example/bundle/bundle/1/global-f02a.css"></head>
<body class="invertIconography" lang="en"><div id="menubar-wrapper" class="header-rework-2018"><div id="menubar" class="menubar">
<a class="bclogo" href="https://bandcamp.example">bandcamp</a><ul class="menubar-items">
<li class="menubar-item"><a href="https://bandcamp.example/discover">discover</a></li>
<li class="menubar-item"><a href="https://bandcamp.example/signup">sign up</a></li><li class="menubar-item"><a href="/login">log in</a></li></ul>
<form class="search-form"><input class="search-text" type="text" placeholder="Search and discover music"></form></div></div>
<div id="customHeaderWrapper"><div id="customHeader" class="desktop-header"><a href="/"><img src="https://f4.bcbits.example/img/0029.jpg"
alt=""></a></div></div>
<div id="propOpenWrapper"><div id="pgBd" class="yui-skin-sam"><div class="trackView" itemscope itemtype="http://schema.org/MusicAlbum">
<div id="centerWrapper"><div id="name-section"><h2 class="trackTitle" itemprop="name">${title}</h2>
<h3 class="albumTitle">by <span><a href="https://hollowtarn.bandcamp.example">Hollow Tarn</a></span></h3></div>
<div id="trackInfo"><div id="trackInfoInner"><div class="inline_player"><table><tr><td class="play_cell"><a role="button"
aria-label="Play"></a></td><td class="track_cell"><span class="title">Foghorn Lullaby</span><span class="time">00:00 / 04:12</span></td></tr></table></div>
<ul class="tralbumCommands"><li class="buyItem digital"><h4 class="ft compound-button main-button"><button class="download-link buy-link">Buy Digital
Album</button></h4><span class="nobreak"><span class="base-text-color">£5</span> <span class="buyItemExtra secondaryText">GBP</span>
<span class="buyItemExtra buyItemNyp secondaryText">or more</span></span><div class="bd">Streaming + Download</div>
<div class="bd">Includes unlimited streaming via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.</div></li>
<li class="buyItem"><a class="follow-unfollow" href="#">Send as Gift</a></li></ul>
<table class="track_list track_table" id="track_table">${tracks
  .map(
    (t, i) => `<tr class="track_row_view linked" rel="tracknum=${i + 1}"><td class="track-number-col"><div class="track_number secondaryText">${i + 1}.</div>
</td><td class="title-col"><div class="title"><a href="/track/${i + 1}"><span class="track-title">${t}</span></a>
<span class="time secondaryText">0${i + 3}:${10 + i * 7}</span></div></td><td class="info-col"><a href="#">info</a></td></tr>`,
  )
  .join('\n')}</table>
<div class="tralbumData tralbum-about" itemprop="description">
${ps(about)}
</div>
<div class="tralbumData tralbum-credits">released July 9, 2026 <br>
Recorded live at the Coastguard Station, Brannock Head, by Piran Dole. Mastered by Ysolde Marr.</div>
<div id="license" class="info license"><span>all rights reserved</span></div>
<div class="tralbumData tralbum-tags tralbum-tags-nu"><span class="tags-inline-label">tags</span>
${tags.map((t) => `<a class="tag" href="https://bandcamp.example/discover/${t}">${t}</a>`).join('\n')}</div></div></div>
<div class="collectors-section"><h3 class="collectors-heading">supported by</h3><ul class="deceased-fan-list">${lis(supporters, 'fan pic')}</ul></div>
<div class="recommendations-container"><h3 class="recs-heading">you may also like</h3><ul>${links(also, 'recommended-album')}</ul></div></div>
<div id="rightColumn"><div id="bio-container" class="signed-out"><p id="band-name-location"><span class="title">Hollow Tarn</span>
<span class="location secondaryText">Kelderby, UK</span></p><a class="follow-unfollow" href="#">Follow</a>
<p id="bio-text">Three siblings, one harmonium and a lot of weather.</p></div>
<div id="showography" class="showography"><h3 class="showography-heading">shows</h3><ul>${lis(shows, 'show')}</ul></div>
<div id="discography"><h3 class="discography-heading">discography</h3><ul>${links(disco, 'recent-album')}</ul>
<a class="link-and-more" href="/music">more releases...</a></div><div class="contact-label"><a href="/contact">Contact Hollow Tarn</a></div>
</div></div></div></div>
<div id="pgFt"><div class="footer-content"><ul>${links(foot, 'footer-link')}</ul></div></div>
<script>window.BandData = {"id":2261045,"name":"Hollow Tarn","fan_email":null};</script></body></html>`;

export const bandcamp: TestPage = {
  name: 'heldout307-bandcamp-release-about-blog',
  kind: 'blog',
  html,
  title,
  headings: [],
  body: texts(about),
  bylines: ['released July 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'discover', 'sign up', 'by Hollow Tarn', 'Buy Digital Album', 'or more', 'Streaming + Download',
    'Includes unlimited streaming via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.', 'Send as Gift', ...tracks,
    'Recorded live at the Coastguard Station, Brannock Head, by Piran Dole. Mastered by Ysolde Marr.', 'all rights reserved', ...tags,
    'supported by', ...supporters, 'you may also like', ...also.slice(0, 3), 'Kelderby, UK', 'Follow', 'Three siblings, one harmonium and a lot of weather.',
    'shows', ...shows, 'discography', ...disco.slice(1), 'more releases...', 'Contact Hollow Tarn', ...foot,
  ],
};
