import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file a2: a HealthUnlocked post with replies in a patient community (Next.js app shell, the site
 * header with search and "Log in" / "Sign up", the community banner with member counts and "Join", community tabs, the
 * post with its author, "Member" badge and age, "Read more about" tags, Like / Reply / Report, the replies each with author,
 * age and actions, the "Related posts" rail, the medical disclaimer, the cookie notice and the footer).
 */
const title = 'Eight weeks after knee replacement and still can’t get past 95 degrees of bend';
const op = paras(`
Hi everyone, I’m 63 and had a total knee replacement on my left side at the start of September. Everything went well in hospital
and I was walking with one crutch by week three. The problem is my bend. The physio measured it at 92 degrees at week six and 95
degrees on Monday, and she says she wants me at 110 by week twelve or the surgeon may talk about a manipulation.

I do my exercises three times a day: heel slides, sitting knee bends with the good foot pushing the bad one back, and ten minutes
on the exercise bike at the gym, rocking back and forth until I can do a full turn. The bike is better than it was but I still
have to lift myself off the saddle to get over the top.

Has anyone else been stuck at this point? Did it improve on its own, or did you end up having the manipulation? I’m finding it
hard to stay positive when the numbers barely move.
`);
const replies = [
  {
    name: 'Glenys_W',
    ago: '3 days ago',
    text: paras(`
I was exactly where you are two years ago. Stuck at 96 for what felt like forever. What helped me was taking my painkillers
forty minutes before the exercises instead of after, so I could push a bit further without tensing up.

I got to 112 by week fourteen without a manipulation. It does move, just slowly. Keep going.
`),
  },
  {
    name: 'RobertTKR',
    ago: '3 days ago',
    text: paras(`
I did have the manipulation at week ten. Honestly it was nothing to be scared of. Day case, under a general anaesthetic, and I
had more bend when I woke up than I had managed in a month. The important part is the physio straight afterwards, because it
can stiffen up again quickly if you don’t keep at it.
`),
  },
  {
    name: 'Ishbel_M',
    ago: '2 days ago',
    text: paras(`
The bike is the best thing you can do. Try putting the seat down one notch each week. When I could finally go all the way round
I stopped rocking and did fifteen minutes of slow full turns, and that made a real difference to the stiffness in the mornings.

Also ice afterwards, every time. The swelling is often what stops the bend at this stage, not the scar tissue.
`),
  },
  {
    name: 'mollyfromleeds',
    ago: '1 day ago',
    text: paras(`
Thank you for posting this. I’m at week five and feeling the same. It helps to know it isn’t just me.
`),
  },
] as const;
const nav = ['Communities', 'Posts', 'Help'] as const;
const community = 'Knee and Hip Recovery Together';
const commMeta = ['14,208 members', '9,316 posts'] as const;
const tabs = ['About', 'Events', 'Join'] as const;
const tags = ['Knee replacement', 'Physiotherapy', 'Range of motion', 'Manipulation under anaesthetic'] as const;
const related = [
  'Manipulation under anaesthetic: what to expect?',
  'Night pain after TKR, week 4',
  'When did you go back to driving?',
  'Swelling still bad at 3 months',
] as const;
const disclaimer =
  'Content on HealthUnlocked does not replace the relationship between you and doctors or other healthcare professionals ' +
  'nor the advice you receive from them.';
