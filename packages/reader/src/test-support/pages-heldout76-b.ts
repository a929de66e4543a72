import { links, type TestPage } from './page-kit.js';
import { squarespacePost } from './pages-heldout76-b2.js';

/**
 * Held-out batch 76, file b: a LinkedIn article (Pulse) as a signed-out visitor saves it (skip link, the guest nav with
 * "Join now" and "Sign in", the cover image, the author card with headline, "Published" date and "Follow", the article text,
 * reaction and comment counts, the Like / Comment / Share bar, two comments with "Like" and "Reply", "To view or add a
 * comment, sign in", "More articles by" cards, the "Explore topics" rail, the hidden contextual sign-in dialog, the cookie
 * alert and the footer) and, from file b2, a Squarespace 7.1 blog post.
 */
const liTitle = 'What we learned from a year of the four-day week in a warehouse';
const liP1 = [
  'Twelve months ago we moved the 140 people at our Dunmore distribution centre from a five-day rota to four ten-hour shifts. ' +
    'Everyone kept the same pay. Most people I spoke to in the industry told me it would not work in a warehouse, where the ' +
    'trucks arrive when they arrive and somebody has to be there to unload them.',
  'They were partly right. Here is what happened, what we got wrong, and what we would tell anyone thinking about doing the same.',
];
const liH1 = 'Why we tried it';
const liP2 = [
  'The honest answer is that we could not keep people. In 2024 our turnover on the floor was 47 percent. We were spending more ' +
    'time training new pickers than improving anything, and the people who stayed were tired of covering for the ones who left.',
  'A four-day week was the one thing competitors within an hour’s drive were not offering. We thought it might make us the place ' +
    'people wanted to work, rather than the place they worked until something better came along.',
];
const liH2 = 'What changed';
const liP3 = ['After a year, here is where the numbers stand:'];
const liList = [
  'Turnover on the floor fell from 47 percent to 19 percent.',
  'Sick days dropped by a third, mostly short absences on Mondays and Fridays.',
  'Picks per labour hour went up 6 percent, largely because fewer new starters were learning on the job.',
  'Overtime costs rose in the first quarter, then fell below the previous year once the new rota settled.',
];
const liH3 = 'What we got wrong';
const liP4 = [
  'We underestimated how hard the ten-hour shift would be for people on the cold store team. After the first month we split their ' +
    'day with a longer break in the middle and rotated them out of the chiller every two hours. We should have asked them before the ' +
    'pilot started instead of after.',
  'We also got the handover wrong. With two crews covering the week, Wednesday became the only day both were on site, and small ' +
    'problems waited days to be passed on. A fifteen-minute overlap at the start of each shift fixed most of that.',
];
const liH4 = 'Would I do it again?';
const liP5 = [
  'Yes, without hesitation, but not as a quick fix. It took us three months to get the rota right and another three before the ' +
    'numbers turned. If you are thinking about it, start with one team, measure everything, and let the people doing the work ' +
    'design the shifts.',
  'I am happy to talk to anyone running a pilot of their own. Send me a message.',
];
const liNav = ['Articles', 'People', 'Learning', 'Jobs', 'Games'];
const liHeadline = 'Head of Operations at Fenwick Freight | Warehousing, people and process';
const liComments = [
  {
    name: 'Oluwaseun Adeyemi',
    head: 'Logistics Manager at Brightpath Distribution',
    ago: '1w',
    text:
      'Really useful write-up, thank you. The point about the cold store team is one I had not thought about at all. Did the ' +
      'drivers’ unions have a view on it?',
    reactions: '4 Reactions',
  },
  {
    name: 'Catriona Bell',
    head: 'HR Business Partner',
    ago: '6d',
    text: 'The overlap at shift change is such a simple idea. We are starting a pilot in January and I am stealing it.',
    reactions: '2 Reactions',
  },
];
const liMore = ['Stop measuring pickers by speed alone', 'The forklift licence nobody asks about', 'Three questions I ask in every interview'];
const liMoreDates = ['Sep 22, 2025', 'Jul 8, 2025', 'May 14, 2025'];
const liTopics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'HR Management', 'Engineering', 'Soft Skills', 'See All'];
const liDialog = [
  'Sign in to view more content',
  'Create your free account or sign in to continue your search',
  'Welcome back',
  'Email or phone',
  'Password',
  'Forgot password?',
  'New to LinkedIn? Join now',
];
const liCookie = [
  'LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure and improve our Services and to show you ' +
    'relevant ads on and off LinkedIn.',
  'Select Accept to consent or Reject to decline non-essential cookies for this use.',
];
const liFoot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
  'Guest Controls',
  'Community Guidelines',
  'Language',
];
const liH = (t: string): string => `<h2>${t}</h2>`;
const liPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const liBtn = (t: string, icon: string): string => `<button class="social-action-bar__button" data-tracking-control-name="article-ssr-frontend-pulse_${icon}">
<icon class="social-action-bar__icon" data-svg-class-name="social-action-bar__icon--svg"></icon><span class="social-action-bar__button-text">${t}</span>
</button>`;
const liComment = (c: (typeof liComments)[number]): string => `<section class="comment flex grow-1 items-stretch" data-id="urn:li:comment:(7391,${c.ago})">
<a class="comment__avatar" href="https://uk.linkedin.com/in/${c.name.toLowerCase().replace(/ /g, '-')}"><img class="inline-block relative rounded-[50%] w-4 h-4"
alt="${c.name}" data-delayed-url="https://media.licdn.example/dms/image/${c.ago}"></a>
<div class="comment__body flex flex-col flex-1"><div class="comment__header flex justify-between"><div class="comment__author-info">
<a class="comment__author text-sm link-styled" href="https://uk.linkedin.com/in/${c.ago}">${c.name}</a>
<p class="comment__author-headline text-color-text-low-emphasis text-xs">${c.head}</p></div>
<span class="comment__duration-since text-xs">${c.ago}</span></div>
<p class="comment__text attributed-text-segment-list__content text-color-text">${c.text}</p>
<div class="comment__actions flex"><a class="comment__action" href="#">Like</a><a class="comment__action" href="#">Reply</a>
<span class="comment__reactions-count">${c.reactions}</span></div></div></section>`;
const liHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What we learned from a year of the four-day week in a warehouse</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="pageKey" content="d_flagship3_pulse_read">
<meta property="og:title" content="${liTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<meta name="description" content="Twelve months ago we moved the 140 people at our Dunmore distribution centre to four ten-hour shifts.">
<link rel="canonical" href="https://www.linkedin.com/pulse/what-we-learned-from-year-four-day-week-warehouse-ruairi-mcgann-3kfle">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${liTitle}","headline":"${liTitle}",
"author":{"@type":"Person","name":"Ruairi McGann","url":"https://uk.linkedin.com/in/ruairi-mcgann"},"datePublished":"2025-11-04T07:31:12.000+00:00",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":312}]}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/9q1pn2m5tb8o6k0a1y6ms3rsl"></head>
<body dir="ltr" class="overflow-hidden">
<a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-padding max-w-screen-xl mx-auto"><nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap"
aria-label="Primary"><a href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo" class="nav__logo-link link-no-visited-state">
<span class="sr-only">LinkedIn</span><icon class="block text-color-brand w-[102px] h-[26px]"></icon></a>
<ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between">
${liNav
  .map(
    (t) => `<li><a class="top-nav-link flex justify-center items-center h-[52px]" href="https://www.linkedin.com/${t.toLowerCase()}/">
<icon class="top-nav-link__icon flex h-3 w-3"></icon><span class="top-nav-link__label-text font-sans text-xs">${t}</span></a></li>`,
  )
  .join('\n')}</ul><div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0">
