import { links, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout715-kit.js';

/**
 * Held-out batch 715, file f: a refractor star-test thread on an astronomy forum in the style of Cloudy Nights, running IP.Board
 * 3.4 (Invision's classic board: breadcrumb, "Started by" line, topic buttons, post blocks with member title, "topic starter",
 * post count and location, "Posted" lines, a quote with its citation, like bars, signatures, "Back to top" and the viewers
 * line), and an orbital-mechanics question on Physics Stack Exchange (question header with Asked / Modified / Viewed, raw TeX
 * as served before MathJax runs, vote counts, tags, post menus, user cards, comments, an accepted answer, sort control, the
 * guest answer form, sidebar lists and the cookie consent banner).
 */
type CPost = {
  id: number;
  user: string;
  rank: string;
  posts: string;
  loc: string;
  date: string;
  starter?: boolean;
  quote?: [cite: string, text: string];
  paras: string[];
  likes?: string;
  sig?: string;
};
const cTitle = 'Reassembled my 102 f/7 triplet after cleaning, now stars are triangular';
const cPosts: CPost[] = [
  {
    id: 13201455,
    user: 'fenwick_skies',
    rank: 'Apogee',
    posts: '312 posts',
    loc: 'Hollis Ridge, VT',
    date: '01 March 2027 - 08:42 PM',
    starter: true,
    paras: [
      j(
        'I finally worked up the nerve to clean the inside of my 102mm f/7 triplet. There was a film on the inner surface of the rear',
        'element that had been bothering me for a year. I marked the edges of all three elements with a pencil before taking them out,',
        'cleaned them with distilled water and a drop of dish soap, and put everything back in the same order and orientation.',
      ),
      j(
        'Tonight I put it on Capella at 200x and the out-of-focus rings are clearly triangular, and in focus the star has three little',
        'flares. Before the cleaning the star test was textbook. Did I ruin it?',
      ),
    ],
    sig: 'Kestrel 102 f/7 triplet | 8-inch Dob | Tarrow EQ5',
  },
  {
    id: 13201502,
    user: 'wexley_astro',
    rank: 'Escape Velocity',
    posts: '8,921 posts',
    loc: 'Cold Spring Flats, NM',
    date: '01 March 2027 - 09:05 PM',
    paras: [
      j(
        'Almost certainly not ruined. Triangular stars after a reassembly nearly always mean the retaining ring is pinching the lens.',
        'Back the ring off until it is just finger tight, then back it off another few degrees. The elements should be held, not',
        'squeezed.',
      ),
      j(
        'Also check that the thin foil spacers between the elements went back in the same places. If one slipped, the spacing will be',
        'uneven. That usually gives coma on one side rather than a triangle, but it is worth a look while you are in there.',
      ),
    ],
    likes: 'fenwick_skies, LunarLark and Orrin_R like this',
    sig: 'Clear skies, Wex',
  },
  {
    id: 13201561,
    user: 'LunarLark',
    rank: 'Perigee',
    posts: '1,440 posts',
    loc: 'Eastmere, UK',
    date: '01 March 2027 - 09:31 PM',
    quote: ['wexley_astro, on 01 Mar 2027 - 9:05 PM, said:', 'Triangular stars after a reassembly nearly always mean the retaining ring is pinching the lens.'],
    paras: [
      j(
        'This. I had exactly the same thing with my 80mm after I swapped the dew shield, and it was fine once I loosened the ring a',
        'quarter turn. If the night is cold, let the scope cool for an hour before you judge the star test, too. A pinched cell gets',
        'worse as the metal contracts.',
      ),
    ],
  },
  {
    id: 13203318,
    user: 'fenwick_skies',
    rank: 'Apogee',
    posts: '312 posts',
    loc: 'Hollis Ridge, VT',
    date: '02 March 2027 - 10:17 PM',
    starter: true,
    paras: [
      j(
        'That was it! I backed the ring off about a fifth of a turn and the triangle is gone. The rings are round on both sides of focus',
        'again, and Rigel’s companion was a clean split at 150x.',
      ),
      'The foil spacers were all where they should be. Thanks, everyone. Lesson learned: finger tight means finger tight.',
    ],
    likes: 'wexley_astro and LunarLark like this',
    sig: 'Kestrel 102 f/7 triplet | 8-inch Dob | Tarrow EQ5',
  },
  {
    id: 13204790,
    user: 'Orrin_R',
    rank: 'Lift Off',
    posts: '27 posts',
    loc: 'Brackford',
    date: '03 March 2027 - 07:02 AM',
    paras: ['Glad it worked out. Saving this thread for when I am brave enough to clean mine.'],
  },
];
const cNav = ['Forums', 'Classifieds', 'Articles', 'Reviews', 'Calendar', 'Gallery'];
const cCrumbs = ['Darkline Forums', 'Equipment Forums', 'Refractors'];
const cTags = ['triplet', 'star test', 'collimation'];
const cFoot = ['Privacy Policy', 'Forum Terms of Use', 'Disclaimer', 'Contact Us'];
const cPostHtml = (p: CPost, n: number): string => `<div class="post_block hentry clear clearfix" id="post_id_${p.id}"><a id="entry${p.id}"></a>
<div class="post_wrap"><h3 class="row2"><span class="author vcard"><a class="url fn name ___hover___member _hoversetup" data-ipb='{"mid":"${p.id % 88211}"}'
href="https://forums.darkline.com/user/${p.id % 88211}-${p.user.toLowerCase()}/" title="View Profile"><span itemprop="name">${p.user}</span></a></span><a
itemprop="replyToUrl" data-entry-pid="${p.id}" rel="bookmark" title="Link to post #${n + 1}"
href="https://forums.darkline.com/topic/912044-reassembled/?p=${p.id}"
class="post_id">#${n + 1}</a></h3>
<div class="author_info"><div class="user_details"><span class="hover_holder"></span><ul class="basic_info"><p class="desc member_title">${p.rank}</p>
${p.starter && n > 0 ? '<p class="desc topic_starter">topic starter</p>' : ''}<li class="avatar"><a class="ipsUserPhotoLink"
href="https://forums.darkline.com/user/${p.id % 88211}-${p.user.toLowerCase()}/"><img
src="https://forums.darkline.com/uploads/profile/photo-thumb-${p.id % 88211}.jpg"
class="ipsUserPhoto ipsUserPhoto_large" alt=""></a></li><li class="post_count desc lighter">${p.posts}</li></ul>
<ul class="custom_fields"><li><span class="ft">Loc:</span><span class="fc">${p.loc}</span></li></ul></div></div>
<div class="post_body"><p class="posted_info desc lighter ipsType_small">Posted <abbr class="published" itemprop="commentTime"
title="2027-03-01T20:42:00+00:00">${p.date}</abbr></p>
<div itemprop="commentText" class="post entry-content">${
  p.quote
    ? `<blockquote class="ipsBlockquote" data-author="${p.quote[0].replace(/,.*/, '')}" data-cid="13201502"
data-time="1772399100"><p class="citation">${p.quote[0]}</p>
<div class="blockquote"><div class="quote"><p>${p.quote[1]}</p></div></div></blockquote>`
    : ''
}${p.paras.map((t) => `<p>${t}</p>`).join('\n<p>&nbsp;</p>\n')}</div><br>
${
  p.likes
    ? `<div class="ipsLikeBar right clearfix" id="rep_post_${p.id}"><ul class="ipsList_inline"><li class="ipsLikeBar_info">${p.likes}</li><li><a
href="#" title="Like this" class="ipsLikeButton ipsLikeButton_disabled">Like</a></li></ul></div>`
    : ''
}${p.sig ? `<div class="signature" data-memberid="${p.id % 88211}">${p.sig}</div>` : ''}</div>
<ul id="postControlsNormal_${p.id}" class="post_controls clear clearfix"><li class="top"><a href="#ipboard_body" class="top"
title="Go to top">Back to top</a></li>
<li class="report"><a href="https://forums.darkline.com/index.php?app=core&amp;module=reports&amp;rcom=post&amp;tid=912044&amp;pid=${p.id}">Report</a></li></ul>
</div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>${cTitle} - Refractors - Darkline Forums</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge"><link rel="shortcut icon" href="https://forums.darkline.com/favicon.ico">
<meta property="og:title" content="${cTitle}"><meta property="og:site_name" content="Darkline Forums"><meta property="og:type" content="article">
<meta name="description" content="Reassembled my 102 f/7 triplet after cleaning - posted in Refractors: I finally worked up the nerve">
<meta name="keywords" content="triplet, star test, collimation"><link rel="canonical" href="https://forums.darkline.com/topic/912044-reassembled/">
<link rel="stylesheet" type="text/css" media="screen"
href="https://forums.darkline.com/public/min/index.php?ipbv=ae1d2b&amp;f=public/style_css/css_4/ipb_styles.css">
<link rel="stylesheet" type="text/css" media="screen" href="https://forums.darkline.com/public/style_css/css_4/calendar_select.css?ipbv=ae1d2b">
<script type="text/javascript">//<![CDATA[
jsDebug=0; USE_RTE=1; inACP=false; isRTL=false; rtlIe='';rtlFull='';
//]]></script>
<script type="text/javascript" src="https://forums.darkline.com/public/min/index.php?ipbv=ae1d2b&amp;g=js"></script>
<script type="text/javascript">ipb.vars['base_url'] = "https://forums.darkline.com/index.php?s=&"; ipb.vars['member_id'] = parseInt( 0 );
ipb.vars['is_touch'] = false; ipb.topic.topic_id = 912044; ipb.topic.forum_id = 91;</script></head>
<body id="ipboard_body"><p id="content_jump" class="hide"><a id="top"></a><a href="#j_content" title="Jump to content" accesskey="m">Jump to content</a></p>
<div id="ipbwrapper"><div id="header_bar" class="clearfix"><div class="main_width"><div id="user_navigation"
class="not_logged_in"><ul class="ipsList_inline right">
<li><span class="services"></span><span class="ipsType_smaller">Sign in with</span></li><li><a
href="https://forums.darkline.com/index.php?app=core&amp;module=global&amp;section=login"
title="Sign In" id="sign_in">Sign In</a></li><li><a href="https://forums.darkline.com/index.php?app=core&amp;module=global&amp;section=register"
title="Create Account"
id="register_link">Create Account</a></li></ul></div></div></div>
<div id="branding"><div class="main_width"><div id="logo"><a href="https://forums.darkline.com/" title="Go to Darkline Forums" rel="home" accesskey="1"><img
src="https://forums.darkline.com/public/style_images/darkline/logo.png" alt="Logo"></a></div>
<div id="search" class="right"><form action="https://forums.darkline.com/index.php?app=core&amp;module=search&amp;do=search&amp;fromMainBar=1" method="post"
id="search-box"><fieldset><label for="main_search" class="hide">Search</label><span id="search_wrap" class="right"><input type="text" id="main_search"
name="search_term" class="inactive" size="17" tabindex="100"><span class="choice ipbmenu clickable" id="search_options">This topic</span><input type="submit"
class="submit_input clickable" value="Search"></span></fieldset></form></div></div></div>
<div id="primary_nav" class="clearfix"><div class="main_width"><ul class="ipsList_inline" id="community_app_menu">${links(cNav, 'left')}</ul></div></div>
<div id="content" class="clearfix"><a id="j_content"></a>
<div id="secondary_navigation" class="clearfix"><ol class="breadcrumb top ipsList_inline left">${cCrumbs
  .map(
    (t, i) => `<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb">${i > 0 ? '<span class="nav_sep">&rarr;</span> ' : ''}<a
href="https://forums.darkline.com/${i === 0 ? '' : `forum/${90 + i}-${t.toLowerCase().replace(/ /g, '-')}/`}"
itemprop="url"><span itemprop="title">${t}</span></a></li>`,
  )
  .join('\n')}</ol></div><br class="clear">
<div class="ipsBox_withphoto clearfix"><h1 class="ipsType_pagetitle">${cTitle}</h1><div class="desc lighter blend_links">Started by <a
href="https://forums.darkline.com/user/75634-fenwick_skies/" title="View Profile" class="___hover___member _hoversetup">fenwick_skies</a>, <span
class="published">Mar 01 2027 08:42 PM</span></div>
<div class="topic_tags"><img src="https://forums.darkline.com/public/style_images/darkline/icon_tag.png" alt=""> ${cTags
  .map((t) => `<a href="https://forums.darkline.com/tags/forums/${t.replace(/ /g, '+')}/" title="Find other content tagged with '${t}'"><span>${t}</span></a>`)
  .join(', ')}</div></div>
<div class="topic_controls clearfix"><ul class="topic_buttons"><li class="disabled"><span>Please log in to reply</span></li></ul><div class="pagination
clearfix left"><p class="pages"><span class="ipsType_small">4 replies to this topic</span></p></div></div>
<div class="ad_slot ad_topic_top"><span class="ad_label">Sponsored</span></div>
<div class="topic hfeed clear clearfix"><div class="ipsBox">
${cPosts.map(cPostHtml).join('\n')}
</div></div>
<div class="topic_controls clearfix"><ul class="topic_buttons"><li><a href="https://forums.darkline.com/forum/92-refractors/" title="Return to Refractors"
class="ipsButton_secondary">Back to Refractors</a></li></ul></div>
<div id="topic_stats" class="statistics"><div id="topic_active_users" class="active_users"><h4 class="statistics_head">0 user(s) are reading this topic</h4><p
class="statistics_brief desc">0 members, 0 guests, 0 anonymous users</p></div></div>
</div>
<div id="footer_utilities" class="main_width clearfix clear"><ul class="ipsList_inline left">${links(cFoot)}</ul><p
id="copyright">Darkline Media LLC © 2000-2027. All
rights reserved.</p></div></div>
<script type="text/javascript">ipb.global.lightBoxIsOff();</script></body></html>`;
const darkline: TestPage = gold({
  name: 'heldout715-ipboard-refractor-star-test',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras])),
  bylines: [
    'Started by',
    'fenwick_skies',
    'Mar 01 2027 08:42 PM',
    ...cPosts.flatMap((p) => [p.user, `Posted ${p.date}`]),
    'wexley_astro, on 01 Mar 2027 - 9:05 PM, said:',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Sign in with', 'Sign In', 'Create Account', 'Search', 'This topic', ...cNav, ...cCrumbs, ...cTags, 'Please log in to reply',
    '4 replies to this topic', 'Sponsored', ...cPosts.map((_, i) => `#${i + 1}`), ...cPosts.flatMap((p) => [p.rank, p.posts, p.loc]), 'topic starter',
    'Loc:', ...cPosts.flatMap((p) => [p.likes ?? '', p.sig ?? '']).filter((t) => t !== ''), 'Like', 'Back to top', 'Report', 'Back to Refractors',
    '0 user(s) are reading this topic', '0 members, 0 guests, 0 anonymous users', ...cFoot, 'Darkline Media LLC © 2000-2027. All rights reserved.',
  ],
});

