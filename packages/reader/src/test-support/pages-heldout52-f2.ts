import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 52, file f2: a Korea Herald story on its 2024 template (the top bar with the Korean-language sister sites,
 * the section menu, the category path, headline and subtitle, reporter name, published and updated times, the text-size,
 * print and share tools, a photo with its "(Yonhap)" caption, the body closing with the "By … (email)" line, the
 * "More articles by this writer" list, "Most Popular", "Editor's Picks", the consent notice and the footer with the
 * publisher's registration details).
 */
const khTitle = 'Seoul to add 14 late-night bus routes as nightlife shifts to new districts';
const khSub = 'City says owl buses will cover Seongsu, Mullae and Magok, where demand after midnight has tripled since 2022';
const khBody = [
  'Seoul will launch 14 new late-night bus routes in April, expanding a service that carries more than 20,000 passengers a night as the ' +
    'city’s after-dark economy spreads beyond its traditional nightlife districts, the Seoul Metropolitan Government said Wednesday.',
  'The new routes, which will run from 11:30 p.m. to 5 a.m., will connect neighborhoods such as Seongsu-dong in Seongdong District, Mullae-dong ' +
    'in Yeongdeungpo District and the Magok business district in Gangseo District to major transfer points including Seoul Station and Gangnam ' +
    'Station. The additions will bring the total number of so-called owl bus routes to 28.',
  'According to the city, card data from taxis and existing night buses showed that trips starting in the three areas between midnight and 4 ' +
    'a.m. rose by about 210 percent between 2022 and last year, driven by new restaurants, bars, studios and offices that keep late hours.',
  '“The map of where people are at 2 a.m. looks very different from ten years ago,” said Yoon Jae-hyun, head of the city’s bus policy division, ' +
    'at a briefing. “Night buses should follow people, not habit.”',
  'The city will also lower the interval between buses on the busiest existing routes, including the N26 and N37 lines, to 15 minutes from ' +
    'around 25 minutes. Fares will remain at 2,500 won for card users.',
  'The expansion comes as Seoul struggles with a shortage of late-night taxis, a problem that has persisted since the pandemic, when many ' +
    'drivers left the industry for delivery work. Despite a fare increase in 2023 intended to lure drivers back onto the night shift, the ' +
    'number of taxis operating after midnight remains below pre-pandemic levels, according to the city.',
  'Some residents welcomed the plan but said it did not go far enough. “Magok has thousands of people working in labs until late, and there ' +
    'is basically nothing after the subway stops,” said Choi Min-seo, a 31-year-old researcher who commutes to Incheon. “One route is a ' +
    'start.”',
  'The city said it would review passenger numbers on the new routes after six months and adjust schedules accordingly.',
];
const khEnd = 'By Park Ji-won (jwpark@heraldcorp.com)';
const khCaption = 'A late-night bus departs from a stop near Gangnam Station in southern Seoul on Tuesday. (Yonhap)';
const khTop = ['헤럴드경제', '헤럴드 에듀', 'K-Pop Herald', 'Subscribe', 'Newsletter'];
const khNav = ['National', 'Business', 'Finance', 'Life&Culture', 'Entertainment', 'Sports', 'World', 'Opinion'];
const khMore = [
  'Seoul subway fares to rise by 150 won in June',
  'City to open 24-hour child care centers in five districts',
  'Han River ferry service to resume after safety review',
];
const khPopular = [
  'BTS’ Jin to headline Busan countdown concert',
  'Samsung Electronics posts record quarterly chip profit',
  'Korea’s birth rate rises for second straight year',
  'Cold wave grips peninsula, temperatures fall to minus 15 C',
  'Hyundai to build EV battery plant in Ulsan',
];
const khPicks = ['[Herald Interview] The designer reviving hanbok for daily life', '[Feature] Inside Seoul’s last public bathhouses'];
// biome-ignore format: the footer texts are packed several to a line to keep the file short
const khFoot = [
  'About Us', 'Contact Us', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Youth Protection Policy', 'Copyright Policy',
];
const khAddr =
  'Address : Huam-ro 4-gil 10, Yongsan-gu, Seoul, Korea | Tel : +82-2-727-0114 | Online newspaper registration No : Seoul 아03711 | ' +
  'Date of registration : 2015.04.28 | Publisher. Editor : Kim Sang-hoon | Juvenile Protection Manager : Lee Hye-jin';
const khCopy = 'Copyright Herald Corporation. All Rights Reserved.';
const khHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Seoul to add 14 late-night bus routes as nightlife shifts to new districts - The Korea Herald</title>
<meta name="description" content="${khSub}"><meta property="og:site_name" content="The Korea Herald">
<link rel="canonical" href="https://www.koreaherald.com/article/10667431">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${khTitle}","datePublished":"2026-02-04T15:12:05+09:00",
"dateModified":"2026-02-04T17:40:11+09:00","author":{"@type":"Person","name":"Park Ji-won"},
"publisher":{"@type":"Organization","name":"The Korea Herald"}}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-KH00000"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-KH00000');</script>
<link rel="stylesheet" href="/css/view.css?v=20250312"></head>
<body><div id="wrap"><div class="header_top"><ul class="family_site">${links(khTop, 'family_item')}</ul></div>
<header id="header"><h1 class="logo"><a href="/"><img src="/images/logo_kh.svg" alt="The Korea Herald"></a></h1>
<nav class="gnb"><ul>${links(khNav, 'gnb_item')}</ul></nav><button class="btn_search" title="search"><span class="blind">Search</span></button>
<button class="btn_menu" title="menu"><span class="blind">All menu</span></button></header>
<div id="container"><div class="view_wrap"><div class="news_title_area">
<div class="news_category"><a href="/list/020000000000">National</a> <span class="arrow">&gt;</span> <a href="/list/020100000000">Social Affairs</a></div>
<h1 class="news_title">${khTitle}</h1><h2 class="news_title_sub">${khSub}</h2>
<div class="news_info"><div class="news_writer"><a href="/reporter/park-ji-won">Park Ji-won</a></div>
<div class="news_date_wrap"><span class="news_date">Published : Feb. 4, 2026 - 15:12:05</span>
<span class="news_date">Updated : Feb. 4, 2026 - 17:40:11</span></div>
<div class="news_tool"><button class="btn_font" title="Text size"><span class="blind">Text size</span>A</button>
<button class="btn_print" title="Print"><span class="blind">Print</span></button><div class="share_box">
<a href="#" class="share_fb"><span class="blind">Facebook</span></a><a href="#" class="share_x"><span class="blind">X</span></a>
<a href="#" class="share_kakao"><span class="blind">KakaoTalk</span></a>
<button class="share_link"><span class="blind">Link copy</span></button></div></div></div></div>
<div class="news_content" id="articleText" itemprop="articleBody">
<div class="img_box" style="text-align:center"><img src="https://wimg.heraldcorp.com/news/cms/2026/02/04/news-p.v1.20260204.4f2c9a.jpg" alt="">
<p class="img_caption">${khCaption}</p></div>
${khBody.map((p) => `<p>${p}</p>`).join('\n')}
<p>${khEnd}</p></div>
<div class="writer_more"><h3 class="writer_more_title">More articles by this writer</h3><ul>${links(khMore, 'writer_more_item')}</ul></div></div>
<aside class="side_wrap"><div class="side_box popular"><h3 class="side_title">Most Popular</h3>
<ol>${khPopular.map((t, i) => `<li><span class="num">${i + 1}</span><a href="#">${t}</a></li>`).join('\n')}</ol></div>
<div class="side_box picks"><h3 class="side_title">Editor's Picks</h3><ul>${links(khPicks, 'picks_item')}</ul></div></aside></div>
<div class="cookie_notice" id="cookieNotice"><p>This website uses cookies to ensure you get the best experience on our website.</p>
<button class="btn_agree">Agree</button></div>
<footer id="footer"><div class="footer_logo">The Korea Herald</div><ul class="footer_menu">${links(khFoot)}</ul>
<address class="footer_info">${khAddr}</address><p class="copyright">${khCopy}</p></footer></div></body></html>`;
export const koreaHeraldStory: TestPage = {
  html: khHtml,
  name: 'heldout52-korea-herald-story',
  kind: 'news',
  // the subtitle (h2 under the title) is the dek: body; no section headings; the reporter link at the top, both times and the
  // closing "By … (email)" line (a paragraph of the body div, as the Herald prints it) are bylines; the "(Yonhap)" caption, the
  // category path, tool buttons, "More articles by this writer", the rails, the cookie notice, the sister-site bar (Korean
  // names), nav and the footer with its registration details are furniture; the "Most Popular" rank numbers (digits only)
  // and the nav's "Business" (a body word: "the Magok business district") are left out
  title: khTitle,
  headings: [],
  body: [khSub, ...texts(khBody)],
  bylines: ['Park Ji-won', 'Published : Feb. 4, 2026 - 15:12:05', 'Updated : Feb. 4, 2026 - 17:40:11', khEnd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...khTop, ...khNav.filter((t) => t !== 'Business'), 'Search', 'All menu', 'Social Affairs', 'Text size', 'Print', 'Facebook', 'X', 'KakaoTalk',
    'Link copy', khCaption,
    'More articles by this writer', ...khMore, 'Most Popular', ...khPopular, "Editor's Picks", ...khPicks,
    'This website uses cookies to ensure you get the best experience on our website.', 'Agree', 'The Korea Herald', ...khFoot, khAddr, khCopy,
  ],
};
