import { type TestPage, texts } from './page-kit.js';
import { hnAskThread } from './pages-heldout152-f2.js';

/**
 * Held-out batch 152, file f: a Lemmy post with nested comments as lemmy-ui (0.19) renders it for a visitor who is not
 * logged in (the navbar with the instance name, Communities / Create Post / Create Community / Support Lemmy, Search, Login
 * and Sign Up; the post listing with its vote score, the h1 title, the "creator to community • time" line, the markdown
 * body, the comment and action links; the comment sort buttons; nested comment nodes with their person links (remote users
 * with @instance), "creator" badges, scores and ages, the "mod" badge; the community sidebar card with its activity badges,
 * Subscribe, rules and moderators; the site card and the app footer with the FE/BE versions) and, from file f2, a Hacker
 * News "Ask HN" thread.
 */
const lmTitle = 'What is your backup plan for a home server with about 4 TB of family photos?';
const lmBody = [
  'I finally moved all our photos off old laptops and phones onto a small home server: two 8 TB disks in a mirror, running ' +
    'Immich. It works well, but a mirror is not a backup, and I know it.',
  'What I have available:',
];
const lmList = [
  'A spare 5 TB USB drive.',
  'My parents’ house, about forty minutes away, with decent upload speed.',
  'A budget of maybe 10 a month for anything cloud-based.',
];
const lmBody2 = ['How would you set this up so that it keeps working without me having to remember anything?'];
interface LmComment {
  id: string;
  user: string;
  host?: string | undefined;
  score: string;
  ago: string;
  op?: boolean | undefined;
  mod?: boolean | undefined;
  paras: readonly string[];
  kids?: readonly LmComment[] | undefined;
}
const lmComments: readonly LmComment[] = [
  {
    id: '14410021',
    user: 'kestrelnine',
    score: '42',
    ago: '3 hours ago',
    paras: [
      'Three copies, on two kinds of storage, one of them somewhere else. For 4 TB that is cheaper and easier than it sounds.',
      'I run restic to a second disk in the same box every night, and once a week to a USB drive that lives at my sister’s house and ' +
        'gets swapped when I visit. Photos change so rarely that the weekly run is usually small.',
    ],
    kids: [
      {
        id: '14410188',
        user: 'ashgrove',
        op: true,
        score: '12',
        ago: '3 hours ago',
        paras: ['How do you handle the drive at your sister’s? Encrypted, I assume, but what if she is the one who needs the photos?'],
        kids: [
          {
            id: '14410240',
            user: 'kestrelnine',
            score: '18',
            ago: '2 hours ago',
            paras: [
              'Encrypted with restic, and the password is in a sealed envelope in her desk with a printed page on how to restore. We ' +
                'tested it together once, which I would recommend to anyone. A backup that nobody else can open is only half a backup.',
            ],
          },
        ],
      },
      {
        id: '14410302',
        user: 'moss_and_modem',
        host: 'sh.fernwood.example',
        score: '7',
        ago: '2 hours ago',
        paras: [
          'Seconding restic. Just remember to run a check every so often, not only backups. I found a corrupted pack after a power cut ' +
            'and would never have known otherwise.',
        ],
      },
    ],
  },
  {
    id: '14410355',
    user: 'lowwater',
    host: 'discuss.lowwater.example',
    score: '25',
    ago: '2 hours ago',
    paras: [
      'If the photos are the one thing you cannot lose, make the off-site copy a cold storage bucket instead of a drive you carry around. ' +
        'Four terabytes costs less than your budget per month at most providers, and nobody has to remember to swap anything.',
      'The catch is the restore bill. Check what it costs to download everything before you rely on it, and do one small test restore.',
    ],
  },
  {
    id: '14410511',
    user: 'birchbark',
    mod: true,
    score: '9',
    ago: '1 hour ago',
    paras: [
      'We have a pinned wiki page on exactly this, with restic, Borg and Kopia setups for Immich. Worth a look before you decide; the ' +
        'section on testing restores is the part most people skip.',
    ],
  },
];
const lmNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy', 'Search', 'Login', 'Sign Up'];
const lmPostActions = ['11 comments', 'Share', 'Save', 'Cross-post', 'View source', 'Report'];
const lmSort = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lmCommunity = [
  'Self-Hosted',
  '!selfhosted@lemmy.fernwood.example',
  'Subscribe',
  '1.2K users / day',
  '5.8K users / week',
  '11K users / month',
  '19K users / 6 months',
  '31K subscribers',
  '4.1K Posts',
  '52K Comments',
  'Modlog',
];
const lmRules = [
  'A place to share alternatives to popular online services that can be self-hosted without giving up privacy or locking you in.',
  'Rules:',
  'Be civil.',
  'No spam or self-promotion without mod approval.',
  'Posts must be about self-hosting.',
];
const lmMods = ['Moderators', 'birchbark', 'quietloop'];
const lmSite = ['Fernwood Lemmy', 'A small, friendly Lemmy instance for people in and around the Fernwood valley.', '2.3K users / month'];
const lmFoot = ['FE: 0.19.11', 'BE: 0.19.11', 'Modlog', 'Instances', 'Legal', 'Docs', 'Code', 'join-lemmy.org'];
const lmIcon = (n: string): string => `<svg class="icon"><use xlink:href="/static/b6d1e02/assets/symbols.svg#icon-${n}"></use><div class="visually-hidden">
</div></svg>`;
const lmPerson = (u: string, host?: string): string => `<a class="person-listing d-inline-flex align-items-baseline text-info" title="${u}"
href="${host ? `https://${host}/u/${u}` : `/u/${u}`}"><img class="overflow-hidden pictrs-image img-fluid img-icon me-1" src="/pictrs/image/${u}.webp"
alt="" loading="lazy"><span>${u}</span>${host ? `<small class="text-muted">@${host}</small>` : ''}</a>`;
const lmComment = (c: LmComment, depth: number): string => `<li class="comment list-unstyled" role="comment"><article id="comment-${c.id}"
class="details comment-node py-2${depth ? ` ms-1 border-start` : ''}"${
  depth ? ` style="border-left-color: var(--bs-${['', 'blue', 'green', 'orange'][depth]});"` : ''
}>
<div class="ms-1"><div class="d-flex flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse"
data-tippy-content="Collapse">${lmIcon('minus-square')}</button><span class="me-2">${lmPerson(c.user, c.host)}</span>${
  c.op ? '<span class="mx-1 badge text-bg-light" aria-label="creator" data-tippy-content="creator">creator</span>' : ''
}${c.mod ? '<span class="mx-1 badge text-bg-light" aria-label="mod" data-tippy-content="mod">mod</span>' : ''}<span class="me-1 font-weight-bold"
aria-label="${c.score} points" data-tippy-content="${c.score} points"><span class="me-1">${lmIcon('arrow-up1')}${c.score}</span></span><span
class="me-1">•</span>
<span><span data-tippy-content="Created: Mon, Oct 13, 2025, 11:20:04 AM">${c.ago}</span></span></div><div class="comment-content"><div class="md-div">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}
</div></div><div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold"><button class="btn btn-link btn-animate
text-muted"
aria-label="Upvote" data-tippy-content="Upvote" disabled>${lmIcon('arrow-up1')}</button><button class="btn btn-link btn-animate text-muted"
aria-label="Downvote"
data-tippy-content="Downvote" disabled>${lmIcon('arrow-down1')}</button><a class="btn btn-link btn-animate text-muted" href="/comment/${c.id}" aria-label="link"
data-tippy-content="link">${lmIcon('link')}</a><button class="btn btn-link btn-animate text-muted" aria-label="More"
data-tippy-content="More">${lmIcon('more-vertical')}
</button></div></div></article>${c.kids ? `<ul class="comments">${c.kids.map((k) => lmComment(k, depth + 1)).join('\n')}</ul>` : ''}</li>`;
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lmTitle} - Fernwood Lemmy</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="Description" content="Lemmy"><meta property="og:title" content="${lmTitle}"><meta property="og:url"
content="https://lemmy.fernwood.example/post/88213">
<meta property="og:description" content="I finally moved all our photos off old laptops and phones onto a small home server.">
<link rel="stylesheet" type="text/css" href="/static/b6d1e02/styles/styles.css"><link rel="stylesheet" type="text/css" href="/css/themes/litely.css">
<script nonce="a8f1">window.isoData = {"path":"/post/88213","site_res":{"site_view":{"site":{"name":"Fernwood
Lemmy"}},"my_user":null},"lemmy_ui_version":"0.19.11"};</script>
</head><body><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site"><button type="button" class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button>
<div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a id="navTitle" class="d-flex align-items-center
navbar-brand me-md-3 active" title="A small, friendly Lemmy instance" href="/"><img class="overflow-hidden pictrs-image img-fluid img-icon me-1"
src="/pictrs/image/site-icon.webp" alt="">Fernwood Lemmy</a><div class="navbar-collapse d-md-flex collapse" id="navbarDropdown"><ul class="me-auto navbar-nav"
id="navbarLinks">${lmNav
  .slice(0, 4)
  .map(
    (t) => `<li class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="${t}"
