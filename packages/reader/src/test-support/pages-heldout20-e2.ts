import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 20, file e2: a Fox News-style story (the site header with "Watch TV" and "Login", the section nav, the
 * eyebrow, speakable headline and sub-headline, the "By X Fox News" byline and "Published" date, the featured video embed at
 * the top with its player controls, title and caption, the "listen to this article" audio bar, article-body paragraphs with
 * all-caps "CLICK HERE" and related-story link paragraphs, an inline image with caption and credit, ad labels, the
 * contributor line, the author bio, "Related Topics" tags, the "Trending" list, newsletter promo and the footer).
 */
const fxTitle = 'Kentucky man returns library book 58 years overdue, pays fine in quarters';
const fxSub = "The 1962 guide to birds of the Ohio Valley turned up in a box in his late mother's attic";
const fxBody = [
  'A Kentucky man has returned a library book that was due back in 1967, and he insisted on paying a fine for it — in quarters.',
  'Harold Benningfield, 71, walked into the Ashby Falls Public Library last week carrying a copy of "Birds of the Ohio Valley" and a ' +
    'canvas bag holding $58.50 in coins, according to library staff.',
  'The book had been checked out by his mother, Ruth Benningfield, in the spring of 1967, when Harold was a teenager. The library still ' +
    'had the original paper checkout card, which showed a due date of April 19, 1967.',
  "Benningfield said he found the book in a box of his mother's things while clearing out the family home after her death earlier this " +
    'year. A bookmark made from a seed packet was still tucked into the chapter on woodpeckers.',
  '"I knew exactly what it was the minute I saw the stamp," he told Fox News Digital. "Mom always said she\'d take it back. I figured 58 ' +
    'years was long enough."',
  "At the library's old rate of two cents a day, the fine would have come to about $423, but the library capped overdue fines at $5 " +
    'decades ago and stopped charging them entirely in 2021.',
  "Library director Carla Mayhew said staff tried to tell Benningfield he didn't owe anything, but he would not hear of it. They settled " +
    'on a dollar for every year the book was late, plus 50 cents for "inflation," and he counted out 234 quarters at the front desk.',
  '"He counted every one of them out loud," Mayhew said. "There was a line behind him and nobody minded."',
  "The library said the money would go toward its children's summer reading program. The book itself, still in good condition, will be " +
    'displayed in a glass case near the entrance along with its original checkout card.',
  'Benningfield said he has since gotten a library card of his own. His first checkout: a newer edition of the same bird guide.',
] as const;
const fxCaps = [
  'CLICK HERE FOR MORE US COVERAGE',
  'WOMAN FINDS 100-YEAR-OLD LOVE LETTERS HIDDEN IN WALLS OF HISTORIC OHIO FARMHOUSE',
  'CLICK HERE TO SIGN UP FOR OUR LIFESTYLE NEWSLETTER',
  'CLICK HERE TO GET THE FOX NEWS APP',
] as const;
const fxVideoTitle = 'Library staff describe the moment a book due back in 1967 came home';
const fxImgCap = 'The 1962 bird guide was returned with its original checkout card, which showed a due date of April 19, 1967.';
const fxImgCredit = '(Ashby Falls Public Library)';
const fxBio = 'Travis Keel is a reporter for Fox News Digital covering news from the heartland. Story tips can be sent to travis.keel@fox.example.';
const fxNav = ['U.S.', 'Politics', 'World', 'Opinion', 'Media', 'Entertainment', 'Sports', 'Lifestyle', 'Health', 'Weather', 'Video'];
const fxTopics = ['Kentucky', 'Good News', 'U.S.', 'Books'];
const fxTrending = [
  'Snowstorm strands hundreds of drivers on Colorado interstate overnight',
  'Retired teacher wins $2 million on scratch-off ticket bought with her change',
  'Hunters rescue bald eagle tangled in fishing line on Missouri lake',
];
const fxFoot = ['Terms of Use', 'Updated Privacy Policy', 'Your Privacy Choices', 'Closed Captioning Policy', 'Help', 'Contact Us', 'Accessibility Statement'];
const fxCopy = 'This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network, LLC. All rights reserved.';
const fxAd = '<div class="ad-container mobile desktop"><div class="vendor-unit"><span class="ad-label">Advertisement</span></div></div>';
const fxLink = (t: string, href: string): string => `<p><strong><a href="${href}" target="_blank">${t}</a></strong></p>`;
const fxP = (t: string): string => `<p>${t}</p>`;
const fxHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${fxTitle} | Fox News</title><meta name="dc.creator" content="Travis Keel">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fxTitle}","author":[{"@type":"Person",
"name":"Travis Keel"}],"datePublished":"2025-11-12T10:15:00-05:00","speakable":{"@type":"SpeakableSpecification","cssSelector":[".speakable"]}}</script>
<script>window.FNC={"page":{"type":"article","section":"us"},"video":{"id":"6385114921112"}};</script></head>
<body class="fn article-ct"><div id="wrapper" class="page"><header class="site-header"><div class="branding"><a class="logo" href="/">Fox News</a></div>
<nav class="main-nav" aria-label="Sections"><ul>${links(fxNav, 'menu-item')}</ul></nav><div class="meta"><a class="watch-tv" href="/video">Watch TV</a>
<button class="login">Login</button><button class="search-toggle">Search</button></div></header>
<main class="main-content"><article class="article-wrap"><header class="article-header">
<div class="eyebrow"><a href="/category/us/us-regions/southeast/kentucky">Kentucky</a></div>
<h1 class="headline speakable">${fxTitle}</h1><h2 class="sub-headline speakable">${fxSub}</h2>
<div class="article-meta article-meta-upper"><div class="author-byline"><span><span>By</span> <a href="/person/k/travis-keel">Travis Keel</a>
<span class="article-source">Fox News</span></span></div><div class="article-date"><time>Published November 12, 2025 10:15am EST</time></div>
<div class="share-sticky"><ul class="social-share"><li class="facebook"><a href="#">Facebook</a></li><li class="twitter"><a href="#">Twitter</a></li>
<li class="flipboard"><a href="#">Flipboard</a></li><li class="comments"><a href="#commenting">Comments</a></li><li class="print"><a href="#">Print</a></li>
<li class="email"><a href="#">Email</a></li></ul></div></div></header>
<div class="featured featured-video video-ct" data-v-id="6385114921112"><div class="video-player" role="region" aria-label="Video Player">
<div class="vjs-poster" style="background-image:url(https://a57.foxnews.example/static.foxnews.example/poster.jpg)"></div>
<button class="vjs-big-play-button" type="button" title="Play Video"><span class="vjs-control-text">Play Video</span></button>
<div class="vjs-control-bar"><span class="vjs-current-time-display">0:00</span><span class="vjs-duration-display">1:47</span>
<button class="vjs-mute-control"><span class="vjs-control-text">Mute</span></button><button class="vjs-fullscreen-control"><span
class="vjs-control-text">Fullscreen</span></button></div><noscript>Video requires JavaScript.</noscript></div>
<div class="caption"><p><span class="title">${fxVideoTitle}</span></p></div></div>
<div class="article-content"><div class="listen-article"><p class="listen-promo"><span class="new-badge">NEW</span> You can now listen to Fox News
articles!</p><div class="audio-bar" data-provider="trinity"><button>Listen to this article</button><span class="time">3 min</span></div></div>
<div class="article-body">
${fxBody
  .slice(0, 2)
  .map((t) => `<p class="speakable">${t}</p>`)
  .join('\n')}
