import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 77, file a2: an Irish regional paper's subscriber-only story on a Next.js news template (hashed class
 * names, data-testid attributes, __NEXT_DATA__), with the top bar ("Subscribe", "Sign in", the e-paper link), the section
 * nav, the "Subscriber Only" label over the headline, the standfirst, byline with role, date and reading time, "Listen
 * to this article", the share and "Gift this article" row, lead photo with caption and credit, inline "Related" boxes
 * between paragraphs, an in-article ad slot, the tags row, the hidden registration wall, a "Most Read" rail, "More from
 * Lakeland Herald", the footer and the cookie bar.
 */
const irTitle = 'Ballinacorr hospital to open 24 new emergency beds after review of trolley waits';
const irStand = 'Health board accepts all 11 recommendations of an independent review into overcrowding at the emergency department';
const irA = [
  'Ballinacorr University Hospital is to open 24 new beds beside its emergency department by the end of the year, after ' +
    'an independent review found that patients waited on trolleys for longer there than at any other hospital in the region.',
  'The review, commissioned by the Western Health Board last autumn, found that in the worst week of January more than ' +
    '60 patients were waiting for a bed each morning, and that one in five people over the age of 75 spent more than 24 ' +
    'hours in the department before being admitted.',
  'The board said on Monday that it had accepted all 11 of the review’s recommendations and that the first eight beds ' +
    'would open in a refurbished ward in June.',
];
const irB = [
  'The report’s author, Dr Siobhán Kearney, a former clinical director at a Dublin teaching hospital, wrote that the ' +
    'emergency department itself was “well run and well staffed for the number of people who come through its doors”, and ' +
    'that the waits were caused by a shortage of beds elsewhere in the hospital.',
  'On an average day, she found, around 40 patients in Ballinacorr were medically well enough to leave hospital but could ' +
    'not go home because no home-care package or nursing home place was available. Those beds could not be given to patients ' +
    'waiting downstairs.',
  'Among the review’s recommendations are a dedicated discharge team working seven days a week, an expanded community ' +
    'nursing service in north Roscarn, and an acute medical unit where patients referred by their GP can be assessed ' +
    'without going through the emergency department.',
];
const irC = [
  'Local councillor Declan Furey, who has campaigned on the issue for several years, said the announcement was welcome but ' +
    'overdue. “Families have been sitting beside their elderly parents on trolleys in corridors for two nights at a time,” ' +
    'he said. “Nobody should have needed a review to see that.”',
  'The Irish Nurses’ Forum said its members in the hospital would support the changes but warned that new beds would need ' +
    'new staff. Its western organiser, Maeve Tierney, said at least 30 additional nurses would be needed to run the extra ' +
    'beds safely.',
  'The health board said recruitment for the new ward had already begun and that it expected to fill most of the posts ' +
    'before the summer. It will publish a progress report in September.',
];
const irRelated = [
  'Trolley numbers at Ballinacorr hit record high for second winter running',
  'New community nursing unit for north Roscarn approved by council',
];
const irCaption = 'The emergency department at Ballinacorr University Hospital. Photo: Ciarán Moloney';
const irNav = ['News', 'Sport', 'Business', 'Farming', 'Opinion', 'Lifestyle', 'Property', 'Death Notices'];
const irTags = ['Health', 'Ballinacorr', 'Roscarn'];
const irWall = [
  'This article is for subscribers only.',
  'Subscribe now for €1 a week for the first three months and get unlimited access to local news.',
  'Already a subscriber?',
];
const irMost = [
  'Gardaí investigating after cattle stolen from farm near Kilbrack',
  'Funeral details announced for former county footballer Jimmy Horan',
  'Planning refused for 90-home estate on Creggan Road',
  'New bakery brings 15 jobs to Ballinacorr town centre',
];
const irMore = [
  'Roscarn GAA clubs to share new all-weather pitch',
  'Bus Éireann to add late-night service on Ballinacorr–Galway route',
  'Council votes to pedestrianise Shop Street for summer trial',
];
const irFoot = ['About Us', 'Contact Us', 'Advertise', 'Help Centre', 'Terms & Conditions', 'Privacy Statement', 'Cookie Statement', 'Manage Cookies'];
const irCookie =
  'We use cookies to give you the best experience on our website, to show you relevant advertising and to analyse our ' +
  'traffic. You can change your settings at any time.';
