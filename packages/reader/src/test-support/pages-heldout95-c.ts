import { type TestPage, texts } from './page-kit.js';
import { apStory } from './pages-heldout95-c2.js';

/**
 * Held-out batch 95, file c: a CNN science story as cnn.com serves it (the header ad with "Ad Feedback", the header nav
 * with "Watch", "Listen", "Live TV", "Subscribe" and "Sign in", the account menu, the headline block with byline images,
 * "By ..., CNN", the read time and "Updated" timestamp, the article content opening with the italic Wonder Theory newsletter
 * paragraph and the `cite.source__cite` location dateline, paragraphs, a subheader, image blocks with caption and credit, a
 * "Related article" card, dynamic ad slots, the "contributed to this report" line, the paid partner rail, the footer with
 * its repeated section lists and the OneTrust banner) and, from file c2, an AP News story.
 */
const cnTitle = 'Astronomers find a planet that takes 1,200 years to orbit its star';
const cnPromo =
  'Sign up for CNN’s Wonder Theory science newsletter. Explore the universe with news on fascinating discoveries, scientific advancements and more.';
const cnP1 = [
  'Astronomers have spotted a giant planet circling its star so slowly that a single year there lasts about 1,200 Earth years, the longest orbit ' +
    'ever measured for a planet found by the transit method.',
  'The planet, known as KRT-88 b, is about three times the mass of Jupiter and sits roughly 110 times farther from its star than Earth does from ' +
    'the sun. It was found because it passed in front of the star in 2021, dimming its light by just under 1% for nine days.',
  '“Catching a transit like this is a bit like standing at a railway crossing where the train comes once every thousand years,” said Dr. Lucía ' +
    'Ferrer, an astronomer at the Valdera Institute of Astrophysics in Spain and lead author of a study published Wednesday in the journal ' +
    'Astronomy Letters. “We were very lucky to be looking.”',
];
const cnH1 = 'A lucky shadow';
const cnP2 = [
  'Most of the roughly 6,000 planets confirmed outside our solar system were found by watching for these small dips in starlight. But the method ' +
    'favors planets that orbit close to their stars, because they pass in front of them often.',
  'The team first noticed the dip in archived data from a survey telescope that monitors about 200,000 bright stars. Only one transit was visible, ' +
    'so the astronomers used measurements of the star’s slight wobble, collected over 14 years at observatories in Chile and the Canary Islands, ' +
    'to estimate the planet’s mass and orbit.',
  'The star itself, KRT-88, is slightly cooler than the sun and lies about 390 light-years from Earth in the constellation Cepheus.',
];
const cnH2 = 'Cold and far away';
const cnP3 = [
  'At that distance from its star, the planet is likely to be frozen, with a cloud-top temperature of around minus 220 degrees Celsius (minus 364 ' +
    'degrees Fahrenheit), the researchers estimate.',
  'Planets this far out are thought to form differently from those closer in, and finding more of them could help scientists test ideas about ' +
    'how giant planets such as Jupiter and Saturn came to be where they are.',
  '“Every time we find one of these distant giants, it adds a data point to a part of the map that is almost empty,” said Dr. Kenji Mori, a ' +
    'planetary scientist at the University of Hokkaido who was not involved in the study.',
  'The next transit of KRT-88 b is not expected until the 33rd century. Instead, the team hopes to photograph the planet directly with the ' +
    'Extremely Large Telescope, which is due to begin observations later this decade.',
];
const cnCredit = 'CNN’s Marta Velasco contributed to this report.';
const cnNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather'];
const cnHead = ['Watch', 'Listen', 'Live TV', 'Subscribe', 'Sign in'];
const cnAcct = ['My Account', 'Settings', 'Newsletters', 'Topics you follow', 'Sign out', 'Your CNN account', 'Sign in to your CNN account'];
const cnCap1 = 'An artist’s illustration shows a cold gas giant far from its host star.';
const cnCred1 = 'M. Kornmesser/Valdera Institute of Astrophysics';
const cnCap2 = 'The survey telescope that recorded the planet’s transit sits on a mountain in the Atacama Desert.';
const cnCred2 = 'Javier Soto/AFP/Getty Images';
const cnRel = 'Scientists spot the faintest galaxy ever seen from the early universe';
// biome-ignore format: packed
const cnPaid = [
  'Paid Partner Content', 'The smart way to pay off credit card debt in 2025', 'LendWise', 'Seniors are switching to this hearing aid', 'AudioPeak',
  'This $40 gadget keeps your phone cool in the sun', 'TechDeals Daily',
];
// biome-ignore format: packed
const cnFoot = [
  'Terms of Use', 'Privacy Policy', 'Manage Cookies+', 'Ad Choices', 'Accessibility & CC', 'About', 'Newsletters', 'Transcripts', 'Help Center',
];
const cnCopy = '© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.';
const cnSans = 'CNN Sans ™ & © 2016 Cable News Network.';
const cnCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and ' +
  'assist in our marketing efforts.';
