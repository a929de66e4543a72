import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout286-kit.js';

/**
 * Held-out batch 286, file d: a fantasy-football advice column as a Substack post (post header, subscribe widgets, like /
 * comment / restack buttons, comments) and a cycling stage report on a WordPress site with the tagDiv Newspaper theme
 * (td- classes, breadcrumbs, share bar, related posts block, footer).
 */
const xTitle = 'Gameweek 24: Five waiver moves before the deadline';
const xSub = 'Sell the slumping striker, trust the full-back with fixtures, and why I am finally benching my captain.';
const xBody = [
  j(
    'Welcome back to the Friday column. Last week’s picks went three from five, which I will take, and the reader who told me to',
    'drop Pellegrini before his hamstring went deserves a free subscription. You know who you are.',
  ),
  j(
    'With a double gameweek coming in round 26, this is the last calm week to set up your squad. Here is where I would spend your',
    'free transfer and, if you have the budget, a hit.',
  ),
  j(
    'Toby Garland has three clean sheets in four and plays two of the bottom three next. He is owned by fewer than 6 per cent of',
    'managers and costs less than a bench midfielder. Buy him now.',
  ),
  j(
    'Enzo Lachance has not scored from open play since December, and his expected goals have fallen in each of the last five games.',
    'The price will drop this weekend. Sell before it does.',
  ),
  'The quick hits:',
  'Bring in Rafe Doherty if you need a fourth defender under 5.0m.',
  'Hold Kamara through the blank; the double in round 26 is worth waiting for.',
  'Avoid the Brindle goalkeepers until their centre-back returns.',
  j(
    'Finally, the captaincy. I have captained Marco Ostrava in 19 of 23 weeks, but away at the league leaders I am handing the',
    'armband to Garland’s teammate Idris Okoro at home to the bottom side. Tell me in the comments if I am making a mistake.',
  ),
];
const xHeads = ['Buy: Toby Garland', 'Sell: Enzo Lachance', 'Captain call'];
const xComments = [
  'Benching Ostrava feels like the kind of move that costs you 20 points. Brave.',
  'Garland was my wildcard pick two weeks ago and he has been great. Agree on Lachance.',
];
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${xTitle} - The Waiver Wire</title>
<meta name="description" content="${xSub}"><meta property="og:type" content="article"><meta name="author" content="Harriet Quaye">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${xTitle}","datePublished":"2026-02-06T08:00:00+00:00",
"author":[{"@type":"Person","name":"Harriet Quaye"}],"publisher":{"@type":"Organization","name":"The Waiver Wire"}}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\"}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-content"><div class="navbar-title">
<a href="/" class="navbar-title-link">The Waiver Wire</a></div><div class="navbar-buttons"><button class="button primary">Subscribe</button>
<button class="button">Sign in</button></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${xTitle}</h1><h3 dir="auto" class="subtitle">${xSub}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.example/@hquaye">Harriet Quaye</a></div>
<div class="meta-EgzBVA">Feb 06, 2026</div><div class="paid-badge">Paid</div></div>
<div class="post-ufi"><a class="like-button-container" href="#"><span class="label">42</span></a><a class="post-ufi-comment-button" href="#comments">
<span class="label">17</span></a><a class="restack-button" href="#">Restack</a><a class="post-ufi-button" href="#">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(xBody.slice(0, 2))}
<h3 class="header-anchor-post">${xHeads[0]}</h3>
${ps(xBody.slice(2, 3))}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Waiver Wire
is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
<h3 class="header-anchor-post">${xHeads[1]}</h3>
${ps(xBody.slice(3, 5))}
<ul>${xBody
  .slice(5, 8)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('')}</ul>
