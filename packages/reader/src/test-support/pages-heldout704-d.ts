import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout704-kit.js';

/**
 * Held-out batch 704, file d: a netball league's rules handbook page on GitBook (Tailwind markup, a table built from divs with
 * ARIA roles, info and warning hints, page feedback and previous/next links), and a fantasy football help centre article on
 * Zendesk Guide (Copenhagen theme) with a table, a note callout, votes, related articles and closed comments.
 */
const gTitle = 'Player registration and eligibility';
const gDesc = 'Who can play, when they must be registered, and what happens when a club fields an ineligible player.';
const gIntro = j(
  'Every player who takes the court in a league match must be registered with the league through the club’s MNL Portal account',
  'before the start of that match. Registration is for one season and runs from 1 September to 31 May.',
);
const gWin = 'Clubs can register players at any time during the two main windows. Outside them, registrations need the approval of the Competitions Secretary.';
const gRows = [
  ['Window', 'Opens', 'Closes', 'Who can be registered'],
  ['Summer window', '1 July', '15 September', 'Any player'],
  ['Winter window', '1 January', '31 January', 'Any player'],
  ['Long-term injury replacement', 'Any time', '72 hours before the match', 'One player per team per season, with approval'],
];
const gAge = j(
  'Players must be 16 or over on 1 September of the season to play in Divisions 1 to 3. Players aged 14 and 15 may play in',
  'Division 4 and the Development League with written consent from a parent or carer, which the club must upload to the portal.',
);
const gAgeHint = j(
  'Players under 14 cannot be registered for any adult competition, even with consent. Junior players should be registered with',
  'the Midshire Junior League instead.',
);
const gTeams = 'A player registered to a club may play for any of that club’s teams, subject to these limits:';
const gLimits = [
  'A player who has played in three league matches for a higher team is tied to that team and cannot drop down for the rest of the season.',
  'No more than two tied players may play for a lower team in the same match, and only in cup matches.',
  'A player may not play for two different clubs in the same season unless their registration has been transferred (see Transfers).',
];
const gTransfer = j(
  'A transfer between clubs needs the agreement of both clubs and is made on the portal by the new club. Transfers are not',
  'allowed after 31 January.',
);
const gWarn = j(
  'If a club fields an ineligible player, the match is awarded to the opposing team with a score of 20–0 and the offending club',
  'is fined £25. A second offence in the same season also costs the team 3 league points.',
);
const gUmp = j(
  'Umpires do not check registrations on the day. Captains should check the opposing team sheet on the portal before the first',
  'centre pass and report any concerns to the Competitions Secretary within 48 hours.',
);
const gHeads: [string, string][] = [
  ['registration-windows', 'Registration windows'],
  ['age-limits', 'Age limits'],
  ['playing-for-more-than-one-team', 'Playing for more than one team'],
  ['transfers', 'Transfers'],
  ['fielding-an-ineligible-player', 'Fielding an ineligible player'],
];
const gSide: [string, string[]][] = [
  ['', ['Welcome', 'Contacts']],
  ['Competition Rules', ['Club affiliation', gTitle, 'Match-day squads', 'Results and scoring', 'Discipline']],
  ['Umpiring', ['Umpire requirements', 'Umpire awards']],
];
const gP = (t: string) => `<p class="max-w-3xl w-full mx-auto decoration-primary/6 page-width-wide:max-w-screen-2xl">${t}</p>`;
const gH = (level: 2 | 3, i: number) => {
  const [id, t] = gHeads[i] ?? ['', ''];
  const size = level === 2 ? 'text-2xl' : 'text-xl';
  return `<div class="flex items-baseline max-w-3xl w-full mx-auto page-width-wide:max-w-screen-2xl scroll-mt-[calc(var(--toc-top-offset)+0.5rem)]" id="${id}">
<h${level} class="flex-1 heading-anchor ${size} font-semibold text-pretty">${t}</h${level}><a href="#${id}" class="hash opacity-0 group-hover:opacity-100"
aria-label="Direct link to heading"><svg class="gb-icon size-3"></svg></a></div>`;
};
const gHint = (
  kind: 'info' | 'warning',
  t: string,
) => `<div class="hint-${kind} max-w-3xl w-full mx-auto px-4 py-4 rounded-md flex flex-row gap-3 ring-1 ring-inset
${kind === 'info' ? 'bg-info ring-info-subtle' : 'bg-warning ring-warning-subtle'}"><div class="mt-0.5"><svg class="gb-icon size-4"></svg></div>
<div class="flex-1 space-y-4"><p class="decoration-primary/6">${t}</p></div></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" class="sidebar-filled theme-clean links-default circular-corners font-Inter"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${gTitle} | Midshire Netball League Handbook</title>
<meta name="description" content="${gDesc}"><meta name="generator" content="GitBook (a5d2b3c)"><meta property="og:title" content="${gTitle} | MNL Handbook">
<link rel="stylesheet" href="https://static.gitbook.com/_next/static/css/b2f1a8e3.css" data-precedence="next">
<script src="https://static.gitbook.com/_next/static/chunks/webpack-0d1f.js" async></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"9211\\""])</script>
</head><body class="site-background"><div class="scroll-nojump"><div class="pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5"></div>
<header id="site-header" class="flex flex-col h-[64px] sticky top-0 z-30 w-full flex-none shadow-[0px_1px_0px] bg-tint-base/9 backdrop-blur-lg">
<div class="transition-all duration-300 lg:chat-open:pr-80"><div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3 min-h-16 px-4">
<div class="flex max-w-full lg:basis-72 min-w-0 shrink items-center justify-start gap-2 lg:gap-4"><button aria-label="Open table of contents"
class="button -ml-2 text-tint-strong lg:hidden"><svg class="gb-icon size-4"></svg></button><a class="group/headerlogo min-w-0 shrink flex items-center"
href="/handbook">
<img alt="Logo" src="https://files.gitbook.com/logo-mnl.png" class="block size-8 object-contain"><div
class="text-pretty line-clamp-2 tracking-tight max-w-[18ch]
lg:max-w-[24ch] font-semibold ms-3 text-base/tight lg:text-lg/tight text-tint-strong">Midshire Netball League Handbook</div></a></div>
<div class="flex grow-0 shrink-0 md:basis-56 justify-self-end items-center gap-2"><div class="relative flex-1"><button type="button" class="flex flex-1 h-9 grow
px-3 gap-2 rounded-corners:rounded-lg straight-corners:rounded-none bg-tint-base ring-1 ring-tint-subtle text-tint"><svg class="gb-icon size-4"></svg>
<div class="flex-1 text-left line-clamp-1">Search...</div><div class="shortcut flex justify-end gap-0.5 whitespace-nowrap text-xs" aria-busy="true">
<kbd class="flex h-5 min-w-5 items-center justify-center rounded border border-tint-subtle px-1">Ctrl</kbd>
<kbd class="flex h-5 min-w-5 items-center justify-center rounded border border-tint-subtle px-1">K</kbd></div></button></div></div></div></div></header>
<div class="flex flex-col lg:flex-row lg:justify-center px-4 md:px-8 site-width-wide:max-w-full max-w-screen-2xl mx-auto">
<aside data-testid="table-of-contents" class="group text-sm grow-0 shrink-0 basis-full lg:basis-72 lg:page-no-toc:basis-56 relative z-[1] lg:sticky
lg:h-[calc(100vh_-_64px)] lg:top-16 flex"><div class="overflow-y-auto lg:overflow-y-auto gutter-stable flex flex-col flex-1 pt-6 pb-4">
<ul class="flex flex-col gap-y-0.5">${gSide
  .map(
    ([group, items]) =>
      `${
        group === ''
          ? ''
          : `<li class="flex flex-col"><div class="-top-4 sticky bg-tint-base/8 px-3 pt-6 pb-2 text-xs font-semibold uppercase
tracking-wide text-tint-strong/9">${group}</div></li>`
      }${items
        .map(
          (t) => `<li class="flex flex-col"><a
class="group/toclink flex flex-row justify-between gap-2 circular-corners:rounded-2xl rounded-md straight-corners:rounded-none
p-1.5 pl-3 text-balance font-normal text-sm text-tint-strong/7 hover:bg-tint-hover${t === gTitle ? ' font-semibold text-primary-subtle bg-primary' : ''}"
href="/handbook/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
        )
        .join('')}`,
  )
  .join('\n')}</ul><div class="relative z-10 mt-auto pt-4"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark"
