import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 291, file e2: a university's media statement on a TerminalFour site (T4 section comments, Civic cookie control
 * banner, utility bar, mega-menu, breadcrumbs, the "Media statement" label, date, a short statement with a signed close, the media
 * enquiries aside, "Latest news" cards and the university footer with address and charity number).
 */
const uTitle = 'Statement on the water damage at the Ravensholme Library';
const uBody = [
  `Early on Sunday 1 March, a burst pipe in the roof space of the Ravensholme Library caused significant water damage to the second
and third floors of the building. Security staff raised the alarm at 04:20, and the water supply was isolated within forty minutes.
Nobody was in the building at the time and no one was hurt.`,
  `Our first priority has been the special collections held on the third floor. Conservators from the library and from the county
record office worked through Sunday to move about 3,800 volumes and 140 boxes of archive papers to a temporary store. Around 260 items
were wet; these have been frozen, which is the standard first step in saving water-damaged paper, and will be assessed over the coming
weeks. At this stage we believe that nearly all of them can be conserved.`,
  'The library will remain closed until at least Monday 16 March. In the meantime:',
];
const uList = [
  'the Quayside Learning Centre will open 24 hours a day, with 400 extra study spaces in the Assembly Hall;',
  'loans due back before 31 March have been renewed automatically, and no fines will be charged;',
  'students can request scanned chapters from course reading lists through the library website, usually within two working days;',
  'students with coursework deadlines affected by the closure can apply for an extension through their school office.',
];
const uBody2 = [
  `We know that this comes at a difficult point in the term, with many students preparing dissertations and assessments, and we
are sorry for the disruption. We are grateful to the library staff, estates team and volunteers who worked through the weekend, and to
colleagues at the record office for their expert help.`,
  'We will publish further updates on the library website and through the student portal as repairs progress.',
];
const uSign = 'Professor Anwen Cardew, Pro-Vice-Chancellor (Education)';
const uUtil = ['Students', 'Staff', 'Alumni', 'Libraries', 'Contact us'];
const uMenu = ['Study', 'Research', 'Business', 'Global', 'About'];
const uBc = ['Home', 'News', 'Media statements'];
const uLatest = [
  'Eastmere scientists map the seabed of the Orrin Sound',
  'University confirms new medical school building',
  'Open days for 2027 entry announced',
];
const uFoot = ['Accessibility', 'Freedom of information', 'Modern slavery statement', 'Privacy and cookies', 'Jobs'];
const uHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${uTitle} | News | University of Eastmere</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A statement on water damage at the Ravensholme Library.">
<meta property="og:title" content="${uTitle}"><meta name="generator" content="TerminalFour"><meta name="DC.date.issued" content="2026-03-02">
<link rel="stylesheet" href="/media/site-assets/css/eastmere.min.css"><!-- navigation object : Cookie control -->
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<script>var config = { apiKey: 'b8d6f2', product: 'PRO_MULTISITE', text: { title: 'This site uses cookies' } }; CookieControl.load(config);</script></head>
<body class="news-article"><!-- t4 section: News article --><div id="ccc" class="ccc-banner" role="region"><div id="ccc-content">
<h2 id="ccc-title">This site uses cookies</h2>
<p id="ccc-intro">We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it.</p>
<button id="ccc-recommended-settings">Accept recommended settings</button><button id="ccc-reject-settings">Reject all</button></div></div>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="utility-bar"><ul>${links(uUtil, 'utility-bar__item')}</ul></div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/media/site-assets/img/eastmere-logo.svg" alt="University of Eastmere"></a>
<nav class="mega-menu" aria-label="Main navigation"><ul>${links(uMenu, 'mega-menu__item')}</ul></nav>
<form class="site-search" action="/search"><label for="q" class="visually-hidden">Search the site</label><input id="q" name="q" type="search"></form></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(uBc, 'breadcrumb__item')}</ol></nav>
<main id="main" class="main"><div class="container"><div class="row"><article class="col-md-8 news-item"><!-- t4 content: News item (id 118822) -->
<span class="news-item__type">Media statement</span><h1 class="news-item__title">${uTitle}</h1>
<p class="news-item__date"><time datetime="2026-03-02">2 March 2026</time></p>
<div class="news-item__body">
${ps(uBody)}
<ul>${uList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(uBody2)}
<p><strong>${uSign}</strong></p>
<p>ENDS</p></div>
<div class="share-this"><span>Share this page</span><a href="#" class="share-this__link">Share on X</a>
<a href="#" class="share-this__link">Share on Facebook</a>
<a href="#" class="share-this__link">Share on LinkedIn</a></div></article>
<aside class="col-md-4 news-sidebar"><div class="contact-box"><h2>Media enquiries</h2><p>Communications and Marketing Office</p>
<p>Email: press@eastmere.example</p><p>Telephone: 01632 960 412</p><p>Out of hours: 07700 900 318</p></div></aside></div></div>
<section class="latest-news"><div class="container"><h2>Latest news</h2><ul class="card-list">${links(uLatest, 'card')}</ul>
<a class="button" href="/news">See all news</a></div></section></main>
<footer class="site-footer"><div class="container"><p class="site-footer__address">University of Eastmere, Quayside Road, Eastmere, EM1 4QT</p>
<ul>${links(uFoot, 'site-footer__item')}</ul><p class="site-footer__legal">The University of Eastmere is a registered charity, number 1123488.</p>
<p>© University of Eastmere 2026</p></div></footer>
<script src="/media/site-assets/js/eastmere.min.js"></script></body></html>`;
export const uniT4: TestPage = {
  name: 'heldout291-terminalfour-university-media-statement',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([...uBody, ...uList, ...uBody2]),
  bylines: ['2 March 2026', uSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies', 'We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it.',
    'Accept recommended settings', 'Reject all', 'Skip to main content', ...uUtil, ...uMenu, 'Search the site', ...uBc, 'Media statement', 'ENDS',
    'Share this page', 'Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Media enquiries', 'Communications and Marketing Office',
    'Email: press@eastmere.example', 'Telephone: 01632 960 412', 'Out of hours: 07700 900 318', 'Latest news', ...uLatest, 'See all news',
    'University of Eastmere, Quayside Road, Eastmere, EM1 4QT', ...uFoot, 'The University of Eastmere is a registered charity, number 1123488.',
    '© University of Eastmere 2026',
  ],
};
