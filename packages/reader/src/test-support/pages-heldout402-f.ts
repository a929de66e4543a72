import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout402-kit.js';

/**
 * Held-out batch 402, file f: an itch.io game page (the itch.io user tools bar, header image, game title, the formatted
 * description with Features and Controls headings, the download / purchase box, the "More information" panel, the
 * "Development log" links, the comments with their author and date, and the footer) and a vendor's own download page built
 * with WordPress and Elementor (sticky header menu, hero with the download buttons, the What's new, System requirements
 * and Installation notes sections with a requirements table, a testimonial, a newsletter form, the footer columns and a
 * Complianz cookie banner).
 */
const iTitle = 'Lanternfall';
const iIntro = [
  j(
    'Lanternfall is a short puzzle adventure about a lighthouse keeper&#39;s daughter who has to relight every lamp on a drowned',
    'coast before the fishing fleet comes home. Each lamp is a small machine of mirrors, weights and clockwork, and no two work',
    'the same way.',
  ),
  j(
    'There is no combat and no timer. You can wander the shoreline at your own pace, read the keepers&#39; logbooks, and piece',
    'together why the lights went out in the first place.',
  ),
];
const iFeatH = 'Features';
const iFeat = [
  'Eleven hand-built lamp puzzles, from a simple mirror to a three-storey clockwork lens',
  'A coast that changes with the tide, opening new paths at low water',
  'An original soundtrack for piano and cello',
  'Roughly two to three hours to finish, with a few secrets for the curious',
];
const iCtrlH = 'Controls';
const iCtrl = ['WASD or arrow keys to walk', 'E to interact with machines and logbooks', 'Mouse to turn mirrors and wheels', 'Esc to open the menu'];
const iOutro = [
  j(
    'Lanternfall was made in six weeks for a game jam and then polished for another four months. Controller support and a',
    'colour-blind palette arrived in the latest update. Thank you to everyone who played the jam version and left notes.',
  ),
  j(
    'Buying the game gets you the Windows, macOS and Linux builds and every future update. If you cannot afford it right now,',
    'write to me and I will send you a copy, no questions asked; a share of every sale goes to a lifeboat charity.',
  ),
];
const iInfo = ['Status', 'Platforms', 'Rating', 'Author', 'Genre', 'Made with', 'Tags', 'Average session', 'Languages'];
const iTop = ['Browse Games', 'Game Jams', 'Upload Game', 'Developer Logs', 'Community', 'Log in', 'Register'];
const iLogs = ['Version 1.2: controller support and colour-blind palette', 'Postmortem: six weeks of lamps'];
const iComments = [
  'The tidal level was gorgeous. I sat on the rocks for ten minutes just listening to the cello.',
  'Got stuck on the clockwork lens for a while but the logbook hint was fair once I read it properly.',
];
const iFoot = ['About', 'FAQ', 'Blog', 'Contact us', 'Copyright © 2026 itch corp', 'Directory', 'Terms', 'Privacy', 'Cookies'];
const iHtml = `<!DOCTYPE HTML><html lang="en"><head><meta charset="UTF-8"><title>Lanternfall by Oskar Pell</title>
<meta name="description" content="Relight the lamps of a drowned coast. A short puzzle adventure.">
<meta property="og:title" content="Lanternfall by Oskar Pell"><meta name="itch:path" content="games/2514903"><meta name="twitter:site" content="@itchio">
<link rel="stylesheet" href="https://static.itch.example/game.css?1772"><style type="text/css" id="game_theme">.wrapper{--itchio_ui_bg: #1f2a33;}</style>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Lanternfall","description":"Relight the lamps of a drowned
coast.",
"offers":{"@type":"Offer","price":"4.00","priceCurrency":"USD"}}</script></head>
<body data-page_name="view_game" class="locale_en game_layout_widget layout_widget responsive no_theme_toggle"><div id="user_tools" class="user_tools
hidden"><ul>${links(iTop, 'action_btn')}</ul></div>
<div id="wrapper" class="main wrapper"><div id="inner_column" class="inner_column size_large family_pixel"><div id="header" class="header align_center">
<img src="https://img.itch.example/header/lanternfall.png" alt="Lanternfall"><h1 itemprop="name" class="game_title">${iTitle}</h1></div>
<div id="view_game_page_2514903" class="view_game_page page_widget base_widget buy_on_top"><div class="columns"><div class="left_col column">
<div class="formatted_description user_formatted">${ps(iIntro)}
<h2>${iFeatH}</h2><ul>${lis(iFeat)}</ul>
<h2>${iCtrlH}</h2><ul>${lis(iCtrl)}</ul>
${ps(iOutro)}</div>
<div class="row buy_row"><div class="button_message"><a class="button buy_btn" href="/purchase">Buy Now</a><span class="buy_message"><span class="dollars
original_price">$4.00 USD</span> <span class="sub">or more</span></span></div></div>
<div class="more_information_toggle"><div class="toggle_row"><a class="toggle_info_btn" href="javascript:void(0)">More information</a></div>
<div class="info_panel_wrapper"><div class="game_info_panel_widget base_widget"><table><tbody>${iInfo
  .map(
    (k, i) =>
      `<tr><td>${k}</td><td>${
        [
          'Released',
          'Windows, macOS, Linux',
          'Rated 4.8 out of 5 stars (96 total ratings)',
          'Oskar Pell',
          'Puzzle, Adventure',
          'Godot',
          '2D, Atmospheric, Exploration, Lighthouse',
          'About a few hours',
          'English, Swedish, Japanese',
        ][i]
      }</td></tr>`,
  )
  .join('\n')}
<tr><td>Updated</td><td><abbr title="19 February 2026 @ 10:12 UTC"><span class="icon icon-stopwatch"></span> 24 days ago</abbr></td></tr>
<tr><td>Published</td><td><abbr title="03 October 2025 @ 17:40 UTC">Oct 03, 2025</abbr></td></tr></tbody></table></div></div></div>
<div class="uploads"><h2>Download</h2><div class="upload_list_widget base_widget"><div class="upload"><div class="info_column"><div class="upload_name">
<strong class="name">lanternfall-windows.zip</strong><span class="file_size"><span>212 MB</span></span></div></div></div></div></div>
<div class="devlog_posts"><h2>Development log</h2><ul>${links(iLogs, 'devlog_post')}</ul></div>
<div id="game_comments" class="game_comments_widget"><h2>Comments</h2><div class="community_post_list_widget">${iComments
  .map(
    (c, i) => `<div class="community_post"><div class="post_header"><span class="post_author"><a href="#">${['tidepoolgrey', 'mulled_wren'][i]}</a></span>
