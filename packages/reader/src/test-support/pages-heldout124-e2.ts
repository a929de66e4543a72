import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 124, file e2: an Al Jazeera English story (the OneTrust cookie banner, "Skip links", the header with its
 * primary menu and the hidden "More" submenu, "Live", "Click here to search", the breaking-news ticker, the topic label
 * line, headline and italic subhead, the featured image with its bracketed credit, the author block with the screen-reader
 * "Published On" date, the listen player, "Save" and the share button, the wysiwyg body with the "Recommended Stories" list
 * inside it (h3 card titles in list items, "list of 4 items" / "end of list"), ad labels and subheads, the "Source" line,
 * the newsletter box, the "Most Read" rail and the footer with its link columns).
 */
const ajTitle = 'Floods displace more than 40,000 in central Mozambique as rivers burst banks';
const ajSub = 'Aid agencies warn of cholera risk as families shelter in schools and churches after a week of torrential rain in Chimbala district.';
const ajP1 = [
  'Floods in central Mozambique have forced more than 40,000 people from their homes after a week of heavy rain caused two rivers ' +
    'to burst their banks, the country’s disaster management agency says.',
  'At least 11 people have died and 17 are missing in Chimbala district, where water levels on the Rumbe River rose by more than ' +
    'four metres in 48 hours, according to figures released on Tuesday.',
  'Most of those displaced are staying in schools, churches and government buildings on higher ground. Many arrived with little ' +
    'more than the clothes they were wearing.',
];
const ajH1 = 'Crops destroyed';
const ajP2 = [
  '“The water came in the night. We woke up and it was already at our knees,” Rosa Mabunda, a 34-year-old farmer, told Al Jazeera ' +
    'at a school in the town of Nhacoro, where about 2,000 people are sheltering. “We lost the maize, the goats, everything.”',
  'The flooding struck just weeks before the main harvest. Local officials estimate that about 60,000 hectares (148,000 acres) of ' +
    'farmland have been submerged, raising fears of food shortages in the coming months.',
  'Roads and at least three bridges have been washed away, cutting off parts of the district. Rescue teams are using boats and a ' +
    'single helicopter to reach villages still surrounded by water.',
];
const ajH2 = '‘Worse every year’';
const ajP3 = [
  'Aid groups say overcrowded shelters and contaminated water could lead to outbreaks of cholera and other diseases. The ' +
    'International Relief Alliance said it was sending water purification tablets and hygiene kits for 15,000 families.',
  '“The next two weeks are critical,” said Joaquim Sitoe, the group’s country director. “If we cannot get clean water to these ' +
    'sites quickly, we will be dealing with a second emergency on top of the first.”',
  'Central Mozambique has been hit repeatedly by cyclones and floods in recent years. Residents and local officials say the ' +
    'rains are becoming less predictable and more intense.',
  '“My father farmed this land for 40 years and he saw floods maybe three times,” said Armando Chirindza, a village leader. ' +
    '“Now it is every year, and every year it is worse.”',
  'The government has appealed for $28m in emergency aid. The national meteorological institute has forecast more rain for ' +
    'the region over the coming days.',
];
const ajCaption = 'Residents wade through floodwater in Chimbala district, central Mozambique [Ernesto Cumbe/Reuters]';
const ajRec = [
  'Cyclone season forecast to be more intense, meteorologists warn',
  'Photos: Life after the floods in southern Malawi',
  'Mozambique’s farmers turn to drought-resistant seeds',
  'Why are floods in southern Africa getting worse?',
];
const ajNav = ['News', 'Middle East', 'Explained', 'Opinion', 'Sport', 'Video'];
const ajMore = ['Features', 'Economy', 'Human Rights', 'Climate Crisis', 'Investigations', 'Interactives', 'In Pictures', 'Science & Technology', 'Podcasts'];
const ajTicker = 'Breaking';
const ajTickerText = 'Rescue teams search for missing after floods in Mozambique';
const ajNews = [
  'Sign up for Al Jazeera',
  'Africa Weekly',
  'Our weekly round-up of news, analysis and features from across the continent.',
  'E-mail address',
  'Subscribe',
  'By signing up, you agree to our Privacy Policy',
];
const ajMost = [
  'Rare snow blankets desert towns as cold snap sweeps region',
  'Inside the race to save a sinking island village',
  'Thousands march in capital over rising fuel prices',
  'Tennis star announces retirement at 29',
];
const ajFootHeads = ['About', 'Connect', 'Our Channels', 'Our Network'];
const ajFoot = [
  'About Us',
  'Code of Ethics',
  'Terms and Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Cookie Preferences',
  'Sitemap',
  'Work for us',
  'Contact Us',
  'Advertise with us',
  'Newsletters',
  'Channel Finder',
  'Podcasts',
  'Submit a Tip',
];
const ajCookie = [
  'We value your privacy',
  'We and our partners use cookies and similar technologies to measure audiences, personalise content and show relevant advertising.',
  'Allow All',
  'Reject All',
  'Cookie Settings',
];
const ajCopy = '© 2025 Al Jazeera Media Network';
const ajP = (a: readonly string[]): string => ps(a);
const ajAd = (n: number): string => `<div class="container--ads container--ads-mpu-article" data-ad="mpu${n}"><div class="ads-label">Advertisement</div>
<div id="dfp-ad-mpu${n}" class="ads__slot"></div></div>`;
const ajHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${ajTitle} | Climate Crisis News | Al Jazeera</title>
<meta name="description" content="${ajSub}"><meta property="og:title" content="${ajTitle}"><meta property="og:type" content="article">
<meta name="pageType" content="Article"><meta name="postLabel" content=""><meta name="primaryTopic" content="Climate Crisis">
<link rel="canonical" href="https://www.aljazeera.com/news/2025/11/4/floods-displace-more-than-40000-in-central-mozambique">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ajTitle}","description":"${ajSub}",
"datePublished":"2025-11-04T12:21:44Z","dateModified":"2025-11-04T12:21:44Z","author":[{"@type":"Person","name":"Nadia Ferreira"}],
"publisher":{"@type":"Organization","name":"Al Jazeera"}}</script>
<script>window.__APOLLO_STATE__ = {"Post:3611204":{"__typename":"Post","id":"3611204","type":"post"}};</script>
<link rel="stylesheet" href="https://www.aljazeera.example/static/css/main.2f9c8a1.css"></head>
<body class="single-post"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><h2 id="onetrust-policy-title">${ajCookie[0]}</h2><p id="onetrust-policy-text">${ajCookie[1]}</p>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${ajCookie[2]}</button><button id="onetrust-reject-all-handler">${ajCookie[3]}</button>
<button id="onetrust-pc-btn-handler">${ajCookie[4]}</button></div></div></div></div>
<div id="root"><div class="skip-links"><a href="#main-content-area" class="skip-link">Skip links</a><a href="#main-content-area">Skip to Content</a></div>
<div class="container container--header"><header class="site-header"><div class="site-header__logo"><a href="/"><span
class="screen-reader-text">Al Jazeera</span>
</a></div><nav class="site-header__navigation" aria-label="Primary navigation menu"><ul class="menu header-menu">
${ajNav.map((t) => `<li class="menu__item menu__item--aje"><a href="/${t.toLowerCase()}/"><span>${t}</span></a></li>`).join('\n')}
<li class="menu__item menu__item--has-submenu"><button class="menu__button" aria-expanded="false"><span>More</span></button><ul class="submenu" hidden>
${links(ajMore, 'submenu__item')}</ul></li></ul></nav><div class="site-header__live-menu"><a href="/live/" class="live-button"><span>Live</span></a></div>
<div class="site-header__search-trigger"><button type="button" class="no-styles-button"><span
class="screen-reader-text">Click here to search</span></button></div>
</header></div><div class="breaking-news-bar"><span class="breaking-news-bar__label">${ajTicker}</span><a href="/news/liveblog/">${ajTickerText}</a></div>
<main id="main-content-area" class="article-main"><div class="l-col l-col--8"><div class="article-header-wrapper"><div class="topics topics--article">
<span class="topics-sec-item-label"><a href="/news/">News</a></span><span class="topics-sec-item-seperator">|</span><span class="topics-sec-item-label">
<a href="/climate-crisis/">Climate Crisis</a></span></div><header class="article-header"><h1>${ajTitle}</h1></header>
<p class="article__subhead css-1wt8oh6"><em>${ajSub}</em></p></div>
<figure class="article-featured-image"><div class="responsive-image"><img alt="Floodwater"
src="https://www.aljazeera.example/wp-content/uploads/2025/11/flood.jpg?resize=770%2C513"
loading="lazy"></div><figcaption class="article-featured-image__caption">${ajCaption}</figcaption></figure>
<div class="article-info-block css-ti04u9"><div class="article-author"><div class="article-author-name"><span class="article-author-name-item">By <a
class="author-link" href="/author/nadia-ferreira">Nadia Ferreira</a></span></div></div><div class="article-dates"><div class="date-simple css-1yjq2zp">
<span class="screen-reader-text">Published On 4 Nov 2025</span><span aria-hidden="true">4 Nov 2025</span></div></div>
<div class="article-info-block__actions"><button class="article-save"><span>Save</span></button><div class="article-share"><button class="sharing-button">
<span class="screen-reader-text">Click here to share on social media</span></button><span class="sharing-button__text">share2</span></div></div></div>
<div class="article-audio-player"><span class="article-audio-player__label">Listen to this article</span><span
class="article-audio-player__duration">4 mins</span></div>
<div class="wysiwyg wysiwyg--all-content css-1vkfgk0" aria-live="polite" aria-atomic="true">
${ajP(ajP1.slice(0, 1))}
<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><span class="more-on__count screen-reader-text">list of 4 items</span><ul
class="more-on__list">
${ajRec
  .map(
    (t) => `<li class="more-on__item"><article class="gc u-clickable-card gc--type-post gc--list gc--with-image"><div class="gc__content"><div
class="gc__header-wrap">
<h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2025/10/"><span>${t}</span></a></h3></div></div></article></li>`,
  )
  .join('\n')}
