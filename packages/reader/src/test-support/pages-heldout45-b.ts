import { type TestPage, texts } from './page-kit.js';
import { letterboxdReview } from './pages-heldout45-b2.js';

/**
 * Held-out batch 45, file b: a TikTok video page as a logged-out visitor saves it (emotion class names with component names,
 * the rehydration JSON, the top bar with search, "Get app" and "Log in", the side nav with its footer links, the video player
 * and its time, the author block with nickname and date, the caption with hashtag links, the music line, like, comment, save
 * and share counts, "Copy link", the "Comments" and "Creator videos" tabs, comments with "Creator" and "Liked by creator" labels,
 * replies, "Reply" and like counts, "View more" links, the "You may like" rail and the empty cookie-banner element).
 * The Letterboxd review page of this file is in pages-heldout45-b2.ts.
 */
const ttUser = 'grandpa.greg.fixes';
const ttNick = 'Greg Antoniou';
const ttTitle = 'Ruth’s cuckoo clock is ticking again after eleven years 🕰️';
const ttCaption = [
  'The bellows were cracked and the chain had slipped off the sprocket, which is why it ran for an hour and then stopped. New ' +
    'bellows paper, a drop of clock oil on each pivot and a lot of patience with the little door spring.',
  'Part 3 will be the carving repair on the roof, once the glue I ordered actually arrives.',
];
const ttTags = ['#clockrepair', '#cuckooclock', '#fixitdontbinit', '#grandpasworkshop'];
type TtComment = { who: string; when: string; likes: string; text: string; label?: string; replies?: TtComment[]; more?: string };
const ttComments: TtComment[] = [
  {
    who: 'mara.delgado_',
    when: '3d ago',
    likes: '2,318',
    text: 'The moment the bird came out I actually gasped. Please tell Ruth the whole internet is happy for her.',
    replies: [
      {
        who: ttUser,
        when: '3d ago',
        likes: '906',
        label: 'Creator',
        text: 'She watched it with me and cried a bit, so I will pass that on. Thank you, Mara.',
      },
    ],
    more: 'View 14 more',
  },
  {
    who: 'tomasz.builds',
    when: '3d ago',
    likes: '412',
    text: 'Bellows paper is the part nobody talks about. Mine was 60 years old and turned to dust when I touched it. Where do you ' + 'buy it these days?',
    replies: [
      {
        who: ttUser,
        when: '2d ago',
        likes: '188',
        label: 'Creator',
        text: 'A clock supply shop in Leeds sells it by the sheet for about four pounds. Any thin kid leather works in a pinch too.',
      },
    ],
    more: 'View 3 more',
  },
  { who: 'sunnyside_jules', when: '2d ago', likes: '1,977', text: 'Grandpa Greg content is the only thing keeping my feed wholesome right now' },
  {
    who: 'hollis.watchmaker',
    when: '2d ago',
    likes: '894',
    label: 'Liked by creator',
    text:
      'Good tip on oiling the pivots only. Anyone reading this: do not spray WD-40 into a clock movement, it gums up within a ' +
      'year and you will pay far more to have it cleaned properly.',
  },
  { who: 'priya.rao.93', when: '1d ago', likes: '655', text: 'Waiting for part 3 like it is a season finale' },
  {
    who: 'old_clocks_of_tyneside',
    when: '1d ago',
    likes: '203',
    text: 'Lovely Black Forest movement, looks like a 1970s Hubert Herr from the plate. Those were built like tanks.',
  },
  {
    who: 'benji.kowalczyk',
    when: '20h ago',
    likes: '97',
    text: 'My dad had the exact same clock in the hallway and it drove my mum mad every quarter hour. Watching this made me miss ' + 'the noise, honestly.',
  },
];
const ttAll = ttComments.flatMap((c) => [c, ...(c.replies ?? [])]);
const ttNav = ['For You', 'Explore', 'Following', 'Friends', 'LIVE', 'Upload', 'Profile', 'More'];
const ttNavFoot = ['Company', 'Program', 'Terms & Policies'];
const ttMayLike = [
  'Restoring a 1930s mantel clock that sat in a barn for 50 years',
  'Why you should never oil the mainspring of a clock',
  'My grandad’s workshop tour, part 1',
];
const ttCss = (hash: string, name: string, e: string): string => `css-${hash}-5e6d46e3--${name} ${e}`;
const ttComment = (c: TtComment, level: number, i: number): string => `<div class="${ttCss('1gstnae', 'DivCommentItemWrapper', 'eo72wou0')}">
<div class="${ttCss('1mf23fd', 'DivContentContainer', 'e1g2efjf1')}"><a data-e2e="comment-avatar-${level}"
class="${ttCss('1c9z3k7', 'StyledLink', 'e1g2efjf2')}"
href="/@${c.who}"><span shape="circle" class="${ttCss('1zpj2q', 'SpanAvatarContainer', 'e1vl87hj0')}"><img loading="lazy" alt=""
src="https://p16-sign.tiktokcdn.example/${i}.jpeg"
class="${ttCss('1zpj2q', 'ImgAvatar', 'e1vl87hj1')}"></span></a><div class="${ttCss('ulyotp', 'DivCommentContentContainer', 'e1g2efjf3')}">
<div data-e2e="comment-username-${level}" class="${ttCss('13x3qpp', 'DivUsernameContentWrapper', 'e1g2efjf4')}"><a href="/@${c.who}" class="link-a11y-focus">
<p class="TUXText TUXText--tiktok-sans TUXText--weight-medium" style="color:inherit;font-size:14px">${c.who}</p></a>${
  c.label === undefined ? '' : `<span class="${ttCss('1w3b0p1', 'SpanCreatorLabel', 'e1g2efjf9')}" data-e2e="comment-label">${c.label}</span>`
}</div>
<span data-e2e="comment-level-${level}" class="TUXText TUXText--tiktok-sans TUXText--weight-normal" style="color:inherit;font-size:16px">
<span dir="">${c.text}</span></span><div class="${ttCss('1ivw6bb', 'DivCommentSubContentWrapper', 'e1g2efjf6')}">
<span class="TUXText TUXText--tiktok-sans TUXText--weight-normal" style="color:var(--ui-text-3);font-size:14px">${c.when}</span>
<span data-e2e="comment-reply-${level}" role="button" class="TUXText TUXText--tiktok-sans TUXText--weight-medium">Reply</span></div></div>
<div class="${ttCss('1nd5cw', 'DivLikeContainer', 'edeod5e0')}"><div role="button" tabindex="0" aria-label="Like video\n${c.likes} likes" aria-pressed="false">
<svg fill="currentColor" width="20" height="20"></svg></div><span class="TUXText TUXText--tiktok-sans"
style="color:var(--ui-text-3);font-size:14px">${c.likes}</span>
</div></div>${
  c.replies === undefined
    ? ''
    : `<div class="${ttCss('9kgp5o', 'DivReplyContainer', 'e1g2efjf7')}">${c.replies.map((r) => ttComment(r, 2, i + 20)).join('\n')}
