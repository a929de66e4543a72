import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 29, file a2: a CBS News story (the "content__" template: site header with "Local" menu and "Watch CBS News",
 * section label, headline, byline with the "Updated on: ... / CBS News" timestamp, the share row with "Add CBS News on Google",
 * lead image with caption and credit, an embedded video with its title and duration between paragraphs, the "In:" topic tags,
 * the author card with a bio, "More from CBS News", "Trending News" rail, the notification prompt and the footer).
 */
const cbTitle = 'Hundreds of cold-stunned sea turtles wash ashore on Cape Cod after early cold snap';
const cbBody1 = [
  'Volunteers walking the beaches of Cape Cod Bay have picked up more than 400 sea turtles in the past week, most of them too cold ' +
    'to move, after an early blast of Arctic air dropped water temperatures by nearly 10 degrees in three days.',
  'The turtles, mostly juvenile Kemp’s ridleys about the size of a dinner plate, linger in the bay through the fall, feeding on ' +
    'crabs. When the water cools quickly, they become sluggish, then stop swimming altogether and are pushed onto the sand by ' +
    'the wind.',
  '“They look dead when you find them,” said Hollis Greer, who coordinates about 150 volunteers for the Outer Cape Turtle Patrol. ' +
    '“Their flippers are limp, their eyes are half closed. But a lot of them are still alive, and if we get them warm slowly, ' +
    'most will make it.”',
  'Volunteers walk assigned stretches of beach at every high tide, often in the dark, wrapping each turtle they find in a towel ' +
    'and carrying it to a collection point. From there, the animals are driven to the New England Marine Rehabilitation Center ' +
    'in Quincy, where staff raise their body temperature by about five degrees a day.',
];
const cbBody2 = [
  'The center had treated 412 turtles by Thursday afternoon, more than in all of last season, said its medical director, ' +
    'Dr. Evander Szabo. About a third have pneumonia, and a handful had cracked shells from being tossed against rocks.',
  '“We are running out of room,” Szabo said. “Every table, every kiddie pool, every corner of the building has a turtle in it ' + 'right now.”',
  'Once the turtles are stable, the center plans to fly them in batches to partner aquariums in Georgia and Florida, where they ' +
    'will be released into warmer water in the spring. A group of private pilots has offered six flights so far.',
  'Scientists are still debating why cold-stun numbers have grown over the past two decades. One explanation is that warming ' +
    'in the Gulf of Maine has drawn more young turtles north each summer, leaving more of them stranded when the first cold ' +
    'snap arrives.',
  'Greer asked anyone who finds a turtle on the beach not to put it back in the water, which can kill it, but to move it above ' +
    'the high-tide line, cover it with seaweed and call the patrol’s hotline.',
  '“Don’t try to warm it up in your car,” she said. “That is the one thing people always want to do, and it is the worst thing ' + 'for them.”',
];
const cbNav = ['Latest', 'U.S.', 'World', 'Politics', 'Entertainment', 'HealthWatch', 'MoneyWatch', 'Crime', 'Sports', 'Essentials'];
const cbLocal = ['Boston', 'New York', 'Chicago', 'Philadelphia', 'Los Angeles'];
const cbCaption = 'A volunteer carries a cold-stunned Kemp’s ridley sea turtle off a beach in Eastham, Massachusetts, on Nov. 19, 2025.';
const cbVideo = 'Volunteers race the tide to rescue stranded sea turtles';
const cbTags = ['Cape Cod', 'Massachusetts', 'Sea Turtles', 'Animal Rescue'];
const cbBio = 'Nadia Kessler is a reporter for CBS News Boston covering the environment, the coast and the Cape and Islands.';
const cbMore = [
  'North Atlantic right whale calf spotted off Nantucket, a first for November',
  'Why Massachusetts towns are moving beach parking lots inland',
  'Harbor seal pup rescued from storm drain in Gloucester',
  'Cranberry growers say warm fall delayed this year’s harvest',
];
const cbTrending = [
  'Thanksgiving travel forecast: Storms could snarl roads in the Northeast',
  'Powerball jackpot climbs to $640 million after no winner',
  'Recall issued for frozen waffles sold in 12 states',
];
const cbFoot = [
  'Privacy Policy',
  'California Notice',
  'Your Privacy Choices',
  'Terms of Use',
  'About',
  'Advertise',
  'Closed Captioning',
  'CBS News Store',
  'Careers',
  'Help',
  'Contact Us',
];
const cbHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${cbTitle} - CBS Boston</title>
<meta name="description" content="Volunteers have picked up more than 400 sea turtles on Cape Cod Bay beaches in the past week.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cbTitle}","dateModified":"2025-11-21T00:08:00-0500",
"author":[{"@type":"Person","name":"Nadia Kessler"}],"publisher":{"@type":"Organization","name":"CBS News"}}</script>
<script>window.CBSNEWS={"features":{"notifications":true},"edition":"us","siteSection":"boston"};</script></head>
<body class="device--type-desktop content-type--article edition--us site--local-boston">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header id="site-header" class="site-header site-header--local"><div class="site-header__wrapper">
<a class="site-header__logo" href="/boston/"><span class="sr-only">CBS Boston</span></a>
<nav class="site-nav" aria-label="Main navigation"><ul class="site-nav__list">${links(cbNav, 'site-nav__item')}</ul>
<div class="site-nav__local"><button class="site-nav__local-toggle" aria-expanded="false">Local News</button>
<ul class="site-nav__local-list" hidden>${links(cbLocal, 'site-nav__local-item')}</ul></div></nav>
<a class="site-header__live button button--live" href="/live/">Watch CBS News</a></div></header>
<div class="ad-wrapper ad-wrapper--leaderboard"><div id="leader-plus-top" class="ad-slot" data-slot-type="leader-plus"></div></div>
<main id="main-content"><article id="article-0" class="content content-article content--lead-image" data-sort-time="1763701680000"
data-type="article"><header class="content__header"><div class="content__header-wrapper">
<a class="content__section-label" href="/boston/local-news/">Local News</a>
<h1 class="content__title">${cbTitle}</h1>
<div class="content__meta-wrapper"><p class="content__meta content__meta--byline"><span class="byline__author">By
<a class="byline__author__link" href="/boston/team/nadia-kessler/">Nadia Kessler</a></span></p>
<p class="content__meta content__meta--timestamp"><time datetime="2025-11-21T00:08:00-0500">Updated on: November 21, 2025 / 12:08 AM EST /
CBS Boston</time></p></div>
<ul class="content__share" aria-label="Share this article"><li><a class="share-link share-link--google" href="#">Add CBS News on Google</a></li>
<li><a class="share-link" href="#" aria-label="Share on Facebook">Facebook</a></li><li><a class="share-link" href="#">Twitter</a></li>
<li><a class="share-link" href="#">Reddit</a></li><li><a class="share-link" href="#">Flipboard</a></li><li><a class="share-link" href="#">Email</a></li></ul>
</div></header>
<figure class="embed embed--type-image embed--size-full content__lead-image"><span class="img embed__content">
<img src="https://assets3.cbsnewsstatic.example/hub/i/r/2025/11/20/turtle-rescue.jpg" alt="Sea turtle rescue" width="1280" height="720"></span>
<figcaption class="embed__caption"><span class="embed__caption-text">${cbCaption}</span> <span class="embed__credit">Nadia Kessler / CBS Boston</span>
</figcaption></figure>
<section class="content__body">
${cbBody1.map((t) => `<p>${t}</p>`).join('\n')}
<figure class="embed embed--type-video embed--float-none" data-video-id="cbs-turtle-0c91"><div class="embed__content video-player__placeholder">
<button class="video-player__play" aria-label="Play video"></button><span class="video-player__duration">02:14</span></div>
<figcaption class="embed__title">${cbVideo}</figcaption></figure>
<div class="ad-wrapper ad-wrapper--inline"><div class="ad-slot" data-slot-type="mpu-plus-middle"></div></div>
${cbBody2.map((t) => `<p>${t}</p>`).join('\n')}
</section>
<footer class="content__footer"><ul class="content__tags"><li class="content__tag content__tag--label">In:</li>
${cbTags.map((t) => `<li class="content__tag"><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}</ul>
<div class="content-author"><a class="content-author__image" href="/boston/team/nadia-kessler/"><img src="/nadia-kessler.jpg" alt=""></a>
<div class="content-author__text"><a class="content-author__name" href="/boston/team/nadia-kessler/">Nadia Kessler</a>
<p class="content-author__bio">${cbBio}</p></div></div>
<p class="content__copyright">© 2025 CBS Broadcasting Inc. All Rights Reserved.</p></footer></article>
<section class="component list-river" data-component="more-from"><h2 class="component__title">More from CBS News</h2>
<ul class="component__item-wrapper">${cbMore
  .map((t) => `<li class="item item--type-article"><a class="item__anchor" href="#"><h4 class="item__hed">${t}</h4></a></li>`)
  .join('')}</ul>
</section>
<aside class="component list-trending"><h2 class="component__title">Trending News</h2><ol>${links(cbTrending, 'item')}</ol></aside></main>
<div class="browser-notification-prompt" role="dialog" hidden><p><strong>Be the first to know</strong></p>
<p>Get browser notifications for breaking news, live events, and exclusive reporting.</p><button>Not Now</button><button>Turn On</button></div>
<footer class="site-footer"><div class="site-footer__logo">CBS News</div><ul class="site-footer__links">${links(cbFoot)}</ul>
<p class="site-footer__copyright">Copyright ©2025 CBS Interactive Inc. All rights reserved.</p></footer>
<script src="https://www.cbsnews.example/fly/bundles/cbsnewscontent/js/main.js" defer></script></body></html>`;
export const cbs: TestPage = {
  html: cbHtml,
  name: 'heldout29-cbs-news-story',
  kind: 'news',
  // the story has no dek and no headings; "Nadia Kessler" (byline and author card, listed once) and the "Updated on" line with
  // its station tag are bylines ("By" in neither); the author card's bio, the lead caption and its credit, the embedded video's
  // title and duration, the tags after "In:" (a label, in neither list, as "By"), the article copyright line, "More from CBS
  // News", "Trending News", the share row, the (hidden) notification prompt, the section label, nav, local menu and footer are
  // furniture; the tags "Cape Cod" and "Sea Turtles" and the footer's "About" are words of the title and body: left out
  title: cbTitle,
  headings: [],
  body: [...texts(cbBody1), ...texts(cbBody2)],
  bylines: ['Nadia Kessler', 'Updated on: November 21, 2025 / 12:08 AM EST / CBS Boston'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'CBS Boston', ...cbNav, 'Local News', ...cbLocal, 'Watch CBS News', 'Add CBS News on Google', 'Facebook', 'Twitter',
    'Reddit', 'Flipboard', 'Email', cbCaption, 'Nadia Kessler / CBS Boston', '02:14', cbVideo,
    ...cbTags.filter((t) => !['Cape Cod', 'Sea Turtles'].includes(t)), cbBio, '© 2025 CBS Broadcasting Inc. All Rights Reserved.',
    'More from CBS News', ...cbMore, 'Trending News', ...cbTrending, 'Be the first to know',
    'Get browser notifications for breaking news, live events, and exclusive reporting.', 'Not Now', 'Turn On', 'CBS News',
    ...cbFoot.filter((t) => t !== 'About'), 'Copyright ©2025 CBS Interactive Inc. All rights reserved.',
  ],
};
