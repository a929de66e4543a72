import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 211, file f2: an itch.io devlog post on a game page (the user tools bar with "View all by", "Follow",
 * "Add To Collection", "Comments" and "Devlog", the game's header with the "Devlog" breadcrumb, the post title, the post
 * meta with date, author and the game, the user_formatted post body with headings, a list and an image caption, the "Files"
 * box, the "Get" box with "Download NOW" and "Name your own price", the like button, the "Leave a comment" box with its
 * sign-in prompt, the previous/next post links, the "More posts" list and the itch.io footer line).
 */
const itTitle = 'Devlog #7: Rewriting the fishing minigame (again) and a demo date';
const itP1 = [
  'Hello again! It has been a month since the last update, mostly because I threw away the fishing minigame for the third time. ' +
    'This post is about why, what replaced it, and when you can try it.',
];
const itH1 = 'Why the old version had to go';
const itP2 = [
  'The previous fishing minigame was a timing bar: a marker slid back and forth and you pressed a button when it was in the green. ' +
    'Everybody who played the test build understood it instantly, which was good. Almost everybody was bored of it by the tenth ' +
    'fish, which was not.',
  'Fishing is something you do a lot in Moth & Mooring, so it has to stay interesting for hours. A reaction test was never ' + 'going to manage that.',
];
const itH2 = 'The new version';
const itP3 = ['The new minigame is about reading the water rather than pressing a button at the right time. When a fish bites:'];
const itL3 = [
  'The line shows which way the fish is pulling, and you lean the rod the other way with the mouse or stick.',
  'Ripples on the surface warn you a moment before the fish changes direction.',
  'Bigger fish tire in stages, and you can only reel in while they are resting.',
  'Each species has its own pattern, so after a while you start to recognise them before they surface.',
];
const itP4 = [
  'Testers have been much happier with it. One of them caught the same eel forty times in a row just to learn its pattern, which ' +
    'I am taking as a compliment.',
];
const itCaption = 'The new fishing minigame, mid-fight with a river eel.';
const itH3 = 'Demo date';
const itP5 = [
  'The first public demo will be here on itch.io on January 17. It covers the first two days on the canal, including the new ' +
    'fishing and the lock-keeper questline. It will be free, and your save will carry over to the full game.',
  'Thank you for following along, and for all the kind comments on the last post. They really do keep me going.',
];
const itTools = ['View all by Owl & Ink', 'Follow Owl & Ink', 'Follow', 'Add To Collection', 'Collection', 'Comments', 'Devlog'];
const itMore = ['Devlog #6: The lock-keeper and her dog', 'Devlog #5: Painting water', 'Devlog #4: Why a narrowboat?'];
const itHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<title>Devlog #7: Rewriting the fishing minigame (again) and a demo date - Moth &amp; Mooring by Owl &amp; Ink</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${itTitle}">
<meta property="og:site_name" content="itch.io"><meta name="twitter:site" content="@itchio"><meta name="itch:path" content="games/2614409/devlog/842017">
<meta name="description" content="It has been a month since the last update, mostly because I threw away the fishing minigame for the third time.">
<link rel="stylesheet" href="https://static.itch.example/main.css?1763651122"><script src="https://static.itch.example/lib.min.js?1763651122"></script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${itTitle}","author":{"@type":"Person",
"name":"Owl & Ink"},
"datePublished":"2025-11-14"}</script>
<style id="game_theme">:root{--itchio_ui_bg: #2b2f3a;--itchio_link_color: #e9b44c;}</style></head>
<body class="locale_en game_devlog_post_page page_widget ready" data-page_name="game.devlog_post">
<div id="user_tools" class="user_tools"><a href="https://owlandink.itch.example" class="action_btn view_more"><span
class="full_label">View all by Owl &amp; Ink</span></a>
<a href="https://itch.example/login" class="follow_user_btn action_btn"><span class="full_label">Follow Owl &amp; Ink</span><span
class="mobile_label">Follow</span></a>
<a href="https://itch.example/login" class="action_btn add_to_collection_btn"><span class="full_label">Add To Collection</span><span
class="mobile_label">Collection</span></a>
<a href="https://owlandink.itch.example/moth-and-mooring#comments" class="action_btn">Comments</a>
<a href="https://owlandink.itch.example/moth-and-mooring/devlog" class="action_btn">Devlog</a></div>
<div id="wrapper" class="main wrapper"><div id="inner_column" class="inner_column size_large family_lato">
<div class="header_widget base_widget"><div class="header"><a href="https://owlandink.itch.example/moth-and-mooring"><h1
class="game_title">Moth &amp; Mooring</h1></a>
<div class="devlog_breadcrumbs"><a href="https://owlandink.itch.example/moth-and-mooring">Moth &amp; Mooring</a> » <a
href="https://owlandink.itch.example/moth-and-mooring/devlog">Devlog</a></div></div></div>
<div class="columns"><div class="left_col column"><div class="devlog_post_widget base_widget"><section class="post_header"><h1>${itTitle}</h1>
<div class="post_meta"><span class="post_date"><abbr title="14 November 2025 @ 18:05 UTC">Nov 14, 2025</abbr></span> by
<a href="https://owlandink.itch.example">Owl &amp; Ink</a> from <a href="https://owlandink.itch.example/moth-and-mooring">Moth &amp; Mooring</a></div></section>
<section class="object_text_widget_widget base_widget user_formatted post_body">
${itP1.map((p) => `<p>${p}</p>`).join('')}
<h2>${itH1}</h2>${itP2.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('')}
<h2>${itH2}</h2>${itP3.map((p) => `<p>${p}</p>`).join('')}<ul>${itL3.map((t) => `<li>${t}</li>`).join('')}</ul>${itP4.map((p) => `<p>${p}</p>`).join('')}
<p><img src="https://img.itch.example/aW1nLzE4MjIxNTQ0LmdpZg==/original/fishing.gif" loading="lazy"></p><p><em>${itCaption}</em></p>
<h2>${itH3}</h2>${itP5.map((p) => `<p>${p}</p>`).join('')}
</section>
<section class="post_footer"><div class="post_likes"><button class="like_btn button outline"><span class="like_label">Like</span>
<span class="like_count">23</span></button></div></section>
<section class="game_embed_widget base_widget"><h2 class="game_title">Files</h2><div class="upload"><strong
class="name">mothandmooring-prototype-win.zip</strong>
<span class="file_size">212 MB</span><div class="upload_date">Nov 14, 2025</div></div></section>
<div class="purchase_banner"><h2>Get Moth &amp; Mooring</h2><a class="button buy_btn"
href="https://owlandink.itch.example/moth-and-mooring/purchase">Download NOW</a>
<span class="buy_message">Name your own price</span></div>
<section class="post_nav"><a class="prev_post" href="/moth-and-mooring/devlog/831002">« Previous post</a>
<a class="next_post disabled" href="#">Next post »</a></section>
<div class="community_post_list_widget base_widget"><h2>Leave a comment</h2><p class="form_placeholder">
<a href="https://itch.example/login">Log in with itch.io</a> to leave a comment.</p></div></div></div>
<div class="right_col column"><div class="more_posts"><h2>More posts</h2><ul>${itMore
  .map(
    (t) => `<li><a
href="#">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div></div>
<div class="footer"><a href="https://itch.example/" class="icon_logo">itch.io</a><span class="dot">·</span><a
href="https://owlandink.itch.example">View all by Owl &amp; Ink</a>
<span class="dot">·</span><a href="#" class="report_game_btn">Report</a><span class="dot">·</span><a href="#" class="embed_game_btn">Embed</a></div></div>
<script>I.setup_page(); new I.GameDevlogPost('#wrapper', {"post_id":842017,"game_id":2614409});</script></body></html>`;
export const itchDevlog: TestPage = {
  html: itHtml,
  name: 'heldout211-itchio-devlog',
  kind: 'blog',
  // the post's h2s are the headings; the italic image caption inside the post body is furniture; "Owl & Ink" and the date are
  // bylines; the game title header, files box, purchase banner and "More posts" are furniture
  title: itTitle,
  headings: [itH1, itH2, itH3],
  body: texts([...itP1, ...itP2, ...itP3, ...itL3, ...itP4, ...itP5]),
  bylines: ['Nov 14, 2025', 'Owl & Ink'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...itTools, 'Moth & Mooring', itCaption, 'Like', '23', 'Files', 'mothandmooring-prototype-win.zip', '212 MB', 'Get Moth & Mooring', 'Download NOW',
    'Name your own price', '« Previous post', 'Next post »', 'Leave a comment', 'Log in with itch.io to leave a comment.', 'More posts', ...itMore,
    'itch.io', 'Report', 'Embed',
  ],
};