<span class="post_date"><abbr>${['8 days ago', '2 days ago'][i]}</abbr></span></div><div class="post_body"><div class="post_body
user_formatted"><p>${c}</p></div></div>
<div class="post_footer"><a class="post_action reply_btn" href="#">Reply</a></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div>
<div id="view_game_footer" class="footer"><a href="https://itch.io/">itch.io</a><span>View all by <a href="#">Oskar Pell</a></span><a href="#">Report</a>
<a href="#">Embed</a></div>
<div class="footer"><ul>${links(iFoot, 'footer_link')}</ul></div></body></html>`;
const itch: TestPage = {
  name: 'heldout402-itch-io-game-page',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [iFeatH, iCtrlH],
  body: texts([...iIntro, ...iFeat, ...iCtrl, ...iOutro]),
  bylines: ['Oskar Pell', '24 days ago', 'Oct 03, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iTop, 'Buy Now', '$4.00 USD', 'or more', 'More information', ...iInfo, 'Released', 'Windows, macOS, Linux',
    'Rated 4.8 out of 5 stars (96 total ratings)', 'Puzzle, Adventure', 'Godot', '2D, Atmospheric, Exploration, Lighthouse', 'About a few hours',
    'English, Swedish, Japanese', 'Updated', 'Published', 'Download', 'lanternfall-windows.zip', '212 MB', 'Development log', ...iLogs, 'Comments',
    ...iComments, 'tidepoolgrey', 'mulled_wren', '8 days ago', '2 days ago', 'Reply', 'itch.io', 'View all by', 'Report', 'Embed', ...iFoot,
  ],
};

const vTitle = 'Download Quillmark 7.2';
const vIntro = [
  j(
    'Quillmark is a desktop writing studio for long documents: novels, theses, manuals and anything else that outgrows a single',
    'file. Version 7.2 is a free update for everyone with a Quillmark 7 licence, and the trial runs for thirty days of actual use.',
  ),
];
const vNewH = "What's new in Quillmark 7.2";
const vNew = [
  'Split editor that shows two chapters side by side, each with its own zoom',
  'Reference manager import from BibTeX and RIS files',
  'Faster export to EPUB, now with embedded fonts and a cover image',
  'Dark theme that follows the system setting on all platforms',
];
const vReqH = 'System requirements';
const vReqIntro = [
  j(
    'Quillmark runs comfortably on most computers made in the last seven years. Very large projects with many images benefit from',
    'more memory, and a solid-state drive makes opening a project noticeably quicker.',
  ),
];
const vReqCells = [
  ['Operating system', 'Windows 10 (64-bit) or later', 'macOS 12 Monterey or later', 'Ubuntu 22.04, Fedora 39 or newer'],
  ['Processor', 'Any x64 or ARM64 processor', 'Apple silicon or Intel', 'Any x64 processor'],
  ['Memory', '4 GB RAM (8 GB recommended)', '4 GB RAM (8 GB recommended)', '4 GB RAM (8 GB recommended)'],
  ['Disk space', '650 MB', '700 MB', '600 MB'],
] as const;
const vInstH = 'Installation notes';
const vInst = [
  j(
    'On Windows, the installer can be run without administrator rights and will then install for the current user only. On macOS,',
    'drag Quillmark to the Applications folder; the first launch may ask you to confirm that you want to open an app downloaded',
    'from the internet.',
  ),
  j(
    'If you are upgrading from Quillmark 6, install 7.2 alongside it and open your projects from the new version. They are',
    'converted to the new format on first open, and a backup of each original project is kept in the same folder.',
  ),
  j(
    'On Linux, the AppImage needs no installation. Make it executable and run it, or use the Flatpak if you prefer updates through',
    'your software centre. Your projects are never touched by an update, and older versions can be kept side by side.',
  ),
];
const vNav = ['Features', 'Pricing', 'Download', 'Support', 'Blog', 'Buy now'];
const vFootCols = ['Product', 'Company', 'Legal'];
const vFoot = ['Release notes', 'Older versions', 'Education pricing', 'About us', 'Press kit', 'Careers', 'Privacy policy', 'Terms of sale', 'Imprint'];
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const vHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Download Quillmark 7.2 – Quillmark</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:title" content="Download Quillmark 7.2">
<meta property="article:modified_time" content="2026-03-01T09:12:44+00:00"><link rel="canonical" href="https://quillmark.example/download/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Download Quillmark 7.2",
"datePublished":"2024-05-02T10:00:00+00:00","dateModified":"2026-03-01T09:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6">
<script>var ElementorProFrontendConfig = {"ajaxurl":"\\/wp-admin\\/admin-ajax.php","nonce":"4c1f0b"};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-42 elementor-default elementor-kit-7 elementor-page elementor-page-42">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header"><div class="elementor-element e-flex
e-con-boxed
e-con e-parent" data-element_type="container">${w(
  '3a1c',
  'theme-site-logo',
  '<a href="/"><img src="/wp-content/uploads/quillmark-logo.svg" alt="Quillmark"></a>',
)}
${w(
  '5b2e',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5b2e" class="elementor-nav-menu">${links(vNav, 'menu-item')}
</ul></nav>`,
)}</div></div>
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42"><div class="elementor-element elementor-element-1f0a e-flex
e-con-boxed e-con
e-parent" data-element_type="container">${w('7c3d', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${vTitle}</h1>`)}
${w('8d4e', 'text-editor', ps(vIntro))}
${w(
  '9e5f',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-lg" href="#win"><span class="elementor-button-text">Download for
Windows</span></a> <a class="elementor-button" href="#mac"><span class="elementor-button-text">Download for macOS</span></a> <a class="elementor-button"
href="#linux"><span class="elementor-button-text">Download for Linux</span></a>`,
)}
${w('a06f', 'text-editor', '<p class="small">Version 7.2.0 · Released 26 February 2026 · 118 MB</p>')}</div>
<div class="elementor-element elementor-element-2b1b e-flex e-con-boxed e-con e-parent" data-element_type="container">
${w('b17a', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${vNewH}</h2>`)}
${w(
  'c28b',
  'icon-list',
  `<ul class="elementor-icon-list-items">${vNew
    .map(
      (x) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${x}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${w('d39c', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${vReqH}</h2>`)}
