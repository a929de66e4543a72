import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 37, file d3: a text post's permalink page on a Tumblr blog with the Optica theme (the header image, avatar,
 * blog title, description and the Archive/Ask nav, the text post with its title and a body written in Tumblr's editor with h2
 * headings, an `npf_quote` paragraph and a list, the post panel with date, notes count, tags and the reblog/like controls, the
 * notes list with reblogs, a reblog comment and likes, and what Tumblr injects: the controls iframe, lightbox and scripts).
 */
const tbTitle = 'On Keeping a Commonplace Book for Ten Years';
const tbP1 = [
  "My first commonplace book was a reporter's notebook from a station newsagent, bought in 2015 because I had finished my novel and " +
    'had two hours left on the train. I copied out a sentence I had underlined, then another, and by the time we reached York I had ' +
    'filled six pages.',
  'Ten years and fourteen notebooks later, I still do it. People ask me about it sometimes, usually when they see me copying out ' +
    "a paragraph in a café instead of photographing it, so here are some notes on what has changed and what hasn't.",
];
const tbH1 = 'what goes in';
const tbP2 = [
  'Anything I want to keep. Mostly sentences from books, but also recipes, overheard remarks on buses, the rules of a card game my ' +
    'grandmother played, and a surprising number of lists of birds. The only rule is that I copy by hand. Typing a quotation is too ' +
    'easy; writing it out slows me down enough to notice how it is built.',
];
const tbQuote = 'copying something out by hand is the slowest and best way I know to read it twice.';
const tbH2 = "what I've learned";
const tbList = [
  'Index as you go. I number every page and keep a running index at the back, or I will never find anything again.',
  'Date every entry. Half the pleasure of rereading is remembering where you were.',
  "Don't be precious about the notebook. The fancy ones stayed empty for months; the cheap ones filled up.",
];
const tbP3 = [
  'The strangest thing is how the books talk to each other. An entry from a gardening manual in 2017 sits on the same page as a line ' +
    'from a Russian novel, and years later they make sense together in a way I could never have planned.',
  "Rereading is the other half of it. Every January I take the previous year's notebook to the same café and read it cover to " +
    'cover, and every year I find things I have no memory of copying, which is humbling and also the whole point.',
  'If you have been meaning to start one, start today, with whatever notebook is nearest. The first page is the only hard one.',
];
const tbTags = ['commonplace book', 'notebooks', 'stationery', 'bookblr', 'long post'];
const tbDesc = 'notes on reading, writing by hand, and the occasional fern. she/her. north yorkshire.';
const tbReblogNote = 'this is so lovely. I have kept one since 2019 and the index tip is the best advice here, I wish someone had told me in year one';
const tbHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>marginalia &amp; moss — On Keeping a Commonplace Book for Ten Years</title>
    <link rel="shortcut icon" href="https://64.media.tumblr.com/avatar_4be1c7a9_128.pnj">
    <link rel="alternate" type="application/rss+xml" href="https://marginaliaandmoss.tumblr.com/rss">
    <meta name="description" content="My first commonplace book was a reporter&#39;s notebook from a station newsagent..." />
    <meta name="twitter:card" content="summary">
    <meta property="og:type" content="tumblr-feed:entry">
    <meta name="color:Background" content="#FAFAFA">
    <meta name="color:Title" content="#444444">
    <meta name="if:Show avatar" content="1">
    <meta name="if:Show description" content="1">
    <meta name="text:Disqus shortname" content="">
    <style type="text/css">
      .body-text p.npf_quote{font-family:Georgia,serif;font-size:1.5em;line-height:1.3}
      #header .header-image{background-image:url('https://static.tumblr.com/uojmpxh/header.jpg')}
    </style>
    <script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblr/theme/optica.js"></script>
  <link rel="canonical" href="https://marginaliaandmoss.tumblr.com/post/777314092681/on-keeping-a-commonplace-book-for-ten-years"/>
  <script type="application/ld+json">{"@type":"SocialMediaPosting","@context":"http://schema.org","articleBody":"My first commonplace book...",\
"datePublished":"2025-03-03T19:41:06+00:00","author":{"@type":"Person","name":"marginaliaandmoss"}}</script></head>
  <body class="permalink-page text-post has-avatar show-description">
    <div class="header-wrapper">
      <header id="header" class="has-avatar ">
        <div class="header-image-wrapper"><div class="header-image parallax" data-bg-image="https://static.tumblr.com/uojmpxh/header.jpg"></div></div>
        <div class="blog-title-wrapper content">
          <figure class="avatar-wrapper"><a href="/" class="user-avatar"><img src="https://64.media.tumblr.com/avatar_4be1c7a9_128.pnj" \
