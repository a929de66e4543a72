import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout417-kit.js';

/**
 * Held-out batch 417, file b: a webcomic's WordPress site on a ComicPress-style theme (comic above, comic navigation, the
 * blog post under the comic with its post-info line, categories and tags, comments and reply form, sidebar widgets, footer)
 * and a Royal Road-style chapter page (fiction header, chapter navigation, author's notes, hidden anti-theft line, ads,
 * chapter comments, footer).
 */
const cTitle = 'Page 214 is up, and a word about the print edition';
const cBody = paras(`
Page 214 is the last page of chapter nine, which means Mina and the clockmaker finally have their argument in the bell tower.
I have been drawing toward this scene since 2023 and I rewrote the dialogue six times. If the clockmaker sounds tired, that is
on purpose: he has been awake for three chapters.

Chapter ten starts on the first Monday of April. Until then I will post a sketch page every Monday and Thursday, mostly
character designs for the river people who show up in the next arc.

Now, the question I get most often: yes, there will be a printed book of the first volume. Here is where things stand:

The book will be sold through my own shop first and then through two comic stores in Aldmere that have kindly offered shelf
space. I am not doing a crowdfunding campaign this time. The last one taught me that I would rather draw than ship rewards.

If you want to be told when the book is ready, the mailing list in the sidebar is the only place I will announce it. I send
one email a month at most, and only when there is actual news.

Thanks for sticking with the comic through a slow winter. The comments on the last few pages kept me going.
`);
const cList = [
  'All 120 pages of chapters one to four are cleaned up and re-lettered.',
  'The printer has sent a proof copy, and the colours on the river pages came out too dark, so I am adjusting them.',
  'I am adding a 12-page bonus story about the clockmaker as an apprentice.',
  'The target price is 28 crowns, with free shipping inside Varland.',
];
const cNav = ['Home', 'Archive', 'Cast', 'About', 'Store', 'Links'];
const cComicNav = ['First', 'Previous', 'Random', 'Next', 'Last'];
const cSide = [
  'Recent Comics',
  'Page 213',
  'Page 212',
  'Page 211',
  'Subscribe to the mailing list',
  'Enter your email address',
  'Chapters',
  'Chapter 8: Low Water',
  'Chapter 9: The Bell Tower',
];
const cComments = [
  'THE BELL TOWER. Finally. The clockmaker looking at his own hands in the last panel hurt.',
  'Will the print book have the original chapter one art or the redrawn version?',
];
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${cTitle} - Gearwork Ferry</title>
<meta name="generator" content="WordPress 6.7.2"><link rel="stylesheet" id="comicpress-style-css"
href="https://gearworkferry.example/wp-content/themes/comicpress/style.css?ver=4.4" type="text/css" media="all">
<meta property="og:type" content="article"><meta property="og:title" content="Page 214">
<meta property="article:published_time" content="2026-03-09T05:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${cTitle}",
"author":{"@type":"Person","name":"Harriet Vell"},"datePublished":"2026-03-09"}]}</script>
<script type="text/javascript">var ceo_ajax = {"ajaxurl":"https:\\/\\/gearworkferry.example\\/wp-admin\\/admin-ajax.php"};</script></head>
<body class="comic-template-default single single-comic postid-2214 layout-2cr"><div id="page-wrap"><div id="page">
<header id="header"><div class="header-info"><h2 class="sitetitle"><a href="/">Gearwork Ferry</a></h2>
<div class="description">A webcomic about rivers, clocks and stubborn people</div></div>
<div id="menubar-wrapper"><div class="menu-container"><div class="menu"><ul id="menu-main" class="menu">${links(cNav, 'menu-item')}</ul></div></div></div>
</header>
<div id="content-wrapper"><div id="comic-wrap" class="comic-id-2214"><div id="comic"><img src="/wp-content/uploads/2026/03/gf-214.png"
alt="Page 214" title="Page 214"></div></div>
<table id="comic-nav-wrapper"><tr class="comic-nav-container"><td class="comic-nav">${cComicNav
  .map((n) => `<a href="/comic/${n.toLowerCase()}" class="navi navi-${n.toLowerCase()}">${n}</a>`)
  .join('</td><td class="comic-nav">')}</td></tr></table>