target="_blank" class="text-sm font-semibold text-tint flex flex-row items-center px-5 py-4 rounded-lg ring-1 ring-tint-subtle bg-tint-base">
<svg class="gb-icon size-5 mr-3"></svg>Powered by GitBook</a></div></div></aside>
<div class="flex flex-row flex-1 relative py-8 break-anywhere md:px-16 min-w-0"><main
class="relative min-w-0 flex-1 max-w-3xl page-full-width:max-w-screen-2xl">
<header class="max-w-3xl w-full mx-auto page-width-wide:max-w-screen-2xl mb-6 space-y-3"><nav aria-label="Breadcrumb"><ol
class="flex flex-wrap items-center gap-2 text-sm
text-tint"><li class="flex items-center gap-2"><a class="text-xs font-semibold uppercase tracking-wide text-primary-subtle"
href="/handbook/competition-rules">Competition
Rules</a></li></ol></nav><h1 class="text-4xl font-bold flex items-center gap-4 grow text-pretty">${gTitle}</h1>
<p class="text-lg text-tint">${gDesc}</p></header>
<div class="[&amp;>*+*]:mt-5 grid whitespace-pre-wrap">${gP(gIntro)}
${gH(2, 0)}${gP(gWin)}
<div class="max-w-3xl w-full mx-auto table_tableWrapper__wYa_U"><div role="table" class="grid min-w-full w-full"
style="grid-template-columns:repeat(4, minmax(80px,1fr))">
<div role="rowgroup" class="contents">${gRows
  .map(
    (r, i) =>
      `<div role="row" class="contents">${r
        .map(
          (
            c,
          ) => `<div role="${i === 0 ? 'columnheader' : 'cell'}" class="${i === 0 ? 'font-semibold text-sm' : 'text-sm'} border-b border-tint-subtle px-4 py-2">
<p class="decoration-primary/6">${c}</p></div>`,
        )
        .join('\n')}</div>`,
  )
  .join('\n')}</div></div></div>
