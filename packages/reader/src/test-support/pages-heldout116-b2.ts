import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 116, file b2: a Times of India city story on the articleshow template (the header with "Sign In" and
 * "TOI+", the section and city nav, the breadcrumb that ends with the headline, the h1, the "Name / TNN / Updated" byline,
 * the share and text-size tools, the representative image caption, the body as text runs split by <br><br> with the
 * "PUNE:" dateline opening the first paragraph, an in-body "Also Read" box and ad slots, "End of Article", the app prompt,
 * the comments block, "Popular from Pune", "Visual Stories" and the footer).
 */
const toiTitle = 'PMC to start round-the-clock water supply trial in six wards from April 1';
const toiBody = [
  'PUNE: The Pune Municipal Corporation (PMC) will begin supplying water round the clock in six wards from April 1 on a ' +
    'trial basis, civic officials said on Sunday, the first time any part of the city will get continuous supply.',
  'The trial will cover about 1.8 lakh residents in Kothrud, Karvenagar, Erandwane, Warje, Bavdhan and parts of Sutarwadi, ' +
    'where new pipelines and smart meters have been installed under the equal water supply scheme over the past three years.',
  'Additional municipal commissioner Vandana Kulkarni said the pressure in the network had been tested at night for the past ' +
    'two months. “We have replaced almost 90% of the old lines in these wards. Leakages have come down sharply, which is why ' +
    'we are confident the system can hold 24-hour pressure,” she said.',
  'At present, most parts of Pune get water for four to six hours a day, and residents of housing societies on higher floors ' +
    'often depend on overhead tanks and booster pumps. Officials said continuous supply would make storage tanks in homes ' +
    'unnecessary over time, though they advised residents not to dismantle them during the trial.',
  'The civic body has installed about 46,000 meters in the six wards. Households will continue to pay the flat water tax for ' +
    'the first six months, after which billing will be based on metered use, Kulkarni said.',
  'The water supply department has set up a helpline for complaints about low pressure or discoloured water. Junior ' +
    'engineers have been assigned to each ward for the first month to respond to complaints within 12 hours.',
  'Residents in Kothrud welcomed the move but said they wanted clarity on the new tariff. “We have been hearing about 24x7 ' +
    'water for ten years. If it finally works, nobody will complain. But people should know what the bill will look like ' +
    'before metering starts,” said Sanjay Deshpande, secretary of a housing society on Paud Road.',
  'Civic activist Meera Joglekar said the trial should be extended to the eastern suburbs, where several areas still depend ' +
    'on tankers in summer. “The equal supply scheme was meant for the whole city. The wards that need water most should not ' +
    'be last in line,” she said.',
  'Officials said the PMC would review the results in July before deciding whether to extend the system to another 14 wards ' +
    'where pipeline work is nearly complete.',
];
const toiNav = ['Home', 'City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'Sports', 'Entertainment', 'TV', 'Life & Style', 'Education', 'Videos'];
const toiCities = ['Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad', 'Kolkata', 'Chennai', 'Pune', 'Ahmedabad', 'Nagpur'];
const toiCrumbs = ['News', 'City News', 'Pune News'];
const toiCaption = 'Representative image';
const toiAlso = 'Pune: Water cut in eastern areas on Thursday for pipeline repair';
const toiComments = [
  { name: 'Rohit Patwardhan', text: 'Good step, but they said the same thing in 2019. Let us see if it actually happens.' },
  { name: 'Anjali K', text: 'Please start this in Hadapsar also. We get water for only two hours.' },
];
const toiPopular = [
  'Hinjewadi metro line to open for trial runs next month',
  'Two arrested for cheating job aspirants of Rs 40 lakh',
  'Temperature touches 37°C, IMD forecasts hotter week ahead',
  'College students develop app to track PMPML buses live',
];
const toiVisual = ['10 hill stations near Pune for a quick weekend escape', '8 breakfast dishes from Maharashtra you must try'];
const toiFoot = [
  'About us',
  'Create Your Own Ad',
  'Terms of Use and Grievance Redressal Policy',
  'Privacy policy',
  'Advertise with us',
  'RSS',
  'Newsletter',
  'Feedback',
  'ePaper',
  'Sitemap',
  'Archives',
];
const toiCopy = 'Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service';
const toiAd = (id: string): string => `<div class="vdo_embedd"><div id="${id}" class="_2nQz ad-slot" data-adtype="ctn"><span class="ad-label">Advertisement
</span></div></div>`;
const toiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PMC to start round-the-clock water supply trial in six wards from April 1 | Pune News - Times of India</title>
<meta name="description" content="The Pune Municipal Corporation will begin supplying water round the clock in six wards from April 1.">
<meta property="og:title" content="${toiTitle}"><meta property="og:site_name" content="The Times of India">
<link rel="canonical" href="https://timesofindia.indiatimes.com/city/pune/pmc-24x7-water-supply-trial-six-wards/articleshow/118702231.cms">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${toiTitle}",
"datePublished":"2025-03-03T08:14:00+05:30","dateModified":"2025-03-03T08:14:00+05:30","author":[{"@type":"Person","name":"Siddharth Gokhale"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Times Of India"},"articleSection":"Pune News"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"News"},{"@type":"ListItem","position":2,"name":"City News"},{"@type":"ListItem","position":3,"name":"Pune News"}]}</script>
<script>window.__TOI_CONFIG__={"msid":"118702231","section":"city/pune","adsEnabled":true};</script>
<script src="https://static.toiimg.example/v1/toi_articleshow.7c1f0d.js" defer></script></head>
<body><div id="app"><div class="contentwrapper clearfix"><header class="_2ixlo" id="header"><div class="_1b5Re">
<a class="_2fhaY" href="https://timesofindia.indiatimes.com" aria-label="The Times of India"><img src="/photo/toi-logo.svg" alt="The Times of India"></a>
<div class="_3Zp5E"><a class="toiplus" href="/toi-plus">TOI+</a><button class="_2cvJO signin">Sign In</button></div></div>
<nav class="_1W5s0" aria-label="Sections"><ul class="_3ltPi">${links(toiNav, '_1iY0J')}</ul></nav>
<nav class="_2PJ7Z city-nav" aria-label="Cities"><ul>${links(toiCities, 'kCZMN')}</ul></nav></header>
<main class="_1ucT-"><div class="_3Qnzq"><div class="breadcrumb" id="breadcrumb"><ul>${links(toiCrumbs, '_2Ts1n')}
<li class="_2Ts1n"><span>${toiTitle}</span></li></ul></div>
<div class="okf2Z"><h1 class="HNMDR"><span>${toiTitle}</span></h1>
<div class="xf8Pm byline"><span><a href="https://timesofindia.indiatimes.com/toireporter/author-siddharth-gokhale-479215437.cms">Siddharth Gokhale</a>
 / TNN / </span><span>Updated: Mar 3, 2025, 08:14 IST</span></div>
<div class="_3WlLe clearfix"><div class="share-tools"><span class="share-label">Share</span><button class="share-fb" aria-label="Facebook"></button>
<button class="share-wa" aria-label="WhatsApp"></button><button class="share-x" aria-label="Twitter"></button></div>
<div class="font-size"><button class="fontsize-btn">AA</button><ul class="font-options" hidden><li>Small</li><li>Medium</li><li>Large</li></ul></div>
<a class="gn-follow" href="https://news.google.com/publications/toi">Follow us</a></div></div>
<div class="fewcent-118702231 _2C6Ps"><div class="wJnIp"><img src="https://static.toiimg.example/thumb/msid-118702231,width-1070,height-580/photo.jpg"
alt="${toiCaption}" width="1070" height="580"><div class="_2nhZY caption">${toiCaption}</div></div>
<div class="_s30J clearfix  ">${toiBody.slice(0, 3).join('<br><br>')}<br><br>${toiAd('div-gpt-ad-mid1')}
<div class="yt5qU also-read" data-type="in-view"><span class="_1aVz6">Also Read</span><a href="/city/pune/water-cut-eastern-areas/articleshow/118661.cms">
${toiAlso}</a></div>${toiBody.slice(3, 6).join('<br><br>')}<br><br>${toiAd('div-gpt-ad-mid2')}${toiBody.slice(6).join('<br><br>')}</div>
<div class="_1tHcR end-of-article">End of Article</div>
<div class="app-download"><p>Stay updated with the latest Pune news on Times of India.</p><a href="/app">Download The TOI app now</a></div></div>
<section class="comments-section" id="comments"><h2 class="comment-title">Comments (8)</h2><div class="sort">Sort By:
<button>Newest</button><button>Upvoted</button><button>Oldest</button></div><ul class="comment-list">
${toiComments
  .map(
    (c) => `<li class="comment"><div class="cmt-name">${c.name}</div><p class="cmt-text">${c.text}</p><div class="cmt-actions"><button>Reply</button>
<button aria-label="Up Vote">Up Vote</button><button aria-label="Down Vote">Down Vote</button></div></li>`,
  )
  .join('\n')}</ul><button class="read-more-comments">Read more comments</button>
<p class="cmt-disclaimer">Disclaimer: Comments are moderated and will be published only if they follow the community guidelines.</p></section>
<section class="popular-city"><h2>Popular from Pune</h2><ul>${links(toiPopular)}</ul></section>
<section class="visual-stories"><h2>Visual Stories</h2><ul>${links(toiVisual)}</ul></section></div></main>
<footer class="_2Tvvo"><ul class="footer-links">${links(toiFoot)}</ul><p class="copyright">${toiCopy.replace('&', '&amp;')}</p></footer></div></div>
<script>window.__INITIAL_STATE__={"articleshow":{"msid":118702231,"hl":"PMC to start round-the-clock water supply trial"}};</script></body></html>`;
export const toiStory: TestPage = {
  html: toiHtml,
  name: 'heldout116-timesofindia-news',
  kind: 'news',
  // the body is one div of text runs split by <br><br>; the "PUNE:" dateline opens the first run and stays part of it (body);
  // the breadcrumb's last item repeats the headline and is left out of the lists
  title: toiTitle,
  headings: [],
  body: toiBody,
  bylines: ['Siddharth Gokhale', 'TNN', 'Updated: Mar 3, 2025, 08:14 IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TOI+', 'Sign In', ...toiNav, ...toiCities, ...toiCrumbs, 'Share', 'AA', 'Small', 'Medium', 'Large', 'Follow us',
    toiCaption, 'Advertisement', 'Also Read', toiAlso, 'End of Article', 'Stay updated with the latest Pune news on Times of India.',
    'Download The TOI app now', 'Comments (8)', 'Sort By:', 'Newest', 'Upvoted', 'Oldest', ...toiComments.flatMap((c) => [c.name, c.text]), 'Reply',
    'Up Vote', 'Down Vote', 'Read more comments',
    'Disclaimer: Comments are moderated and will be published only if they follow the community guidelines.', 'Popular from Pune', ...toiPopular,
    'Visual Stories', ...toiVisual, ...toiFoot, toiCopy,
  ],
};