type SPost = {
  id: number;
  score: string;
  paras: string[];
  user: string;
  rep: string;
  badges: [string, string][];
  action: string;
  when: string;
  edited?: [string, string?];
  comments: [text: string, user: string, when: string, score?: string][];
  accepted?: boolean;
};
const qTitle = 'Why does atmospheric drag make a satellite speed up?';
const qPost: SPost = {
  id: 812344,
  score: '14',
  paras: [
    j(
      'I read that satellites in low Earth orbit actually speed up as atmospheric drag slows them down, and that this is called the',
      '"satellite drag paradox". This seems impossible to me. Drag acts opposite to the velocity, so it should only ever reduce the speed.',
    ),
    j(
      String.raw`My attempt: for a circular orbit $v = \sqrt{GM/r}$, so a smaller $r$ does give a larger $v$. But I don't see what makes`,
      'the satellite move to a smaller $r$ in the first place, or where the extra kinetic energy comes from if drag is removing energy.',
    ),
    'Is the paradox real, and if so, what is the mechanism?',
  ],
  user: 'Tamsin Okoro',
  rep: '1,263',
  badges: [
    ['4 silver badges', '4'],
    ['15 bronze badges', '15'],
  ],
  action: 'asked',
  when: 'Mar 1 at 14:02',
  edited: ['Mar 1 at 15:30'],
  comments: [
    ['Related: Why do satellites in lower orbits move faster?', 'Pell Aranda', 'Mar 1 at 14:20', '3'],
    ['The key word is "slowly". Think about what the orbit looks like over many revolutions, not over one.', 'Hollis Brandt', 'Mar 1 at 14:35', '5'],
  ],
};
const aPosts: SPost[] = [
  {
    id: 812371,
    score: '21',
    accepted: true,
    paras: [
      j(
        'The paradox is real, and the resolution is that drag does slow the satellite down locally, but gravity speeds it up by more,',
        'because the satellite is losing altitude at the same time.',
      ),
      String.raw`For a circular orbit of radius $r$, the energies are $$K = \frac{GMm}{2r}, \qquad U = -\frac{GMm}{r}, \qquad E = K + U = -\frac{GMm}{2r}.$$`,
      j(
        'Drag removes energy, so $E$ becomes more negative. From the last expression, that means $r$ decreases. But then $K = -E$',
        "increases: for every joule that drag removes, the satellite's kinetic energy goes up by one joule and its potential energy",
        'goes down by two.',
      ),
      j(
        'Mechanically, drag tilts the velocity very slightly below the local horizontal, so the satellite is always falling inward a',
        'little. Gravity then has a small component along the velocity, and that component does positive work. In a slow spiral, the',
        'work done by gravity is exactly twice the energy lost to drag.',
      ),
      j(
        String.raw`This is just the virial theorem for a $1/r$ potential, $2\langle K\rangle = -\langle U\rangle$, applied to a sequence`,
        'of nearly circular orbits.',
      ),
    ],
    user: 'Ravindra Kalloo',
    rep: '18.4k',
    badges: [
      ['3 gold badges', '3'],
      ['41 silver badges', '41'],
      ['77 bronze badges', '77'],
    ],
    action: 'answered',
    when: 'Mar 1 at 15:10',
    edited: ['Mar 1 at 16:44'],
    comments: [['Great answer. The factor of two was exactly what I was missing.', 'Tamsin Okoro', 'Mar 1 at 16:02', '2']],
  },
  {
    id: 812502,
    score: '6',
    paras: [
      j(
        'A way to see it without any algebra: drag makes the satellite fall, and a falling object speeds up. The only question is',
        'whether it speeds up more than drag slows it, and for orbits the answer is yes, because an orbit at a lower altitude needs',
        'a higher speed to stay circular.',
      ),
      j(
        'The same thing happens in reverse with a low-thrust engine pointed forward. Thrust along the velocity raises the orbit and',
        'the satellite ends up moving more slowly, which is why spacecraft "brake" to catch up with a target ahead of them in the',
        'same orbit.',
      ),
    ],
    user: 'Gerrit Vanlo',
    rep: '3,402',
    badges: [
      ['12 silver badges', '12'],
      ['30 bronze badges', '30'],
    ],
    action: 'answered',
    when: 'Mar 2 at 9:15',
    comments: [],
  },
];
const qTags = ['newtonian-mechanics', 'orbital-motion', 'energy-conservation', 'drag', 'satellites'];
const qNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const qLinked = ['Why do satellites in lower orbits move faster?'];
const qRelated = [
  'Does a thrown ball slow down or speed up when it falls back through air?',
  'Energy of a satellite in a decaying orbit',
  'Why does a spacecraft slow down to catch up with another one?',
];
const qHot = [
  'How do I find the voltage across a capacitor after the switch opens?',
  'Why are the rings of Saturn so thin?',
  'Is the speed of sound in a gas independent of pressure?',
];
const qCookie = j(
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance',
  'with our Cookie Policy.',
);
const qCookieLink = '<a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>';
const qFoot = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback', 'Company', 'Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal'];
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const sig = (p: SPost, owner: boolean): string => `<div class="post-signature${owner ? ' owner' : ''} flex--item"><div class="user-info user-hover"><div
class="user-action-time">${p.action} <span title="2027-03-01 14:02:11Z" class="relativetime">${p.when}</span></div><div class="user-gravatar32"><a
href="/users/${p.id % 9973}/${p.user.toLowerCase().replace(/ /g, '-')}"><div class="gravatar-wrapper-32"><img
src="https://i.sstatic.net/avatar${p.id % 97}.png?s=64"
alt="${p.user}'s user avatar" width="32" height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a href="/users/${p.id % 9973}/${p.user.toLowerCase().replace(/ /g, '-')}">${p.user}</a><span class="d-none"
itemprop="name">${p.user}</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${p.rep}</span>${p.badges
  .map(
    ([label, n]) => `<span title="${label}" aria-hidden="true"><span class="badge${label.includes('gold') ? 1 : label.includes('silver') ? 2 : 3}"></span><span
