import { links, type TestPage, texts } from './page-kit.js';
import { cbsStory } from './pages-heldout98-d2.js';

/**
 * Held-out batch 98, file d: a Straits Times story as straitstimes.com renders it (top bar with Subscribe and Log in, the
 * section nav, breadcrumb, headline, standfirst, author with designation, "Published" and "Updated" times, the share bar
 * with "Gift this article", the lead image with an "ST PHOTO:" credit, the paragraph fields with a "READ MORE HERE" block
 * and ad slots in between, the "Join ST's Telegram channel" and "Join ST's WhatsApp Channel" lines as the last paragraphs
 * of the text, "Get our newsletter", "See more on", "More on this topic", the consent banner and the footer) and, from
 * file d2, a CBS News story.
 */
const stTitle = 'Robots clear trays at Seletar Grove hawker centre, but diners say they still prefer the cleaners';
const stStandfirst = 'The six-month trial is part of a push to ease a manpower crunch at hawker centres.';
const stP1 = [
  `Diners at Seletar Grove Food Centre have had unusual company at lunchtime since January: four waist-high robots that roll between
the tables, collect used trays and crockery, and carry them to the dishwashing area.`,
  `The trial, run by the centre's operator with funding from a government productivity grant, is the first at a hawker centre in
the north-east to use autonomous tray-return robots during peak hours. It will run until the end of June.`,
];
const stH1 = 'A helping hand at peak hours';
const stP2 = [
  `Each robot can carry up to 12 trays and uses cameras and sensors to navigate around diners, stools and the occasional
wandering child. When a table has been cleared, a cleaner wipes it down; the robot moves on to the next one.`,
  `The operator, Hawkerwise Management, said the robots had cut the time taken to clear a table during the lunch rush from about
four minutes to under two. That matters at a centre where most of the 560 seats are taken between noon and 1.30pm on weekdays.`,
  `"Our cleaners are mostly in their 60s and 70s, and at peak hours they are running the whole time," said Hawkerwise's operations
manager, Mr Derrick Tan. "The robots do the carrying. The cleaners still do the cleaning, and they do it with less strain."`,
];
const stH2 = 'Mixed reviews from diners';
const stP3 = [
  `Not every diner is won over. Several told The Straits Times they found the robots slow in the crowded aisles, and some said they
preferred to hand their trays to a person.`,
  `"It keeps saying 'excuse me' but nobody can move," said retiree Madam Koh Bee Lian, 68, a regular at the centre. "Auntie is
faster. Auntie also says good morning."`,
  `Others were more enthusiastic. Student Nur Aisyah, 19, said the robots had made it easier to find a clean table. "Last year you
had to wait or clear it yourself. Now it's usually done by the time you come back with your food," she said.`,
  `Cleaners interviewed said they were not worried about losing their jobs. Madam Lim Ah Moi, 71, who has worked at the centre for
nine years, said: "They cannot wipe tables and they cannot talk to the uncles. They only carry. That part I don't miss."`,
  `The operator said it would decide by July whether to keep the robots, and that no cleaners had been let go during the trial.`,
];
const stReadMore = [
  'Tray return rates at hawker centres climb after enforcement begins',
  'Hawkers turn to digital payments and central kitchens as costs rise',
];
const stTelegram = "Join ST's Telegram channel and get the latest breaking news delivered to you.";
const stWhatsApp = "Join ST's WhatsApp Channel and get the latest news and must-reads.";
const stTop = ['Subscribe', 'Log in', 'Edition: Singapore'];
const stNav = ['Singapore', 'Asia', 'World', 'Opinion', 'Life', 'Business', 'Tech', 'Sport', 'Videos', 'Podcasts', 'Multimedia'];
const stShare = ['Gift this article', 'Share on Facebook', 'Share on WhatsApp', 'Share on Telegram', 'Copy link'];
const stCaption = 'A tray-return robot at Seletar Grove Food Centre during the lunch-hour rush on March 6.';
const stCredit = 'ST PHOTO: KEVIN LIM';
const stNews = ['Get our newsletter', 'Sign up for The Straits Times newsletters and get the best of our journalism in your inbox.', 'Sign up'];
const stTopics = ['Hawker centres', 'Robotics', 'Manpower', 'Productivity'];
const stMore = [
  'Cleaning firms to get more support to adopt technology under new scheme',
  'Older cleaners to get pay rise of up to 20% under progressive wage model',
  'Why young Singaporeans are taking over their parents’ hawker stalls',
];
const stCookie = `We use cookies to give you a better experience. By continuing to use this site, you agree to the use of cookies in accordance with
our privacy policy.`;
const stFoot = ['About Us', 'Terms & Conditions', 'Privacy Policy', 'Advertise with us', 'Contact us', 'Need help? Reach us here.', 'Sitemap'];
const stCopy = 'Copyright © 2025 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.';
const stPs = (a: readonly string[]): string => a.map((p) => `<div class="paragraph-content"><p>${p}</p></div>`).join('\n');
const stAd = (n: number): string => `<div class="advertisement imu-ad" data-ad-slot="imu${n}"><span class="ad-label">ADVERTISEMENT</span>
<div id="dfp-ad-imu${n}" class="dfp-tag-wrapper"></div></div>`;
const stHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${stTitle} | The Straits Times</title><meta name="description" content="${stStandfirst}"><meta property="og:type" content="article">
<meta property="og:title" content="${stTitle}"><meta property="og:site_name" content="The Straits Times"><meta name="article:section" content="Singapore">
<meta name="cXenseParse:recs:articleid" content="st-2025-03-11-hawker-robots"><link rel="canonical"
href="https://www.straitstimes.com/singapore/robots-clear-trays-at-seletar-grove-hawker-centre-but-diners-say-they-still-prefer-the-cleaners">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","datePublished":"2025-03-11T15:12:00+08:00",
"dateModified":"2025-03-11T17:00:00+08:00","author":[{"@type":"Person","name":"Lee Wen Xin"}],"publisher":{"@type":"Organization","name":"The Straits Times"},
"isAccessibleForFree":"False"}</script>
<script>window._data={"pagination":"0","articleid":"st-2025-03-11-hawker-robots","contentcat":1,"keyword":"hawker-centres,robotics","visitorcat":1};</script>
<link rel="stylesheet" href="https://www.straitstimes.com/themes/custom/st/dist/css/style.css?sa1x9"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header" role="banner"><div class="header-top">
<a href="/" class="logo" rel="home"><img src="/themes/custom/st/logo.svg" alt="The Straits Times"></a><ul class="header-top__links">
${links(stTop, 'header-top__item')}</ul></div><nav class="main-menu" role="navigation" aria-label="Main navigation"><ul class="menu">
${links(stNav, 'menu-item')}</ul></nav></header>
<main role="main" id="main-content"><article class="node node--type-article node--view-mode-full" data-history-node-id="2734512">
<div class="group-header"><div class="breadcrumb"><a href="/singapore">Singapore</a></div><h1 class="headline node-title">${stTitle}</h1>
<div class="field field--name-field-standfirst"><p>${stStandfirst}</p></div>
<div class="group-info"><div class="author-field"><a class="author-name" href="/authors/lee-wen-xin">Lee Wen Xin</a><span class="author-designation">
Correspondent</span></div><div class="group-story-postdate"><div class="story-postdate">Published Mar 11, 2025, 03:12 PM</div>
<div class="story-updatedate">Updated Mar 11, 2025, 05:00 PM</div></div></div>
<div class="share-bar">${stShare.map((t) => `<button class="share-bar__button" type="button"><span>${t}</span></button>`).join('\n')}</div></div>
<figure class="media-group"><img src="https://static1.straitstimes.example/s3fs-public/articles/2025/03/11/robot.jpg" alt="" width="1200" height="800">
<figcaption class="caption-text">${stCaption} <span class="caption-credit">${stCredit}</span></figcaption></figure>
<div class="clearfix text-formatted field field--name-field-paragraph field__items">
${stPs(stP1)}
<div class="paragraph-content"><h2>${stH1}</h2></div>
${stPs(stP2.slice(0, 2))}
${stAd(1)}
${stPs(stP2.slice(2))}
<div class="related-story-block"><h3 class="related-story-block__title">READ MORE HERE</h3><ul>
${stReadMore.map((t, i) => `<li><a href="/singapore/related-${i}">${t}</a></li>`).join('\n')}</ul></div>
<div class="paragraph-content"><h2>${stH2}</h2></div>
${stPs(stP3.slice(0, 3))}
${stAd(2)}
${stPs(stP3.slice(3))}
<div class="paragraph-content"><p><a href="https://t.me/straitstimes"><strong>Join ST's Telegram channel</strong></a> and get the latest breaking news
delivered to you.</p></div>
<div class="paragraph-content"><p><a href="https://str.sg/whatsapp"><strong>Join ST's WhatsApp Channel</strong></a> and get the latest news and
must-reads.</p></div>
</div>
<div class="newsletter-signup-inline"><h3 class="newsletter-title">${stNews[0]}</h3><p>${stNews[1]}</p>
<a class="btn" href="/newsletter-signup">${stNews[2]}</a></div>
<div class="article-topics"><span class="topics-label">See more on</span><ul>${links(stTopics, 'topic-item')}</ul></div></article>
<section class="more-on-this-topic"><h2 class="block-title">More on this topic</h2>
${stMore.map((t, i) => `<div class="card"><a href="/singapore/more-${i}"><h5 class="card-title">${t}</h5></a></div>`).join('\n')}</section></main>
<footer class="footer" role="contentinfo"><ul class="footer-menu">${links(stFoot, 'footer-item')}</ul><p class="copyright">${stCopy}</p></footer></div>
<div id="consent-banner" class="consent-banner" role="dialog"><p>${stCookie}</p><button class="consent-accept">Accept</button></div>
<script src="https://www.straitstimes.com/themes/custom/st/dist/js/main.js?sa1x9"></script></body></html>`;
const straitsTimes: TestPage = {
  html: stHtml,
  name: 'heldout98-straitstimes-story',
  kind: 'news',
  // the standfirst is body; author, designation and the two times are bylines; the Telegram and WhatsApp lines sit in
  // the text's last paragraph fields but are promotions (furniture), as are "READ MORE HERE" with its headlines, the ad
  // labels, the caption and credit, the share bar, the newsletter box, topics and the "More on this topic" rail
  title: stTitle,
  headings: [stH1, stH2],
  body: texts([stStandfirst, ...stP1, ...stP2, ...stP3]),
  bylines: ['Lee Wen Xin', 'Correspondent', 'Published Mar 11, 2025, 03:12 PM', 'Updated Mar 11, 2025, 05:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...stTop, ...stNav, ...stShare, stCaption, stCredit, 'ADVERTISEMENT', 'READ MORE HERE', ...stReadMore, stTelegram,
    stWhatsApp, ...stNews, 'See more on', ...stTopics, 'More on this topic', ...stMore, ...stFoot, stCopy, texts([stCookie])[0] ?? '', 'Accept',
  ],
};

export const HELDOUT98_D: readonly TestPage[] = [straitsTimes, cbsStory];
