import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 238, file f2: a fashion-week runway review from a trade paper on WordPress VIP with the Larva (lrv-)
 * design system, WWD-style: the top ad, header and section menu, the breadcrumb-like category and tags, the author and
 * dateline, the "View Gallery" button with the look count, share icons, a lead image with caption and credit, an inline
 * "Read More" list, a pull quote, the "Sign up for WWD Daily"-style newsletter box, "Most Popular", "You May Also Like",
 * the subscription paywall prompt and the footer.
 */
const tTitle = 'Oduya Fall 2026 Ready-to-Wear';
const tDek = 'Amara Oduya built a collection around the wrap, and it was her most assured show yet.';
const tBody = [
  `LYON — Amara Oduya has spent four seasons circling an idea, and on Tuesday evening she finally landed on it. Her fall collection, shown in
a former silk warehouse on the Quai Saint-Vincent, was built almost entirely on the wrap: coats, dresses, skirts and even trousers crossed
over the body and tied at the side.`,
  `The effect was softer and more grown-up than the sharp tailoring that made her name. Fabrics did much of the work. A crepe wool in a colour
the designer called wet sand opened the show as an ankle-length coat, followed by a run of silk-and-wool jersey dresses that moved like water
when the models turned at the end of the runway.`,
  `Backstage, Oduya said she had been thinking about the way her grandmother dressed for market in Lagos. "She had one length of cloth and
she could make ten things out of it. I wanted clothes that give the wearer that kind of choice."`,
  `The belt was the hinge of the collection. Narrow leather ties were threaded through side seams, wide obi-style sashes were knotted at the
hip and a handful of evening looks closed with a single brass ring, a detail that will surely be copied by the high street within a season.`,
  `Not everything worked. A trio of wrapped trousers looked awkward in motion, their fronts bunching over the hip, and a late group of
metallic knits felt borrowed from a different show. But the best pieces, the coats in particular, were the kind that buyers will fight over.`,
  `Commercially, Oduya is in a strong position. The label, which is independently owned, said sales rose by roughly 40 percent last year, and
it opened its first store, in Lyon's Presqu'île district, in October. A New York showroom appointment schedule was already full on Wednesday.`,
];
const tQuote = 'She had one length of cloth and she could make ten things out of it.';
const tNav = ['Fashion', 'Business', 'Beauty', 'Runway', 'Eye', 'Shops', 'Events'];
const tReadMore = ['Maison Ferrand Fall 2026 Ready-to-Wear', 'Inside Lyon Fashion Week’s Rise as a Talent Incubator'];
const tPopular = [
  'Luxury Sales Slow in First Quarter as Tariff Fears Mount',
  'The Designer Shortlist for This Year’s Atelier Prize',
  'Retail Leases Signed in March',
];
const tAlso = ['Lyon Fall 2026 Street Style', 'Marrec Fall 2026 Ready-to-Wear'];
const tFoot = ['About Us', 'Advertise', 'Contact Us', 'Customer Service', 'Accessibility', 'Terms of Use', 'Privacy Policy', 'Your Privacy Choices'];
const tHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${tTitle} Collection | Threadline</title>
<meta name="description" content="${tDek}"><meta property="og:type" content="article"><meta property="article:section" content="Runway">
<meta name="parsely-tags" content="Oduya,Lyon Fashion Week,Fall 2026 Ready-to-Wear"><link rel="canonical"
href="https://threadline.example/runway/fall-2026/lyon/oduya/review/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2026-03-10T19:45:00-04:00",
"author":[{"@type":"Person","name":"Sabine Kowalczyk"}],"publisher":{"@type":"Organization","name":"Threadline"},"isAccessibleForFree":"False"}</script>
<script type="text/javascript">var pmc_meta = {"lob":"threadline","page-type":"runway-review","primary-category":"Runway","env":"desktop"};</script>
<script>window.blogherads = window.blogherads || {}; blogherads.adq = blogherads.adq || [];</script></head>
<body class="single single-pmc-runway-review lrv-u-font-family-body"><div class="lrv-a-wrapper"><div class="admz" id="adm-leaderboard"><span
class="ad-label">Advertisement</span></div>
<header class="header lrv-u-background-color-white"><div class="lrv-a-wrapper lrv-u-flex"><a class="c-logo" href="/"><span
class="lrv-a-screen-reader-only">Threadline</span></a>
<nav class="o-nav lrv-u-flex"><ul class="o-nav__list lrv-a-unstyle-list lrv-u-flex">${links(tNav, 'o-nav__list-item')}</ul></nav>
<a class="c-button lrv-u-text-transform-uppercase" href="/subscribe">Subscribe</a><a class="c-link" href="/login">Log In</a></div></header>
<main id="main-wrapper" class="a-article-grid lrv-a-wrapper"><article class="a-article-grid__main pmc-paywall">
<div class="article-header"><div class="o-taxonomy-breadcrumbs lrv-u-flex"><a class="c-link" href="/runway/">Runway</a><span>/</span>
<a class="c-link" href="/runway/fall-2026/">Fall 2026 Ready-to-Wear</a></div>
<h1 class="c-title article-title lrv-u-font-size-32">${tTitle}</h1><p class="c-dek article-excerpt">${tDek}</p>
<div class="o-author lrv-u-flex"><div class="c-tagline">By <a class="c-link" href="/author/skowalczyk/">Sabine Kowalczyk</a></div>
<time class="c-timestamp" datetime="2026-03-10T19:45:00-04:00">March 10, 2026, 7:45pm</time></div>
<div class="o-social-list lrv-u-flex"><a class="c-icon" href="#" title="Share on Facebook">Facebook</a><a class="c-icon" href="#" title="Share on X">Post</a>
<a class="c-icon" href="#" title="Share on Pinterest">Pin It</a><a class="c-icon" href="#" title="Email">Email</a><a class="c-icon" href="#">Print</a></div>
</div>
<figure class="c-figure lrv-u-margin-b-1"><img class="c-lazy-image__img" src="https://threadline.example/wp-content/uploads/2026/03/oduya-f26-001.jpg" alt="">
<figcaption class="c-figcaption"><span class="c-figcaption__caption">Oduya Fall 2026</span><span class="c-figcaption__credit">Giovanni
Esposito/Threadline</span>
</figcaption><a class="c-button c-button--gallery" href="/gallery/oduya-fall-2026/">View Gallery</a><span class="gallery-count">38 Photos</span></figure>
<div class="a-content pmc-paywall lrv-u-font-size-16 a-content--runway">
${ps(tBody.slice(0, 2))}
<div class="c-related-links lrv-a-unstyle-list"><h3 class="c-related-links__title">Read More:</h3><ul>${links(tReadMore, 'c-related-links__item')}</ul></div>
${ps(tBody.slice(2, 3))}
<blockquote class="c-pull-quote"><p>${tQuote}</p></blockquote>
${ps(tBody.slice(3))}
</div>
<div class="o-tags-list"><span class="o-tags-list__title">Tags</span><a href="/t/oduya/">Oduya</a><a href="/t/lyon-fashion-week/">Lyon Fashion Week</a></div>
<div class="paywall-prompt" data-paywall="metered"><p>You have 2 free articles left this month.</p><a href="/subscribe">Subscribe for unlimited access</a>
</div></article>
<aside class="a-article-grid__sidebar"><div class="newsletter-signup lrv-u-padding-a-1"><h3>Sign up for Threadline Daily</h3><p>The business of fashion, every
weekday morning.</p><form><input type="email" placeholder="Enter your email"><button type="submit">Sign Up</button></form></div>
<section class="o-most-popular"><h2 class="c-heading">Most Popular</h2><ol>${links(tPopular, 'o-most-popular__item')}</ol></section>
<div class="admz" id="adm-right-rail-1"><span class="ad-label">Advertisement</span></div></aside></main>
<section class="o-more-from lrv-a-wrapper"><h2 class="c-heading">You May Also Like</h2><ul>${links(tAlso, 'o-card')}</ul></section>
<footer class="footer lrv-u-background-color-black"><ul class="o-nav__list">${links(tFoot, 'footer-link')}</ul>
<p class="c-copyright">Threadline is a part of Halloran Media. © 2026 Threadline Media, LLC. All Rights Reserved.</p></footer></div>
<script src="https://threadline.example/wp-content/themes/vip/pmc-threadline/assets/build/js/main.js?ver=2026.3" id="pmc-main-js"></script></body></html>`;
export const wwd: TestPage = {
  name: 'heldout238-wordpress-vip-larva-runway-review',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tDek, ...tBody, tQuote]),
  bylines: ['By Sabine Kowalczyk', 'March 10, 2026, 7:45pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Threadline', ...tNav, 'Subscribe', 'Log In', 'Fall 2026 Ready-to-Wear', 'Facebook', 'Post', 'Pin It', 'Email', 'Print', 'Oduya Fall 2026',
    'Giovanni Esposito/Threadline', 'View Gallery', '38 Photos', 'Read More:', ...tReadMore, 'Tags', 'Lyon Fashion Week',
    'You have 2 free articles left this month.', 'Subscribe for unlimited access', 'Sign up for Threadline Daily',
    'The business of fashion, every weekday morning.',
    'Sign Up', 'Most Popular', ...tPopular, 'You May Also Like', ...tAlso, ...tFoot,
    'Threadline is a part of Halloran Media. © 2026 Threadline Media, LLC. All Rights Reserved.',
  ],
};