<div id="subcontent-wrapper"><div id="content-column"><div id="content" class="narrowcolumn">
<article id="post-2214" class="post-2214 comic type-comic status-publish uentry"><div class="post-content"><div class="post-info">
<h1 class="post-title">${cTitle}</h1><div class="post-text"><span class="post-author">by <a href="/author/harriet/" rel="author">Harriet Vell</a></span>
<span class="posted-on">on&nbsp;</span><span class="post-date">March 9, 2026</span><span class="post-time">at 5:00 am</span></div></div>
<div class="entry">${ps(cBody.slice(0, 3))}
<ul>${lis(cList)}</ul>
${ps(cBody.slice(3))}</div>
<div class="post-extras"><div class="comic-post-info"><div class="comic-chapter">Chapter: <a href="/chapter/bell-tower/">The Bell Tower</a></div>
<div class="comic-characters">Characters: <a href="/character/mina/">Mina</a>, <a href="/character/clockmaker/">The Clockmaker</a></div></div>
<div class="post-tags">Tags: <a href="/tag/print-edition/" rel="tag">print edition</a>, <a href="/tag/news/" rel="tag">news</a></div></div></div></article>
<div id="comment-wrapper"><div class="commentsrsslink">[ <a href="/feed/">Comments RSS</a> ]</div><h3 id="comments">2 Comments</h3><ol class="commentlist">
<li class="comment byuser"><div class="comment-author vcard"><cite title="https://example.org">leafcutter</cite></div>
<div class="comment-meta-data"><span class="comment-time">March 9, 2026 at 7:12 am</span></div><div class="comment-content"><p>${cComments[0] ?? ''}</p></div>
<div class="comment-reply-link"><a href="#respond">Reply</a></div></li>
<li class="comment"><div class="comment-author vcard"><cite>Dov Aranyi</cite></div><div class="comment-meta-data"><span class="comment-time">March 9, 2026 at
10:40 am</span></div><div class="comment-content"><p>${cComments[1] ?? ''}</p></div><div class="comment-reply-link"><a href="#respond">Reply</a></div></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform">
<p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div></div></div>
<div id="sidebar-right" class="sidebar"><div class="sidebar-widget">${lis(cSide, 'widget-line')}</div></div></div></div>
<footer id="footer"><p class="footer-text">© 2019 - 2026 Harriet Vell. Powered by WordPress with ComicPress.</p></footer></div></div></body></html>`;
const comicpress: TestPage = {
  name: 'heldout417-comicpress-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: [...texts(cBody.slice(0, 3)), ...texts(cList), ...texts(cBody.slice(3))],
  bylines: ['by Harriet Vell', 'March 9, 2026', 'at 5:00 am', 'leafcutter', 'March 9, 2026 at 7:12 am', 'Dov Aranyi', 'March 9, 2026 at 10:40 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gearwork Ferry', 'A webcomic about rivers, clocks and stubborn people', ...cNav, ...cComicNav, 'Chapter: The Bell Tower',
    'Characters: Mina, The Clockmaker', 'Tags: print edition, news', 'Comments RSS', '2 Comments', ...cComments, 'Reply', 'Leave a Reply',
    'Your email address will not be published.', ...cSide, '© 2019 - 2026 Harriet Vell. Powered by WordPress with ComicPress.',
  ],
};

const rTitle = 'Chapter 31 - The Quartermaster Counts Twice';
const rBody = paras(`
The caravan stopped at the ford an hour before dusk, and Quartermaster Ebbe Sallow did what he always did when the wagons
stopped: he climbed onto the last one and began counting.

He counted the water barrels first, because water was the thing that killed caravans. Fourteen. He counted the grain sacks,
the spare axles, the coils of rope and the crates of lamp oil. Then, because the number of lamp oil crates was wrong, he counted
them again.

"Nineteen," he said to nobody. "We loaded twenty at Harrowgate."

Tamsin, who had been trying to get a fire going with damp kindling, looked up. "Maybe you miscounted at Harrowgate."

"I have never miscounted anything in my life." It was not a boast. It was a description, delivered in the same flat tone he
used for weather and casualties. He climbed down, walked to the front of the column, and began checking the other wagons.

By full dark he had found it: a crate of lamp oil sitting in the back of the cook's wagon, under a tarp, where it had no reason
to be. The cook swore he had not put it there. Ebbe believed him, which was worse, because it meant someone else had.

He wrote it in the ledger anyway, in the narrow column he kept for things he did not understand. The column was getting longer.
That night he moved his bedroll next to the oil wagon and slept with one hand on the tailboard, and twice he woke to the sound of
someone walking very softly on the far side of the ford.