alt="marginaliaandmoss avatar" width="128" height="128"></a></figure>
          <div class="title-group body-text-color">
            <h1 class="blog-title"><a href="/">marginalia &amp; moss</a></h1>
            <span class="description">${tbDesc}</span>
          </div>
        </div>
        <div class="nav-wrapper">
          <nav class="nav">
            <ul>
              <li><a href="/archive">Archive</a></li>
              <li><a href="/ask">Ask me anything</a></li>
              <li><a href="/reading-log">reading log</a></li>
            </ul>
          </nav>
        </div>
      </header>
    </div>
    <div id="container">
      <section id="posts" class="content clearfix">
        <article class="text not-page post-777314092681 active exposed" data-post-id="777314092681">
          <div class="post-wrapper clearfix">
            <section class="post">
              <h2 class="title"><a href="https://marginaliaandmoss.tumblr.com/post/777314092681/on-keeping-a-commonplace-book-for-ten-years">\
${tbTitle}</a></h2>
              <div class="body-text"><p>${tbP1[0]}</p><p>${tbP1[1]}</p><h2>${tbH1}</h2><p>${tbP2[0]}</p><p class="npf_quote">${tbQuote}</p>\
<h2>${tbH2}</h2><ul><li>${tbList.join('</li><li>')}</li></ul>${tbP3.map((p) => `<p>${p}</p>`).join('')}</div>
            </section>
            <section class="panel">
              <footer class="post-footer">
                <div class="post-meta">
                  <a href="https://marginaliaandmoss.tumblr.com/post/777314092681" class="meta-item post-date">Mar 3rd, 2025</a>
                  <a href="https://marginaliaandmoss.tumblr.com/post/777314092681#notes" class="meta-item post-notes">214 notes</a>
                </div>
                <div class="post-tags">
                  <div class="post-tags-inner">
${tbTags.map((t) => `                    <a class="post-tag" href="/tagged/${t.replace(/ /g, '-')}">#${t}</a>`).join('\n')}
                  </div>
                </div>
                <div class="post-controls">
                  <div class="control reblog-control"><a href="https://www.tumblr.com/reblog/777314092681/Xc3k1R" class="reblog_button" \
title="Reblog">Reblog</a></div>
                  <div class="control like-control"><div class="like_button" data-post-id="777314092681" data-blog-name="marginaliaandmoss" \
id="like_button_777314092681"><iframe id="like_iframe_777314092681" src="https://assets.tumblr.com/assets/html/like_iframe.html?id=777314092681" \
scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowTransparency="true" name="like_iframe_777314092681"></iframe></div></div>
                </div>
              </footer>
            </section>
          </div>
          <section class="post-notes">
            <ol class="notes">
              <li class="note reblog tumblelog_fernwhisper with_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" \
href="https://fernwhisper.tumblr.com/" title="fernwhisper"><img src="https://64.media.tumblr.com/avatar_9d_64.pnj" class="avatar " alt="" /></a>\
<span class="action" data-post-url="https://fernwhisper.tumblr.com/post/777320"><a rel="nofollow" href="https://fernwhisper.tumblr.com/" \
class="tumblelog" title="fernwhisper">fernwhisper</a> reblogged this from <a rel="nofollow" href="https://marginaliaandmoss.tumblr.com/" \
class="source_tumblelog" title="marginalia &amp; moss">marginaliaandmoss</a> and added:</span><div class="clear"></div>\
<blockquote><a href="https://fernwhisper.tumblr.com/post/777320" title="View post">${tbReblogNote}</a></blockquote></li>
              <li class="note like tumblelog_quietlibrarian without_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" \