const cookie = 'We use cookies to give you the best experience on HealthUnlocked. You can change your cookie settings at any time.';
const foot = ['About us', 'Partners', 'Careers', 'Terms of use', 'Privacy policy', 'Cookie policy', 'Accessibility', 'Contact us'] as const;
const ageOp = '5 days ago';
const actions = (n: string): string => `<div class="post-actions" data-testid="post-actions">
<button class="like-button" data-testid="like-button" aria-pressed="false"><svg aria-hidden="true"></svg><span>Like</span>
<span class="like-count">(${n})</span></button><button class="reply-button" data-testid="reply-button">Reply</button>
<button class="report-button" data-testid="report-button">Report</button></div>`;
const author = (name: string, ago: string, i: string): string => `<div class="author-info" data-testid="author-info-${i}">
<a class="author-avatar" href="/user/${name}"><img src="https://images.hu.example/avatars/${name}.png" alt="${name} profile image"></a>
<div><a class="author-name" data-testid="author-link" href="/user/${name}">${name}</a>
<span class="author-role badge">Member</span><span class="post-time" title="${ago}">${ago}</span></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} | Knee and Hip Recovery Together | HealthUnlocked</title>
<meta name="description" content="Hi everyone, I’m 63 and had a total knee replacement on my left side at the start of September.">
<meta property="og:site_name" content="HealthUnlocked"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://healthunlocked.com/khrt/posts/151204877/eight-weeks-after-knee-replacement">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"author":{"@type":"Person","name":"Marian_K"},"datePublished":"2026-11-30T09:12:40Z","commentCount":4,
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":6}}</script>
<link rel="preload" href="/_next/static/css/7f1c0b2e9a.css" as="style"><link rel="stylesheet" href="/_next/static/css/7f1c0b2e9a.css">
<script src="https://securepubads.g.doubleclick.example/tag/js/gpt.js" async></script></head>
<body><div id="__next"><div class="sc-page-wrapper">
<header class="site-header" data-testid="site-header"><a class="logo" href="/" aria-label="HealthUnlocked home"><svg role="img"></svg></a>
<nav class="header-nav" aria-label="Main"><ul>${links(nav, 'header-nav__item')}</ul></nav>
<form class="header-search" role="search"><label class="sr-only" for="search-input">Search HealthUnlocked</label>
<input id="search-input" type="search" placeholder="Search"></form>
<div class="header-auth"><a class="btn btn-secondary" href="/login">Log in</a><a class="btn btn-primary" href="/register">Sign up</a></div></header>
<div class="community-banner" data-testid="community-banner"><img src="https://images.hu.example/communities/khrt.png" alt="">
<div class="community-banner__info"><a class="community-banner__name" href="/khrt">${community}</a>
<ul class="community-banner__stats"><li>${commMeta[0]}</li><li>${commMeta[1]}</li></ul></div>
<nav class="community-tabs" aria-label="Community"><a href="/khrt/posts" aria-current="page">Posts</a><a href="/khrt/about">${tabs[0]}</a>
<a href="/khrt/events">${tabs[1]}</a></nav><button class="btn btn-primary join-button" data-testid="join-button">${tabs[2]}</button></div>
<main class="main-content"><div class="post-column">
<article class="post" data-testid="post"><h1 class="post-title" data-testid="post-title">${title}</h1>
${author('Marian_K', ageOp, 'op')}
<div class="post-body js-post-body" data-testid="post-body">${ps(op)}</div>
<div class="post-tags"><span class="post-tags__label">Read more about</span><ul>${links(tags, 'tag')}</ul></div>
${actions('6')}</article>
<section class="responses" data-testid="responses"><h2 class="responses__title">${replies.length} Replies</h2>
<div class="responses__sort"><span>Sort by</span><button>Oldest</button></div>
<ul class="responses__list">
${replies
  .map(
    (r, i) => `<li class="response" id="response-${i}" data-testid="response">${author(r.name, r.ago, String(i))}
<div class="response-body js-post-body">${ps(r.text)}</div>${actions(String(3 - (i % 3)))}</li>`,
  )
  .join('\n')}
</ul>
<div class="reply-prompt"><p>Join this community to reply</p><a class="btn btn-primary" href="/register?community=khrt">Join</a></div></section></div>
<aside class="sidebar" aria-label="Related posts"><h2 class="sidebar__title">Related posts</h2>
<ul class="related-posts">${links(related, 'related-posts__item')}</ul>
<div class="ad-slot" id="div-gpt-ad-sidebar" data-ad-unit="/hu/khrt/sidebar"><span class="ad-label">Advertisement</span></div></aside></main>
<p class="disclaimer" data-testid="disclaimer">${disclaimer}</p>
<footer class="site-footer"><ul class="footer-links">${links(foot, 'footer-links__item')}</ul>
<p class="copyright">© 2026 HealthUnlocked</p></footer>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent" data-testid="cookie-banner"><p>${cookie}</p>
<button class="btn btn-secondary">Cookie settings</button><button class="btn btn-primary">Accept all cookies</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":151204877,"community":"khrt"}},"page":"/[community]/posts/[id]"}</script>
<script src="/_next/static/chunks/main-4b8e1c.js" defer></script></body></html>`;

export const healthUnlocked: TestPage = {
  html,
  name: 'heldout216-healthunlocked-post',
  kind: 'forum',
  // thread convention: the post and every reply are body; names and ages are bylines; the "Member" badge, like counts,
  // buttons, tags and the community banner are furniture
  title,
  headings: [],
  body: [...texts(op), ...replies.flatMap((r) => texts(r.text))],
  bylines: ['Marian_K', ageOp, ...replies.map((r) => r.name), '3 days ago', '2 days ago', '1 day ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Search HealthUnlocked', 'Log in', 'Sign up', community, ...commMeta, ...tabs, 'Member', 'Read more about', ...tags, 'Like', '(6)', 'Reply',
    'Report', '4 Replies', 'Sort by', 'Oldest', 'Join this community to reply', 'Related posts', ...related, 'Advertisement', disclaimer, ...foot,
    '© 2026 HealthUnlocked', cookie, 'Cookie settings', 'Accept all cookies',
  ],
};