${w(
  'e4ad',
  'text-editor',
  `${ps(vReqIntro)}
<table><thead><tr><th></th><th>Windows</th><th>macOS</th><th>Linux</th></tr></thead><tbody>${vReqCells
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
    .join('\n')}</tbody></table>`,
)}
${w('f5be', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${vInstH}</h2>`)}
${w('06cf', 'text-editor', ps(vInst))}
${w(
  '17d0',
  'testimonial',
  `<div class="elementor-testimonial-content">I moved my whole thesis into Quillmark in an afternoon and never looked back.</div>
<div class="elementor-testimonial-name">Dr Maren Coyle</div><div class="elementor-testimonial-job">Lecturer in Marine History</div>`,
)}
${w(
  '28e1',
  'form',
  `<h3 class="elementor-heading-title">Get release news by email</h3><form class="elementor-form"><input type="email"
placeholder="Your email address"><button type="submit"><span class="elementor-button-text">Sign me up</span></button></form>`,
)}</div></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">${vFootCols
  .map((c, i) => w(`3${i}f2`, 'nav-menu', `<h4 class="elementor-heading-title">${c}</h4><ul>${links(vFoot.slice(i * 3, i * 3 + 3), 'menu-item')}</ul>`))
  .join('\n')}
${w('4af3', 'text-editor', '<p>© 2026 Quillmark Software Ltd. Made in Norwich.</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-live="polite"><div class="cmplz-header">
<div class="cmplz-title">Manage Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>To provide the best experiences, we use technologies
like cookies to store and/or access device information.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4"></script></body></html>`;
const vendor: TestPage = {
  name: 'heldout402-vendor-download-page',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [vNewH, vReqH, vInstH],
  body: texts([...vIntro, ...vNew, ...vReqIntro, ...vReqCells.flatMap((r) => r.slice(1)), ...vInst]),
  bylines: ['Released 26 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Download for Windows', 'Download for macOS', 'Download for Linux', 'Version 7.2.0', '118 MB',
    'I moved my whole thesis into Quillmark in an afternoon and never looked back.', 'Dr Maren Coyle', 'Lecturer in Marine History',
    'Get release news by email', 'Sign me up', ...vFootCols, ...vFoot, '© 2026 Quillmark Software Ltd. Made in Norwich.', 'Manage Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT402_F: readonly TestPage[] = [itch, vendor];
