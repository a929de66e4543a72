import { type TestPage, texts } from './page-kit.js';
import { samsungThread } from './pages-heldout207-a2.js';

/**
 * Held-out batch 207, file a: a Google Help Community thread (Chrome) as saved from the rendered page (the Help Center
 * header with the product name, search box and "Google apps" button, the thread breadcrumb, the question card with its
 * "Original Poster" author line and "I have the same question" counter, the "Recommended Answer" box that repeats the
 * expert's reply above the replies, the replies with Product Expert badges, "Helpful?" votes and "Report abuse", the
 * "Community content may not be verified" notice, the hidden sign-in dialog, the "Was this helpful?" widget and the Help
 * Center footer) and, from file a2, a Samsung Community (Khoros) thread.
 */
const gTitle = 'Chrome signs me out of every website each time I restart the laptop';
const gQ = [
  'Since last Tuesday Chrome forgets every login when I shut the laptop down. Webmail, the bank, the school portal for my ' +
    'daughter, all of them ask me to sign in again the next morning. Passwords are still saved, it is only the sessions ' +
    'that go.',
  'I have not changed any settings that I know of. "Clear cookies and site data when you close all windows" is switched ' +
    'off. The laptop is a Corvale Book 14 on Windows 11 and Chrome says it is up to date. Is anyone else seeing this?',
];
const gA1 = [
  'Hi Imogen, this nearly always comes from one of two things: an extension that clears cookies, or Chrome not being ' +
    'closed properly so the cookie file is locked when it next starts.',
  'First, open chrome://extensions and turn off everything for a day. Cleaner and "privacy" extensions are the usual ' +
    'culprits, and some antivirus suites install one without asking.',
  'Second, go to Settings, System and turn off "Continue running background apps when Google Chrome is closed". Then ' +
    'restart the laptop twice and see whether you stay signed in.',
  'If neither helps, create a new Chrome profile and test there. If the new profile keeps its logins, the old profile ' +
    'is damaged and it is quicker to move to the new one.',
];
const gA2 = [
  'Same here on two machines at work since the weekend. Both have the Tellsafe antivirus suite, which updated itself on ' +
    'Friday. I will check whether it added something to Chrome.',
];
const gA3 = [
  'Thank you Bartosz, it was the extension. The antivirus had installed "Tellsafe Web Shield" and in its options there was ' +
    'a new tick box called "Remove tracking data on shutdown", switched on by default. It was clearing all cookies, not ' +
    'just trackers.',
  'I unticked it, restarted three times, and I am still signed in everywhere. Marking your answer as the solution.',
];
const gA4 = [
  'Thanks for coming back with the details, that will help others. I have passed the extension name on so the other ' +
    'experts can point people to it. If the option turns itself back on after the next antivirus update, please let us know ' +
    'in a new thread.',
];
const gNav = ['Help Center', 'Community', 'Chrome', 'Privacy Policy', 'Terms of Service', 'Submit feedback'];
const gTop = ['Google Chrome Help', 'Main menu', 'Google apps', 'Sign in', 'Describe your issue'];
const gFurn = [
  'Chrome Help',
  'Original Poster',
  'Recommended Answer',
  'Relevant Answer',
  'Gold Product Expert',
  'Diamond Product Expert',
  'I have the same question (214)',
  'Subscribe',
  'Helpful?',
  'Upvote',
  'Downvote',
  'Report abuse',
  'Original Poster marked this as an answer',
  'See in context',
  'All Replies (4)',
  'Last reply',
  'Community content may not be verified or up-to-date. Learn more.',
  'Sign in to reply',
  'Discard post? You will lose what you have written so far.',
  'Cancel',
  'Discard',
  'Was this helpful?',
  'Yes',
  'No',
  'How can we improve it?',
  'Need more help?',
  'Try these next steps:',
  'Post to the help community',
  'Get answers from community members',
  'Enable Dark Mode',
  'Send feedback on...',
  'This help content & information',
  'General Help Center experience',
  'Search Help Center',
];
const gPost = (cls: string, name: string, badge: string, when: string, paras: readonly string[], extra = ''): string => `
<sc-tailwind-thread-post class="scTailwindThreadPost${cls}"><div class="scTailwindThreadPostcardroot" role="article">
<div class="scTailwindThreadMessagecardheader"><div class="scTailwindUserAvatarroot"><img alt="" src="https://lh3.googleusercontent.example/a/${cls}"></div>
<div class="scTailwindThreadMessagecardauthorinfo"><span class="scTailwindUserUsername">${name}</span>
${badge === '' ? '' : `<sc-tailwind-user-badge class="scTailwindUserBadgeroot"><span class="scTailwindUserBadgelabel">${badge}</span></sc-tailwind-user-badge>`}
<span class="scTailwindThreadMessagecardtimestamp"><time datetime="2025-10-2${cls.length % 9}">${when}</time></span></div></div>
${extra}<div class="scTailwindThreadPostcontentroot"><div class="scTailwindThreadPostcontentbody" dir="auto">
${paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="scTailwindThreadPostactionsroot"><span class="scTailwindThreadPostactionslabel">Helpful?</span>
<button aria-label="Upvote" class="scTailwindThreadPostactionsupvote"><span class="sr-only">Upvote</span></button>
<span class="scTailwindThreadPostactionscount">${cls.length}</span>
<button aria-label="Downvote" class="scTailwindThreadPostactionsdownvote"><span class="sr-only">Downvote</span></button>
<button class="scTailwindThreadPostactionsreport">Report abuse</button></div></div></sc-tailwind-thread-post>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${gTitle} - Google Chrome Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${(gQ[0] ?? '').slice(0, 140)}">
<meta property="og:title" content="${gTitle} - Google Chrome Community"><meta property="og:site_name" content="Google Help">
<link rel="canonical" href="https://support.google.com/chrome/thread/301174465/chrome-signs-me-out-of-every-website?hl=en">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${gTitle}",
"answerCount":4,"dateCreated":"2025-10-21T07:12:44Z","author":{"@type":"Person","name":"Imogen Thackeray"},
"acceptedAnswer":{"@type":"Answer","dateCreated":"2025-10-21T09:40:02Z","upvoteCount":37,"author":{"@type":"Person","name":"Bartosz Wilk"}}}}</script>
<link rel="stylesheet" href="https://www.gstatic.example/support/content/css/sc_tailwind.css">
<script nonce="x1">window.sc_scope = 'chrome'; window.sc_pageModel = {"thread":"301174465","product":"chrome"};</script></head>
<body class="hcfe sc-tailwind"><div class="hcfe-content">
<header class="hcfe-header" role="banner"><div class="gb_Ja gb_Qd"><button class="gb_Ec" aria-label="Main menu"><span>Main menu</span></button>
<a class="gb_1d" href="https://support.google.com/chrome/?hl=en"><span class="gb_Rd">${gTop[0]}</span></a>
<form class="search-form" role="search"><input type="text" class="search-box" aria-label="${gTop[4]}" placeholder="${gTop[4]}">
<span class="search-hint">${gTop[4]}</span></form>
<a class="gb_B" aria-label="Google apps" role="button" href="#"><span class="sr-only">Google apps</span></a>
<a class="gb_Ld gb_Bd" href="https://accounts.google.com/ServiceLogin">Sign in</a></div>
<nav class="hcfe-nav" aria-label="Help Center navigation"><ul>
${gNav.map((t) => `<li><a class="hcfe-nav__link" href="/chrome/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></nav></header>
<main id="hcfe-content" class="hcfe-main" role="main"><sc-tailwind-thread-thread-view class="scTailwindThreadThreadviewroot">
<nav class="scTailwindSharedBreadcrumbroot" aria-label="Breadcrumb"><a href="/chrome/community?hl=en">Chrome Help</a>
<span aria-hidden="true">›</span><a href="/chrome/community?hl=en">Community</a></nav>
<sc-tailwind-thread-question-question-card class="scTailwindThreadQuestionQuestioncardroot">
<div class="scTailwindThreadQuestionQuestioncardheader"><h1 class="scTailwindThreadQuestionQuestioncardtitle">${gTitle}</h1>
<div class="scTailwindThreadQuestionQuestioncardauthor"><span class="scTailwindUserUsername">Imogen Thackeray</span>
<span class="scTailwindThreadQuestionQuestioncardop">Original Poster</span>
<time class="scTailwindThreadQuestionQuestioncardtimestamp" datetime="2025-10-21T07:12:44Z">Oct 21, 2025</time></div></div>
<div class="scTailwindThreadQuestionQuestioncardcontent" dir="auto">${gQ.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="scTailwindThreadQuestionQuestioncardfooter"><span class="scTailwindThreadQuestionQuestioncardcategory">Desktop</span>
<span class="scTailwindThreadQuestionQuestioncardcategory">Windows</span><span class="scTailwindThreadQuestionQuestioncardcategory">Sign-in</span>
<button class="scTailwindThreadQuestionQuestioncardsamequestion">I have the same question (214)</button>
<button class="scTailwindThreadQuestionQuestioncardsubscribe" aria-label="Subscribe to updates">Subscribe</button>
<button class="scTailwindThreadQuestionQuestioncardreport">Report abuse</button></div></sc-tailwind-thread-question-question-card>
<section class="scTailwindThreadAnswerRecommendedroot" aria-label="Recommended Answer"><h2
class="scTailwindThreadAnswerRecommendedtitle">Recommended Answer</h2>
<div class="scTailwindThreadAnswerRecommendedsummary"><span class="scTailwindUserUsername">Bartosz Wilk</span>
<span class="scTailwindUserBadgelabel">Diamond Product Expert</span><time>Oct 21, 2025</time>
<div class="scTailwindThreadAnswerRecommendedtext">${gA1.slice(0, 1).join(' ')}</div>
<p class="scTailwindThreadAnswerRecommendedmarked">Original Poster marked this as an answer</p><a href="#post-1">See in context</a></div></section>
<div class="scTailwindThreadNoticeroot" role="note">Community content may not be verified or up-to-date. <a href="/chrome/answer/7666688">Learn more.</a></div>
<h2 class="scTailwindThreadThreadviewreplycount">All Replies (4)</h2>
${gPost('-one', 'Bartosz Wilk', 'Diamond Product Expert', 'Oct 21, 2025', gA1, '<span class="scTailwindThreadPostrecommended">Recommended Answer</span>')}
${gPost('-two', 'Hollis Ferreira', '', 'Oct 21, 2025', gA2, '<span class="scTailwindThreadPostrelevant">Relevant Answer</span>')}
${gPost('-three', 'Imogen Thackeray', 'Original Poster', 'Oct 22, 2025', gA3)}
${gPost('-fourth', 'Saoirse Lindqvist', 'Gold Product Expert', 'Oct 22, 2025', gA4)}
<div class="scTailwindThreadThreadviewlastreply"><span>Last reply</span><time>Oct 22, 2025</time></div>
<a class="scTailwindThreadThreadviewsignin" href="https://accounts.google.com/ServiceLogin">Sign in to reply</a>
</sc-tailwind-thread-thread-view>
<div class="scTailwindSharedDialogroot" role="dialog" aria-hidden="true" style="display:none"><p>Discard post? You will lose what you have written so far.</p>
<button>Cancel</button><button>Discard</button></div>
<section class="hcfe-nextsteps"><h2>Need more help?</h2><h3>Try these next steps:</h3>
<a href="/chrome/community?hl=en"><span class="nextsteps-title">Post to the help community</span>
<span class="nextsteps-desc">Get answers from community members</span></a></section></main>
<div class="hcfe-feedback"><div class="feedback-question">Was this helpful?</div><button>Yes</button><button>No</button>
<div class="feedback-followup" hidden><label>How can we improve it?</label><textarea></textarea></div></div>
<footer class="hcfe-footer" role="contentinfo"><div class="hcfe-footer__copy">©2025 Google</div><ul>
<li><a href="https://www.google.com/intl/en/privacy.html">Privacy Policy</a></li><li><a href="https://www.google.com/accounts/TOS">Terms of Service</a></li>
<li><a href="/communities/answer/7424249">Community Policy</a></li><li><a href="/communities/answer/7425194">Community Overview</a></li>
<li><button class="dark-mode-toggle">Enable Dark Mode</button></li></ul>
<div class="hcfe-footer__feedback"><span>Send feedback on...</span><a href="#">This help content &amp; information</a>
<a href="#">General Help Center experience</a></div><label class="sr-only">Search Help Center</label></footer></div>
<script src="https://www.gstatic.example/support/content/js/sc_tailwind_thread.js" async></script></body></html>`;
const googleThread: TestPage = {
  html: gHtml,
  name: 'heldout207-google-community-thread',
  kind: 'forum',
  // the "Recommended Answer" box repeats the first sentence of the expert's reply: that copy is in neither list
  title: gTitle,
  headings: [],
  body: texts([...gQ, ...gA1, ...gA2, ...gA3, ...gA4]),
  bylines: ['Imogen Thackeray', 'Bartosz Wilk', 'Hollis Ferreira', 'Saoirse Lindqvist', 'Oct 21, 2025', 'Oct 22, 2025'],
  furniture: [...gTop, ...gNav, ...gFurn, 'Desktop', 'Windows', 'Sign-in', 'Community Policy', 'Community Overview', '©2025 Google'],
};

export const HELDOUT207_A: readonly TestPage[] = [googleThread, samsungThread];