class="badgecount">${n}</span></span><span class="v-visible-sr">${label}</span>`,
  )
  .join('')}</div></div></div></div>`;
const editSig = (p: SPost): string =>
  p.edited
    ? `<div class="post-signature flex--item"><div class="user-info"><div class="user-action-time"><a href="/posts/${p.id}/revisions" title="show all edits to
this post" class="js-gps-track">edited <span title="2027-03-01 15:30:02Z" class="relativetime">${p.edited[0]}</span></a></div></div></div>`
    : '<div class="flex--item mr16" style="flex: 1 1 100px;"></div>';
const comments = (p: SPost): string => `<div id="comments-${p.id}" class="comments js-comments-container bt bc-black-200 mt12" data-post-id="${p.id}"
data-min-length="15"><ul class="comments-list js-comments-list" data-remaining-comments-count="0" data-canpost="false" data-cansee="true"
data-comments-unavailable="false" data-addlink-disabled="true">${p.comments
  .map(
    ([t, u, w, s], i) => `<li id="comment-${p.id * 10 + i}" class="comment js-comment" data-comment-id="${p.id * 10 + i}" data-comment-owner-id="${i}"
data-comment-score="${s ?? 0}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score js-comment-edit-hide">${
      s ? `<span title="number of 'useful comment' votes received" class="cool">${s}</span>` : ''
    }</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${
      t.startsWith('Related:') ? `Related: <a href="https://physics.stackexchange.com/q/771203">${t.replace('Related: ', '')}</a>` : esc(t)
    }</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/${i}/x" class="comment-user">${u}</a></div><span class="comment-date"
