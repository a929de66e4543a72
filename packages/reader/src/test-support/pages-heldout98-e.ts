import { links, type TestPage, texts } from './page-kit.js';
import { legacyObituary } from './pages-heldout98-e2.js';

/**
 * Held-out batch 98, file e: a Sky News story as news.sky.com renders it (the sdc site header with its nav and "Watch Live",
 * the article header with long title and sub-title, the author byline with role, the date line, "Why you can trust Sky News",
 * the share bar, the lead image with its "Image:" caption, the body with h3 subheads, a video whose player keeps the
 * "Please use Chrome browser for a more accessible video player" message, a "Read more:" paragraph of story links and the
 * "Follow Sky News on WhatsApp" widget inside the body, "Related Topics", the Sourcepoint stub and the footer) and, from file
 * e2, an obituary on a regional paper's Legacy.com page.
 */
const skTitle = 'Crumbling Victorian pier saved from demolition after town raises £1.2m in ten weeks';
const skSub = 'The council had said it could no longer afford repairs to Thornsea Pier, which has stood on the Lincolnshire coast since 1871.';
const skP1 = [
  `A Victorian pier that was due to be demolished this spring has been saved after residents of a small seaside town raised more than
£1.2m in ten weeks.`,
  `Thornsea Pier, a Grade II listed structure that has stood on the Lincolnshire coast since 1871, was closed to the public last
summer after engineers found serious corrosion in its iron supports.`,
  `East Wold District Council, which owns the pier, said in December it could not afford the estimated £3.4m cost of repairs and
would apply to demolish the seaward half of the structure.`,
  `Within days, a group of residents had set up the Thornsea Pier Trust and launched an online fundraiser. By Monday evening, it had
received donations from more than 14,000 people, including former residents now living as far away as Australia and Canada.`,
];
const skH1 = '"It\'s the heart of the town"';
const skP2 = [
  `Trust chair Margaret Ellison, 67, said the response had "overwhelmed" volunteers. "People sent letters with cheques for £5 and
stories about getting engaged at the end of the pier in 1962," she told Sky News. "It's the heart of the town. Everyone has a
memory of it."`,
  `Local businesses ran raffles and quiz nights, a primary school held a sponsored walk along the promenade, and a brass band played
on the seafront every Sunday in January.`,
  `The council has now agreed to lease the pier to the trust for 99 years for a nominal £1 a year, provided the trust can show it has
the money to complete the work.`,
];
const skH2 = 'What happens next';
const skP3 = [
  `The money raised so far will pay for the most urgent repairs to the supports closest to the shore, which engineers say could be
completed by the end of the year.`,
  `The trust has applied to the National Lottery Heritage Fund for a further £2m to restore the rest of the structure and reopen the
café and the small theatre at the end of the pier, which has been closed since 2009.`,
  `Councillor David Marsh, the council's cabinet member for assets, said: "We were never happy about the prospect of losing the pier,
but we could not justify spending that much public money on one building while budgets for social care are under so much pressure.
The town has shown what is possible."`,
  `Mrs Ellison said the trust hoped to reopen the first section of the pier to walkers in time for the summer holidays next year.`,
];
const skNav = [
  'Home',
  'UK',
  'Politics',
  'World',
  'US',
  'Climate',
  'Science & Tech',
  'Business',
  'Ents & Arts',
  'Travel',
  'Offbeat',
  'Analysis',
  'Data & Forensics',
  'Videos',
  'Weather',
];
const skCaption = 'Thornsea Pier has been closed to the public since last summer. Image: Thornsea Pier Trust';
const skShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'];
const skChrome = 'Please use Chrome browser for a more accessible video player';
const skVideo = 'Residents explain why they want to save their pier';
const skReadMore = ['Britain’s oldest lido reopens after £4m restoration', 'Seaside towns among areas with highest rise in empty shops'];
const skWhatsApp = ['Follow Sky News on WhatsApp', 'Keep up with all the latest news from the UK and around the world by following Sky News', 'Tap here'];
const skTopics = ['Lincolnshire', 'Crowdfunding', 'Heritage', 'Local councils'];
const skFoot = [
  'About Sky News',
  'About Us',
  'Sky News International',
  'Sky News Profiles',
  'Sky News Library Sales',
  'Site Map',
  'Editorial Guidelines',
  'Sky News Board',
  'Terms & Conditions',
  'Privacy & Cookies',
  'Privacy Options',
  'Accessibility',
  'Contact Us',
];
const skPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const skHtml = `<!DOCTYPE html>
<html lang="en-GB" class="sdc-site-html"><head><meta charset="utf-8"><title>${skTitle} | UK News | Sky News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${skSub}"><meta property="og:type" content="article">
<meta property="og:title" content="${skTitle}"><meta property="og:site_name" content="Sky News"><meta name="twitter:site" content="@SkyNews">
<link rel="canonical" href="https://news.sky.com/story/crumbling-victorian-pier-saved-from-demolition-after-town-raises-1-2m-in-ten-weeks-13321456">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${skTitle}","datePublished":"2025-03-11T14:05:00+0000",
"author":{"@type":"Person","name":"Harriet Cole"},"publisher":{"@type":"Organization","name":"Sky News"},
"mainEntityOfPage":"https://news.sky.com/story/13321456"}</script>
<script>window.sdc={"site":"news","section":"uk","articleId":"13321456","adsEnabled":true};</script>
<link rel="stylesheet" href="https://news.sky.example/resources/css/sdc-news.8f2a1c.css"></head>
<body class="sdc-site-body"><div class="sdc-site-layout"><a class="sdc-site-skip-link" href="#main">Skip to content</a>
<header class="sdc-site-header" data-component-name="sdc-site-header"><div class="sdc-site-header__top"><a class="sdc-site-header__logo" href="/">
<img src="https://news.sky.example/resources/sky-news-logo.svg" alt="Sky News - first for breaking news"></a>
<a class="sdc-site-header__watch-live" href="/watch-live">Watch Live</a></div><nav class="sdc-site-header__menu" aria-label="Primary">
<ul class="sdc-site-header__menu-list">${links(skNav, 'sdc-site-header__menu-item')}</ul></nav></header>
<main id="main" class="sdc-site-layout__col sdc-site-layout__col1"><div class="sdc-article-header" data-component-name="sdc-article-header">
<div class="sdc-article-header__wrap"><div class="sdc-article-header__titles"><h1 class="sdc-article-header__long-title">${skTitle}</h1>
<p class="sdc-article-header__sub-title">${skSub}</p></div>
<div class="sdc-article-author"><p class="sdc-article-author__byline"><a class="sdc-article-author__link" href="/author/harriet-cole-812">Harriet Cole</a>
<span class="sdc-article-author__role">News reporter</span></p><p class="sdc-article-author__location">@harrietcole_sky</p></div>
<div class="sdc-article-date"><p class="sdc-article-date__date-time">Tuesday 11 March 2025 14:05, UK</p></div>
<a class="sdc-article-header__trust-link" href="https://news.sky.com/story/editorial-guidelines-12931458">Why you can trust Sky News</a>
<div class="sdc-article-header__share"><ul class="sdc-site-share">${links(skShare, 'sdc-site-share__item')}</ul></div></div></div>
<div class="sdc-article-image"><figure class="sdc-article-image__figure"><div class="sdc-article-image__wrapper"><img class="sdc-article-image__item"
src="https://e3.365dm.example/25/03/768x432/skynews-thornsea-pier_6812345.jpg" alt="Thornsea Pier"></div><figcaption class="ui-media-caption">
<span class="u-sr-only">Image:</span><span class="ui-media-caption__caption-text">${skCaption}</span></figcaption></figure></div>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead" data-component-name="sdc-article-body">
${skPs(skP1.slice(0, 3))}
<div class="sdc-article-video" data-component-name="sdc-article-video"><div class="sdc-site-video" data-component-name="ui-sitewide-video"
data-account-id="6058004172001" data-video-id="6368812345112"><div class="sdc-site-video__accessibility-message"><p>${skChrome}</p></div>
<div class="sdc-site-video__media"><video class="sdc-site-video__player" preload="none"></video></div></div>
<div class="sdc-article-video__caption"><span class="sdc-article-video__caption-text">${skVideo}</span></div></div>
${skPs(skP1.slice(3))}
<h3>${skH1}</h3>
${skPs(skP2)}
<p><strong>Read more:</strong><br><a class="sdc-article-body__link" href="https://news.sky.com/story/lido-13310001">${skReadMore[0]}</a><br>
<a class="sdc-article-body__link" href="https://news.sky.com/story/empty-shops-13305522">${skReadMore[1]}</a></p>
<h3>${skH2}</h3>
${skPs(skP3.slice(0, 2))}
<div class="sdc-article-widget sdc-article-strapline" data-type="whatsapp"><h3 class="sdc-article-strapline__heading">${skWhatsApp[0]}</h3>
<p class="sdc-article-strapline__text">${skWhatsApp[1]}</p><a class="sdc-article-strapline__link" href="https://whatsapp.example/channel/skynews">
${skWhatsApp[2]}</a></div>
${skPs(skP3.slice(2))}
</div>
<div class="sdc-article-tags"><h2 class="sdc-article-tags__title">Related Topics</h2><ul class="sdc-article-tags__list">
${links(skTopics, 'sdc-article-tags__item')}</ul></div></main>
<footer class="sdc-site-footer" data-component-name="sdc-site-footer"><ul class="sdc-site-footer__list">${links(skFoot, 'sdc-site-footer__item')}</ul>
<p class="sdc-site-footer__copyright">© 2025 Sky UK</p></footer></div>
<div id="sp_message_container_1034" class="sp-message-open" style="display:none"></div>
<script src="https://news.sky.example/resources/js/sdc-news.8f2a1c.js" defer></script></body></html>`;
const skyNews: TestPage = {
  html: skHtml,
  name: 'heldout98-skynews-story',
  kind: 'news',
  // the sub-title under the headline is body; the author, role, handle and date line are bylines; the h3 subheads are the
  // headings, the WhatsApp widget's h3 is not; "Read more:" with its links and the WhatsApp widget inside the body, the video
  // message and title, caption, trust link, share bar, topics and footer are furniture
  title: skTitle,
  headings: [skH1, skH2],
  body: texts([skSub, ...skP1, ...skP2, ...skP3]),
  bylines: ['Harriet Cole', 'News reporter', '@harrietcole_sky', 'Tuesday 11 March 2025 14:05, UK'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Watch Live', ...skNav, 'Why you can trust Sky News', ...skShare, skCaption, skChrome, skVideo, 'Read more:', ...skReadMore,
    ...skWhatsApp, 'Related Topics', ...skTopics, ...skFoot, '© 2025 Sky UK',
  ],
};

export const HELDOUT98_E: readonly TestPage[] = [skyNews, legacyObituary];
