import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout708-kit.js';

/**
 * Held-out batch 708, file a: a travel-section story on a news site running Brightspot in the style of CNN Travel (editor's
 * note, read time, source cite inside the first paragraph, image components with captions and credits, an inline related
 * article, ad slots with "Ad Feedback"), and a restaurant review on a regional paper using Gannett's USA Today network template
 * (label, byline with the paper's name, published and updated lines, gallery embed, newsletter promo, "If you go" lines, critic
 * note at the end).
 */
const mTitle = 'On Vessa, the last ferry leaves when the tide says so';
const mSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        '<cite class="source__cite"><span class="source__location">Vessa, Skerrow Islands</span> <span class="source__text">(Meridian)</span> — </cite>At',
        '6:40 on a gray Tuesday morning, the harbor master on Vessa chalks a single number on the board outside the ferry shed: 17:55.',
        'That is when the Hallin, a 40-car ferry built in 1988, will make its last crossing of the day to the mainland, not because a',
        'timetable says so, but because the tide does.',
      ),
      j(
        'Vessa is one of the few inhabited islands left in northern Europe where a scheduled ferry still runs on a tide table instead',
        'of a clock. The channel between the island and the port of Brenholm is so shallow at low water that the Hallin, which draws',
        'just under three meters, can only cross for about four hours either side of high tide.',
      ),
      j(
        '“People ask for the timetable and I give them the tide table,” says Aud Kessling, who has run the ferry office for 22 years.',
        '“Once they understand that, they stop worrying.”',
      ),
    ],
  ],
  [
    'A timetable that moves every day',
    [
      j(
        'The crossing takes 35 minutes and the fare is 14 krona for foot passengers, 60 with a car. Departures shift by roughly 50',
        'minutes a day, following the moon, so the first boat can leave anywhere between 5 a.m. and noon depending on the week.',
      ),
      j(
        'Islanders plan their lives around it. The school on the mainland sends Vessa’s 11 children home early on days when the',
        'afternoon tide is low, and the island’s only shop, run by the Dahlberg family, takes deliveries at whatever hour the ferry',
        'lands.',
      ),
      j(
        'For visitors, the rhythm takes some getting used to. Kessling’s advice: print the week’s tide table, which the ferry office',
        'posts online every Sunday, and never plan to catch the last boat. “If you miss it, you are staying the night. There is no',
        'other way off.”',
      ),
    ],
  ],
  [
    'What to do on the island',
    [
      j(
        'Vessa is about nine kilometers long and mostly heath, with a ring road that takes two hours to walk. Most visitors come for',
        'the birds: the cliffs at Skarvnes hold one of the largest puffin colonies in the archipelago from May to early August, and a',
        'wooden hide on the headland is open to anyone.',
      ),
      j(
        'The old pilot station at the north end has been turned into a small museum of the island’s shipping history, open',
        'afternoons in summer. Inside, a brass tide clock from 1911 still shows the state of the water in the channel, and Kessling',
        'admits she checks it more often than her phone.',
      ),
      j(
        'There is one place to eat, the Rökeriet, a former fish smokehouse that serves smoked mackerel on rye, fish soup and cardamom',
        'buns from a counter by the quay. It opens an hour before each departure and closes when the ferry leaves.',
      ),
    ],
  ],
  [
    'Where to stay',
    [
      j(
        'Accommodation is limited to six rooms at the Vessa Gästgiveri, a 19th-century inn by the harbor, and a campsite with 20',
        'pitches behind the church. Both fill up early in the puffin season, and the inn asks guests to book their ferry before',
        'their room.',
      ),
      j(
        '“We get people who arrive at 9 p.m. because their app told them there was a boat,” says innkeeper Jonas Fält. “There',
        'wasn’t. Now we send everyone the tide table with their booking.”',
      ),
    ],
  ],
  [
    'Will it last?',
    [
      j(
        'The ferry’s future has been debated for more than a decade. A causeway was proposed in 2014 and dropped after a local vote,',
        'and the regional transport authority has since promised to keep the Hallin running until at least 2032, when it will need',
        'replacing.',
      ),
      j(
        'A new electric ferry with a shallower hull is in the regional budget for 2030. If it is built, it could cross at any state',
        'of the tide, and Vessa would get a normal timetable for the first time in its history.',
      ),
      j(
        'Not everyone on the island thinks that is progress. “The tide keeps the island quiet,” Kessling says. “The day you can leave',
        'whenever you like is the day people stop coming here to slow down.”',
      ),
    ],
  ],
];
const mNav = ['World', 'Travel', 'Destinations', 'Food & Drink', 'Stay', 'Style', 'Video'];
const mShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'];
const mMore = [
  'The slow ferries of the northern fjords, ranked',
  'A lighthouse keeper’s cottage you can rent for a week',
  'Why travelers are choosing night trains again',
];
const mFoot = ['Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts'];
const mPara = (p: string): string =>
  `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">\n${p}\n</p>`;
