import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file d2: a Science News article on its WordPress theme. */
const title = 'A moon of Uranus may hide a thin, slushy ocean';
const deck = 'New analysis of decades-old flyby images hints that Ariel’s grooved surface was shaped by water from below';
const p1 = [
  'Uranus’ moon Ariel looks cold and dead, but its cracked surface may be telling a livelier story. Grooves running along the ' +
    'floors of Ariel’s great canyons are best explained by a layer of slushy water beneath the ice, planetary scientists report ' +
    'March 4 in the <em>Planetary Science Journal</em>.',
  'If the interpretation holds up, Ariel would join a growing list of small, icy worlds in the outer solar system that may have ' +
    'held liquid water for a surprisingly long time.',
];
const h1 = 'Old pictures, new tools';
const p2 = [
  'The only close-up images of Ariel come from NASA’s Voyager 2 spacecraft, which flew past Uranus in 1986. Planetary scientist ' +
    'Okonkwo Adaeze of the Ridgeline Planetary Institute in Tucson and colleagues reprocessed those images with modern techniques ' +
    'that sharpen detail and correct for the harsh lighting at the time of the flyby.',
  'The team focused on the floors of Ariel’s chasmata, long canyons that cut across the moon’s southern hemisphere. Many of the ' +
    'floors are raised in the middle and carry a central groove, a shape that resembles features on Jupiter’s moon Europa that ' +
    'are thought to form when water or warm ice pushes up from below.',
  '“Once you see the pattern, you cannot unsee it,” Adaeze says. “These are not just cracks that opened up ' +
    'and then stayed empty. Something came up and filled them in.”',
];
const h2 = 'Tidal heating in the past';
const p3 = [
  'Ariel is only about 1,160 kilometers across, too small to have kept much heat from its formation. But computer simulations ' +
    'suggest that hundreds of millions of years ago its orbit was more stretched, and the changing pull of Uranus would have ' +
    'flexed the moon and warmed its interior.',
  'That heat could have sustained a slushy layer a few kilometers thick under the crust. Whether any of it survives today is ' +
    'unknown. Planetary scientist Hilde Marstrand of the University of Bergen, who was not involved in the study, thinks the ' +
    'grooves are convincing evidence of past activity but is less sure about the present. “A slushy layer in the past, yes. A ' +
    'slushy layer now would need a heat source we have not found,” she says.',
  'The answer may have to wait for a dedicated mission. A Uranus orbiter and probe was ranked the top priority for a new ' +
    'flagship mission by U.S. planetary scientists, though it would not arrive before the 2040s.',
];
const eyebrow = 'Planetary Science';
const caption = 'Voyager 2 captured this view of Ariel in 1986. Long canyons with grooved floors cut across the moon’s southern half.';
const credit = 'JPL/NASA';
const shareBtns = [
  'Share via email (Opens in new window)',
  'Share on Facebook (Opens in new window)',
  'Share on X (Opens in new window)',
  'Print (Opens in new window)',
];
const nl = 'Get great science journalism, from the most trusted source, delivered to your doorstep.';
const inlineNl = 'Sign up for our newsletter';
const inlineNlText = 'We summarize the week’s scientific breakthroughs every Thursday.';
const feedback = 'Questions or comments on this article? E-mail us at feedback@sciencenews.example';
const cite = 'O. Adaeze et al. Resurfacing of Ariel’s chasmata floors by cryovolcanic slush. Planetary Science Journal. Published March 4, 2025.';
const bio = 'Mariel Osterhout is the astronomy writer. She has a master’s degree in planetary science from the University of Arizona.';
const more = ['Jupiter’s moon Io has a magma ocean after all', 'Neptune’s rings get a new look', 'Saturn’s moon Mimas may be young'];
const pitch =
  'Science News was founded in 1921 as an independent, nonprofit source of accurate information on the latest news of science, ' +
  'medicine and technology. Today, our mission remains the same.';
