import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout306-kit.js';

/**
 * Held-out batch 306, file a: a NASA-style mission news story on the agency's WordPress "hds" theme (global nav, article
 * intro with topic label, byline and date, figure with caption and credit, share bar, media contacts after "-end-", the
 * "Keep Exploring" topic cards and the footer) and an ESA-style feature with an image gallery (cookie bar, breadcrumb,
 * article header with date, gallery carousel with captions and credits, "Related links", "Related articles" and the footer).
 */
const nTitle = 'Meridian Probe Completes First Close Pass of Asteroid Calloway';
const nP = [
  j(
    'The agency’s Meridian spacecraft flew within 312 kilometers of the asteroid Calloway on Tuesday, returning the first',
    'detailed images of a body that scientists believe is a fragment of an ancient planetesimal core.',
  ),
  j(
    'Mission controllers at the Harlan Deep Space Operations Center confirmed the flyby at 4:18 a.m. EST, when the spacecraft',
    're-established contact after a 47-minute communications blackout imposed by its close-approach pointing sequence.',
  ),
  j(
    '“Every instrument did exactly what we asked of it,” said Odile Marchetti, Meridian project manager. “We now have a',
    'surface we can map down to a few meters, and the first spectra suggest a lot more metal than our models predicted.”',
  ),
  j(
    'Calloway is roughly 38 kilometers across and orbits in the outer main belt. Ground-based radar had hinted at an',
    'unusually dense interior, which is why the team chose it as the first of three targets in Meridian’s extended tour.',
  ),
  j(
    'During the pass, the spacecraft’s wide-angle camera captured 1,140 images, while its gamma-ray and neutron spectrometer',
    'recorded the elemental makeup of the surface along a narrow strip near the equator. The data will take about three',
    'weeks to downlink in full.',
  ),
  j(
    'Early frames show a heavily cratered surface crossed by long, shallow grooves. Planetary geologist Tobias Renwick of',
    'the Fenmore Institute said the grooves could be fractures left by the collision that broke the parent body apart.',
  ),
  j(
    'Meridian launched in October 2023 and has traveled more than 1.9 billion kilometers. Its next target, the binary',
    'asteroid Pell-Ashdown, lies on the far side of the belt, with an encounter planned for the spring of 2028.',
  ),
];
const nH2 = 'What Comes Next';
const nP2 = [
  'Over the next month the team will focus on three tasks:',
  'building a shape model of Calloway from the full image set,',
  'measuring the asteroid’s mass from tiny shifts in the spacecraft’s radio signal, and',
  'comparing the spectrometer data with iron meteorites held in museum collections.',
  j(
    'The Meridian mission is managed by the agency’s Harlan center for the Solar System Research Directorate. Navigation is',
    'provided by the Orbital Dynamics Group at Westbrook University.',
  ),
];
const nNav = ['News & Events', 'Multimedia', 'NSEA+', 'Missions', 'Humans in Space', 'Earth', 'The Solar System', 'The Universe', 'Science'];
const nTopics = ['Asteroids', 'Meridian (Asteroid Mission)', 'Planetary Science Division', 'Small Bodies of the Solar System'];
const nCards = ['Asteroids', 'Solar System Exploration', 'Planetary Defense', 'Meridian Mission Overview'];
const nFoot = ['About NSEA', 'Join Us', 'Contact NSEA', 'Accessibility', 'Privacy Policy', 'FOIA', 'Office of Inspector General', 'Budget & Annual Reports'];
const nHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Meridian Probe Completes First Close Pass of Asteroid Calloway - NSEA</title>
<meta name="description" content="The Meridian spacecraft flew within 312 kilometers of the asteroid Calloway.">
<meta property="og:type" content="article"><meta property="og:site_name" content="NSEA"><meta name="twitter:site" content="@NSEA">
<link rel="stylesheet" href="https://www.nsea.example/wp-content/themes/nsea/assets/css/hds.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-02-17T09:12:00-05:00","author":{"@type":"Person","name":"Lena Ashgrove"},"publisher":{"@type":"Organization","name":"NSEA"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"postType":"press-release","topics":"asteroids"});</script></head>
<body class="wp-singular press-release-template-default single single-press-release"><a class="skip-link usa-skipnav" href="#main">Skip to main content</a>
<header id="global-navigation" class="hds-nav"><div class="hds-nav-top"><a href="/" class="hds-nav-logo" aria-label="NSEA Logo"></a>
<nav class="hds-nav-menu" aria-label="Main"><ul class="menu">${links(nNav, 'menu-item')}</ul></nav>
<form class="hds-nav-search" role="search"><input type="search" placeholder="Search" aria-label="Search"><button>Search</button></form></div></header>
<main id="main" class="hds-main"><article class="hds-content-article"><div class="hds-article-intro grid-container">
<div class="label hds-content-label"><span>4 min read</span></div>
<h1 class="display-48 margin-bottom-2">${nTitle}</h1>
<div class="hds-meta-heading"><a class="hds-byline" href="/people/lena-ashgrove/">Lena Ashgrove</a>
<span class="heading-12 text-uppercase">Feb 17, 2026</span><span class="heading-12">Press Release</span></div>
<div class="hds-social-share"><span>Share</span><ul>${links(['Facebook', 'X', 'LinkedIn', 'Email'], 'hds-social-item')}</ul></div></div>
<figure class="hds-media hds-media-inner wp-block-image"><img src="/wp-content/uploads/2026/02/calloway-flyby.jpg" alt="Grey cratered asteroid">
<figcaption class="hds-caption"><div class="hds-caption-text">Calloway as seen by Meridian’s wide-angle camera 14 minutes after closest
approach, from a distance of about 2,600 kilometers.</div><div class="hds-credits">NSEA/Harlan/Westbrook University</div></figcaption></figure>
<div class="single-blog-content entry-content grid-col-12 desktop:grid-col-8">
${ps(nP)}
<h2 class="wp-block-heading">${nH2}</h2>
<p>${nP2[0]}</p><ul class="wp-block-list">${nP2
  .slice(1, 4)
  .map((x) => `<li>${x}</li>`)
  .join('')}</ul>
