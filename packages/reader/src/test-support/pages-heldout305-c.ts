import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file c: a LinkedIn-style long-form article in its public (guest) view (top nav with sign-in, the cover
 * image, the pulse-title h1, the publisher author card with headline, follower count and "Published" line, the article content,
 * the reactions and comments bar, two comments, the "More articles by" rail, the "Explore topics" list, the sign-in modal
 * and the footer).
 */
const title = 'I Interviewed 200 Graduates This Year. Here Is What Stood Out.';
const intro = [
  j(
    'Between January and September my team at Ostrava Analytics interviewed just over two hundred graduates for our analyst programme.',
    'We hired eleven. I want to share what separated those eleven from the rest, because almost none of it was about grades.',
  ),
  j(
    'A little context first. Our programme takes graduates from any degree, and we assess them with a short numerical test, a',
    'case exercise and a forty-minute interview with two managers. Everything below comes from the interview notes we keep.',
  ),
];
const h1 = '1. They had read the job description properly';
const p1 = [
  j(
    'It sounds obvious, but roughly half the candidates could not tell us what the role involved beyond “data”. The ones we hired',
    'had picked out two or three lines from the advert and came ready with examples that matched them.',
  ),
];
const h2 = '2. They talked about a mistake without flinching';
const p2 = [
  j(
    'We always ask about a project that went wrong. Weak answers describe a team-mate’s failure. Strong answers describe a decision',
    'the candidate made, why it was wrong, and what they now do differently. One graduate told us she had spent a fortnight cleaning',
    'the wrong dataset for her dissertation. She got the job.',
  ),
];
const h3 = '3. They asked real questions';
const p3 = ['At the end of the interview, the best candidates asked things we could not answer from our website. A few favourites:'];
const qs = [
  'What does a good first ninety days look like for someone in this role?',
  'Which of last year’s graduates has grown the most, and why?',
  'What is one thing about the team you would like to change?',
];
const h4 = '4. They followed up briefly';
const p4 = [
  j(
    'A three-line thank-you email the next day will not get you a job on its own. But in a close decision, it reminded us who had',
    'been genuinely interested. Nobody needs a long letter; a specific sentence about something we discussed is enough.',
  ),
  j(
    'If you are applying for graduate roles this autumn, none of this requires experience you do not already have. It requires',
    'preparation, honesty and curiosity, and those are entirely in your control. Good luck.',
  ),
];
const comments = [
  'Really useful, sharing this with our careers society. The point about mistakes is something students worry about a lot.',
  'Number three is so underrated. The questions a candidate asks tell you more than most of their answers.',
];
const more = ['Why We Stopped Asking for Cover Letters', 'What a Good Analyst Onboarding Looks Like', 'The Graduate Market in 2026: Five Numbers'];
const topics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'HR Management', 'Engineering', 'Soft Skills'];
const foot = ['About', 'Accessibility', 'User Agreement', 'Privacy Policy', 'Cookie Policy', 'Copyright Policy', 'Brand Policy', 'Guest Controls'];
const cmt = (name: string, head: string, when: string, text: string, likes: string): string => `<section class="comment flex grow-1 items-stretch">
<a class="comment__avatar" href="#"><img class="inline-block relative rounded-[50%] w-4 h-4" alt="${name}"></a>
<div class="comment__body flex-1"><div class="comment__header flex justify-between"><div><a class="text-sm link-styled no-underline
comment__author" href="#">${name}</a><p class="comment__author-headline">${head}</p></div><span class="comment__duration-since">${when}</span></div>
<p class="attributed-text-segment-list__content comment__text" dir="ltr">${text}</p>
<div class="comment__actions"><a class="comment__action" href="#">Like</a><a class="comment__action" href="#">Reply</a>
<span class="comment__reactions-count">${likes}</span></div></div></section>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>I Interviewed 200 Graduates This Year. Here Is What Stood Out.</title>
<meta name="description" content="Between January and September my team interviewed just over two hundred graduates for our analyst programme.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Linkedin"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.linkedin.example/pulse/i-interviewed-200-graduates-year-here-what-stood-out-tereza-novak-x2k7f">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"I Interviewed 200 Graduates This Year.",
"author":{"@type":"Person","name":"Tereza Novák"},"datePublished":"2026-10-02T08:14:00.000+00:00","interactionStatistic":[{"@type":
"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":1284}]}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/article-guest.css"></head>
<body dir="ltr" class="overflow-hidden"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh]">Skip to main content</a>
<header class="header base-container-text"><nav class="nav pt-1.5 pb-2 flex items-center" aria-label="Primary">
<a href="/" class="nav__logo-link" aria-label="LinkedIn"></a><ul class="top-nav-menu flex items-center">
${links(['Articles', 'People', 'Learning', 'Jobs', 'Games'], 'top-nav-link flex')}</ul>
<div class="nav__cta-container order-3 flex gap-x-1 justify-end"><a class="nav__button-tertiary btn-md btn-tertiary" href="/signup">Join now</a>
<a class="nav__button-secondary btn-md btn-secondary-emphasis" href="/login">Sign in</a></div></nav></header>
<main class="main" id="main-content" role="main"><article class="article-main relative">
<figure class="cover-img"><img class="cover-img__image" src="https://media.licdn.example/dms/image/cover.jpg" alt="Graduates in a lobby"></figure>
<h1 class="pulse-title text-lg papabear:text-xl font-bold text-color-text mb-3">${title}</h1>
<div class="base-main-card flex flex-wrap py-1 pr-2 base-main-card--link publisher-author-card" data-test-id="publisher-author-card">
<div class="base-main-card__info self-center ml-1 flex-1 relative break-words"><h3 class="base-main-card__title font-sans text-md font-bold">Tereza
Novák</h3><h4 class="base-main-card__subtitle body-text text-color-text">Head of Graduate Recruitment at Ostrava Analytics</h4>
<div class="base-main-card__metadata"><span class="base-main-card__metadata-item">5,410 followers</span></div></div>
<a class="public-post-author-card__follow btn-sm btn-secondary-emphasis" href="#">Follow</a></div>
<div class="article-main__published-date"><time>Published Oct 2, 2026</time></div>
<div class="article-main__content" data-test-id="publishing-text-block">
${ps(intro)}
<h2>${h1}</h2>
${ps(p1)}
<h2>${h2}</h2>
${ps(p2)}
<h2>${h3}</h2>
${ps(p3)}<ul>
${lis(qs)}</ul>
<h2>${h4}</h2>
${ps(p4)}
</div>
<div class="social-action-bar" data-test-id="social-actions"><div class="social-details-social-counts"><a class="social-counts-reactions" href="#"
data-test-id="social-actions__reactions"><img alt="Like" src="data:,"><img alt="Insightful" src="data:,"><img alt="Celebrate" src="data:,">
<span class="social-counts-reactions__count">1,284</span></a>
<a class="social-counts-comments" href="#" data-test-id="social-actions__comments">96 Comments</a></div>
<div class="social-action-bar__actions"><a class="social-action-bar__button" href="#">Like</a><a class="social-action-bar__button" href="#">Comment</a>
<a class="social-action-bar__button" href="#">Share</a></div></div>
<section class="comments"><div class="comments__container">${cmt(
  'Darius Mensah',
  'Careers Adviser at Hollins University',
  '2mo',
  comments[0] ?? '',
  '18 Reactions',
)}
${cmt('Lena Brook', 'Talent Partner', '2mo', comments[1] ?? '', '7 Reactions')}</div>
<a class="comments__see-more" href="/login">See more comments</a>
<p class="comments__sign-in-cta">To view or add a comment, sign in</p></section></article>
<section class="more-articles"><h2 class="more-articles__header">More articles by Tereza Novák</h2><ul>${links(more, 'more-articles__item')}</ul>
<a href="#" class="more-articles__see-all">See all articles</a></section>
<section class="explore-topics"><h2>Explore topics</h2><ul>${links(topics, 'explore-topics__item')}</ul><a href="#">Show more</a></section></main>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list">${links(foot, 'li-footer__item')}</ul>
<p class="li-footer__copy-text">LinkedIn © 2026</p></footer>
<div class="modal contextual-sign-in-modal hidden" role="dialog"><h2 class="contextual-sign-in-modal__context-screen-title">Sign in to view more
content</h2><p>Create your free account or sign in to continue your search</p><a href="/login">Sign in</a><a href="/signup">Join now</a></div>
<script src="https://static.licdn.example/aero-v1/sc/h/article-guest.js" async></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-linkedin-pulse-article-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...p2, ...p3, ...qs, ...p4]),
  bylines: ['Tereza Novák', 'Published Oct 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Articles', 'People', 'Learning', 'Jobs', 'Games', 'Join now', 'Sign in', 'Head of Graduate Recruitment at Ostrava Analytics',
    '5,410 followers', 'Follow', '1,284', '96 Comments', 'Like', 'Comment', 'Share', 'Darius Mensah', 'Careers Adviser at Hollins University',
    ...comments, '18 Reactions', 'Lena Brook', 'Talent Partner', '7 Reactions', 'Reply', 'See more comments', 'To view or add a comment, sign in',
    'More articles by Tereza Novák', ...more, 'See all articles', 'Explore topics', ...topics, 'Show more', ...foot, 'LinkedIn © 2026',
    'Sign in to view more content', 'Create your free account or sign in to continue your search',
  ],
};

export const HELDOUT305_C: readonly TestPage[] = [page];
