import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 178, file e2: a Press Trust of India story as The Hindu publishes it (the top strip with e-paper and
 * subscription links, the masthead menu, the breadcrumb, the h1 and h2 sub-title, "PTI" as author, the "Published - ... IST -
 * PLACE" line, the share and "READ LATER" tools, the lead picture with its "| Photo Credit:" caption, an "Also Read" box
 * between paragraphs, "Related Topics", the comments box with its guidelines, the "Top News Today" rail, ad labels and the
 * footer).
 */
const thTitle = 'Over 2,000 fishing boats in Puthenkara to get satellite distress beacons';
const thSub = ['Beacons will let crews send alerts and short messages from beyond mobile network range, officials said'];
const thP1 = [
  'More than 2,000 mechanised and traditional fishing boats registered in Puthenkara district will be fitted with satellite-linked ' +
    'distress beacons by March next year, officials said on Monday.',
  'The devices, which can send an alert with the boat&#39;s position at the press of a button, will allow fishermen to call for ' +
    'help even when they are far beyond the reach of mobile networks, a senior fisheries department official told PTI.',
  '&quot;Most of our boats go 60 to 80 nautical miles out. Once they are past 15 miles, there is no way to reach them if the ' +
    'weather changes suddenly,&quot; the official said.',
];
const thAlso = 'Fishermen to get free life jackets under coastal safety scheme';
const thP2 = [
  'Apart from distress alerts, the beacons can receive weather warnings and short text messages from the shore, including ' +
    'cyclone alerts issued by the meteorological department, he said.',
  'The project, estimated to cost Rs 14.5 crore, is being implemented with funds from the Centre&#39;s fisheries infrastructure ' +
    'scheme and the State government. Boat owners will not have to pay for the device, but will have to attend a half-day ' +
    'training session before it is installed.',
  'A control room will be set up at the district fisheries office and linked with the Coast Guard and the coastal police, so ' +
    'that search operations can begin as soon as an alert is received, officials said.',
  'The decision follows an incident in June when three fishermen were missing for four days after their boat&#39;s engine failed ' +
    'during a storm. They were eventually found by another fishing vessel about 90 nautical miles from the coast.',
  'Fishermen&#39;s associations in the district welcomed the move, but said the government should also ensure that repairs and ' +
    'replacements are handled quickly.',
  '&quot;A beacon that is broken for two months is no use to anyone. There should be a service centre at every harbour,&quot; said ' +
    'T. Joseph, secretary of a fishermen&#39;s welfare association.',
  'The official said the supplier would be required to maintain service points at all four major harbours in the district ' +
    'for five years as part of the contract.',
];
const thCaption = 'Fishing boats anchored at a harbour in Puthenkara. File | Photo Credit: PTI';
const thTop = ['e-Paper', 'Subscribe', 'Login', 'Free Trial'];
const thNav = ['India', 'World', 'Movies', 'Sport', 'Data', 'Health', 'Opinion', 'Science', 'Business', 'Premium'];
const thTools = ['Copy link', 'Email', 'Facebook', 'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit'];
const thTopics = ['fishing', 'maritime accidents', 'disaster and emergency', 'Kerala'];
const thComments = [
  'Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community ' +
    'guidelines for posting your comments.',
  'We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in, you may ' +
    'continue to engage with our articles.',
];
const thTopNews = ['Monsoon withdraws from entire country: IMD', 'SC seeks Centre&#39;s response on plea over exam schedule', 'Sensex ends 300 points higher'];
const thFoot = ['About Us', 'Code of Editorial Values', 'News Archive', 'Sitemap', 'Print Subscription', 'Digital Subscription', 'Contact Us', 'Terms of Use'];
const thHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Over 2,000 fishing boats in Puthenkara to get satellite distress beacons - The Hindu</title>
<meta name="description" content="${thSub[0]}"><meta property="og:title" content="${thTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Hindu"><meta name="author" content="PTI"><meta property="article:published_time" content="2025-11-03T18:12:00+05:30">
<link rel="canonical" href="https://www.thehindu.com/news/national/kerala/over-2000-fishing-boats-to-get-satellite-distress-beacons/article70231844.ece">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${thTitle}","description":"${thSub[0]}",
"datePublished":"2025-11-03T18:12:00+05:30","author":[{"@type":"Person","name":"PTI"}],"isAccessibleForFree":"True"}</script>
<link rel="stylesheet" href="https://www.thehindu.com/theme/static/css/article.min.css">
<script src="https://www.thehindu.com/theme/static/js/app.min.js" defer></script></head>
<body class="article-page">
<div class="top-strip"><div class="container"><ul class="top-links">${links(thTop)}</ul></div></div>
<header class="header"><div class="container"><div class="logo"><a href="https://www.thehindu.com/">
<img src="https://www.thehindu.com/theme/images/th-online/thehindu-logo.svg"
alt="The Hindu"></a></div><nav class="navbar"><ul class="nav-menu">${links(thNav)}</ul></nav></div></header>
<div class="ad-container text-center"><p class="ad-text">Advertisement</p><div id="div-gpt-ad-TH_Article_Leaderboard"></div></div>
<div class="container article-section"><div class="row"><div class="col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12">
<div class="article" data-ga4-article-id="70231844"><div class="breadcrumb"><a href="/news/">News</a> <span>/</span> <a href="/news/national/">India</a></div>
<h1 class="title">${thTitle}</h1><h2 class="sub-title">${thSub[0]}</h2>
<div class="author-name"><div class="author"><span class="person-name">PTI</span></div></div>
<div class="update-publish-time"><p class="publish-time">Published - November 03, 2025 06:12 pm IST - PUTHENKARA</p></div>
<div class="share-page"><ul class="share-list">${links(thTools, 'share-item')}</ul><button class="read-later" type="button">READ LATER</button>
<button class="print" type="button">PRINT</button></div>
<div class="picture lead-image"><figure><img src="https://th-i.thgim.com/public/news/national/kerala/article70231844.ece/alternates/LANDSCAPE_1200/boats.jpg"
alt=""><figcaption><p class="caption">${thCaption}</p></figcaption></figure></div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="content-body-70231844">
${ps(thP1)}
<div class="also-read"><span class="also-read-title">Also Read</span><a href="/news/national/kerala/article70188211.ece">${thAlso}</a></div>
${ps(thP2)}
</div>
<div class="related-topics"><h4 class="related-topics-title">Related Topics</h4><ul class="related-topics-list">${links(thTopics)}</ul></div>
<div class="comments-container"><h4 class="comments-title">COMMENTS</h4>${ps(thComments, ' class="comments-note"')}
<button class="show-comments" type="button">VIEW COMMENTS</button></div></div></div>
<aside class="col-xl-3 d-none d-xl-block"><div class="ad-container"><p class="ad-text">Advertisement</p><div id="div-gpt-ad-TH_Article_Right"></div></div>
<div class="top-news"><h3 class="top-news-title">Top News Today</h3><ul>${links(thTopNews)}</ul></div></aside></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(thFoot)}</ul>
<p class="copyright">Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</p>
</div></footer></body></html>`;
export const ptiHinduNews: TestPage = {
  html: thHtml,
  name: 'heldout178-pti-thehindu-news',
  kind: 'news',
  // the h2 sub-title is body; "PTI" and the "Published - ... - PLACE" line are bylines; the "Also Read" box is furniture
  title: thTitle,
  headings: [],
  body: texts([...thSub, ...thP1, ...thP2]),
  bylines: ['PTI', 'Published - November 03, 2025 06:12 pm IST - PUTHENKARA'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...thTop, ...thNav, 'Advertisement', 'News', ...thTools, 'READ LATER', 'PRINT', thCaption, 'Also Read', thAlso, 'Related Topics', ...thTopics,
    'COMMENTS', ...thComments, 'VIEW COMMENTS', 'Top News Today', ...texts(thTopNews), ...thFoot,
    'Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.',
  ],
};
