import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 184, file a2: a Rick Steves travel tip article (the site header with the utility bar, the main nav with
 * its hidden mega-menu texts, breadcrumb, the h1, the "By" line, the article text with h2 and h3 sections and a tip box,
 * the "adapted from" note at the end, the share bar, the "More Travel Tips" sidebar with the tour promo, the newsletter
 * band and the footer).
 */
const rsTitle = 'Riding Europe’s Regional Trains Without a Rail Pass';
const rsP1 = [
  'On a recent trip through the hill country east of the Rhine, I didn’t use a rail pass once, and I saved money. For short hops ' +
    'between small towns, point-to-point tickets on regional trains are often cheaper than a pass and far more flexible. You just ' +
    'need to know a few tricks.',
];
const rsH1 = 'Know Your Train Types';
const rsP2 = [
  'Europe’s trains come in two broad flavors. Fast long-distance trains link big cities, usually require reservations, and charge ' +
    'premium fares. Slower regional trains stop at every village station, never require reservations, and cost a fraction as much.',
  'For trips under two hours, the regional train is often only 20 or 30 minutes slower than the express. Sit by the window, pack ' +
    'a picnic, and enjoy the scenery you would otherwise blur past.',
];
const rsH2 = 'Buying Tickets';
const rsH2a = 'At the Station';
const rsP3 = [
  'Most stations have touch-screen ticket machines with an English option. Choose your destination, then look for the cheapest ' +
    'fare. Machines in smaller stations may only take coins or chip-and-PIN cards, so keep a handful of euros ready.',
];
const rsH2b = 'Online and by App';
const rsP4 = [
  'Each national railway has its own app, and most let you buy regional tickets right up to departure. Download the app before ' +
    'you leave home and set up your account while you still have reliable Wi-Fi.',
];
const rsTip =
  'Many regional tickets must be validated before you board. Look for a small stamping box on the platform, and stamp ' +
  'your ticket every time. Conductors rarely accept “I didn’t know” as an excuse.';
const rsH3 = 'Money-Saving Day Tickets';
const rsP5 = ['Regional day tickets are the best-kept secret of European rail travel. Here are a few types to look for:'];
const rsList = [
  'State or regional day passes, which cover unlimited travel on local trains and buses within one region for a single day.',
  'Group tickets, which let up to five people travel together for little more than the price of two.',
  'Weekend tickets, sold for Saturdays and Sundays only, often at half the weekday price.',
];
const rsP6 = [
  'To compare, I priced a day of hopping between three villages. Individual tickets would have cost me €38. A regional day pass ' +
    'for two of us cost €31, including the bus up to the castle.',
  'Remember, the cheapest ticket is the one you don’t need. In many small towns, the sights are clustered within a short walk of ' +
    'the station, so plan your day around the train timetable and you’ll rarely need a taxi.',
];
const rsNote = 'This article is adapted from Rick Steves’ book Europe Through the Back Door.';
const rsUtility = ['Travel Forum', 'Help', 'Cart', 'Log In'];
const rsNav = ['Tours', 'Watch, Read, Listen', 'Travel Info', 'Shop', 'Travel Talks'];
const rsMega = ['Explore Europe', 'Travel Tips', 'Rail Guide', 'Trip Planning Help', 'Europe Travel News'];
const rsCrumbs = ['Home', 'Travel Info', 'Travel Tips', 'Transportation'];
const rsShare = ['Share', 'Facebook', 'Email', 'Print'];
const rsMore = ['More Travel Tips', 'Packing Light', 'Money', 'Phones and Tech', 'Sleeping', 'Eating', 'Sightseeing', 'Health and Safety'];
const rsPromo = ['Travel with Us', 'Small groups, great guides, no grumps. See Europe with Rick Steves’ Europe Tours.', 'Explore Our Tours'];
const rsNews = [
  'Get Our Free Travel Newsletter',
  'Sign up for our monthly email with travel news, tips and the latest from Rick and our guides.',
  'Email Address',
  'Sign Up',
];
const rsFoot = ['About Us', 'Careers', 'Press Room', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement'];
const rsCopy = '© 2025 Rick Steves’ Europe, Inc. All rights reserved.';
const rsHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Riding Europe’s Regional Trains Without a Rail Pass by Rick Steves</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Point-to-point regional train tickets and day passes.">
<meta property="og:title" content="${rsTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Rick Steves’ Europe">
<link rel="canonical" href="https://www.ricksteves.com/travel-tips/transportation/regional-trains-without-a-pass">
<link rel="stylesheet" href="/assets/application-71bd20c4.css" media="all"><script src="/assets/application-2f7e01ad.js" defer></script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"travel-tip","section":"transportation"});</script></head>
<body class="travel-tips travel-tips-show"><div id="page-wrapper">
<header id="site-header" role="banner"><div class="utility-bar"><ul class="utility-nav">${links(rsUtility)}</ul></div>
<div class="main-header"><a class="logo" href="/"><img src="/assets/logo-rse.svg" alt="Rick Steves’ Europe"></a>
<nav id="main-nav" role="navigation" aria-label="Main"><ul class="nav-list">
${rsNav
  .map(
    (t, i) =>
      `<li class="nav-item has-dropdown"><a href="/nav-${i}" class="nav-link">${t}</a>${
        i === 2
          ? `<div class="mega-menu" hidden>
<ul>${links(rsMega)}</ul></div>`
          : ''
      }</li>`,
  )
  .join('\n')}