const nav = ['All Topics', 'Earth', 'Humans', 'Life', 'Science & Society', 'Space', 'Tech', 'Magazine', 'Menu'];
const foot = ['About Us', 'Staff', 'Contact', 'FAQ', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Society for Science'];
const copy = '© Society for Science & the Public 2000–2025. All rights reserved.';
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>A moon of Uranus may hide a thin, slushy ocean</title>
<meta name="description" content="${deck}"><meta property="og:site_name" content="Science News"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:section" content="${eyebrow}">
<link rel="canonical" href="https://www.sciencenews.example/article/uranus-moon-ariel-slushy-ocean">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-12T07:00:00-04:00",
"author":[{"@type":"Person","name":"Mariel Osterhout"}],"publisher":{"@type":"Organization","name":"Science News"}}</script>
<link rel="stylesheet" href="https://www.sciencenews.example/wp-content/themes/sciencenews/client/build/main.css"></head>
<body class="article-template-default single single-article postid-3143871"><a class="skip-to-content" href="#main">Skip to content</a>
<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/"><span class="screen-reader-text">Science News</span></a>
<a class="site-header__subscribe" href="/subscribe">Subscribe</a><a class="site-header__donate" href="/donate">Donate</a>
<a class="site-header__login" href="/login">Log In</a></div><nav class="site-header__nav"
aria-label="Primary"><ul>${links(nav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><article class="single__article___Nb4Gx">
<header class="header-default__header___2ZKx2"><p class="header-default__eyebrow___7zq1J"><a href="/topic/planetary-science">${eyebrow}</a></p>
<h1 class="header-default__title___7vPbb">${title}</h1><h2 class="header-default__deck___OgLBK">${deck}</h2>
<div class="header-default__meta___eFt7W"><div class="byline"><span class="byline__prefix">By</span> <a class="author" href="/author/mariel-osterhout">Mariel
Osterhout</a></div>
<time class="published" datetime="2025-03-12T07:00:00-04:00">March 12, 2025 at 7:00 am</time></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share
this:</h3><ul>${shareBtns.map((t) => `<li><a class="share-icon" href="#"><span>${t}</span></a></li>`).join('')}</ul></div>
<figure class="header-default__figure"><img src="https://i0.wp.com/www.sciencenews.example/wp-content/uploads/2025/03/ariel.jpg" alt="Ariel">
<figcaption><span class="caption">${caption}</span><span class="credit">${credit}</span></figcaption></figure></header>
<div class="rich-text single__rich-text___BlzVF">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<div class="newsletter-inline"><h4>${inlineNl}</h4><p>${inlineNlText}</p><form><input type="email" aria-label="Email Address"><button>Sign
Up</button></form></div>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
</div>
<div class="single__feedback___QSsu6"><p>${feedback}</p><a href="/reprints-faq">Reprints FAQ</a></div>
<section class="single__citations___7Y9FO"><h3>Citations</h3><p>${cite}</p></section>
<section class="single__author___WmD3M"><h3>About Mariel Osterhout</h3><p>${bio}</p></section>
<section class="donate-module"><p>${pitch}</p><a class="button" href="/donate">Donate Now</a></section></article>
<section class="more-stories"><h2>More Stories from Science News on Planetary Science</h2><ul>${links(more)}</ul></section>
<section class="magazine-promo"><p>${nl}</p><a href="/subscribe">Subscribe</a></section></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>${copy}</p></footer>
<script src="https://www.sciencenews.example/wp-content/themes/sciencenews/client/build/main.js" id="sn-main-js"></script></body></html>`;

export const scienceNews: TestPage = {
  name: 'heldout230-science-news-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([deck, ...p1, ...p2, ...p3]),
  bylines: ['By Mariel Osterhout', 'March 12, 2025 at 7:00 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Donate', 'Log In', ...nav, eyebrow, 'Share this:', ...shareBtns, caption, credit, inlineNl, inlineNlText, 'Sign Up',
    feedback, 'Reprints FAQ', 'Citations', cite, 'About Mariel Osterhout', bio, pitch, 'Donate Now', 'More Stories from Science News on Planetary Science',
    ...more, nl, ...foot, copy,
  ],
};
