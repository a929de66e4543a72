import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: an ESA news article on esa.int (Applications › Observing the Earth), as "Save page as" stores it. */
const title = 'Sentinel-7 tracks the sinking coast of the Varnholm delta';
const p1 = [
  'Six months of radar images from the Sentinel-7 mission have given scientists the most detailed picture yet of how fast the ' +
    'Varnholm delta is subsiding, and where. Some neighbourhoods of the port city of Askeby are dropping by more than two ' +
    'centimetres a year, far faster than the sea is rising along that coast.',
  'The results, presented this week at the Living Planet workshop in Tallinge, combine more than 900 radar acquisitions taken ' +
    'since the satellite’s commissioning ended last September.',
];
const h1 = 'A map measured in millimetres';
const p2 = [
  'Sentinel-7 carries a C-band synthetic aperture radar that images the same strip of ground every six days. By comparing the ' +
    'phase of the returning signal from one pass to the next, a technique called interferometry, scientists can detect ' +
    'vertical movements of a few millimetres.',
  '“The delta is built on soft, young sediment that compacts under its own weight and under the weight of everything we build ' +
    'on it,” explains Ingrid Solvang of the Norrvik Geodetic Institute, who led the analysis. “What we had not seen before is ' +
    'how uneven it is. Two streets apart, you can have one block that is stable and another that is sinking quickly.”',
  'The team found that the fastest subsidence follows old river channels that were filled in during the nineteenth century, ' +
    'and the areas around groundwater wells used by industry on the southern bank.',
];
const h2 = 'From research to the planning office';
const p3 = [
  'The municipality of Askeby has already asked for the maps to be delivered every quarter. Its engineers plan to use them ' +
    'to decide where to reinforce flood walls first and where new foundations need deeper piles.',
  'The data are also feeding into the European Ground Motion Service, which publishes free, open maps of land movement across ' +
    'the continent. With Sentinel-7 added to the constellation, the service will be updated every year instead of every ' +
    'three years.',
  '“This is exactly what the mission was designed for,” says Tomas Ekdahl, ESA’s Sentinel-7 Mission Manager. “It is not ' +
    'just a scientific result. It tells a city where the water will come in first.”',
];
const h3 = 'What comes next';
const p4 = [
  'The second satellite in the pair, Sentinel-7B, is scheduled for launch early next year. Flying in the same orbit but half ' +
    'a cycle apart, the two satellites will revisit each point every three days, making it possible to follow seasonal ' +
    'changes caused by pumping and by wet and dry periods.',
  'Sentinel-7 is part of the Copernicus programme, led by the European Commission and implemented by ESA for the space ' + 'component.',
];
const cap1 = 'Ground motion in the Varnholm delta measured by Sentinel-7, September 2025 to March 2026';
const cap2 = 'Sentinel-7 in orbit (artist’s impression)';
const nav = [
  'Enabling & Support',
  'Space Science',
  'Space Engineering & Technology',
  'Human and Robotic Exploration',
  'Applications',
  'Space Transportation',
  'Space Safety',
  'About Us',
];
const related = ['Sentinel-7 delivers first images', 'Ground motion service goes continental', 'Living Planet workshop opens in Tallinge'];
const relLinks = ['Copernicus', 'European Ground Motion Service', 'Norrvik Geodetic Institute'];
const foot = ['Contact us', 'Terms and conditions', 'Privacy notice', 'Accessibility', 'Site map', 'Careers', 'Newsroom', 'ESA Multimedia'];
const cookie = 'ESA uses cookies to track visits to our website only. We do not store any personal data about the visitor.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ESA - ${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Six months of Sentinel-7 radar images show the
Varnholm delta sinking.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="European Space Agency">
<meta property="og:image" content="https://www.esa.int/var/esa/storage/images/esa_multimedia/images/2026/03/varnholm/Varnholm.jpg">
<meta name="twitter:site" content="@esa"><link rel="canonical"
href="https://www.esa.int/Applications/Observing_the_Earth/Copernicus/Sentinel-7_tracks_the_sinking_coast">
<link rel="stylesheet" href="/extension/esa/design/esa/stylesheets/esa.min.css?v=3.4.11">
<script src="/extension/esa/design/esa/javascript/jquery.min.js"></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);</script></head>
<body class="body--article">
<div class="cookie-bar" id="cookie-bar" role="dialog" aria-live="polite"><p class="cookie-bar__text">${cookie}</p>
<a class="cookie-bar__more" href="/Services/Cookies">More info</a><button class="cookie-bar__btn cookie-bar__btn--accept">I understand</button></div>
<header class="header"><div class="header__top"><a class="header__logo" href="/"><img src="/extension/esa/design/esa/images/ESA_Logo.svg" alt="ESA"></a>
<nav class="header__quick"><ul><li><a href="/Newsroom">Newsroom</a></li><li><a href="/ESA_Multimedia">ESA Multimedia</a></li>
<li><a href="/About_Us/Careers_at_ESA">Careers</a></li></ul></nav>
<form class="header__search" action="/Search" role="search"><input type="search" name="SearchText" placeholder="Search"><button>Search</button></form>
<button class="header__menu-btn" aria-controls="menu">Menu</button></div>
<nav class="menu" id="menu" aria-label="Main"><ul class="menu__list">${links(nav, 'menu__item')}</ul></nav></header>
<main class="main"><div class="article">
<div class="article__breadcrumbs"><a href="/Applications">Applications</a> <span>›</span> <a href="/Applications/Observing_the_Earth">Observing the Earth</a>
<span>›</span> <a href="/Applications/Observing_the_Earth/Copernicus">Copernicus</a></div>
<div class="article__header"><h1 class="heading heading--main">${title}</h1>
<div class="article__meta"><span class="meta meta--date">12/03/2026</span> <span class="meta meta--views">1842 views</span>
<span class="meta meta--likes"><button class="like-btn" data-node="5301122">37 likes</button></span></div>
<div class="like-msg" hidden><p>Thank you for liking</p><p>You have already liked this page, you can only like it once!</p></div></div>
<div class="article__image"><figure><img src="/var/esa/storage/images/Varnholm_ground_motion_article.jpg" alt="${cap1}">
<figcaption><span class="caption__text">${cap1}</span> <a class="caption__access"
href="/ESA_Multimedia/Images/2026/03/Varnholm_ground_motion">Access the image</a>
</figcaption></figure></div>
<div class="article__block">${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
</div>
<div class="article__item article__item--image"><figure><img src="/var/esa/storage/images/Sentinel-7_in_orbit.jpg" alt="${cap2}">
<figcaption><span class="caption__text">${cap2}</span> <a class="caption__access" href="/ESA_Multimedia/Images/2024/05/Sentinel-7">Access the image</a>
</figcaption></figure></div>
<div class="article__block"><h2>${h2}</h2>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
</div>
<div class="article__share"><span class="share__label">Share</span><ul class="share__list">
<li><a class="share__link share__link--facebook" href="#">Facebook</a></li><li><a class="share__link share__link--x" href="#">X</a></li>
<li><a class="share__link share__link--linkedin" href="#">LinkedIn</a></li><li><a class="share__link share__link--mail" href="#">Email</a></li></ul></div>
<div class="article__related"><h3 class="heading">Related links</h3><ul>${links(relLinks)}</ul></div>
<div class="article__tags"><span>Tags</span> <a href="/tag/Sentinel-7">Sentinel-7</a> <a href="/tag/Ground motion">Ground motion</a></div>
</div>
<section class="grid grid--related"><h2 class="grid__title">Related articles</h2><div class="grid__list">
${related
  .map(
    (t, i) => `<div class="grid-item story"><a href="/Applications/Observing_the_Earth/Copernicus/${i}"><img src="/t/${i}.jpg" alt="">
<span class="grid-item__category">Applications</span><h3 class="grid-item__title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></section></main>
<footer class="footer"><div class="footer__social"><span>Follow us</span><a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">YouTube</a></div>
<ul class="footer__links">${links(foot.slice(0, 5))}</ul><p class="footer__copy">Copyright 2000 - 2026 © European Space Agency. All rights reserved.</p>
</footer>
<script src="/extension/esa/design/esa/javascript/esa.min.js?v=3.4.11"></script></body></html>`;
export const esaNews: TestPage = {
  name: 'heldout212-esa-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...p4]),
  bylines: ['12/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    cookie, 'More info', 'I understand', 'Newsroom', 'ESA Multimedia', 'Careers', 'Search', 'Menu', ...nav, 'Applications', 'Observing the Earth', 'Copernicus',
    '1842 views', '37 likes', 'Thank you for liking', 'You have already liked this page, you can only like it once!', cap1, 'Access the image', cap2,
    'Share', 'Facebook', 'LinkedIn', 'Email', 'Related links', 'European Ground Motion Service', 'Norrvik Geodetic Institute', 'Tags',
    'Sentinel-7', 'Ground motion', 'Related articles', ...related, 'Follow us', 'Instagram', 'YouTube', ...foot.slice(0, 5),
    'Copyright 2000 - 2026 © European Space Agency. All rights reserved.',
  ],
};
