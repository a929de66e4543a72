import { links, ps, type TestPage, texts } from './page-kit.js';
import { microsoft } from './pages-heldout265-e2.js';
import { j, lis } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file e: an Apple Support Communities thread (the ac-globalnav bar, the community header with search
 * and "Ask the Community", breadcrumbs, the question with author level, "Posted on" date and the "I have this question
 * too" button, the "Best reply" box that repeats an answer above the reply list with "View in context", replies with
 * "Reply" and "Helpful" buttons, "Similar questions", the welcome banner and the Apple footer) and, from file e2, a
 * Microsoft Community (Answers) thread.
 */
const title = 'Calendar alerts arrive twice on Mac and iPhone after adding a shared calendar';
const q = [
  j(
    'Since our choir started sharing a rehearsal calendar with me last month, every alert from that calendar arrives twice,',
    'once on my Mac and once on my iPhone, a few seconds apart, and in both places. Alerts from my own calendars arrive once as',
    'they should.',
  ),
  'The shared calendar was created by our choir secretary on her account and I accepted the invitation from the email. Is this a setting I have missed?',
];
const best = [
  j(
    'This usually happens when the same shared calendar has been added twice: once through the invitation, and once as a',
    'subscription to the public link the organiser also sent. Each copy has its own alerts, so you get two.',
  ),
  'To check:',
  'Open Calendar on the Mac and show the sidebar.',
  'Look for two calendars with the same name, one under your account and one under Subscriptions or Other.',
  'If there are two, Control-click the one under Subscriptions and choose Unsubscribe.',
  j(
    'On the iPhone the subscription disappears on its own once it is removed on the Mac, as long as both use the same',
    'account. If it does not, remove it in Settings under Calendar and Accounts.',
  ),
];
const replies: [string, string, string, string[]][] = [
  ['Marguerite Holm', 'Level 10', 'Posted on Nov 12, 2026 9:40 PM', best],
  [
    'Dunstan Reay',
    'Level 1',
    'Posted on Nov 13, 2026 8:02 AM',
    [
      j(
        'That was exactly it, thank you. There was a subscribed copy called "Choir 2026" as well as the shared one. One',
        'unsubscribe later and the alerts arrive once.',
      ),
    ],
  ],
  [
    'Aurelie Benn',
    'Level 4',
    'Posted on Nov 14, 2026 6:15 PM',
    [
      j(
        'Worth adding for anyone else: if the organiser wants everyone to get alerts, the shared calendar is the better one',
        'to keep. A subscribed calendar cannot be edited and its alerts depend on your own default alert settings.',
      ),
      j(
        'The subscribed copy also refreshes on its own schedule, so a rehearsal that moves at short notice can show the old',
        'time for a while. Keeping only the shared calendar avoids that as well.',
      ),
    ],
  ],
];
const steps = best.slice(2, 5);
const block = (paras: string[]): string => (paras === best ? `${ps(best.slice(0, 2))}<ol>${lis(steps)}</ol>${ps(best.slice(5))}` : ps(paras));
const nav = ['Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const crumbs = ['Apple Support Community', 'iCloud', 'iCloud Calendar and Contacts'];
const similar = ['Duplicate calendar events on iPhone after an update', 'How do I stop getting alerts for a subscribed calendar?'];
const foot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const reply = ([name, level, date, paras]: [string, string, string, string[]], i: number): string => `<article class="reply" id="reply-${i}"
data-post-id="25810${i}"><div class="author-info"><a class="author-name" href="/profile/${name.replace(' ', '')}">${name}</a>
<span class="author-level">${level}</span></div><div class="reply-body post-body">${block(paras)}</div><div class="post-meta"><span
class="post-date">${date}</span>
</div><div class="post-actions"><button class="button button-reply">Reply</button><button class="button button-helpful">Helpful</button></div></article>`;
const html = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${title} - Apple Community</title>
<meta name="description" content="Since our choir started sharing a rehearsal calendar with me last month, every alert arrives twice.">
<link rel="canonical" href="https://discussions.apple.com/thread/255810422"><meta property="og:site_name" content="Apple Community">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":3,
"author":{"@type":"Person","name":"Dunstan Reay"}}}</script></head><body class="page-thread"><div class="ac-gn-wrapper">
<nav id="ac-globalnav" class="js no-touch" role="navigation" aria-label="Global" lang="en-US"><ul class="ac-gn-list">
<li class="ac-gn-item ac-gn-apple"><a class="ac-gn-link ac-gn-link-apple" href="https://www.apple.com/"><span class="ac-gn-link-text">Apple</span></a></li>
${links(nav, 'ac-gn-item')}</ul></nav></div><header class="community-header"><div class="community-header-content"><a href="/" class="community-logo">Apple
Support Community</a>
<form class="community-search"><input type="search" placeholder="Search the Community"></form><a class="button button-primary" href="/ask">Ask the Community</a>
<a href="/signin" class="sign-in">Sign in</a></div></header><div class="welcome-banner" role="region"><p>Welcome to Apple Support Community</p><p>A forum
where Apple
customers help each other with their products. Get started with your Apple Account.</p></div><main id="main" class="thread-page">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumb-item')}</ol></nav><section class="thread-question"><div class="author-info">
<a class="author-name" href="/profile/DunstanReay">Dunstan Reay</a> <span class="author-level">Level 1</span></div><h1 class="thread-title
page-title">${title}</h1>
<div class="post-body question-body">${ps(q)}</div><div class="post-meta"><span class="post-date">Posted on Nov 12, 2026 7:18 PM</span></div>
<div class="post-actions"><button class="button me-too-button">I have this question too (41)</button> <button class="button button-reply">Reply</button></div>
</section><section class="best-answer"><h2 class="section-title">Best reply</h2><div class="author-info"><a class="author-name"
href="/profile/MargueriteHolm">Marguerite
Holm</a></div><div class="post-body">${ps(best.slice(0, 1))}</div><span class="post-date">Posted on Nov 12, 2026 9:40 PM</span>
<a class="view-in-context" href="#reply-0">View in context</a></section><section class="thread-replies"><h2 class="section-title">Similar questions</h2>
<ul class="similar-list">${links(similar)}</ul><h2 class="section-title replies-count">3 replies</h2>${replies.map(reply).join('\n')}
<div class="reply-cta"><p>This thread has been closed by the system or the community team. You may vote for any posts you find helpful, or search the
Community for additional answers.</p></div></section></main><footer id="ac-globalfooter" class="no-js" role="contentinfo" lang="en-US" dir="ltr">
<p class="ac-gf-footer-legal-copyright">Copyright © 2026 Apple Inc. All rights reserved.</p><ul class="ac-gf-footer-legal-links">${links(foot)}</ul>
<div class="ac-gf-footer-locale"><a href="/choose-country-region">United States</a></div></footer></body></html>`;
const apple: TestPage = {
  name: 'heldout265-apple-communities-thread',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...q, ...replies.flatMap((r) => r[3])]),
  bylines: ['Dunstan Reay', 'Posted on Nov 12, 2026 7:18 PM', ...replies.flatMap((r) => [r[0], r[2]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apple', ...nav.filter((n) => n !== 'Mac' && n !== 'iPhone'), 'Apple Support Community', 'Ask the Community', 'Sign in',
    'A forum where Apple customers help each other with their products. Get started with your Apple Account.', 'iCloud', 'iCloud Calendar and Contacts',
    'Level 1', 'Level 10',
    'Level 4', 'I have this question too (41)', 'Reply', 'Best reply', 'View in context', 'Similar questions', ...similar, '3 replies', 'Helpful',
    j('This thread has been closed by the system or the community team. You may vote for any posts you find helpful, or search the Community for',
      'additional answers.'),
    'Copyright © 2026 Apple Inc. All rights reserved.', ...foot, 'United States',
  ],
};

export const HELDOUT265_E: readonly TestPage[] = [apple, microsoft];
