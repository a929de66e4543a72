import { links, type TestPage, texts } from './page-kit.js';
import { japanTimesStory } from './pages-heldout120-c2.js';

/**
 * Held-out batch 120, file c: a story on a French international news channel's English site built on France 24's template
 * (the header with "Live", language links and the section menu, the breadcrumb, title and chapo, "Issued on" and "Modified"
 * times, reading time, "By:" author, the share bar with "Copy link" and the Google News button, the lead picture caption,
 * "Advertising" slots and "Read more" promos inside the body, the "(MONDE 24 with AFP)" source line closing the body, tags,
 * the newsletter and app promos, "On the same topic", the footer and the Didomi consent notice) and, from file c2, a Japan
 * Times story.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const frTitle = 'French city of Vaucorbe makes its buses and trams free for all residents';
const frChapo = paras(`Vaucorbe on Wednesday became the largest city in France to scrap fares on its entire public transport network,
betting that free buses and trams will lure drivers out of their cars and bring shoppers back to the city centre.`);
const frP1 = paras(`From Saturday, the 310,000 residents of Vaucorbe and its 14 surrounding towns will be able to board any bus or tram
without a ticket. Visitors will still need to pay, although the city says it will not carry out checks at weekends.

The measure, approved by the metropolitan council by 61 votes to 22, will cost about €38 million a year in lost ticket revenue. The
council plans to cover the shortfall with a transport levy on large employers, which it raised in January, and by cutting the cost
of ticket machines and inspections.

“Public transport is a public service, like street lighting or libraries,” Mayor Céline Aubertin told reporters at the main tram
depot. “Nobody asks you to pay each time you walk under a street lamp.”`);
const frP2 = paras(`Opposition councillors argued the money would be better spent on more frequent services and new lines, saying
that overcrowding, not price, was what kept people off the network.

“On line 2 at eight in the morning, you cannot get on the tram as it is,” said Bastien Morel, who leads the centre-right group on
the council. “Making it free will not create a single extra seat.”

Aubertin said the city would add 24 buses over the next two years and extend the tram’s opening hours until 1 a.m. on Fridays and
Saturdays.

Several smaller French towns have already gone fare-free, and transport researchers say the results have been mixed. Ridership
has usually risen sharply, but studies suggest many of the new passengers previously walked or cycled rather than drove.

Anne-Sophie Delval, a researcher at the University of Vaucorbe who has studied the policy in other towns, said the city would need
to make driving less attractive at the same time. “Free transport on its own rarely changes how people get to work,” she said.
“It works best when parking becomes harder and more expensive.”

Shopkeepers in the old town, where footfall has fallen since a large retail park opened on the ring road, gave the plan a cautious
welcome. The city will review the policy after two years.`);
const frSource = '(MONDE 24 with AFP)';
const frNav = ['France', 'Africa', 'Middle East', 'Americas', 'Europe', 'Asia-Pacific', 'Business / Tech', 'Sports', 'Culture', 'Environment', 'Shows'];
const frLangs = ['FR', 'EN', 'ES', 'AR'];
const frCaption = 'A tram crosses the Place des Tanneurs in Vaucorbe on March 11, 2025. © Julien Marais, AFP';
const frShare = ['Share', 'Facebook', 'X', 'Whatsapp', 'Telegram', 'Copy link', 'Add MONDE 24 to your Google News feed'];
const frRead = [
  'Small French town’s free buses: five years on, did drivers leave their cars?',
  'France raises fines for fare dodging on trains and the Paris metro',
];
const frTags = ['France', 'Transport', 'Public transport', 'Local politics'];
const frNews = ['Daily newsletter', 'Receive the day’s essential international news every morning', 'Subscribe'];
const frApp = 'Take world news with you! Download the MONDE 24 app';
const frSame = [
  'Paris votes to triple parking fees for heavy SUVs',
  'Rail strike disrupts holiday travel across France',
  'Cycling boom puts pressure on French city centres',
];
const frFoot = ['About us', 'Contact', 'Legal notices', 'Cookies', 'Privacy policy', 'Settings', 'Site map'];
const frConsent = [
  'Your choices regarding cookies on this site',
  'We use cookies to measure our audience, show you personalised content and advertising, and to let you share content on social networks.',
  'Accept & Close',
  'Continue without accepting',
  'Manage my choices',
];
const frAd = `<div class="o-ad-container o-ad-container--inread"><p class="o-ad-container__label">Advertising</p>
<div class="o-ad-container__slot" data-ad-unit="monde24_en/article/inread"></div></div>`;
const frMore = (t: string): string => `<div class="m-em-related"><p class="m-em-related__label">Read more</p>
<a class="m-em-related__link" href="/en/france/20231004-${t.length}"><strong>${t}</strong></a></div>`;
const frPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const frHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>French city of Vaucorbe makes its buses and trams free for all residents</title>
<meta name="description" content="${frChapo[0]}"><meta property="og:title" content="${frTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="MONDE 24"><meta property="article:section" content="France">
<link rel="canonical" href="https://www.monde24.example/en/france/20250312-vaucorbe-free-buses-trams">
<link rel="stylesheet" href="https://static.monde24.example/dist/css/article.b21c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${frTitle}","datePublished":"2025-03-12T14:03:00+01:00",
"dateModified":"2025-03-12T16:30:00+01:00","author":[{"@type":"Organization","name":"MONDE 24"}],"publisher":{"@type":"Organization",
"name":"MONDE 24"}}</script>
<script>window.didomiConfig={"app":{"apiKey":"x"}};var _pageInfo={"section":"france","type":"article","wordCount":612};</script>
<script src="https://static.monde24.example/dist/js/main.b21c.js" defer></script></head>
<body class="t-article theme-france"><header class="m-header"><div class="m-header__top"><a class="m-header__logo" href="/en/">
<span class="u-visually-hidden">MONDE 24 - International breaking news</span></a><a class="m-header__live a-live-badge" href="/en/live">Live</a>
<ul class="m-header__langs">${frLangs.map((l) => `<li><a href="/${l.toLowerCase()}/" hreflang="${l.toLowerCase()}">${l}</a></li>`).join('')}</ul></div>
<nav class="m-header__nav" aria-label="Main menu"><ul class="m-nav">${links(frNav, 'm-nav__item')}</ul></nav></header>
<main class="t-content-wrapper"><article class="t-content t-content--article"><div class="t-content__header">
<nav class="m-breadcrumb" aria-label="Breadcrumb"><a class="m-breadcrumb__link" href="/en/france/">France</a></nav>
<h1 class="t-content__title a-page-title">${frTitle}</h1>
<div class="m-pub-dates"><span class="m-pub-dates__date">Issued on: <time datetime="2025-03-12T14:03:00+01:00">12/03/2025 - 14:03</time></span>
<span class="m-pub-dates__date">Modified: <time datetime="2025-03-12T16:30:00+01:00">12/03/2025 - 16:30</time></span></div>
<div class="m-reading-time"><span class="m-reading-time__icon"></span>3 min</div>
<p class="m-from-author"><span class="m-from-author__name">By: <a href="/en/tag/monde-24/">MONDE 24</a></span></p>
<div class="m-social-share"><p class="m-social-share__title">Share</p>
${frShare
  .slice(1, 5)
  .map((t) => `<a class="m-social-share__link" data-network="${t.toLowerCase()}" href="#"><span class="u-visually-hidden">${t}</span></a>`)
  .join('\n')}
<button class="m-social-share__copy">Copy link</button><a class="m-google-news" href="https://news.google.example/">${frShare[6]}</a></div></div>
<figure class="t-content__main-media"><img src="https://s.monde24.example/media/display/2a1f/w:1280/p:16x9/vaucorbe-tram.jpg" alt="Tram in a city square">
<figcaption class="a-media-caption">${frCaption}</figcaption></figure>
<p class="t-content__chapo">${frChapo[0]}</p>
<div class="t-content__body u-clearfix">
${frPs(frP1.slice(0, 2))}
${frAd}
${frPs(frP1.slice(2))}
${frMore(frRead[0] ?? '')}
${frPs(frP2.slice(0, 3))}
${frAd}
${frPs(frP2.slice(3, 5))}
${frMore(frRead[1] ?? '')}
${frPs(frP2.slice(5))}
<p>${frSource}</p>
</div>
<div class="m-tags-list"><ul>${links(frTags, 'm-tags-list__tag')}</ul></div>
<div class="m-newsletter-push"><p class="m-newsletter-push__title">${frNews[0]}</p><p>${frNews[1]}</p>
<a class="a-btn" href="/en/newsletters">${frNews[2]}</a></div>
<div class="m-app-promo"><p>${frApp}</p></div></article>
<section class="m-same-topic"><h2 class="m-same-topic__title">On the same topic</h2><ul>
${frSame.map((t) => `<li class="m-item-list-article"><a href="/en/france/${t.length}"><p class="article__title">${t}</p></a></li>`).join('\n')}</ul></section>
</main>
<footer class="m-footer"><ul class="m-footer__links">${links(frFoot, 'm-footer__link')}</ul>
<p class="m-footer__copyright">© 2025 Copyright MONDE 24 - All rights reserved</p></footer>
<div class="didomi-popup-container" role="dialog"><h2 class="didomi-popup-title">${frConsent[0]}</h2><p>${frConsent[1]}</p>
<button id="didomi-notice-agree-button">${frConsent[2]}</button><button class="didomi-continue-without-agreeing">${frConsent[3]}</button>
<button id="didomi-notice-learn-more-button">${frConsent[4]}</button></div>
</body></html>`;
const france24: TestPage = {
  html: frHtml,
  name: 'heldout120-france24-news',
  kind: 'news',
  // the chapo is body; the "(MONDE 24 with AFP)" line closing the body is a byline; "Read more" promos and
  // "Advertising" slots inside the body are furniture
  title: frTitle,
  headings: [],
  body: texts([...frChapo, ...frP1, ...frP2]),
  bylines: ['Issued on: 12/03/2025 - 14:03', 'Modified: 12/03/2025 - 16:30', '3 min', 'By: MONDE 24', frSource],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'MONDE 24 - International breaking news', 'Live', ...frLangs, ...frNav, ...frShare, frCaption, 'Advertising', 'Read more', ...frRead,
    ...frTags.slice(1), ...frNews, frApp, 'On the same topic', ...frSame, ...frFoot, '© 2025 Copyright MONDE 24 - All rights reserved', ...frConsent,
  ],
};

export const HELDOUT120_C: readonly TestPage[] = [france24, japanTimesStory];
