import type { TestPage } from './page-kit.js';
import { j, rows } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file d: a forum thread on Discourse (rendered Ember page: topic map, post controls, suggested topics),
 * and a grooming price list on an old table-layout site (font tags, image-less left menu, hit counter).
 */
const dTitle = 'How often should a cavapoo really be groomed?';
const dPosts: [string, string, string[], number][] = [
  [
    'maisie_and_bo',
    'Mar 4',
    [
      j(
        'Our cavapoo Bo is 10 months old and has been to the groomer twice. The groomer says every 6 weeks, my mum says that is a',
        'money-making scheme and every 3 months is fine. His coat is quite curly. What do you all do?',
      ),
    ],
    2,
  ],
  [
    'GroomerGwen',
    'Mar 4',
    [
      j(
        'Groomer here. For a curly coat, 6 to 8 weeks is honest advice, not a scheme. The curlier the coat, the faster it felts,',
        'especially while the adult coat is coming through, which is about his age now.',
      ),
      j(
        'If you want to stretch it to 10 or 12 weeks, you need to be brushing right down to the skin at least three times a week and',
        'combing through after. Most people brush the top and miss the undercoat, and then we have to clip the lot off.',
      ),
    ],
    14,
  ],
  [
    'pennylane77',
    'Mar 5',
    [
      j(
        'We go every 8 weeks and ask for a shorter clip in summer. Ours swims in the canal, so short is a blessing. In winter we leave',
        'it longer and do a bath-and-tidy in between.',
      ),
    ],
    5,
  ],
  ['maisie_and_bo', 'Mar 6', ['Thanks both. Going to try 7 weeks and actually learn to use a comb. Mum will have to cope.'], 3],
];
const dSuggested = ['Doodle coat changing at 9 months?', 'Best slicker brush for a wavy coat', 'Groomer shaved our dog without asking'];
const dPostHtml = ([user, date, paras, likes]: [string, string, string[], number], n: number): string =>
  `<div class="topic-post clearfix${n === 0 ? ' topic-owner' : ''} regular"><article id="post_${n + 1}" aria-label="post #${n + 1} by @${user}" role="region"
 data-post-id="${4410 + n}" data-topic-id="1187" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.doodlefolk.org/${user.toLowerCase()}/48/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${n === 1 ? ' staff moderator' : ''}"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/how-often-should-a-cavapoo-really-be-groomed/1187/${n + 1}">
<span title="${date}, 2025 8:${10 + n} pm" data-time="174112${n}000000" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action regular-likes" title="${likes} people liked this post"><span
class="d-button-label">${likes}</span></button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa d-icon d-icon-d-unliked"><use
href="#far-heart"></use></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="share a link to this post"><svg class="fa d-icon d-icon-d-post-share"></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Coat Care - Doodle Folk</title><meta name="description" content="Our cavapoo Bo is 10 months old and has been to the groomer twice.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 9a1e6f1">
<link rel="canonical" href="https://forum.doodlefolk.org/t/how-often-should-a-cavapoo-really-be-groomed/1187">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"maisie_and_bo"}}</script>
<link href="/stylesheets/desktop_theme_3_7f1c.css?__ws=forum.doodlefolk.org" media="all" rel="stylesheet" data-target="desktop_theme">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.doodlefolk.org" data-environment="production"></head>
<body class="crawler-disabled archetype-regular category-coat-care tags-cavapoo"><section id="main" class="ember-application">
<div class="ember-view"><div id="skip-link"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" width="180" alt="Doodle Folk"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<button class="icon btn-flat" aria-label="Search" title="Search"></button></li>
<li class="header-dropdown-toggle hamburger-dropdown"><button class="icon btn-flat" aria-label="Menu" title="Menu"></button></li></ul></div></div></div>
</header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet">
<div class="container posts"><div id="topic-title"><div class="title-wrapper">
<h1 data-topic-id="1187"><a href="/t/how-often-should-a-cavapoo-really-be-groomed/1187"
 class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/coat-care/6"><span class="badge-category -has-parent">
<span class="badge-category__name">Coat Care</span></span></a><div class="list-tags"><a href="/tag/cavapoo" class="discourse-tag box">cavapoo</a>
<a href="/tag/grooming-schedule" class="discourse-tag box">grooming-schedule</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dPosts.map(dPostHtml).join('\n')}</div>
<div class="topic-map --bottom"><section class="topic-map__stats">
<button class="btn no-text --replies"><span class="number">3</span><span class="topic-map__stat-label">replies</span></button>
<button class="btn no-text --views"><span class="number">412</span><span class="topic-map__stat-label">views</span></button>
<button class="btn no-text --users"><span class="number">3</span><span class="topic-map__stat-label">users</span></button></section></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-icon-text share-and-invite" type="button"><span class="d-button-label">Share</span></button>
<button class="btn btn-icon-text bookmark" type="button"><span class="d-button-label">Bookmark</span></button>
<button class="btn btn-icon-text btn-primary create" type="button"><span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title" class="suggested-topics">
<h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div class="topics"><table class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posters">Replies</th><th class="views">Views</th><th class="activity">Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    (t, n) => `<tr class="topic-list-item">
<td class="main-link"><span class="link-top-line"><a href="/t/x/${1100 + n}" class="title raw-link raw-topic-link">${t}</a></span></td>
<td class="num posts-map posts"><span class="number">${4 + n}</span></td><td class="num views"><span class="number">${190 + n * 31}</span></td>
<td class="num activity"><span class="relative-date">${n + 2}d</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer></div></section>
<script defer src="/assets/discourse.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout655-discourse-cavapoo',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , paras]) => paras),
  bylines: ['maisie_and_bo', 'GroomerGwen', 'pennylane77', 'Mar 4', 'Mar 5', 'Mar 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Coat Care', 'grooming-schedule', '2', '14', '5', 'Reply', 'replies', '412', 'views',
    'users', 'Share', 'Bookmark', 'Suggested Topics', 'Topic', 'Activity', ...dSuggested, '4', '190', '221', '252', '2d', '3d', '4d', 'Powered by Discourse',
  ],
};

