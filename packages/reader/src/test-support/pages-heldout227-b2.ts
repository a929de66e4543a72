import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 227, file b2: a golf tour's event preview on the tour's Next.js site (the tournament bar with the
 * event's dates and "Tee Times" / "Leaderboard" links, the main nav with "Sign In", the eyebrow label, "Written by" and
 * date, the hero image with caption, section h2s with lists of featured groups and TV times, a "Power Rankings" promo card
 * inside the article, the "Tournament Info" sidebar with the purse and defending champion, the "Latest News" rail, the
 * OneTrust banner and the footer with the app badges).
 */
const gfTitle = 'Five things to know: Corrib Bay Classic';
const gfDek = 'Ó Faoláin defends on home links as the Atlantic Tour returns to the west coast for the first of three summer events';
const gfP = [
  'The Atlantic Tour heads to the west of Ireland this week for the Corrib Bay Classic, the first of three events in a row on ' +
    'links courses before the season-ending Tour Championship. A field of 144 will play Ballinrowan Links, a par-71 that measures ' +
    '7,184 yards when the back tees are in use, for a purse of €3.5 million.',
];
const gfH1 = '1. A home defence for Ó Faoláin';
const gfP2 = [
  'Ciarán Ó Faoláin won here last year by two strokes, holing a 30-foot putt for eagle on the 16th on Sunday afternoon. He grew ' +
    'up forty minutes up the coast and has played Ballinrowan more times than he can count. He arrives in form, too, with three ' +
    'top-10 finishes in his last four starts.',
];
const gfH2 = '2. The wind is the defence';
const gfP3 = [
  'Ballinrowan has no trees and very little rough, but the forecast for Thursday and Friday is for winds of 25 to 35 km/h from ' +
    'the south-west. That turns the closing stretch, which runs straight into the prevailing breeze, into one of the toughest ' +
    'finishes on the schedule. The 17th, a 232-yard par 3, played as the hardest hole on tour in 2024.',
];
const gfH3 = '3. Standings on the line';
const gfP4 = [
  'Only the top 60 in the season-long Race to Galway standings qualify for the Tour Championship. Players in the 50s and 60s ' +
    'this week include the former winner Magnus Ekdahl and the rookie Tomás Reyes, both of whom need a strong finish to avoid ' +
    'sweating through the final two events.',
];
const gfH4 = '4. Featured groups';
const gfGroups = [
  'Ciarán Ó Faoláin, Dylan Marchetti, Kenji Arase (8:10am, 1st tee; 1:25pm Friday)',
  'Magnus Ekdahl, Sebastián Ortúzar, Harry Pengelly (8:21am, 10th tee; 1:36pm Friday)',
  'Tomás Reyes, Aidan Fairclough, Lucas Brandt (1:03pm, 1st tee; 7:48am Friday)',
];
const gfH5 = '5. How to watch';
const gfTv = [
  'Thursday and Friday: 11am to 6pm on Atlantic Tour Live',
  'Saturday: noon to 6pm on Atlantic Tour Live and Channel 4 Sport',
  'Sunday: noon to 6:30pm on Channel 4 Sport',
  'Radio: every shot on Tour Radio from 8am each day',
];
const gfP5 = [
  'Tee times for the first two rounds were released on Tuesday evening. Weather warnings may bring the first groups out earlier ' +
    'on Thursday, and the tour said any change would be confirmed by 6pm on Wednesday.',
];
const gfNav = ['Leaderboard', 'Watch & Listen', 'Schedule', 'News', 'Stats', 'Players', 'Race to Galway', 'Tickets'];
const gfBar = ['Corrib Bay Classic', 'Ballinrowan Links', 'Jul 10 - 13, 2025', 'Tee Times', 'Field', 'Leaderboard'];
const gfPower = ['Power Rankings: Corrib Bay Classic', 'Our experts rank the 15 players most likely to lift the trophy on Sunday.', 'Read now'];
const gfInfo = ['Tournament Info', 'Purse', '€3,500,000', 'Defending champion', 'Ciarán Ó Faoláin', 'Par 71 · 7,184 yds'];
const gfLatest = [
  'Reyes leans on college links experience ahead of Irish debut',
  'Expert picks: Corrib Bay Classic',
  'Ekdahl on the bubble and playing for his card',
  'Why the 17th at Ballinrowan is the hardest par 3 on tour',
];
const gfFoot = ['About Us', 'Careers', 'Contact Us', 'Media', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences', 'Accessibility'];
const gfCookie = 'We use cookies and similar technologies to personalize content and ads, provide social media features and analyze our ' + 'traffic.';
const gfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${gfTitle} - Atlantic Tour</title>
<meta name="description" content="${gfDek}"><meta property="og:title" content="${gfTitle}"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.atlantictour.example/news/five-things-corrib-bay-classic">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gfTitle}","datePublished":"2025-07-08T14:00:00Z",
"author":{"@type":"Person","name":"Niamh Corcoran"},"publisher":{"@type":"Organization","name":"Atlantic Tour"}}</script>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-K2P7"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="a61b" async></script></head>
<body><div id="__next"><div class="css-1m2bx3 chakra-stack">
<div class="tournament-bar css-9kv1d" data-testid="tournament-bar"><span class="css-tb-name">${gfBar[0]}</span><span class="css-tb-course">${gfBar[1]}</span>
<span class="css-tb-dates">${gfBar[2]}</span><nav aria-label="Tournament"><a href="/tee-times">${gfBar[3]}</a><a href="/field">${gfBar[4]}</a>
<a href="/leaderboard">${gfBar[5]}</a></nav></div>
<header class="css-hdr chakra-container"><a href="/" aria-label="Atlantic Tour home"><svg class="css-logo"></svg></a>
<nav aria-label="Main Navigation"><ul class="css-nav-list">${links(gfNav, 'css-nav-item')}</ul></nav>
<button class="chakra-button css-signin">Sign In</button></header>
<main class="css-main chakra-container"><div class="chakra-stack css-cols"><article class="css-article" data-testid="article">
<span class="chakra-text css-eyebrow">Preview</span><h1 class="chakra-heading css-h1">${gfTitle}</h1><p class="chakra-text css-dek">${gfDek}</p>
<div class="css-byline"><span class="chakra-text">Written by Niamh Corcoran</span><span class="chakra-text css-date">July 08, 2025</span></div>
<figure class="css-hero"><img alt="Ciarán Ó Faoláin with the trophy" src="https://res.cloudinary.example/atlantictour/image/upload/ofaolain.jpg">
<figcaption class="chakra-text css-caption">Ciarán Ó Faoláin won the 2024 Corrib Bay Classic by two strokes.
(Seamus Burke/Atlantic Tour)</figcaption></figure>
<div class="css-article-body" data-testid="article-body">
${ps(gfP, ' class="chakra-text css-p"')}
<h2 class="chakra-heading css-h2">${gfH1}</h2>
${ps(gfP2, ' class="chakra-text css-p"')}
<h2 class="chakra-heading css-h2">${gfH2}</h2>
${ps(gfP3, ' class="chakra-text css-p"')}
<a class="css-promo-card" href="/news/power-rankings-corrib-bay"><span class="css-promo-eyebrow">Power Rankings</span><h3
class="css-promo-title">${gfPower[0]}</h3>
<p class="css-promo-text">${gfPower[1]}</p><span class="css-promo-cta">${gfPower[2]}</span></a>
<h2 class="chakra-heading css-h2">${gfH3}</h2>
${ps(gfP4, ' class="chakra-text css-p"')}
<h2 class="chakra-heading css-h2">${gfH4}</h2>
<ul class="css-list">${gfGroups.map((t) => `<li class="css-li">${t}</li>`).join('\n')}</ul>
<h2 class="chakra-heading css-h2">${gfH5}</h2>
<ul class="css-list">${gfTv.map((t) => `<li class="css-li">${t}</li>`).join('\n')}</ul>
${ps(gfP5, ' class="chakra-text css-p"')}
</div>
<div class="css-share" role="group" aria-label="Share"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Copy Link">Copy Link</button></div></article>
<aside class="css-aside"><section class="css-info"><h2 class="chakra-heading">${gfInfo[0]}</h2><dl><dt>${gfInfo[1]}</dt><dd>${gfInfo[2]}</dd>
<dt>${gfInfo[3]}</dt><dd>${gfInfo[4]}</dd></dl><p>${gfInfo[5]}</p></section>
<div class="css-ad" data-ad-slot="rail-1"><span class="css-ad-label">Advertisement</span></div>
<section class="css-latest"><h2 class="chakra-heading">Latest News</h2><ul>${links(gfLatest, 'css-latest-item')}</ul></section></aside></div></main>
<footer class="css-footer"><ul>${links(gfFoot)}</ul><div class="css-apps"><a href="#">Download on the App Store</a><a href="#">Get it on Google Play</a></div>
<p class="chakra-text">© 2025 Atlantic Tour. All rights reserved.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${gfCookie}</p>
<button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"five-things-corrib-bay-classic","tournamentId":"A2025071"}},
"page":"/news/[slug]","buildId":"h7Tq2"}</script></body></html>`;
export const golfPreview: TestPage = {
  html: gfHtml,
  name: 'heldout227-golf-tour-event-preview',
  kind: 'news',
  // the dek is body; the featured groups and TV times are list items (body); the "Power Rankings" promo card inside the
  // article, the tournament bar and the "Tournament Info" sidebar are furniture (the bar's event name, the title's words, left out)
  title: gfTitle,
  headings: [gfH1, gfH2, gfH3, gfH4, gfH5],
  body: [gfDek, ...texts(gfP), ...texts(gfP2), ...texts(gfP3), ...texts(gfP4), ...gfGroups, ...gfTv, ...texts(gfP5)],
  bylines: ['Written by Niamh Corcoran', 'July 08, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gfBar.slice(1), ...gfNav, 'Sign In', 'Preview', 'Ciarán Ó Faoláin won the 2024 Corrib Bay Classic by two strokes. (Seamus Burke/Atlantic Tour)',
    'Power Rankings', ...gfPower, 'Facebook', 'X', 'Copy Link', ...gfInfo, 'Advertisement', 'Latest News', ...gfLatest, ...gfFoot,
    'Download on the App Store', 'Get it on Google Play', '© 2025 Atlantic Tour. All rights reserved.', gfCookie, 'Manage Preferences', 'Reject All',
    'Accept All',
  ],
};
