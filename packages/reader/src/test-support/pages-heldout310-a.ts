import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout310-kit.js';

/**
 * Held-out batch 310, file a: a literary magazine's short story on a Drupal theme (site header and menu, issue label,
 * story in three titled parts, contributor note, share links, "More Fiction" rail, newsletter block, EU Cookie Compliance
 * banner, footer) and a Royal Road chapter (fiction header, chapter buttons, hidden anti-theft line, author's note portlet,
 * comments).
 */
const kTitle = 'What the Ferryman Kept';
const kHeads = ['The Landing', 'The Ledger', 'The Crossing'];
const kP1 = [
  j(
    'Every spring the river came up to the third step of the ferry house, and every spring my uncle Aurel painted a new line on the',
    'doorframe to show how far it had reached. By the year I turned eleven there were forty-one lines, each one dated in his careful hand.',
  ),
  j(
    'He did not trust the bridge they were building downstream at Serrat. He said a bridge was a promise made by people who would',
    'not be there when it was broken, and a ferry was a promise you kept every morning with your own arms.',
  ),
];
const kP2 = [
  j(
    'In the back room he kept a ledger of every crossing: the date, the weather, the passengers, and what they carried. I was allowed',
    'to read it on Sundays. There were brides and coffins in it, a piano that nearly sank us, a man who paid in onions.',
  ),
  j(
    'What I remember most is that he wrote down what people said in the middle of the river, where nobody could hear them from',
    'either bank. “She will not have me,” one entry read. “I am going to tell him the truth,” read another.',
  ),
  '<em>Nobody lies at the halfway point</em>, he told me once. <em>There is no one there to lie to.</em>',
];
const kP3 = [
  j(
    'The bridge opened in October. There was a band and a ribbon, and the mayor of Serrat walked across it twice so the newspaper',
    'could get the photograph right. My uncle did not go. He took the ferry out at seven as usual, empty, and brought it back empty.',
  ),
  j(
    'He kept crossing for a year. Then one morning I found the ledger on the kitchen table with a new entry in it, dated that day, with',
    'no passengers and no cargo. Under weather he had written only <em>clear</em>, and under what was said, my name.',
  ),
  j(
    'I still have the ledger. I have never written in it. But when the river rises I go down to the ferry house, which is a café now,',
    'and I check the doorframe, and I count the lines, and I add one in pencil where the owner will not see.',
  ),
];
const kNav = ['Fiction', 'Poetry', 'Essays', 'Interviews', 'Issues', 'Submit', 'Subscribe'];
const kMore = ['The Salt Count by Imre Vasko', 'Low Season at the Hotel Adria by Petra Lund', 'Notes on a Drowned Village by Cal Ferreira'];
const kFoot = ['About', 'Masthead', 'Contact', 'Donate', 'Privacy Policy'];
const kBio = j('Odile Marchetti is the author of the story collection Halfway Water. She lives in Trieste, where she teaches Italian to adults.');
const kHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="A ferryman keeps a ledger of what his passengers say halfway across the river.">
<link rel="canonical" href="https://kestrelreview.example/fiction/what-ferryman-kept"><meta property="og:site_name" content="The Kestrel Review">
<meta property="og:type" content="article"><meta property="og:title" content="${kTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"author":{"@type":"Person","name":"Odile Marchetti"},"datePublished":"2026-03-18T09:00:00+0000","publisher":{"@type":"Organization",
"name":"The Kestrel Review"}}]}</script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("config", "G-KR2026");</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3aV0.css"></head>
<body class="path-node page-node-type-story"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-branding__name">The Kestrel Review</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(kNav, 'menu-item')}</ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<div id="block-breadcrumbs" class="block block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/fiction">Fiction</a></li></ol></nav></div>
<article role="article" about="/fiction/what-ferryman-kept" class="node node--type-story node--promoted node--view-mode-full">
<div class="node__header"><div class="field field--name-field-issue field--type-entity-reference field__item">
<a href="/issues/58">Issue 58 · Spring 2026</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${kTitle}</span></h1>
<div class="node__meta"><span class="field field--name-field-contributor"><a href="/contributors/odile-marchetti">By Odile Marchetti</a></span>
<span class="field field--name-created"><time datetime="2026-03-18T09:00:00Z">March 18, 2026</time></span></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h3>${kHeads[0]}</h3>
${ps(kP1)}
<h3>${kHeads[1]}</h3>
${ps(kP2)}
<h3>${kHeads[2]}</h3>
${ps(kP3)}
</div>
<div class="field field--name-field-bio field--type-text-long"><p>${kBio}</p></div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/tags/rivers">rivers</a></div><div class="field__item"><a href="/tags/family">family</a></div></div></div>
<div class="social-share"><span class="social-share__label">Share this story</span><a href="#" class="share-facebook">Facebook</a>
<a href="#" class="share-bluesky">Bluesky</a><a href="#" class="share-email">Email</a></div></div></article>
<div id="block-views-block-more-fiction" class="block block-views"><h2 class="block__title">More Fiction</h2>
<div class="view-content"><ul>${links(kMore, 'views-row')}</ul></div></div>
<div id="block-newsletter" class="block block-mailchimp"><h2>The Kestrel in your inbox</h2>
<p>New stories and poems every month, and nothing else.</p><form class="mailchimp-signup-subscribe-form"><input type="email" placeholder="Email address">
<input type="submit" value="Sign up" class="button form-submit"></form></div></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(kFoot)}</ul>
<p>© 2026 The Kestrel Review. A nonprofit literary quarterly.</p></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>They help us count readers and keep the archive running.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4812"},
"eu_cookie_compliance":{}}</script>
</body></html>`;
const kestrel: TestPage = {
  name: 'heldout310-drupal-literary-magazine-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kP1, ...kP2, ...kP3]),
  bylines: ['By Odile Marchetti', 'March 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Kestrel Review', 'Main navigation', ...kNav, 'Breadcrumb', 'Home', 'Issue 58 · Spring 2026', kBio, 'Tags', 'rivers',
    'family', 'Share this story', 'Facebook', 'Bluesky', 'Email', 'More Fiction', ...kMore, 'The Kestrel in your inbox',
    'New stories and poems every month, and nothing else.', ...kFoot, '© 2026 The Kestrel Review. A nonprofit literary quarterly.',
    'We use cookies on this site', 'They help us count readers and keep the archive running.', 'Accept', 'No, thanks',
  ],
};

const rTitle = 'Chapter 14: The Night Ledger';
const rBody = [
  j(
    'The Lantern Office closed at the ninth bell, which meant that Pell Orrin, junior clerk, third grade, was alone with eleven',
    'thousand lit wicks and one ledger that would not balance.',
  ),
  j(
    'Every lantern in Vell was registered. Every lantern burned a soul’s worth of borrowed light, and every soul had to be',
    'returned by the end of the season or the city would go dark one street at a time. That was the rule. Pell had copied it out',
    'four hundred times in his first week.',
  ),
  '“One over,” he said to the empty hall. “There is one lantern too many.”',
  j(
    'He checked the columns again. Harbour Ward, correct. The Tanneries, correct. The Glass Steps, correct, if you counted the',
    'broken one the magistrate refused to replace. But the total at the foot of the page was eleven thousand and one, and the',
    'Office only had hooks for eleven thousand.',
  ),
  j(
    'Somewhere in the hall, a lantern was burning that nobody had lit. Pell took the hook-pole from the wall and began to walk the',
    'rows. The lanterns hummed as he passed, the way they always did, a low sound like a kettle deciding whether to boil.',
  ),
  j(
    'At the far end, under the window, he found it. It hung from no hook at all. It simply stayed in the air, steady as a',
    'held breath, and its flame was not yellow but the grey-blue of early morning.',
  ),
  '“Whose are you?” Pell asked.',
  j(
    'The flame bent towards him, very slightly, the way a person leans in to hear a name. And in the ledger on the desk behind',
    'him, in ink that had not been there a moment before, a new line wrote itself in his own handwriting.',
  ),
  '<em>Orrin, Pell. Junior clerk. Returned: not yet.</em>',
  j(
    'Pell read it three times. Then he did what any clerk of the third grade would have done in his place. He blotted the',
    'line, very carefully, so that it would not smudge, and went to find the Senior Archivist.',
  ),
];
const rNote = [
  j(
    'Thank you all for reading! This arc is where things start to get strange for Pell, so buckle up. Chapters go out Tuesday and',
    'Friday, and patrons are currently eight chapters ahead.',
  ),
  'If you spot a typo, leave it in the comments and I will fix it over the weekend.',
];
const rComments = [
  ['lampwick_enjoyer', '2 days ago', 'NOT HIS OWN HANDWRITING. I had to put my phone down for a minute.'],
  ['Sorrel Dunmore', '1 day ago', 'The kettle line is so good. Thanks for the chapter!'],
] as const;
const rHidden = 'This tale has been unlawfully lifted from Royal Road; report any instances of this story if found elsewhere.';
const rNav = ['Fictions', 'Forums', 'Support', 'Premium'];
const rFoot = ['Privacy Policy', 'Terms of Service', 'Rules', 'Contact Us'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle} | The Lantern Clerk of Vell | Royal Road</title>
<meta name="description" content="The Lantern Office closed at the ninth bell."><meta property="og:type" content="books.book">
<meta property="og:site_name" content="Royal Road"><meta property="books:author" content="quillandmoth">
<link rel="canonical" href="https://www.royalroad.com/fiction/88412/the-lantern-clerk-of-vell/chapter/1709921/chapter-14-the-night-ledger">
<style>.cnYmQ3Nz{display:none;speak:never;}</style>
<script>window.fictionId = 88412; window.chapterId = 1709921; window.authorId = 402211;</script></head>
<body class="page-container-bg-solid page-header-fixed chapter-page"><div class="page-header navbar navbar-fixed-top"><div class="page-header-inner container">
<div class="page-logo"><a href="/home"><img src="/dist/img/logo/rr-logo-gold-white.png" alt="Royal Road"></a></div>
<div class="hor-menu"><ul class="nav navbar-nav">${links(rNav, 'menu-dropdown classic-menu-dropdown')}</ul></div>
<div class="top-menu"><a href="/account/login" class="btn btn-primary">Log In</a><a href="/account/register" class="btn default">Register</a></div></div></div>
<div class="page-container"><div class="page-content-wrapper"><div class="page-content"><div class="container">
<div class="row fic-header"><div class="col-md-5 col-lg-6 text-center md-text-left fic-title"><a href="/fiction/88412/the-lantern-clerk-of-vell">
<img class="thumbnail inline-block" src="https://www.royalroadcdn.example/public/covers-large/88412.jpg" alt="The Lantern Clerk of Vell"></a>
<h1 class="font-white break-word" property="name">${rTitle}</h1>
<h2 class="font-white inline-block"><a href="/fiction/88412/the-lantern-clerk-of-vell" class="font-white">The Lantern Clerk of Vell</a></h2>
<h3 class="font-white inline-block"> by <a href="/profile/402211" class="font-white">quillandmoth</a></h3></div></div>
<div class="portlet light t-center-3"><div class="row nav-buttons"><div class="col-xs-6 col-md-4 col-md-offset-2">
<a class="btn btn-primary col-xs-12" href="/fiction/88412/chapter/1709412">Previous Chapter</a></div><div class="col-xs-12 col-md-4">
<a class="btn btn-primary col-xs-12" href="/fiction/88412/the-lantern-clerk-of-vell">Fiction Index</a></div></div>
<div class="margin-bottom-10"><i class="fa fa-calendar"></i> <time unixtime="1772550000" title="Tuesday, March 3, 2026 3:00 PM">Mar 3, 2026</time></div>
<div class="chapter-inner chapter-content">
${ps(rBody.slice(0, 5))}
<p class="cnYmQ3Nz">${rHidden}</p>
${ps(rBody.slice(5))}
</div>
<div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption"><i class="fa fa-sticky-note"></i>
<span class="caption-subject bold uppercase">A note from quillandmoth</span></div></div><div class="portlet-body author-note">${ps(rNote)}</div></div>
<div class="row nav-buttons"><div class="col-xs-6 col-md-4"><a class="btn btn-primary col-xs-12" href="/fiction/88412/chapter/1709412">Previous Chapter</a>
</div>
<div class="col-xs-6 col-md-4 col-md-offset-4"><a class="btn btn-primary col-xs-12" href="/fiction/88412/chapter/1710337">Next Chapter</a></div></div>
<div class="portlet-body"><a href="#" class="btn btn-outline report-chapter">Report</a><button class="btn btn-outline follow">Follow Author</button></div></div>
<div class="portlet light comments-container"><div class="portlet-title"><div class="caption">
<span class="caption-subject">Comments (${rComments.length})</span>
</div></div><div class="portlet-body"><div class="comments-list">
${rComments
  .map(
    ([u, t, c]) => `<div class="comment"><div class="media media-v2"><div class="media-body"><h4 class="media-heading">
