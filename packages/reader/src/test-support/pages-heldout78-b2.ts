import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 78, file b2: a Sky News story (the sdc header with "Watch Live" and the nav, the long title and sub-title,
 * author with role, date line, "Why you can trust Sky News", the share tools, the lead image with its hidden "Image:" prefix and
 * "Pic:" credit, ad labels, a "Read more:" paragraph of links inside the body, a video widget with the "Please use Chrome
 * browser..." note, the "Follow Sky News on WhatsApp" widget, "Related Topics", the "Most Read" rail and the footer).
 */
const skyTitle = 'Water company fined record £12m after sewage spills into protected estuary';
const skySub = 'Rennick Water admitted 14 offences after untreated waste flowed into the Carrow estuary for more than three years.';
const sky1 = [
  'A water company has been fined a record £12m after untreated sewage was allowed to pour into a protected estuary for more than three ' + 'years.',
  'Rennick Water pleaded guilty to 14 offences at Carrowbridge Crown Court, where a judge said the company had treated the Carrow estuary ' +
    '“as a convenient drain”.',
  'The court heard that faulty pumps at two treatment works caused storm overflows to discharge even in dry weather, when they are only ' +
    'meant to be used after heavy rain.',
  'Environment Agency investigators found the spills had gone on for 1,140 days in total, and that warnings from the firm’s own staff had ' + 'been ignored.',
];
const skyReadMore = ['Swimmers fall ill after sewage alert at popular beach', 'How much sewage is spilled near you? Use our interactive map'];
const skyH1 = '‘A long period of neglect’';
const sky2 = [
  'Sentencing, Judge Alison Farrant said the company had put profits before the health of a habitat that is home to rare seagrass beds and ' +
    'thousands of wading birds each winter.',
  '“This was not an accident or a single failure,” she said. “It was a long period of neglect, and the people who use this estuary, and ' +
    'the wildlife that depends on it, have paid the price.”',
  'The fine, which the company must pay within 28 days, is the largest handed to a water firm in a single prosecution, according to the ' + 'agency.',
];
const skyVideo = 'Oyster farmers on the Carrow say they lost whole seasons to the spills';
const skyH2 = 'Company ‘deeply sorry’';
const sky3 = [
  'In a statement, Rennick Water’s chief executive, Graham Toller, said the company was “deeply sorry” and had spent £30m replacing the ' +
    'pumps and fitting monitors to every overflow on the estuary.',
  '“We fell short of what our customers expect and what the law requires,” he said. “We accept the court’s decision in full.”',
  'Campaigners welcomed the penalty but said it should be followed by action against individual directors.',
  'Lucy Penhaligon, from the Carrow Estuary Watch group, said: “Oyster farmers lost whole seasons because of this. A fine paid for by ' +
    'bill payers will not change behaviour on its own.”',
  'The government said new rules coming into force next year would allow water company bosses to be <a href="/story/water-bonus-ban">' +
    'banned from receiving bonuses</a> after serious pollution incidents.',
];
const skyNav = ['Home', 'UK', 'Politics', 'World', 'US', 'Climate', 'Science & Tech', 'Business', 'Ents & Arts', 'Travel', 'Offbeat', 'Analysis', 'Videos'];
const skyCaption = 'The Carrow estuary is home to seagrass beds and oyster farms.';
const skyWhats = {
  title: 'Follow Sky News on WhatsApp',
  text: 'Keep up with all the latest news from the UK and around the world by following Sky News',
  cta: 'Tap here',
};
const skyTopics = ['Environment', 'Pollution', 'Water companies', 'Sewage'];
const skyMostRead = [
  'Cold weather alert issued as temperatures set to drop below freezing',
  'Man charged after dog stolen from outside village shop',
  'Chancellor under pressure over business rates plan',
];
const skyFoot = [
  'About Sky News',
  'About Us',
  'Sky News International',
  'Sky News Library Sales',
  'Site Map',
  'Editorial Guidelines',
  'Terms & Conditions',
  'Privacy & Cookies',
  'Privacy Options',
  'Accessibility',
  'Contact Us',
];
const skyAd = `<div class="sdc-site-au sdc-site-au--mpu" data-type="mpu" data-format="mpu"><div class="sdc-site-au__label">Advertisement</div>
<div class="sdc-site-au__slot"></div></div>`;
const skyHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${skyTitle} | UK News | Sky News</title>
<meta name="description" content="${skySub}"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${skyTitle}"><meta property="og:site_name" content="Sky News"><meta property="og:type" content="article">
<meta name="twitter:site" content="@SkyNews"><link rel="canonical" href="https://news.sky.com/story/rennick-water-fined-12m-13456789">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${skyTitle}",
"datePublished":"2025-11-03T14:22:00+0000","author":{"@type":"Person","name":"Anita Rowe"},"publisher":{"@type":"Organization","name":"Sky News"}}</script>
<script>window.sdc = window.sdc || {}; window.sdc.page = {"type":"story","id":"13456789","section":"uk"};</script>
<link rel="stylesheet" href="https://news.sky.com/resources/sdc/main.3b2a.css"></head>
<body class="sdc-site-layout--news"><div class="sdc-site-layout">
<a class="sdc-site-skip-link" href="#main">Skip to content</a>
<header class="sdc-site-header" data-component-name="sdc-site-header"><div class="sdc-site-header__wrap">
<a href="/" class="sdc-site-header__logo"><span class="sdc-site-header__logo-text">Sky News</span></a>
<a href="/watch-live" class="sdc-site-header__watch-live"><span>Watch Live</span></a>
<nav class="sdc-site-header__menu" aria-label="Primary"><ul class="sdc-site-header__menu-list">${links(skyNav, 'sdc-site-header__menu-item')}</ul>
</nav></div></header>
<main id="main" class="sdc-site-layout__col1">
<div class="sdc-article-header sdc-article-header--story" data-component-name="sdc-article-header"><div class="sdc-article-header__wrap">
<div class="sdc-article-header__main"><div class="sdc-article-header__titles"><h1 class="sdc-article-header__title">
<span class="sdc-article-header__long-title">${skyTitle}</span></h1><p class="sdc-article-header__sub-title">${skySub}</p></div>
<div class="sdc-article-header__byline"><div class="sdc-article-author"><p class="sdc-article-author__byline">
<a class="sdc-article-author__link" href="/author/anita-rowe">Anita Rowe</a>, <span class="sdc-article-author__role">environment correspondent</span></p></div>
<div class="sdc-article-date"><p class="sdc-article-date__date-time">Monday 3 November 2025 14:22, UK</p></div>
<div class="sdc-article-header__trust"><a href="/info/editorial-guidelines" class="sdc-article-trust-link">Why you can trust Sky News</a></div></div></div>
<div class="sdc-article-header__media"><div class="sdc-article-image"><figure class="sdc-article-image__figure">
<div class="sdc-article-image__wrapper"><img class="sdc-article-image__item" src="https://e3.365dm.com/25/11/1600x900/skynews-carrow-estuary_6712345.jpg"
alt="Carrow estuary"></div><figcaption class="ui-media-caption"><span class="u-hide-visually">Image:</span>
<span class="ui-media-caption__caption-text">${skyCaption} Pic: PA</span></figcaption></figure></div></div></div></div>
<div class="sdc-article-tools"><div class="sdc-article-tools__share"><span class="sdc-article-tools__label">Share</span><ul class="sdc-article-tools__list">
<li><a href="#" class="sdc-article-tools__item--facebook"><span class="u-hide-visually">Share on Facebook</span></a></li>
<li><a href="#" class="sdc-article-tools__item--twitter"><span class="u-hide-visually">Share on X</span></a></li>
<li><a href="#" class="sdc-article-tools__item--email"><span class="u-hide-visually">Share by email</span></a></li></ul></div></div>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead" data-component-name="ui-article-body">
${ps(sky1.slice(0, 2))}
${skyAd}
${ps(sky1.slice(2))}
<p><strong>Read more:</strong><br><a href="/story/swimmers-ill-13451122">${skyReadMore[0]}</a><br>
<a href="/story/sewage-map-13400871">${skyReadMore[1]}</a></p>
<h3>${skyH1}</h3>
${ps(sky2)}
<div class="sdc-article-widget sdc-site-video" data-component-name="sdc-site-video" data-account-id="6058004172001">
<div class="sdc-site-video__content"><button class="sdc-site-video__play" aria-label="Play Video">Play Video</button></div>
<div class="sdc-site-video__accessibility-message"><p>Please use Chrome browser for a more accessible video player</p></div>
<span class="sdc-site-video__caption">${skyVideo}</span></div>
<h3>${skyH2}</h3>
${ps(sky3.slice(0, 3))}
${skyAd}
${ps(sky3.slice(3, 4))}
<div class="sdc-article-widget callfn-widget" data-widget="whatsapp"><a href="https://whatsapp.com/channel/0029VaSkyNews" class="callfn-widget__link">
<span class="callfn-widget__title">${skyWhats.title}</span></a><p class="callfn-widget__text">${skyWhats.text}</p>
<a href="https://whatsapp.com/channel/0029VaSkyNews" class="callfn-widget__cta">${skyWhats.cta}</a></div>
${ps(sky3.slice(4))}
</div>
<div class="sdc-article-related-topics"><h4 class="sdc-article-related-topics__heading">Related Topics</h4>
<ul class="sdc-article-related-topics__list">${links(skyTopics, 'sdc-article-related-topics__item')}</ul></div></main>
<aside class="sdc-site-layout__col2"><div class="sdc-site-component-top-stories"><h2 class="sdc-site-component-header__heading">Most Read</h2>
<ol>${links(skyMostRead)}</ol></div>${skyAd}</aside>
<footer class="sdc-site-footer"><ul class="sdc-site-footer__list">${links(skyFoot, 'sdc-site-footer__item')}</ul>
<p class="sdc-site-footer__copyright">© 2025 Sky UK</p></footer></div>
<script src="https://news.sky.com/resources/sdc/main.3b2a.js" defer></script></body></html>`;
export const skyNewsStory: TestPage = {
  html: skyHtml,
  name: 'heldout78-sky-news-news',
  kind: 'news',
  // the sub-title is body; the "Read more:" paragraph of links inside the body, the video widget (button, Chrome note, caption),
  // the WhatsApp widget, the hidden "Image:" prefix, the caption with its "Pic: PA" credit, ad labels, topics, rail and footer
  // are furniture; the author's role is part of the byline
  title: skyTitle,
  headings: [skyH1, skyH2],
  body: [skySub, ...sky1, ...sky2, ...texts(sky3)],
  bylines: ['Anita Rowe', 'environment correspondent', 'Monday 3 November 2025 14:22, UK'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sky News', 'Watch Live', ...skyNav, 'Why you can trust Sky News', 'Image:', `${skyCaption} Pic: PA`, 'Share',
    'Share on Facebook', 'Share on X', 'Share by email', 'Advertisement', 'Read more:', ...skyReadMore, 'Play Video',
    'Please use Chrome browser for a more accessible video player', skyVideo, skyWhats.title, skyWhats.text, skyWhats.cta, 'Related Topics',
    ...skyTopics, 'Most Read', ...skyMostRead, ...skyFoot, '© 2025 Sky UK',
  ],
};
