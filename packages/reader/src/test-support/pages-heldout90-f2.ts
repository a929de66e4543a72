import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 90, file f2: a LinkedIn newsletter edition (a Pulse article in a newsletter series) as a signed-out visitor
 * saves it (skip link, guest nav with "Join now" / "Sign in", the newsletter series card above the title with cadence,
 * subscriber count and "Subscribe", the cover image, the author card with headline, "Published" date and "+ Follow", the
 * edition text with h2 and h3 sections and a list, the reaction icons with their alt texts, the reaction and comment counts,
 * the Like / Comment / Share bar, one comment with "Like", "Reply" and its reaction count, "To view or add a comment, sign
 * in", "More articles by" cards, the "Explore content categories" rail, the hidden sign-in modal, the cookie alert and the
 * footer).
 */
const liTitle = 'Edition #14: Why our supplier scorecards stopped telling us anything';
const liSeries = ['The Supply Side', 'Practical notes on procurement and supplier management', 'Published monthly', '12,480 subscribers', 'Subscribe'];
const liP1 = [
  'Every quarter for six years, my team sent each of our 90 largest suppliers a scorecard. Delivery on time, quality defects, ' +
    'invoice accuracy, responsiveness, each scored out of five, with a weighted total at the bottom and a traffic light next to it.',
  'Last year I noticed that 84 of the 90 were green, and had been green for as long as anyone could remember. In the same year ' +
    'we had two stockouts that cost us a major customer. Both came from green suppliers.',
];
const liH1 = 'What went wrong';
const liP2 = [
  'Looking back, the scorecard measured what was easy to count rather than what hurt us. A supplier could deliver 97 percent of ' +
    'order lines on time and score a comfortable four, even if the 3 percent that arrived late were always the critical parts.',
  'The weighting made it worse. Responsiveness, which was really a measure of how quickly someone answered an email, counted for ' +
    'as much as quality. Friendly suppliers with poor processes did very well.',
];
const liH2 = 'What we changed';
const liP3 = ['We have replaced the scorecard with three much narrower measures, agreed with each supplier individually:'];
const liList = [
  'On-time delivery for the 20 parts that would stop our lines if they were late, reported monthly rather than quarterly.',
  'The number of quality escapes that reached our customers, not the number caught at goods-in.',
  'Time to a written root cause after any failure, with a target of ten working days.',
];
const liH3 = 'The early results';
const liP4 = [
  'Six months in, 31 suppliers are no longer green, and we are having far more useful conversations with them. Two have already ' +
    'moved critical parts to a second production line as a result.',
  'Several suppliers told us they prefer the new approach, because they finally know what matters to us. One account manager ' +
    'said it was the first time in years that a customer’s feedback had changed anything on his factory floor.',
];
const liH4 = 'Next month';
const liP5 = [
  'In the next edition I will share the template we use for the root cause reports, and what happened when we asked suppliers to ' +
    'score us in return. Spoiler: we were not green either.',
];
const liNav = ['Articles', 'People', 'Learning', 'Jobs', 'Games'];
const liHeadline = 'Head of Supplier Quality at Marrowgate Components | Procurement, quality and continuous improvement';
const liReactions = ['Like', 'Celebrate', 'Insightful'];
const liComment = {
  name: 'Priyanka Deshmukh',
  head: 'Category Manager, Direct Materials',
  ago: '2w',
  text: 'The point about friendly suppliers with poor processes is painfully true. We had the same problem with our responsiveness score.',
  reactions: '6 Reactions',
};
const liMore = [
  'Edition #13: The hidden cost of the lowest quote',
  'Edition #12: Dual sourcing without doubling the work',
  'What a plant fire taught us about buffers',
];
const liMoreDates = ['Feb 11, 2025', 'Jan 14, 2025', 'Nov 26, 2024'];
const liTopics = ['Manufacturing', 'Supply Chain Management', 'Quality Management', 'Operations Management', 'Leadership', 'Show more'];
const liModal = ['Sign in to view more content', 'Create your free account or sign in to continue your search', 'Sign in', 'Welcome back'];
const liModalForm = ['Email or phone', 'Password', 'Show', 'Forgot password?', 'or', 'New to LinkedIn?', 'Join now'];
const liCookie = [
  'LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our Services, and to show you ' +
    'relevant ads (including professional and job ads) on and off LinkedIn.',
  'Learn more in our Cookie Policy.',
  'Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your choices at any time in your settings.',
];
const liFoot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Your California Privacy Choices',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
];
const h2 = (t: string): string => `<h2>${t}</h2>`;
const h3 = (t: string): string => `<h3>${t}</h3>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const barButton = (t: string, ctl: string): string => `<button class="social-action-bar__button" data-tracking-control-name="article-ssr-frontend-pulse_${ctl}"
data-tracking-will-navigate><icon class="social-action-bar__icon" data-svg-class-name="social-action-bar__icon--svg"></icon>
<span class="social-action-bar__button-text">${t}</span></button>`;
const liHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Edition #14: Why our supplier scorecards stopped telling us anything</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="pageKey" content="d_flagship3_pulse_read">
<meta name="description" content="Every quarter for six years, my team sent each of our 90 largest suppliers a scorecard.">
<meta property="og:title" content="${liTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.linkedin.com/pulse/edition-14-why-our-supplier-scorecards-stopped-telling-us-brennan-x8kqe">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${liTitle}","name":"${liTitle}",
"author":{"@type":"Person","name":"Tomasz Brennan","url":"https://ie.linkedin.com/in/tomasz-brennan"},"datePublished":"2025-03-11T06:00:00.000+00:00",
"isPartOf":{"@type":"CreativeWorkSeries","name":"The Supply Side"},"interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/LikeAction","userInteractionCount":187},{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction",
"userInteractionCount":23}]}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/7zq0b1x9k2c4v6n8m3l5p7r9t"></head>
<body dir="ltr"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-padding max-w-screen-xl mx-auto"><nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap"
aria-label="Primary"><a href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo" class="nav__logo-link link-no-visited-state"
data-tracking-control-name="article-ssr-frontend-pulse_nav-header-logo"><span class="sr-only">LinkedIn</span><icon class="block text-color-brand w-[102px]
h-[26px]"></icon></a><ul class="top-nav-menu flex items-center">${liNav
  .map(
    (t) => `<li><a class="top-nav-link flex justify-center items-center h-[52px]" href="https://www.linkedin.com/${t.toLowerCase()}/">
