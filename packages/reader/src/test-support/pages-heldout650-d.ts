import { ps, type TestPage } from './page-kit.js';
import { gold, j } from './pages-heldout650-kit.js';

/**
 * Held-out batch 650, file d: a custom guitar builder's "how we build" page on Webflow with numbered steps and a CTA band, and a
 * Discourse forum thread about a buzzing snare drum with an accepted solution.
 */
const fTitle = 'How a Halden guitar is built';
const fDek = 'Twelve weeks, one bench, one builder from first sketch to final setup.';
const fSteps: [string, string][] = [
  [
    'Consultation',
    j(
      'We start with a long conversation about how you play, what you play on now and what you wish it did differently. From that we',
      'choose a body shape, scale length and neck profile, and we send you a drawing to approve.',
    ),
  ],
  [
    'Choosing the wood',
    j(
      'You are welcome to visit the workshop and pick the top and back from our stock. Every set has been air-dried in the loft for at',
      'least five years. We tap-tune each top and thickness it to its own stiffness rather than to a fixed number.',
    ),
  ],
  [
    'Building the body and neck',
    j(
      'The sides are bent by hand over a hot pipe, the braces are carved and voiced, and the neck is shaped to the profile we agreed.',
      'We send photos at each stage, and you can ask us to change the neck carve until the fingerboard is glued.',
    ),
  ],
  [
    'Finish and setup',
    j(
      'Finishing takes three weeks, most of it waiting for thin coats to cure. The guitar is then fretted, set up to your string gauge',
      'and played in for a week before it leaves the bench.',
    ),
  ],
];
const fNote = j(
  'A deposit of 30 per cent holds a build slot. The balance is due when the guitar is finished and you have played it, in person or',
  'on video, and are happy with it.',
);
const fNav = ['Guitars', 'The Build', 'Journal', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 09 2026 10:41:12 GMT+0000 -->
<html data-wf-domain="www.haldenguitars.com" data-wf-page="6650a1c2f3d4e5b6a7c8d9e0" data-wf-site="6650a1c2f3d4e5b6a7c8d9a1"><head><meta charset="utf-8">
<title>The Build | Halden Guitars</title><meta content="Twelve weeks, one bench, one builder from first sketch to final setup." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6650a1c2f3d4e5b6a7c8d9a1/css/halden-guitars.webflow.shared.4e1f2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"
aria-label="home"><img src="https://assets-global.website-files.com/6650/halden-mark.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link${t === 'The Build' ? ' w--current' : ''}">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">The Build</div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-large">${fDek}</p></div></section>
<section class="section-steps"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid steps-grid">
${fSteps
  .map(([h, p], i) => `<div class="step-card"><div class="step-number">0${i + 1}</div><h2 class="heading-m">${h}</h2><p class="paragraph">${p}</p></div>`)
  .join('\n')}
</div><div class="rich-text w-richtext">${ps([fNote])}</div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">Ready to start?</h2>
<p class="paragraph">Build slots for 2027 open in September.</p><a href="/contact" class="button w-button">Join the waiting list</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-text">Halden Guitars, Unit 4,
Ropewalk Yard, Stenby</div><a href="https://instagram.com/" class="footer-link">Instagram</a><a href="mailto:build@haldenguitars.com" class="footer-link">
build@haldenguitars.com</a></div><div class="footer-copyright">© 2026 Halden Guitars</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6650a1c2f3d4e5b6a7c8d9a1" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6650a1c2f3d4e5b6a7c8d9a1/js/webflow.8b3a1.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout650-webflow-guitar-build',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fSteps.map(([h]) => h),
  body: [fDek, ...fSteps.map(([, p]) => p), fNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, '01', '02', '03', '04', 'Ready to start?', 'Build slots for 2027 open in September.', 'Join the waiting list',
    'Halden Guitars, Unit 4, Ropewalk Yard, Stenby', 'Instagram', 'build@haldenguitars.com', '© 2026 Halden Guitars',
  ],
});

