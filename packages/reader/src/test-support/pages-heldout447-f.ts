import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout447-kit.js';

/**
 * Held-out batch 447, file f: an HLTV-style esports player statistics page (navbar, event filters, summary stat boxes, stats
 * rows, a short form note, left and right columns with matches and news, footer) and a stage report with results on a
 * Future plc cycling site (Cyclingnews template: strapline, byline with date, jwplayer video, hawk shopping widget, results
 * table, newsletter box, "Most Popular" sidebar, comments placeholder and the Future footer).
 */
const eTitle = 'kestr0';
const eRows: [string, string][] = [
  ['Total kills', '18,402'],
  ['Headshot %', '47.3%'],
  ['Total deaths', '16,011'],
  ['K/D Ratio', '1.15'],
  ['Damage / Round', '81.6'],
  ['Maps played', '842'],
  ['Rounds played', '22,480'],
  ['Rounds with kills', '11,920'],
];
const eNote = [
  j(
    'Joonas "kestr0" Vaaranen has been the primary AWPer of Nordvale since the summer of 2023. His rating over the last three months is',
    'the highest of his career, helped by an opening kill success rate of 58 per cent on the CT side of Ancient and Inferno.',
  ),
  j(
    'The numbers on this page cover matches against teams ranked in the top 50 only. LAN results account for 61 per cent of the rounds',
    'counted, and matches played as a stand-in for other teams are excluded.',
  ),
];
const eNav = ['News', 'Matches', 'Results', 'Events', 'Stats', 'Galleries', 'Rankings', 'Forums', 'Betting', 'Fantasy'];
const eTabs = ['Overview', 'Individual', 'Clutches', 'Matches', 'Events', 'Career'];
const eFilters = ['All time', 'Last month', 'Last 3 months', '2025', 'Top 50 opponents', 'LAN only'];
const eLeft = ['Nordvale vs Helix Saints', 'Ironpact vs Nordvale', 'Nordvale vs Gale Esports'];
const eRight = ['Nordvale confirm roster for Major qualifier', 'kestr0: "We finally trust our mid-rounds"', 'Top 20 players of 2025: #14'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>kestr0's Counter-Strike stats | FragLTV.org</title>
<meta name="description" content="Statistics of kestr0, Counter-Strike player for Nordvale.">
<link rel="stylesheet" href="https://www.fragltv.example/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Joonas
Vaaranen","alternateName":"kestr0","memberOf":"Nordvale"}</script>
<script>window.fragltvConfig={"cookieConsent":"cmp","page":"stats/players"};</script></head>
<body class="colCon"><div class="navbar"><nav class="navcon"><a class="navbar-logo" href="/">FragLTV.org</a>${eNav
  .map((t) => `<a class="navsecondary navbar-link" href="/${t.toLowerCase()}">${t}</a>`)
  .join('\n')}<a class="navsignin" href="/login">Log in</a></nav></div>
<div class="contentCol"><div class="left-col"><aside class="sidebar"><h2 class="sidebar-headline">Matches</h2>${eLeft
  .map((m) => `<a class="sidebar-single-line-item" href="/matches/${m.length}">${m}</a>`)
  .join('\n')}</aside></div>
<div class="col-6"><div class="stats-section stats-player"><div class="stats-top-menu"><div class="tabs standard-box">${eTabs
  .map((t) => `<a href="/stats/players/${t.toLowerCase()}/19876/kestr0" class="stats-top-menu-item">${t}</a>`)
  .join('\n')}</div>
<div class="stats-sub-navigation"><div class="filter-column-content">${eFilters.map((f) => `<a class="filter-button" href="#">${f}</a>`).join('\n')}</div>
</div></div>
<div class="playerSummaryStatBox"><div class="summaryBodyshotContainer"><img class="summaryBodyshot" src="/img/bodyshot/kestr0.png" alt="kestr0"></div>
<div class="summaryBreakdownContainer"><div class="summaryNickname text-ellipsis"><h1 class="summaryNickname">${eTitle}</h1></div>
<div class="summaryRealname text-ellipsis"><img class="flag" src="/img/flag/FI.gif" alt="Finland"> <div class="text-ellipsis">Joonas Vaaranen</div></div>
<div class="SummaryTeamname text-ellipsis"><a href="/team/8810/nordvale">Nordvale</a></div>
<div class="summaryStatBreakdownRow"><div class="summaryStatBreakdown"><div class="summaryStatBreakdownSubHeader">Rating 2.1</div>
<div class="summaryStatBreakdownDataValue">1.17</div></div><div class="summaryStatBreakdown"><div class="summaryStatBreakdownSubHeader">KAST</div>
<div class="summaryStatBreakdownDataValue">72.4%</div></div></div></div></div>
<div class="statistics"><div class="columns"><div class="col stats-rows standard-box">
${eRows.map(([k, v]) => `<div class="stats-row"><span>${k}</span>\n<span>${v}</span></div>`).join('\n')}
</div></div></div>
<div class="standard-box player-form-note"><h2 class="standard-headline">Form note</h2>${ps(eNote)}</div>
<div class="stats-disclaimer">Stats are updated after every match. Rating 2.1 is explained on the <a href="/news/rating">rating page</a>.</div></div></div>
<div class="right-col"><aside class="sidebar"><h2 class="sidebar-headline">Related news</h2>${eRight
  .map((n) => `<a class="sidebar-single-line-item" href="/news/${n.length}">${n}</a>`)
  .join('\n')}<div class="ad-box"><span class="ad-label">Sponsored</span></div></aside></div></div>
<footer class="footer"><div class="footer-links">${links(['About', 'Contact', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Press'])}</div>
<p class="footer-copy">© 2002-2025 FragLTV.org - All rights reserved. Gambling can be addictive. Please play responsibly.</p></footer>
<div id="CybotCookiebotDialog" class="CybotEdge"><div id="CybotCookiebotDialogBodyText">We use cookies to personalise content and ads and to analyse our
traffic.</div><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button>
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button></div></body></html>`;

const esports: TestPage = {
  name: 'heldout447-hltv-player-stats-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Form note'],
  body: [...eRows.map(([k, v]) => `${k} ${v}`), ...texts(eNote)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FragLTV.org', ...eNav, 'Log in', 'Matches', ...eLeft, ...eTabs, ...eFilters,
    'Stats are updated after every match. Rating 2.1 is explained on the rating page.',
    'Related news', ...eRight, 'Sponsored', 'About', 'Contact', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Press',
    '© 2002-2025 FragLTV.org - All rights reserved. Gambling can be addictive. Please play responsibly.',
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Allow all', 'Deny',
  ],
};

const yTitle = 'Tour of the Lowmarch: Sørvik wins stage 4 from the breakaway as Castellane keeps the lead';
const yReport = [
  j(
    'Anders Sørvik (Halcyon-Veloce) won stage 4 of the Tour of the Lowmarch on Thursday, outsprinting his two breakaway companions on the',
    'cobbled rise into Wendmoor after 187 kilometres at the front of the race. Pierre Castellane (Team Orvane) finished safely in the',
    "bunch, 41 seconds later, and keeps the leader's blue jersey with two stages to go.",
  ),
  j(
    'It was a first professional win for the 24-year-old Norwegian, who had been in the day\'s move on three of the four stages so far. "I',
    'told the team this morning I was going again, and they laughed," Sørvik said at the finish. "Today the wind was with us."',
  ),
  '<h2>How it unfolded</h2>',
  j(
    "A group of six went clear after 14 kilometres, and the sprinters' teams allowed the gap to grow to more than five minutes across the",
    'exposed polder roads. The chase only began in earnest with 60 kilometres remaining, when a crosswind section split the peloton',
    "briefly and caught out several overall contenders, among them last year's winner Luc Verbeeck, who lost 1:12.",
  ),
  j(
    'Inside the final 20 kilometres the breakaway shed three riders on the Kapelberg climb. Sørvik, Milo Brandauer (Team Ferrant) and',
    'Tomás Iriarte (Azur Cycling) worked together to the flamme rouge, and Sørvik opened his sprint from third wheel with 200 metres to go.',
  ),
  j(
    "Castellane's Orvane team controlled the final hour and the Frenchman avoided the crashes that marred the approach to Wendmoor.",
    "Friday's stage 5 is a 24-kilometre individual time trial around Lake Emmer, which is expected to decide the overall classification.",
  ),
  '<h2>Results</h2>',
];
const yStage = [
  ['1', 'Anders Sørvik (Nor) Halcyon-Veloce', '4:21:08'],
  ['2', 'Milo Brandauer (Aut) Team Ferrant', '+0:00'],
  ['3', 'Tomás Iriarte (Spa) Azur Cycling', '+0:03'],
  ['4', 'Jesper Kaalund (Den) Team Orvane', '+0:41'],
  ['5', 'Pierre Castellane (Fra) Team Orvane', '+0:41'],
];
const yGc = [
  ['1', 'Pierre Castellane (Fra) Team Orvane', '15:02:44'],
  ['2', 'Luka Moravec (Cze) Halcyon-Veloce', '+0:19'],
  ['3', 'Rens Ooijevaar (Ned) Team Ferrant', '+0:27'],
];
const yNav = ['News', 'Races', 'Reviews', 'Features', 'Tech', 'Bikes', 'Training', 'Podcast'];
const yPop = ['Castellane: "The time trial will hurt everyone"', 'Best road bikes 2025: tested and rated', 'Verbeeck loses time in crosswinds'];
const yFoot = [
  "Contact Future's experts",
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'About us',
  'Careers',
];
const yTbl = (cap: string, data: string[][]): string => `<div class="table__wrapper table__wrapper--inbodyContent"><table class="table__container">
<caption class="table__caption">${cap}</caption><thead class="table__head"><tr><th>Pos.</th><th>Rider (Country) Team</th><th>Result</th></tr></thead>
<tbody class="table__body">${rows(data, 'table__body__row')}</tbody></table></div>`;
const yBody = yReport
  .map((p) => (p.startsWith('<h2>') ? p.replace('<h2>', '<h2 id="section-x">') : `<p>${p}</p>`))
  .join('\n')
  .replace(
    '<h2 id="section-x">How',
    `<p><strong>Read more:</strong> <a href="/news/lowmarch-stage-3">Tour of the Lowmarch stage 3: Kaalund takes the sprint in Holmstad</a></p>
<h2 id="section-x">How`,
  );
const yHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Tour of the Lowmarch: Sørvik wins stage 4 from the breakaway | Pelotonwire</title>
<meta name="description" content="Castellane keeps the blue jersey before the time trial."><meta property="og:type" content="article">
<meta name="parsely-author" content="Hanne Ridderstolpe"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Sørvik wins stage 4 from the breakaway","datePublished":"2025-05-15T16:40:00Z","author":[{"@type":"Person","name":"Hanne Ridderstolpe"}]}</script>
<script>window.ffte={"vanilla":{"site":"pelotonwire"}};</script><link rel="stylesheet" href="https://vanilla.futurecdn.example/pelotonwire/css/main.css"></head>
<body class="vanilla-body"><div id="document"><header class="header"><div class="header__logo"><a href="/">Pelotonwire</a></div>
<nav class="primary-nav"><ul class="primary-nav__list">${links(yNav, 'primary-nav__item')}</ul></nav><div class="header__subscribe">
<a href="/subscribe">Subscribe</a>
</div></header><div class="trending"><span class="trending__label">Trending</span> ${['Tour of the Lowmarch', 'Spring Classics', 'Gravel worlds']
  .map((t) => `<a href="/tag/${t.length}">${t}</a>`)
  .join(' ')}</div>
<div class="ad-unit ad-unit--leaderboard"><span class="ad-unit__label">Advertisement</span></div>
<div id="main"><div id="content"><article class="news-article" data-id="p8Lw2"><header><nav class="breadcrumb"><ol><li><a href="/races">Races</a></li>
<li><a href="/races/tour-of-the-lowmarch-2025">Tour of the Lowmarch 2025</a></li></ol></nav><h1>${yTitle}</h1>
<p class="strapline">Norwegian takes first pro victory in three-man sprint at Wendmoor</p><div class="author-byline"><div class="author-byline__author-details">
<span class="author-byline__authors">By <a rel="author" href="/author/hanne-ridderstolpe">Hanne Ridderstolpe</a></span>
<span class="author-byline__date">published <time datetime="2025-05-15T16:40:00Z">15 May 2025</time></span></div>
<div class="social-share"><span class="social-share__label">Share this article</span><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
</div>
<div class="affiliate-disclaimer">When you purchase through links on our site, we may earn an affiliate commission.</div></header>
<section class="content-wrapper"><div class="hero-image-wrapper"><figure class="van-image-figure"><img src="/images/sorvik.jpg" alt="">
<figcaption itemprop="caption description" class="inline-layout"><span class="caption-text">Anders Sørvik celebrates on the line in Wendmoor </span>
<span class="credit" itemprop="copyrightHolder">(Image credit: Getty Images)</span></figcaption></figure></div>
<div id="article-body" class="text-copy bodyCopy auto">
<div class="jwplayer__wrapper"><div class="jwplayer__title">Watch: highlights of stage 4</div><div id="jwplayer-stage4"></div></div>
${yBody}
${yTbl('Stage 4 result', yStage)}
${yTbl('General classification after stage 4', yGc)}
<div class="hawk-wrapper" data-widget-type="seasonal"><div class="hawk-title">Today's best deals on road bikes</div>
<p class="hawk-merchant">Orbea Orca M20 £2,199
at Cycle Hub</p></div></div>
<div class="newsletter-form__wrapper"><div class="newsletter-form__strapline">The latest race content, interviews, features, reviews and expert buying
guides, direct to your inbox!</div><button class="newsletter-form__button">Sign me up</button></div>
<div id="article-comments"><button class="jump-to-comments">Comments (12)</button></div></section></article></div>
<aside id="sidebar"><div class="popular-box"><h3 class="popular-box__title">Most Popular</h3><ol>${links(yPop)}</ol></div></aside></div>
<footer class="footer"><p class="footer__text">Pelotonwire is part of Future plc, an international media group and leading digital publisher.</p>
<ul>${links(yFoot)}</ul><p class="footer__copyright">© Future Publishing Limited Quay House, The Ambury, Bath BA1 1UA. All rights reserved.</p></footer></div>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy</p><p>We and our partners store and/or access information on a device,
such as cookies.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></body></html>`;

const cycling: TestPage = {
  name: 'heldout447-future-plc-stage-report-news',
  kind: 'news',
  html: yHtml,
  title: yTitle,
  headings: ['How it unfolded', 'Results'],
  body: [...texts(yReport.filter((p) => !p.startsWith('<h2>'))), ...rowTexts(yStage), ...rowTexts(yGc)],
  bylines: ['By Hanne Ridderstolpe', 'published 15 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pelotonwire', ...yNav, 'Subscribe', 'Trending', 'Spring Classics', 'Gravel worlds', 'Advertisement', 'Races', 'Tour of the Lowmarch 2025',
    'Share this article', 'Facebook', 'Email', 'When you purchase through links on our site, we may earn an affiliate commission.',
    'Anders Sørvik celebrates on the line in Wendmoor', '(Image credit: Getty Images)', 'Watch: highlights of stage 4', 'Read more:',
    'Tour of the Lowmarch stage 3: Kaalund takes the sprint in Holmstad', 'Stage 4 result', 'General classification after stage 4',
    'Today\'s best deals on road bikes', 'Orbea Orca M20 £2,199 at Cycle Hub',
    'The latest race content, interviews, features, reviews and expert buying guides, direct to your inbox!', 'Sign me up', 'Comments (12)', 'Most Popular',
    ...yPop, 'Pelotonwire is part of Future plc, an international media group and leading digital publisher.', ...yFoot,
    '© Future Publishing Limited Quay House, The Ambury, Bath BA1 1UA. All rights reserved.', 'We value your privacy',
    'We and our partners store and/or access information on a device, such as cookies.', 'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT447_F: readonly TestPage[] = [esports, cycling];
