import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 36, file a2: a Hindustan Times city story as its Next.js template serves it, minified (top strip with
 * e-paper and sign-in, section nav, breadcrumbs, h1 with the "sortDec" summary h2, "By" line and IST time, share icons, lead
 * figure with an "(HT Photo)" caption, the "storyDetails" body opening with a "PUNE:" dateline, ad slots between paragraphs, an
 * inline "Also Read" link, the boilerplate "Get Current Updates" line, recommended topics, "Trending in Cities" rail, newsletter
 * promo, JSON-LD carrying the article body, and the footer).
 */
const htTitle = 'PMC to fine housing societies up to ₹25,000 for not composting wet waste from March 1';
const htDek =
  'Societies that generate more than 100kg of waste a day must process wet waste on their premises; the civic body says ' +
  'fewer than 40% of the 2,300 such societies in the city do so now';
const htBody = [
  'PUNE: The Pune Municipal Corporation (PMC) will start fining large housing societies that fail to compost their wet waste ' +
    'on site from March 1, officials said on Monday, ending a grace period that has been extended three times since 2022.',
  'Under the new order, signed by additional municipal commissioner Rajendra Kulkarni on January 17, societies that generate ' +
    'more than 100kg of waste a day will be fined ₹5,000 for a first lapse, ₹15,000 for a second and ₹25,000 for every lapse ' +
    'after that. Repeat offenders may also lose the 5% property tax rebate the PMC gives to societies that run their own ' +
    'composting units.',
  'According to the solid waste management department, the city has about 2,300 such societies, but fewer than 40% of them ' +
    'process wet waste on their premises. The rest send mixed waste to the PMC’s processing plants at Hadapsar and Ramtekdi, ' +
    'which together handle close to 1,100 tonnes a day and have repeatedly run over capacity since the monsoon.',
  '“We have given societies enough time and enough support. Many of them installed composting units and then stopped using them ' +
    'after a few months,” said Kulkarni. “From March, our ward-level inspectors will check the units in person, and a photograph ' +
    'of a machine standing in the corner will not be enough.”',
  'The civic body has asked its 15 ward offices to prepare lists of defaulting societies by the end of February. Inspectors will ' +
    'visit each society at least once a month, and the fines will be added to the society’s property tax bill if they are not ' +
    'paid within 30 days.',
  'Housing federations in the city said the fines were steep for older societies with little open space. Suhas Gokhale, ' +
    'secretary of the Pune District Cooperative Housing Federation, said that many buildings in Kothrud and Aundh had converted ' +
    'their compost pits into parking bays after residents complained about the smell.',
  '“Nobody is against composting. But the PMC should help societies with space and training first, instead of starting with ' +
    'penalties,” Gokhale said. The federation plans to meet municipal commissioner officials next week to seek a phased rollout.',
  'Environmental groups welcomed the order. Anagha Deshpande of the citizens’ group Swachh Nagar Abhiyan said door-to-door ' +
    'collection staff in several wards still received mixed waste from large societies every day. “Small households are doing ' +
    'their part. The big societies have to do theirs,” she said.',
  'The PMC said it would also set up 20 community composting centres in open plots across the city by June, which societies ' +
    'without space can use for a monthly fee.',
];
const htAlso = 'Also Read: Pune’s Hadapsar garbage plant to double capacity by 2027, says PMC';
const htCaption = 'The civic body will start inspections of composting units in large housing societies from March. (HT Photo)';
const htTop = ['E-Paper', 'Sign In', 'Subscribe'];
const htNav = ['Latest', 'India', 'World', 'Cities', 'Entertainment', 'Cricket', 'Lifestyle', 'Astrology', 'Trending', 'Videos', 'Web Stories'];
const htCrumbs = ['Home', 'Pune News'];
const htTopics = ['Pune Municipal Corporation', 'waste segregation', 'housing societies', 'composting'];
const htTrending = [
  'Pune metro’s Swargate–Katraj extension gets environment clearance',
  'Mumbai: BMC plans night-time water tanker checks in western suburbs',
  'Bengaluru traffic police to use AI cameras at 60 more junctions',
  'Delhi records coldest January morning in three years at 2.9°C',
];
const htBoiler = 'Get Current Updates on India News, Pune News, Weather Today along with Latest News and Top Headlines from India and ' + 'around the world.';
const htFoot = [
  'About Us',
  'Contact Us',
  'Terms of Use',
  'Privacy Policy',
  'Weather Today',
  'HT Newsletters',
  'Disclaimer',
  'Copyright © HT Digital Streams Ltd. All rights reserved.',
];
const htLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: htTitle,
  description: htDek,
  datePublished: '2026-01-20T06:12:44+05:30',
  dateModified: '2026-01-20T06:42:10+05:30',
  author: [{ '@type': 'Person', name: 'Namrata Phadnis', url: 'https://www.hindustantimes.com/author/namrata-phadnis-101608193475632' }],
  articleSection: 'pune-news',
  articleBody: texts(htBody).join(' '),
});
const htAd = (n: number): string =>
  `<div class="storyAd"><div class="adHeight250 adMinHeight280 adMinHeight_250 mAuto"><div id="div-gpt-ad-1737${n}-0" class="adsHeight300 ` +
  `adsWidth336"></div></div><span class="adLabel">Advertisement</span></div>`;
