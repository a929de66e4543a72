import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file c2: a Kyodo News English story on english.kyodonews.net (the cookie notice, the header with
 * "KYODO NEWS+" and "Japan Business Wire" links and the "Membership" button, the category nav with its hidden mobile copy,
 * the headline, the "KYODO NEWS - date - time | sections" credit line, the share buttons, the lead photo caption ending
 * "(Kyodo)", a second photo inside the article text, the "Related coverage:" paragraph and its link paragraphs at the end
 * of the article body, the "Most Popular" and "Latest News" rails, the "Kyodo News Plus" promo and the footer).
 */
const kyTitle = 'Japan rural line to become bus route after 98 years as riders dwindle';
const kySrc = `
A rural railway line in northeastern Japan that has carried passengers for nearly a century will be converted into a bus
rapid transit route in April 2027, its operator said Tuesday, as the number of riders has fallen to a fraction of its peak.

East Tohoku Railway Co. said it reached an agreement with the three municipalities along the 41-kilometer Kamiyashiro Line
in Iwate Prefecture to remove the tracks and pave the right of way for dedicated bus lanes, with construction set to begin
next spring.

The line, which opened in 1929, carried an average of 112 passengers per kilometer per day in fiscal 2024, down from about
2,600 in the late 1980s, according to the company. It has lost money every year for more than three decades.

@@photo2

Under the plan, buses will run roughly every 30 minutes during the day, compared with eight trains a day currently, and will
leave the former railway corridor to stop in front of a hospital and two high schools in the town of Sakuragawa.

"We have reached a conclusion that a bus service can better meet the needs of local people while keeping the route as a
public transport network," East Tohoku Railway President Hiroshi Nakahara told a press conference in Morioka.

Sakuragawa Mayor Keiko Uchida said local residents had been divided, with some older people strongly attached to the line,
but that the town had accepted the plan on the condition that fares would not rise for at least 10 years.

The company will cover most of the estimated 4.8 billion yen ($32 million) construction cost, with the central government
paying about a third through a subsidy program for regional transport, the operator said.

Railway companies across Japan are reviewing loss-making lines as rural populations shrink and age. A transport ministry
panel in 2022 recommended that operators and local governments discuss the future of lines carrying fewer than 1,000
passengers per kilometer per day.

Several other lines have been converted to bus rapid transit following damage from natural disasters, including routes in
Miyagi and Fukuoka prefectures, but the Kamiyashiro Line is among the first to be replaced without such damage.

The last train on the line is scheduled to run on March 31, 2026, after which replacement buses will operate on local roads
until the new route opens.
`;
const kyBlocks = parse(kySrc);
const kyGold = gold(kyBlocks);
const kyNav = ['HOME', 'JAPAN', 'WORLD', 'ASIA', 'BUSINESS', 'SCIENCE', 'SPORTS', 'FEATURES', 'VIDEO'];
const kyShare = ['Post', 'Share', 'LINE', 'Copy URL'];
const kyCaption = 'A train on the Kamiyashiro Line runs through rice paddies in Sakuragawa, Iwate Prefecture, in September 2025. (Kyodo)';
const kyCaption2 = 'East Tohoku Railway President Hiroshi Nakahara speaks at a press conference in Morioka on Oct. 14, 2025. (Kyodo)';
const kyRelated = [
  'Japan to set up panel on future of loss-making local rail lines',
  'FOCUS: Rural towns weigh buses against trains as riders vanish',
  'Typhoon-hit rail line in Kyushu to reopen as bus rapid transit',
];
const kyPopular = [
  'Japan, Philippines agree to expand coast guard drills',
  'Ohtani hits 2 homers as Dodgers take Game 1',
  'Nikkei hits record high on weak yen, tech rally',
  'Tokyo to offer free daycare for 1st child from April',
  'Japan to ease rules for foreign caregivers amid shortage',
];
const kyLatest = [
  ['Japan Oct. consumer confidence improves for 2nd month', '20:11'],
  ['Over 100 people evacuate as wildfire spreads in Hokkaido', '19:58'],
  ['Japan lower house passes bill to extend gasoline subsidies', '19:31'],
];
const kyPlus = [
  'KYODO NEWS+',
  'Get the latest news from Japan and Asia with Kyodo News Plus, our subscription service for corporate and institutional readers.',
  'Learn more',
];
const kyCookie = [
  'This website uses cookies to improve your experience. By continuing to use this site, you agree to our use of cookies.',
  'Privacy Policy',
  'Agree',
];
const kyFoot = ['About Us', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Social Media Policy', 'Kyodo News Digital', 'Advertising'];
const kyCopy = 'Copyright (C) Kyodo News. All rights reserved. No reproduction or republication without written permission.';
const kyHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Japan rural line to become bus route after 98 years as riders dwindle</title>
<meta name="description" content="A rural railway line in northeastern Japan will be converted into a bus rapid transit route in April 2027.">
<meta property="og:title" content="${kyTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Kyodo News+">
<meta name="twitter:site" content="@kyodo_english">
<link rel="canonical" href="https://english.kyodonews.example/news/2025/10/a4d1c2b3e5f6-japan-rural-line.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${kyTitle}","datePublished":"2025-10-14T19:42:00+09:00",
"author":{"@type":"Organization","name":"KYODO NEWS"},"publisher":{"@type":"Organization","name":"Kyodo News","logo":{"@type":"ImageObject",
"url":"https://english.kyodonews.example/img/logo.png"}}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-KYD01"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-KYD01');</script>
<link rel="stylesheet" href="/css/common.css?20250901"><link rel="stylesheet" href="/css/article.css?20250901"></head>
<body id="article-page" class="en">
<div id="wrapper"><header id="header"><div class="header-inner"><h2 class="logo"><a href="/"><img src="/img/logo.png" alt="KYODO NEWS"></a></h2>
<ul class="header-links"><li><a href="/kyodonewsplus/">KYODO NEWS+</a></li><li><a href="/jbw/">Japan Business Wire</a></li></ul>
<a class="btn-membership" href="/membership/">Membership</a><button class="btn-menu" aria-label="menu"><span></span></button></div>
<nav id="gnav"><ul>${links(kyNav, 'gnav-item')}</ul></nav><nav id="sp-menu" class="sp-only" hidden><ul>${links(kyNav, 'sp-menu-item')}</ul></nav>
</header>
<div id="contents" class="clearfix"><div id="main"><div id="js-article" class="article-inner-wrap">
<h1>${kyTitle}</h1>
<p class="credit">KYODO NEWS - Oct 14, 2025 - 19:42 | <a href="/news/japan">Japan</a>, <a href="/news/business">Business</a></p>
<div class="sns-wrap"><ul class="sns">${kyShare
  .map((t) => `<li class="sns-${t.toLowerCase().replace(' ', '')}"><a href="#" rel="nofollow"><span>${t}</span></a></li>`)
  .join('')}</ul></div>
<div class="mainpic"><img src="/images/2025/10/kamiyashiro-l.jpg" alt=""><span class="caption">${kyCaption}</span></div>
<div class="article-body">
${render(
  kyBlocks,
  {},
  {
    photo2: `<div class="in-pic"><img src="/images/2025/10/nakahara-l.jpg" alt=""><p class="caption">${kyCaption2}</p></div>`,
  },
)}
<p>Related coverage:</p>
${kyRelated.map((t) => `<p><a href="/news/2025/related.html">${t}</a></p>`).join('\n')}
</div></div></div>
<div id="side"><section class="side-box ranking"><h2 class="side-title">Most Popular</h2><ol>${links(kyPopular, 'ranking-item')}</ol></section>
<section class="side-box latest"><h2 class="side-title">Latest News</h2><ul>${kyLatest
  .map(([t, time]) => `<li><a href="/news/latest"><span class="time">${time}</span><span class="title">${t}</span></a></li>`)
  .join('')}</ul></section>
<section class="side-box plus-promo"><h2 class="side-title">${kyPlus[0]}</h2><p>${kyPlus[1]}</p><a class="btn" href="/kyodonewsplus/">${kyPlus[2]}</a>
</section></div></div>
<footer id="footer"><ul class="footer-nav">${links(kyFoot)}</ul><p class="copyright">${kyCopy}</p></footer></div>
<div id="cookie-consent" class="cookie-consent"><p>${kyCookie[0]} <a href="/privacy/">${kyCookie[1]}</a></p>
<button class="cookie-consent__agree">${kyCookie[2]}</button></div>
<script src="/js/jquery.min.js"></script><script src="/js/common.js?20250901"></script></body></html>`;
export const kyodo: TestPage = {
  name: 'heldout148-kyodo-news',
  kind: 'news',
  html: kyHtml,
  // the "Related coverage:" line and its links sit inside the article body but are furniture
  title: kyTitle,
  headings: kyGold.headings,
  body: kyGold.body,
  bylines: ['KYODO NEWS - Oct 14, 2025 - 19:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'KYODO NEWS+', 'Japan Business Wire', 'Membership', ...kyNav, 'Japan', 'Business', ...kyShare, kyCaption, kyCaption2, 'Related coverage:', ...kyRelated,
    'Most Popular', ...kyPopular, 'Latest News', ...kyLatest.flat(), ...kyPlus.slice(1), ...kyCookie, ...kyFoot.filter((t) => t !== 'Privacy Policy'),
    kyCopy,
  ],
};
