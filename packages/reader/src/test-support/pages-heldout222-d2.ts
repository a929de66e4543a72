import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 222, file d2: a Common Sense Media movie review (header with the media-type nav, "Donate" and "Sign in",
 * the review header with the age badge, the one-line verdict, "Movie review by", the "Parents say" and "Kids say" boxes
 * with their counts, the "A Lot or a Little?" content grid with labels and dot ratings, the review sections, "Talk with
 * Your Kids About ..." list, the movie details list, "Our editors recommend", the donation appeal and footer).
 */
const csTitle = 'Starfall Rangers';
const csVerdict = 'Funny space adventure has cartoon peril and big themes about teamwork.';
const csNeed = [
  'Parents need to know that Starfall Rangers is an animated sci-fi adventure about three young cadets who get stranded on a ' +
    'distant moon. There are several tense chase scenes, a storm sequence that may frighten very young viewers and one scene in ' +
    'which a beloved robot character appears to be destroyed (he returns later). There is no strong language beyond "shut up" ' +
    'and "dummy," and no romance. The movie has strong messages about admitting mistakes and relying on friends.',
];
const csGrid = [
  ['Positive Messages', 'Teamwork and honesty solve problems that bravery alone cannot.'],
  ['Positive Role Models', 'Cadet Oona owns up to a mistake that puts her friends at risk and works to fix it.'],
  ['Violence & Scariness', 'Chases, explosions, a dangerous storm and a robot that seems to be destroyed. No one is seriously hurt.'],
  ['Language', 'Mild insults such as "shut up" and "dummy."'],
];
const csH = ['Is It Any Good?', 'What’s the Story?', 'Talk with Your Kids About ...'];
const csGood = [
  'This is a charming, fast-moving adventure that trusts its young audience with some real feelings. The animation of the ' +
    'moon’s glowing forests is gorgeous, and the three cadets bicker like actual siblings, which gives the jokes an easy warmth.',
  'The middle section drags a little, with one chase too many, and the villain is more silly than menacing. But the final act, ' +
    'in which Oona has to admit to her crew that the crash was her fault, is handled with real care. It is a rare family movie ' +
    'that shows a child making a serious mistake and then repairing it, rather than being rescued by a grown-up.',
];
const csStory = [
  'In STARFALL RANGERS, cadet pilot Oona (voiced by Imani Castell) is desperate to prove she is ready for her first real ' +
    'mission. When she takes a shortcut through an asteroid field, her shuttle crashes on the moon of Vell, stranding her, her ' +
    'know-it-all co-pilot Bram and their nervous robot, Dot. To get home, they must cross a moon that is stranger and more alive ' +
    'than any of their training prepared them for.',
];
const csTalk = [
  'Families can talk about Oona’s mistake. Why did she hide it at first? How did her friends react when she told the truth?',
  'Which scenes were the most exciting or scary? How does the movie let you know that the characters will be OK?',
  'How do Oona, Bram and Dot show teamwork? Can you think of a time you solved a problem with a friend?',
];
const csNav = ['Movies', 'TV Shows', 'Books', 'Games', 'Podcasts', 'Apps', 'YouTube', 'Parents’ Ultimate Guides'];
const csDetails = [
  'In theaters: June 13, 2025',
  'Director: Pilar Esquivel',
  'Studio: Brightmoon Animation',
  'Genre: Family and Kids',
  'Run time: 94 minutes',
  'MPAA rating: PG',
];
const csRec = ['Moonbeam Academy', 'The Clockwork Crew', 'Little Comet', 'Harbor Lights'];
const csFoot = ['About Us', 'Our Mission', 'Donate', 'Careers', 'Contact Us', 'Privacy', 'Terms of Use', 'Accessibility'];
const csDonate = 'Common Sense Media is a nonprofit. Your donation helps us keep our reviews free for families.';
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dots = (n: number): string => `<div class="rating__score" aria-label="${n} out of 5">${'<i class="icon-circle-solid active"></i>'.repeat(n)}</div>`;
const csHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Starfall Rangers Movie Review | Common Sense Media</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${csVerdict}">
<meta property="og:title" content="Starfall Rangers Movie Review | Common Sense Media"><link rel="canonical"
href="https://www.commonsensemedia.example/movie-reviews/starfall-rangers">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"Starfall Rangers","author":{"@type":"Person","name":"Nadia Park"},
"itemReviewed":{"@type":"Movie","name":"Starfall Rangers"},"reviewRating":{"@type":"Rating","ratingValue":"4","bestRating":"5"},"typicalAgeRange":"8-"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"review","mediaType":"movie"});</script></head>
<body class="page-node-type-csm-movie"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/" aria-label="Common Sense Media"><svg></svg></a>
<nav class="main-menu" aria-label="Main"><ul>${links(csNav, 'main-menu__item')}</ul></nav>
<div class="site-header__actions"><a class="btn btn--donate" href="/donate">Donate</a><a href="/user/login">Sign in</a></div></header>
<main id="main-content"><div class="review-view-header"><div class="rating rating--age"><span class="rating__age">age 8+</span></div>
<h1 class="heading--page-title">${csTitle}</h1><p class="review-view-summary-oneliner">${csVerdict}</p>
<div class="review-view-byline">Movie review by <a href="/profile/nadia-park">Nadia Park</a>, Common Sense Media</div>
<div class="review-view-rating">${dots(4)}</div><div class="review-view-user-ratings"><a href="#user-reviews-parents">Parents say: age 7+</a>
<span class="count">Based on 14 reviews</span><a href="#user-reviews-kids">Kids say: age 7+</a><span class="count">Based on 9 reviews</span></div></div>
<div class="review-view-content"><section class="review-view-parents-need-to-know"><h2 class="heading--section">What Parents Need to
Know</h2>${ps(csNeed)}</section>
<section class="review-view-content-grid"><h2 class="heading--section">A Lot or a Little?</h2>
<p class="content-grid-intro">The parents’ guide to what’s in this movie.</p>
${csGrid
  .map(
    ([l, d], i) => `<div class="content-grid-item"><h3 class="content-grid-item__title">${l}</h3>${dots(i + 1)}<p
class="content-grid-item__description">${d}</p></div>`,
  )
  .join('\n')}
