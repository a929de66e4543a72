import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file b2: a Physics World research update on the IOP Publishing WordPress theme. */
const title = 'Twisted graphene ribbons conduct heat in one direction only';
const dek = 'A simple change of geometry turns a carbon nanostructure into a thermal diode that works at room temperature';
const p1 = [
  'Physicists in Portugal and Japan have made a thermal diode from a strip of graphene that has been twisted along its length, ' +
    'like a ribbon wound around a pencil. Heat flows through the device almost twice as easily in one direction as in the other, ' +
    'and the effect persists at room temperature. The team says the result could lead to components that steer waste heat away ' +
    'from hot spots in microchips.',
  'Electrical diodes, which let current pass one way but not the other, are the basis of modern electronics. Their thermal ' +
    'equivalents have proved much harder to build. Heat in solids is carried mostly by phonons – quantized vibrations of the ' +
    'crystal lattice – and phonons scatter in every direction, which tends to wash out any asymmetry.',
];
const h1 = 'A gradient in the twist';
const p2 = [
  'The researchers, led by Inês Carvalhal at the University of Aveiro and Kenta Morimoto at Tohoku University, made ribbons about ' +
    '40 nm wide and 2 µm long. Crucially, the twist is not uniform: it is tight at one end and relaxes gradually towards the other. ' +
    'That gradient changes the spectrum of phonon modes along the ribbon, so that vibrations travelling from the tight end find ' +
    'matching modes ahead of them, while those travelling the other way do not.',
  '“You can think of it as a funnel for vibrations,” Carvalhal explains. “Going in the wide end is easy. Trying to go out the ' +
    'narrow end, most of the phonons just bounce back.”',
  'To measure the effect the team suspended each ribbon between two tiny platinum heaters that doubled as thermometers. By ' +
    'heating one side and then the other, they found a rectification ratio of 1.9 at 300 K, the largest yet reported for a ' +
    'single nanostructure at that temperature.',
];
const h2 = 'From the lab to the chip';
const p3 = [
  'Morimoto cautions that the amount of heat the ribbons can carry is still tiny, around a few hundred nanowatts, so practical ' +
    'devices would need dense arrays of them. The group is now trying to grow twisted ribbons directly on silicon wafers, ' +
    'rather than transferring them one at a time with a micromanipulator.',
  'Carlos Otero, a thermal-transport specialist at the University of Valencia who was not involved in the work, calls the ' +
    'experiment “beautifully clean”. He adds that the real test will be whether the rectification survives once the ribbons are ' +
    'touching a substrate, which tends to scatter phonons and could erase the asymmetry.',
  'The research is described in Physical Review Letters.',
];
const nav = ['News', 'Research updates', 'Features', 'Opinion and reviews', 'Podcasts', 'Webinars', 'Careers', 'Magazine'];
const topics = ['Condensed matter', 'Materials', 'Nanoscale', 'Research update'];
const readMore = 'Phonon lasers could cool quantum circuits';
const caption = 'Funnel for vibrations: a twisted graphene ribbon with a tight twist at one end.';
const credit = '(Courtesy: Inês Carvalhal/University of Aveiro)';
const partner = ['New cryogenic probe station simplifies thermal measurements', 'How to choose a lock-in amplifier for nanoscale transport'];
const trending = ['Quantum sensor spots single spins in diamond at room temperature', 'Fusion start-up reports record plasma pressure'];
const foot = ['About us', 'Advertising', 'Contact us', 'Cookie policy', 'Privacy policy', 'Terms and conditions', 'Modern slavery statement'];
const nl = 'Sign up to our newsletters for the latest news, features and opinion from Physics World.';
const cookie = 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.';
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Twisted graphene ribbons conduct heat in one direction only – Physics World</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="Physics World"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-03-12T10:15:27+00:00"><meta name="author" content="Tamsin Doyle">
<link rel="canonical" href="https://physicsworld.example/a/twisted-graphene-ribbons-conduct-heat-in-one-direction-only/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-03-12T10:15:27+00:00","author":{"@type":"Person","name":"Tamsin Doyle"},
"publisher":{"@type":"Organization","name":"IOP Publishing"}}]}</script>
<link rel="stylesheet" id="pw-theme-css" href="https://physicsworld.example/wp-content/themes/physicsworld/dist/main.css?ver=3.1.4" media="all">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="6b3f"></script></head>
<body class="post-template-default single single-post postid-118342 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="https://physicsworld.example/">Physics World</a>
<nav class="site-header__nav" aria-label="Main navigation"><ul id="menu-primary" class="menu">${links(nav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<div class="site-header__actions"><a class="btn btn--register" href="/register/">Register</a><a class="btn btn--login" href="/login/">Log in</a>
<button class="site-header__search" aria-label="Search"><span class="screen-reader-text">Search</span></button></div></div></header>
<div class="advert advert--leaderboard"><p class="advert__label">Advertisement</p><div id="div-gpt-ad-pw-leaderboard"></div></div>
<main id="content" class="site-main"><article id="post-118342" class="post-118342 post type-post status-publish">
<header class="article-header"><p class="article-header__category"><a href="/c/research-updates/">Research update</a></p>
<h1 class="article-header__title">${title}</h1><p class="article-header__strapline">${dek}</p>
<div class="article-header__meta"><time class="article-header__date" datetime="2025-03-12">12 Mar 2025</time>
<span class="article-header__author"><a href="/author/tamsin-doyle/">Tamsin Doyle</a></span></div>
<figure class="article-header__image wp-caption"><img src="https://physicsworld.example/wp-content/uploads/2025/03/twisted-ribbon.jpg" alt="">
<figcaption class="wp-caption-text">${caption} ${credit}</figcaption></figure>
<div class="article-share"><span class="article-share__label">Share</span><a href="#" class="article-share__copy">Copy to clipboard</a>
<a href="#" class="article-share__link">Facebook</a><a href="#" class="article-share__link">LinkedIn</a><a href="#"
class="article-share__link">Email</a></div></header>
<div class="article-content entry-content">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2.slice(0, 2))}
<aside class="read-more-box"><span class="read-more-box__label">Read more</span><img src="https://physicsworld.example/wp-content/uploads/2024/phonon.jpg"
alt="">
<a class="read-more-box__link" href="/a/phonon-lasers-could-cool-quantum-circuits/">${readMore}</a></aside>
${ps(p2.slice(2))}
<h2>${h2}</h2>
${ps(p3.slice(0, 2))}
<p>The research is described in <a href="https://doi.example/10.1103/PhysRevLett.134.106301"><em>Physical Review Letters</em></a>.</p>
</div>
<footer class="article-footer"><div class="article-topics"><h3 class="article-topics__title">Topics</h3><ul>${links(topics, 'article-topics__item')}</ul></div>
<div class="newsletter-signup"><h3>Newsletter</h3><p>${nl}</p><a class="btn" href="/newsletter-signup/">Sign up</a></div></footer>
</article>
<aside class="sidebar"><div class="advert advert--mpu"><p class="advert__label">Advertisement</p><div id="div-gpt-ad-pw-mpu"></div></div>
<section class="sidebar-block sidebar-block--trending"><h2>Trending</h2><ol>${links(trending)}</ol></section>
<section class="sidebar-block sidebar-block--partner"><h2>Partner content</h2><ul>${links(partner)}</ul></section></aside></main>
<footer class="site-footer"><a href="https://ioppublishing.example/" class="site-footer__iop">IOP Publishing</a><ul
class="site-footer__links">${links(foot)}</ul>
<p class="site-footer__copyright">Copyright © 2025 by IOP Publishing Ltd and individual contributors</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">${cookie}</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all
cookies</button></div></div>
<script src="https://physicsworld.example/wp-content/themes/physicsworld/dist/main.js?ver=3.1.4" id="pw-main-js"></script></body></html>`;

export const physicsWorld: TestPage = {
  name: 'heldout230-physics-world-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3]),
  bylines: ['12 Mar 2025', 'Tamsin Doyle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Physics World', ...nav, 'Register', 'Log in', 'Search', 'Advertisement', caption, credit, 'Share', 'Copy to clipboard',
    'Facebook', 'LinkedIn', 'Email', 'Read more', readMore, 'Topics', 'Research update', 'Condensed matter', 'Materials', 'Nanoscale', 'Newsletter', nl,
    'Sign up',
    'Trending', ...trending, 'Partner content', ...partner, 'IOP Publishing', ...foot, 'Copyright © 2025 by IOP Publishing Ltd and individual contributors',
    cookie, 'Manage preferences', 'Accept all cookies',
  ],
};
