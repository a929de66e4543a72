import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 222, file f2: a thread on a regional parents' forum running XenForo 2 (the header with "Log in" and
 * "Register", the forum nav tabs, breadcrumbs, the thread title with its "started by" description, page navigation, posts
 * with user titles, join dates and message counts in the user extras, a quoted post inside a reply, reaction bars, the
 * "Share:" bar, "You must log in or register to reply here.", "Similar threads", the cookie notice and the footer).
 */
const xfTitle = 'Secondary school appeals in Marlowe Vale: anyone been through it?';
const xfPosts = [
  {
    user: 'Hollyhock22',
    title: 'Active member',
    joined: 'Mar 12, 2021',
    msgs: '412',
    time: 'Apr 2, 2025',
    quote: '',
    react: 'Bexx_W and 3 others',
    text: [
      'We have just found out DS has not got a place at Ashcombe, which was our first choice and is the closest school to us by ' +
        'a long way. He has been offered Kingsmere, which is two buses away. We are going to appeal but I have no idea where to start.',
      'Has anyone done a secondary appeal with the council here? What did you put in your case and did you win?',
    ],
  },
  {
    user: 'Bexx_W',
    title: 'Well-known member',
    joined: 'Sep 3, 2018',
    msgs: '2,871',
    time: 'Apr 2, 2025',
    quote: '',
    react: 'Hollyhock22 and 5 others',
    text: [
      'We appealed for Ashcombe two years ago and won, so it is possible. The most important thing is to make your case about ' +
        'why Ashcombe specifically is the right school for your child, not why Kingsmere is wrong.',
      'We focused on the music department (DD plays cello and Ashcombe runs a junior orchestra) and on the journey. We had a ' +
        'letter from her music teacher and printed out the bus timetables showing she would have to leave at 7.05am.',
      'Also go and look at the school’s published admission number and how many they actually took last year. The panel has to ' +
        'consider whether one more child would cause prejudice to the school.',
    ],
  },
  {
    user: 'dadof3_inthevale',
    title: 'Member',
    joined: 'Jan 20, 2024',
    msgs: '37',
    time: 'Apr 3, 2025',
    quote: '',
    react: 'Hollyhock22',
    text: [
      'Just to add, the deadline for lodging appeals is 20 school days after the offer letter. Do not miss it. You can send in ' +
        'extra evidence later but the form itself needs to be in on time.',
    ],
  },
  {
    user: 'Hollyhock22',
    title: 'Active member',
    joined: 'Mar 12, 2021',
    msgs: '412',
    time: 'Apr 3, 2025',
    quote: 'make your case about why Ashcombe specifically is the right school for your child',
    react: 'Bexx_W',
    text: [
      'This is really helpful, thank you. He is doing the Ashcombe science club at the moment as part of their primary outreach, ' +
        'so I will ask the teacher who runs it for a letter. Did you go to the hearing in person or was it online?',
    ],
  },
  {
    user: 'Bexx_W',
    title: 'Well-known member',
    joined: 'Sep 3, 2018',
    msgs: '2,871',
    time: 'Apr 3, 2025',
    quote: '',
    react: 'Hollyhock22 and 1 other',
    text: [
      'In person at the council offices on Quarry Street. It was less scary than I expected, three panel members and a clerk, ' +
        'all very kind. Take a one-page summary of your points so you do not forget anything when you are nervous. Good luck!',
    ],
  },
];
const xfNav = ['Home', 'Forums', 'What’s new', 'Local events', 'Members'];
const xfCrumbs = ['Forums', 'Education', 'Schools & admissions'];
const xfSimilar = ['Primary places at St Aidan’s, waiting list movement?', 'Bus passes for Kingsmere students', 'Ashcombe open evening 2025'];
const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
const xfCookie = 'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.';
const xfShare = ['Facebook', 'X', 'WhatsApp', 'Email', 'Link'];
const post = (
  p: (typeof xfPosts)[number],
  i: number,
): string => `<article class="message message--post js-post" data-author="${p.user}" id="js-post-${55120 + i}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" aria-label="${p.user}">
<div class="message-avatar"><a href="/members/${p.user.toLowerCase()}.${300 + i}/" class="avatar avatar--m"><span
class="avatar-u${i}">${p.user.slice(0, 1)}</span></a></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${i}/" class="username">${p.user}</a></h4><h5
class="userTitle message-userTitle">${p.title}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>${p.joined}</dd></dl><dl class="pairs pairs--justified">
<dt>Messages</dt>
<dd>${p.msgs}</dd></dl></div></section></div><div class="message-cell message-cell--main"><div class="message-main"><header
class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/appeals.8812/post-${55120 + i}"><time
class="u-dt">${p.time}</time></a></li></ul>
<ul class="message-attribution-opposite listInline"><li><a href="#" class="message-attribution-gadget">Share</a></li><li><a
href="/threads/appeals.8812/post-${55120 + i}">#${i + 1}</a></li></ul></header>
<div class="message-content"><div class="message-userContent lbContainer"><article class="message-body"><div class="bbWrapper">
${
  p.quote
    ? `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote"><div class="bbCodeBlock-title">Bexx_W said:</div><div
