import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, table } from './pages-heldout286-kit.js';

/**
 * Held-out batch 286, file a: a Guardian-style (DCR) football match report with the line-ups box and the match stats table,
 * and a national tennis federation's news story on Drupal 10 (Olivero-like theme) with breadcrumbs, tags and related news.
 */
const gTitle = 'Harbury Albion 3-1 Castlemere Rovers: Oduya double sinks ten-man visitors';
const gStand = 'Tobi Oduya scored twice after the break as Albion came from behind to climb into the top four';
const gBody = [
  j(
    'For 40 minutes this looked like another afternoon of frustration at the Quayside Ground. Castlemere had taken the lead through',
    'a looping header from Ruben Asgeirsson, Albion’s passing was slow and the home crowd had begun to grumble at every sideways ball.',
  ),
  j(
    'Then Castlemere’s captain, Dominic Pryce, lunged at Lewis Marr on the halfway line, the referee reached for a second yellow card,',
    'and the game turned on its head. By the final whistle Albion had scored three times and could have had five.',
  ),
  j(
    '“We were too polite in the first half,” said the Albion manager, Carla Featherstone. “At half-time I asked them to play forward',
    'and to stop waiting for the perfect pass. The red card helped, of course, but the intent was there before that.”',
  ),
  j(
    'The equaliser came four minutes after the restart. Marr, recovered from the challenge that ended Pryce’s afternoon, swung in a',
    'corner that the Castlemere goalkeeper, Felix Bramhall, could only punch to the edge of the area, where Oduya volleyed in off the post.',
  ),
  j(
    'Albion’s second was a goal of real quality. Jonah Achterberg carried the ball 40 yards from his own half before releasing Oduya,',
    'who cut inside his marker and curled a shot into the far corner. The striker now has nine league goals since October.',
  ),
  j(
    'Castlemere, who had defended well with 11 men, ran out of legs in the last quarter. The substitute Eli Marchetti added a third',
    'in stoppage time, tapping in after Bramhall had saved from Achterberg.',
  ),
  j(
    'The visitors’ manager, Graham Oduro, was unhappy with the sending-off. “The first yellow was soft and the second was a',
    'challenge for the ball,” he said. “I thought we were the better side until then. We will look at it again, but I am not expecting',
    'anything to change.”',
  ),
  j(
    'Albion move up to fourth, a point ahead of Dunmore, and travel to the league leaders next Saturday. Castlemere have now gone',
    'five games without a win and sit 14th.',
  ),
];
const gNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['Football', 'Cricket', 'Rugby union', 'Tennis', 'Cycling', 'Golf', 'US sports'];
const gPills = ['Championship', 'Harbury Albion', 'Castlemere Rovers', 'match reports'];
const gMost = [
  'Featherstone: ‘We stopped waiting for the perfect pass’',
  'Championship roundup: Dunmore held as leaders stretch clear',
  'The Fiver | Goals, grumbles and a goalkeeper’s gloves',
  'Women’s Super League: five things we learned this weekend',
];
const gMore = ['Castlemere Rovers sack assistant after fourth defeat in a row', 'Oduya hat-trick earns Albion a cup replay'];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Tax strategy'];
const gLineHome = ['Hale', 'Marr', 'Quist', 'Tennant', 'Pike', 'Achterberg', 'Lowe', 'Sanz', 'Oduya', 'Rudd', 'Kwarteng'];
const gLineAway = ['Bramhall', 'Pryce', 'Asgeirsson', 'Dade', 'Moran', 'Kiel', 'Vance', 'Yeo', 'Lister', 'Coote', 'Brisco'];
const gStats = table(
  ['Harbury Albion', '', 'Castlemere Rovers'],
  [
    ['61%', 'Possession', '39%'],
    ['17', 'Shots', '6'],
    ['8', 'On target', '2'],
    ['9', 'Corners', '3'],
  ],
  'dcr-1x4xz8r',
);
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Championship | The Wrenfield Guardian</title>
<meta name="description" content="${gStand}"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:author" content="https://www.wrenfieldguardian.example/profile/nina-lascelles">
<meta property="article:section" content="Football"><link rel="canonical" href="https://www.wrenfieldguardian.example/football/2026/feb/14/report">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-02-14T17:12:00.000Z",
"author":[{"@type":"Person","name":"Nina Lascelles"}],"publisher":{"@type":"Organization","name":"The Wrenfield Guardian"}}</script>
<script>window.guardian={config:{page:{contentType:"Article",section:"football",isPaidContent:false}}};</script>
<style class="webfont">@font-face{font-family:GuardianTextEgyptian;}</style></head>
<body><div id="bannerandheader"><a href="#maincontent" class="dcr-13cjyz8">Skip to main content</a>
<header data-component="header" class="dcr-1m7u4n5"><a href="/" class="dcr-tipqrh"><span class="dcr-1p0hins">The Wrenfield Guardian - Back to home</span></a>
<nav data-component="nav2" aria-label="Guardian sections"><ul class="dcr-vhr8gb" role="list">${links(gNav, 'dcr-q3pgrf')}</ul>
<ul data-testid="sub-nav" class="dcr-1bm7q9h">${links(gSub, 'dcr-1ytwsx9')}</ul></nav>
<div class="dcr-support-banner"><a href="/support" data-link-name="header : topbar : support">Support the Wrenfield Guardian</a></div></header></div>
<main data-layout="StandardLayout" class="dcr-1x8vsqw"><article class="dcr-1nc8qxu">
<div data-gu-name="title"><div class="dcr-ehddvu"><a href="/football/championship" class="dcr-1xbyhqg">Championship</a></div></div>
<div data-gu-name="headline" class="dcr-16sq5zs"><h1 class="dcr-1fy8q8x">${gTitle}</h1></div>
<div data-gu-name="standfirst" class="dcr-1yi1cnj"><div class="dcr-1nupyp2"><p>${gStand}</p></div></div>
<div data-gu-name="meta" class="dcr-1n9k6ro"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline">
<div class="dcr-1cfpnlw"><a rel="author" href="/profile/nina-lascelles">Nina Lascelles</a> at the Quayside Ground</div></address>
<details class="dcr-1vi2ek9" data-component="dateline"><summary><span class="dcr-u0h1qy">Sat 14 Feb 2026 17.12 GMT</span></summary>
<span>Last modified on Sat 14 Feb 2026 19.40 GMT</span></details>
<div data-component="share"><ul class="dcr-1hx4mh1"><li><a href="#" data-ignore="global-link-styling" aria-label="Share on Facebook">Share on Facebook</a></li>
<li><a href="#" aria-label="Share on Bluesky">Share on Bluesky</a></li><li><button class="dcr-copy">Copy link</button></li></ul></div>
<a href="#comments" class="dcr-1tlq8ij" data-link-name="comment count">View comments</a></div>
<div data-gu-name="media"><figure class="dcr-gllrwp" data-spacefinder-role="inline"><img src="https://i.guim.example/img/oduya.jpg"
alt="Tobi Oduya celebrates">
<figcaption class="dcr-1rds7ex"><span class="dcr-1kv2nmz">Tobi Oduya wheels away after his second goal.</span>
<span class="dcr-1jy2lk">Photograph: Petra Sollis/Shutterstock</span></figcaption></figure></div>
<div data-gu-name="body" class="dcr-1ckkxgk"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1qvd3m6">
${ps(gBody.slice(0, 3), ' class="dcr-1qo6rs9"')}
<aside data-component="rich-link" class="dcr-11vgagj"><div class="dcr-rich-link"><span class="dcr-1ohudr4">Read more</span>
<a href="/football/2026/feb/10/castlemere">${gMore[0]}</a></div></aside>
${ps(gBody.slice(3), ' class="dcr-1qo6rs9"')}
</div>
<div data-gu-name="lineups" class="dcr-lineups"><h2 class="dcr-lineups-title">Line-ups</h2><div class="dcr-team"><h3>Harbury Albion</h3>
<ul>${lis(gLineHome)}</ul></div><div class="dcr-team"><h3>Castlemere Rovers</h3><ul>${lis(gLineAway)}</ul></div>
<p class="dcr-referee">Referee: Owen Threlfall</p></div>
<div data-gu-name="match-stats" class="dcr-match-stats"><h2>Match stats</h2>${gStats}</div>
<div data-component="keyword-list" class="dcr-1e6e2c6"><span class="dcr-sr">Explore more on these topics</span><ul>${links(gPills, 'dcr-pill')}</ul></div>
<div class="dcr-1yeuu3b"><a href="/info/reuse" class="dcr-reuse">Reuse this content</a></div>
<div data-component="epic" class="dcr-contributions-epic"><h2>You’ve read 9 articles in the last year</h2>
<p>We are funded by readers, not shareholders. A contribution of any size keeps our sport reporting free for everyone.</p>
<a href="/contribute" class="dcr-epic-button">Support us</a></div></div></article>
<section data-component="most-viewed" class="dcr-onward"><h2 class="dcr-onward-title">Most viewed</h2><ol>${links(gMost)}</ol></section>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul>${links(gMore)}</ul></section>
<section id="comments" data-component="discussion"><h2>Comments (142)</h2>
<p class="dcr-discussion-closed">This discussion is closed for comments.</p>
<div class="dcr-comment"><span class="dcr-comment-author">Quaysider77</span>
<p>Second half was the best we have played all season. Achterberg’s run for the second goal!</p></div></section></main>
<footer data-component="footer" class="dcr-footer"><ul class="dcr-footer-links">${links(gFoot)}</ul>
<p class="dcr-copyright">© 2026 Wrenfield News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
<div id="sp_message_container_812" class="sp-consent"><p>We use cookies to improve your experience and to show you personalised ads.</p>
<button title="Yes, I’m happy">Yes, I’m happy</button><button title="Manage or reject cookies">Manage or reject cookies</button></div>
<script src="https://assets.guim.example/assets/frameworks.js" defer></script></body></html>`;
const guardian: TestPage = {
  name: 'heldout286-guardian-dcr-match-report',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gStand, ...gBody]),
  bylines: ['Nina Lascelles', 'Sat 14 Feb 2026 17.12 GMT', 'Last modified on Sat 14 Feb 2026 19.40 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Wrenfield Guardian - Back to home', ...gNav, ...gSub, 'Support the Wrenfield Guardian', 'Championship',
    'Share on Facebook', 'Share on Bluesky', 'Copy link', 'View comments', 'Tobi Oduya wheels away after his second goal.',
    'Photograph: Petra Sollis/Shutterstock', 'Read more', 'Explore more on these topics', 'Harbury Albion', 'Castlemere Rovers', 'match reports',
    'Reuse this content', 'You’ve read 9 articles in the last year',
    'We are funded by readers, not shareholders. A contribution of any size keeps our sport reporting free for everyone.', 'Support us',
    'Most viewed', ...gMost, 'More on this story', ...gMore, 'Comments (142)', 'This discussion is closed for comments.', 'Quaysider77',
    'Second half was the best we have played all season. Achterberg’s run for the second goal!', ...gFoot,
    '© 2026 Wrenfield News & Media Limited or its affiliated companies. All rights reserved.',
    'We use cookies to improve your experience and to show you personalised ads.', 'Yes, I’m happy', 'Manage or reject cookies',
  ],
};

const tTitle = 'Marlowe and Ekwueme lead home charge into Northgate Indoor Open quarter-finals';
const tBody = [
  j(
    'Two home players have reached the quarter-finals of the Northgate Indoor Open for the first time since 2019, after Isla Marlowe',
    'and Chidi Ekwueme both won in straight sets on a busy Wednesday at the National Tennis Centre in Ashbourne.',
  ),
  j(
    'Marlowe, the 22-year-old from Kelsby, beat the fifth seed Annika Stroud 6-4 7-5 in an hour and 48 minutes. She saved all six',
    'break points she faced in the second set and served out the match at the second attempt.',
  ),
  j(
    '“I have watched this tournament from the stands since I was nine,” Marlowe said. “To win on the centre court with my family',
    'there is something I will remember for a long time. But I am not finished yet.”',
  ),
  j(
    'Ekwueme, ranked 131 in the world, needed only 71 minutes to beat the qualifier Teo Varga 6-2 6-3. The left-hander hit 11 aces',
    'and won 85 per cent of the points on his first serve.',
  ),
  'Wednesday’s results for home players:',
  'Isla Marlowe bt Annika Stroud (5) 6-4 7-5',
  'Chidi Ekwueme bt Teo Varga (Q) 6-2 6-3',
  'Hattie Brennan lost to Leonie Faure (2) 3-6 4-6',
  'Sam Ridley and Oscar Fenn bt Marco Lenz and Pavel Durov 7-6 6-4',
  j(
    'The federation’s head of performance, Dr Rosalind Achebe, said the results showed the value of the indoor programme launched',
    'three years ago. “Both Isla and Chidi came through our regional centres,” she said. “This is what the investment was for.”',
  ),
  j(
    'Tickets for Thursday’s quarter-finals are still available. Members of the federation’s Advantage scheme can buy them at a',
    'reduced price until midday on the day of play.',
  ),
];
const tHead = ['Ekwueme through in 71 minutes', 'What’s next'];
const tNext = j(
  'Marlowe will play the top seed Leonie Faure on Thursday evening, while Ekwueme meets the Belgian Arnaud Piette in the afternoon',
  'session. Both matches will be shown live on the federation’s streaming channel.',
);
const tMenu = ['Play', 'Competitions', 'Coaching', 'Venues', 'News', 'Membership', 'Shop'];
const tUtil = ['Find a court', 'Log in', 'Join'];
const tCrumb = ['Home', 'News', 'Tournaments'];
const tTags = ['Indoor Open 2026', 'Professional tennis', 'Player pathway'];
const tRel = ['Brennan and Fenn named in nations cup squad', 'Indoor programme to open two new regional centres', 'How to enter the junior winter series'];
const tFoot = ['Accessibility', 'Safeguarding', 'Privacy notice', 'Cookie settings', 'Careers', 'Contact us'];
const tHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${tTitle} | Lowland Tennis Federation</title><meta name="description" content="Two home players reach the quarter-finals in Ashbourne.">
<link rel="canonical" href="https://www.lowlandtennis.example/news/marlowe-ekwueme-quarter-finals"><meta name="Generator"
content="Drupal 10 (https://www.drupal.org)">
<meta property="og:site_name" content="Lowland Tennis Federation"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tTitle}",
"datePublished":"2026-02-11T18:30:00+0000","author":{"@type":"Organization","name":"Lowland Tennis Federation"}}]}</script>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412"},"gtag":{"tagId":"G-X1"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3Y.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region--header"><div id="block-sitebranding" class="site-branding">
<a href="/" rel="home" class="site-branding__name">Lowland Tennis Federation</a></div>
<nav role="navigation" aria-labelledby="block-utility-menu" id="block-utility" class="block block-menu navigation menu--utility">
<h2 class="visually-hidden" id="block-utility-menu">Utility</h2><ul class="menu">${links(tUtil, 'menu__item')}</ul></nav>
<nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main">
<ul class="menu menu--level-1">${links(tMenu, 'menu__item')}</ul></nav>
</div></header>
<div class="region region--breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb__list">${links(tCrumb, 'breadcrumb__item')}</ol>
</nav></div></div>
<main role="main" class="main"><a id="main-content" tabindex="-1"></a><div class="region region--content">
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="4412" role="article" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><h1 class="page-title"><span class="field field--name-title field--type-string">${tTitle}</span></h1>
<div class="node__meta"><span class="field field--name-field-news-category">Tournaments</span>
<span class="node__submitted">Published <time datetime="2026-02-11T18:30:00Z">11 February 2026</time></span>
<span class="field field--name-field-read-time">3 min read</span></div></header>
<div class="node__content"><div class="field field--name-field-hero-image field--type-image"><figure class="media media--type-image">
<img src="/sites/default/files/2026-02/marlowe.jpg" alt="Isla Marlowe serves" loading="lazy">
<figcaption class="media__caption">Isla Marlowe on her way to a straight-sets win over the fifth seed. Picture: Ashbourne Sports Photography</figcaption>
</figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(tBody.slice(0, 3))}
<h2>${tHead[0]}</h2>
${ps(tBody.slice(3, 5))}
<ul>${lis(tBody.slice(5, 9))}</ul>
<blockquote><p>${tBody[9]}</p></blockquote>
<p class="promo"><strong>Read more:</strong> <a href="/news/indoor-programme-centres">${tRel[1]}</a></p>
<h2>${tHead[1]}</h2>
<p>${tNext}</p>
${ps(tBody.slice(10))}
</div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div>
<div class="field__items">${tTags.map((t) => `<div class="field__item"><a href="/tags/${t.length}">${t}</a></div>`).join('')}</div></div>
<div class="social-share"><span class="social-share__label">Share this article</span>
<a href="#" class="social-share__link--x">Share on X</a><a href="#" class="social-share__link--facebook">Share on Facebook</a>
<a href="#" class="social-share__link--email">Email</a></div></div></article></div>
<div class="views-element-container block block-views" id="block-views-block-related-news-block-1"><h2 class="block__title">Related news</h2>
<div class="view view-related-news"><ul class="views-view-list">${links(tRel, 'views-row')}</ul></div></div>
<div id="block-newsletter" class="block block-newsletter"><h2>Get the federation newsletter</h2>
<p>Results, coaching tips and ticket offers, once a fortnight.</p><form><input type="email" placeholder="Email address">
<button type="submit">Sign up</button></form></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region--footer"><ul class="menu">${links(tFoot, 'menu__item')}</ul>
<p>© 2026 Lowland Tennis Federation. Registered charity no. 1098832.</p></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies on this site to enhance your user experience.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Decline</button></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const tennis: TestPage = {
  name: 'heldout286-drupal-tennis-federation-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHead,
  body: texts([...tBody.slice(0, 10), tNext, ...tBody.slice(10)]),
  bylines: ['Published 11 February 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Lowland Tennis Federation', ...tUtil, ...tMenu, ...tCrumb,
    'Isla Marlowe on her way to a straight-sets win over the fifth seed. Picture: Ashbourne Sports Photography', 'Read more:',
    'Tags', ...tTags, 'Share this article', 'Share on X', 'Share on Facebook', 'Email', 'Related news', ...tRel, 'Get the federation newsletter',
    'Results, coaching tips and ticket offers, once a fortnight.', 'Sign up', ...tFoot, '© 2026 Lowland Tennis Federation. Registered charity no. 1098832.',
    'We use cookies on this site to enhance your user experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT286_A: readonly TestPage[] = [guardian, tennis];
