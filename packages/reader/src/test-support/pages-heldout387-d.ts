import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout387-kit.js';

/**
 * Held-out batch 387, file d: a rules question thread on a Reddit-style site (shreddit web-component markup: left nav,
 * post credit bar, flair, vote and action buttons, comment tree with per-comment meta, community sidebar with rules) and a
 * print-and-play download page on an itch.io-style store (a page whose main text is short: game header, buy box, upload
 * list, "More information" table, comments, related games and store footer).
 */
const tTitle = 'Does a unit that retreats into a flooded hex still count as "in supply"?';
const tPost = [
  j(
    'Playing Thornwick Vale with my partner last night and we hit a rules question neither of us could settle. My scout group',
    'lost a skirmish and had to retreat. The only legal retreat hex was a river hex that had flooded on the previous tide.',
  ),
  j(
    'The rulebook says flooded hexes are "cut off from supply", but the retreat rules say a retreating unit "keeps its supply',
    'status until the end of the round". So which wins? We played it as out of supply and I lost the group at the end of the',
    'round, which felt harsh.',
  ),
  'Edit: we are using the second printing rulebook, page 14.',
];
const tComments: [string, string, string, string[]][] = [
  [
    'ashgrove_liz',
    '1d ago',
    '0',
    [
      j(
        'Publisher rules volunteer here. The retreat rule wins: the unit keeps its supply status until the end of the round,',
        'even in a flooded hex. At the end of the round you check supply again, and that is when the flood cuts it off.',
      ),
      'So you played it correctly in the end, but the reason is the end-of-round check, not the retreat itself.',
    ],
  ],
  [
    'tidewatcher88',
    '1d ago',
    '1',
    [
      j(
        'Thanks, that matches the FAQ on the support site too. The trick my group uses is to build a bridge token before you',
        'attack across a river, so the retreat hex stays supplied.',
      ),
    ],
  ],
  [
    'fennick_plays',
    '1d ago',
    '1',
    [
      j(
        'That makes sense, thank you. So the unit is safe during the round and only the end-of-round check can remove it.',
        'We will replay the scenario this weekend with a bridge token, as suggested.',
      ),
    ],
  ],
  [
    'GrimMeeple',
    '22h ago',
    '0',
    [
      j(
        'Worth adding that the Deepwood expansion changes this: with Deepwood a unit in a flooded forest hex is always in supply',
        'because of the old-growth roots. Only matters if you play with it, of course.',
      ),
    ],
  ],
];
const tLeft = ['Home', 'Popular', 'Explore', 'All', 'Recent', 'Communities', 'Resources'];
const tRules = ['Ask rules questions only', 'Name the game and edition', 'Be civil', 'No piracy or scanned rulebooks'];
const tHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${tTitle} : r/TableRulings</title>
<meta property="og:title" content="r/TableRulings on Threadly: ${tTitle}"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Does a unit that retreats into a flooded hex",
"author":{"@type":"Person","name":"fennick_plays"},"commentCount":3}</script></head>
<body class="v2 theme-beta"><shreddit-app pagetype="post_detail" routename="post_page"><reddit-header-large><header class="v2">
<a href="/" aria-label="Home">Threadly</a><faceplate-search-input placeholder="Search in r/TableRulings"></faceplate-search-input>
<a href="/login" id="login-button">Log In</a><a href="/app">Get App</a></header></reddit-header-large>
<flex-left-nav-container><nav aria-label="Primary"><ul>${links(tLeft, 'left-nav-item')}</ul></nav></flex-left-nav-container>
<div class="main-container flex gap-md"><main class="main w-full"><shreddit-post id="t3_1j9qk2" post-title="Does a unit that retreats"
author="fennick_plays" created-timestamp="2026-03-11T21:04:18.000000+0000" score="37" comment-count="3" post-type="text">
<span slot="credit-bar" class="flex items-center"><faceplate-hovercard><a href="/r/TableRulings/" class="subreddit-name">r/TableRulings</a>
</faceplate-hovercard><span class="created-separator">•</span><faceplate-timeago ts="2026-03-11T21:04:18.000Z"><time>2d ago</time></faceplate-timeago>
<a href="/user/fennick_plays/" class="author-name">fennick_plays</a></span>
<h1 slot="title" id="post-title-t3_1j9qk2" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs">${tTitle}</h1>
<shreddit-post-flair slot="post-flair"><span class="flair-content">Rules Question</span></shreddit-post-flair>
<div slot="text-body" class="mb-sm mb-xs px-md xs:px-0"><div class="text-neutral-content" id="t3_1j9qk2-post-rtjson-content">
${ps(tPost, ' class=""')}</div></div>
<div slot="vote-button"><button upvote="">Upvote</button><faceplate-number number="37">37</faceplate-number><button downvote="">Downvote</button></div>
<span slot="comment-count">3</span><button slot="share-button">Share</button></shreddit-post>
<div class="comments-header"><button class="sort-dropdown">Sort by: Best</button><faceplate-search-input placeholder="Search Comments">
</faceplate-search-input></div>
<comment-body-header><a href="#comment" class="comment-composer">Join the conversation</a></comment-body-header>
<shreddit-comment-tree id="comment-tree" post-id="t3_1j9qk2">${tComments
  .map(
    ([who, when, depth, b], i) => `<shreddit-comment author="${who}" thingid="t1_k${i}" depth="${depth}">
<div slot="commentMeta" class="flex items-center"><a href="/user/${who}/" class="font-bold">${who}</a><span class="created-separator">•</span>
<faceplate-timeago><time>${when}</time></faceplate-timeago></div><div slot="comment"><div class="md text-14" id="t1_k${i}-comment-rtjson-content">
${ps(b)}</div></div><shreddit-comment-action-row><button>Reply</button><button>Award</button><button>Share</button></shreddit-comment-action-row>
</shreddit-comment>`,
  )
  .join('\n')}</shreddit-comment-tree></main>