class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">${p.quote}</div></div></blockquote>`
    : ''
}
${p.text.join('<br>\n<br>\n')}</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--internal"><a href="#"
class="actionBar-action actionBar-action--report">Report</a></div></div>
<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"></span></li></ul>
<a class="reactionsBar-link" href="/posts/${55120 + i}/reactions">${p.react}</a></div></footer></div></div></div></article>`;
const xfHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-app="public" data-template="thread_view" data-logged-in="false"><head><meta charset="utf-8">
<title>Secondary school appeals in Marlowe Vale: anyone been through it? | Vale Parents Forum</title><meta name="viewport"
content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta property="og:site_name" content="Vale Parents Forum"><meta property="og:type" content="website"><meta property="og:title" content="${xfTitle}">
<link rel="canonical" href="https://forum.valeparents.example/threads/secondary-school-appeals-in-marlowe-vale-anyone-been-through-it.8812/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xfTitle}",
"author":{"@type":"Person","name":"Hollyhock22"},"datePublished":"2025-04-02T19:41:10+0100",
"interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
<script>window.XF = window.XF || {}; XF.config = {"cookie":{"path":"\\/","prefix":"xf_"},"csrf":"1743615670,abc"};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner"><div
class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/vale/logo.png" alt="Vale Parents Forum"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller">
<ul class="p-nav-list js-offCanvasNavSource">${links(xfNav, 'p-navEl')}</ul></div><div class="p-nav-opposite"><div
class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">Log in</a><a href="/register/"
class="p-navgroup-link p-navgroup-link--register">Register</a></div>
<a href="/search/" class="p-navgroup-link p-navgroup-link--search" aria-label="Search">Search</a></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xfCrumbs)}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">${xfTitle}</h1></div><div class="p-description"><ul
class="listInline listInline--bullet">
<li><span class="u-srOnly">Thread starter</span> <a href="/members/hollyhock22.300/" class="username u-concealed">Hollyhock22</a></li>
<li><span class="u-srOnly">Start date</span> <a href="/threads/appeals.8812/" class="u-concealed"><time class="u-dt">Apr 2, 2025</time></a></li></ul>
</div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent"><div class="block block--messages"><div class="block-outer">
<div class="block-outer-opposite"><a href="/watched/" class="button--link button">Watch</a></div></div>
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">${xfPosts.map(post).join('\n')}</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button">You must log in or
register to reply here.</a></div></div>
<div class="block block--similar"><h3 class="block-minorHeader">Similar threads</h3><ul class="block-body">${links(xfSimilar, 'block-row')}</ul></div>
<div class="shareButtons"><span class="shareButtons-label">Share:</span>${xfShare
  .map(
    (s) => `<a class="shareButtons-button" href="#">
<span>${s}</span></a>`,
  )
  .join('')}</div>
</div></div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><ul class="p-footer-linkList">${links(xfFoot)}</ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices" data-type="bottom_fixer"><li class="notice js-notice notice--primary notice--cookie"
data-notice-id="-1">
<div class="notice-content">${xfCookie} <div class="u-inputSpacer"><a href="/account/dismiss-notice" class="button--notice button"><span
class="button-text">Accept</span></a>
<a href="/help/cookies" class="button--notice button button--alt"><span class="button-text">Learn more…</span></a></div></div></li></ul></body></html>`;
export const regionalThread: TestPage = {
  html: xfHtml,
  name: 'heldout222-regional-parents-forum',
  kind: 'forum',
  // posts are written as XenForo stores them, paragraphs split by <br> in one bbWrapper; the quoted passage with its
  // "said:" title is in neither list; user titles, join dates, message counts, reactions and post numbers are furniture
  title: xfTitle,
  headings: [],
  body: texts(xfPosts.flatMap((p) => p.text)),
  bylines: ['Hollyhock22', 'Bexx_W', 'dadof3_inthevale', 'Apr 2, 2025', 'Apr 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xfNav.filter((n) => n !== 'Forums'), 'Forums', 'Log in', 'Register', 'Search', 'Education', 'Schools & admissions', 'Thread starter',
    'Start date', 'Watch', 'Active member', 'Well-known member', 'Member', 'Joined', 'Messages', ...new Set(xfPosts.map((p) => p.joined)), '412', '2,871',
    '37', 'Share', '#1', '#2', '#3', '#4', '#5', 'Report', ...new Set(xfPosts.map((p) => p.react)), 'You must log in or register to reply here.',
    'Similar threads', ...xfSimilar, 'Share:', ...xfShare, ...xfFoot.filter((f) => f !== 'Home'), 'Community platform by XenForo® © 2010-2025 XenForo Ltd.',
    xfCookie, 'Accept', 'Learn more…',
  ],
};