<div class="${ttCss('1un9syq', 'DivViewRepliesContainer', 'e1g2efjf8')}"><div role="button" tabindex="0"
class="${ttCss('1idgi02', 'DivViewMoreReplies', 'e1g2efjf12')}">
<span class="TUXText TUXText--tiktok-sans TUXText--weight-medium">${c.more}</span><svg width="12" height="12"></svg></div>
<div role="button" tabindex="0" class="${ttCss('1idgi02', 'DivViewMoreReplies', 'e1g2efjf12')}"><span
class="TUXText TUXText--weight-medium">Hide</span></div></div></div>`
}</div>`;
const ttHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>${ttTitle} #clockrepair #cuckooclock | TikTok</title>
<meta name="description" content="48.2K likes, 1,204 comments. “${ttTitle}”">
<meta property="og:title" content="TikTok · ${ttNick}"><meta property="og:type" content="video.other">
<link rel="canonical" href="https://www.tiktok.com/@${ttUser}/video/7568914420186647830">
<style data-emotion="tiktok" data-s="">.css-1gstnae-5e6d46e3--DivCommentItemWrapper{display:flex;flex-direction:column;margin-bottom:16px}</style>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.app-context":{"language":"en","region":"GB"},
"webapp.video-detail":{"itemInfo":{"itemStruct":{"id":"7568914420186647830","desc":"${ttTitle} The bellows were cracked…","createTime":"1762178400",
"author":{"uniqueId":"${ttUser}","nickname":"${ttNick}"},"music":{"title":"original sound"},"stats":{"diggCount":48200,"commentCount":1204,
"collectCount":3870,"shareCount":2211}}},"statusCode":0}}}</script></head>
<body><div id="app"><div class="${ttCss('1oigwd5', 'DivHeaderWrapper', 'e10win0d0')}"><div class="${ttCss('1s3z6xd', 'DivHeaderContainer', 'e10win0d1')}">
<a href="/" aria-label="Go to TikTok For You feed" class="${ttCss('1wjbu5b', 'StyledLinkLogo', 'e1ggpfn70')}"><svg aria-hidden="true" height="42"></svg>
<strong class="${ttCss('1wvdcok', 'StrongLogo', 'e1ggpfn71')}">TikTok</strong></a><div class="${ttCss('3dcm4v', 'DivSearchFormContainer', 'e1xi6v210')}">
<form data-e2e="search-box" action="/search"><input placeholder="Search" name="q" type="search" aria-label="Search"><button data-e2e="search-box-button"
type="submit" aria-label="Search"><svg width="24" height="24"></svg></button></form></div><div
class="${ttCss('1ku9ne7', 'DivHeaderRightContainer', 'e13wiwn60')}">
<a href="/download" class="${ttCss('1pt3vj1', 'StyledGetAppLink', 'e1nzhyj70')}">Get app</a>
<button type="button" data-e2e="top-login-button" class="TUXButton TUXButton--default TUXButton--medium TUXButton--primary">
<div class="TUXButton-content"><div class="TUXButton-label">Log in</div></div></button></div></div></div>
<div class="${ttCss('1hd9vbb', 'DivBodyContainer', 'e1irlljg0')}"><div class="${ttCss('1nq8ptb', 'DivSideNavContainer', 'e1u58fka0')}">
<nav class="${ttCss('1fhx1ai', 'DivMainNavContainer', 'e1u58fka1')}"><ul>${ttNav
  .map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '')}" class="${ttCss('1abcrcc', 'StyledTmpLink', 'e5fkfua3')}"><span>${t}</span></a></li>`)
  .join('')}</ul></nav>
