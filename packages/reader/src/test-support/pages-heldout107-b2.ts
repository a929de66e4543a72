import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 107, file b2: an Al Jazeera story (the header with its menu, "Live", "Show more" and the hidden search and
 * sign-in, the breaking-news ticker, the topics line, the italic subhead, the author block and the date with its screen-reader
 * duplicate, "Click here to share on social media" and "Save", the featured image caption, the "Recommended Stories" list
 * inserted inside the body with its screen-reader "list of 4 items" / "end of list" texts, "Source: Al Jazeera", the
 * "Advertisement" slots, the "Most Read" rail, the OneTrust banner and the footer).
 */
const ajTitle = 'Drought forces herders in Kaduna Plains to sell cattle at record low prices';
const ajDek = 'Three failed rainy seasons have left pastures bare and water points dry, pushing families to sell the animals they live on.';
const ajP1 = [
  'Before dawn on a Tuesday, Ibrahim Sule walked 14 of his cattle into the livestock market at Gidan Rafi, hoping to sell five. By noon he had ' +
    'sold all 14, for less than half of what they would have fetched two years ago.',
  '“If I take them home, they die on the way or they die in the village,” the 52-year-old said, pointing at the animals’ ribs. “At least this ' +
    'way my children eat this month.”',
  'Across the plains, herders say a third failed rainy season in a row has left them with little choice. Grazing land that once stayed green ' +
    'until December was bare by August, and many of the seasonal ponds cattle depend on have dried out completely.',
];
const ajH1 = 'Prices collapse';
const ajP2 = [
  'Traders at Gidan Rafi said the number of animals brought to the market had roughly doubled since September, while buyers from the cities in ' +
    'the south had become more cautious.',
  'A healthy bull that sold for about 600,000 naira last year now goes for 250,000 or less, according to Musa Danjuma, who has bought cattle at ' +
    'the market for 20 years. Thinner animals sell for much less.',
  '“Everybody is selling at the same time, so nobody wants to pay,” he said. “The ones who can wait will get a better price, but most cannot wait.”',
  'The regional livestock association estimates that herders in the area have lost about a quarter of their animals this year, through deaths ' +
    'and forced sales.',
];
const ajH2 = 'Few options left';
const ajP3 = [
  'Some families have begun moving south in search of pasture, a journey that can bring them into conflict with farmers over land and water.',
  'Aid groups say support has been slow to arrive. Halima Bello, a coordinator with a local relief organisation, said a programme to buy cattle ' +
    'from herders at fair prices and distribute the meat to hungry families had reached only four villages because of a lack of funds.',
  '“These people are not asking for charity. They are asking for water and for time,” she said.',
  'The state government said it had drilled 30 new boreholes this year and was working with federal authorities on a feed subsidy, but gave no ' +
    'date for when it would begin.',
  'Back at the market, Sule counted his money twice before folding it into his shirt. He said he would keep his last three cows near the house ' +
    'and hope for rain in April.',
  '“My father told me about a drought like this when he was a boy,” he said. “He said it ended. I am waiting to see if he was right.”',
];
const ajNav = [
  'News',
  'Middle East',
  'Africa',
  'Asia',
  'US & Canada',
  'Latin America',
  'Europe',
  'Asia Pacific',
  'Features',
  'Economy',
  'Opinion',
  'Video',
  'Sport',
];
const ajTicker = ['Breaking', 'Flooding in coastal cities forces thousands from their homes'];
const ajTopics = ['News', 'Climate Crisis'];
const ajDate = '12 Nov 2025';
const ajCaption = 'Herders bring cattle to the livestock market at Gidan Rafi [Amina Yusuf/Al Jazeera]';
const ajRec = [
  'Why cattle herders and farmers keep clashing over land',
  'Photos: The long walk to water in a dry season',
  'How climate change is rewriting the calendar of the Sahel',
  'Food prices jump as harvests fail for a second year',
];
const ajMost = [
  'Ceasefire talks resume as mediators push for deal',
  'Protesters gather outside parliament for a third night',
  'Why the price of cocoa keeps rising',
  'Stranded migrants rescued off the coast after five days',
];
const ajCookie =
  'We and our partners process data to provide: Use precise geolocation data. Actively scan device characteristics for identification. Store ' +
  'and/or access information on a device.';
