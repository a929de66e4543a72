import { links, type TestPage, texts } from './page-kit.js';
import { govukRelease } from './pages-heldout107-f2.js';

/**
 * Held-out batch 107, file f: an ESPN story (the global nav with sport links, "ESPN+" and "Watch", the sport sub-nav,
 * the article header with h1, the author with "ESPN Staff Writer" and the timestamp, the share links and "Close", the inline
 * photo with caption and credit, the "game details" inset between paragraphs, the ESPN+ promo, the "More from ESPN"
 * headlines, the "Top Headlines" rail, "Favorites" sign-in prompt, the OneTrust banner and the footer) and, from file f2,
 * a GOV.UK press release.
 */
const esTitle = 'Harbor City stuns leaders with late winner to end 11-game road skid';
const esP = [
  'HARBOR CITY -- For 89 minutes on Saturday night, it looked as if Harbor City FC would leave another road game with nothing. Then Tomás ' +
    'Ferreira found a yard of space at the edge of the box.',
  'The Brazilian midfielder’s curling shot off the inside of the post gave Harbor City a 2-1 win over league leaders Prairie United and ended ' +
    'an 11-game winless run away from home that stretched back to April.',
  '“We have been talking about this for weeks, that one moment would change it,” Ferreira said afterward. “Tonight we finally had the moment.”',
  'Prairie United had taken the lead in the 23rd minute when striker Callum Oduya headed in a corner at the near post, his 17th goal of the ' +
    'season. United dominated the first half, outshooting the visitors 11-2, and looked comfortable until the break.',
  'Harbor City coach Inés Roldán made two changes at halftime, moving to a back five and sending on 19-year-old winger Dario Pellegrino. The ' +
    'switch changed the game.',
  'Pellegrino set up the equalizer in the 61st minute, cutting inside from the right and crossing for Samir Haddad to volley home. It was the ' +
    'teenager’s first assist in the league.',
  '“He was not afraid of anything,” Roldán said. “Most young players come on in a stadium like this and want to give the ball away quickly. He ' +
    'wanted the ball every time.”',
  'United pushed for a winner, and Harbor City goalkeeper Jens Aaberg made two sharp saves in the final 15 minutes, including a diving stop ' +
    'from Oduya’s close-range header in the 82nd minute.',
  'The loss was only the second of the season for Prairie United, whose lead at the top of the table was cut to four points with five games to play.',
  'United coach Mark Delaney said his side had “stopped doing the simple things” after the equalizer. “We gave them belief, and good teams ' +
    'punish you for that,” he said.',
  'Harbor City moves up to sixth place, two points behind the final playoff spot. It hosts Lakeshore on Wednesday.',
];
const esNav = ['NFL', 'NBA', 'NHL', 'MLB', 'NCAAF', 'Soccer', 'WNBA', 'More Sports', 'Watch', 'Fantasy'];
const esSub = ['Home', 'Scores', 'Schedule', 'Standings', 'Stats', 'Teams', 'Transfers'];
const esBy = 'Ryan Kessler';
const esRole = 'ESPN Staff Writer';
const esShare = ['Facebook', 'X', 'Email', 'Print', 'Close'];
const esCaption = 'Tomás Ferreira celebrates after scoring the winner for Harbor City.';
const esCredit = 'Jordan Blake/Getty Images';
const esInset = ['Game Details', 'Prairie United 1, Harbor City FC 2', 'Gamecast', 'Box Score'];
const esPlus = ['Stream on ESPN+', 'Watch every match of the season live, plus replays and highlights.', 'Subscribe Now'];
const esMore = ['More from ESPN', 'Power Rankings: Who is climbing as the playoff race heats up', 'Transfer tracker: Every deal done so far'];
const esTop = [
  'Top Headlines',
  'Quarterback ruled out for season with knee injury',
  'Coach fired after 1-7 start',
  'Star guard agrees to five-year extension',
  'Sources: Team explores trade for veteran pitcher',
];
const esFav = ['Favorites', 'Sign in or Create an Account to follow your teams and leagues.', 'Manage Favorites', 'Customize ESPN'];
const esCookie = 'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.';
const esFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your US State Privacy Rights',
  'Children’s Online Privacy Policy',
  'Interest-Based Ads',
  'About Nielsen Measurement',
  'Do Not Sell or Share My Personal Information',
  'Contact Us',
  'Disney Ad Sales Site',
  'Work for ESPN',
  'Corrections',
];
const esCopy = 'ESPN enhanced data provided by Opta. Copyright: © 2025 ESPN Enterprises, Inc. All rights reserved.';
const esP_ = (p: string): string => `<p>${p}</p>`;
const esHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esTitle} - ESPN</title>
<meta name="description" content="Tomás Ferreira’s late winner gave Harbor City a 2-1 win over league leaders Prairie United.">
<meta property="og:site_name" content="ESPN.com">
<meta property="og:title" content="${esTitle}"><meta name="DC.date.issued" content="2025-11-16T04:12:00Z">
<link rel="canonical" href="https://www.espn.com/soccer/story/_/id/46912345/harbor-city-late-winner">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esTitle}","datePublished":"2025-11-16T04:12:00Z",
"author":{"@type":"Person","name":"${esBy}"},"publisher":{"@type":"Organization","name":"ESPN"}}</script>
<script>window.espn = window.espn || {}; espn.analytics = {"section":"soccer","type":"story"};</script>
<link rel="stylesheet" href="https://a.espncdn.example/redesign/0.801.2/css/shell.css">
</head><body class="story soccer"><div id="global-viewport"><header id="global-header" class="espn-en user-account-management"><div class="container">
<a class="logo" href="/" aria-label="ESPN Home Page"><span>ESPN</span></a><nav id="global-nav" aria-label="Global"><ul>${links(esNav, 'sports')}</ul></nav>
<ul class="tools"><li><a href="/watch/espnplus/">ESPN+</a></li><li><button class="search-btn" aria-label="Search"></button></li></ul></div></header>
<nav id="global-nav-secondary" aria-label="Soccer"><ul>${links(esSub, 'sub')}</ul></nav>
<section id="pane-main"><section id="main-container" class="main-container"><section id="article-feed"><article class="article" data-id="46912345">
<header class="article-header"><h1>${esTitle}</h1></header>
<div class="article-meta"><ul class="authors"><li class="author has-bio"><div class="author-img"><img alt="" src="/i/headshots/ryan-kessler.png"></div>
<div class="author">${esBy}</div><div class="author-title">${esRole}</div></li></ul>
<span class="timestamp" data-date="2025-11-16T04:12:00Z">Nov 15, 2025, 11:12 PM ET</span>
<div class="article-social"><ul class="social-share">${links(esShare.slice(0, 4), 'social-share__item')}</ul>
<button class="article-social__close" aria-hidden="true">${esShare[4]}</button></div></div>
<div class="article-body">
<aside class="inline inline-photo full"><figure><div class="img-wrap"><img alt=""
src="https://a.espncdn.example/photo/2025/1115/r1234567_1296x729_16-9.jpg"></div>
<figcaption>${esCaption} <cite>${esCredit}</cite></figcaption></figure></aside>
${esP.slice(0, 3).map(esP_).join('\n')}
<aside class="inline inline-table game-details"><h3>${esInset[0]}</h3><p class="score-line">${esInset[1]}</p>
<ul>${links(esInset.slice(2), 'game-link')}</ul></aside>
${esP.slice(3, 7).map(esP_).join('\n')}
<aside class="inline espnplus-promo"><h3>${esPlus[0]}</h3><p>${esPlus[1]}</p><a class="button" href="/watch/espnplus/">${esPlus[2]}</a></aside>
${esP.slice(7).map(esP_).join('\n')}
</div>
<section class="more-from"><h3>${esMore[0]}</h3><ul>${links(esMore.slice(1), 'more-from__item')}</ul></section></article></section></section>
<aside id="sidebar" class="col-c"><section class="headlineStack"><h2 class="headlineStack__header">${esTop[0]}</h2>
<ul>${links(esTop.slice(1), 'headlineStack__listItem')}</ul>
</section><section class="favorites-module"><h2>${esFav[0]}</h2><p>${esFav[1]}</p><a href="/favorites">${esFav[2]}</a><a href="/customize">${esFav[3]}</a>
</section></aside>
</section>
<footer id="global-footer"><ul>${links(esFoot, 'footer-link')}</ul><p class="copyright">${esCopy}</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${esCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="https://a.espncdn.example/redesign/0.801.2/js/espn-critical.js" defer></script></body></html>`;
const espnStory: TestPage = {
  html: esHtml,
  name: 'heldout107-espn-sports-news',
  kind: 'news',
  // the dateline ("HARBOR CITY --") opening the first paragraph is a byline and that paragraph's body text starts after
  // it; the author, "ESPN Staff Writer" and the timestamp are bylines; the game-details inset and ESPN+ promo inside the
  // article body are furniture
  title: esTitle,
  headings: [],
  body: texts([(esP[0] as string).replace('HARBOR CITY -- ', ''), ...esP.slice(1)]),
  bylines: ['HARBOR CITY --', esBy, esRole, 'Nov 15, 2025, 11:12 PM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...esNav, 'ESPN+', ...esSub, ...esShare, esCaption, esCredit, ...esInset, ...esPlus, ...esMore, ...esTop, ...esFav, ...esFoot, esCopy, esCookie,
    'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT107_F: readonly TestPage[] = [espnStory, govukRelease];