const kTitle = 'New heads on my snare and now it buzzes on every tom hit';
const kPosts: [string, string, string, string[]][] = [
  [
    'lowend_lucia',
    'Mar 9, 2026 8:14 pm',
    'Mar 9',
    [
      j(
        'Put a coated batter and a new 3 mil snare-side head on my 14x5.5 steel snare last weekend. Sounds great on its own, but now the',
        'snares rattle every time I hit the rack tom, much worse than before. Wires are the same ones.',
      ),
      'Is it the new resonant head? Should I just tape a bit of cloth under the wires?',
    ],
  ],
  [
    'Petra_Vance',
    'Mar 9, 2026 9:02 pm',
    'Mar 9',
    [
      j(
        'Some sympathetic buzz is normal and the audience never hears it. But a sudden jump after a head change usually means the snare',
        'side is tuned to the same pitch as your tom. Tap both lightly and listen. If they are close, move the snare side up a little, a',
        'quarter turn on each rod, and the buzz should drop a lot.',
      ),
      'Also check the wires sit centred. New heads sometimes shift the strainer a millimetre or two.',
    ],
  ],
  [
    'lowend_lucia',
    'Mar 10, 2026 7:40 am',
    'Mar 10',
    ['That was it. The tom and snare side were nearly the same note. Raised the bottom head and it is almost gone. Thanks!'],
  ],
];
const kCats = ['Snare & Drums', 'Tuning'];
const kSug = ['Tom resonant head - clear or coated?', 'Bass drum port hole size', 'Best way to store cymbals in a small flat'];
const kPost = ([user, full, short, paras]: [string, string, string, string[]], i: number): string => `<div class="topic-post clearfix regular">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}" role="region" data-post-id="${4021 + i}" data-topic-id="812" data-user-id="${60 + i}"
class="boxed onscreen-post${
  i === 1 ? ' accepted-answer' : ''
}"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.stickandhoop.net/${user}/96/1.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${i === 1 ? ' staff' : ''}"><a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="post-date" href="/t/new-heads-snare-buzz/812/${i + 1}" data-share-url="/t/new-heads-snare-buzz/812/${i + 1}"
data-post-number="${i + 1}"><span title="${full}" data-time="1773087240000" data-format="tiny" class="relative-date">${short}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(paras)}</div>
${i === 1 ? '<div class="accepted-answer-marker"><span class="accepted-text"><span class="accepted-label">Solution</span></span></div>' : ''}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="widget-button btn-flat
button-count
like-count highlight-action regular-likes btn-text" title="${i === 1 ? 4 : 1} people liked this post"><span class="d-button-label">${
  i === 1 ? 4 : 1
}</span></button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon"
title="like this post"></button></div><button class="widget-button btn-flat share no-text
btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="Begin composing a reply
to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const kHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>New heads on my snare and now it buzzes on every tom hit - Snare &amp; Drums - Stick &amp; Hoop</title>
<meta name="description" content="Put a coated batter and a new 3 mil snare-side head on my 14x5.5 steel snare last weekend."><meta name="generator"
content="Discourse 3.3.1">
<link rel="canonical" href="https://forum.stickandhoop.net/t/new-heads-snare-buzz/812"><meta name="discourse_theme_id" content="2">
<link href="/stylesheets/desktop_e2f1a.css?__ws=forum.stickandhoop.net" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${kTitle}","author":{"@type":"Person",
"name":"lowend_lucia"},"datePublished":"2026-03-09T20:14:00Z","interactionStatistic":[{"@type":"InteractionCounter","userInteractionCount":2}]}</script>
<meta id="data-discourse-setup" data-preloaded="{}" data-environment="production"></head>
<body class="crawler-disabled category-snare-drums"><noscript data-path="/t/new-heads-snare-buzz/812"></noscript>
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn btn-flat
btn-sidebar-toggle no-text btn-icon" aria-label="Sidebar" title="Sidebar"></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"
data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/stickandhoop-logo.png" alt="Stick &amp; Hoop"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-small sign-up-button btn-text"
type="button"><span class="d-button-label">Sign Up
</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search" aria-label="Search"
class="icon btn-flat"></a></li>
</ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar"
class="sidebar-container"><div class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><span
class="sidebar-section-header-text">Categories</span></div><ul class="sidebar-section-content">${[
  'Snare & Drums',
  'Cymbals',
  'Buying & Selling',
  'All categories',
]
  .map(
    (t) =>
      `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row"
href="/c/${t.length}"><span class="sidebar-section-link-content-text">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="812">
<a href="/t/new-heads-snare-buzz/812" class="fancy-title">${kTitle}</a><span class="topic-status"><span title="This topic has a
solution">Solved</span></span></h1>
<div class="topic-category"><div class="categories-wrapper">${kCats
  .map(
    (t) => `<a class="badge-category__wrapper"
href="/c/${t.length}"><span class="badge-category__name">${t.replace(/&/g, '&amp;')}</span></a>`,
  )
  .join('')}</div>
</div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div class="topic-stream">
${kPosts.map(kPost).join('\n')}
</div></div>
<div class="topic-map"><section class="topic-map__stats"><ul><li class="created-at"><h4 role="presentation">created</h4><span>Mar 9</span></li>
<li class="last-reply"><h4 role="presentation">last reply</h4><span>Mar 10</span></li><li class="replies"><span class="number">2</span><h4
role="presentation">replies</h4></li>
<li class="secondary views"><span class="number">318</span><h4 role="presentation">views</h4></li></ul></section></div></section></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title" role="heading"
id="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><tbody>${kSug
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x"
class="title raw-link raw-topic-link">${t}</a></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div></section>
<footer class="noscript-footer-nav"><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a><p>Powered by
<a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/discourse-6a1b.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout650-discourse-snare-buzz',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: kPosts.flatMap(([, , , p]) => p),
  bylines: [...kPosts.flatMap(([u, , s]) => [u, s])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Categories', 'Snare & Drums', 'Cymbals', 'Buying & Selling', 'All categories', 'Solved', ...kCats,
    'Solution', '4', '1', 'Reply', 'created', 'last reply', '2', 'replies', '318', 'views', 'Suggested Topics', ...kSug, 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT650_D: readonly TestPage[] = [webflow, discourse];
