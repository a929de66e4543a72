import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 194, file f2: a university press blog post (an OUPblog-style WordPress blog of an invented press: the press's
 * global header with "Shop" and "Sign in", the blog masthead and tagline, the subject menu, category, title, "By" line and
 * date, the post text with an h2 section and a list, the "Featured image" credit as the last paragraph of the content, the
 * author box with the book, tags, "Share This" links, "Subscribe to the Calder Blog via email", "Related posts", the comments
 * block with "There are currently no comments." and the comment form, the sidebar with "Recent Posts", the footer and the
 * consent banner).
 */
const upTitle = 'What a ship’s surgeon’s logbook tells us about scurvy before the cure';
const upP1 = [
  `In the autumn of 1762, the surgeon of the merchant ship Hesper kept a logbook that now sits, a little water-stained, in the
county record office at Penmarrow. Most ship’s logs from the period record only the weather, the ship’s position and the
occasional death. This one is different. Its author, a young Welshman named Emrys Tallon, wrote down what he gave his patients
and what happened next.`,
  `For historians of medicine, that makes it unusually valuable. Scurvy was the great killer of long voyages, and the idea that
citrus could prevent it had been proposed more than once. Yet it took decades for that idea to become routine. Tallon’s log
lets us see, day by day, what a working surgeon actually believed and did in the years when the answer was, in a sense,
already known.`,
];
const upH1 = 'Treating a disease nobody agreed on';
const upP2 = [
  `Tallon’s patients began to show signs of scurvy in the ninth week of the voyage: swollen gums, old wounds reopening, a
lassitude that he describes as “the men lying about like wet sacks.” His treatments were a mixture of the sensible and the
hopeless. Over three weeks, he tried:`,
];
const upList = [
  'Vinegar, given by the spoonful and used to wash the decks.',
  'A “sweet wort” made by soaking malt in hot water.',
  'Bleeding, on two occasions, for the worst-affected men.',
  'Oranges and lemons bought at Madeira, which ran out after eleven days.',
];
const upP3 = [
  `Crucially, Tallon noticed that the men who received citrus improved, and wrote so. But he also credited the wort and, on one
occasion, the vinegar. Without a controlled comparison, he had no way to tell which treatment was working, and his notes show
him trying to reconcile what he saw with the theories he had been taught, in which scurvy was a disease of bad air and
idleness.`,
  `This is the real lesson of the logbook. The problem was not that nobody knew citrus worked. It was that good observations sat
alongside bad ones, in the same notebook, with the same confidence, and there was no agreed way to sort them. Tallon was a
careful and humane doctor. He was also, through no fault of his own, working without the tools that would let him be sure.`,
  `When we ask why medical knowledge sometimes spreads so slowly, it is worth remembering how it looked from inside a cramped
cabin in the middle of the Atlantic: not as a single discovery waiting to be accepted, but as a tangle of remedies, any of
which might be the one that saved a life.`,
];
const upCredit = 'Featured image: A merchant ship at anchor, 1760s, via Penmarrow Record Office, public domain.';
const upBio = `Dr. Alys Penhallow is Senior Lecturer in the History of Medicine at the University of Penmarrow. She is the author of
Sick at Sea: Surgeons, Sailors and Remedies in the Eighteenth Century (Calder University Press, 2025).`;
const upGlobal = ['Calder University Press', 'Shop', 'Sign in', 'Basket'];
const upMast = ['The Calder Blog', 'Ideas and insights from Calder University Press'];
const upNav = ['Arts & Humanities', 'History', 'Law', 'Science & Medicine', 'Social Sciences', 'Series & Columns', 'Podcasts'];
const upTags = ['Tags:', 'Books', 'history of medicine', 'maritime history', 'scurvy'];
const upShare = ['Share This', 'Facebook', 'LinkedIn', 'X', 'Email'];
const upSub = ['Subscribe to the Calder Blog via email:', 'Your@email.here', 'Subscribe'];
const upRelated = ['Related posts:', 'How sailors kept time before the chronometer', 'Medicine at the edges of empire', 'Ten books on the history of disease'];
const upComments = [
  'Recent Comments',
  'There are currently no comments.',
  'Leave a Comment',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Post Comment',
];
const upRecent = ['Recent Posts', 'Reading the archive of a lost language', 'Why constitutions fail', 'The economics of the village green'];
const upFoot = ['Privacy Policy', 'Cookie Policy', 'Legal Notice', 'Accessibility', 'Calder University Press is a department of the University of Calder.'];
const upCookie = [
  'We use cookies to enhance your experience on our website. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.',
  'Accept All Cookies',
  'Cookie Settings',
];
const enc = (t: string): string => t.replace(/&/g, '&amp;');
const upHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What a ship’s surgeon’s logbook tells us about scurvy before the cure | The Calder Blog</title>
<meta property="og:type" content="article"><meta property="og:title" content="${upTitle}"><meta property="og:site_name" content="The Calder Blog">
<meta property="article:section" content="History"><meta name="author" content="Alys Penhallow"><link rel="canonical"
href="https://blog.calderup.example/2025/10/ships-surgeon-scurvy/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${upTitle}","datePublished":"2025-10-09T09:30:00+01:00",
"author":{"@type":"Person","name":"Alys Penhallow"}}</script>
<link rel="stylesheet" id="calderblog-css" href="https://blog.calderup.example/wp-content/themes/calderblog/style.css?ver=2.2" media="all">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8f1a-22c"></script></head>
<body class="post-template-default single single-post postid-154032 single-format-standard">
<div class="global-header"><a href="https://global.calderup.example/">${upGlobal[0]}</a><ul>${links(upGlobal.slice(1), 'global-header__item')}</ul></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">${upMast[0]}</a></p><p class="site-description">${upMast[1]}</p>
<nav id="site-navigation" class="main-navigation"><ul id="menu-subjects" class="menu">${links(upNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-154032" class="post-154032 post type-post status-publish format-standard has-post-thumbnail category-history">
<header class="entry-header"><span class="cat-links"><a href="/category/history/" rel="category tag">History</a></span>
<h1 class="entry-title">${upTitle}</h1><div class="entry-meta"><span class="byline">By <a class="url fn n"
href="/author/alys-penhallow/">Alys Penhallow</a></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-10-09T09:30:00+01:00">October 9th 2025</time></span></div></header>
<div class="post-thumbnail"><img src="https://blog.calderup.example/wp-content/uploads/2025/10/merchant-ship.jpg" alt="" class="wp-post-image"></div>
<div class="entry-content">
${ps(upP1)}
<h2 class="wp-block-heading">${upH1}</h2>
${ps(upP2)}
<ul class="wp-block-list">${upList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(upP3)}
<p><em>${upCredit}</em></p>
</div>
<div class="author-box"><img src="https://blog.calderup.example/wp-content/uploads/authors/penhallow.jpg" alt=""><p>${upBio}</p></div>
<footer class="entry-footer"><span class="tags-links">${upTags[0]} ${upTags
  .slice(1)
  .map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span></footer>
<div class="share-this"><h4>${upShare[0]}</h4><ul>${links(upShare.slice(1), 'share-item')}</ul></div>
<div class="subscribe-email"><p>${upSub[0]}</p><form><input type="email" placeholder="Your@email.here"
aria-label="${upSub[1]}"><button>${upSub[2]}</button></form></div>
<div class="related-posts"><h3>${upRelated[0]}</h3><ul>${links(upRelated.slice(1), 'related-post')}</ul></div></article>
<div id="comments" class="comments-area"><h3 class="comments-title">${upComments[0]}</h3><p class="no-comments">${upComments[1]}</p>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${upComments[2]}</h3><form id="commentform" class="comment-form">
<p class="comment-notes">${(upComments[3] as string).replace(' *', ' <span class="required">*</span>')}</p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>
<p class="form-submit"><button type="submit" id="submit" class="submit">${upComments[8]}</button></p></form></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">${upRecent[0]}</h2><ul>
${links(upRecent.slice(1))}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul>${links(upFoot.slice(0, 4))}</ul><p>${enc(upFoot[4] as string)}</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${upCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${upCookie[1]}</button><button id="onetrust-pc-btn-handler">${upCookie[2]}</button></div>
<script src="https://blog.calderup.example/wp-content/themes/calderblog/js/navigation.js?ver=2.2"></script></body></html>`;
export const pressBlogPost: TestPage = {
  html: upHtml,
  name: 'heldout194-university-press-blog-post',
  kind: 'blog',
  // the "By" line and date are bylines; the "Featured image" credit closing the content, the author box, category, tags,
  // share links, email subscription, related posts, the empty comments block and its form, sidebar, menus, footer and
  // consent banner are furniture
  title: upTitle,
  headings: [upH1],
  body: texts([...upP1, ...upP2, ...upList, ...upP3]),
  bylines: ['By Alys Penhallow', 'October 9th 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...upGlobal, ...upMast, ...upNav, upCredit, texts([upBio])[0] as string, ...upTags, ...upShare, upSub[0] as string, upSub[2] as string,
    ...upRelated, ...upComments, ...upRecent, ...upFoot, ...upCookie,
  ],
};
