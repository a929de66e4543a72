import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out 237 C: a community radio station's news story (WordPress, news) and a regional TV station's web story (news). */

const E1 = [
  `The Marrow Valley school district will close its two smallest elementary schools at the end of this school
  year, the board decided Thursday in a 5-2 vote.`,
  `Fernhill and Oak Run elementary schools together enroll 118 students. Superintendent Corinne Abara said the
  district faces a $1.3 million shortfall and that the buildings need roof and boiler work it cannot fund.`,
  `Parents packed the middle school cafeteria for more than three hours of public comment. Many said their
  children would face bus rides of 45 minutes or more to reach Marrow Valley Elementary in town.`,
  `Board member Tomas Whitcombe, who voted no, said the district should have asked voters for a building levy
  before closing schools. "We never gave the community that choice," he said.`,
  `The district says students will be assigned to the town school and that it will add a second bus route along
  Route 9. A transition committee of parents and teachers will meet for the first time in January.`,
  `KMVR will broadcast the next board meeting live on 91.3 FM on Jan. 8.`,
  `Abara said the closures would save about $780,000 a year in staffing, utilities and maintenance. The rest of the gap would be covered by
 leaving two central office positions unfilled.`,
  `The board did not decide what will happen to the buildings. Several residents asked that Fernhill be offered to the township for use as
 a community center, and board chair Lorna Beck said that idea would be discussed in the spring.`,
];
const NAV5 = ['Listen Live', 'Schedule', 'Programs', 'News', 'Community Calendar', 'Volunteer', 'Underwriting'];
const html5 = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>School board votes to close Fernhill and Oak Run | KMVR 91.3 FM</title>
<meta property="og:site_name" content="KMVR Community Radio"><link rel="stylesheet" href="/wp-content/themes/kmvr/style.css">
<script src="/wp-content/plugins/radio-player/js/player.min.js"></script></head>
<body class="post-template-default single single-post">
<div class="top-player" id="live-player"><button aria-label="Play">▶</button><span class="now-playing">On air now: Morning Edition</span></div>
<header class="site-header"><a class="logo" href="/">KMVR 91.3 FM</a><span class="tagline">Listener-supported radio for the Marrow Valley</span>
<nav class="main-navigation"><ul class="menu">${links(NAV5, 'menu-item')}</ul></nav><a class="donate-button" href="/donate">Donate</a></header>
<main id="main"><article class="post type-post"><header class="entry-header">
<div class="entry-categories"><a href="/category/local-news/">Local News</a></div>
<h1 class="entry-title">School board votes to close Fernhill and Oak Run</h1>
<div class="entry-meta"><span class="byline">By <a class="author">Hollis Vantreese</a></span> | <span class="posted-on">December 4, 2026</span></div>
</header>
<div class="entry-content">
<figure class="wp-block-audio"><audio controls src="/wp-content/uploads/2026/12/schools.mp3"></audio>
<figcaption>Listen to the story as it aired on KMVR News.</figcaption></figure>
${ps(E1)}
<p class="has-background"><em>KMVR News is supported by listeners like you. <a href="/donate">Become a member today.</a></em></p>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>${links(['Facebook', 'Email', 'Print'])}</ul></div>
<nav class="post-navigation"><div class="nav-previous"><span>Previous</span><a>County fair budget comes in under estimate</a></div>
<div class="nav-next"><span>Next</span><a>Winter storm watch for the upper valley</a></div></nav>
</article>
<aside class="sidebar"><section class="widget"><h2>Underwriting</h2><p>Thanks to Valley Hardware &amp; Feed for supporting
 KMVR.</p></section></aside></main>
<footer class="site-footer"><ul>${links(['About KMVR', 'Board of Directors', 'Public File', 'EEO Report'])}</ul>
<p>KMVR is a 501(c)(3) nonprofit community radio station.</p></footer>
</body></html>`;

const F1 = [
  `A stretch of Highway 14 west of Dunmore will stay closed at least until Saturday after a rockslide buried
  both lanes early Wednesday, state transportation officials said.`,
  `No one was hurt. A truck driver reported the slide around 4:30 a.m. near mile marker 112.`,
  `Department of Transportation spokesperson Alma Quist said geologists need to check the slope for loose rock
  before crews can safely clear the road. "We are not going to put workers under a hillside that is still moving," she said.`,
  `Drivers heading to Pine Bluff are being routed onto County Road 6, which adds about 25 minutes. Trucks over
  40 feet are asked to use Interstate 90 instead.`,
  `Slides are common on that section of highway in late fall, when freeze-thaw cycles loosen rock. The state
  installed catch fencing along part of the canyon in 2023 but the section that failed was not covered.`,
  `Updates will be posted on the state's 511 traveler information site.`,
  `Quist said crews had moved two excavators and a rock drill to the site by Wednesday afternoon. If the slope is stable, workers will
 remove an estimated 1,500 cubic yards of rock and then inspect the pavement and guardrail for damage.`,
  `Residents of the small community of Tarn Creek, which sits between the slide and Dunmore, can still reach town from the east. The
 Dunmore County school district said buses would use the detour and could run up to half an hour late.`,
];
const NAV6 = ['News', 'Weather', 'Sports', 'Watch Live', 'Community', 'Contests', 'Contact Us'];
const html6 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rockslide closes Highway 14 west of Dunmore | KDNR News 6</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Rockslide closes Highway 14 west of Dunmore","author":[{"@type":"Person","name":"Selena Abernathy"}]}</script>
<script src="https://www.kdnr6.com/pf/dist/engine/react.js"></script></head>
<body><div id="fusion-app"><div class="alert-banner" role="alert"><span>WEATHER ALERT</span> <a>Winter Storm Warning for Dunmore County
 until 6 PM</a></div>