const cnPara = (t: string): string =>
  `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text" data-article-gutter="true">\n${t}\n</p>`;
const cnSub = (t: string): string => `<h2 class="subheader inline-placeholder vossi-subheader" data-component-name="subheader" data-editable="text">${t}</h2>`;
const cnImg = (cap: string, cred: string, id: string): string => `<div data-uri="cms.cnn.com/_components/image/instances/${id}@published" class="image
image__hide-placeholder" data-image-variation="image" data-component-name="image" data-editable="settings"><div class="image__container"
data-image-variation="image"><picture class="image__picture"><img src="https://media.cnn.com/api/v1/images/stellar/prod/${id}.jpg?q=w_1110,c_fill"
alt="${cap}" class="image__dam-img" height="624" width="1110" loading="lazy"></picture></div><div class="image__metadata"><div itemprop="caption"
class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">${cap}</span></div><figcaption class="image__credit">${cred}
</figcaption></div></div>`;
const cnAd = (n: number): string => `<div class="ad-slot-dynamic ad-slot-dynamic__wrapper" data-ad-slot-index="${n}"><div class="ad-slot-dynamic__content"
id="ad_mod_${n}"></div><div class="ad-feedback-link-container"><div class="ad-feedback-link"><button class="ad-feedback-link__label">Ad Feedback</button>
</div></div></div>`;
const cnList = (items: readonly string[], cls: string): string =>
  `<ul class="${cls}">${items.map((t) => `<li class="${cls}-item"><a href="/${t.toLowerCase()}">${t.replace(/&/g, '&amp;')}</a></li>`).join('')}</ul>`;
const cnHtml = `<!DOCTYPE html>
<html lang="en" data-uri="cms.cnn.com/_pages/clx9-krt88@published" data-layout-uri="cms.cnn.com/_layouts/layout-with-rail/instances/science-article"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Astronomers find a planet that takes 1,200 years to
orbit its star | CNN</title><meta name="description" content="Astronomers have spotted a giant planet whose year lasts about 1,200 Earth years.">
<meta property="og:title" content="${cnTitle}"><meta property="og:type" content="article"><meta name="author" content="Priya Nair">
<meta name="meta-section" content="science"><meta property="article:published_time" content="2025-10-01T15:03:11.402Z">
<link rel="canonical" href="https://www.cnn.com/2025/10/01/science/krt-88b-long-orbit-planet"><script type="application/ld+json">{"@context":
"https://schema.org","@type":"NewsArticle","headline":"${cnTitle}","datePublished":"2025-10-01T15:03:11.402Z","dateModified":"2025-10-02T10:12:40.118Z",
"author":[{"@type":"Person","name":"Priya Nair","url":"https://www.cnn.com/profiles/priya-nair"}],"publisher":{"@type":"Organization","name":"CNN"}}</script>
<script>window.CNN = window.CNN || {}; CNN.contentModel = {"pageType":"article","section":"science","edition":"domestic"};</script>
<link rel="stylesheet" href="/media/sites/cnn/cnn-fonts-v2.css"></head>
<body class="layout layout-with-rail__body" data-page-type="article"><div class="layout__wrapper layout-with-rail__wrapper">
<div class="ad-slot-header"><div class="ad-slot-header__wrapper" id="ad_bnr_atf_01"></div><div class="ad-feedback-link-container"><div
class="ad-feedback-link"><button class="ad-feedback-link__label">Ad Feedback</button></div></div></div>
<header class="header" data-editable="header" data-analytics-aggregate-events="true"><div class="header__container"><div class="header__left">
<button class="header__menu-icon" aria-label="Open Menu Icon" data-testid="header-menu-icon"></button><a class="brand-logo" href="https://www.cnn.com"
data-link-type="logo"><svg aria-label="CNN logo" viewBox="0 0 240 240"></svg></a><nav class="header__nav"
aria-label="Header Nav">${cnList(cnNav, 'header__nav-item')}
</nav></div><div class="header__right"><a class="header__watch" href="/videos">${cnHead[0]}</a><a class="header__listen" href="/audio">${cnHead[1]}</a>
<a class="header__live-tv" href="/live-tv">${cnHead[2]}</a><button class="header__search-icon" aria-label="Search Icon"></button><div
class="user-account-nav"><a class="user-account-nav__subscribe-button" href="/subscription">${cnHead[3]}</a><button class="user-account-nav__login-button">
${cnHead[4]}</button><div class="user-account-nav__menu" hidden><ul>${cnAcct
  .slice(0, 5)
  .map((t) => `<li><a href="/account/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul><p class="user-account-nav__title">${cnAcct[5]}</p><a href="/account/log-in">${cnAcct[6]}</a></div></div></div></div></header>
