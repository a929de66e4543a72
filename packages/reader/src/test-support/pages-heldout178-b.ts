import { links, ps, type TestPage, texts } from './page-kit.js';
import { ansaNews } from './pages-heldout178-b2.js';

/**
 * Held-out batch 178, file b: a Yonhap News Agency English story on en.yna.co.kr (the GNB with its section menu and the
 * hidden "blind" screen-reader texts, the category label, the h1 with the published time, the font and share tools, a
 * photo group with its caption, the reporter's e-mail and "(END)" after the text, the keyword tags, the
 * "Most Liked" / "Most Saved" / "Most Viewed" tabs, the "LATEST NEWS" rail, an ad label and the footer) and, from file b2,
 * an ANSA English story.
 */
const ynTitle = 'S. Korea to test drone deliveries of medicine to island villages next year';
const ynP1 = [
  'SEOUL, Nov. 3 (Yonhap) -- South Korea will begin test flights next year using drones to deliver prescription medicine ' +
    'and small parcels to remote island villages off the southwest coast, the land ministry said Monday.',
  'Under the plan, drones will fly from a hub on the mainland port of Haeseong to 11 inhabited islands within a 30-kilometer ' +
    'radius, where about 4,200 residents live. Many of the islands are served by only one or two ferries a day, and ' +
    'services are often canceled in winter due to high waves.',
  '&quot;For elderly residents who need regular medication, a canceled ferry can mean going without for days,&quot; a ministry ' +
    'official said. &quot;Drones can fly when the boats cannot.&quot;',
];
const ynP2 = [
  'The ministry said it has set aside 6.8 billion won (US$4.7 million) for the two-year pilot, which will be run with the ' +
    'provincial government, the local public health center and three private drone operators selected through a tender.',
  'Each drone can carry up to 5 kilograms and fly about 40 km on a single charge. Landing pads with lockers will be installed ' +
    'next to village halls on each island, and residents will receive a text message with a code to open the locker when ' +
    'their delivery arrives.',
  'Pharmacists at the health center will pack prescriptions in sealed, temperature-controlled boxes, and a village health ' +
    'worker will check on residents who do not collect their parcels within a set time, according to the ministry.',
  'The government plans to use the pilot to draw up safety rules for flights beyond the operator&#39;s line of sight over the ' +
    'sea, which are currently allowed only under special permits.',
  'If the trial is successful, the service could be expanded to about 40 islands along the southern and western coasts by ' + '2028, the ministry said.',
  'Residents have broadly welcomed the plan, though some village leaders have asked that drone routes avoid fish farms and ' +
    'nesting areas for seabirds, officials added.',
];
const ynCaption =
  'This photo provided by the land ministry shows a delivery drone during a test flight near Haeseong on Oct. 28, 2025. ' + '(PHOTO NOT FOR SALE) (Yonhap)';