<p>${nP2[4]}</p>
<p class="has-text-align-center">-end-</p>
<div class="hds-media-contacts"><h3>Media Contacts</h3><p>Karen Pilsudski / Amadou Rhee<br>Headquarters, Washington<br>202-555-0147</p></div>
</div><div class="hds-topic-tags"><span class="label">Related Terms</span><ul>${links(nTopics, 'hds-topic-tag')}</ul></div></article>
<section class="hds-topic-cards"><h2>Keep Exploring</h2><h3>Discover More Topics From NSEA</h3><ul>${links(nCards, 'hds-topic-card')}</ul></section></main>
<footer class="hds-footer"><div class="hds-footer-tagline">NSEA explores the unknown in air and space for the benefit of all.</div>
<ul class="hds-footer-menu">${links(nFoot)}</ul><p class="hds-footer-updated">Page Last Updated: Feb 17, 2026</p>
<p>Page Editor: Corwin Hale</p><p>Responsible NSEA Official for Science: Imara Stoute</p></footer>
<script src="https://www.nsea.example/wp-content/themes/nsea/assets/js/hds.min.js" defer></script></body></html>`;
const nsea: TestPage = {
  name: 'heldout306-nasa-hds-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH2],
  body: texts([...nP, ...nP2]),
  bylines: ['Lena Ashgrove', 'Feb 17, 2026', 'Page Last Updated: Feb 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, '4 min read', 'Press Release', 'Share', 'Facebook', 'LinkedIn', 'Email',
    'Calloway as seen by Meridian’s wide-angle camera 14 minutes after closest approach, from a distance of about 2,600 kilometers.',
    'NSEA/Harlan/Westbrook University', '-end-', 'Media Contacts', 'Karen Pilsudski / Amadou Rhee', 'Headquarters, Washington', '202-555-0147',
    'Related Terms', ...nTopics, 'Keep Exploring', 'Discover More Topics From NSEA', ...nCards.slice(1),
    'NSEA explores the unknown in air and space for the benefit of all.', ...nFoot, 'Page Editor: Corwin Hale',
    'Responsible NSEA Official for Science: Imara Stoute',
  ],
};

const eTitle = 'Twelve views of a comet that fell apart';
const eP = [
  j(
    'When Comet Haverly–Oduya swung around the Sun last August, it did something comets rarely do in front of a telescope',
    'fleet: it broke into pieces while four spacecraft were watching. The images collected here, taken over eleven days,',
    'follow the nucleus from a bright single point to a loose chain of at least nine fragments.',
  ),
  j(
    'The sequence was captured by the Agency’s solar observatory Halo-2, which keeps a coronagraph trained on the space around',
    'the Sun, and by the wide-field camera of the Lindqvist mission, which happened to be pointing in the right direction',
    'during a calibration campaign.',
  ),
];
const eH1 = 'A nucleus under stress';
const eP1 = [
  j(
    'Comets are loose aggregates of ice and dust. As they approach the Sun, ice turns to gas and the nucleus spins faster.',
    'Mission scientist Greta Solvang says the first sign of trouble was a sudden brightening on 14 August, when the comet’s',
    'light output rose by a factor of six in under a day.',
  ),
  j(
    '“A flare like that usually means fresh ice has been exposed,” she says. “Two days later we could see the first',
    'fragment drifting away from the main body, and from then on it came apart quite quickly.”',
  ),
];
const eH2 = 'Reading the fragments';
const eP2 = [
  j(
    'By measuring how fast each piece drifted away from the others, the team can estimate the strength of the material',
    'that held the nucleus together. Their first estimate is strikingly low: about the strength of freshly fallen snow.',
  ),
  j(
    'The gallery images also show that the largest fragments kept their own small comas for several days, which suggests',
    'that each piece still contained ice. The smaller pieces faded within hours.',
  ),
  j(
    'Comet Haverly–Oduya was discovered in 2024 by two amateur astronomers in Namibia and Chile. It was on its first known',
    'trip into the inner Solar System, and it will not be back: the fragments are now on paths that carry them out of the',
    'planetary region altogether.',
  ),
];
const eH3 = 'What the Agency learns';
const eP3 = [
  j(
    'Breakups like this help planners of the Agency’s future comet interceptor, which must choose a target it has never',
    'seen before. Knowing how fragile first-time visitors can be shapes how close a spacecraft can safely fly.',
  ),
];
const eSlides = [
  ['Comet Haverly–Oduya on 12 August, still a single bright nucleus', 'EOA/Halo-2'],
  ['The sudden outburst of 14 August', 'EOA/Halo-2/LASC'],
  ['The first fragment separates, 16 August', 'EOA/Lindqvist'],
  ['Nine fragments in a loose chain, 22 August', 'EOA/Lindqvist/G. Solvang'],
];
const eNav = ['Science & Exploration', 'Space Safety', 'Applications', 'Enabling & Support', 'About Us', 'Newsroom'];
const eCrumb = ['Science & Exploration', 'Space Science', 'Comets'];
const eRelLinks = ['Halo-2 mission overview', 'Lindqvist mission overview', 'Comet Interceptor'];
const eRelArt = ['Halo-2 spots a sungrazer in its final hours', 'How to catch a comet that has never been seen', 'Lindqvist completes first year of science'];
const eFoot = ['Contact', 'Terms and conditions', 'Privacy notice', 'Cookie notice', 'Accessibility', 'Careers'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>EOA - Twelve views of a comet that fell apart</title>
<meta name="description" content="Images of Comet Haverly–Oduya breaking apart near the Sun.">
<meta property="og:title" content="${eTitle}"><meta property="og:image" content="https://www.eoa.example/var/eoa/storage/images/comet_01.jpg">
<link rel="stylesheet" href="/assets/css/main.css"><script src="/assets/js/swiper.min.js"></script>
<script>var eoa_page={"contentType":"article","section":"Science & Exploration"};</script></head>
<body class="body--article"><div id="cookie-bar" class="cookie-bar"><p>This site uses cookies to improve your experience and to measure audiences.</p>
<button class="cookie-bar__accept">Accept</button><button class="cookie-bar__refuse">Refuse</button><a href="/cookies">Cookie settings</a></div>
<header class="header"><a class="header__logo" href="/">EOA</a><nav class="menu"><ul class="menu__list">${links(eNav, 'menu__item')}</ul></nav></header>
<div class="breadcrumb"><ol class="breadcrumb__list">${links(eCrumb, 'breadcrumb__item')}</ol></div>
<main><div class="article"><div class="article__header"><h1 class="heading">${eTitle}</h1>
<div class="article__info"><span class="article__date">03/03/2026</span><span class="article__views">2184 views</span>
<span class="article__likes">31 likes</span></div>
<div class="share"><a class="share__item" href="#">Share on Facebook</a><a class="share__item" href="#">Share on X</a>
<a class="share__item" href="#">Share on LinkedIn</a></div></div>
<div class="article__block">${ps(eP)}</div>
<div class="modal modal--gallery"><div class="swiper gallery__swiper"><div class="swiper-wrapper">
${eSlides
  .map(
    ([c, cr], i) => `<div class="swiper-slide"><a class="gallery__item" href="/Images/comet_${i + 1}"><img src="/var/eoa/comet_${i + 1}.jpg" alt=""></a>
