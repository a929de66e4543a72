import { links, plain, type TestPage, texts } from './page-kit.js';
import { bbcStory } from './pages-heldout124-b2.js';

/**
 * Held-out batch 124, file b: a CNN science story (the header with its nav, "Watch", "Listen", "Live TV", "Subscribe" and
 * the hidden account menu, the "Ad Feedback" top slot, headline, the byline with author image, the timestamp and reading
 * time, the lead image with caption and credit, the "source__cite" dateline at the start of the first paragraph, the
 * newsletter promo paragraph at the top of the article text, two subheaders, a "Related article" card and an ad slot
 * inside the article content, the contributor line, the "More from CNN" rail, "Paid Partner Content" and the footer) and,
 * from file b2, a BBC News story.
 */
const cnTitle = 'Astronomers find a planet circling its star the wrong way, and it may have been stolen';
const cnPromo1 = 'Sign up for CNN’s Wonder Theory science newsletter.';
const cnPromo2 = 'Explore the universe with news on surprising discoveries, scientific advances and more';
const cnCite = 'Harlow Springs, Arizona CNN —';
const cnP1 = [
  'A giant planet about 410 light-years from Earth is orbiting its star in the opposite direction to the star’s spin, and ' +
    'astronomers think the likeliest explanation is that it was captured from a passing star billions of years ago.',
  'The planet, known as KV-218b, is about 1.4 times the mass of Jupiter and takes 61 days to complete one orbit. Its backward, ' +
    'or retrograde, path was confirmed this year using the Tenmile Peak Observatory’s new spectrograph, according to a study ' +
    'published Tuesday in the journal Planetary Dynamics Letters.',
  '“When we first saw the signal, we assumed we had made a mistake in the software,” said Dr. Amara Ingleby, an astronomer ' +
    'at the observatory and lead author of the study. “We spent three months trying to make the result go away. It would not.”',
];
const cnH1 = 'A backward orbit';
const cnP2 = [
  'Planets usually form from the same spinning disk of gas and dust as their star, so they tend to orbit in the same direction ' +
    'that the star rotates. A handful of known planets break that rule, and astronomers have proposed several ways it can happen, ' +
    'including close encounters with other planets that fling an orbit onto its side.',
  'What makes KV-218b unusual is how far it is from its star and how round its orbit is, Ingleby said. Violent encounters with ' +
    'neighboring planets tend to leave orbits stretched and lopsided. This one is almost a perfect circle.',
  'The team ran more than 20,000 computer simulations of the system’s history. In the runs that best matched what they observed, ' +
    'a second star drifted through the young system, lost its own planet to KV-218’s gravity and moved on.',
  '“It is a bit like a stranger walking through a playground and leaving with someone else’s kite,” said co-author Dr. Felix ' +
    'Oyelaran, “except here the kite stayed behind and the stranger kept walking.”',
];
const cnH2 = 'What comes next';
const cnP3 = [
  'Not everyone is convinced. Dr. Saanvi Rao, an astrophysicist at Coldwater Institute of Technology who was not involved in ' +
    'the research, said the capture idea was plausible but that the simulations depended heavily on assumptions about how crowded ' +
    'the star’s birth cluster was.',
  '“It is an elegant story,” Rao said. “I would like to see whether the star has any other planets before I believe it.”',
  'The team plans to search for additional planets around KV-218 next year. If they find one orbiting in the normal direction, ' +
    'Ingleby said, that would strengthen the case that KV-218b is an outsider.',
  'The star, faint and orange, can be seen with a backyard telescope in the constellation Cygnus on autumn evenings.',
];
const cnContrib = 'CNN’s Darnell Pike contributed to this report.';
const cnCaption = 'An artist’s illustration shows a gas giant planet orbiting opposite to the spin of its host star.';
const cnCredit = 'Tenmile Peak Observatory';
const cnRelated = 'Scientists detect water vapor around a planet in a ‘hot Neptune desert’';
const cnNav = ['US', 'World', 'Politics', 'Business', 'Health', 'Entertainment', 'Style', 'Travel', 'Sports', 'Science', 'Climate', 'Weather', 'Games'];
const cnAcct = ['My Account', 'Settings', 'Newsletters', 'Topics you follow', 'Sign out'];
const cnMore = [
  'NASA’s newest probe sends back its first close-up of a comet',
  'A 3,000-year-old shipwreck was carrying something no one expected',
  'Why the northern lights may be visible again this weekend',
  'These deep-sea fish glow in colors scientists didn’t know existed',
];
const cnPaid = ['This one trick helps you sleep cooler all summer', 'Homeowners are replacing their gutters with this'];
const cnFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Manage Cookies +',
  'Ad Choices',
  'Accessibility & CC',
  'About',
  'Subscribe',
  'Newsletters',
  'Transcripts',
  'Help Center',
];
const cnCopy = '© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.';
const cnPara = (inner: string): string =>
  `<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text">\n${inner}\n</p>`;
