import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, secs } from './pages-heldout343-kit.js';

/**
 * Held-out batch 343, file e: an itch.io game page (the formatted description with its h2 sections, controls list and
 * install notes is the body; the "More information" table, the download and purchase boxes, devlog links and the community
 * comments are furniture) and a Redbubble-style artist shop page whose main text is a short bio above a product listing
 * (the bio is the body; product cards, prices, filters, collections and the shop header are furniture).
 */
const iTitle = 'Moss Courier';
const iSecs: [string, string[]][] = [
  [
    'About',
    [
      j(
        'Moss Courier is a short, cosy delivery game about a snail who carries letters between the villages of an overgrown',
        'railway line. There are no timers and no fail states: the snail is slow, the world is patient, and every parcel has a',
        'little story folded inside it.',
      ),
      j(
        'Made in six weeks for the Slow Jam 2026, then polished for another month. The whole game takes about forty minutes,',
        'and there are three secret letters for people who like to wander off the tracks.',
      ),
      j(
        'Since the jam we have added a photo mode, a gentler colour palette for people who find the greens too bright, and full',
        'controller support. Your save from the jam version still works: just copy the file across.',
      ),
    ],
  ],
  [
    'Controls',
    [
      'Arrow keys or WASD to crawl',
      'Space to pick up or hand over a letter',
      'Hold Shift to retreat into your shell and skip dialogue',
      'Esc to open the map and settings',
    ],
  ],
  [
    'Installing',
    [
      j(
        'Grab the zip for your system and unpack it anywhere. On Windows, run MossCourier.exe. On macOS you may need to',
        'right-click the app and choose Open the first time, because the build is not notarised. The Linux build has been tested',
        'on Ubuntu 24.04 and the Steam Deck.',
      ),
      j(
        'Save files live next to the executable, so you can carry the game around on a USB stick. If the window opens on the wrong',
        'monitor, press F11 twice.',
      ),
    ],
  ],
  [
    'Credits',
    [
      'Art and code by Pim Vandersloot, music by Alba Reyes-Kettle, letters written with help from the Slow Jam Discord.',
      'Thank you for playing. If you enjoyed it, a short comment makes our week.',
    ],
  ],
];
const iCtl = iSecs[1]?.[1] ?? [];
const iInfo: [string, string][] = [
  ['Status', 'Released'],
  ['Platforms', 'Windows, macOS, Linux'],
  ['Rating', 'Rated 4.7 out of 5 stars (58 total ratings)'],
  ['Author', 'pimvs'],
  ['Genre', 'Adventure'],
  ['Made with', 'Godot'],
  ['Average session', 'About a half-hour'],
];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${iTitle} by pimvs, Alba Reyes-Kettle</title>
<meta property="og:title" content="${iTitle} by pimvs"><meta property="og:site_name" content="itch.io">
<meta name="description" content="A cosy delivery game about a snail on an overgrown railway line.">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${iTitle}",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":58}}</script>
<link rel="stylesheet" href="https://static.itch.example/game.css"><style id="game_theme">.header{background:#2c3b27}</style>
<script>I.setup_page(); new I.GamePage('#wrapper', {"game":{"id":2980113,"actions":["rate"]}});</script></head>
<body data-host="itch.io" class="locale_en game_layout_widget layout_widget responsive no_theme_toggle">
<div id="user_tools" class="user_tools"><a href="https://itch.io" class="action_btn">itch.io</a>
<a class="action_btn" href="https://pimvs.itch.io">View all by pimvs</a><a class="action_btn report_game_btn" href="#">Report</a>
<a class="action_btn embed_game_btn" href="#">Embed</a></div>
<div id="wrapper" class="main wrapper"><div id="inner_column" class="inner_column size_large family_pixel-sans">
<div id="header" class="header has_image align_center"><img src="https://img.itch.example/header.png" alt="${iTitle}">
<h1 class="game_title">${iTitle}</h1></div>
<div id="view_game_page" class="view_game_page page_widget base_widget buy_on_top"><div class="columns"><div class="left_col column">
<div class="formatted_description user_formatted">
${secs(iSecs.slice(0, 1))}
<h2>${iSecs[1]?.[0] ?? ''}</h2><ul>${lis(iCtl)}</ul>
${secs(iSecs.slice(2))}
</div>
<div class="more_information_toggle"><div class="toggle_row"><a class="toggle_info_btn" href="#">More information</a></div>
<div class="info_panel_wrapper"><table><tbody>
${iInfo.map(([k, v]) => `<tr><td>${k}</td> <td>${v}</td></tr>`).join('\n')}
</tbody></table></div></div>
<div class="buy_row"><div class="button_message">Download Now <span class="sub">Name your own price</span></div>
<a class="button buy_btn" href="/purchase">Download</a></div>
<div class="uploads"><div class="upload"><strong class="name">MossCourier_win.zip</strong> <span class="file_size">118 MB</span></div>
<div class="upload"><strong class="name">MossCourier_mac.zip</strong> <span class="file_size">124 MB</span></div></div>
<div class="devlog"><h2 class="row_title">Development log</h2><ul>${links(['Version 1.1: the secret letters', 'Moss Courier is out!'])}</ul></div>
<div class="community_post_list_widget"><h2 class="row_title">Comments</h2><div class="community_post">
<a class="post_author" href="/profile/tansy">tansy_plays</a> <span class="post_date" title="2026-03-05">5 days ago</span>
<div class="post_body formatted"><p>Found all three secret letters. The one from the stationmaster made me cry a little.</p></div></div>
<div class="community_post"><a class="post_author" href="/profile/ogb">oliver_gb</a> <span class="post_date">3 days ago</span>
<div class="post_body formatted"><p>Runs perfectly on the Deck. More snail games please.</p></div></div>
<a class="forum_post_button button" href="#">Write a comment</a></div></div></div></div></div>
<div id="view_game_footer" class="footer"><a href="https://itch.io">itch.io</a> · <a href="https://pimvs.itch.io">View all by pimvs</a>
· <a href="#">Report</a> · <a href="#">Embed</a></div></div></div></body></html>`;
const itch: TestPage = {
  name: 'heldout343-itch-io-game-docs',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iSecs.map(([h]) => h),
  body: texts(iSecs.flatMap(([, p]) => p)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'View all by pimvs', 'Report', 'Embed', 'More information', ...iInfo.flat(), 'Download Now', 'Name your own price', 'Download',
    'MossCourier_win.zip', '118 MB', 'MossCourier_mac.zip', '124 MB', 'Development log', 'Comments', 'Version 1.1: the secret letters', 'Moss Courier is out!',
    'tansy_plays', '5 days ago', 'Found all three secret letters. The one from the stationmaster made me cry a little.', 'oliver_gb', '3 days ago',
    'Runs perfectly on the Deck. More snail games please.', 'Write a comment',
  ],
};

const rTitle = 'Saoirse Quill';
const rBio = [
  j(
    'Hello! I draw small animals doing slightly ridiculous jobs: badgers running a launderette, a heron who works as a lifeguard,',
    'moles on a night shift at the bakery. Everything starts as an ink drawing at my kitchen table in Drumcliffe Row and is',
    'coloured digitally afterwards.',
  ),
  j(
    'I started posting the drawings online during a long winter when I could not get to the studio, and people kept asking',
    'for them on mugs. So here we are. New designs go up on the first Friday of each month, usually in a themed set of four.',
  ),
  j(
    'If you would like a design on a product that is not listed, send me a message and I will switch it on if the artwork fits.',
    'Custom commissions are closed until the summer.',
  ),
];
const rNav = ['Clothing', 'Stickers', 'Phone Cases', 'Wall Art', 'Home & Living', 'Kids & Babies', 'Accessories', 'Stationery & Office'];
const rProducts: [string, string][] = [
  ['Launderette Badger Sticker', '£2.45'],
  ['Heron Lifeguard Classic T-Shirt', '£18.12'],
  ['Night Shift Moles Mug', '£12.96'],
  ['Otter Postmaster Art Print', '£9.80'],
  ['Hedgehog Greengrocer Tote Bag', '£15.50'],
  ['Fox Librarian Greeting Card', '£3.10'],
];
const rHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Saoirse Quill Shop | Redbubble</title>
<meta name="description" content="Shop unique designs by Saoirse Quill on stickers, t-shirts, mugs and more.">
<meta property="og:title" content="Saoirse Quill Shop | Redbubble"><meta property="og:type" content="profile">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Saoirse Quill",
"url":"https://www.redbubble.com/people/squill/shop"}
</script>
<script>window.__APOLLO_STATE__={"ROOT_QUERY":{"artist({\\"username\\":\\"squill\\"})":{"__ref":"Artist:squill"}}};</script></head>
<body><div id="app"><div class="styles__announcement--1xZ" role="region">Free shipping on orders over £40. Ends Sunday.</div>
<header class="styles__header--2mC"><a href="/" class="styles__logo--3hR">Redbubble</a><input type="search" placeholder="Search designs and products">
<nav class="styles__nav--1bY"><ul>${links(rNav, 'styles__navItem--2Jp')}</ul></nav>
<a href="/auth/login">Login</a><a href="/auth/signup">Sign up</a><a href="/cart" aria-label="Cart">Cart</a></header>
<main class="styles__shopPage--3nV"><div class="styles__cover--1Ws"><img src="https://ih1.redbubble.example/cover.jpg" alt=""></div>
<div class="styles__artistInfo--2Ek"><img class="styles__avatar--3Jr" src="https://ih1.redbubble.example/avatar.jpg" alt="">
<h1 class="styles__display2--3rQ styles__artistName--1pD">${rTitle}</h1>
<span class="styles__box--2Ufmy styles__text--23E5U styles__body--3StRc">Drumcliffe Row, Ireland</span>
<span class="styles__text--23E5U">Joined June 2021</span><button class="styles__button--1wSNn">Follow</button></div>
<div class="styles__bio--1K4" data-testid="artist-bio">${ps(rBio, ' class="styles__text--23E5U styles__body--3StRc"')}</div>
<div class="styles__shopNav--2dE"><a class="active" href="#">Shop</a> <a href="/about">About</a> <a href="/collections">Collections</a></div>
<div class="styles__filters--3lC"><span>Filter by</span><button>All Products</button><button>Stickers</button><button>T-Shirts</button>
<select aria-label="Sort"><option>Sort by: Bestselling</option><option>Newest</option></select></div>
<section class="styles__collections--Vq3"><h2>Collections</h2><ul>${links(['Animals at Work', 'Seaside Staff', 'Night Shift'])}</ul></section>
<div class="styles__grid--2Yq" data-testid="search-results">
${rProducts
  .map(
    ([t, pr]) => `<div class="styles__box--2Ufmy styles__card--3Ql"><a href="/i/${t.length}" class="styles__link--3QJ5N">
<img src="https://ih1.redbubble.example/p.jpg" alt="${t}"><span class="styles__title--3bL">${t}</span>
<span class="styles__artist--2Zu">By ${rTitle}</span><span class="styles__price--3Le">${pr}</span></a></div>`,
  )
  .join('\n')}
</div><nav class="styles__pagination--1tK"><a href="?page=2">Next page</a></nav></main>
<footer class="styles__footer--3kF"><ul>${links(['About Us', 'Sell your art', 'Affiliates', 'Help', 'Delivery', 'Returns', 'Cookie Policy'])}</ul>
<p>© Redbubble. All Rights Reserved</p></footer>
<div id="onetrust-banner-sdk"><p>We use cookies to make our site work, and to personalise content and ads.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></body></html>`;
const redbubble: TestPage = {
  name: 'heldout343-redbubble-artist-shop-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBio),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free shipping on orders over £40. Ends Sunday.', 'Redbubble', ...rNav.map((t) => t), 'Login', 'Sign up', 'Cart', 'Drumcliffe Row, Ireland',
    'Joined June 2021', 'Follow', 'Shop', 'About', 'Collections', 'Filter by', 'All Products', 'T-Shirts', 'Sort by: Bestselling', 'Newest',
    'Animals at Work', 'Seaside Staff', 'Night Shift', ...rProducts.flat(), `By ${rTitle}`, 'Next page', 'About Us', 'Sell your art', 'Affiliates',
    'Help', 'Delivery', 'Returns', 'Cookie Policy', '© Redbubble. All Rights Reserved',
    'We use cookies to make our site work, and to personalise content and ads.', 'Accept Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT343_E: readonly TestPage[] = [itch, redbubble];