const htHtml = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>',
  `<title>${htTitle} | Pune News - Hindustan Times</title><meta name="description" content="${htDek}"/>`,
  '<link rel="canonical" href="https://www.hindustantimes.com/cities/pune-news/pmc-to-fine-housing-societies-101737334564123.html"/>',
  `<script type="application/ld+json">${htLd}</script>`,
  '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"story","section":"cities","subSection":"pune-news"});</script>',
  '<style>.storyDetails p{font-size:18px;line-height:30px}.adHeight250{min-height:250px}</style></head>',
  '<body><div id="__next"><div class="topStrip"><a href="https://epaper.hindustantimes.com" class="ePaper">E-Paper</a>',
  '<a class="signIn" href="/login">Sign In</a><a class="subscribeBtn" href="/subscription">Subscribe</a></div>',
  '<header class="mainHeader"><a class="logo" href="/"><img src="https://www.hindustantimes.com/images/app-images/ht2020/newlogo.svg" ',
  'alt="Hindustan Times"/></a><nav class="secNav"><ul>',
  htNav.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join(''),
  '</ul></nav></header><div class="adHeight90 adMinHeight90 topAd"><div id="div-gpt-ad-top-0"></div></div>',
  '<section class="mainSec"><div class="leftSec"><div class="fullStory tfStory current" data-story-id="101737334564123" ',
  'data-section-name="cities" data-sub-section="pune-news"><div class="breadcrumbs"><ul>',
  `<li><a href="/">${htCrumbs[0]}</a></li><li><a href="/cities">Cities</a></li><li><a href="/cities/pune-news">${htCrumbs[1]}</a></li></ul></div>`,
  `<h1 class="hdg1">${htTitle}</h1><h2 class="sortDec">${htDek}</h2>`,
  '<div class="actionDiv flexElm topTime"><div class="storyBy">By <a href="/author/namrata-phadnis-101608193475632">Namrata Phadnis</a>',
  '</div><div class="dateTime secTime storyPage">Updated on: Jan 20, 2026 06:42 AM IST</div></div>',
  '<div class="storyShare"><span class="shareTxt">Share Via</span><a class="fb" href="#" aria-label="facebook"></a><a class="tw" href="#" ',
  'aria-label="twitter"></a><a class="wa" href="#" aria-label="whatsapp"></a><span class="copyLink">Copy Link</span></div>',
  '<div class="storyParagraphFigure"><figure><span><picture><img src="https://www.hindustantimes.com/ht-img/img/2026/01/20/550x309/',
  `PMC-composting_1737334321456.jpg" alt="${htCaption.replace(' (HT Photo)', '')}" width="550" height="309"/></picture></span>`,
  `<figcaption>${htCaption}</figcaption></figure></div>`,
  '<div class="storyDetails taw-height"><div class="detail ">',
  `<p>${htBody[0]}</p><p>${htBody[1]}</p>${htAd(1)}<p>${htBody[2]}</p><p>${htBody[3]}</p>`,
  `<p class="alsoRead"><strong><a href="/cities/pune-news/hadapsar-garbage-plant-101736987654321.html">${htAlso}</a></strong></p>`,
  `<p>${htBody[4]}</p><p>${htBody[5]}</p>${htAd(2)}<p>${htBody[6]}</p><p>${htBody[7]}</p><p>${htBody[8]}</p>`,
  `</div><div class="storyFooterTxt"><p><em>${htBoiler}</em></p></div></div>`,
  '<div class="storyTopics"><h3 class="hdg3">Recommended Topics</h3><ul>',
  htTopics.map((t) => `<li><a href="/topic/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join(''),
  '</ul></div><div class="followUs"><span>Follow Us On</span><a href="https://news.google.com/publications/CAAqBwgKMLG-8gow" ',
  'class="gNews">Google News</a></div></div></div>',
  '<aside class="rightSec"><div class="adHeight250 adMinHeight280"><div id="div-gpt-ad-rhs-0"></div></div>',
  '<div class="trendingSec"><h2 class="hdg2">Trending in Cities</h2><ul>',
  htTrending.map((t, i) => `<li><a href="/cities/story-${i}">${t}</a></li>`).join(''),
  '</ul></div><div class="newsletterBox"><h3>Subscribe to our best newsletters</h3>',
  '<p>Stay updated with the day’s top stories from Pune and across India.</p><a href="/newsletters" class="nlBtn">Explore Newsletters</a>',
  '</div></aside></section><footer class="footer"><ul>',
  htFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`).join(''),
  '</ul></footer></div>',
  '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"storyId":"101737334564123"}},"page":"/[...slug]"}</script>',
  '</body></html>',
].join('');
export const hindustanTimes: TestPage = {
  html: htHtml,
  name: 'heldout36-hindustan-times',
  kind: 'news',
  // the "sortDec" h2 under the headline is the dek (body); "PUNE:" opens the first paragraph (body); the author and the updated
  // time are the bylines; the "Also Read" link between paragraphs, the italic "Get Current Updates" line after the story (site
  // boilerplate, not the reporter's), the caption, share row, ad labels, breadcrumbs, "Recommended Topics", "Follow Us On",
  // "Trending in Cities", newsletter box, top strip, nav and footer are furniture (the breadcrumb "Cities" once, with the nav's);
  // three of the four topics are words of the body (only "waste segregation" kept); JSON-LD repeats the body in a script
  title: htTitle,
  headings: [],
  body: [htDek, ...texts(htBody)],
  bylines: ['Namrata Phadnis', 'Updated on: Jan 20, 2026 06:42 AM IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...htTop, ...htNav, ...htCrumbs, 'Share Via', 'Copy Link', htCaption, 'Advertisement', htAlso, htBoiler, 'Recommended Topics',
    'waste segregation', 'Follow Us On', 'Google News', 'Trending in Cities', ...htTrending,
    'Subscribe to our best newsletters', 'Stay updated with the day’s top stories from Pune and across India.', 'Explore Newsletters', ...htFoot,
  ],
};
