import { links, type TestPage, texts } from './page-kit.js';
import { cbsStory } from './pages-heldout130-f2.js';

/**
 * Held-out batch 130, file f: a Sky News story on its sdc ("Sky Digital Components") template (the site header with the
 * section menu and "Watch Live", the long title and sub-title, the author byline with position and handle, the date line,
 * the article tools with "Why you can trust Sky News", the lead image caption with its hidden "Image:" prefix and "Pic:"
 * credit, h3 subheads, a video embed with its caption, a "Read more from Sky News:" paragraph of links inside the body,
 * the WhatsApp strapline and podcast promo after the body, "Related Topics", the footer and the consent message) and,
 * from file f2, a CBS News story.
 */
const skTitle = 'Hospital declares critical incident as patients wait up to 40 hours in A&E';
const skSub = 'Staff at Carrow General were forced to treat patients in corridors and an ambulance bay as demand surged over the weekend.';
const skP1 = [
  'A hospital trust has declared a critical incident after some patients waited up to 40 hours in its emergency department ' + 'for a bed on a ward.',
  'North Carrow Hospitals NHS Trust said its main site, Carrow General, was under “extreme pressure”, with more than 120 patients ' +
    'in the emergency department on Sunday evening, three times the number it was designed for.',
  'The trust urged people to stay away from A&E unless their condition was life-threatening and to use pharmacies, GP surgeries ' +
    'and the 111 phone line instead.',
];
const skH1 = '‘Like a war zone’';
const skP2 = [
  'One nurse, who asked not to be named, told Sky News that staff had been treating patients on trolleys in corridors and in an ' +
    'ambulance bay that had been converted into a temporary ward.',
  '“It was like a war zone,” she said. “We had elderly patients who had been on trolleys for more than a day. We were doing our ' +
    'best but there simply weren’t enough of us.”',
  'Ambulances queued outside the hospital for several hours on Saturday night, with some crews waiting more than six hours to ' +
    'hand over patients, according to figures seen by Sky News.',
];
const skH2 = 'Beds blocked by delayed discharges';
const skP3 = [
  'The trust’s chief executive, Dr Rachel Osei-Lindgren, said about 140 of the hospital’s 780 beds were occupied by patients ' +
    'who were well enough to leave but were waiting for care packages or places in care homes.',
  '“The people waiting longest in our emergency department are not waiting because of a shortage of doctors or nurses,” she said. ' +
    '“They are waiting because we cannot discharge people who no longer need to be in hospital.”',
  'The local council, which is responsible for arranging social care, said it had recruited 60 extra home care workers since ' +
    'December and was working with the trust to speed up discharges.',
  'Labour MP for Carrow East, Tom Ashdown, called the situation “a disgrace” and said he had written to the health secretary ' +
    'asking for emergency funding for the area’s social care services.',
  'The critical incident is expected to remain in place until at least Wednesday.',
];
const skRead = ['Hospital waiting list falls for fifth month in a row', 'Paramedics warn of ‘unsafe’ delays outside emergency departments'];
const skNav = [
  'Home',
  'UK',
  'Politics',
  'World',
  'US',
  'Climate',
  'Money',
  'Science & Tech',
  'Ents & Arts',
  'Travel',
  'Offbeat',
  'Analysis',
  'Videos',
  'Weather',
];
const skLogo = 'Sky News - breaking news, video headlines and top stories from business, politics, entertainment and more in the UK and worldwide';
const skCaption = 'Carrow General Hospital declared a critical incident on Sunday.';
const skVideo = 'Patients wait in corridors at Carrow General';
const skStrap = 'Follow Sky News on WhatsApp';
const skStrapText = 'Keep up with all the latest news from the UK and around the world by following Sky News';
const skPod = 'Subscribe to the Sky News Daily wherever you get your podcasts';
const skTopics = ['NHS', 'Health', 'Social care'];
const skFoot = [
  'About Sky News',
  'About Us',
  'Sky News International',
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
const skConsent = 'Sky and our partners use cookies and similar technologies to personalise content and ads and to measure how our sites are used.';
const skPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const skHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hospital declares critical incident as patients wait up to 40 hours in A&amp;E | UK News | Sky News</title>
<meta name="description" content="${skSub}"><meta property="og:title" content="${skTitle}"><meta property="og:site_name" content="Sky News">
<meta property="og:type" content="article"><meta name="twitter:site" content="@SkyNews">
<link rel="canonical" href="https://news.sky.com/story/hospital-declares-critical-incident-as-patients-wait-up-to-40-hours-in-a-e-13321407">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${skTitle}","description":"${skSub}",
"datePublished":"2025-03-04T14:22:00+0000",
"author":{"@type":"Person","name":"Priya Varma-Lowe"},"publisher":{"@type":"Organization","name":"Sky News"}}</script>
<script>window.sdc = window.sdc || {}; sdc.config = {"section":"uk","articleId":13321407,"adsEnabled":true};</script>
<link rel="stylesheet" href="https://news.sky.com/resources/news-web-static/app.4f21c9.css"></head>
<body class="sdc-site-page"><a class="sdc-site-skip-link" href="#main">Skip to content</a>
<header class="sdc-site-header" data-component-name="sdc-site-header"><div class="sdc-site-header__inner">
<a class="sdc-site-header__logo" href="/"><span class="u-hide-visually">${skLogo}</span></a><a class="sdc-site-header__watch-live"
href="/watch-live">Watch Live</a></div>
<nav class="sdc-site-header__menu" aria-label="Primary"><ul class="sdc-site-header__menu-list">${links(skNav, 'sdc-site-header__menu-item')}</ul></nav></header>
<main id="main" class="sdc-site-layout"><div class="sdc-article-header"><div class="sdc-article-header__wrap"><div class="sdc-article-header__main">
<div class="sdc-article-header__titles"><h1 class="sdc-article-header__long-title">${skTitle}</h1>
<p class="sdc-article-header__sub-title">${skSub}</p></div>
<div class="sdc-article-author"><div class="sdc-article-author__details"><p class="sdc-article-author__byline">
<span class="sdc-article-author__name"><a href="/author/priya-varma-lowe">Priya Varma-Lowe</a></span>
<span class="sdc-article-author__position">Health correspondent</span> <span class="sdc-article-author__handle">@PVarmaLoweSky</span></p></div></div>
<div class="sdc-article-date"><p class="sdc-article-date__date-time">Tuesday 4 March 2025 14:22, UK</p></div>
<div class="sdc-article-tools"><ul class="sdc-article-tools__list"><li><button class="sdc-article-tools__trust">Why you can trust Sky News</button></li>
<li><button class="sdc-article-tools__share"><span class="u-hide-visually">Share this article</span></button></li></ul></div></div></div></div>
<div class="sdc-article-image"><figure class="sdc-article-image__figure"><div class="sdc-article-image__wrapper">
<img class="sdc-article-image__item" alt="" src="https://e3.365dm.example/25/03/768x432/skynews-carrow-general_6851203.jpg"></div>
<figcaption class="sdc-article-image__caption"><span class="u-hide-visually">Image:</span><span class="sdc-article-image__caption-text">${skCaption}
</span><span class="sdc-article-image__credit">Pic: PA</span></figcaption></figure></div>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead" data-component-name="sdc-article-body" data-highlight-intro="true">
${skPs(skP1)}
<h3>${skH1}</h3>
${skPs(skP2.slice(0, 2))}
<div class="sdc-article-video" data-component-name="sdc-article-video"><div class="sdc-site-video"><button class="sdc-site-video__play">
<span class="u-hide-visually">Play Video - </span>2:14</button></div><figcaption class="sdc-article-video__caption">${skVideo}</figcaption></div>
${skPs(skP2.slice(2))}
<p><strong>Read more from Sky News:</strong><br><a href="/story/13301122">${skRead[0]}</a><br><a href="/story/13298770">${skRead[1]}</a></p>
<h3>${skH2}</h3>
${skPs(skP3)}
<div class="sdc-article-widget callfn-ad" data-ad-format="mpu"><span class="sdc-site-au__label">Advertisement</span></div>
</div>
<div class="sdc-article-strapline"><p class="sdc-article-strapline__text"><a href="https://whatsapp.com/channel/sky">${skStrap}</a></p>
<p class="sdc-article-strapline__sub">${skStrapText}</p><a class="sdc-article-strapline__cta" href="https://whatsapp.com/channel/sky">Tap here</a></div>
<div class="sdc-article-podcast-promo"><p>${skPod}</p></div>
<div class="sdc-article-related-topics"><h3
class="sdc-article-related-topics__heading">Related Topics:</h3><ul>${links(skTopics, 'sdc-article-related-topics__item')}</ul>
</div></main>
<footer class="sdc-site-footer"><ul class="sdc-site-footer__list">${links(skFoot, 'sdc-site-footer__item')}</ul>
<p class="sdc-site-footer__copyright">© 2025 Sky UK</p></footer>
<div id="sp_message_container_1090" class="message-container" role="dialog"><p>${skConsent}</p><button>Accept all</button>
<button>Do not accept</button><button>Options</button></div>
<script src="https://news.sky.com/resources/news-web-static/app.4f21c9.js" defer></script></body></html>`;

const skyNews: TestPage = {
  html: skHtml,
  name: 'heldout130-sky-news-news',
  kind: 'news',
  // the sub-title is body; the h3 subheads are the headings; the "Read more from Sky News:" paragraph of links inside the
  // body, the video caption, caption and credit, the strapline, podcast promo and topics are furniture
  title: skTitle,
  headings: [skH1, skH2],
  body: texts([skSub, ...skP1, ...skP2, ...skP3]),
  bylines: ['Priya Varma-Lowe', 'Health correspondent', '@PVarmaLoweSky', 'Tuesday 4 March 2025 14:22, UK'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Watch Live', ...skNav, 'Why you can trust Sky News', 'Share this article', 'Image:', skCaption, 'Pic: PA', 'Play Video -', '2:14',
    skVideo, 'Read more from Sky News:', ...skRead, 'Advertisement', skStrap, skStrapText, 'Tap here', skPod, 'Related Topics:', ...skTopics,
    skLogo, ...skFoot, '© 2025 Sky UK', skConsent, 'Accept all', 'Do not accept', 'Options',
  ],
};

export const HELDOUT130_F: readonly TestPage[] = [skyNews, cbsStory];
