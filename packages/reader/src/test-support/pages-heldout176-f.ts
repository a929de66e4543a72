import { links, ps, type TestPage, texts } from './page-kit.js';
import { figmaPage } from './pages-heldout176-f2.js';

/**
 * Held-out batch 176, file f: a Zendesk Guide community post with comments on a cloud-backup company's help centre
 * (Copenhagen theme: the header with "Submit a request" and "Sign in", the search, the breadcrumb, the post with its h1,
 * author, date and "Follow", its h3 sections, the vote box, the "Comments" section with "Sort by", official-comment badge,
 * comment votes, "Please sign in to leave a comment.", the "Related posts" sidebar and "Powered by Zendesk").
 */
const zTitle = 'Feature request: exclude folders by pattern, not just by path';
const zP1 = [
  'We back up about forty workstations with Coldvault and the exclusion list is becoming hard to manage. Right now every ' +
    'exclusion has to be a full path, so to skip node_modules we have to add a separate entry for every project on every machine.',
];
const zH1 = 'What we would like';
const zL = [
  'Exclusions that accept wildcards, for example any folder named node_modules or .cache anywhere under a user folder.',
  'The same pattern list applied to a whole group of computers from the admin console.',
  'A preview that shows how many files a pattern would exclude before it is saved.',
];
const zH2 = 'Why it matters';
const zP2 = [
  'These folders can hold hundreds of thousands of small files that are easy to rebuild. On our developer machines they make ' +
    'up nearly half of the file count, and the first backup of a new laptop takes two days longer because of them.',
  'We have tried excluding whole user folders and adding back the ones we need, but that means new project folders are not ' +
    'backed up until someone remembers to add them, which is worse.',
];
const zC1 = [
  'Thanks for the detailed request. Pattern-based exclusions are on our roadmap for the desktop client. We do not have a date ' +
    'to share yet, but group-level exclusion lists are part of the same work. We will update this post when there is a beta.',
];
const zC2 = [
  '+1 from a design agency. Our problem is render cache folders, which have a different name in every project but always ' +
    'end in _cache. A simple wildcard would save us a lot of storage.',
];
const zC3 = [
  'Would love this too. In the meantime we use a script that reads our project folders every night and updates the exclusion ' +
    'list through the admin API. Happy to share it if anyone wants it.',
  'It runs as a scheduled task on one admin machine, uses a read-only token for listing computers and a separate token for ' +
    'updating the exclusions, and logs every change it makes so we can see what it did.',
];
const zHead = ['Submit a request', 'Sign in'];
const zCrumbs = ['Coldvault Help Center', 'Community', 'Feature Requests'];
const zRelated = ['Back up external drives only when connected', 'Schedule backups outside office hours', 'Admin console: bulk rename computers'];
const zFoot = ['Coldvault', 'Status', 'Blog', 'Privacy', 'Terms'];
const zComment = (name: string, date: string, body: string, votes: string, official = false): string => `<li id="community_comment_${votes}${date.length}"
class="comment${official ? ' comment-official' : ''}"><div class="comment-wrapper"><div class="comment-info">
${official ? '<span class="comment-official-badge" aria-hidden="true">Official comment</span>' : ''}
<div class="comment-author"><div class="avatar comment-avatar"><img src="https://coldvault.zendesk.example/system/photos/${votes}.png" alt=""
class="user-avatar"></div>
<div class="comment-meta"><span title="${name}"><a href="/hc/en-us/profiles/${votes}">${name}</a></span>
<ul class="meta-group"><li class="meta-data"><time datetime="2025-10-2" title="${date}" data-datetime="relative">${date}</time></li></ul></div></div>
<section class="comment-body"><div class="zd-comment" dir="auto">${body}</div></section></div>
<div class="comment-actions-container"><div class="vote"><a class="vote-up" title="Yes" href="#" role="button"><span class="visibility-hidden">Up vote</span>
</a>
<span class="vote-sum">${votes}</span><a class="vote-down" href="#" role="button"><span class="visibility-hidden">Down vote</span></a></div></div></div></li>`;
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Coldvault Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description" content="${texts(zP1)[0]?.slice(0, 150)}">
<meta property="og:title" content="${zTitle}"><meta property="og:type" content="website"><meta property="og:site_name" content="Coldvault Help Center">
<link rel="canonical" href="https://help.coldvault.example/hc/en-us/community/posts/38201955-Feature-request-exclude-folders-by-pattern">
<link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-9a2b.css"><link rel="stylesheet"
href="//theme.zdassets.com/theme_assets/style.css">
<script src="//static.zdassets.com/hc/assets/en-us.js"></script>
<script>window.HelpCenter = {"account":{"subdomain":"coldvault"},"user":{"role":"anonymous"}};</script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.com/theme_assets/logo.png"
alt="Coldvault Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">${zHead[0]}</a></li><li><a class="sign-in" rel="nofollow"
href="/hc/en-us/signin">${zHead[1]}</a></li>
</ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${zCrumbs.map((c) => `<li title="${c}"><a href="/hc/en-us">${c}</a></li>`).join('')}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="post-container"><div class="post"><div class="post-header"><h1 class="post-title">${zTitle}</h1>
<div class="post-follow"><button class="button" data-selected="false">Follow</button></div></div>
<div class="post-info-container"><div class="post-info"><div class="avatar post-avatar"><img src="/photos/1.png" alt="" class="user-avatar"></div>
<div class="post-meta"><span title="Priyanka Deshmukh"><a href="/hc/en-us/profiles/381">Priyanka Deshmukh</a></span>
<ul class="meta-group"><li class="meta-data"><time datetime="2025-10-14T09:31:00Z" title="October 14, 2025 09:31"
data-datetime="relative">October 14, 2025</time></li>
</ul></div></div></div>
<div class="post-content"><div class="post-body">${ps(zP1)}<h3>${zH1}</h3><ul>${zL.map((t) => `<li>${t}</li>`).join('\n')}</ul><h3>${zH2}</h3>${ps(zP2)}</div>
<div class="post-actions-wrapper"><div class="post-votes vote"><a class="vote-up" title="Yes" href="#"><span class="visibility-hidden">Up vote</span></a>
<span class="vote-sum">57</span><a class="vote-down" href="#"><span class="visibility-hidden">Down vote</span></a></div></div></div>
<div class="post-comments"><section class="comment-section"><div class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">3 comments</p><div class="comment-sorter"><span>Sort by</span><a aria-selected="true" href="?sort_by=created_at">Date</a>
<a href="?sort_by=votes">Votes</a></div></div><ul id="comments" class="comment-list">
${zComment('Mateo Rinaldi', 'October 15, 2025', ps(zC1), '21', true)}
${zComment('Greta Holmqvist', 'October 20, 2025', ps(zC2), '9')}
${zComment('Femi Adebayo', 'November 2, 2025', ps(zC3), '6')}
</ul><p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-us/signin">sign in</a> to leave a comment.</p></section></div>
</div><aside class="post-sidebar"><h2 class="sidenav-title">Related posts</h2><ul>${links(zRelated, 'sidenav-item')}</ul></aside></div></div></main>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(zFoot, 'footer-link')}</ul>
<div class="powered-by-zendesk"><a href="https://www.zendesk.com/service/help-center/">Powered by Zendesk</a></div></div></footer></body></html>`;
const zendesk: TestPage = {
  name: 'heldout176-zendesk-community-post',
  kind: 'forum',
  html: zHtml,
  // the post's own h3s are the headings; the official comment and the other comments are body (a discussion); the
  // "Official comment" badge, vote counts and hidden "Up vote" / "Down vote" texts, the sorter and the sign-in callout are furniture
  title: zTitle,
  headings: [zH1, zH2],
  body: texts([...zP1, ...zL, ...zP2, ...zC1, ...zC2, ...zC3]),
  bylines: [
    'Priyanka Deshmukh',
    'October 14, 2025',
    'Mateo Rinaldi',
    'October 15, 2025',
    'Greta Holmqvist',
    'October 20, 2025',
    'Femi Adebayo',
    'November 2, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zHead, ...zCrumbs, 'Follow', 'Up vote', 'Down vote', '57', 'Comments', '3 comments', 'Sort by', 'Date', 'Votes',
    'Official comment', '21', '9', '6', 'Please sign in to leave a comment.', 'Related posts', ...zRelated, ...zFoot, 'Powered by Zendesk',
  ],
};

export const HELDOUT176_F: readonly TestPage[] = [zendesk, figmaPage];