href="https://quietlibrarian.tumblr.com/" title="quietlibrarian"><img src="https://64.media.tumblr.com/avatar_2a_64.pnj" class="avatar " alt="" /></a>\
<span class="action"><a rel="nofollow" href="https://quietlibrarian.tumblr.com/" class="tumblelog" title="quietlibrarian">quietlibrarian</a> \
liked this</span><div class="clear"></div></li>
              <li class="note reblog tumblelog_paperandpine without_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" \
href="https://paperandpine.tumblr.com/" title="paperandpine"><img src="https://64.media.tumblr.com/avatar_77_64.pnj" class="avatar " alt="" /></a>\
<span class="action" data-post-url="https://paperandpine.tumblr.com/post/777318"><a rel="nofollow" href="https://paperandpine.tumblr.com/" \
class="tumblelog" title="paperandpine">paperandpine</a> reblogged this from <a rel="nofollow" href="https://marginaliaandmoss.tumblr.com/" \
class="source_tumblelog" title="marginalia &amp; moss">marginaliaandmoss</a></span><div class="clear"></div></li>
              <li class="note original_post"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://marginaliaandmoss.tumblr.com/" \
title="marginalia &amp; moss"><img src="https://64.media.tumblr.com/avatar_4be1c7a9_64.pnj" class="avatar " alt="" /></a><span class="action">\
<a rel="nofollow" href="https://marginaliaandmoss.tumblr.com/" class="tumblelog" title="marginalia &amp; moss">marginaliaandmoss</a> posted \
this</span><div class="clear"></div></li>
            </ol>
            <a class="more_notes_link" href="#" onclick="this.style.display='none';return false;">Show more notes</a>
          </section>
        </article>
      </section>
    </div>
    <div id="tumblr_lightbox" style="display:none"></div>
    <iframe id="tumblr_controls" class="tmx-iframe" src="https://www.tumblr.com/dashboard/iframe?tumblelogName=marginaliaandmoss&amp;\
pid=777314092681" width="1" height="1" frameborder="0" scrolling="no" style="position:absolute;z-index:2147483647;top:0;right:0;border:0;"></iframe>
    <script type="text/javascript">
      !function(s){s.src='https://px.srvcs.tumblr.com/impixu?T=1741030866&J=eyJ0eXBlIjoidXJsIiwidXJsIjoi&U=PGNLJEKOBN&K=a3f&R='\
.replace(/&R=[^&$]*/,'');}(new Image());
    </script>
    <script type="text/javascript">var __pbpa = true;</script>
  </body>
</html>
`;
export const tumblrPost: TestPage = {
  html: tbHtml,
  name: 'heldout37-tumblr-optica',
  kind: 'blog',
  // the text post's title and body (its lower-case h2s, the list, the `npf_quote` paragraph, the writer's own line set large)
  // are the article; the post date is the byline: the post carries no author line but the blog itself (title, description,
  // avatar), so the blog title and the notes list, whose last note "marginaliaandmoss posted this" names the author, are
  // furniture with the rest of the notes (reblogs, a reblog comment, a like) and "Show more notes"; notes count, tags, "Reblog",
  // nav and description are furniture; the tags "#commonplace book" and "#notebooks" are words of the title and body (left out)
  title: tbTitle,
  headings: [tbH1, tbH2],
  body: [...texts(tbP1), ...texts(tbP2), tbQuote, ...tbList, ...texts(tbP3)],
  bylines: ['Mar 3rd, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'marginalia & moss', tbDesc, 'Archive', 'Ask me anything', 'reading log', '214 notes', ...tbTags.slice(2).map((t) => `#${t}`), 'Reblog',
    'fernwhisper reblogged this from marginaliaandmoss and added:', tbReblogNote, 'quietlibrarian liked this',
    'paperandpine reblogged this from marginaliaandmoss', 'marginaliaandmoss posted this', 'Show more notes',
  ],
};
