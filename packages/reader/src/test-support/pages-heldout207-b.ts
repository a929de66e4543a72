import { links, type TestPage, texts } from './page-kit.js';
import { type KhorosMsg, khorosMsg } from './pages-heldout207-a2.js';
import { hpThread } from './pages-heldout207-b2.js';

/**
 * Held-out batch 207, file b: a Spotify Community idea on Khoros "Ideas" (the site header with "Premium", "Support",
 * "Download" and "Log in", the community menu, the breadcrumb, the idea's status label and vote box with its count, the
 * idea's "Submitted by" line, the labels, the moderator's status update as a comment, the comments with ranks, dates and
 * "Like" counts, the "Idea Exchange Guidelines" box and "Top Ideas" rail in the sidebar, OneTrust cookie banner, footer)
 * and, from file b2, an HP Support Community thread.
 */
const spTitle = 'Let us pin a playlist to the top of Your Library on the desktop app';
const spIdea = [
  'On mobile you can pin up to four playlists to the top of Your Library, but on the desktop app the pins do not always ' +
    'carry over, and when they do there is no way to change their order. I use the desktop app at work all day and my ' +
    'focus playlist keeps sliding down the list every time I save a new album.',
  'What I would like:',
];
const spList = [
  'Pins made on the phone show up on desktop in the same order.',
  'Drag and drop to reorder pinned items on desktop.',
  'An option to pin more than four items, even if only on desktop where there is room.',
];
const spIdea2 = ['It sounds small, but it would save me a dozen searches a day.'];
const spMsgs: KhorosMsg[] = [
  {
    id: 6611820,
    name: 'Ailbhe',
    rank: 'Moderator',
    date: '2025-09-16',
    time: '10:02 AM',
    kudos: '41',
    paras: [
      'Hey folks, thanks for your votes and comments on this idea. Our teams have had a look and pinning on desktop is not ' +
        'something that is planned right now. We will keep the idea open so that you can keep voting, and we will update ' +
        'this thread if anything changes.',
    ],
  },
  {
    id: 6612093,
    name: 'jarrahbeat',
    rank: 'Music Fan',
    date: '2025-09-18',
    time: '08:44 PM',
    kudos: '17',
    paras: [
      'Disappointing. The mobile pins are one of the best things added in the last few years, and having them only half ' +
        'work on desktop feels like a bug rather than a missing feature.',
    ],
  },
  {
    id: 6613550,
    name: 'Marguerite_V',
    rank: 'Rock Star 3',
    date: '2025-10-02',
    time: '01:15 PM',
    kudos: '9',
    paras: [
      'A workaround in the meantime: create a folder called "00 Pinned" and put your most used playlists inside it. Sort ' +
        'Your Library alphabetically and the folder stays at the top. It is one extra click but it does not move.',
      'Not a replacement for proper pins, but it has made the desktop app bearable for me.',
    ],
  },
  {
    id: 6615102,
    name: 'Oisin_Mac',
    rank: 'Casual Listener',
    date: '2025-10-27',
    time: '07:30 AM',
    kudos: '4',
    paras: [
      'Adding my vote. Also, reordering pins on mobile would be nice too. At the moment you have to unpin everything and pin ' +
        'it again in the order you want.',
      'Right now I keep a note on my phone with the order my pins should be in, which says a lot about how much I use them.',
    ],
  },
];
const spHead = ['Premium', 'Support', 'Download', 'Sign up', 'Log in'];
const spMenu = ['Help', 'Ideas', 'Music Exchange', 'Spotify for Developers', 'Community Blog', 'Events'];
const spCrumbs = ['Community', 'Ideas', 'Live Ideas'];
const spLabels = ['Desktop (Windows)', 'Desktop (Mac)', 'Your Library'];
const spGuide = [
  'Idea Exchange Guidelines',
  'Search before you submit, and vote for an idea that already exists instead of posting a new one.',
  'Ideas marked "Not Right Now" can still be voted on.',
];
const spTop = ['Show song lyrics in the mini player', 'Hide podcasts from Home completely', 'Sleep timer on the desktop app'];
const spCookie = [
  'We and our partners use cookies to personalise your experience, to show you ads based on your interests, and for ' + 'measurement and analytics purposes.',
  'Cookie Settings',
  'Reject All Cookies',
  'Accept Cookies',
];
const spFoot = ['Company', 'About', 'Jobs', 'For the Record', 'Communities', 'For Artists', 'Developers', 'Advertising', 'Useful links', 'Legal'];
const spHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${spTitle} - The Spotify Community</title>
<meta name="description" content="On mobile you can pin up to four playlists to the top of Your Library.">
<meta property="og:title" content="${spTitle}"><meta property="og:site_name" content="The Spotify Community">
<link rel="canonical" href="https://community.spotify.com/t5/Live-Ideas/Let-us-pin-a-playlist/idi-p/6598841">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${spTitle}",
"author":{"@type":"Person","name":"Linnea_Hart"},"datePublished":"2025-08-29T18:20:00Z"}</script>
<link rel="stylesheet" href="/skins/7012201/e1f0/spotify/desktop.css"><script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js"></script></head>
<body class="lia-idea lia-user-status-anonymous IdeaPage lia-body" id="lia-body"><div class="spotify-header"><a class="spotify-logo"
href="https://www.spotify.com">
<span class="sr-only">Spotify</span></a><ul class="spotify-header__links">${links(spHead, 'header-link')}</ul></div>
<nav class="community-menu" aria-label="Community"><ul>${links(spMenu, 'community-menu__item')}</ul></nav>
<ul class="lia-list-standard-inline BreadCrumb crumb-line lia-breadcrumb" aria-label="breadcrumbs">
${spCrumbs.map((t) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation" href="#">${t}</a></li>`).join('\n')}</ul>
<div class="lia-content"><div class="lia-quilt lia-quilt-idea-message"><div class="lia-message-subject"><h1
class="PageTitle lia-idea-title">${spTitle}</h1></div>
<div class="lia-idea-status-wrapper"><span class="MessageStatus lia-status lia-status-not-right-now">Status: Not Right Now</span></div>
<div class="lia-kudos-count-wrapper lia-component-kudos-widget-message-kudos-count"><span class="MessageKudosCount lia-idea-kudos-count">1,284</span>
<span class="lia-idea-kudos-label">votes</span><a class="lia-button lia-button-primary kudos-link" href="/t5/kudos/messagepage/board-id/ideas">Vote</a></div>
<div class="lia-message-author-with-avatar"><span class="lia-idea-submitted">Submitted by</span>
<a class="lia-link-navigation lia-user-name-link" href="/t5/user/viewprofilepage/user-id/2290211"><span class="login-bold">Linnea_Hart</span></a>
<span class="DateTime"><span class="local-date">\u200e2025-08-29</span></span></div>
<div class="lia-message-body-content lia-idea-body"><p>${spIdea[0]}</p><p>${spIdea[1]}</p><ul>${spList.map((t) => `<li>${t}</li>`).join('')}</ul>
<p>${spIdea2[0]}</p></div>
<div class="LabelsForArticle lia-component-labels"><span class="lia-labels-title">Labels:</span><ul class="lia-list-standard-inline">
${links(spLabels, 'label')}</ul></div>
<div class="lia-message-footer-actions"><a class="lia-button" href="#">Subscribe</a><a class="lia-button" href="#">Report Inappropriate Content</a></div></div>
<section class="lia-component-comment-list"><h2 class="lia-comments-title">Comments</h2>
<div class="lia-status-update"><span class="lia-status-update-label">Status changed to: Not Right Now</span></div>
${spMsgs.map((m) => khorosMsg(m, `Re: ${spTitle}`, 'Like')).join('\n')}</section></div>
<aside class="lia-quilt-column-side-content"><div class="lia-panel guidelines"><h2>${spGuide[0]}</h2><p>${spGuide[1]}</p><p>${spGuide[2]}</p></div>
<div class="lia-panel top-ideas"><h2>Top Ideas</h2><ul>${links(spTop, 'lia-list-row')}</ul></div></aside>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${spCookie[0]}</p>
<button id="onetrust-pc-btn-handler">${spCookie[1]}</button><button id="onetrust-reject-all-handler">${spCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${spCookie[3]}</button></div>
<footer class="spotify-footer"><ul>${links(spFoot, 'footer-link')}</ul><p>© 2025 Spotify AB</p></footer>
<script>LITHIUM.IdeaKudos({"messageId":6598841,"count":1284});</script></body></html>`;
const spotifyIdea: TestPage = {
  html: spHtml,
  name: 'heldout207-spotify-community-idea',
  kind: 'forum',
  // the idea and every comment (the moderator's status explanation too) are body; the status labels are furniture
  title: spTitle,
  headings: [],
  body: texts([...spIdea, ...spList, ...spIdea2, ...spMsgs.flatMap((m) => m.paras)]),
  bylines: ['Submitted by', 'Linnea_Hart', '2025-08-29', ...spMsgs.flatMap((m) => [m.name, m.date, m.time])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...spHead, ...spMenu, ...spCrumbs, 'Status: Not Right Now', '1,284', 'votes', 'Vote', 'Labels:', ...spLabels, 'Subscribe',
    'Report Inappropriate Content', 'Comments', 'Status changed to: Not Right Now', 'Moderator', 'Music Fan', 'Rock Star 3', 'Casual Listener',
    'Options', 'Like', 'Reply', ...spGuide, 'Top Ideas', ...spTop, ...spCookie, ...spFoot, '© 2025 Spotify AB',
  ],
};

export const HELDOUT207_B: readonly TestPage[] = [spotifyIdea, hpThread];
