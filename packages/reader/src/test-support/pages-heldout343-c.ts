import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout343-kit.js';

/**
 * Held-out batch 343, file c: an ArtStation artwork page in Angular markup whose main text is a short description (the
 * artist card, software and tags, likes and views, "More by" and the comments are furniture) and a Bandcamp album page
 * (the album title is an h2, as Bandcamp prints it; the about text, the credit lines and the track titles are the body).
 */
const aTitle = 'Cinder Monastery, Environment Concept';
const aDesc = [
  j(
    'Personal piece exploring a monastery built into the side of a dormant volcano. The monks farm the warm terraces below the',
    'rim and ring the bells whenever the ground starts to hum.',
  ),
  j(
    'I wanted the architecture to feel carved rather than built, so every roof follows the line of an old lava flow. The colour',
    'script goes from cold dawn blue at the top of the frame to the orange of the vents at the bottom, with the monastery sitting',
    'right where the two meet.',
  ),
  j(
    'Blocked out in Blender with simple kitbash shapes, lit in Eevee, then painted over in Photoshop. The figures on the stairs',
    'are there for scale: the main hall is roughly forty metres tall.',
  ),
  j(
    'Breakdown and the Blender scene are available on my Patreon. Thanks for looking, and critique is always welcome, especially',
    'on the readability of the lower third.',
  ),
];
const aNav = ['Explore', 'Learning', 'Prints', 'Jobs', 'Events', 'Blogs', 'Shop'];
const aSoftware = ['Blender', 'Photoshop'];
const aTags = ['#environmentconcept', '#volcano', '#monastery', '#conceptart'];
const aMore = ['Glass Orchard', 'Salt Cathedral Interior', 'Kelp Market at Dusk'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ArtStation - ${aTitle}</title>
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="website">
<meta property="og:description" content="Personal piece exploring a monastery built into the side of a dormant volcano.">
<meta name="twitter:creator" content="@tovebjorkly"><link rel="canonical" href="https://www.artstation.com/artwork/XnR4qd">
<script>window.cache = {"project":{"hash_id":"XnR4qd","likes_count":2318,"views_count":14790,"published_at":"2026-03-04T08:11:00Z"}};</script>
<script async src="https://www.artstation.example/assets/application-8f31.js"></script></head>
<body class="artstation-app"><app-root ng-version="17.3.4"><header class="main-menu"><a class="main-menu-logo" href="/">ArtStation</a>
<ul class="main-menu-list">${links(aNav, 'main-menu-item')}</ul><a class="btn btn-link" href="/users/sign_in">Sign In</a>
<a class="btn btn-primary" href="/users/sign_up">Sign Up</a></header>
<project-view _nghost-ng-c1823><div class="project-view" _ngcontent-ng-c1823><div class="project-assets">
<div class="project-asset asset-image"><img src="https://cdna.artstation.example/p/assets/images/large/cinder_1.jpg" alt="${aTitle}"></div>
<div class="project-asset asset-image"><img src="https://cdna.artstation.example/p/assets/images/large/cinder_2.jpg" alt=""></div></div>
<aside class="project-sidebar"><div class="project-author-card"><a class="project-author-name" href="/tovebjorkly">Tove Bjorkly</a>
<div class="project-author-headline">Environment Concept Artist at Larkspur Games</div>
<button class="btn btn-primary btn-follow">Follow</button></div>
<div class="project-sidebar-inner"><h1 class="h3 project-title">${aTitle}</h1>
<div class="project-description">${ps(aDesc)}</div>
<div class="project-published"><span class="text-muted">Posted</span> <time datetime="2026-03-04T08:11:00Z">2 days ago</time></div>
<ul class="project-stats"><li><span class="text-muted">Likes</span> 2,318</li><li><span class="text-muted">Views</span> 14,790</li></ul>
<div class="project-actions"><button class="btn btn-default btn-like">Like</button><button class="btn btn-default">Save</button>
<button class="btn btn-default">Share</button></div>
<div class="project-software"><h3 class="h5">Software Used</h3><ul>${links(aSoftware, 'software-item')}</ul></div>
<div class="project-tags"><h3 class="h5">Tags</h3><ul>${links(aTags, 'project-tag')}</ul></div>
<div class="project-comments"><h3 class="h5">Comments (2)</h3>
<div class="comment"><a class="comment-author" href="/hbarnes">Hollis Barnes</a><p class="comment-text">Love how the roofs follow the lava lines.</p></div>
<div class="comment"><a class="comment-author" href="/ksaito">Kenji Aramaki</a><p class="comment-text">The lower third reads fine to me, amazing light.</p>
</div></div></div></aside>
<section class="more-artwork"><h2 class="h4">More artwork by Tove Bjorkly</h2><ul>${links(aMore, 'gallery-grid-item')}</ul></section>
</div></project-view>
<footer class="site-footer"><ul>${links(['About', 'Careers', 'Help', 'Terms of Service', 'Privacy Policy', 'Cookie Policy'])}</ul>
<p>© 2026 ArtStation, an Epic Games company</p></footer>
<div class="cookie-notice"><p>ArtStation uses cookies to improve your experience.</p><button class="btn btn-primary">Got it</button></div>
</app-root></body></html>`;
const artstation: TestPage = {
  name: 'heldout343-artstation-artwork-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aDesc),
  bylines: ['Tove Bjorkly', '2 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Sign In', 'Sign Up', 'Environment Concept Artist at Larkspur Games', 'Follow', 'Posted', 'Likes', '2,318', 'Views', '14,790', 'Like',
    'Save', 'Share', 'Software Used', 'Tags', ...aTags, 'Comments (2)', 'Hollis Barnes', 'Love how the roofs follow the lava lines.',
    'Kenji Aramaki', 'The lower third reads fine to me, amazing light.', 'More artwork by Tove Bjorkly', ...aMore, 'About', 'Careers', 'Help',
    'Terms of Service', 'Privacy Policy', 'Cookie Policy', '© 2026 ArtStation, an Epic Games company', 'ArtStation uses cookies to improve your experience.',
    'Got it',
  ],
};

const bcTitle = 'Weather for the Lower Fields';
const bcAbout = [
  j(
    'Weather for the Lower Fields is our second album, recorded over nine days in a disused chapel on the',
    'edge of Brackmoor. The band set up in a circle under the gallery and played every song live, with no click and very few',
    'overdubs, so you can hear the rain on the slate roof in the quiet parts.',
  ),
  j(
    'The songs were written over a year in which two of the four members moved away and came back. Several of them are about',
    'leaving a place slowly: the long goodbye of a farm sale, a bus route that is cut, a river that changes course over a winter.',
  ),
  j(
    'Fiddle and harmonium carry most of the arrangements, with Ysolde Parr\u2019s baritone guitar underneath. On the title track',
    'the whole band sings into a single ribbon microphone placed in the aisle.',
  ),
  j(
    'Chapel Roof was never meant to be on the record. It is a warm-up we played on the first morning while the engineer moved',
    'microphones, and when we listened back it had something none of the later takes could match, so it stayed.',
  ),
  j(
    'The vinyl edition comes in a reverse-board sleeve with a twelve-page booklet of lyrics and field notes, pressed on 180 gram',
    'black vinyl. All digital purchases include high-quality downloads in MP3, FLAC and more.',
  ),
];
const bcCredits = [
  'Ysolde Parr: vocals, baritone guitar',
  'Cathal Menzies: fiddle, harmonium',
  'Bea Lindqvist: double bass, backing vocals',
  'Rory Gault: drums, percussion, field recordings',
  'Recorded at St Aidan\u2019s Chapel, Brackmoor, by Hamish Orrell',
  'Mixed by Hamish Orrell at Lowfold Studio',
  'Mastered by Priya Castellane',
  'Sleeve photograph and design by Agnes Tully',
];
const bcTracks = [
  ['The Farm Sale', '04:12'],
  ['Number 9 (Last Bus)', '03:38'],
  ['Weather for the Lower Fields', '05:47'],
  ['Heron Light', '02:56'],
  ['The River Took the Long Way', '06:03'],
  ['Chapel Roof', '04:21'],
  ['Going Slowly', '05:10'],
] as const;
const bcTags = ['folk', 'chamber folk', 'ballads'];
const bcHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${bcTitle} | The Oystercatchers</title><meta name="title" content="${bcTitle}, by The Oystercatchers">
<meta property="og:title" content="${bcTitle}, by The Oystercatchers"><meta property="og:type" content="album">
<meta property="og:site_name" content="The Oystercatchers"><meta name="description" content="7 track album">
<script type="application/ld+json">{"@type":"MusicAlbum","@context":"https://schema.org","name":"${bcTitle}",
"byArtist":{"@type":"MusicGroup","name":"The Oystercatchers"},"datePublished":"06 Mar 2026 00:00:00 GMT","numTracks":7}</script>
<script type="text/javascript" data-tralbum='{"current":{"title":"${bcTitle}","release_date":"06 Mar 2026"},"item_type":"album"}'
src="https://s4.bcbits.example/bundle/bundle/1/tralbum_head-a3b.js"></script>
<link rel="stylesheet" href="https://s4.bcbits.example/client-bundle/1/trackpipe.css"></head>
<body class="invertIconography"><div id="menubar-wrapper" class="header-rework-2018"><div id="menubar" class="menubar-outer">
<a href="https://bandcamp.com" class="bc-logo">bandcamp</a><input type="text" placeholder="Search and discover music" class="search-text">
<ul class="menubar-nav"><li><a href="/login">log in</a></li><li><a href="/signup">sign up</a></li></ul></div></div>
<div id="customHeaderWrapper"><div id="customHeader"><a href="/"><img src="https://f4.bcbits.example/img/custom_header.jpg" alt=""></a></div></div>
<div id="propOpenWrapper"><div id="pgBd" class="yui-skin-sam"><div id="centerWrapper"><ol id="band-navbar">
<li><a href="/music">music</a></li><li><a href="/merch">merch</a></li><li><a href="/community">community</a></li></ol>
<div class="leftMiddleColumns"><div id="name-section"><h2 class="trackTitle">${bcTitle}</h2>
<h3 style="margin:0px;">by <span><a href="https://theoystercatchers.bandcamp.com">The Oystercatchers</a></span></h3></div>
<div id="trackInfo"><div id="trackInfoInner"><div class="inline_player"><table><tr><td class="play_cell"><a role="button"
aria-label="Play"></a></td><td class="track_cell"><span class="title">The Farm Sale</span><span class="time_elapsed">00:00</span>
<span class="time_total">04:12</span></td></tr></table></div>
<ul class="tralbumCommands"><li class="buyItem digital"><h4 class="ft compound-button main-button"><button class="download-link buy-link">Buy Digital
Album</button> <span class="base-text-color">£8</span> <span class="buyItemExtra secondaryText">GBP</span> <span class="buyItemExtra">or more</span></h4>
<div class="digitaldescription secondaryText">Streaming + Download</div></li>
<li class="buyItem"><h4 class="ft"><button class="buy-link">Buy Record/Vinyl</button> <span class="base-text-color">£20</span></h4>
<div class="merchtype secondaryText">Record/Vinyl + Digital Album</div></li>
<li class="buyItem"><button class="follow-unfollow">Follow</button></li></ul>
<table class="track_list track_table" id="track_table">
${bcTracks
  .map(
    ([t, d], i) => `<tr class="track_row_view linked" rel="tracknum=${i + 1}"><td class="play-col"><a role="button" aria-label="Play ${t}"></a></td>
<td class="track-number-col"><div class="track_number secondaryText">${i + 1}.</div></td><td class="title-col"><div class="title">
<a href="/track/t${i + 1}"><span class="track-title">${t}</span></a> <span class="time secondaryText">${d}</span></div></td>
<td class="info-col"><div class="info_link"><a href="/track/t${i + 1}">info</a></div></td><td class="download-col"><div class="dl_link">
<a href="/track/t${i + 1}?action=download">buy track</a></div></td></tr>`,
  )
  .join('\n')}
</table></div></div>
<div class="tralbumData tralbum-about">${bcAbout.join('<br>\n<br>\n')}</div>
<div class="tralbumData tralbum-credits">released <meta itemprop="datePublished" content="20260306">March 6, 2026 <br>
<br>
${bcCredits.map((c) => c.replace(/&/g, '&amp;')).join('<br>\n')}</div>
<div class="tralbumData tralbum-tags tralbum-tags-nu"><span class="tags-inline-label">tags</span>
${bcTags.map((t) => `<a class="tag" href="https://bandcamp.com/discover/${t}">${t}</a>`).join('\n')}</div>
<div class="tralbumData tralbum-license">all rights reserved</div>
<div class="collected-by"><div class="bd-section-header">supported by</div><div class="writing">
<a class="fan pic" href="/fan/moth">moth_and_marram</a> <span class="text">Heron Light is the one I keep going back to.</span>
<a class="fan pic" href="/fan/dmck">dmckinnon</a> <span class="text">Sounds exactly like being in that chapel.</span></div></div></div>
<div id="rightColumn"><div class="band-photo-container"><a class="popupImage"><img src="https://f4.bcbits.example/img/band.jpg" alt=""></a></div>
<p id="band-name-location"><span class="title">The Oystercatchers</span> <span class="location secondaryText">Brackmoor, UK</span></p>
<p id="bio-text">Four-piece chamber folk band from the moors.</p><button class="follow-unfollow">Follow</button>
<div class="recommendations-container"><h3>you may also like</h3><ul>${links(['Salt Hymns by The Gannet Choir', 'Low Tide Songs by Maud Ferris'])}</ul>
</div></div></div></div></div>
<div id="pgFt"><ul>${links(['Terms of Use', 'Privacy', 'Copyright Policy', 'Switch to mobile view'])}</ul></div>
<div id="cookie-control-dialog" class="cookie-control"><p>We use necessary cookies, and with your consent, we use cookies to improve our services.</p>
<button class="g-button">Accept all</button><button class="g-button">Necessary only</button></div></body></html>`;
const bandcamp: TestPage = {
  name: 'heldout343-bandcamp-album-blog',
  kind: 'blog',
  html: bcHtml,
  title: bcTitle,
  headings: [],
  body: [...texts(bcAbout), ...bcCredits, ...bcTracks.map(([t]) => t).filter((t) => t !== bcTitle)],
  bylines: ['The Oystercatchers', 'March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'bandcamp', 'log in', 'sign up', 'music', 'merch', 'community', 'Buy Digital Album', 'GBP', 'or more', 'Streaming + Download',
    'Buy Record/Vinyl', '£20', 'Record/Vinyl + Digital Album', 'Follow', 'info', 'buy track', 'released', 'tags',
    ...bcTags, 'all rights reserved', 'supported by',
    'moth_and_marram', 'Heron Light is the one I keep going back to.', 'dmckinnon', 'Sounds exactly like being in that chapel.', 'Brackmoor, UK',
    'Four-piece chamber folk band from the moors.', 'you may also like', 'Salt Hymns by The Gannet Choir', 'Low Tide Songs by Maud Ferris',
    'Terms of Use', 'Privacy', 'Copyright Policy', 'Switch to mobile view',
    'We use necessary cookies, and with your consent, we use cookies to improve our services.', 'Accept all', 'Necessary only',
  ],
};

export const HELDOUT343_C: readonly TestPage[] = [artstation, bandcamp];
