import { links, type TestPage, texts } from './page-kit.js';
import { brs, j } from './pages-heldout319-kit.js';

/**
 * Held-out batch 319, file a: a Telegram channel's web preview (t.me/s/) whose three messages are the body (a listing: the
 * channel header, the channel info column with its counters, date separators, a link preview card, a quoted reply, view counts,
 * reactions and the "Download Telegram" box) and a TikTok video page with its title and long description (top bar, side nav,
 * the author row with Follow, the music line, action counts, hashtags, comments and the "You may like" rail).
 */
const tgTitle = 'Kelverton Transit Watch';
const tgM1 = [
  '<b>Night network: what changes on 16 March</b>',
  j(
    'The council published the final timetable for the new night buses this morning, and it is more generous than the draft we',
    'covered in January. Three routes now run all night on Fridays and Saturdays, and the N4 keeps a half-hourly service on weeknights.',
  ),
  j(
    'The biggest change is at Fennick Square. Night buses will no longer loop round the square but stop on Carrow Street, which',
    'means a short walk for anyone changing to the N7. The operator says the loop added six minutes to every journey.',
  ),
  j(
    'Fares stay the same, and day tickets bought after 18:00 are now valid until 04:30 the next morning. That closes the gap that',
    'caught out a lot of hospitality workers last year.',
  ),
];
const tgM2 = [
  '<b>Tram depot works: the short version</b>',
  j(
    'A few of you asked why trams to Orrin Park are replaced by buses every Sunday until May. The depot at Lyle Road is getting',
    'new points and an overhead line, and the contractor can only cut the power when the network is quiet.',
  ),
  '• Sundays 16 March to 11 May: replacement buses between Lyle Road and Orrin Park every 10 minutes',
  '• Saturdays: trams run as normal, but the last tram from the city leaves at 23:10 instead of 23:40',
  '• Weekdays: no change',
  j(
    'Step-free access is the weak point. The replacement stop at Orrin Park is on the far side of the ring road, and the only',
    'crossing has a steep ramp. If you need help, the operator asks you to call the day before so a staff member can meet the bus.',
  ),
];
const tgM3 = [
  '<b>Your numbers on the N4</b>',
  j(
    'Thank you to the 212 readers who answered our survey about the N4. Most of you ride it home from work, not from a night out,',
    'which matches what the drivers told us. The busiest journey is the 01:15 from the hospital, where people regularly stand.',
  ),
  j(
    'We have sent the results to the transport committee before its meeting on 24 March. The ask is simple: one extra bus on the',
    'hospital journeys, and real-time boards at the four stops that still have paper timetables.',
  ),
];
const tgDesc = 'Independent notes on buses, trams and the night network in Kelverton. Tips and photos: @ktw_desk';
const tgPreview = ['Kelverton City Council', 'Night bus network: final timetable 2026', 'Route maps, fares and stop changes for the new night network.'];
const tgReply = 'Night network: what changes on 16 March';
const tgLink = `<div class="tgme_widget_message_link_preview_wrap"><a class="tgme_widget_message_link_preview" href="https://kelverton.example/night-buses">
<div class="link_preview_site_name accent_color" dir="auto">${tgPreview[0]}</div><div class="link_preview_title" dir="auto">${tgPreview[1]}</div>
<div class="link_preview_description" dir="auto">${tgPreview[2]}</div></a></div>`;
const msg = (
  n: number,
  html: string,
  views: string,
  time: string,
  extra = '',
  after = '',
): string => `<div class="tgme_widget_message_wrap js-widget_message_wrap">
<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="kelvertontransit/${n}" data-view="eyJjIjotMTk${n}">
<div class="tgme_widget_message_user"><a href="https://t.me/kelvertontransit"><i class="tgme_widget_message_user_photo bgcolor2" data-content="K">
<img src="https://cdn4.telesco.example/file/ktw.jpg"></i></a></div>
<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="11px" height="20px"></svg></i>
<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/kelvertontransit"><span
dir="auto">Kelverton Transit Watch</span></a></div>${extra}
<div class="tgme_widget_message_text js-message_text" dir="auto">${brs(html.split('\n'))}</div>${after}
<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">${views}</span><span class="tgme_widget_message_from_author" dir="auto">Mira Castell</span>
<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/kelvertontransit/${n}"><time
datetime="2026-03-0${n === 811 ? 1 : 2}T${time}:05+00:00" class="time">${time}</time></a></span></div></div></div></div></div>`;
const tgHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${tgTitle} – Telegram</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta property="og:title" content="${tgTitle}"><meta property="og:image" content="https://cdn4.telesco.example/file/ktw.jpg">
<meta property="og:site_name" content="Telegram"><meta property="og:description" content="${tgDesc}">
<meta property="twitter:card" content="summary"><meta name="robots" content="noindex, nofollow">
<link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css"><link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet">
<link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet"><script>window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');</script>
</head><body class="widget_frame_base tgme_webpage emoji_image no_transitions"><header class="tgme_header search_collapsed">
<div class="tgme_header_search"><form class="tgme_header_search_form" action="" method="get"><input class="tgme_header_search_form_input js-header_search"
placeholder="Search" name="q" autocomplete="off"></form></div><div class="tgme_header_info"><a class="tgme_header_link"
href="https://t.me/kelvertontransit"><i class="tgme_page_photo_image bgcolor2" data-content="K"></i>
<div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">${tgTitle}</span></div>
<div class="tgme_header_counter">14.2K subscribers</div></div></a></div><div class="tgme_header_right_column"><div class="tgme_header_right_btn">
<a class="tgme_action_button_new tgme_action_web_button" href="https://web.telegram.example/k/#@kelvertontransit">Open in Web</a></div></div></header>
<main class="tgme_main"><div class="tgme_container"><section class="tgme_right_column"><div class="tgme_channel_info">
<div class="tgme_channel_info_header"><i class="tgme_page_photo_image bgcolor2" data-content="K"></i><div class="tgme_channel_info_header_title"><span
dir="auto">${tgTitle}</span></div>
<div class="tgme_channel_info_header_username"><a href="https://t.me/kelvertontransit">@kelvertontransit</a></div></div>
<div class="tgme_channel_info_description">${tgDesc}</div><div class="tgme_channel_info_counters">
<div class="tgme_channel_info_counter"><span class="counter_value">14.2K</span> <span class="counter_type">subscribers</span></div>
<div class="tgme_channel_info_counter"><span class="counter_value">318</span> <span class="counter_type">photos</span></div>
<div class="tgme_channel_info_counter"><span class="counter_value">96</span> <span class="counter_type">links</span></div></div>
<div class="tgme_channel_download_telegram"><div class="tgme_channel_download_telegram_text">Download Telegram to join this channel and
get new posts first.</div><a class="tgme_channel_download_telegram_btn" href="//telegram.org/dl">Download Telegram</a></div></div></section>
<section class="tgme_channel_history js-message_history"><div class="tgme_widget_message_centered js-messages_more_wrap"><a
href="/s/kelvertontransit?before=811" class="tme_messages_more js-messages_more" data-before="811"></a></div>
<div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">March 1</div></div>
${msg(811, tgM1.join('\n'), '6.1K', '08:14', '', tgLink)}
<div class="tgme_widget_message_service_date_wrap"><div class="tgme_widget_message_service_date">March 2</div></div>
${msg(812, tgM2.join('\n'), '4.8K', '12:40')}
${msg(
  813,
  tgM3.join('\n'),
  '3.9K',
  '19:02',
  `<a class="tgme_widget_message_reply" href="https://t.me/kelvertontransit/811"><div class="tgme_widget_message_author accent_color"><span
class="tgme_widget_message_author_name" dir="auto">Reply to earlier post</span></div>
<div class="tgme_widget_message_metatext js-message_reply_text" dir="auto">${tgReply}</div></a>`,
)}
<div class="tgme_widget_message_reactions js-message_reactions"><span class="tgme_reaction"><i class="emoji"><b>👍</b></i>412</span>
<span class="tgme_reaction"><i class="emoji"><b>🔥</b></i>97</span></div></section></div></main>
<script src="//telegram.org/js/tgwallpaper.min.js?3"></script><script src="//telegram.org/js/widget-frame.js?63"></script>
<script>TWidgetPost.init();</script></body></html>`;
const telegram: TestPage = {
  name: 'heldout319-telegram-channel-preview-news',
  kind: 'news',
  html: tgHtml,
  title: tgTitle,
  headings: [],
  body: texts([...tgM1, ...tgM2, ...tgM3]),
  bylines: ['Mira Castell', '08:14', '12:40', '19:02', 'March 1', 'March 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '14.2K subscribers', 'Open in Web', '@kelvertontransit', tgDesc, 'subscribers', 'photos', 'links', '6.1K', '4.8K', '3.9K',
    'Download Telegram to join this channel and get new posts first.', 'Download Telegram', 'Reply to earlier post', ...tgPreview, '412',
  ],
};

const ttTitle = 'How I rescued a forty-year-old sourdough starter';
const ttDesc = [
  j(
    'My neighbour Agnes handed me a jar last autumn and said it had been in her family since 1986. It smelled of nail varnish, had',
    'a grey layer on top and had not been fed in about three months. Lots of you asked in the last video how I brought it back, so',
    'here is the whole process.',
  ),
  j(
    'Day one: I poured off the grey liquid, which is just alcohol the yeast makes when it is hungry. Then I took one spoonful from',
    'the middle of the jar, where it was still pale, and threw the rest away. That sounds wasteful, but the old starter is mostly',
    'acid by then and it only slows the recovery down.',
  ),
  j(
    'Days two to five: twenty grams of starter, twenty grams of wholemeal rye and twenty grams of lukewarm water, twice a day, in a',
    'clean jar each time. Rye has more food for the yeast than white flour, and a clean jar stops mould from the rim getting in.',
    'I kept it on top of the fridge, which sits at about 26 degrees.',
  ),
  j(
    'Day six is when it doubled for the first time, in about seven hours. From there I switched to strong white flour and it has',
    'doubled reliably in four to five hours ever since. The smell changed from solvent to something like green apples and yoghurt.',
  ),
  j(
    'What I would not do: do not add sugar, pineapple juice or commercial yeast. You might get bubbles quickly, but they will not be',
    'from the wild yeast you are trying to save, and the character of a family starter is the whole point.',
  ),
  j(
    'Agnes got a loaf from her own starter last Sunday and told me it tasted like her mother’s kitchen. Best review I have ever had.',
    'The full feeding chart is in the second photo, and the loaf recipe is in my pinned video.',
  ),
];
const ttTags = ['#sourdough', '#sourdoughstarter', '#breadtok', '#bakingtips'];
const ttNav = ['For You', 'Explore', 'Following', 'LIVE', 'Upload', 'Profile', 'More'];
const ttComments = [
  ['crumbandcrust', 'The clean jar every feed is the tip nobody mentions. Mine kept going mouldy at the rim.', '3-3', '1,204'],
  ['tobi_ferments', 'Did you ever think about drying some as a backup for Agnes?', '3-4', '388'],
  ['hollis.bakes', 'Yes! Two envelopes of dried flakes are in her freezer now 🙂', '3-4', '512'],
];
const ttRail = ['The loaf I bake every Friday, start to finish', 'Why your crumb is gummy (it is not the oven)', 'Feeding schedule for busy weeks'];
const ttFoot = ['Company', 'Program', 'Terms & Policies', '© 2026 TikTok'];
const ttHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${ttTitle} | TikTok</title><meta name="description" content="3.1M Likes, 9,841 Comments. TikTok video from Hollis Ray (@hollis.bakes)">
<meta property="og:title" content="Hollis Ray on TikTok"><meta property="og:type" content="video.other">
<meta property="og:url" content="https://www.tiktok.com/@hollis.bakes/video/7345120098812"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.tiktok.com/@hollis.bakes/video/7345120098812">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${ttTitle}",
"uploadDate":"2026-03-02T17:31:08.000Z","thumbnailUrl":["https://p16-sign.tiktokcdn.example/obj/7345.jpeg"],
"creator":{"@type":"Person","name":"Hollis Ray","alternateName":"hollis.bakes"}}</script>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.video-detail":{"statusCode":0,
"itemInfo":{"itemStruct":{"id":"7345120098812","author":{"uniqueId":"hollis.bakes"},"stats":{"diggCount":3100000,"commentCount":9841}}}}}}</script>
</head><body><div id="app"><div class="css-1u9qk5l-DivHeaderWrapper e10win0d2"><div class="css-8ooqt-DivHeaderContainer e10win0d0">
<a data-e2e="tiktok-logo" href="/" aria-label="Go to TikTok For You feed"><span>TikTok</span></a>
<div class="css-1ibl2xo-DivSearchFormContainer e1hi1cmj0"><form data-e2e="search-box" action="/search"><input placeholder="Search"
name="q" type="search" data-e2e="search-user-input"></form></div>
<div class="css-1lt9i3y-DivHeaderRightContainer e10win0d1"><a data-e2e="upload-icon" href="/upload">Upload</a>
<button data-e2e="top-login-button" class="css-1uqux2o-StyledLoginButton">Log in</button></div></div></div>
<div class="css-14dcx2q-DivBodyContainer e1irlpdw0"><div class="css-1ew4i0r-DivSideNavContainer e1u58fka0"><nav
class="css-1l9rpwr-DivMainNavContainer"><ul>${links(ttNav, 'css-h7v5ct-DivMainNavItem')}</ul></nav>
<div class="css-1vcv7dz-DivSideNavFooter"><ul>${links(ttFoot.slice(0, 3))}</ul><span>${ttFoot[3]}</span></div></div>
<div class="css-1qjw4dg-DivMainContent e1irlpdw1"><div class="css-12kupwv-DivContentContainer"><div class="css-1sb4dwc-DivPlayerContainer">
<video playsinline="" preload="auto" src="https://v16-webapp.tiktok.example/7345.mp4"></video></div>
<div class="css-1nst91u-DivMainContainer"><div class="css-1qp5gj2-DivVideoInfoContainer"><div data-e2e="browse-user-info"
class="css-1ojtmh3-DivInfoContainer"><a data-e2e="browse-user-avatar" href="/@hollis.bakes"><img alt="" src="https://p16.tiktokcdn.example/hr.jpeg"></a>
<a href="/@hollis.bakes" class="css-1y3ws7r-StyledLink"><span data-e2e="browse-username">hollis.bakes</span><span
data-e2e="browser-nickname"><span class="css-1xccqfx-SpanNickName">Hollis Ray</span><span> · </span><span>3-2</span></span></a>
<button data-e2e="browse-follow" class="css-1i0ruhy-Button">Follow</button></div>
<h1 data-e2e="browse-video-title" class="css-5fk6hx-H1Container">${ttTitle}</h1>
<div data-e2e="browse-video-desc" class="css-1wdx3tj-DivContainer ejg0rhn0"><span class="css-j2a19r-SpanText efbd9f0">${brs(ttDesc)}</span>
${ttTags.map((t) => `<a data-e2e="search-common-link" href="/tag/${t.slice(1)}"><strong class="css-1p6dp51-StrongText">${t}</strong></a>`).join(' ')}</div>
<h4 data-e2e="browse-music" class="css-1d3w8ji-H4Link"><a href="/music/original-sound-7345"><span>original sound - Hollis Ray</span></a></h4>
<div class="css-79f36w-DivActionBarWrapper"><button><strong data-e2e="browse-like-count">3.1M</strong></button><button><strong
data-e2e="browse-comment-count">9,841</strong></button><button><strong data-e2e="undefined-count">Share</strong></button>
<div class="css-1iqpjwn-DivCopyLinkContainer"><p class="css-1f6s3iy-PCopyLinkText">https://www.tiktok.com/@hollis.bakes/video/7345120098812</p>
<button>Copy link</button></div></div></div>
<div class="css-1xlna7p-DivCommentListContainer"><div class="css-1b2z7rk-DivTabMenuContainer"><span>Comments (9,841)</span><span>Creator videos</span></div>
${ttComments
  .map(
    ([u, c, d, l]) => `<div class="css-1i7ohvi-DivCommentItemContainer"><div class="css-ulyotp-DivCommentContentContainer"><a href="/@${u}"><span