<div class="${ttCss('10hs9jh', 'DivLoginContainer', 'e1cpsrvv0')}"><p
class="${ttCss('5mi4jg', 'PLoginTip', 'e1cpsrvv1')}">Log in to follow creators, like videos,
and view comments.</p><button class="TUXButton TUXButton--secondary">Log in</button></div>
<div class="${ttCss('1s1t7bz', 'DivFooterContainer', 'e1nlmz5z0')}"><a class="${ttCss('1ubnvgt', 'StyledEffectHouseLink', 'e1nlmz5z5')}"
href="https://effecthouse.tiktok.example/">Create TikTok effects, get rewarded</a><h4 class="${ttCss('3bp0xs', 'H4Link', 'e1nlmz5z1')}">
${ttNavFoot.map((t) => `<span>${t.replace(/&/g, '&amp;')}</span>`).join('\n')}</h4><span
class="${ttCss('1fksjue', 'SpanCopyright', 'e1nlmz5z4')}">© 2025 TikTok</span></div></div>
<div class="${ttCss('1r8z7cy', 'DivMainContainer', 'e1r2eq1s0')}"><div class="${ttCss('11mt08f', 'DivBrowserModeContainer', 'e11s2kul0')}">
<div class="${ttCss('1gvbxlu', 'DivVideoContainer', 'e11s2kul1')}"><div class="${ttCss('1yen1x9', 'DivVideoWrapper', 'e1yey0rl1')}">
<video playsinline="" preload="auto" crossorigin="use-credentials"
src="https://v16-webapp-prime.tiktok.example/video/tos/7568914420186647830.mp4"></video></div>
<div class="${ttCss('1ngeb9o', 'DivVideoControlContainer', 'e1ya9dnw0')}"><div
class="${ttCss('1cnc6zr', 'DivSeekBarTimeContainer', 'e1ya9dnw1')}">00:12/01:47</div>
<div role="button" aria-label="Play">Play</div><div role="button" aria-label="Volume">Volume</div></div></div>
<div class="${ttCss('1qjw4dg', 'DivContentContainer', 'e1mecfx00')}"><div class="${ttCss('1b5sxbw', 'DivDescriptionContentWrapper', 'e1mecfx011')}">
<div class="${ttCss('1xjn8pl', 'DivInfoContainer', 'evv7pft0')}"><a data-e2e="browse-user-avatar" href="/@${ttUser}"><span shape="circle"><img alt="${ttNick}"
src="https://p16-sign.tiktokcdn.example/avatar.jpeg"></span></a><a href="/@${ttUser}" class="${ttCss('1l3by6', 'StyledLink', 'e1g2yhv81')}">
<span data-e2e="browse-username" class="${ttCss('1c7urt', 'SpanUniqueId', 'evv7pft1')}">${ttUser}</span><br>
<span data-e2e="browser-nickname" class="${ttCss('1xccqfx', 'SpanNickName', 'evv7pft4')}"><span>${ttNick}</span><span style="margin:0 4px"> · </span>
<span>11-3</span></span></a><button data-e2e="browse-follow" type="button" class="TUXButton TUXButton--default TUXButton--medium TUXButton--primary">
<div class="TUXButton-label">Follow</div></button></div>
<div class="${ttCss('1ox8yba', 'DivMainContent', 'e1mecfx01')}"><div data-e2e="browse-video-desc" class="${ttCss('1nst91u', 'DivContainer', 'ejg0rhn0')}">
<span class="${ttCss('j2a19r', 'SpanText', 'efbd9f0')}">${ttTitle}</span><br><span class="${ttCss('j2a19r', 'SpanText', 'efbd9f0')}">${ttCaption[0]}</span><br>
<span class="${ttCss('j2a19r', 'SpanText', 'efbd9f0')}">${ttCaption[1]}</span><br>
${ttTags
  .map(
    (t) => `<a data-e2e="search-common-link" href="/tag/${t.slice(1)}"><strong
class="${ttCss('1qkxi2d', 'StrongText', 'ejg0rhn2')}">${t}</strong></a>`,
  )
  .join(' ')}
