import { links, ps, type TestPage, texts } from './page-kit.js';
import { substack } from './pages-heldout245-a2.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file a: a TV episode recap on an entertainment site built on the Clay CMS (Vulture-style: top nav,
 * the show's rubric and "Season 2 Episode 5" box with the editor's star rating, byline and timestamp, share bar, lede
 * image with caption and credit, an inline "Related" promo, a pull quote, the "Tags" list, the "More Recaps" rail, the
 * newsletter unit, the consent banner and the footer) and, from file a2, a film review on a critic's Substack.
 */
const vTitle = 'The Lanternkeepers Recap: Nobody Leaves the Island Dry';
const vBody1 = [
  j(
    'For four episodes, <em>The Lanternkeepers</em> has been content to let its mysteries drift in on the tide. Somebody keeps relighting',
    'the north lamp after the keepers have doused it; somebody keeps leaving salt in neat little lines on the stairs. This week the',
    'show finally stops circling, and “Salt in the Lamp” is the better for it: a tight, frightened hour that spends almost all of its',
    'running time inside the tower.',
  ),
  j(
    'The episode opens the morning after the storm, with Hollis (Benedikt Aranda, doing quiet, wounded work) counting the oil drums',
    'and coming up two short. It is a small scene, but the way he counts them twice, then a third time, tells us more about where his',
    'head is than any of last week’s monologues did. He knows that nobody could have rowed out in that weather. He also knows the',
    'drums are gone.',
  ),
  j(
    'Meanwhile Greer, who has spent most of the season as the sensible one, finally opens the logbook that the previous keeper left',
    'behind. The writers have been teasing this book since the pilot, and I was braced for a disappointment. Instead we get a single',
    'page, written in a steady hand and dated eleven years ago, that simply lists the same two missing drums. It is a genuinely',
    'unsettling moment, and director Paz Ilunga holds on Greer’s face for a long time before letting the score come in.',
  ),
];
const vQuote = '“You don’t keep a light,” Greer says. “A light keeps you.”';
const vBody2 = [
  j(
    'The middle stretch is where the episode really earns its keep. With the radio dead and the supply boat turned back, the three',
    'keepers agree to stand watch in shifts, and the show slows to the pace of the lamp itself: long stretches of dark, a sweep of',
    'light, dark again. It would be easy for this to become tedious. It never does, partly because the sound design is doing so much',
    'work, and partly because each shift gives one character the room to crack a little.',
  ),
  j(
    'Tamsin’s shift is the standout. We have known since episode two that she came to the island to get away from something on the',
    'mainland, and here, alone, talking to the lamp as if it were a patient, she finally says what it was. I won’t spoil the',
    'specifics, but Oona Feltrinelli plays it without a single tear, and it is the best acting the series has produced so far.',
  ),
  j(
    'If there is a weak spot, it is the return of the inspector from the lighthouse board, whose scenes still feel as though they',
    'were written for a different, brisker show. His arrival at the end of the hour is meant to be a cliffhanger, but after fifty',
    'minutes of creeping dread, a man in a good coat stepping off a boat is more of a relief than a threat.',
  ),
  j(
    'Still, the final image lands: the north lamp burning again, the keepers all accounted for, and a fresh line of salt across the',
    'threshold that none of them will admit to laying. Two episodes left, and for the first time I have no idea where this is going.',
  ),
];
const vNav = ['TV', 'Movies', 'Comedy', 'Music', 'Books', 'Recaps', 'Podcasts', 'Newsletters'];
const vTags = ['tv recaps', 'the lanternkeepers', 'tidewater+', 'drama'];
const vMore = [
  'The Quiet Hours Recap: A Dinner Party With Teeth',
  'Brass Valley Season-Finale Recap: Everybody Sells',
  'The Lanternkeepers Recap: Who Counts the Drums?',
  'Night Porter Recap: Check-Out Time',
];
const vFoot = ['About Glowbox', 'Contact', 'Careers', 'Advertise', 'Privacy Policy', 'Terms', 'Ad Choices', 'Accessibility'];
const vHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<title>The Lanternkeepers Recap, Season 2 Episode 5: ‘Salt in the Lamp’ | Glowbox</title>
<meta name="description" content="The north lamp burns again, and somebody keeps leaving salt on the stairs.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Glowbox">
<meta property="article:published_time" content="2026-03-04T22:00:00-05:00"><meta name="parsely-section" content="tv recaps">
<link rel="canonical" href="https://www.glowbox.example/article/the-lanternkeepers-recap-season-2-episode-5.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}",
"author":[{"@type":"Person","name":"Marisol Achterberg"}],"datePublished":"2026-03-04T22:00:00-05:00",
"publisher":{"@type":"Organization","name":"Glowbox"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","vertical":"tv","rubric":"recap"});</script>
<link rel="stylesheet" href="/css/article.clay.css"></head>
<body class="layout-article recap-layout" data-uri="glowbox.example/_pages/lanternkeepers-s2e5">
<div class="ad-container leaderboard" data-uri="glowbox.example/_components/ad/instances/leaderboard"><span class="ad-label">Advertisement</span></div>
<header class="site-header" data-uri="glowbox.example/_components/site-header/instances/default"><a class="logo" href="/">Glowbox</a>
<nav class="site-nav" aria-label="sections"><ul class="nav-list">${links(vNav, 'nav-item')}</ul></nav>
<a class="subscribe-btn" href="/subscribe">Subscribe</a><button class="search-btn" aria-label="search"></button></header>
<main class="main-content"><article class="article recap" data-uri="glowbox.example/_components/article/instances/cm8lk2">
<div class="article-header">
<a class="rubric" href="/tags/tv-recaps/">TV Recaps</a>
<div class="episode-info"><span class="episode-show">The Lanternkeepers</span> <span class="episode-number">Season 2 Episode 5</span>
<span class="episode-title">Salt in the Lamp</span></div>
<div class="rating" data-rating="4"><span class="rating-label">Editor’s Rating</span> <span class="stars" aria-label="4 stars">★★★★</span></div>
<h1 class="headline" data-editable="primaryHeadline">${vTitle}</h1>
<div class="byline-timestamp"><span class="article-byline">By <a class="author-link" href="/author/marisol-achterberg/"
rel="author">Marisol Achterberg</a></span>
<time class="article-timestamp" datetime="2026-03-04T22:00:00-05:00">March 4, 2026</time></div>
<div class="share-tools"><a class="share-link facebook" href="#">Share on Facebook</a><a class="share-link twitter" href="#">Share on X</a>
<a class="share-link email" href="#">Email this article</a><button class="share-link copy">Copy link</button></div>
</div>
<figure class="lede-image-wrapper" data-uri="glowbox.example/_components/image/instances/lede"><div class="img-wrap">
<img src="https://pyxis.glowbox.example/lanternkeepers-s2e5.jpg" alt="" width="1200" height="800"></div>
<figcaption class="lede-caption"><span class="image-caption">Oona Feltrinelli as Tamsin in “Salt in the Lamp.”</span>
<span class="image-credit">Photo: Corvin Hale/Tidewater+</span></figcaption></figure>
<div class="article-content" data-editable="content">
${ps(vBody1, ' class="clay-paragraph" data-editable="text"')}
<aside class="related-single" data-uri="glowbox.example/_components/related/instances/r1"><span class="related-label">Related</span>
<a href="/article/lanternkeepers-season-two-first-look.html" class="related-link">
<span class="related-title">The Lanternkeepers Season Two Is Stranger, Slower, and Better</span></a></aside>
<blockquote class="pull-quote" data-editable="text"><p>${vQuote}</p></blockquote>
${ps(vBody2, ' class="clay-paragraph" data-editable="text"')}
</div>
<div class="tags"><span class="tags-label">Tags:</span><ul class="tag-list">${links(vTags, 'tag')}</ul></div>
<div class="show-all"><a href="/tags/the-lanternkeepers/">See All</a></div>
</article>
<section class="more-recaps"><h2 class="more-recaps-heading">More Recaps</h2><ul class="recap-list">${links(vMore, 'recap-item')}</ul></section>
<div class="newsletter-signup" data-uri="glowbox.example/_components/newsletter-flex-text/instances/tv">
<h3 class="newsletter-heading">Get the Glowbox TV newsletter</h3><p class="newsletter-description">Recaps, reviews and what to watch this week.</p>
<form><input type="email" placeholder="Email address"><button type="submit">Sign Up</button></form>
<p class="newsletter-terms">By submitting your email, you agree to our Terms and Privacy Notice.</p></div>
</main>
<footer class="site-footer"><ul class="footer-links">${links(vFoot, 'footer-link')}</ul>
<p class="copyright">© 2026 Glowbox Media Group. All rights reserved.</p></footer>
<div id="consent-banner" class="cmp-banner" role="dialog"><p class="cmp-text">We use cookies and similar technologies to personalize content and ads
and to analyze our traffic.</p><button class="cmp-accept">Accept</button><button class="cmp-manage">Manage Preferences</button></div>
<script src="/js/clay-article.bundle.js" async></script></body></html>`;
const vulture: TestPage = {
  name: 'heldout245-glowbox-clay-recap',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([...vBody1, vQuote, ...vBody2]),
  bylines: ['Marisol Achterberg', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Glowbox', ...vNav.filter((t) => t !== 'TV'), 'Subscribe', 'TV Recaps', 'Season 2 Episode 5', 'Editor’s Rating', '★★★★',
    'Share on Facebook', 'Share on X', 'Email this article', 'Copy link', 'Oona Feltrinelli as Tamsin in “Salt in the Lamp.”',
    'Photo: Corvin Hale/Tidewater+', 'Related', 'The Lanternkeepers Season Two Is Stranger, Slower, and Better', 'Tags:', ...vTags, 'See All',
    'More Recaps', ...vMore, 'Get the Glowbox TV newsletter', 'Recaps, reviews and what to watch this week.', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.', ...vFoot, '© 2026 Glowbox Media Group. All rights reserved.',
    'We use cookies and similar technologies to personalize content and ads and to analyze our traffic.', 'Accept', 'Manage Preferences',
  ],
};

export const HELDOUT245_A: readonly TestPage[] = [vulture, substack];
