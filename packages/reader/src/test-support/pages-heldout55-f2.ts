import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 55, file f2: a post in a Quora Space with its comments, logged out (the React markup of `q-box`/`q-text` divs
 * with generated class names, the top bar with the tabs, search and "Try Quora+", the Space header with cover, name, follow
 * button, follower and contributor counts, the post card with author, credential, "Follow", date, title and text paragraphs,
 * the view count, upvote/downvote/comment/share buttons with counts, the comments block with its sort and "Add a comment" box,
 * three comments and one reply with names, dates, upvote/reply buttons, "View more comments", the right rail with "About this
 * Space", related Spaces, a sponsored card and the footer links, the sign-up wall dialog and the state script).
 */
const qTitle = 'Why does bread go stale faster in the fridge?';
const qBody = [
  'It seems backwards. The fridge keeps most food fresh for longer, but a loaf kept in the fridge goes stale in about a third of the time it ' +
    'takes on the counter.',
  'The reason is that staling is not mainly drying out. When bread bakes, the starch in the flour absorbs water and its tightly packed crystals ' +
    'come apart. As the loaf cools, those starch molecules slowly line up again and squeeze water out of their structure. The crumb becomes firm ' +
    "and crumbly even if it hasn't lost much moisture at all. Bakers call this retrogradation.",
  'Retrogradation happens fastest at temperatures just above freezing, which is exactly where a fridge sits. At room temperature it is slower, ' +
    'and below about minus 18 degrees it almost stops, which is why frozen bread thaws out much closer to fresh.',
  'That also explains why a stale loaf can be partly rescued by warming it in the oven for a few minutes. The heat melts the realigned starch ' +
    'again. The effect lasts only until it cools, so eat it straight away.',
  'So: the counter for a day or two, the freezer for anything longer, and the fridge never.',
];
interface QComment {
  name: string;
  date: string;
  ups: string;
  text: string;
  reply?: QComment;
}
const qComments: QComment[] = [
  {
    name: 'Anjali Mehta',
    date: 'Mar 12',
    ups: '18',
    text: 'Does this apply to gluten-free bread too? Mine seems to go hard within hours whatever I do.',
    reply: {
      name: 'Tomasz Wierzbicki',
      date: 'Mar 12',
      ups: '11',
      text: 'Mostly yes. Gluten-free loaves usually rely on starches that retrograde even faster, so freezing slices on the day of baking works best.',
    },
  },
  {
    name: 'Rhys Llewellyn',
    date: 'Mar 13',
    ups: '9',
    text: 'I worked in a supermarket bakery and we were told exactly this. Bread in the chiller cabinet was always the first to be marked down.',
  },
  { name: 'Beatriz Souza', date: 'Mar 15', ups: '4', text: 'Great explanation. I had always assumed it was just about moisture.' },
];
const t = (cls: string, inner: string): string => `<div class="q-text qu-dynamicFontSize--${cls} qu-color--gray_dark qu-passColorToLinks">${inner}</div>`;
const para = (p: string): string =>
  `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="box-sizing: border-box; margin-bottom: 1em;"><span>${p}</span></p>`;
const person = (
  name: string,
): string => `<span class="q-text qu-wordBreak--break-word"><span class="q-box"><a class="q-box Link___StyledBox-t2xg9c-0 KlcoI puppeteer_test_link
 qu-color--gray_dark qu-cursor--pointer qu-hover--textDecoration--underline" href="https://www.quora.com/profile/${name.replace(/ /g, '-')}" target="_top"><div
 class="q-inlineFlex qu-alignItems--center qu-wordBreak--break-word"><span
 class="CssComponent__CssInlineComponent-sc-1oskqb9-1 UserSelectableText___StyledCssInlineComponent-lsmoq4-0
 bExDHr">${name}</span></div></a></span></span>`;
const btn = (
  label: string,
  count = '',
): string => `<button class="q-click-wrapper ClickWrapper___StyledClickWrapperBox-zoqi4f-0 iyYUZT base___StyledClickWrapper-lx6eke-1 laIUvT
 puppeteer_test_button_${label.toLowerCase()}" aria-label="${label}" tabindex="0" type="button"><div class="q-flex qu-alignItems--center"><div
 class="q-inlineFlex"><span
 class="CssComponent__CssInlineComponent-sc-1oskqb9-1 Icon___StyledCssInlineComponent-sc-11tmcw7-0 bHrHBO" name="${label}"><svg width="24"
 height="24"></svg></span></div>${
   count === ''
     ? ''
     : `<div
 class="q-text qu-whiteSpace--nowrap qu-display--inline-flex qu-alignItems--center qu-justifyContent--center">${count}</div>`
 }</div></button>`;
const qComment = (
  k: QComment,
  nested = false,
): string => `<div class="q-box qu-pt--small${nested ? ' qu-pl--large' : ''}" data-testid="comment"><div class="q-flex qu-alignItems--center">
<div class="q-box qu-mr--small"><img class="q-image qu-display--block" src="https://qph.cf2.quoracdn.net/main-thumb-${k.name.length}-50-abc.jpeg"
 alt="Profile photo for ${k.name}"
 height="24" width="24"></div>${person(k.name)}<span class="q-text qu-color--gray_light"> · </span><span
 class="q-text qu-color--gray_light qu-dynamicFontSize--small">${k.date}</span></div>
<div class="q-box qu-mt--tiny"><div class="q-text qu-wordBreak--break-word"><div class="q-box qu-userSelect--text">${para(k.text)}</div></div></div>
<div class="q-flex qu-alignItems--center">${btn('Upvote', k.ups)}<div class="q-box qu-ml--small"><button class="q-click-wrapper" type="button"><div
 class="q-text">Reply</div></button></div></div>
${k.reply ? qComment(k.reply, true) : ''}</div>`;
const qTabs = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const qRelated = [
  ['The Sourdough Circle', 'Starters, schedules and the science of slow bread.'],
  ['Food Myths Busted', 'Checking what everyone knows about food against the evidence.'],
];
const qFoot = ['About', 'Careers', 'Terms', 'Privacy', 'Acceptable Use', 'Businesses', 'Press', 'Your Ad Choices', 'Grievance Officer'];
const qWall = [
  'A place to share knowledge and better understand the world',
  'By continuing you indicate that you agree to Quora’s Terms of Service and Privacy Policy.',
  'Continue with Google',
  'Continue with Facebook',
  'Sign up with email',
  'Login',
  'Email',
  'Password',
  'Forgot password?',
];
const qSpaceDesc = 'Why food does what it does: starch, sugar, fat, heat and time, explained by cooks and scientists.';
const qCred = 'Food scientist, industrial baking 1998–2016';
const qHtml = `<!DOCTYPE html>
<html lang="en" class="" style="overflow: hidden;"><head><meta charset="utf-8"><title>${qTitle} - Kitchen Chemistry - Quora</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${qBody[0]!.slice(0, 150)}">
<link rel="canonical" href="https://kitchenchemistry.quora.com/Why-does-bread-go-stale-faster-in-the-fridge"><meta property="og:site_name" content="Quora">
<meta property="og:title" content="${qTitle}"><meta property="og:type" content="article"><link rel="stylesheet"
 href="https://qsbr.cf2.quoracdn.net/-4-ans_frontend_assets.css.main-1.css-26-8bd1c2f0.css">
<style>.q-box{box-sizing:border-box}.qu-color--gray_dark{color:#282829}.qu-dynamicFontSize--regular{font-size:15px}</style></head>
<body class="q-platform--desktop q-color-mode--light"><div id="root"><div class="q-box">
<div class="q-box qu-bg--raised qu-borderBottom qu-zIndex--header" style="position: fixed; top: 0; width: 100%;"><div class="q-flex qu-alignItems--center">
<a class="q-box qu-cursor--pointer" href="https://www.quora.com/" aria-label="Quora"><svg width="89" height="30"><title>Quora</title></svg></a>
<div class="q-flex">${qTabs
  .map(
    (x) => `<a class="q-box qu-cursor--pointer" href="https://www.quora.com/${x.toLowerCase()}" aria-label="${x}"><span
 class="q-text qu-display--none">${x}</span></a>`,
  )
  .join('')}</div>
<div class="q-box"><input class="q-input qu-bg--gray_ultralight" type="text" placeholder="Search Quora"></div><a class="q-box"
 href="https://www.quora.com/qp"><div class="q-text">Try Quora+</div></a>
<button class="q-click-wrapper" type="button"><div class="q-text">Sign In</div></button></div></div>
<div class="q-box qu-pt--huge"><div class="q-flex"><div class="q-box" style="width: 580px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-mb--small"><div class="q-box"
 style="background-image: url(&quot;https://qph.cf2.quoracdn.net/main-qimg-kc-cover.jpeg&quot;); height: 140px;"></div>
<div class="q-flex qu-alignItems--center qu-p--medium">${t('large', '<span class="q-text qu-bold">Kitchen Chemistry</span>')}<div
 class="q-text qu-color--gray_light">48.2K followers ·
 212 contributors</div><button class="q-click-wrapper puppeteer_test_follow_space" type="button"><div class="q-text">Follow Space</div></button></div></div>
<div class="q-box qu-bg--raised qu-borderAll qu-borderRadius--small qu-boxShadow--small"><div class="q-box qu-pt--medium qu-px--medium"><div
 class="q-flex qu-alignItems--center">
<div class="q-box qu-mr--small"><img class="q-image" src="https://qph.cf2.quoracdn.net/main-thumb-tw-100-xyz.jpeg" alt="Profile photo for Tomasz Wierzbicki"
 height="36" width="36"></div>
<div class="q-box">${person('Tomasz Wierzbicki')}<span class="q-text qu-color--gray_light"> · </span><button class="q-click-wrapper qu-color--blue_dark"
 type="button"><span
 class="q-text">Follow</span></button><div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-passColorToLinks"><span
 class="q-box">${qCred}</span><span> · </span><a
 class="q-box qu-color--gray_light post_timestamp"
 href="https://kitchenchemistry.quora.com/Why-does-bread-go-stale-faster-in-the-fridge">Mar 11</a></div></div></div>
<div class="q-box qu-mt--small">${t('large', `<span class="q-box qu-userSelect--text"><span class="q-text qu-bold">${qTitle}</span></span>`)}</div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word"><div class="q-box qu-userSelect--text">
${qBody.map(para).join('\n')}
</div></div></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small"><span>3.9K views</span><span> · </span><a href="#"
 class="q-box">View 214 upvotes</a><span> ·
 </span><a href="#" class="q-box">View 9 shares</a></div></div>
<div class="q-flex qu-justifyContent--space-between qu-px--medium qu-py--small"><div
 class="q-flex qu-alignItems--center">${btn('Upvote', '214')}${btn('Downvote')}${btn('Comment', '4')}${btn('Share', '9')}</div>
${btn('Overflow')}</div>
<div class="q-box qu-borderTop qu-px--medium qu-py--small"><div class="q-flex qu-alignItems--center"><div class="q-box qu-flex--auto"><div
 class="q-text qu-color--gray_light"
 contenteditable="false" data-placeholder="Add a comment...">Add a comment...</div></div><button class="q-click-wrapper qu-bg--blue" type="button" disabled><div
 class="q-text">Add comment</div></button></div>
<div class="q-flex qu-justifyContent--space-between qu-mt--small"><div class="q-text qu-bold">Comments</div><button class="q-click-wrapper" type="button"><div
 class="q-text">Sort: Top</div></button></div>
${qComments.map((k) => qComment(k)).join('\n')}
<button class="q-click-wrapper qu-mt--small" type="button"><div class="q-text qu-color--gray">View more comments</div></button></div></div></div>
<div class="q-box qu-ml--medium" style="width: 330px;"><div class="q-box qu-borderAll qu-p--medium"><div class="q-text qu-bold">About this Space</div><p
 class="q-text">${qSpaceDesc}</p>
<div class="q-text qu-color--gray_light">Admins: Tomasz Wierzbicki, Hana Kowal</div></div>
<div class="q-box qu-borderAll qu-p--medium qu-mt--small"><div class="q-text qu-bold">Related Spaces</div>${qRelated
  .map(
    ([n, d]) => `<div
 class="q-box qu-mt--small"><a href="https://${n!.replace(/ /g, '').toLowerCase()}.quora.com" class="q-box"><div class="q-text qu-bold">${n}</div></a><div
 class="q-text qu-color--gray_light">${d}</div></div>`,
  )
  .join('')}</div>
<div class="q-box qu-borderAll qu-p--medium qu-mt--small" data-testid="ad"><div
 class="q-text qu-color--gray_light qu-dynamicFontSize--small">Sponsored by FreshCrumb</div>
<div class="q-text qu-bold">Bake like a pro at home.</div><div class="q-text">Proving baskets, lames and Dutch ovens, delivered in two days.</div><a
 class="q-box" href="#"><div
 class="q-text">Shop now</div></a></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--medium">${qFoot
  .map(
    (f) => `<a href="https://www.quora.com/${f.replace(/ /g, '-')}"
 class="q-box">${f}</a>`,
  )
  .join('<span> · </span>')}</div>
</div></div></div>
<div class="q-box qu-zIndex--modal" role="dialog" aria-modal="true" style="position: fixed; inset: 0; background: rgba(0,0,0,.6);"><div
 class="q-box qu-bg--raised qu-borderRadius--small"
 style="width: 700px; margin: 80px auto;"><svg width="180" height="60"><title>Quora</title></svg><div
 class="q-text qu-dynamicFontSize--regular">${qWall[0]}</div>
<div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light">${qWall[1]}</div>
${qWall
  .slice(2, 5)
  .map((w) => `<button class="q-click-wrapper qu-borderAll" type="button"><div class="q-text">${w}</div></button>`)
  .join('')}
<div class="q-text qu-bold">${qWall[5]}</div><label class="q-text">${qWall[6]}</label><input class="q-input" type="email" placeholder="Your email"><label
 class="q-text">${qWall[7]}</label>
<input class="q-input" type="password" placeholder="Your password"><a class="q-box" href="https://www.quora.com/forgot_password"><div
 class="q-text">${qWall[8]}</div></a></div></div>
</div></div>
<script type="text/javascript">window.ansFrontendGlobals = window.ansFrontendGlobals || {}; 
window.ansFrontendGlobals.settings = {"viewer":{"uid":0,"isLoggedIn":false},
"locale":"en","tribeId":48201,"postId":173300582,"isMobile":false,"experiments":{"signup_wall_delay_ms":0}};</script>
<script src="https://qsbr.cf2.quoracdn.net/-4-ans_frontend-relay-component-main-27-c5e3a0f6b1.js" async></script>
</body></html>`;
const allQ = qComments.flatMap((k) => [k, ...(k.reply ? [k.reply] : [])]);
export const quoraSpacePost: TestPage = {
  html: qHtml,
  name: 'heldout55-quora-space-post',
  kind: 'forum',
  // the post and its comments are body: a Space post on a social Q&A site, where comments are posts of the thread (the author's own reply
  // included); the author's and commenters' names and the dates are bylines; the author's credential, "Follow", views, upvote and share
  // lines, the button counts, the comment box, "Comments" and its sort, "Reply", "View more comments", the Space header with followers,
  // the top bar, the right rail (About this Space with its admins, Related Spaces, the sponsored card), the footer links and the sign-up
  // wall are furniture; "Comment", "Share", "Upvote" and "Downvote" are button labels only (aria), not page text; the upvote count "18" and
  // the footer's "About" are words of the body ("minus 18 degrees", "about a third"): left out
  title: qTitle,
  headings: [],
  body: texts([...qBody, ...allQ.map((k) => k.text)]),
  bylines: ['Tomasz Wierzbicki', 'Mar 11', 'Anjali Mehta', 'Rhys Llewellyn', 'Beatriz Souza', 'Mar 12', 'Mar 13', 'Mar 15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qTabs, 'Try Quora+', 'Sign In', 'Kitchen Chemistry', '48.2K followers', '212 contributors', 'Follow Space', 'Follow', qCred, '3.9K views',
    'View 214 upvotes', 'View 9 shares', '214', 'Add a comment...', 'Add comment', 'Comments', 'Sort: Top',
    ...new Set(allQ.map((k) => k.ups).filter((u) => u !== '18')), 'Reply', 'View more comments', 'About this Space', qSpaceDesc,
    'Admins: Tomasz Wierzbicki, Hana Kowal', 'Related Spaces', ...qRelated.flat(), 'Sponsored by FreshCrumb', 'Bake like a pro at home.',
    'Proving baskets, lames and Dutch ovens, delivered in two days.', 'Shop now', ...qFoot.slice(1), ...qWall,
  ],
};
