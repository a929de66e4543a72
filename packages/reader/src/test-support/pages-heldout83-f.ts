import { type TestPage, texts } from './page-kit.js';
import { githubDiscussion } from './pages-heldout83-f2.js';

/**
 * Held-out batch 83, file f: a Lemmy 0.19 thread as lemmy-ui renders it for a logged-out visitor (the window.isoData script,
 * "Jump to content", the navbar with "Communities", "Create Post", "Create Community", "Support Lemmy", "Search", "Login" and
 * "Sign Up", the svg icons with their visually-hidden titles, the vote bar and score, the post title, the creator, the
 * community link and relative time, the comment count, the post body, the comment sort buttons, the nested comment tree
 * with "OP" badges, scores, times and an "Edited" icon, the community sidebar with the fediverse subscribe notice, stats
 * badges and moderators, and the footer with the backend and UI versions) and, from file f2, a GitHub Discussions thread.
 */
const lmTitle = 'First lager: fermentation stalled at 1.030 after ten days, what now?';
const lmPost = [
  'I finally tried a proper lager after two years of ales. Czech-style pils, 5 gallons, OG 1.048, two packs of a dry lager yeast rehydrated ' +
    'and pitched at 10 °C. Fermentation started within a day and looked healthy for about a week.',
  'It is now day ten and the gravity has been sitting at 1.030 for three readings in a row. The fridge controller says the beer is at ' +
    '10 °C, the airlock has gone quiet, and it tastes sweet and a bit like apple.',
  'Things I have already checked:',
];
const lmList = [
  'The hydrometer reads 1.000 in tap water.',
  'The temperature probe is taped to the side of the fermenter under a bit of foam.',
  'The mash was at 66 °C for an hour, so the wort should not be that unfermentable.',
];
const lmPost2 = ['Should I raise the temperature, pitch more yeast, or just wait? I would rather not dump it.'];
interface LmComment {
  id: number;
  user: string;
  host: string;
  score: string;
  ago: string;
  op?: boolean;
  edited?: boolean;
  text: string[];
  kids?: LmComment[];
}
const lmComments: LmComment[] = [
  {
    id: 401122,
    user: 'ale_wife',
    host: '@beer.example',
    score: '21',
    ago: '2h',
    text: [
      'Raise it. A lot of people do a diacetyl rest at the end anyway, so there is no harm in letting it rise to 16–18 °C over a couple of ' +
        'days. The yeast has probably just got sluggish at 10 °C with that much sugar left.',
      'The apple taste is acetaldehyde, and the yeast will clean that up too once it gets going again.',
    ],
    kids: [
      {
        id: 401140,
        user: 'frostbrew',
        host: '',
        score: '8',
        ago: '2h',
        op: true,
        text: ['Thanks, that is reassuring. Should I rouse it as well, or just let the temperature do the work?'],
        kids: [
          {
            id: 401177,
            user: 'ale_wife',
            host: '@beer.example',
            score: '9',
            ago: '1h',
            text: [
              'I would give it a gentle swirl when you start raising the temperature. Not enough to splash, just enough to get the yeast back ' +
                'into suspension.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 401151,
    user: 'kettlebones',
    host: '@lemmy.malt.example',
    score: '14',
    ago: '1h',
    edited: true,
    text: [
      'One thing worth checking: where exactly is the probe? Taped to the side with foam over it is right, but if the fridge is very full the ' +
        'air near the back can be colder than the beer reads. I had a batch stall like this because the bottom of the fermenter was sitting ' +
        'at 6 °C against the fridge wall.',
    ],
  },
  {
    id: 401163,
    user: 'pilsnerpete',
    host: '',
    score: '5',
    ago: '58m',
    text: [
      'Pitch rate might be part of it too. Two packs is fine for 1.048 in theory, but if they were old or the rehydration water was too hot, ' +
        'you may have started with a lot less healthy yeast than you think. If the warm rest does not move it in three days, I would pitch a ' +
        'fresh pack.',
    ],
    kids: [
      {
        id: 401198,
        user: 'frostbrew',
        host: '',
        score: '3',
        ago: '12m',
        op: true,
        text: [
          '<strong>Update</strong> for anyone who finds this later: moved it to 17 °C last night and it is bubbling again ' +
            'this morning. Down to 1.022 already.',
        ],
      },
    ],
  },
];
const lmFlat = (cs: readonly LmComment[]): LmComment[] => cs.flatMap((c) => [c, ...lmFlat(c.kids ?? [])]);
const icon = (name: string, cls = 'icon'): string => `<svg class="${cls}"><use xlink:href="/static/assets/symbols.svg#icon-${name}"></use>
<div class="visually-hidden"><title>${name}</title></div></svg>`;
const lmNav = ['Communities', 'Create Post', 'Create Community'];
const lmSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old'];
const lmSubscribe =
  'You are not logged in. However you can subscribe from another Fediverse account, for example Lemmy or Mastodon. To do this, paste the ' +
  'following into the search field of your instance: !homebrewing@hopyard.example';
const lmAbout = [
  'Brewing beer, cider, mead and anything else that ferments. Beginners welcome.',
  'Be kind. Everyone’s first batch was bad.',
  'No selling of homebrew.',
  'Label AI-generated recipes as such.',
];
const lmStats = ['34 users / day', '210 users / week', '612 users / month', '1.1K users / 6 months', '2.4K Subscribers', '1.3K Posts', '9.8K Comments'];
const lmMods = ['frostbrew', 'hopsandhaze'];
const lmFoot = ['BE: 0.19.9', 'UI: 0.19.9', 'Modlog', 'Instances', 'Legal', 'Docs', 'Code', 'join-lemmy.org'];
const lmMd = (a: readonly string[]): string => `<div class="md-div">${a.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const lmNode = (c: LmComment, level: number): string => `<li class="comment list-unstyled" role="treeitem" aria-level="${level}" aria-selected="false">
<article class="details comment-node py-2 ${level === 1 ? 'ms-0' : 'ms-1'}" id="comment-${c.id}"><div class="border-top border-light">
<div class="d-flex flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse"
data-tippy-content="Collapse">
${icon('minus-square', 'icon icon-inline')}</button><span class="person-listing d-inline-flex align-items-baseline text-info"><a class="text-info"
title="${c.user}"
href="/u/${c.user}${c.host}"><span>${c.user}</span>${c.host === '' ? '' : `<small class="text-muted">${c.host}</small>`}</a></span>
${c.op ? '<div class="badge text-dark bg-light d-none d-sm-inline mx-1" aria-label="creator" data-tippy-content="creator">OP</div>' : ''}
<a class="btn btn-sm btn-link text-muted ms-2" href="/comment/${c.id}" aria-label="Link" data-tippy-content="Link">${icon('link', 'icon icon-inline')}</a>
<span class="me-1 font-weight-bold" aria-label="${c.score} points"
data-tippy-content="${c.score} points • ${c.score} upvotes • 0 downvotes">${c.score}</span>
<span class="me-1">•</span><span><span class="moment-time pointer unselectable" data-tippy-content="Sunday, Nov 9, 2025">${c.ago}</span></span>
${c.edited ? `<span class="ms-1" data-tippy-content="Edited">${icon('edit-2', 'icon icon-inline')}</span>` : ''}</div>
${lmMd(c.text)}
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted font-weight-bold"><button type="button"
class="btn btn-link btn-animate text-muted"
aria-label="Upvote" data-tippy-content="Upvote">${icon('arrow-up1')}</button><button type="button" class="btn btn-link btn-animate text-muted"
aria-label="Downvote"
data-tippy-content="Downvote">${icon('arrow-down1')}</button></div></div></article>
${c.kids ? `<ul class="comments ms-1" role="group">${c.kids.map((k) => lmNode(k, level + 1)).join('\n')}</ul>` : ''}</li>`;
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><script
nonce="c2a9f1">window.isoData = {"path":"/post/88213","site_res":{"site_view":{"site":{"name":"Hopyard","actor_id":"https://hopyard.example/"}},
"version":"0.19.9"},"routeData":{"postRes":{"state":"success","data":{"post_view":{"post":{"id":88213,"name":"${lmTitle}"},"counts":{"comments":7,
"score":48}}}}}};</script>
<meta charset="utf-8"><title>${lmTitle} - Hopyard</title><meta name="Description" content="I finally tried a proper lager after two years of ales.">
<meta property="og:title" content="${lmTitle} - Hopyard"><meta property="og:type" content="website"><meta name="viewport"
content="width=device-width, initial-scale=1">
<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" type="text/css" href="/static/7c1e0f3a/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/litely.css" id="default-light"></head>
<body><div id="root"><div id="app" class="lemmy-site"><button type="button"
class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button>
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg"><div class="container-lg"><a id="navTitle"
class="d-flex align-items-center navbar-brand
me-md-3 active" title="Hopyard" href="/"><img class="overflow-hidden pictrs-image img-fluid img-icon me-1" src="/pictrs/image/hopyard-icon.webp"
alt="">Hopyard</a>
<button class="navbar-toggler border-0 p-1" type="button" aria-label="menu" data-bs-toggle="collapse" data-bs-target="#navbarDropdown">${icon('menu')}</button>
<div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks">${lmNav
  .map((t) => `<li class="nav-item"><a class="nav-link" title="${t}" href="/${t.toLowerCase().replace(' ', '_')}">${t}</a></li>`)
  .join('')}
<li class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Support Lemmy"
href="https://join-lemmy.org/donate">${icon('heart', 'icon small')}
<span class="d-inline ms-1 d-md-none ms-md-0">Support Lemmy</span></a></li></ul><ul class="navbar-nav"><li class="nav-item"><a class="nav-link d-inline-flex
align-items-center d-md-inline-block" title="Search" href="/search">${icon('search')}<span class="d-inline ms-1 d-md-none ms-md-0">Search</span></a></li>
<li class="nav-item"><a class="nav-link" title="Login" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" title="Sign Up"
href="/signup">Sign Up</a></li>
</ul></div></div></nav>
<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3" id="content"><div class="post-listing mt-2">
<div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button type="button"
class="btn-animate btn btn-link p-0"
data-tippy-content="Upvote" aria-label="Upvote" aria-pressed="false">${icon('arrow-up1', 'icon upvote')}</button><div
class="unselectable pointer text-muted post-score"
data-tippy-content="48 points • 51 upvotes • 3 downvotes">48</div><button type="button" class="btn-animate btn btn-link p-0" data-tippy-content="Downvote"
aria-label="Downvote" aria-pressed="false">${icon('arrow-down1', 'icon downvote')}</button></div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark"
href="/post/88213"
title="Comments">${lmTitle}</a></h1></div><div class="small mb-1 mb-md-0"><span class="person-listing d-inline-flex align-items-baseline text-info"><a
class="text-info"
title="frostbrew" href="/u/frostbrew"><span>frostbrew</span></a></span> to <span class="community-listing"><a class="community-link" title="Homebrewing"
href="/c/homebrewing">
<img class="overflow-hidden pictrs-image object-fit-cover img-icon me-1" src="/pictrs/image/homebrew.webp" alt=""><span>Homebrewing</span></a></span>
<span> • <span class="moment-time pointer unselectable" data-tippy-content="Sunday, Nov 9, 2025 at 7:14:02 PM">3h</span></span></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" title="7 Comments"
href="/post/88213?scrollToComments=true">${icon('message-square', 'icon me-1 icon-inline')}7</a><button class="btn btn-sm btn-link btn-animate text-muted py-0"
aria-label="more" data-tippy-content="more">${icon('more-vertical')}</button></div></div></div></div></div></div>
<div class="post-body">${lmMd(lmPost)}<div class="md-div"><ul>${lmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${lmPost2[0]}</p></div></div></div>
<div class="comments"><div class="d-flex flex-wrap mb-2"><span class="me-3 btn-group btn-group-toggle flex-wrap mb-2" role="group">${lmSorts
  .map(
    (s, i) => `<input id="comment-${s.toLowerCase()}" type="radio" class="btn-check" value="${i}"${i === 0 ? ' checked=""' : ''}>
<label class="btn btn-outline-secondary pointer${i === 0 ? ' active' : ''}" for="comment-${s.toLowerCase()}">${s}</label>`,
  )
  .join(
    '',
  )}</span><span class="me-3 btn-group btn-group-toggle flex-wrap mb-2" role="group"><input id="comment-chat" type="radio" class="btn-check" value="chat">
<label class="btn btn-outline-secondary pointer" for="comment-chat">Chat</label></span></div>
<ul class="comments" aria-label="Comments" role="tree">${lmComments.map((c) => lmNode(c, 1)).join('\n')}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div
class="card-body">
<div><h5 class="mb-0 d-inline"><img class="overflow-hidden pictrs-image object-fit-cover img-icon me-1" src="/pictrs/image/homebrew.webp"
alt="">Homebrewing</h5>
<a class="community-link" title="Homebrewing" href="/c/homebrewing">!homebrewing@hopyard.example</a></div>
<div class="alert alert-info" role="alert">${icon('info', 'icon icon-inline me-2')}${lmSubscribe}</div>
<button class="btn btn-secondary d-block mb-2 w-100" type="button">Subscribe</button></div></section>
<section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body"><div class="md-div"><p>${lmAbout[0]}</p><h3>Rules</h3><ol>${lmAbout
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol></div><ul class="badges my-1 list-inline">${lmStats.map((s) => `<li class="list-inline-item badge text-bg-secondary">${s}</li>`).join('')}
<li class="list-inline-item"><a class="badge text-bg-primary" href="/modlog/12">Modlog</a></li></ul><ul class="list-inline small"><li
class="list-inline-item">Moderators</li>
${lmMods
  .map(
    (m) => `<li class="list-inline-item"><a class="text-info"
href="/u/${m}">${m}</a></li>`,
  )
  .join('')}</ul></div></section></div></aside></div></div></div>
<nav class="container-fluid navbar navbar-expand-md navbar-light navbar-hide mt-2"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">
${lmFoot
  .map((t) =>
    t.includes(':')
      ? `<li class="nav-item"><span class="nav-link">${t}</span></li>`
      : `<li class="nav-item"><a class="nav-link"
href="/${t}">${t}</a></li>`,
  )
  .join('')}
</ul></div></nav></div></div><script defer src="/static/7c1e0f3a/js/client.js"></script></body></html>`;
const lmAll = lmFlat(lmComments);

const lemmyThread: TestPage = {
  name: 'heldout83-lemmy-forum',
  kind: 'forum',
  html: lmHtml,
  // the post and every comment are body; user names, instance suffixes and relative times are bylines (the "Edited"
  // marker is an icon with a tooltip only); scores, "OP" badges, the svg titles, sort buttons, the sidebar and footer
  // are furniture
  title: lmTitle,
  headings: [],
  body: [...lmPost, ...lmList, ...lmPost2, ...texts(lmAll.flatMap((c) => c.text))],
  bylines: [...new Set(['frostbrew', '3h', ...lmAll.flatMap((c) => [c.user, ...(c.host === '' ? [] : [c.host]), c.ago])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Jump to content', 'Hopyard', 'menu', ...lmNav, 'heart', 'Support Lemmy', 'search', 'Search', 'Login', 'Sign Up', 'arrow-up1', 'arrow-down1', '48',
    'Homebrewing', 'message-square', 'more-vertical', ...lmSorts, 'Chat', 'minus-square', 'link', 'OP', 'edit-2', 'info', '!homebrewing@hopyard.example',
    lmSubscribe, 'Subscribe', ...lmAbout, 'Rules', ...lmStats, 'Moderators', 'hopsandhaze', ...lmFoot,
  ])],
};

export const HELDOUT83_F: readonly TestPage[] = [lemmyThread, githubDiscussion];
