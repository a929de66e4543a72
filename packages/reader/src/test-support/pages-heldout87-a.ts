import { links, type TestPage, texts } from './page-kit.js';
import { tvStationStory } from './pages-heldout87-a2.js';

/**
 * Held-out batch 87, file a: a news story on an Al Jazeera English-shaped site (skip links, the header menu with its hidden
 * sub-menus, the topic and location labels above the h1, the subhead, the lead image with its credit in brackets, the byline
 * and "Published On" date, the "Listen to this article" player, the share bar and "Save" button, an inline "Recommended
 * Stories" list with its screen-reader "list of 3 items" texts inside the article body, ad slots, the "Source:" line, the
 * newsletter sign-up, the "Most Read" rail, the OneTrust consent banner and the footer) and, from file a2, a US regional TV
 * station story on an Arc XP template.
 */
const ajTitle = 'Fishers block port road as Marsa Tiyar lagoon closes for expansion';
const ajSubhead =
  'Hundreds of small-boat crews say a dredging ban will cost them their season, as the government insists the new terminal will ' + 'create 4,000 jobs.';
const ajP1 = [
  'Hundreds of fishers blocked the main road into the port of Marsa Tiyar on Thursday, parking pick-up trucks loaded with nets ' +
    'across both lanes to protest against the closure of the lagoon where most of them have worked for generations.',
  'The Ministry of Transport ordered the lagoon closed to small boats from November 1 so that dredgers can deepen the channel for ' +
    'a new container terminal, a project officials say will double the port’s capacity by 2028.',
  '“They are taking the sea from us and telling us it is for our own good,” said Yunis Hadrami, 54, who has fished the lagoon since ' +
    'he was 12. “Nobody asked us. We read about it on a notice nailed to the harbour office door.”',
  'Police watched from a distance and did not intervene. By the afternoon, lorries bound for the port were backed up for nearly six ' +
    'kilometres along the coast road, according to a local traffic official.',
];
const ajH1 = 'Compensation ‘too little, too late’';
const ajP2 = [
  'The government has offered each registered boat owner a monthly payment of 1,800 dinars (about $590) for the expected 14 months ' +
    'of dredging. Fishers’ representatives say the sum covers barely a third of what a boat earns in a good month, and that hundreds ' +
    'of crew members who do not own boats are not covered at all.',
  '“A boat feeds four or five families, not one,” said Salma Ouerdi, who heads the <a href="/tag/marsa-tiyar">Marsa Tiyar</a> ' +
    'Fishers’ Cooperative. “The owner gets a cheque and the men who haul the nets get nothing.”',
  'Deputy Transport Minister Kamal Benyoussef told reporters in the capital that the compensation scheme was “generous by any ' +
    'regional standard” and that the ministry was willing to meet cooperative leaders next week.',
  '“This terminal will bring 4,000 permanent jobs to a province where one young person in three is unemployed,” he said. “We ' +
    'understand the fishers’ concerns, but we cannot stop a national project for one lagoon.”',
];
const ajH2 = 'Fears for the fish nurseries';
const ajP3 = [
  'Environmental groups have also raised concerns. The lagoon’s seagrass beds are a nursery for sea bream and cuttlefish, and a ' +
    '2023 study by researchers at the University of Sidi Amar found that they supply young fish to fishing grounds along 80km of coast.',
  'The port authority says an environmental assessment was completed last year and that sediment screens will limit damage to the ' +
    'seagrass. The assessment has not been made public.',
  '“If the nurseries go, it is not only Marsa Tiyar that loses,” said marine biologist Nadia Ferjani. “Every harbour from here to ' +
    'the border will feel it within three or four years.”',
  'The cooperative said the blockade would continue until the ministry agreed to a written timetable for reopening the lagoon and ' +
    'extended compensation to crew members.',
];
const ajSkip = ['Skip links', 'Skip to Content', 'Skip to Featured Content', 'Skip to Content Feed'];
const ajNav = ['News', 'Middle East', 'Africa', 'Explained', 'Opinion', 'Sport', 'Video'];
const ajMore = ['Features', 'Economy', 'Human Rights', 'Climate Crisis', 'Investigations', 'In Pictures', 'Science & Technology', 'Podcasts'];
const ajCaption = 'Fishers park their trucks across the coast road into Marsa Tiyar on Thursday [Amine Slimani/Nakhla]';
const ajRec = [
  'Drought pushes olive growers to sell family land in the north',
  'Why the new ferry link has split two island towns',
  'Photos: Night markets return to the old port after a decade',
];
const ajNews = [
  'Sign up for Nakhla',
  'Africa Coverage Newsletter',
  'Elections, climate, business and culture from across the continent, delivered to your inbox every week.',
  'E-mail address',
  'Subscribe',
  'By signing up, you agree to our Privacy Policy',
  'protected by reCAPTCHA',
];
const ajMostRead = [
  'Court suspends mining licences in the eastern highlands',
  'Live: Heavy rain floods low-lying districts of the capital',
  'Central bank holds rates as bread prices climb',
  'Thousands march for teachers’ pay in three cities',
];
const ajCookie = [
  'You rely on Nakhla for truth and transparency',
  'We and our partners use cookies and similar technologies to personalise content, measure traffic and show you relevant ads. ' +
    'You can accept all, reject all or choose which ones we may use.',
];
const ajFootAbout = ['About Us', 'Code of Ethics', 'Terms and Conditions', 'EU/EEA Regulatory Notice', 'Privacy Policy', 'Cookie Policy'];
const ajFootMore = ['Cookie Preferences', 'Sitemap', 'Work for us', 'Contact Us', 'Advertise with us', 'Newsletters', 'Channel Finder'];
const ajFootMore2 = ['TV Schedule', 'Submit a Tip', 'Nakhla Arabic', 'Nakhla Balkans'];
const ajFootHeads = ['About', 'Connect', 'Our Channels', 'Our Network', 'Follow Nakhla English:'];
const ajPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ajListItem = (t: string, i: number): string => `<li class="more-on__li"><p class="screen-reader-text">list ${i + 1} of 3</p>
<article class="gc u-clickable-card gc--type-post gc--list gc--with-image"><div class="gc__content"><div class="gc__header-wrap">
<h3 class="gc__title"><a class="u-clickable-card__link" href="/news/2025/11/${i}"><span>${t}</span></a></h3></div></div></article></li>`;
const ajMostItem = (t: string, i: number): string =>
  `<li class="most-read-list__item"><span class="most-read-list__number">${i + 1}</span><a href="/news/mr-${i}">${t}</a></li>`;
