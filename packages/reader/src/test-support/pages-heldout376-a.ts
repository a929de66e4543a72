import { links, type TestPage, texts } from './page-kit.js';
import { ignGuide } from './pages-heldout376-a2.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file a: a GameFAQs-style plain-text FAQ/walkthrough (masthead, platform bar, guide header with author,
 * version and update line, the text FAQ in a `<pre>`, the report link, the Top Guides and game details sidebar, the
 * consent banner and the footer) and, from file a2, an IGN-style guide wiki page.
 */
const gTitle = 'Thornwick Keep: Embers of the Vale – FAQ/Walkthrough';
const gHeads = ['1. BEFORE YOU START', '2. THE SALT MARSH', '3. THE BELL TOWER', '4. CLOSING NOTES'];
const gS1 = [
  j(
    'This guide covers the main quest of Thornwick Keep from the opening cart ride to the fight in the bell tower. It is written',
    'for the Normal difficulty, but every route here also works on Hard if you carry two more healing tonics than I suggest.',
  ),
  j(
    'Before leaving the village of Osterby, talk to the smith twice. The second conversation unlocks the whetstone, and a',
    'sharpened blade cuts through the marsh reeds that block two of the shortcuts later on. Most players miss this and then',
    'walk the long way round for an hour.',
  ),
  j(
    'Spend your first 300 crowns on the oilskin cloak, not the iron helm. The cloak halves the cold damage you take in the',
    'marsh, and the helm is sold again in the next town for less.',
  ),
];
const gS2 = [
  j(
    'The marsh is split into three islands joined by rope bridges. Head north-east from the landing stage and cut the reeds',
    'by the broken boat. Behind them is a chest with the Lantern Key, which opens the ferryman hut on the second island.',
  ),
  j(
    'Inside the hut, read the logbook on the table. It tells you the tide times, and the game really uses them: the causeway',
    'to the third island is only above water between the first and second bell. If you arrive late, rest at the hut fire',
    'until the bell rings again.',
  ),
  j(
    'The eel swarms on the causeway are weak to fire. Throw a pitch flask into the middle of a group and they scatter. Do not',
    'fight them in the water, where they drain your stamina twice as fast as on dry ground.',
  ),
];
const gS3 = [
  j(
    'The bell tower has four floors and a lift that only works once you have rung the lower bell. Climb the outer stair first,',
    'pick up the Verger Ring on the second landing, then ring the bell from the inside ladder.',
  ),
  j(
    'The boss, the Hollow Verger, has two phases. In the first he swings the censer in a wide arc: stay close and circle to',
    'his left, because the arc is slower on that side. When his health drops below half he climbs into the rafters and drops',
    'embers. Watch the shadows on the floor and roll out of each one as it darkens.',
  ),
  j(
    'He is vulnerable every time he lands after the ember rain. Three heavy strikes there are safe; a fourth is not. If you',
    'kept the Verger Ring, wear it now: it shortens the ember rain by about two seconds.',
  ),
];
const gS4 = [
  j(
    'That is the end of the main quest. The epilogue opens the Vale road and the two side quests listed in the next version',
    'of this guide. You may host this text on your own site as long as it is not altered and this notice stays with it.',
  ),
];
const gNav = ['Boards', 'Games', 'Guides', 'News', 'Reviews', 'Q&A', 'Cheats'];
const gPlat = ['PC', 'PS5', 'Switch', 'Xbox Series X', 'More Systems'];
const gTabs = ['Home', 'Answers', 'Boards', 'Cheats', 'FAQs', 'Images', 'Reviews', 'Saves'];
const gTop = ['FAQ/Walkthrough by QuillMarrow', 'Bell Tower Map by s_ferrand', 'Trophy Guide by Mossgrove', 'Crafting FAQ by hollyrune'];
const gFoot = ['About', 'Advertise', 'Help', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const sep = '==========================================================================';
const gText = [
  `${sep}\n${gHeads[0] ?? ''}\n${sep}`,
  ...gS1,
  `${sep}\n${gHeads[1] ?? ''}\n${sep}`,
  ...gS2,
  `${sep}\n${gHeads[2] ?? ''}\n${sep}`,
  ...gS3,
  `${sep}\n${gHeads[3] ?? ''}\n${sep}`,
  ...gS4,
].join('\n\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Thornwick Keep: Embers of the Vale - FAQ/Walkthrough - PC - By QuillMarrow - GameFAQs</title>
<meta name="description" content="For Thornwick Keep: Embers of the Vale on the PC, FAQ/Walkthrough by QuillMarrow.">
<meta property="og:site_name" content="GameFAQs"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://gamefaqs.gamespot.example/a/css/gamefaqs_v3.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"PC","item":"https://gamefaqs.example/pc"}]}</script>
<script>var gfaqs = {"page_type":"faq","faq_id":812244,"game_id":402117};</script></head>
<body class="ffaq_page"><div id="mantle_skin"><div class="wrapper">
<header class="top_header"><div class="masthead"><a class="logo" href="/">GameFAQs</a>
<nav class="masthead_nav"><ul>${links(gNav, 'masthead_link')}</ul></nav>
<form class="masthead_search" action="/search"><input type="text" name="game" placeholder="Search Game Titles"></form>
<a class="masthead_user" href="/user/login">Log In</a> <a class="masthead_user" href="/user/register">Sign Up</a></div>
<nav class="masthead_systems"><ul>${links(gPlat)}</ul></nav></header>
<div id="content" class="container"><div class="header_wrap"><div class="page-header">
<div class="platform-title"><a href="/pc/402117-thornwick-keep">PC</a></div>
<h1 class="page-title">${gTitle}</h1></div>
<nav class="pod_gamespace_nav"><ul>${links(gTabs, 'gs_tab')}</ul></nav></div>
<div class="main_content row"><div class="span8"><div class="pod"><div class="ffaq_header">
<div class="ffaq_author">by <a href="/community/QuillMarrow">QuillMarrow</a></div>
<div class="ffaq_version">Version: 1.20 | Updated: 02/14/2026</div>
<div class="ffaq_hl"><span class="hl_box">Highest Rated Guide</span></div></div>
<div class="ffaq ffaqbody" id="faqwrap"><div id="faqtext"><pre id="faqspan-1">${gText}</pre></div></div>
<div class="ffaq_footer"><a href="/pc/402117-thornwick-keep/faqs/812244/report">Report Problems with this FAQ</a>
<span class="ffaq_views">Views: 48,201</span></div></div></div>
<aside class="span4"><div class="pod pod_top_guides"><div class="head"><h2 class="title">Top Guides</h2></div>
<div class="body"><ul>${links(gTop)}</ul></div></div>
<div class="pod pod_gameinfo"><div class="head"><h2 class="title">Game Details</h2></div><div class="body"><ul>
<li>Developer: Lowmere Works</li><li>Release: March 3, 2025</li><li>Rating: Teen</li></ul></div></div>
<div class="ad_wrap"><span class="ad_label">Advertisement</span><div id="div-gpt-ad-mpu-top"></div></div></aside></div></div>
<footer class="footer"><nav><ul>${links(gFoot)}</ul></nav><p class="copyright">© 2026 GameFAQs, a Fandrel company. All rights reserved.</p></footer>
</div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog"><div id="onetrust-policy-text">We and our partners use cookies to
personalise content and ads and to analyse our traffic.</div><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Manage Settings</button></div>
<script src="https://gamefaqs.gamespot.example/a/js/gamefaqs_v3.js"></script></body></html>`;
const gamefaqs: TestPage = {
  name: 'heldout376-gamefaqs-walkthrough-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gS1, ...gS2, ...gS3, ...gS4]),
  bylines: ['by QuillMarrow', 'Version: 1.20 | Updated: 02/14/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GameFAQs', ...gNav, 'Log In', 'Sign Up', ...gPlat.slice(1), ...gTabs.filter((t) => !gNav.includes(t)), 'Highest Rated Guide',
    'Report Problems with this FAQ', 'Views: 48,201',
    'Top Guides', ...gTop, 'Game Details', 'Developer: Lowmere Works', 'Release: March 3, 2025', 'Rating: Teen', 'Advertisement', ...gFoot,
    '© 2026 GameFAQs, a Fandrel company. All rights reserved.',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'I Accept', 'Manage Settings',
  ],
};

export const HELDOUT376_A: readonly TestPage[] = [gamefaqs, ignGuide];
