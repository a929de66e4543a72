import { links, type TestPage, texts } from './page-kit.js';
import { restaurantReview } from './pages-heldout19-f2.js';

/**
 * Held-out batch 19, file f: a podcast episode page on a show's own site (show header and nav, episode number and date,
 * the audio player with its controls, "Subscribe on" buttons, show notes with links, a timestamps list, "Read the transcript"
 * link, credits, "More episodes" list, the listener-support promo and the footer).
 */
const pdTitle = 'The Lost Orchards of the Welsh Borders';
const pdNotes = [
  'In the 1950s almost every farm along the Welsh borders had an orchard, and many grew apple and pear varieties found nowhere ' +
    'else. Most of those trees have gone, but a few survive in hedges, churchyards and overgrown gardens.',
  'This week we walk the lanes near Kington with Gwen Pritchard, a retired vet who has spent twelve years tracking down old trees ' +
    'and taking cuttings before they fall.',
  'Gwen explains how she identifies a variety from the shape of a leaf and the taste of a windfall, why some of the rarest apples ' +
    'are also the least pleasant to eat, and how a small nursery in Presteigne is now grafting her finds for anyone who wants one.',
];
const pdStamps = [
  '00:00 Introduction',
  '03:12 Why border orchards were different',
  '11:40 Finding a tree in a hedge',
  '24:05 Naming a variety without a label',
  '38:30 The grafting nursery at Presteigne',
  '47:55 How listeners can help',
];
const pdLinksH = 'Links from the episode';
const pdLinks = ['The Marcher Apple Network survey map', 'Presteigne Heritage Nursery', 'Gwen’s guide to taking winter cuttings (PDF)'];
const pdNav = ['Episodes', 'About', 'Support', 'Shop', 'Contact'];
const pdSubs = ['Apple Podcasts', 'Spotify', 'Pocket Casts', 'Overcast', 'RSS'];
const pdMore = ['Ep. 86: The Last Hop Pickers of Herefordshire', 'Ep. 85: Saving the Shire Horse', 'Ep. 84: A Year on a Hill Farm'];
const pdHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Ep. 87: ${pdTitle} — Field Margins</title>
<link rel="alternate" type="application/rss+xml" href="https://feeds.fieldmargins.example/rss"></head>
<body class="episode-template"><header class="site-header"><a class="show-logo" href="/">Field Margins</a>
<p class="show-tagline">A podcast about the countryside and the people who keep it.</p><nav><ul>${links(pdNav)}</ul></nav></header>
<main class="episode"><div class="episode-hero"><p class="episode-number">Episode 87</p><h1 class="episode-title">${pdTitle}</h1>
<p class="episode-meta"><time datetime="2025-10-22">22 October 2025</time> · <span>52 min</span></p>
<div class="player" data-player="plyr" role="region" aria-label="Audio player"><button class="plyr__control" aria-label="Play">Play</button>
<span class="plyr__time--current">00:00</span><span class="plyr__time--duration">52:18</span><button aria-label="Playback speed">1x</button>
<button aria-label="Skip back 15 seconds">−15</button><button aria-label="Skip forward 30 seconds">+30</button>
<a class="download" href="https://media.fieldmargins.example/ep87.mp3" download>Download</a></div>
<div class="subscribe-buttons"><span>Subscribe on</span><ul>${links(pdSubs, 'subscribe-button')}</ul></div></div>
<div class="show-notes"><h2 class="visually-hidden">Show notes</h2>
${pdNotes.map((p) => `<p>${p}</p>`).join('\n')}
<h3>Timestamps</h3><ul class="timestamps">${pdStamps.map((t) => `<li><a href="#t=${t.slice(0, 5)}">${t.slice(0, 5)}</a> ${t.slice(6)}</li>`).join('\n')}</ul>
<h3>${pdLinksH}</h3><ul>${links(pdLinks)}</ul>
<p class="transcript-link"><a href="/episodes/87/transcript">Read the transcript</a></p>
<p class="credits">Produced by Tom Ashdown. Music by The Kerry Hill Band.</p></div>
<section class="more-episodes"><h2>More episodes</h2><ul>${links(pdMore, 'episode-card')}</ul><a href="/episodes">All episodes</a></section></main>
<aside class="support-promo"><h2>Keep Field Margins independent</h2><p>Field Margins is made possible by listeners. Support the show from £3 a month.</p>
<a class="button" href="/support">Become a supporter</a></aside>
<div class="cookie-notice"><p>We use a few cookies to count listens and keep the site working.</p><button>Got it</button></div>
<footer class="site-footer"><p>© 2025 Field Margins Productions</p><ul>${links(['Privacy', 'Terms', 'Press kit'])}</ul></footer></body></html>`;
const podcast: TestPage = {
  html: pdHtml,
  name: 'heldout19-podcast-episode',
  kind: 'blog',
  // the show-note paragraphs and the episode's link list are the episode's text: body ("Links from the episode" is the heading;
  // the hidden "Show notes" h2 is furniture); the date is the byline (the episode has no author line: the credits are
  // furniture); episode number, duration, the player, "Subscribe on" and its buttons, the transcript link, "More episodes",
  // the support promo, cookie notice, show header, nav and footer are furniture; the timestamps list with its heading is
  // furniture too, as a video page's chapter list is (batch 12): the list of parts, not their content (its writer had made it
  // body; changed when batch 19 became training in session 14); the player's "+30" is a word of the timestamps ("38:30"): left out
  title: pdTitle,
  headings: [pdLinksH],
  body: [...texts(pdNotes), ...pdLinks],
  bylines: ['22 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Field Margins', 'A podcast about the countryside and the people who keep it.', ...pdNav, 'Episode 87', '52 min', 'Play', '52:18', '1x',
    '−15', 'Download', 'Subscribe on', 'Timestamps', ...pdStamps,
    ...pdSubs, 'Show notes', 'Read the transcript', 'Produced by Tom Ashdown. Music by The Kerry Hill Band.',
    'More episodes', ...pdMore, 'All episodes', 'Keep Field Margins independent',
    'Field Margins is made possible by listeners. Support the show from £3 a month.', 'Become a supporter',
    'We use a few cookies to count listens and keep the site working.', 'Got it', '© 2025 Field Margins Productions', 'Privacy', 'Terms', 'Press kit',
  ],
};

export const HELDOUT19_F: readonly TestPage[] = [podcast, restaurantReview];