${gH(2, 1)}${gP(gAge)}${gHint('info', gAgeHint)}
${gH(2, 2)}${gP(gTeams)}<ul class="max-w-3xl w-full mx-auto list-disc ps-6 space-y-2">${lis(
  gLimits.map((t) => `<p class="decoration-primary/6">${t}</p>`),
  'ps-1',
)}</ul>
${gH(3, 3)}${gP(gTransfer)}
${gH(2, 4)}${gHint('warning', gWarn)}${gP(gUmp)}</div>
<div class="max-w-3xl w-full mx-auto page-width-wide:max-w-screen-2xl mt-6 flex flex-col gap-6 md:flex-row md:items-center md:justify-between">
<div class="flex flex-row items-center gap-2 text-sm text-tint"><p>Was this helpful?</p><div class="flex gap-1"><button aria-label="No" class="button">
<svg class="gb-icon size-4"></svg></button><button aria-label="Yes" class="button"><svg class="gb-icon size-4"></svg></button></div></div></div>
<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl w-full mx-auto page-width-wide:max-w-screen-2xl"><a
class="group text-sm p-2.5 flex gap-4 flex-1 flex-row-reverse
items-center pl-4 border border-tint-subtle rounded-lg" href="/handbook/club-affiliation"><span class="flex flex-col flex-1 text-right"><span
class="text-xs">Previous</span>
<span class="text-tint-strong group-hover:text-primary line-clamp-2">Club affiliation</span></span></a><a
class="group text-sm p-2.5 flex gap-4 flex-1 flex-row items-center
pr-4 border border-tint-subtle rounded-lg" href="/handbook/match-day-squads"><span class="flex flex-col flex-1"><span class="text-xs">Next</span>
<span class="text-tint-strong group-hover:text-primary line-clamp-2">Match-day squads</span></span></a></div>
<div class="max-w-3xl w-full mx-auto mt-6 flex flex-row items-center text-sm text-tint"><p>Last updated <time
datetime="2027-03-02T19:04:11.000Z">2 months ago</time></p>
</div></main>
<aside class="group/aside flex flex-col basis-56 grow-0 shrink-0 sticky top-16 pt-8 text-sm"><div class="flex flex-col gap-2">
<div class="text-xs font-semibold uppercase tracking-wide text-tint-strong/9"><svg class="gb-icon size-3"></svg>On this page</div>
<ul class="flex flex-col border-l border-tint-subtle">${gHeads
  .map(([id, t]) => `<li class="flex flex-col"><a href="#${id}" class="flex flex-row items-baseline gap-2 py-1 pl-3 text-tint">${t}</a></li>`)
  .join('')}</ul></div></aside></div></div></div>
