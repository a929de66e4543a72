import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout711-kit.js';

/**
 * Held-out batch 711, file b: an emergency-landing story on a local TV station's site on the WordPress template Nexstar
 * stations use (eyebrow, "by:" author line, Posted / Updated dates, share row, video player with a playlist, an in-body
 * "RELATED:" line, app and newsletter promos and the copyright line inside the body, trending and top-stories rails), and a
 * carburettor post on a car enthusiast's Jekyll blog with the minima theme (post meta, rouge code block, table, kramdown
 * footnote, Disqus placeholder, h-card footer).
 */
const kTitle = 'Small plane lands on Route 41 after engine failure; pilot and passenger unhurt';
const kBody = [
  j(
    'HARLOW, Pa. (WPXQ) — A single-engine plane made an emergency landing on State Route 41 in Harlow Township on Thursday',
    'afternoon after its engine lost power shortly after take-off, state police said. Neither the pilot nor his passenger was hurt,',
    'and no one on the ground was injured.',
  ),
  j(
    'The plane, a four-seat Marlow M-4, had left Ridgeway Regional Airport at about 2:50 p.m. and was heading for Cresson Lake',
    'when the pilot reported a loss of power to air traffic controllers, according to Trooper Nadia Ferrante.',
  ),
  j(
    '“He did everything right,” Ferrante said. “He picked the straightest piece of road he could see, waited for a gap in the',
    'traffic and put it down. It is not something you see every day.”',
  ),
  j(
    'The plane came to a stop in the southbound lanes near the Millbrook Road intersection, about two miles from the airport.',
    'Dashcam video shared with WPXQ 8 by a driver shows the aircraft touching down behind a pickup truck, which pulled onto the',
    'shoulder as the plane rolled past.',
  ),
  j(
    'Joanne Petrakis was driving north when she saw the plane coming in. “I thought it was going to hit the power lines,” she',
    'said. “It cleared them by maybe twenty feet. Then it just landed like it was on a runway.”',
  ),
  j(
    'The pilot, a 61-year-old man from Cresson Lake, and his passenger, a 58-year-old woman, got out of the plane on their own.',
    'Harlow Township Fire Company crews checked both of them at the scene and they declined to go to the hospital. Police did not',
    'release their names.',
  ),
  j(
    'Route 41 was closed in both directions between Millbrook Road and Fairview Lane for about three hours while the plane was',
    'moved onto a flatbed trailer and taken back to the airport. The road reopened just before 6 p.m.',
  ),
  j(
    'The Federal Aviation Administration said in a statement that it would investigate the incident. The cause of the engine',
    'failure was not yet known on Thursday evening.',
  ),
  j(
    'It is the second emergency landing near Ridgeway Regional Airport in less than a year. Last June, a student pilot landed in',
    'a hayfield off Quarry Road after a fuel problem.',
  ),
];
const kNav = ['News', 'Weather', 'Traffic', 'Sports', 'Video', 'Community', 'Contests', 'Watch Live'];
const kPlaylist = [
  'Ridgeway County commissioners approve airport hangar lease',
  'Harlow Township road work to start next month',
  'Your Thursday evening forecast',
];
const kTrending = [
  'Route 41 reopens after plane lands on highway',
  'Cresson Lake school board votes on new start times',
  'Police: Man charged after chase through Ridgeway',
  'Snow totals: How much fell in your town?',
];
const kTop = ['Ridgeway Regional Airport runway project delayed', 'Harlow Township budget keeps taxes flat', 'High school hockey: Millbrook advances'];
const kFoot = [
  'Contact WPXQ',
  'Public File',
  'FCC Applications',
  'EEO Report',
  'Closed Captioning',
  'Terms Of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
  'Careers',
];
const kHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Small plane lands on Route 41 after engine failure; pilot and passenger unhurt | WPXQ 8</title>
<meta name="description" content="A single-engine plane made an emergency landing on State Route 41 in Harlow Township on Thursday afternoon.">
<meta property="og:type" content="article"><meta property="og:site_name" content="WPXQ 8"><meta property="og:title" content="${kTitle}">
<meta property="article:published_time" content="2027-03-04T20:41:12+00:00"><meta property="article:section" content="Local News">
<link rel="canonical" href="https://www.wpxq8.com/news/local-news/small-plane-lands-on-route-41-after-engine-failure/">
<link rel="stylesheet" id="nexstar-main-css" href="https://www.wpxq8.com/wp-content/themes/nexstar-wv/client/build/css/main.min.css?ver=3.41.2" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","datePublished":"2027-03-04T20:41:12+00:00",
"dateModified":"2027-03-04T23:12:40+00:00","author":[{"@type":"Person","name":"Dana Whitcomb"}],"publisher":{"@type":"Organization","name":"WPXQ 8"}}</script>
<script>window.nxsDataLayer = {"pageType":"article","station":"WPXQ","market":"Ridgeway","category":"local-news","videoPlaylistId":"wpxq-local"};</script>
</head>
<body class="post-template-default single single-post postid-2291847 single-format-standard site-wpxq8">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="alert-banner alert-banner--weather" role="region" aria-label="Weather alerts"><span class="alert-banner__label">Weather Alert</span>
<a class="alert-banner__link" href="/weather/alerts/">Winter Weather Advisory until 10 AM Friday</a></div>
<header class="site-header" id="masthead"><div class="site-header__inner"><a class="site-header__logo" href="/"><span class="screen-reader-text">WPXQ 8
Ridgeway</span><svg aria-hidden="true"></svg></a>
<nav class="site-header__nav" aria-label="Primary"><ul class="menu">${links(kNav, 'menu-item')}</ul></nav>
<div class="site-header__weather"><a href="/weather/"><span class="site-header__temp">34°</span><span class="site-header__city">Ridgeway, PA</span></a></div>
<button class="site-header__search" type="button"><span class="screen-reader-text">Search</span></button></div></header>
<div class="ad-unit ad-unit--leaderboard"><div class="ad-unit__label">Advertisement</div><div id="acm-ad-tag-leaderboard"></div></div>
<main id="primary" class="site-main"><div class="article-wrapper"><article id="post-2291847" class="article">
<div class="article-header"><p class="article-header__eyebrow"><a href="/news/local-news/">Local News</a></p>
<h1 class="article-title">${kTitle}</h1>
<div class="article-authors"><div class="article-authors__author"><p class="article-authors__author-name">by: <a
href="/author/dana-whitcomb/">Dana Whitcomb</a></p></div></div>
<div class="article-info"><p class="article-info__date">Posted: <time datetime="2027-03-04T15:41:12-05:00">Mar 4, 2027 / 03:41 PM EST</time></p>
<p class="article-info__date">Updated: <time datetime="2027-03-04T18:12:40-05:00">Mar 4, 2027 / 06:12 PM EST</time></p></div>
<div class="article-share"><p class="article-share__title">SHARE</p><ul class="article-share__list">
<li><a class="article-share__link article-share__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u=x"><span
class="screen-reader-text">Share on Facebook</span></a></li>
<li><a class="article-share__link article-share__link--x" href="https://x.com/intent/post?url=x"><span class="screen-reader-text">Share on X</span></a></li>
<li><a class="article-share__link article-share__link--email" href="mailto:?subject=x"><span class="screen-reader-text">Share via email</span></a></li>
<li><button class="article-share__link article-share__link--copy" type="button"><span class="screen-reader-text">Copy link</span></button></li></ul></div></div>
<figure class="article-featured-media"><div class="video-player" data-video-id="wpxq-2291847"><div class="video-player__now">Video Now Playing</div>
<div class="video-player__title">Dashcam video shows plane landing on Route 41</div></div>
<div class="video-playlist"><p class="video-playlist__title">Up Next</p><ul>${links(kPlaylist, 'video-playlist__item')}</ul></div></figure>
<div class="article-content article-body rich-text">
${ps(kBody.slice(0, 3))}
<p><strong>RELATED: </strong><a href="/news/local-news/student-pilot-lands-in-hayfield-off-quarry-road/">Student pilot lands in hayfield off Quarry Road after
fuel problem</a></p>
${ps(kBody.slice(3, 5))}
<div class="ad-unit ad-unit--in-article"><div class="ad-unit__label">Advertisement</div></div>
${ps(kBody.slice(5, 8))}
<div class="newsletter-signup-embed"><h3 class="newsletter-signup-embed__title">Get local news in your inbox</h3>
<p class="newsletter-signup-embed__text">Sign up for the WPXQ 8 Morning Headlines newsletter.</p><form><label for="nl">Email address</label><input id="nl"
type="email"><button type="submit">Subscribe</button></form></div>
${ps(kBody.slice(8))}
<p><em>Download the free <a href="/apps/">WPXQ 8 app</a> for breaking news alerts and live video.</em></p>
<p>Copyright 2027 Nexpoint Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
</div></article>
<aside class="site-sidebar"><section class="widget widget-trending"><h2
class="widget-title">Trending Stories</h2><ol>${links(kTrending, 'widget-trending__item')}</ol>
</section><div class="ad-unit ad-unit--sidebar"><div class="ad-unit__label">Advertisement</div></div>
<section class="widget widget-top-stories"><h2 class="widget-title">Top Stories</h2><ul>${links(kTop)}</ul></section></aside></div></main>
<footer class="site-footer"><div class="site-footer__brand"><p>WPXQ 8 Ridgeway</p><p>1200 Station Hill Road, Ridgeway, PA</p></div>
<nav class="site-footer__nav" aria-label="Footer"><ul>${links(kFoot)}</ul></nav>
<p class="site-footer__copyright">© 1998 - 2027 Nexpoint Media Inc. | All Rights Reserved.</p></footer>
<script src="https://www.wpxq8.com/wp-content/themes/nexstar-wv/client/build/js/main.min.js?ver=3.41.2" defer></script></body></html>`;
const nexpoint: TestPage = gold({
  name: 'heldout711-nexstar-plane-on-highway',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kBody),
  bylines: ['by:', 'Dana Whitcomb', 'Posted: Mar 4, 2027 / 03:41 PM EST', 'Updated: Mar 4, 2027 / 06:12 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Weather Alert', 'Winter Weather Advisory until 10 AM Friday', 'WPXQ 8 Ridgeway', ...kNav, '34°', 'Ridgeway, PA', 'Search',
    'Advertisement', 'Local News', 'SHARE', 'Share on Facebook', 'Share on X', 'Share via email', 'Copy link', 'Video Now Playing',
    'Dashcam video shows plane landing on Route 41', 'Up Next', ...kPlaylist,
    'RELATED: Student pilot lands in hayfield off Quarry Road after fuel problem', 'Get local news in your inbox',
    'Sign up for the WPXQ 8 Morning Headlines newsletter.', 'Email address', 'Subscribe',
    'Download the free WPXQ 8 app for breaking news alerts and live video.',
    'Copyright 2027 Nexpoint Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    'Trending Stories', ...kTrending, 'Top Stories', ...kTop, '1200 Station Hill Road, Ridgeway, PA', ...kFoot,
    '© 1998 - 2027 Nexpoint Media Inc. | All Rights Reserved.',
  ],
});

const mTitle = 'Balancing the twin carbs on the ’74 Sprite, properly this time';
const mIntro = [
  j(
    'For most of last summer the Sprite idled like a tractor. It would settle at about 900 rpm, hunt up to 1,200, fall back and',
    'occasionally stall at junctions, which is an exciting thing for a car with no power steering and an enthusiastic choke cable.',
  ),
  j(
    'I had “balanced” the twin Stellan HS2 carbs twice already, by ear and with a length of hose held to my ear like a stethoscope.',
    'This winter I finally did it with the right tools, wrote everything down, and logged the mixture on the drive home. Here is',
    'what I did and what I found.',
  ),
];
const mSecs: [string, string[]][] = [
  [
    'Start with the basics',
    [
      j(
        'Carbs get blamed for everything, so before touching them I checked the things that usually turn out to be the real problem.',
        'On an Alder A-series engine that means:',
      ),
    ],
  ],
  [
    'Balancing the airflow',
    [
      j(
        'With the engine warm and the linkage between the two carbs slackened off, I put the flow meter on the front carb, set it',
        'so the float sat in the middle of the tube, and moved it to the rear carb. The rear was pulling noticeably less air, which',
        'explains a lot.',
      ),
      j(
        'I brought the rear carb’s idle screw in by about a quarter turn until the float matched, went back and forth three times,',
        'then brought both screws out together to get the idle down to 850 rpm. Only then did I re-tighten the linkage clamp, with a',
        'feeler gauge holding a small gap at the throttle stops.',
      ),
    ],
  ],
  [
    'Jets and needles',
    [
      j(
        'The previous owner had fitted richer needles at some point, probably to cover a vacuum leak that has since been fixed. I went',
        'back to the standard needles and set the jets from the fully-up position:',
      ),
    ],
  ],
  [
    'Logging the mixture',
    [
      j(
        'A wideband oxygen sensor in the exhaust and a cheap serial adapter let me log the air-fuel ratio on a laptop in the passenger',
        'seat. The script is nothing clever:',
      ),
      j(
        'On the 14-mile run home the ratio sat between 13.8 and 14.4 at cruise and went a little rich, around 12.9, at full throttle,',
        'which is about where it should be for this engine.',
      ),
    ],
  ],
  [
    'The result',
    [
      j(
        'It idles at a steady 850 rpm, hot or cold, and the flat spot at about 2,000 rpm has gone. Fuel economy over the first tank',
        'went from 31 to 36 mpg, though I would not read too much into one tank of winter driving.',
      ),
      j('Next job: the rear brakes, which have started to pull to the left in a way I do not like. That post will have fewer graphs', 'and more swearing.'),
    ],
  ],
];
const mChecks = [
  'Ignition timing at 10° before top dead centre at idle, with the vacuum advance disconnected',
  'Points gap and dwell, and a new rotor arm while I was in there',
  'Valve clearances at 0.012 in, cold',
  `Vacuum leaks around the inlet manifold, found with a can of carb cleaner and a lot of patience.<sup id="fnref:1"><a href="#fn:1"