<icon class="top-nav-link__icon flex h-3 w-3"></icon><span class="top-nav-link__label-text font-sans text-xs">${t}</span></a></li>`,
  )
  .join('')}</ul><div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0"><a class="nav__button-tertiary
btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join">Join now</a><a class="nav__button-secondary btn-md btn-secondary-emphasis"
href="https://www.linkedin.com/login">Sign in</a></div></nav></header>
<main class="main papabear:flex papabear:w-content-max-w papabear:mx-auto" id="main-content" role="main"><section class="core-rail mx-auto
papabear:w-core-rail-width"><div class="details mx-details-container-padding">
<div class="series-card flex items-center py-1.5 border-b-1 border-solid border-color-border-faint" data-test-id="newsletter-series-card"><a
class="series-card__logo" href="https://www.linkedin.com/newsletters/the-supply-side-7089123456789012345"><img alt="" class="w-6 h-6"
data-delayed-url="https://media.licdn.example/dms/image/series-logo.png"></a><div class="series-card__info flex-1 ml-1"><h2 class="series-card__title
text-md font-bold"><a href="https://www.linkedin.com/newsletters/the-supply-side-7089123456789012345">${liSeries[0]}</a></h2><p class="series-card__description
text-sm">${liSeries[1]}</p><p class="series-card__meta text-xs text-color-text-low-emphasis"><span>${liSeries[2]}</span><span aria-hidden="true"> · </span>
<span>${liSeries[3]}</span></p></div><a class="series-card__cta btn-sm btn-secondary-emphasis" href="https://www.linkedin.com/login?session_redirect=newsletter"
data-tracking-control-name="article-ssr-frontend-pulse_newsletter-subscribe">${liSeries[4]}</a></div>
<div class="cover-img relative"><img class="cover-img__image w-full" alt="Clipboard with a supplier scorecard and a traffic light chart"
data-delayed-url="https://media.licdn.example/dms/image/edition-14-cover.jpg"></div>
<h1 class="pulse-title text-display-md font-bold text-color-text mt-3 mb-1">${liTitle}</h1>
<div class="publisher-author-card" data-test-id="publisher-author-card"><div class="base-main-card flex flex-wrap py-1.5 pr-2">
<a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="https://ie.linkedin.com/in/tomasz-brennan"><span class="sr-only">
Tomasz Brennan</span></a><div class="base-main-card__media relative w-[56px]"><img alt="Tomasz Brennan"
data-delayed-url="https://media.licdn.example/profile.jpg">
</div><div class="base-main-card__info self-center ml-1 flex-1 relative break-words"><h3 class="base-main-card__title font-sans text-md font-bold
text-color-text">Tomasz Brennan</h3><h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">${liHeadline}</h4><div
class="base-main-card__metadata mt-0.5 text-sm text-color-text-low-emphasis"><span class="base-main-card__metadata-item">Published Mar 11, 2025</span></div>
</div></div><a class="public-post-author-card__follow-button follow-button btn-sm btn-secondary-emphasis"
href="https://www.linkedin.com/login?session_redirect=follow"
data-tracking-control-name="article-ssr-frontend-pulse_publisher-author-card">+ Follow</a></div>
<div class="article-main__content px-0.25" data-test-id="publishing-text-block">
${ps(liP1)}
${h2(liH1)}
${ps(liP2)}
${h2(liH2)}
${ps(liP3)}
<ul>${liList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(liH3)}
${ps(liP4)}
${h3(liH4)}
${ps(liP5)}
</div>
<div class="main-article__social-details flex justify-between items-center"><a class="social-counts-reactions flex items-center"
href="https://www.linkedin.com/login"
data-test-id="social-actions__reactions" data-tracking-control-name="article-ssr-frontend-pulse_social-details_reactions">${liReactions
  .map(
    (t) =>
      `<img alt="${t}" class="reactions-icon social-detail-reaction-type-${t.toLowerCase()} h-2 w-2" data-delayed-url="https://static.licdn.example/${t}.svg">`,
  )
  .join('')}<span class="font-normal ml-0.5" data-test-id="social-actions__reaction-count">187</span></a><a class="social-action-counts__comments"
data-test-id="social-actions__comments" href="https://www.linkedin.com/login">23 Comments</a></div>
<div class="social-action-bar flex justify-around border-t-1 border-solid border-color-border-faint">${barButton('Like', 'like-toggle')}${barButton(
  'Comment',
  'comment-cta',
)}${barButton('Share', 'share-cta')}</div>
<section class="comments"><section class="comment flex grow-1 items-stretch" data-id="urn:li:comment:(urn:li:linkedInArticle:7305,7306)"><a
class="comment__avatar"
href="https://in.linkedin.com/in/priyanka-deshmukh"><img alt="${liComment.name}" data-delayed-url="https://media.licdn.example/p.jpg"></a><div
class="comment__body
flex flex-col flex-1"><div class="comment__header flex justify-between"><div class="comment__author-info"><a class="comment__author text-sm link-styled"
href="https://in.linkedin.com/in/priyanka-deshmukh">${liComment.name}</a><p class="comment__author-headline text-xs">${liComment.head}</p></div><span
class="comment__duration-since text-xs">${liComment.ago}</span></div><p class="comment__text attributed-text-segment-list__content">${liComment.text}</p>
<div class="comment__actions flex"><a class="comment__action" href="https://www.linkedin.com/login">Like</a><a class="comment__action"
href="https://www.linkedin.com/login">Reply</a><span class="comment__reactions-count">${liComment.reactions}</span></div></div></section>
<a class="see-more-comments btn-sm btn-secondary" href="https://www.linkedin.com/login">See more comments</a><p class="comments__sign-in text-sm">To view or
add a comment, <a href="https://www.linkedin.com/login">sign in</a></p></section></div>
<section class="more-articles-by-author mt-3"><h2 class="more-articles__title text-xl">More articles by Tomasz Brennan</h2><ul
class="more-articles__list">${liMore
  .map(
    (t, i) => `<li class="more-articles__card"><a href="https://www.linkedin.com/pulse/${i}"><h3 class="base-card__title">${t}</h3><span
