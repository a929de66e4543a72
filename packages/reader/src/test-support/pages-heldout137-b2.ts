import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 137, file b2: a LinkedIn article published in a LinkedIn newsletter, as a signed-out visitor saves it (skip
 * link, guest nav with "Join now" and "Sign in", the newsletter card with its "Subscribe" button above the title, the author card
 * with headline and "Published" date, the ellipsis menu with "Report this article", a captioned figure inside the text,
 * reaction counts, the Like / Comment / Share bar, one comment, the sign-in prompt, "More articles by" cards, the "Others
 * also viewed" and "Explore content categories" rails, the hidden sign-in modal, the cookie alert and the footer).
 */
const liTitle = 'Why we stopped doing annual budgets';
const liP1 = [
  'For twenty years I built budgets the way I was taught. Every September the finance team sent out templates, every department filled them ' +
    'in, and by Christmas we had a document that everybody had argued over and nobody believed. By March it was out of date.',
  'Two years ago at Halden Marine we stopped. This is what we do instead, and what I would do differently if I started again.',
];
const liH1 = 'The problem with the annual budget';
const liP2 = [
  'A budget tries to do three jobs at once. It is a forecast of what will happen, a target for people to hit and a limit on what they can ' +
    'spend. Those jobs pull against each other. If the budget is a target, managers set it low. If it is a limit, they ask for more than they ' +
    'need. Either way the forecast is wrong before it starts.',
  'In a business like ours, where a single order for a ferry can move revenue by a fifth, the forecast was wrong by the end of the first ' +
    'quarter in every one of the five years before we changed.',
];
const liH2 = 'What we do now';
const liP3 = ['We separated the three jobs.'];
const liList = [
  '<strong>Forecast:</strong> a rolling forecast, updated every quarter, always looking five quarters ahead. It is the finance team’s best ' +
    'honest view, and nobody is judged against it.',
  '<strong>Targets:</strong> a small number of relative targets, such as margin compared with our competitors and on-time delivery, agreed ' + 'once a year.',
  '<strong>Spending:</strong> each department has a run rate and can spend within it. Anything above the run rate comes to a monthly ' +
    'investment meeting with a one-page case.',
];
const liCaption = 'Our quarterly forecast review takes half a day. The old budget round took eleven weeks.';
const liH3 = 'What went wrong';
const liP4 = [
  'The first two quarters were uncomfortable. Some managers felt they had lost the certainty of a fixed number, and one or two treated the ' +
    'run rate as an allowance to be spent in full. We should have explained the change much earlier and in person, rather than in a slide at ' +
    'the annual conference.',
  'We also underestimated how much the bank cared. Our lenders still wanted an annual plan, so we now produce one, but it is simply the ' +
    'first four quarters of the rolling forecast, not a separate exercise.',
];
const liH4 = 'Was it worth it?';
const liP5 = [
  'Yes. The finance team gets back roughly two months a year that used to go on the budget round. Decisions about spending happen when the ' +
    'information exists, not a year in advance. And the forecast has become more accurate, because nobody has a reason to bend it.',
];
const liQuote = 'The best thing about the rolling forecast is that it is allowed to be wrong. It just has to be less wrong every quarter.';
const liP6 = ['If you are thinking about the same change, start with the forecast. Once people trust it, the rest follows.'];
const liNav = ['Articles', 'People', 'Learning', 'Jobs', 'Games'];
const liNewsletter = ['Numbers on the Quayside', 'Monthly newsletter', '3,918 subscribers'];
const liHeadline = 'Chief Financial Officer at Halden Marine | Finance for growing manufacturers';
const liComment = {
  name: 'Ingrid Solheim',
  head: 'Financial Controller, Nordvik Composites',
  ago: '2w',
  text: 'We are halfway through the same change. The point about explaining it in person rather than in a slide is painfully true.',
};
const liMore = ['Cash is a fact, profit is an opinion', 'What a shipyard taught me about working capital', 'The five numbers I look at every Monday'];
const liMoreDates = ['Aug 26, 2025', 'Jul 29, 2025', 'Jun 24, 2025'];
const liOthers = [
  ['Rolling forecasts in practice: a short guide', 'Amara Quist'],
  ['Budgeting is dead. Long live planning', 'Henrik Aas'],
  ['Zero-based budgeting, three years on', 'Priyanka Desai'],
] as const;
const liTopics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'HR Management', 'Engineering', 'Soft Skills', 'See All'];
const liDialog = [
  'Sign in to view more content',
  'Create your free account or sign in to continue your search',
  'Email or phone',
  'Password',
  'Show',
  'Forgot password?',
  'or',
  'New to LinkedIn? Join now',
];
const liCookie =
  'LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our Services, and to show you ' +
  'relevant ads (including professional and job ads) on and off LinkedIn.';
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
const liHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${liTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="pageKey" content="d_flagship3_pulse_read"><meta name="locale" content="en_US"><meta property="og:title" content="${liTitle}">
<meta property="og:type" content="article"><meta name="description" content="For twenty years I built budgets the way I was taught.">
<link rel="canonical" href="https://www.linkedin.com/pulse/why-we-stopped-doing-annual-budgets-tobias-lindqvist-q8xre">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${liTitle}",
"author":{"@type":"Person","name":"Tobias Lindqvist"},
"datePublished":"2025-09-30T06:02:41.000+00:00","isPartOf":{"@type":"CreativeWorkSeries","name":"${liNewsletter[0]}"}}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/2xk3n7v0f8h1mlz9o2a4d7r1c"></head>
<body dir="ltr"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-padding max-w-screen-xl mx-auto"><nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap"
aria-label="Primary">
<a href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo" class="nav__logo-link"><span class="sr-only">LinkedIn</span>
<icon class="block text-color-brand w-[102px] h-[26px]"></icon></a><ul class="top-nav-menu flex items-center">
${liNav
  .map(
    (t) => `<li><a class="top-nav-link flex justify-center items-center h-[52px]" href="https://www.linkedin.com/${t.toLowerCase()}/">
<icon class="top-nav-link__icon"></icon><span class="top-nav-link__label-text font-sans text-xs">${t}</span></a></li>`,
  )
  .join('\n')}</ul>
