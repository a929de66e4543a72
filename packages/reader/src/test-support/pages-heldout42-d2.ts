import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 42, file d2: an Akkoma thread (a status and its replies) on akkoma-fe, saved from the browser logged out
 * (OpenGraph and ActivityPub links the backend puts in the head, the noscript line, the desktop nav with the instance name
 * and search, the sidebar with the login form, the nav panel, the instance panel and the features panel, the
 * "Conversation" panel with its collapse button, statuses with display name, account name, relative time, visibility icon,
 * "Reply to" rows and mention lines, rich content, an image attachment, emoji reactions and the action buttons with counts).
 */
const akTitle = 'Recorded a nightjar churring at dusk on the heath tonight.';
const ak1 = [
  'Stood by the old gravel pit from half past nine until the light went, and at 21:52 one started up about thirty metres ' +
    'away. Then a second answered from the birches. Eleven minutes of churring, two wing claps and one very confused moth on ' +
    'the windshield.',
  'Gear was the usual: a pair of cheap omni capsules on a bar, a small recorder at 48 kHz, and a lot of insect repellent. No ' +
    'processing other than a gentle high-pass to lose the rumble from the bypass.',
  'Full recording: <a href="https://ashbysounds.example/sounds/nightjar-2025" rel="ugc">https://ashbysounds.example/sounds/nightjar-2025</a> ' +
    '(headphones recommended, and turn it down before the wing claps)',
];
const ak2 = [
  'oh this is lovely. Eleven minutes! Were you on a public footpath or did you need permission for the pit? There is a site ' +
    'near me with nightjars but the landowner is funny about access.',
];
const ak3 = [
  'It is open access land, so no permission needed, but I stick to the paths anyway because it is ground-nesting season. The ' +
    'birds do not seem to mind a person standing still; it is dogs off the lead that flush them.',
];
const ak4 = ['What were you using for wind? Churring is so low in level that I always end up with more wind noise than bird.'];
const ak5 = [
  'A furry cover over a foam basket, nothing clever. The real trick was the evening itself: almost no wind after sunset, ' +
    'which is the only reason this worked.',
  'I have tried the same spot three times this year and got nothing usable.',
];
const ak6 = ['Saving this for the next still evening. Thank you for the tip about dogs too, I had not thought about it.'];
interface St {
  id: string;
  name: string;
  acct: string;
  time: string;
  iso: string;
  replyTo: string;
  body: string;
  counts: [string, string, string];
  react?: string;
}
const status = (s: St, focused = false): string => `<article class="Status${focused ? ' -focused' : ''}" data-tags="">
<div class="status-container${s.replyTo ? ' -reply' : ''}"><div class="left-side"><a href="/users/${s.id}" class="user-link"><div class="Avatar post-avatar">
<img class="avatar still-image" src="https://wetlands.social.example/media/avatars/${s.acct.replace(/\W/g, '')}.png" alt="${s.acct}"></div></a></div>
<div class="right-side"><div class="status-heading"><div class="heading-name-row"><div class="heading-left"><h4 class="status-username" title="${s.name}">
<span class="RichContent -faint">${s.name}</span></h4><a href="/users/${s.id}" class="account-name" title="${s.acct}">${s.acct}</a></div>
<span class="heading-right"><a href="/notice/${s.id}" class="timeago faint-link"><time datetime="${s.iso}"
 title="${s.iso.slice(0, 10)} ${s.iso.slice(11, 16)}">${s.time}</time></a>
<span class="visibility-icon"><i class="fa-solid fa-globe" title="Public"></i></span></span></div>
${
  s.replyTo
    ? `<div class="heading-reply-row"><div class="reply-to-and-accountname"><a class="reply-to" href="/notice/x" aria-label="Reply to">
