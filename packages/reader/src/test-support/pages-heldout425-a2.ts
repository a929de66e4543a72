import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file a2: a Vimeo clip page (top navigation, the player, the clip header with the owner and upload date,
 * like / later / collections / share buttons, the description whose text is the body, credits, tags, comments, "More from"
 * rail, cookie banner and footer).
 */
const vTitle = 'Saltmarsh Hours — a short film about the last ferry crossing at Orrin Sound';
const vDesc = [
  j(
    'For forty-one years a flat-bottomed cable ferry carried cars, cattle and schoolchildren four hundred metres across Orrin Sound.',
    'In October the county opened the new causeway bridge, and the ferry made its final crossing on a grey Tuesday with eleven',
    'passengers aboard. We spent the last month of its working life riding back and forth with the crew.',
  ),
  j(
    "The film follows Mabry Quill, who has been the ferry's pilot since she was twenty-six, and her deckhand Tobin Harsey, who is",
    'nineteen and was hired for a job he knew would last a single summer. It is not a film about a bridge. It is about the small',
    'rituals a place builds around a slow crossing: the man who always brings the crew a flask of soup, the dog that rides every',
    'trip, the school run that turns into a ten-minute conversation between parents who otherwise never meet.',
  ),
  j(
    'We shot everything on two small cameras and a single zoom lens, mostly in the low light of early morning, because that is',
    'when the ferry was busiest. The sound of the cable running over the drums became the rhythm of the edit, and the score was',
    'built from recordings made on board.',
  ),
  j(
    'Saltmarsh Hours premiered at the Fennick Coast Film Festival and screened in the small hall at Orrin village before the',
    "bridge opened, with most of the ferry's regulars in the audience. This is the full film, free to watch, with English",
    'subtitles available in the player.',
  ),
  j(
    'A note on the music: every sound in the score was recorded on the ferry or within sight of it. The low drone that opens the',
    'film is the engine idling at the slipway, slowed down, and the bells in the final crossing are the harbour buoys, recorded',
    'from the deck on the last evening. Mabry asked us to leave one crossing in the film with no music at all, and we did.',
  ),
];
const vNav = ['Product', 'Solutions', 'Resources', 'Watch', 'Pricing'];
const vCredits = ['Director: Ilka Brandt', 'Cinematography: Ilka Brandt, Rune Palister', 'Sound and score: Deva Morrow', 'Editor: Oskar Lind'];
const vTags = ['documentary', 'cable ferries', 'short film', 'coast'];
const vMore = ['The Net Menders of Calloway Pier', 'Winter on the Long Sands', 'A Bell for Harrow Church'];
const vComments = ['That last shot of the empty ramp got me. Beautiful work.', 'I grew up two villages over. This is exactly how it felt.'];
const vFoot = ['About', 'Careers', 'Help Center', 'Developers', 'Terms', 'Privacy', 'Cookies'];
const vCmt = (
  u: string,
  when: string,
  t: string,
): string => `<li class="comment_item"><div class="CommentItem_comment__b7Xq2"><a class="CommentItem_author__Q1vdd"
href="/user${u.length}">${u}</a> <span class="CommentItem_time__2oP0K"><time datetime="2026-02-20">${when}</time></span>
<div class="CommentItem_body__rZk1N"><p>${t}</p></div><button class="CommentItem_reply__q2ka8" type="button">Reply</button></div></li>`;
const vHtml = `<!DOCTYPE html><html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>${vTitle} on Vimeo</title>
<meta name="description" content="For forty-one years a flat-bottomed cable ferry carried cars, cattle and schoolchildren across Orrin Sound.">
<meta property="og:site_name" content="Vimeo"><meta property="og:type" content="video.other"><meta property="og:title" content="Saltmarsh Hours">
<link rel="canonical" href="https://vimeo.com/981244510"><link rel="alternate" type="application/json+oembed"
href="https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F981244510">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"VideoObject","name":"Saltmarsh Hours","uploadDate":"2026-02-18T10:14:31-05:00",
"duration":"PT22M04S","author":{"@type":"Person","name":"Ilka Brandt"}}]</script>
<script>window.vimeo = window.vimeo || {}; window.vimeo.clip_page_config = {"clip":{"id":981244510,"title":"Saltmarsh Hours","privacy":"anybody"}};</script>
</head><body class="is-dark"><div id="__next"><div class="Layout_wrapper__mKpQ2">
<header class="topnav_desktop" role="banner"><a class="topnav_logo" href="/" aria-label="Vimeo"></a><nav class="topnav_menu" aria-label="Main">
<ul class="topnav_menu_items">${links(vNav, 'topnav_menu_item')}</ul></nav><div class="topnav_menu_right"><a href="/log_in"
class="topnav_menu_login">Log in</a><a href="/join" class="topnav_menu_join Button_primary__h3pQ1">Join</a></div></header>
<main id="main" class="Layout_main__Pk9aa"><div class="ClipPage_player__1YbVv"><div class="player_area"><div id="player" class="player js-player"
data-clip-id="981244510"><div class="vp-video-wrapper"><video class="vp-video" preload="none"></video></div><div class="vp-controls"><span
class="vp-duration">22:04</span></div></div></div></div>
<div class="ClipPage_content__9dNmB"><section class="clip_info"><div class="clip_info-wrapper"><h1 class="ClipHeader_title__uF2Vg clip_title">${vTitle}</h1>
<div class="clip_info-subline--watch"><div class="ClipHeader_owner__3kd1V"><a href="/ilkabrandt" class="ClipHeader_ownerAvatar__bQ0Xm"><img
src="https://i.vimeocdn.example/portrait/1_72x72" alt="" width="36" height="36"></a><a href="/ilkabrandt" class="ClipHeader_ownerName__kRn2W">Ilka Brandt</a>
<button class="FollowButton_button__gq1Wz" type="button">Follow</button></div><span class="ClipHeader_date__Jx0mp"><time datetime="2026-02-18T10:14:31-05:00"
title="Wednesday, February 18, 2026 at 10:14 AM">2 weeks ago</time></span></div>
<div class="ClipActions_actions__cb5Hk" role="toolbar"><button class="ClipActions_like__o7Gq1" aria-label="Like"><span>Like</span><span
class="ClipActions_count__Yw2S0">1,204</span></button><button aria-label="Watch later"><span>Watch later</span></button><button
aria-label="Add to collections"><span>Collections</span></button><button aria-label="Share"><span>Share</span></button></div>
<div class="clip_details-description description-wrapper" data-testid="clip-description"><div class="ClipDescription_text__x9Zq0 is-expanded">
${ps(vDesc, ' class="first"')}
</div><button class="ClipDescription_toggle__b6mNe" type="button">Show less</button></div>
<div class="ClipCredits_credits__l2Hq7"><h2 class="ClipCredits_heading__fQ2d1">Credits</h2><ul class="ClipCredits_list__3GtmR">
${vCredits.map((c) => `<li class="ClipCredits_item__kP0qv">${c}</li>`).join('\n')}</ul></div>
<div class="ClipTags_tags__n7Z2v"><h2 class="ClipTags_heading__C3sJk">Tags</h2><ul>${links(vTags, 'ClipTags_tag__O9wbs')}</ul></div>
<div class="ClipStats_stats__yF1pL"><span>48.3K plays</span></div></div></section>
<section class="comments_section" id="comments"><h2 class="comments_title">Comments <span class="comments_count">(32)</span></h2>
<div class="comment_form"><p class="comment_form-login"><a href="/log_in">Log in</a> to post a comment</p></div><ul class="comments_list">
${vCmt('Harlan Pryce', '1 week ago', vComments[0] ?? '')}
${vCmt('Sefa Dunmore', '5 days ago', vComments[1] ?? '')}</ul></section></div>
<aside class="ClipPage_sidebar__y4Ptm"><div class="MoreFrom_wrapper__Ik3bS"><h2 class="MoreFrom_heading__pZq8d">More from Ilka Brandt</h2><ul>
${vMore.map((m) => `<li class="MoreFrom_item__fK1c0"><a href="/clip"><span class="MoreFrom_title__q7Rnx">${m}</span></a></li>`).join('\n')}</ul>
<a class="MoreFrom_autoplay__p1Y7z" href="#">Autoplay next video</a></div></aside></main>
<footer class="Footer_footer__0yHcN" role="contentinfo"><ul class="Footer_links__Hn2Xw">${links(vFoot)}</ul><p class="Footer_copyright__zq1bB">© 2026
Vimeo.com, Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog" aria-label="Privacy"><div id="onetrust-policy-text">We use cookies to
improve your experience, analyse traffic and personalise content and ads.</div><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div></div></div>
<script src="https://f.vimeocdn.example/js_opt/app/vimeo-next/_next/static/chunks/main.js" async></script></body></html>`;
export const vimeo: TestPage = {
  name: 'heldout425-vimeo-clip-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts(vDesc),
  bylines: ['Ilka Brandt', '2 weeks ago', 'Harlan Pryce', '1 week ago', 'Sefa Dunmore', '5 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Log in', 'Join', '22:04', 'Follow', 'Like', '1,204', 'Watch later', 'Collections', 'Share', 'Show less', 'Credits', ...vCredits, 'Tags',
    ...vTags, '48.3K plays', 'Comments', '(32)', 'to post a comment', ...vComments, 'Reply', 'More from Ilka Brandt', ...vMore, 'Autoplay next video',
    ...vFoot, '© 2026 Vimeo.com, Inc. All rights reserved.', 'We use cookies to improve your experience, analyse traffic and personalise content and ads.',
    'Accept all', 'Reject all', 'Manage preferences',
  ],
};
