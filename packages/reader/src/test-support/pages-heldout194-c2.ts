import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 194, file c2: a Public Domain Review essay (the site's own template: top menu with "Shop" and the "Become a
 * Friend" button, the "Essays" kicker, title, author and "Published" date, the standfirst, plates with captions and "Source"
 * links, the footnote markers and the "Notes" list, the author bio, the licence box, the "Public Domain Works" sidebar listing
 * the sources, the "Support" box, "You might also like" cards, the newsletter form and the footer).
 */
const pdTitle = 'The Cloud Atlas of Pastor Helmuth Brandes';
const pdDek = `In the 1830s a country pastor in Lower Saxony set out to draw every kind of cloud he saw from his study window. Corinna
Vass follows the strange, devoted project that resulted, and asks what it meant to catalogue the sky before photography.`;
const pdP1 = [
  `Between 1831 and 1839, Helmuth Brandes, pastor of the parish of Wendhagen, made some 1,400 watercolour sketches of clouds. He
painted them on small cards, each a little larger than a playing card, and on the back of each he wrote the date, the hour,
the direction of the wind and a note on what the weather did next. By the time he stopped, he had filled eleven wooden boxes.<sup
class="footnote-ref"><a href="#note-1">1</a></sup>`,
  `Brandes was not a trained artist, and his clouds are not beautiful in the way that the great landscape painters’ clouds are
beautiful. They are small, careful, sometimes clumsy. But taken together they form one of the most sustained records of the
sky made by a single observer before the camera, and they reveal a mind trying to make sense of something that refuses to hold
still.`,
];
const pdH1 = 'A sky full of names';
const pdP2 = [
  `Brandes came to clouds through books. In 1828 he acquired a German translation of the new cloud classification then spreading
through Europe, with its Latin names for heaps, sheets and threads. He was delighted by it. “At last the sky has a grammar,” he
wrote to his brother, “and I may learn to read it.”<sup class="footnote-ref"><a href="#note-2">2</a></sup>`,
  `Yet the more he painted, the less the grammar seemed to fit. His cards are full of in-between forms that he labels with
question marks, hybrids, and names of his own invention: “cloud like wet wool”, “the bishop’s sleeve”, “thin milk before rain”.
In one box, a whole sequence of cards is headed simply “unnamed”.`,
];
const pdH2 = 'Weather as a parish duty';
const pdP3 = [
  `It would be easy to see the project as a private obsession, but Brandes understood it as part of his work. Wendhagen was a
farming parish, and a wet August could mean hunger by February. His notes on what followed each cloud were meant to be useful:
he hoped to teach his parishioners to foresee the weather by looking up. He gave at least two sermons on the subject, one of
which survives in his own hand.<sup class="footnote-ref"><a href="#note-3">3</a></sup>`,
  `Whether any farmer followed his advice is unknown. What the boxes do show is an extraordinary patience. Brandes painted in
every season and at every hour, including, on several occasions, by moonlight, noting that the colours were “guessed”.`,
  `After his death in 1846 the boxes passed to a nephew, then to the district library, where they were catalogued as “sketches,
meteorological, various” and largely forgotten. They were digitised in full in 2023, and for the first time it is possible to
leaf through the whole of Brandes’s sky at once.`,
];
const pdNotesH = 'Notes';
const pdNotes = [
  'Wendhagen District Library, MS Brandes 1–11. The boxes are numbered but not in chronological order.',
  'Letter to Carl Brandes, 14 March 1829, in Briefe aus Wendhagen, ed. Ilse Stolten (Hanover, 1911), p. 42.',
  'Sermon on the Signs of the Heavens, preached 9 July 1835. Wendhagen Parish Archive.',
];
const pdCaps = [
  'Four cards from Box 3, summer 1833. The note on the lower left card reads “bishop’s sleeve, rain by evening”. — Source.',
  'A card painted by moonlight, 2 January 1836, with Brandes’s note that the colours were guessed. — Source.',
];
const pdBio = `Corinna Vass is a historian of science based in Göttingen. She is writing a book on amateur weather observers in
nineteenth-century Europe.`;
const pdLicense = 'The text of this essay is published under a CC BY-SA license, see here for details.';
const pdNav = ['Essays', 'Collections', 'Shop', 'Prints', 'Support', 'About'];
const pdWorks = [
  'Public Domain Works',
  'Wolkenkarten (Cloud cards), Box 3',
  'Wolkenkarten (Cloud cards), Box 7',
  'Sermon on the Signs of the Heavens (manuscript, 1835)',
];
const pdSupport = [
  'Support The Public Domain Review',
  'We are a not-for-profit project that relies on the generosity of our readers. Every contribution helps us keep going.',
  'Make a Donation',
];
const pdAlso = [
  'You might also like',
  'Snow Crystals Drawn by Hand (1840)',
  'The Parson Who Counted Swallows',
  'Moonlight in the Archive: Nocturnes of the Enlightenment',
];
const pdNews = ['Sign up to get our free fortnightly newsletter', 'Email address', 'Subscribe'];
const pdFoot = ['Contact', 'Submissions', 'Terms of Use', 'Privacy', 'Rights Labelling on our Site'];
const pdFig = (src: string, cap: string): string => `<figure class="essay-figure"><a href="https://publicdomainreview.org/collection/brandes-clouds/">
<img src="https://pdr-assets.b-cdn.example/essays/brandes/${src}" alt="" loading="lazy"></a><figcaption class="essay-figure__caption">
${cap.replace('— Source.', '— <a href="https://archive.example.org/details/brandes">Source</a>.')}</figcaption></figure>`;
const pdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Cloud Atlas of Pastor Helmuth Brandes – The Public Domain Review</title>
<meta name="description" content="In the 1830s a country pastor in Lower Saxony set out to draw every kind of cloud he saw from his study window.">
<meta property="og:title" content="${pdTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Public Domain Review">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://publicdomainreview.org/essay/the-cloud-atlas-of-pastor-helmuth-brandes/">
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.18"><script defer data-domain="publicdomainreview.org"
src="https://plausible.example/js/script.js"></script>
</head><body class="page-essay">
<header class="site-header"><a class="site-header__logo" href="/"><img src="/assets/img/pdr-logo.svg" alt="The Public Domain Review"></a>
<nav class="site-header__nav"><ul>${links(pdNav, 'site-header__item')}</ul></nav>
<a class="site-header__friend button" href="/support/friends/">Become a Friend</a><button class="site-header__search" aria-label="Search"></button></header>
<main class="essay"><article class="essay__article">
<header class="essay__header"><p class="essay__kicker"><a href="/essays/">Essays</a></p><h1 class="essay__title">${pdTitle}</h1>
<p class="essay__author"><a href="/author/corinna-vass/">Corinna Vass</a></p><p class="essay__date">Published October 9, 2025</p>
<div class="essay__standfirst"><p>${pdDek}</p></div></header>
<div class="essay__body">
${ps(pdP1)}
${pdFig('box3.jpg', pdCaps[0] as string)}
<h2>${pdH1}</h2>
${ps(pdP2)}
<h2>${pdH2}</h2>
${ps(pdP3.slice(0, 2))}
${pdFig('moonlight.jpg', pdCaps[1] as string)}
${ps(pdP3.slice(2))}
<section class="essay__notes"><h2>${pdNotesH}</h2><ol>${pdNotes.map((t, n) => `<li id="note-${n + 1}">${t}</li>`).join('\n')}</ol></section>
</div>
<div class="essay__bio"><p>${pdBio}</p></div>
<div class="essay__license"><p>The text of this essay is published under a <a href="https://creativecommons.org/licenses/by-sa/3.0/">CC BY-SA</a> license,
see <a href="/rights-labelling/">here</a> for details.</p></div></article>
<aside class="essay__sidebar"><section class="works"><h3>${pdWorks[0]}</h3><ul>${links(pdWorks.slice(1), 'works__item')}</ul></section>
<section class="support-box"><h3>${pdSupport[0]}</h3><p>${pdSupport[1]}</p><a class="button" href="/support/">${pdSupport[2]}</a></section></aside>
<section class="related"><h2>${pdAlso[0]}</h2><ul class="related__grid">${pdAlso
  .slice(1)
  .map((t) => `<li class="related__card"><a href="#"><img src="/thumbs/x.jpg" alt=""><h3>${t}</h3></a></li>`)
  .join('\n')}</ul></section></main>
