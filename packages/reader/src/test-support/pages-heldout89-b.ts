import { links, type TestPage, texts } from './page-kit.js';
import { gannettStory } from './pages-heldout89-b2.js';

/**
 * Held-out batch 89, file b: a The Hindu city story (the top strip with the date, e-Paper, subscribe and login links, the
 * section nav and the hidden "More" menu, the trending strip, breadcrumbs, the sub-title under the headline, the author and
 * "Updated - ... IST - VELLANUR" line, the share and "READ LATER" / "PRINT" tools, the lead picture with caption and "Photo
 * Credit", an "Also Read" box and an ad inside the body, the "Published" line, Related Topics, the commenting-platform notice,
 * the copyright line, "BACK TO TOP", the rail and the footer) and, from file b2, a USA TODAY network local paper story.
 */
const thTitle = 'Vellanur municipality to desilt 14 irrigation tanks before northeast monsoon';
const thSub = 'Work worth ₹3.8 crore to be completed by November 30; farmers seek removal of encroachments along supply channels';
const thP = [
  'The Vellanur municipality has begun desilting 14 irrigation tanks within its limits, with officials aiming to complete the work before the ' +
    'northeast monsoon sets in over the district.',
  'Municipal Commissioner R. Kalaiselvi said the work, estimated at ₹3.8 crore, was being funded under the State government’s urban water bodies ' +
    'restoration scheme. “Silt has reduced the storage capacity of some tanks by nearly a third. If we finish before the rains, we can store close to ' +
    '40% more water this season,” she said.',
  'Officials said earthmovers had been deployed at the Periyakulam, Sengulam and Ammankulam tanks, the three largest in the town, and that work at the ' +
    'remaining 11 tanks would begin by the second week of November.',
  'The removed silt is being offered free of cost to farmers for use on their fields, subject to a permit from the Tahsildar’s office. Over 120 ' +
    'farmers have applied so far, according to the Revenue department.',
  'Last year, the district received 512 mm of rainfall during the northeast monsoon, about 18% above normal, and the bunds of four tanks in the town ' +
    'were breached.',
  'Farmers’ associations welcomed the move but said desilting alone would not help unless encroachments along the supply channels were removed. “Water ' +
    'reaches the Sengulam tank only in years of very heavy rain because the channel has been narrowed by buildings at three places,” said K. ' +
    'Ponnusamy, secretary of the Vellanur Tank Ayacutdars’ Association.',
  'He said the association had submitted a petition to the District Collector listing 37 encroachments along the 6-km channel.',
  'Responding to this, Ms. Kalaiselvi said a joint survey by the municipality and the Water Resources Department would be completed within a month. ' +
    '“Structures that block the channel will be removed after notice is served, as per the court’s direction,” she said.',
  'Residents of Anna Nagar and Gandhipuram, where houses were inundated during last year’s rains, have urged the municipality to also clear the ' +
    'stormwater drains that carry surplus water from the Periyakulam tank.',
  'Officials said ₹62 lakh had been set aside for this work, and that a control room would function round the clock from November 15 to receive ' +
    'complaints on waterlogging. Residents can call the toll-free number 1800-425-3366.',
];
const thTopStrip = ['e-Paper', 'Subscribe', 'Login', 'Gift a Subscription'];
const thNav = ['India', 'World', 'Movies', 'Sport', 'Data', 'Health', 'Opinion', 'Science', 'Business', 'Premium'];
const thMore = ['Cities', 'Chennai', 'Coimbatore', 'Madurai', 'Tiruchi', 'Education', 'Life & Style', 'Podcasts', 'Videos', 'Crossword'];
const thTrending = ['Trending', 'Northeast monsoon', 'Tamil Nadu Assembly', 'Gold rate today', 'Chennai rains'];
const thCrumbs = ['News', 'Cities', 'Tamil Nadu'];
const thTools = ['READ LATER', 'PRINT', 'Copy link', 'Email', 'Facebook', 'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit'];
const thCaption = 'Earthmovers at work on the Periyakulam tank in Vellanur on Tuesday.';
const thCredit = '| Photo Credit: M. Arunkumar';
const thAlso = 'Government to restore 1,200 urban water bodies over two years';
const thTopics = ['Tamil Nadu', 'water', 'monsoon', 'irrigation', 'local authority', 'agriculture'];
const thComments = [
  'COMMENTS',
  'Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting ' +
    'your comments.',
  'We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in, you may continue to engage with our ' +
    'articles. If you do not have an account please register and login to post comments. Users can access their older comments by logging into their ' +
    'accounts on Vuukle.',
];
const thCopy = 'Copyright© 2025, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.';
const thRail = [
  'Chennai Metro Rail to run extra trains during festival weekend',
  'Heavy rain likely in delta districts for two days: IMD',
  'Farmers in Tiruvarur begin samba transplantation as water arrives',
  'Corporation to set up 16 relief centres in low-lying areas',
];
const thFoot = [
  'Contact Us',
  'About Us',
  'Terms of Use',
  'Privacy Policy',
  'Grievance Redressal',
  'Subscription Terms',
  'Archive',
  'Sitemap',
  'RSS Feeds',
  'Group News Sites',
  'businessline',
  'Frontline',
  'The Hindu Tamil',
  'Sportstar',
];
const thHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1">
<title>Vellanur municipality to desilt 14 irrigation tanks before northeast monsoon - The Hindu</title>
<meta name="description" content="${thSub}"><meta name="keywords" content="Vellanur, tanks, desilting, northeast monsoon">
<meta property="og:title" content="${thTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Hindu">
<meta name="publish-date" content="2025-11-05T21:41:00+05:30"><meta property="article:section" content="Tamil Nadu">
<link rel="canonical" href="https://www.thehindu.com/news/national/tamil-nadu/vellanur-desilt-irrigation-tanks/article70240112.ece">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${thTitle}","articleSection":"Tamil Nadu",
"datePublished":"2025-11-05T21:41:00+05:30","dateModified":"2025-11-05T21:41:00+05:30","author":[{"@type":"Person","name":"S. Meenakshi"}],
"publisher":{"@type":"Organization","name":"The Hindu",
"logo":{"@type":"ImageObject","url":"https://www.thehindu.com/theme/images/th-online/logo.png"}}}</script>
<script>var _sf_async_config = {}; window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"article","articleId":"70240112"});</script>
<link rel="stylesheet" href="https://www.thehindu.com/theme/static/css/article.min.css?v=3.42"></head>
<body class="article-page"><div class="top-header"><div class="container"><div class="row"><div class="col-12 top-header-flex">
<span class="date-text">Wednesday, November 05, 2025</span><ul class="top-links">${links(thTopStrip, 'top-link')}</ul></div></div></div></div>
<header class="header"><div class="container"><div class="logo"><a href="https://www.thehindu.com/"><img alt="The Hindu"
src="/theme/images/logo.svg"></a></div>
<nav class="navbar main-nav"><ul class="nav-list">${links(thNav, 'nav-item')}<li class="nav-item dropdown"><a class="nav-link more" href="#">More</a>
<div class="dropdown-menu mega-menu" hidden><ul>${links(thMore, 'dropdown-item')}</ul></div></li></ul></nav></div></header>
<div class="trending-nav"><div class="container"><ul>${links(thTrending, 'trending-item')}</ul></div></div>
<div class="container article-section"><div class="row"><div class="col-xl-9 col-lg-8 col-md-12 col-sm-12 col-12">
<div class="breadcrumb"><ol class="breadcrumb-list">${thCrumbs
  .map(
    (t) => `<li class="breadcrumb-item"><a
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ol></div>
<div class="storyline"><h1 class="title" itemprop="name headline">${thTitle}</h1><h2 class="sub-title">${thSub}</h2>
<div class="author-name"><div class="person-name"><a class="person-name lnk" href="https://www.thehindu.com/profile/author/S-Meenakshi-3391/">S. Meenakshi</a>
</div></div><div class="update-publish-time"><p class="publish-time-new">Updated - November 05, 2025 09:41 pm IST - VELLANUR</p></div>
<div class="article-share-tools"><a class="read-later" href="#">READ LATER</a><a class="print-story" href="#">PRINT</a><div class="share-page"><button
class="share-btn" aria-label="Share">Share</button><ul class="share-list dropdown-menu" hidden>${links(thTools.slice(2), 'share-item')}</ul></div></div>
<div class="article-picture"><div class="picture"><figure><picture><source srcset="https://th-i.thgim.com/public/news/national/tamil-nadu/3x2.jpg">
<img class="lead-img" alt="Earthmovers at work on the Periyakulam tank" src="https://th-i.thgim.com/public/news/national/tamil-nadu/3x2.jpg"></picture>
<figcaption><p class="caption">${thCaption} <span class="credit">${thCredit}</span></p></figcaption></figure></div></div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="content-body-70240112">
${thP
  .slice(0, 4)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<div class="articleblock-container"><div class="also-read-block"><p class="also-read-title">Also Read</p><a class="also-read-link"
href="/news/national/tamil-nadu/urban-water-bodies-restoration/article69911234.ece">${thAlso}</a></div></div>
${thP
  .slice(4, 7)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<div class="dfp-ad article-inline-ad"><p class="ad-text">Advertisement</p><div id="div-gpt-ad-inline-1"></div></div>
${thP
  .slice(7)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
</div><p class="publish-time-new">Published - November 05, 2025 09:41 pm IST</p>
<div class="related-topics"><p class="related-topics-title">Related Topics</p><ul class="related-topics-list">${links(thTopics, 'related-topic')}</ul></div>
<div class="comments-section" id="comments"><h3 class="comments-title">${thComments[0]}</h3><p>${thComments[1]}</p><p>${thComments[2]}</p>
<div id="vuukle-comments"></div></div><p class="copyright">${thCopy}</p><a href="#top" class="back-to-top">BACK TO TOP</a></div></div>
<div class="col-xl-3 col-lg-4 col-md-12 col-sm-12 col-12 right-rail"><div class="dfp-ad"><p class="ad-text">Advertisement</p><div
id="div-gpt-ad-rhs"></div></div>
<div class="rail-block"><h3 class="rail-title">Top News Today</h3><ul class="rail-list">${thRail
  .map(
    (t, i) => `<li><a
href="/news/${i}">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(thFoot, 'footer-link')}</ul><p class="footer-copy">${thCopy}</p></div></footer>
<script src="https://www.thehindu.com/theme/static/js/article.min.js?v=3.42" defer></script></body></html>`;
const hinduStory: TestPage = {
  html: thHtml,
  name: 'heldout89-the-hindu-news',
  kind: 'news',
  // the sub-title is body; the author and the "Updated"/"Published" lines (the dateline VELLANUR is in the first) are
  // bylines; the top strip, nav (with the hidden "More" menu), trending strip, breadcrumbs, share tools, caption and credit,
  // the "Also Read" box, ad labels, related topics, the comment notices, copyright, rail and footer are furniture
  title: thTitle,
  headings: [],
  body: texts([thSub, ...thP]),
  bylines: ['S. Meenakshi', 'Updated - November 05, 2025 09:41 pm IST - VELLANUR', 'Published - November 05, 2025 09:41 pm IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wednesday, November 05, 2025', ...thTopStrip, ...thNav, 'More', ...thMore, ...thTrending, ...thCrumbs, ...thTools, 'Share', thCaption, thCredit,
    'Also Read', thAlso, 'Advertisement', 'Related Topics', ...thTopics.filter((t) => t !== 'Tamil Nadu'), ...thComments, thCopy, 'BACK TO TOP',
    'Top News Today', ...thRail, ...thFoot,
  ],
};

export const HELDOUT89_B: readonly TestPage[] = [hinduStory, gannettStory];