const ajAd = (n: number): string => `<div class="container--ads container--ads-mpu-${n} ads-mpu-desktop"><div class="ads__label">Advertisement</div>
<div id="dfp-ad-mpu${n}" class="ads ads--mpu" data-unit="/87323/aj-english/news/africa" data-sizes="[[300,250]]"></div></div>`;
const ajHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${ajTitle} | Protests News | Nakhla</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${ajSubhead}">
<meta property="og:type" content="article"><meta property="og:title" content="${ajTitle}"><meta property="og:site_name" content="Nakhla">
<meta name="pageType" content="Article"><meta name="postLabel" content=""><meta name="where" content="Marsa Tiyar">
<meta name="topics" content="Protests, Economy, Environment"><meta name="publishedDate" content="2025-11-13T15:21:44">
<link rel="canonical" href="https://www.nakhla.example/news/2025/11/13/fishers-block-port-road-as-marsa-tiyar-lagoon-closes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ajTitle}",
"datePublished":"2025-11-13T15:21:44Z","dateModified":"2025-11-13T15:40:02Z","author":[{"@type":"Person","name":"Leila Mansour",
"url":"https://www.nakhla.example/author/leila_mansour"}],"publisher":{"@type":"Organization","name":"Nakhla"},"isAccessibleForFree":true}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"articleId":"3810231","contentType":"post","primaryTopic":"Protests"});</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="b7d2a1e4" async></script>
<link rel="stylesheet" href="/static/css/main.7c1e0a.css"></head>
<body class="single-post" data-post-type="post"><div id="root"><div class="container container--header">
<div class="skip-links"><p class="screen-reader-text">${ajSkip[0]}</p><a class="skip-links__link" href="#main-content-area">${ajSkip[1]}</a>
<a class="skip-links__link" href="#featured-news-container">${ajSkip[2]}</a><a class="skip-links__link" href="#news-feed-container">${ajSkip[3]}</a></div>
<div class="site-header-container"><header class="site-header"><div class="site-header__logo"><a href="/" aria-label="Nakhla homepage">
<svg class="site-logo" viewBox="0 0 70 42"><title>Nakhla</title></svg></a></div>
<nav class="site-header__navigation" aria-label="Primary navigation menu"><ul class="menu header-menu">
${ajNav.map((t) => `<li class="menu__item menu__item--aje"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"><span>${t}</span></a></li>`).join('\n')}
<li class="menu__item menu__item--has-submenu"><button class="menu__button" aria-expanded="false"><span>More</span></button>
<ul class="menu menu--submenu" aria-hidden="true">${links(ajMore, 'menu__item')}</ul></li></ul></nav>
<div class="site-header__live-menu"><a class="live-button" href="/live/"><span class="live-button__label">Live</span></a></div>
<div class="site-header__search-trigger"><button class="search-trigger" aria-label="Click here to search"><span class="screen-reader-text">Search</span>
</button></div></header></div></div>
<div class="container container--white"><main id="main-content-area" class="article-page">
<header class="article-header"><div class="article-info-block"><div class="topics"><a class="topics__link" href="/news/">News</a><span
class="topics__sep">|</span><a class="topics__link" href="/tag/protests/">Protests</a></div></div><h1>${ajTitle}</h1>
<p class="article__subhead css-1wt8oh6"><em>${ajSubhead}</em></p></header>
<div class="article-featured-image"><div class="responsive-image"><img loading="lazy" src="/wp-content/uploads/2025/11/blockade.jpg?w=770"
alt="Trucks block a coastal road"></div><figcaption>${ajCaption}</figcaption></div>
<div class="article-info-block css-ti04u9"><div class="article-author"><div class="article-author-name"><span class="article-author-name__by">By</span>
<span class="article-author-name-item"><a class="author-link" href="/author/leila_mansour">Leila Mansour</a></span></div></div>
<div class="article-dates"><div class="date-simple css-1yjq2zp"><span class="screen-reader-text">Published On 13 Nov 2025</span>
<span aria-hidden="true">13 Nov 2025</span></div></div>
<div class="article-audio-player"><button class="audio-player__play" aria-label="play"><span>Listen to this article</span></button>
<span class="audio-player__duration">4 mins</span></div>
<div class="article-share"><ul class="share-list"><li><button class="share-list__button" aria-label="facebook"><span class="screen-reader-text">Click here
to share on
social media</span></button></li><li><button class="share-list__button" aria-label="twitter"></button></li><li><button class="share-list__button"
aria-label="whatsapp"></button></li></ul><button class="article-bookmark" aria-label="Save articles to read later"><span>Save</span></button></div></div>
<div class="wysiwyg wysiwyg--all-content css-1vkfgk0" aria-live="polite" aria-atomic="true">
${ajPs(ajP1.slice(0, 2))}
<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><p class="screen-reader-text">list of 3 items</p><ul class="more-on__list">
${ajRec.map(ajListItem).join('\n')}</ul><p class="screen-reader-text">end of list</p></div>
${ajPs(ajP1.slice(2))}
${ajAd(1)}
<h2>${ajH1}</h2>
${ajPs(ajP2)}
${ajAd(2)}
<h2>${ajH2}</h2>
${ajPs(ajP3)}
</div>
<div class="article-source"><p>Source: Nakhla and news agencies</p></div>
<div class="newsletter-signup newsletter-signup--article"><div class="newsletter-signup__header"><h2 class="newsletter-signup__title">${ajNews[0]}</h2>
<p class="newsletter-signup__subtitle">${ajNews[1]}</p><p class="newsletter-signup__description">${ajNews[2]}</p></div>
<form class="newsletter-signup__form"><label for="nl-email" class="newsletter-signup__label">${ajNews[3]}</label><input id="nl-email" type="email">
<button type="submit" class="button button--primary">${ajNews[4]}</button></form><p class="newsletter-signup__legal">${ajNews[5]}</p>
<div class="newsletter-signup__recaptcha"><span>${ajNews[6]}</span></div></div></main>
<aside class="sidebar"><section class="most-read-container"><h2 class="section-title">Most Read</h2><ol class="most-read-list">
${ajMostRead.map(ajMostItem).join('\n')}
</ol></section></aside></div>
<footer class="footer"><div class="footer__inner"><div class="footer-menu"><h2 class="footer-menu__heading">${ajFootHeads[0]}</h2><ul>
${links(ajFootAbout, 'footer-menu__item')}</ul></div><div class="footer-menu"><h2 class="footer-menu__heading">${ajFootHeads[1]}</h2><ul>
${links(ajFootMore, 'footer-menu__item')}</ul></div><div class="footer-menu"><h2 class="footer-menu__heading">${ajFootHeads[2]}</h2><ul>
${links(ajFootMore2, 'footer-menu__item')}</ul></div><div class="footer-menu"><h2 class="footer-menu__heading">${ajFootHeads[3]}</h2></div>
<div class="footer__social"><p class="footer__social-title">${ajFootHeads[4]}</p></div>
<p class="footer__copyright">© 2025 Nakhla Media Network</p></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<h2 id="onetrust-policy-title">${ajCookie[0]}</h2><p id="onetrust-policy-text">${ajCookie[1]}</p><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All</button></div></div></div></div>
<script src="/static/js/main.7c1e0a.js" defer></script></body></html>`;
const nakhla: TestPage = {
  html: ajHtml,
  name: 'heldout87-aljazeera-news',
  kind: 'news',
  // the subhead is body; the topic labels, the lead-image caption with its credit, the inline "Recommended Stories" list and
  // its screen-reader texts, ad labels and the "Source:" line are furniture
  title: ajTitle,
  headings: [ajH1, ajH2],
  body: [ajSubhead, ...texts(ajP1), ...texts(ajP2), ...texts(ajP3)],
  bylines: ['By Leila Mansour', 'Published On 13 Nov 2025', '13 Nov 2025', '4 mins'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ajSkip, ...ajNav, 'More', ...ajMore, 'Live', 'Search', 'Protests', ajCaption, 'Listen to this article', 'Click here to share on social media',
    'Save', 'Recommended Stories', 'list of 3 items', 'list 1 of 3', 'list 2 of 3', 'list 3 of 3', ...ajRec, 'end of list', 'Advertisement',
    'Source: Nakhla and news agencies', ...ajNews, 'Most Read', ...ajMostRead, ...ajFootHeads, ...ajFootAbout, ...ajFootMore, ...ajFootMore2,
    '© 2025 Nakhla Media Network', ...ajCookie, 'Cookies Settings', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT87_A: readonly TestPage[] = [nakhla, tvStationStory];