class="base-card__metadata">${liMoreDates[i]}</span></a></li>`,
  )
  .join('\n')}</ul><a class="more-articles__see-all" href="https://www.linkedin.com/in/tomasz-brennan/recent-activity/articles/">See all articles</a></section>
</section><section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter"><section class="aside-section-container"><h2
class="aside-section-container__title">Explore content categories</h2><ul class="aside-topics">${links(liTopics, 'aside-topics__item')}</ul></section></section>
</main>
<div class="contextual-sign-in-modal hidden" role="dialog" aria-modal="true" aria-hidden="true"><button class="contextual-sign-in-modal__modal-dismiss"
aria-label="Dismiss"></button><h2 class="contextual-sign-in-modal__title">${liModal[0]}</h2><p>${liModal[1]}</p><button class="sign-in-modal__outlet-btn">
${liModal[2]}</button><div class="sign-in-modal__content"><h3>${liModal[3]}</h3><form class="sign-in-form"><label for="session_key">${liModalForm[0]}</label>
<input
id="session_key" type="text"><label for="session_password">${liModalForm[1]}</label><input id="session_password" type="password"><button type="button"
class="password-toggle">${liModalForm[2]}</button><a href="/checkpoint/rp/request-password-reset">${liModalForm[3]}</a><button type="submit">Sign in</button>
</form><p class="sign-in-modal__divider">${liModalForm[4]}</p><p class="sign-in-modal__join">${liModalForm[5]} <a href="/signup">${liModalForm[6]}</a></p>
</div></div>
<section class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT" role="dialog" aria-label="Cookie consent"><p class="artdeco-global-alert__content">
${liCookie[0]} <a href="https://www.linkedin.com/legal/cookie-policy">${liCookie[1]}</a></p><p>${liCookie[2]}</p><div
class="artdeco-global-alert-action__wrapper">
<button class="artdeco-global-alert-action" action-type="ACCEPT">Accept</button><button class="artdeco-global-alert-action" action-type="DENY">Reject</button>
</div>
</section>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list"><li class="li-footer__item"><span class="sr-only">LinkedIn</span><span
class="li-footer__copy-text">© 2025</span></li>${links(liFoot, 'li-footer__item')}</ul></footer>
<script src="https://static.licdn.example/aero-v1/sc/h/1d2s8w0q6x7y" async></script></body></html>`;
export const linkedinNewsletter: TestPage = {
  html: liHtml,
  name: 'heldout90-linkedin-newsletter-edition',
  kind: 'blog',
  // the newsletter series card above the title, the author headline, "+ Follow", the reaction count, comment count, the
  // Like / Comment / Share bar, the comment, the "More articles by" cards, categories, the hidden sign-in modal, cookie alert
  // and footer are furniture; the reaction icons are images (alt texts only, in neither list); the author name and
  // "Published" date are bylines; the h3 "Next month" is a heading like the h2s
  title: liTitle,
  headings: [liH1, liH2, liH3, liH4],
  body: [...liP1, ...liP2, ...liP3, ...liList, ...liP4, ...liP5],
  bylines: ['Tomasz Brennan', 'Published Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...liNav, 'Join now', 'Sign in', ...liSeries, liHeadline, '+ Follow', '187', '23 Comments', 'Like', 'Comment', 'Share',
    liComment.name, liComment.head, liComment.ago, liComment.text, liComment.reactions, 'Reply', 'See more comments', 'To view or add a comment, sign in',
    'More articles by Tomasz Brennan', ...liMore, ...liMoreDates, 'See all articles', 'Explore content categories', ...liTopics, liModal[0] as string,
    liModal[1] as string, liModal[3] as string, ...liModalForm, ...liCookie, 'Accept', 'Reject', '© 2025', ...liFoot,
  ],
};