</section><section class="review-view-any-good"><h2>${csH[0]}</h2>${ps(csGood)}</section>
<section class="review-view-story"><h2>${csH[1]}</h2>${ps(csStory)}</section>
<section class="review-view-talk"><h2>${csH[2]}</h2><ul>${csTalk.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<section class="review-view-details"><h2 class="heading--section">Movie
Details</h2><ul>${csDetails.map((d) => `<li>${d}</li>`).join('\n')}</ul></section></div>
<section class="review-view-recommendations"><h2>Our editors recommend</h2><ul>${links(csRec)}</ul></section>
<aside class="donate-banner"><p>${csDonate}</p><a class="btn" href="/donate">Donate now</a></aside></main>
<footer class="site-footer"><ul>${links(csFoot)}</ul><p>© Common Sense Media. All rights reserved. Common Sense and other associated names and logos
are trademarks of Common Sense Media.</p></footer>
</body></html>`;
export const csmReview: TestPage = {
  html: csHtml,
  name: 'heldout222-commonsensemedia-blog',
  kind: 'blog',
  // the one-line verdict, the "What Parents Need to Know" text and the content-grid descriptions are body; the review's own
  // section h2s are the headings (the grid's "A Lot or a Little?" is furniture with its intro); the grid labels, age
  // badge, user-rating counts, "Movie Details" and its list are furniture
  title: csTitle,
  headings: ['What Parents Need to Know', ...csH],
  body: texts([csVerdict, ...csNeed, ...csGrid.map((g) => g[1] ?? ''), ...csGood, ...csStory, ...csTalk]),
  bylines: ['Movie review by Nadia Park, Common Sense Media'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...csNav, 'Donate', 'Sign in', 'age 8+', 'Parents say: age 7+', 'Based on 14 reviews', 'Kids say: age 7+',
    'Based on 9 reviews', 'A Lot or a Little?', 'The parents’ guide to what’s in this movie.', ...csGrid.map((g) => g[0] ?? ''),
    'Movie Details', ...csDetails, 'Our editors recommend', ...csRec, csDonate, 'Donate now', ...csFoot.filter((f) => f !== 'Donate'),
    '© Common Sense Media. All rights reserved. Common Sense and other associated names and logos are trademarks of Common Sense Media.',
  ],
};
