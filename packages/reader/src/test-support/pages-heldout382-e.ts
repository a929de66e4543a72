import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, st } from './pages-heldout382-kit.js';

/**
 * Held-out batch 382, file e: a setlist.fm-style setlist page (a data page: headline with artist and venue, date block,
 * tour line, ordered song list with tape and encore labels and info parts, setlist note, stats and contributor sidebar,
 * attendance box, footer, consent bar) and a folk song archive item on Omeka Classic (Dublin Core element set, item type
 * metadata with the transcription, files, collection, tags, citation, item pagination, footer).
 */
const sSongs1 = [
  'Salt &amp; Tinder',
  'Lantern Road',
  'The Netmender’s Wife',
  'Grain Store Waltz (acoustic, solo)',
  'Drennick Fair',
  'Pale Horse Running (Cover of Marta Quill)',
  'Low Tide Hymn',
  'Ninefold',
];
const sSongs2 = ['Orchard Light (with Ines Carrow)', 'Lantern Road (reprise, a cappella)'];
const sNote = j(
  'First show of the tour with the four-piece string section. “Orchard Light” was played for the first time since 2019, and',
  'the band dedicated “Low Tide Hymn” to the venue’s retiring sound engineer.',
);
const sFoot = ['About', 'Guidelines', 'FAQ', 'Contact', 'Privacy Policy', 'Terms of Use', 'Imprint'];
const sSong = (t: string, i: number): string => {
  const m = /^(.*?) (\(.*\))$/.exec(t);
  const label = m?.[1] ?? t;
  const info = m?.[2] === undefined ? '' : `\n<span class="infoPart"><small>${m[2]}</small></span>`;
  return `<li class="setlistParts song"><div class="songPart"><a class="songLabel" href="../stats/songs/glasswing-orchard-${i}.html"
title="statistics for this song">${label}</a></div>${info}
<div class="songInfo"><a class="infoBox" href="#" title="Song info">Play Video</a></div></li>`;
};
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Glasswing Orchard Concert Setlist at The Tallow Hall, Drennick on March 21, 2026 | SetlistSpan</title>
<meta name="description"
content="Get the Glasswing Orchard Setlist of the concert at The Tallow Hall, Drennick on March 21, 2026 and other Glasswing Orchard Setlists.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicEvent","name":"Glasswing Orchard at The Tallow Hall",
"startDate":"2026-03-21","location":{"@type":"Place","name":"The Tallow Hall"}}</script></head>
<body class="setlistPage"><header id="header" class="navbar"><a class="navbar-brand" href="/">SetlistSpan</a>
<ul class="nav navbar-nav">${links(['Setlists', 'Artists', 'Venues', 'Tours', 'Festivals'])}</ul>
<form class="navbar-form" action="/search"><input type="text" placeholder="Search for artists, venues, tours…"></form>
<ul class="nav navbar-right">${links(['Sign up', 'Log in'])}</ul></header>
<div class="container"><div class="breadcrumbs"><a href="/">Home</a> / <a href="/setlists/glasswing-orchard.html">Glasswing Orchard Setlists</a></div>
<div class="setlistHeader"><div class="dateBlock"><span class="month">Mar</span>
<strong class="day">21</strong>
<span class="year">2026</span></div>
<div class="setlistHeadline"><h1><strong><a href="/setlists/glasswing-orchard.html"><span>Glasswing Orchard</span></a> Setlist</strong> at
<span><a href="/venue/the-tallow-hall-drennick.html"><span>The Tallow Hall, Drennick</span></a></span></h1>
<p><span>Tour: <a href="/search?tour=salt-tinder">Salt &amp; Tinder Tour</a></span></p></div></div>
<div class="row"><div class="col-xs-12 col-md-8 setlistContent"><div class="setlistList"><ol class="songsList">
<li class="setlistParts tape"><div class="songPart"><span class="songLabel">Wind Over Marren</span></div>
<span class="infoPart"><small>(played from tape)</small></span></li>
${sSongs1.map(sSong).join('\n')}
<li class="setlistParts encore"><div class="encoreLabel">Encore:</div></li>
${sSongs2.map((t, i) => sSong(t, i + 20)).join('\n')}
</ol></div><div class="setlistFooter"><div class="infoPart"><p class="info">Note: ${sNote}</p></div>
<div class="editButtons"><a class="btn" href="/edit/setlist/63a1">Edit setlist</a> <a class="btn" href="/stats/63a1">Stats</a></div>
<p class="updated">Last updated: 3 days ago</p></div></div>
<div class="col-xs-12 col-md-4 setlistSidebar"><div class="box"><h4>Attended this concert?</h4><a class="btn attendButton" href="#">I was there</a>
<p>14 users attended</p></div><div class="box"><h4>Contributors</h4><ul>${links(['orchardfan22', 'tallowtaper'])}</ul></div>
<div class="box"><h4>Concert Stats</h4><p>11 songs played, 1 cover, 1 debut</p><p>Average setlist length this tour: 17 songs</p></div>
<div class="box ad"><span class="adLabel">Advertisement</span></div></div></div></div>
<footer id="footer"><ul>${links(sFoot)}</ul><p>© SetlistSpan 2026. All rights reserved.</p></footer>
<div id="cmpbox" class="cmpbox"><p>We and our partners use cookies for analytics and personalised ads.</p><a class="cmpboxbtnyes">Accept all</a>
<a class="cmpboxbtnno">Reject all</a></div></body></html>`;
const setlist: TestPage = {
  name: 'heldout382-setlistfm-concert-setlist',
  kind: 'docs',
  html: sHtml,
  title: 'Glasswing Orchard Setlist at The Tallow Hall, Drennick',
  headings: [],
  body: texts(['Wind Over Marren (played from tape)', ...sSongs1, ...sSongs2, `Note: ${sNote}`]),
  bylines: ['Mar 21 2026', 'Last updated: 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SetlistSpan', 'Setlists', 'Artists', 'Venues', 'Tours', 'Festivals', 'Sign up', 'Log in', 'Home', 'Glasswing Orchard Setlists',
    'Tour: Salt & Tinder Tour', 'Play Video', 'Edit setlist', 'Stats', 'Attended this concert?', 'I was there', '14 users attended', 'Contributors',
    'orchardfan22', 'tallowtaper', 'Concert Stats', '11 songs played, 1 cover, 1 debut', 'Average setlist length this tour: 17 songs', 'Advertisement',
    ...sFoot, '© SetlistSpan 2026. All rights reserved.', 'We and our partners use cookies for analytics and personalised ads.', 'Accept all',
    'Reject all',
  ],
};

const oDesc = [
  j(
    'A narrative ballad of a weaver who rows across the Colm estuary each night to sell cloth in the market at Ferrow, and who',
    'is drowned on the night of her wedding when the ferryman, her jealous suitor, leaves her boat unmoored.',
  ),
  j(
    'Agnes Pellow learned the song from her grandmother in the 1880s and sang it for the collector at her cottage in Colm',
    'Ferry. She sang the seven verses to a slow modal tune and spoke the last two lines. The collector noted that she “would',
    'not sing the ending, as it was unlucky to sing a drowning through to its close”.',
  ),
  j(
    'Versions of the ballad were known on both sides of the estuary. Tamsett’s field notebook records a fragment of the first',
    'verse from a fisherman at Ferrow, sung to a faster tune, but this recording is the only complete text.',
  ),
];
const oText = [
  st(
    'There was a weaver at Colm Ferry,',
    'her cloth was fine and her hands were fair,',
    'and every night she rowed to Ferrow',
    'to sell her linen in the square.',
  ),
  st(
    'The ferryman he stood and watched her,',
    'the ferryman he called her name:',
    '“Why row yourself when I could carry',
    'both you and all your cloth the same?”',
  ),
  st('“I row myself, for I am promised', 'unto a miller on the hill,', 'and I will row to Ferrow market', 'till I am married, and after still.”'),
  st(
    'The wedding bells rang over Colm',
    'the wedding guests went down to the shore;',
    'the boat was there but the rope was loosened,',
    'and the weaver rowed no more.',
  ),
];
const oMeta: readonly (readonly [string, string])[] = [
  ['Subject', 'Ballads; Drowning; Ferries; Marriage'],
  ['Source', 'Tamsett Field Recordings, disc 14, side B'],
  ['Rights', 'Marren Folk Archive. Educational use permitted with credit.'],
  ['Identifier', 'MFA-TAM-0142'],
];
const oNav = ['Browse Items', 'Browse Collections', 'Exhibits', 'About the Archive'];
const el = (id: string, label: string, text: string): string =>
  `<div id="${id}" class="element"><h3>${label}</h3><div class="element-text">${text}</div></div>`;
const oHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>The Weaver of Colm Ferry · Marren Folk Archive</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link href="/themes/berlin/css/style.css" media="all" rel="stylesheet">
<script>jQuery(document).ready(function () { Omeka.showAdvancedForm(); Omeka.skipNav(); });</script></head>
<body class="items show"><a href="#content" id="skipnav">Skip to main content</a>
<header role="banner"><div id="site-title"><a href="/">Marren Folk Archive</a></div>
<div id="search-container" role="search"><form id="search-form" action="/search"><input type="text" name="query" title="Search"></form></div></header>
<nav id="top-nav" class="top" role="navigation"><ul class="navigation">${links(oNav)}</ul></nav>
<div id="content" role="main" tabindex="-1"><h1>The Weaver of Colm Ferry</h1><div id="primary">
<div class="element-set"><h2>Dublin Core</h2>
${el('dublin-core-title', 'Title', 'The Weaver of Colm Ferry')}
${el('dublin-core-subject', 'Subject', oMeta[0]?.[1] ?? '')}
<div id="dublin-core-description" class="element"><h3>Description</h3><div class="element-text">${ps(oDesc)}</div></div>
${el('dublin-core-creator', 'Creator', 'Agnes Pellow (singer); R. H. Tamsett (collector)')}
${el('dublin-core-source', 'Source', oMeta[1]?.[1] ?? '')}
${el('dublin-core-date', 'Date', '1936-08-14')}
${el('dublin-core-rights', 'Rights', oMeta[2]?.[1] ?? '')}
${el('dublin-core-identifier', 'Identifier', oMeta[3]?.[1] ?? '')}</div>
<div class="element-set"><h2>Sound Item Type Metadata</h2>
<div id="sound-item-type-metadata-transcription" class="element"><h3>Transcription</h3><div class="element-text">${ps(oText)}</div></div>
${el('sound-item-type-metadata-duration', 'Duration', '4:52')}</div>
<div id="itemfiles" class="element"><h3>Files</h3><div class="element-text"><audio controls src="/files/original/tam0142.mp3"></audio>
<a href="/files/original/tam0142.mp3">tam0142.mp3</a></div></div>
<div id="collection" class="element"><h3>Collection</h3><div class="element-text"><a href="/collections/show/3">Tamsett Field Recordings</a></div></div>
<div id="item-tags" class="element"><h3>Tags</h3><div class="element-text tags"><a href="/items/browse?tags=river+crossings">river crossings</a>,
<a href="/items/browse?tags=women+singers">women singers</a></div></div>
<div id="item-citation" class="element"><h3>Citation</h3><div class="element-text">R. H. Tamsett, “The Weaver of Colm Ferry,” <em>Marren Folk
Archive</em>, accessed March 9, 2026, https://marrenfolk.example/items/show/142.</div></div>
<ul class="item-pagination navigation"><li id="previous-item" class="previous"><a href="/items/show/141">← Previous Item</a></li>
<li id="next-item" class="next"><a href="/items/show/143">Next Item →</a></li></ul></div></div>
<footer role="contentinfo"><div id="footer-text"><p>The Marren Folk Archive is run by volunteers with support from the Halloway Arts Trust.</p></div>
<p>Proudly powered by <a href="http://omeka.org">Omeka</a>.</p></footer></body></html>`;
const omeka: TestPage = {
  name: 'heldout382-omeka-folk-song-archive-item',
  kind: 'wiki',
  html: oHtml,
  title: 'The Weaver of Colm Ferry',
  headings: ['Description', 'Transcription'],
  body: texts([...oDesc, ...oText]),
  bylines: ['Agnes Pellow (singer); R. H. Tamsett (collector)', '1936-08-14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marren Folk Archive', ...oNav, 'Dublin Core', 'Title', ...oMeta.flat(), 'Creator', 'Date', 'Sound Item Type Metadata',
    'Duration', '4:52', 'Files', 'tam0142.mp3', 'Collection', 'Tamsett Field Recordings', 'Tags', 'river crossings', 'women singers', 'Citation',
    'R. H. Tamsett, “The Weaver of Colm Ferry,” Marren Folk Archive, accessed March 9, 2026, https://marrenfolk.example/items/show/142.',
    '← Previous Item', 'Next Item →', 'The Marren Folk Archive is run by volunteers with support from the Halloway Arts Trust.',
    'Proudly powered by Omeka.',
  ],
};

export const HELDOUT382_E: readonly TestPage[] = [setlist, omeka];
