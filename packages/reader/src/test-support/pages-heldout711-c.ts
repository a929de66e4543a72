import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout711-kit.js';

/**
 * Held-out batch 711, file c: a post on a transport publication running Ghost with the Casper theme (primary tag, excerpt,
 * author byline with reading time, feature image caption, image, callout, bookmark, toggle and button cards, a table in an
 * HTML card, the footer call-to-action and "read more" post cards), and a first-solo post on a WordPress.com blog with the
 * Twenty Sixteen theme (entry footer with author, date, category and tags after the post, WordAds unit, Jetpack sharing, likes
 * and related posts, comments, post navigation, sidebar widgets, cookie widget and the WordPress.com action bar).
 */
const gTitle = 'What a year of electric buses taught Corriston';
const gExcerpt = j(
  'The city swapped a third of its diesel fleet for battery buses in one go. The buses were fine. Almost everything around them',
  'was harder than expected.',
);
const gIntro = [
  j(
    'Twelve months ago, Corriston Transit put 64 battery-electric buses into service over a single weekend, replacing every diesel',
    'bus on its five busiest routes. It was, at the time, the biggest one-off switch of any city fleet in the region, and the',
    'transit authority was not shy about saying so.',
  ),
  j(
    'A year on, the authority has published its first full review, and it makes for more interesting reading than the press',
    'releases did. I spent a week going through it, and talking to drivers, depot staff and one very patient engineer.',
  ),
];
const gSecs: [string, string[]][] = [
  [
    'The buses were the easy part',
    [
      j(
        'Reliability was better than the diesel fleet it replaced. The new buses averaged 11,200 km between breakdowns, against',
        '7,900 for the old ones, and most of the faults were with doors and ticket machines rather than anything electric.',
      ),
      j(
        'Drivers, after some early grumbling, mostly like them. “It is quieter, there is no vibration through the floor, and you',
        'are not breathing fumes at the terminus,” one told me. The complaints were about the heating, which struggled on the coldest',
        'mornings in January.',
      ),
    ],
  ],
  [
    'Charging was the hard part',
    [
      j(
        'The review is frank about the depot. Ashfield garage was designed to charge 64 buses overnight, but it was built with a',
        'grid connection sized for the buses’ average needs, not for the coldest week of the year. In January, with heaters on full,',
        'the buses needed about 20 per cent more energy than planned, and the depot could not deliver it before the morning run-out.',
      ),
      'The numbers for the five routes tell the story:',
    ],
  ],
  [
    'What they changed',
    [
      'The fixes were mostly unglamorous:',
      j(
        'None of this is exciting, and none of it was in the original plan. But it is the kind of thing the next city to try this',
        'will need to know, which is why it is good that Corriston published it.',
      ),
    ],
  ],
];
const gCallout = j(
  'Corriston Transit is publicly owned and runs 190 buses. The remaining diesel buses are due to be replaced in two more batches,',
  'in 2028 and 2030.',
);
const gTable = [
  ['Route', 'Buses', 'Daily km per bus', 'Winter shortfalls'],
  ['1 Harbour – Ashfield', '16', '212', '9 days'],
  ['4 Station – University', '14', '188', '2 days'],
  ['7 Old Town circular', '10', '146', 'None'],
  ['12 Westmoor – Hospital', '12', '231', '14 days'],
  ['15 Airport express', '12', '244', '17 days'],
];
const gFixes = [
  'A second, smaller depot at Westmoor now charges the buses on routes 12 and 15 at midday.',
  'Diesel-fired heaters were fitted to 24 buses, which the review admits is “not ideal”.',
  'Timetables on the two longest routes were cut by one trip a day each in winter.',
];
const gToggleQ = 'Why not just buy bigger batteries?';
const gToggleA = j(
  'Bigger batteries mean heavier buses, and the heaviest buses were already close to the axle limit with a full load. The review',
  'says the next batch will have slightly larger packs and lighter seats.',
);
const gNav = ['Home', 'About', 'Archive', 'Buses', 'Trams'];
const gCards: [string, string, string, string, string][] = [
  [
    'Trams',
    'The tram line that nobody rides on Sundays',
    'Why Kelby’s new tram line is busy on weekdays and nearly empty at weekends.',
    'Feb 17, 2027',
    '5 min read',
  ],
  ['Buses', 'Bus lanes, one year on', 'Four cities, four sets of bus lanes, and what the data says about journey times.', 'Jan 28, 2027', '8 min read'],
  ['Policy', 'Who pays for the depot?', 'The hidden cost of electrifying a bus fleet is not the buses.', 'Jan 9, 2027', '6 min read'],
];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head>
    <title>What a year of electric buses taught Corriston</title>
    <meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="preload" as="style" href="https://thekerbside.pub/assets/built/screen.css?v=4b1d2e7a9c" />
    <link rel="stylesheet" type="text/css" href="https://thekerbside.pub/assets/built/screen.css?v=4b1d2e7a9c" />
    <meta name="description" content="${gExcerpt}">
    <link rel="canonical" href="https://thekerbside.pub/electric-buses-corriston-year-one/">
    <meta property="og:site_name" content="The Kerbside"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
    <meta property="article:published_time" content="2027-03-03T08:30:00.000Z"><meta property="article:tag" content="Buses">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Kerbside"},