class="footnote" rel="footnote" role="doc-noteref">1</a></sup>`,
];
const mTable = [
  ['Setting', 'Front carb', 'Rear carb'],
  ['Needle', 'AN (standard)', 'AN (standard)'],
  ['Jet, turns down from fully up', '2', '2¼'],
  ['Idle screw, turns in', '1½', '1¾'],
  ['Damper oil', '20W-50', '20W-50'],
];
const sp = (cls: string, t: string): string => `<span class="${cls}">${t}</span>`;
const mCode = [
  `${sp('kn', 'import')} ${sp('nn', 'serial')}${sp('p', ',')} ${sp('nn', 'time')}`,
  '',
  `${sp('n', 'port')} ${sp('o', '=')} ${sp('n', 'serial')}${sp('p', '.')}${sp('n', 'Serial')}${sp('p', '(')}${sp('s', '"/dev/ttyUSB0"')}${sp('p', ',')} ${sp(
    'mi',
    '9600',
  )}${sp('p', ')')}`,
  `${sp('k', 'with')} ${sp('nb', 'open')}${sp('p', '(')}${sp('s', '"afr.csv"')}${sp('p', ',')} ${sp('s', '"a"')}${sp('p', ')')} ${sp('k', 'as')} ${sp(
    'n',
    'log',
  )}${sp('p', ':')}`,
  `    ${sp('k', 'while')} ${sp('bp', 'True')}${sp('p', ':')}`,
  `        ${sp('n', 'afr')} ${sp('o', '=')} ${sp('n', 'port')}${sp('p', '.')}${sp('n', 'readline')}${sp('p', '().')}${sp('n', 'decode')}${sp(
    'p',
    '().',
  )}${sp('n', 'strip')}${sp('p', '()')}`,
  `        ${sp('n', 'log')}${sp('p', '.')}${sp('n', 'write')}${sp('p', '(')}${sp('s', 'f"{time.time():.1f},{afr}\\n"')}${sp('p', ')')}`,
];
const mCodeHtml = mCode.join('\n');
const mNote = j(
  'If the idle speed changes when you spray near a joint, you have found a leak. Do it with the engine cold and keep the can well',
  'away from the distributor.',
);
const mNav = ['About', 'Build log', 'Parts list'];
const mDesc = 'Notes from a small garage: old British cars, carburettors and the occasional spreadsheet.';
const mRow = (cells: string[], tag: string): string => `<tr>\n${cells.map((c) => `  <${tag}>${c}</${tag}>`).join('\n')}\n</tr>`;
const mSec = ([h, paras]: [string, string[]], extra = ''): string =>
  `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n\n${ps(paras.slice(0, 1))}\n${extra}${ps(paras.slice(1))}`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Balancing the twin carbs on the ’74 Sprite, properly this time | Second Gear</title>
<meta name="generator" content="Jekyll v4.3.3" /><meta property="og:title" content="Balancing the twin carbs on the ’74 Sprite, properly this time" />
<meta name="author" content="Owen Kastellan" /><meta property="og:locale" content="en_GB" />
<meta name="description" content="For most of last summer the Sprite idled like a tractor." /><link rel="canonical"
href="https://secondgear.blog/2027/03/02/balancing-twin-carbs.html" />
<meta property="og:site_name" content="Second Gear" /><meta property="og:type" content="article" />
<meta property="article:published_time" content="2027-03-02T00:00:00+00:00" /><meta name="twitter:card" content="summary" />
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Owen Kastellan"},"dateModified":"2027-03-02T00:00:00+00:00",
"datePublished":"2027-03-02T00:00:00+00:00","description":"For most of last summer the Sprite idled like a tractor.",
"headline":"Balancing the twin carbs on the ’74 Sprite, properly this time","url":"https://secondgear.blog/2027/03/02/balancing-twin-carbs.html"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://secondgear.blog/feed.xml" title="Second Gear" />
</head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Second Gear</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px"><path
d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg>
          </span>
        </label>

        <div class="trigger">${mNav.map((t) => `<a class="page-link" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('')}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">${mTitle}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="2027-03-02T00:00:00+00:00" itemprop="datePublished">Mar 2, 2027
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card"
itemprop="name">Owen Kastellan</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    ${ps(mIntro)}

