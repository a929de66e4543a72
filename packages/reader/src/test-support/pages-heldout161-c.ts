import { links, type TestPage, texts } from './page-kit.js';
import { engadgetNews } from './pages-heldout161-c2.js';

/**
 * Held-out batch 161, file c: a Gizmodo science article on its WordPress template (top bar with section nav and "Subscribe",
 * the category link, h1 and dek, "By ... Published ..." with the comment count and reading time, the lead image with its
 * credit, a "Related" link box inside the body, an in-body ad label, tags, the share row, the "Daily Newsletter" box,
 * "You May Also Like" cards, the footer and the consent banner) and, from file c2, an Engadget story.
 */
const gzTitle = 'A Shoebox-Sized Satellite Just Mapped Antarctic Ozone With a Phone Camera Sensor';
const gzDek = 'Students built the instrument for less than the price of a used car, and its first maps agree closely with far bigger satellites.';
const gzP1 = [
  `Measuring the ozone layer usually takes instruments the size of a refrigerator, flown on satellites that cost hundreds of millions of
  dollars. A team of students at the University of Tallis has now done a respectable version of the job with a cubesat about the size
  of a shoebox and a camera sensor originally designed for smartphones.`,
  `The satellite, called Wren-2, launched in November on a rideshare mission and began sending back data in January. In a paper
  released this week, the team reports that its maps of the Antarctic ozone hole agree with measurements from established missions to
  within about 6%, which is good enough for tracking how the hole grows and shrinks through the season.`,
];
const gzH1 = 'Cheap parts, careful calibration';
const gzP2 = [
  `The trick is in the filters. Ozone absorbs ultraviolet light strongly at some wavelengths and barely at others, so comparing the
  brightness of sunlight scattered from the atmosphere at two nearby wavelengths reveals how much ozone the light passed through. Wren-2
  carries four narrow filters in front of a modified phone sensor, and takes a picture through each in turn as it passes over the pole.`,
  `“Phone sensors are astonishingly good now, and they are tested to survive things most space hardware never faces, like being dropped
  on a kitchen floor,” said Noor Castellanos, the graduate student who led the instrument design. “The hard part was calibration. We spent
  more time pointing it at lamps in a dark room than building it.”`,
];
const gzH2 = 'What it could mean';
const gzP3 = [
  `Nobody is suggesting that cubesats will replace the large ozone missions, which measure far more than ozone and do so with greater
  precision. But a fleet of cheap instruments could fill gaps in coverage, revisiting the same spot several times a day rather than once.`,
  `The team has already started building two more, and says it will publish its design files so other universities can build their
  own. The whole instrument, including the sensor, filters and a small telescope, cost about $14,000.`,
  `Wren-2 is expected to keep working for at least another year before its orbit decays. The students hope it lasts long enough to watch
  this year's ozone hole open in September, the first full season it will see from start to finish.`,
];
const gzNav = ['Tech', 'Science', 'Entertainment', 'io9', 'Reviews', 'Deals'];
const gzRelated = ['Related', 'The Ozone Hole Closed Early Last Year. Scientists Aren’t Sure Why'];
const gzTags = ['Antarctica', 'cubesats', 'Ozone layer', 'Satellites'];
const gzShare = ['Share on Facebook', 'Share on X', 'Share on Reddit', 'Copy link'];
const gzNews = ['Daily Newsletter', 'Get the best tech, science, and culture news in your inbox daily.', 'Enter your email', 'Sign me up'];
const gzMore = [
  'NASA’s Next Mars Helicopter Will Carry a Tiny Weather Station',
  'This Glacier Is Melting Faster Than Any Other in the Alps',
  'Astronomers Spot a Comet That Might Have Come From Another Star',
];
const gzFoot = ['About Gizmodo', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Manage Cookies'];
const gzCookie = 'We and our partners use cookies and similar technologies to store and access information on your device.';
const gzPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const gzHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Shoebox-Sized Satellite Just Mapped Antarctic Ozone With a Phone Camera Sensor</title>
<meta name="description" content="${gzDek}"><meta property="og:site_name" content="Gizmodo"><meta property="og:title" content="${gzTitle}">
<meta property="article:section" content="Science"><meta name="author" content="Priya Anand">
<link rel="canonical" href="https://gizmodo.com/shoebox-satellite-antarctic-ozone-phone-camera-2000581234">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${gzTitle}",
"datePublished":"2026-03-03T10:30:00-05:00","author":{"@type":"Person","name":"Priya Anand"},"articleSection":["Science"]}]}</script>
<link rel="stylesheet" id="gizmodo-main-css" href="https://gizmodo.com/app/themes/gizmodo/dist/main.css?ver=2.3.1" media="all"></head>
<body class="post-template-default single single-post postid-2000581234 single-format-standard">
<div id="cmp-banner" class="cmp-banner" role="dialog" aria-label="Privacy"><p>${gzCookie}</p><button class="cmp-accept">Accept all</button>
<button class="cmp-reject">Reject all</button><button class="cmp-settings">Manage preferences</button></div>
<header class="site-header"><div class="site-header__top"><a href="https://gizmodo.com" class="site-logo"><span class="sr-only">Gizmodo</span>
<svg class="logo" aria-hidden="true"></svg></a><nav class="primary-nav" aria-label="Primary"><ul>${links(gzNav, 'primary-nav__item')}</ul></nav>
<a class="btn btn--subscribe" href="https://gizmodo.com/newsletters">Subscribe</a><button class="search-toggle" aria-label="Search">
</button></div></header>
<main id="main" class="site-main"><article class="single-post"><header class="single-post__header">
<a class="post-category" href="https://gizmodo.com/science">Science</a>
<h1 class="single-post__title">${gzTitle}</h1>
<p class="single-post__excerpt">${gzDek}</p>
<div class="post-meta"><div class="post-meta__byline">By <a href="https://gizmodo.com/author/panand" rel="author">Priya Anand</a></div>
<div class="post-meta__date">Published March 3, 2026</div><a class="post-meta__comments" href="#comments">Comments (9)</a>
<span class="post-meta__reading">Reading time 3 minutes</span></div></header>
<figure class="single-post__featured"><img src="https://gizmodo.com/app/uploads/2026/03/wren2-cubesat.jpg" alt="A small satellite on a workbench"
width="1200" height="675"><figcaption><span class="caption-credit">© University of Tallis</span></figcaption></figure>
<div class="entry-content single-post__content">
${gzPs(gzP1)}
<aside class="related-inline"><span class="related-inline__label">${gzRelated[0]}</span><a href="https://gizmodo.com/ozone-hole-closed-early">
${gzRelated[1]}</a></aside>
<h2 class="wp-block-heading">${gzH1}</h2>
${gzPs(gzP2)}
<div class="ad-container ad-container--inline"><span class="ad-label">Ad</span><div id="gz-inline-1"></div></div>
<h2 class="wp-block-heading">${gzH2}</h2>
${gzPs(gzP3)}
</div>
<footer class="single-post__footer"><ul class="post-tags">${links(gzTags, 'post-tags__item')}</ul>
<div class="share-row">${gzShare.map((t) => `<button class="share-row__btn" aria-label="${t}"><span>${t}</span></button>`).join('')}</div>
</footer></article>
<section class="newsletter-box"><h2 class="newsletter-box__title">${gzNews[0]}</h2><p>${gzNews[1]}</p><form><input type="email"
placeholder="${gzNews[2]}" aria-label="${gzNews[2]}"><button type="submit">${gzNews[3]}</button></form></section>
<section class="more-stories"><h2 class="more-stories__title">You May Also Like</h2><ul>${gzMore
  .map((t, i) => `<li class="card"><a href="https://gizmodo.com/more-${i}"><h3 class="card__title">${t}</h3></a></li>`)
  .join('\n')}</ul></section>
