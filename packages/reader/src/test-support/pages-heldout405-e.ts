import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout405-kit.js';

/**
 * Held-out batch 405, file e: a Discord server's #rules channel saved from the web app (hashed class names, guild list,
 * channel sidebar with categories, channel header with topic, messages with author, timestamp and rendered markdown
 * headings and lists, reactions, the read-only notice, member list) and a Challonge-style fan tournament page (top bar,
 * tournament banner with host, game, format and start time, tabs, the host's description and rules, a bracket rendered as
 * SVG text, participant list, "Log in to sign up" box, footer).
 */
const cTitle = 'rules';
const cMsg1 = [
  j(
    'Welcome, runners! This server is a community for runners, routers and anyone curious about going fast.',
    'Please read the rules below before posting. By reacting with the lantern you confirm that you have read them.',
  ),
];
const cRules = [
  'Be respectful. No harassment, slurs or personal attacks, in messages, usernames or profile pictures.',
  'Keep discussion in the right channel. Runs go in #run-submissions, routing ideas in #routing, memes in #off-topic.',
  'Do not share emulator ROMs, cracked copies or anything that breaks the game’s terms of service.',
  'Do not ping moderators or runners for verification; the verification queue is handled in order.',
  'No spoilers for the secret ending outside the #spoilers channel for the first month after an update.',
  'No advertising of other servers, streams or products without permission from a moderator.',
];
const cMsg2 = [
  j(
    'Speedrun.com rules still apply to all leaderboard runs. This server is for discussion; the official rules live on the',
    'leaderboard page, and if the two ever disagree, the leaderboard wins.',
  ),
];
const cModRules = [
  'Moderators may remove messages or mute members who break these rules, usually after one warning.',
  'Serious or repeated violations lead to a ban. Ban appeals can be sent through the form linked in #appeals.',
  'If you see a problem, use the report function or message the moderation bot instead of arguing in public.',
];
const cMsg3 = j(
  'Last thing: have fun. Most of us got into speedrunning because a game we loved had one more secret in it. Share your PBs, ask',
  'questions, and help the next runner learn the spike room the way someone once helped you.',
);
const cHeadings = ['Server Rules', 'Speedrun rules', 'Moderation'];
const cChannels = ['announcements', 'general', 'run-submissions', 'routing', 'off-topic'];
const cMembers = ['hollowcrow', 'lantern_lou', 'Warden'];
const cHtml = `<!DOCTYPE html><html lang="en-US" class="theme-dark platform-web"><head><meta charset="utf-8">
<title>Discord | #rules | Glimmer Hollow Speedrunning</title>
<meta name="description" content="Discord is the easiest way to talk over voice, video, and text."><meta property="og:site_name" content="Discord">
<script nonce="MTg5LDE5MA==">window.GLOBAL_ENV={"API_ENDPOINT":"//discord.example/api","RELEASE_CHANNEL":"stable"};</script>
<link rel="stylesheet" href="/assets/web.6f1a2b3c.css"></head><body><div id="app-mount" class="appMount_ea7e65"><div class="app_a01fb1">
<nav class="guilds_a4d4d9" aria-label="Servers sidebar"><div class="tree_fea3ef"><div class="listItem_c96c45"><div class="blobContainer_a5ad63"
aria-label="Direct Messages"></div></div><div class="listItem_c96c45" aria-label="Glimmer Hollow Speedrunning"><div class="wrapper_cc5dd2">GHS</div></div>
</div></nav><div class="sidebar_a4d4d9"><nav class="container_ee69e0" aria-label="Glimmer Hollow Speedrunning (server)">
<header class="header_fd6364"><h2 class="name_fd6364">Glimmer Hollow Speedrunning</h2></header><ul class="content_eed6a8" role="tree">
<li class="containerDefault_f6f816"><div class="mainContent_f6f816"><h3 class="name_f6f816">Information</h3></div></li>
<li class="containerDefault_c69b6d selected_c69b6d"><a href="/channels/1/2" class="link_c69b6d"><div class="name_d8bfb3">rules</div></a></li>
${cChannels
  .map(
    (c) => `<li class="containerDefault_c69b6d"><a href="/channels/1/${c}" class="link_c69b6d"><div class="name_d8bfb3">${c}</div></a>
