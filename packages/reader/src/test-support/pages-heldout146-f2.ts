import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 146, file f2: a Google Groups conversation (the 2020s web UI) in a public user group as a signed-out visitor
 * saves it (the obfuscated-class app shell with c-wiz, the banner with "Groups", the in-group search box and "Sign in", the
 * navigation with the group name, "Conversations" and "About", the thread heading with the view count and
 * "Skip to first unread message", message list items with sender name, date and "to" line, bodies in <html-blob> elements,
 * quoted text hidden in gmail_quote blocks behind "Show trimmed content" buttons, per-message "Reply all", "Reply to author"
 * and "Forward" buttons and the "More" menu, the bottom reply bar, the report/permission menu texts, and the footer with
 * "Privacy" and "Terms").
 */
const ggTitle = 'Build times went from 8 seconds to 90 after upgrading to 2.4';
type GgMsg = { id: string; name: string; date: string; paras: string[]; quote?: string };
const ggMsgs: GgMsg[] = [
  {
    id: 'm1',
    name: 'Anneke Vos',
    date: 'Mar 3, 2025, 2:22:09 PM',
    paras: [
      'Hi all,',
      'Since moving our documentation site from Quillmark 2.3.2 to 2.4.0, a full build in CI takes about 90 seconds instead of 8. Local ' +
        'builds on my laptop are still quick, which is what confuses me. The site has around 600 pages and 1,400 images.',
      'Nothing else changed in the same commit. I tried clearing the CI cache in case something stale was the problem, but that made no ' +
        'difference. Running with <code>--verbose</code> shows most of the time going on a step called <code>assets</code>, with ' +
        'no detail below that.',
      'Has anyone else seen this? Happy to share the config if that helps.',
    ],
  },
  {
    id: 'm2',
    name: 'Rafael Ibarra',
    date: 'Mar 3, 2025, 4:05:51 PM',
    quote: 'Local builds on my laptop are still quick, which is what confuses me.',
    paras: [
      'That difference between local and CI is the clue. 2.4 introduced the new image pipeline, which writes resized images to a cache ' +
        'directory and only reprocesses images that have changed. On your laptop the cache survives between builds. In CI it almost ' +
        'certainly does not, so every build resizes all 1,400 images from scratch.',
      'The cache lives in <code>.quillmark/cache</code> by default. Either add that directory to whatever your CI keeps between runs, or ' +
        'set <code>cache_dir</code> in the config to a path that is already cached.',
      'You can confirm it with <code>quillmark build --profile</code>, which prints the time spent on each image. If they are all ' +
        'around the same small number, it is the resizing.',
    ],
  },
  {
    id: 'm3',
    name: 'Anneke Vos',
    date: 'Mar 4, 2025, 9:12:40 AM',
    paras: [
      'You were right. Our runner starts from a clean workspace on every job, so the cache was thrown away each time. I moved ' +
        '<code>cache_dir</code> into the folder we already keep for dependencies and the build is down to 11 seconds.',
      'The profile output was very useful too. It might be worth mentioning it in the upgrade notes.',
    ],
  },
  {
    id: 'm4',
    name: 'Sung-min Cho',
    date: 'Mar 4, 2025, 11:30:02 AM',
    paras: [
      'Same thing here on a hosted build service, where I cannot choose which folders are kept. Is there a way to turn the new pipeline ' +
        'off and go back to the 2.3 behaviour until they add cache support?',
    ],
  },
  {
    id: 'm5',
    name: 'Rafael Ibarra',
    date: 'Mar 4, 2025, 1:47:18 PM',
    quote: 'Is there a way to turn the new pipeline off and go back to the 2.3 behaviour?',
    paras: [
      'Yes, set <code>images.pipeline: legacy</code> in the config. It is slower per image but does not depend on the cache.',
      'I have added a section on caching to the upgrade guide, and 2.4.1 will print a warning when the cache directory is empty at ' +
        'the start of a build, so this should be easier to spot.',
    ],
  },
];
const ggMsg = (m: GgMsg, i: number): string => `<section class="AnmYv" role="listitem" aria-label="${m.name}" jsname="l2sBDf" data-message-id="${m.id}"
data-doc-id="${i}"><div class="ZLl54"><div class="ijeEBb"><img class="rd4IXb" src="https://lh3.googleusercontent.example/a/default-user=s40" alt=""
aria-hidden="true"></div>
<div class="s1f8Zd"><div class="LgTNRd"><h3 class="s1f8Zd"><span class="zX2W9c">${m.name}</span></h3><span class="ELCJ4d"><span
class="zX2W9c">${m.date}</span></span></div>
<div class="GDUeWb">to quillmark-users</div></div><div class="O8BGpc" role="toolbar"><div role="button" class="U26fgb" aria-label="Reply all" tabindex="0">
<span class="RveJvd">Reply all</span></div><div role="button" class="U26fgb" aria-label="Reply to author"
tabindex="0"><span class="RveJvd">Reply to author</span></div>
<div role="button" class="U26fgb" aria-label="Forward" tabindex="0"><span class="RveJvd">Forward</span></div><div role="button" class="U26fgb" aria-label="More"
aria-haspopup="true"
tabindex="0"></div><div class="JPdR6b" role="menu" aria-hidden="true"
style="display:none"><span role="menuitem">Copy link</span><span role="menuitem">Report message</span>
<span role="menuitem">Show original message</span></div></div></div>
<div class="ptW7te"><html-blob><div dir="ltr">${m.paras.map((p) => `<div>${p}</div><div><br></div>`).join('\n')}</div>${
  m.quote
    ? `<div role="button" class="rHSgVc" aria-label="Show trimmed content" tabindex="0">…</div><div class="gmail_quote" style="display:none"><div dir="ltr"