<span class="name"><a href="/profile/${u.length}">${u}</a></span><small><time format="ago">${t}</time></small></h4>
<div class="media-content"><p>${c}</p></div><div class="media-actions"><a href="#" class="reply">Reply</a></div></div></div></div>`,
  )
  .join('\n')}
</div><p class="login-to-comment">Log in to comment</p></div></div></div></div></div></div>
<div class="page-footer"><div class="container"><ul class="footer-links">${links(rFoot)}</ul>
<p>© 2026 Royal Road® - All rights reserved</p></div></div>
<div id="ncmp__tool" class="ncmp__banner"><p>We and our partners use cookies to personalise ads and measure the site.</p>
<button class="ncmp__btn">Accept</button><button class="ncmp__btn ncmp__btn--secondary">Manage options</button></div>
<script src="/dist/chapter.js?v=1772"></script></body></html>`;
const royalRoad: TestPage = {
  name: 'heldout310-royal-road-chapter-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['quillandmoth', 'Mar 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Log In', 'Register', 'The Lantern Clerk of Vell', 'Previous Chapter', 'Fiction Index', 'Next Chapter', rHidden,
    'A note from quillandmoth', ...texts(rNote), 'Report', 'Follow Author', 'Comments (2)', ...rComments.flatMap((c) => [...c]), 'Reply',
    'Log in to comment', ...rFoot, '© 2026 Royal Road® - All rights reserved', 'We and our partners use cookies to personalise ads and measure the site.',
    'Accept', 'Manage options',
  ],
};

export const HELDOUT310_A: readonly TestPage[] = [kestrel, royalRoad];