</li>`,
  )
  .join('\n')}
</ul></nav><section class="panels_a4d4d9" aria-label="User area"><div class="nameTag_b2ca13">Log in to chat</div></section></div>
<div class="chat_a7d72e"><section class="title_f75fb0 container_fc4f04" aria-label="Channel header"><div class="children_fc4f04">
<div class="titleWrapper_fc4f04"><h1 class="title_fc4f04">${cTitle}</h1></div><div class="topic_c7d87d">Read these before you post. Updated whenever the mods
change something.</div></div></section>
<main class="chatContent_a7d72e" aria-label="rules (channel)"><ol class="scrollerInner_e2e187" data-list-id="chat-messages">
<li class="divider_c2654d"><span class="content_c2654d">March 2, 2026</span></li>
<li id="chat-messages-1-101" class="messageListItem_d5deea"><div class="message_d5deea cozyMessage_d5deea groupStart_d5deea" role="article">
<div class="contents_f9f2ca"><h3 class="header_f9f2ca"><span class="headerText_f9f2ca"><span class="username_f9f2ca">Warden</span>
<span class="botTag_f9f2ca">APP</span></span><span class="timestamp_f9f2ca"><time datetime="2026-03-02T18:04:00.000Z">03/02/2026 7:04 PM</time></span></h3>
<div id="message-content-101" class="markup_f8f345 messageContent_f9f2ca"><h2>${cHeadings[0]}</h2>${ps(cMsg1)}
<ol start="1">${lis(cRules)}</ol></div></div>
<div class="reactions_ec6b19"><div class="reaction_ec6b19"><div class="reactionInner_ec6b19" aria-label="lantern, 1,284 reactions">
<div class="reactionCount_ec6b19">1,284</div></div></div></div></div></li>
<li id="chat-messages-1-102" class="messageListItem_d5deea"><div class="message_d5deea cozyMessage_d5deea" role="article"><div class="contents_f9f2ca">
<div id="message-content-102" class="markup_f8f345 messageContent_f9f2ca"><h2>${cHeadings[1]}</h2>${ps(cMsg2)}<h2>${cHeadings[2]}</h2>
<ul>${lis(cModRules)}</ul></div></div></div></li>
<li id="chat-messages-1-103" class="messageListItem_d5deea"><div class="message_d5deea cozyMessage_d5deea groupStart_d5deea" role="article">
<div class="contents_f9f2ca"><h3 class="header_f9f2ca"><span class="username_f9f2ca">hollowcrow</span><span class="timestamp_f9f2ca">
<time datetime="2026-03-02T18:11:00.000Z">03/02/2026 7:11 PM</time></span></h3>
<div id="message-content-103" class="markup_f8f345 messageContent_f9f2ca">${cMsg3}</div>
<div class="container_b558d0 repliedTextPreview">(edited)</div></div></div></li></ol>
<form class="form_a7d72e"><div class="channelTextArea_a7d72e"><div class="placeholder_d0696b">You do not have permission to send messages in this
channel.</div></div></form></main>
<aside class="membersWrap_cbd271" aria-label="Members"><h3 class="membersGroup_cbd271">Moderators — 2</h3><h3 class="membersGroup_cbd271">Bots — 1</h3>
${cMembers.map((m) => `<div class="member_a31c43"><span class="username_a31c43">${m}</span></div>`).join('\n')}
<h3 class="membersGroup_cbd271">Online — 418</h3></aside></div></div></div>
<script src="/assets/web.1a2b3c4d.js" defer></script></body></html>`;
const discord: TestPage = {
  name: 'heldout405-discord-rules-forum',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: cHeadings,
  body: texts([...cMsg1, ...cRules, ...cMsg2, ...cModRules, cMsg3]),
  bylines: ['March 2, 2026', 'Warden', '03/02/2026 7:04 PM', 'hollowcrow', '03/02/2026 7:11 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GHS', 'Glimmer Hollow Speedrunning', 'Information', 'announcements', 'general', 'lantern_lou', 'Log in to chat',
    'Read these before you post. Updated whenever the mods change something.', 'APP', '1,284', '(edited)',
    'You do not have permission to send messages in this channel.', 'Moderators — 2', 'Bots — 1', 'Online — 418',
  ],
};

