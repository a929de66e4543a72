import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 4: a Star (Malaysia) news story (story-body template, "Related stories:" inside the text, report form). */
const title = 'Kuantan traders fear losses as riverside market relocation date set';
const p1 = [
  'KUANTAN: More than 180 traders at the Tanjung Lumpur riverside market say they stand to lose much of their income when the ' +
    'market moves to a new site two kilometres inland at the end of June.',
  'The Kuantan City Council confirmed on Wednesday (March 12) that the old market would close on June 28 to make way for a flood ' +
    'mitigation project along the Kuantan River, and that traders would be given stalls at the new Pasar Awam Indera Mahkota.',
  'Fishmonger Rosli Hamzah, 54, who has sold at the market for 26 years, said most of his customers were fishermen’s families and ' +
    'office workers who walked over from the jetty.',
  '“Here, people come straight off the boats. At the new place, who will come? It is far from the jetty and there is no bus. I ' +
    'think I will lose half my customers in the first month,” he said.',
  'Vegetable seller Tan Mei Ling, 47, said she was worried about the rent at the new market, which the council has set at RM350 a ' +
    'month for a standard stall, compared with RM120 at the current site.',
  '“They say the first six months will be free, but after that, how? Business is already slow because of the cost of living,” she added.',
  'Kuantan mayor Datuk Hashim Abdul Rahman said the relocation was unavoidable because the riverside land would be used to build a ' +
    'bund and a pump house as part of a RM95mil scheme to protect low-lying areas from the annual monsoon floods.',
  'He said the new market had covered parking for 300 cars, a cold room for fishmongers, proper drainage and a food court, and that ' +
    'the council would run a free shuttle van from the jetty for the first year.',
  '“We understand the traders’ concerns and we have listened to them. That is why we are giving them priority for stalls, a rent-free ' +
    'period and transport for their customers,” he told reporters after a briefing at Wisma MBK.',
  'The Tanjung Lumpur Traders Association chairman Mohd Faizal Ismail said members would meet the council again next week to ask ' +
    'for the rent-free period to be extended to a year.',
];
const relIntro = 'Related stories:';
const relInBody = ['Flood mitigation works to begin in Kuantan this year', 'Pahang allocates RM40mil for monsoon preparations'];
const nav = ['News', 'Business', 'Sport', 'Metro', 'Lifestyle', 'Tech', 'Education', 'Opinion', 'Videos', 'Star Plus'];
const sub = ['Nation', 'World', 'Regional', 'Courts & Crime', 'Environment', 'Focus', 'Starpicks'];
const caption = 'Traders at the Tanjung Lumpur riverside market, which will close at the end of June. — KAMARUL ARIFFIN/The Star';
const share = ['Facebook', 'Twitter', 'WhatsApp', 'Telegram', 'Copy link'];
const tags = ['Kuantan', 'market', 'relocation', 'traders', 'flood mitigation'];
const report = ['Report it to us.', 'Thank you for your report!', 'Found a mistake in this article?', 'Tell us what the problem is', 'Cancel', 'Submit'];
const also = [
  'Man charged with murdering wife in Gombak',
  'Heavy rain expected in east coast states from Sunday',
  'Teachers to get new digital training module',
  'Highway toll rates unchanged for 2025, says minister',
];
const trend = ['Nation', 'Sultan of Pahang opens new wing at Tengku Ampuan Afzan Hospital', 'Nation', 'Two missing after boat capsizes off Cherating'];
const foot = ['About Us', 'Contact Us', 'Advertise With Us', 'Terms of Use', 'Privacy Statement', 'Personal Data Protection Notice', 'Sitemap'];
const consent = 'This website uses cookies to ensure you get the best experience on our website. By continuing to browse, you agree to our use of cookies.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kuantan traders fear losses as riverside market relocation date set | The Star</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="More than 180 traders say they stand to lose income.">
<meta property="og:site_name" content="The Star"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="content_category" content="News/Nation"><meta name="content_id" content="1322817"><meta name="content_tier" content="free">
<link rel="canonical" href="https://www.thestar.com.my/news/nation/2025/03/13/kuantan-traders-fear-losses-as-riverside-market-relocation-date-set">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T07:15:00+08:00",
"author":{"@type":"Person","name":"T.N. ALAGESH"},"publisher":{"@type":"Organization","name":"The Star"}}</script>
<link rel="stylesheet" href="https://cdn.thestar.com.my/Themes/desktop/css/story.min.css?v=25.3.1">
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script></head>
<body class="story-page"><div id="div-gpt-ad-topbanner" class="ads-top text-center"><span class="ads-label">ADVERTISEMENT</span></div>
<header id="header" class="navbar"><div class="container"><a class="brand" href="/"><img alt="The Star" src="/Themes/img/logo.svg"></a>
<div class="member-area"><a class="btn-login" href="/sso/login">Login</a><a class="btn-subscribe" href="/subscribe">Subscribe</a></div>
<ul class="nav navbar-nav main-menu">${links(nav)}</ul><ul class="nav sub-menu">${links(sub)}</ul></div></header>
<div class="container"><div class="row"><div class="col-md-8 story-wrapper"><div class="breadcrumbs"><ul class="breadcrumb">
<li><a href="/news">News</a></li><li class="active"><a href="/news/nation">Nation</a></li></ul></div>
<div class="headline story-pg"><h1>${title}</h1></div>
<div class="credit"><div class="credit__authors"><a class="byline" href="/authors?q=T.N.+ALAGESH">By T.N. ALAGESH</a></div>
<div class="credit__date"><p class="date">Thursday, 13 Mar 2025</p><time class="timestamp">7:15 AM MYT</time></div></div>
<div class="sharing-bar">${share
  .map(
    (s) => `<a class="share share-${s.toLowerCase().replace(' ', '-')}" href="#"><span
class="sr-only">${s}</span></a>`,
  )
  .join('')}</div>