const mImage = (caption: string, credit: string, src: string): string => `<div data-component-name="image" class="image image__hide-placeholder">
<div class="image__container"><picture class="image__picture"><img src="https://media.meridian.example/api/v1/images/stellar/prod/${src}.jpg?q=w_1160"
alt="${caption}" class="image__dam-img" loading="lazy"></picture></div>
<div class="image__metadata"><div itemprop="caption" class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">
${caption}</span></div><figcaption class="image__credit">${credit}</figcaption></div></div>`;
const mSection = ([h, paras]: [string, string[]]): string =>
  `${
    h === ''
      ? ''
      : `<h2 class="subheader" data-editable="text" data-component-name="subheader" id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">\n${h}\n</h2>\n`
  }${paras.map(mPara).join('\n')}`;
const mAd = `<div class="ad-slot-dynamic ad-slot-dynamic--in-article" data-unselectable="true"><div class="ad-slot-header__wrapper">
<div class="ad-slot-header__text">Advertisement</div></div><div class="ad-slot__ad-wrapper"><div id="ad_mod_51a2" class="ad"></div></div>
<div class="ad-feedback-link-container"><div class="ad-feedback-link"><button class="ad-feedback-link__label">Ad Feedback</button></div></div></div>`;
const mHtml = `<!DOCTYPE html>
<html lang="en" data-uri="meridian.example/_pages/clx8v1p4r000f3b6k2travel@published"
data-layout-uri="meridian.example/_layouts/layout-with-rail/instances/travel@published">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vessa island ferry runs on a tide table, not a clock | Meridian Travel</title>
<meta name="description" content="On the island of Vessa, the ferry to the mainland still follows the tide instead of a timetable.">
<link rel="canonical" href="https://www.meridian.example/travel/vessa-island-tide-ferry"><meta property="og:type" content="article">
<meta property="og:title" content="${mTitle}"><meta property="og:site_name" content="Meridian">
<meta property="og:image" content="https://media.meridian.example/api/v1/images/stellar/prod/vessa-ferry-hallin.jpg?c=16x9">
<meta name="author" content="Ilse Marrow"><meta name="section" content="travel"><meta name="type" content="article">
<meta property="article:published_time" content="2027-03-06T09:00:00.000Z"><meta name="meta-section" content="travel">
<link rel="stylesheet" href="/media/sites/meridian/travel.5f2c1e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2027-03-06T09:00:00.000Z","author":[{"@type":"Person","name":"Ilse Marrow"}],
"publisher":{"@type":"Organization","name":"Meridian","logo":{"@type":"ImageObject","url":"https://www.meridian.example/logo.png"}},
"isAccessibleForFree":true}</script>
<script>window.MERIDIAN = window.MERIDIAN || {}; MERIDIAN.pageType = "article"; MERIDIAN.contentModel = {"section":"travel","subsection":"destinations",
"branding":"slow-road","wordCount":712,"adPath":"/meridian/travel/destinations"};</script>
<script src="/js/meridian/ads/wrapper.3c91.js" async></script></head>
<body class="layout layout-with-rail layout__travel" data-page-type="article">
<a class="skip-link" href="#maincontent">Skip to main content</a>
<div class="header__wrapper-outer"><header class="header header--travel" data-editable="header" data-component-name="header">
<div class="header__container"><a class="brand-logo" href="https://www.meridian.example/travel" aria-label="Meridian Travel logo"><svg
aria-hidden="true"></svg></a>
<nav class="header__nav" aria-label="Sections"><ul class="header__nav-items">${links(mNav, 'header__nav-item')}</ul></nav>
<div class="header__right"><a class="header__subscribe-button" href="/subscribe">Subscribe</a>
<button class="header__user-account-button" type="button">Sign in</button>
<button class="header__search-button" aria-label="Search" type="button"><svg aria-hidden="true"></svg></button></div></div></header></div>
<div class="ad-slot-header"><div class="ad-slot-header__wrapper"><div class="ad-slot-header__text">Advertisement</div></div></div>
<div class="layout__content-wrapper layout-with-rail__content-wrapper">
<section class="layout__top layout-with-rail__top" data-editable="top">
<div class="headline headline--has-lowertext" data-component-name="headline">
<div class="headline__wrapper"><h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">
${mTitle}
</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline byline--with-images vossi-byline" data-component-name="byline"><div class="byline__images">
<img class="byline__image" src="https://media.meridian.example/api/v1/images/stellar/prod/ilse-marrow.jpg?c=1x1" alt="Ilse Marrow"></div>
<div class="byline__names">By <span class="byline__name">Ilse Marrow</span>, Meridian</div></div>
<div class="headline__sub-description"><div class="vossi-byline__read-time">6 min read</div>
<div class="timestamp vossi-timestamp">Published 4:00 AM EST, Sat March 6, 2027</div></div></div>
<div class="headline__social-share"><div class="social-share social-share--expanded" data-component-name="social-share">
${mShare.map((t) => `<button class="social-share__button" type="button"><span class="social-share__label">${t}</span></button>`).join('\n')}</div></div>
</div></div></div></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main layout-with-rail__main" data-editable="main">
<article class="article__main" data-component-name="article">
<div class="image__lede article__lede-wrapper" data-editable="lede">${mImage(
  'The Hallin approaches the harbor on Vessa at high water. The ferry can only cross the channel for about four hours either side of high tide.',
  'Ilse Marrow/Meridian',
  'vessa-ferry-hallin',
)}</div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
<div class="editor-note" data-component-name="editor-note"><p class="editor-note__text"><em>Editor’s Note: Sign up for Meridian Travel’s Slow Road
newsletter, our weekly guide to unhurried trips by rail, ferry and on foot.</em></p></div>
${mSection(mSecs[0] ?? ['', []])}
${mSection(mSecs[1] ?? ['', []])}
${mAd}
<div class="related-content related-content--article" data-component-name="related-content"><a href="/travel/slow-ferries-northern-fjords-ranked"
class="related-content__link"><div class="related-content__image"><img src="https://media.meridian.example/fjord-ferry.jpg?c=16x9" alt=""></div>
<div class="related-content__content"><span class="related-content__label">Related article</span>
<span class="related-content__headline-text">The slow ferries of the northern fjords, ranked</span></div></a></div>
${mSection(mSecs[2] ?? ['', []])}
${mImage('Puffins nest on the cliffs at Skarvnes from May to early August.', 'Henrik Saal/Lumen Stock', 'skarvnes-puffins')}
${mSection(mSecs[3] ?? ['', []])}
${mAd}
${mSection(mSecs[4] ?? ['', []])}
<div class="footnote" data-component-name="footnote"><p class="footnote__text"><em>Top image: The Hallin ferry leaving Brenholm for Vessa.</em></p></div>
</div></div></article>
<div class="related-content__wrapper"><h2 class="container__title-text">More from Meridian Travel</h2><ul class="container__field-links">
${links(mMore, 'container__item')}</ul></div></section>
<section class="layout__right layout-with-rail__right" data-editable="right"><div class="ad-slot-rail">
<div class="ad-slot-header__wrapper"><div class="ad-slot-header__text">Advertisement</div></div></div>
<div class="newsletter-signup" data-component-name="newsletter-signup"><h3 class="newsletter-signup__title">Slow Road</h3>
<p class="newsletter-signup__description">Unhurried trips by rail, ferry and on foot, every Thursday.</p>
<form><label class="newsletter-signup__label" for="nl">Email address</label><input id="nl" type="email"><button type="submit">Sign me up</button></form>
<p class="newsletter-signup__legal">By subscribing you agree to our privacy policy.</p></div></section></section></div>
<footer class="footer" data-component-name="footer"><div class="footer__inner"><a class="footer__logo" href="/" aria-label="Meridian logo"></a>
<ul class="footer__links">${links(mFoot, 'footer__link')}</ul>
<p class="footer__copyright-text">© 2027 Meridian. All Rights Reserved. Meridian Sans ™ &amp; © 2026 Meridian Media Group.</p></div></footer>
<div id="onetrust-consent-sdk" data-nosnippet="true"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to run this site, measure how it is used and show you
personalised ads.</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Preferences</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></body></html>`;
const meridian: TestPage = gold({
  name: 'heldout708-brightspot-vessa-ferry',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mSecs.slice(1).map(([h]) => h),
  body: texts(mSecs.flatMap(([, p]) => p)),
  bylines: ['By Ilse Marrow, Meridian', '6 min read', 'Published 4:00 AM EST, Sat March 6, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mNav, 'Subscribe', 'Sign in', 'Advertisement', ...mShare,
    'The Hallin approaches the harbor on Vessa at high water. The ferry can only cross the channel for about four hours either side of high tide.',
    'Ilse Marrow/Meridian',
    'Editor’s Note: Sign up for Meridian Travel’s Slow Road newsletter, our weekly guide to unhurried trips by rail, ferry and on foot.',
    'Ad Feedback', 'Related article', 'Puffins nest on the cliffs at Skarvnes from May to early August.', 'Henrik Saal/Lumen Stock',
    'Top image: The Hallin ferry leaving Brenholm for Vessa.', 'More from Meridian Travel', ...mMore, 'Slow Road',
    'Unhurried trips by rail, ferry and on foot, every Thursday.', 'Email address', 'Sign me up', 'By subscribing you agree to our privacy policy.',
    ...mFoot, '© 2027 Meridian. All Rights Reserved. Meridian Sans ™ & © 2026 Meridian Media Group.',
    'We use cookies and similar technologies to run this site, measure how it is used and show you personalised ads.', 'Manage Preferences',
    'Accept All Cookies',
  ],
});

const gTitle = 'Review: At Ember and Salt, a wood fire does most of the talking';
const gIntro = [
  j(
    'Ember and Salt has been open on Canal Street since December, and I have eaten there three times. On each visit, the best',
    'thing on the table had spent some time in the fire.',
  ),
  j(
    'The restaurant, from chef Dominic Arroyave and his sister Lucía, who runs the dining room, took over the old Hartwell',
    'Hardware building and kept most of it: the tin ceiling, the long oak counter, the rolling ladders that once reached the',
    'drawers of screws and hinges. The new thing is a wood-fired hearth at the back, about eight feet wide, that cooks almost',
    'everything on the menu.',
  ),
];
const gOrder = [
  j(
    'Start with the bread. It comes out blistered from the hearth with whipped beef-fat butter and a little pile of flaky salt,',
    'and at $7 it is the best value on the menu. The grilled oysters ($18 for six) are finished with chili butter and charred',
    'lemon and disappear fast.',
  ),
  j(
    'Of the larger plates, the half chicken ($29) is the one I keep thinking about. It is brined for a day, roasted over oak and',
    'served on a slice of bread that soaks up the drippings, with a sharp salad of bitter greens on the side. The pork chop ($34)',
    'was just as good on my second visit and slightly overdone on my third.',
  ),
  j(
    'Vegetables get the same attention. Whole carrots roasted in the coals come with a yogurt sauce and toasted hazelnuts, and',
    'the leeks vinaigrette, cooked until the outside is black and then peeled, were the dish my guests argued over.',
  ),
  'My picks, if you go with two or three people:',
];
const gPicks = [
  'Hearth bread with beef-fat butter, $7',
  'Grilled oysters with chili butter, $18',
  'Coal-roasted carrots with yogurt and hazelnuts, $14',
  'Half chicken over oak, $29',
  'Burnt honey tart, $11',
];
const gBetter = [
  j(
    'Not everything works. A fish stew on my first visit was under-seasoned and lukewarm, and the desserts, apart from a very',
    'good burnt honey tart, feel like an afterthought.',
  ),
  j(
    'The room is loud. With hard floors and a full house, conversation across a table for four takes some effort, and the',
    'booths along the wall are the quieter choice. Ask for one when you book.',
  ),
];
const gBottom = j(
  'Ember and Salt is not cheap (dinner for two with a bottle of wine came to about $160 before tip), but it is the most confident',
  'new restaurant in Tollbridge in years, and the hearth alone is worth the drive from Harlan City.',
);
const gGo = [
  'Where: 412 Canal St., Tollbridge',
  'Hours: 5-10 p.m. Tuesday-Saturday; closed Sunday and Monday',
  'Prices: small plates $7-$18, large plates $26-$48',
  'Reservations: recommended on weekends, through the restaurant’s website',
];
const gHeads = ['What to order', 'What could be better', 'The bottom line'];
const gNav = ['News', 'Sports', 'Things to Do', 'Restaurants', 'Opinion', 'Obituaries', 'E-Edition', 'Legals'];
const gFoot = [
  'About Us',
  'Newsroom Staff',
  'Contact Us',
  'Accessibility',
  'Our Ethical Principles',
  'Terms of Service',
  'Your Privacy Choices',
  'Site Map',
  'Subscription Terms & Conditions',
];
const gMore = ['Three bakeries are opening in Tollbridge this spring', 'The 12 best burgers in Harlan County, according to readers'];
const gP = (t: string): string => `<p class="gnt_ar_b_p">${t}</p>`;
const gH2 = (t: string): string => `<h2 class="gnt_ar_b_h2">${t}</h2>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ember and Salt review: wood-fired cooking on Canal Street in Tollbridge</title>
<meta name="description" content="Our critic ate three times at Ember and Salt, the wood-fired restaurant in the old Hartwell Hardware building.">
<link rel="canonical" href="https://www.tollbridgeledger.com/story/entertainment/dining/2027/03/05/ember-and-salt-review-tollbridge/78123456007/">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Tollbridge Ledger"><meta property="og:title" content="${gTitle}">
<meta property="og:image" content="https://www.tollbridgeledger.com/gcdn/authoring/images/2027/03/03/PTBL/78123001007-ember-salt-hearth.jpg">
<meta name="twitter:site" content="@tollbridgeledger"><meta property="article:published_time" content="2027-03-05T10:02:00Z">
<link rel="stylesheet" href="/gcdn/presto/2027/03/01/PTBL/styles-9c2a.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","dateModified":"2027-03-05T14:40:00Z",
"datePublished":"2027-03-05T10:02:00Z","author":[{"@type":"Person","name":"Mara Okafor","jobTitle":"Dining critic"}],
"publisher":{"@type":"Organization","name":"The Tollbridge Ledger"},"isPartOf":{"@type":["CreativeWork","Product"],"name":"The Tollbridge Ledger"}}</script>
<script>window.gnt_aq = window.gnt_aq || []; var gnt_cfg = {"ssts":"entertainment/dining","contentId":"78123456007","topic":"restaurant-review",
"paywall":{"type":"metered","left":2},"ads":{"zone":"ptbl/entertainment/dining"}};</script></head>
<body class="gnt_pr" data-ssts="entertainment/dining">
<a class="gnt_sk" href="#mainContentSection">Skip to main content</a>
<header class="gnt_n" aria-label="Header"><div class="gnt_n_lg"><a class="gnt_n_lg_a" href="/" aria-label="The Tollbridge Ledger logo"></a></div>
<nav class="gnt_n_mn" aria-label="Main navigation">${gNav
  .map((t) => `<a class="gnt_n_mn_l" href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`)
  .join('')}</nav>
