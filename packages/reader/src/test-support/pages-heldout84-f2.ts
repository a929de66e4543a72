/**
 * Held-out batch 84, file f2: the texts and HTML of a long-form Tumblr text post (NPF) on a blog using the default Optica
 * theme: the logged-out controls iframe, the header with avatar, blog title (an h1), description and nav (Archive, Ask me
 * anything, Submit a post), the post body with its NPF h1 title, h2 sub-heads, an image row and an indented quote, the date and
 * note count, the tags, the notes list ("reblogged this from", "liked this", "Show more notes"), and the theme footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const tbTitle = 'on mending, and the sweater that outlived three flats';
export const tbP1 = paras(`
I have a grey wool sweater that I bought in a charity shop in 2012 for four pounds. It has been darned eleven times. I know it is
eleven because I started counting after the fifth, when a friend laughed and asked why I didn’t just buy another one.

This is a long post about why I didn’t, and about what happened to me in the years I spent sitting on the floor of various
rented rooms with a darning mushroom and a tangle of mismatched yarn. Get a cup of tea.
`);
export const tbH1 = 'the first hole';
export const tbP2 = paras(`
The first hole was at the left elbow. I had no idea how to fix it, so I watched a video made by a woman in Norway who spoke very
quietly and never showed her face, only her hands. She made a little woven square over the hole, over and under, over and under,
like a tiny loom.

Mine was terrible. It was lumpy and too tight and the yarn was a completely different grey. I wore it anyway. Nobody noticed,
or if they did, they didn’t say anything. That was the first surprise: nobody is looking at your elbows as closely as you are.
`);
export const tbH2 = 'the years of being broke';
export const tbP3 = paras(`
For a long time mending wasn’t a hobby, it was a necessity. I was working two part-time jobs and paying rent on a room with a
window that didn’t close properly. Buying new clothes was not on the list. So I mended socks, jeans, the lining of my coat,
and the sweater, again and again.

Somewhere in there it stopped feeling like a chore. There is something about repairing a thing with your own hands that makes
you feel less helpless, even when everything else is out of your control. I couldn’t fix my landlord or my bank balance. I could
fix a hole.
`);
export const tbQuote =
  'A darn is a record. It says: this broke, and somebody cared enough to put it back together. I think that is the most hopeful thing ' +
  'a piece of clothing can say.';
export const tbH3 = 'visible, on purpose';
export const tbP4 = paras(`
These days I don’t try to hide the repairs. The newest patch on the sweater is bright orange, because I had orange yarn and I
liked how it looked. People ask about it now, on the bus, in queues. A woman in the post office told me her grandfather darned
his own socks until he was ninety-four.

I am not going to tell you to stop buying clothes. But if you have something you love with a hole in it, try fixing it once.
It will probably look terrible. Wear it anyway. It gets better, and so, I think, do you.
`);
export const tbDesc = 'knitting, mending, bad photos of my cat. 30s. she/her. icon by me.';
export const tbNav = ['Archive', 'Ask me anything', 'Submit a post'];
export const tbTags = ['#visible mending', '#darning', '#long post', '#personal', '#mine'];
export const tbNotes = [
  'quietcartography reblogged this from marrowlight',
  'rosehip-and-rain liked this',
  'fernandfeather reblogged this from marrowlight',
  'a-small-tin-of-buttons liked this',
  'oldmapsandtea liked this',
  'the-darning-egg reblogged this from fernandfeather',
  'moth-eaten-and-proud liked this',
  'sundaysoup reblogged this from marrowlight',
  'grey-goose-knits reblogged this from quietcartography and added:',
  'marrowlight posted this',
];
export const tbNoteAdded = 'this made me cry a little on the train. going to go find my darning mushroom';

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');

export const tbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>marrowlight — on mending, and the sweater that outlived three flats</title>
<meta name="description" content="I have a grey wool sweater that I bought in a charity shop in 2012 for four pounds. It has been darned eleven times."/>
<meta property="og:type" content="tumblr-feed:text"/><meta property="og:title" content="on mending, and the sweater that outlived three flats"/>
<meta property="og:url" content="https://marrowlight.tumblr.example/post/767710342156435456/on-mending-and-the-sweater"/>
<meta name="twitter:site" content="tumblr"/><link rel="canonical" href="https://www.tumblr.example/marrowlight/767710342156435456/on-mending-and-the-sweater"/>
<script type="application/ld+json">{"@type":"SocialMediaPosting","@context":"http://schema.org",
"url":"https://marrowlight.tumblr.example/post/767710342156435456",
"datePublished":"2025-11-08T19:22:41+00:00","headline":"${tbTitle}","author":{"@type":"Person","name":"marrowlight"}}</script>
<link rel="stylesheet" href="https://assets.tumblr.example/fonts/gibson/stylesheet.css?v=3"><style type="text/css">
body { background-color: #F4F1EC; font-family: "Gibson", sans-serif; } .blog-title a { color: #2F3B4C; } article .body-text h1 { font-size: 26px; }
</style></head>
<body class="permalink-page"><iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls iframe-controls--desktop"
title="Tumblr" width="1" height="1" frameborder="0" scrolling="no" allowtransparency="true"
src="https://www.tumblr.example/dashboard/iframe?tumblelogName=marrowlight&amp;pid=767710342156435456&amp;src=https%3A%2F%2Fmarrowlight.tumblr.example">
</iframe>
<header id="header" class="header has-avatar"><div class="header-wrapper"><a href="/" class="blog-title-wrapper"><div class="avatar"><img
src="https://64.media.tumblr.example/avatar_4d2a9e_128.pnj" alt="marrowlight"></div><h1 class="blog-title">marrowlight</h1></a>
<div class="description">${tbDesc}</div><nav class="nav-wrapper"><ul>${tbNav
  .map((t) => `<li><a href="/${t === 'Archive' ? 'archive' : t === 'Submit a post' ? 'submit' : 'ask'}">${t}</a></li>`)
  .join('')}</ul></nav></div></header>
<section id="posts" class="content clearfix"><article class="text not-page post-767710342156435456" data-post-id="767710342156435456">
<div class="post-wrapper clearfix"><section class="post"><div class="body-text">
<h1>${tbTitle}</h1>
${ps(tbP1)}
<h2>${tbH1}</h2>
${ps(tbP2)}
<div class="npf_row" data-orientation="landscape"><figure class="tmblr-full" data-orig-height="1200" data-orig-width="1600"><img
src="https://64.media.tumblr.example/9f1b2c/s640x960/sweater.jpg" data-orig-height="1200" data-orig-width="1600"
srcset="https://64.media.tumblr.example/9f1b2c/s400x600/sweater.jpg 400w, https://64.media.tumblr.example/9f1b2c/s640x960/sweater.jpg 640w"></figure></div>
<h2>${tbH2}</h2>
${ps(tbP3)}
<blockquote class="npf_indented">${tbQuote}</blockquote>
<h2>${tbH3}</h2>
${ps(tbP4)}
</div></section>
<section class="post-meta-info"><div class="date-notes"><a class="post-date" href="https://marrowlight.tumblr.example/post/767710342156435456">November 8th,
2025</a>
<a class="post-notes" href="#notes">1,204 notes</a></div><section class="tags">${tbTags
  .map((t) => `<a href="https://marrowlight.tumblr.example/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`)
  .join('\n')}</section></section>
<section class="post-controls"><div class="like_button" data-post-id="767710342156435456" id="like_button_767710342156435456"><iframe
id="like_iframe_767710342156435456"
src="https://assets.tumblr.example/assets/html/like_iframe.html?_v=66c22ab5" scrolling="no" width="20" height="20" frameborder="0" class="like_toggle"
allowtransparency="true" name="like_iframe_767710342156435456"></iframe></div><a href="https://www.tumblr.example/reblog/767710342156435456/Xz8kPq"
class="reblog_button" style="display: block;width:20px;height:20px;"><svg width="100%" height="100%" viewBox="0 0 21 21" fill="#ccc"></svg></a></section>
<section id="notes"><ol class="notes">${tbNotes
  .map((t, i) => {
    const [who, ...rest] = t.split(' ');
    const added = t.endsWith('added:') ? `<blockquote><p>${tbNoteAdded}</p></blockquote>` : '';
    return `<li class="note ${t.includes('reblogged') ? 'reblog' : t.includes('posted') ? 'original_post' : 'like'} tumblelog_${who}"><a rel="nofollow"
class="avatar_frame" target="_blank"
href="https://${who}.tumblr.example/" title="${who}"><img src="https://64.media.tumblr.example/avatar_${i}_16.pnj" class="avatar" alt=""/></a><span
class="action">
<a rel="nofollow" href="https://${who}.tumblr.example/" class="tumblelog">${who}</a> ${rest.join(' ')}</span>${added}<div class="clear"></div></li>`;
  })
  .join('\n')}<li class="more_notes_link_container"><span class="notes_loading">Loading...</span><a class="more_notes_link" href="#">Show more notes</a></li>
</ol></section></div></article></section>
<footer id="footer"><div class="footer-wrapper"><a href="https://www.tumblr.example/theme/3">Optica</a> by <a
href="https://www.tumblr.example">Tumblr</a></div></footer>
<script type="text/javascript">var __pbtb = {"blogName":"marrowlight","postId":"767710342156435456"};</script>
<script src="https://assets.tumblr.example/assets/scripts/tumblelog_post_message_queue.js?_v=d5b6b7d" async></script>
<iframe src="https://assets.tumblr.example/analytics.html?_v=a11f2" scrolling="no" width="1" height="1" frameborder="0" style="position:absolute;left:-9999px"
id="ga_target"></iframe></body></html>`;