dir="ltr"><a class="comment-link" href="#comment${p.id * 10 + i}_${p.id}"><span title="2027-03-01 14:20:33Z, License: CC BY-SA 4.0"
class="relativetime-clean">${w}</span></a></span></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div id="comments-link-${p.id}" data-rep="50" data-anon="true"><a class="js-add-link comments-link" title="Use comments to ask for more information or
suggest improvements. Avoid answering questions in comments." href="#"
role="button">Add a comment</a><span class="js-link-separator dno">&nbsp;|&nbsp;</span></div>`;
const vote = (
  p: SPost,
  kind: 'question' | 'answer',
): string => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column
ai-center gs4 fc-black-300" data-post-id="${p.id}"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip"
data-s-tooltip-placement="right" aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary"
aria-describedby="--stacks-s-tooltip-up"><svg
aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4z"></path></svg></button><div
class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
data-value="${p.score}">${p.score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon
iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8z"></path></svg></button>${
  p.accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right"
title="Loading when this answer was accepted…"
tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36"
height="36"></svg></div></div>`
    : ''
}<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/${p.id}/timeline" data-shortcut="T" aria-label="Timeline"><svg
aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18"></svg></a></div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${p.paras.map((t) => `<p>${esc(t)}</p>`).join('\n')}
</div>${
  kind === 'question'
    ? `<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none
js-post-tag-list-wrapper d-inline">${qTags
        .map(
          (t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag" title="show questions tagged '${t}'"
aria-label="show questions tagged '${t}'" rel="tag">${t}</a></li>`,
        )
        .join('')}</ul></div></div></div>`
    : ''
}
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2"
data-post-id="${p.id}"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/${p.id}" rel="nofollow" itemprop="url"
class="js-share-link js-gps-track" title="Short permalink to this ${kind}">Share</a></div><div class="flex--item"><a href="/posts/${p.id}/edit"
class="js-suggest-edit-post js-gps-track" title="">Improve this ${kind}</a></div><div class="flex--item"><button type="button" id="btnFollowPost-${p.id}"
class="s-btn s-btn__link js-follow-post js-gps-track" aria-controls="" data-controller=" "
data-s-popover-placement="bottom">Follow</button></div></div></div></div>
${editSig(p)}${sig(p, kind === 'question')}</div></div></div>
${comments(p)}</div>`;
const aHtml = (
  p: SPost,
): string => `<div id="answer-${p.id}" class="answer js-answer${p.accepted ? ' accepted-answer js-accepted-answer' : ''}" data-answerid="${p.id}"
data-parentid="${qPost.id}" data-score="${p.score}" data-position-on-page="1" itemprop="${p.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope
itemtype="https://schema.org/Answer"><div class="post-layout">${vote(p, 'answer')}</div></div>`;
const sHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav"
lang="en"><head><title>newtonian mechanics - Why does atmospheric drag make a satellite speed up? - Physics
Stack Exchange</title><link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/physics/Img/favicon.ico?v=2a5e1b">
<link rel="canonical" href="https://physics.stackexchange.com/questions/812344/why-does-atmospheric-drag-make-a-satellite-speed-up">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Physics Stack Exchange"><meta property="og:title" content="${qTitle}">
<meta name="twitter:description" property="og:description"
content="I read that satellites in low Earth orbit actually speed up as atmospheric drag slows them down">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script><script
src="https://cdn.sstatic.net/Js/stub.en.js?v=7c8e3f1a9b2d"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=4a6f9c2e1b7d"><link rel="stylesheet" type="text/css"
href="https://cdn.sstatic.net/Sites/physics/primary.css?v=0e6c3d9a2f41">
<script>StackExchange.init({"locale":"en","serverTime":1772801455,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com","networkMetaHostname":
"meta.stackexchange.com","site":{"name":"Physics Stack Exchange","description":"Q&A for active researchers, academics and students of physics",
"isNoticesTabEnabled":true,
"enableNewTagCreationWarning":true,"insertSpaceAfterNameTabCompletion":false,"id":151},"user":{"fkey":"","tid":"4b1c0f27-9e3a","rep":0,"isAnonymous":true}});
StackExchange.using.setCacheBreakers({"mathjaxEditing":"8c2e7a41f305"});</script>
<script>StackExchange.ready(function () { StackExchange.using("mathjaxEditing", function () {
StackExchange.MarkdownEditor.creationCallbacks.add(function (editor,
postfix) { StackExchange.mathjaxEditing.prepareWmdForMathJax(editor, postfix, [["$", "$"], ["\\\\(","\\\\)"]]); }); }); }, "mathjax-editing");</script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({"HTML-CSS": { preferredFont: "TeX", availableFonts: ["STIX","TeX"] }, tex2jax: { inlineMath: [ ["$",
"$"], ["\\\\(","\\\\)"] ], displayMath: [ ["$$","$$"], ["\\\\[", "\\\\]"] ], processEscapes: true, ignoreClass: "tex2jax_ignore|dno" }});</script>
<script src="https://cdn.sstatic.net/Js/third-party/mathjax/MathJax-2.7.9/MathJax.js?config=TeX-AMS_HTML-full"></script></head>
<body class="question-page unified-theme"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a><div class="s-topbar--container"><a
href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
aria-expanded="false"><span></span></a>
<div class="topbar-dialog leftnav-dialog js-leftnav-dialog dno"></div><a class="s-topbar--logo" href="https://physics.stackexchange.com"><span
class="-img">Physics</span></a><form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar"><div
class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search on Physics…" value="" autocomplete="off"
maxlength="240"
class="s-input s-input__search js-search-field" aria-label="Search on Physics…" aria-controls="top-search"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li class="js-topbar-dialog-corral" role="presentation"></li><li
role="none"><a href="https://physics.stackexchange.com/users/login?ssrc=head"
class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track"
role="menuitem" rel="nofollow">Log in</a></li><li role="none"><a href="https://physics.stackexchange.com/users/signup?ssrc=head" class="s-topbar--item
s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" role="menuitem" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div
class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${qNav
  .map(
    (t) => `<li class="ps-relative${t === 'Questions' ? ' youarehere' : ''}"><a href="/${t === 'Home' ? '' : t.toLowerCase()}"
class="pl8 js-gps-track nav-links--link"
aria-controls="" data-controller="" data-s-popover-placement="right" aria-current="${t === 'Questions' ? 'true' : 'false'}"><div class="d-flex ai-center"><div
class="flex--item truncate">${t}</div></div></a></li>`,
  )
  .join('\n')}</ol></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image"