const tTitle = 'Grooming Price List';
const tIntro = j(
  'All grooms include bath, blow dry, brush out, nails, ears and a bow or bandana. Prices are for dogs groomed regularly (every',
  '8 weeks or less). Matted coats will be charged extra at £12.00 per half hour. Please ring to book.',
);
const tTables: [string, string[][]][] = [
  [
    'Small Dogs',
    [
      ['Yorkshire Terrier', '£28.00', '£36.00'],
      ['Shih Tzu', '£30.00', '£38.00'],
      ['West Highland Terrier', '£30.00', '£40.00'],
    ],
  ],
  [
    'Medium Dogs',
    [
      ['Cocker Spaniel', '£34.00', '£45.00'],
      ['Miniature Schnauzer', '£32.00', '£42.00'],
      ['Springer Spaniel', '£36.00', '£46.00'],
    ],
  ],
  [
    'Large Dogs',
    [
      ['Golden Retriever', '£42.00', '£52.00'],
      ['Old English Sheepdog', '£50.00', '£70.00'],
    ],
  ],
];
const tOutro = 'Cats by appointment only. Nail clipping without a groom £6.00. We are closed on Sundays and Bank Holidays.';
const tNav = ['Home', 'About Us', 'Price List', 'Photo Gallery', 'Find Us', 'Guestbook'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tTab = ([h, r]: [string, string[][]]): string => `<h3><font face="Verdana, Arial, Helvetica, sans-serif" color="#993366">${h}</font></h3>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CC99CC"><tr bgcolor="#FFCCFF"><th>${tFont('Breed')}</th>
<th>${tFont('Bath &amp; Brush')}</th>
<th>${tFont('Full Groom')}</th></tr>
${rows(r, 'pricecell')}</table><br>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Pampered Pooch of Thornby - Price List</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="dog grooming, thornby, poodle, clipping, dog groomer"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFF0F5" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#CC99CC" height="90" align="center"><font face="Georgia, Times New Roman" size="6"
color="#FFFFFF"><b>Pampered Pooch of Thornby</b></font><br>
<font face="Verdana" size="2" color="#FFFFFF">Professional Dog Grooming Since 1998</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F3E1F3"><br><table width="100%" border="0" cellpadding="6">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${tFont(`<b>${t}</b>`)}</a></td></tr>`).join('\n')}</table><br>
<p align="center">${tFont('<b>Tel: 01632 960 883</b>')}</p></td>
<td width="600" valign="top"><div style="padding:15px"><h1><font face="Georgia, Times New Roman" color="#993366">${tTitle}</font></h1>
<p>${tFont(tIntro)}</p>
${tTables.map(tTab).join('\n')}
<p>${tFont(tOutro)}</p>
<p align="center"><img src="images/poodle.gif" width="120" height="100" alt="poodle"></p></div></td></tr>
<tr><td colspan="2" bgcolor="#CC99CC" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2009 Pampered Pooch of Thornby.
All Rights Reserved.</font><br><font face="Verdana" size="1" color="#FFFFFF">You are visitor number <img src="http://counter.digits.net/?counter=pooch"
alt="counter"></font><br>
<font face="Verdana" size="1" color="#FFFFFF">Site by WebWizard Designs</font></td></tr></table></body></html>`;
const tableSite: TestPage = {
  name: 'heldout655-table-layout-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tTables.map(([h]) => h),
  body: [tIntro, ...tTables.flatMap(([, r]) => r.flat()), tOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pampered Pooch of Thornby', 'Professional Dog Grooming Since 1998', 'About Us', 'Photo Gallery', 'Find Us', 'Guestbook', 'Tel: 01632 960 883',
    'Copyright © 2009 Pampered Pooch of Thornby. All Rights Reserved.', 'You are visitor number', 'Site by WebWizard Designs',
  ],
};

export const HELDOUT655_D: readonly TestPage[] = [discourse, tableSite];
