import { links, ps, type TestPage } from './page-kit.js';
import { skyNewsStory } from './pages-heldout78-b2.js';

/**
 * Held-out batch 78, file b: a story on The Sun (header with "Sign in" and the nav, the news sub-nav, the kicker over the
 * headline, subdeck, author, "Published:/Updated:" stamps, the share bar, the live video player at the top of the story with
 * its control texts, caption and "Up Next" list, a "Most Read in News" rail inside the story, the in-text "Get all the latest
 * news..." newsletter promo, the "Read More on The Sun" block, the tip-off paragraphs at the end of the text, topic tags, the
 * comments button and the footer), and a Sky News story (file b2).
 */
const sunTitle = 'Drivers stuck for SIX hours after lorry sheds 20 tonnes of potatoes across dual carriageway';
const sunDeck = 'Cops shut both carriageways as crews worked late into the night to clear the spuds';
const sun1 = [
  'THOUSANDS of drivers were stranded for six hours after a lorry shed 20 tonnes of potatoes across a busy dual carriageway.',
  'The HGV was heading south on the A592 Fellgate bypass at around 5.30pm yesterday when its trailer door burst open on a bend.',
  'Spuds spilled across both lanes and over the central reservation into the northbound carriageway, bringing rush-hour traffic to a ' + 'standstill.',
  'Police closed the road in both directions between the Hatherley roundabout and junction 4, and queues quickly stretched back more than ' + 'five miles.',
];
const sunH1 = '‘Like a giant bag of chips’';
const sun2 = [
  'Motorist Kelly Draycott, 34, who was driving home from work, said: “I’ve never seen anything like it. It was like someone had tipped out ' +
    'a giant bag of chips, except nobody had cooked them yet.',
  '“Kids were getting out of cars to take selfies with the potatoes. After the first couple of hours it stopped being funny.”',
  'Another driver, Imran Shah, said he spent the evening sharing crisps and bottled water with the family in the car next to him.',
];
const sunH2 = 'Night shift';
const sun3 = [
  'Highways crews used two mechanical sweepers and a borrowed farm loader to scoop up the load, which filled four skips.',
  'The road was finally reopened at 11.40pm, although one lane of the southbound carriageway stayed shut overnight while engineers checked ' +
    'the surface for damage and oil.',
  'Fellshire Police said nobody was hurt and the lorry driver, a man in his 50s, had been spoken to at the scene.',
  'A spokesman said: “We would like to thank drivers for their patience during what was a very unusual clean-up. The potatoes have been ' +
    'taken away and will be used for animal feed.”',
  'The haulage firm, Brantwood Freight, said it was investigating how the door had come loose and apologised to everyone caught up in the ' + 'delays.',
  'It is the second time this year the bypass has been closed by a spilled load, after a trailer carrying scaffolding poles tipped over ' +
    'near the same bend in March.',
  'Local councillor Jan Whitby said residents had warned for years that the bend was too sharp for heavy lorries and called for a lower ' +
    'speed limit and better signs on the approach.',
];
const sunNav = ['News', 'Sport', 'Fabulous', 'TV', 'Showbiz', 'Money', 'Travel', 'Health', 'Motors', 'Tech', 'Puzzles'];
const sunSubNav = ['UK News', 'World News', 'Politics', 'Crime', 'Weather', 'Sun Investigates'];
const sunVideo = {
  caption: 'Drivers filmed the spilled load stretching across both lanes of the bypass',
  next: ['Moment van loses load of mattresses on busy roundabout', 'Cow wanders onto motorway hard shoulder in rush hour'],
};
const sunTrending = [
  { kicker: 'BIN THERE', title: 'Council sends residents four new wheelie bins each – and nowhere to put them' },
  { kicker: 'SNOW JOKE', title: 'Met Office warns of first snow of the winter as temperatures plunge' },
  { kicker: 'JACKPOT', title: 'Lottery winner who scooped £2m still works shifts at the chippy' },
];
const sunPromo = 'Get all the latest news from The Sun straight to your inbox – sign up for our free daily newsletter here';
const sunReadMore = [
  'Lorry overturns on A-road spilling 10,000 cans of beer',
  'Road closed for hours as sheep escape from trailer',
  'Drivers face winter of roadworks as 200 schemes start',
];
const sunTip = [
  'We pay for your stories!',
  'Do you have a story for The Sun news desk?',
  'Email us at tips@the-sun.co.uk or call 020 7946 0123. You can WhatsApp us on 07700 900 415. We pay for videos too. Click here to upload yours.',
];
const sunTopics = ['Crash', 'Lorries', 'Police', 'Roadworks', 'UK News'];
const sunFoot = ['Help', 'Contact us', 'Topic A-Z', 'Newsletters', 'Advertise with us', 'Terms & conditions', 'Privacy', 'Cookie settings'];
const sunAd = '<div class="advert-container advert--mpu" data-ad-slot="inread"><span class="advert__label">Advertisement</span></div>';
const sunHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drivers stuck for SIX hours after lorry sheds 20 tonnes of potatoes across dual carriageway | The Sun</title>
<meta name="description" content="${sunDeck}"><meta property="og:site_name" content="The Sun"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-03T14:22:00+00:00"><meta property="article:section" content="UK News">
<link rel="canonical" href="https://www.thesun.co.uk/news/36412988/lorry-potatoes-a592-fellgate-bypass/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Drivers stuck for SIX hours after lorry sheds potatoes",
"author":{"@type":"Person","name":"Tom Barlow"},"datePublished":"2025-11-03T14:22:00+00:00","dateModified":"2025-11-03T16:40:00+00:00",
"publisher":{"@type":"NewsMediaOrganization","name":"The Sun"}}</script>
<script>window.sunDataLayer = {"pageType":"article","postId":36412988,"section":"news","hasVideo":true};</script>
<link rel="stylesheet" href="https://www.thesun.co.uk/wp-content/themes/thesun/dist/css/article.8f2c1.css"></head>
<body class="post-template-default single single-post postid-36412988 single-format-standard sun-news">
<a class="skip-link screen-reader-text" href="#main-content">Skip to content</a>
<header class="site-header" role="banner"><div class="site-header__top"><a href="/" class="site-header__logo" title="The Sun">The Sun</a>
<div class="site-header__account"><a href="/account/login" class="site-header__sign-in">Sign in</a></div></div>
<nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">${links(sunNav, 'main-nav__item')}</ul></nav>
<nav class="sub-nav" aria-label="News navigation"><ul class="sub-nav__list">${links(sunSubNav, 'sub-nav__item')}</ul></nav></header>
<main id="main-content" class="site-main"><article class="article-sidebar theme-news" id="post-36412988">
<div class="article__header"><span class="article__kicker">CHIPS ARE DOWN</span>
<h1 class="article__headline">${sunTitle}</h1><p class="article__subdeck">${sunDeck}</p>
<div class="article__byline-container"><span class="article__author-name"><a href="/author/tombarlow/" rel="author">Tom Barlow</a></span>
<ul class="article__published"><li><span class="article__timestamp">Published: 14:22, 3 Nov 2025</span></li>
<li><span class="article__updated">Updated: 16:40, 3 Nov 2025</span></li></ul></div>
<div class="article__share-bar"><ul class="social-share">
<li><a class="social-share__link social-share__link--facebook" href="#"><span class="screen-reader-text">Share on Facebook</span></a></li>
<li><a class="social-share__link social-share__link--x" href="#"><span class="screen-reader-text">Share on X</span></a></li>
<li><a class="social-share__link social-share__link--whatsapp" href="#"><span class="screen-reader-text">Share on WhatsApp</span></a></li></ul></div></div>
<div class="article__media article__media--video"><div class="sun-video-player" data-video-id="6384920117112" data-autoplay="true">
<div class="video-js vjs-fluid vjs-paused" role="region" aria-label="Video Player"><span class="video-player__live-badge">LIVE</span>
<div class="vjs-control-bar" dir="ltr"><button class="vjs-play-control vjs-control vjs-button" type="button" title="Play">
<span class="vjs-control-text" aria-live="polite">Play</span></button><button class="vjs-mute-control vjs-control vjs-button" type="button" title="Mute">
<span class="vjs-control-text" aria-live="polite">Mute</span></button>
<div class="vjs-duration vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">Duration&nbsp;</span>1:12</div>
<button class="vjs-fullscreen-control vjs-control vjs-button" type="button" title="Fullscreen">
<span class="vjs-control-text">Fullscreen</span></button></div></div>
<p class="video-player__caption">${sunVideo.caption}</p>
<div class="video-player__playlist"><span class="video-player__playlist-title">Up Next</span><ul>${links(sunVideo.next)}</ul></div></div></div>
<div class="article__content">
${ps(sun1.slice(0, 2))}
${sunAd}
${ps(sun1.slice(2))}
<div class="rail rail--trending" data-block="trending"><h3 class="rail__title">Most Read in News</h3><ul class="rail__list">${sunTrending
  .map(
    (t) => `<li class="rail__item"><a class="teaser-anchor" href="/news/${t.kicker.toLowerCase().replace(' ', '-')}">
<span class="teaser__kicker">${t.kicker}</span> <span class="teaser__headline">${t.title}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<h2>${sunH1}</h2>
${ps(sun2)}
<p><strong><a href="/newsletters/" class="newsletter-inline-link">${sunPromo}</a></strong></p>
<h2>${sunH2}</h2>
${ps(sun3.slice(0, 3))}
${sunAd}
${ps(sun3.slice(3))}
<div class="read-more-container"><h3 class="read-more-title">Read More on The Sun</h3><ul class="read-more-list">${links(sunReadMore, 'teaser')}</ul></div>
<p><strong>${sunTip[0]}</strong></p>
<p><strong>${sunTip[1]}</strong></p>
<p><strong>Email us at <a href="mailto:tips@the-sun.co.uk">tips@the-sun.co.uk</a> or call 020 7946 0123. You can WhatsApp us on 07700 900 415. We pay for
videos too. Click <a href="/upload">here</a> to upload yours.</strong></p>
</div>
<div class="article__topics"><h4 class="article__topics-title">Topics</h4><ul>${links(sunTopics, 'tags__item')}</ul></div>
<div class="article__comments" id="comments"><button class="comments-button" type="button" data-spot-im-module="conversation">Comments</button></div>
</article></main>
<footer class="site-footer"><ul class="site-footer__links">${links(sunFoot)}</ul>
<p class="site-footer__copyright">© News Group Newspapers Limited. Registered in England.</p></footer>
<script src="https://www.thesun.co.uk/wp-content/themes/thesun/dist/js/article.8f2c1.js" defer></script></body></html>`;
const sunStory: TestPage = {
  html: sunHtml,
  name: 'heldout78-the-sun-news',
  kind: 'news',
  // the subdeck is body (the publisher's own text of the story); the kicker over the headline, the video player (badge,
  // control texts, caption, "Up Next"), the trending rail inside the text, the newsletter promo paragraph, "Read More on The Sun",
  // the tip-off paragraphs at the end of the text, topics, comments button and footer are furniture
  title: sunTitle,
  headings: [sunH1, sunH2],
  body: [sunDeck, ...sun1, ...sun2, ...sun3],
  bylines: ['Tom Barlow', 'Published: 14:22, 3 Nov 2025', 'Updated: 16:40, 3 Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Sun', 'Sign in', ...sunNav, ...sunSubNav, 'CHIPS ARE DOWN', 'Share on Facebook', 'Share on X', 'Share on WhatsApp', 'LIVE',
    'Play', 'Mute', 'Duration 1:12', 'Fullscreen', sunVideo.caption, 'Up Next', ...sunVideo.next, 'Advertisement', 'Most Read in News',
    ...sunTrending.flatMap((t) => [t.kicker, t.title]), sunPromo, 'Read More on The Sun', ...sunReadMore, ...sunTip, 'Topics',
    ...sunTopics.filter((t) => t !== 'UK News'), 'Comments', ...sunFoot, '© News Group Newspapers Limited. Registered in England.',
  ],
};

export const HELDOUT78_B: readonly TestPage[] = [sunStory, skyNewsStory];
