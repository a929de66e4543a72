import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 117, file e2: a LinkedIn newsletter article as a signed-out visitor saves it (skip link, the guest nav
 * with "Join now" and "Sign in", the newsletter card with its subscriber count and "Subscribe", the h1, the author card with
 * headline, "Published" date, "+ Follow" and the hidden "Report this article" menu, the article text, reaction and comment
 * counts, the Like / Comment / Share bar, comments, "To view or add a comment, sign in", "More articles by", "Others also
 * viewed", "Explore topics", the hidden sign-in modal, the cookie alert and the footer).
 */
const title = 'Five things I look for in a junior analyst’s portfolio';
const intro = [
  'Over the last two years I have reviewed around three hundred portfolios for junior and graduate analyst roles on my team. Most ' +
    'of them are better than the ones I could have put together at that stage of my career. But the ones that get an interview ' +
    'tend to share a few habits, and none of them is about using the fanciest tools.',
  'Here is what I look for, roughly in order of importance.',
];
const parts: [string, string[]][] = [
  [
    '1. A question, not a dataset',
    [
      'Many portfolio projects start with “I found this dataset online and explored it.” The strongest ones start with a question ' +
        'someone might actually care about, such as whether a bike-share scheme is used more on rainy days, and then go looking ' +
        'for the data to answer it. That tells me you can work the way our stakeholders do.',
    ],
  ],
  [
    '2. A clear answer on the first screen',
    [
      'I give each project about two minutes on the first pass. If I have to scroll through forty lines of imports and cleaning ' +
        'code before I find out what you concluded, I may never get there. Put the answer and one chart at the top, then show your working.',
    ],
  ],
  [
    '3. Honest limits',
    [
      'Tell me what your analysis cannot show. A short section on missing data, small samples or things you could not control for ' +
        'is a sign of maturity, not weakness. Some of the best people I have hired wrote more about their limitations than their findings.',
    ],
  ],
  [
    '4. Clean, readable SQL',
    [
      'Most of our day-to-day work is SQL. I look for consistent formatting, sensible names and comments where the logic is not ' +
        'obvious. One well-structured query with a few CTEs impresses me more than a notebook full of machine learning models.',
    ],
  ],
  [
    '5. Evidence you can explain it to non-analysts',
    [
      'The job is half analysis and half communication. A short write-up in plain language, a slide or two, or a two-minute video ' +
        'walking through your findings shows me you can talk to a ward manager or a finance director, not just to other analysts.',
    ],
  ],
  [
    'What I don’t need',
    [
      'You do not need ten projects. Two or three good ones are plenty. You do not need a custom website either; a tidy repository ' +
        'with a clear README is fine. And you do not need to have worked with our exact tools. If you can think clearly about a ' +
        'problem, we can teach you the rest.',
      'If you are building a portfolio now and want a second pair of eyes, I review a few each month for subscribers to this ' +
        'newsletter. Reply to this edition with a link.',
    ],
  ],
];
const nav = ['Articles', 'People', 'Learning', 'Jobs', 'Games'];
const headline = 'Analytics Lead at Corvane Health | Mentor for early-career analysts';
const newsletter = ['The Junior Analyst', 'Monthly newsletter', '4,812 subscribers', 'Subscribe'];
const comments = [
  [
    'Priyanka Sethi',
    'Data Analyst | SQL, Power BI',
    '3d',
    'Number 3 is so underrated. My best interview question was about what my project could not tell me.',
  ],
  ['Marcus Feld', 'Graduate at Northgate Council', '2d', 'Really helpful, thank you. Is a Jupyter notebook on GitHub enough, or do you prefer a write-up?'],
];
const moreBy = [
  ['The interview question I stopped asking', 'Sep 30, 2025'],
  ['What a good first 90 days looks like for an analyst', 'Aug 26, 2025'],
];
const others = [
  ['SQL habits that make reviewers happy', 'Dana Whitlow', '1mo'],
  ['How I moved from nursing into health analytics', 'Ruth Anyango', '2w'],
  ['Stop building dashboards nobody opens', 'Callum Reyes', '3mo'],
];
const topics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'HR Management', 'Engineering', 'Soft Skills', 'See All'];
const modal = [
  'Sign in to view more content',
  'Create your free account or sign in to continue your search',
  'Email or phone',
  'Password',
  'Forgot password?',
  'or',
  'Continue with Google',
  'By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.',
  'New to LinkedIn? Join now',
];
const cookie =
  'LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyse and improve our Services, and to show you ' +
  'relevant ads (including professional and job ads) on and off LinkedIn.';
