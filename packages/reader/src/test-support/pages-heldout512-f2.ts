import type { TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file f2: a bus and coach operator's service update on Hugo with the PaperMod theme (breadcrumbs, post
 * description, post meta, a closed table of contents, tags, prev/next links, share buttons, theme toggle).
 */
const xTitle = 'Route X7 timetable changes from 5 January';
const xDek = 'Earlier first journeys from Hatherley, a new Sunday service and two stops moved for roadworks.';
const xIntro = j(
  'From Monday 5 January 2027 the X7 between Hatherley and Castlebury will run to a new timetable. The changes follow the',
  'consultation we held in October, when more than 600 passengers told us what they wanted from the route.',
);
const xWeek = j(
  'The first bus from Hatherley will leave at 05:40 instead of 06:15, so that early shift workers at Castlebury hospital can',
  'start at 07:00. Daytime buses stay every 20 minutes. The last bus from Castlebury will leave at 23:10, forty minutes later',
  'than now.',
);
const xRows = [
  ['First bus from Hatherley', '06:15', '05:40'],
  ['First bus from Castlebury', '06:50', '06:20'],
  ['Last bus from Castlebury', '22:30', '23:10'],
  ['Daytime frequency', 'Every 20 minutes', 'Every 20 minutes'],
];
const xSun = j(
  'For the first time since 2019 the X7 will run on Sundays, every hour from 08:00 to 19:00 in both directions. The Sunday',
  'service is paid for by Hatherley Town Council for a trial of one year.',
);
const xStopsIntro = 'While the Bridge Street junction is rebuilt, two stops will move:';
const xStops = [
  'Bridge Street (stop B) moves 150 metres to a temporary stop outside the library.',
  'Mill Lane (both directions) will not be served; please use the stops on Station Road instead.',
];
const xStopsEnd = 'We expect the roadworks to finish in May, and the stops will go back to their usual places when they do.';
const xTickets = j('Fares are not changing. Weekly and monthly X7 tickets bought before 5 January can be used on the new timetable, including', 'on Sundays.');
const xHeads = ['Weekday changes', 'New Sunday service', 'Stops moved for roadworks', 'Tickets'];
const xId = (h: string): string => h.toLowerCase().replace(/ /g, '-');
const xH2 = (h: string): string => `<h2 id="${xId(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${xId(h)}">#</a></h2>`;
const xBase = 'https://ashbytravel.co.uk';
const xShare = ['x', 'linkedin', 'reddit', 'facebook', 'whatsapp', 'telegram'];
const xHtml = `<!DOCTYPE html>
<html lang="en" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>${xTitle} | Ashby Travel</title>
<meta name="keywords" content="X7, timetables">
<meta name="description" content="${xDek}">
<meta name="author" content="Ashby Travel">
<link rel="canonical" href="${xBase}/posts/x7-timetable-january-2027/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<link rel="icon" href="${xBase}/favicon.ico">
<meta name="generator" content="Hugo 0.139.3">
<noscript><style>#theme-toggle,.top-link{display:none;}</style></noscript>
<script type="application/ld+json">{"@context": "https://schema.org","@type": "BreadcrumbList","itemListElement": [{"@type": "ListItem","position": 1,
"name": "Service updates","item": "${xBase}/posts/"},
{"@type": "ListItem","position": 2,"name": "${xTitle}","item": "${xBase}/posts/x7-timetable-january-2027/"}]}
</script>
<script type="application/ld+json">{"@context": "https://schema.org","@type": "BlogPosting","headline": "${xTitle}","description": "${xDek}",
"datePublished": "2026-12-01T09:00:00Z","author":{"@type": "Person","name": "Ashby Travel"}}</script>
</head>
<body class="" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {
        document.body.classList.add('dark');
    }
</script>
<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="${xBase}/" accesskey="h" title="Ashby Travel (Alt + H)">Ashby Travel</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
                width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button>
            </div>
        </div>
        <ul id="menu">
            <li><a href="${xBase}/timetables/" title="Timetables"><span>Timetables</span></a></li>
            <li><a href="${xBase}/posts/" title="Service updates"><span>Service updates</span></a></li>
            <li><a href="${xBase}/tickets/" title="Tickets"><span>Tickets</span></a></li>
            <li><a href="${xBase}/search/" title="Search (Alt + /)" accesskey=/><span>Search</span></a></li>
        </ul>
    </nav>
</header>
<main class="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="${xBase}/">Home</a>&nbsp;»&nbsp;<a href="${xBase}/posts/">Service updates</a></div>
    <h1 class="post-title entry-hint-parent">
      ${xTitle}
    </h1>
    <div class="post-description">
      ${xDek}
    </div>
    <div class="post-meta"><span title='2026-12-01 09:00:00 +0000 UTC'>December 1, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Ashby Travel
</div>
  </header> <div class="toc">
    <details >
        <summary accesskey="c" title="(Alt + C)">
            <span class="details">Table of Contents</span>
        </summary>

        <div class="inner"><ul>
${xHeads.map((h) => `                <li>\n                    <a href="#${xId(h)}" aria-label="${h}">${h}</a>\n                </li>`).join('\n')}
            </ul>
        </div>
    </details>
</div>

  <div class="post-content"><p>${xIntro}</p>
${xH2(xHeads[0] ?? '')}
<p>${xWeek}</p>
<table>
  <thead>
      <tr>
          <th>Journey</th>
          <th>Now</th>
          <th>From 5 January</th>
      </tr>
  </thead>
  <tbody>
${trs(xRows)}
  </tbody>
</table>
${xH2(xHeads[1] ?? '')}
<p>${xSun}</p>
${xH2(xHeads[2] ?? '')}
<p>${xStopsIntro}</p>
<ul>
${lis(xStops)}
</ul>
<p>${xStopsEnd}</p>
${xH2(xHeads[3] ?? '')}
<p>${xTickets}</p>

  </div>

  <footer class="post-footer">
    <ul class="post-tags">
      <li><a href="${xBase}/tags/x7/">X7</a></li>
      <li><a href="${xBase}/tags/timetables/">Timetables</a></li>
    </ul>
<nav class="paginav">
  <a class="prev" href="${xBase}/posts/christmas-new-year-2026/">
    <span class="title">« Prev</span>
    <br>
    <span>Christmas and New Year services</span>
  </a>
  <a class="next" href="${xBase}/posts/fare-freeze-extended/">
    <span class="title">Next »</span>
    <br>
    <span>Fare freeze extended to March</span>
  </a>
</nav>

<ul class="share-buttons">
${xShare
  .map(
    (s) => `    <li>\n        <a target="_blank" rel="noopener noreferrer" aria-label="share ${xTitle} on ${s}"
            href="https://www.${s}.com/share?url=${xBase}/posts/x7-timetable-january-2027/">
            <svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px"
            width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554"></path></svg></a>\n    </li>`,
  )
  .join('\n')}
</ul>

  </footer>
</article>
    </main>

<footer class="footer">
        <span>&copy; 2026 <a href="${xBase}/">Ashby Travel</a></span> ·

    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }
    }
</script>
</body>

</html>`;
const ashby: TestPage = {
  name: 'heldout512-hugo-papermod-timetable',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: [xDek, xIntro, xWeek, ...rowTexts(xRows), xSun, xStopsIntro, ...xStops, xStopsEnd, xTickets],
  bylines: ['December 1, 2026', 'Ashby Travel'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Timetables', 'Service updates', 'Search', 'Home', 'Table of Contents', '2 min', '« Prev', 'Christmas and New Year services', 'Next »',
    'Fare freeze extended to March', '© 2026 Ashby Travel', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT512_F2: readonly TestPage[] = [ashby];
