import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file d3: a Japan Times national story on its WordPress theme: the top bar with "Subscribe" and "Log in",
 * the section nav, the breadcrumb (category and subcategory), the headline, the byline with "Staff writer" and date, the
 * share buttons, the lead photo with its "| Kyodo" caption, the body with a mid-article "JT Newsletters" sign-up box, the
 * subscription appeal after the body, the "KEYWORDS" tags, the "Related" and "Most Popular" rails and the footer.
 */
export const jtTitle = 'Kanazawa to cap tour bus entries into historic teahouse district from April';
export const jtP = paras(`
KANAZAWA, Ishikawa Pref. – Kanazawa will limit the number of tour buses allowed into its Higashi teahouse district to 40 a day from
April, becoming the latest Japanese city to restrict access to a popular tourist area after complaints from residents about
congestion.

Under the plan approved by the city assembly on Tuesday, buses carrying sightseeing groups will need to reserve a time slot online
and pay a ¥3,000 fee to enter the district, where narrow lanes are lined with wooden buildings dating back to the 1820s.

Buses without a reservation will be directed to a new parking area about 800 meters away, where visitors can walk or take a
shuttle. The city expects to receive about ¥45 million a year from the fees, which will go toward road maintenance and
preserving the district’s buildings.

“We want people to come and enjoy the district, but the lanes were never built for this number of vehicles,” Mayor Satoshi Nakabe
told reporters. “Residents have told us they sometimes cannot get out of their own front doors.”

According to the city, an average of 112 tour buses entered the district each day during the autumn foliage season last year,
more than double the figure before the pandemic. On the busiest days, queues of buses stretched back to the main road along the
Asano River.

Residents’ association head Mieko Tanabe said the cap was a welcome first step. “Walking to the supermarket has become
difficult. There are buses reversing in the lane and crowds blocking the way. We are not against tourists — we just want to be
able to live here,” she said.

Some local businesses worry about the impact on sales. The owner of a gold-leaf craft shop in the district, who asked not to be
named, said tour groups accounted for around half of his customers. “If they stop coming, shops like mine will not survive,” he
said.

The city said it would review the system after a year and may adjust the cap depending on visitor numbers and business feedback.
Private cars and taxis will not be affected by the restriction.

Similar measures have been introduced elsewhere in Japan as tourism has rebounded to record levels. Last year, a town in
Yamanashi Prefecture erected a screen to block a popular photo spot of Mount Fuji, while Kyoto restricted access to some private
lanes in its Gion district.
`);
export const jtTop = ['Subscribe', 'Log in', 'Newsletters', 'Podcasts'];
export const jtNav = lines(`
News
Japan
World
Business
Opinion
Sports
Life
Culture
Climate
Multimedia
`);
export const jtCrumbs = ['Japan', 'Society'];
export const jtShare = ['SHARE', 'Facebook', 'X', 'LINE', 'Email', 'Copy link'];
export const jtCaption = 'Tourists walk through the Higashi teahouse district in Kanazawa, Ishikawa Prefecture. | Kyodo';
export const jtNewsletter = ['JT Newsletters', 'Get the day’s top stories from Japan delivered to your inbox each weekday morning.', 'Sign up'];
export const jtAppeal = [
  'With so much information and so little time, reliable journalism matters more than ever. By subscribing, you help us get the ' + 'story right.',
  'SUBSCRIBE NOW',
];
export const jtKeywords = ['KEYWORDS', 'Kanazawa', 'Ishikawa', 'tourism', 'overtourism', 'buses'];
export const jtRelated = lines(`
Related
Hakone to introduce visitor fee for ropeway passengers
Nara deer park considers limits on tour group sizes
Record 36.9 million foreign visitors came to Japan last year
`);
export const jtPopular = lines(`
Most Popular
Japan’s rice prices hit new record as stockpile release falls short
Tokyo to give residents ¥5,000 in points for using new digital ID
Shinkansen services suspended after heavy snow in Tohoku
`);
export const jtFoot = lines(`
About us
Contact us
Advertise
Careers
Privacy policy
Cookie policy
Terms of use
Sitemap
`);
export const jtCopy = '© The Japan Times, Ltd. All rights reserved.';
const box = `<div class="jt-newsletter-inline"><div class="jt-newsletter-inline__title">${jtNewsletter[0]}</div>
<p class="jt-newsletter-inline__text">${jtNewsletter[1]}</p><a class="jt-newsletter-inline__button" href="/newsletters/">${jtNewsletter[2]}</a></div>`;
const rail = (items: readonly string[], cls: string): string => `<section class="jt-rail ${cls}"><h3 class="jt-rail__title">${items[0]}</h3><ul>
${items
  .slice(1)
  .map((t) => `<li class="jt-rail__item"><a href="/news/2025/01/${slugify(t)}/"><p class="article-title">${esc(t)}</p></a></li>`)
  .join('\n')}</ul></section>`;