data-e2e="comment-username-1">${u}</span></a><p data-e2e="comment-level-1" class="css-xm2h10-PCommentText"><span dir="">${c}</span></p>
<p class="css-1m1c8xr-PCommentSubContent"><span>${d}</span><span data-e2e="comment-reply-1">Reply</span></p></div>
<div class="css-1swe2xf-DivLikeWrapper"><span data-e2e="comment-like-count">${l}</span></div></div>`,
  )
  .join('\n')}
<div class="css-1qvv5og-DivCommentFooter"><div data-e2e="comment-input">Add comment...</div><button data-e2e="comment-post">Post</button></div></div></div>
</div><div class="css-1vh9l9b-DivVideoListContainer"><p class="css-1v9cywk-PTitle">You may like</p><ul>${links(ttRail)}</ul></div></div></div></div>
<div id="cookie-banner" class="tiktok-cookie-banner"><div class="tiktok-cookie-banner__text">We use cookies to make our site work, to improve it and
to show you relevant content.</div><button>Decline optional cookies</button><button>Allow all</button></div></body></html>`;
const tiktok: TestPage = {
  name: 'heldout319-tiktok-video-blog',
  kind: 'blog',
  html: ttHtml,
  title: ttTitle,
  headings: [],
  body: texts(ttDesc),
  bylines: ['hollis.bakes', 'Hollis Ray', '3-2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TikTok', 'Log in', ...ttNav, ...ttFoot, 'Follow', ...ttTags, 'original sound - Hollis Ray', '3.1M', '9,841', 'Share',
    'https://www.tiktok.com/@hollis.bakes/video/7345120098812', 'Copy link', 'Comments (9,841)', 'Creator videos',
    ...ttComments.flatMap(([u, c, d, l]) => [u ?? '', c ?? '', d ?? '', l ?? '']).filter((t) => t !== 'hollis.bakes'), 'Reply', 'Add comment...', 'Post',
    'You may like', ...ttRail,
    'We use cookies to make our site work, to improve it and to show you relevant content.', 'Decline optional cookies', 'Allow all',
  ],
};

export const HELDOUT319_A: readonly TestPage[] = [telegram, tiktok];