const cnParas = (a: readonly string[]): string => a.map(cnPara).join('\n');
const cnSub = (t: string): string => `<h2 class="subheader" data-editable="text" data-component-name="subheader">${t}</h2>`;
const cnAd = (id: string): string => `<div class="ad-slot-dynamic ad-slot-rail ad-slot" data-ad-slot-type="dynamic" data-unselectable="true">
<div class="ad-slot__wrapper"><div class="ad-slot__ad-wrapper"><div id="${id}" class="ad-slot__ad"></div></div>
<div class="ad-slot__feedback ad-feedback-link-container"><div class="ad-slot__ad-label">Advertisement</div>
<button class="ad-feedback-link" data-ad-type="DISPLAY" data-ad-identifier="${id}"><span
class="ad-feedback-link__label">Ad Feedback</span></button></div></div></div>`;
const cnHtml = `<!DOCTYPE html>
<html lang="en" data-uri="cms.cnn.com/_pages/clm3x9c@published" data-layout-uri="cms.cnn.com/_layouts/layout-with-rail/instances/science-article-v1@published">
<head><meta charset="utf-8"><title>${cnTitle} | CNN</title><meta name="description" content="A giant planet 410 light-years away orbits backward.">
<meta property="og:title" content="${cnTitle}"><meta property="og:type" content="article"><meta name="author" content="Marisol Thwaite">
<meta property="article:published_time" content="2025-11-04T21:00:12.418Z"><meta name="section" content="science"><meta name="type" content="article">
<link rel="canonical" href="https://www.cnn.com/2025/11/04/science/retrograde-planet-captured-kv218b">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cnTitle}","datePublished":"2025-11-04T21:00:12.418Z",
"dateModified":"2025-11-04T23:22:40.104Z","author":[{"@type":"Person","name":"Marisol Thwaite"}],"publisher":{"@type":"Organization","name":"CNN"}}</script>
<link rel="stylesheet" href="/media/sites/cnn/cnn-fonts-v2.css"><script src="https://www.cnn.example/wbd-sdk/ads.js" async></script></head>
<body class="layout layout-with-rail__body" data-page-type="article">
<div class="layout__content-wrapper layout-with-rail__content-wrapper"><header class="header" data-editable="header" data-section-name="science">
<div class="header__container"><a class="header__skip-to-content" href="#maincontent">Skip to content</a><a class="brand-logo" href="https://www.cnn.com"
title="CNN logo"><span class="sr-only">CNN</span></a><nav class="header__nav-container" aria-label="main menu"><ul class="header__nav">
${links(cnNav, 'header__nav-item')}</ul></nav><div class="header__right"><a class="header__watch-link" href="https://www.cnn.com/videos">Watch</a>
<a class="header__listen-link" href="https://www.cnn.com/audio">Listen</a><a class="header__live-tv" href="https://www.cnn.com/live-tv">Live TV</a>
<a class="header__subscribe" href="https://www.cnn.com/subscription">Subscribe</a><button class="header__user-account-logged-out">Sign in</button>
<div class="user-account-nav__container" aria-hidden="true" style="display:none"><p class="user-account-nav__name">Your CNN account</p>
<ul class="user-account-nav__links">${links(cnAcct, 'user-account-nav__item')}</ul></div></div></div></header>
<section class="layout__top layout-with-rail__top" data-tabcontent="Top"><div class="ad-slot-header" data-unselectable="true">
<div id="ad_bnr_atf_01" class="ad-slot-header__wrapper"></div><button class="ad-feedback-link"><span class="ad-feedback-link__label">Ad Feedback</span></button>
</div><div class="headline headline--has-lowertext" data-editable="headline"><div class="headline__wrapper">
<h1 data-editable="headlineText" class="headline__text inline-placeholder vossi-headline-text" id="maincontent">${cnTitle}</h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline vossi-byline" data-editable="byline"><div class="byline__images"><img class="byline__image" alt="Marisol Thwaite"
src="https://media.cnn.example/api/v1/images/stellar/prod/marisol-thwaite-headshot.jpg"></div><div class="byline__names"> By
<a class="byline__link" href="https://www.cnn.com/profiles/marisol-thwaite"><span class="byline__name">Marisol Thwaite</span></a>, CNN</div></div>
<div class="headline__sub-description"><div class="timestamp vossi-timestamp" data-editable="settings">\n Updated \n 6:22 PM EST, Tue November 4, 2025 \n</div>
<div class="headline__sub-text-reading-time"><span class="vossi-reading-time">5 min read</span></div></div></div>
<div class="social-share social-share--in-headline" data-editable="socialShare"><button class="social-share__button" aria-label="Share on Facebook">
<span class="sr-only">Facebook</span></button><button class="social-share__button" aria-label="Share on X"><span class="sr-only">Tweet</span></button>
<button class="social-share__button" aria-label="Email"><span class="sr-only">Email</span></button><button class="social-share__button"
aria-label="Copy link"><span class="sr-only">Link Copied!</span></button><button class="follow-button"><span>Follow</span></button></div></div></div></div>
</section><section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main-wrapper layout-with-rail__main-wrapper">
<section class="layout__main layout-with-rail__main" data-tabcontent="Content"><main class="article__main" data-editable="main">
<div class="image image__hide-placeholder" data-component-name="image" data-editable="settings"><div class="image__container">
<picture class="image__picture"><img src="https://media.cnn.example/api/v1/images/stellar/prod/kv218b-illustration.jpg?q=w_1160,c_fill/f_webp"
alt="An illustration of a gas giant planet near an orange star" class="image__dam-img" width="1160" height="653"></picture></div>
<div class="image__metadata"><div itemprop="caption" class="image__caption attribution"><span data-editable="metaCaption"
class="inline-placeholder">${cnCaption}</span></div><figcaption class="image__credit">${cnCredit}</figcaption></div></div>
<div class="article__content-container"><div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
${cnPara(`<em>${cnPromo1} </em><a href="https://www.cnn.com/specials/world/wonder-theory">${cnPromo2}</a><em>.</em>`)}
${cnPara(`<cite class="source__cite">\n<span class="source__location">Harlow Springs, Arizona</span>\n<span
class="source__text">CNN</span>\n—\n</cite>\n${cnP1[0]}`)}
${cnParas(cnP1.slice(1))}
${cnAd('ad_rect_atf_01')}
${cnSub(cnH1)}
${cnParas(cnP2.slice(0, 2))}
<div class="related-content related-content--article" data-component-name="related-content"><span class="related-content__label">Related article</span>
<a class="related-content__link" href="https://www.cnn.com/2025/09/18/science/hot-neptune-desert-water-vapor"><div class="related-content__image">
<img alt="" src="https://media.cnn.example/api/v1/images/stellar/prod/hot-neptune.jpg"></div><span class="related-content__headline">
<span class="related-content__headline-text">${cnRelated}</span></span></a></div>
${cnParas(cnP2.slice(2))}
${cnSub(cnH2)}
${cnParas(cnP3.slice(0, 2))}
${cnAd('ad_rect_btf_02')}
${cnParas(cnP3.slice(2))}
${cnPara(`<em>${cnContrib}</em>`)}
</div></div></main></section></section>
<section class="layout__bottom layout-with-rail__bottom"><div class="zone zone--t-light" data-editable="zone"><h2 class="zone__title">More from CNN</h2>
<ul class="container__field-links">${cnMore
  .map(
    (t) => `<li class="card container__item"><a class="container__link" href="https://www.cnn.com/science">