export const jtHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kanazawa to cap tour bus entries into historic teahouse district from April - The Japan Times</title>
<meta name="description" content="Kanazawa will limit tour buses entering its Higashi teahouse district to 40 a day from April.">
<meta property="og:title" content="${jtTitle}"><meta property="og:site_name" content="The Japan Times"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.japantimes.example/news/2025/01/15/japan/society/kanazawa-tour-bus-cap/">
<link rel="stylesheet" id="jt-main-css" href="https://www.japantimes.example/wp-content/themes/jt_theme/dist/css/main.css?ver=3.9.2" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${jtTitle}",
"datePublished":"2025-01-15T17:41:00+09:00","author":[{"@type":"Person","name":"Haruka Ebina"}],"articleSection":"Society",
"publisher":{"@type":"Organization","name":"The Japan Times"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Japan"},{"@type":"ListItem","position":2,"name":"Society"}]}]}</script>
<script id="jt-main-js-extra">var jtData = {"postId":"1628841","isPremium":"",
"ajaxurl":"https:\\/\\/www.japantimes.example\\/wp-admin\\/admin-ajax.php"};</script>
</head><body class="post-template-default single single-post postid-1628841 single-format-standard">
<div class="jt-wrapper"><header class="jt-header"><div class="jt-header__top"><a class="jt-header__logo" href="/"><img alt="The Japan Times"
src="https://www.japantimes.example/wp-content/themes/jt_theme/dist/images/logo.svg"></a><ul class="jt-header__utility">
${jtTop.map((t) => `<li><a href="/${slugify(t)}/">${t}</a></li>`).join('')}</ul></div>
<nav class="jt-header__nav" aria-label="Main"><ul class="menu">
${jtNav.map((t) => `<li class="menu-item"><a href="/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul></nav></header>
<main class="jt-main"><div class="article-wrapper"><article id="post-1628841" class="post-1628841 post type-post status-publish">
<div class="single-upper-meta"><ul class="breadcrumbs">${jtCrumbs.map((t) => `<li><a href="/news/${slugify(t)}/">${t}</a></li>`).join('')}</ul></div>
<h1 class="title-article">${jtTitle}</h1>
<div class="meta-upper"><div class="author"><p class="author-name">By <a href="/author/int-haruka_ebina/">Haruka Ebina</a></p>
<p class="author-title">Staff writer</p></div><div class="publish-date"><time datetime="2025-01-15T17:41:00+09:00">Jan 15, 2025</time></div></div>
<div class="jt-share-buttons"><span class="jt-share-buttons__label">${jtShare[0]}</span>
${jtShare
  .slice(1)
  .map((t) => `<a class="jt-share-buttons__item jt-share-${slugify(t)}" href="#"><span class="screen-reader-text">${t}</span></a>`)
  .join('')}</div>
<figure class="article-image">
<img alt="Higashi teahouse district" src="https://www.japantimes.example/uploads/imported_images/uploads/2025/01/np_file_kanazawa.jpg">
<figcaption class="jt-caption">${jtCaption}</figcaption></figure>
<div class="article-body">
${jtP
  .slice(0, 5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${box}
${jtP
  .slice(5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div>
<div class="jt-subscribe-appeal"><p>${jtAppeal[0]}</p><a class="jt-button" href="/subscribe/">${jtAppeal[1]}</a></div>
<div class="jt-keywords"><h3 class="jt-keywords__title">${jtKeywords[0]}</h3><ul>
${jtKeywords
  .slice(1)
  .map((t) => `<li><a href="/tag/${slugify(t)}/">${t}</a></li>`)
  .join('')}</ul></div></article>
${rail(jtRelated, 'jt-related')}</div>
<aside class="jt-sidebar"><div class="jt-ad"><span class="jt-ad__label">Advertisement</span><div id="div-gpt-ad-rectangle1"></div></div>
${rail(jtPopular, 'jt-most-popular')}</aside></main>
<footer class="jt-footer"><ul class="jt-footer__menu">${jtFoot.map((t) => `<li><a href="/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul>
<p class="jt-footer__copyright">${jtCopy}</p></footer></div>
<script src="https://www.japantimes.example/wp-content/themes/jt_theme/dist/js/main.js?ver=3.9.2" id="jt-main-js"></script></body></html>`;
