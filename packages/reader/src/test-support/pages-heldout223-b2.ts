import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 223, file b2: a Bandcamp Daily feature (the Bandcamp site header with its search and log-in links, the Daily
 * masthead and section menu, the genre label, byline and date, the hero image credit, album player embeds between the
 * paragraphs with their artist, album and "Merch for this release" lines, share buttons, "More from Features", the app promo,
 * the cookie banner and the Bandcamp footer).
 */
const bcTitle = 'The Tape Loop Choirs of the Wenbury Marches';
const bcDek = 'A loose network of amateur choirs and home-studio producers is turning hymns into slow, hissing ambient records.';
const bcP1 = [
  'In a converted chapel outside Llanfedw, eleven singers stand in a semicircle around a reel-to-reel machine that is older than ' +
    'most of them. They sing the same four bars of an old Welsh hymn tune over and over while Eluned Parry, a retired music teacher, ' +
    'feeds the tape through a second machine and out again, so that each pass is heard slightly later and slightly more worn.',
  '“We are not trying to be experimental,” Parry says. “We just liked the way it sounded when the tape started to go. It sounded ' +
    'like the building remembering us.”',
  'Over the last three years, a small cluster of releases from choirs and producers along the border between England and Wales ' +
    'has made that sound into something like a scene. Most of the records are on cassette, most are made in one or two evenings, ' +
    'and almost all of them sell out their small runs within a week.',
];
const bcH1 = 'Hymns, slowed down';
const bcP2 = [
  'The most widely heard of them is Capel Gwag by the Rhosfa Hill Singers, recorded in a single take in a village hall with a ' +
    'cassette four-track and a borrowed spring reverb. The hymn at its centre is almost unrecognisable by the end of its 22 minutes, ' +
    'worn down into a soft, pulsing drone.',
  'Producer Tomos Bevan, who mixed the record, says the limitations were the point. “We had one microphone that worked properly. ' +
    'So everybody had to find their place in the room, and the room became part of the arrangement.”',
];
const bcH2 = 'A scene without a centre';
const bcP3 = [
  'There is no label at the heart of it, no venue and no shared manifesto. Releases appear on the choirs’ own Bandcamp pages, ' +
    'often with handwritten sleeve notes photographed on a kitchen table. What connects them is mostly friendship, and a habit of ' +
    'lending equipment: the same two tape machines have appeared on at least nine records.',
  'Bevan thinks the appeal outside the area comes from how unguarded the recordings are. “You can hear somebody cough. You can ' +
    'hear the heating come on. People are used to music that has been cleaned up so much there is nobody left in it.”',
  'The next release, a collaboration between the Caer Valley Women’s Choir and a Wenbury producer who records as Lowfield, is due ' +
    'in the spring. Parry is already thinking about what comes after. “Maybe we will try it with a brass band,” she says. “The tape ' +
    'will not know the difference.”',
];
const bcAlbums = [
  { artist: 'Rhosfa Hill Singers', album: 'Capel Gwag', merch: 'Merch for this release: Cassette' },
  { artist: 'Llanfedw Chapel Choir', album: 'Four Bars, Forever', merch: 'Merch for this release: Cassette, Vinyl LP' },
  { artist: 'Lowfield', album: 'Weir', merch: 'Merch for this release: Compact Disc (CD)' },
];
const bcTop = ['Discover', 'Bandcamp Daily', 'sign up', 'log in'];
const bcMenu = ['Album of the Day', 'Features', 'Lists', 'Best of', 'Scene Report', 'Big Ups', 'Label Profile', 'Acid Test', 'Mixtape'];
const bcMore = ['Inside the Tiny Cassette Labels of the Ettrick Hills', 'The Quiet Rise of Field Recording Clubs', 'How a Church Organ Became a Drone Machine'];
const bcFoot = ['about us', 'jobs', 'Bandcamp Daily', 'log in', 'terms of use', 'privacy', 'copyright policy', 'switch to mobile view', 'help'];
const bcEmbed = (a: (typeof bcAlbums)[number], i: number): string => `<div class="mpembed" data-bind="playerEmbed" data-album-id="33${i}71">
<iframe class="mpiframe" title="${a.album} by ${a.artist}" src="https://bandcamp.com/EmbeddedPlayer/album=33${i}71/size=large/tracklist=false/"></iframe>
<div class="mpalbuminfo"><a class="mptralbum" href="https://example${i}.bandcamp.com/album/x">${a.album}</a>
<a class="mpartist" href="https://example${i}.bandcamp.com">${a.artist}</a><div class="mpmerch">${a.merch}</div>
<a class="mpbuy" href="https://example${i}.bandcamp.com/album/x#buy">Buy</a></div></div>`;
const bcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Tape Loop Choirs of the Wenbury Marches | Bandcamp Daily</title>
<meta name="description" content="${bcDek}"><meta property="og:title" content="${bcTitle}"><meta property="og:site_name" content="Bandcamp Daily">
<meta property="og:type" content="article"><meta name="twitter:site" content="@bandcamp">
<link rel="canonical" href="https://daily.bandcamp.com/features/tape-loop-choirs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bcTitle}","datePublished":"2025-11-18",
"author":[{"@type":"Person","name":"Ffion Rees-Hart"}],"publisher":{"@type":"Organization","name":"Bandcamp"}}</script>
<link rel="stylesheet" href="https://s4.bcbits.example/client-bundle/1/daily_article-6c6a1f.css"></head>
<body class="daily-article" id="p-daily-article">
<div id="menubar-wrapper"><div id="menubar" class="header"><a class="logo" href="https://bandcamp.com"><span class="bc-logo">bandcamp</span></a>
<form class="search" action="https://bandcamp.com/search"><input type="search" placeholder="Search and discover music"></form>
<ul class="menubar-links">${links(bcTop)}</ul></div></div>
<div id="daily-header"><a class="daily-logo" href="/">Bandcamp Daily</a><span class="daily-tagline">your guide to the world of Bandcamp</span>
<nav class="daily-menu"><ul>${links(bcMenu)}</ul></nav></div>
<div class="article-container"><article class="article" id="article">
<div class="article-header"><div class="genre"><a href="/features">Features</a> · <a href="/tag/experimental">Experimental</a></div>
<h1 class="title">${bcTitle}</h1><h2 class="dek">${bcDek}</h2>
<div class="byline">By <a href="/author/ffion-rees-hart">Ffion Rees-Hart</a> · <span class="date">November 18, 2025</span></div></div>
<figure class="hero"><img src="https://f4.bcbits.example/img/0038712201_0.jpg" alt=""><figcaption class="credit">Photo by Gethin Lloyd</figcaption></figure>
<div class="article-body">
${ps(bcP1)}
${bcEmbed(bcAlbums[0]!, 0)}
<h2>${bcH1}</h2>
${ps(bcP2)}
${bcEmbed(bcAlbums[1]!, 1)}
<h2>${bcH2}</h2>
${ps(bcP3)}
${bcEmbed(bcAlbums[2]!, 2)}
</div>
<div class="share-buttons"><span>Share</span><a href="#" class="share-fb">Facebook</a><a href="#" class="share-tw">Twitter</a>
<a href="#" class="share-tumblr">Tumblr</a></div>
</article>
<section class="more-from"><h3>More from Features</h3><ul>${links(bcMore, 'more-from-item')}</ul><a href="/features" class="view-all">view all</a></section>
<div class="app-promo"><p>Get the Bandcamp app and listen anywhere.</p><a href="https://bandcamp.com/app">Download</a></div></div>
<div id="cookie-control-banner" role="dialog"><p>We use cookies to help us improve our site, personalise content and analyse traffic.</p>
<button class="accept">Accept all</button><button class="decline">Necessary only</button><a href="/cookie-settings">Cookie settings</a></div>
<div id="footer"><ul class="footer-links">${links(bcFoot)}</ul></div>
<script src="https://s4.bcbits.example/client-bundle/1/daily_article-6c6a1f.js"></script></body></html>`;
export const bandcampDaily: TestPage = {
  html: bcHtml,
  name: 'heldout223-bandcamp-daily-feature',
  kind: 'news',
  // the dek is body; the album embeds (album, artist, merch line, Buy) and the hero credit are furniture
  title: bcTitle,
  headings: [bcH1, bcH2],
  body: [bcDek, ...texts(bcP1), ...texts(bcP2), ...texts(bcP3)],
  bylines: ['By Ffion Rees-Hart', 'November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'bandcamp', ...bcTop, 'your guide to the world of Bandcamp', ...bcMenu, 'Features · Experimental', 'Photo by Gethin Lloyd',
    ...bcAlbums.flatMap((a) => [a.album, a.artist, a.merch]), 'Buy', 'Share', 'Facebook', 'Twitter', 'Tumblr', 'More from Features', ...bcMore,
    'view all', 'Get the Bandcamp app and listen anywhere.', 'Download',
    'We use cookies to help us improve our site, personalise content and analyse traffic.', 'Accept all', 'Necessary only', 'Cookie settings',
    ...bcFoot,
  ],
};
