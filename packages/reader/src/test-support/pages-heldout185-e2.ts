import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 185, file e2: a Bandcamp Daily feature (the Bandcamp menubar with "log in" and "sign up", the Daily masthead
 * and its section nav, the article header with the section label, h1, dek, byline and date, the hero image credit, the feature
 * with embedded album players whose iframes carry fallback links and "buy" lines, a pull quote, the "Read More" related
 * features, the app promo, the footer and the cookie notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const bcTitle = 'The Basement Tape Labels Keeping Cumbia Weird in Monterrey';
const dek = 'A handful of tiny cassette imprints are pushing the city’s slowed-down cumbia into stranger, dubbier territory.';
const part1 = paras(`
Monterrey has been slowing cumbia down for more than forty years. The story goes that in the early 1990s a sound-system operator
in the Colombia neighborhood, whose turntable motor was failing, played a record at the wrong speed and the crowd loved it. Whether
or not that is true, <i>cumbia rebajada</i> became the city’s sound, and it still fills the streets around the Mercado Juárez on
Saturday nights.

What is new is what a small group of young producers are doing with it. Over the last three years, a cluster of cassette labels,
most of them run out of bedrooms and basements in the northern suburbs, have been releasing music that takes the slowed-down
template and pulls it somewhere else entirely: into dub, into ambient, occasionally into something close to noise.
`);
const part2 = paras(`
The most prolific of these labels is Casete Nublado, run by Itzel Garza and her brother Rubén out of a converted laundry room.
Since 2022 they have put out twenty-six tapes, each in an edition of 100, with hand-stamped J-cards that Itzel prints at a copy
shop near the university. “We never planned a label,” she says. “We had friends making music and nobody was putting it out, so
we bought a duplicator.”

The label’s breakout was <i>Acordeón Sumergido</i>, a 2024 tape by the producer Mono Estrada, which stretches accordion loops
from old rebajada records until they sound like foghorns. It sold out in a week, and its digital version has since found an
audience far beyond Monterrey, particularly in Berlin and Mexico City.

“People ask if it is disrespectful to the tradition,” Estrada says. “But slowing it down was already the tradition. We are just
doing what the sonideros did. We are playing it wrong on purpose.”
`);
const part3 = paras(`
Another label, Lodo Records, leans harder into the dub side. Its founder, who goes by DJ Tlacuache, grew up listening to his
uncle’s sound system and now runs a monthly night called Bajo Cero in a former tire shop. His own release, <i>Rebajada en
Eco</i>, is built almost entirely from delay and spring reverb, with the cumbia rhythm surfacing only occasionally, like a memory.

The scene is small, and its founders are cautious about calling it a scene at all. Most of the labels share the same handful of
duplicators, designers and venues. But the records keep coming, and they keep getting stranger. For anyone who thinks they know
what Monterrey sounds like, they are a welcome shock.
`);
const pull = '“Slowing it down was already the tradition. We are just playing it wrong on purpose.”';
const menubar = ['Bandcamp', 'discover', 'log in', 'sign up'];
const sections = ['Features', 'Lists', 'Album of the Day', 'Scene Report', 'Best of Bandcamp', 'Label Profile', 'Big Ups', 'Hidden Gems'];
const embed = (album: string, artist: string, price: string): string =>
  `<div class="mpalbuminfo"><div class="mptralbum"><iframe class="mpembed" title="${album} by ${artist}"
src="https://bandcamp.example/EmbeddedPlayer/album=1/size=large">
<a href="https://${artist.toLowerCase().replace(/[^a-z]/g, '')}.bandcamp.example/album/x">${album} by ${artist}</a></iframe></div>
<div class="mpalbuminfo-text"><span class="mptitle">${album}</span> <span class="mpartist">${artist}</span>
<a class="mpbuy" href="#">buy ${price}</a></div></div>`;
const related = [
  'Read More',
  'The Sonidero Archivists Digitizing Monterrey’s Sound Systems',
  'Best Cumbia on Bandcamp: September 2025',
  'Label Profile: Discos Palmera',
];
const app = ['Get the Bandcamp app', 'Listen to your collection, discover new music, and follow your favorite artists.'];
const foot = ['about', 'press', 'jobs', 'help', 'terms of use', 'privacy', 'copyright policy', 'switch to mobile view'];
const cookie = 'We use necessary cookies to make our site work. With your consent, we also use optional cookies to understand how you use Bandcamp.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Basement Tape Labels Keeping Cumbia Weird in Monterrey | Bandcamp Daily</title>
<meta name="description" content="${dek}"><meta property="og:title" content="${bcTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Bandcamp Daily"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://daily.bandcamp.example/features/monterrey-cumbia-tape-labels">
<link rel="stylesheet" href="https://s4.bcbits.example/client-bundle/1/daily-1/daily.css">
<script type="text/javascript" data-blob="{&quot;article_id&quot;:3318}"></script>
<script src="https://s4.bcbits.example/bundle/bundle/1/daily_article-5e7f.js"></script></head>
<body class="daily article"><div id="menubar-wrapper" class="header-rework"><div id="menubar"><a class="logo" href="https://bandcamp.example">${menubar[0]}</a>
<ul class="menubar-items">${links(menubar.slice(1), 'menubar-item')}</ul></div></div>
<div class="daily-header"><a class="daily-logo" href="/"><span>Bandcamp Daily</span></a><p class="daily-tagline">your guide to the world of Bandcamp</p>
<nav class="daily-nav"><ul>${links(sections, 'daily-nav-item')}</ul></nav></div>
<article class="daily-article" data-article-id="3318"><header class="article-header"><a class="article-type" href="/features">Features</a>
<h1 class="article-title">${bcTitle}</h1><p class="article-dek">${dek}</p>
<div class="article-info"><span class="article-byline">By <a href="/author/lucia-benavides">Lucía Benavides</a></span>
· <span class="article-date">October 02, 2025</span></div>
</header><div class="article-hero"><img src="https://f4.bcbits.example/img/0031820011_150.jpg"
alt=""><p class="hero-credit">Photo by Andrés Villarreal</p></div>
<div class="article-body">
${part1.map((p) => `<p>${p}</p>`).join('\n')}
${embed('Acordeón Sumergido', 'Mono Estrada', '$7 USD')}
${part2.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="pull-quote"><p>${pull}</p></blockquote>
${embed('Rebajada en Eco', 'DJ Tlacuache', '$5 USD')}
${part3.map((p) => `<p>${p}</p>`).join('\n')}
</div></article>
<section class="related-articles"><h2>${related[0]}</h2><ul>${links(related.slice(1), 'related-article')}</ul></section>
<div class="app-promo"><h3>${app[0]}</h3><p>${app[1]}</p><a href="#">App Store</a> <a href="#">Google Play</a></div>
<footer id="pgFt"><ul class="footer-links">${links(foot)}</ul><p class="copyright">© 2025 Bandcamp, Inc. All rights reserved.</p></footer>
<div id="cookie-control-dialog" role="dialog" aria-label="Cookie settings"><p>${cookie}</p><button class="g-button">Accept all</button>
<button class="g-button">Accept necessary only</button><button class="g-button">Manage</button></div></body></html>`;
export const bandcampPage: TestPage = {
  html,
  name: 'heldout185-bandcampdaily-feature',
  kind: 'blog',
  // the dek is body; the pull quote repeats the story's quote and is in neither list; the player embeds (fallback link, title,
  // artist, buy line) are furniture
  title: bcTitle,
  headings: [],
  body: [dek, ...texts(part1), ...texts(part2), ...texts(part3)],
  bylines: ['By Lucía Benavides', 'October 02, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...menubar, 'Bandcamp Daily', 'your guide to the world of Bandcamp', ...sections, 'Photo by Andrés Villarreal', 'Acordeón Sumergido by Mono Estrada',
    'Acordeón Sumergido', 'Mono Estrada', 'buy $7 USD', 'Rebajada en Eco by DJ Tlacuache', 'Rebajada en Eco', 'DJ Tlacuache', 'buy $5 USD', ...related,
    ...app, 'App Store', 'Google Play', ...foot, '© 2025 Bandcamp, Inc. All rights reserved.', cookie, 'Accept all', 'Accept necessary only', 'Manage',
  ],
};