href="https://cdn.sstatic.net/Sites/physics/Img/apple-touch-icon.png?v=a1b2c3"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/812344/why-does-atmospheric-drag-make-a-satellite-speed-up" class="question-hyperlink">${qTitle}</a></h1><div class="ml12 aside-cta flex--item
sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ws-nowrap"><a href="/questions/ask"
class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2027-03-01 14:02:11Z"><span class="fc-black-400
mr2">Asked</span><time itemprop="dateCreated" datetime="2027-03-01T14:02:11">3 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span
class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2027-03-03 09:10:45Z">yesterday</a></div><div
class="flex--item ws-nowrap mb8" title="Viewed 1,204 times"><span class="fc-black-400 mr2">Viewed</span>1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="${qPost.id}" data-position-on-page="0"
data-score="${qPost.score}" id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow
everyoneloves__top-leaderboard everyoneloves__leaderboard"></div></div><div class="post-layout">${vote(qPost, 'question')}</div></div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"
data-answercount="2">2 Answers <span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div class="d-flex g4 gsx ai-center
sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted
by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc"
href="/questions/812344/why-does-atmospheric-drag-make-a-satellite-speed-up?answertab=scoredesc#tab-top">Reset to default</a></div><div
class="flex--item s-select"><select
id="answer-sort-dropdown-select-menu"><option value="scoredesc"
selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest
first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
${aPosts.map(aHtml).join('\n')}
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><h2 class="bottom-notice">Find the answer to your question by asking.</h2><a
href="/questions/ask" class="s-btn s-btn__filled">Ask question</a>
<h2 class="bottom-notice" data-loc="2">Explore related questions</h2><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${qTags
  .map((t) => `<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/${t}" class="post-tag" rel="tag">${t}</a></li>`)
  .join('')}</ul><p>See similar questions with these tags.</p></div></div>