<h3 class="header-anchor-post">${xHeads[2]}</h3>
${ps(xBody.slice(8))}
<p class="button-wrapper"><a class="button primary" href="/p/gameweek-24/comments"><span>Leave a comment</span></a></p></div></div>
<div class="post-footer"><a class="like-button-container" href="#">Like</a><a href="#" class="post-ufi-button">Share</a></div></article>
<div id="comments" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comment"><a class="comment-meta-name" href="#">Dev Malhotra</a><div class="comment-body"><p>${xComments[0]}</p></div></div>
<div class="comment"><a class="comment-meta-name" href="#">Keeley Strand</a><div class="comment-body"><p>${xComments[1]}</p></div></div></div>
<div class="post-footer-related"><h4>Ready for more?</h4><button class="button primary">Subscribe</button></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer-copyright">© 2026 Harriet Quaye</div><a href="/privacy">Privacy</a>
<a href="/tos">Terms</a><a href="/collection-notice">Collection notice</a><a href="https://substack.example/signup"
class="footer-substack-cta">Start writing</a>
<a href="https://substack.example/app">Get the app</a></div></div></div>
<script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":\\"waiverwire\\"}}")</script></body></html>`;
const substack: TestPage = {
  name: 'heldout286-substack-fantasy-column',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: texts([xSub, ...xBody]),
  bylines: ['Harriet Quaye', 'Feb 06, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Waiver Wire', 'Subscribe', 'Sign in', 'Paid', 'Restack', 'Share',
    'is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.', 'Leave a comment',
    'Like', 'Discussion about this post', 'Dev Malhotra', ...xComments, 'Keeley Strand', 'Ready for more?', '© 2026 Harriet Quaye', 'Privacy', 'Terms',
    'Collection notice', 'Start writing', 'Get the app',
  ],
};

const yTitle = 'Tour of the Ridgeways stage 4: Solberg wins on Cragmoor as Ferrante takes the lead';
const yBody = [
  j(
    'Nils Solberg won the first summit finish of the Tour of the Ridgeways on Wednesday, attacking 2.5 kilometres from the top of',
    'Cragmoor and holding off the chasing group by 14 seconds. Luca Ferrante finished third and takes the leader’s yellow-and-green jersey.',
  ),
  j(
    'The 171-kilometre stage from Eastmere was raced at a steady pace until the final climb, when the Verdant–Orbis team set a hard',
    'tempo that shed all but 15 riders. The overnight leader, Jory Tallack, lost contact with six kilometres to go.',
  ),
  j(
    'Solberg, 24, had been marked as a favourite for the stage, and his team-mates made no secret of the plan. When the Norwegian',
    'went clear on the steepest ramp, at 11 per cent, only Ferrante tried to follow, and he soon sat up to ride his own pace.',
  ),
  j(
    '“I knew the last two kilometres from the recon,” Solberg said at the finish. “It flattens out near the top, so I had to go',
    'before that. My legs were empty in the last 300 metres, but the gap was enough.”',
  ),
  j(
    'Ferrante now leads Solberg by 9 seconds overall, with the young Spaniard Álvaro Ibarra third at 31 seconds. Thursday’s fifth',
    'stage is a flat 188 kilometres to Holloway Bay that should end in a bunch sprint, before the time trial on Saturday.',
  ),
];
const yHeads = ['How the stage was won', 'General classification'];
const yGc = ['1. Luca Ferrante (Verdant–Orbis) 15h 02’ 11”', '2. Nils Solberg (Nordhavn Cycling) at 9”', '3. Álvaro Ibarra (Equipo Sierra) at 31”'];
const yMenu = ['Home', 'Races', 'Road', 'Gravel', 'Tech', 'Results', 'Podcast'];
const yCrumb = ['Home', 'Races', 'Ridgeways 2026'];
const yRel = [
  'Tour of the Ridgeways stage 3: Tallack holds on in the crosswinds',
  'Preview: the Cragmoor climb in numbers',
  'Five riders to watch at the Ridgeways',
];
const yTags = ['Mountain stages', 'Stage Race', 'Road racing'];
const yFoot = ['About', 'Advertise', 'Contact', 'Privacy Policy'];
const yHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>${yTitle} | Pelotonline</title>
<meta name="generator" content="WordPress 6.4.2"><meta property="og:type" content="article"><meta property="article:section" content="Races">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${yTitle}","datePublished":"2026-05-13T17:45:00+00:00",
"author":{"@type":"Person","name":"Marit Engh"}}</script>
<script>var tdBlocksArray = []; var tds_login_sing_in_widget="show";var td_ajax_url="https://pelotonline.example/wp-admin/admin-ajax.php";</script></head>
<body class="post-template-default single single-post postid-30911 td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap"><div class="td-header-desktop-wrap"><div class="tdc-row"><div class="tdb-block-inner td-fix-index">
<a class="tdb-logo-a" href="/"><span class="tdb-logo-text-title">Pelotonline</span></a></div>
<div class="tdb_header_menu"><ul id="menu-main-1" class="tdb-block-menu tdb-menu">${links(yMenu, 'menu-item tdb-menu-item-button')}</ul></div></div></div></div>
<div id="tdi_51" class="tdc-row">
<div class="tdb-breadcrumbs">${yCrumb.map((c) => `<span><a href="/" class="tdb-entry-crumb">${c}</a></span>`).join(' / ')}</div>
<div class="tdb_single_categories"><a class="tdb-entry-category" href="/races/">Races</a></div>
<div class="tdb_title"><h1 class="tdb-title-text">${yTitle}</h1></div>
<div class="tdb_single_author"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="/author/marit/">Marit Engh</a></div>
<div class="tdb_single_date"><time class="entry-date updated td-module-date" datetime="2026-05-13T17:45:00+00:00">May 13, 2026</time></div>
<div class="tdb_single_reading_time"><span class="tdb-reading-time">4 min read</span></div>
<div class="td-post-sharing td-ps-bg td-ps-notext"><span class="td-social-share-text">Share</span>
<a class="td-social-sharing-button td-social-facebook" href="#">Facebook</a><a class="td-social-sharing-button td-social-whatsapp" href="#">WhatsApp</a></div>
<div class="tdb_single_featured_image"><figure><img src="/wp-content/uploads/2026/05/solberg-cragmoor.jpg" alt="">
<figcaption class="tdb-caption-text">Nils Solberg crosses the line alone at the top of Cragmoor (Photo: SprintPix/Hedda Lund)</figcaption></figure></div>
<div class="td-post-content tagdiv-type tdb_single_content"><div class="tdb-block-inner td-fix-index">
${ps(yBody.slice(0, 2))}
<h2>${yHeads[0]}</h2>
${ps(yBody.slice(2, 4))}
<div class="td-a-ad td-spot-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>
<h2>${yHeads[1]}</h2>
<ol>${yGc.map((g) => `<li>${g}</li>`).join('')}</ol>
${ps(yBody.slice(4))}
<p><strong>Also read:</strong> <a href="/preview-cragmoor/">${yRel[1]}</a></p></div></div>
<div class="tdb_single_tags"><span class="tdb-tags-title">TAGS</span><ul class="tdb-tags">${links(yTags)}</ul></div>
<div class="td_block_related_posts"><h4 class="td-block-title"><span>RELATED ARTICLES</span></h4>${yRel
  .map((r) => `<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/">${r}</a></h3></div>`)
  .join('\n')}</div>