${fxP(fxBody[2])}
${fxLink(fxCaps[0], '/us')}
${fxBody.slice(3, 5).map(fxP).join('\n')}
${fxAd}
${fxLink(fxCaps[1], '/lifestyle/woman-finds-love-letters-walls-ohio-farmhouse')}
<div class="image-ct inline"><div class="m"><picture><img src="https://a57.foxnews.example/bird-guide.jpg" alt="A faded bird guide and a checkout card"
width="1200" height="675"></picture></div><div class="info"><div class="caption"><p>${fxImgCap} <span class="copyright">${fxImgCredit}</span></p>
</div></div></div>
${fxBody.slice(5, 7).map(fxP).join('\n')}
${fxLink(fxCaps[2], '/newsletters')}
${fxBody.slice(7, 9).map(fxP).join('\n')}
${fxAd}
${fxLink(fxCaps[3], 'https://www.foxnews.example/apps-products')}
${fxP(fxBody[9])}
<p><i>Fox News Digital's Sarah Whitlow contributed to this report.</i></p>
</div>
<div class="author-bio"><p>${fxBio}</p></div>
<div class="article-tags"><div class="tag-heading">Related Topics</div><ul>${links(fxTopics, 'tag')}</ul></div></div></article>
<aside class="sidebar"><section class="collection-trending"><h3 class="title">Trending</h3><ol>${links(fxTrending, 'article')}</ol></section>
${fxAd}</aside>
<section class="newsletter-signup"><h3>Get the latest updates from Fox News Digital</h3><p>Arrives Weekly</p>
<input type="email" placeholder="Enter email address">
<button>Subscribe</button><p class="legal">By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms
of Use.</p></section></main>
<footer class="site-footer"><ul>${links(fxFoot)}</ul><p class="copyright">${fxCopy}</p></footer></div></body></html>`;
export const foxNews: TestPage = {
  html: fxHtml,
  name: 'heldout20-fox-video-top-story',
  kind: 'news',
  // the sub-headline (an h2) is the story's standfirst: body, not a heading (the story has none); the all-caps "CLICK HERE"
  // lines and the all-caps related headline set in the body as links are furniture; "Travis Keel" and the published date are
  // bylines ("By" and the source "Fox News" in neither: "Fox News" is also the logo, and a phrase of the body's "Fox News
  // Digital"); the eyebrow "Kentucky" (also the first topic) is furniture, the title's word in a long line; the video player (controls,
  // duration, title, noscript), the listen bar, image caption and credit, ad labels, the contributor line, the bio tagline,
  // "Related Topics", "Trending", the newsletter, header, nav and footer are furniture
  title: fxTitle,
  headings: [],
  body: [fxSub, ...texts(fxBody)],
  bylines: ['Travis Keel', 'Published November 12, 2025 10:15am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fxNav, 'Watch TV', 'Login', 'Search', 'Facebook', 'Twitter', 'Flipboard', 'Comments', 'Print', 'Email', 'Play Video', '0:00', '1:47', 'Mute',
    'Fullscreen', 'Video requires JavaScript.', fxVideoTitle, 'NEW You can now listen to Fox News articles!', 'Listen to this article', '3 min',
    ...fxCaps, 'Advertisement', fxImgCap, fxImgCredit, 'Fox News Digital\'s Sarah Whitlow contributed to this report.', fxBio, 'Related Topics',
    ...fxTopics, 'Trending', ...fxTrending, 'Get the latest updates from Fox News Digital', 'Arrives Weekly', 'Subscribe',
    'By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms of Use.', ...fxFoot, fxCopy,
  ],
};
