import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';
import { jokes } from './pages-heldout325-d2.js';

/**
 * Held-out batch 325, file d: a webcomic post on WordPress with the Easel theme and the Comic Easel plugin (menu bar, the
 * comic image with its hover text, First / Previous / Next / Last navigation, the blog post under the comic with the
 * author's note and the transcript, post meta, comments, sidebar with Patreon box, archive dropdown and store links) and,
 * from file d2, a joke-collection thread on Discourse.
 */
const cTitle = 'The Roomba Has Opinions';
const cNote = [
  j(
    'This one is based on a true story, in the sense that my robot vacuum really did spend forty minutes trapped under the',
    'couch last Tuesday and really did make a noise I can only describe as a sigh. The rest is invented, probably.',
  ),
  j(
    'Quick housekeeping: the second print collection is nearly done. I am redrawing three of the early strips because my',
    'past self could not draw hands, and present self is only slightly better. Patrons will see the new pages first.',
  ),
  j(
    'Also, thank you to everyone who sent photos of their own robot vacuums in compromising positions. I have a folder now.',
    'It is called “evidence.” Some of you have pets that ride them, and I need you to know that this is a gift to the world.',
  ),
  j(
    'A few people asked whether Bolt will get a bigger role in book two. The honest answer is that Bolt has been quietly',
    'taking over my sketchbook for months, so yes, probably, whether I like it or not. There is a short storyline planned',
    'for April in which the apartment gets a second robot, and things do not go well for anyone, least of all the rug.',
  ),
  'Next strip goes up Friday, as usual. If the vacuum lets me.',
];
const cH = ['Transcript'];
const cTrans = [
  'Panel 1: Marta sits on the couch with a book. The robot vacuum, Bolt, bumps gently against her foot.',
  'BOLT: Excuse me. You are in my route.',
  'Panel 2: Marta lifts her feet. Bolt does not move.',
  'BOLT: I have mapped this apartment four hundred times. The couch was not here on Tuesday.',
  'MARTA: The couch has always been here.',
  'Panel 3: Close-up of Bolt, its single blue light narrowing.',
  'BOLT: That is what the couch wants you to think.',
  'Panel 4: Marta is back to reading. Bolt is wedged under the couch, wheels spinning.',
  'BOLT (muffled): I stand by my findings.',
];
const cNav = ['Home', 'Archive', 'Cast', 'About', 'Store', 'Patreon'];
const cComicNav = ['‹‹ First', '‹ Prev', 'Random', 'Next ›', 'Last ››'];
const cComments: [string, string, string][] = [
  ['lintfairy', 'March 4, 2026 at 10:12 am', 'Bolt is the most relatable character in the whole comic and I will not be taking questions.'],
  ['Gus P.', 'March 4, 2026 at 11:40 am', 'Mine once tried to eat a sock and then drove around with it like a trophy for an hour.'],
];
const cFoot = '© 2026 Kettle & Crumb by Ines Varo. Powered by WordPress and Comic Easel.';
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${cTitle} – Kettle &amp; Crumb</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:image" content="https://kettleandcrumb.example/wp-content/uploads/2026/03/2026-03-04-roomba.png">
<link rel="stylesheet" id="easel-style-css" href="https://kettleandcrumb.example/wp-content/themes/easel/style.css?ver=4.3" media="all">
<link rel="stylesheet" id="comiceasel-style-css" href="https://kettleandcrumb.example/wp-content/plugins/comic-easel/css/comiceasel.css?ver=1.15" media="all">
${ld({ '@context': 'https://schema.org', '@type': 'ComicStory', name: cTitle, author: { '@type': 'Person', name: 'Ines Varo' }, datePublished: '2026-03-04' })}
</head>
<body class="comic-template-default single single-comic postid-3310 user-guest chrome single-author-ines am day wed layout-2cr scheme-none">
<div id="page-wrap"><div id="page"><header id="header"><div class="header-info"><h2 class="sitetitle"><a href="https://kettleandcrumb.example">Kettle
&amp; Crumb</a></h2><div class="description">A comic about small apartments and large feelings</div></div>
<div id="menubar-wrapper"><div class="menu-container"><div class="menu"><ul id="menu-main" class="menu">${links(cNav, 'menu-item')}</ul></div></div></div>
</header>
<div id="content-wrapper"><div id="comic-wrap" class="comic-id-3310"><div id="comic-head"></div><div class="comic-table"><div id="comic"><a
href="https://kettleandcrumb.example/comic/2026-03-06/" title="${cTitle}"><img
src="https://kettleandcrumb.example/wp-content/uploads/2026/03/2026-03-04-roomba.png"
alt="${cTitle}" title="It was definitely not there on Tuesday."></a></div></div>
<div id="comic-foot"><table id="comic-nav-wrapper"><tr class="comic-nav-container"><td class="comic-nav">${cComicNav
  .map((t) => `<a href="#" class="navi">${t}</a>`)
  .join('</td><td class="comic-nav">')}</td></tr></table></div></div>