<aside id="right-sidebar-container" class="right-sidebar"><div class="community-details"><h2 class="community-name">r/TableRulings</h2>
<p class="community-description">Stuck on a rule? Ask here. Board games, wargames and roleplaying games welcome.</p>
<p class="community-stats"><span>48K Members</span> <span>212 Online</span></p></div>
<div class="community-rules"><h2>Rules</h2><ol>${tRules.map((r, i) => `<li><span>${i + 1}</span> ${r}</li>`).join('')}</ol></div></aside></div>
<footer class="legal-links"><a href="/policies/content">Threadly Rules</a> <a href="/policies/privacy">Privacy Policy</a>
<a href="/policies/agreement">User Agreement</a> <span>Threadly, Inc. © 2026. All rights reserved.</span></footer></shreddit-app>
<script>window.___r = {"config":{"page":"post_detail"}};</script></body></html>`;
const threadly: TestPage = {
  name: 'heldout387-threadly-rules-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tPost, ...tComments.flatMap(([, , , b]) => b)]),
  bylines: ['2d ago', 'fennick_plays', 'ashgrove_liz', '1d ago', 'tidewatcher88', 'GrimMeeple', '22h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Threadly', 'Log In', 'Get App', ...tLeft, 'r/TableRulings', 'Rules Question', 'Upvote', 'Downvote', 'Share', 'Sort by: Best',
    'Join the conversation', 'Reply', 'Award', 'Stuck on a rule? Ask here. Board games, wargames and roleplaying games welcome.', '48K Members',
    '212 Online', 'Rules', ...tRules, 'Threadly Rules', 'Privacy Policy', 'User Agreement', 'Threadly, Inc. © 2026. All rights reserved.',
  ],
};

const iTitle = 'Hexfall Skirmish (Print & Play)';
const iBody = [
  j(
    '<strong>Hexfall Skirmish</strong> is a two-player tactics game for a single sheet of A4 or Letter paper, eighteen cards and',
    'a handful of coins. Each player leads a small warband across a collapsing hex map: at the end of every round one edge',
    'hex falls away, and anything standing on it falls with it.',
  ),
  'This download contains everything you need to print and play at home:',
  'The rulebook, 8 pages, in A4 and Letter sizes',
  'Two warband sheets with 18 unit cards, bleed and crop marks included',
  'The hex map, designed to print in black and white',
  'A one-page quick reference for new players',
  j(
    'Games take about 25 minutes. There is no hidden information and very little luck: a single six-sided die decides',
    'which edge falls each round, and both players can see it coming.',
  ),
  j(
    'Version 1.3 fixes the movement rules for the Sapper and adds a solo challenge on the last page of the rulebook.',
    'If you enjoy the game, consider paying what you like so I can keep making more of these.',
  ),
];
const iRows: [string, string][] = [
  ['Status', 'Released'],
  ['Category', 'Physical game'],
  ['Rating', 'Rated 4.8 out of 5 stars (61 total ratings)'],
  ['Genre', 'Strategy'],
];
const iComment = 'Printed it on card stock at lunch and played three games before the break was over. Lovely little design.';
const iRelated = ['Ninefold Wells', 'Lantern Keepers Solo', 'Pocket Siege'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Hexfall Skirmish (Print &amp; Play) by Bramblecat Tabletop</title>
<meta property="og:title" content="Hexfall Skirmish (Print &amp; Play) by Bramblecat Tabletop"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Hexfall Skirmish (Print & Play)",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","ratingCount":61}}</script>
<script type="text/javascript">window.Itch = {}; I.setup_page(); new I.GameViewPage('#view_game_page', {"game":{"id":2290114}});</script></head>
<body data-page_name="view_game" class="locale_en game_layout_widget layout_widget responsive no_theme_toggle"><div id="user_tools" class="user_tools">
<a href="/follow" class="action_btn follow_user_btn">Follow Bramblecat Tabletop</a>
<a href="/collect" class="action_btn add_to_collection_btn">Add To Collection</a>
<a href="/devlog" class="action_btn">Devlog</a></div>
<div id="wrapper" class="main wrapper"><div id="inner_column" class="inner_column size_large family_lato">
<div id="header" class="header has_image align_center">
<img src="/header.png" alt="Hexfall Skirmish (Print &amp; Play)"><h1 itemprop="name" class="game_title">Hexfall Skirmish (Print &amp; Play)</h1></div>
<div id="view_game_page" class="view_game_page page_widget base_widget buy_game"><div class="header_buy_row">
<p>Download this game by purchasing it for $3.00 USD or more. <a class="button buy_btn" href="/purchase">Download Now</a>
<span class="buy_message">Name your own price</span></p></div>
<div class="columns"><div class="left_col column"><div class="formatted_description user_formatted">
${ps(iBody.slice(0, 2))}
<ul>${iBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(iBody.slice(6))}</div>
<div class="more_information_toggle"><div class="toggle_row"><a class="toggle_info_btn" href="#">More information</a></div>
<div class="info_panel_wrapper"><table><tbody><tr><td>Updated</td><td><abbr title="03 March 2026 @ 14:22 UTC">Mar 03, 2026</abbr></td></tr>
<tr><td>Published</td><td><abbr title="19 November 2025 @ 09:10 UTC">Nov 19, 2025</abbr></td></tr>
${iRows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('\n')}
<tr><td>Author</td><td><a href="/">Bramblecat Tabletop</a></td></tr></tbody></table></div></div>
<div class="uploads"><h2>Download</h2><div class="upload_list_widget"><div class="upload"><div class="info_column">
<strong class="name" title="hexfall-pnp-a4.pdf">hexfall-pnp-a4.pdf</strong> <span class="file_size"><span>4.1 MB</span></span></div></div>
<div class="upload"><div class="info_column"><strong class="name" title="hexfall-pnp-letter.pdf">hexfall-pnp-letter.pdf</strong>
<span class="file_size"><span>4.2 MB</span></span></div></div></div></div>
<div class="game_comments_widget"><h2>Comments</h2><p class="form_prompt"><a href="/login">Log in with Hatchyard</a> to leave a comment.</p>
<div class="community_post"><div class="post_header"><span class="post_author"><a href="/profile/sorrel">Sorrel Fane</a></span>
<span class="post_date" title="2026-03-05 19:02:11">2 days ago</span></div><div class="post_body"><p>${iComment}</p></div>
<div class="post_footer"><a class="reply_btn" href="#">Reply</a></div></div></div></div>
<div class="right_col column"><div class="screenshot_list"><img src="/s1.png" alt=""></div></div></div></div></div>
<div class="more_games"><h2>More games by Bramblecat Tabletop</h2><ul>${links(iRelated)}</ul><a href="/">View all by Bramblecat Tabletop</a></div>
<div id="view_game_footer" class="footer"><a href="https://hatchyard.example/">hatchyard.example</a> · <a href="/">View all by Bramblecat Tabletop</a>
· <a class="report_game_btn" href="#">Report</a> · <a class="embed_game_btn" href="#">Embed</a></div></div>
<div id="cookie_notice" class="cookie_notice"><p>This site uses cookies to keep you logged in and remember your preferences.</p><button>Close</button></div>
</body></html>`;
const hatchyard: TestPage = {
  name: 'heldout387-hatchyard-print-and-play',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iBody),
  bylines: ['Mar 03, 2026', 'Nov 19, 2025', 'Bramblecat Tabletop'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Follow Bramblecat Tabletop', 'Add To Collection', 'Devlog', 'Download this game by purchasing it for $3.00 USD or more.', 'Download Now',
    'Name your own price', 'More information', 'Updated', 'Published', ...iRows.flat(), 'Author', 'Download', 'hexfall-pnp-a4.pdf', '4.1 MB',
    'hexfall-pnp-letter.pdf', '4.2 MB', 'Comments', 'Log in with Hatchyard', 'to leave a comment.', 'Sorrel Fane', '2 days ago', iComment, 'Reply',
    'More games by Bramblecat Tabletop', ...iRelated, 'View all by Bramblecat Tabletop', 'hatchyard.example', 'Report', 'Embed',
    'This site uses cookies to keep you logged in and remember your preferences.', 'Close',
  ],
};

export const HELDOUT387_D: readonly TestPage[] = [threadly, hatchyard];
