import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 135, file f2: a Times of India city story (the React page with short hashed class names: the top bar with
 * the edition and "Sign In", the main nav and the city sub-nav, breadcrumbs, the h1 with its inner span, the "author / TNN /
 * Updated" byline, the font-size and share tools with "Follow Us", the lead image caption, the article text written as bare
 * text with <br> breaks in the "_s30J" div rather than in paragraphs, with an "Also Read" embed and an ad slot between the
 * breaks, the closing "Stay updated" line, the comments box, "Popular from Kharsana" and "Visual Stories" rails, the footer
 * and the cookie notice).
 */
const toTitle = 'Water supply to be hit in 14 wards for two days as KMC repairs main pipeline';
const toParas = [
  'KHARSANA: Residents of 14 wards in the eastern and southern parts of the city will face water cuts on Saturday and Sunday ' +
    'as the Kharsana Municipal Corporation (KMC) carries out urgent repairs on a leaking section of the 1,200mm main pipeline ' +
    'near Gondwal Chowk.',
  'According to the civic body, the leak was detected during a routine inspection on Tuesday. Engineers found that a joint on ' +
    'the pipeline, which carries water from the Sonapur treatment plant, had developed a crack and was losing an estimated ' +
    '3 MLD (million litres per day).',
  '"If we do not fix it now, the crack could widen during the winter and cause a much bigger disruption," KMC executive engineer ' +
    '(water works) Sudhir Wankhede said. "The work requires the line to be shut completely for about 36 hours."',
  'The supply will be stopped from 6am on Saturday and is expected to resume by Sunday evening. Residents in the affected areas ' +
    'have been advised to store enough water for two days and use it carefully.',
  'The affected wards include Bhavani Peth, Shanti Nagar, Kasarwadi, Ramkund, Lakhota, Navapura, Somalwada and parts of ' +
    'Devgiri. Around 3.2 lakh people are likely to be affected, officials said.',
  'The civic body said it would deploy 60 tankers to supply water to the affected localities. Citizens can call the KMC water ' +
    'helpline at 1800-233-0451 to book a tanker free of cost during the shutdown. Hospitals and old-age homes will be given ' +
    'priority.',
  'This is the third shutdown on the same pipeline this year. In March and July, supply was disrupted for a day each after ' +
    'leaks were found near Rajapeth and Old Mill Road.',
  'Corporators from the eastern wards have repeatedly demanded that the 42-year-old pipeline be replaced. Former corporator ' +
    'Rekha Bhoyar said residents had been facing low-pressure supply for months. "Every few months there is a shutdown, and we ' +
    'are told it is an emergency. The pipeline needs to be replaced, not patched," she said.',
  'KMC officials said a detailed project report for replacing an 11km stretch of the line at a cost of Rs 186 crore had been ' +
    'sent to the state government for approval under its urban water mission.',
];
const toAlso = 'Kharsana civic body to install smart water meters in 50,000 homes by March';
const toStay = 'Stay updated with the latest city news on Times of India.';
const toTop = ['Edition', 'IN', 'Sign In', 'TOI'];
const toNav = ['News', 'City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'Sports', 'Entertainment', 'Life & Style', 'Astro', 'Videos'];
const toCityNav = ['Kharsana', 'Civic Issues', 'Crime', 'Politics', 'Schools & Colleges', 'City Events'];
const toCrumbs = ['City News', 'Kharsana News'];
const toTools = ['AA', 'Share', 'Follow Us'];
const toCaption = 'Representative image';
const toComments = ['Start a Conversation', 'Post comment', 'Be the first one to comment.'];
const toPopular = [
  'Kharsana: Two held for online betting racket during league match',
  'Metro phase 2 work to close Sadar flyover lane for a month',
  'Heavy rain alert for Kharsana district for next 48 hours',
  'Kharsana university postpones semester exams',
];
const toVisual = ['Visual Stories', '10 easy indoor plants for beginners', 'Festive sweets to make at home this Diwali'];
const toFoot = [
  'About us',
  'Create Your Own Ad',
  'Terms of Use and Grievance Redressal Policy',
  'Privacy policy',
  'Advertise with us',
  'Newsletter',
  'Feedback',
  'ePaper',
  'Sitemap',
  'Archives',
];
const toCopy = 'Copyright © 2025 Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service';
const toCookie = 'We use cookies to improve your experience, personalise content and ads, and analyse our traffic. By continuing, you agree.';
const toBody = [
  toParas.slice(0, 3).join('<br><br>'),
  `<div class="embedarticle" data-type="also-read"><span class="embedarticle_title">Also Read</span>
<a href="https://timesofindia.indiatimes.com/city/kharsana/smart-water-meters/articleshow/124301188.cms">${toAlso}</a></div>`,
  toParas.slice(3, 6).join('<br><br>'),
  `<div class="_1cNwC ad_slot" data-adtype="mid_article"><div class="adLbl">Advertisement</div><div id="div-gpt-ad-atf-mid"></div></div>`,
  toParas.slice(6).join('<br><br>'),
].join('<br><br>');
const toHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Water supply to be hit in 14 wards for two days as KMC repairs main pipeline | Kharsana News - Times of India</title>
<meta name="description" content="Residents of 14 wards in the eastern and southern parts of the city will face water cuts on Saturday and Sunday.">
<meta property="og:title" content="${toTitle}"><meta property="og:site_name" content="The Times of India"><meta property="og:type" content="article">
<link rel="canonical" href="https://timesofindia.indiatimes.com/city/kharsana/water-supply-to-be-hit-in-14-wards/articleshow/124318702.cms">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${toTitle}","datePublished":"2025-10-03T04:12:00+05:30",
"dateModified":"2025-10-03T04:12:00+05:30","author":{"@type":"Person","name":"Neha Kulkarni"},"publisher":{"@type":"Organization","name":"Times Of India"},
"articleSection":"Kharsana News"}</script>
<script>window.__TOI_DATA__={"msid":"124318702","sec":"city/kharsana","type":"articleshow"};</script>
<link rel="stylesheet" href="https://static.toiimg.com/toi/css/articleshow.7b2d.css"></head>
<body><div id="app"><div class="_3pC_l top-bar"><span class="_1h7gO">${toTop[0]}</span><button class="_2uDt3">${toTop[1]}</button>
<a class="_1vCu_" href="https://timesofindia.indiatimes.com/login">${toTop[2]}</a><a class="_3jz7k"
href="https://timesofindia.indiatimes.com/toi-plus">${toTop[3]}</a></div>
<header class="_2Aow6"><a class="_3Q5gP" href="https://timesofindia.indiatimes.com/"><img alt="News" src="https://static.toiimg.com/photo/toi-logo.cms"></a>
<nav class="_2Hpg9"><ul>${links(toNav, '_3oZdB')}</ul></nav><nav class="_3Yh6S city-nav"><ul>${links(toCityNav, '_1k8Kd')}</ul></nav></header>
<main class="_1BWM8"><div class="_2Rr0M breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><ul><li><a href="/">News</a></li>
${toCrumbs.map((t) => `<li><a href="/city/kharsana">${t}</a></li>`).join('')}<li><span>${toTitle.slice(0, 40)}...</span></li></ul></div>
<div class="okf2Z"><div class="_1Y0Ea"><h1 class="HNMDR"><span>${toTitle}</span></h1>
<div class="xf8Pm byline"><span><a href="https://timesofindia.indiatimes.com/toireporter/author-neha-kulkarni-479251.cms">Neha Kulkarni</a> / TNN /
Updated: Oct 3, 2025, 04:12 IST</span></div>
<div class="_1tYcH tools"><button class="_3lW3q fontsize">${toTools[0]}</button><button class="_3lW3q share">${toTools[1]}</button>
<a class="_1WJP4 follow" href="https://news.google.com/publications/toi">${toTools[2]}</a></div>
<div class="_3S8gq lead-image"><img alt="Representative image" src="https://static.toiimg.com/thumb/msid-124318710,width-1280/water.jpg">
<div class="_2-W0x caption">${toCaption}</div></div>
<div class="_s30J clearfix" data-articlebody="1">${toBody}<br><br><i>${toStay}</i></div></div>
<div class="_2Cwsy comments"><h3>${toComments[0]}</h3><textarea placeholder="Add your comment"></textarea><button>${toComments[1]}</button>
<p class="_1a8ZF">${toComments[2]}</p></div></div>
<aside class="_3fxjA rhs"><section class="_2xnI2"><h2>Popular from Kharsana</h2><ul>${links(toPopular, '_1nvUb')}</ul></section>
<section class="_2xnI2 visual-stories"><h2>${toVisual[0]}</h2><ul>${links(toVisual.slice(1), '_1nvUb')}</ul></section></aside></main>
<footer class="_34F6x"><ul>${links(toFoot, '_2ANYb')}</ul><p class="_3jDQl">${toCopy.replace('&', '&amp;')}</p></footer>
<div class="consent-popup" role="dialog" aria-label="Cookie consent"><p>${toCookie}</p><button class="consent-btn">OK</button></div></div>
<script src="https://static.toiimg.com/toi/js/articleshow.7b2d.js" defer></script></body></html>`;
export const toiStory: TestPage = {
  html: toHtml,
  name: 'heldout135-times-of-india-news',
  kind: 'news',
  // the article text is bare text split by <br><br> (each stretch is one body paragraph); the "KHARSANA:" dateline opens the
  // first stretch and stays in it; the "Also Read" embed, the ad label and the closing italic "Stay updated" line are furniture
  title: toTitle,
  headings: [],
  body: toParas,
  bylines: ['Neha Kulkarni', 'TNN', 'Updated: Oct 3, 2025, 04:12 IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...toTop, ...toNav, ...toCityNav, ...toCrumbs, `${toTitle.slice(0, 40)}...`,
    ...toTools, toCaption, 'Also Read', toAlso, 'Advertisement', toStay, ...toComments,
    'Popular from Kharsana', ...toPopular, ...toVisual, ...toFoot, toCopy, toCookie, 'OK',
  ],
};
