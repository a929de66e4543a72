import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 78, file c2: a Times of India city story (the header with "Sign In", the edition nav and the city strip,
 * breadcrumbs, the hashed-class headline and byline box with "TNN" and "Updated:", share and text-size tools, a
 * "Representative image" caption, the article text as one block split by <br> pairs with ad slots and an "Also Read" box inside
 * it, the end-of-article city promo line, "Start a Conversation", "End of Article", "Visual Stories", the "FOLLOW US ON SOCIAL
 * MEDIA" strip, "Top Picks For You", trending topics and the footer).
 */
const toiTitle = 'Civic body to open 40 public toilets for women along arterial roads by March';
const toiBody = [
  'NAVGARH: The municipal corporation will build 40 new public toilets for women along the city’s busiest arterial roads by March next ' +
    'year, civic officials said on Monday, after a survey found stretches of up to six kilometres without a single facility.',
  'The toilets, each with four cubicles, a baby-changing room and a sanitary napkin vending machine, will come up on Station Road, the Old ' +
    'Mill Road corridor, Lakeview Ring Road and the stretch of the highway between Khedapur and the wholesale market.',
  'Municipal commissioner Suresh Bhandari said work orders had been issued and the first ten units would be ready by the end of December. ' +
    '“Women traders, vendors, commuters and college students told us this was their biggest daily difficulty. We have chosen sites near ' +
    'bus stops and markets so that they are used and stay safe,” he said.',
  'Each toilet will cost around Rs 28 lakh and will be maintained by women’s self-help groups, who will be paid from a user fee of Rs 5 ' +
    'and from advertising rights on the outer walls. Entry will be free for schoolgirls and senior citizens.',
  'The survey, carried out by a city-based NGO, <b>Sakhi Manch</b>, with the civic body in August, mapped 212km of main roads and found ' +
    'just 31 toilets usable by women, many of them locked after 7pm or without running water.',
  '“Vegetable sellers told us they drink as little water as possible during the day so they do not have to look for a toilet. That is a ' +
    'health problem, not just a matter of comfort,” said Meera Joshi, the NGO’s coordinator.',
  'Corporator Vandana Patil, who raised the issue in the general body meeting last year, welcomed the decision but said maintenance would ' +
    'be the real test. “Many toilets built five years ago are lying shut because nobody was made responsible for cleaning. This time the ' +
    'contract must include penalties,” she said.',
  'Officials said every new unit would have a CCTV camera at the entrance, lighting, and a helpline number displayed outside for ' +
    'complaints about cleanliness. A mobile app listing all public toilets in the city, with opening hours and ratings, is also being ' +
    'developed.',
];
const toiNav = ['City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'Sports', 'Entertainment', 'TV', 'Life & Style', 'Education', 'Videos'];
const toiCities = ['Navgarh', 'Khedapur', 'Rampurwada', 'Sonegaon', 'All Cities'];
const toiCrumbs = ['News', 'City News', 'Navgarh News'];
const toiAlso = 'Navgarh: Women commuters demand more well-lit bus stops on ring road';
const toiPromo = 'Stay updated with the latest Navgarh news on Times of India, along with breaking news, city updates and live coverage from across India.';
const toiVisual = ['8 winter superfoods for glowing skin', 'Most beautiful hill stations to visit in December', '7 houseplants that purify air'];
const toiPicks = [
  'Navgarh: Ring road flyover to open for traffic next week',
  'Khedapur: Power cuts likely as substation upgrade begins',
  'City schools told to start winter timings from November 15',
];
const toiTrending = ['Navgarh weather', 'Navgarh metro', 'Property tax deadline', 'Municipal elections'];
const toiSocial = ['Facebook', 'Twitter', 'Instagram', 'Youtube'];
const toiFoot = [
  'About us',
  'Create Your Own Ad',
  'Terms of Use and Grievance Redressal Policy',
  'Privacy policy',
  'Advertise with us',
  'Newsletter',
  'Feedback',
  'ePaper',
  'Sitemap',
  'Archives',
];
const toiAd = (n: number): string => `<div class="_3Tbje" data-ad="ctn_${n}"><div id="div-gpt-ad-AS_Innov1_${n}" class="ad-slot"></div></div>`;
const toiText = `${toiBody.slice(0, 2).join('<br><br>')}<br><br>${toiAd(1)}${toiBody.slice(2, 4).join('<br><br>')}<br><br>
<div class="fdzp_ also-read"><span class="aR4pf">Also Read</span><a href="/city/navgarh/bus-stops/articleshow/125112233.cms">${toiAlso}</a></div>
${toiBody.slice(4, 6).join('<br><br>')}<br><br>${toiAd(2)}${toiBody.slice(6).join('<br><br>')}`;
const toiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Civic body to open 40 public toilets for women along arterial roads by March | Navgarh News - Times
of India</title>
<meta name="description" content="NAVGARH: The municipal corporation will build 40 new public toilets for women along the city’s busiest arterial roads.">
<meta property="og:site_name" content="The Times of India"><meta property="og:type" content="article"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://timesofindia.indiatimes.com/city/navgarh/civic-body-40-toilets-women/articleshow/125118871.cms">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${toiTitle}","datePublished":"2025-11-03T14:22:00+05:30",
"author":[{"@type":"Person","name":"Ananya Kulkarni"}],"publisher":{"@type":"NewsMediaOrganization","name":"Times Of India"}}</script>
<script>window.__INITIAL_STATE__ = {"articleshow":{"msid":"125118871","sectionName":"Navgarh"},"app":{"channel":"toi"}};</script>
<link rel="stylesheet" href="https://static.toiimg.com/toi-assets/article.5c2e91.css"></head>
<body><div id="app"><div class="contentwrapper clearfix">
<header class="_2Fx0G"><div class="TvPtq"><a href="/" class="_1WSts" title="News"><span class="logo-text">The Times of India</span></a>
<div class="_3a1TY"><button type="button" class="_1L0ja">Sign In</button></div></div>
<nav class="_1Ao5V" aria-label="Primary"><ul>${links(toiNav, '_3fDkE')}</ul></nav><div class="_3eFSg city-strip"><ul>${links(toiCities)}</ul></div></header>
<div class="_3Xzy4 breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><ul>${links(toiCrumbs, 'bc-item')}</ul></div>
<div class="okf2Z" data-articlebody="1"><div class="_1Y0Ra"><h1 class="HNMDR"><span>${toiTitle}</span></h1>
<div class="xf8Pm byline"><div><span><a href="/toireporter/author-ananya-kulkarni-479301.cms">Ananya Kulkarni</a></span><span> / TNN / </span>
<span>Updated: Nov 3, 2025, 14:22 IST</span></div></div>
<div class="xQEwg share-tools"><button type="button" class="_2CUuL">Share</button><button type="button" class="_3m6E5" aria-label="Text size">AA</button>
<a href="https://news.google.com/publications/CAAqBwgKMO2qlwsw" class="_3Qzzh">Follow us</a></div></div>
<div class="_1oEsG img_cptn"><img src="https://static.toiimg.com/thumb/msid-125118871,width-1280,height-720/photo.jpg" alt="Representative image">
<div class="_2lfCC">Representative image</div></div>
<div class="js_tbl_article"><div class="_s30J clearfix">${toiText}</div></div>
<div class="_3cBrR end-promo"><p>${toiPromo}</p></div>
<div class="RzLnU"><div class="_1d2q3"><button type="button" class="Q_7ye">Start a Conversation</button></div>
<div class="_3kRp1 end-of-article"><span>End of Article</span></div></div></div>
<section class="_2kmLJ visual-stories"><h2>Visual Stories</h2><ul>${links(toiVisual)}</ul>
<a href="/etimes/visual-stories" class="previous-next">Next</a></section>
<section class="follow-us"><h3>FOLLOW US ON SOCIAL MEDIA</h3><ul>${links(toiSocial)}</ul></section>
<aside class="_27u5Z"><h2>Top Picks For You</h2><ul>${links(toiPicks)}</ul><h3>Trending Topics</h3><ul>${links(toiTrending)}</ul></aside>
<footer class="_1cNUH"><ul>${links(toiFoot)}</ul><p>Copyright © 2025 Bennett, Coleman &amp; Co. Ltd. All rights reserved.</p></footer></div></div>
<script src="https://static.toiimg.com/toi-assets/article.5c2e91.js" defer></script></body></html>`;
export const timesOfIndiaStory: TestPage = {
  html: toiHtml,
  name: 'heldout78-times-of-india-news',
  kind: 'news',
  // the article text is one <div> split into paragraphs by <br> pairs; each paragraph is body (the "NAVGARH:" dateline opens the
  // first); "Ananya Kulkarni", "TNN" and the "Updated:" line are bylines; the "Also Read" box and the ad slots inside the text,
  // the image caption, the end-of-article promo line and everything after it are furniture
  title: toiTitle,
  headings: [],
  body: texts(toiBody),
  bylines: ['Ananya Kulkarni', 'TNN', 'Updated: Nov 3, 2025, 14:22 IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Times of India', 'Sign In', ...toiNav, ...toiCities, ...toiCrumbs, 'Share', 'AA', 'Follow us', 'Representative image', 'Also Read', toiAlso,
    toiPromo, 'Start a Conversation', 'End of Article', 'Visual Stories', ...toiVisual, 'Next', 'FOLLOW US ON SOCIAL MEDIA', ...toiSocial,
    'Top Picks For You', ...toiPicks, 'Trending Topics', ...toiTrending, ...toiFoot, 'Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved.',
  ],
};
