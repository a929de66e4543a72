import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 66, file b2: a Tumblr text post on a custom theme at blogname.tumblr.com (the theme's option metas and
 * CSS, Tumblr's injected scripts and logged-out controls iframe, the sidebar with avatar, blog title, description, links and
 * the theme credit, the post with its title and a body rendered from the Neue Post Format (paragraphs, h2 headings, an
 * indented quote block), the permalink footer with date, note count, reblog link and tags, the notes list with likes, reblogs
 * and a reblog with added commentary, "Show more notes", permalink pagination and the search box).
 */
const tbBlog = 'Fern Hollow Notes';
const tbTitle = 'On keeping a commonplace book for ten years';
const tbP1 = [
  'I started my first commonplace book in the spring of 2015, in a cheap hardback notebook from a stationer in Hebden Bridge that ' +
    'has since closed. The idea was simple and very old: whenever something I read seemed worth keeping, I would copy it out by ' +
    'hand, with the source, and add a line or two about why.',
  'Ten years and eleven notebooks later, a few people have asked how I keep it going, so here is everything I have learned, in no ' + 'particular order.',
];
const tbH1 = 'Copy by hand, even when it is slow';
const tbP2 = [
  'Copying a paragraph out by hand takes perhaps four minutes. That is long enough to notice which words the writer chose and ' +
    'where the sentence turns, and I remember the things I have copied far better than the things I have only highlighted.',
];
const tbH2 = 'Index at the back, not the front';
const tbP3 = [
  'Every notebook gets an index on its last few pages, built as I go: a subject word and a page number. I tried tagging with ' +
    'coloured tabs for a year and gave up, because the colours stopped meaning anything after the fourth one.',
];
const tbQuote =
  '&#8220;A notebook is a conversation you keep having with yourself, a few years late.&#8221; That is from my own entry for 3 ' +
  'January 2019, which I had completely forgotten writing.';
const tbH3 = 'Let it be boring';
const tbP4 = [
  'Most entries are not profound. There are bus timetables, a recipe for soda bread, a list of birds seen from a train window. ' +
    'Those are the pages I reread most, because they are the ones that bring back a particular week.',
  'If you are thinking of starting one, do not buy a beautiful notebook. Buy a cheap one you will not be afraid to ruin, and copy ' +
    'out the first thing today that makes you stop reading for a moment.',
];
const tbTags = ['commonplace book', 'notebooks', 'reading', 'stationery', 'long post'];
const tbLinks = ['home', 'ask', 'archive', 'my reading log'];
const tbNotes = [
  { cls: 'reblog tumblelog_marrowbonesoup with_commentary', line: 'marrowbonesoup reblogged this from fernhollow and added:' },
  { cls: 'like tumblelog_inkwellandmoth without_commentary', line: 'inkwellandmoth liked this' },
  { cls: 'reblog tumblelog_quietstacks without_commentary', line: 'quietstacks reblogged this from fernhollow' },
  { cls: 'like tumblelog_the-slow-librarian without_commentary', line: 'the-slow-librarian liked this' },
  { cls: 'original_post', line: 'fernhollow posted this' },
];
const tbAdded = 'I have kept one since university and the index at the back is the single best piece of advice in this post.';
const tbNoteLine = (line: string): string =>
  line
    .replace(/^(\S+)/, '<a rel="nofollow" href="https://$1.tumblr.com/" class="tumblelog" title="$1">$1</a>')
    .replace(/ from (\S+)/, ' from <a rel="nofollow" href="https://$1.tumblr.com/" class="source_tumblelog" title="$1">$1</a>');
const tbHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<script type="text/javascript" src="https://assets.tumblr.com/pop/js/modern/analytics-frame-5e3d0d4f.js" async></script>
<meta charset="utf-8">
<title>${tbBlog} — ${tbTitle}</title>
<meta name="color:Background" content="#fbf8f1">
<meta name="color:Text" content="#2b2b2b">
<meta name="color:Link" content="#8a5a44">
<meta name="font:Body" content="Georgia, serif">
<meta name="if:Show Notes" content="1">
<meta name="text:Sidebar Link 4" content="my reading log">
<meta name="description" content="${tbP1[0]!.slice(0, 120)}">
<link rel="canonical" href="https://fernhollow.tumblr.com/post/778812345001/on-keeping-a-commonplace-book-for-ten-years">
<link rel="alternate" type="application/rss+xml" href="https://fernhollow.tumblr.com/rss">
<meta property="og:site_name" content="${tbBlog}"><meta property="og:title" content="${tbTitle}"><meta property="og:type" content="tumblr-feed:text">
<meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","url":"https://fernhollow.tumblr.com/post/778812345001",
"headline":"${tbTitle}","datePublished":"2025-03-09T20:14:33+00:00","author":{"@type":"Person","name":"fernhollow"}}</script>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/pre_tumblelog.js?_v=5a7b1ed67f2d0b4f2f3e8a9d1c4b7e60"></script>
<style type="text/css">body{background:#fbf8f1;color:#2b2b2b;font:15px/1.7 Georgia, serif;margin:0}#sidebar{position:fixed;width:220px;left:40px;top:60px}
#content{margin-left:300px;width:540px;padding:60px 0}.post h2.title{font-size:26px;font-weight:normal}.npf_indented{border-left:2px solid
 #8a5a44;padding-left:14px}
ol.notes{list-style:none;padding:0}ol.notes li{font-size:12px;padding:6px 0;border-bottom:1px dotted
 #ddd}#credit{font-size:10px;text-transform:lowercase}</style>
</head>
<body>
<iframe class="tmblr-iframe tmblr-iframe--desktop-loggedout-controls iframe-controls--desktop" frameborder="0" allowtransparency="true" scrolling="no"
 src="https://www.tumblr.com/dashboard/iframe?tumblelogName=fernhollow&amp;postId=778812345001&amp;isLoggedIn=0&amp;src=https%3A%2F%2Ffernhollow.tumblr.com"
 style="position:absolute;z-index:2147483647;top:0;right:0;border:0;width:270px;height:26px;" name="desktop-loggedout-controls"></iframe>
<div id="sidebar"><a href="/"><img class="avatar" src="https://64.media.tumblr.com/avatar_5c1f5d0a7e3b_128.pnj" alt="" width="96" height="96"></a>
<h1 class="blog-title"><a href="/">${tbBlog}</a></h1>
<div class="description">books, walks and marginalia. she/her. west yorkshire.</div>
<ul class="links">${tbLinks.map((t) => `<li><a href="/${t.split(' ').pop()}">${t}</a></li>`).join('')}</ul>
<form action="/search" method="get" class="search"><input type="text" name="q" value="" placeholder="search"></form>
<div id="credit"><a href="https://paperlantern-themes.tumblr.com/">theme by paperlantern</a></div></div>
<div id="content">
<article class="post text" id="post-778812345001" data-post-id="778812345001">
<h2 class="title"><a href="https://fernhollow.tumblr.com/post/778812345001/on-keeping-a-commonplace-book-for-ten-years">${tbTitle}</a></h2>
<div class="body">
${tbP1.map((p) => `<p>${p}</p>`).join('')}<h2>${tbH1}</h2>${tbP2.map((p) => `<p>${p}</p>`).join('')}<h2>${tbH2}</h2>${tbP3.map((p) => `<p>${p}</p>`).join('')}
<blockquote class="npf_indented">${tbQuote}</blockquote><h2>${tbH3}</h2>${tbP4.map((p) => `<p>${p}</p>`).join('')}
</div>
<div class="permalink-footer">
<div class="meta"><a href="https://fernhollow.tumblr.com/post/778812345001/on-keeping-a-commonplace-book-for-ten-years" class="date">9 March 2025</a>
<span class="sep">·</span><a href="#notes" class="notecount">214 notes</a><span class="sep">·</span>
<a href="https://www.tumblr.com/reblog/778812345001/Xq2mB7rT" class="reblog" target="_blank">reblog</a></div>
<div class="tags">${tbTags.map((t) => `<a href="https://fernhollow.tumblr.com/tagged/${t.replace(/ /g, '-')}">#${t}</a>`).join(' ')}</div>
</div>
<div id="notes"><ol class="notes">
${tbNotes
  .map(
    (n, i) => `<li class="note ${n.cls}"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://${n.line.split(' ')[0]}.tumblr.com/"><img
 src="https://64.media.tumblr.com/avatar_${i}_16.pnj" class="avatar" alt=""></a><span class="action">${tbNoteLine(n.line)}</span><div class="clear"></div>
${i === 0 ? `<blockquote><a href="https://marrowbonesoup.tumblr.com/post/778813000112" title="View post">${tbAdded}</a></blockquote>` : ''}</li>`,
  )
  .join('\n')}
<li class="more_notes_link_container"><span class="notes_loading" style="display:none;">Loading...</span><a class="more_notes_link" href="#"
 onclick="this.style.display='none';return false;">Show more notes</a></li>
</ol></div>
</article>
<div id="pagination"><a href="https://fernhollow.tumblr.com/post/778700112233" class="prev">← previous post</a>
<a href="https://fernhollow.tumblr.com/post/779001234567" class="next">next post →</a></div>
</div>
<script type="text/javascript">!function(s){s.src='https://px.srvcs.tumblr.com/impixu?T=1741551273&J=eyJ0eXBlIjoidXJsIn0=&U=LOGGEDOUT&K=9c0e';
}(new Image());</script>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=0b6e1c8e0fd2c8d2f05b09a1f1d5c3a4"></script>
<iframe id="ga_target" src="https://assets.tumblr.com/analytics.html?_v=4c3d4b1c0f1a" scrolling="no" width="1" height="1"
 style="position:absolute;bottom:0;left:-9999px;border:0;"></iframe>
</body>
</html>`;
export const tumblrTextPost: TestPage = {
  html: tbHtml,
  name: 'heldout66-tumblr-text-post',
  kind: 'blog',
  // the post title is the h2.title (the sidebar's h1 is the blog's name: furniture); the paragraphs and the indented quote
  // block (the writer quoting her own notebook, then her own sentence) are body, the three h2s in the post body the headings;
  // the date link is the byline (a single-author blog shows no author line; the notes' "fernhollow posted this" is a line
  // of the notes list and stays with it); the notes list, likes and reblogs with their user names and the reblogger's added
  // comment are readers' reactions: furniture; the note count, reblog link, tags, sidebar, theme credit and pagination are
  // furniture; the tags "#commonplace book", "#notebooks" and "#reading" are words of the title and body: left out
  title: tbTitle,
  headings: [tbH1, tbH2, tbH3],
  body: [...texts(tbP1), ...texts(tbP2), ...texts(tbP3), ...texts([tbQuote]), ...texts(tbP4)],
  bylines: ['9 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    tbBlog, 'books, walks and marginalia. she/her. west yorkshire.', ...tbLinks, 'theme by paperlantern', '214 notes', 'reblog',
    ...['stationery', 'long post'].map((t) => `#${t}`), ...tbNotes.map((n) => n.line), tbAdded, 'Show more notes', 'Loading...',
    '← previous post', 'next post →',
  ],
};
