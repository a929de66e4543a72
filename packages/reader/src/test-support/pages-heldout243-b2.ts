import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file b2: a wedding planner's blog post on Showit with a WordPress blog (absolutely positioned canvas
 * sections with sib- and se- classes, a mobile and a desktop menu, the post title and content in WordPress text elements,
 * category and date, a freebie opt-in, an "about me" sidebar canvas, previous / next post links, the WordPress comment list
 * and reply form, an Instagram strip and the footer canvas).
 */
const title = 'Five Questions to Ask Before You Book a Wedding Venue';
const intro = [
  j(
    'Every spring my inbox fills up with the same message: “We found the perfect venue, we are about to pay the deposit, is there',
    'anything we should ask first?” The answer is always yes. A venue contract is usually the biggest single payment of the whole',
    'wedding, and it shapes almost every decision that follows.',
  ),
  j(
    'These are the five questions I ask on every site visit with my couples. None of them are complicated, but I have seen each one',
    'save someone a lot of money or a lot of stress.',
  ),
];
const q1 = [
  j(
    'Many venues quote a price for the day, but the day often means 10am to midnight, and your florist, caterer and band will need',
    'to load in earlier and load out later. Ask exactly when suppliers may arrive, when the last guest must leave, and whether the',
    'next morning’s clear-up costs extra.',
  ),
];
const q2 = [
  j(
    'An exclusive supplier list is not a bad thing in itself; it often means the venue team know those people well. But you need to',
    'know before you sign whether you can bring your own caterer, bar or planner, and whether there is a fee for doing so.',
  ),
];
const q3 = [
  j(
    'Outdoor ceremonies are beautiful until they are not. Ask to see the wet-weather space set up for your guest count, not just',
    'empty, and ask who decides on the morning, and by what time, that the ceremony moves inside.',
  ),
];
const q4 = ['Look for these lines in the contract, and ask for anything that is missing to be written in:'];
const q4List = [
  'The full price including service charge and VAT, not only the hire fee',
  'What happens to your deposit if you need to move the date',
  'Any noise limit, and the time the music must stop',
  'Whether candles, confetti or sparklers are allowed',
];
const q5 = [
  j(
    'Ask who your contact will be on the day itself. At some venues the person who shows you round is a sales manager you will never',
    'see again. That is fine, as long as you know it, and as long as you meet the person who will actually be there.',
  ),
  j(
    'If you are planning with us, we will go through all of this with you before anything is signed. If you are planning on your own,',
    'print this list, take it with you and do not feel awkward about asking. A good venue will be glad you did.',
  ),
];
const headings = [
  '1. What time can we have the venue from, and until when?',
  '2. Which suppliers do we have to use?',
  '3. What is the plan if it rains?',
  '4. What exactly does the contract include?',
  '5. Who will be there on the day?',
];
const menu = ['Home', 'About', 'Services', 'Weddings', 'Journal', 'Enquire'];
const cats = ['Planning Tips', 'Venues', 'Real Weddings', 'Behind the Scenes'];
const comment = j('This is so helpful, thank you! We had no idea our venue charged for the morning after clear-up until we read the small print.');
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Juniper Vale Events</title><meta name="description" content="The five questions our planners ask on every venue visit.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-24T09:00:00+00:00">
<link rel="stylesheet" id="pub-style-css" href="https://static.showit.example/css/showit-blog.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2026-02-24T09:00:00+00:00","author":{"@type":"Person","name":"Juniper Hale"}}]}</script>
<script>var showitData = {"siteId":"Rk2xP91","pageId":"single","canvasIds":["sHeader","sPostTitle","sPost","sSidebar","sFooter"]};</script>
<style>.sib-header{height:90px}.se-wpt h1{font-family:"Cormorant Garamond"}</style></head>
<body class="post-template-default single single-post postid-2214 single-format-standard">
<div class="sp" id="sp"><div id="sHeader" class="sb sib-header" data-nav-canvas="true"><div class="ss" id="sHeadercanvas">
<div class="se sib-header se-rc" data-sid="logo"><a href="/"><img src="https://static.showit.example/juniper-vale-logo.png" alt="Juniper Vale Events"></a></div>
<nav class="se sib-header se-nav" data-sid="menu"><ul class="se-nav-list">${links(menu, 'se-nav-item')}</ul></nav>
<div class="se sib-header se-rc se-mobile" data-sid="hamburger"><span class="se-t">Menu</span></div></div></div>
<div id="sPostTitle" class="sb sib-post-title" data-sid="posttitle"><div class="ss" id="sPostTitlecanvas">
<div class="se sib-post-title se-wpt" data-wp-text="post_category"><span class="se-t">Planning Tips</span></div>
<div class="se sib-post-title se-wpt" data-wp-text="post_title"><h1 class="se-t">${title}</h1></div>
<div class="se sib-post-title se-wpt" data-wp-text="post_date"><span class="se-t">February 24, 2026</span></div>
<div class="se sib-post-title se-wpt" data-wp-text="post_author"><span class="se-t">by Juniper Hale</span></div></div></div>
<div id="sPost" class="sb sib-post" data-sid="post"><div class="ss" id="sPostcanvas"><div class="se sib-post se-wpt sb-b-post" data-wp-text="post_content">
<div class="se-t">
<img class="aligncenter size-large wp-image-2216" src="https://www.junipervale.example/wp-content/uploads/2026/02/venue-walk.jpg" alt="">
${ps(intro)}
<h2 class="wp-block-heading">${headings[0]}</h2>
${ps(q1)}
<h2 class="wp-block-heading">${headings[1]}</h2>
${ps(q2)}
<h2 class="wp-block-heading">${headings[2]}</h2>
${ps(q3)}
<h2 class="wp-block-heading">${headings[3]}</h2>
${ps(q4)}
<ul class="wp-block-list">${lis(q4List)}</ul>
<h2 class="wp-block-heading">${headings[4]}</h2>
${ps(q5)}
</div></div></div></div>
<div id="sOptin" class="sb sib-optin"><div class="ss"><div class="se se-rc"><h3 class="se-t">Grab the free venue visit checklist</h3></div>
<div class="se se-rc"><p class="se-t">Twenty-two questions, one printable page, zero awkward silences.</p></div>
<form class="se se-form" action="https://app.flodesk.example/forms/jv"><input type="email" placeholder="Email address">
<button type="submit">Send it to me</button></form></div></div>
<div id="sSidebar" class="sb sib-sidebar"><div class="ss"><div class="se se-rc"><h3 class="se-t">Hey there, I’m Juniper!</h3></div>
<div class="se se-rc"><p class="se-t">Planner, list-maker and tea drinker, helping calm couples plan thoughtful weddings across the
Marrow Hills since 2015.</p></div><div class="se se-rc"><h4 class="se-t">Categories</h4><ul>${links(cats)}</ul></div></div></div>
<div id="sPostNav" class="sb sib-post-nav"><div class="ss"><div class="se se-wpt" data-wp-text="prev_post">
<a href="/journal/winter-elopement">Previous Post</a></div>
<div class="se se-wpt" data-wp-text="next_post"><a href="/journal/timeline-template">Next Post</a></div></div></div>
<div id="sComments" class="sb sib-comments"><div class="ss"><div class="se se-wp-comments"><div id="comments" class="comments-area">
<h3 class="comments-title">1 Comment</h3><ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1">
<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Priya Anand</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-02-25T18:02:00+00:00">February 25, 2026 at 6:02 pm</time></div></footer>
<div class="comment-content"><p>${comment}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></div></div>
<div id="sInsta" class="sb sib-instagram"><div class="ss"><div class="se se-rc"><p class="se-t">Follow along @junipervale.events</p></div></div></div>
<div id="sFooter" class="sb sib-footer"><div class="ss"><div class="se se-rc"><p class="se-t">Juniper Vale Events · Wedding planning in the Marrow Hills
and beyond</p></div><div class="se se-rc"><p class="se-t">© 2026 Juniper Vale Events | Privacy | Site by Showit</p></div></div></div></div>
<script src="https://static.showit.example/js/showit-public.js"></script><script>showit.init(showitData);</script></body></html>`;
export const showitBlog: TestPage = {
  name: 'heldout243-showit-planner-blog',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([...intro, ...q1, ...q2, ...q3, ...q4, ...q4List, ...q5]),
  bylines: ['February 24, 2026', 'by Juniper Hale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...menu, 'Menu', 'Grab the free venue visit checklist', 'Twenty-two questions, one printable page, zero awkward silences.', 'Send it to me',
    'Hey there, I’m Juniper!', 'Planner, list-maker and tea drinker, helping calm couples plan thoughtful weddings across the Marrow Hills since 2015.',
    'Categories', ...cats, 'Previous Post', 'Next Post', '1 Comment', 'Priya Anand', 'says:', 'February 25, 2026 at 6:02 pm', comment, 'Reply',
    'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Follow along @junipervale.events',
    'Juniper Vale Events · Wedding planning in the Marrow Hills and beyond', '© 2026 Juniper Vale Events | Privacy | Site by Showit',
  ],
};