<div id="comments" class="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title">LEAVE A REPLY</h4>
<p class="comment-form-comment"><textarea placeholder="Comment:"></textarea></p><input type="submit" value="Post Comment"></div></div></div>
<div class="td-footer-template-wrap"><ul class="td-footer-menu">${links(yFoot)}</ul><div class="tdb-footer-copy">© Pelotonline 2026</div></div></div>
<div class="cmplz-cookiebanner"><div class="cmplz-message">
<p>To provide the best experiences, we use technologies like cookies to store device information.</p></div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button>
</div></body></html>`;
const tagdiv: TestPage = {
  name: 'heldout286-tagdiv-newspaper-stage-report',
  kind: 'news',
  html: yHtml,
  title: yTitle,
  headings: yHeads,
  body: texts([...yBody.slice(0, 4), ...yGc, ...yBody.slice(4)]),
  bylines: ['Marit Engh', 'May 13, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pelotonline', ...yMenu, 'Ridgeways 2026', 'Share', 'Facebook', 'WhatsApp',
    'Nils Solberg crosses the line alone at the top of Cragmoor (Photo: SprintPix/Hedda Lund)', '- Advertisement -', 'Also read:', 'TAGS', ...yTags,
    'RELATED ARTICLES', ...yRel, 'LEAVE A REPLY', ...yFoot, '© Pelotonline 2026',
    'To provide the best experiences, we use technologies like cookies to store device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT286_D: readonly TestPage[] = [substack, tagdiv];
