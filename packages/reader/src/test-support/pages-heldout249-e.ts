import { links, type TestPage, texts } from './page-kit.js';
import { journalNews } from './pages-heldout249-e2.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file e: a patient-community forum thread on a HealthUnlocked-style React site (the community header
 * with Join / Follow buttons and member count, the post with author, time and "Reply" / "Like" counts, the moderator's
 * pinned disclaimer, the replies with their authors, times and like counts, "Write a reply", the "Related posts" and
 * "Community guidelines" sidebar, the sign-up modal and the footer). The posts are the body.
 */
const fTitle = 'Fatigue after starting levothyroxine - does it get better?';
const fPost = [
  j(
    'Hi all, I was diagnosed with an underactive thyroid in January and started on 50mcg of levothyroxine. My TSH was 9.8 at',
    'diagnosis. Six weeks in, I still feel exhausted by mid-afternoon and my legs ache when I climb stairs.',
  ),
  j(
    'My next blood test is in two weeks. Is it normal to feel this tired at the start, and did anyone find things improved',
    'after a dose change? I’m trying to be patient but it’s hard when I’m falling asleep at my desk.',
  ),
];
const fReplies: [string, string, string, string[]][] = [
  [
    'Ruthie_K',
    '5 days ago',
    '7',
    [
      j(
        'It took me about four months to feel properly better. 50mcg is a common starting dose and most people need it',
        'raising once the first blood test is back. Write down how you feel each week so you can tell your GP at the review.',
      ),
    ],
  ],
  [
    'Gareth_M62',
    '5 days ago',
    '4',
    [
      j(
        'Same here. Make sure you take your tablet on an empty stomach with water and leave at least 30 minutes before tea or',
        'coffee. I was having mine with my breakfast and it made a real difference when I changed.',
      ),
    ],
  ],
  [
    'bluebell_walks',
    '4 days ago',
    '3',
    ['Worth asking for your ferritin, B12 and vitamin D to be checked too. Mine were all low and that was part of my tiredness.'],
  ],
  [
    'Ianthe_R',
    '3 days ago',
    '2',
    [
      j(
        'Thank you all, this is so reassuring. I didn’t know about the coffee, I’ve been taking it with my morning latte!',
        'I’ll ask about the extra bloods at my review.',
      ),
    ],
  ],
];
const fAside = ['Tiredness despite normal TSH', 'How long before a dose change works?', 'Taking levothyroxine with other medicines'];
const fFoot = ['About us', 'Help', 'Privacy', 'Terms of use', 'Cookie policy', 'Accessibility'];
const post = (user: string, time: string, likes: string, paras: string[], cls: string): string => `<div class="${cls}" data-testid="${cls}">
<div class="sc-avatar-row"><a class="sc-user-link" href="/user/${user}">${user}</a> <time class="sc-time">${time}</time></div>
<div class="sc-post-body" data-testid="post-body">${paras.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="sc-post-actions"><button class="sc-like"><span>Like</span> <span class="sc-count">${likes} likes</span></button>
<button class="sc-reply">Reply</button><button class="sc-report" aria-label="Report">Report</button></div></div>`;
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fatigue after starting levothyroxine - does it get better? |
Thyroid Together | CareCircle</title><meta name="description" content="I was diagnosed with an underactive thyroid in January and started on
50mcg of levothyroxine."><meta property="og:type" content="article"><link rel="canonical" href="https://carecircle.example/thyroid-together/posts/
150884312/fatigue-after-starting-levothyroxine">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"Ianthe_R"},"datePublished":"2026-03-01T19:04:00Z","interactionStatistic":{"@type":"InteractionCounter",
"userInteractionCount":4}}</script><link rel="stylesheet" href="/static/css/app.4c9e.css"></head>
<body><div id="__app"><div class="sc-layout"><header class="sc-site-header"><a href="/" class="sc-logo">CareCircle</a>
<form role="search"><input placeholder="Search communities and posts"></form><a href="/login">Log in</a><a href="/join">Join</a></header>
<div class="sc-community-header" data-testid="community-header"><img src="/c/thyroid.png" alt=""><h2 class="sc-community-name">Thyroid Together</h2>
<p class="sc-community-meta">48,210 members · 12,903 posts</p><button class="sc-join-btn">Join</button><nav class="sc-tabs">
<ul>${links(['Posts', 'About', 'Members', 'Events'], 'sc-tab')}</ul></nav></div>
<div class="sc-columns"><main class="sc-main"><article class="sc-post" data-testid="post-view"><h1 class="sc-post-title">${fTitle}</h1>
${post('Ianthe_R', '6 days ago', '3', fPost, 'sc-original-post')}
<div class="sc-post-tags"><a href="/tags/fatigue">fatigue</a> <a href="/tags/levothyroxine">levothyroxine</a></div></article>
<section class="sc-replies" data-testid="responses"><h3 class="sc-replies-count">4 Replies</h3>
<div class="sc-sort"><span>Oldest</span> · <span>Newest</span></div>
${fReplies.map(([u, t, l, ps]) => post(u, t, l, ps, 'sc-response')).join('\n')}
<div class="sc-write-reply"><textarea placeholder="Write a reply..."></textarea><button>Post reply</button></div></section></main>
<aside class="sc-sidebar"><div class="sc-moderator-note"><h3>Important notice</h3><p>Posts in this community are from members sharing
their own experience. They are not medical advice. Always speak to your doctor before changing your treatment.</p></div>
<div class="sc-related"><h3>Related posts</h3><ul>${links(fAside, 'sc-related-item')}</ul></div>
<div class="sc-guidelines"><h3>Community guidelines</h3><p>Be kind, stay on topic and never share other people’s personal details.</p>
<a href="/guidelines">Read the full guidelines</a></div></aside></div>
<footer class="sc-footer"><ul>${links(fFoot)}</ul><p>© 2026 CareCircle Ltd</p></footer>
<div class="sc-modal" role="dialog" aria-label="Sign up"><h2>Join the conversation</h2><p>Sign up to reply, follow posts and connect with people who
understand.</p><button>Sign up free</button></div></div></div>
<script>window.__PRELOADED_STATE__={"post":{"id":150884312,"responses":4},"community":{"slug":"thyroid-together"}};</script>
<script src="/static/js/app.4c9e.js"></script></body></html>`;
const forumThread: TestPage = {
  name: 'heldout249-carecircle-patient-forum-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fPost, ...fReplies.flatMap((r) => r[3])]),
  bylines: ['Ianthe_R', '6 days ago', 'Ruthie_K', '5 days ago', 'Gareth_M62', 'bluebell_walks', '4 days ago', '3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CareCircle', 'Log in', 'Join', 'Thyroid Together', '48,210 members · 12,903 posts', 'Posts', 'About', 'Members', 'Events', 'Like', '3 likes',
    '7 likes', '4 likes', '2 likes', 'Reply', 'Report', 'fatigue', '4 Replies', 'Oldest', 'Newest', 'Post reply', 'Important notice',
    'Posts in this community are from members sharing their own experience. They are not medical advice.',
    'Always speak to your doctor before changing your treatment.',
    'Related posts', ...fAside, 'Community guidelines', 'Be kind, stay on topic and never share other people’s personal details.', 'Read the full guidelines',
    ...fFoot, '© 2026 CareCircle Ltd', 'Join the conversation', 'Sign up to reply, follow posts and connect with people who understand.', 'Sign up free',
  ],
};

export const HELDOUT249_E: readonly TestPage[] = [forumThread, journalNews];
