import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout324-kit.js';

/**
 * Held-out batch 324, file a: a Legacy.com-style obituary syndicated from a newspaper, with the guest book of condolences
 * (header, breadcrumbs, share bar, "Send Flowers" promo, guest book entries, "Obituaries near" rail, footer, consent banner),
 * and a funeral home's obituary page on a Tribute Technology / FrontRunner-style template with the service times.
 */
const lTitle = 'Margaret Ellen "Peg" Hollister';
const lBody = [
  j(
    'Margaret Ellen "Peg" Hollister, 88, of Cedar Falls Junction, passed away peacefully on Thursday, February 12, 2026, at Brookmoor',
    'Care Center, surrounded by her family. She was born on June 3, 1937, in Wexley County, the youngest of five children of Arthur',
    'and Ruth (Danner) Pell.',
  ),
  j(
    'Peg grew up on the family dairy farm north of Harlan Mills, where she learned to drive a tractor before she could ride a',
    'bicycle. She graduated from Harlan Mills High School in 1955 and from the Wexley County Normal Training program a year later,',
    'and she taught in a one-room school at Pike Corner for three years before her marriage.',
  ),
  j(
    'On August 22, 1959, she married Donald R. Hollister at St. Brendan Lutheran Church. The couple farmed together for more than',
    'forty years, and Peg kept the books, raised chickens for egg money, and never missed a meeting of the township library board,',
    'which she chaired from 1978 until 1994.',
  ),
  j(
    'She was a lifelong member of St. Brendan Lutheran Church, where she sang alto in the choir, taught Sunday school and organized',
    'the fall soup supper for more than two decades. Her rhubarb pie won the purple ribbon at the Wexley County Fair eleven times,',
    'a record her grandchildren liked to remind everyone of.',
  ),
  j(
    'Peg loved crossword puzzles, cardinals at the feeder, and long letters written by hand. She kept a notebook of every book she',
    'read from 1961 onward, with a one-line verdict on each, and the family plans to share it at the luncheon.',
  ),
  j(
    'She is survived by her children, Susan (Mark) Trobaugh of Ames Crossing, David (Lorraine) Hollister of Cedar Falls Junction and',
    'Karen Hollister of Denton Bay; eight grandchildren; eleven great-grandchildren; her sister, Dorothy Vance; and many nieces and',
    'nephews.',
  ),
  j(
    'She was preceded in death by her husband of 57 years, Donald, in 2016; her parents; three brothers, Walter, Glen and Harold Pell;',
    'and a granddaughter, Emily.',
  ),
  j(
    'A funeral service will be held at 10:30 a.m. on Wednesday, February 18, at St. Brendan Lutheran Church in Harlan Mills, with',
    'visitation one hour before the service. Burial will follow at Pike Corner Cemetery. Memorials may be directed to the Harlan Mills',
    'Township Library or to St. Brendan Lutheran Church.',
  ),
];
const lGuest = [
  [
    'Mrs. Hollister was my teacher at Sunday school and I still remember the flannel board stories. My sympathy to the whole family.',
    'Janet Korbel',
    'February 15, 2026',
  ],
  [
    'Peg and Don were the best neighbors anyone could ask for. We will miss her pies and her laugh. With love, the Dreyer family.',
    'Paul Dreyer',
    'February 14, 2026',
  ],
  ['So sorry for your loss. Thinking of you all this week.', 'Amy Sorensen', 'February 14, 2026'],
] as const;
const lNav = ['Obituaries', 'Search Obituaries', 'Place an Obituary', 'Funeral Homes', 'Send Flowers', 'Advice & Support', 'News'];
const lCrumbs = ['Home', 'Obituaries', 'Iowa', 'Wexley Courier'];
const lNear = ['Harold James Fenwick', 'Lois Marie Breckner', 'Robert "Bob" Ostrander', 'Vivian Kay Mulder'];
const lFoot = ['About Us', 'Contact Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Margaret Hollister Obituary (1937 - 2026) - Cedar Falls Junction, IA -
Wexley Courier</title>
<meta name="description" content="Margaret Ellen &quot;Peg&quot; Hollister, 88, of Cedar Falls Junction, passed away peacefully on February 12, 2026.">
<meta property="og:title" content="Margaret Hollister Obituary (1937 - 2026) - Legacy Remembers"><meta property="og:type" content="article">
<meta property="og:site_name" content="Legacy.com">
<link rel="canonical" href="https://www.legacy.example/us/obituaries/wexleycourier/name/margaret-hollister-obituary?id=58812047">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Margaret Ellen Hollister","birthDate":"1937-06-03",
"deathDate":"2026-02-12","deathPlace":{"@type":"Place","name":"Cedar Falls Junction, IA"}}</script>
<script>window.__LEGACY_STATE__={"obituaryId":58812047,"affiliate":"wexleycourier","adTargeting":{"pageType":"obituary"}};</script>
<link rel="stylesheet" href="https://www.legacy.example/static/css/obit-page.css"></head>
<body class="ObituaryPage"><div id="__next"><header class="Header__Container-sc-1x4r2 legacy-header" data-component="GlobalHeader">
<a class="Header__Logo" href="/" aria-label="Legacy home">Legacy</a><nav class="Header__Nav" aria-label="Main"><ul>${links(lNav, 'Header__NavItem')}</ul></nav>
<a class="Header__SignIn" href="/account/login">Sign In</a></header>
<nav class="Breadcrumbs__Nav" aria-label="breadcrumb"><ol>${links(lCrumbs, 'Breadcrumbs__Item')}</ol></nav>
<main class="ObituaryPage__Main"><div class="ObitHeader__Wrapper" data-component="ObituaryHeader">
<div class="ObitHeader__Photo"><img src="https://cache.legacy.example/legacy/images/cobrands/wexleycourier/photos/58812047.jpg" alt="Margaret Hollister"></div>
<h1 class="ObitHeader__Name" data-component="ObituaryName">${lTitle}</h1>
<p class="ObitHeader__Dates">June 3, 1937 - February 12, 2026</p><p class="ObitHeader__Location">Cedar Falls Junction, IA</p>
<div class="ObitHeader__Publisher">Published by <a href="/us/obituaries/wexleycourier/browse">Wexley Courier</a> from Feb. 14 to Feb. 16, 2026.</div></div>
<div class="ShareBar__Container" data-component="ShareBar"><span class="ShareBar__Label">Share this obituary</span>
<a class="ShareBar__Button" href="#" data-share="facebook">Facebook</a><a class="ShareBar__Button" href="#" data-share="email">Email</a>
<a class="ShareBar__Button" href="#" data-share="print">Print</a></div>
<div class="ObitText__Container" data-component="ObituaryText"><div class="ObitText__Body">
${ps(lBody)}
</div><p class="ObitText__FuneralHome">Arrangements by <a href="/us/funeral-homes/ia/harlan-mills/brandt-funeral-chapel/fh-4471">Brandt Funeral Chapel</a>
</p></div>
<aside class="FlowerPromo__Card" data-component="SympathyFlowersCTA"><h3 class="FlowerPromo__Title">Send flowers to the family</h3>
<p>Show your support with a sympathy arrangement delivered by a local florist.</p><a class="FlowerPromo__Button" href="/flowers">Send Flowers</a></aside>
<section class="GuestBook__Section" id="guestbook" data-component="GuestBook"><h2 class="GuestBook__Heading">Guest Book</h2>
<p class="GuestBook__Intro">Sponsored by Brandt Funeral Chapel.</p><a class="GuestBook__SignButton" href="#sign">Sign the Guest Book</a>
<ul class="GuestBook__List">
${lGuest
  .map(
    ([t, who, d]) => `<li class="GuestBookEntry__Item"><p class="GuestBookEntry__Text">${t}</p>
<div class="GuestBookEntry__Meta"><span class="GuestBookEntry__Author">${who}</span> <time class="GuestBookEntry__Date">${d}</time></div></li>`,
  )
  .join('\n')}
