import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file c3: a Hindustan Times city story: the header with "Sign in", "Subscribe" and the "e-Paper" link, the
 * section nav, the breadcrumb, the headline and summary (h2 "sortDec"), the byline with city and IST time, the share strip,
 * the lead figure with "(HT Photo)" caption, the body ("detail") with "Also Read |" link paragraphs and "Advertisement"
 * slots inside it, the closing "Get Latest ... News" line, the topics, the "Trending in Cities" rail, the push-notification
 * prompt and the footer.
 */
export const htTitle = 'Pune civic body to install 300 air quality sensors across city before monsoon';
export const htDek = 'The Pune Municipal Corporation says the network will give ward-level readings every 15 minutes and help identify pollution hotspots';
export const htP = paras(`
PUNE: The Pune Municipal Corporation (PMC) will install 300 low-cost air quality sensors across the city’s 41 wards by the end of
May, officials said on Tuesday, in a bid to track pollution levels at a neighbourhood scale for the first time.

At present, the city relies on 11 continuous monitoring stations, most of them in the central areas. Officials said this left
large parts of the fast-growing eastern and western suburbs, including Kharadgaon and Sutarwadi, without any real-time data.

Additional municipal commissioner Rekha Deshpande said the sensors would measure particulate matter (PM2.5 and PM10), nitrogen
dioxide and carbon monoxide and upload readings every 15 minutes to a public dashboard. “Citizens should be able to see what
they are breathing on their own street, not an average for the whole city,” she said.

The project, estimated to cost ₹14.6 crore, will be funded under the National Clean Air Programme. The contract for supply and
maintenance of the sensors for five years has been awarded to a Bengaluru-based firm after a tender process that began in
September.

According to PMC’s environment department, the city recorded “poor” or “very poor” air quality on 47 days between November and
January this winter, compared with 31 days in the same period a year earlier. Construction dust, vehicle emissions and the
burning of waste were identified as the main sources.

Officials said the denser network would help the civic body decide where to deploy water sprinklers and anti-smog guns, and
where to concentrate inspections of construction sites. Sites that repeatedly breach dust-control norms could face stop-work
notices, Deshpande said.

Environmental groups welcomed the move but cautioned that low-cost sensors need regular calibration. Sandeep Kulkarni of the
Pune Clean Air Collective said readings from similar networks in other cities had drifted within months when maintenance was
neglected. “The data is only useful if people trust it. PMC should publish the calibration records along with the readings,” he
said.

Deshpande said each sensor would be checked against the reference stations every quarter and that the dashboard would flag
any device showing unusual readings. The first 80 sensors will be installed in March at schools, hospitals and major traffic
junctions.
`);
export const htAlso = [
  'Also Read | <a href="/cities/pune-news/pmc-budget-2025-101736845.html">PMC budget: ₹2,100 crore set aside for roads and drainage</a>',
  'Also Read | <a href="/cities/pune-news/winter-smog-pune-101736122.html">Why Pune’s winter air has got worse in the last five years</a>',
];
export const htClose = 'Get Latest <a href="/india-news">India News</a> along with Latest News and Top Headlines from India and around the world.';
export const htTop = ['Sign in', 'Subscribe', 'e-Paper'];
export const htNav = lines(`
Home
Latest News
India
World
Cities
Entertainment
Cricket
Lifestyle
Astrology
Education
Business
Videos
Photos
Quickreads
`);
export const htCrumbs = ['Home', 'Cities', 'Pune News'];
export const htShare = ['Share Via', 'Copy Link'];
export const htCaption = 'An air quality monitoring station at Shivajinagar in Pune. (HT Photo)';
export const htTopicsHead = 'Topics';
export const htTopics = ['pune municipal corporation', 'air quality', 'air pollution', 'pune'];
export const htTrending = lines(`
Trending in Cities
Mumbai: BEST to add 250 electric buses by June
Bengaluru metro Yellow Line trial runs to resume next week
Delhi records coldest January morning in four years
Pune: Traffic diversions announced for Balewadi flyover work
`);
export const htNotify = ['Get the latest news on the go. Allow notifications from Hindustan Times?', 'Allow', 'Later'];
export const htFoot = lines(`
About Us
Contact Us
Terms of Use
Privacy Policy
Weather Today
HT Newsletters
Subscription
Print Ad Rates
Code of Ethics
`);
export const htCopy = 'Copyright © HT Digital Streams Ltd. All rights reserved.';
const ad = (id: string): string => `<div class="adHeight250 adMinHeight313" id="${id}"><span class="adHeading">Advertisement</span>
<div id="div-gpt-ad-${id}" class="adsHeight"></div></div>`;
const body = [
  ...htP.slice(0, 2).map((p) => `<p>${p}</p>`),
  `<p>${htAlso[0]}</p>`,
  ad('mid1'),
  ...htP.slice(2, 5).map((p) => `<p>${p}</p>`),
  `<p>${htAlso[1]}</p>`,
  ad('mid2'),
  ...htP.slice(5).map((p) => `<p>${p}</p>`),
  `<p>${htClose}</p>`,
].join('\n');
export const htHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Pune civic body to install 300 air quality sensors across city before monsoon | Pune News - Hindustan Times</title>
<meta name="description" content="${htDek}"><meta name="news_keywords" content="pune municipal corporation, air quality, air pollution, pune">
<meta property="og:title" content="${htTitle}"><meta property="og:site_name" content="Hindustan Times"><meta name="section" content="pune news">
<link rel="canonical" href="https://www.hindustantimes.example/cities/pune-news/pune-civic-body-to-install-300-air-quality-sensors-101736912345678.html">
<link rel="amphtml" href="https://www.hindustantimes.example/cities/pune-news/pune-air-quality-sensors-101736912345678-amp.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${htTitle}","description":"${htDek}",
"datePublished":"2025-01-15T07:32:11+05:30","dateModified":"2025-01-15T07:32:11+05:30","author":{"@type":"Person","name":"Shalaka Pande"},
"articleSection":"Pune News","publisher":{"@type":"NewsMediaOrganization","name":"Hindustan Times"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},
{"@type":"ListItem","position":2,"name":"Cities"},{"@type":"ListItem","position":3,"name":"Pune News"}]}</script>
<link rel="stylesheet" href="https://www.hindustantimes.example/res/css/ht2024/detail.min.css?v=4.8">
<script>var _htDataLayer={"pageType":"storyPage","section":"cities","subSection":"pune-news","storyId":"101736912345678","isPremium":false};</script>
</head><body class="detailPage"><div id="dataHolder"><header class="header"><div class="headerTop">
<a class="logo" href="/" title="Hindustan Times"><img alt="Hindustan Times" src="https://www.hindustantimes.example/res/images/ht-logo.svg"></a>
<div class="headerRight">${htTop.map((t) => `<a class="${slugify(t)}Btn" href="/${slugify(t)}">${t}</a>`).join('')}</div></div>
<nav class="mainNav"><ul>${htNav.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('\n')}</ul></nav></header>
<section class="mainContainer"><div class="leftSection"><div class="breadcrumbs">
${htCrumbs.map((t) => `<a href="/${slugify(t)}">${t}</a>`).join(' <span class="sep">/</span> ')}</div>
<div class="fullStory tfStory current" data-vars-storyid="101736912345678" data-vars-section="cities">
<h1 class="hdg1">${htTitle}</h1><h2 class="sortDec">${htDek}</h2>
<div class="actionDiv flt topTime"><div class="storyBy">By <a href="/author/shalaka-pande-101608">Shalaka Pande</a>, Pune</div>
<div class="dateTime secTime storyPage">Jan 15, 2025 07:32 AM IST</div></div>
<div class="storyShare"><span class="shareTxt">${htShare[0]}</span><a class="fb" href="#" aria-label="facebook"></a>
<a class="tw" href="#" aria-label="twitter"></a>
<a class="wa" href="#" aria-label="whatsapp"></a><button class="copyLink">${htShare[1]}</button></div>
<div class="storyParagraphFigure"><figure><span class="pic"><img alt="Air quality monitoring station" width="1600" height="900"
src="https://www.hindustantimes.example/ht-img/img/2025/01/15/550x309/air_quality_1736912.jpg"></span><figcaption>${htCaption}</figcaption></figure></div>
<div class="storyDetails taw"><div class="detail">
${body}
</div></div>
<div class="storyTopics"><h3 class="topicHdg">${htTopicsHead}</h3><ul>
${htTopics.map((t) => `<li><a href="/topic/${slugify(t)}">${t}</a></li>`).join('')}</ul></div></div></div>
<aside class="rightSection">${ad('rhs1')}<div class="trendingSection"><h2 class="hdg3">${htTrending[0]}</h2><ul>
${htTrending
  .slice(1)
  .map((t) => `<li><a href="/cities/${slugify(t)}">${t}</a></li>`)
  .join('\n')}</ul></div></aside></section>
<div class="notificationPopup" id="notifyPopup"><p>${htNotify[0]}</p><button class="allowBtn">${htNotify[1]}</button>
<button class="laterBtn">${htNotify[2]}</button></div>
<footer class="footer"><ul class="footerLinks">${htFoot.map((t) => `<li><a href="/${slugify(t)}">${esc(t)}</a></li>`).join('\n')}</ul>
<p class="copyRight">${htCopy}</p></footer></div>
<script src="https://www.hindustantimes.example/res/js/ht2024/detail.min.js?v=4.8" defer></script></body></html>`;