const kTitle = 'Saltcliff Smash Weekly #48';
const kDesc = [
  j(
    'Welcome back to Saltcliff Smash Weekly, the longest-running fan tournament for Brawlhaven Clash on the south coast! This week is a',
    'double-elimination bracket, played in person at the Saltcliff Library basement with online check-in.',
  ),
  j(
    'Entry is free. The top three get store credit from Tidepool Games, and everyone who finishes gets a sticker for their controller.',
    'Bring your own controller if you can; we have six spare pads but they are well loved.',
  ),
];
const kRules = [
  'Check-in closes 15 minutes before start. Late players are removed from the bracket.',
  'All sets are best of three; winners finals and grand finals are best of five.',
  'Starter stages: Harbour Steps, Lantern Market and Tidepool. Counterpick stages are on the sheet at the TO desk.',
  'Stage striking follows 1-2-1. The loser of the previous game picks the next stage.',
  'Report your set at the TO desk or in the bracket yourself; the winner reports.',
  'Be nice. This is a library, so keep the hype to a reasonable volume.',
];
const kOutro = j(
  'Questions? Ask in the #saltcliff-smash channel on the community Discord or find Rowan at the TO desk on the night. See you',
  'on Thursday, and good luck to everyone playing their first bracket!',
);
const kPlayers = ['Rowan Pike', 'gullwing', 'Ada Ferris', 'brinelord', 'Tom Kettle', 'seaglass', 'Juno Marsh', 'lowtide'];
const kTabs = ['Bracket', 'Standings', 'Participants', 'Log', 'Announcements'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} - Challonge</title>
<meta name="description" content="Saltcliff Smash Weekly #48 - Brawlhaven Clash double elimination bracket hosted by saltcliffsmash.">
<meta property="og:image" content="https://challonge.example/tournaments/saltcliff48/bracket.png">
<script>window._initialStoreState={"TournamentStore":{"tournament":{"id":14820931,"name":"${kTitle}","state":"pending"}}};</script>
<link rel="stylesheet" href="https://assets.challonge.example/assets/application-3e2d1c.css"></head>
<body class="tournaments-show"><nav class="navbar navbar-default main-nav"><a class="navbar-brand" href="/">Challonge</a>
<ul class="nav navbar-nav"><li><a href="/tournaments">Tournaments</a></li><li><a href="/communities">Communities</a></li><li><a href="/pricing">Premier</a></li>
</ul><ul class="nav navbar-nav navbar-right"><li><a href="/user_session/new">Log In</a></li><li><a href="/user/new">Sign Up</a></li></ul></nav>
<div class="tournament-banner tournament-banner--pending"><div class="tournament-banner-header"><div class="details">
<h1 class="tournament-banner-tournament-header">${kTitle}</h1><div class="text">Hosted by <a href="/users/saltcliffsmash">saltcliffsmash</a></div></div>
<ul class="tournament-banner-meta"><li class="item"><i class="fa fa-users"></i> 8 Players</li><li class="item"><i class="fa fa-gamepad"></i>
<a href="/games/brawlhaven-clash">Brawlhaven Clash</a></li><li class="item"><i class="fa fa-sitemap"></i> Double Elimination</li>
<li class="item"><i class="fa fa-clock-o"></i> Starts March 19, 2026 7:00 PM GMT</li></ul></div>
<ul class="nav nav-tabs tournament-nav">${kTabs.map((t) => `<li><a href="/saltcliff48/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul></div>
<div class="tournament-description"><div class="description-body">
${ps(kDesc)}
<p><strong>Ruleset</strong></p>
<ul>${lis(kRules)}</ul>
<p>${kOutro}</p></div></div>
<div class="bracket-wrapper"><div id="bracket" class="brackets"><svg class="bracket-svg" width="800" height="400">
${kPlayers.map((p, i) => `<g class="match" data-match-id="${i}"><text class="match--player-name" x="10" y="${20 + i * 40}">${p}</text></g>`).join('\n')}
</svg></div></div>
<div class="participants-box"><div class="box-header">Participants</div><ol class="participant-list">
${kPlayers.map((p) => `<li class="participant">${p}</li>`).join('\n')}</ol></div>
<div class="signup-box"><p class="signup-text">Registration is open. Log in to sign up for this tournament.</p>
<a class="btn btn-primary" href="/user_session/new">Log in to sign up</a></div>
<footer class="site-footer"><ul><li><a href="/about">About</a></li><li><a href="/terms_of_service">Terms</a></li><li><a href="/privacy_policy">Privacy</a></li>
<li><a href="/developers">Developer API</a></li></ul><p>© 2026 Challonge, LLC</p></footer>
<script src="https://assets.challonge.example/assets/bracket-9f8e7d.js"></script></body></html>`;
const challonge: TestPage = {
  name: 'heldout405-challonge-tournament-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([...kDesc, 'Ruleset', ...kRules, kOutro]),
  bylines: ['Hosted by saltcliffsmash', 'Starts March 19, 2026 7:00 PM GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Challonge', 'Tournaments', 'Communities', 'Premier', 'Log In', 'Sign Up', '8 Players', 'Double Elimination', ...kTabs, ...kPlayers,
    'Registration is open. Log in to sign up for this tournament.', 'Log in to sign up', 'About', 'Terms', 'Privacy', 'Developer API',
    '© 2026 Challonge, LLC',
  ],
};

export const HELDOUT405_E: readonly TestPage[] = [discord, challonge];
