import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout500-kit.js';

/**
 * Held-out batch 500, file e: a trail race's event page on Webflow (w-nav, a facts grid, w-richtext, a sponsor strip), and a
 * runner's marathon race report on a Hugo blog (PaperMod theme: breadcrumbs, table of contents, tags, prev/next, share buttons).
 */
const fTitle = 'Copperbeck Trail 25K';
const fDek = 'A hilly point-to-point race through the old copper workings, from Ashby Quarry to Copperbeck village green.';
const fFacts: [string, string][] = [
  ['Date', 'Saturday 18 September 2027'],
  ['Start', '10:00, Ashby Quarry car park'],
  ['Elevation', '740 m of climb'],
  ['Entry', '£32 (£30 for affiliated runners)'],
];
const fSecs: [string, string[]][] = [
  [
    'The route',
    [
      j(
        'The course climbs steeply out of the quarry on stone steps, crosses open moor to the engine house at Wheal Brynn and drops',
        'through beech woods into the Copperbeck valley. Most of it is on good tracks, but two miles of moorland are rough and boggy after rain.',
      ),
      'Trail shoes are strongly recommended. The route is fully marked and marshalled, and a GPX file is sent to every entrant.',
    ],
  ],
  ['Kit you must carry', ['Waterproof jacket with taped seams', 'Hat and gloves', 'Whistle and a fully charged mobile phone', 'At least 500 ml of water']],
  [
    'Getting back to the start',
    [
      j(
        'A coach leaves Copperbeck green for Ashby Quarry every 30 minutes from 12:30 until 16:30. Seats are free, but please book one',
        'when you enter so that we can order enough coaches.',
      ),
    ],
  ],
];
const fNav = ['Races', 'Results', 'Photos', 'Our story', 'Shop'];
const fSponsors = ['Bryn Outdoor', 'Copperbeck Brewery'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jun 14 2027 10:12:33 GMT+0000 -->
<html data-wf-domain="www.wildmilesevents.example" data-wf-page="6641b3c2a0f1e2d3c4b5a6f7" data-wf-site="6641b3c2a0f1e2d3c4b5a601" lang="en"
data-wf-collection="6641b3c2a0f1e2d3c4b5a6aa" data-wf-item-slug="copperbeck-trail-25k"><head><meta charset="utf-8"><title>${fTitle} | Wild Miles Events</title>
<meta content="${fDek}" name="description"><meta content="${fTitle} | Wild Miles Events" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://cdn.prod.website-files.example/6641b3c2a0f1e2d3c4b5a601/css/wild-miles.webflow.6b3a1f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" 
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"${fTitle}","startDate":"2027-09-18T10:00",
"location":{"@type":"Place","name":"Ashby Quarry"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.example/6641b3c2/logo-wild-miles.svg" loading="lazy" alt="Wild Miles Events" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" 
class="nav-link w-nav-link">${n}</a>`,
  )
  .join('')}
<a href="https://entries.wildmiles.example/copperbeck" class="button nav-button w-button">Enter now</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="event-hero"><div class="w-container"><div class="eyebrow">Trail race · 25 km</div><h1 class="event-title">${fTitle}</h1>
<p class="event-summary">${fDek}</p></div></section>
<section class="event-details"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid facts-grid">
${fFacts.map(([l, v]) => `<div class="fact-card"><div class="fact-label">${l}</div><div class="fact-value">${v}</div></div>`).join('\n')}
</div><div class="event-body w-richtext">
${fSecs.map(([h, p], i) => `<h2>${h}</h2>${i === 1 ? `<ul role="list">${lis(p)}</ul>` : ps(p)}`).join('\n')}
<figure style="max-width:1200pt" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.example/6641b3c2/wheal-brynn.jpg" loading="lazy" alt="Engine house at Wheal Brynn"></div>
<figcaption>The engine house at Wheal Brynn, 9 km into the race.</figcaption></figure></div>
<div class="w-embed w-iframe"><iframe src="https://www.strava.example/routes/3311/embed" title="Route map" width="100%" height="420" frameborder="0">
</iframe></div>
<a href="https://entries.wildmiles.example/copperbeck" class="button large w-button">Enter the Copperbeck Trail 25K</a></div></section>
<section class="sponsors"><div class="w-container"><h3 class="sponsors-heading">Supported by</h3><div class="w-dyn-list">
<div role="list" class="sponsor-list w-dyn-items">
${fSponsors.map((s) => `<div role="listitem" class="w-dyn-item"><div class="sponsor-name">${s}</div></div>`).join('')}</div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Wild Miles Events</div>
<p class="footer-text">Small races in big places since 2014.</p></div><div class="footer-col"><a href="/contact" class="footer-link">Contact</a>
<a href="/terms" class="footer-link">Entry terms</a><a href="/privacy" class="footer-link">Privacy</a></div>
<div class="footer-col"><div class="footer-heading">Race news</div><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get">
<input class="text-field w-input" maxlength="256" name="email" placeholder="Your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<div class="copyright">© 2027 Wild Miles Events Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/6641b3c2a0f1e2d3c4b5a601/js/webflow.4e2b1a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout500-webflow-trail-race-event',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map(([h]) => h),
  body: [fDek, ...fFacts.map(([, v]) => v), ...fSecs.flatMap(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Enter now', 'Trail race · 25 km', 'The engine house at Wheal Brynn, 9 km into the race.', 'Enter the Copperbeck Trail 25K',
    'Supported by', ...fSponsors, 'Wild Miles Events', 'Small races in big places since 2014.', 'Contact', 'Entry terms', 'Privacy', 'Race news',
    '© 2027 Wild Miles Events Ltd',
  ],
};

const hTitle = 'Dunmore Marathon: how I learned to love the wind';
const hDek = 'A race report, a lesson in pacing and an apology to the man in the banana costume.';
const hSecs: [string, string[]][] = [
  [
    'Before the start',
    [
      j(
        'I had trained for sixteen weeks for a 3:20 and the forecast for Dunmore was 30 mph gusts from the west. The course is an out',
        'and back along the estuary, which meant eleven miles straight into it and eleven miles home with it behind me.',
      ),
      j('My plan was simple: forget the watch on the way out, tuck into a group, and run by effort until the turn at Crail Point.'),
    ],
  ],
  [
    'Out to Crail Point',
    [
      j(
        'The group formed within a mile: eight of us, two club vests I recognised and one very tall man dressed as a banana, who turned',
        'out to be the perfect windbreak. We took turns at the front every half mile, like a cycling team without the bikes.',
      ),
      j(
        'I reached the turn in 1:43, three minutes behind plan, feeling better than I had any right to. The banana dropped back at',
        'mile 12, and I never saw him again. Sorry for leaving you, banana.',
      ),
    ],
  ],
  [
    'The way home',
    [
      j(
        'With the wind behind me the miles came easily until 21, when my calves started to cramp. I walked two water stations,',
        'stretched against a lamppost in Port Adair and shuffled the last three miles at whatever pace my legs agreed to.',
      ),
      'I finished in 3:22:41. Two minutes off the goal, and the best race I have ever run.',
    ],
  ],
];
const hSplits = [
  ['0\u201310 km', '48:55'],
  ['10\u201321.1 km', '54:07'],
  ['21.1\u201330 km', '41:02'],
  ['30 km\u2013finish', '58:37'],
];
const hTags = ['Marathon', 'Race reports', 'Wind'];
const hMenu = ['Posts', 'Archive', 'Tags', 'About me'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Miles with Mo</title><meta name="keywords" content="marathon, race reports, wind"><meta name="description" content="${hDek}">
<meta name="author" content="Mo Adeyemi"><link rel="canonical" href="https://mileswithmo.example/posts/dunmore-marathon/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.fc220c15db4aef0318bbf30adc45d33d4d7c88deff3238b23eb255afdc472ca6.css" rel="preload stylesheet" 
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","wordCount":"560",
"datePublished":"2027-04-20T08:00:00+01:00",
"author":[{"@type":"Person","name":"Mo Adeyemi"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark');}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://mileswithmo.example/" accesskey="h" title="Miles with Mo (Alt + H)">Miles with Mo</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
<svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hMenu.map((m) => `<li><a href="/${m.toLowerCase().replace(/ /g, '-')}/" title="${m}"><span>${m}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://mileswithmo.example/">Home</a>&nbsp;»&nbsp;<a href="https://mileswithmo.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2027-04-20 08:00:00 +0100 BST'>April 20, 2027</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Mo Adeyemi</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${[...hSecs.map(([h]) => h), 'Splits'].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul>
</div></details></div>
<div class="post-content">
${hSecs
  .map(
    ([h, p]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}<a hidden class="anchor" aria-hidden="true" 
href="#${h.toLowerCase().replace(/ /g, '-')}">#</a></h2>\n${ps(p)}`,
  )
  .join('\n')}
<h2 id="splits">Splits<a hidden class="anchor" aria-hidden="true" href="#splits">#</a></h2>
<table><thead><tr><th>Section</th><th>Time</th></tr></thead><tbody>${trs(hSplits)}</tbody></table>
</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul>
<nav class="paginav"><a class="prev" href="https://mileswithmo.example/posts/taper-week/"><span class="title">« Prev</span><br>
<span>Taper week, or how to go slowly mad</span></a>
<a class="next" href="https://mileswithmo.example/posts/winter-base/"><span class="title">Next »</span><br>
<span>Building a winter base on 30 miles a week</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share Dunmore Marathon on x" 
href="https://x.com/intent/tweet/?text=Dunmore"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share Dunmore Marathon on whatsapp" href="https://api.whatsapp.com/send?text=Dunmore">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://mileswithmo.example/">Miles with Mo</a>
</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle("dark")});</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout500-hugo-papermod-race-report',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hSecs.map(([h]) => h), 'Splits'],
  body: texts([hDek, ...hSecs.flatMap(([, p]) => p), ...rowTexts(hSplits)]),
  bylines: ['April 20, 2027 · 3 min · Mo Adeyemi'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Miles with Mo', 'Posts', 'Archive', 'Tags', 'About me', 'Home', 'Table of Contents', 'Race reports', '« Prev',
    'Taper week, or how to go slowly mad', 'Next »', 'Building a winter base on 30 miles a week', '© 2027 Miles with Mo', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT500_E: readonly TestPage[] = [webflow, hugo];