<footer class="site-footer"><div class="site-footer__newsletter"><h3>${pdNews[0]}</h3><form><label for="nl">${pdNews[1]}</label>
<input id="nl" type="email"><button type="submit">${pdNews[2]}</button></form></div><ul class="site-footer__links">${links(pdFoot)}</ul>
<p class="site-footer__legal">The Public Domain Review is registered in England and Wales as a Community Interest Company.</p></footer></body></html>`;
export const pdrEssay: TestPage = {
  html: pdHtml,
  name: 'heldout194-publicdomainreview-essay',
  kind: 'blog',
  // the standfirst is body, and so are the notes (the "Notes" heading is a heading); the footnote numbers stay inside their
  // paragraphs; author and "Published" date are bylines; captions with their "Source" links, bio, licence box, "Public
  // Domain Works" sidebar, support box, related cards, newsletter and footer are furniture
  title: pdTitle,
  headings: [pdH1, pdH2, pdNotesH],
  body: texts([pdDek, ...pdP1, ...pdP2, ...pdP3, ...pdNotes]),
  bylines: ['Corinna Vass', 'Published October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pdNav, 'Become a Friend', ...pdCaps, texts([pdBio])[0] as string, pdLicense, ...pdWorks, ...pdSupport, ...pdAlso,
    ...pdNews, ...pdFoot, 'The Public Domain Review is registered in England and Wales as a Community Interest Company.',
  ],
};