<div id="sidebar" class="show-votes" role="complementary"
aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16"
data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text fc-black-600 d-flex fd-column
ai-start">Featured on Meta</li><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl1"><a
href="https://physics.meta.stackexchange.com/questions/15001"
class="js-gps-track">Homework policy: a reminder for the new semester</a></div></li></ul></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked" data-tracker="lq=1">${qLinked
  .map(
    (t) => `<div class="spacer"><a href="https://physics.stackexchange.com/q/771203"
title="Question score (highest is best)"><div class="answer-votes answered-accepted
default s-badge s-badge__votes">31</div></a><a href="https://physics.stackexchange.com/questions/771203" class="question-hyperlink">${t}</a></div>`,
  )
  .join('')}</div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">${qRelated
  .map(
    (t, i) => `<div class="spacer"><a href="https://physics.stackexchange.com/q/${700000 + i}"><div class="answer-votes answered-accepted default s-badge
s-badge__votes">${[12, 4, 9][i] ?? 1}</div></a><a href="https://physics.stackexchange.com/questions/${700000 + i}" class="question-hyperlink">${t}</a></div>`,
  )
  .join('')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot"
class="js-gps-track s-link s-link__inherit">Hot
Network Questions</a></h4><ul>${qHot
  .map(
    (t) => `<li><div class="favicon favicon-physics" title="Physics Stack Exchange"></div><a href="https://physics.stackexchange.com/q/1"
class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div></div></div>
<div id="post-form" class="post-form js-inline-answer"><h2 class="space" id="your-answer-header">Your Answer</h2><form id="post-form-812344"
action="/questions/812344/answer/submit"
method="post" class="js-add-answer-component"><div id="post-editor" class="post-editor js-post-editor"><div class="wmd-container mb8"><textarea id="wmd-input"
class="wmd-input s-input bar0 js-post-body-field" name="post-text" cols="92" rows="15" aria-labelledby="your-answer-header" tabindex="101"
data-min-length=""></textarea></div></div><div class="js-general-error general-error"></div><div id="post-form-sign-up"
class="mb16"><h2 class="mb8 fs-title">Sign up or <a
id="login-link" href="/users/login?ssrc=question_page">log in</a></h2></div><div class="js-login-form"><h2 class="mb16 fs-title">Post as a guest</h2><label
class="s-label mb4 d-block" for="display-name">Name</label><input id="display-name" type="text" name="display-name" class="s-input"><label class="s-label mb4
d-block" for="m-address">Email</label><p class="s-description mt2">Required, but never shown</p><input id="m-address" type="email" name="m-address"
class="s-input"></div><div class="ps-relative"><button class="s-btn s-btn__filled" id="submit-button" type="submit" tabindex="120">Post Your Answer</button><div
class="fc-black-500 mt8">By clicking “Post Your Answer”, you agree to our <a
href="https://stackoverflow.com/legal/terms-of-service/public">terms of service</a> and
acknowledge you have read our <a href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</div></div></form></div></div>
<footer id="footer" class="site-footer js-footer"
role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><ul class="-list">${links(qFoot)}</ul></nav>
<p class="site-footer--copyright fs-fine md:mt24">Site design / logo © 2027 Stack Exchange Inc; user contributions licensed under <a
href="https://stackoverflow.com/help/licensing">CC BY-SA</a>. <span id="svnrev">rev 2027.3.4.41872</span></p></div></footer>
<div id="onetrust-consent-sdk"><div class="otFlat ot-bottom" id="onetrust-banner-sdk" tabindex="0" role="region" aria-label="Cookie banner"><div
id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><div
id="onetrust-policy-text">${qCookie.replace('Cookie Policy', qCookieLink)}</div></div><div
id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button
class="ot-pc-refuse-all-handler" id="onetrust-reject-all-handler">Necessary cookies only</button><button
id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></div>
</body></html>`;
const physicsSe: TestPage = gold({
  name: 'heldout715-stackexchange-drag-paradox',
  kind: 'forum',
  html: sHtml,
  title: qTitle,
  headings: [],
  body: texts([...qPost.paras, ...qPost.comments.map(([t]) => t), ...aPosts.flatMap((p) => [...p.paras, ...p.comments.map(([t]) => t)])].map(esc)),
  bylines: [
    'Asked',
    '3 days ago',
    'Modified',
    'yesterday',
    ...[qPost, ...aPosts].flatMap((p) => [
      ...(p.edited ? [`edited ${p.edited[0]}`] : []),
      `${p.action} ${p.when}`,
      p.user,
      ...p.comments.flatMap(([, u, w]) => [u, w]),
    ]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Physics', 'Log in', 'Sign up', ...qNav, 'Ask Question', 'Viewed', '1k times', ...[qPost, ...aPosts].map((p) => p.score),
    ...qTags, 'Share', 'Improve this question', 'Improve this answer', 'Follow', ...[qPost, ...aPosts].flatMap((p) => [p.rep, ...p.badges.map(([l]) => l)]),
    ...[qPost, ...aPosts].flatMap((p) => p.comments.map(([, , , s]) => s ?? '')).filter((s) => s !== ''), 'Add a comment', '2 Answers', 'Sorted by:',
    'Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)', 'Start asking to get answers',
    'Find the answer to your question by asking.', 'Ask question', 'Explore related questions',
    'See similar questions with these tags.', 'Featured on Meta', 'Homework policy: a reminder for the new semester', 'Linked', ...qLinked, '31', 'Related',
    ...qRelated, '12', '4', '9', 'Hot Network Questions', ...qHot, 'Your Answer', 'Sign up or log in', 'Post as a guest', 'Name', 'Email',
    'Required, but never shown', 'Post Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.', ...qFoot,
    'Site design / logo © 2027 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2027.3.4.41872', 'Your privacy', qCookie,
    'Accept all cookies', 'Necessary cookies only', 'Customize settings',
  ],
});

export const HELDOUT715_F: readonly TestPage[] = [darkline, physicsSe];
