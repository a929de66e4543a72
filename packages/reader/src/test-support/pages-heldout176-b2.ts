import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 176, file b2: a Sonos community (inSided / Gainsight Customer Communities) question topic (the OneTrust
 * banner, the Sonos header and community nav, breadcrumb, the question with its "Userlevel" and badge counts, the "Best
 * answer by" box near the top that repeats the answer with "View original", replies with "Like" and "Quote", the "Did this
 * topic help you" poll, the sign-up box, the "Related topics" widget and the footer).
 */
const sTitle = 'Arc Mini drops out of the group every evening around 9pm';
const sP1 = [
  'My Arc Mini keeps disappearing from my system, nearly always between 8:30 and 9:30 in the evening. The app shows it as ' +
    'unavailable for a minute or two and then it comes back, but it is no longer grouped with the Sub Lite and I have to regroup.',
  'The rest of the system (two Era Ones in the kitchen and a Move Lite) is unaffected. The Arc Mini is wired to the TV by HDMI ' +
    'and connected to the router over WiFi, about four metres away through one wall.',
  'I have rebooted the router and the speaker. Diagnostic number is 1873302954 if that helps.',
];
const sR1 = [
  'Evenings are when neighbours start streaming, so my first guess would be WiFi interference. Which channel is your router on? ' +
    'If it is set to automatic it may be hopping channels when it gets busy, which would explain the regrouping.',
];
const sR2 = [
  'Hi there, thanks for the diagnostic. It shows your router changing its 2.4GHz channel at 20:57 and again at 21:14 on the ' +
    'evening of the report, and the Arc Mini lost its connection both times.',
  'Please log in to your router and set the 2.4GHz channel to a fixed value of 1, 6 or 11, whichever is least crowded. If the ' +
    'router lets you, also turn off the feature that optimises channels automatically.',
  'If you would rather not change the router, connecting any one Sonos product to the router with an Ethernet cable puts the ' +
    'system on SonosNet, which is not affected by the router changing channels.',
];
const sR3 = [
  'Fixed channel 6 on the router last Thursday and there have been no dropouts for five evenings in a row. Thanks both!',
  'For anyone else reading: my router had a setting called Smart Channel hidden under the advanced wireless options, which ' +
    'was what kept changing it. It is off now.',
];
const sNav = ['Community Home', 'Ask a Question', 'Ideas', 'Announcements', 'Events'];
const sTop = ['Shop', 'Speakers', 'Headphones', 'Support', 'Log in'];
const sCrumbs = ['Community', 'Sonos Home Theater', 'Arc Mini dropping from group'];
const sRelated = [
  'Sub Lite disconnects when TV turns off',
  'Regroup after every router reboot',
  'Era One unavailable in the evenings',
  'SonosNet vs WiFi for home theater',
];
const sCookie =
  'We use cookies and similar technologies to improve your experience, measure site performance and personalise ads. You can ' +
  'change your choices at any time.';
const sCookieBtns = ['Accept All Cookies', 'Reject All', 'Cookie Settings'];
const sSignup = ['Join the community', 'Sign up', 'Already have an account? Login', 'Login with Sonos account'];
const sFoot = ['Privacy Statement', 'Terms and Conditions', 'Community Guidelines', 'Accessibility', 'Cookie Preferences'];
const sCopy = '© 2004-2025 Sonos, Inc. All rights reserved.';
const sPost = (u: string, lvl: string, badge: string, date: string, body: string, likes: string, cls = ''): string => `<div class="post post--${cls || 'reply'}"
data-postid="${u.length * 997}"><div class="post__header"><div class="qa-user-meta"><div class="qa-username"><a class="qa-user-link username"
href="/members/${u}">${u}</a></div>
<div class="qa-user-role-wrap"><span class="qa-user-role">${lvl}</span></div><div class="qa-user-badge"><span class="badge-count">${badge}</span></div></div>
<div class="post__date"><span class="thread-meta-item__date" data-time="2025-11-0">${date}</span></div></div>
<div class="post__content post__content--new-editor" data-testid="post-content">${body}</div>
<div class="post__footer"><button class="qa-button-like" type="button"><span class="like-count">${likes}</span><span class="like-label">Like</span></button>
<button class="qa-button-quote" type="button">Quote</button></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} | Sonos Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${texts(sP1)[0]?.slice(0, 140)}">
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="Sonos Community"><link rel="canonical"
href="https://en.community.sonos.com/sonos-home-theater-229119/arc-mini-drops-out-6912044">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${sTitle}","answerCount":3,
"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Maddox S"}}}}</script>
<link rel="stylesheet" href="https://d3odp2r1osuwn0.cloudfront.example/2025-11-10-09/layout/sonos.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8f0c"></script></head>
<body class="page-topic page-qa"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${sCookie}</p></div><div id="onetrust-button-group">
${sCookieBtns.map((b) => `<button>${b}</button>`).join('')}</div></div></div>
<div id="page-container"><header class="sonos-header"><a class="sonos-header__logo" href="https://www.sonos.com/" aria-label="Sonos"></a>
<ul class="sonos-header__nav">${links(sTop, 'sonos-header__item')}</ul></header>
<nav class="main-navigation--wrapper"><ul class="main-menu">${links(sNav, 'main-menu-item')}</ul><form class="search-box" role="search">
<input type="search" placeholder="Search the community" aria-label="Search"></form></nav>
<main class="main-container"><div class="breadcrumb-container"><ol class="breadcrumb">${sCrumbs
  .map(
    (c) => `<li class="breadcrumb-item"><a href="/">${c}</a>
</li>`,
  )
  .join('')}</ol></div>
<div class="qa-div-main"><div class="qa-topic-header"><span class="topic-label topic-label--solved">Solved</span><h1 class="qa-topic-title">${sTitle}</h1></div>
<div class="qa-topic-first-post">${sPost('quietharbour', 'Userlevel 2', 'Badge +3', '10 November 2025', ps(sP1), '0', 'question')}</div>
<div class="qa-best-answer-container"><div class="qa-best-answer"><div class="qa-best-answer__title">Best answer by Maddox S</div>
<div class="post__content post__content--new-editor">${ps(sR2)}</div><a class="qa-best-answer__link" href="#post-2">View original</a></div></div>
<div class="qa-replies"><h2 class="qa-replies__count">3 replies</h2>
${sPost('Lindqvist_audio', 'Userlevel 7', 'Badge +19', '10 November 2025', ps(sR1), '1')}
${sPost('Maddox S', 'Sonos Staff', 'Badge +8', '11 November 2025', ps(sR2), '4', 'bestanswer')}
${sPost('quietharbour', 'Userlevel 2', 'Badge +3', '17 November 2025', ps(sR3), '2')}
</div>
<div class="qa-poll"><p class="qa-poll__question">Did this topic help you find an answer to your question?</p><button>Yes</button><button>No</button></div>
<div class="reply-signup-box"><h3>${sSignup[0]}</h3><a class="btn btn--cta" href="/register">${sSignup[1]}</a><p>${sSignup[2]}</p>
<a class="btn btn--secondary" href="/ssoproxy/login">${sSignup[3]}</a></div></div>
<aside class="sidebar"><div class="widget widget--related-topics"><h3 class="widget__title">Related topics</h3><ul>${links(sRelated, 'related-topic')}</ul>
</div></aside>
</main><footer class="sonos-footer"><ul>${links(sFoot, 'sonos-footer__link')}</ul><p class="sonos-footer__copyright">${sCopy}</p></footer></div>
<script src="https://d3odp2r1osuwn0.cloudfront.example/2025-11-10-09/js/inSided.min.js"></script></body></html>`;
export const sonosPage: TestPage = {
  name: 'heldout176-sonos-insided-forum',
  kind: 'forum',
  html: sHtml,
  // the "Best answer by" box repeats the staff reply near the top: the reply is body once (at its place in the thread) and its
  // box is in neither list; user levels, badges, like counts, the poll, sign-up box and related topics are furniture
  title: sTitle,
  headings: [],
  body: texts([...sP1, ...sR1, ...sR2, ...sR3]),
  bylines: ['quietharbour', 'Lindqvist_audio', 'Maddox S', '10 November 2025', '11 November 2025', '17 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    sCookie, ...sCookieBtns, ...sTop, ...sNav, ...sCrumbs, 'Solved', 'Userlevel 2', 'Badge +3', 'Userlevel 7', 'Badge +19', 'Sonos Staff', 'Badge +8',
    'Best answer by Maddox S', 'View original', '3 replies', 'Like', 'Quote', 'Did this topic help you find an answer to your question?', 'Yes', 'No',
    ...sSignup, 'Related topics', ...sRelated, ...sFoot, sCopy,
  ],
};