<div id="subcontent-wrapper"><div id="content-column"><div id="content" class="narrowcolumn">
<article id="post-3310" class="post-3310 comic type-comic status-publish has-post-thumbnail hentry chapters-book-two uentry postonpage-1 odd post-author-ines">
<div class="post-content"><div class="post-info"><h1 class="post-title">${cTitle}</h1><div class="post-text"><span class="post-author">by <a
href="https://kettleandcrumb.example/author/ines/" rel="author">Ines Varo</a></span> <span class="posted-on">on&nbsp;</span><span class="post-date">March 4,
2026</span> <span class="posted-at">at&nbsp;</span><span class="post-time">12:01 am</span></div></div>
<div class="clear"></div><div class="entry">
${ps(cNote)}
<div class="transcript-border"><h3 class="transcript-title">${cH[0]}</h3><div id="transcript" class="transcript">
${ps(cTrans)}
</div></div>
<div class="clear"></div></div>
<div class="post-extras"><div class="post-tags">Tags: <a href="/tag/bolt/" rel="tag">bolt</a>, <a href="/tag/marta/" rel="tag">marta</a></div>
<div class="comic-chapter">Chapter: <a href="/chapter/book-two/" rel="tag">Book Two</a></div><div class="clear"></div></div></div></article>
<div id="comment-wrapper"><div class="commentsrsslink"><a href="/comic/roomba/feed/">Comments RSS</a></div><h3 id="comments">Discussion (2)</h3>
<ol class="commentlist">${cComments
  .map(
    ([who, when, text], i) => `<li class="comment even thread-even depth-1" id="li-comment-${i + 90}"><div id="comment-${i + 90}"
class="comment-content"><div class="comment-author vcard"><cite title="${who}">${who}</cite></div><div class="comment-meta-data"><span
class="comment-time">${when}</span></div><div class="comment-text"><p>${text}</p></div><div class="comment-reply"><a class="comment-reply-link"
href="#respond">Reply</a></div></div></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Comment ›</h3><form id="commentform" class="comment-form">
<textarea id="comment" name="comment"></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
</form></div></div></div></div>
<div id="sidebar-right"><div class="sidebar"><div id="text-4" class="widget widget_text"><div class="widget-head"></div><h2 class="widget-title">Support the
Comic</h2><div class="textwidget"><p>Kettle &amp; Crumb is free forever, funded by readers on Patreon. Patrons get strips a week early.</p></div></div>
<div id="ceo_comic_archive_dropdown_widget-2" class="widget ceo_comic_archive_dropdown_widget"><h2 class="widget-title">Archive</h2><select
name="archive-dropdown"><option value="">Select Comic</option><option>Book One</option><option>Book Two</option></select></div>
<div id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Store</h2><ul class="menu">${links([
  'Prints',
  'Stickers',
  'Book One Paperback',
])}</ul>
</div></div></div></div></div>
<footer id="footer"><p class="copyright-info">${cFoot.replace(/&/g, '&amp;')}</p></footer></div></div>
<script src="https://kettleandcrumb.example/wp-content/plugins/comic-easel/js/keynav.js?ver=1.15"></script></body></html>`;
const comic: TestPage = {
  name: 'heldout325-comic-easel-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cNote, ...cTrans]),
  bylines: ['by Ines Varo', 'March 4, 2026', '12:01 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kettle & Crumb', 'A comic about small apartments and large feelings', ...cNav, ...cComicNav, 'Tags:', 'bolt', 'marta', 'Chapter:', 'Book Two',
    'Comments RSS', 'Discussion (2)', ...cComments.flat(), 'Reply', 'Comment ›', 'Support the Comic',
    'Kettle & Crumb is free forever, funded by readers on Patreon. Patrons get strips a week early.', 'Select Comic', 'Book One', 'Prints', 'Stickers',
    'Book One Paperback', cFoot,
  ],
};

export const HELDOUT325_D: readonly TestPage[] = [comic, jokes];