const ajFoot = [
  'About',
  'About Us',
  'Code of Ethics',
  'Terms and Conditions',
  'EU/EEA Regulatory Notice',
  'Privacy Policy',
  'Cookie Policy',
  'Cookie Preferences',
  'Sitemap',
  'Work for us',
  'Contact Us',
  'User Accounts Help',
  'Advertise with us',
  'Our Channels',
];
const ajCopy = '© 2025 Al Jazeera Media Network';
const ajBody = (a: readonly string[]): string => ps(a);
const ajAd = `<div class="container--ads container--ads-leaderboard-after-fold"><div class="ads-label">Advertisement</div>
<div id="dfp-ad-mpu1" class="ads"></div></div>`;
const ajMostItem = (t: string, i: number): string =>
  `<li><span class="numbered-list-item">${i + 1}</span><a href="/news/2025/11/12/${i}"><span>${t}</span></a></li>`;
const ajHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${ajTitle} | Climate Crisis News | Al Jazeera</title>
<meta name="description" content="${ajDek}"><meta property="og:title" content="${ajTitle}"><meta property="og:site_name" content="Al Jazeera">
<meta name="pageType" content="Article Page"><meta name="postLabel" content=""><meta name="primaryTag" content="Climate Crisis">
<link rel="canonical" href="https://www.aljazeera.com/news/2025/11/12/drought-forces-herders-to-sell-cattle-at-record-low-prices">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ajTitle}","datePublished":"2025-11-12T06:50:31Z",
"dateModified":"2025-11-12T06:50:31Z","author":{"@type":"Person","name":"Amina Yusuf","url":"https://www.aljazeera.com/author/amina_yusuf"},
"publisher":{"@type":"Organization","name":"Al Jazeera"}}</script>
<link rel="stylesheet" href="/static/css/main.8b1c3f2a.css"></head>
<body class="single-post"><div id="root"><div class="site-header-container"><div class="site-header" role="banner">
<a class="skip-link" href="#main-content-area">Skip to Content</a><a class="site-logo" href="/" aria-label="Al Jazeera"><svg></svg></a>
<nav class="site-header__navigation" aria-label="Primary Navigation Menu"><ul class="menu header-menu">${links(ajNav, 'menu__item menu__item--aje')}
<li class="menu__item menu__item--show-more"><button class="show-more-button" aria-expanded="false">Show more</button></li></ul></nav>
<div class="site-header__live-menu"><a href="/live/" class="live-link">Live</a></div>
<div class="site-header__search-trigger"><button aria-label="Click here to search"><span class="screen-reader-text">Search</span></button></div>
<div class="site-header__account" hidden><a href="/signin">Sign in</a></div></div>
<div class="breaking-news-banner" role="alert"><span class="breaking-news-banner__label">${ajTicker[0]}</span>
<a class="breaking-news-banner__link" href="/news/liveblog/2025/11/12/flooding">${ajTicker[1]}</a></div></div>
<div class="container container--white container--white-header"><main id="main-content-area" class="article-page">
<header class="article-header"><div class="article-info-block"><div class="topics"><a href="/news/">${ajTopics[0]}</a><span>|</span>
<a href="/tag/climate-crisis/">${ajTopics[1]}</a></div></div><h1>${ajTitle}</h1>
<p class="article__subhead css-1wt8oh6"><em>${ajDek}</em></p></header>
<div class="article-b-l"><div class="article-author"><div class="article-author-name"><span class="article-author-name-item">By
<a class="author-link" href="/author/amina_yusuf">Amina Yusuf</a></span></div></div>
<div class="article-dates"><div class="date-simple css-1yjq2zp"><span class="screen-reader-text">Published On ${ajDate}</span>
<span aria-hidden="true">${ajDate}</span></div></div>
<div class="article-share"><button class="article-share__button" aria-label="Click here to share on social media">
<span class="screen-reader-text">Click here to share on social media</span></button><div class="article-share__list" hidden><ul>
${links(['facebook', 'twitter', 'whatsapp', 'copylink'], 'article-share__item')}</ul></div>
<button class="article-save" data-testid="save-article-button" aria-label="Save"><span>Save</span></button></div></div>
<div class="article-featured-image"><figure class="article-featured-image"><div class="responsive-image"><img loading="lazy"
src="/wp-content/uploads/2025/11/cattle-market.jpg?resize=770%2C513&amp;quality=80" alt="Cattle at market"></div>
<figcaption>${ajCaption}</figcaption></figure></div>
<div class="wysiwyg wysiwyg--all-content css-ibbk12" aria-live="polite" aria-atomic="true">
<p>Kaduna Plains – ${ajP1[0]}</p>
${ajBody(ajP1.slice(1, 2))}
<div class="more-on"><aside class="more-on css-1b1wc2p" aria-label="More on"><h2 class="more-on__heading">Recommended Stories</h2>
<span class="screen-reader-text">list of 4 items</span><ul class="more-on__list">
${ajRec.map((t, i) => `<li class="more-on__item"><a href="/news/2025/10/${i}/story"><span>${t}</span></a></li>`).join('\n')}
</ul><span class="screen-reader-text">end of list</span></aside></div>
${ajBody(ajP1.slice(2))}
<h2>${ajH1}</h2>
${ajBody(ajP2.slice(0, 2))}
${ajAd}
${ajBody(ajP2.slice(2))}
<h2>${ajH2}</h2>
${ajBody(ajP3)}
</div>
<div class="article-source">Source: Al Jazeera</div>
</main>
<aside class="sidebar-container"><div class="most-read-container"><h2 class="most-read-container__heading">Most Read</h2>
<ol>${ajMost.map(ajMostItem).join('\n')}</ol></div>
<div class="container--ads"><div class="ads-label">Advertisement</div></div></aside></div>
<footer class="footer" role="contentinfo"><div class="footer-menu">
<div class="footer-menu__item"><h2>About</h2><ul>${links(ajFoot.slice(1, 6))}</ul></div>
<div class="footer-menu__item"><h2>Connect</h2><ul>${links(ajFoot.slice(6))}</ul></div></div>
<p class="footer__copyright">${ajCopy}</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="alertdialog" aria-describedby="onetrust-policy-text"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your Privacy</h2><div id="onetrust-policy-text">${ajCookie}</div></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Manage Preferences</button></div></div></div>
<script src="/static/js/main.bc2f14e1.js" defer></script></body></html>`;
export const aljazeeraStory: TestPage = {
  html: ajHtml,
  name: 'heldout107-aljazeera-news',
  kind: 'news',
  // the italic subhead is body (a dek); the place name and dash opening the first paragraph are a dateline (byline) and
  // that paragraph's body text starts after them; the "Source:" line, author and dates are bylines
  title: ajTitle,
  headings: [ajH1, ajH2],
  body: texts([ajDek, ...ajP1, ...ajP2, ...ajP3]),
  bylines: ['Kaduna Plains –', 'Amina Yusuf', `Published On ${ajDate}`, 'Source: Al Jazeera'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...ajNav, 'Show more', 'Live', 'Search', 'Sign in', ...ajTicker, 'Climate Crisis', 'Click here to share on social media', 'Save',
    ajCaption, 'Recommended Stories', 'list of 4 items', ...ajRec, 'end of list', 'Advertisement', 'Most Read', ...ajMost, 'Connect', ...ajFoot, ajCopy,
    'Your Privacy', ajCookie, 'Accept All', 'Reject All', 'Manage Preferences',
  ],
};
