import { type TestPage, texts } from './page-kit.js';
import { yelpReview } from './pages-heldout45-c2.js';

/**
 * Held-out batch 45, file c: a Steam Community user review page as a logged-out visitor saves it (the responsive page frame
 * with its hidden mobile menu, the global header with "Install Steam", "login" and the language pulldown, the small profile
 * header with the "» Reviews » game" trail and "View Store Page", the left column with the game logo and the reviewer's
 * product and review counts, the thumbs-up rating block with hours on record, "Posted" and "Last edited" lines, the review
 * text with BBCode h1 sections and a list, the helpful and funny counts, the "Was this review helpful?" buttons, the comment
 * thread with its count, timestamps and pager, and the Valve footer).
 */
const stGame = 'Cindergate';
const stUser = 'Marrowfen';
const stTitle = 'Easily the best roguelike deckbuilder I have played in years, with one big caveat.';
const stIntro =
  'Cindergate puts you in charge of a lighthouse on a cursed coast, and every run is one long night. Your deck is your lamp: cards ' +
  'burn oil to push the fog back, and the fog is what the monsters hide in. It sounds gimmicky written down, but it means every ' +
  'turn is a small budget decision between lighting the next stretch of shore and keeping something in reserve for the boss at dawn.';
const stH1 = 'What it gets right';
const stList = [
  'The oil system. Running dry is never instant death, just a slow slide, so you always feel you could have saved it.',
  'Four keepers who play completely differently. The cartographer is my favourite, she turns the map itself into cards.',
  'Art and sound. The foghorn at the start of each night still gives me chills 40 hours in.',
  'Runs take 35 to 50 minutes, which is just right for one evening.',
];
const stH2 = 'The caveat';
const stRest = [
  'The late game difficulty, Ember 8 and up, leans far too hard on one boss, the Drowned Choir, which can shuffle curse cards into ' +
    'your deck faster than most builds can remove them. I lost eleven runs in a row to it before the patch on 4 November, and even ' +
    'after the fix it feels like the one fight you have to build around instead of the one you get to enjoy.',
  'The developers are two people in Tallinn and they have been very responsive on the forums, so I expect this to improve. At ' +
    '£14.99 it is already an easy recommendation.',
];
const stComments = [
  {
    who: 'Sabreline',
    when: '13 Nov @ 4:02am',
    text:
      'The Drowned Choir is absolutely the wall. Cartographer with the tide charts build got me past it eventually, but only once ' + 'in about fifteen tries.',
  },
  {
    who: 'Olek',
    when: '13 Nov @ 9:47am',
    text: 'Good review. I would add that the controller support is excellent, played the whole thing on the Deck without touching the touchscreen.',
  },
  { who: stUser, when: '13 Nov @ 6:15pm', text: '@Olek true, I forgot to mention it. Verified on Deck for a reason.' },
  { who: 'hollowbones', when: '14 Nov @ 11:30am', text: 'Thanks, this sold me. Wishlisted until the sale next month.' },
  {
    who: 'Pim van Leeuwen',
    when: '15 Nov @ 1:08am',
    text: 'Ember 8 is hard but doable if you stop taking every curse-removal card and go for burn speed instead. Beat it last night.',
  },
];
const stMenu = ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'];
const stLangs = ['简体中文 (Simplified Chinese)', 'Deutsch (German)', 'Español - España (Spanish - Spain)', 'Français (French)', 'Polski (Polish)'];
const stFootLinks = ['Privacy Policy', 'Legal', 'Accessibility', 'Steam Subscriber Agreement', 'Cookies'];
const stComment = (c: { who: string; when: string; text: string }, i: number): string => `<div class="commentthread_comment responsive_body_text"
id="comment_4712093386${i}"><div class="commentthread_comment_avatar playerAvatar online"><a href="https://steamcommunity.example/id/${c.who.replace(/ /g, '')}"
data-miniprofile="${88012 + i}"><img src="https://avatars.fastly.steamstatic.example/${i}a3_medium.jpg"
srcset="https://avatars.fastly.steamstatic.example/${i}a3_medium.jpg 1x"></a>
</div><div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link"
href="https://steamcommunity.example/id/${c.who.replace(/ /g, '')}" data-miniprofile="${88012 + i}"><bdi>${c.who}</bdi></a>
<span class="commentthread_comment_timestamp" title="${c.when.replace(' @', ', 2025 @')}" data-timestamp="${1763035320 + i * 3600}">&nbsp;${c.when}</span>
<div class="commentthread_comment_actions"></div></div><div class="commentthread_comment_text" id="comment_content_4712093386${i}">${c.text}</div>
<div class="commentthread_comment_emoticons"></div></div></div>`;
const stHtml = `<!DOCTYPE html>
<html class=" responsive" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#171a21"><title>Steam Community :: ${stUser} :: Review for ${stGame}</title>
<link href="https://community.fastly.steamstatic.example/public/shared/css/motiva_sans.css?v=GfSjbGKcNYaQ&amp;l=english" rel="stylesheet" type="text/css">
<meta property="og:title" content="Steam Community :: ${stUser} :: Review for ${stGame}"><meta property="og:description" content="${stTitle}">
<script type="text/javascript">var g_sessionID = "8f1c0a6b0d9e4a2f9c3b7e11"; var g_steamID = false; var g_strLanguage = "english";
var g_SNR = '2_100300_review_'; $J( function() { InitMiniprofileHovers(); InitEmoticonHovers(); } );</script></head>
<body class="v6 responsive_page "><div class="responsive_page_frame with_header"><div role="navigation" class="responsive_page_menu_ctn mainmenu"
aria-label="Mobile Menu"><div class="responsive_page_menu" id="responsive_page_menu"><div class="mainmenu_contents"><div class="mainmenu_contents_items">
<a class="menuitem" href="https://steamcommunity.example/login/home/?goto=">Sign in</a><a class="menuitem supernav"
href="https://store.steampowered.example/">Store</a>
<a class="menuitem supernav" href="https://steamcommunity.example/">Community</a><a class="menuitem" href="https://help.steampowered.example/">Support</a>
<div class="minor_menu_items"><div class="menuitem change_language_action">Change language</div><a class="menuitem" href="#">View desktop website</a>
</div></div></div></div></div><div class="responsive_local_menu_tab"></div><div class="responsive_page_content">
<div id="global_header" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div class="content"><div class="logo"><span id="logo_holder">
<a href="https://store.steampowered.example/?snr=${'1_5_9__global-header'}" aria-label="Link to the Steam Homepage"><img
src="https://store.fastly.steamstatic.example/public/shared/images/header/logo_steam.svg"
width="176" height="44" alt="Link to the Steam Homepage"></a></span></div><div role="navigation" class="supernav_container" aria-label="Global Menu">
${stMenu.map((t) => `<a class="menuitem supernav" href="https://store.steampowered.example/${t.toLowerCase()}/">${t}</a>`).join('\n')}</div>
<div id="global_actions"><div role="navigation" id="global_action_menu" aria-label="Account Menu"><a
class="header_installsteam_btn header_installsteam_btn_green"
href="https://store.steampowered.example/about/"><div class="header_installsteam_btn_content">Install Steam</div></a>
<a class="global_action_link" href="https://steamcommunity.example/login/home/?goto=">login</a> &nbsp;|&nbsp;
<span class="pulldown global_action_link" id="language_pulldown" onclick="ShowMenu( this, 'language_dropdown', 'right' );">language</span>
<div class="popup_block_new" id="language_dropdown" style="display: none;"><div class="popup_body popup_menu">
${stLangs.map((t) => `<a class="popup_menu_item tight" href="?l=${t.length}">${t}</a>`).join('\n')}
<a class="popup_menu_item tight"
href="https://www.valvesoftware.example/en/contact?contact-person=Translation%20Team%20Feedback">Report a translation problem</a>
</div></div></div></div></div></div>
<div role="main" class="responsive_page_template_content" id="responsive_page_template_content"><div id="ReviewContentFull">
<div class="profile_small_header_bg"><div class="profile_small_header_texture"><a href="https://steamcommunity.example/id/marrowfen">
<div class="profile_small_header_avatar"><div class="playerAvatar medium offline"><img
src="https://avatars.fastly.steamstatic.example/ff19_medium.jpg"></div></div></a>
<div class="profile_small_header_text"><span class="profile_small_header_name"><a class="whiteLink persona_name_text_content"
href="https://steamcommunity.example/id/marrowfen">${stUser}</a></span><span class="profile_small_header_arrow">»</span>
<a class="whiteLink" href="https://steamcommunity.example/id/marrowfen/recommended/"><span class="profile_small_header_location">Reviews</span></a>
<span class="profile_small_header_arrow">»</span><span class="profile_small_header_location">${stGame}</span></div>
<div class="profile_small_header_additional"><div class="review_app_actions"><a class="btnv6_blue_hoverfade btn_small_tall"
href="https://store.steampowered.example/app/2231870/"><span>View Store Page</span></a>
<a class="btnv6_blue_hoverfade btn_small_tall" href="https://steamcommunity.example/app/2231870"><span>View Community Hub</span></a></div></div></div></div>
<div class="review_area"><div class="leftcol"><div class="gameLogo"><a href="https://store.steampowered.example/app/2231870/"><img
src="https://shared.fastly.steamstatic.example/store_item_assets/steam/apps/2231870/capsule_184x69.jpg" alt="${stGame}"></a></div>
<div class="review_app_name">${stGame}</div><div class="persona_review_stats"><a
href="https://steamcommunity.example/id/marrowfen/games/">148 products in account</a>
<br><a href="https://steamcommunity.example/id/marrowfen/recommended/">11 reviews</a></div></div>
<div class="rightcol"><div class="ratingSummaryBlock"><div class="ratingSummaryHeader"><img
src="https://community.fastly.steamstatic.example/public/shared/images/userreviews/icon_thumbsUp.png"
width="40" height="40"><div class="ratingSummary">Recommended</div><div class="playTime">46.2 hrs on record (31.5 hrs at review time)</div></div>
<div class="recommendation_date">Posted: 12 November<br>Last edited: 14 November</div></div>
<div id="ReviewText">${stTitle}<br><br>${stIntro}<br><br><div class="bb_h1">${stH1}</div><ul
class="bb_ul">${stList.map((t) => `<li>${t}</li>`).join('')}</ul><br>
<div class="bb_h1">${stH2}</div>${stRest[0]}<br><br>${stRest[1]}</div>
<div class="ratingBar">128 people found this review helpful<br>9 people found this review funny</div>
<div class="review_awards"><div class="award tooltip" data-tooltip-html="Wholesome"><img src="/awards/wholesome.png"><span>3</span></div>
<div class="award tooltip" data-tooltip-html="Deep Thoughts"><img src="/awards/deep_thoughts.png"><span>1</span></div></div>
<div class="controlBlock"><div class="control_block_text">Was this review helpful?</div><span class="btn_grey_grey btn_small_thin"
onclick="UserReviewVoteUp(1803552);"><span><i class="ico18 thumb_upv6"></i> Yes</span></span><span class="btn_grey_grey btn_small_thin"
onclick="UserReviewVoteDown(1803552);"><span><i class="ico18 thumb_downv6"></i> No</span></span><span class="btn_grey_grey btn_small_thin"
onclick="UserReviewVoteTag(1803552, 1);"><span><i class="ico18 btn_funny"></i> Funny</span></span><span class="btn_grey_grey btn_small_thin"
onclick="UserReviewAward(1803552);"><span><img src="/award_icon.svg" class="reward_btn_icon"> Award</span></span></div>
<div class="commentthread_area" id="commentthread_Recommendation_76561198_2231870_area"><div class="commentthread_header">
<div class="commentthread_paging" id="commentthread_Recommendation_76561198_2231870_pagecontrols"><span class="commentthread_pagelinks"></span></div>
<div class="commentthread_count"><span class="commentthread_count_label"><span id="commentthread_Recommendation_76561198_2231870_totalcount">5</span>
Comments</span></div></div><div class="commentthread_comments" id="commentthread_Recommendation_76561198_2231870_posts">
${stComments.map(stComment).join('\n')}</div><div class="commentthread_footer"><div class="commentthread_count_label">Showing 1-5 of 5 comments</div></div>
<div class="commentthread_entry"><div class="commentthread_entry_quotebox"><a
href="https://steamcommunity.example/login/home/">Log in</a> to post a comment.</div></div>
</div></div></div></div></div>
<div id="footer_spacer" class=""></div><div id="footer_responsive_optin_spacer"></div><div id="footer"><div class="footer_content"><div id="footer_logo">
<img src="https://community.fastly.steamstatic.example/public/images/skin_1/footerLogo_valve_new.png" alt="Valve Software" width="96" height="26"></div>
<div id="footer_text" data-panel="{&quot;flow-children&quot;:&quot;row&quot;}"><div>© Valve Corporation. All rights reserved. All trademarks are property
of their respective owners in the US and other countries.</div><div>Some geospatial data on this website is provided by
<a href="https://www.geonames.org" target="_blank" rel="noreferrer">geonames.org</a>.</div><div class="valve_links">
${stFootLinks.map((t) => `<a href="https://store.steampowered.example/${t.length}/" target="_blank">${t}</a>`).join('\n&nbsp; | &nbsp;')}</div></div>
<div class="responsive_optin_link"><div class="btn_medium btnv6_grey_black"
onclick="Responsive_RequestMobileView()"><span>View mobile website</span></div></div>
</div></div></div></div><div class="miniprofile_hover"><div class="shadow_ul"></div><div
class="miniprofile_hover_inner shadow_content"></div></div></body></html>`;
const steamReview: TestPage = {
  html: stHtml,
  name: 'heldout45-steam-user-review',
  kind: 'forum',
  // the review has no title of its own: its first line is the title, the rest of the review (the BBCode h1s "What it gets
  // right" and "The caveat" as headings, the list items as body) is body; the comments under it are replies to the post on a
  // social page: body; the reviewer's persona name (header and a comment, once), "Posted: 12 November", "Last edited: 14
  // November", the commenters' names and the comment times are bylines; the game's name (trail, left column) is a word of the
  // review: left out, and the header trail's "Reviews" is furniture; "Recommended", the hours on record, the profile counts,
  // helpful and funny counts, award counts, "Was this review helpful?" with its buttons, "5 Comments",
  // the pager line, "Log in to post a comment", the mobile menu, global header, language menu and footer are furniture;
  // "Store" and "Community" of the two menus count once; "Support" and "ABOUT" are words of two comments ("controller
  // support", "in about fifteen tries"): left out; "Olek" is a byline and a word of the reply that names him ("@Olek")
  title: stTitle,
  headings: [stH1, stH2],
  body: [stIntro, ...stList, ...texts(stRest), ...stComments.map((c) => c.text)],
  bylines: [
    stUser,
    'Posted: 12 November',
    'Last edited: 14 November',
    ...stComments.map((c) => c.who).filter((w) => w !== stUser),
    ...stComments.map((c) => c.when),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Store', 'Community', 'Change language', 'View desktop website', 'Install Steam', 'login', 'language', ...stLangs,
    'Report a translation problem', 'Reviews', 'View Store Page', 'View Community Hub', '148 products in account', '11 reviews', 'Recommended',
    '46.2 hrs on record (31.5 hrs at review time)', '128 people found this review helpful', '9 people found this review funny',
    '3', '1', 'Was this review helpful?', 'Yes', 'No', 'Funny', 'Award', '5 Comments', 'Showing 1-5 of 5 comments', 'Log in', 'to post a comment.',
    '© Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.',
    'Some geospatial data on this website is provided by geonames.org.', ...stFootLinks, 'View mobile website',
  ],
};

export const HELDOUT45_C: readonly TestPage[] = [steamReview, yelpReview];