</ul></nav><form class="site-search" action="/search" role="search"><label class="visually-hidden" for="q">Search</label><input id="q" name="q" type="search">
</form></div></header>
<main id="main-content" role="main"><div class="container"><nav class="breadcrumbs" aria-label="breadcrumb"><ol>${links(rsCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="row"><div class="col-md-8 travel-tip-article"><article class="article">
<header class="article-header"><h1 class="article-title">${rsTitle}</h1><p class="article-byline">By Rick Steves</p></header>
<div class="article-body rich-text">
${ps(rsP1)}
<h2>${rsH1}</h2>
${ps(rsP2)}
<h2>${rsH2}</h2>
<h3>${rsH2a}</h3>
${ps(rsP3)}
<h3>${rsH2b}</h3>
${ps(rsP4)}
<div class="tip-box"><p><strong>Tip:</strong> ${rsTip}</p></div>
<h2>${rsH3}</h2>
${ps(rsP5)}
<ul>${rsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(rsP6)}
<p class="article-source"><em>${rsNote}</em></p>
</div>
<div class="share-bar"><span class="share-label">${rsShare[0]}</span><a class="share-facebook" href="#">${rsShare[1]}</a>
<a class="share-email" href="mailto:?subject=Riding%20Europe">${rsShare[2]}</a><a class="share-print" href="javascript:window.print()">${rsShare[3]}</a></div>
</article></div>
<aside class="col-md-4 sidebar"><section class="sidebar-nav"><h2 class="sidebar-title">${rsMore[0]}</h2><ul>${links(rsMore.slice(1))}</ul></section>
<section class="tour-promo"><h2>${rsPromo[0]}</h2><p>${rsPromo[1]}</p><a class="btn btn-primary" href="/tours">${rsPromo[2]}</a></section></aside>
</div></div></main>
<section class="newsletter-signup"><div class="container"><h2>${rsNews[0]}</h2><p>${rsNews[1]}</p>
<form action="/newsletter" method="post"><label for="nl">${rsNews[2]}</label>
<input type="email" id="nl"><button type="submit">${rsNews[3]}</button></form></div></section>
<footer id="site-footer" role="contentinfo"><div class="container"><ul class="footer-links">${links(rsFoot)}</ul>
<p class="copyright">${rsCopy}</p></div></footer></div>
<script src="https://www.googletagmanager.example/gtm.js?id=GTM-RSE1" async></script></body></html>`;
export const rickSteves: TestPage = {
  name: 'heldout184-ricksteves-travel-tip',
  kind: 'blog',
  // the tip box is part of the article (body, its "Tip:" label included); the closing "adapted from" note is furniture
  html: rsHtml,
  title: rsTitle,
  headings: [rsH1, rsH2, rsH2a, rsH2b, rsH3],
  body: [...texts(rsP1), ...texts(rsP2), ...texts(rsP3), ...texts(rsP4), `Tip: ${rsTip}`, ...texts(rsP5), ...texts(rsList), ...texts(rsP6)],
  bylines: ['By Rick Steves'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rsUtility, ...rsNav, ...rsMega.filter((t) => t !== 'Travel Tips'), 'Search', ...rsCrumbs.filter((t) => t !== 'Travel Info'), rsNote, ...rsShare,
    ...rsMore, ...rsPromo, ...rsNews, ...rsFoot, rsCopy,
  ],
};