"author":{"@type":"Person","name":"Mara Lindqvist"},"headline":"${gTitle}","datePublished":"2027-03-03T08:30:00.000Z","keywords":"Buses, Electric"}</script>
    <meta name="generator" content="Ghost 5.101">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://thekerbside.pub/"
data-key="7c2f0b3e91d4a6c8e5f1b2a3d4" data-api="https://thekerbside.pub/ghost/api/content/" crossorigin="anonymous"></script>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="7c2f0b3e91d4a6c8e5f1b2a3d4"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://thekerbside.pub/" crossorigin="anonymous"></script>
    <link href="https://thekerbside.pub/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=4b1d2e7a9c"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=4b1d2e7a9c">
    <script defer src="/public/member-attribution.min.js?v=4b1d2e7a9c"></script>
<style>:root {--ghost-accent-color: #1f7a5c;}</style>
</head>
<body class="post-template tag-buses tag-electric is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="https://thekerbside.pub">The Kerbside</a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>
            <nav class="gh-head-menu"><ul class="nav">${gNav
              .map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://thekerbside.pub/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`)
              .join('')}</ul></nav>
            <div class="gh-head-actions">
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                    </div>
            </div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-buses tag-electric ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="/tag/buses/">Buses</a>
                </span>
        </div>
        <h1 class="article-title">${gTitle}</h1>
            <p class="article-excerpt">${gExcerpt}</p>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list instapaper_ignore">
                <li class="author-list-item">
                    <a href="/author/mara/" class="author-avatar" aria-label="Read more of Mara Lindqvist">
                        <img class="author-profile-image" src="/content/images/size/w100/2025/06/mara.jpg" alt="Mara Lindqvist" />
                    </a>
                </li>
            </ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/mara/">Mara Lindqvist</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="2027-03-03">Mar 3, 2027</time>
                        <span class="byline-reading-time"><span class="bull">•</span> 7 min read</span>
                </div>
            </div>
        </section>
        </div>
            <figure class="article-image">
                <img srcset="/content/images/size/w300/2027/03/corriston-bus.jpg 300w, /content/images/size/w1000/2027/03/corriston-bus.jpg 1000w"
                    sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/03/corriston-bus.jpg"
alt="A green electric bus at a stop in Corriston" />
                    <figcaption><span style="white-space: pre-wrap;">A route 4 bus at the University stop. Photo: Corriston Transit</span></figcaption>
            </figure>
    </header>
    <section class="gh-content gh-canvas">
        ${ps(gIntro)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🚌</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="the-buses-were-the-easy-part">${at(
  gSecs.map(([h]) => h),
  0,
)}</h2>${ps(gSecs[0]?.[1] ?? [])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://thekerbside.pub/content/images/2027/03/ashfield-depot.jpg" class="kg-image"
alt="Buses on charge at Ashfield depot" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Ashfield depot at 5am,
with about a third of the fleet still charging.</span></figcaption></figure>
<h2 id="charging-was-the-hard-part">${at(
  gSecs.map(([h]) => h),
  1,
)}</h2>${ps(gSecs[1]?.[1] ?? [])}
<!--kg-card-begin: html-->
<table>
<thead><tr>${(gTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>
${gTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
<!--kg-card-end: html-->
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.corriston.gov.example/transit/battery-bus-review-2027"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">Battery bus programme: first year review</div><div class="kg-bookmark-description">Report to
the Transport and Environment Committee, February 2027.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon"
src="https://www.corriston.gov.example/favicon.ico" alt=""><span class="kg-bookmark-author">Corriston City Council</span><span
class="kg-bookmark-publisher">Committee papers</span></div></div><div class="kg-bookmark-thumbnail"><img
src="https://thekerbside.pub/content/images/thumbnail/review-cover.png" alt="" onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="what-they-changed">${at(
  gSecs.map(([h]) => h),
  2,
)}</h2><p>${at(gSecs[2]?.[1] ?? [], 0)}</p>
<ul>${lis(gFixes)}</ul>
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
            <div class="kg-toggle-heading">
                <h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">${gToggleQ}</span></h4>
                <button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">
                    <svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1"
d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg>
                </button>
            </div>
            <div class="kg-toggle-content"><p><span style="white-space: pre-wrap;">${gToggleA}</span></p></div>
        </div>
<p>${at(gSecs[2]?.[1] ?? [], 1)}</p>
<div class="kg-card kg-button-card kg-align-center"><a href="https://www.corriston.gov.example/transit/battery-bus-review-2027" class="kg-btn
kg-btn-accent">Read the full review</a></div>
    </section>
        <section class="article-comments gh-canvas">
            <div style="max-width: 100%"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
data-ghost-comments="https://thekerbside.pub/" data-api="https://thekerbside.pub/ghost/api/content/" data-post-id="67c5a1e2f0b3d40001a9e7c4"
data-count="true" data-title="Member discussion" crossorigin="anonymous"></script></div>
        </section>
</article>
</main>
        <section class="footer-cta outer">
            <div class="inner">
                <h2 class="footer-cta-title">Sign up for more like this.</h2>
                <a class="footer-cta-button" href="#/portal" data-portal>
                    <div class="footer-cta-input">Enter your email</div>
                    <span>Subscribe</span>
                </a>
            </div>
        </section>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
${gCards
  .map(
    ([tag, t, ex, d, len]) => `            <article class="post-card post">
    <div class="post-card-content">
        <a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">${tag}</span></div>
                <h2 class="post-card-title">${t}</h2>
            </header>
                <div class="post-card-excerpt">${ex}</div>
        </a>
        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="2027-01-01">${d}</time>
                <span class="post-card-meta-length">${len}</span>
        </footer>
    </div>
</article>`,
  )
  .join('\n')}
    </div>
</aside>
    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="https://thekerbside.pub">The Kerbside</a> © 2027</section>
            <nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<script src="https://thekerbside.pub/assets/built/casper.js?v=4b1d2e7a9c"></script>
</body></html>`;
const ghost: TestPage = gold({
  name: 'heldout711-ghost-casper-electric-buses',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gSecs.map(([h]) => h), gToggleQ],
  body: texts([
    gExcerpt,
    ...gIntro,
    gCallout,
    ...(gSecs[0]?.[1] ?? []),
    ...(gSecs[1]?.[1] ?? []),
    ...gTable.map((r) => r.join(' ')),
    at(gSecs[2]?.[1] ?? [], 0),
    ...gFixes,
    gToggleA,
    at(gSecs[2]?.[1] ?? [], 1),
  ]),
  bylines: ['Mara Lindqvist', 'Mar 3, 2027', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Kerbside', ...gNav, 'Sign in', 'Subscribe', 'Buses', 'A route 4 bus at the University stop. Photo: Corriston Transit',
    'Ashfield depot at 5am, with about a third of the fleet still charging.', 'Battery bus programme: first year review',
    'Report to the Transport and Environment Committee, February 2027.', 'Corriston City Council', 'Committee papers', 'Read the full review',
    'Sign up for more like this.', 'Enter your email', ...gCards.flat(), '© 2027', ...gFoot, 'Powered by Ghost',
  ],
});

const wTitle = 'First solo: three minutes and forty seconds over Pennock Ridge';
const wIntro = [
  j(
    'I did not know it was going to happen until it happened. That, I have since learned, is how most instructors like to do it.',
    'Saturday was a cold, clear morning with a light westerly, I had flown two check flights with Hal, and after the second one he',
    'climbed out of the back seat, took his parachute off and said, “Right. Same again, on your own.”',
  ),
  j('It was my 47th launch at Pennock Ridge Gliding Club, nineteen months after my trial lesson. I had started to wonder whether I', 'would ever get there.'),
];
const wSecs: [string, string[]][] = [
  [
    'The checks',
    [
      j(
        'The first thing you notice when the back seat is empty is how quiet it is. The second is that the glider is lighter, so it',
        'climbs faster on the winch and the nose wants to come up more than you are used to. Hal had warned me about both, and I still',
        'noticed both.',
      ),
      'Before every launch we run through the same checks, out loud, even when nobody is listening:',
    ],
  ],
  [
    'Three minutes and forty seconds',
    [
      j(
        'The launch was fine. Better than fine, actually: I got 1,150 feet, which is about normal for our winch on a day like that.',
        'At the top I released the cable, lowered the nose and had a look around, and for a moment there was nothing to do at all.',
        'The ridge was below me on the left, the reservoir was shining to the south, and there was no voice behind me.',
      ),
      j(
        'Then the training took over. A couple of gentle turns to check the glider, a look at the airfield, and round onto the',
        'downwind leg at 600 feet. I flew the circuit the way I have flown it forty-odd times, a little wide, and the landing was one',
        'of my better ones, which I put down entirely to the fact that nobody was watching from the back.',
      ),
      j(
        'Three minutes and forty seconds, from the wire going tight to the skid touching down. It felt like about thirty seconds and',
        'about an hour, both at once.',
      ),
    ],
  ],
  [
    'What happens next',
    [
      j(
        'Two more solos that afternoon, then back to dual flights for a bit to work on soaring. The next big step is staying up for',
        'an hour on my own, which the club calls a Silver duration, and which I suspect is some way off.',
      ),
      j('If you have ever thought about trying gliding, most clubs do trial lessons, and none of them expect you to know anything. I', 'certainly did not.'),
    ],
  ],
];
const wChecks = [
  'Controls: full and free movement',
  'Ballast: weight of the pilot within the placard limits',
  'Straps: tight and secure',
  'Instruments: altimeter set, everything reading sensibly',
  'Flaps and trim: set for launch',
  'Canopy: closed and locked',
  'Brakes: closed and locked',
  'Eventualities: what I will do if the cable breaks',
];
const wNav = ['Home', 'About', 'Logbook', 'Gliding', 'Power flying'];
const wComments: [string, string, string][] = [
  [
    'Hal Brennock',
    'March 1, 2027 at 9:03 pm',
    'Well flown. For the record, the landing really was one of your better ones, and I was watching from the launch point.',
  ],
  ['skybirdsusan', 'March 2, 2027 at 8:15 am', 'Congratulations! I remember my first solo like it was yesterday. Enjoy the next two, they are even better.'],
];
const wRelated: [string, string][] = [
  ['Cable breaks, and why we practise them', 'In "Gliding"'],
  ['Nineteen months, forty-seven launches', 'In "Logbook"'],
  ['A trial lesson at Pennock Ridge', 'In "Gliding"'],
];
const wRecent = ['Cable breaks, and why we practise them', 'Nineteen months, forty-seven launches', 'Winter at the club: mud, tea and paperwork'];
const wArch = ['March 2027', 'February 2027', 'January 2027'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head>
	<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile" href="https://gmpg.org/xfn/11">
	<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<title>First solo: three minutes and forty seconds over Pennock Ridge &#8211; Left Seat Notes</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//s0.wp.com' /><link rel="alternate" type="application/rss+xml" title="Left Seat Notes &raquo; Feed"
href="https://leftseatnotes.wordpress.com/feed/" />
<meta property="og:type" content="article" /><meta property="og:title" content="${wTitle}" /><meta property="og:site_name" content="Left Seat Notes" />
<meta property="article:published_time" content="2027-03-01T19:22:10+00:00" /><meta name="twitter:creator" content="@leftseatnotes" />
<link rel='stylesheet' id='twentysixteen-style-css' href='https://s0.wp.com/wp-content/themes/pub/twentysixteen/style.css?m=1741693338i&amp;ver=20241112'
media='all' />
<script type="text/javascript" id="wpcom-actionbar-placeholder-js-extra">
var actionbardata = {"siteID":"219348812","postID":"412","siteURL":"https://leftseatnotes.wordpress.com","siteName":"Left Seat Notes","canFollow":"1",
"i18n":{"view":"View site","follow":"Subscribe","following":"Subscribed","edit":"Edit","login":"Log in","signup":"Sign up"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Gwen Aldous"}}</script>
</head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive customizer-styles-applied group-blog
highlander-enabled highlander-light">
<div id="page" class="site">
	<div class="site-inner">
		<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
		<header id="masthead" class="site-header">
			<div class="site-header-main">
				<div class="site-branding">
											<p class="site-title"><a href="https://leftseatnotes.wordpress.com/" rel="home">Left Seat Notes</a></p>
											<p class="site-description">Learning to fly, slowly, in gliders and little aeroplanes</p>
									</div><!-- .site-branding -->
									<button id="menu-toggle" class="menu-toggle">Menu</button>
					<div id="site-header-menu" class="site-header-menu">
													<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
								<div class="menu-primary-container"><ul id="menu-primary" class="primary-menu">${links(wNav, 'menu-item')}</ul></div>
							</nav><!-- .main-navigation -->
											</div><!-- .site-header-menu -->
							</div><!-- .site-header-main -->
					</header><!-- .site-header -->
		<div id="content" class="site-content">
<div id="primary" class="content-area">
	<main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-gliding tag-first-solo tag-pennock-ridge">
	<header class="entry-header">
		<h1 class="entry-title">${wTitle}</h1>	</header><!-- .entry-header -->
	<div class="entry-content">
		${ps(wIntro)}
<h2 class="wp-block-heading">${at(
  wSecs.map(([h]) => h),
  0,
)}</h2>
${ps(wSecs[0]?.[1] ?? [])}
<ul class="wp-block-list">${lis(wChecks)}</ul>
<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683"
src="https://leftseatnotes.wordpress.com/wp-content/uploads/2027/03/k21.jpg?w=1024"
alt="A two-seat glider on the grass at the launch point" class="wp-image-415" /><figcaption class="wp-element-caption">Kilo Four Bravo, the club’s
two-seater, waiting at the launch point.</figcaption></figure>
<h2 class="wp-block-heading">${at(
  wSecs.map(([h]) => h),
  1,
)}</h2>
${ps(wSecs[1]?.[1] ?? [])}
<h2 class="wp-block-heading">${at(
  wSecs.map(([h]) => h),
  2,
)}</h2>
${ps(wSecs[2]?.[1] ?? [])}
<div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">Advertisements</span><div class="u top_amp"></div><div class="wpa-notice"><a
href="#">Report this ad</a></div></div></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent
sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a
rel="nofollow noopener noreferrer" data-shared="sharing-twitter-412" class="share-twitter sd-button share-icon"
href="https://leftseatnotes.wordpress.com/2027/03/01/first-solo/?share=twitter" target="_blank" title="Click to share on X"><span>X</span><span
class="sharing-screen-reader-text">(Opens in new window)</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer"
data-shared="sharing-facebook-412" class="share-facebook sd-button share-icon" href="https://leftseatnotes.wordpress.com/2027/03/01/first-solo/?share=facebook"
target="_blank" title="Click to share on Facebook"><span>Facebook</span><span class="sharing-screen-reader-text">(Opens in new window)</span></a></li><li
class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded'
id='like-post-wrapper-219348812-412-67c3'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder'
style='height: 55px;'><span class='button'><span>Like</span></span> <span class='loading'>Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div
class="jp-relatedposts-items jp-relatedposts-items-minimal">${wRelated
  .map(
    ([t, c], i) => `<p class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="${400 + i}" data-post-format="false"><span
class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://leftseatnotes.wordpress.com/${400 + i}/" title="${t}">${t}</a></span><span
class="jp-relatedposts-post-context">${c}</span></p>`,
  )
  .join('')}</div></div></div>	</div><!-- .entry-content -->
	<footer class="entry-footer">
		<span class="byline"><span class="author vcard"><img alt='' src='https://2.gravatar.com/avatar/9e1?s=49&#038;d=identicon&#038;r=G'
class='avatar avatar-49' height='49' width='49' /><span class="screen-reader-text">Author </span> <a class="url fn n"
href="https://leftseatnotes.wordpress.com/author/gwenaldous/">Gwen Aldous</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on
</span><a href="https://leftseatnotes.wordpress.com/2027/03/01/first-solo/" rel="bookmark"><time class="entry-date published updated"
datetime="2027-03-01T19:22:10+00:00">March 1, 2027</time></a></span><span class="cat-links"><span class="screen-reader-text">Categories </span><a
href="https://leftseatnotes.wordpress.com/category/gliding/" rel="category tag">Gliding</a></span><span class="tags-links"><span
class="screen-reader-text">Tags </span><a href="https://leftseatnotes.wordpress.com/tag/first-solo/" rel="tag">first solo</a>, <a
href="https://leftseatnotes.wordpress.com/tag/pennock-ridge/" rel="tag">Pennock Ridge</a></span>	</footer><!-- .entry-footer -->
</article><!-- #post-412 -->
<div id="comments" class="comments-area">
			<h2 class="comments-title">2 thoughts on “First solo: three minutes and forty seconds over Pennock Ridge”</h2>
		<ol class="comment-list">${wComments
      .map(
        ([a, d, t], i) => `<li id="comment-${31 + i}" class="comment byuser even thread-even depth-1"><article id="div-comment-${31 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://0.gravatar.com/avatar/${i}?s=42' class='avatar avatar-42' height='42'
width='42' /><b class="fn">${a}</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="https://leftseatnotes.wordpress.com/2027/03/01/first-solo/#comment-${31 + i}"><time datetime="2027-03-01T21:03:00+00:00">${d}</time></a></div></footer>
<div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${31 + i}">Reply</a></div>
</article></li>`,
      )
      .join('\n')}</ol>
		<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form
action="https://leftseatnotes.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="comment-form-field
comment-textarea"><div id="comment-form-comment"><textarea id="comment" name="comment" title="Enter your comment here..." placeholder="Enter your comment
here..."></textarea></div></div></form></div></div>
	<nav class="navigation post-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Post navigation</h2>
		<div class="nav-links"><div class="nav-previous"><a href="https://leftseatnotes.wordpress.com/2027/02/20/cable-breaks/" rel="prev"><span class="meta-nav"
aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">Cable breaks, and why we practise
them</span></a></div></div>
	</nav>
	</main><!-- .site-main -->
</div><!-- .content-area -->
	<aside id="secondary" class="sidebar widget-area">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://leftseatnotes.wordpress.com/">
	<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label>
	<button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(wRecent)}</ul></nav></section>
		<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav
aria-label="Archives"><ul>${links(wArch)}</ul></nav></section>
		<section id="eu_cookie_law_widget-2" class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30"
data-consent-expiration="180" id="eu-cookie-law"><form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept"
class="accept" /></form>Privacy &amp; Cookies: This site uses cookies. By continuing to use this website, you agree to their use.<br />
To find out more, including how to control cookies, see here: <a href="https://automattic.com/cookies/" rel="nofollow">Cookie Policy</a></div></section>
	</aside><!-- .sidebar .widget-area -->
		</div><!-- .site-content -->
		<footer id="colophon" class="site-footer">
			<div class="site-info">
								<span class="site-title"><a href="https://leftseatnotes.wordpress.com/" rel="home">Left Seat Notes</a></span>
				<a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>
			</div><!-- .site-info -->
		</footer><!-- .site-footer -->
	</div><!-- .site-inner -->
</div><!-- .site -->
<div id="actionbar" dir="ltr" class="actnbr-pub-twentysixteen actnbr-has-follow actnbr-has-actions" style="display: block;"><ul><li><button
class="subscribe-button"><svg class="gridicon gridicons-reader-follow" height="24" width="24" viewBox="0 0 24 24"><g><path
d="M23 16v2h-3v3h-2v-3h-3v-2h3v-3h2v3h3z"/></g></svg><span>Subscribe</span></button></li><li class="actnbr-login"><a
href="https://wordpress.com/log-in?redirect_to=x"><span>Log in</span></a></li></ul></div>
<script src="https://s0.wp.com/_static/??-eJx9jEEKwjAQRS9kHAJ.js" id="wpcom-actionbar-js"></script>
</body></html>`;
const wpcom: TestPage = gold({
  name: 'heldout711-wpcom-twentysixteen-first-solo',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: texts([...wIntro, ...(wSecs[0]?.[1] ?? []), ...wChecks, ...(wSecs[1]?.[1] ?? []), ...(wSecs[2]?.[1] ?? [])]),
  bylines: ['Gwen Aldous', 'March 1, 2027', ...wComments.flatMap(([a, d]) => [a, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Left Seat Notes', 'Learning to fly, slowly, in gliders and little aeroplanes', 'Menu', ...wNav,
    'Kilo Four Bravo, the club’s two-seater, waiting at the launch point.', 'Advertisements', 'Report this ad', 'Share this:', 'X',
    '(Opens in new window)', 'Facebook', 'Like this:', 'Like', 'Loading...', 'Related', ...wRelated.flat(), 'Author', 'Posted on', 'Categories',
    'Gliding', 'Tags', 'first solo', 'Pennock Ridge', '2 thoughts on “First solo: three minutes and forty seconds over Pennock Ridge”', 'says:',
    ...wComments.map(([, , t]) => t), 'Reply', 'Leave a comment', 'Post navigation', 'Previous post:', 'Search for:', 'Search', 'Recent Posts',
    ...wRecent, 'Archives', ...wArch, 'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
    'To find out more, including how to control cookies, see here:', 'Cookie Policy', 'Blog at WordPress.com.', 'Subscribe', 'Log in',
  ],
});

export const HELDOUT711_C: readonly TestPage[] = [ghost, wpcom];