</ul><a class="GuestBook__More" href="#guestbook-all">Show more entries (9)</a></section>
<div class="AdSlot__Wrapper" data-ad-unit="obit_mid"><span class="AdSlot__Label">Advertisement</span><div id="gpt-obit-mid"></div></div>
<section class="NearbyObits__Rail"><h2>Obituaries near Cedar Falls Junction</h2><ul>${links(lNear, 'NearbyObits__Item')}</ul></section></main>
<footer class="Footer__Container"><ul class="Footer__Links">${links(lFoot, 'Footer__Link')}</ul>
<p class="Footer__Copyright">© 2026 Legacy.com. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">We use cookies to personalize content and ads and to
analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</div><script src="https://www.legacy.example/static/js/obit-page.js" async></script></body></html>`;
const legacy: TestPage = {
  name: 'heldout324-legacy-obituary-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts(lBody),
  bylines: ['June 3, 1937 - February 12, 2026', 'Cedar Falls Junction, IA', 'Published by Wexley Courier from Feb. 14 to Feb. 16, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Legacy', ...lNav, 'Sign In', ...lCrumbs, 'Share this obituary', 'Facebook', 'Email', 'Print',
    'Arrangements by Brandt Funeral Chapel', 'Send flowers to the family', 'Show your support with a sympathy arrangement delivered by a local florist.',
    'Guest Book', 'Sponsored by Brandt Funeral Chapel.', 'Sign the Guest Book', ...lGuest.flatMap(([t, who, d]) => [t, who, d]),
    'Show more entries (9)', 'Advertisement', 'Obituaries near Cedar Falls Junction', ...lNear, ...lFoot, '© 2026 Legacy.com. All rights reserved.',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept Cookies', 'Cookie Settings',
  ],
};

const fTitle = 'Obituary of Raymond Tobias Quill';
const fBody = [
  j(
    'Raymond Tobias Quill, 74, of Marlow Heights, died on Saturday, March 7, 2026, at St. Agatha Regional Hospital after a short',
    'illness. Ray was born on October 19, 1951, in Port Selden to Francis and Irene (Mahoney) Quill.',
  ),
  j(
    'After graduating from Port Selden Technical High School, Ray served four years in the United States Coast Guard aboard the',
    'cutter Alder Point. He then spent thirty-one years as a lineman and later a crew foreman for Selden Valley Electric, where he',
    'was known for showing up first after every ice storm and leaving last.',
  ),
  j(
    'Ray married Patricia Ann Gorski in 1976, and together they built the house on Linden Road where they raised three sons. He',
    'coached Little League for fifteen seasons, rebuilt two Ford pickups from the frame up, and could name every lighthouse between',
    'Port Selden and Cape Amory.',
  ),
  j(
    'He is survived by his wife of 49 years, Patricia; his sons, Michael (Dana) Quill, Stephen Quill and Brian (Kelsey) Quill;',
    'five grandchildren, Owen, Lily, Jack, Nora and Finn; and his brother, Thomas Quill. He was predeceased by his sister, Joan.',
  ),
  j(
    'In lieu of flowers, the family asks that donations be made to the Marlow Heights Volunteer Fire Company, which Ray served as',
    'treasurer for many years.',
  ),
  j(
    'Ray’s family wishes to thank the nurses and staff of the fourth-floor cardiac unit at St. Agatha Regional Hospital for their',
    'kindness, and the many neighbors who brought meals and shoveled the driveway during his final weeks. He would have insisted on',
    'paying them back with a tank of heating oil each, and the family intends to honor that spirit by supporting the fire company.',
  ),
];
const fServices = [
  ['Visitation', 'Thursday, March 12, 2026', '4:00 PM - 7:00 PM', 'Kessler-Dunn Chapel, 118 Harbor Street, Marlow Heights'],
  ['Funeral Mass', 'Friday, March 13, 2026', '10:00 AM', 'Our Lady of the Harbor Church, 40 Chapel Lane, Marlow Heights'],
  ['Committal', 'Friday, March 13, 2026', '11:30 AM', 'Selden Hill Cemetery, Route 9, Port Selden'],
] as const;
const fLive = 'The Funeral Mass will be livestreamed. A link will appear here 15 minutes before the service.';
const fNav = ['Home', 'Obituaries', 'Services', 'Pre-Planning', 'Grief Support', 'About Us', 'Contact'];
const fTabs = ['Obituary', 'Services', 'Tribute Wall', 'Photos'];
const fFoot = [
  'Kessler-Dunn Funeral Home & Cremation',
  '118 Harbor St., Marlow Heights, ME 04011',
  '(555) 301-4470',
  'Privacy Policy',
  'Terms of Use',
  'Accessibility',
];
const fHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Raymond Quill Obituary 2026 - Kessler-Dunn Funeral Home</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Raymond Tobias Quill Obituary">
<meta property="og:description" content="Raymond Tobias Quill, 74, of Marlow Heights, died on Saturday, March 7, 2026.">
<meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Funeral Mass for Raymond Quill",
"startDate":"2026-03-13T10:00"}</script>
<script>var tributeData={"tributeId":2981443,"siteId":"kesslerdunn","showTributeWall":true};window.dataLayer=window.dataLayer||[];</script>
<link rel="stylesheet" href="https://cdn.tributecenter.example/themes/classic-harbor/theme.css"></head>
<body class="tribute-page obituary-details"><div class="site-wrapper"><header id="header" class="site-header">
<div class="header-top"><span class="header-phone">Call us 24/7: (555) 301-4470</span></div><div class="header-main">
<a class="site-logo" href="/">Kessler-Dunn Funeral Home</a><nav id="main-nav" class="navbar"><ul class="nav navbar-nav">${links(fNav, 'menu-item')}</ul></nav>
</div></header><div id="tribute-app" class="tribute-container"><div class="tribute-header">
<div class="deceased-image"><img src="https://cdn.tributecenter.example/images/2981443/quill.jpg" alt="Raymond Tobias Quill"></div>
<div class="deceased-info"><h1 class="deceased-name">${fTitle}</h1><p class="deceased-dates"><span class="dob">October 19, 1951</span> -
<span class="dod">March 7, 2026</span></p></div>
<div class="tribute-actions"><a class="btn btn-primary send-flowers" href="/obituaries/raymond-quill/flowers">Send Flowers</a>
<a class="btn btn-secondary plant-tree" href="/obituaries/raymond-quill/trees">Plant a Tree</a>
<a class="btn btn-secondary share-obituary" href="#share">Share Obituary</a></div></div>
<ul class="tribute-tabs nav nav-tabs" role="tablist">${links(fTabs, 'tab-item')}</ul>
<div class="tab-content"><div class="tab-pane active" id="obituary"><div class="obituary-text" itemprop="description">
${ps(fBody)}
</div></div>
<div class="tab-pane" id="services"><h2 class="section-title">Service Schedule</h2><div class="service-events">
${fServices
  .map(
    ([type, day, time, place]) => `<div class="service-event"><h3 class="event-type">${type}</h3><p class="event-date">${day}</p>
