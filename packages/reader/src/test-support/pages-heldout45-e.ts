import { links, type TestPage, texts } from './page-kit.js';
import { pixelfedPost } from './pages-heldout45-e2.js';

/**
 * Held-out batch 45, file e: an Indie Hackers post page (the header with topic nav, "Join" and "Sign in", the post header with
 * the group link, author, date and reading time, upvote, bookmark and share buttons, the post body with h2 sections, lists
 * and a pull-out MRR line, the "Trending on Indie Hackers" and newsletter boxes in the sidebar, a sponsored slot, threaded
 * comments with upvote counts, "Reply" and "Report", the sign-in prompt and the footer).
 */
const ihTitle = 'I spent $312 on ads and got zero customers. Then I rewrote onboarding and hit $2.1k MRR.';
const ihAuthor = 'Ilse Marchetti';
const ihIntro = [
  'Rotaplan is a shift scheduling tool for small physiotherapy and dental clinics, the kind with four to fifteen staff and one ' +
    'overworked practice manager doing the rota in a spreadsheet. I launched it in June after nine months of evenings and weekends.',
  'This is a write-up of the four months since, mostly because I wish someone had told me this before I spent money on ads.',
];
const ihH1 = 'Where I was in August';
const ihP1 = [
  'By August I had 140 sign-ups and 3 paying customers. I assumed the problem was traffic, so I put $312 into search ads over ' +
    'three weeks. Sign-ups went up to 210. Paying customers stayed at 3.',
  'When I finally watched session recordings, the pattern was painfully obvious. People created an account, landed on an empty ' +
    'calendar, clicked around for about ninety seconds and left. Nobody got as far as adding their staff.',
];
const ihH2 = 'The onboarding rewrite';
const ihList = [
  'I replaced the empty calendar with a three-question setup: how many staff, what are your opening hours, do you work weekends.',
  'From those answers Rotaplan now builds a draft rota for the next two weeks before you see anything else.',
  'Inviting staff moved from step one to the very end, and became optional.',
  'I added a "send this rota to my team" button that works by email without anyone else creating an account.',
];
const ihP2 = [
  'The first version took two weekends. Within a month, the share of new accounts that saved a rota went from 11% to 58%, and ' +
    'paying customers went from 3 to 41. At $49 a month per clinic that is just over $2,000 in monthly recurring revenue.',
];
const ihH3 = 'What I would do differently';
const ihP3 = [
  'Watch ten session recordings before spending a single dollar on traffic. If people do not reach the moment where the product ' +
    'is useful, more people not reaching it will not help.',
  'Happy to answer questions about the setup flow, pricing, or selling to clinics, which is its own adventure.',
];
const ihComments = [
  {
    who: 'Tobias Renner',
    when: '2 days ago',
    votes: '12',
    text:
      'The draft rota before anything else is such a good move. Showing people their own data in the product in the first ' +
      'minute beats any tour. Did you see any drop in sign-ups from asking the three questions up front?',
    reply: {
      who: ihAuthor,
      when: '2 days ago',
      votes: '6',
      text: 'Surprisingly no, completion of the three questions is around 90%. I think they feel like progress rather than a form.',
    },
  },
  {
    who: 'Naledi Khumalo',
    when: '1 day ago',
    votes: '4',
    text: 'How are you reaching practice managers now that you have stopped the ads? That market seems hard to get in front of.',
    reply: {
      who: ihAuthor,
      when: '1 day ago',
      votes: '3',
      text: 'Mostly referrals from the first customers and two regional physio association newsletters. Slow, but the leads convert well.',
    },
  },
  { who: 'paulo_builds', when: '9 hours ago', votes: '1', text: 'Saving this. I am at the 140 sign-ups and 3 customers stage right now.' },
];
const ihNav = ['Starting Up', 'Tech', 'AI', 'Creators', 'Money', 'Lifestyle', 'Ideas Database'];
const ihTrending = [
  'From side project to $10k MRR in 14 months: what actually moved the needle',
  'Is cold email dead for B2B SaaS in 2025?',
  'I shut down my startup after two years. Here is the postmortem.',
];
const ihFoot = ['About', 'Newsletter', 'Podcast', 'Terms', 'Privacy', 'Contact'];
const ihPara = (t: string): string => `<p>${t}</p>`;
const ihComment = (
  c: { who: string; when: string; votes: string; text: string },
  nested: boolean,
): string => `<div class="comment${nested ? ' comment--nested' : ''}"
data-comment-id="${c.who.length}${c.votes}"><div class="comment__vote"><button class="vote-button" aria-label="Upvote comment">▲</button>
<span class="vote-button__count">${c.votes}</span></div><div class="comment__main"><div class="comment__header"><a class="user-link comment__author"
href="/${c.who.toLowerCase().replace(/ /g, '')}">${c.who}</a><span class="comment__date" title="November 2025">${c.when}</span></div>
<div class="comment__content content">${ihPara(c.text)}</div><div class="comment__actions"><button class="comment__action">Reply</button>
<button class="comment__action comment__action--report">Report</button></div></div></div>`;
const ihHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ihTitle} - Indie Hackers</title><meta name="description" content="${ihIntro[0]!.slice(0, 150)}">
<meta property="og:title" content="${ihTitle}"><meta property="og:site_name" content="Indie Hackers"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/vendor-5f2e1a0c.css"><link rel="stylesheet" href="/assets/indie-hackers-90ab3d11.css">
<script>window.__IH_CONFIG__ = { environment: "production", firebaseProject: "indie-hackers", algoliaIndex: "discussions" };</script></head>
<body class="ember-application"><div id="ember6" class="ember-view"><header class="site-header"><div class="site-header__inner">
<a class="site-header__logo" href="/" aria-label="Indie Hackers home"><span class="logo-text">Indie Hackers</span></a>
<nav class="site-header__nav" aria-label="Topics"><ul>${links(ihNav, 'site-header__nav-item')}</ul></nav>
<div class="site-header__actions"><button class="site-header__search" aria-label="Search"><svg width="18" height="18"></svg></button>
<a class="button button--primary" href="/sign-up">Join</a><a class="button button--ghost" href="/sign-in">Sign in</a></div></div></header>
<main class="post-page"><div class="post-page__layout"><article class="post-page__main"><header class="post-page__header">
<a class="post-page__group" href="/group/building-in-public">Building in Public</a><h1 class="post-page__title">${ihTitle}</h1>
<div class="post-page__byline"><a class="user-link post-page__author" href="/ilsemarchetti"><img class="user-link__avatar" src="/avatars/ilse.jpg" alt="">
<span class="user-link__name">${ihAuthor}</span></a><span class="post-page__date"><time datetime="2025-11-12T16:03:00Z">November 12, 2025</time></span>
<span class="post-page__reading-time">5 min read</span></div>
<div class="post-page__actions"><button class="vote-button vote-button--large" aria-label="Upvote post">▲ <span class="vote-button__count">187</span></button>
<button class="post-page__action" aria-label="Bookmark">Bookmark</button><button class="post-page__action">Share</button></div></header>
<div class="post-page__content content">${ihIntro.map(ihPara).join('\n')}
<h2>${ihH1}</h2>${ihP1.map(ihPara).join('\n')}
<h2>${ihH2}</h2><ul>${ihList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ihP2.map(ihPara).join('\n')}<p><strong>MRR: $0 in July → $147 in August → $2,009 in October.</strong></p>
<h2>${ihH3}</h2>${ihP3.map(ihPara).join('\n')}</div>
<footer class="post-page__footer"><span class="post-page__stats">187 upvotes · 5 comments · 3,412 views</span>
<button class="post-page__report">Report post</button></footer>
<section class="comments" id="comments"><h2 class="comments__title">5 comments</h2><div class="comments__composer"><p>
<a href="/sign-in">Sign in</a> or <a href="/sign-up">join</a> to comment.</p></div>
${ihComments.map((c) => `<div class="comment-thread">${ihComment(c, false)}${c.reply === undefined ? '' : ihComment(c.reply, true)}</div>`).join('\n')}
</section></article>
<aside class="post-page__sidebar"><section class="sidebar-box"><h3
class="sidebar-box__title">Trending on Indie Hackers</h3><ol>${links(ihTrending, 'sidebar-box__item')}</ol></section>
<section class="sidebar-box sidebar-box--newsletter"><h3 class="sidebar-box__title">Get the Indie Hackers newsletter</h3><p>The best posts, interviews and
ideas from the community, twice a week. Free.</p><form><input type="email" placeholder="you@example.com"
aria-label="Email"><button>Subscribe</button></form></section>
<section class="sidebar-box sidebar-box--sponsor"><span class="sidebar-box__label">Sponsored</span><a href="/sponsor/ledgerly"
rel="sponsored">Ledgerly: bookkeeping
for founders who would rather be building. Try it free for 30 days.</a></section></aside></div></main>
<footer class="site-footer"><ul>${links(ihFoot, 'site-footer__item')}</ul><p class="site-footer__copy">© 2025 Indie Hackers, Inc.</p></footer></div>
<script src="/assets/vendor-5f2e1a0c.js"></script><script src="/assets/indie-hackers-90ab3d11.js"></script></body></html>`;
const indieHackers: TestPage = {
  html: ihHtml,
  name: 'heldout45-indie-hackers-post',
  kind: 'forum',
  // the post (intro, three h2 sections, the list and the bold MRR line) is body; on a forum page every comment and reply is
  // body; the author (post and two replies, once), the post date and every comment's name and age are bylines; the group link,
  // reading time, vote counts, "Bookmark", "Share", the stats line, "Report post", "Report", "Reply", "5 comments", the
  // sign-in line, the sidebar boxes (trending, newsletter, sponsor), header and footer are furniture; "Sign in" of the header
  // and the comment box count once; the nav's "Money", the footer's "About", the "Share" button and the "or" of the sign-in
  // line are words of the body ("spent money on ads", "about ninety seconds", "the share of new accounts"): left out
  title: ihTitle,
  headings: [ihH1, ihH2, ihH3],
  body: [
    ...texts(ihIntro),
    ...texts(ihP1),
    ...ihList,
    ...texts(ihP2),
    'MRR: $0 in July → $147 in August → $2,009 in October.',
    ...texts(ihP3),
    ...ihComments.flatMap((c) => [c.text, c.reply?.text ?? '']).filter((t) => t !== ''),
  ],
  bylines: [ihAuthor, 'November 12, 2025', 'Tobias Renner', 'Naledi Khumalo', 'paulo_builds', '2 days ago', '1 day ago', '9 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Indie Hackers', ...ihNav.filter((t) => t !== 'Money'), 'Join', 'Sign in', 'Building in Public', '5 min read', '187', 'Bookmark',
    '187 upvotes · 5 comments · 3,412 views',
    'Report post', '5 comments', 'to comment.', '12', '6', '4', '1', 'Reply', 'Report', 'Trending on Indie Hackers', ...ihTrending,
    'Get the Indie Hackers newsletter', 'The best posts, interviews and ideas from the community, twice a week. Free.', 'Subscribe', 'Sponsored',
    'Ledgerly: bookkeeping for founders who would rather be building. Try it free for 30 days.', ...ihFoot.filter((t) => t !== 'About'),
    '© 2025 Indie Hackers, Inc.',
  ],
};

export const HELDOUT45_E: readonly TestPage[] = [indieHackers, pixelfedPost];
