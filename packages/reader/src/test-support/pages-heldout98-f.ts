import { links, type TestPage, texts } from './page-kit.js';
import { bloombergStory } from './pages-heldout98-f2.js';

/**
 * Held-out batch 98, file f: a Euronews story as euronews.com renders it (the accessibility-shortcuts link, the header with
 * its nav, "Live" and the edition switch, the breadcrumb, headline, "By" contributors, "Published on" and "Updated" times,
 * the "Share this article" and "Comments" buttons above and below the text with the hidden share dialog and its "Copy/paste
 * the article video embed link below:" text, the lead image with caption and credit, a "Related" widget and "Advertisement"
 * slots inside the text, "Additional sources", "Browse today's tags", the comments panel, the "Top stories" rail, the consent
 * banner and the footer) and, from file f2, a Bloomberg-shape story.
 */
const eTitle = 'In Slovenia’s emptying valleys, a bus you book by phone is keeping villages connected';
const eSummary = 'A pilot on-demand bus in the Sora valley now carries more passengers than the timetabled line it replaced.';
const eP1 = [
  `For most of the last decade, the only bus from Zgornja Vas to the nearest town left at 6.10 in the morning and came back at 3.40 in
the afternoon. If you missed it, you walked, hitched a ride or stayed at home.`,
  `Since last spring, residents of this village of 210 people and a dozen others in the upper Sora valley have been able to call a
bus instead. A minibus picks them up within an hour of booking, by phone or through an app, and takes them to the doctor, the
shops or the railway station in Kranjec.`,
  `"It sounds like a small thing, but for older people it is everything," said Vesna Kralj, 74, who gave up driving two years ago.
"Now I can go to the market on a Thursday and come home when I want. Before, I had to ask my son to take a day off."`,
];
const eH1 = 'How the service works';
const eP2 = [
  `The service, run by the regional development agency with co-funding from the EU's cohesion funds, uses three electric minibuses
and a routing program that groups bookings heading in the same direction. Fares are the same as on the old timetabled line, and
people over 65 travel free.`,
  `In its first ten months, the service carried almost 31,000 passengers, about 40% more than the fixed route it replaced, according
to figures from the agency. Most trips are short: to health centres, to schools and to the station, where passengers change to
trains for Ljubljana.`,
  `"We were running big buses up and down the valley that were empty most of the day," said Tomaž Zupan, who manages the project.
"Now the vehicles go where people actually are, at the times they actually need to travel."`,
];
const eH2 = 'Will it last?';
const eP3 = [
  `Similar schemes have been tried elsewhere in Europe with mixed results. In parts of rural Germany and Austria, on-demand buses have
become a permanent part of public transport. Elsewhere, pilots have ended as soon as the EU money ran out.`,
  `The Sora valley project is funded until the end of 2026. Local mayors want the national government to take it over, arguing that
it costs less per passenger than the old line once the savings on empty runs are taken into account.`,
  `The transport ministry said it was studying the results and would decide on a wider roll-out "in the coming months". For Kralj,
the answer is obvious. "They gave us back the valley," she said. "They cannot take it away again."`,
];
const eNav = ['Europe', 'World', 'Business', 'Green', 'Next', 'Health', 'Travel', 'Culture', 'Video', 'Programmes'];
const eTop = ['Live', 'Newsletters', 'Edition: English'];
const eCrumbs = ['Europe News', 'Slovenia'];
const eShareDialog = ['Close Button', 'Copy/paste the article video embed link below:', 'Copy', 'Facebook', 'X', 'Flipboard', 'Send', 'Reddit', 'Linkedin'];
const eCaption = 'An on-demand minibus waits for passengers in Zgornja Vas, in the upper Sora valley.';
const eCredit = 'Marta Novak/Euronews';
const eRelated = [
  'Rural Europe’s bus lines are disappearing. Can on-demand transport fill the gap?',
  'EU cohesion funds: where the money goes and who decides',
];
const eSources = 'Additional sources • STA';
const eTags = ['Slovenia', 'Public transport', 'Rural areas', 'European Union'];
const eTop5 = [
  'European Parliament approves new rules on short-term rentals',
  'Heavy snow disrupts flights across the Alps',
  'Why Europe’s night trains are making a comeback',
  'Spain and Portugal agree on new cross-border rail link',
];
const eCookie = `We value your privacy. We and our partners store and access information on your device, such as cookies, to measure audiences,
personalise content and show ads.`;
const eFoot = [
  'About Euronews',
  'Commercial Services',
  'Terms and Conditions',
  'Cookie Policy',
  'Privacy Policy',
  'Contact',
  'Press Office',
  'Work at Euronews',
  'Modify Cookie Settings',
];
const eCopy = 'Copyright © euronews 2025';
const ePs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const eShareBar = (where: string): string => `<div class="c-article-share c-article-share--${where}" data-event="share_${where}">
<button class="c-article-share__button js-share-modal-open" type="button">Share this article</button>
<a class="c-article-share__comments js-comments-open" href="#comments"><span class="c-article-share__comments-label">Comments</span></a></div>`;
const eAd = (n: number): string => `<div class="c-ad c-ad--article" id="adSlot_inread_${n}"><span class="c-ad__label">Advertisement</span></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${eTitle} | Euronews</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${eSummary}"><meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<meta property="og:site_name" content="euronews"><meta property="article:section" content="europe"><meta name="twitter:site" content="@euronews">
<link rel="canonical" href="https://www.euronews.com/2025/03/11/in-slovenias-emptying-valleys-a-bus-you-book-by-phone-is-keeping-villages-connected">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2025-03-11 14:22:10 +01:00",
"dateModified":"2025-03-11 15:02:44 +01:00","author":[{"@type":"Person","name":"Marta Novak"}],"publisher":{"@type":"Organization","name":"Euronews"},
"articleSection":["Europe News"]}</script>
<script>window.euronewsData={"page":{"pageType":"article","vertical":"news","theme":"news","lang":"en","articleId":"2681234"}};</script>
<link rel="stylesheet" href="https://static.euronews.example/build/article.3a9f1e.css"></head>
<body class="l-page l-page--article" data-vertical="news"><a class="c-skip-link" href="#accessibility-shortcuts">Go to accessibility shortcuts</a>
<header class="c-header"><div class="c-header__top"><a class="c-header__logo" href="/"><span class="u-visually-hidden">Euronews</span></a>
<ul class="c-header__links">${links(eTop, 'c-header__link')}</ul></div><nav class="c-main-nav" aria-label="Main"><ul class="c-main-nav__list">
${links(eNav, 'c-main-nav__item')}</ul></nav></header>
<main id="enw-main-content" class="l-main"><article class="o-article-newsy" id="article-2681234" data-article-id="2681234">
<div class="c-article-breadcrumb">${eCrumbs.map((t) => `<a href="/news/${t.toLowerCase().replace(' ', '-')}">${t}</a>`).join('<span> / </span>')}</div>
<h1 class="c-article-redesign-title">${eTitle}</h1>
<div class="c-article-contributors">By&nbsp;<a href="/profiles/3021">Marta Novak</a></div>
<div class="c-article-publication-date"><time datetime="2025-03-11 14:22:10 +01:00">Published on 11/03/2025 - 14:22 GMT+1</time>
<span aria-hidden="true">•</span><time datetime="2025-03-11 15:02:44 +01:00">Updated 15:02</time></div>
${eShareBar('top')}
<p class="c-article-summary">${eSummary}</p>
<figure class="c-article-media"><img src="https://static.euronews.example/articles/stories/09/12/34/56/1200x675_cmsv2_bus.jpg" alt="" width="1200"
height="675"><figcaption class="c-article-caption"><span class="c-article-caption__text">${eCaption}</span>
<span class="c-article-caption__credit">${eCredit}</span></figcaption></figure>
<div class="c-article-content js-article-content">
${ePs(eP1)}
${eAd(1)}
<h2>${eH1}</h2>
${ePs(eP2.slice(0, 2))}
<div class="widget widget--type-related"><div class="widget__wrapper"><span class="widget__label">Related</span><ul class="widget__list">
${eRelated.map((t, i) => `<li class="widget__item"><a href="/2025/02/1${i}/related">${t}</a></li>`).join('\n')}</ul></div></div>
${ePs(eP2.slice(2))}
<h2>${eH2}</h2>
${ePs(eP3.slice(0, 2))}
${eAd(2)}
${ePs(eP3.slice(2))}
</div>
<p class="c-article-sources">${eSources}</p>
${eShareBar('bottom')}
<div class="c-article-tags"><p class="c-article-tags__title">Browse today's tags</p><ul>${links(eTags, 'c-article-tags__item')}</ul></div></article>
<section id="comments" class="c-comments" aria-hidden="true"><h2 class="c-comments__title">Comments</h2><p class="c-comments__empty">Be the first to comment</p>
<button class="c-comments__login">Log in to comment</button></section>
<aside class="c-most-viewed"><h2 class="c-most-viewed__title">Top stories</h2><ol>
${eTop5.map((t, i) => `<li><a href="/2025/03/11/top-${i}"><h3 class="m-object__title">${t}</h3></a></li>`).join('\n')}</ol></aside>
<div class="c-share-modal" role="dialog" aria-modal="true" hidden><p class="c-share-modal__title">Share this article</p>
<ul>${eShareDialog.map((t) => `<li><button type="button">${t}</button></li>`).join('\n')}</ul><input type="text" readonly
value="&lt;iframe src=&quot;https://www.euronews.com/embed/2681234&quot;&gt;&lt;/iframe&gt;"></div>
<div id="accessibility-shortcuts" class="c-a11y-shortcuts"><p>Accessibility shortcuts</p><a href="#enw-main-content">Go to main content</a></div></main>
<footer class="c-footer"><ul class="c-footer__links">${links(eFoot, 'c-footer__item')}</ul><p class="c-footer__copyright">${eCopy}</p></footer>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><p>${eCookie}</p><button id="didomi-notice-agree-button">Agree and close</button>
<button id="didomi-notice-learn-more-button">Learn more</button></div></div>
<script src="https://static.euronews.example/build/article.3a9f1e.js" defer></script></body></html>`;
const euronews: TestPage = {
  html: eHtml,
  name: 'heldout98-euronews-story',
  kind: 'news',
  // the summary under the share bar is body; "By" contributor, both times and the "Additional sources" line are bylines;
  // "Share this article" and "Comments" (twice each), the hidden share dialog, the "Related" widget and ad labels inside the
  // text, caption and credit, tags, the hidden comments panel, "Top stories", consent banner and footer are furniture
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([eSummary, ...eP1, ...eP2, ...eP3]),
  bylines: ['Marta Novak', 'Published on 11/03/2025 - 14:22 GMT+1', 'Updated 15:02', eSources],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to accessibility shortcuts', ...eTop, ...eNav, 'Europe News', 'Share this article', 'Comments', eCaption, eCredit, 'Advertisement', 'Related',
    ...eRelated, "Browse today's tags", ...eTags, 'Be the first to comment', 'Log in to comment', 'Top stories', ...eTop5, ...eShareDialog,
    'Accessibility shortcuts', 'Go to main content', ...eFoot, eCopy, texts([eCookie])[0] ?? '', 'Agree and close', 'Learn more',
  ],
};

export const HELDOUT98_F: readonly TestPage[] = [euronews, bloombergStory];
