import { links, type TestPage, texts } from './page-kit.js';
import { tapatalkThread } from './pages-heldout55-e2.js';

/**
 * Held-out batch 55, file e: a text submission with its comment tree on a Postmill site (Raddle): the site nav with forums, wiki,
 * search, night-mode toggle, log in and sign up, the submission with its vote form and net score, title, "Submitted by NAME
 * TIME in FORUM" line, body and "N comments" link, the comment form prompt, five comments and their replies as nested
 * `<article class="comment">` elements with "NAME wrote TIME", an "(edited)" mark, vote scores, Permalink/Parent links, the
 * sidebar with the forum card (subscribe button, subscriber count, description), moderators and forum tags, and the footer).
 */
const pmTitle = 'Our tool library loses a third of its drills every year. How do other groups handle returns?';
const pmBody = [
  'We run a small tool library out of a community centre basement, open two evenings a week. Borrowing is free and we only ask for a name and a ' +
    'phone number. It mostly works, but every year we lose around a third of the cordless drills and a fair number of sanders, and chasing people ' +
    "takes up most of one volunteer's time.",
  "We don't want to bring in deposits or ID checks, because the whole point is that anyone can borrow. Has anyone found a way to get things back " +
    "that doesn't turn volunteers into debt collectors?",
];
interface PmComment {
  id: number;
  user: string;
  ago: string;
  iso: string;
  score: string;
  text: string[];
  edited?: boolean;
  replies?: PmComment[];
}
const pmComments: PmComment[] = [
  {
    id: 88231,
    user: 'sorrel',
    ago: '2 weeks ago',
    iso: '2025-10-29T20:12:09+00:00',
    score: '14',
    text: [
      'We switched from a two-week loan to a one-week loan with a free renewal by text. Returns went up a lot, I think because a week feels like a ' +
        "real deadline and two weeks just feels like 'whenever'.",
    ],
    replies: [
      {
        id: 88240,
        user: 'wrenchwench',
        ago: '2 weeks ago',
        iso: '2025-10-29T21:03:44+00:00',
        score: '5',
        text: ["That's interesting. Do you send the reminder by hand, or is there some software doing it?"],
        replies: [
          {
            id: 88262,
            user: 'sorrel',
            ago: '13 days ago',
            iso: '2025-10-30T08:17:30+00:00',
            score: '8',
            text: [
              'A volunteer sends them from a shared phone on Sunday nights. It takes about twenty minutes. We tried software first and nobody ' +
                'replied to the automated messages.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 88245,
    user: 'crowbar_collective',
    ago: '2 weeks ago',
    iso: '2025-10-29T21:40:02+00:00',
    score: '9',
    edited: true,
    text: [
      "Put the borrower's first name on a board by the door with what they have out. Not as shaming, just visible. People bring things back when " +
        'they know their neighbours can see the list, and it makes it easy for friends to remind each other.',
    ],
  },
  {
    id: 88301,
    user: 'moth',
    ago: '13 days ago',
    iso: '2025-10-30T12:55:18+00:00',
    score: '6',
    text: [
      'Honestly, some loss is the cost of doing it this way. We budget for replacing drills out of donations and treat it as part of running ' + 'the place.',
      'A drill that never comes back is probably being used by someone who needed it.',
    ],
    replies: [
      {
        id: 88333,
        user: 'lumen_',
        ago: '12 days ago',
        iso: '2025-10-31T18:22:51+00:00',
        score: '4',
        text: [
          'Agree with this. We also ask for broken tools to be returned no matter what, and fix them at a monthly repair evening. Returns improved ' +
            'once people stopped being afraid of bringing back something damaged.',
        ],
      },
    ],
  },
];
const subUrl = '/f/DIY/204517/our-tool-library-loses-a-third-of-its-drills-every-year-how-do';
const voteForm = (kind: string, id: number, score: string): string => `<form action="/${kind}/${id}.json" method="POST" class="vote" data-controller="vote">
<input type="hidden" name="token" value=""><button class="vote__button vote__up unbuttonize" name="choice" value="1" title="Upvote" disabled><span
 class="vote__arrow vote__arrow--up">▲</span><span class="hidden">Upvote</span></button><span class="vote__net-score" data-vote-target="score">${score}</span>
<button class="vote__button vote__down unbuttonize" name="choice" value="-1" title="Downvote" disabled><span class="vote__arrow vote__arrow--down">▼</span><span
 class="hidden">Downvote</span></button></form>`;
const pmComment = (k: PmComment, level: number, parent?: number): string => `<article class="comment ${level === 1 ? 'comment--top-level' : 'comment--nested'}
 comment--visible" id="comment_${k.id}" data-level="${level}"><div class="comment__row"><div class="comment__vote">${voteForm('cv', k.id, k.score)}</div>
<div class="comment__main"><header class="comment__header"><h1 class="comment__info unheaderize"><a href="/user/${k.user}" class="comment__author">${k.user}</a>
 wrote <time class="comment__timestamp relative-time" datetime="${k.iso}"
 title="${k.iso.replace('T', ' ').slice(0, 19)}">${k.ago}</time>${
   k.edited ? ' <span class="comment__edited" title="2025-10-30 07:02:13">(edited)</span>' : ''
 }</h1></header>
<div class="comment__body break-text text-flow">${k.text.map((t) => `<p>${t}</p>`).join('\n')}</div>
<nav class="comment__nav"><ul class="comment__nav-list unlistify"><li class="comment__nav-item"><a href="${subUrl}/-/comment/${k.id}"
 class="comment__nav-link">Permalink</a></li>
${parent ? `<li class="comment__nav-item"><a href="${subUrl}/-/comment/${parent}" class="comment__nav-link">Parent</a></li>` : ''}</ul></nav></div></div>
${k.replies ? `<div class="comment__replies">${k.replies.map((r) => pmComment(r, level + 1, k.id)).join('\n')}</div>` : ''}</article>`;
const all = (list: PmComment[]): PmComment[] => list.flatMap((k) => [k, ...all(k.replies ?? [])]);
const pmNav = ['Forums', 'Wiki'];
const pmDesc = 'Fixing, building and sharing things ourselves. Repair guides, tool libraries, workshops and the odd disaster.';
const pmMods = ['hedgewitch', 'solder_not_soldier'];
const pmTags = ['Skills', 'Mutual aid'];
const pmFoot = ['About', 'Privacy policy', 'Code of conduct', 'Contact'];
const pmHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" data-controller="theme"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pmTitle} — Raddle</title><meta name="generator" content="Postmill"><link rel="canonical" href="https://raddle.me${subUrl}">
<link rel="alternate" type="application/atom+xml" href="https://raddle.me/f/DIY/new.atom" title="DIY">
<meta property="og:title" content="${pmTitle}"><meta property="og:site_name" content="Raddle"><meta property="og:type" content="article">
<link rel="stylesheet" href="/build/main.6b0c7f44.css"><link rel="stylesheet" href="/build/theme.postmill.2c1e93a7.css">
<script src="/build/runtime.0a4b7d1c.js" defer></script><script src="/build/main.9f3e2b60.js" defer></script></head>
<body class="js-lazy-load">
<nav class="site-nav"><div class="site-nav__container content-container"><a href="/" class="site-nav__link site-nav__site-name">Raddle</a>
<ul class="site-nav__menu unlistify">${links(pmNav, 'site-nav__item')}<li class="site-nav__item site-nav__search"><form action="/search" method="GET"><input
 type="search"
 name="q" class="form-control" placeholder="Search" required></form></li>
<li class="site-nav__item"><button class="site-nav__link unbuttonize" data-action="theme#toggleNightMode" title="Toggle night mode">Night mode</button></li>
<li class="site-nav__item"><a href="/login" class="site-nav__link">Log in</a></li><li class="site-nav__item"><a href="/registration"
 class="site-nav__link">Sign up</a></li>
</ul></div></nav>
<div class="site-alerts"></div>
<div class="content-container"><main class="body">
<article class="submission submission--with-body" id="submission_204517" data-controller="submission"><div class="submission__row">
<div class="submission__vote">${voteForm('sv', 204517, '31')}</div>
<div class="submission__inner"><header class="submission__header"><h1 class="submission__title unheaderize inline"><a href="${subUrl}"
 class="submission__link">${pmTitle}</a></h1>
<p class="submission__info"><span class="submission__submitter">Submitted by <a href="/user/wrenchwench"
 class="submission__submitter-link">wrenchwench</a></span>
 <time class="submission__timestamp relative-time" datetime="2025-10-29T19:40:11+00:00" title="2025-10-29 19:40:11">2 weeks ago</time> in <a href="/f/DIY"
 class="submission__forum">DIY</a></p></header>
<div class="submission__body break-text text-flow">${pmBody.map((p) => `<p>${p}</p>`).join('\n')}</div>
<nav class="submission__nav"><ul class="submission__nav-list unlistify"><li class="submission__nav-item"><a href="${subUrl}"
 class="submission__nav-link">7 comments</a></li>
</ul></nav></div></div></article>
<section class="comment-section"><h2 class="comment-section__heading">Comments</h2>
<p class="comment-form-prompt"><a href="/login">Log in</a> or <a href="/registration">sign up</a> to leave a comment.</p>
${pmComments.map((k) => pmComment(k, 1)).join('\n')}
</section></main>
<aside class="sidebar"><section class="sidebar__section sidebar__section--forum"><h1 class="sidebar__title"><a href="/f/DIY">DIY</a></h1>
<form action="/f/DIY/subscribe" method="POST" class="subscribe-form"><button class="button subscribe-button" disabled>Subscribe</button> <span
 class="subscribe-count"
 title="Subscribers">1,422</span></form><div class="sidebar__description text-flow"><p>${pmDesc}</p></div>
<p class="sidebar__meta">Created <time datetime="2019-03-11T15:02:40+00:00" class="relative-time">6 years ago</time></p></section>
<section class="sidebar__section"><h1 class="sidebar__title">Moderators</h1><ul class="unlistify">${pmMods
  .map(
    (m) => `<li><a
 href="/user/${m}">${m}</a></li>`,
  )
  .join('')}</ul></section>
<section class="sidebar__section"><h1 class="sidebar__title">Forum tags</h1><ul class="unlistify">${pmTags
  .map(
    (t) => `<li><a
 href="/tag/${t}">${t}</a></li>`,
  )
  .join('')}</ul></section></aside></div>
<footer class="site-footer"><div class="content-container"><ul class="unlistify">${links(pmFoot)}</ul><p>Running <a
 href="https://postmill.xyz/">Postmill</a>.</p></div></footer>
</body></html>`;
export const postmillSubmission: TestPage = {
  html: pmHtml,
  name: 'heldout55-postmill-submission',
  kind: 'forum',
  // the submission text and every comment (replies included) are body; the submitter's and commenters' names, the relative times and
  // "(edited)" are bylines ("Submitted by", "wrote" and "in DIY" in neither: labels of the byline, and the forum name repeats the card);
  // the vote scores, "7 comments", Permalink and Parent links, the comments heading and log-in prompt, the site nav, the forum card with
  // subscriber count, description and creation date, moderators, tags and the footer are furniture; the hidden "Upvote"/"Downvote" labels
  // are furniture too; the footer's "About" is a word of the body ("about twenty minutes"): left out
  title: pmTitle,
  headings: [],
  body: texts([...pmBody, ...all(pmComments).flatMap((k) => k.text)]),
  bylines: ['wrenchwench', 'sorrel', 'crowbar_collective', 'moth', 'lumen_', '2 weeks ago', '13 days ago', '12 days ago', '(edited)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Raddle', ...pmNav, 'Night mode', 'Log in', 'Sign up', '31', ...new Set(all(pmComments).map((k) => k.score)), 'Upvote', 'Downvote', '7 comments',
    'Comments', 'to leave a comment.', 'Permalink', 'Parent', 'DIY', 'Subscribe', '1,422', pmDesc, 'Created', '6 years ago', 'Moderators', ...pmMods,
    'Forum tags', ...pmTags, ...pmFoot.slice(1), 'Running Postmill.',
  ],
};

export const HELDOUT55_E: readonly TestPage[] = [postmillSubmission, tapatalkThread];