<p><img src="/assets/img/sprite-carbs.jpg" alt="The two carburettors on the Sprite's engine, with the air filters off" /></p>

${mSec(
  mSecs[0] ?? ['', []],
  `<ul>\n${lis(mChecks)}\n</ul>\n\n<p>All four were fine apart from a small leak at the rear manifold gasket, which a new gasket fixed.</p>\n`,
)}
${mSec(mSecs[1] ?? ['', []])}
${mSec(
  mSecs[2] ?? ['', []],
  `<table>\n  <thead>\n${mRow(mTable[0] ?? [], 'th')}\n  </thead>\n  <tbody>\n${mTable
    .slice(1)
    .map((r) => mRow(r, 'td'))
    .join('\n')}\n  </tbody>\n</table>\n\n`,
)}
${mSec(
  mSecs[3] ?? ['', []],
  `<div class="language-python highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${mCodeHtml}
</code></pre></div></div>\n\n`,
)}
${mSec(mSecs[4] ?? ['', []])}

<div class="footnotes" role="doc-endnotes">
  <ol>
    <li id="fn:1" role="doc-endnote">
      <p>${mNote} <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>
    </li>
  </ol>
</div>

  </div><div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {
      this.page.url = 'https://secondgear.blog/2027/03/02/balancing-twin-carbs.html';
      this.page.identifier = 'https://secondgear.blog/2027/03/02/balancing-twin-carbs.html';
    };
    (function() { var d = document, s = d.createElement('script'); s.src = 'https://second-gear-blog.disqus.com/embed.js';
      s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); })();
  </script><a class="u-url" href="/2027/03/02/balancing-twin-carbs.html" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">Second Gear</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Owen Kastellan</li><li><a class="u-email" href="mailto:owen@secondgear.blog">owen@secondgear.blog</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/okastellan"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">okastellan</span></a></li><li><a
href="https://www.instagram.com/secondgear.sprite"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#instagram"></use></svg> <span
class="username">secondgear.sprite</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>${mDesc}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>`;
const minima: TestPage = gold({
  name: 'heldout711-jekyll-minima-twin-carbs',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([
    ...mIntro,
    ...(mSecs[0]?.[1] ?? []),
    ...mChecks,
    'All four were fine apart from a small leak at the rear manifold gasket, which a new gasket fixed.',
    ...(mSecs[1]?.[1] ?? []),
    ...(mSecs[2]?.[1] ?? []),
    ...mTable.map((r) => r.join(' ')),
    at(mSecs[3]?.[1] ?? [], 0),
    mCodeHtml,
    at(mSecs[3]?.[1] ?? [], 1),
    ...(mSecs[4]?.[1] ?? []),
  ]),
  bylines: ['Mar 2, 2027', 'Owen Kastellan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Second Gear', ...mNav, mNote, 'owen@secondgear.blog', 'okastellan', 'secondgear.sprite', mDesc,
  ],
});

export const HELDOUT711_B: readonly TestPage[] = [nexpoint, minima];