href="/${t.toLowerCase().replace(/ /g, '_')}">
${lmIcon(t === 'Support Lemmy' ? 'heart' : 'users')}<span class="ms-2 d-md-none">${t}</span></a></li>`,
  )
  .join(
    '',
  )}</ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Search" href="/search">
${lmIcon('search')}<span class="ms-1 d-md-none">Search</span></a></li></ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link"
href="/login">Login</a></li>
<li class="nav-item"><a class="nav-link" href="/signup">Sign Up</a></li></ul></div></nav></div>
<div class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2">
<div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button type="button"
class="btn-animate btn
btn-link p-0" aria-label="Upvote" data-tippy-content="Upvote" aria-pressed="false" disabled>${lmIcon('arrow-up1')}</button><div class="unselectable pointer
text-muted post-score px-1" data-tippy-content="214 points • 221 upvotes • 7 downvotes">214</div><button type="button" class="btn-animate btn btn-link p-0"
aria-label="Downvote" data-tippy-content="Downvote" aria-pressed="false" disabled>${lmIcon('arrow-down1')}</button></div></div><div class="col flex-grow-1">
<div class="row"><div class="col-12"><h1 class="post-title h5 d-inline text-break"><a class="d-inline link-dark" href="/post/88213"
title="comments">${lmTitle}</a>
</h1><div class="small mb-1 mb-md-0"><span>${lmPerson('ashgrove')}</span> to <a class="community-link d-inline-flex align-items-baseline" title="Self-Hosted"
href="/c/selfhosted"><span>selfhosted</span></a> • <span data-tippy-content="Created: Mon, Oct 13, 2025, 08:02:19 AM">4 hours ago</span></div>
<ul class="list-inline mb-1 text-muted small mt-2"><li class="list-inline-item"><a class="btn btn-link btn-sm text-muted ps-0" title="11 comments"
href="/post/88213#comments">${lmIcon('message-square')}<span class="me-1">${lmPostActions[0]}</span></a></li><li class="list-inline-item">${lmPostActions
  .slice(1)
  .map(
    (t) =>
      `<button class="btn btn-link btn-sm btn-animate text-muted py-0" data-tippy-content="${t}" aria-label="${t}">${lmIcon('more')}<span>${t}</span></button>`,
  )
  .join('')}</li></ul></div></div></div></div></div><article id="postContent" class="col-12 card my-2 p-2"><div class="md-div"><p>${lmBody[0]}</p>
<p>${lmBody[1]}</p>\n<ul>${lmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${lmBody2[0]}</p></div></article></div>
<div class="d-flex align-items-center mb-2"><h2 class="h5 mb-0 me-2" id="comments">Comments</h2><div class="btn-group btn-group-toggle flex-wrap mb-2"
role="group">
${lmSort
  .map(
    (t, i) => `<input id="sort-${t.toLowerCase()}" type="radio" class="btn-check" value="${t}"${i ? '' : ' checked=""'}><label class="btn btn-outline-secondary
