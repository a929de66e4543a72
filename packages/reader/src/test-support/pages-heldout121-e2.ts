import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 121, file e2: a Tumblr text post on a blog with a custom theme (the logged-out Tumblr controls iframe, the
 * sidebar with the avatar, blog title, description and the ask / submit / archive / random links, the text post's title and
 * body with a full-width image and a blockquote, the post meta with date, note count and reblog link, the like-button iframe,
 * the hashtags, the notes list with likes, reblogs and a reply, "Show more notes", the post navigation and the theme credit).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const tbTitle = 'on keeping a commonplace book';
const tbP1 = paras(`
a few people asked about the notebook in the background of my desk photo last week, so here is the long answer.

it is a commonplace book, which is a very old name for a very simple thing: a notebook where you copy out passages you want to keep.
quotes from books, lines from songs, something a stranger said on the train, a recipe my gran wrote on the back of an envelope. no
diary entries and no to-do lists. only other people’s words, and the date and place i found them.
`);
const tbQuote = 'Keep a notebook. Travel with it, eat with it, sleep with it. Slap into it every stray thought that flutters up into your brain.';
const tbP2 = paras(`
that one is from a writing handbook i found in a charity shop in Ballanport, and it is the first thing in my current book. i do not
actually sleep with mine, but i have carried one in my bag since i was nineteen, and i am on number eleven now.

the rules i have ended up with, after a lot of trial and error, are pretty short. copy things out by hand, because typing them does
not make them stick the same way. write the source every time, because you will not remember it in five years. and leave the first
two pages blank for an index you will fill in much later, when the book is full and you can see what it was about.

that last one sounds fussy but it is my favourite part. when i finish a book i sit down with a cup of tea and read it all the way
through, and write a few words on the index pages for each thing that still catches me. book seven turned out to be mostly about the
sea. book nine was about my dad, though i did not know that while i was writing it.

if you want to start one: any notebook will do, and the first entry does not have to be profound. the first line in my very first
book was a sign from a bus station toilet. i still like it.
`);
const tbTags = ['#commonplace book', '#notebooks', '#reading', '#my writing', '#long post'];
const tbNotes = [
  'quillandmoss liked this',
  'brambleandbyte reblogged this from lanternwick',
  'paperlanternfox liked this',
  'saltmarshreads reblogged this from brambleandbyte',
  'orchard-of-margins liked this',
];
const tbReply = 'thirteenthmoth said: this is so lovely. starting mine tonight';
const tbLinks = ['ask', 'submit', 'archive', 'random', 'rss'];
const tbDesc = 'books, notebooks, the sea, and whatever i am knitting. she/her. 30s. slow replies but i read everything.';
const tbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><script type="text/javascript" language="javascript"
src="https://assets.tumblr.example/assets/scripts/pre_tumblelog.js?_v=5f0e6"></script>
<title>lanternwick — on keeping a commonplace book</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="a few people asked about the notebook in the background of my desk photo last week, so here is the long answer.">
<link rel="shortcut icon" href="https://64.media.tumblr.example/avatar_5e1d2f3c4b6a_128.pnj"><link rel="alternate" type="application/rss+xml"
href="https://lanternwick.tumblr.com/rss">
<meta property="og:site_name" content="lanternwick"><meta property="og:title" content="on keeping a commonplace book"><meta property="og:type"
content="tumblr-feed:text">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://lanternwick.tumblr.com/post/745120938811473920/on-keeping-a-commonplace-book">
<meta name="tumblr:blog-name" content="lanternwick"><style
type="text/css">body{background:#f6f1e7;color:#3b3430;font-family:Georgia,serif}#sidebar{position:fixed;width:220px}
.post{max-width:540px;margin:40px auto}.tags a{color:#9a8f86;font-size:11px}</style>
<script type="application/ld+json">{"@type":"BlogPosting","url":"https://lanternwick.tumblr.com/post/745120938811473920/on-keeping-a-commonplace-book",
"headline":"on keeping a commonplace book","datePublished":"2024-03-09T19:42:17+00:00","author":{"@type":"Person","name":"lanternwick"},
"@context":"http://schema.org"}</script>
</head>
<body><iframe id="tumblr_controls" name="desktop-logged-out-controls" class="tmblr-iframe tmblr-iframe--unified-controls tmblr-iframe--loaded"
src="https://www.tumblr.example/dashboard/iframe?tumblelogName=lanternwick&amp;pid=745120938811473920&amp;src=https%3A%2F%2Flanternwick.tumblr.com%2Fpost"
width="1" height="1" frameborder="0" scrolling="no" allowtransparency="true" title="Tumblr controls"></iframe>
<div id="sidebar"><a href="/" class="portrait"><img src="https://64.media.tumblr.example/avatar_5e1d2f3c4b6a_128.pnj" alt="lanternwick" width="96"
height="96"></a>
<h1 class="blog-title"><a href="/">lanternwick</a></h1><div class="description"><p>${tbDesc}</p></div>
<ul class="links">${tbLinks.map((t) => `<li><a href="/${t}">${t}</a></li>`).join('\n')}</ul></div>
<div id="content"><article class="post text" id="post-745120938811473920"><h2 class="post-title"><a
href="https://lanternwick.tumblr.com/post/745120938811473920/on-keeping-a-commonplace-book">${tbTitle}</a></h2>
<div class="post-body">${ps(tbP1.slice(0, 1))}
<figure class="tmblr-full" data-orig-height="1350" data-orig-width="1080"><img src="https://64.media.tumblr.example/3a8e1f/tumblr_s9k2_540.jpg"
data-orig-height="1350" data-orig-width="1080" srcset="https://64.media.tumblr.example/3a8e1f/tumblr_s9k2_540.jpg 540w"
sizes="(max-width: 540px) 100vw, 540px"></figure>
${ps(tbP1.slice(1))}
<blockquote><p>${tbQuote}</p></blockquote>
${ps(tbP2)}</div>
<div class="post-meta"><a class="date" href="https://lanternwick.tumblr.com/post/745120938811473920/on-keeping-a-commonplace-book">March 9th, 2024</a> ·
<a class="notecount" href="#notes">41 notes</a> · <a class="reblog" href="https://www.tumblr.example/reblog/745120938811473920/kd0Qm2T1">reblog</a>
<div class="like_button" data-post-id="745120938811473920" data-blog-name="lanternwick" id="like_button_745120938811473920"><iframe
id="like_iframe_745120938811473920"
src="https://assets.tumblr.example/assets/html/like_iframe.html?_v=66c22ab5319d#name=lanternwick&amp;post_id=745120938811473920&amp;color=black"
scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowtransparency="true" name="like_iframe_745120938811473920"></iframe></div>
<div class="tags">${tbTags.map((t) => `<a href="/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`).join('\n')}</div></div>
<section id="notes"><ol class="notes"><!-- START NOTES -->
${tbNotes
  .map((t) => {
    const [who, act, ...rest] = t.split(' ');
    const from = rest.length > 0 ? ` from <a href="https://${rest[2]}.tumblr.com/" class="source_tumblelog">${rest[2]}</a>` : '';
    return `<li class="note ${act === 'liked' ? 'like' : 'reblog'} tumblelog_${who} without_commentary"><a rel="nofollow" class="avatar_frame" target="_blank"
href="https://${who}.tumblr.com/" title="${who}"><img src="https://64.media.tumblr.example/avatar_${who}_16.pnj" class="avatar" alt=""></a><span
class="action"><a
rel="nofollow" href="https://${who}.tumblr.com/" class="tumblelog" title="${who}">${who}</a> ${act === 'liked' ? 'liked this' : `reblogged this${from}`}</span>
<div class="clear"></div></li>`;
  })
  .join('\n')}
<li class="note reply tumblelog_thirteenthmoth"><a rel="nofollow" class="avatar_frame" href="https://thirteenthmoth.tumblr.com/"><img class="avatar" alt=""
src="https://64.media.tumblr.example/avatar_thirteenthmoth_16.pnj"></a><span class="action"><a rel="nofollow" href="https://thirteenthmoth.tumblr.com/"
class="tumblelog">thirteenthmoth</a> said: <span class="answer_content">this is so lovely. starting mine tonight</span></span><div class="clear"></div></li>
<!-- END NOTES --><li class="more_notes_link_container"><span class="notes_loading" style="display:none;">Loading...</span><a class="more_notes_link" href="#"
onclick="this.style.display='none';return false;">Show more notes</a></li></ol></section></article>
<nav class="post-navigation"><a class="prev" href="https://lanternwick.tumblr.com/post/745002118/">← Previous post</a>
<a class="next" href="https://lanternwick.tumblr.com/post/745230044/">Next post →</a></nav></div>
<footer class="credit">Theme by <a href="https://www.tumblr.example/theme/41733">saltwater-themes</a> · Powered by Tumblr</footer>
<script type="text/javascript" src="https://assets.tumblr.example/assets/scripts/tumblelog_post_message_queue.js?_v=9a3c"></script>
<script type="text/javascript">Tumblr.LikeButton.init();</script></body></html>`;
export const tumblrPost: TestPage = {
  html: tbHtml,
  name: 'heldout121-tumblr-text-post',
  kind: 'blog',
  // the post has no section headings; the quoted handbook line is part of the post: body; the date is the byline (the blog
  // name is the site title, furniture); notes (likes, reblogs, the reply) are furniture
  title: tbTitle,
  headings: [],
  body: texts([...tbP1, tbQuote, ...tbP2]),
  bylines: ['March 9th, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'lanternwick', tbDesc, ...tbLinks, '41 notes', 'reblog', ...tbTags, ...tbNotes, tbReply, 'Loading...', 'Show more notes', '← Previous post',
    'Next post →', 'Theme by saltwater-themes · Powered by Tumblr',
  ],
};