In the morning there were twenty crates again.
`);
const rNotesTop = 'Short one this week, sorry! The next chapter is twice as long to make up for it.';
const rNotesBottom = 'Advance chapters (up to 12 ahead) are on my Patreon. Thank you for 4,000 followers!';
const rNav = ['Read', 'Write', 'Forums', 'Shop', 'Log In', 'Register'];
const rCrumbs = ['Home', 'Fictions', 'The Ledger of the Long Road'];
const rBtns = ['Previous Chapter', 'Index', 'Next Chapter'];
const rComments = ['Ebbe is the only competent person in this caravan and I would die for him', 'Thanks for the chapter!'];
const rFoot = ['Terms of Service', 'Privacy Policy', 'Support', 'Discord', '© 2026 Long Road Fiction Ltd. All rights reserved.'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} | The Ledger of the Long Road | Long Road Fiction</title>
<meta name="description" content="The caravan stops at the ford, and the quartermaster counts.">
<meta property="og:type" content="books.book"><meta property="books:author" content="Marit Soelberg">
<style>.cnNjZWQ5{display:none;speak:never;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Ledger of the Long Road","author":{"@type":"Person",
"name":"Marit Soelberg"}}</script><script>window.chapterId = 2219045; window.fictionId = 88213;</script></head>
<body class="page-container-bg-solid chapter-page"><div class="page-header navbar navbar-fixed-top"><a href="/home" class="page-logo">Long Road Fiction</a>
<ul class="nav navbar-nav">${links(rNav, 'menu-dropdown')}</ul></div>
<div class="page-container"><ul class="breadcrumb">${links(rCrumbs)}</ul>
<div class="fic-header"><div class="row"><div class="col-md-5"><img class="thumbnail" src="/covers/88213.jpg" alt="The Ledger of the Long Road"></div>
<div class="col-md-7"><h1 class="font-white break-word">${rTitle}</h1><h2 class="font-white inline-block">The Ledger of the Long Road</h2>
<h3 class="font-white inline-block">by <a href="/profile/5521" class="font-white">Marit Soelberg</a></h3></div></div></div>
<div class="portlet light">
<div class="row nav-buttons">${rBtns.map((b) => `<div class="col-xs-4"><a class="btn btn-primary" href="#">${b}</a></div>`).join('')}</div>
<div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption">A note from Marit Soelberg</div></div>
<div class="portlet-body author-note"><p>${rNotesTop}</p></div></div>
<div class="wide text-center"><span class="ad-label">Advertisement</span><div id="ad-chapter-top"></div></div>
<div class="chapter-inner chapter-content">${ps(rBody.slice(0, 6))}
<span class="cnNjZWQ5">This tale has been taken without permission. Report any sightings elsewhere.</span>
${ps(rBody.slice(6))}</div>
<div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption">A note from Marit Soelberg</div></div>
<div class="portlet-body author-note"><p>${rNotesBottom}</p></div></div>
<div class="margin-bottom-10"><span class="chapter-date"><time datetime="2026-03-02T18:00:00Z">March 2, 2026 18:00</time></span>
<a class="btn btn-default" href="/report">Report chapter</a><a class="btn btn-default" href="#">Follow</a><a class="btn btn-default" href="#">Favorite</a></div>
<div class="row nav-buttons">${rBtns.map((b) => `<div class="col-xs-4"><a class="btn btn-primary" href="#">${b}</a></div>`).join('')}</div></div>
<div class="portlet light comments"><div class="caption">Comments (2)</div><div class="comment"><div class="media-body"><span class="name">amberhollow</span>
<small class="time">2 days ago</small><div class="media-content"><p>${rComments[0] ?? ''}</p></div></div></div>
<div class="comment"><div class="media-body"><span class="name">Velkoran</span><small class="time">1 day ago</small>
<div class="media-content"><p>${rComments[1] ?? ''}</p></div></div></div></div></div>
<footer class="page-footer"><ul>${lis(rFoot)}</ul></footer>
<div id="cookie-law-info-bar"><span>We use cookies to improve your experience.</span><a class="cli_action_button">Accept</a></div></body></html>`;
const royalroad: TestPage = {
  name: 'heldout417-royalroad-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['by Marit Soelberg', 'March 2, 2026 18:00', 'amberhollow', '2 days ago', 'Velkoran', '1 day ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Long Road Fiction', ...rNav, ...rCrumbs, ...rBtns, 'A note from Marit Soelberg', rNotesTop, 'Advertisement', rNotesBottom, 'Report chapter',
    'Follow', 'Favorite', 'Comments (2)', ...rComments, ...rFoot, 'We use cookies to improve your experience.', 'Accept',
  ],
};

export const HELDOUT417_B: readonly TestPage[] = [comicpress, royalroad];
