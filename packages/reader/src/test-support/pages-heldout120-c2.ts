import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 120, file c2: a story on an English-language Japanese daily's WordPress site built on The Japan Times'
 * template (the top bar with "Subscribe", "Log in" and newsletters, the trending bar, the section menu, the section label
 * "JAPAN / SOCIETY", title, the upper-case byline with "STAFF WRITER", the date and share links, the photo with its
 * "| CREDIT" caption, the "KOBE –" style dateline inside the first paragraph, an in-story "Related" box, the keywords list,
 * the subscription pitch, the "LATEST NEWS" and "MOST READ" rails, the footer and a Piano paywall template kept in the page).
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const jtTitle = 'Mountain town turns empty houses into homes for remote workers';
const jtBody = paras(`KAMITAKI, NAGANO PREF. – When Yuka Shirane moved from Tokyo to this town of 6,800 people in the spring of 2024, she
expected to spend most of her time alone with a laptop. Instead, within a month she was helping to run the Saturday market and
teaching English to the children of the family next door.

Shirane, 36, a freelance translator, is one of 41 people who have moved to Kamitaki through a program that renovates the town’s
empty houses and rents them to remote workers for ¥20,000 a month, a fraction of what she paid for a one-room apartment in the
capital.

Like many rural communities, Kamitaki has been shrinking for decades. Its population has fallen by almost a third since 2000, and
a survey by the town office in 2022 found 312 vacant homes, many of them left behind when elderly owners died or moved in with
relatives in the city.

“Every empty house is a problem. The roof leaks, animals get in, and eventually it becomes dangerous,” said Hiroshi Nagatomo, the
town official who runs the program. “But every empty house is also a chance for someone new to come here.”

The town buys or leases the houses from their owners, often for a symbolic sum, and pays local carpenters to repair them. Each
renovation costs about ¥6 million on average, half of which is covered by a national subsidy for revitalizing depopulated areas.
Tenants must stay for at least two years and take part in at least one community activity, such as the volunteer fire brigade,
the market or snow clearing.

That condition was controversial at first. Some applicants complained it amounted to forced volunteering, and a few dropped out
after learning what snow clearing in Kamitaki involves. But Nagatomo said it has been the key to keeping newcomers in town.

“People do not leave because the internet is slow or the winter is cold,” he said. “They leave because they do not know anyone. If
you are shoveling snow with your neighbors at six in the morning, you get to know them very quickly.”

Of the 41 people who have moved in since the program started in 2021, 34 still live in Kamitaki. Five couples have had children,
and the town’s elementary school, which was on a list of schools to be merged, now expects enrollment to stay stable for at least
five more years.

Not every resident is convinced. Some older residents say the newcomers keep to themselves, and a few local landlords complain that
the town is competing with them by renting out houses cheaply.

Still, the program has drawn interest from other municipalities. Officials from 17 towns visited Kamitaki last year, and the
prefectural government is considering a similar scheme across northern Nagano.

For Shirane, the decision to stay is already made. “I came for the cheap rent,” she said. “I am staying because I have friends
here now.”`);
const jtTop = ['Subscribe', 'Log in', 'Newsletters', 'Digital Archive'];
const jtTrend = ['TRENDING', 'Upper House election', 'Rice prices', 'Osaka Expo'];
const jtNav = ['News', 'Japan', 'World', 'Business', 'Opinion', 'Life', 'Community', 'Culture', 'Sports', 'Podcasts', 'Multimedia'];
const jtCaption = 'Yuka Shirane works from a renovated house in Kamitaki, Nagano Prefecture, on March 3. | YUKIO HARADA';
const jtRelated = ['RELATED', 'Japan’s vacant homes hit record 9 million as rural population falls', 'Rural towns turn to cash to lure young families'];
const jtKeywords = ['KEYWORDS', 'Nagano', 'akiya', 'remote work', 'depopulation', 'rural Japan'];
const jtPitch = ['Good journalism takes time and money. With a subscription, you help us keep reporting from every corner of Japan.', 'SUBSCRIBE NOW'];
const jtLatest = [
  'LATEST NEWS',
  'Bank of Japan holds rates steady as yen weakens',
  'Tokyo to expand free high school tuition',
  'Typhoon season could start early',
];
const jtMost = ['MOST READ', 'The quiet end of Japan’s company dormitories', 'A guide to cherry blossom season 2025', 'Why shinkansen fares are rising'];
const jtFoot = ['About Us', 'Advertise', 'Contact Us', 'FAQ', 'Privacy Policy', 'Terms of Service', 'Sitemap'];
const jtPaywall = ['You have reached your limit of free articles this month.', 'Already a subscriber? Log in'];
const jtHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mountain town turns empty houses into homes for remote workers - The Nippon Herald</title>
<meta name="description" content="Kamitaki renovates vacant houses and rents them to remote workers for ¥20,000 a month.">
<meta property="og:title" content="${jtTitle}"><meta property="og:type" content="article"><meta property="article:section" content="Japan">
<meta property="article:published_time" content="2025-03-12T16:45:12+00:00"><meta name="author" content="Mika Sasaki">
<link rel="canonical" href="https://www.nipponherald.example/news/2025/03/13/japan/society/kamitaki-akiya-remote-workers/">
<link rel="stylesheet" id="jt-main-css" href="https://www.nipponherald.example/wp-content/themes/nh/dist/css/main.css?ver=5.12" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${jtTitle}","datePublished":"2025-03-13T01:45:12+09:00",
"author":[{"@type":"Person","name":"Mika Sasaki","jobTitle":"Staff writer"}],"publisher":{"@type":"Organization","name":"The Nippon Herald"}}</script>
<script>var tp = window.tp || []; tp.push(["setTags", ["japan", "society"]]);</script>
<script src="https://www.nipponherald.example/wp-content/themes/nh/dist/js/main.js?ver=5.12" id="jt-main-js"></script></head>
<body class="post-template-default single single-post postid-528114 single-format-standard">
<div class="jt-top-bar"><ul class="jt-top-bar__links">${links(jtTop)}</ul></div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/wp-content/themes/nh/img/logo.svg" alt="The Nippon Herald"></a>
<div class="trending-bar"><span class="trending-bar__label">${jtTrend[0]}</span><ul>${links(jtTrend.slice(1))}</ul></div>
<nav class="main-navigation" aria-label="Main"><ul id="menu-main" class="menu">${links(jtNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<main id="main" class="site-main"><article id="post-528114" class="post-528114 post type-post status-publish format-standard has-post-thumbnail">
<div class="article-top"><div class="single-upper-meta"><p class="section-label">
<a href="/news/national/">JAPAN</a> / <a href="/news/national/social-issues/">SOCIETY</a></p>
</div><div class="title-article"><h1>${jtTitle}</h1></div>
<div class="meta-author-date"><p class="writer"><a href="/author/int-mika-sasaki/">BY MIKA SASAKI</a></p><p class="writer-title">STAFF WRITER</p>
<p class="publish-date"><time datetime="2025-03-13T01:45:12+09:00">Mar 13, 2025</time></p></div>
<div class="jt-share"><a class="a2a_dd" href="https://www.addtoany.example/share">Share/Save</a>
<a class="a2a_button_x" href="#"><span class="screen-reader-text">X</span></a><a class="a2a_button_facebook" href="#">
<span class="screen-reader-text">Facebook</span></a><a class="jt-gift" href="#">Gift article</a></div></div>
<div class="article-body" id="jtarticle"><figure class="jt_content_image"><img src="/uploads/2025/03/np_file_355112.jpeg" alt="" width="1200" height="800">
<figcaption class="wp-caption-text">${jtCaption}</figcaption></figure>
${jtBody
  .slice(0, 5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="jt-related-inline"><p class="jt-related-inline__title">${jtRelated[0]}</p><ul>${links(jtRelated.slice(1))}</ul></div>
${jtBody
  .slice(5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div>
<div class="jt-keywords"><p class="jt-keywords__title">${jtKeywords[0]}</p><ul>${links(jtKeywords.slice(1), 'jt-keywords__item')}</ul></div>
<div class="jt-subscribe-pitch"><p>${jtPitch[0]}</p><a class="jt-btn" href="/subscribe/">${jtPitch[1]}</a></div></article>
<aside class="sidebar"><section class="widget"><h2 class="widget-title">${jtLatest[0]}</h2><ul>${links(jtLatest.slice(1))}</ul></section>
<section class="widget"><h2 class="widget-title">${jtMost[0]}</h2><ol>${links(jtMost.slice(1))}</ol></section></aside></main>
<footer class="site-footer"><ul class="footer-links">${links(jtFoot)}</ul>
<p class="copyright">THE NIPPON HERALD LTD. ALL RIGHTS RESERVED.</p></footer>
<script type="text/template" id="piano-meter-template"></script><div class="tp-modal" style="display:none"><div class="tp-container">
<p class="tp-title">${jtPaywall[0]}</p><a class="tp-login" href="/login">${jtPaywall[1]}</a></div></div>
</body></html>`;
export const japanTimesStory: TestPage = {
  html: jtHtml,
  name: 'heldout120-japantimes-news',
  kind: 'news',
  // the dateline opens the first paragraph and stays part of it (body)
  title: jtTitle,
  headings: [],
  body: texts(jtBody),
  bylines: ['BY MIKA SASAKI', 'STAFF WRITER', 'Mar 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jtTop, ...jtTrend, ...jtNav, 'JAPAN / SOCIETY', 'Share/Save', 'X', 'Facebook', 'Gift article', jtCaption, ...jtRelated, ...jtKeywords, ...jtPitch,
    ...jtLatest, ...jtMost, ...jtFoot, 'THE NIPPON HERALD LTD. ALL RIGHTS RESERVED.', ...jtPaywall,
  ],
};
