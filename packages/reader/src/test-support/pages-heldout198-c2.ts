import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 6: a Kathmandu Post story (red section line, h1, subtitle, author, "Published at" / "Updated at" times). */
const title = 'Pokhara’s lakeside hotels struggle as Chinese arrivals stay low';
const dek = 'Occupancy has barely passed 40 percent this spring, and hoteliers say new flights have yet to bring the visitors they were promised.';
const p1 = [
  'Hoteliers in Pokhara say business along the Phewa lakeside remains well below what they had hoped for this season, with ' +
    'arrivals from China, once the city’s fastest-growing market, still less than half their pre-pandemic level.',
  'According to the Pokhara Tourism Council, hotels in the Lakeside and Damside areas recorded an average occupancy of 41 percent ' +
    'in February and the first week of March, when the spring trekking season usually begins to fill rooms.',
  '“We were told that once the international airport was running, the tourists would come. The airport is here, but the flights ' +
    'are not,” said Ramesh Gurung, president of the Hotel Association Pokhara. “Many of our members have taken loans to renovate and ' +
    'expand, and now they are struggling to pay the interest.”',
  'Pokhara International Airport, which opened in January 2023, currently handles only a handful of international flights a week, ' +
    'most of them charters. Hoteliers say a regular service to Chinese cities would make the biggest difference.',
  'Data from the Department of Immigration show that 6,240 Chinese tourists entered Nepal through all points in February, compared ' +
    'with 13,900 in the same month of 2019. Visitors from India, the largest market, have held up better, but many come by road and ' +
    'stay only one or two nights.',
  'Tour operators say higher costs have also kept visitors away. Sita Poudel, who runs a travel agency in Lakeside, said trekking ' +
    'permit fees, new rules requiring guides on most routes and rising prices for food and transport had made Nepal a harder sell.',
  '“Our agents in China tell us their clients compare us with Thailand and Vietnam, where everything is easier. We have to compete ' +
    'on service and price,” she said.',
  'The Gandaki Province tourism ministry has announced a promotion campaign in Chengdu and Kunming next month, and officials said ' +
    'they were in talks with two Chinese airlines over direct flights to Pokhara.',
  'Provincial tourism minister Bishnu Thapa said the government wanted to see at least three regular international routes operating ' +
    'from Pokhara before the end of the year.',
];
const nav = ['National', 'Politics', 'Valley', 'Opinion', 'Money', 'Sports', 'Culture & Lifestyle', 'Climate & Environment', 'Investigations', 'Interviews'];
const top = ['Wednesday, March 13, 2025', 'E-PAPER', 'Subscribe'];
const caption = 'Tourist boats moored on Phewa Lake in Pokhara. Post File Photo';
const share = ['Facebook', 'Twitter', 'Email'];
const related = [
  'Pokhara airport still waits for regular international flights',
  'Tourist arrivals in February up 12 percent',
  'Gandaki to promote homestays in hill villages',
];
const mostRead = [
  'Government to table revised budget in parliament',
  'Kathmandu’s air quality worst in the world on Tuesday',
  'Teachers call off strike after deal with ministry',
  'Melamchi water supply to resume from next week',
];
const picks = ['In Karnali, a clinic with no doctor', 'The long road back for Jajarkot’s quake survivors'];
const foot = ['About Us', 'Contact Us', 'Advertise With Us', 'Privacy Policy', 'Terms of Use', 'Subscription', 'Kantipur Media Group'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pokhara’s lakeside hotels struggle as Chinese arrivals stay low</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Kathmandu Post">
<meta name="keywords" content="Pokhara, tourism, hotels, Chinese tourists"><link rel="canonical"
href="https://kathmandupost.com/gandaki-province/2025/03/13/pokhara-s-lakeside-hotels">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T06:45:00+05:45",
"dateModified":"2025-03-13T07:20:00+05:45","author":{"@type":"Person","name":"Deepak Pariyar"},
"publisher":{"@type":"Organization","name":"The Kathmandu Post"}}</script>
<link rel="stylesheet" href="https://kathmandupost.com/static/css/app.min.css?v=3.1.7"></head>
<body><div class="header-ad"><div id="ad-header" class="ads"><span>Advertisement</span></div></div>
<header class="header"><div class="header__top container">${top.map((t) => `<span class="header__top-item">${t}</span>`).join('')}</div>
<div class="header__logo"><a href="/"><img alt="The Kathmandu Post" src="/static/images/tkp-logo.svg"></a></div>
<nav class="header__nav"><ul class="menu">${links(nav)}</ul></nav></header>
<main class="container"><div class="row"><div class="col-sm-8"><div class="subscribe--wrapperx"><article class="article-detail">
<span class="title--line__red"><a href="/gandaki-province">Gandaki Province</a></span>
<h1>${title}</h1><span class="subtitle"><h2 class="story-subtitle">${dek}</h2></span>
<div class="row"><div class="col-sm-12 author-box"><div class="article-author"><h5 class="text-capitalize"><a
href="/author/deepak-pariyar">Deepak Pariyar</a></h5>
<div class="updated-time"><div>Published at : March 13, 2025</div><div>Updated at : March 13, 2025 07:20</div></div></div>
<div class="share-links">${share.map((s) => `<a class="share-${s.toLowerCase()}" href="#" title="${s}">${s}</a>`).join(' ')}</div></div></div>
<div class="image-wrapper"><img alt="" src="https://assets-api.kathmandupost.com/thumb.php?src=2025/03/13/phewa.jpg">
<p class="caption">${caption}</p></div>
<section class="story-section">
${ps(p1.slice(0, 4))}
<div class="story-ad"><span>Advertisement</span><div id="ad-instory"></div></div>
${ps(p1.slice(4))}
</section></article>
<div class="related-news"><h3 class="block--title">Related News</h3><ul>${links(related)}</ul></div></div></div>
<aside class="col-sm-4 sidebar"><div class="block"><h3 class="block--title">Most Read from Gandaki Province</h3><ul>${links(mostRead)}</ul></div>
<div class="block"><h3 class="block--title">Editor's Picks</h3><ul>${links(picks)}</ul></div>
<div class="block e-paper"><h3 class="block--title">E-PAPER | March 13, 2025</h3><a href="/epaper">Read E-Paper</a></div></aside></div></main>
<footer class="footer"><ul>${links(foot)}</ul><p>© 2025 www.kathmandupost.com. All rights reserved.</p></footer>
<script src="https://kathmandupost.com/static/js/app.min.js?v=3.1.7"></script></body></html>`;
export const kathmanduPost: TestPage = {
  name: 'heldout198-kathmandu-post-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([dek, ...p1]),
  bylines: ['Deepak Pariyar', 'Published at : March 13, 2025', 'Updated at : March 13, 2025 07:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', ...top, ...nav, 'Gandaki Province', ...share, caption, 'Related News', ...related, 'Most Read from Gandaki Province', ...mostRead,
    "Editor's Picks", ...picks, 'E-PAPER | March 13, 2025', 'Read E-Paper', ...foot, '© 2025 www.kathmandupost.com. All rights reserved.',
  ],
};
