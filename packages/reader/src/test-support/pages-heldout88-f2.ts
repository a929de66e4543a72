import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 88, file f2: a city story in The Times of India's current article shape, for an invented paper (the top
 * bar with edition switch, "Sign In" and ePaper, the nav and city sub-nav, the breadcrumb, the headline, the "Name / TNN /
 * Updated" byline line, the share and font-size buttons and "Follow us", the article text as text runs separated by
 * double <br> tags inside one div (no <p> elements), an ad slot with its label and an "Also Read" card between the runs, a
 * "Trending Stories" rail, the "Stay updated" line, the comment box teaser, "Visual Stories", "Popular from City" and the
 * footer).
 */
const toTitle = 'Pune: Civic body to plant 1 lakh trees along riverfront before monsoon, citizens to adopt saplings';
const toP = [
  'PUNE: The Pune Municipal Corporation (PMC) will plant around one lakh native trees along a 9km stretch of the ' +
    'Mula-Mutha riverfront before the next monsoon, and residents will be able to adopt saplings and track their growth ' +
    'through a mobile app, officials said on Tuesday.',
  'The drive, to be carried out in three phases between January and May, will cover both banks of the river between ' +
    'Sangamwadi and Vitthalwadi. The civic body has identified 64 native species, including banyan, peepal, jamun, ' +
    'kadamb and arjun, which are suited to the riverbank soil and support local birdlife.',
  '“We are avoiding ornamental and exotic species this time. Every tree we plant will be one that belongs here and will ' +
    'hold the soil during floods,” said Suhas Deshmane, deputy superintendent of the PMC’s garden department.',
  'Under the adoption scheme, residents, housing societies and schools can adopt a sapling for Rs 500, which will cover ' +
    'its care for three years. Each adopted sapling will carry a QR code, and adopters will receive photographs and ' +
    'updates on its growth every three months.',
  'Officials said around 11,000 saplings had already been booked by housing societies in Kalyaninagar, Aundh and Baner ' +
    'since the scheme was announced at a meeting with citizens’ groups last week.',
  'Environmentalists welcomed the choice of native species but raised concerns about survival rates. A survey by a ' +
    'city-based NGO found that fewer than 40% of the saplings planted during a riverfront drive in 2021 had survived ' +
    'three years later.',
  '“Planting is the easy part. The question is who will water these trees through April and May,” said ecologist ' +
    'Dr Meera Kulkarni. She suggested that the civic body publish survival figures for each stretch every year.',
  'Deshmane said the PMC had set aside Rs 4.2 crore for maintenance, including drip irrigation lines and a team of ' +
    '120 gardeners who will be responsible for watering and protecting the saplings for the first three years.',
  'The civic body is also in talks with two IT companies in Hinjewadi to fund the third phase of the project under ' +
    'their corporate social responsibility programmes, officials said.',
];
const toNav = ['City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'Sports', 'Entertainment', 'TV', 'Web Series', 'Life & Style', 'Education', 'Photos'];
const toCity = ['Pune', 'Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kolkata', 'More Cities'];
const toCrumbs = ['News', 'City News', 'Pune News'];
const toAlso = 'Pune: Riverfront cycle track to open to public by March';
const toTrending = [
  'Pune: Metro Line 3 trial runs to begin next month',
  'Schools in Pune to reopen after Diwali break on Monday',
  'Heavy traffic on Mumbai-Pune expressway due to block',
];
const toStay = 'Stay updated with the latest Pune news on Indus Times. Read more city news and top stories from across India.';
const toVisual = ['Visual Stories', '10 native trees that attract birds to your garden', 'Monsoon-ready plants for balconies'];
const toPopular = ['Popular from City', 'Two held for ATM fraud in Hadapsar', 'PMC to hold water audit in 23 villages'];
const toFoot = [
  'About us',
  'Create Your Own Ad',
  'Terms of Use and Grievance Redressal Policy',
  'Privacy policy',
  'Advertise with us',
  'RSS',
  'Newsletter',
  'Feedback',
  'Sitemap',
  'Archives',
];
const toCopy = 'Copyright © 2025 Indus Media & Co. Ltd. All rights reserved. For reprint rights: Indus Syndication Service';
const toHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${toTitle} | Pune News - Indus Times</title><meta name="description" content="The Pune Municipal Corporation will plant around one lakh native trees.">
<meta property="og:title" content="${toTitle}"><meta property="og:type" content="article">
<meta name="news_keywords" content="Pune trees, Mula-Mutha riverfront, PMC">
<link rel="canonical" href="https://industimes.example/city/pune/civic-body-to-plant-1-lakh-trees-along-riverfront/articleshow/125318544.cms">
<link rel="amphtml" href="https://industimes.example/city/pune/civic-body-to-plant-1-lakh-trees-along-riverfront/amp_articleshow/125318544.cms">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${toTitle}","datePublished":"2025-11-12T08:14:00+05:30",
"dateModified":"2025-11-12T08:14:00+05:30","author":{"@type":"Person","name":"Ankita Joshi"},"publisher":{"@type":"NewsMediaOrganization"
"name":"Indus Times"}}</script>
<script>window.__INITIAL_STATE__ = {"articleshow":{"msid":"125318544","section":"pune"}};</script></head>
<body><div id="app"><div class="contentwrapper"><div class="kbrnt top-bar"><span class="UvvhF">EDITION</span><button class="_2WXpW">IN</button>
<a href="https://epaper.industimes.example" class="epaper">ePaper</a><a href="/login" class="_3t3gT">Sign In</a></div>
<header class="_1Q-5V"><a href="/" class="logo" title="Indus Times"><span>Indus Times</span></a><nav class="_2gtOZ"><ul>${links(toNav, 'nav_item')}</ul></nav>
<div class="city-nav"><ul>${links(toCity, 'city_item')}</ul></div></header>
<div class="_2Is1O breadcrumb"><ul>${toCrumbs.map((c) => `<li><a href="/${c.toLowerCase().replace(/ /g, '-')}">${c}</a></li>`).join('')}</ul></div>
<div class="contentwrapper clearfix"><div class="_3n5nO left-col"><div class="okf2Z"><h1 class="HNMDR"><span>${toTitle}</span></h1>
<div class="xf8Pm byline"><span><a href="/toireporter/author-ankita-joshi-479213.cms">Ankita Joshi</a> / TNN / Updated: Nov 12, 2025, 08:14 IST</span></div>
<div class="_1BHLC share-strip"><button class="_3zlCv" aria-label="share">Share</button><button class="_1Xp-O" aria-label="font size">AA</button>
<a class="gnews" href="https://news.google.example/publications/industimes">Follow us</a></div></div>
<div class="_3YYSt clearfix"><div class="vdo_embedd"><div class="_3PvO1">
<img alt="" src="https://static.indus.example/thumb/msid-125318544/photo.jpg" width="400"></div></div>
<div class="_s30J clearfix">${toP.slice(0, 3).join('<br><br>\n')}<br><br>
<div class="_1GJxs"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-1531375000-Inline_1" class="adsbygoogle"></div></div>
${toP.slice(3, 5).join('<br><br>\n')}<br><br>
<div class="also-read-card"><span class="also-read">Also Read</span><a href="/city/pune/riverfront-cycle-track/articleshow/125277310.cms">${toAlso}</a></div>
${toP.slice(5).join('<br><br>\n')}</div></div>
<div class="stay-updated"><p>${toStay}</p></div>
<div class="comment_section"><h3 class="cmt-head">Top Comment</h3><p class="cmt-tease">Be the first one to comment.</p>
<button class="cmt-btn">Comment Now</button></div></div>
<div class="_3Ye5x right-col"><div class="trending"><h2>Trending Stories</h2><ul>${links(toTrending, 'trend_item')}</ul></div>
<div class="visual-stories"><h2>${toVisual[0]}</h2><ul>${links(toVisual.slice(1), 'vs_item')}</ul></div>
<div class="popular"><h2>${toPopular[0]}</h2><ul>${links(toPopular.slice(1), 'pop_item')}</ul></div></div></div>
<footer class="_1YlGq"><ul>${links(toFoot, 'foot_item')}</ul><p class="copyright">${toCopy}</p></footer></div></div>
<script src="https://static.indus.example/toi-mweb/static/js/articleshow.92d1e3.js" defer></script></body></html>`;
export const toiCity: TestPage = {
  html: toHtml,
  name: 'heldout88-toi-city-news',
  kind: 'news',
  // the article text is runs of text between <br><br> inside one div: each run is a body paragraph; the city dateline opens
  // the first run and stays in it; the "Name / TNN / Updated" line is a byline; the ad label, "Also Read" card, the
  // "Stay updated" line, the comment teaser and the rails are furniture
  title: toTitle,
  headings: [],
  body: texts(toP),
  bylines: ['Ankita Joshi', 'TNN', 'Updated: Nov 12, 2025, 08:14 IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'EDITION', 'IN', 'ePaper', 'Sign In', 'Indus Times', ...toNav, ...toCity, ...toCrumbs, 'Share', 'AA', 'Follow us', 'Advertisement',
    'Also Read', toAlso, toStay, 'Top Comment', 'Be the first one to comment.', 'Comment Now', 'Trending Stories', ...toTrending, ...toVisual,
    ...toPopular, ...toFoot, toCopy,
  ],
};