<div class="story-image"><img class="img-responsive" alt="" src="https://apicms.thestar.com.my/uploads/images/2025/03/13/3204311.jpg">
<div class="caption">${caption}</div></div>
<div id="story-body" class="story bot-15 relative">
${ps(p1.slice(0, 5))}
<div class="inread-ad"><div id="div-gpt-ad-inread" class="ads"><span class="ads-label">ADVERTISEMENT</span></div></div>
${ps(p1.slice(5))}
<p><strong>${relIntro}</strong></p>
${relInBody.map((t, i) => `<p><a href="/news/nation/2025/0${i + 2}/1${i}/x">${t}</a></p>`).join('\n')}
</div>
<div class="story-tags"><p class="tag-title">Related Tags</p><ul class="tags">${links(tags)}</ul></div>
<div class="report-form"><p>Found a mistake in this article? <a href="#" data-toggle="modal" data-target="#reportModal">Report it to us.</a></p>
<div id="reportModal" class="modal fade" aria-hidden="true"><h4>${report[3]}</h4><textarea></textarea><button>${report[4]}</button>
<button>${report[5]}</button><p class="thanks hidden">${report[1]}</p></div></div>
<section class="related-news"><h3 class="title">Others Also Read</h3><ul>${links(also)}</ul></section></div>
<div class="col-md-4 right-sidebar"><div class="ads-mrec"><span class="ads-label">ADVERTISEMENT</span></div><section class="trending">
<h3 class="title">Trending in News</h3><ul>${[0, 2].map((i) => `<li><span class="kicker">${trend[i]}</span><a href="#">${trend[i + 1]}</a></li>`).join('')}</ul>
</section></div></div></div>
<footer class="footer"><ul>${links(foot)}</ul><p>Copyright © 1995-2025 Star Media Group Berhad [197101000523 (10894-D)]</p><p>All Rights Reserved</p></footer>
<div id="cookie-notice" class="cookie-notice"><p>${consent}</p><button>Got it</button></div>
<script src="https://cdn.thestar.com.my/Themes/desktop/js/story.min.js?v=25.3.1"></script></body></html>`;
export const theStar: TestPage = {
  name: 'heldout198-the-star-my-news',
  kind: 'news',
  html,
  title,
  headings: [],
  // the "Related stories:" links that close the story body are furniture
  body: texts(p1),
  bylines: ['By T.N. ALAGESH', 'Thursday, 13 Mar 2025', '7:15 AM MYT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ADVERTISEMENT', 'Login', 'Subscribe', ...nav, ...sub, ...share, caption, relIntro, ...relInBody, 'Related Tags', ...tags, ...report, 'Others Also Read',
    ...also, 'Trending in News', trend[1] ?? '', trend[3] ?? '', ...foot, 'Copyright © 1995-2025 Star Media Group Berhad [197101000523 (10894-D)]',
    'All Rights Reserved', consent, 'Got it',
  ],
};
