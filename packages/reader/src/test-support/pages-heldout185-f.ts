import { links, type TestPage, texts } from './page-kit.js';
import { sightSoundPage } from './pages-heldout185-f2.js';

/**
 * Held-out batch 185, file f: a Gramophone record review (the header with "Sign in", "Subscribe" and the nav, breadcrumbs,
 * the "Editor's Choice" badge, h1, "Author:" line, the collapsed "Record and Artist Details" panel, the review, the
 * "This article originally appeared in" issue note with its subscribe prompt, the archive promo, "Related articles", the
 * podcast box, the newsletter signup and the footer) and, from file f2, a BFI Sight and Sound feature.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const gTitle = 'Szelmer Piano Concertos Nos 1 & 2';
const review = paras(`
It is hard to think of a composer whose reputation has swung about as wildly as Ottokar Szelmer’s. Admired by Busoni, forgotten
by the 1950s, rediscovered briefly in the 1970s on a pair of crackly Hungaroton LPs and then forgotten again, he has never quite
found the champion his two piano concertos deserve. On the evidence of this superb new recording, he may finally have one in
Miriam Achterberg.

The First Concerto (1911) is the more immediately appealing of the two, a big-boned, late-Romantic work in the shadow of
Rachmaninov but with harmonic side-steps that are entirely its own. Achterberg plays the opening cadenza with a grandeur that
never tips into bombast, and the way she lets the second subject bloom out of the orchestral texture, rather than announcing it,
tells you at once that she has thought hard about this music. The slow movement, a nocturne built over a tolling bass, is
ravishing here, helped by some exquisite woodwind playing from the Gelderland Philharmonic.

The Second Concerto (1927) is a tougher proposition, leaner and more acerbic, with a first movement that sounds at times like
Bartók seen through a heat haze. Earlier recordings have tended to treat it as a problem to be solved; Achterberg and conductor
Tobias Reinholt treat it instead as a dance, keeping the rhythms sprung and the textures clear, and the finale, with its
manic, stamping ostinato, is thrilling.

If I have a reservation it concerns the balance, which occasionally favours the piano at the expense of inner orchestral detail,
particularly in the denser tuttis of the Second Concerto’s first movement. Comparison with the 1974 Kovács recording, which
sets the soloist further back, is instructive: you hear more of Szelmer’s scoring there, though at the cost of Achterberg’s
dazzling clarity.

That is a small price to pay. The disc is generously filled out with the Three Bagatelles for solo piano, played with a wit and
lightness that make a perfect coda, and the booklet essay by Ilona Farkas is a model of its kind. A revelatory release, and a
strong contender for the concerto shortlist at next year’s Awards.
`);
const issueNote = 'This article originally appeared in the December 2025 issue of Gramophone. Never miss an issue – subscribe today';
const nav = ['Reviews', 'Features', 'Awards', 'Podcasts', 'Gramophone Player', 'Archive', 'Events', 'Shop'];
const crumbs = ['Home', 'Reviews', 'Concerto'];
const detailsRows = [
  ['Composer or Director:', 'Ottokar Szelmer'],
  ['Genre:', 'Orchestral'],
  ['Label:', 'Meridian Sound'],
  ['Magazine Review Date:', '12/2025'],
  ['Media Format:', 'CD or Download'],
  ['Media Runtime:', '78'],
  ['Catalogue Number:', 'MSC 0419'],
  ['Artists:', 'Miriam Achterberg, Gelderland Philharmonic Orchestra, Tobias Reinholt'],
];
const archive = ['Explore the Gramophone Archive', 'Over 100 years of reviews, interviews and features, available to subscribers.', 'Find out more'];
const related = [
  'Related articles',
  'Miriam Achterberg: “Forgotten music is not the same as bad music”',
  'Best Piano Concerto recordings',
  'Busoni Piano Concerto: a new benchmark',
];
const podcast = ['Gramophone Podcast', 'Listen to the latest episode: a conversation with Miriam Achterberg', 'Listen now'];
const news = ['Sign up to the Gramophone newsletter', 'The best of classical music, every Friday.', 'Sign up'];
const foot = ['About Us', 'Contact Us', 'Advertise', 'Terms & Conditions', 'Privacy Policy', 'Cookie Policy', 'Gramophone Awards', 'Subscribe'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Szelmer Piano Concertos Nos 1 &amp; 2 | Gramophone</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Miriam Achterberg plays Szelmer’s piano concertos.">
<meta property="og:title" content="Szelmer Piano Concertos Nos 1 &amp; 2"><meta property="og:type" content="article"><meta property="og:site_name"
content="Gramophone">
<link rel="canonical" href="https://www.gramophone.example/review/szelmer-piano-concertos-nos-1-2-achterberg">
<link rel="stylesheet" href="/css/site.css?v=4.0.221"><script src="https://cmp.example/choice.js" async></script>
<script>var dataLayer = [{"pageCategory":"review","reviewGenre":"Concerto"}];</script></head>
<body class="review-page"><header class="site-header"><div class="site-header__top"><a href="/account/sign-in">Sign in</a>
<a class="btn btn--subscribe" href="/subscribe">Subscribe</a></div><a class="site-header__logo" href="/"><img src="/images/gramophone-logo.svg"
alt="Gramophone"></a>
<nav class="site-nav"><ul>${links(nav, 'site-nav__item')}</ul></nav></header>
<div class="mpu-leaderboard"><p class="ad-label">Advertisement</p></div>
<main class="main"><div class="container"><ol class="breadcrumbs">${links(crumbs, 'breadcrumbs__item')}</ol>
<article class="review"><div class="review__header"><span class="badge badge--editors-choice">Editor’s Choice</span>
<h1 class="review__title">${gTitle}</h1><p class="review__author">Author: <a href="/author/harriet-coleby">Harriet Coleby</a></p></div>
<div class="review__details accordion"><button class="accordion__toggle" aria-expanded="false">View record and artist details</button>
<div class="accordion__panel" hidden><h3>Record and Artist Details</h3><dl>${detailsRows
  .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
  .join('\n')}</dl></div></div>
<div class="review__body">${review.map((p) => `<p>${p}</p>`).join('\n')}
<p class="review__issue-note"><em>${issueNote.replace(' – subscribe today', ' – <a href="/subscribe">subscribe today</a>')}</em></p></div></article>
<aside class="archive-promo"><h3>${archive[0]}</h3><p>${archive[1]}</p><a class="btn" href="/archive">${archive[2]}</a></aside>
<section class="related"><h2>${related[0]}</h2><ul>${links(related.slice(1), 'related__item')}</ul></section>
<aside class="podcast-box"><h3>${podcast[0]}</h3><p>${podcast[1]}</p><a href="/podcasts">${podcast[2]}</a></aside></div></main>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form><input type="email"
aria-label="Email"><button type="submit">${news[2]}</button></form></section>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© MA Music, Leisure &amp; Travel Ltd 2025</p></footer>
<script src="/js/site.js?v=4.0.221"></script></body></html>`;
const gramophone: TestPage = {
  html,
  name: 'heldout185-gramophone-review',
  kind: 'news',
  // the hidden "Record and Artist Details" panel and the issue note with its subscribe prompt are furniture
  title: gTitle,
  headings: [],
  body: texts(review),
  bylines: ['Author: Harriet Coleby'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Subscribe', ...nav, 'Advertisement', ...crumbs, 'Editor’s Choice', 'View record and artist details', 'Record and Artist Details',
    ...detailsRows.flat(), issueNote, ...archive, ...related, ...podcast, ...news, ...foot, '© MA Music, Leisure & Travel Ltd 2025',
  ],
};

export const HELDOUT185_F: readonly TestPage[] = [gramophone, sightSoundPage];
