import { links, type TestPage, texts } from './page-kit.js';
import { j, ld, sections } from './pages-heldout340-kit.js';
import { localTvPage } from './pages-heldout340-d2.js';

/**
 * Held-out batch 340, file d: a SmartNews-style article view rendered by a JavaScript framework with hashed class names
 * (the app banner, the channel tabs, the publisher chip with its follow button, the byline and time, the "Open in app"
 * bar, the "View original article" link, the "More from" and "Trending in Local" rails and the footer) and, from file d2,
 * an AP story carried on a local TV station's site.
 */
const title = 'City council approves a four-day trial of car-free Sundays on Riverside Parade';
const secs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Riverside Parade in Calderport will close to cars on four Sundays this summer after the city council voted 9 to 4 on',
        'Monday night to approve a trial that traders have argued about for more than a year.',
      ),
      j(
        'From 9 a.m. to 6 p.m. on the first Sunday of June, July, August and September, the half-mile stretch between the Old',
        'Customs House and the Marsh Street bridge will be given over to walkers, cyclists, market stalls and street performers.',
        'Buses will be diverted along Quay Road.',
      ),
    ],
  ],
  [
    'Traders split on the plan',
    [
      j(
        'Cafe and restaurant owners on the parade have largely backed the trial, saying that the outdoor seating permits that come',
        'with it could double their Sunday trade. Some shopkeepers are less sure. Wendell Achebe, who runs a hardware store near',
        'the bridge, told the council that his Sunday customers &quot;come by car for paint and timber, not on foot for coffee.&quot;',
      ),
      j(
        'The council has agreed to provide free loading bays at both ends of the closed section and a shuttle from the Quay Road',
        'car park, which will open without charge on the four trial days.',
      ),
    ],
  ],
  [
    'How the trial will be judged',
    [
      'Council officers will collect figures on each trial day and compare them with four ordinary Sundays. They will measure:',
      'footfall at six counting points along the parade;',
      'card takings reported voluntarily by businesses;',
      'bus journey times on the diverted routes;',
      'complaints and compliments received by the council.',
      j(
        'A report is due in October. Councillor Yusra Penhale, who proposed the trial, said that if the results were good she',
        'would ask for car-free Sundays every week from next spring. &quot;We will not know until we try it,&quot; she said.',
      ),
    ],
  ],
];
const tabs = ['Top', 'Local', 'U.S.', 'Politics', 'Entertainment', 'Sports', 'Lifestyle'];
const more = ['Calderport library to open on Sundays from September', 'Marsh Street bridge repairs finish ahead of schedule'];
const trending = ['Heat advisory issued for the weekend', 'New ferry timetable starts next month', 'High school robotics team heads to finals'];
const foot = ['About SmartNews', 'Careers', 'Publishers', 'Privacy Policy', 'Terms of Use', 'Help'];
const bodyHtml = sections(secs, ' class="css-1qv7nm9 e1s8gx4n0"', ' class="css-9bx1wl e1s8gx4n1"').replace(
  /<p class="css-1qv7nm9 e1s8gx4n0">((?:footfall|card|bus|complaints)[^<]*)<\/p>/g,
  '<li class="css-14f0ypq">$1</li>',
);
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | SmartNews</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="SmartNews"><meta name="apple-itunes-app" content="app-id=1085244592">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  author: [{ '@type': 'Person', name: 'Greer Valcourt' }],
  publisher: { '@type': 'Organization', name: 'Calderport Tribune' },
  datePublished: '2026-05-12T03:40:00Z',
})}
<style data-emotion="css 1qv7nm9 9bx1wl 14f0ypq">.css-1qv7nm9{font-size:18px;line-height:1.7;}.css-9bx1wl{font-size:22px;}</style></head>
<body><div id="__next"><div class="css-1d3w5wq"><div class="css-app-banner e8k1c0"><span class="css-7x1p0q">Get the SmartNews app for local news
and alerts</span><a class="css-btn" href="https://app.smartnews.example/open">Open</a><button aria-label="Close">×</button></div>
<header class="css-1p4z8gu"><a href="/" class="css-logo" aria-label="SmartNews home">SmartNews</a>
<nav class="css-tabs" role="tablist"><ul class="css-1b2k9">${links(tabs, 'css-tab')}</ul></nav></header>
<main class="css-1ofqig9"><div class="css-article-view e1wqqdxx0"><div class="css-publisher-chip">
<img src="https://img.smartnews.example/logo/calderport.png" alt="" class="css-9l2s"><span class="css-pub-name">Calderport Tribune</span>
<button class="css-follow">+ Follow</button></div>
<h1 class="css-1w7zp3q e1wqqdxx1">${title}</h1>
<div class="css-meta"><span class="css-author">Greer Valcourt</span><span class="css-dot">·</span><time datetime="2026-05-12T03:40:00Z">May 12</time></div>
<figure class="css-fig"><img src="https://img.smartnews.example/a/riverside.jpg" alt=""><figcaption class="css-cap">Riverside Parade on a
Saturday afternoon. (Calderport Tribune file photo)</figcaption></figure>
<div class="css-body e1wqqdxx2">
${bodyHtml.replace(/(<li class="css-14f0ypq">[\s\S]*<\/li>)/, '<ul class="css-list">$1</ul>')}
</div><a class="css-original" href="https://www.calderporttribune.example/news/car-free-sundays">View original article</a>
<div class="css-open-bar"><p>Read more local stories in the SmartNews app</p><a href="https://app.smartnews.example/open">Open in app</a></div>
<section class="css-rail"><h2 class="css-rail-title">More from Calderport Tribune</h2><ul>${links(more)}</ul></section>
<section class="css-rail"><h2 class="css-rail-title">Trending in Local</h2><ul>${links(trending)}</ul></section></div></main>
<footer class="css-footer"><ul>${links(foot)}</ul><p>© SmartNews, Inc.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"a8d1f2","channel":"local"}},"page":"/article/[id]"}</script>
</body></html>`;

const smartNewsPage: TestPage = {
  name: 'heldout340-smartnews-article-news',
  kind: 'news',
  html,
  title,
  headings: secs.slice(1).map(([h]) => h),
  body: texts(secs.flatMap(([, p]) => p)),
  bylines: ['Greer Valcourt', 'May 12'],
  furniture: [
    'Get the SmartNews app for local news and alerts',
    'Open',
    'SmartNews',
    ...tabs,
    'Calderport Tribune',
    '+ Follow',
    'Riverside Parade on a Saturday afternoon. (Calderport Tribune file photo)',
    'View original article',
    'Read more local stories in the SmartNews app',
    'Open in app',
    'More from Calderport Tribune',
    ...more,
    'Trending in Local',
    ...trending,
    ...foot,
    '© SmartNews, Inc.',
  ],
};

export const HELDOUT340_D: readonly TestPage[] = [smartNewsPage, localTvPage];
