import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file e2: a trade paper's weekend box-office report on a PMC-style WordPress theme (the top ticker
 * "Breaking News" bar, section nav, "Box Office" category label, byline with the reporter's title, timestamp and the
 * comment-count link, the social share bar, the lead image with caption and credit, an inline "Related Stories" box, the
 * ranked chart table, the "Must Read" rail, the newsletter box, the comments, the ad slots and the footer).
 */
const bTitle = '‘Harbour of Small Lights’ Glows With $14M Second Weekend As ‘Ironbark’ Stalls – Box Office';
const bBody1 = [
  j(
    'In one of the quieter March frames in recent memory, Caoilfhionn Dabrowski’s <em>Harbour of Small Lights</em> did something',
    'small dramas almost never do: it went up. The Pennyfold Pictures release climbed 6% in its second weekend to an estimated',
    '$14.1 million from 2,310 theaters, pushing its domestic running total to $31.6M and taking first place from the studio',
    'tentpole that opened against it last week.',
  ),
  j(
    'That tentpole, Meridian’s $190M action pic <em>Ironbark</em>, fell 61% to $12.8M, a sharper drop than rivals had expected after',
    'its B CinemaScore. Its ten-day domestic total stands at $58.4M, with another $71M from overseas, and distribution sources',
    'tell us the studio is now looking at a global finish well short of break-even.',
  ),
];
const bH1 = 'Word of mouth does the heavy lifting';
const bBody2 = [
  j(
    'Pennyfold spent a fraction of what a wide release usually costs on television advertising, leaning instead on sneak previews',
    'at 400 locations two weeks before opening. “We knew the film played best in a full room,” the distributor’s head of',
    'distribution, Marguerite Ohanian, told us on Sunday. “So we spent our money filling rooms.”',
  ),
  j(
    'The audience skewed older, with 58% over the age of 35, but exit polls show under-25s up four points on opening weekend, and',
    'Saturday was up 71% on Friday, a jump usually only seen with family films.',
  ),
];
const bH2 = 'The weekend’s top five';
const bRows = [
  '<td>1</td> <td>Harbour of Small Lights</td> <td>Pennyfold</td> <td>$14.1M</td> <td>+6%</td> <td>$31.6M</td>',
  '<td>2</td> <td>Ironbark</td> <td>Meridian</td> <td>$12.8M</td> <td>-61%</td> <td>$58.4M</td>',
  '<td>3</td> <td>The Kestrel Motel</td> <td>Lantern Row</td> <td>$6.2M</td> <td>-22%</td> <td>$40.9M</td>',
  '<td>4</td> <td>Paper Moons</td> <td>Quayside</td> <td>$5.5M</td> <td>new</td> <td>$5.5M</td>',
  '<td>5</td> <td>Night Porter: The Movie</td> <td>Meridian</td> <td>$3.9M</td> <td>-38%</td> <td>$66.0M</td>',
];
const bBody3 = [
  j(
    'Quayside’s animated <em>Paper Moons</em> was the only new wide release, opening in fourth with $5.5M from 2,980 theaters,',
    'under its $8M tracking. Overall, the weekend grossed about $58M across all titles, down 19% on the same weekend last year.',
  ),
  j(
    'Next weekend brings three wide openers, including Lantern Row’s horror sequel <em>The Hollow Hours 2</em>, which is tracking',
    'for a $25M-plus start. We will have Friday numbers first thing Saturday.',
  ),
];
const bNav = ['Film', 'TV', 'Box Office', 'Awards', 'Business', 'International', 'Video'];
const bTicker = ['Streamer Orders Third Season Of ‘Brass Valley’', 'Meridian Shuffles Summer Release Calendar'];
const bMust = [
  'Inside The Pitch Meeting That Saved ‘The Copper Orchard’',
  'Festival Buyers Circle Documentaries In Early Sales Rush',
  'Lantern Row Sets Date For ‘The Hollow Hours 3’',
];
const bFoot = ['About Us', 'Advertise', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'AdChoices', 'Your Privacy Choices'];
const bHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8">
<title>‘Harbour Of Small Lights’ Rises In Second Weekend As ‘Ironbark’ Falls – Box Office – Backlot Daily</title>
<meta name="description" content="Small drama climbs 6% to $14.1M as the studio tentpole drops 61%.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Backlot Daily">
<meta property="article:section" content="Box Office"><meta property="article:published_time" content="2026-03-08T09:14:00-07:00">
<link rel="canonical" href="https://backlotdaily.example/2026/03/harbour-of-small-lights-second-weekend-box-office-1236009921/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour Of Small Lights Rises In Second Weekend",
"datePublished":"2026-03-08T09:14:00-07:00","author":[{"@type":"Person","name":"Theodora Vance"}],"publisher":{"@type":"Organization",
"name":"Backlot Daily"}}</script>
<script>var pmc_meta = {"env":"desktop","page-type":"article","primary-category":"box-office","author":["theodora-vance"]};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="post-template-default single single-post pmc-core-v2">
<div class="admz" id="adm-leaderboard"><div class="adma">Advertisement</div></div>
<div class="c-breaking-news"><span class="c-breaking-news__label">Breaking News</span><ul class="c-breaking-news__list">${links(bTicker)}</ul></div>
<header class="lrv-a-wrapper header-main"><a class="c-logo" href="/">Backlot Daily</a><nav class="o-nav o-nav--main">
<ul>${links(bNav, 'o-nav__list-item')}</ul></nav>
<a class="c-button subscribe" href="/subscribe/">Subscribe</a><a class="c-button login" href="/login/">Log In</a></header>
<main id="main-wrapper" class="lrv-a-wrapper"><div class="lrv-a-grid lrv-a-cols3@desktop"><article class="a-span2@desktop article-content">
<header class="article-header"><a class="c-span__link" href="/c/box-office/">Box Office</a>
<h1 class="c-title article-title">${bTitle}</h1>
<div class="article-meta"><div class="c-byline"><span class="c-byline__prefix">By </span><a class="c-byline__link"
href="/author/theodora-vance/">Theodora Vance</a>
<span class="c-byline__title">Box Office Editor</span></div>
<time class="c-timestamp" datetime="2026-03-08T09:14:00-07:00">March 8, 2026 9:14am</time>
<a class="c-comments-count" href="#comments">14 Comments</a></div>
<div class="o-social-share"><ul class="o-social-share__list"><li><a class="c-icon" href="#">Share on Facebook</a></li><li><a class="c-icon"
href="#">Post on X</a></li>
<li><a class="c-icon" href="#">Share on Reddit</a></li><li><a class="c-icon" href="#">Email</a></li></ul></div></header>
<figure class="c-figure article-featured-image"><img src="https://backlotdaily.example/wp-content/uploads/2026/03/harbour-small-lights.jpg" alt="" width="1024"
height="576"><figcaption class="c-figcaption"><span class="c-figcaption__caption">Rosalind Achebe-Burke in ‘Harbour of Small Lights.’</span>
<span class="c-figcaption__credit">Pennyfold Pictures/Courtesy Everett Collection</span></figcaption></figure>
<div class="a-content pmc-paywall">
${ps(bBody1)}
<section class="c-related-story"><h2 class="c-related-story__heading">Related Stories</h2><ul>
${links(['‘Ironbark’ Review: A Very Expensive Way To Watch Trees Fall', 'How ‘Harbour Of Small Lights’ Sold Out Its Sneak Previews'], 'c-related-story__item')}
</ul></section>
<h2 id="word-of-mouth">${bH1}</h2>
${ps(bBody2)}
<div class="admz" id="adm-inarticle"><div class="adma">Advertisement</div></div>
<h2 id="top-five">${bH2}</h2>
<table class="box-office-chart"><thead><tr><th>Rank</th> <th>Film</th> <th>Dist.</th> <th>Weekend</th> <th>Chg.</th> <th>Total</th></tr></thead>
<tbody>${bRows.map((r) => `<tr>${r}</tr>`).join('\n')}</tbody></table>
${ps(bBody3)}
</div>
<div class="article-tags"><span class="article-tags__label">Read More About:</span>
${links(['Box Office', 'Harbour of Small Lights', 'Ironbark', 'Pennyfold Pictures'])}</div>
<section class="newsletter-inline"><h3>Sign up for Backlot Daily’s Breaking News Alerts</h3><form><input type="email" placeholder="Enter your email">
<button>Sign Up</button></form><p class="newsletter-legal">By subscribing, I agree to the Terms of Use and Privacy Policy.</p></section>
<section id="comments" class="comments-area"><h3 class="comments-title">Comments</h3><ol class="comment-list">
<li class="comment"><div class="comment-author"><b class="fn">reelcounter</b></div><div class="comment-metadata">March 8, 2026 10:02am</div>
<div class="comment-content"><p>Good. More of this please, fewer hundred million dollar tree movies.</p></div></li>
<li class="comment"><div class="comment-author"><b class="fn">Sal in Tacoma</b></div><div class="comment-metadata">March 8, 2026 11:47am</div>
<div class="comment-content"><p>Saw it with my mum, whole theater clapped at the end.</p></div></li></ol>
<a class="comments-more" href="#">Load more comments</a></section></article>
<aside class="a-span1@desktop sidebar"><div class="admz" id="adm-right-rail-1"><div class="adma">Advertisement</div></div>
<section class="o-must-read"><h2 class="o-must-read__heading">Must Read</h2><ul>${links(bMust, 'o-must-read__item')}</ul></section></aside></div></main>
<footer class="footer"><a class="c-logo" href="/">Backlot Daily</a><ul class="footer-links">${links(bFoot)}</ul>
<p class="footer-copyright">Backlot Daily is a part of Quarry Media. © 2026 Backlot Media, LLC. All Rights Reserved.</p></footer>
<script src="https://backlotdaily.example/wp-content/themes/vip/pmc-backlot/assets/build/js/main.js" id="main-js"></script></body></html>`;
export const boxOffice: TestPage = {
  name: 'heldout245-backlotdaily-pmc-boxoffice',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2],
  body: texts([...bBody1, ...bBody2, ...bRows, ...bBody3]),
  bylines: ['Theodora Vance', 'Box Office Editor', 'March 8, 2026 9:14am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Breaking News', ...bTicker, 'Backlot Daily', ...bNav.filter((t) => t !== 'TV'), 'Subscribe', 'Log In', '14 Comments',
    'Share on Facebook', 'Post on X', 'Share on Reddit', 'Email', 'Rosalind Achebe-Burke in ‘Harbour of Small Lights.’',
    'Pennyfold Pictures/Courtesy Everett Collection', 'Related Stories', '‘Ironbark’ Review: A Very Expensive Way To Watch Trees Fall',
    'How ‘Harbour Of Small Lights’ Sold Out Its Sneak Previews', 'Read More About:', 'Sign up for Backlot Daily’s Breaking News Alerts',
    'Sign Up', 'By subscribing, I agree to the Terms of Use and Privacy Policy.', 'Comments', 'reelcounter', 'March 8, 2026 10:02am',
    'Good. More of this please, fewer hundred million dollar tree movies.', 'Sal in Tacoma', 'March 8, 2026 11:47am',
    'Saw it with my mum, whole theater clapped at the end.', 'Load more comments', 'Must Read', ...bMust, ...bFoot,
    'Backlot Daily is a part of Quarry Media. © 2026 Backlot Media, LLC. All Rights Reserved.',
  ],
};
