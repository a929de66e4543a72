import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 40, file d2: a Fandom Discussions post with replies on a game wiki (the FandomDesktop global navigation, the
 * community header with the wiki's explore menu, the Discussions app: category crumb, author line with avatar, badge and time,
 * the post title and text, upvote / reply counts, "Follow" and "Share", "View older replies", replies with their own author
 * lines, badges and upvotes, the logged-out "Sign in to reply" box, the categories rail with the guidelines link, and the big
 * Fandom footer).
 */
type Reply = { who: string; badge?: string; at: string; ups: string; paras: string[] };
const fdTitle = 'Theory: the Lantern Keeper is Mira’s mother';
const fdOp = 'Ashgrove_Reader';
const fdPost = [
  'I finished my second playthrough last night and I am now fairly sure the Lantern Keeper is Mira’s mother, or at least is meant ' + 'to be read that way.',
  'Three things convinced me. First, the Keeper hums the same lullaby that plays over the opening credits, the one Mira says her ' +
    'mother used to sing. Second, if you light every lamp in the Sunken Quarter before meeting her, the Keeper’s line changes from ' +
    '‘You are late, traveller’ to ‘You are late again’. Third, the locket in the lighthouse has two initials scratched out, and one ' +
    'of them is clearly an M.',
  'I know the writers said in the launch stream that they would never confirm anything, but I think the game is telling us pretty ' +
    'directly. Am I missing something that rules it out?',
];
const fdReplies: Reply[] = [
  {
    who: 'Corvid_Hollow',
    badge: 'Discussions Moderator',
    at: 'Mar 9, 2025',
    ups: '34',
    paras: [
      'The lullaby is a great catch. One problem though: the Ferryman’s journal says Mira’s mother left the Quarter before the ' +
        'flood, and the Keeper talks about ‘the night the water came’ as if she was there.',
    ],
  },
  {
    who: fdOp,
    at: 'Mar 9, 2025',
    ups: '21',
    paras: [
      'True, but the journal is the Ferryman’s account, and we find out in chapter five that he lies about the bridge. I would not ' + 'trust him on dates.',
    ],
  },
  {
    who: 'lumen_moth',
    at: 'Mar 10, 2025',
    ups: '8',
    paras: ['I always assumed the Keeper was Aunt Sel. She uses the same greeting, and the art book lists them on the same model sheet.'],
  },
  {
    who: 'TidewaterTom',
    badge: 'Content Moderator',
    at: 'Mar 10, 2025',
    ups: '47',
    paras: [
      'The second line only changes if you also skipped the market. I tested it twice: light every lamp but visit the market first ' +
        'and you still get ‘You are late, traveller’.',
      'So it might be about the time of day rather than about Mira at all.',
    ],
  },
  {
    who: fdOp,
    at: 'Mar 11, 2025',
    ups: '13',
    paras: [
      'Oh, that is interesting. Then maybe the ‘again’ line belongs to the loop theory after all. I am still keeping the mother ' +
        'theory for the lullaby alone.',
    ],
  },
];
const fdAuthor = (who: string, at: string, badge?: string): string => `<div class="EntityHeader_entity-header__YkRt1"><a href="/wiki/User:${who}"
class="EntityHeader_avatar__Jp2sm"><img class="wds-avatar__image" src="https://static.wikia.nocookie.net/messaging/images/avatar-${who.length}.png"
alt="${who}" width="30" height="30"></a><div class="EntityHeader_header-details__QmL7d"><a href="/f/u/4381${who.length}27"
class="EntityHeader_name__x2Lq0">${who}</a>${
  badge ? `<span class="UserBadge_badge__v1Rk3" title="${badge}">${badge}</span>` : ''
}<span class="EntityHeader_middot__Hq0B7">•</span><time class="EntityHeader_timestamp__b8MkA" datetime="2025-03-09">${at}</time></div></div>`;
const fdReply = (r: Reply, i: number): string => `<li class="Reply_reply__Xe9Pw" data-reply-id="440000000000${i}7121">${fdAuthor(r.who, r.at, r.badge)}
<div class="Reply_body__t0Qn4 ContentRenderer_content__pV2Ym">${r.paras.map((p) => `<p>${p}</p>`).join('')}</div><div class="Reply_actions__j8dRf"><button
type="button" class="UpvoteButton_upvote__aW4fT" aria-label="Upvote"><svg class="wds-icon wds-icon-tiny"><use xlink:href="#wds-icons-upvote-tiny"></use>
</svg><span>${r.ups}</span></button></div></li>`;
const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdWiki = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fdCats = ['All', 'General', 'Theories', 'Lore', 'Fan Art', 'Help & Questions'];
const fdOverview = ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap'];
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fdTitle} | Fandom</title>
<meta name="description" content="${fdPost[0]}"><meta property="og:site_name" content="Hollowmere Wiki"><meta property="og:title" content="${fdTitle}">
<link rel="canonical" href="https://hollowmere.fandom.com/f/p/4400000000000087315"><link rel="stylesheet" href="https://static.wikia.nocookie.net/silversurfer/
discussions/assets/app-6f1c0e2b.css"><script>window.fandomContext={"site":{"wikiId":2214839,"siteName":"hollowmere","vertical":"games"},"discussions":
{"postId":"4400000000000087315","threadId":"4400000000000087315"}};</script></head>
<body class="skin-fandomdesktop theme-fandomdesktop-dark discussions"><div class="global-navigation" data-tracking-label="global-navigation"><a
href="https://www.fandom.com/" class="global-navigation__logo" aria-label="Fandom"><svg width="100" height="30" aria-hidden="true"><use
xlink:href="#wds-brand-fandom-logo"></use></svg><span class="global-navigation__label">FANDOM</span></a><nav class="global-navigation__nav"><ul>${links(
  fdGlobal,
  'global-navigation__link',
)}</ul></nav><div class="global-navigation__bottom"><span>Don’t have an account?</span><a href="https://auth.fandom.com/register"
class="wds-button">Register</a><a href="https://auth.fandom.com/signin" class="wds-button wds-is-secondary">Sign In</a></div></div>
<div class="main-container"><header class="community-header-wrapper"><div class="fandom-community-header"><a href="https://hollowmere.fandom.com/wiki/"
class="fandom-community-header__image"><img src="https://static.wikia.nocookie.net/hollowmere/images/e/e6/Site-logo.png" alt="Hollowmere Wiki"
width="174" height="65"></a><div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper"><a
href="https://hollowmere.fandom.com/wiki/" class="fandom-community-header__community-name">Hollowmere Wiki</a></div></div><nav
class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu"><span>Explore</span><ul
class="wds-list wds-is-linked">${links(fdWiki)}</ul></li>${links(['Characters', 'Locations', 'Chapters'], 'wds-tabs__tab')}</ul></nav></div></header>
<div id="discussions-app" class="DiscussionsApp_app__hB6m2"><div class="PostDetail_layout__Fw2pZ"><main class="PostDetail_main__q8Rt1"><nav
class="PostDetail_breadcrumbs__b3Zc0" aria-label="Breadcrumbs"><a href="/f">Discussions</a><span aria-hidden="true">›</span><a
href="/f?catId=4400000000000000205">Theories</a></nav><article class="Post_post__eZ3kG">${fdAuthor(fdOp, 'March 9, 2025', '')}<h1
class="Post_title__Wm5xS">${fdTitle}</h1><div class="Post_content__Vx1cA ContentRenderer_content__pV2Ym">${fdPost.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="Post_category__G8wqP"><span class="CategoryPill_pill__n2Xb7">Theories</span></div><div class="Post_actions__Hl2dw"><button type="button"
class="UpvoteButton_upvote__aW4fT" aria-label="Upvote"><span>128</span></button><span class="Post_replies__vA0nK">5 Replies</span><button
type="button" class="FollowButton_follow__U3cYt">Follow</button><button type="button" class="ShareButton_share__x0Lm8">Share</button></div></article>
<section class="ReplyList_replies__O2pKc" aria-label="Replies"><button type="button" class="ReplyList_older__f9Nn1">View older replies</button><ul>
${fdReplies.map(fdReply).join('\n')}
</ul><div class="ReplyEditor_anon__m5Qd2"><p>Sign in to reply to this post.</p><a href="https://auth.fandom.com/signin" class="wds-button">Sign In</a></div>
</section></main><aside class="PostDetail_rail__z7Vd8"><section class="CategoriesRail_rail__Qx4nE"><h2>Categories</h2><ul>${links(
  fdCats,
  'CategoriesRail_category__p1Bq6',
)}</ul></section><section class="GuidelinesRail_rail__k2Ls0"><h2>Hollowmere Wiki Discussions Guidelines</h2><p>Be kind, mark spoilers, and keep theories
about unreleased chapters in the Theories category.</p><a href="/f/guidelines">Read the full guidelines</a></section><div id="top_boxad"
class="ad-slot" data-slot-name="top_boxad"></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__section"><h3>Explore properties</h3><ul>${links([
  'Fandom',
  'Fanatical',
  'GameSpot',
  'Metacritic',
  'TV Guide',
])}</ul></div><div class="global-footer__section"><h3>Follow Us</h3></div><div class="global-footer__section"><h3>Overview</h3><ul>${links(
  fdOverview,
)}</ul></div><div class="global-footer__section"><h3>Advertise</h3><ul>${links(['Media Kit'])}</ul></div><div class="global-footer__section"><h3>Fandom
Apps</h3><p>Take your favorite fandoms with you and never miss a beat.</p></div></div><div class="global-footer__bottom"><p>Hollowmere Wiki is a FANDOM Games
Community.</p><a href="?mobileaction=toggle_view_mobile" class="global-footer__bottom-link">View Mobile Site</a></div></footer>
<script src="https://static.wikia.nocookie.net/silversurfer/discussions/assets/app-91d3b0e7.js" defer></script></body></html>`;
export const fandomDiscussions: TestPage = {
  html: fdHtml,
  name: 'heldout40-fandom-discussions',
  kind: 'forum',
  // the post has a title of its own (the h1); the post text and the five replies (two of them the poster's) are body, in page
  // order; usernames and times are bylines; moderator badges, the category crumb and pill, the upvote counts, "5 Replies",
  // "Follow", "Share", "View older replies", the sign-in box, the categories and guidelines rails, the global and wiki
  // navigation and the footer are furniture; the rail's "Theories" is the crumb and the pill too (listed once); the rail's "All"
  // and the footer's "About" are body words: left out
  title: fdTitle,
  headings: [],
  body: [...fdPost, ...fdReplies.flatMap((r) => r.paras)],
  bylines: [fdOp, 'Corvid_Hollow', 'lumen_moth', 'TidewaterTom', 'March 9, 2025', 'Mar 9, 2025', 'Mar 10, 2025', 'Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FANDOM', ...fdGlobal, 'Don’t have an account?', 'Register', 'Sign In', 'Hollowmere Wiki', 'Explore', ...fdWiki, 'Characters', 'Locations', 'Chapters',
    'Discussions', 'Theories', '128', '5 Replies', 'Follow', 'Share', 'View older replies', 'Discussions Moderator', '34', '21', '8', 'Content Moderator',
    '47', '13', 'Sign in to reply to this post.', 'Categories',
    ...fdCats.filter((c) => c !== 'Theories' && c !== 'All'), 'Hollowmere Wiki Discussions Guidelines',
    'Be kind, mark spoilers, and keep theories about unreleased chapters in the Theories category.', 'Read the full guidelines', 'Explore properties',
    'Fandom', 'Fanatical', 'GameSpot', 'Metacritic', 'TV Guide', 'Follow Us', 'Overview',
    ...fdOverview.filter((t) => t !== 'About'), 'Advertise', 'Media Kit', 'Fandom Apps',
    'Take your favorite fandoms with you and never miss a beat.', 'Hollowmere Wiki is a FANDOM Games Community.', 'View Mobile Site',
  ],
};