<div class="gnt_n_us"><a class="gnt_n_us_a gnt_n_us_a__sub" href="/subscribe/">Subscribe</a><a class="gnt_n_us_a" href="/signin/">Sign In</a></div>
<div class="gnt_n_nw" aria-label="Network">Part of the NATION TODAY NETWORK</div></header>
<aside class="gnt_flp" aria-label="advertisement"><div class="gnt_flp_a"></div></aside>
<main class="gnt_cw" id="mainContentSection"><article class="gnt_pr">
<a class="gnt_ar_lbl" href="/entertainment/dining/">DINING</a>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">${gTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/5541207001/mara-okafor/"><img class="gnt_ar_by_a_img"
src="/gcdn/authoring/images/staff/okafor.jpg" alt="">Mara Okafor</a></div>
<div class="gnt_ar_by_t">The Tollbridge Ledger</div>
<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. ET March 5, 2027 Updated: 9:40 a.m. ET March 5, 2027">Published 5:02 a.m. ET March 5, 2027<br>Updated
9:40 a.m. ET March 5, 2027</div>
<div class="gnt_ss" aria-label="Share"><button class="gnt_ss_fb" aria-label="Share on Facebook"></button><button class="gnt_ss_tw"
aria-label="Share on X"></button><button class="gnt_ss_em" aria-label="Email"></button><button class="gnt_ss_sh">Share</button></div>
<figure class="gnt_em gnt_em__fp gnt_em_img" aria-label="Image"><img class="gnt_em_img_i" alt="The hearth at Ember and Salt"
src="https://www.tollbridgeledger.com/gcdn/authoring/images/2027/03/03/PTBL/78123001007-ember-salt-hearth.jpg?width=660">
<figcaption class="gnt_em_img_ccw" data-c-caption="Chef Dominic Arroyave tends the hearth at Ember and Salt on Canal Street.">Chef Dominic Arroyave
tends the hearth at Ember and Salt on Canal Street.<span class="gnt_em_img_ccw_cr">Priya Dunmore/The Tollbridge Ledger</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article" data-gnt-article-body="">
${gIntro.map(gP).join('\n')}
<aside class="gnt_em gnt_em__ad gnt_em__el" aria-label="advertisement"><div class="gnt_em__ad_l">Advertisement</div></aside>
${gP(
  j(
    '<strong>More dining news:</strong> <a href="/story/entertainment/dining/2027/02/20/tollbridge-bakeries-opening-spring/">Three bakeries',
    'are opening in Tollbridge this spring</a>',
  ),
)}
${gH2(at(gHeads, 0))}
${gOrder.map(gP).join('\n')}
<ul class="gnt_ar_b_ul">${lis(gPicks, 'gnt_ar_b_ul_li')}</ul>
<div class="gnt_em gnt_em_gl" aria-label="Gallery"><a class="gnt_em_gl_a" href="/picture-gallery/entertainment/dining/2027/03/05/ember-and-salt/78124/">
<div class="gnt_em_gl_t">Photos: Inside Ember and Salt, Tollbridge’s new wood-fired restaurant</div><div class="gnt_em_gl_c">14 Photos</div>
<span class="gnt_em_gl_cta">View Gallery</span></a></div>
${gH2(at(gHeads, 1))}
${gBetter.map(gP).join('\n')}
<aside class="gnt_em gnt_em_nl" aria-label="Newsletter signup"><div class="gnt_em_nl_t">Hungry for more?</div>
<div class="gnt_em_nl_d">Get the week’s restaurant news and reviews from The Tollbridge Ledger every Thursday.</div>
<button class="gnt_em_nl_b">Sign Up</button></aside>
${gH2(at(gHeads, 2))}
${gP(gBottom)}
${gP('<strong>Ember and Salt</strong>')}
${gGo.map((t) => gP(t.replace(/^(\w+:)/, '<strong>$1</strong>'))).join('\n')}
${gP(
  j(
    '<em>Mara Okafor is the dining critic of The Tollbridge Ledger. She visits restaurants unannounced and the Ledger pays for her meals.',
    'Reach her at mokafor@tollbridgeledger.com.</em>',
  ),
)}
</div>
<div class="gnt_sb" aria-label="Subscribe"><p class="gnt_sb_t">Support local journalism. Subscribe to The Tollbridge Ledger for just $1 for 6 months.</p>
<a class="gnt_sb_b" href="/subscribe/">Subscribe Now</a></div></article>
<aside class="gnt_rr" aria-label="More stories"><h3 class="gnt_rr_h">More Food</h3><ul>${links(gMore, 'gnt_rr_li')}</ul>
<div class="gnt_rr_ad"><div class="gnt_em__ad_l">Advertisement</div></div></aside></main>
<footer class="gnt_f"><nav class="gnt_f_nv" aria-label="Footer">${gFoot
  .map((t) => `<a class="gnt_f_nv_a" href="/${t.length}/">${t.replace(/&/g, '&amp;')}</a>`)
  .join('\n')}</nav>
