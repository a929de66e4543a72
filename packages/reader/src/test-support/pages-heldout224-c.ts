import { links, type TestPage } from './page-kit.js';
import { catRescue } from './pages-heldout224-c2.js';

/**
 * Held-out batch 224, file c: a dog owners' forum thread on XenForo 2 (nav tabs, "Log in" and "Register", breadcrumbs, the
 * thread's "Thread starter" and "Start date" line, posts with user details (title, joined, messages, location), a quoted post
 * with "Click to expand...", reaction bars, "Report" and "Reply" links, "Last edited" lines, page navigation, the "You must
 * log in or register to reply here." notice, similar threads, the share bar, the footer and the cookie notice) and, from file
 * c2, a cat rescue's adoption listing.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const fTitle = 'Rescue lurcher lunges at small dogs on lead - where do we start?';
type Post = { user: string; title: string; joined: string; msgs: string; loc: string; date: string; ps: string[]; react?: string; quote?: string };
const fPosts: Post[] = [
  {
    user: 'PennyAndPip',
    title: 'New member',
    joined: 'Feb 3, 2025',
    msgs: '4',
    loc: 'Shropshire',
    date: 'Mar 14, 2025',
    ps: paras(`
We adopted Pip, a three-year-old lurcher, from a rescue about six weeks ago. At home she is an angel: quiet, gentle with our teenage kids, sleeps
most of the day. On walks she is fine with big dogs, but as soon as she sees a small dog she goes rigid, stares, and then lunges and screams at the
end of the lead.

She is muzzled out of the house on the rescue's advice and we walk her on a harness and a double-ended lead. We have tried turning away and giving
treats but once she has locked on she will not take food at all. Has anyone been through this? Where would you start?`),
    react: 'Kestrel, Marlow_Mum and 2 others',
  },
  {
    user: 'Kestrel',
    title: 'Well-known member',
    joined: 'Nov 19, 2016',
    msgs: '8,412',
    loc: 'North Yorkshire',
    date: 'Mar 14, 2025',
    ps: paras(`
Six weeks is still very early days, so please do not be too hard on yourselves or on her. A lot of sighthounds coming out of kennels have never
met small breeds up close, and some will have been used for chasing before they ended up in rescue.

The fact she will not take food once she has locked on tells you she is over threshold. The work needs to happen further away, at a distance where
she can see a small dog and still look back at you. For my girl that was the far side of a football pitch to start with.

I would also get in touch with the rescue. Good ones have a behaviourist they can refer you to, often at no cost.`),
    react: 'PennyAndPip and Hollyhock',
  },
  {
    user: 'Marlow_Mum',
    title: 'Active member',
    joined: 'Jun 8, 2021',
    msgs: '612',
    loc: 'Bucks',
    date: 'Mar 15, 2025',
    quote: 'The work needs to happen further away, at a distance where she can see a small dog and still look back at you.',
    ps: paras(`
This, absolutely. We did a lot of "look at that" games with our greyhound: she looks at the dog, we mark it, she gets a treat. It felt like nothing
was happening for weeks and then one day she just glanced at a Yorkie and turned back to me for her chicken.

Also worth walking at quieter times for now. Every lunge is practice at lunging, so the fewer she gets to rehearse the better.`),
  },
  {
    user: 'PennyAndPip',
    title: 'New member',
    joined: 'Feb 3, 2025',
    msgs: '4',
    loc: 'Shropshire',
    date: 'Mar 16, 2025',
    ps: paras(`
Thank you both, this is really reassuring. We went to the big playing field this morning at 7 and managed five or six sightings of small dogs a
long way off. She took cheese every time and only stared once. The rescue has also put us in touch with their behaviourist, who is coming next week.

I will report back!`),
  },
];
const fEdited = 'Last edited: Mar 16, 2025';
const fNav = ['Home', 'Forums', "What's new", 'Members', 'Classifieds'];
const fCrumb = ['Forums', 'Dog Behaviour and Training', 'Reactivity and Aggression'];
const fSimilar = [
  'Greyhound fine off lead, reactive on lead?',
  'Muzzle training an adult rescue - tips please',
  'Terrier barking at every dog through the window',
];
const fFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const fCookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const fPost = (p: Post, n: number): string => `<article class="message message--post js-post js-inlineModContainer" data-author="${p.user}"
data-content="post-${40210 + n}" id="js-post-${40210 + n}"><span class="u-anchorTarget" id="post-${40210 + n}"></span><div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/${p.user.toLowerCase()}.${n}/" class="avatar avatar--m"
data-user-id="${n}"><span class="avatar-u${n}-m" role="img" aria-label="${p.user}">${p.user[0]}</span></a></div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${p.user.toLowerCase()}.${n}/" class="username" itemprop="name">${p.user}</a></h4>
<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified">
<dt>Messages</dt><dd>${p.msgs}</dd></dl><dl class="pairs pairs--justified"><dt>Location</dt><dd>${p.loc}</dd></dl></div>
<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed">
<a href="/threads/rescue-lurcher.9921/post-${40210 + n}" rel="nofollow"><time class="u-dt" dir="auto" datetime="2025-03-1${4 + n}T09:1${n}:00+0000"
data-short="${n}d">${p.date}</time></a></li></ul><ul class="message-attribution-opposite message-attribution-opposite--list"><li><a
href="/threads/rescue-lurcher.9921/post-${40210 + n}" class="message-attribution-gadget" rel="nofollow">#${n + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${
  p.quote === undefined
    ? ''
    : `<blockquote data-attributes="member: 2207" data-quote="Kestrel" data-source="post: 40211" class="bbCodeBlock bbCodeBlock--expandable
bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=40211" class="bbCodeBlock-sourceJump" rel="nofollow">Kestrel said:</a>
</div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">${p.quote}</div><div class="bbCodeBlock-expandLink
js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>`
}${p.ps.join('<br>\n<br>\n')}</div></article>${n === 3 ? `<div class="message-lastEdit">${fEdited}</div>` : ''}</div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#"
class="actionBar-action actionBar-action--report" rel="nofollow">Report</a></div><div class="actionBar-set actionBar-set--internal">
<a href="#" class="actionBar-action actionBar-action--reaction" rel="nofollow"><span class="reaction-text">Like</span></a><a href="#"
class="actionBar-action actionBar-action--reply" rel="nofollow">Reply</a></div></div>${
  p.react === undefined
    ? ''
    : `<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><img
src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like"></span></li>
</ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="#" rel="nofollow"><bdi>${p.react}</bdi></a></div>`
}</footer></div></div></div></article>`;
const fHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.3" data-app="public" data-template="thread_view" data-container-key="node-42" data-content-key="thread-9921"
class="has-no-js template-thread_view"><head><meta charset="utf-8">
<title>Rescue lurcher lunges at small dogs on lead - where do we start? | Waggle Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://www.waggleforums.example/threads/rescue-lurcher.9921/">
<meta property="og:site_name" content="Waggle Forums"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"PennyAndPip"},"datePublished":"2025-03-14T08:02:11+00:00","interactionStatistic":{"@type":"InteractionCounter","interactionType":
"https://schema.org/CommentAction","userInteractionCount":3}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&s=1">
<script src="/js/xf/preamble.min.js?_v=8a1c"></script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/waggle/logo.png" alt="Waggle Forums" width="200" height="48"></a></div></div>
</div>
</header><div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(fNav, 'p-navEl')}</ul></div><div class="p-nav-opposite">
<div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow">
<span class="p-navgroup-linkText">Register</span></a>
</div></div></div></nav></div><div class="p-body"><div class="p-body-inner"><div class="p-breadcrumbs"><ul class="p-breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">${links(fCrumb)}</ul></div><div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${fTitle}</h1>
</div><div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span><a href="/members/pennyandpip.0/" class="username u-concealed">PennyAndPip</a></li><li><i class="fa--xf far
fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span><a href="/threads/rescue-lurcher.9921/" class="u-concealed"><time
class="u-dt" datetime="2025-03-14T08:02:11+0000">Mar 14, 2025</time></a></li><li><a href="/tags/reactivity/" class="tagItem">reactivity</a></li></ul></div>
</div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages" data-type="post">
<div class="block-outer"><div class="pageNav"><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current"><a href="#">1</a></li></ul></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${fPosts.map(fPost).join('\n')}
</div></div><div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button">
<span class="button-text">You must log in or register to reply here.</span></a></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="structItemContainer">
${links(fSimilar, 'structItem structItem--thread')}</ul></div></div></div>
<div class="block"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span><div class="shareButtons-buttons">
<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" href="#"><span>Facebook</span></a><a class="shareButtons-button
shareButtons-button--brand shareButtons-button--email" href="#"><span>Email</span></a><a class="shareButtons-button shareButtons-button--share is-hidden"
href="#"><span>Share</span></a><a class="shareButtons-button shareButtons-button--link is-hidden" href="#"><span>Link</span></a></div></div></div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
${links(fFoot)}</ul></div></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr">Community platform by XenForo®
<span class="copyright">© 2010-2025 XenForo Ltd.</span></a></div></div></footer></div>
<div class="u-bottomFixer js-bottomFixTarget"><div class="notices notices--bottom_fixer js-notices" data-type="bottom_fixer"><ul class="notice notice--primary
notice--cookie"><li class="notice-content"><div class="u-alignCenter">${fCookie}</div><div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice"
class="button--notice button button--icon"><span class="button-text">Accept</span></a><a href="/help/cookies" class="button--notice button">Learn more…</a>
</div></li></ul></div></div>
<script src="/js/xf/core-compiled.js?_v=8a1c"></script><script>XF.ready(() => { XF.extendObject(true, XF.config, {"cookie":{"path":"/"}}); });</script>
</body></html>`;
const dogForum: TestPage = {
  html: fHtml,
  name: 'heldout224-xenforo-dog-forum-thread',
  kind: 'forum',
  // thread convention: every post's text is body; the user names, post dates, the thread starter line and "Last edited" are
  // bylines; the quoted post and its "Kestrel said:" title are in neither list; user titles, joined/messages/location pairs,
  // post numbers, reactions and action links are furniture ("Joined", "Messages" and "Location" labels included)
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.ps),
  bylines: [...new Set(fPosts.map((p) => p.user)), ...new Set(fPosts.map((p) => p.date)), fEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Log in', 'Register', 'Dog Behaviour and Training', 'Reactivity and Aggression', 'Thread starter', 'Start date', 'reactivity',
    ...new Set(fPosts.map((p) => p.title)), 'Joined', 'Messages', 'Location', 'Shropshire', 'North Yorkshire', 'Bucks', '8,412', '612', '#2', '#3', '#4',
    'Click to expand...', 'Report', 'Like', 'Reply', 'Reactions:', 'Kestrel, Marlow_Mum and 2 others', 'PennyAndPip and Hollyhock',
    'You must log in or register to reply here.', 'Similar threads', ...fSimilar, 'Share:', 'Facebook', 'Email', 'Link', ...fFoot,
    'Community platform by XenForo®', '© 2010-2025 XenForo Ltd.', fCookie, 'Accept', 'Learn more…',
  ],
};

export const HELDOUT224_C: readonly TestPage[] = [dogForum, catRescue];
