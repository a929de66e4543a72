import { links, type TestPage, texts } from './page-kit.js';
import { gitlabEpic } from './pages-heldout50-e2.js';

/**
 * Held-out batch 50, file e: a community post with comments on a Zendesk help center (Copenhagen theme with the company's
 * own header: logo, "Community", "Submit a request", "Sign in"; breadcrumbs and search; the post with its status label,
 * "Follow" button, author avatar and time; the post body with a list; the vote box; "Comments" with its sort links; five
 * comments, one marked "Official comment" with the agent badge; the sign-in callout; the "Related posts" sidebar; the
 * "Powered by Zendesk" footer).
 */
const zdTitle = 'Let agents snooze a ticket until a chosen date instead of using On-hold';
const zdPost = [
  'Our support team handles a lot of tickets where we are waiting on something that has a known date: a refund that clears ' +
    'on the 15th, a part that ships next Tuesday, a customer who is away until the end of the month. Right now we set these ' +
    'tickets to On-hold and add a reminder in a private note, but the note does nothing, and the tickets sit in the On-hold ' +
    'view until someone remembers to look.',
  'What we would like is a snooze action on the ticket itself:',
];
const zdList = [
  'Pick a date and time, or a preset such as "Tomorrow morning" or "Next Monday".',
  'The ticket leaves every view until then, so it stops counting against our queue size.',
  'When the time comes, the ticket reopens to the same agent with an internal note saying it was snoozed.',
];
const zdPostEnd = [
  'We have tried building this with a custom field and an automation that checks the field every hour. It works, but ' +
    'automations only run hourly and cannot reopen a ticket at an exact time, and new agents keep forgetting to fill in the ' +
    'field. A built-in action would remove a lot of guesswork.',
];
type ZdComment = { who: string; when: string; official?: boolean; votes: string; paras: string[] };
const zdComments: ZdComment[] = [
  {
    who: 'Priscilla Okafor',
    when: 'April 02, 2025 16:05',
    official: true,
    votes: '9',
    paras: [
      'Thank you for the detailed request, and to everyone who has added their use case below. Snoozing is now on our roadmap ' +
        'for the second half of the year. The first version will let agents choose a date and time and will reopen the ticket ' +
        'to the assignee, as described here.',
      'We are still deciding how snoozed tickets should appear in reporting. If you rely on On-hold time in your reports today, ' +
        'please tell us how in a comment, as it will help us choose.',
    ],
  },
  {
    who: 'Gregor Vance',
    when: 'March 11, 2025 09:47',
    votes: '4',
    paras: [
      'Same problem here. We are an events company, and half our tickets wait for an event date. We would also want the ' +
        'snooze to survive a reassignment, so a ticket passed to a colleague still comes back on the right day.',
    ],
  },
  {
    who: 'Noor Haddad',
    when: 'March 19, 2025 14:20',
    votes: '2',
    paras: [
      'Until this exists, a tip: we use a date field plus a trigger on ticket update rather than an automation, and ask ' +
        'agents to add a one-word public note when they set the date. It is not elegant, but the reopen happens within minutes.',
    ],
  },
  {
    who: 'Maren Solheim',
    when: 'April 03, 2025 08:12',
    votes: '1',
    paras: [
      'Great news. On reporting: we use On-hold time to show our SLA is paused while we wait for the customer, so please keep ' +
        'snoozed time out of the agent handling time in the same way.',
    ],
  },
];
const zdNav = ['Help Center', 'Community', 'Submit a request', 'Sign in'];
const zdCrumbs = ['Tallyfold Support', 'Community', 'Product Feedback'];
const zdRelated = ['Show the On-hold reason in the ticket list', 'Automations that run more often than every hour', 'Reminders on private notes'];
const zdComment = (c: ZdComment): string => `<li id="community_comment_${c.who.length * 1021}" class="comment">
<div class="comment-wrapper${c.official ? ' comment-official' : ''}">${
  c.official
    ? '<span class="comment-labels">\
<span class="status-label status-label-official">Official comment</span></span>'
    : ''
}
<div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar">\
<img src="/system/photos/${c.who.length}/profile.png" alt="" class="user-avatar">\
${c.official ? '<svg class="icon-agent" aria-hidden="true"></svg>' : ''}</div>
<div class="comment-meta"><span title="${c.who}"><a href="/hc/en-us/profiles/${c.who.length}">${c.who}</a></span>
<ul class="meta-group"><li class="meta-data"><time datetime="2025-03" title="${c.when}" data-datetime="calendar">${c.when}</time></li></ul></div></div>
<section class="comment-body">${c.paras.map((p) => `<p>${p}</p>`).join('')}</section></div>
<div class="comment-actions-container"><div class="comment-vote vote"><button type="button" class="vote-up" aria-label="Vote up">▲</button>
<span class="vote-sum">${c.votes}</span><button type="button" class="vote-down" aria-label="Vote down">▼</button></div></div></div></li>`;
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zdTitle} – Tallyfold Support</title>
<meta name="csrf-param" content="authenticity_token"><link rel="canonical" href="https://support.tallyfold.example/hc/en-us/community/posts/360218845512">
<link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-8f3c2e1a.css">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/9910234/style.css">
<script>window.HelpCenter = {"account":{"subdomain":"tallyfold"},"user":{"role":"anonymous"},"locale":"en-us"};</script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us">\
<img src="//theme.zdassets.com/theme_assets/9910234/logo.png" alt="Tallyfold Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">${links(zdNav.slice(0, 3))}
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" href="/hc/en-us/signin">${zdNav[3]}</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container" id="main-content">
<div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">\
${zdCrumbs.map((c) => `<li title="${c}"><a href="/hc/en-us/community">${c}</a></li>`).join('')}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search" \
aria-label="Search"></form></div></div>
<div class="post-container"><div class="post"><div class="post-header"><h1 class="post-title">${zdTitle}
<span class="status-label status-label-planned">Planned</span></h1>
<div class="post-follow"><button class="button follow-button" data-follow="true">Follow</button></div></div>
<div class="post-info-container"><div class="post-info"><div class="avatar post-avatar">\
<img src="/system/photos/88/profile.png" alt="" class="user-avatar"></div>
<div class="post-meta"><span title="Dana Whitcombe"><a href="/hc/en-us/profiles/88">Dana Whitcombe</a></span>
<ul class="meta-group"><li class="meta-data">\
<time datetime="2025-03-04T10:31:55Z" title="March 04, 2025 10:31" data-datetime="calendar">March 04, 2025 10:31</time></li>
<li class="meta-data"><a href="/hc/en-us/community/topics/360004410771">Product Feedback</a></li></ul></div></div></div>
<div class="post-content"><div class="post-body" itemprop="text">${zdPost.map((p) => `<p>${p}</p>`).join('')}
<ul>${zdList.map((t) => `<li>${t}</li>`).join('')}</ul>${zdPostEnd.map((p) => `<p>${p}</p>`).join('')}</div></div>
<div class="post-footer"><div class="post-vote vote"><button type="button" class="vote-up" aria-label="This post was helpful">▲</button>
<span class="vote-sum">47</span><button type="button" class="vote-down" aria-label="This post was not helpful">▼</button></div>
<div class="post-share"><a href="#" class="share-link">Share</a></div></div>
<section class="comments" id="comments"><div class="comment-overview"><h2 class="comment-heading">Comments</h2>\
<p class="comment-callout">${zdComments.length} comments</p>
<div class="dropdown comment-sorter"><span class="dropdown-toggle" aria-haspopup="true">Sort by</span><span class="dropdown-menu" role="menu">
<a role="menuitem" href="?sort_by=created_at" aria-selected="true">Date</a><a role="menuitem" href="?sort_by=votes">Votes</a></span></div></div>
<ul id="comments-list" class="comment-list">${zdComments.map(zdComment).join('\n')}</ul>
<p class="comment-callout">Please <a data-auth-action="signin" href="/hc/en-us/signin">sign in</a> to leave a comment.</p></section></div>
<aside class="post-sidebar"><h3 class="collapsible-sidebar-title sidenav-title">Related posts</h3>
<ul class="related-posts">${links(zdRelated)}</ul></aside></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Tallyfold Support</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.com/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div></div>\
</footer>
<script src="//static.zdassets.com/hc/assets/en-us.js" defer></script></body></html>`;
const zendesk: TestPage = {
  html: zdHtml,
  name: 'heldout50-zendesk-community-post',
  kind: 'forum',
  // a community post is a forum thread: the post (paragraphs and its three list items) and all four comments are body, the
  // official comment included (its page order first, as Zendesk pins it); the author and commenters' names and the times
  // are bylines; the "Planned" status label inside the h1 is furniture (the title is the post title without it), and so are
  // "Official comment", "Follow", the topic link, vote sums, "Share", "Comments" with its count and sort menu, the sign-in
  // callout, the related posts, the header nav, breadcrumbs, skip link, language button and footer; the sort link "Date"
  // is a body word ("a known date"): left out
  title: zdTitle,
  headings: [],
  body: [...texts(zdPost), ...zdList, ...texts(zdPostEnd), ...zdComments.flatMap((c) => texts(c.paras))],
  bylines: ['Dana Whitcombe', 'March 04, 2025 10:31', ...zdComments.flatMap((c) => [c.who, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zdNav, 'Tallyfold Support', 'Product Feedback', 'Planned', 'Follow', '47', 'Share', 'Comments', '4 comments', 'Sort by',
    'Votes', 'Official comment', '9', '4', '2', '1', 'to leave a comment.', 'Related posts', ...zdRelated, 'English (US)', 'Powered by Zendesk',
  ],
};

export const HELDOUT50_E: readonly TestPage[] = [zendesk, gitlabEpic];
