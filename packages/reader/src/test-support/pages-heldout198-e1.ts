import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 9: a Korea Herald story (news_title, subtitle, byline with published/updated times, email line, captions). */
const title = 'Seoul to add night buses on 12 routes as late-night taxi shortage persists';
const dek = 'City says new lines will run until 4 a.m. in districts with the longest waits for cabs';
const p1 = [
  'The Seoul Metropolitan Government will launch 12 new late-night bus routes from next month to ease a shortage of taxis in the ' +
    'early hours, officials said Thursday.',
  'The new “Owl” buses, numbered N17 to N28, will run every 20 to 30 minutes between 11:30 p.m. and 4 a.m., linking nightlife and ' +
    'office districts such as Gangnam, Jongno, Hongdae and Yeouido with residential areas on the city’s outskirts, according to the ' +
    'city’s transport headquarters.',
  'The expansion will bring the total number of late-night routes to 26, carrying an estimated 18,000 passengers a night.',
  'The city said it had chosen the routes by analyzing taxi app data, which showed that waits of more than 30 minutes were most ' +
    'common between midnight and 2 a.m. on Thursdays and Fridays, particularly for trips to Gangseo, Nowon and Eunpyeong.',
  'The number of taxis operating late at night has fallen since the pandemic, as many drivers left for delivery and logistics jobs ' +
    'and older drivers cut back on night shifts. According to the city, about 15,000 of Seoul’s 70,000 licensed taxis are now on the ' +
    'road at 1 a.m. on a typical weeknight, down from about 21,000 in 2019.',
  '“Many citizens, especially those who work late or in shifts, have told us that they struggle to get home at night,” said Yoon ' +
    'Jong-hoon, head of the city’s transport headquarters. “We will keep adjusting routes and intervals based on how many people use them.”',
  'Fares on the late-night buses will be 2,500 won ($1.72) for card users, the same as other night routes. Real-time locations ' +
    'will be available through the city’s public transport app and at bus stops equipped with information screens.',
  'The city also plans to expand incentives for taxi drivers who work late shifts, raising a monthly bonus for drivers who complete ' +
    'at least 40 late-night trips from 200,000 won to 300,000 won.',
  'Some drivers’ groups said the measures did not go far enough. An official of a corporate taxi drivers’ union said pay and working ' +
    'conditions needed to improve before younger people would return to the job.',
];
const email = 'jhyoon@heraldcorp.com';
const nav = ['National', 'Business', 'Finance', 'Life&Culture', 'Sports', 'World', 'Opinion', 'K-pop', 'Video'];
const sub = ['Politics', 'Social Affairs', 'Foreign Affairs', 'Defense', 'North Korea', 'Science', 'Diplomatic Circuit', 'Education', 'Health'];
const caption = 'A late-night bus runs past Gwanghwamun Square in central Seoul. (Seoul Metropolitan Government)';
const tools = ['Font size', 'Share', 'Print', 'Copy link'];
const popular = [
  'Exports rise for sixth straight month on chip demand',
  'Opposition leader questioned over land deal',
  'Cherry blossoms to bloom earlier than usual this year',
  'BOK holds rate steady amid weak won',
  'Idol group announces world tour dates',
];
const recommends = ['Korea’s birth rate edges up for first time in nine years', 'Seoul subway fares to rise in June'];
const foot = ['About Us', 'Contact Us', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Youth Protection Policy', 'Subscribe', 'RSS'];
const company = 'Herald Corporation · Registration No. 서울 아03711 · Copyright © Herald Corporation. All Rights Reserved.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - The Korea Herald</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${dek}">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="The Korea Herald"><meta property="og:type" content="article">
<meta property="article:section" content="National"><link rel="canonical" href="https://www.koreaherald.com/article/10461283">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T15:02:00+09:00",
"dateModified":"2025-03-13T16:40:00+09:00","author":[{"@type":"Person","name":"Yoon Ji-hye"}],
"publisher":{"@type":"Organization","name":"The Korea Herald"}}</script>
<link rel="stylesheet" href="https://www.koreaherald.com/css/article.css?v=2025031301"><script
src="https://www.koreaherald.com/js/jquery-3.7.1.min.js"></script></head>
<body><div id="wrap"><header id="header"><div class="header_top"><a class="logo" href="/"><img alt="The Korea Herald" src="/images/logo.svg"></a>
<div class="util"><a href="/newsletter">Newsletter</a><a href="https://www.heraldcorp.com">헤럴드경제</a>
<button class="btn_search">Search</button></div></div>
<nav class="gnb"><ul class="gnb_list">${links(nav, 'gnb_item')}</ul></nav><nav class="lnb"><ul>${links(sub)}</ul></nav></header>
<div class="ad_area ad_top"><span class="ad_txt">AD</span><div id="div-gpt-ad-top"></div></div>
<div id="container" class="article_wrap"><div class="article_left"><div class="news_title_area"><p class="news_category"><a href="/National">National</a>
<a href="/National/Social-Affairs">Social Affairs</a></p><h1 class="news_title">${title}</h1><h2 class="news_title_sub">${dek}</h2>
<div class="news_byline"><span class="writer"><a href="/reporter/yoonjh">By Yoon Ji-hye</a></span><span class="date">Published : March 13, 2025 - 15:02</span>
<span class="date">Updated : March 13, 2025 - 16:40</span></div>
<div class="news_util">${tools
  .map(
    (t) => `<button class="btn_${t.toLowerCase().replace(' ', '_')}"><span
class="blind">${t}</span></button>`,
  )
  .join('')}</div></div>
<div class="news_content" id="articleText"><figure class="news_img"><img alt="" src="https://res.heraldm.com/content/image/2025/03/13/20250313050611_0.jpg">
<figcaption>${caption}</figcaption></figure>
${ps(p1.slice(0, 5))}
<div class="ad_area ad_inarticle"><span class="ad_txt">AD</span><div id="div-gpt-ad-article"></div></div>
${ps(p1.slice(5))}
<p>${email}</p></div>
<div class="kh_recommends"><h3 class="section_title">Korea Herald Recommends</h3><ul>${links(recommends)}</ul></div></div>
<aside class="article_right"><div class="popular"><h3 class="section_title">Most Popular</h3><ol>${popular
  .map((t, i) => `<li><span class="num">${i + 1}</span><a href="/article/1046${i}">${t}</a></li>`)
  .join('')}</ol></div><div class="ad_area ad_side"><span class="ad_txt">AD</span></div></aside></div>
<footer id="footer"><ul class="foot_menu">${links(foot)}</ul><p class="company">${company}</p></footer></div>
<script src="https://www.koreaherald.com/js/article.js?v=2025031301"></script></body></html>`;
export const koreaHerald: TestPage = {
  name: 'heldout198-korea-herald-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([dek, ...p1]),
  // the reporter's e-mail line that closes the story is a byline
  bylines: ['By Yoon Ji-hye', 'Published : March 13, 2025 - 15:02', 'Updated : March 13, 2025 - 16:40', email],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Newsletter', '헤럴드경제', 'Search', ...nav, ...sub.slice(0, 1), ...sub.slice(2), 'AD', 'Social Affairs', ...tools, caption,
    'Korea Herald Recommends', ...recommends, 'Most Popular', ...popular, ...foot, company,
  ],
};
