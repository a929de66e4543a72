import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 80, file c2: a Tumblr text post on a custom blog theme (Optica-style header with the blog title, avatar
 * and description, the page links, the post with its heading block, the post footer with notes count, date, tags and the
 * like/reblog buttons, the notes list with likes, plain reblogs and reblogs with added commentary, "Show more notes",
 * previous/next links and Tumblr's injected controls iframe).
 */
const tbTitle = 'on keeping a commonplace book';
const tb1 = [
  'someone in my inbox asked how i keep my notebooks, so here is the long answer. i have kept a commonplace book since i was ' +
    'nineteen. it is not a diary and it is not a to-do list. it is where i copy out things i want to remember: lines from ' +
    'books, things overheard on trains, a recipe my aunt dictated over the phone, the opening hours of a swimming pool i no ' +
    'longer go to.',
  'the idea is very old. people were doing this with quills. the only rule is that you copy by hand, because copying is ' +
    'slower than reading and slowness is the point. you notice the shape of a sentence when you have to write it out.',
];
const tbH1 = 'what goes in';
const tb2 = [
  'anything that made me stop. that is the whole test. i used to worry about whether something was important enough, and the ' +
    'answer is that importance is not the job of the book. the book’s job is to keep the things that would otherwise fall ' +
    'through the floorboards.',
  'a few pages from the current one, so you get the idea:',
];
const tbList = [
  'a line from a bus driver in leeds: “there is no such thing as a late bus, only an early passenger.”',
  'the latin names of the four trees on my street, which i had to look up twice.',
  'a list of every song that came on in the launderette on a single saturday.',
];
const tbH2 = 'how i find anything';
const tb3 = [
  'i number the pages and keep an index at the back, in pencil, by subject. it takes five minutes a week. when a book is full ' +
    'it goes on the shelf with a strip of masking tape on the spine saying which years it covers. there are eleven of them now.',
  'that is it. no apps, no system with a name. buy a notebook you are not scared of ruining and start copying things out.',
];
const tbDesc = 'notebooks, trains, small libraries and the occasional cake. she/her. no reposts without credit please.';
const tbNav = ['Archive', 'Ask me anything', 'Submit', 'Notebook tag'];
const tbTags = ['#commonplace book', '#notebooks', '#stationery', '#long post'];
type Note = { who: string; kind: 'like' | 'reblog' | 'added' | 'posted'; from?: string; text?: string };
const tbNotes: Note[] = [
  { who: 'paperlantern-co', kind: 'added', from: 'mossgreen-static', text: 'mine is mostly bus timetables and arguments i lost. highly recommend' },
  { who: 'quietferns', kind: 'like' },
  { who: 'the-late-tram', kind: 'reblog', from: 'paperlantern-co' },
  { who: 'inkblot-archive', kind: 'added', from: 'mossgreen-static', text: 'the index in pencil at the back is such a good idea, stealing this' },
  { who: 'marginalia-bee', kind: 'like' },
  { who: 'northern-linework', kind: 'reblog', from: 'mossgreen-static' },
  { who: 'mossgreen-static', kind: 'posted' },
];
const noteLine = (n: Note): string =>
  n.kind === 'like'
    ? `${n.who} liked this`
    : n.kind === 'posted'
      ? `${n.who} posted this`
      : `${n.who} reblogged this from ${n.from}${n.kind === 'added' ? ' and added:' : ''}`;
const noteHtml = (n: Note, i: number): string => {
  const who = `<a rel="nofollow" href="https://${n.who}.tumblr.com/" class="tumblelog" title="${n.who}">${n.who}</a>`;
  const from = `<a rel="nofollow" href="https://${n.from}.tumblr.com/post/7731${i}" class="source_tumblelog" title="${n.from}">${n.from}</a>`;
  const action =
    n.kind === 'like'
      ? `${who} liked this`
      : n.kind === 'posted'
        ? `${who} posted this`
        : `${who} reblogged this from ${from}${n.kind === 'added' ? ' and added:' : ''}`;
  const cls = n.kind === 'posted' ? 'original_post' : n.kind === 'like' ? 'like' : 'reblog';
  return `<li class="note ${cls} tumblelog_${n.who.replace(/-/g, '_')} ${n.text ? 'with_commentary' : 'without_commentary'}">
<a rel="nofollow" class="avatar_frame" target="_blank" href="https://${n.who}.tumblr.com/" title="${n.who}"><img
src="https://64.media.tumblr.com/avatar_${i}_16.pnj"
class="avatar " alt=""></a><span class="action" data-post-url="https://${n.who}.tumblr.com/post/7731${i}">${action}</span><div class="clear"></div>
${n.text ? `<blockquote><a rel="nofollow" href="https://${n.who}.tumblr.com/post/7731${i}" title="View post">${n.text}</a></blockquote>` : ''}</li>`;
};
const tbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-dns-prefetch-control" content="off">
<script type="text/javascript" language="javascript" src="https://assets.tumblr.com/assets/scripts/pre_tumblelog.js?_v=2a7f5c0d1e3b"></script>
<title>moss &amp; static — on keeping a commonplace book</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="someone in my inbox asked how i keep my notebooks">
<link rel="shortcut icon" href="https://64.media.tumblr.com/avatar_9b2e_128.pnj"><link rel="alternate" type="application/rss+xml"
href="https://mossgreen-static.tumblr.com/rss">
<meta property="og:site_name" content="moss &amp; static"><meta property="og:title" content="${tbTitle}"><meta property="og:type" content="tumblr-feed:text">
<meta property="og:url" content="https://mossgreen-static.tumblr.com/post/773104558214103040/on-keeping-a-commonplace-book">
<meta name="twitter:site" content="tumblr"><meta property="al:android:app_name" content="Tumblr">
<link rel="canonical" href="https://www.tumblr.com/mossgreen-static/773104558214103040/on-keeping-a-commonplace-book">
<link rel="stylesheet" media="screen" href="https://assets.tumblr.com/fonts/gibson/stylesheet.css?v=3">
<style type="text/css">body{background:#f4f1ea;color:#2b2b2b;font-family:Gibson,sans-serif}.post-title{font-size:26px}.notes .note{list-style:none}</style>
</head>
<body class="permalink-page text-posts-only"><div id="container">
<header id="header" class="top-blog-header"><div class="header-wrapper"><div class="header-image-wrapper"><div class="header-image"
style="background-image:url(https://64.media.tumblr.com/header_9b2e.jpg)"></div></div>
<div class="avatar-wrapper"><a href="/"><img class="avatar" src="https://64.media.tumblr.com/avatar_9b2e_128.pnj" alt="mossgreen-static"></a></div>
<div class="blog-title-wrapper content"><h1 class="blog-title"><a href="/">moss &amp; static</a></h1></div>
<div class="description-wrapper content"><div class="description">${tbDesc}</div></div></div></header>
<nav class="nav-wrapper content"><ul class="nav-items">${links(tbNav, 'nav-item')}</ul>
<form action="/search" method="get" class="search-form"><input type="text" name="q" class="search-query" placeholder="Search" value=""></form></nav>
<section id="posts" class="content permalink" role="main">
<article class="text not-page post-773104558214103040 " data-post-id="773104558214103040"><div class="post-wrapper clearfix"><section class="post">
<h1 class="post-title">${tbTitle}</h1>
<div class="body-text">
${ps(tb1)}
<h2>${tbH1}</h2>
${ps(tb2)}
<ul>${tbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${tbH2}</h2>
${ps(tb3)}
</div></section>
<section class="panel"><footer class="post-footer"><div class="post-notes-count">
<a href="https://mossgreen-static.tumblr.com/post/773104558214103040/on-keeping-a-commonplace-book#notes" class="post-notes">54 notes</a></div>
<div class="post-date"><a href="https://mossgreen-static.tumblr.com/post/773104558214103040/on-keeping-a-commonplace-book" class="post-date-link">Mar
2nd, 2025</a></div>
<section class="post-tags"><div class="tags">${tbTags
  .map((t) => `<a class="tag-link" href="https://mossgreen-static.tumblr.com/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`)
  .join('\n')}</div></section>
<div class="post-controls"><a href="https://www.tumblr.com/reblog/773104558214103040/Xq2bL0pe" class="reblog_button" style="display:
block;width:21px;height:21px;">
<svg width="100%" height="100%" viewBox="0 0 21 21" xmlns="http://www.w3.org/2000/svg" fill="#999"><path d="M5.01 10.373v-4.3"></path></svg></a>
<div class="like_button" data-post-id="773104558214103040" data-blog-name="mossgreen-static" id="like_button_773104558214103040">
<iframe id="like_iframe_773104558214103040" src="https://assets.tumblr.com/assets/html/like_iframe.html?_v=66c22ab5&amp;id=773104558214103040&amp;rk=Xq2bL0pe"
scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowtransparency="true" name="like_iframe_773104558214103040"></iframe></div>
</div></footer></section></div>
<section class="post-notes-wrapper" id="notes"><h3 class="notes-title">Notes</h3><ol class="notes"><!-- START NOTES -->
${tbNotes.map(noteHtml).join('\n')}
<li class="more_notes_link_container"><span class="notes_loading" style="display:none;">Loading...</span>
<a class="more_notes_link" href="#" onclick="this.style.display='none';return false;">Show more notes</a></li><!-- END NOTES --></ol></section>
</article></section>
<nav class="pagination content"><a class="previous-button" href="/post/772910442281512960/the-library-in-the-old-bank">Previous Post</a>
<a class="next-button" href="/post/773388120915279872/small-cake-report-march">Next Post</a></nav>
</div>
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls iframe-controls--desktop"
src="https://www.tumblr.com/dashboard/iframe?tumblelogName=mossgreen-static&amp;pid=773104558214103040"
width="1" height="1" frameborder="0" scrolling="no" allowtransparency="true"></iframe>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=6e3a9f1c"></script>
<script type="text/javascript">tumblr_tumblelog_info = {"name":"mossgreen-static","title":"moss & static","is_adult":false};</script>
</body></html>`;
export const tumblrPost: TestPage = {
  html: tbHtml,
  name: 'heldout80-tumblr-text-blog',
  kind: 'blog',
  // notes are furniture (they are reactions, not a discussion): each note line with its blog names and the commentary added
  // to a reblog; the post date is a byline (the blog has no author line); tags, notes count, the blog header, description,
  // page links and "Previous Post"/"Next Post" are furniture; the tag
  // "#commonplace book" repeats the title's words: left out
  title: tbTitle,
  headings: [tbH1, tbH2],
  body: [...tb1, ...tb2, ...tbList, ...tb3],
  bylines: ['Mar 2nd, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'moss & static', tbDesc, ...tbNav, '54 notes', ...tbTags.slice(1), 'Notes', ...tbNotes.map(noteLine), ...tbNotes.flatMap((n) => (n.text ? [n.text] : [])),
    'Show more notes', 'Loading...', 'Previous Post', 'Next Post',
  ],
};