const foot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
  'Guest Controls',
  'Community Guidelines',
];
const btn = (t: string, k: string): string => `<button class="social-action-bar__button" data-tracking-control-name="article-ssr-frontend-pulse_${k}">
<icon class="social-action-bar__icon" data-svg-class-name="social-action-bar__icon--svg"></icon><span
class="social-action-bar__button-text">${t}</span></button>`;
const comment = ([n, h, ago, text]: string[], i: number): string => `<section class="comment flex grow-1 items-stretch" data-id="urn:li:comment:(7389${i})">
<a class="comment__avatar" href="https://www.linkedin.com/in/c${i}"><img class="inline-block relative rounded-[50%] w-4 h-4" alt="${n}"
data-delayed-url="https://media.licdn.example/dms/image/c${i}"></a><div class="comment__body flex flex-col flex-1"><div class="comment__header flex
justify-between">
<div class="comment__author-info"><a class="comment__author text-sm link-styled" href="https://www.linkedin.com/in/c${i}">${n}</a>
<p class="comment__author-headline text-color-text-low-emphasis text-xs">${h}</p></div><span class="comment__duration-since text-xs">${ago}</span></div>
<p class="comment__text attributed-text-segment-list__content text-color-text">${text}</p><div class="comment__actions flex"><a class="comment__action"
href="#">Like</a>
<a class="comment__action" href="#">Reply</a></div></div></section>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="pageKey" content="d_flagship3_pulse_read"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="description" content="Over the last two years I have reviewed around three hundred portfolios for junior and graduate analyst roles on my team.">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://www.linkedin.com/pulse/five-things-i-look-junior-analysts-portfolio-hollis-mbeki-9xq2c">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${title}","headline":"${title}","author":{"@type":"Person",
"name":"Hollis Mbeki","url":"https://uk.linkedin.com/in/hollis-mbeki"},"datePublished":"2025-10-28T08:02:11.000+00:00","isPartOf":{"@type":"CreativeWorkSeries",
"name":"The Junior Analyst"},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction",
"userInteractionCount":187}]}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/c8ykq3m1j0v2p6a9s4f7d"></head>
<body dir="ltr"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-padding max-w-screen-xl mx-auto"><nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap"
aria-label="Primary">
<a href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo" class="nav__logo-link link-no-visited-state"><span
class="sr-only">LinkedIn</span>
<icon class="block text-color-brand w-[102px] h-[26px]"></icon></a><ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between">
${nav
  .map(
    (t) => `<li><a class="top-nav-link flex justify-center items-center h-[52px]" href="https://www.linkedin.com/${t.toLowerCase()}/"><icon
class="top-nav-link__icon flex h-3 w-3">
</icon><span class="top-nav-link__label-text font-sans text-xs">${t}</span></a></li>`,
  )
  .join('\n')}</ul><div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0">
<a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join">Join now</a>
<a class="nav__button-secondary btn-md btn-secondary-emphasis" href="https://www.linkedin.com/login">Sign in</a></div></nav></header>
<main class="main papabear:flex papabear:w-content-max-w papabear:mx-auto" id="main-content" role="main">
<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]"><div class="details mx-details-container-padding">
<div class="newsletter-card flex items-center justify-between border-b pb-2 mb-2" data-test-id="newsletter-card"><a class="flex items-center"
href="https://www.linkedin.com/newsletters/the-junior-analyst-7190"><img class="w-6 h-6" alt=""
data-delayed-url="https://media.licdn.example/newsletter-logo.png">
<div class="ml-1"><h2 class="newsletter-card__title text-md font-bold">${newsletter[0]}</h2><p class="text-sm text-color-text-low-emphasis">${newsletter[1]}</p>
<p class="text-sm text-color-text-low-emphasis">${newsletter[2]}</p></div></a><a class="btn-sm btn-secondary-emphasis"
href="https://www.linkedin.com/login">${newsletter[3]}</a>
</div><div class="cover-img relative"><img class="cover-img__image w-full" alt="" data-delayed-url="https://media.licdn.example/dms/image/cover.jpg"></div>
<h1 class="pulse-title text-display-md font-bold text-color-text mt-3 mb-1">${title}</h1>
<div class="publisher-author-card" data-test-id="publisher-author-card"><div class="base-main-card flex flex-wrap py-1.5 pr-2">
<a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://uk.linkedin.com/in/hollis-mbeki"><span class="sr-only">Hollis
Mbeki</span></a>
<div class="base-main-card__media relative w-[56px]"><img alt="Hollis Mbeki" data-delayed-url="https://media.licdn.example/dms/image/profile.jpg"></div>
<div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">
<h3 class="base-main-card__title font-sans text-md font-bold text-color-text">Hollis Mbeki</h3><h4 class="base-main-card__subtitle body-text
text-color-text">${headline}</h4>
<div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis"><span class="base-main-card__metadata-item">Published Oct 28,
2025</span></div></div></div>
<a class="follow-button btn-sm btn-secondary-emphasis" href="https://www.linkedin.com/login">+ Follow</a><div class="ellipsis-menu collapsible-dropdown"
data-test-id="ellipsis-menu">
<button class="ellipsis-menu__trigger" aria-label="Open menu" aria-expanded="false"><icon class="ellipsis-menu__trigger-icon"></icon></button><ul
class="collapsible-dropdown__list hidden"
role="menu"><li class="ellipsis-menu__item"><a href="https://www.linkedin.com/uas/login?report" class="semaphore__toggle">Report this
article</a></li></ul></div></div>
<div class="article-main__content px-0.25" data-test-id="publishing-text-block">
${intro.map((p) => `<p>${p}</p>`).join('\n')}
${parts.map(([h, ps]) => `<h2>${h}</h2>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n')}
</div>
<div class="main-article__social-details flex justify-between"><a class="social-counts-reactions flex items-center" data-test-id="social-actions__reactions"
href="#"><img alt=""
src="https://static.licdn.example/like.svg"><span class="social-counts-reactions__count">187</span></a><a class="social-action-counts__comments"
data-test-id="social-actions__comments" href="#">23 Comments</a></div>
<div class="social-action-bar flex justify-around">${btn('Like', 'like-toggle')}${btn('Comment', 'comment-cta')}${btn('Share', 'share-cta')}</div>
<section class="comments">${comments.map(comment).join('\n')}<a class="see-more-comments btn-sm btn-secondary" href="https://www.linkedin.com/login">See more
comments</a>
<p class="comments__sign-in text-sm">To view or add a comment, <a href="https://www.linkedin.com/login">sign in</a></p></section></div>
<section class="more-articles-by-author mt-3"><h2 class="more-articles__title text-xl">More articles by Hollis Mbeki</h2><ul class="more-articles__list">
${moreBy
  .map(
    ([t, d], i) => `<li class="more-articles__card"><a href="https://www.linkedin.com/pulse/m${i}"><h3 class="base-card__title">${t}</h3><span
class="base-card__metadata">${d}</span>
</a></li>`,
  )
  .join('\n')}</ul><a class="more-articles__see-all" href="https://www.linkedin.com/in/hollis-mbeki/recent-activity/articles/">See all
