import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 98, file a2: a France 24 story as france24.com renders it (header with Live and language links, the main
 * nav, the chapo, "Text by:", "Issued on:" and "Modified:" dates, reading time, the share bar with screen-reader labels, the
 * hero image and its copyright, an inline "Read more" box, the "Daily newsletter" box inside the article body, an embedded
 * video whose player keeps the hidden "The content you requested does not exist or is not available anymore." and "Page not
 * found" texts, "Advertising" slots, the app promo, tags, "On the same topic", the Didomi banner and the footer).
 */
const fTitle = 'In rural France, a village school reopens after three decades thanks to city leavers';
const fChapo = `Saint-Aubin-des-Landes had not heard a school bell since 1994. This autumn, 19 pupils walked through the gates of its refurbished
classroom, most of them children of families who left Paris and Lyon in search of a quieter life.`;
const fP1 = [
  `The single classroom sits next to the town hall, in a stone building that served as a storage room for the village's festival
committee for most of the past 30 years. Its new desks arrived in August, a week before the first day of term, and the old slate
roof was replaced with money raised partly through a crowdfunding campaign.`,
  `"Every child in the village used to get on a bus at 7:40 in the morning and come back after dark in winter," said mayor Hélène
Rocheteau, 58, who has run the commune of 640 inhabitants since 2014. "Now some of them walk to school. That changes the whole
life of a village."`,
];
const fH1 = '"We had to convince the education authority"';
const fP2 = [
  `Reopening a school in France is rare. For decades the trend has gone the other way, with small rural classrooms merged into larger
schools in market towns as the number of pupils fell. Between 1980 and 2020, several thousand village schools closed across the
country, according to figures from the education ministry.`,
  `Saint-Aubin's turnaround began with the population. After 2020, the number of children under ten living in the commune rose from
11 to 34, driven by couples who could work remotely and were priced out of the cities. Several bought old farmhouses that had stood
empty for years.`,
  `"We had to convince the education authority that the numbers would last," Rocheteau said. "They had heard that story before from
other mayors. We showed them the birth registrations and the building permits, house by house."`,
];
const fH2 = 'A fragile revival';
const fP3 = [
  `The school's only teacher, Mathieu Lanoë, 41, teaches all ages from six to ten in the same room, splitting his day between reading
groups, arithmetic and outdoor lessons in a field lent by a neighbouring farmer.`,
  `"It is demanding, but the older ones help the younger ones, and nobody gets lost in the crowd," he said. Parents take turns
serving lunch, which is cooked in the kitchen of the village's only restaurant.`,
  `Not everyone is sure the revival will last. Some of the new families rent rather than own, and local officials worry that a return
to office working could send them back to the cities. The education authority has guaranteed the post for three years, after which
it will review the number of pupils.`,
  `For now, the village is making the most of it. The baker opens earlier on school days, and the retired teacher who locked the door
in 1994 came back in September to ring the bell on the first morning.`,
];
const fNav = ['France', 'Africa', 'Middle East', 'Americas', 'Europe', 'Asia / Pacific', 'Business / Tech', 'Environment', 'Sport', 'Culture', 'Shows'];
const fTop = ['Live', 'FR', 'AR', 'ES', 'Newsletters', 'Menu', 'Search'];
const fShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share on LinkedIn', 'Send by email', 'Copy link'];
const fHero = 'Pupils in the classroom of the reopened school in Saint-Aubin-des-Landes, western France, on October 3, 2025.';
const fHeroCredit = '© Claire Marchetti, France 24';
const fReadMore = 'France’s rural GPs: the villages paying doctors to stay';
const fNews = ['Daily newsletter', 'Receive essential international news every morning', 'Subscribe'];
const fVideo = 'Village schools fight for survival in rural France';
const fMissing = 'The content you requested does not exist or is not available anymore.';
const fApp = 'Follow international news wherever you are with the France 24 app';
const fTags = ['Education', 'Rural France', 'Demography'];
const fSame = [
  'French teachers strike over planned class mergers',
  'Paris exodus: who really left the capital after Covid?',
  'In Brittany, a village café becomes the last public service',
];
const fCookie = `France 24 and its partners use cookies and similar technologies to measure our audience, personalise content and show you
relevant advertising. You can change your choices at any time.`;
const fFoot = ['Legal information', 'Privacy policy', 'Cookies', 'Manage my cookies', 'Accessibility: partially compliant', 'Contact', 'Help', 'Jobs'];
const fCopy = '© 2025 Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites.';
const fPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const fAd = (n: number): string => `<div class="o-self-promo-ad o-ad o-ad--mpu" data-ad-position="article_mpu_${n}"><span class="o-ad__label">Advertising</span>
<div id="dfp-article-mpu-${n}" class="o-ad__container"></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><title>${fTitle} - France 24</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Saint-Aubin-des-Landes had not heard a school bell since 1994.">
<meta property="og:site_name" content="France 24"><meta property="og:type" content="article"><meta property="og:title" content="${fTitle}">
<meta property="article:section" content="France"><meta property="article:published_time" content="2025-03-11T14:22:00+01:00">
<link rel="canonical" href="https://www.france24.com/en/france/20250311-village-school-reopens-after-three-decades-city-leavers">
<link rel="stylesheet" href="https://static.france24.example/build/css/f24-article.6b2f0c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","datePublished":"2025-03-11T14:22:00+01:00",
"dateModified":"2025-03-11T16:05:00+01:00","author":[{"@type":"Person","name":"Claire Marchetti"}],"publisher":{"@type":"Organization","name":"France 24"},
"isAccessibleForFree":"True","articleSection":"France"}</script>
<script>window.didomiConfig={"app":{"apiKey":"a7e4c1"},"notice":{"position":"popup"}};window.fmm={"site":"f24","lang":"en","page":"article"};</script>
<script async src="https://sdk.privacy-center.example/a7e4c1/loader.js"></script></head>
<body class="t-article t-article--f24 u-clearfix"><a class="a-skip-link" href="#main">Go to main content</a>
<header class="m-header" role="banner"><div class="m-header__top"><a class="m-header__logo" href="/en/"><span class="u-visually-hidden">France 24</span>
<svg class="a-logo" aria-hidden="true"><use xlink:href="#f24-logo"></use></svg></a><ul class="m-header__actions">
${fTop.map((t) => `<li><a class="m-header__link" href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></div>
<nav class="m-main-nav" aria-label="Main menu"><ul class="m-main-nav__list">${links(fNav, 'm-main-nav__item')}</ul></nav></header>
<main id="main" class="t-content t-content--article"><article class="t-content__article-wrapper" data-article-id="20250311-village-school">
<div class="t-content__header"><div class="m-breadcrumb"><a class="m-breadcrumb__link" href="/en/france/">France</a></div>
<h1 class="t-content__title a-page-title">${fTitle}</h1>
<p class="t-content__chapo">${fChapo}</p>
<div class="m-from-author"><p class="m-from-author__name">Text by: <a href="/en/author/claire-marchetti/">Claire Marchetti</a></p></div>
<div class="t-content__dates"><p class="m-pub-dates">
<span class="m-pub-dates__date">Issued on: <time datetime="2025-03-11T14:22:00+01:00">11/03/2025 - 14:22</time></span>
<span class="m-pub-dates__date">Modified: <time datetime="2025-03-11T16:05:00+01:00">11/03/2025 - 16:05</time></span></p>
<div class="m-time-to-read"><span class="m-time-to-read__value">4 min</span> <span class="m-time-to-read__label">Reading time</span></div></div>
<div class="m-em-share" data-share-bar="top"><ul class="m-em-share__list">
${fShare.map((t) => `<li class="m-em-share__item"><button class="m-em-share__button"><span class="u-visually-hidden">${t}</span></button></li>`).join('\n')}
</ul></div></div>
<figure class="m-figure m-figure--16x9"><picture class="m-figure__picture"><img src="https://s.france24.example/media/display/5a1c/w:1280/p:16x9/school.jpg"
alt="Classroom" width="1280" height="720"></picture><figcaption class="m-figure__caption"><span class="m-figure__caption-text">${fHero}</span>
<span class="m-figure__caption-copyright">${fHeroCredit}</span></figcaption></figure>
<div class="t-content__body u-clearfix">
${fPs(fP1)}
<div class="m-em-quote"><p class="m-em-quote__label">Read more</p><a class="m-em-quote__link" href="/en/france/20250203-rural-gps">${fReadMore}</a>
<div class="m-em-content-unavailable" hidden><p class="m-em-content-unavailable__title">Page not found</p><p>${fMissing}</p></div></div>
<h2>${fH1}</h2>
${fPs(fP2.slice(0, 2))}
<div class="m-em-newsletter" data-newsletter="daily"><p class="m-em-newsletter__title">${fNews[0]}</p><p class="m-em-newsletter__text">${fNews[1]}</p>
<a class="m-em-newsletter__button a-btn" href="/en/newsletters/">${fNews[2]}</a></div>
${fPs(fP2.slice(2))}
${fAd(1)}
<h2>${fH2}</h2>
${fPs(fP3.slice(0, 2))}
<div class="m-em-video" data-media-id="v-9f12"><div class="m-video-player" data-player="fmm"><button class="m-video-player__play">
<span class="u-visually-hidden">Play</span></button><p class="m-video-player__title">${fVideo}</p><span class="m-video-player__duration">02:47</span>
<div class="m-video-player__error" aria-hidden="true" style="display:none"><p>${fMissing}</p></div></div>
<p class="m-em-video__caption">${fVideo} © France 24</p></div>
${fPs(fP3.slice(2))}
</div>
<div class="m-em-app-promo"><p>${fApp}</p><a class="a-btn" href="/en/apps/">Download the app</a></div>
<div class="m-tags-list"><ul class="m-tags-list__list">${links(fTags, 'm-tags-list__item')}</ul></div>
<div class="m-em-share" data-share-bar="bottom"><p class="m-em-share__title">Share</p><ul class="m-em-share__list">
${fShare.map((t) => `<li class="m-em-share__item"><button class="m-em-share__button"><span class="u-visually-hidden">${t}</span></button></li>`).join('\n')}
</ul></div></article>
${fAd(2)}
<section class="m-same-topic"><h2 class="m-same-topic__title">On the same topic</h2><ul class="m-same-topic__list">
${fSame.map((t, i) => `<li class="m-item-list-article"><a href="/en/france/2025030${i}"><p class="article__title">${t}</p></a></li>`).join('\n')}</ul>
</section></main>
<footer class="m-footer" role="contentinfo"><nav class="m-footer__nav"><ul>${links(fFoot, 'm-footer__item')}</ul></nav>
<p class="m-footer__copyright">${fCopy}</p></footer>
<div id="didomi-host" class="didomi-notice"><div class="didomi-popup-notice" role="dialog" aria-label="Your consent">
<p class="didomi-notice-text">${fCookie}</p>
<button id="didomi-notice-agree-button">Agree and close</button><button id="didomi-notice-disagree-button">Disagree and close</button>
<button class="didomi-notice-learn-more-button">Learn more</button></div></div></body></html>`;
export const france24Story: TestPage = {
  html: fHtml,
  name: 'heldout98-france24-story',
  kind: 'news',
  // the chapo under the headline is body; "Text by:" with the author, "Issued on:", "Modified:" and the reading time are
  // bylines; the "Read more" box, the newsletter box and the video inside the body are furniture, as are the hidden
  // "Page not found" and "content you requested" texts
  title: fTitle,
  headings: [fH1, fH2],
  body: texts([fChapo, ...fP1, ...fP2, ...fP3]),
  bylines: ['Text by: Claire Marchetti', 'Issued on: 11/03/2025 - 14:22', 'Modified: 11/03/2025 - 16:05', '4 min', 'Reading time'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to main content', ...fTop, ...fNav, ...fShare, fHero, fHeroCredit, 'Read more', fReadMore, 'Page not found', fMissing, ...fNews,
    'Advertising', 'Play', fVideo, '02:47', `${fVideo} © France 24`, fApp, 'Download the app', ...fTags.slice(1),
    'Share', 'On the same topic', ...fSame, ...fFoot,
    fCopy, texts([fCookie])[0] ?? '', 'Agree and close', 'Disagree and close', 'Learn more',
  ],
};