<p class="event-time">${time}</p><p class="event-location">${place}</p><a class="event-directions" href="#map">Get Directions</a>
<a class="event-calendar" href="#ics">Add to Calendar</a></div>`,
  )
  .join('\n')}
</div><p class="livestream-note">${fLive}</p></div>
<div class="tab-pane" id="tribute-wall"><h2 class="section-title">Tribute Wall</h2><button class="btn share-memory">Share a memory</button>
<div class="tribute-wall-post"><p class="post-text">Ray fixed the lights on our street more times than I can count. Rest easy, friend.</p>
<p class="post-meta"><span class="post-author">Gerald Mott</span> lit a candle</p></div>
<div class="tribute-wall-post"><p class="post-text">Coach Quill taught us to run out every ground ball. Thinking of Pat and the boys.</p>
<p class="post-meta"><span class="post-author">Danny Reyes</span> posted a memory</p></div></div></div></div>
<section class="grief-signup"><h2>Daily grief support emails</h2><p>Sign up for a year of short, helpful messages delivered to your inbox.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></section>
<footer class="site-footer"><ul class="footer-info">${lis(fFoot)}</ul><p class="footer-credit">Website powered by Tribute Technology</p></footer>
<div class="cookie-consent" id="cookieConsent"><p>This website uses cookies to improve your experience.</p><button class="cookie-accept">Got it</button></div>
</div><script src="https://cdn.tributecenter.example/js/tribute-app.min.js"></script></body></html>`;
const tribute: TestPage = {
  name: 'heldout324-tribute-funeral-home-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: ['Service Schedule', ...fServices.map(([type]) => type)],
  body: [...texts(fBody), ...fServices.flatMap(([, day, time, place]) => [day, time, place]), fLive],
  bylines: ['October 19, 1951 - March 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call us 24/7: (555) 301-4470', ...fNav, 'Send Flowers', 'Plant a Tree', 'Share Obituary', ...fTabs.filter((t) => t !== 'Services'),
    'Get Directions', 'Add to Calendar', 'Tribute Wall', 'Share a memory',
    'Ray fixed the lights on our street more times than I can count. Rest easy, friend.', 'Gerald Mott', 'lit a candle',
    'Coach Quill taught us to run out every ground ball. Thinking of Pat and the boys.', 'Danny Reyes', 'posted a memory',
    'Daily grief support emails', 'Sign up for a year of short, helpful messages delivered to your inbox.', 'Subscribe', ...fFoot,
    'Website powered by Tribute Technology', 'This website uses cookies to improve your experience.', 'Got it',
  ],
};

export const HELDOUT324_A: readonly TestPage[] = [legacy, tribute];
