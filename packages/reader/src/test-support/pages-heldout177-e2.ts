import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';

/**
 * Held-out batch 177, file e2: an itch.io game page as a visitor saves it (the floating user tools bar with "Follow" and
 * "Add To Collection", the header image with the game title h1, the left column's formatted description with h2s, a list
 * and an embedded quote, the "More information" toggle and its hidden info table (status, platforms, author, genre, tags,
 * published and updated dates), the buy row with "Download Now" and "Name your own price", the download list with file
 * sizes, the development log list, the comments box with "Log in with itch.io to leave a comment." and two comments, the
 * screenshot column and the small itch.io footer with "View all by", "Report" and "Embed").
 */
const itTitle = 'Moth & Meridian';
const itH = ['About the game', 'How to play', 'Credits'];
const itIntro = [
  '<strong>Moth &amp; Meridian</strong> is a short hand-drawn puzzle adventure about a moth who navigates by the stars and the ' +
    'lighthouse keeper who keeps getting in the way. It takes about ninety minutes to finish and was made over six weeks for the ' +
    'Night Garden Jam, then polished for another two months.',
];
const itAbout = [
  'You play as Meridian, a small brown moth trying to cross the bay to the lights of the town before the night ends. Every room ' +
    'of the lighthouse is a puzzle about light: open shutters to cast a path across the floor, swing mirrors to send a beam to a ' +
    'sleeping lamp, and hide from the keeper’s torch when he comes up the stairs on his rounds.',
  'There is no combat and no way to lose progress. If the keeper spots you, you simply flutter back to the last window you came ' +
    'through. The whole game is drawn in pencil and scanned, then coloured by hand in the evenings after work.',
  'We are two people, a programmer and an illustrator, and this is our first finished game. If you enjoy it, a few kind words in ' +
    'the comments mean more to us than you might think.',
];
const itHow = [
  'Move with the arrow keys or WASD, or a controller stick.',
  'Press Space or the A button to flutter up; hold it to hover.',
  'Press E or X to push, pull or turn mirrors and shutters.',
  'Press Esc to pause, change the text size or turn on the high-contrast mode.',
];
const itCredits = [
  'Programming and sound: Joaquim Ferreira. Art and writing: Ilse van Loon. Music: "Tidal Night" by Orla Breen, used with ' +
    'permission. Thanks to everyone in the jam Discord who played the early builds and told us the keeper was too fast.',
];
const itQuote = 'A gentle, clever little game with the best moth animation I have ever seen. – a kind comment from the jam page';
const itInfo = [
  ['Status', 'Released'],
  ['Platforms', 'Windows, macOS, Linux'],
  ['Rating', 'Rated 4.8 out of 5 stars (41 total ratings)'],
  ['Author', 'Pale Lantern'],
  ['Genre', 'Puzzle, Adventure'],
  ['Made with', 'Godot, Krita'],
  ['Tags', '2D, Cozy, Hand-drawn, Short, Singleplayer'],
  ['Average session', 'About an hour'],
  ['Languages', 'English, Portuguese (Portugal)'],
  ['Inputs', 'Keyboard, Xbox controller'],
];
const itFiles = [
  ['moth-and-meridian-windows.zip', '142 MB'],
  ['moth-and-meridian-mac.zip', '156 MB'],
  ['moth-and-meridian-linux.tar.gz', '139 MB'],
];
const itDevlog = [
  ['Version 1.1: high-contrast mode and Portuguese', '19 days ago'],
  ['Moth & Meridian is out!', 'Oct 03, 2025'],
];
const itComments = [
  ['fernbrook', '12 days ago', 'Finished it in one sitting with a cup of tea. The mirror room at the end is so satisfying.'],
  ['quietpixel', '6 days ago', 'Lovely art. Is there any chance of a Steam Deck build?'],
];
const itHtml = `<!DOCTYPE HTML>
<html lang="en"><head><meta charset="UTF-8"><title>Moth &amp; Meridian by Pale Lantern</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="itch:path" content="games/2741186">
<meta property="og:title" content="Moth &amp; Meridian by Pale Lantern"><meta property="og:site_name" content="itch.io">
<meta name="description" content="A hand-drawn puzzle adventure about a moth and a lighthouse keeper">
<meta name="twitter:site" content="@itchio"><link rel="canonical" href="https://palelantern.itch.io/moth-and-meridian">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Moth & Meridian","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.8","ratingCount":41},"offers":{"@type":"Offer","price":"0.00","priceCurrency":"USD"}}</script>
<link href="https://static.itch.example/game.css?1731025466" rel="stylesheet"><style type="text/css" id="game_theme">.inner_column{color:#e8e0cf;}</style>
<script type="text/javascript" src="https://static.itch.example/lib.min.js?1731025466"></script></head>
<body data-host="itch.io" class="locale_en game_layout_widget layout_widget responsive no_theme_toggle" data-page_name="view_game">
<div id="user_tools" class="user_tools hidden"><div class="user_tools_inner"><a class="action_btn follow_user_btn" href="/login">Follow Pale Lantern</a>
<a class="action_btn add_to_collection_btn" href="/login">Add To Collection</a><a class="action_btn" href="#comments">Comments</a>
<a class="action_btn" href="/devlog">Devlog</a><a class="action_btn" href="https://itch.io/games/tag-cozy">Related games</a>
<a class="action_btn" href="https://itch.io/login">Log in</a></div></div>
<div id="wrapper" class="main wrapper"><div id="inner_column" class="inner_column size_large family_lato" data-dir="ltr">
<div class="header has_image align_center" id="header"><img alt="Moth &amp; Meridian" src="https://img.itch.zone/aW1hZ2Uv/header.png">
<h1 class="game_title">${itTitle.replace('&', '&amp;')}</h1></div>
<div class="columns view_game_page"><div class="left_col column"><div class="formatted_description user_formatted">
<p>${itIntro[0]}</p><h2>${itH[0]}</h2>${itAbout.map((p) => `<p>${p}</p>`).join('\n')}<blockquote><p>${itQuote}</p></blockquote>
<h2>${itH[1]}</h2><ul>${itHow.map((t) => `<li>${t}</li>`).join('')}</ul><h2>${itH[2]}</h2><p>${itCredits[0]}</p></div>
<div class="more_information_toggle"><div class="toggle_row"><a class="toggle_info_btn" href="javascript:void(0)">More information</a></div>
<div class="info_panel_wrapper" style="display:none"><table><tbody>
<tr><td>Updated</td><td><abbr title="19 October 2025 @ 18:02 UTC">19 days ago</abbr></td></tr>
<tr><td>Published</td><td><abbr title="03 October 2025 @ 14:22 UTC">Oct 03, 2025</abbr></td></tr>
${itInfo.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table></div></div>
<div class="buy_row"><div class="button_message"><a class="button buy_btn" href="/purchase">Download Now</a> <span class="buy_message">
<span class="sub">Name your own price</span></span></div></div>
<div class="uploads"><h2>Download</h2><div class="upload_list_widget">${itFiles
  .map(
    (f) => `<div class="upload"><div class="info_column">
