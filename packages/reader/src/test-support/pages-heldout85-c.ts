import { links, type TestPage, texts } from './page-kit.js';
import { globeRelease } from './pages-heldout85-c2.js';

/**
 * Held-out batch 85, file c: an opinion column on the Al Jazeera English template, brand invented (the "Skip links", the
 * header nav with the "Live" link and the hidden mobile menu, the "Opinion" label above the headline, the italic standfirst,
 * the author block with the author's description, the "Published On" date with its screen-reader copy, the "Listen to this
 * article" player, the share bar, the "Recommended Stories" list inside the article body with its screen-reader "list of 3
 * items" / "end of list" texts, the closing "The views expressed in this article are the author's own" disclaimer paragraph
 * inside the body, the ad labels, the "Most Read" rail, the newsletter box and the footer) and, from file c2, a
 * GlobeNewswire-style press release.
 */
const ajTitle = 'Our cities keep building on floodplains. Then we act surprised when they flood';
const ajDek = 'Every flood is followed by promises of resilience. The real test is what planners approve in the dry years in between.';
const ajP1 = [
  'When the Sarun river rose through the eastern districts of Qadira last month, television crews found the same scene in street after ' +
    'street: new apartment blocks with their ground floors full of brown water, and car parks turned into lakes. Almost all of those ' +
    'buildings were approved in the past fifteen years. Almost all of them stand on land the city’s own 2006 flood map marks as high risk.',
  'I have spent twenty years studying how cities in our region grow, and I can say with some confidence that this was not bad luck. ' +
    'It was the predictable result of a planning system that treats flood maps as advice rather than as rules.',
];
const ajH1 = 'A map nobody has to follow';
const ajP2 = [
  'Qadira’s flood map is a good one. It was drawn by engineers who walked the riverbanks, and it has been updated twice. The problem is ' +
    'that nothing in the planning law requires a developer, or a council, to do anything with it. A project in a high-risk zone needs ' +
    'a drainage study, but the developer chooses who writes it and pays for it.',
  'In the eastern districts, 212 of the 240 large projects approved since 2010 went ahead with drainage studies that found the risk ' +
    'could be “managed” with raised car parks and pumps. The pumps failed within hours of the power going out.',
];
const ajH2 = 'Who pays when the water comes';
const ajP3 = [
  'The developers have long since sold the flats. The people who pay are the families who bought them, often with their savings, ' +
    'and the city, which will now spend public money on emergency repairs, compensation and new defences to protect buildings that ' +
    'should not have been built where they were.',
  'Insurers are already reacting. Two of the country’s largest no longer offer flood cover in parts of the eastern districts. When ' +
    'that spreads, the value of those homes will fall, and the households least able to absorb the loss will carry it.',
];
const ajH3 = 'What should change';
const ajP4 = ['None of this requires new science. It requires political will to do three things:'];
const ajList = [
  'Make the flood map binding, so that new homes cannot be approved in the highest-risk zones at all.',
  'Have drainage studies commissioned by the planning authority, not the developer, and publish them.',
  'Require sellers to tell buyers, in writing, when a property sits on mapped floodplain.',
];
const ajP5 = [
  'After every flood, ministers talk about resilience. They are right to. But resilience is not built in the week after a disaster; ' +
    'it is built, or lost, in hundreds of quiet planning decisions made in dry years. That is where the next flood is being decided now.',
];
const ajViews = 'The views expressed in this article are the author’s own and do not necessarily reflect Nahar News’ editorial stance.';
const ajAuthorDesc = 'Professor of urban planning at the University of Marrat';
const ajNav = ['News', 'Middle East', 'Explained', 'Opinion', 'Sport', 'Video', 'More'];
const ajRec = [
  'Thousands displaced as Sarun river floods eastern Qadira',
  'Can desert cities learn to live with rain?',
  'Insurers pull flood cover from parts of the capital',
];
const ajMost = [
  'Ceasefire talks resume in Harwan as aid convoys wait',
  'Photos: Qadira cleans up after worst floods in decades',
  'Why the price of bread has doubled in a year',
  'Football: Marrat City win first title since 1998',
];
const ajNews = [
  'Sign up for Nahar News',
  'Week in the Middle East',
  'Catch up on our coverage of the region, all in one place.',
  'E.g., janedoe@gmail.com',
  'Subscribe',
  'By signing up, you agree to our Privacy Policy',
];
const ajFoot = ['About', 'Our Channels', 'Code of Ethics', 'Terms and Conditions', 'Cookie Preferences', 'Sitemap', 'Work for us'];
const ajP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ajAd = `<div class="container--ads container--ads-mpu"><div class="ads-label">Advertisement</div><div id="dfp-ad-mpu" class="ads"></div></div>`;
const ajHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Our cities keep building on floodplains. Then we act surprised when they flood | Opinions | Nahar
News</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${ajDek}">
<meta property="og:title" content="${ajTitle}"><meta property="og:type" content="article"><meta name="pageType" content="Article">
<meta name="postLabel" content="Opinion"><meta name="primaryTag" content="Climate Crisis"><meta name="publishedDate" content="2025-11-04T10:30:12">
<link rel="canonical" href="https://www.naharnews.example/opinions/2025/11/4/our-cities-keep-building-on-floodplains">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"OpinionNewsArticle","headline":"${ajTitle}","author":{"@type":"Person",
"name":"Leila Haddad"},"datePublished":"2025-11-04T10:30:12Z","publisher":{"@type":"Organization","name":"Nahar News"}}</script>
<link rel="stylesheet" href="/_next/static/css/a62c1d9f0e4b.css"><script src="/_next/static/chunks/framework-2c5d7e.js" defer></script></head>
<body class="theme-default"><div id="__next"><div class="site-layout"><div class="skip-links"><a class="skip-link" href="#main-content-area">Skip to
Content</a><a class="skip-link" href="#featured-news-container">Skip to Featured Content</a></div>
<div class="container container--header"><header class="site-header"><div class="site-header__logo"><a href="/"><span class="screen-reader-text">Nahar
News</span></a></div><nav class="site-header__navigation" aria-label="Primary navigation menu"><ul class="menu header-menu">${links(ajNav, 'menu__item')}</ul>
</nav><div class="site-header__live-menu"><a class="live-link" href="/live/">Live</a></div><div class="site-header__search-trigger"><button
aria-label="Click here to search"><span class="screen-reader-text">Search</span></button></div><div class="mobile-menu" aria-hidden="true" hidden><ul>
${links(ajNav, 'mobile-menu__item')}</ul></div></header></div>
<div class="container container--white container--full-width"><main id="main-content-area" class="article-template"><header class="article-header">
<div class="article-header__tag article-header__tag--opinion"><a href="/opinion/"><span>Opinion</span></a></div>
<h1>${ajTitle}</h1><p class="article__subhead css-1wt8oh6"><em>${ajDek}</em></p></header>
<div class="article-info-block css-ti04u9"><div class="article-author"><div class="article-author-img-container"><img alt="Leila Haddad"
src="/wp-content/uploads/lh.jpg">
</div><div class="article-author-name"><div class="article-author-name-item"><a class="author-link" href="/author/leila-haddad">Leila Haddad</a></div>
<div class="article-author-description">${ajAuthorDesc}</div></div></div><div class="article-dates"><div class="date-simple css-1yjq2zp">
<span class="screen-reader-text">Published On 4 Nov 2025</span><span aria-hidden="true">4 Nov 2025</span></div></div>
<div class="article-info-block__share"><ul class="social-share"><li><button aria-label="facebook"><span class="screen-reader-text">Click here to share on
social media</span></button></li><li><button aria-label="twitter"></button></li><li><button aria-label="whatsapp"></button></li></ul></div></div>
<div class="article-audio-player"><button class="article-audio-player__button"><span>Listen to this article</span><span class="duration">5 min</span></button>
</div><div class="wysiwyg wysiwyg--all-content css-ibbk12" aria-live="polite" aria-atomic="true">
${ajP(ajP1)}
<div class="more-on"><h2 class="more-on__heading">Recommended Stories</h2><p class="screen-reader-text">list of 3 items</p><ul class="more-on__list">
${ajRec.map((t) => `<li class="more-on__item"><span class="screen-reader-text">list 1 of 3</span><a href="/news/x">${t}</a></li>`).join('\n')}</ul>
<p class="screen-reader-text">end of list</p></div>
<h2>${ajH1}</h2>
${ajP(ajP2)}
${ajAd}
<h2>${ajH2}</h2>
${ajP(ajP3)}
<h2>${ajH3}</h2>
${ajP(ajP4)}
<ul>${ajList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ajP(ajP5)}
<p><em>${ajViews}</em></p></div>
<div class="article-source"><span class="article-source__label">Source:</span> <span>Nahar News</span></div></main>
<aside class="article-trending-rail"><h2 class="section-title">Most Read</h2><ol class="article-trending">${links(ajMost, 'article-trending__item')}</ol>
${ajAd}</aside></div>
<div class="newsletter-box" id="newsletter-box"><div class="newsletter-box__title">${ajNews[0]}</div><h2 class="newsletter-box__heading">${ajNews[1]}</h2>
<p>${ajNews[2]}</p><form><input type="email" placeholder="${ajNews[3]}" aria-label="Email address"><span class="input-hint"
aria-hidden="true">${ajNews[3]}</span>
<button type="submit">${ajNews[4]}</button></form><p class="newsletter-box__terms">${ajNews[5]}</p></div>
<footer class="footer"><ul class="footer__menu">${links(ajFoot, 'footer__menu-item')}</ul><p class="site-footer__copyright">© 2025 Nahar News Media Network</p>
</footer></div></div><script id="__NEXT_DATA__" type="application/json">{"page":"/[...slug]","query":{"postType":"opinion"}}</script></body></html>`;
const naharOpinion: TestPage = {
  html: ajHtml,
  name: 'heldout85-aljazeera-style-opinion-column',
  kind: 'news',
  // the standfirst is body; the "Opinion" label, the author's description, the in-body "Recommended Stories" box and the closing
  // views disclaimer (an italic paragraph inside the body) are furniture; the author's name and the date are bylines
  title: ajTitle,
  headings: [ajH1, ajH2, ajH3],
  body: [ajDek, ...ajP1, ...ajP2, ...ajP3, ...ajP4, ...ajList, ...texts(ajP5)],
  bylines: ['Leila Haddad', 'Published On 4 Nov 2025', '4 Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Skip to Featured Content', 'Nahar News', ...ajNav, 'Live', 'Search', ajAuthorDesc, 'Click here to share on social media',
    'Listen to this article', '5 min', 'Recommended Stories', 'list of 3 items', 'list 1 of 3', ...ajRec, 'end of list', 'Advertisement', ajViews,
    'Source:', 'Most Read', ...ajMost, ...ajNews, ...ajFoot, '© 2025 Nahar News Media Network',
  ],
};

export const HELDOUT85_C: readonly TestPage[] = [naharOpinion, globeRelease];
