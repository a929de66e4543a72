import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 22, file a2: a Google Groups conversation as the web app renders it (Google bar with the "Groups" logo,
 * search box and "Sign in", the left rail with the group name, "Conversations", "About" and the help and feedback links,
 * "Skip to first unread message", the subject and view count, four messages each with avatar, sender, date, "to" line,
 * Reply all / Reply to author / Forward buttons and the hidden "more" menu with its permission notes, Gmail-style
 * <div> paragraphs, and one message's trimmed quote of the first one, hidden behind the "…" button).
 */
const ggGroup = 'riverbed-discuss';
const ggTitle = 'Compaction stalls when retention is shorter than the block range';
const ggMsg1 = [
  'Hi all,',
  'We run Riverbed 1.9 on three nodes that collect sensor data from about 4,000 pumps. Retention on these nodes is set to 36 ' +
    'hours because we only need recent data there; everything older is shipped to the archive cluster every night.',
  'Since the upgrade from 1.8, compaction on two of the nodes stops making progress after a day or so. The compactor log ' +
    'repeats "skipping block, overlaps retention boundary" every few minutes, disk use climbs by roughly 40 GB a day, and the ' +
    'only thing that helps is a restart.',
  'Our block range is the default of 48 hours. Is there a rule that retention must be longer than the block range? I could ' +
    'not find one anywhere in the docs.',
];
const ggMsg2 = [
  'Hi Kofi,',
  'There is no such rule, but you have found a real bug, and it is ours rather than yours. In 1.9 we changed the compactor ' +
    'so that it never rewrites a block that lies partly past the retention boundary, because doing so could bring deleted ' +
    'series back in rare cases. The side effect is that when retention is shorter than one block range, almost every block ' +
    'straddles the boundary, so the compactor skips them all and waits for retention to delete them whole. Retention, in ' +
    'turn, waits for compaction. Neither moves.',
  'Until the fix is released, set --storage.block-range=12h on those nodes. With blocks shorter than a third of the ' +
    'retention window the deadlock cannot happen, and the existing 48-hour blocks will age out on their own within two days.',
  'I have opened issue 2291 to track it and will post here when 1.9.2 is out.',
];
const ggMsg3 = [
  'That did it. Both nodes compacted overnight and disk use is back to where it was before the upgrade.',
  'For anyone else who hits this: we also had to delete the compactor lock file after changing the flag, otherwise the first ' +
    'run after the restart still refused to start and logged the same skip message as before.',
];
const ggMsg4 = [
  'Same here on a single node with 24h retention, and the 12h block range works for us as well.',
  'One thing to add: the disk usage dashboard that ships with Riverbed counts the skipped blocks twice, so it looked a lot ' +
    'worse than it was. Real usage was about two thirds of what the panel showed, which is worth knowing before you start ' +
    'deleting data in a panic.',
];
const ggQuoteBy = 'On Mon, Mar 3, 2025 at 4:17 PM Kofi Asante <k...@pumpgrid.example> wrote:';
const ggMenu = ['Reply to author', 'Forward', 'Copy link', 'Report message', 'Show original message'];
const ggNoDelete = 'You do not have permission to delete messages in this group';
const ggNoOriginal = 'Either email addresses are anonymous for this group or you need the view member email addresses permission to view the original message';
const ggPara = (ps: readonly string[]): string =>
  `<div dir="ltr">${ps[0]}${ps
    .slice(1)
    .map((p) => `<div><br></div><div>${p}</div>`)
    .join('')}</div>`;
const ggPost = (id: string, who: string, when: string, ps: readonly string[], trimmed = ''): string => `<section role="listitem"
 class="pv4Sd" data-doc-id="${id}" jsname="bT4zXb" jscontroller="K6N5Rd" jsaction="rcuQ6b:rcuQ6b;JIbuQc:mBKYve">
<div class="Wza9Tc"><div class="ZhRpqf"><img class="ffAJ7e" alt="" src="https://lh3.googleusercontent.example/a/default-user=s40"></div>
<div class="SWC26d"><span class="ryoWPd">unread,</span><h3 class="s1f8Zd"><span class="lMs5cb" data-hovercard-id="${id}">${who}</span></h3>
<span class="zX2W9c" title="${when}">${when}</span><div class="pRAkPe">to ${ggGroup}</div></div>
<div class="LgTNRd"><div role="button" class="U26fgb" aria-label="Reply all"><span class="RveJvd">Reply all</span></div>
<div role="button" class="U26fgb" aria-label="More"><span class="DPvwYc" aria-hidden="true"></span></div>
<div role="menu" class="JPdR6b" aria-hidden="true" style="display:none"><ul>${ggMenu.map((t) => `<li role="menuitem"><span>${t}</span></li>`).join('')}
<li role="menuitem" aria-disabled="true"><span>Delete</span><div class="ne2Ple-oshW8e-V67aGc">${ggNoDelete}</div></li>
<li role="menuitem" aria-disabled="true"><span>Show original message</span><div class="ne2Ple-oshW8e-V67aGc">${ggNoOriginal}</div></li></ul></div></div></div>
<div class="ptW7te">${ggPara(ps)}${trimmed}</div>
<div class="vlJ4Se"><div role="button" class="U26fgb"><span>Reply all</span></div><div role="button" class="U26fgb"><span>Reply to author</span></div>
<div role="button" class="U26fgb"><span>Forward</span></div></div></section>`;
const ggTrimmed = `<div class="yMBGuc"><div role="button" class="d1Lfpe" aria-label="Show trimmed content" tabindex="0"><span class="DPvwYc"></span></div>
<div class="aS6xJe" style="display:none"><div class="gmail_quote">
<div dir="ltr" class="gmail_attr">${ggQuoteBy.replace(/</g, '&lt;').replace(/>/g, '&gt;')}<br></div>
<blockquote class="gmail_quote"
 style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${ggPara(ggMsg1.slice(0, 3))}</blockquote>
</div></div></div>`;
const ggHtml = `<!doctype html><html lang="en" dir="ltr"><head><base href="https://groups.google.example/"><meta name="referrer" content="origin">
<link rel="canonical" href="https://groups.google.example/g/${ggGroup}/c/Xq7m2PzK9aQ"><title>${ggTitle}</title>
<script nonce="Vb3k1oT9">window.WIZ_global_data = {"Im6cmf":"/_/GroupsFrontendUi","QrtxK":"0","S06Grb":"",
"TSDtV":"%.@.[[null,[[45459555,null,false]]]]"};</script>
<style nonce="Vb3k1oT9">.pv4Sd{border-bottom:1px solid #dadce0}.ryoWPd{position:absolute;clip:rect(0 0 0 0)}.aS6xJe{display:none}</style></head>
<body jscontroller="pjICDe" jsaction="rcuQ6b:npT2md; click:FAbpgf; auxclick:FAbpgf" class="EIlDfe" data-iw="1280" data-ih="800">
<script aria-hidden="true" nonce="Vb3k1oT9">window.wiz_progress&&window.wiz_progress();</script>
<div class="MCcOAc IqBfM EWZcud cjGgHb d8Etdd LcUz9d" id="yDmH0d">
<header class="gb_Ha gb_nb gb_Gd" role="banner"><div class="gb_Ac"><div role="button" class="gb_zc" aria-label="Main menu"></div>
<a class="gb_ve gb_Bc" href="./" aria-label="Groups"><span class="gb_ud">Groups</span></a></div>
<form class="gb_ze" role="search" method="get" action="./search"><div class="gb_uf"><input class="gb_wf" name="q"
 aria-label="Search conversations within ${ggGroup}" placeholder="Search conversations within ${ggGroup}"></div></form>
<div class="gb_Vd"><a class="gb_A" aria-label="Google apps" href="https://www.google.example/intl/en/about/products"></a>
<a class="gb_Ea gb_gd" href="https://accounts.google.example/ServiceLogin?service=groups2">Sign in</a></div></header>
<div class="Ztwcbc" role="navigation" aria-label="${ggGroup}"><div class="RMgtvb"><a class="Hkaelb" href="./g/${ggGroup}">${ggGroup}</a></div>
<ul class="rUvw5b">${links(['Conversations', 'About'], 'MZyLo')}</ul>
<div class="HpnFxb"><a href="https://support.google.example/groups/answer/feedback">Send feedback to Google</a>
<a href="https://support.google.example/groups">Help</a><span><a href="https://policies.google.example/privacy">Privacy</a> •
<a href="https://policies.google.example/terms">Terms</a></span></div></div>
<c-wiz jsrenderer="PRvCc" class="zQTmif SSPGKf" jsdata="deferred-i5" data-p="%.@.[&quot;${ggGroup}&quot;,&quot;Xq7m2PzK9aQ&quot;]" jsmodel="hc6Ubd">
<div role="main" class="ThRaPc"><div class="b8ReAe"><a class="cEtMfe" href="#msg-first-unread" jsname="Ofu9be">Skip to first unread message</a></div>
<div class="IJJjf"><html-blob><h1 class="eB2Wbd" aria-level="1">${ggTitle}</h1></html-blob><div class="y3yH3e">94 views</div></div>
<div role="list" class="aPWhIf" aria-label="${ggTitle}">
${ggPost('m1', 'Kofi Asante', 'Mar 3, 2025, 4:17:52 PM', ggMsg1)}
${ggPost('m2', 'Dana Whitcombe', 'Mar 3, 2025, 7:02:10 PM', ggMsg2, ggTrimmed)}
${ggPost('m3', 'Kofi Asante', 'Mar 4, 2025, 9:40:31 AM', ggMsg3)}
${ggPost('m4', 'Lukas Brenner', 'Mar 6, 2025, 11:05:47 AM', ggMsg4)}
</div></div></c-wiz></div>
<script nonce="Vb3k1oT9">AF_initDataCallback({key: 'ds:2', hash: '4', data:[["${ggGroup}","${ggTitle}",4,94]], sideChannel: {}});</script>
</body></html>`;
export const googleGroups: TestPage = {
  html: ggHtml,
  name: 'heldout22-google-groups-thread',
  kind: 'forum',
  // the four messages are the thread: body, greetings included; the subject (h1) is the title; senders and dates are
  // bylines (Kofi Asante posts twice: once), as is the hidden quote's "On ... wrote:" line; the hidden quote itself repeats
  // the first message word for word (in neither list); the Google bar, the rail with the group name and its links, "Skip to
  // first unread message", the view count, the screen-reader "unread," mark, the "to" line, the Reply all / Reply to author /
  // Forward buttons and the hidden menu with its two permission notes (each repeated per message: counted once) are furniture
  title: ggTitle,
  headings: [],
  body: [...texts(ggMsg1), ...texts(ggMsg2), ...texts(ggMsg3), ...texts(ggMsg4)],
  bylines: [
    'Kofi Asante',
    'Mar 3, 2025, 4:17:52 PM',
    'Dana Whitcombe',
    'Mar 3, 2025, 7:02:10 PM',
    'Mar 4, 2025, 9:40:31 AM',
    'Lukas Brenner',
    'Mar 6, 2025, 11:05:47 AM',
    ggQuoteBy,
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Groups', 'Sign in', ggGroup, 'Conversations', 'About', 'Send feedback to Google', 'Help', 'Privacy', 'Terms', 'Skip to first unread message',
    '94 views', 'unread,', `to ${ggGroup}`, 'Reply all', ...ggMenu, 'Delete', ggNoDelete, ggNoOriginal,
  ],
};