articles</a></section></section>
<section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter"><section class="aside-section-container"><h2
class="aside-section-container__title">Others also viewed</h2>
<ul class="aside-profiles-list">${others
  .map(
    ([t, a, ago], i) => `<li><a class="base-aside-card" href="https://www.linkedin.com/pulse/o${i}"><h3
class="base-aside-card__title">${t}</h3>
<p class="base-aside-card__subtitle">${a}</p><span class="base-aside-card__metadata">${ago}</span></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="aside-section-container"><h2 class="aside-section-container__title">Explore topics</h2><ul
class="aside-topics">${links(topics, 'aside-topics__item')}</ul></section>
</section></main>
<div class="contextual-sign-in-modal hidden" role="dialog" aria-modal="true" aria-hidden="true"><h2
class="contextual-sign-in-modal__title">${modal[0]}</h2><p>${modal[1]}</p>
<form class="sign-in-form"><label for="session_key">${modal[2]}</label><input id="session_key" type="text"><label for="session_password">${modal[3]}</label>
<input id="session_password" type="password"><a href="/checkpoint/rp">${modal[4]}</a><button type="submit">Sign in</button></form><p
class="divider">${modal[5]}</p>
<button class="google-auth-button">${modal[6]}</button><p class="legal-text">By clicking Continue to join or sign in, you agree to LinkedIn’s <a
href="/legal/user-agreement">User
Agreement</a>, <a href="/legal/privacy-policy">Privacy Policy</a>, and <a href="/legal/cookie-policy">Cookie Policy</a>.</p><p class="join-now">New to LinkedIn?
<a href="/signup">Join now</a></p></div>
<section class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT" role="dialog" aria-label="Cookie consent"><p
class="artdeco-global-alert__content">${cookie}</p>
<p>Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your choices at any time in your settings.</p>
<div class="artdeco-global-alert-action__wrapper"><button class="artdeco-global-alert-action" action-type="ACCEPT">Accept</button>
<button class="artdeco-global-alert-action" action-type="DENY">Reject</button></div></section>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list"><li class="li-footer__item"><span class="sr-only">LinkedIn</span><span
class="li-footer__copy-text">© 2025</span>
</li>${links(foot, 'li-footer__item')}<li class="li-footer__item"><button class="language-selector__button">Language</button></li></ul></footer>
<script src="https://static.licdn.example/aero-v1/sc/h/5v0n2yq8r1t3a6c9e2g4" async></script></body></html>`;
export const linkedinArticle: TestPage = {
  html,
  name: 'heldout117-linkedin-newsletter-article',
  kind: 'blog',
  // the author's name and the "Published" date are bylines; the newsletter card, author headline, counts, reaction bar,
  // comments, rails, sign-in modal, cookie alert and footer are furniture
  title,
  headings: parts.map(([h]) => h),
  body: [...intro, ...parts.flatMap(([, ps]) => ps)],
  bylines: ['Hollis Mbeki', 'Published Oct 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...nav, 'Join now', 'Sign in', ...newsletter, headline, '+ Follow', 'Report this article', '187', '23 Comments', 'Like', 'Comment',
    'Share', ...comments.flat(), 'Reply', 'See more comments', 'To view or add a comment, sign in', 'More articles by Hollis Mbeki', ...moreBy.flat(),
    'See all articles', 'Others also viewed', ...others.flat(), 'Explore topics', ...topics, ...modal.filter((t) => t !== 'or'), cookie, 'Accept', 'Reject',
    '© 2025', ...foot, 'Language',
    'Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your choices at any time in your settings.',
  ])],
};