<p class="gnt_f_cr">© 2027 www.tollbridgeledger.com. All rights reserved.</p></footer></body></html>`;
const gannett: TestPage = gold({
  name: 'heldout708-gannett-ember-salt-review',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, ...gOrder, ...gPicks, ...gBetter, gBottom, 'Ember and Salt', ...gGo]),
  bylines: ['Mara Okafor', 'The Tollbridge Ledger', 'Published 5:02 a.m. ET March 5, 2027', 'Updated 9:40 a.m. ET March 5, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...gNav, 'Subscribe', 'Sign In', 'Part of the NATION TODAY NETWORK', 'DINING', 'Share',
    'Chef Dominic Arroyave tends the hearth at Ember and Salt on Canal Street.', 'Priya Dunmore/The Tollbridge Ledger', 'Advertisement',
    'More dining news: Three bakeries are opening in Tollbridge this spring',
    'Photos: Inside Ember and Salt, Tollbridge’s new wood-fired restaurant', '14 Photos', 'View Gallery', 'Hungry for more?',
    'Get the week’s restaurant news and reviews from The Tollbridge Ledger every Thursday.', 'Sign Up',
    j(
      'Mara Okafor is the dining critic of The Tollbridge Ledger. She visits restaurants unannounced and the Ledger pays for her meals.',
      'Reach her at mokafor@tollbridgeledger.com.',
    ),
    'Support local journalism. Subscribe to The Tollbridge Ledger for just $1 for 6 months.', 'Subscribe Now', 'More Food', ...gMore, ...gFoot,
    '© 2027 www.tollbridgeledger.com. All rights reserved.',
  ],
});

export const HELDOUT708_A: readonly TestPage[] = [meridian, gannett];