<section class="layout__top layout-with-rail__top"><div class="headline headline--has-lowertext" data-editable="headline"><div class="headline__wrapper">
<div class="headline__sub-container"><h1 data-editable="headlineText" class="headline__text inline-placeholder vossi-headline-text" id="maincontent">
${cnTitle}</h1></div><div class="headline__footer"><div class="headline__byline-sub-text"><div class="byline vossi-byline" data-editable="byline">
<div class="byline__images"><img class="byline__image" src="https://media.cnn.com/api/v1/images/stellar/prod/priya-nair.jpg" alt="Priya Nair"></div>
<div class="byline__names vossi-byline__names"><span class="byline__by">By </span><a class="byline__link" href="/profiles/priya-nair"><span
class="byline__name">Priya Nair</span></a><span class="byline__sub-text">, CNN</span></div></div><div class="headline__sub-description">
<div class="vossi-headline-read-time">5 min read</div><div class="timestamp vossi-timestamp" data-editable="settings">Updated 6:12 AM EDT, Thu October 2,
2025</div></div></div></div></div></div></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main-wrapper layout-with-rail__main-wrapper"><section
class="layout__main layout-with-rail__main"><main class="article__main"><div class="article__content-container"><div class="article__content"
data-editable="content" itemprop="articleBody" data-reorderable="content">
${cnPara(`<em>${cnPromo}</em>`)}
<div class="source inline-placeholder" data-editable="source"><cite class="source__cite"><span class="source__location" data-editable="location">Lisbon
</span><span class="source__text" data-editable="source">CNN</span></cite>&nbsp;—&nbsp;</div>
${cnP1.map(cnPara).join('\n')}
${cnImg(cnCap1, cnCred1, 'krt88b-artist-illustration')}
${cnSub(cnH1)}
${cnP2.slice(0, 2).map(cnPara).join('\n')}
${cnAd(1)}
<div class="related-content related-content--article" data-component-name="related-content"><a href="/2025/08/12/science/faintest-galaxy"
class="related-content__link">
<div class="related-content__image"><img src="https://media.cnn.com/api/v1/images/stellar/prod/galaxy.jpg" alt=""></div><div class="related-content__content">
<span class="related-content__label">Related article</span><h3 class="related-content__headline"><span class="related-content__headline-text">${cnRel}</span>
</h3></div></a></div>
${cnP2.slice(2).map(cnPara).join('\n')}
${cnImg(cnCap2, cnCred2, 'survey-telescope-atacama')}
${cnSub(cnH2)}
${cnP3.slice(0, 2).map(cnPara).join('\n')}
${cnAd(2)}
${cnP3.slice(2).map(cnPara).join('\n')}
${cnPara(`<em>${cnCredit}</em>`)}
</div></div></main></section></section>
<section class="layout__right-rail layout-with-rail__right-rail"><div class="ad-slot-rail" id="ad_rect_atf_01"></div></section></section>
<section class="layout__bottom layout-with-rail__bottom"><div class="zone zone--t-light" data-zone-label="Paid Partner Content"><div class="zone__title">
<h2 class="zone__title-text">${cnPaid[0]}</h2></div><ul class="container__field-links">${[1, 3, 5]
  .map(
    (i) => `<li class="card container__item"><a href="https://paid.outbrain.example/${i}"><span class="container__headline-text">${cnPaid[i]}</span>
<span class="container__sponsor">${cnPaid[i + 1]}</span></a></li>`,
  )
  .join('\n')}</ul></div></section>
<footer class="footer" data-editable="footer"><div class="footer__inner"><nav class="footer__nav">${cnNav
  .slice(0, 6)
  .map((t) => `<div class="footer__nav-section"><a class="footer__nav-section-title" href="/${t.toLowerCase()}">${t}</a></div>`)
  .join('')}</nav><div class="footer__links">${cnList(cnFoot, 'footer__links-list')}</div><p class="footer__copyright-text">${cnCopy}</p>
<p class="footer__copyright-text">${cnSans.replace('&', '&amp;')}</p></div></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${cnCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>
<script src="/js/cnn-header-second-react.min.js" async></script></body></html>`;
const cnn: TestPage = {
  html: cnHtml,
  name: 'heldout95-cnn-news',
  kind: 'news',
  // the italic newsletter paragraph opening the article content is furniture; the "Lisbon CNN —" source cite, the read
  // time, the timestamp and the closing "contributed to this report" line are bylines; captions, credits, the related
  // card, ad labels and rails are furniture
  title: cnTitle,
  headings: [cnH1, cnH2],
  body: texts([...cnP1, ...cnP2, ...cnP3]),
  bylines: ['By Priya Nair, CNN', 'Lisbon CNN', '5 min read', 'Updated 6:12 AM EDT, Thu October 2, 2025', cnCredit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Ad Feedback', ...cnNav, ...cnHead, ...cnAcct, cnPromo, cnCap1, cnCred1, cnCap2, cnCred2, 'Related article', cnRel, ...cnPaid, ...cnFoot, cnCopy,
    cnSans, cnCookie, 'Accept All Cookies', 'Cookies Settings',
  ])],
};

export const HELDOUT95_C: readonly TestPage[] = [cnn, apStory];