const ynNav = ['National', 'North Korea', 'Economy', 'Market', 'Industry', 'Culture', 'Sports', 'Photos', 'Video', 'Opinion'];
const ynKeywords = ['#drone delivery', '#island', '#land ministry'];
const ynMostLiked = ['BTS member to hold solo fan meeting in Busan', 'Court upholds ruling on subway fare hike'];
const ynMostSaved = ['(LEAD) Exports rise for 5th straight month in October', 'KTX adds late-night trains on weekend routes'];
const ynMostViewed = ['Seoul unveils plan for new riverside park', 'Korean Air to resume direct flights to Lisbon'];
const ynLatest = [
  'Gov\u2019t to expand free school breakfast program',
  '(2nd LD) Consumer prices up 2.1 pct in October',
  'Korea, Vietnam agree to boost shipbuilding cooperation',
  'Heavy snow advisory issued for eastern mountain areas',
];
const ynFoot = ['About Us', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Youth Protection Policy', 'Subscription', 'RSS'];
const ynCopy =
  'Copyright (c) Yonhap News Agency prohibits its content from being redistributed or reprinted without consent, and forbids the ' +
  'content from being learned and used by artificial intelligence systems.';
const ynTab = (id: string, name: string, items: readonly string[]): string => `<div class="tab-panel" id="${id}" role="tabpanel">
<h3 class="tit-tab"><a href="#${id}" role="tab">${name}</a></h3><ol class="list-type301">
${items.map((t, i) => `<li><span class="num">${i + 1}</span><a href="/view/AEN2025110${i}"><strong class="tit">${t}</strong></a></li>`).join('\n')}</ol></div>`;
const ynHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>S. Korea to test drone deliveries of medicine to island villages next year | Yonhap News Agency</title>
<meta name="description" content="South Korea will begin test flights next year using drones to deliver prescription medicine to remote island villages.">
<meta property="og:type" content="article"><meta property="og:title" content="${ynTitle}"><meta property="og:site_name" content="Yonhap News Agency">
<meta property="article:published_time" content="2025-11-03T10:21:00+09:00"><meta name="article:section" content="National">
<link rel="canonical" href="https://en.yna.co.kr/view/AEN20251103001400320">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ynTitle}","datePublished":"2025-11-03T10:21:00+09:00",
"dateModified":"2025-11-03T10:21:00+09:00","author":{"@type":"Person","name":"Park Ji-won"},"publisher":{"@type":"Organization",
"name":"Yonhap News Agency"}}</script>
<link rel="stylesheet" href="https://r.yna.co.kr/global/home/v01/css/en_common.css"><script src="https://r.yna.co.kr/global/home/v01/js/jquery.js">
</script></head>
<body><div id="skipNav"><a href="#container">Skip to content</a></div>
<div id="wrap"><header id="header" class="header"><div class="inner"><h1 class="logo"><a href="/"><span class="blind">YONHAP NEWS AGENCY</span></a></h1>
<nav class="gnb" id="gnb"><ul class="gnb-list">${links(ynNav, 'gnb-item')}</ul></nav>
<div class="util"><button class="btn-search" type="button"><span class="blind">search</span></button>
<button class="btn-allmenu" type="button"><span class="blind">all menu</span></button></div></div></header>
<main id="container" class="container"><div class="content03"><div class="section01">
<div class="title-article01"><p class="category"><a href="/national/all">All News</a></p><h1 class="tit">${ynTitle}</h1>
<p class="update-time" data-published-time="202511031021">10:21 November 03, 2025</p>
<div class="util-box"><button type="button" class="btn-font"><span class="blind">font size</span></button>
<button type="button" class="btn-share"><span class="blind">share</span></button><button type="button" class="btn-print">
<span class="blind">print</span></button></div></div>
<article class="story-news article">
${ps(ynP1)}
<div class="comp-box photo-group"><figure class="img-con"><div class="img">
<img src="https://img.yna.co.kr/etc/inner/EN/2025/11/03/AEN20251103001400320_01_i_P4.jpg"
alt="${ynCaption}"></div><figcaption class="desc-con"><p class="txt">${ynCaption}</p></figcaption></figure></div>
${ps(ynP2)}
<p class="adrs">jwpark@yna.co.kr</p><p class="copyright">(END)</p>
</article>
<div class="keyword-zone"><strong class="tit">Keywords</strong><ul class="list">${links(ynKeywords)}</ul></div>
<div class="aside-box01" id="rankTab"><div class="tab-list">${ynTab('mostLiked', 'Most Liked', ynMostLiked)}
${ynTab('mostSaved', 'Most Saved', ynMostSaved)}${ynTab('mostViewed', 'Most Viewed', ynMostViewed)}</div></div></div>
<aside class="section02"><div class="aside-box02"><h2 class="title-type001"><span class="tit">LATEST NEWS</span></h2>
<ul class="list01">${links(ynLatest)}</ul></div>
<div class="aside-ad"><span class="ad-label">AD</span><div id="div-gpt-ad-EN_R_1"></div></div></aside></div></main>
<footer id="footer"><div class="inner"><ul class="footer-link">${links(ynFoot)}</ul><p class="copyright">${ynCopy}</p></div></footer></div>
<script src="https://r.yna.co.kr/global/home/v01/js/en_article.js"></script></body></html>`;
const yonhapNews: TestPage = {
  html: ynHtml,
  name: 'heldout178-yonhap-news',
  kind: 'news',
  // the reporter's e-mail after the text is a byline, the "(END)" mark furniture; the dateline opens the first paragraph (body)
  title: ynTitle,
  headings: [],
  body: texts([...ynP1, ...ynP2]),
  bylines: ['10:21 November 03, 2025', 'jwpark@yna.co.kr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'YONHAP NEWS AGENCY', ...ynNav, 'search', 'all menu', 'All News', 'font size', 'share', 'print', ynCaption, '(END)',
    'Keywords', ...ynKeywords, 'Most Liked', ...ynMostLiked, 'Most Saved', ...ynMostSaved, 'Most Viewed', ...ynMostViewed, 'LATEST NEWS',
    ...ynLatest, 'AD', ...ynFoot, ynCopy,
  ],
};

export const HELDOUT178_B: readonly TestPage[] = [yonhapNews, ansaNews];
