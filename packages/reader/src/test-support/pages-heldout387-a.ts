import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout387-kit.js';

/**
 * Held-out batch 387, file a: a BoardGameGeek-style game page (Angular markup, a data page whose main text is the short
 * publisher description: header with ratings and weight, credits, tab bar, stats panel, marketplace, forum rail, ads) and a
 * publisher's rules FAQ article on a Zendesk Help Center (Copenhagen theme: breadcrumbs, author meta, votes, sidebar, comments).
 */
const gTitle = 'Saltmarsh Lanterns';
const gBody = [
  j(
    'The tide is coming in over the Brackwater flats, and the lantern keepers have one night to guide the eel boats home.',
    'In <em>Saltmarsh Lanterns</em>, two to four players place keepers on the shifting marsh, light lanterns along the channels,',
    'and trade peat, oil and reed for the favour of the three river guilds.',
  ),
  j(
    'Each round the tide board turns a notch, flooding some channels and opening others. A lantern lit on a channel that floods',
    'is lost, but a lantern lit on a channel that opens earns its keeper the guild tokens of every boat that passes it.',
    'Reading the tide and committing your oil at the right moment is the heart of the game.',
  ),
  j(
    'Players draft keeper cards from a shared row. Every keeper has a day action and a night action, and a card played for',
    'its day action is flipped and stays in front of you, so the order you play your keepers shapes the whole evening.',
  ),
  'The box contains:',
  '1 double-sided tide board',
  '48 keeper cards',
  '36 wooden lanterns in four colours',
  '60 resource tokens (peat, oil and reed)',
  '1 solo deck of 18 cards for the Heron automa',
  j(
    'After six tides the game ends, and the player with the most favour across the three guilds wins. Ties are broken by the',
    'number of lanterns still burning on the board.',
  ),
];
const gNav = ['Browse', 'Forums', 'GeekMarket', 'Help', 'Games', 'People', 'Hot Games', 'Recent Additions'];
const gTabs = ['Overview', 'Files', 'Images', 'Videos', 'Stats', 'Versions', 'Expansions', 'Marketplace'];
const gForums = ['Is the Heron automa too strong on the advanced side?', 'Flooded channel and the Ferrywoman keeper', 'Sleeve sizes for the keeper cards'];
const gFoot = ['About', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Contact Us', 'Community Rules'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Saltmarsh Lanterns | Board Game | GameGeekery</title>
<meta name="description" content="Guide the eel boats home across the flooding marsh.">
<meta property="og:title" content="Saltmarsh Lanterns"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Saltmarsh Lanterns",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"7.8","reviewCount":"1432"}}</script>
<script>window.GEEK = window.GEEK || {}; GEEK.geekitemPreload = {"item":{"objectid":"381274","name":"Saltmarsh Lanterns"}};</script>
</head><body class="ng-scope"><gg-app><div class="global-header"><gg-header class="global-header-nav">
<a class="navbar-brand" href="/"><span class="sr-only">GameGeekery</span></a><ul class="nav navbar-nav">${links(gNav, 'dropdown')}</ul>
<form class="global-search"><input type="search" placeholder="Search"></form><a class="btn btn-primary" href="/join">Join</a>
<a href="/login" class="btn">Sign In</a></gg-header></div>
<div class="ad-leaderboard"><gg-ad><span class="ad-label">Advertisement</span><div id="dfp-leaderboard"></div></gg-ad></div>
<div class="game-header"><div class="game-header-image"><img src="/images/pic8812.jpg" alt="Saltmarsh Lanterns box cover"></div>
<div class="game-header-body"><div class="game-header-title"><div class="game-header-title-info">
<h1><a ui-sref="geekitem.overview" class="ng-binding" href="/boardgame/381274/saltmarsh-lanterns">Saltmarsh Lanterns</a>
<span class="game-year ng-binding">(2025)</span></h1>
<div class="game-header-subtitle"><span class="ng-binding">Light the channels before the tide turns.</span></div></div>
<div class="rating-overall"><span class="rating-overall-callout">7.8</span><a class="rating-stats" href="/stats">1.4K Ratings &amp; 212 Comments</a></div></div>
<ul class="gameplay"><li class="gameplay-item">2–4 Players</li><li class="gameplay-item">60–90 Min</li><li class="gameplay-item">Age: 12+</li>
<li class="gameplay-item">Weight: 2.61 / 5</li></ul>
<ul class="game-header-credits"><li>Designer: <a href="/designer/1">Oona Paskett</a></li><li>Artist: <a href="/artist/2">Ruel Demarne</a></li>
<li>Publisher: <a href="/publisher/3">Fenlight Games</a></li></ul>
<div class="game-header-actions"><button class="btn">Add to Collection</button><button class="btn">Log Play</button><button class="btn">Subscribe</button></div>
</div></div>
<nav class="game-tabs"><ul class="nav nav-tabs">${links(gTabs, 'nav-item')}</ul></nav>
<div class="game-primary"><div class="row"><div class="col-md-8">
<div class="panel panel-default"><div class="panel-header"><h3 class="panel-title">Description</h3></div>
<div class="panel-body"><div class="game-description-body"><article class="game-description-body ng-binding"
ng-bind-html="geekitemctrl.geekitem.data.item.description|to_trusted">
${ps(gBody.slice(0, 4))}
<ul>${lis(gBody.slice(4, 9))}</ul>
${ps(gBody.slice(9))}
</article><p class="game-description-credit">Description from the publisher</p></div></div></div>
<div class="panel"><h3 class="panel-title">Forums</h3><ul class="summary">${links(gForums, 'summary-item')}</ul>
<a href="/forums" class="btn-more">See All Forums</a></div></div>
<div class="col-md-4"><div class="panel"><h3 class="panel-title">Stats</h3><ul class="outline">
<li><span>Avg. Rating</span> 7.84</li><li><span>No. of Ratings</span> 1,432</li><li><span>Overall Rank</span> 611</li>
<li><span>Own</span> 5,209</li><li><span>Wishlist</span> 2,877</li></ul></div>
<div class="panel"><h3 class="panel-title">Marketplace</h3><p class="marketplace-row">Lowest price: 41.00 USD</p>
<a href="/market" class="btn-more">View All Listings</a></div>
<div class="ad-sidebar"><span class="ad-label">Advertisement</span></div></div></div></div>
<footer class="global-footer"><ul class="footer-links">${links(gFoot)}</ul><p class="footer-copy">© 2026 GameGeekery, Inc.</p></footer>
</gg-app><script src="/static/app.bundle.js"></script></body></html>`;
const geekery: TestPage = {
  name: 'heldout387-gamegeekery-game-page',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GameGeekery', ...gNav, 'Join', 'Sign In', 'Advertisement', '(2025)', 'Light the channels before the tide turns.', '1.4K Ratings & 212 Comments',
    '2–4 Players', '60–90 Min', 'Age: 12+', 'Weight: 2.61 / 5', 'Oona Paskett', 'Ruel Demarne', 'Fenlight Games', 'Add to Collection', 'Log Play',
    'Subscribe', ...gTabs, 'Description', 'Description from the publisher', ...gForums, 'See All Forums', 'Avg. Rating', 'No. of Ratings', 'Overall Rank',
    'Wishlist', 'Lowest price: 41.00 USD', 'View All Listings', ...gFoot, '© 2026 GameGeekery, Inc.',
  ],
};

const zTitle = 'Rules FAQ: Scouting, ambushes and the Watchtower card';
const zIntro = [
  j(
    'This page collects the questions we are asked most often about scouting and ambushes in <em>Thornwick Vale</em>.',
    'Answers here override the first printing of the rulebook where the two disagree.',
  ),
];
const zQs: [string, string[]][] = [
  [
    'Can I scout a region that already holds an enemy camp?',
    [
      j(
        'Yes. Scouting only requires that the region is adjacent to one of your units. An enemy camp does not block scouting,',
        'but if the camp has a Watchtower card attached, the owner of the camp may reveal the Watchtower to cancel your scout.',
      ),
      'A cancelled scout still costs you the action, but you keep the scout token in your supply.',
    ],
  ],
  [
    'When exactly does an ambush trigger?',
    [
      j(
        'An ambush triggers the moment a unit enters a forest region holding a face-down ambush token, before any other effect',
        'of that movement. If several units move together, the ambush triggers once, against the whole group.',
      ),
      'The order of play is:',
      'Reveal the ambush token and check its strength.',
      'The moving player may discard one Cover card to reduce the strength by one.',
      'Compare the strength with the group and remove casualties.',
      'Surviving units finish their move in the forest region.',
    ],
  ],
  [
    'Does the Watchtower card count towards my hand limit?',
    [
      j(
        'No. Once a Watchtower is attached to a camp it is no longer in your hand. It returns to your hand only if the camp is',
        'destroyed, and at that point it does count, so you may have to discard down to seven at the end of the turn.',
      ),
    ],
  ],
  [
    'Do ambushes affect units that are only passing through?',
    [
      j(
        'Yes. A unit does not have to end its move in the forest to trigger an ambush. Entering the region is enough, which is',
        'why cautious players scout a forest before marching through it, even when the forest is not their destination.',
      ),
    ],
  ],
  [
    'Can two ambush tokens sit in the same forest?',
    [
      j(
        'Not in the base game. The Deepwood expansion allows a second token in old-growth forests only, and its rules',
        'take precedence when you play with it.',
      ),
      'If you still have a question after reading this page, post it in our community forum and a rules volunteer will answer.',
    ],
  ],
];
const zCrumbs = ['Ashgrove Games Support', 'Rules & Gameplay', 'Thornwick Vale FAQ'];
const zSide = ['Rules FAQ: Scouting, ambushes and the Watchtower card', 'Setting up a two-player game', 'Missing or damaged components'];
const zRelated = ['Thornwick Vale second printing changes', 'How to read the region cards'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Ashgrove Games Support</title>
<meta name="description" content="Answers to common rules questions about scouting and ambushes.">
<meta property="og:type" content="article"><link rel="canonical" href="https://support.ashgrove.example/hc/en-us/articles/8830117">
<script type="text/javascript">window.HelpCenter = {}; HelpCenter.account = {"subdomain":"ashgrove"}; HelpCenter.user = {"role":"anonymous"};</script>
</head><body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="/logo.png" alt="Ashgrove Games Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li>
<a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search">
</form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSide, 'sidenav-item')}</ul>
<a href="/hc/en-us/sections/1" class="article-sidebar-item">See more</a></div></div>
</aside><article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/av.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/4411-Maren-Colquist">Maren Colquist</a><ul class="meta-group">
<li class="meta-data"><time datetime="2026-02-11T10:04:51Z" title="2026-02-11 10:04" data-datetime="relative">February 11, 2026 10:04</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
${zQs.map(([q, a]) => `<h2>${q}</h2>\n${a.length > 3 ? `${ps(a.slice(0, 2))}\n<ol>${lis(a.slice(2))}</ol>` : ps(a)}`).join('\n')}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div>
<div class="article-comment-count"><a href="#comments" class="article-comment-count-link">Comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button class="button article-vote article-vote-up">Yes</button>
<button class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><h2 id="comments">Comments</h2>
<div class="comment-overview"><p class="comment-callout">0 comments</p></div>
<p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Ashgrove Games</a>
<div class="footer-language-selector"><button class="dropdown-toggle">English (US)</button></div></div></footer>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to remember your language and to keep you signed in.</p>
<button class="button-primary">Accept</button><button class="button">Decline</button></div>
<script src="https://static.zdassets.example/hc/assets/hc_enduser.js"></script></body></html>`;
const ashgrove: TestPage = {
  name: 'heldout387-zendesk-help-center-rules-faq',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zQs.map(([q]) => q),
  body: texts([...zIntro, ...zQs.flatMap(([, a]) => a)]),
  bylines: ['Maren Colquist', 'February 11, 2026 10:04', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', 'Setting up a two-player game',
    'Missing or damaged components', 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Comments', 'Was this article helpful?',
    '14 out of 17 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated, '0 comments',
    'Article is closed for comments.', 'Ashgrove Games', 'English (US)', 'We use cookies to remember your language and to keep you signed in.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT387_A: readonly TestPage[] = [geekery, ashgrove];