const irP = (a: readonly string[]): string => a.map((p) => `<p class="Paragraph_paragraph__k3Fq1" data-testid="paragraph">${p}</p>`).join('\n');
const irRel = (t: string, i: number): string => `<div class="RelatedArticle_related__Xp02m" data-testid="related-article">
<span class="RelatedArticle_label__a9Q1c">Related</span>
<a class="RelatedArticle_link__hH7wE" href="/news/health/related-${i}-a${4112 + i}.html">${t}</a></div>`;
const irHtml = `<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${irTitle} | Lakeland Herald</title><meta name="description" content="${irStand}">
<meta property="og:title" content="${irTitle}"><meta property="og:type" content="article"><meta property="article:content_tier" content="locked">
<link rel="canonical" href="https://www.lakelandherald.ie/news/health/ballinacorr-hospital-new-beds-a4121.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${irTitle}","isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"},"datePublished":"2025-03-04T06:30:00Z",
"author":{"@type":"Person","name":"Aoife Gilroy"},"publisher":{"@type":"Organization","name":"Lakeland Herald"}}</script>
<link rel="preload" href="/_next/static/css/5c2f1a0b.css" as="style"><link rel="stylesheet" href="/_next/static/css/5c2f1a0b.css" data-n-g="">
<script defer src="/_next/static/chunks/main-8a1b.js"></script></head>
<body><div id="__next"><div class="Layout_root__Qe1bT">
<div class="TopBar_bar__n2Lx8" data-testid="top-bar"><a class="TopBar_epaper__P0k9s" href="/epaper">Read the e-paper</a>
<a class="Button_primary__f3Gd2" href="/subscribe?source=topbar">Subscribe</a><a class="TopBar_signin__R6tzb" href="/account/login">Sign in</a></div>
<header class="Header_header__Uq7vM" data-testid="header"><a href="/" class="Header_logo__dW4cE" aria-label="Lakeland Herald home">
<img src="/static/logo.svg" alt="Lakeland Herald" width="220" height="40"></a>
<nav class="Navigation_nav__M8bq1" aria-label="Main"><ul>${links(irNav, 'Navigation_item__cX3aa')}</ul></nav>
<button class="Header_search__b1TfK" aria-label="Search" type="button"></button></header>
<main class="Layout_main__aP4nm"><article class="Article_article__tY1gS paywall" data-testid="article">
<header class="ArticleHeader_header__G5hZn"><div class="ArticleHeader_labels__Vv8sK"><span class="PremiumLabel_label__o0Pdz"
data-testid="premium-label"><svg aria-hidden="true" class="PremiumLabel_icon__zZ3k1"></svg>Subscriber Only</span>
<a class="ArticleHeader_section__J1bnD" href="/news/health">Health</a></div>
<h1 class="ArticleHeader_headline__r2Wcf" data-testid="headline">${irTitle}</h1>
<p class="ArticleHeader_standfirst__k8sQe" data-testid="standfirst">${irStand}</p>
<div class="Byline_byline__Lq0x2" data-testid="byline"><img class="Byline_avatar__u1bZp" src="/authors/aoife-gilroy.jpg" alt="">
<div><a class="Byline_name__f8Gh3" href="/authors/aoife-gilroy">Aoife Gilroy</a><span class="Byline_role__H0s1m">Health Correspondent</span></div>
<div class="Byline_meta__e6BqK"><time datetime="2025-03-04T06:30:00Z">Tue 4 Mar 2025 at 06:30</time><span class="Byline_readtime__z2Xr0">4 min read</span>
</div></div>
<div class="ArticleTools_tools__Wm3s7"><button class="ArticleTools_listen__p1Vd2" type="button">Listen to this article</button>
<button class="ArticleTools_gift__Aa1qQ" type="button">Gift this article</button>
<button class="ArticleTools_share__gE4tY" type="button" aria-label="Share this article">Share</button></div></header>
<figure class="ArticleImage_figure__k2Lz0"><img src="/images/2025/03/ed-ballinacorr.jpg" alt="Hospital entrance" width="1200" height="800">
<figcaption class="ArticleImage_caption__rN8yD">${irCaption}</figcaption></figure>
<div class="Article_body__c8Vn2" data-testid="article-body">
${irP(irA)}
${irRel(irRelated[0]!, 0)}
${irP(irB)}
<div class="AdSlot_slot__i4QyA" data-testid="ad-slot" data-slot="mpu_1"><span class="AdSlot_label__j0Kxe">Advertisement</span></div>
${irRel(irRelated[1]!, 1)}
${irP(irC)}
</div>
<div class="Tags_tags__s0Nvz" data-testid="tags">${irTags.map((t) => `<a class="Tags_tag__q6Ycm" href="/tag/${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<div class="Paywall_wall__oM4eH" data-testid="paywall" hidden><h2 class="Paywall_title__tN3a0">${irWall[0]}</h2><p>${irWall[1]}</p>
<a class="Button_primary__f3Gd2" href="/subscribe?source=wall">Subscribe now</a><p>${irWall[2]} <a href="/account/login">Sign in here</a></p></div>
</article>
<aside class="Rail_rail__e8CjT"><section data-testid="most-read"><h2 class="Rail_title__rY5b1">Most Read</h2><ol>
${irMost.map((t, i) => `<li class="MostRead_item__w2Jzd"><span class="MostRead_rank__m4Ldd">${i + 1}</span><a href="/news/most-${i}">${t}</a></li>`).join('\n')}
</ol></section></aside>
<section class="MoreFrom_section__b2Pcx" data-testid="more-from"><h2 class="MoreFrom_title__l1Ssq">More from Lakeland Herald</h2><ul>
${links(irMore, 'MoreFrom_item__v7Ncc')}</ul></section></main>
<footer class="Footer_footer__x4Gtk"><ul>${links(irFoot, 'Footer_link__p9Rrs')}</ul>
<p class="Footer_copy__sU7ax">© 2025 Lakeland Herald Ltd. Registered in Ireland.</p></footer></div>
<div class="CookieBar_bar__rC2e1" role="dialog" aria-label="Cookie consent"><p>${irCookie}</p>
<button class="Button_primary__f3Gd2" type="button">Accept all</button><button class="Button_secondary__h8Y0w" type="button">Reject all</button>
<button class="Button_link__g2Fdq" type="button">Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"a4121","section":"health","premium":true}},"page":"/article",
"buildId":"v2025.02.27-3"}</script></body></html>`;
export const irishStory: TestPage = {
  html: irHtml,
  name: 'heldout77-irish-regional-subscriber-news',
  kind: 'news',
  // the standfirst is in neither list; "Health" is the section label and a tag, "Related" the label of both inline boxes;
  // the hidden paywall box is furniture like the "Subscriber Only" label
  title: irTitle,
  headings: [],
  body: [...texts(irA), ...texts(irB), ...texts(irC)],
  bylines: ['Aoife Gilroy', 'Health Correspondent', 'Tue 4 Mar 2025 at 06:30', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Read the e-paper', 'Subscribe', 'Sign in', ...irNav, 'Subscriber Only', 'Health', 'Listen to this article', 'Gift this article', 'Share',
    irCaption, 'Related', ...irRelated, 'Advertisement', ...irTags.slice(1), ...irWall, 'Subscribe now', 'Sign in here', 'Most Read', ...irMost,
    'More from Lakeland Herald', ...irMore, ...irFoot, '© 2025 Lakeland Herald Ltd. Registered in Ireland.', irCookie, 'Accept all', 'Reject all',
    'Cookie settings',
  ],
};