<section id="comments" class="comments-teaser"><button class="comments-teaser__btn">View Comments (9)</button></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(gzFoot, 'site-footer__link')}</ul>
<p class="site-footer__copyright">© 2026 Gizmodo. All rights reserved.</p></footer>
<script src="https://gizmodo.com/app/themes/gizmodo/dist/main.js?ver=2.3.1" id="gizmodo-main-js"></script></body></html>`;
const gizmodo: TestPage = {
  html: gzHtml,
  name: 'heldout161-gizmodo-news',
  kind: 'news',
  // the dek is body; the in-body "Related" link box is furniture
  title: gzTitle,
  headings: [gzH1, gzH2],
  body: texts([gzDek, ...gzP1, ...gzP2, ...gzP3]),
  bylines: ['By Priya Anand', 'Published March 3, 2026', 'Reading time 3 minutes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    gzCookie, 'Accept all', 'Reject all', 'Manage preferences', ...gzNav, 'Subscribe', 'Comments (9)', '© University of Tallis', ...gzRelated, 'Ad',
    ...gzTags, ...gzShare, gzNews[0] ?? '', gzNews[1] ?? '', gzNews[3] ?? '', 'You May Also Like', ...gzMore, 'View Comments (9)', ...gzFoot,
    '© 2026 Gizmodo. All rights reserved.',
  ],
};

export const HELDOUT161_C: readonly TestPage[] = [gizmodo, engadgetNews];