<span class="container__headline-text" data-editable="headline">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="zone zone--paid" data-editable="zone"><h2 class="zone__title">Paid Partner Content</h2><ul class="container__field-links">
${cnPaid
  .map(
    (t) => `<li class="card container__item"><a class="container__link" rel="sponsored"><span
class="container__headline-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></section></section></div>
<footer class="footer" data-editable="footer"><nav class="footer__nav" aria-label="footer"><ul
class="footer__links">${links(cnFoot, 'footer__links-item')}</ul></nav>
<div class="footer__follow"><span class="footer__follow-title">Follow CNN</span></div><p class="footer__copyright-text">${cnCopy}</p></footer>
<script>window.CNN = window.CNN || {}; CNN.contentModel = {"pageType":"article","section":"science","author":"Marisol Thwaite"};</script></body></html>`;
const cnnStory: TestPage = {
  name: 'heldout124-cnn-news',
  kind: 'news',
  html: cnHtml,
  // the "source__cite" dateline in the first paragraph is a byline (the paragraph's text after it is body); the newsletter promo
  // paragraph at the top and the "Related article" card inside the content are furniture; the contributor line is a byline
  title: cnTitle,
  headings: [cnH1, cnH2],
  body: texts([...cnP1, ...cnP2, ...cnP3]),
  bylines: ['By Marisol Thwaite, CNN', 'Updated 6:22 PM EST, Tue November 4, 2025', '5 min read', cnCite, cnContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...cnNav, 'Watch', 'Listen', 'Live TV', 'Subscribe', 'Sign in', 'Your CNN account', ...cnAcct, 'Ad Feedback', 'Facebook',
    'Tweet', 'Email', 'Link Copied!', 'Follow', cnCaption, cnCredit, plain(`${cnPromo1} ${cnPromo2}.`), 'Advertisement', 'Related article',
    cnRelated, 'More from CNN', ...cnMore, 'Paid Partner Content', ...cnPaid, ...cnFoot, 'Follow CNN', cnCopy,
  ])],
};

export const HELDOUT124_B: readonly TestPage[] = [cnnStory, bbcStory];