<script src="https://static.gitbook.com/_next/static/chunks/main-app-7e3c.js" async></script></body></html>`;
const gitbook: TestPage = gold({
  name: 'heldout704-gitbook-netball-registration',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((h) => h[1]),
  body: texts([gDesc, gIntro, gWin, ...gRows.map((r) => r.join(' ')), gAge, gAgeHint, gTeams, ...gLimits, gTransfer, gWarn, gUmp]),
  bylines: ['Last updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Midshire Netball League Handbook', 'Search...', 'Ctrl', 'K', ...gSide.flatMap(([g, items]) => [g, ...items]).filter((t) => t !== ''),
    'Powered by GitBook', 'Competition Rules', 'Was this helpful?', 'Previous', 'Club affiliation', 'Next', 'Match-day squads', 'On this page',
    ...gHeads.map((h) => h[1]),
  ],
});

const zTitle = 'How do waivers work?';
const zIntro = j(
  'Waivers decide who gets a player when more than one manager in a private league wants to sign the same free agent. They only',
  'apply in Classic private leagues with Draft mode switched on; in Classic public leagues any number of managers can own the same',
  'player.',
);
const zWhen = [
  j(
    'Waivers are processed once a week, at 11:00 UK time on the day before the first match of the gameweek. Any claims you make',
    'after that time are held until the following week.',
  ),
  j(
    'A player who is dropped by another manager goes on waivers for 48 hours before becoming a free agent. You can see the time left',
    'next to the player’s name in the Players tab.',
  ),
];
const zPrio = [
  j(
    'At the start of the season, waiver priority is the reverse of the draft order: the manager who picked last in the draft has',
    'first priority. After each waiver run, any manager who gets a player moves to the bottom of the order, and everyone below them',
    'moves up one place.',
  ),
  'For example, in a four-team league where Manager C makes a successful claim:',
];
const zRows = [
  ['Priority', 'Before the waiver run', 'After the waiver run'],
  ['1', 'Manager C', 'Manager A'],
  ['2', 'Manager A', 'Manager B'],
  ['3', 'Manager B', 'Manager D'],
  ['4', 'Manager D', 'Manager C'],
];
const zNote = 'Note: Priority only changes when a claim is successful. If none of your claims go through, you keep your place in the order.';
const zSteps = [
  'Go to the Players tab and filter by Waivers.',
  'Select the player you want and tap Claim.',
  'Choose the player you will drop if the claim is successful.',
  'Put your claims in order of preference. You can make up to 10 claims each gameweek.',
];
const zEnd = 'If your first claim is successful, any later claims that would drop the same player are cancelled.';
const zCrumbs = ['FantasyPitch Help Centre', 'Playing the game', 'Transfers and waivers'];
const zSection = [zTitle, 'Can I reverse a transfer?', 'What are free agents?', 'Why was my waiver claim unsuccessful?', 'Trading players in a private league'];
const zRelated = ['Setting up a Draft league', 'How are points scored?', 'What happens when a match is postponed?'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26878 --><title>How do waivers work? – FantasyPitch Help Centre</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta content="Waivers decide who gets a player when more than one manager"
name="description">
<meta property="og:type" content="website"><meta property="og:site_name" content="FantasyPitch Help Centre"><meta property="og:title" content="${zTitle}">
<link rel="canonical" href="https://help.fantasypitch.com/hc/en-gb/articles/4402211903-How-do-waivers-work">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-2f9c.css" media="all"><link rel="stylesheet"
href="//theme.zdassets.com/theme_assets/552/style.css">
<script src="//static.zdassets.com/hc/assets/en-gb.2b81.js"></script>
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"fantasypitch","environment":"production","name":"FantasyPitch"};
HelpCenter.user = {"identifier":"da39a3ee","role":"anonymous","locale":"en-gb"};</script></head>
<body class=""><div id="cookie-consent" class="consent-banner" role="region" aria-label="Cookie consent">
<p>We use cookies to make FantasyPitch work and to understand how our help pages are used.</p>
<button class="button button-primary consent-accept">Accept</button><button class="button consent-manage">Manage cookies</button></div>
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.com/theme_assets/552/logo.png"
alt="FantasyPitch Help Centre home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a href="/hc/en-gb/community/topics">Community</a></li><li><a class="submit-a-request"
href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialogue" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div>
</header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${zCrumbs.map((t) => `<li title="${t}"><a href="/hc/en-gb/sections/1">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true">
<circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/></svg><form role="search" class="search" data-search="" action="/hc/en-gb/search"
accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="✓"><input type="search" name="query" id="query" placeholder="Search"
autocomplete="off"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div
class="collapsible-sidebar-body"><ul>${zSection
  .map(
    (t, i) =>
      `<li><a href="/hc/en-gb/articles/44022119${i}"
class="sidenav-item${i === 0 ? ' current-article' : ''}"${i === 0 ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><span class="icon-agent"><svg aria-hidden="true"></svg></span>
<img src="https://fantasypitch.zendesk.com/system/photos/dana.png" alt="" class="user-avatar"></div><div class="article-meta">
<a href="/hc/en-gb/profiles/4411-Dana-Reyes">Dana Reyes</a><ul class="meta-group"><li class="meta-data"><time datetime="2026-08-01T09:12:44Z"
title="2026-08-01 09:12"
data-datetime="relative">9 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-gb/articles/4402211903/subscription.html">Follow</a>
</header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
<h2 id="h_01">When waivers run</h2>${ps(zWhen)}
<h2 id="h_02">How waiver priority is decided</h2>${ps(zPrio)}
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>${zRows
  .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<td><strong>${c}</strong></td>` : `<td>${c}</td>`)).join('\n')}</tr>`)
  .join('\n')}</tbody></table>
<div class="callout callout-note"><p><strong>Note:</strong> Priority only changes when a claim is successful.
If none of your claims go through, you keep your place in
the order.</p></div>
<h2 id="h_03">Making a waiver claim</h2><ol>${lis(zSteps)}</ol><p>${zEnd}</p></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=How+do+waivers+work"
class="share-facebook" target="_blank" aria-label="Facebook"><svg aria-hidden="true"></svg></a></li><li><a href="#" class="share-twitter" target="_blank"
aria-label="X Corp"><svg aria-hidden="true"></svg></a></li></ul></div><div class="article-comment-count"><a href="#article-comments"
class="article-comment-count-link">
<svg aria-hidden="true"></svg><span class="visibility-hidden">Comments</span>0</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"
aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful"
aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" data-auth-action="signin"
aria-label="This article was not helpful"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">212 out of 398 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer></article></div>
<div class="article-relatives"><div data-recent-articles=""></div><section class="related-articles" aria-labelledby="related-articles-title">
<h2 class="related-articles-title" id="related-articles-title">Related articles</h2><ul>${zRelated
  .map((t) => `<li><a href="/hc/en-gb/related/click?data=x" rel="nofollow">${t}</a></li>`)
  .join('\n')}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">FantasyPitch Help Centre</a><div class="footer-language-selector">
<button type="button" class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></footer>
<script src="//static.zdassets.com/hc/assets/moment-en-gb.js"></script><script src="//theme.zdassets.com/theme_assets/552/script.js"></script></body></html>`;
const zendesk: TestPage = gold({
  name: 'heldout704-zendesk-fantasy-waivers',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['When waivers run', 'How waiver priority is decided', 'Making a waiver claim'],
  body: texts([zIntro, ...zWhen, ...zPrio, ...zRows.map((r) => r.join(' ')), zNote, ...zSteps, zEnd]),
  bylines: ['Dana Reyes', '9 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make FantasyPitch work and to understand how our help pages are used.', 'Accept', 'Manage cookies', 'Skip to main content',
    'Community', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection, 'Follow', 'Comments', '0', 'Was this article helpful?',
    'Yes', 'No', '212 out of 398 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated, '0 comments',
    'Article is closed for comments.', 'English (GB)',
  ],
});

export const HELDOUT704_D: readonly TestPage[] = [gitbook, zendesk];