pointer${i ? '' : ' active'}" for="sort-${t.toLowerCase()}">${t}</label>`,
  )
  .join('\n')}</div></div><div class="comments"><ul class="comments">
${lmComments.map((c) => lmComment(c, 0)).join('\n')}
</ul></div></main><aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3">
<div class="card-body"><div><h2 class="h5 mb-0"><span class="me-2"><a class="community-link" href="/c/selfhosted">${lmCommunity[0]}</a></span></h2>
<a class="text-muted small" href="/c/selfhosted">${lmCommunity[1]}</a></div><ul class="badges my-1 list-inline">${lmCommunity
  .slice(3, 10)
  .map((t) => `<li class="list-inline-item badge text-bg-secondary">${t}</li>`)
  .join('')}<li class="list-inline-item"><a class="badge text-bg-primary" href="/modlog/12">${lmCommunity[10]}</a></li></ul>
<button class="btn btn-secondary d-block mb-2 w-100" type="button">${lmCommunity[2]}</button><div
class="md-div"><p>${lmRules[0]}</p><p><strong>${lmRules[1]}</strong></p>
<ol>${lmRules
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol></div><ul class="list-inline small"><li class="list-inline-item">${lmMods[0]}:</li>${lmMods
  .slice(1)
  .map((m) => `<li class="list-inline-item">${lmPerson(m)}</li>`)
  .join('')}</ul></div></section><section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body"><h2 class="h5">${lmSite[0]}</h2>
<div class="md-div"><p>${lmSite[1]}</p></div><ul class="badges my-1 list-inline"><li class="list-inline-item badge
text-bg-secondary">${lmSite[2]}</li></ul></div>
</section></div></aside></div></div></div><footer class="app-footer container-lg d-flex flex-wrap justify-content-between align-items-center py-3 my-4
border-top">
<div class="d-flex align-items-center"><span class="text-muted">Lemmy</span></div><ul class="nav">${lmFoot
  .map((t, i) => `<li class="nav-item">${i < 2 ? `<span class="nav-link">${t}</span>` : `<a class="nav-link" href="/${t.toLowerCase()}">${t}</a>`}</li>`)
  .join('')}</ul></footer></div></div><script defer src="/static/b6d1e02/js/client.js"></script></body></html>`;
const allLm = (cs: readonly LmComment[]): LmComment[] => cs.flatMap((c) => [c, ...allLm(c.kids ?? [])]);
const lemmy: TestPage = {
  html: lmHtml,
  name: 'heldout152-lemmy-nested-thread',
  kind: 'forum',
  // the post body (with its list) and every comment are body; person links (with their "@instance" part) and ages are
  // bylines; "creator" and "mod" badges, scores, the post's action links, the comment sort, the community and site
  // sidebars and the footer are furniture
  title: lmTitle,
  headings: [],
  body: [...texts(lmBody), ...texts(lmList), ...texts(lmBody2), ...allLm(lmComments).flatMap((c) => texts(c.paras))],
  bylines: ['4 hours ago', ...new Set(allLm(lmComments).flatMap((c) => [c.host ? `${c.user}@${c.host}` : c.user, c.ago]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Jump to content', 'Fernwood Lemmy', ...lmNav, '214', 'selfhosted', ...lmPostActions, 'Comments', ...lmSort, 'creator', 'mod',
    ...new Set(allLm(lmComments).map((c) => c.score)), ...lmCommunity, ...lmRules, 'Moderators:', 'quietloop', ...lmSite.slice(1), 'Lemmy', ...lmFoot,
    'Javascript is disabled. Actions will not work.',
  ])],
};

export const HELDOUT152_F: readonly TestPage[] = [lemmy, hnAskThread];