</div><h4 data-e2e="browse-music" class="${ttCss('1gq1hw6', 'H4Link', 'ejg0rhn4')}"><a href="/music/original-sound-7568914465213040406">
<svg width="14" height="14"></svg><div class="${ttCss('pvx3oa', 'DivMusicText', 'epjbyn3')}">original sound - ${ttUser}</div></a></h4></div></div>
<div class="${ttCss('1npmxy5', 'DivActionItemContainer', 'e1whdzmb0')}"><button aria-label="Like video 48.2K likes" type="button">
<strong data-e2e="browse-like-count">48.2K</strong></button><button aria-label="Read or add comments 1204 comments" type="button">
<strong data-e2e="browse-comment-count">1,204</strong></button><button aria-label="Add to Favorites 3870"
type="button"><strong data-e2e="undefined-count">3,870</strong>
</button><button aria-label="Share video 2211 shares" type="button"><strong data-e2e="share-count">2,211</strong></button></div>
<div class="${ttCss('1bs65i7', 'DivCopyLinkContainer', 'e1mecfx02')}"><p
class="${ttCss('1ckv3ka', 'PCopyLinkText', 'e1mecfx03')}">https://www.tiktok.com/@${ttUser}/video/7568914420186647830?lang=en</p>
<button class="${ttCss('1s4gvf8', 'ButtonCopyLink', 'e1mecfx04')}">Copy link</button></div>
<div class="${ttCss('ebxvqw', 'DivTabMenuContainer', 'e1a7v7ak0')}" role="tablist"><div role="tab" aria-selected="true"><p>Comments (1,204)</p></div>
<div role="tab" aria-selected="false"><p>Creator videos</p></div></div>
<div class="${ttCss('7whb78', 'DivCommentListContainer', 'ezgpko42')}">${ttComments.map((c, i) => ttComment(c, 1, i)).join('\n')}
<div class="${ttCss('1s3rxu0', 'DivLoadingContainer', 'ezgpko43')}" aria-hidden="true"></div></div>
<div class="${ttCss('1gvuvxb', 'DivBottomCommentContainer', 'e1mecfx05')}"><div class="${ttCss('hlg65e', 'DivLoginBar', 'e1mecfx06')}">
<p>Log in to comment</p></div></div></div>
<div class="${ttCss('1xwdwqg', 'DivRecommendContainer', 'e1u9v4ua0')}"><p class="${ttCss('1ky7ydr', 'PRecommendTitle', 'e1u9v4ua1')}">You may like</p>
<ul>${ttMayLike
  .map(
    (t, i) => `<li><a href="/@clockbench/video/75689${i}"><img alt=""
src="/cover${i}.jpg"><p>${t}</p></a></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<tiktok-cookie-banner></tiktok-cookie-banner>
<div id="login-modal-container"></div></div>
<script src="https://lf16-tiktok-web.tiktokcdn.example/obj/tiktok-web/webapp/main/webapp-desktop/npm-async-bric_verify_sdk.js" defer></script>
</body></html>`;
const tiktok: TestPage = {
  html: ttHtml,
  name: 'heldout45-tiktok-video',
  kind: 'forum',
  // a social post without a title of its own: the caption's first line is the title, its other lines (hashtags too) are body,
  // and every comment and reply is body; the username, the nickname, the post date "11-3" and every comment's name and age
  // are bylines; the "Creator" and "Liked by creator" labels, like counts, "Reply", "View 14 more", "Hide", the music line,
  // the action counts, the copy-link box, the tabs, "Log in to comment", "You may like", the player's time and buttons, the
  // header, side nav with its login tip and footer are furniture; the side nav's "More" is a word of a comment ("pay far more"):
  // left out
  title: ttTitle,
  headings: [],
  body: [...texts(ttCaption), ttTags.join(' '), ...ttAll.map((c) => c.text)],
  bylines: [ttUser, ttNick, '11-3', ...ttComments.map((c) => c.who), '3d ago', '2d ago', '1d ago', '20h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TikTok', 'Get app', 'Log in', ...ttNav.filter((t) => t !== 'More'), 'Log in to follow creators, like videos, and view comments.',
    'Create TikTok effects, get rewarded',
    ...ttNavFoot, '© 2025 TikTok', '00:12/01:47', 'Play', 'Volume', 'Follow', 'original sound', '48.2K', '1,204', '3,870', '2,211',
    `https://www.tiktok.com/@${ttUser}/video/7568914420186647830?lang=en`, 'Copy link', 'Comments (1,204)', 'Creator videos', 'Creator',
    'Liked by creator', 'Reply', ...ttAll.map((c) => c.likes), 'View 14 more', 'View 3 more', 'Hide', 'Log in to comment', 'You may like', ...ttMayLike,
  ],
};

export const HELDOUT45_B: readonly TestPage[] = [tiktok, letterboxdReview];