<div class="nav__cta-container order-3 flex gap-x-1 justify-end"><a class="nav__button-tertiary btn-md btn-tertiary"
href="https://www.linkedin.com/signup">Join now</a>
<a class="nav__button-secondary btn-md btn-secondary-emphasis" href="https://www.linkedin.com/login">Sign in</a></div></nav></header>
<main class="main papabear:flex papabear:w-content-max-w papabear:mx-auto" id="main-content" role="main">
<section class="core-rail mx-auto papabear:w-core-rail-width"><div class="details mx-details-container-padding">
<div class="newsletter-card flex items-center border-b-1 pb-2" data-test-id="newsletter-card"><img class="newsletter-card__image w-6 h-6" alt=""
data-delayed-url="https://media.licdn.example/dms/image/newsletter-logo.png"><div class="newsletter-card__info ml-1 flex-1">
<h2 class="newsletter-card__title text-md font-bold"><a href="https://www.linkedin.com/newsletters/numbers-on-the-quayside-7102">${liNewsletter[0]}</a></h2>
<p class="newsletter-card__subtitle text-sm text-color-text-low-emphasis">${liNewsletter[1]}</p>
<p class="newsletter-card__subscribers text-sm text-color-text-low-emphasis">${liNewsletter[2]}</p></div>
<a class="newsletter-card__subscribe btn-sm btn-secondary-emphasis" href="https://www.linkedin.com/login?session_redirect=newsletter">Subscribe</a></div>
<div class="cover-img relative"><img class="cover-img__image w-full" alt="" data-delayed-url="https://media.licdn.example/dms/image/cover-budgets.jpg"></div>
<h1 class="pulse-title text-display-md font-bold text-color-text mt-3 mb-1">${liTitle}</h1>
<div class="publisher-author-card" data-test-id="publisher-author-card"><div class="base-main-card flex flex-wrap py-1.5 pr-2">
<a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://se.linkedin.com/in/tobias-lindqvist">
<span class="sr-only">Tobias Lindqvist</span></a><div class="base-main-card__media relative w-[56px]"><img alt="Tobias Lindqvist"
data-delayed-url="https://media.licdn.example/dms/image/profile-tl.jpg"></div><div class="base-main-card__info self-center ml-1 flex-1">
<h3 class="base-main-card__title font-sans text-md font-bold text-color-text">Tobias Lindqvist</h3>
<h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">${liHeadline}</h4>
<div class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis"><span class="base-main-card__metadata-item">Published Sep 30,
2025</span></div>
</div></div><a class="follow-button btn-sm btn-secondary-emphasis" href="https://www.linkedin.com/login">+ Follow</a>
<div class="ellipsis-menu collapsible-dropdown"><button class="ellipsis-menu__trigger" aria-label="Open menu"><icon
class="ellipsis-menu__trigger-icon"></icon></button>
<ul class="collapsible-dropdown__list hidden" role="menu"><li class="ellipsis-menu__item"><a class="semaphore__toggle"
href="https://www.linkedin.com/uas/login">
<icon class="ellipsis-menu__item-icon"></icon>Report this article</a></li></ul></div></div>
<div class="article-main__content px-0.25" data-test-id="publishing-text-block">
${liP1.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${liH1}</h2>
${liP2.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${liH2}</h2>
<p>${liP3[0]}</p>
<ul>${liList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="article-main__figure"><img alt="A whiteboard with a five-quarter forecast" class="w-full"
data-delayed-url="https://media.licdn.example/dms/image/whiteboard.jpg">
<figcaption class="article-main__caption text-sm text-color-text-low-emphasis">${liCaption}</figcaption></figure>
<h2>${liH3}</h2>
${liP4.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${liH4}</h2>
<p>${liP5[0]}</p>
<blockquote><p>${liQuote}</p></blockquote>
<p>${liP6[0]}</p>
</div>
<div class="main-article__social-details flex justify-between"><a class="social-counts-reactions flex items-center" data-test-id="social-actions__reactions"
href="#">
<img alt="" src="https://static.licdn.example/like.svg"><img alt="" src="https://static.licdn.example/insightful.svg"><span
class="social-counts-reactions__count">187</span></a>
<a class="social-action-counts__comments" data-test-id="social-actions__comments" href="#">23 Comments</a></div>
<div class="social-action-bar flex justify-around">${['Like', 'Comment', 'Share']
  .map(
    (t) => `<button class="social-action-bar__button" data-tracking-control-name="article-ssr-frontend-pulse_${t.toLowerCase()}">
<icon class="social-action-bar__icon"></icon><span class="social-action-bar__button-text">${t}</span></button>`,
  )
  .join('')}</div>
<section class="comments"><section class="comment flex grow-1 items-stretch" data-id="urn:li:comment:(7380,${liComment.ago})">
<a class="comment__avatar" href="https://no.linkedin.com/in/ingrid-solheim"><img alt="${liComment.name}"
data-delayed-url="https://media.licdn.example/dms/image/is.jpg"></a>
<div class="comment__body flex flex-col flex-1"><div class="comment__header flex justify-between"><div class="comment__author-info">
<a class="comment__author text-sm link-styled" href="https://no.linkedin.com/in/ingrid-solheim">${liComment.name}</a>
<p class="comment__author-headline text-xs">${liComment.head}</p></div><span class="comment__duration-since text-xs">${liComment.ago}</span></div>
<p class="comment__text attributed-text-segment-list__content text-color-text">${liComment.text}</p>
<div class="comment__actions flex"><a class="comment__action" href="#">Like</a><a class="comment__action" href="#">Reply</a>
<span class="comment__reactions-count">6 Reactions</span></div></div></section>
<a class="see-more-comments btn-sm btn-secondary" href="https://www.linkedin.com/login">See more comments</a>
<p class="comments__sign-in text-sm">To view or add a comment, <a href="https://www.linkedin.com/login">sign in</a></p></section></div>
<section class="more-articles-by-author mt-3"><h2 class="more-articles__title text-xl">More articles by Tobias Lindqvist</h2><ul class="more-articles__list">
${liMore
  .map(
    (t, i) => `<li class="more-articles__card"><a href="https://www.linkedin.com/pulse/${i}"><h3 class="base-card__title">${t}</h3>
<span class="base-card__metadata">${liMoreDates[i]}</span></a></li>`,
  )
  .join('\n')}</ul>
<a class="more-articles__see-all" href="https://www.linkedin.com/in/tobias-lindqvist/recent-activity/articles/">See all articles</a></section></section>
<section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter"><section class="aside-section-container">
<h2 class="aside-section-container__title">Others also viewed</h2><ul class="aside-section-container__content">
${liOthers
  .map(
    ([t, n]) => `<li><a class="base-aside-card" href="https://www.linkedin.com/pulse/${n.toLowerCase().replace(/ /g, '-')}"><h3
class="base-aside-card__title">${t}</h3>
<p class="base-aside-card__subtitle">${n}</p></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="aside-section-container"><h2 class="aside-section-container__title">Explore content categories</h2><ul class="aside-topics">
${links(liTopics, 'aside-topics__item')}</ul></section></section></main>
<div class="contextual-sign-in-modal hidden" role="dialog" aria-modal="true" aria-hidden="true"><h2 class="contextual-sign-in-modal__title">${liDialog[0]}</h2>
<p class="contextual-sign-in-modal__subtitle">${liDialog[1]}</p><form class="sign-in-form"><label for="session_key">${liDialog[2]}</label><input
id="session_key" type="text">
<label for="session_password">${liDialog[3]}</label><input id="session_password" type="password"><button type="button"
class="password-toggle">${liDialog[4]}</button>
<a href="/checkpoint/rp">${liDialog[5]}</a><button type="submit">Sign in</button></form><p class="or-separator">${liDialog[6]}</p>
<p class="join-now">${liDialog[7]}</p></div>
<section class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT" role="dialog" aria-label="Cookie consent">
<p class="artdeco-global-alert__content">${liCookie} <a href="https://www.linkedin.com/legal/cookie-policy">Learn more in our Cookie Policy</a>.</p>
<div class="artdeco-global-alert-action__wrapper"><button class="artdeco-global-alert-action" action-type="ACCEPT">Accept</button>
<button class="artdeco-global-alert-action" action-type="DENY">Reject</button></div></section>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list"><li class="li-footer__item"><span class="sr-only">LinkedIn</span>
<span class="li-footer__copy-text">© 2025</span></li>${links(liFoot, 'li-footer__item')}</ul></footer>
<script src="https://static.licdn.example/aero-v1/sc/h/8w3m0hx5vgv1y1fl0tr5eq5d" async></script></body></html>`;
export const linkedinArticle: TestPage = {
  html: liHtml,
  name: 'heldout137-linkedin-article-blog',
  kind: 'blog',
  // the author's name and the "Published" date are bylines; the newsletter card above the title, the author headline, the
  // caption, counts, action bar, the comment, rails, the hidden sign-in modal, cookie alert and footer are furniture
  title: liTitle,
  headings: [liH1, liH2, liH3, liH4],
  body: texts([...liP1, ...liP2, ...liP3, ...liList, ...liP4, ...liP5, liQuote, ...liP6]),
  bylines: ['Tobias Lindqvist', 'Published Sep 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...liNav, 'Join now', 'Sign in', ...liNewsletter, 'Subscribe', liHeadline, '+ Follow', 'Report this article', liCaption,
    '187', '23 Comments', 'Like', 'Comment', 'Share', liComment.name, liComment.head, liComment.ago, liComment.text, 'Reply', '6 Reactions',
    'See more comments', 'To view or add a comment, sign in', 'More articles by Tobias Lindqvist', ...liMore, ...liMoreDates, 'See all articles',
    'Others also viewed', ...liOthers.flat(), 'Explore content categories', ...liTopics, ...liDialog.filter((t) => t !== 'or'),
    liCookie, 'Learn more in our Cookie Policy', 'Accept', 'Reject', '© 2025', ...liFoot,
  ],
};