<a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join">Join now</a>
<a class="nav__button-secondary btn-md btn-secondary-emphasis" href="https://www.linkedin.com/login">Sign in</a></div></nav></header>
<main class="main papabear:flex papabear:w-content-max-w papabear:mx-auto" id="main-content" role="main">
<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]"><div class="details mx-details-container-padding">
<div class="cover-img relative"><img class="cover-img__image w-full" alt="Warehouse aisle with pallets and a forklift"
data-delayed-url="https://media.licdn.example/dms/image/cover.jpg"></div>
<h1 class="pulse-title text-display-md font-bold text-color-text mt-3 mb-1">${liTitle}</h1>
<div class="publisher-author-card" data-test-id="publisher-author-card"><div class="base-main-card flex flex-wrap py-1.5 pr-2">
<a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://uk.linkedin.com/in/ruairi-mcgann">
<span class="sr-only">Ruairi McGann</span></a><div class="base-main-card__media relative w-[56px]"><img alt="Ruairi McGann"
data-delayed-url="https://media.licdn.example/dms/image/profile.jpg"></div>
<div class="base-main-card__info self-center ml-1 flex-1 relative break-words papabear:min-w-0 mamabear:min-w-0 babybear:w-full">
<h3 class="base-main-card__title font-sans text-md font-bold text-color-text">Ruairi McGann</h3>
<h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">${liHeadline}</h4>
<div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis"><span class="base-main-card__metadata-item">Published Nov 4, 2025</span>
</div></div></div><a class="follow-button btn-sm btn-secondary-emphasis" href="https://www.linkedin.com/login">+ Follow</a></div>
<div class="article-main__content px-0.25" data-test-id="publishing-text-block">
${liPs(liP1)}
${liH(liH1)}
${liPs(liP2)}
${liH(liH2)}
${liPs(liP3)}
<ul>${liList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${liH(liH3)}
${liPs(liP4)}
${liH(liH4)}
${liPs(liP5)}
</div>
<div class="main-article__social-details flex justify-between"><a class="social-counts-reactions flex items-center" data-test-id="social-actions__reactions"
href="#"><img alt="" src="https://static.licdn.example/like.svg"><span class="social-counts-reactions__count">312</span></a>
<a class="social-action-counts__comments" data-test-id="social-actions__comments" href="#">48 Comments</a></div>
<div class="social-action-bar flex justify-around">${liBtn('Like', 'like-toggle')}${liBtn('Comment', 'comment-cta')}${liBtn('Share', 'share-cta')}</div>
<section class="comments">${liComments.map(liComment).join('\n')}
<a class="see-more-comments btn-sm btn-secondary" href="https://www.linkedin.com/login">See more comments</a>
<p class="comments__sign-in text-sm">To view or add a comment, <a href="https://www.linkedin.com/login">sign in</a></p></section></div>
<section class="more-articles-by-author mt-3"><h2 class="more-articles__title text-xl">More articles by Ruairi McGann</h2><ul class="more-articles__list">
${liMore
  .map(
    (t, i) => `<li class="more-articles__card"><a href="https://www.linkedin.com/pulse/${i}"><h3 class="base-card__title">${t}</h3>
<span class="base-card__metadata">${liMoreDates[i]}</span></a></li>`,
  )
  .join('\n')}</ul><a class="more-articles__see-all" href="https://www.linkedin.com/in/ruairi-mcgann/recent-activity/articles/">See all articles</a></section>
</section>
<section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter"><section class="aside-section-container">
<h2 class="aside-section-container__title">Explore topics</h2><ul class="aside-topics">${links(liTopics, 'aside-topics__item')}</ul></section></section>
</main>
<div class="contextual-sign-in-modal hidden" role="dialog" aria-modal="true" aria-hidden="true"><h2 class="contextual-sign-in-modal__title">${liDialog[0]}</h2>
<p>${liDialog[1]}</p><form class="sign-in-form"><h3>${liDialog[2]}</h3><label for="session_key">${liDialog[3]}</label><input id="session_key" type="text">
<label for="session_password">${liDialog[4]}</label><input id="session_password" type="password"><a href="/checkpoint/rp">${liDialog[5]}</a>
<button type="submit">Sign in</button></form><p class="join-now">${liDialog[6]}</p></div>
<section class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT" role="dialog" aria-label="Cookie consent">
<p class="artdeco-global-alert__content">${liCookie[0]}</p><p>${liCookie[1]}</p><div class="artdeco-global-alert-action__wrapper">
<button class="artdeco-global-alert-action" action-type="ACCEPT">Accept</button><button class="artdeco-global-alert-action" action-type="DENY">Reject</button>
</div></section>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list"><li class="li-footer__item"><span class="sr-only">LinkedIn</span>
<span class="li-footer__copy-text">© 2025</span></li>${links(liFoot, 'li-footer__item')}</ul></footer>
<script src="https://static.licdn.example/aero-v1/sc/h/4a8vxbo9b7wqq6r1wd0ruqvh3" async></script></body></html>`;
const linkedin: TestPage = {
  html: liHtml,
  name: 'heldout76-linkedin-pulse-article',
  kind: 'blog',
  // the author's name and the "Published" date are bylines, the author headline, counts, reaction bar, comments (a blog
  // page's reader comments), "More articles by" cards and dates, topics, the sign-in dialog, cookie alert and footer are
  // furniture; "LinkedIn" (the screen-reader logo text) is a word of the dialog's join line and of the cookie text
  title: liTitle,
  headings: [liH1, liH2, liH3, liH4],
  body: [...liP1, ...liP2, ...liP3, ...liList, ...liP4, ...liP5],
  bylines: ['Ruairi McGann', 'Published Nov 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...liNav, 'Join now', 'Sign in', liHeadline, '+ Follow', '312', '48 Comments', 'Like', 'Comment', 'Share',
    ...liComments.flatMap((c) => [c.name, c.head, c.ago, c.text, c.reactions]), 'Reply', 'See more comments', 'To view or add a comment, sign in',
    'More articles by Ruairi McGann', ...liMore, ...liMoreDates, 'See all articles', 'Explore topics', ...liTopics, ...liDialog, ...liCookie, 'Accept',
    'Reject', '© 2025', ...liFoot,
  ],
};

export const HELDOUT76_B: readonly TestPage[] = [linkedin, squarespacePost];