<header class="site-header"><a class="logo">KDNR News 6</a><nav aria-label="Sections"><ul>${links(NAV6)}</ul></nav>
<div class="weather-widget"><span>Dunmore</span> <span>28°</span></div></header>
<div class="ad-block"><span>ADVERTISEMENT</span></div>
<main><article class="article"><div class="article-section"><a>Traffic</a></div>
<h1 class="headline">Rockslide closes Highway 14 west of Dunmore</h1>
<div class="byline"><span class="author-name">Selena Abernathy</span><span class="dates">Published: Dec. 2, 2026 at 7:15 AM MST</span>
<span class="dates">Updated: Dec. 2, 2026 at 5:40 PM MST</span></div>
<div class="share-bar"><button>Share on Facebook</button><button>Share on X</button><button>Email This Link</button></div>
<figure class="lead-art"><div class="video-player"><span class="video-title">Crews assess the slope above Highway 14</span></div>
<figcaption>Crews assess the slope above Highway 14 (KDNR)</figcaption></figure>
<div class="article-body">${ps(F1.slice(0, 3))}
<div class="inline-ad"><span>ADVERTISEMENT</span></div>
<div class="related-inline"><strong>Related:</strong> <a>Dunmore County plows ready for first big storm</a></div>
${ps(F1.slice(3))}
<p class="copyright">Copyright 2026 KDNR. All rights reserved.</p></div>
</article>
<section class="more-stories"><h2>Most Read</h2><ol>${links(['Pine Bluff man wins state lottery', 'Holiday parade route announced'])}</ol></section>
<section class="newsletter"><h2>Get the news first</h2><p>Download the KDNR News 6 app for breaking news alerts.</p></section></main>
<footer><ul>${links(['Advertise With Us', 'FCC Public File', 'Closed Captioning', 'Privacy Policy'])}</ul>
<p>A Graybridge Media Station</p></footer></div></body></html>`;

export const HELDOUT237_C: readonly TestPage[] = [
  {
    name: 'heldout237-community-radio-news',
    kind: 'news',
    html: html5,
    title: 'School board votes to close Fernhill and Oak Run',
    headings: [],
    body: texts(E1),
    bylines: ['Hollis Vantreese', 'December 4, 2026'],
    furniture: [
      ...NAV5,
      'On air now: Morning Edition',
      'Listener-supported radio for the Marrow Valley',
      'Donate',
      'Local News',
      'Listen to the story as it aired on KMVR News.',
      'KMVR News is supported by listeners like you. Become a member today.',
      'Share this:',
      'Facebook',
      'Email',
      'Print',
      'Previous',
      'County fair budget comes in under estimate',
      'Next',
      'Winter storm watch for the upper valley',
      'Underwriting',
      'Thanks to Valley Hardware & Feed for supporting KMVR.',
      'About KMVR',
      'Board of Directors',
      'Public File',
      'EEO Report',
      'KMVR is a 501(c)(3) nonprofit community radio station.',
    ],
  },
  {
    name: 'heldout237-regional-tv-station-news',
    kind: 'news',
    html: html6,
    title: 'Rockslide closes Highway 14 west of Dunmore',
    headings: [],
    body: texts(F1),
    bylines: ['Selena Abernathy', 'Published: Dec. 2, 2026 at 7:15 AM MST', 'Updated: Dec. 2, 2026 at 5:40 PM MST'],
    furniture: [
      ...NAV6,
      'WEATHER ALERT',
      'Winter Storm Warning for Dunmore County until 6 PM',
      'ADVERTISEMENT',
      'Traffic',
      'Share on Facebook',
      'Share on X',
      'Email This Link',
      'Crews assess the slope above Highway 14 (KDNR)',
      'Related: Dunmore County plows ready for first big storm',
      'Copyright 2026 KDNR. All rights reserved.',
      'Most Read',
      'Pine Bluff man wins state lottery',
      'Holiday parade route announced',
      'Get the news first',
      'Download the KDNR News 6 app for breaking news alerts.',
      'Advertise With Us',
      'FCC Public File',
      'Closed Captioning',
      'Privacy Policy',
      'A Graybridge Media Station',
    ],
  },
];