<li class="screen-reader-text">end of list</li></ul></div>
${ajP(ajP1.slice(1))}
${ajAd(1)}
<h2>${ajH1}</h2>
${ajP(ajP2)}
${ajAd(2)}
<h2>${ajH2}</h2>
${ajP(ajP3)}
</div><div class="article-source"><p><strong>Source:</strong> Al Jazeera and news agencies</p></div>
<div class="newsletter-box"><h2 class="newsletter-box__title">${ajNews[0]}</h2><h3 class="newsletter-box__name">${ajNews[1]}</h3><p>${ajNews[2]}</p>
<form><label for="nl-email">${ajNews[3]}</label><input id="nl-email" type="email"><button type="submit">${ajNews[4]}</button></form>
<p class="newsletter-box__terms">${ajNews[5]}</p></div></div>
<aside class="l-col l-col--4"><div class="most-read-container"><h2 class="most-read__heading">Most Read</h2><ol class="most-read-list">
${ajMost
  .map(
    (t) => `<li class="fte-featured-articles-list-item"><article class="gc gc--type-post"><h3
class="gc__title"><a><span>${t}</span></a></h3></article></li>`,
  )
  .join('\n')}
</ol></div>${ajAd(3)}</aside></main>
<footer class="site-footer"><div class="site-footer__columns">${ajFootHeads.map((h) => `<h2 class="site-footer__heading">${h}</h2>`).join('')}
<ul>${links(ajFoot, 'site-footer__item')}</ul></div><p class="site-footer__social-title">Follow Al Jazeera English:</p><p
class="site-footer__copyright">${ajCopy}</p>
</footer></div><script src="https://www.aljazeera.example/static/js/main.2f9c8a1.js" defer></script></body></html>`;
export const aljazeeraStory: TestPage = {
  name: 'heldout124-aljazeera-news',
  kind: 'news',
  html: ajHtml,
  // the italic subhead is body; the "Recommended Stories" list inside the wysiwyg body (with its h3s and screen-reader
  // count texts), topic labels, caption, listen player, ad labels, newsletter and rails are furniture; the author,
  // the date (with its screen-reader copy) and the "Source:" line are bylines
  title: ajTitle,
  headings: [ajH1, ajH2],
  body: texts([ajSub, ...ajP1, ...ajP2, ...ajP3]),
  bylines: ['By Nadia Ferreira', 'Published On 4 Nov 2025', '4 Nov 2025', 'Source: Al Jazeera and news agencies'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ajCookie, 'Skip links', 'Skip to Content', 'Al Jazeera', ...ajNav, 'More', ...ajMore, 'Live', 'Click here to search', ajTicker, ajTickerText,
    'Climate Crisis', ajCaption, 'Save', 'Click here to share on social media', 'share2', 'Listen to this article', '4 mins', 'Recommended Stories',
    'list of 4 items', ...ajRec, 'end of list', 'Advertisement', ...ajNews, 'Most Read', ...ajMost, ...ajFootHeads, ...ajFoot, 'Follow Al Jazeera English:',
    ajCopy,
  ])],
};