<div class="gallery__caption"><p>${c}</p><span class="gallery__credit">${cr}</span></div></div>`,
  )
  .join('\n')}
</div><div class="swiper-button-prev">Previous</div><div class="swiper-button-next">Next</div><div class="swiper-pagination">1 / 4</div></div></div>
<div class="article__block"><h2>${eH1}</h2>${ps(eP1)}<h2>${eH2}</h2>${ps(eP2)}<h2>${eH3}</h2>${ps(eP3)}</div>
<div class="article__tags"><span>Tags</span>${links(['Comets', 'Halo-2', 'Lindqvist'])}</div></div>
<aside class="article__related"><h3>Related links</h3><ul>${links(eRelLinks)}</ul><h3>Related articles</h3><ul>${links(eRelArt, 'card')}</ul></aside></main>
<footer class="footer"><ul class="footer__links">${links(eFoot)}</ul>
<p class="footer__copy">Copyright 2026 © European Orbital Agency. All rights reserved.</p></footer>
</body></html>`;
const eoa: TestPage = {
  name: 'heldout306-esa-gallery-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...eP, ...eP1, ...eP2, ...eP3]),
  bylines: ['03/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to improve your experience and to measure audiences.', 'Accept', 'Refuse', 'Cookie settings', ...eNav, 'Space Science',
    '2184 views', '31 likes', 'Share on Facebook', 'Share on X', 'Share on LinkedIn', ...eSlides.flat(), 'Previous', 'Next', '1 / 4', 'Tags',
    'Related links', ...eRelLinks, 'Related articles', ...eRelArt, ...eFoot, 'Copyright 2026 © European Orbital Agency. All rights reserved.',
  ],
};

export const HELDOUT306_A: readonly TestPage[] = [nsea, eoa];