<i class="fa-solid fa-reply"></i><span class="faint-link reply-to-text">Reply to</span></a><a href="/users/x"
 class="reply-to-link">${s.replyTo}</a></div></div>`
    : ''
}</div>
<div class="StatusContent">${
  s.replyTo
    ? `<span class="MentionsLine"><span class="MentionLink mention-link"><a class="original"
 href="/users/x">${s.replyTo}</a></span></span>`
    : ''
}
<div class="status-body"><div class="text media-body"><div class="RichContent">${s.body}</div></div></div></div>
${
  s.react
    ? `<div class="EmojiReactions"><button class="emoji-reaction btn button-default"><span class="reaction-emoji">${s.react}</span><span
 class="reaction-count">4</span></button></div>`
    : ''
}
<div class="status-actions"><div class="ReplyButton"><button class="button-unstyled interactive" title="Reply"><i class="fa-solid fa-reply"></i></button>
<span class="action-counter">${s.counts[0]}</span></div><div class="RetweetButton"><button class="button-unstyled interactive" title="Repeat">
<i class="fa-solid fa-retweet"></i></button><span class="action-counter">${s.counts[1]}</span></div><div class="FavoriteButton">
<button class="button-unstyled interactive" title="Favorite"><i class="fa-regular fa-star"></i></button><span class="action-counter">${s.counts[2]}</span></div>
<div class="ReactButton"><button class="button-unstyled popover-trigger" title="Add Reaction"><i class="fa-regular fa-smile-beam"></i></button></div>
<div class="ExtraButtons"><button class="button-unstyled popover-trigger" title="More"><i
 class="fa-solid fa-ellipsis-h"></i></button></div></div></div></div></article>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('');
const akAttach = `<div class="attachments"><div class="gallery-row"><div class="Attachment -type-image"><a class="image-container"
 href="https://wetlands.social.example/media/heath.jpg"
 target="_blank" title="The heath at dusk: heather in the foreground, birches against a pale sky"><img class="still-image"
 src="https://wetlands.social.example/media/heath.jpg" alt="The heath at dusk: heather in the foreground, birches against a pale sky"></a></div></div></div>`;
const rowan = { name: 'Rowan Ashby', acct: 'rowan' };
const hazel = { name: 'Hazel ✿', acct: 'hazel@birds.town.example' };
const dev = { name: 'Dev (field recordist)', acct: 'dev_sonic@fedi.example' };
const akStatuses: St[] = [
  {
    id: 'AjA1',
    ...rowan,
    time: '3d',
    iso: '2025-06-14T20:47:13Z',
    replyTo: '',
    body: `<p>${akTitle}</p>${ps(ak1)}${akAttach}`,
    counts: ['5', '7', '21'],
    react: '🦉',
  },
  { id: 'AjA2', ...hazel, time: '3d', iso: '2025-06-14T21:20:40Z', replyTo: '@rowan', body: ps(ak2), counts: ['1', '0', '3'] },
  { id: 'AjA3', ...rowan, time: '2d', iso: '2025-06-15T07:05:02Z', replyTo: '@hazel', body: ps(ak3), counts: ['1', '0', '6'] },
  { id: 'AjA4', ...dev, time: '2d', iso: '2025-06-15T09:44:51Z', replyTo: '@rowan', body: ps(ak4), counts: ['1', '0', '2'] },
  { id: 'AjA5', ...rowan, time: '2d', iso: '2025-06-15T10:12:19Z', replyTo: '@dev_sonic', body: ps(ak5), counts: ['0', '1', '8'] },
  { id: 'AjA6', ...hazel, time: '1d', iso: '2025-06-16T18:30:00Z', replyTo: '@rowan', body: ps(ak6), counts: ['0', '0', '2'] },
];
const akFeatures = ['Media proxy', 'Scope options', 'Translation', 'Text limit = 5000', 'Upload limit = 40 MiB'];
const akHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>Wetlands Social</title><link rel="icon" type="image/png" href="/favicon.png"><link rel="manifest" href="/manifest.json">
<meta content="Rowan Ashby" property="og:title"><meta content="https://wetlands.social.example/notice/AjA1" property="og:url">
<meta content="${akTitle} Stood by the old gravel pit from half past nine until the light went." property="og:description">
<meta content="article" property="og:type"><meta content="summary_large_image" property="twitter:card">
<link href="https://wetlands.social.example/objects/5b0e1c62-3f1c-4b77-9c5e-2a8d0f7b6a11" rel="alternate" type="application/activity+json">
<link rel="stylesheet" href="/static/css/app.8f1c2a9e.css"><script defer src="/static/js/vendors~app.4d1e0b77.js"></script>
<script defer src="/static/js/app.6a0c91f2.js"></script><style>#splash { display: none; }</style></head>
<body class="hidden"><noscript>To use Akkoma, please enable JavaScript.</noscript>
<div id="splash" class="hidden"><div id="splash-credit">Art by pipivovott</div><div id="status">Loading...</div></div>
<div id="app" class="app-bg-wrapper"><div id="app_bg_wrapper" class="app-bg-wrapper"></div><nav id="nav" class="DesktopNav">
<div class="inner-nav"><div class="item"><a href="/main/public" class="site-brand"><img class="site-logo" src="/static/logo.svg" alt="">
<span class="site-name">Wetlands Social</span></a></div><div class="item right actions"><div class="SearchBar"><button class="button-unstyled nav-icon"
 title="Search">
<i class="fa-solid fa-magnifying-glass"></i></button></div><a href="/about" class="nav-icon" title="About"><i
 class="fa-solid fa-circle-info"></i></a></div></div></nav>
<div id="content" class="app-layout container"><div class="underlay"></div><div id="sidebar" class="column -scrollable">
<div class="login panel panel-default"><div class="panel-heading">Log in</div><div class="panel-body"><form class="login-form">
<div class="form-group"><label for="username">Username</label><input id="username" class="form-control" placeholder="e.g. lain"></div>
<div class="form-group"><label for="password">Password</label><input id="password" type="password" class="form-control"></div>
<div class="form-group"><a href="/password-reset" class="forgot-password">Forgot password?</a></div><div class="form-group"><div class="login-bottom">
<div><a href="/registration" class="register">Register</a></div><button type="submit" class="btn button-default">Log in</button></div></div></form></div></div>
<div class="NavPanel"><div class="panel panel-default"><ul class="panel-body"><li><a href="/main/public" class="menu-item"><i class="fa-solid fa-users"></i>
<span>Local timeline</span></a></li><li><a href="/bubble" class="menu-item"><i class="fa-solid fa-circle"></i><span>Bubble timeline</span></a></li>
<li><a href="/main/all" class="menu-item"><i class="fa-solid fa-globe"></i><span>The Whole Known Network</span></a></li>
<li><a href="/about" class="menu-item"><i class="fa-solid fa-info-circle"></i><span>About</span></a></li></ul></div></div>
<div class="instance-specific-panel"><div class="panel panel-default"><div class="panel-body"><p>Wetlands Social is a small Akkoma server for birders,
moth-trappers and field recordists. Be kind, add alt text, and keep nest locations to yourself.</p></div></div></div>
<div class="features-panel"><div class="panel panel-default base01-background"><div class="panel-heading timeline-heading base02-background">
<div class="title">Features</div></div><div
 class="panel-body features-panel"><ul>${akFeatures.map((f) => `<li>${f}</li>`).join('')}</ul></div></div></div></div>
<div id="main-scroller" class="column main"><div class="Conversation -expanded -hidden-status panel panel-default">
<div class="panel-heading conversation-heading -sticky"><span class="title">Conversation</span><button class="button-unstyled -link">Collapse</button></div>
<div class="conversation-body panel-body">${akStatuses.map((s, i) => status(s, i === 0)).join('\n')}</div></div></div></div>
<div id="modal"></div><div class="GlobalNoticeList"></div></div></body></html>`;
export const akkomaThread: TestPage = {
  html: akHtml,
  name: 'heldout42-akkoma-thread',
  kind: 'forum',
  // the first status has no title: its first paragraph is the title, the rest of it and every reply are body (the link in
  // the first status is part of its last paragraph); the replies' leading mentions are taken out of their text by akkoma-fe
  // into a mention line: like the "Reply to" rows they name another poster, so the mention texts are in neither list (they
  // are the posters' handles anyway); display names, account names and relative times are bylines; the image attachment is
  // alt only; action counters, the reaction, the top nav, the login form, the nav panel, the instance and features panels,
  // "Conversation" and "Collapse", the splash and the noscript line are furniture; the counters (digits) and the nav
  // panel's "About" (a body word) are left out
  title: akTitle,
  headings: [],
  body: [...texts(ak1), ...texts(ak2), ...texts(ak3), ...texts(ak4), ...texts(ak5), ...texts(ak6)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'Rowan Ashby', 'rowan', '3d', 'Hazel ✿', 'hazel@birds.town.example', '2d', 'Dev (field recordist)', 'dev_sonic@fedi.example', '1d',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'To use Akkoma, please enable JavaScript.', 'Art by pipivovott', 'Loading...', 'Wetlands Social', 'Log in', 'Username', 'Password',
    'Forgot password?', 'Register', 'Local timeline', 'Bubble timeline', 'The Whole Known Network',
    'Wetlands Social is a small Akkoma server for birders, moth-trappers and field recordists. Be kind, add alt text, and keep nest locations to yourself.',
    'Features', ...akFeatures, 'Conversation', 'Collapse', 'Reply to', '🦉',
  ],
};