<div class="upload_name"><strong class="name" title="${f[0]}">${f[0]}</strong> <span class="file_size"><span>${f[1]}</span></span></div></div></div>`,
  )
  .join('\n')}
</div><p class="download_disclaimer">Install instructions: unzip the archive and run the game. On macOS, right-click and choose Open the first time.</p></div>
<section class="game_devlog"><h2>Development log</h2><ul>${itDevlog
  .map(
    (d) => `<li><a href="/devlog/${d[1]?.length}">${d[0]?.replace('&', '&amp;')}</a>
<abbr class="post_date">${d[1]}</abbr></li>`,
  )
  .join('')}</ul></section>
<div class="game_comments_widget" id="comments"><h2><a href="/comments">Comments</a></h2><p class="form_placeholder">
<a href="https://itch.io/login">Log in with itch.io</a> to leave a comment.</p><div class="community_post_list_widget">
${itComments
  .map(
    (c) => `<div class="community_post"><div class="post_header"><span class="post_author"><a href="/profile/${c[0]}">${c[0]}</a></span>
<span class="post_date"><a title="2025-10-30">${c[1]}</a></span></div><div class="post_body"><div class="post_content"><p>${c[2]}</p></div></div>
<div class="post_footer"><a class="post_action reply_btn" href="#">Reply</a></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="right_col column"><div class="screenshot_list"><a href="https://img.itch.zone/s1.png"><img alt="" src="https://img.itch.zone/s1.png"></a></div>
</div></div></div>
<div class="footer"><a class="icon_logo" href="https://itch.io/">itch.io</a><span class="svg_icon">
</span>·<a href="https://itch.io/profile/palelantern">View all by
Pale Lantern</a><span class="svg_icon"></span>·<a href="#">Report</a><span class="svg_icon"></span>·<a href="#">Embed</a></div></div>
<script type="text/javascript">I.setup_page(); new I.GamePage('#wrapper', {"game_id":2741186,"generate_download_url":"/download_url"});</script></body></html>`;
export const itchGame: TestPage = {
  html: itHtml,
  name: 'heldout177-itch-io-game',
  kind: 'blog',
  // the game description is the article (its quote of a jam comment is body); the hidden info table's "Author" value and
  // published / updated dates are bylines, its other rows furniture; downloads, devlog, comments and tools are furniture
  title: itTitle,
  headings: itH,
  body: texts([...itIntro, ...itAbout, itQuote, ...itHow, ...itCredits]),
  bylines: ['Pale Lantern', 'Oct 03, 2025', '19 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Follow Pale Lantern', 'Add To Collection', 'Devlog', 'Related games', 'Log in', 'More information', 'Updated', 'Published',
    ...itInfo.flat().filter((t) => t !== 'Pale Lantern'), 'Download Now', 'Name your own price', 'Download', ...itFiles.flat(),
    'Install instructions: unzip the archive and run the game. On macOS, right-click and choose Open the first time.', 'Development log',
    ...itDevlog.flat().filter((t) => t !== 'Oct 03, 2025' && t !== '19 days ago'), 'Comments', 'Log in with itch.io to leave a comment.',
    ...itComments.flat(), 'Reply', 'itch.io', 'View all by Pale Lantern', 'Report', 'Embed',
  ],
};
