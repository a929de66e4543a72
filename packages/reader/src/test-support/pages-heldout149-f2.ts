import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 149, file f2: a Tumblr photo post on a blog subdomain with the Optica theme, as a signed-out visitor saves
 * it (Tumblr's injected controls iframe and login/signup bar, the theme header with avatar, blog title, description and nav,
 * the photo with its alt text, the long caption written as NPF blocks with a heading1 first line, the post footer with date,
 * note count, share/reblog/like controls and tags, the notes list with likes, reblogs and one reblog with added text, "Show
 * more notes", pagination and the theme footer, plus the tumblr.com analytics and lightbox scripts).
 */
const tuTitle = 'Spring firing of the Hollins Moor anagama';
const tuCaption = [
  'Five days, eleven potters, roughly four tonnes of larch offcuts, and one very tired dog. This was the first firing of the ' +
    'anagama since we rebuilt the firebox last autumn, and the first one I have led on my own.',
  'We loaded on the Saturday: about three hundred pots, packed tighter than usual because everyone had been saving work over the ' +
    'winter. The front of the kiln took the big storage jars and the pieces that wanted heavy ash. The back, where it runs cooler, ' +
    'took the shino-glazed bowls and most of the cups.',
  'Stoking started at six on Sunday morning and went round the clock in three-hour shifts until Thursday afternoon. By the second ' +
    'night the front reached cone 10 and we began side-stoking to bring the middle up. The rebuilt firebox made a real difference. ' +
    'The temperature climbed more evenly, and we used about a fifth less wood than last year to get there.',
  'The photo is the jar that sat directly behind the firebox. It came out with a thick green ash glaze on the shoulder that ran ' +
    'down in long drips, and a toasted orange on the side that faced away from the flame. The dark patches near the foot are where ' +
    'embers built up against it on the last day. I could not have planned any of it, which is the whole point.',
  'Not everything survived. Two of the big jars cracked as they cooled, probably because the back wall of the kiln was still damp ' +
    'from the rebuild, and a shelf of cups in the middle stuck together where ash pooled. We will give that shelf more space next ' +
    'time.',
  'Unpacking took most of Saturday. We laid everything out on trestle tables in the yard and went along the rows together, ' +
    'which is my favourite hour of the whole firing: nobody quite knows what they will get back, and the kiln always has opinions.',
  'Thank you to everyone who stoked, cooked, chopped and stayed up with me at three in the morning watching the cones. The next ' +
    'firing is planned for late September. If you would like to put work in, send me a message before the end of July.',
];
const tuNav = ['Ask me anything', 'Submit', 'Archive', 'Kiln log'];
const tuTags = ['#pottery', '#ceramics', '#wood firing', '#anagama', '#ash glaze', '#studio pottery'];
const tuNotes: readonly { who: string; kind: 'like' | 'reblog'; added?: string }[] = [
  { who: 'saltglazesunday', kind: 'reblog', added: 'that shoulder ash is unreal' },
  { who: 'moor-and-mud', kind: 'like' },
  { who: 'clayfootedgiant', kind: 'reblog' },
  { who: 'thrownbyhand', kind: 'like' },
  { who: 'emberandgrog', kind: 'like' },
];
const tuHead = ['Kiln Side Notes', 'Wood-fired pots, kiln building and the occasional dog. Hollins Moor, north of the river.'];
const tuLogin = ['Log in', 'Sign up', 'Follow'];
const tuFoot = ['Previous', 'Next', '© 2025 Kiln Side Notes', 'Optica theme by Tumblr'];
const tuNote = (
  n: (typeof tuNotes)[number],
  i: number,
): string => `<li class="note ${n.kind} tumblelog_${n.who} ${n.added ? 'with_commentary' : 'without_commentary'}">
<a rel="nofollow" class="avatar_frame" target="_blank" href="https://${n.who}.tumblr.com/" title="${n.who}"><img
src="https://64.media.tumblr.com/avatar_${i}_16.pnj"
class="avatar" alt=""></a><span class="action" data-post-url="https://${n.who}.tumblr.com/post/76019${i}"><a rel="nofollow" href="https://${n.who}.tumblr.com/"
class="tumblelog" title="${n.who}">${n.who}</a> ${
  n.kind === 'like'
    ? 'liked this'
    : `reblogged this from <a rel="nofollow" href="https://kilnsidenotes.tumblr.com/" class="source_tumblelog"
title="kilnsidenotes">kilnsidenotes</a>${n.added ? ' and added:' : ''}`
}</span><div class="clear"></div>${
  n.added ? `<blockquote><a href="https://${n.who}.tumblr.com/post/76019${i}" title="View post">${n.added}</a></blockquote>` : ''
}</li>`;
const tuHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-dns-prefetch-control" content="off">
<script type="text/javascript" src="https://assets.tumblr.com/pop/js/analytics-1b3f0d5c.js" async></script>
<script>var __pbpa = true;var translated_warning_string = 'Warning: Never enter your Tumblr password unless \\u201chttps://www.tumblr.com/login\\u201d ' +
'is the address in your web browser.';</script>
<title>Kiln Side Notes — Spring firing of the Hollins Moor anagama</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta name="description" content="Spring firing of the Hollins Moor anagama. Five days, eleven potters, roughly four tonnes of larch offcuts, and one very
tired dog.">
<meta name="twitter:card" content="photo"><meta name="twitter:site" content="tumblr"><meta property="og:type" content="tumblr-feed:photo">
<meta property="og:title" content="Kiln Side Notes"><meta property="og:url"
content="https://kilnsidenotes.tumblr.com/post/760193847261/spring-firing-of-the-hollins-moor-anagama">
<meta property="og:image" content="https://64.media.tumblr.com/2f9c1a7e/s1280x1920/b4e0d3f7.jpg"><meta property="og:site_name" content="Tumblr">
<meta name="tumblr-theme" content="1"><link rel="alternate" type="application/rss+xml" href="https://kilnsidenotes.tumblr.com/rss">
<link rel="canonical" href="https://kilnsidenotes.tumblr.com/post/760193847261/spring-firing-of-the-hollins-moor-anagama">
<link rel="stylesheet" media="screen" href="https://assets.tumblr.com/fonts/gibson/stylesheet.css?v=3">
<style type="text/css">#page { max-width: 720px; margin: 0 auto; } .blog-title a { color: #444; } .post-footer { font-size: 12px; }</style>
<link rel="stylesheet" href="https://assets.tumblr.com/client/prod/standalone/blog-network-npf/index.build.css"></head>
<body class="permalink-page anim-fade-in-out loading">
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedin-controls iframe-controls--desktop" name="desktop-logged-in-controls"
src="https://www.tumblr.com/dashboard/iframe?tumblelogName=kilnsidenotes&amp;src=https%3A%2F%2Fkilnsidenotes.tumblr.com%2Fpost%2F760193847261" width="1"
height="1" style="position:absolute;top:0;right:0;z-index:2147483647;border:0;background-color:transparent;overflow:hidden;" scrolling="no"></iframe>
<div class="tmblr-iframe tmblr-iframe--unified-controls iframe-controls--desktop tmblr-iframe--loggedin-controls"><div class="tmblr-login-bar">
<a class="tmblr-login-bar__link" href="https://www.tumblr.com/login">${tuLogin[0]}</a><a class="tmblr-login-bar__link tmblr-login-bar__link--primary"
href="https://www.tumblr.com/register">${tuLogin[1]}</a><button class="tmblr-login-bar__follow" data-blog="kilnsidenotes">${tuLogin[2]}</button></div></div>
<section id="page">
<header id="header" class="top-blog-header has-avatar"><div class="header-wrapper"><div class="header-image-wrapper"></div><div class="blog-title-wrapper
content">
<figure class="avatar-wrapper animate"><a href="/" class="user-avatar"><img class="avatar" src="https://64.media.tumblr.com/avatar_4b1c_128.pnj"
alt="Avatar"></a>
</figure><h1 class="blog-title"><a href="/">${tuHead[0]}</a></h1><div class="description">${tuHead[1]}</div></div></div>
<nav class="nav-menu-wrapper"><ul class="nav-menu">${tuNav
  .map((t) => `<li class="menu-item"><a href="/${t === 'Kiln log' ? 'tagged/kiln-log' : t.split(' ')[0]!.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul></nav></header>
<section id="posts" class="content clearfix">
<article class="photo not-page post-760193847261" data-post-id="760193847261"><div class="post-wrapper clearfix"><section class="post">
<figure class="post-content high-res" data-photo-width="1280"><div class="photo-wrapper"><div class="photo-wrapper-inner">
<a href="https://www.tumblr.com/kilnsidenotes/760193847261/spring-firing-of-the-hollins-moor-anagama"
data-big-photo="https://64.media.tumblr.com/2f9c1a7e/s2048x3072/b4e0d3f7.jpg">
<img src="https://64.media.tumblr.com/2f9c1a7e/s1280x1920/b4e0d3f7.jpg" alt="A tall stoneware jar with green ash drips on the shoulder" width="1280"
height="1707">
</a></div></div></figure>
<div class="caption"><h1>${tuTitle}</h1>${tuCaption.map((p) => `<p>${p}</p>`).join('')}</div>
</section>
<section class="panel"><footer class="post-footer"><div class="post-meta"><a
href="https://kilnsidenotes.tumblr.com/post/760193847261/spring-firing-of-the-hollins-moor-anagama"
class="meta-item post-date">April 14th, 2025</a><a href="https://kilnsidenotes.tumblr.com/post/760193847261/spring-firing-of-the-hollins-moor-anagama#notes"
class="meta-item post-notes">312 notes</a></div>
<section class="post-controls"><div class="controls-wrapper"><a href="#" class="share meta-item tooltip" data-tooltip="Share">Share</a>
<div class="reblog_button" data-reblog-key="QxT7bWm2" data-reblog-id="760193847261"><a href="https://www.tumblr.com/reblog/760193847261/QxT7bWm2"
style="display: block;width:20px;height:20px;"><svg width="100%" height="100%" viewBox="0 0 21 21" fill="#ccc"><path d="M5.01
10.08v3.16h5.06"></path></svg></a></div>
<div class="like_button" data-post-id="760193847261" data-blog-name="kilnsidenotes" id="like_button_760193847261"><iframe id="like_iframe_760193847261"
src="https://assets.tumblr.com/assets/html/like_iframe.html?_v=66c22ab5&amp;id=760193847261&amp;name=kilnsidenotes&amp;rk=QxT7bWm2" scrolling="no" width="20"
height="20" frameborder="0" class="like_toggle" allowTransparency="true" name="like_iframe_760193847261"></iframe></div></div></section>
<section class="post-tags">${tuTags
  .map((t) => `<a class="tag" href="https://kilnsidenotes.tumblr.com/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`)
  .join('\n')}
</section></footer>
<section id="notes"><ol class="notes">
${tuNotes.map(tuNote).join('\n')}
</ol><div class="more_notes_link_container"><span class="notes_loading" style="display:none;">Loading...</span><a class="more_notes_link" href="#"
onclick="this.style.display='none';document.querySelector('.notes_loading').style.display='block';return false;">Show more notes</a></div></section>
</section></div></article></section>
<nav id="pagination" class="content clearfix"><a class="previous-button" href="/post/760120055193/cups-from-the-february-salt-firing">${tuFoot[0]}</a>
<a class="next-button" href="/post/760255110842/rebuilding-the-chimney-part-two">${tuFoot[1]}</a></nav>
<footer id="footer" class="content clearfix"><div class="footer-wrapper"><p class="copyright">${tuFoot[2]}</p><p
class="theme-credit">${tuFoot[3]}</p></div></footer>
</section>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=2f2e8f5c"></script>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/pre_tumblelog.js?_v=b2bc7e2c"></script>
<script type="text/javascript">window.tumblrLightbox = { enabled: true }; Tumblr.LikeButton.get_status_by_page(1);</script>
<iframe src="https://assets.tumblr.com/analytics.html?_v=7a7d4e3c#https://kilnsidenotes.tumblr.com" scrolling="no" width="1" height="1" frameborder="0"
style="background-color:transparent; overflow:hidden; position:absolute; top:0; left:0; z-index:9999;" id="ga_target"></iframe>
</body></html>`;
export const tumblrPhotoPost: TestPage = {
  html: tuHtml,
  name: 'heldout149-tumblr-photo-caption-blog',
  kind: 'blog',
  // the caption's heading1 block is the post's title and its paragraphs are the body; the blog title and description, nav,
  // login bar, note count, tags, the notes (a blog page's reader activity, including the reblog's added text), pagination
  // and footer are furniture (the tag "#anagama", a word of the title, is left out); the post date is the byline
  title: tuTitle,
  headings: [],
  body: texts(tuCaption),
  bylines: ['April 14th, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tuLogin, ...tuHead, ...tuNav, '312 notes', 'Share', ...tuTags.filter((t) => t !== '#anagama'),
    ...tuNotes.map((n) => n.who), 'liked this', 'reblogged this from', 'kilnsidenotes',
    'and added:', 'that shoulder ash is unreal', 'Loading...', 'Show more notes', ...tuFoot,
  ],
};