class="gmail_attr">On ${ggMsgs[i - 1]?.date ?? ''} ${ggMsgs[i - 1]?.name ?? ''} wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;
border-left:1px solid rgb(204,204,204);padding-left:1ex">${m.quote}</blockquote></div>`
    : ''
}</html-blob></div></section>`;
const ggHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><base href="https://groups.google.com/"><meta name="referrer" content="origin"><meta name="google" content="notranslate">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${ggTitle}"><meta property="og:site_name"
content="Google Groups">
<link rel="canonical" href="https://groups.google.com/g/quillmark-users/c/R4d0Qm3pXtY"><title>${ggTitle}</title>
<script nonce="Kq8d2">window.WIZ_global_data = {"Im6cmf":"/_/GroupsFrontendUi","QrtxK":"0",
"S06Grb":"","eptZe":"/_/GroupsFrontendUi/","qwAQke":"GroupsFrontendUi"};</script>
<link rel="stylesheet" href="https://www.gstatic.example/_/mss/boq-groups/_/ss/k=boq-groups.GroupsFrontendUi.4Xq.L.B1.O/am=AAAB/d=1/ed=1/rs=AGKMywG"
data-id="_cl" nonce="Kq8d2">
<script nonce="Kq8d2">var AF_initDataKeys = ["ds:0","ds:1"]; var AF_dataServiceRequests = {"ds:0":{"id":"FtQK3b","request":["quillmark-users"]}};</script>
<script src="https://www.gstatic.example/_/mss/boq-groups/_/js/k=boq-groups.GroupsFrontendUi.en.9vA/am=AAAB/d=1/excm=_b,_tp,conversationview/rs=AGKMywF" async
nonce="Kq8d2"></script></head>
<body jscontroller="pjICDe" jsaction="rcuQ6b:npT2md; click:FAbpgf; auxclick:FAbpgf" class="EIlDfe" data-has-header="true" data-has-footer="true">
<div class="MCcOAc IqBfM ecJEib EWZcud" id="yDmH0d"><c-wiz jsrenderer="Hd0gBf" class="zQTmif SSPGKf eejsDc" jsdata="deferred-i1" data-p="%.@.]"
jscontroller="bKVdac"
jsmodel="hc6Ubd" view="" data-ogpc=""><div class="T4LgNb" jsname="a9kxte"><header class="gb_Fa gb_rd" role="banner"><div class="gb_Kd"><div class="gb_Ic"><div
class="gb_0c" aria-label="Main menu" role="button" tabindex="0"></div></div><div class="gb_Mc"><a class="gb_2d gb_Nc" href="./" aria-label="Groups"
title="Groups">
<span class="gb_yd gb_Sc">Groups</span></a></div></div><div class="gb_Td"><form class="gb_Ud" method="get" role="search"><input class="gb_ye" type="text"
aria-label="Search conversations within quillmark-users" placeholder="Search conversations within quillmark-users" name="q"><button class="gb_Fe"
aria-label="Search"
role="button"></button><button class="gb_He" aria-label="Clear search" role="button"></button></form></div><div class="gb_Wd"><a class="gb_wa gb_ed"
href="https://accounts.google.example/ServiceLogin?service=groups2">
<span class="gb_Yd">Sign in</span></a></div></header>
<nav class="aJPBWd" role="navigation" aria-label="Group navigation"><div class="Y9zFhf"><a class="VxsvUb"
href="g/quillmark-users"><span class="ps0ygd">quillmark-users</span></a>
</div><ul class="SwEhLd"><li><a class="mLQbxe Mxn6Ub" href="g/quillmark-users"
aria-current="page"><span class="MUCRuc">Conversations</span></a></li><li><a class="mLQbxe"
href="g/quillmark-users/about"><span class="MUCRuc">About</span></a></li></ul><div class="EGGlgd"><a class="DfFFje"
href="https://groups.google.example/my-groups">
<span>Groups</span></a><span class="dyusvc">Send feedback to Google</span><a href="https://support.google.example/groups" class="xIoQw">Help</a></div></nav>
<div class="GcVcmc" role="main"><div class="jF96d" jsname="tLX7Xb"><c-wiz jsrenderer="yjEe2c" class="Xphvsd" jsdata="deferred-i3" data-node-index="1;0"
jsmodel="hc6Ubd"
c-wiz=""><div class="ThqSJd"><div class="vnRYNe"><a class="IeRCTc" href="g/quillmark-users" aria-label="Back to Conversations"></a></div><div class="tCExvf"
role="heading"
aria-level="1"><h1 class="KPwZRb gKR4Fb">${ggTitle}</h1></div><div class="bjOhKe"><span class="ezMwKd">318 views</span></div><a class="Hyk2Mc"
href="#msg-unread">Skip to first
unread message</a></div><section class="Mk1dhb" role="list" aria-label="${ggTitle}">
${ggMsgs.map(ggMsg).join('\n')}
</section><div class="jqT7ld" role="toolbar"><div role="button" class="U26fgb eRvxbf"><span class="RveJvd">Reply all</span></div><div role="button"
class="U26fgb eRvxbf">
<span class="RveJvd">Reply to author</span></div><div role="button" class="U26fgb eRvxbf"><span class="RveJvd">Forward</span></div></div>
<div class="VfPpkd-Bz112c" aria-hidden="true" style="display:none"><span>You do not have permission to delete messages in this group</span>
<span>Either email addresses are anonymous for this group or you need the view member email addresses permission to view the original message</span></div>
<div class="wvGCSb">0 new messages</div></c-wiz></div></div>
<footer class="gNVsKb" role="contentinfo"><a href="https://policies.google.example/privacy" class="Fxmcue">Privacy</a><span class="nkpEJe">•</span>
<a href="https://policies.google.example/terms" class="Fxmcue">Terms</a></footer></div></c-wiz>
<script nonce="Kq8d2">AF_initDataCallback({key: 'ds:0', hash: '1', data:[["quillmark-users","Quillmark users",null,1]], sideChannel: {}});</script></div></body>
</html>`;
export const googleGroupsThread: TestPage = {
  html: ggHtml,
  name: 'heldout146-google-groups-thread',
  kind: 'forum',
  // every message is body (greetings included); the hidden gmail_quote blocks (with their "On ... wrote:" lines) are in
  // neither list; sender names and message dates are bylines; the "to quillmark-users" lines, view count, reply buttons,
  // the hidden menu and permission texts, navigation and footer are furniture
  title: ggTitle,
  headings: [],
  body: texts(ggMsgs.flatMap((m) => m.paras)),
  bylines: [...new Set(ggMsgs.flatMap((m) => [m.name, m.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Groups', 'Sign in', 'quillmark-users', 'Conversations', 'About', 'Send feedback to Google', 'Help', '318 views', 'Skip to first unread message',
    'to quillmark-users', 'Reply all', 'Reply to author', 'Forward', 'Copy link', 'Report message', 'Show original message',
    'You do not have permission to delete messages in this group',
    'Either email addresses are anonymous for this group or you need the view member email addresses permission to view the original message', '0 new messages',
    'Privacy', 'Terms',
  ],
};
