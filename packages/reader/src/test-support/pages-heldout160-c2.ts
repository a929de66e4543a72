import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 160, file c2: a Korea Herald story (the top bar with "Subscribe" and the language links, the section nav,
 * the section label, the subtitle list, the byline and "Published" / "Updated" times, the font-size and share tools, the
 * photo caption with its "(Yonhap)" credit, the reporter's e-mail as the last line of the article text, the "Most Popular"
 * and "Latest News" rails, ad labels and the footer with its registration and publisher lines).
 */
const khTitle = 'Seoul to turn disused subway ventilation shafts into small neighborhood libraries';
const khSubs = ['Six pilot sites to open in Mapo, Seongbuk and Gwanak next year', 'City says reading rooms will stay open until 10 p.m.'];
const khP = [
  'Seoul will convert six disused subway ventilation buildings into small neighborhood libraries and reading rooms starting ' +
    'next year, the city government said Tuesday, in a project aimed at putting public space in areas with few cultural facilities.',
  'The structures, built in the 1980s and 1990s to house fans and exhaust equipment for older subway lines, became redundant ' +
    'after the ventilation systems were upgraded and relocated underground over the past decade.',
  'According to the Seoul Metropolitan Government, the first three sites in Mapo-gu, Seongbuk-gu and Gwanak-gu will open in the ' +
    'second half of 2026, followed by three more in 2027. Each will hold between 3,000 and 5,000 books, with a focus on picture ' +
    'books for young children and large-print titles for older residents.',
  'The libraries will be small, with floor areas ranging from 60 to 110 square meters, but the city said their locations next to ' +
    'bus stops and subway exits would make them easy to drop into on the way to or from work.',
  '“Many residents have told us they want a quiet place close to home, not a large library that requires a special trip,” said ' +
    'Park Seo-yeon, head of the city’s cultural facilities division. “These buildings are already in the right place. We only ' +
    'needed to give them a new purpose.”',
  'The reading rooms will stay open until 10 p.m. on weekdays and will be run by local volunteers together with staff from ' +
    'district libraries. Books can be borrowed and returned through the city’s integrated library card system.',
  'The city has budgeted 4.2 billion won ($2.9 million) for the first phase, including structural reinforcement, insulation and ' +
    'accessibility work such as ramps and elevators where the buildings have more than one floor.',
  'Seoul has been looking for ways to reuse aging infrastructure as its population shrinks and ages. Last year, it turned an ' +
    'unused pedestrian underpass in Jongno-gu into a gallery for young artists.',
  'Residents near the pilot sites will be invited to vote on the names of the libraries in January.',
];
const khMail = 'kimjh@heraldcorp.com';
const khNav = ['National', 'Business', 'Finance', 'Life&Culture', 'Sports', 'World', 'Opinion', 'K-pop', 'Podcast'];
const khCaption = 'A disused subway ventilation building in Mapo-gu, western Seoul (Seoul Metropolitan Government)';
const khPop = ['Won falls to lowest level in seven months', 'Korean baseball league announces new salary cap', 'Hanbok rental shops see tourist boom'];
const khLatest = ['Fine dust warnings issued for capital area', 'Exports rise for third straight month', 'Busan hosts global ocean forum'];
const khFoot = ['About Us', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Youth Protection Policy'];
const khReg = 'Registration Number : 서울 아00711 | Date of Registration : 2008.11.18 | Publisher & Editor : Choi Jin-young';
const khHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${khTitle} - The Korea Herald</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Seoul will convert six disused ventilation buildings.">
<meta property="og:site_name" content="The Korea Herald"><meta property="og:title" content="${khTitle}"><meta property="article:section" content="National">
<meta name="author" content="Kim Jae-hoon"><link rel="canonical" href="https://www.koreaherald.com/article/10612842">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${khTitle}","datePublished":"2025-11-18T15:01:00+09:00",
"dateModified":"2025-11-18T16:40:00+09:00","author":{"@type":"Person","name":"Kim Jae-hoon"},"publisher":{"@type":"Organization",
"name":"The Korea Herald"}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-KH"></script><link rel="stylesheet" href="/css/view.css?v=20251101"></head>
<body><div id="wrap">
<div class="top_bar"><ul class="top_lang"><li><a href="https://www.koreaherald.com">English</a></li><li>
<a href="https://chinese.koreaherald.example">中文</a></li>
<li><a href="https://jp.koreaherald.example">日本語</a></li></ul><a class="btn_subscribe" href="/subscribe">Subscribe</a></div>
<header id="header"><h1 class="logo"><a href="/"><img src="/img/logo_kh.svg" alt="The Korea Herald"></a></h1>
<nav class="gnb"><ul>${links(khNav, 'gnb_item')}</ul></nav></header>
<div class="ad_wrap ad_top"><span class="ad_label">AD</span></div>
<div id="contents"><div class="news_view"><div class="view_top">
<a class="news_category" href="/list/national">National</a><h1 class="news_title">${khTitle}</h1>
<ul class="news_title_sub">${khSubs.map((s) => `<li><h2>${s}</h2></li>`).join('')}</ul>
<div class="news_info"><p class="news_write"><a href="/reporter/kim-jae-hoon">By Kim Jae-hoon</a></p>
<p class="news_date">Published : Nov. 18, 2025 - 15:01</p><p class="news_date">Updated : Nov. 18, 2025 - 16:40</p></div>
<div class="view_util"><button class="btn_font" aria-label="Font size">Font size</button><button class="btn_print">Print</button>
<ul class="share"><li><a href="#">facebook</a></li><li><a href="#">X</a></li><li><a href="#">kakaotalk</a></li><li><a href="#">Copy URL</a></li></ul>
</div></div>
<div class="news_content" id="articleText">
<div class="news_photo"><img src="https://wimg.heraldcorp.example/content/default/2025/11/18/shaft.jpg" alt="">
<p class="news_photo_caption">${khCaption}</p></div>
${ps(khP.slice(0, 5))}
<div class="ad_wrap ad_inarticle"><span class="ad_label">AD</span><div id="div-gpt-ad-inarticle"></div></div>
${ps(khP.slice(5))}
<p>${khMail}</p>
</div></div>
<aside class="news_side"><section class="most_popular"><h3>Most Popular</h3><ol>${links(khPop)}</ol></section>
<section class="latest_news"><h3>Latest News</h3><ul>${links(khLatest)}</ul></section><div class="ad_wrap"><span class="ad_label">AD</span></div>
</aside></div>
<footer id="footer"><ul class="footer_menu">${links(khFoot)}</ul><p class="address">${khReg}</p>
<p class="copy">Copyright Herald Corporation. All Rights Reserved.</p></footer></div>
<script src="/js/view.js?v=20251101"></script></body></html>`;
export const koreaHerald: TestPage = {
  name: 'heldout160-koreaherald-news',
  kind: 'news',
  html: khHtml,
  title: khTitle,
  headings: [],
  // the subtitles (h2 in list items under the headline) are the dek: body; the reporter's e-mail line is a byline
  body: [...khSubs, ...texts(khP)],
  bylines: ['By Kim Jae-hoon', 'Published : Nov. 18, 2025 - 15:01', 'Updated : Nov. 18, 2025 - 16:40', khMail],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'English', '中文', '日本語', 'Subscribe', ...khNav, 'AD', 'Font size', 'Print', 'facebook', 'X', 'kakaotalk', 'Copy URL', khCaption, 'Most Popular',
    ...khPop, 'Latest News', ...khLatest, ...khFoot, khReg, 'Copyright Herald Corporation. All Rights Reserved.',
  ],
};
