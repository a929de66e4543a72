import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout356-kit.js';

/**
 * Held-out batch 356, file e: a Perseus-style classics text page (the hopper header and search, the "Hide browse bar" row
 * with the citation position, the translation in verse lines with every fifth line number in a span, the commentary notes
 * panel, the "Cross-references" and "Load" boxes, the citation URN and the licence footer) and a public-domain audiobook
 * page built with Next.js (the __next root with hashed class names, the audio player and its controls, the chapter list,
 * the read-along text of the chapter, the narrator card, "More from this reader" cards, the newsletter box, the cookie
 * banner and a __NEXT_DATA__ script).
 */
const cTitle = 'Kallidemos, Hymn to Limenia (English)';
const cLines = [
  'Sing of her first, the lady of the harbour mouth,',
  'who sets the lamp upon the mole at evening',
  'and calls the late ships home across the bar;',
  'for she it was who, when the island was young',
  'and no man yet had cut a beam for keel,',
  'went down alone into the grey of the sea',
  'and took the measure of the rocks with her hands,',
  'the sunken ones, that wait beneath the swell',
  'like sleeping dogs, and she gave each a name.',
  'And the names she gave them are the names we use:',
  'the Widow, and the Knuckles, and the Long Tooth,',
  'and that one past the point the fishers call',
  'Forget-me-not, because no man forgets it twice.',
  'Then she came up dripping onto the shingle',
  'and sat there three days with the gulls around her',
  'and would not eat, for she was counting still',
  'the rocks she had not found, and grieving them.',
  'So the first men found her when they came in boats',
  'from Pelagos over the water, and they were afraid,',
  'but she rose up and showed them where to steer,',
  'and pointed out the channel with her arm,',
  'and they came in singing, every boat, unharmed.',
  'For this they built her the white shrine on the mole,',
  'and the lamp is hers, and the oil for the lamp,',
  'and the first fish of the season, and the salt',
  'scraped from the pans at midsummer; and for this',
  'the harbour-master’s wife, at each new moon,',
  'goes up with her daughters and washes the steps.',
  'and the old men sit on the warm stones below them',
  'and tell the boys again the names of the rocks,',
  'and the boys pretend they have not heard them before.',
  'Lady, be kind to us, who are not skilled,',
  'and to our sons who go beyond the point.',
  'Keep the lamp lit. Remember every rock.',
  'Bring home the late ships. Do not count us among them.',
];
const cNotes = [
  'mole: the harbour breakwater of Thera Minor, on which the shrine of Limenia stood until the earthquake of the second century.',
  'Forget-me-not: the Greek name is a pun on the verb “to forget”; the rock is still marked on Admiralty charts as the Lethe Shoal.',
  'Pelagos: an unidentified island, perhaps poetic; the scholiast places it “three days to the west”.',
];
const cHtml = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Kallidemos, Hymn to Limenia (English), line 101</title>
<link rel="stylesheet" type="text/css" href="/css/hopper.css"><script type="text/javascript" src="/js/hopper.js"></script>
<script type="text/javascript">var doc = "Perseus:text:1999.04.0321"; var cit = "line=101";</script></head>
<body onload="checkRedirect();"><div id="header"><div id="header_text"><a href="/hopper/">Perseus Digital Library</a>
<ul id="header_nav"><li><a href="/hopper/collections">Collections/Texts</a></li><li><a href="/hopper/search">Searching</a></li>
<li><a href="/hopper/help">Help</a></li><li><a href="/hopper/about">About</a></li></ul></div>
<form action="/hopper/searchresults" id="header_search"><input type="text" name="q"><input type="submit" value="Search"></form></div>
<div id="main"><div id="header_controls"><a href="#" onclick="toggleNav();">Hide browse bar</a>
<span class="current_position">Your current position in the text is marked in blue. Click anywhere in the line to jump to another position:</span></div>
<div id="index_main_col"><div id="text_main"><h1>${cTitle}</h1>
<div class="text_container en"><div class="text">
${cLines.map((l, i) => `<div class="l">${(i + 1) % 5 === 0 ? `<span class="linenumber">${101 + i}</span> ` : ''}${l}</div>`).join('\n')}
</div></div>
<div class="citation_nav"><a href="?cit=line=61">previous</a> <span class="urn">urn:cts:greekLit:tlg9931.tlg001.perseus-eng1:101-135</span>
<a href="?cit=line=136">next</a></div></div></div>
<div id="right_col"><div class="notes"><h4>Commentary</h4>
${cNotes.map((n, i) => `<div class="note"><span class="note_line">${[102, 113, 119][i] ?? ''}</span> <p>${n}</p></div>`).join('\n')}</div>
<div class="crossrefs"><h4>Cross-references</h4><p>This text is cited in the following documents:</p><ul>
${links(['Harbour Cults of the Eastern Islands, ch. 4', 'A Lexicon of Sea-Rocks, s.v. Lethe'])}</ul></div>
<div class="load"><h4>Load</h4><p>Focus: Greek (1999), English (Hallam, 1911)</p></div></div></div>
<div id="footer"><p>Creative Commons License: this text is licensed under a Creative Commons Attribution-ShareAlike 3.0 United States License.</p>
<p>An XML version of this text is available for download, with the additional restriction that you offer Perseus any modifications you make.</p>
</div></body></html>`;
const classics: TestPage = {
  name: 'heldout356-perseus-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: cLines,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Perseus Digital Library', 'Collections/Texts', 'Searching', 'Help', 'About', 'Hide browse bar',
    'Your current position in the text is marked in blue. Click anywhere in the line to jump to another position:',
    '105', '110', '115', '120', '125', '130', '135', 'previous',
    'next', 'urn:cts:greekLit:tlg9931.tlg001.perseus-eng1:101-135', 'Commentary', ...cNotes, 'Cross-references',
    'This text is cited in the following documents:', 'Harbour Cults of the Eastern Islands, ch. 4', 'A Lexicon of Sea-Rocks, s.v. Lethe', 'Load',
    'Focus: Greek (1999), English (Hallam, 1911)',
    'Creative Commons License: this text is licensed under a Creative Commons Attribution-ShareAlike 3.0 United States License.',
    'An XML version of this text is available for download, with the additional restriction that you offer Perseus any modifications you make.',
  ],
};

const hTitle = 'The Lamp at Greyfold Lock';
const hText = [
  j(
    'The lock-keeper at Greyfold was a woman, which was not usual on that canal, and she kept the lamp on the lock gate lit',
    'every night of the year, which was not usual anywhere. The boatmen said it was a waste of good oil; their wives said it was',
    'the only thing on forty miles of water a body could be sure of.',
  ),
  j(
    'Her name was Hester Quail, and she had come to the lock as a bride, when her husband was keeper and the canal was busy',
    'from dawn to dark with coal and corn and slate. He had been drowned in the great flood of the year the railway came,',
    'and the Company, having nobody else to hand, had let her keep the lock until they found a man. They never found one.',
  ),
  j(
    'By the time of this story the coal boats were few and the corn boats fewer, and there were whole days when nothing came',
    'down from the summit but the ducks. Still the lamp was lit at dusk, and still Hester sat beside the fire in the lock',
    'cottage with the door ajar, listening for the horn.',
  ),
  j(
    'On the night the fog came down, she heard it: one long call and two short, which was the signal of a boat that wanted',
    'the lock and could not see it. She took the lantern from its hook and went out onto the gate, and stood there swinging',
    'it slowly from side to side, as her husband had taught her, until her arm ached.',
  ),
  j(
    'The boat came out of the fog so close beneath her that she could have stepped down onto its cabin roof. It was a narrow',
    'boat, old and low in the water, with no name that she could see, and a single figure at the tiller in a coat too big',
    'for him. He raised a hand to her and she knew the hand before she knew the face.',
  ),
  j(
    'She did not cry out. She worked the paddles as she had worked them ten thousand times, and the water went down in the lock,',
    'and the boat went down with it, and when she opened the bottom gates it slid out into the fog towards the town and was',
    'gone. In the morning there was no mark of it on the towpath, and nobody at the wharf below had seen a boat all night.',
  ),
  j(
    'Hester lit the lamp again that evening, and every evening after, until she was too old to climb onto the gate; and then',
    'her niece lit it for her, and the lamp at Greyfold Lock is lit to this day.',
  ),
];
const hChapters = ['1. The Lamp at Greyfold Lock', '2. The Bargee’s Christmas', '3. A Wharf in Winter', '4. The Summit Pound'];
const hMore = ['Stories of the Inland Waterways', 'The Keeper of the Tunnel Light', 'Tales from a Toll House'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>The Lamp at Greyfold Lock · Canal Tales ·
Hearthside Audio</title><meta name="description" content="Listen free to The Lamp at Greyfold Lock by Rowena Tull, read by Abel Strand."/>
<meta property="og:type" content="music.song"/><link rel="preload" href="/_next/static/css/7a2c0e1f.css" as="style"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Audiobook","name":"Canal Tales","author":{"@type":"Person",
"name":"Rowena Tull"},"readBy":{"@type":"Person","name":"Abel Strand"},"duration":"PT14M32S"}</script></head>
<body><div id="__next"><div class="Layout_root__x7Qe2"><header class="Header_header__Lp0aA"><a class="Header_logo__9kD2s" href="/">Hearthside Audio</a>
<nav class="Header_nav__3mZq1"><a href="/browse">Browse</a><a href="/genres">Genres</a><a href="/readers">Readers</a><a href="/about">About</a></nav>
<a class="Button_primary__vY1c0" href="/signin">Sign in</a></header>
<main class="Book_main__Wq8nT"><nav class="Breadcrumbs_root__d1K2p" aria-label="breadcrumb"><a href="/">Home</a><span>/</span><a href="/book/canal-tales">Canal
Tales</a><span>/</span><span>Chapter 1</span></nav>
<div class="Book_grid__1vG3u"><section class="Book_content__Zt5mR"><p class="Book_kicker__m3Xx8">Canal Tales · Chapter 1</p>
<h1 class="Book_title__kR3o9">${hTitle}</h1><p class="Book_meta__Q2nS0"><span>By <a href="/author/rowena-tull">Rowena Tull</a></span>
<span>Read by <a href="/reader/abel-strand">Abel Strand</a></span><span>14 min 32 s</span></p>
<div class="Player_root__pC8e1" role="region" aria-label="Audio player"><button class="Player_play__Hh3aF" aria-label="Play">Play</button>
<div class="Player_time__8yWnb"><span>00:00</span> / <span>14:32</span></div><button class="Player_speed__tA4Xq">1.0×</button>
<a class="Player_download__Kx1zM" href="/audio/canal-tales-01.mp3" download="">Download MP3</a></div>
<div class="ReadAlong_root__Ew7lP"><h2 class="ReadAlong_label__o1Bc9">Read along</h2><div class="ReadAlong_text__5nRcD">
${ps(hText, ' class="ReadAlong_para__Q0sJw"')}
</div></div><p class="Book_license__Tt2kB">This recording is in the public domain. The text is from the 1904 edition.</p></section>
<aside class="Book_aside__J9wZr"><div class="Chapters_root__r2QcV"><h3>Chapters</h3><ol>${links(hChapters, 'Chapters_item__Cq6Lf')}</ol></div>
<div class="ReaderCard_root__Vb3kM"><h3>About the reader</h3><p>Abel Strand has recorded more than forty public-domain books from his narrowboat on
the Welland Navigation.</p></div>
<div class="More_root__fX9sE"><h3>More from this reader</h3><ul>${links(hMore, 'More_card__2nLqP')}</ul></div></aside></div></main>
<section class="Newsletter_root__h8WdQ"><h2>A new story every Sunday</h2><p>Get our weekly pick of free audiobooks in your inbox.</p>
<form><input type="email" placeholder="you@example.com"/><button type="submit">Sign me up</button></form></section>
<footer class="Footer_root__c4Y7d"><p>© 2026 Hearthside Audio. Recordings in the public domain; site content CC BY.</p>
<a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer>
<div class="CookieBanner_root__Z0p4d" role="dialog"><p>We use a few cookies to remember where you stopped listening.</p><button>OK, got it</button></div>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"book":{"slug":"canal-tales","chapter":1,
"title":"The Lamp at Greyfold Lock","duration":872}}},"page":"/book/[slug]/[chapter]","buildId":"q2Zk1mX7","isFallback":false}</script>
<script src="/_next/static/chunks/main-4b1e9a0c.js" async=""></script></body></html>`;
const audiobook: TestPage = {
  name: 'heldout356-hearthside-audio-nextjs-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hText),
  bylines: ['By Rowena Tull', 'Read by Abel Strand'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hearthside Audio', 'Browse', 'Genres', 'Readers', 'About', 'Sign in', 'Home', 'Canal Tales', 'Chapter 1', 'Canal Tales · Chapter 1', '14 min 32 s',
    'Play', '00:00', '14:32', '1.0×', 'Download MP3', 'Read along', 'This recording is in the public domain. The text is from the 1904 edition.',
    'Chapters', ...hChapters, 'About the reader',
    'Abel Strand has recorded more than forty public-domain books from his narrowboat on the Welland Navigation.', 'More from this reader', ...hMore,
    'A new story every Sunday', 'Get our weekly pick of free audiobooks in your inbox.', 'Sign me up',
    '© 2026 Hearthside Audio. Recordings in the public domain; site content CC BY.', 'Privacy', 'Terms',
    'We use a few cookies to remember where you stopped listening.', 'OK, got it',
  ],
};

export const HELDOUT356_E: readonly TestPage[] = [classics, audiobook];
