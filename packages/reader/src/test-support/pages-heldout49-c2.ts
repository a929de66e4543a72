import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 49, file c2: a LinkedIn article (linkedin.com/pulse, not a feed post), saved logged out: the guest nav
 * with its content tabs, "Join now" and "Sign in", the cover image, the pulse title, the publisher-author card (name,
 * headline, "Published" date, "+ Follow"), the article with h2 sections, a list and a captioned image, the reaction bar,
 * two comments with "See more comments" and "To view or add a comment, sign in", "More articles by", "Others also
 * viewed", "Explore topics", the li-footer and the sign-in modal; the Article JSON-LD in the head.
 */
const liTitle = 'What a Broken Freezer Taught Us About Forecasting';
const liIntro = [
  'In February, one of the two blast freezers at our Leeds plant failed on a Friday night. Nobody was hurt and we lost very ' +
    'little stock, but for eleven days we ran at roughly half our freezing capacity, in the middle of a promotion for our best-selling range.',
  'I want to write about what those eleven days showed us, because the lessons had very little to do with refrigeration.',
];
const liH1 = 'The forecast was right. The plan was not.';
const liS1 = [
  'Our demand forecast for the promotion was within 4% of actual sales, which by our standards is excellent. What failed was ' +
    'the step after it. The production plan assumed both freezers, every shift, and had no way to cope when that stopped being ' +
    'true. Planners spent the first weekend rebuilding it by hand in a spreadsheet.',
  'We had treated capacity as a fixed number in the plan, when it is really a forecast too, with its own error bars. Equipment ' +
    'fails, people are off sick, a supplier&#39;s lorry is late. None of that was in the model.',
];
const liH2 = 'Three changes we made';
const liList = [
  'We now plan against a capacity range for each line, not a single figure, and the plan shows which orders are at risk if we ' + 'land at the bottom of it.',
  'Customer service sees the same at-risk list as the planners, so conversations with retailers start days earlier.',
  'Every quarter we run a one-hour tabletop exercise: we take away one piece of equipment and rebuild the week&#39;s plan together.',
];
const liS2 = [
  'The third one sounds like a box-ticking drill. It has turned out to be the most useful hour of the quarter, mostly because ' +
    'it is the only time planners, engineers and account managers sit at the same table looking at the same numbers.',
];
const liH3 = 'What I would tell another team';
const liS3 = [
  'If your forecast accuracy is good and your service levels are still patchy, look downstream. The forecast is usually the ' +
    'most scrutinised number in a supply chain, and the plan built on top of it the least.',
  'And fix your freezers before a promotion, not during one. Our engineering manager asked me to add that.',
];
const liCaption = 'The blast freezer hall at our Leeds plant, back in service in March.';
const liHeadline = 'Head of Supply Chain at Northgate Foods | Cold chain, forecasting and S&amp;OP';
const liComments = [
  {
    name: 'Graham Pye',
    headline: 'Operations Director | Chilled &amp; Frozen',
    age: '1mo',
    text: 'The tabletop exercise idea is excellent. We do something similar for IT outages but never thought of applying it to production capacity.',
  },
  {
    name: 'Sunita Rao',
    headline: 'Demand Planning Lead at Bramley Dairy',
    age: '3w',
    text: 'Capacity as a forecast with error bars is such a useful way to put it. Sharing this with my team on Monday.',
  },
];
const liTabs = ['Top Content', 'People', 'Learning', 'Jobs', 'Games'];
const liMore = ['Why Our Safety Stock Was Always Wrong', 'Five Questions to Ask Before You Buy a Planning Tool', 'Cold Chain Lessons From a Hot Summer'];
const liOthers = ['S&OP Is a Conversation, Not a Meeting', 'How We Cut Forecast Error by a Third Without New Software', 'The Hidden Cost of Expediting'];
const liTopics = ['Sales', 'Marketing', 'IT Services', 'Business Administration', 'HR Management', 'Engineering', 'Soft Skills', 'See All'];
const liFoot = [
  'About',
  'Accessibility',
  'User Agreement',
  'Privacy Policy',
  'Your California Privacy Choices',
  'Cookie Policy',
  'Copyright Policy',
  'Brand Policy',
  'Guest Controls',
  'Community Guidelines',
  'Language',
];
const liAgree = 'By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.';
const liHtml = `<!DOCTYPE html>
<html lang="en"><head><meta name="pageKey" content="d_flagship3_pulse_read"><meta charset="UTF-8"><title>${liTitle}</title>
<meta name="description" content="In February, one of the two blast freezers at our Leeds plant failed on a Friday night.">
<meta property="og:title" content="${liTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.linkedin.com/pulse/what-broken-freezer-taught-us-forecasting-danielle-okafor-4xk2e">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${liTitle}","headline":"${liTitle}",
"author":{"@type":"Person","name":"Danielle Okafor","url":"https://uk.linkedin.com/in/danielle-okafor"},"datePublished":"2025-10-08T07:30:12.000+00:00",
"publisher":{"@type":"Organization","name":"LinkedIn","url":"https://www.linkedin.com"},"commentCount":41,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/LikeAction","userInteractionCount":312}]}</script>
</head><body dir="ltr" class="overflow-hidden">
<a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-lg"><nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap" aria-label="Primary">
<a href="https://www.linkedin.com/?trk=article-ssr-frontend-pulse_nav-header-logo" class="nav__logo-link link-no-visited-state z-1 mr-auto"><span
class="sr-only">LinkedIn</span>
<icon class="nav-logo--inbug flex text-color-brand"></icon></a><ul class="top-nav-menu flex items-center">${links(liTabs, 'top-nav-link')}</ul>
<div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2">
<a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.com/signup/cold-join">Join now</a>
<a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.com/login">Sign in</a></div></nav></header>
<main id="main-content" class="main article-main" role="main"><section class="core-rail mx-auto papabear:w-core-rail-width">
<div class="details mx-details-container-padding"><figure class="cover-img w-full"><div class="cover-img__image-frame relative w-full overflow-hidden">
<img class="cover-img__image absolute top-0 left-0 w-full h-full object-cover" alt=""
src="https://media.licdn.com/dms/image/v2/D4E12AQF/article-cover_image-shrink_720_1280/0/1759910"></div>
</figure><h1 class="pulse-title text-xl font-semibold text-color-text my-2">${liTitle}</h1>
<div class="publisher-author-card my-1.5 flex justify-between items-center" data-test-id="publisher-author-card">
<div class="base-main-card flex flex-wrap py-1.5 pr-2 base-main-card--link main-article-card"><a class="base-card__full-link absolute top-0 right-0 bottom-0
left-0 p-0 z-[2]"
href="https://uk.linkedin.com/in/danielle-okafor?trk=article-ssr-frontend-pulse_publisher-author-card"><span class="sr-only">Danielle Okafor</span></a>
<div class="base-main-card__media relative w-[72px] h-[72px] mr-1"><img class="inline-block relative rounded-[50%] w-6 h-6" alt="Danielle Okafor"
src="https://media.licdn.com/dms/image/v2/C4D03AQH/profile-displayphoto-shrink_100_100/0/1652"></div>
<div class="base-main-card__info self-center ml-1 flex-1 relative break-words article-card-social-actions">
<h3 class="base-main-card__title font-sans text-[18px] font-bold text-color-text overflow-hidden">Danielle Okafor</h3>
<h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">${liHeadline}</h4>
<div class="base-main-card__metadata mb-0.5"><span class="body-text text-color-text-low-emphasis base-main-card__metadata-item">Published Oct 8,
2025</span></div>
</div></div><a href="https://www.linkedin.com/signup/cold-join?trk=article-ssr-frontend-pulse_publisher-author-card" class="publisher-author-card__follow btn-sm
btn-secondary-emphasis">+ Follow</a></div>
<div class="article-main__content px-0.25" data-test-id="article-content-blocks"><div class="article-main__content">
${liIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${liH1}</h2>
${liS1.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="article-main__image"><img src="https://media.licdn.com/dms/image/v2/D4E12AQG/article-inline_image-shrink_1000_1488/0/1759911" alt="">
<figcaption class="text-color-text-low-emphasis">${liCaption}</figcaption></figure>
<h2>${liH2}</h2>
<ul>${liList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${liS2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${liH3}</h2>
${liS3.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="social-action-bar flex justify-between"><div class="social-action-bar__reaction-counts"><a href="#" class="flex items-center font-normal">
<img alt="like" src="https://static.licdn.com/aero-v1/sc/h/bn39hirwzjqj18ej1fkz55671"><img alt="insightful"
src="https://static.licdn.com/aero-v1/sc/h/39axkb4qe8q95ieljrhqhkxvl">
<span class="social-counts-reactions__social-counts-numRections">312</span></a>
<a href="#" class="social-action-bar__comments" data-test-id="social-actions__comments">41 Comments</a></div>
<div class="social-action-bar__actions flex"><button class="social-action-bar__button">Like</button><button class="social-action-bar__button">Comment</button>
<button class="social-action-bar__button">Share</button></div></div>
<section class="comments"><div class="comments__container">${liComments
  .map(
    (c) => `<section class="comment flex grow-1 items-stretch"><a href="https://uk.linkedin.com/in/${c.name.toLowerCase().replace(' ', '-')}"
class="comment__avatar">
<img alt="${c.name}" src="https://media.licdn.com/dms/image/v2/avatar.jpg"></a><div class="comment__body flex flex-col flex-1"><div class="comment__header
flex justify-between">
<a class="comment__author text-sm font-bold" href="https://uk.linkedin.com/in/${c.name.toLowerCase().replace(' ', '-')}">${c.name}</a>
<span class="comment__duration-since text-color-text-low-emphasis">${c.age}</span></div><p class="comment__author-headline text-xs">${c.headline}</p>
<p class="comment__text commentary attributed-text-segment-list__container">${c.text}</p></div></section>`,
  )
  .join('\n')}
<a href="https://www.linkedin.com/signup/cold-join" class="comments__see-more btn-md btn-secondary">See more comments</a></div>
<p class="comments__sign-in">To view or add a comment, <a href="https://www.linkedin.com/signup/cold-join">sign in</a></p></section>
<section class="more-articles"><h2 class="text-xl">More articles by Danielle Okafor</h2><ul>${links(liMore, 'more-articles__card')}</ul>
<a href="https://uk.linkedin.com/in/danielle-okafor/recent-activity/articles/">See all articles</a></section>
<section class="similar-articles"><h2 class="text-xl">Others also viewed</h2><ul>${links(liOthers, 'similar-article')}</ul></section>
<section class="explore-topics"><h2 class="text-xl">Explore topics</h2><ul>${links(liTopics, 'topic-pill')}</ul></section>
</div></section></main>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list flex flex-wrap flex-row items-start justify-start">
<li class="li-footer__item"><span class="sr-only">LinkedIn</span><span class="li-footer__copy-text">© 2025</span></li>${links(
  liFoot,
  'li-footer__item',
)}</ul></footer>
<div class="modal contextual-sign-in-modal" role="dialog" aria-modal="true" aria-labelledby="modal-title"><div class="modal__overlay"><section
class="modal__main">
<h2 id="modal-title" class="contextual-sign-in-modal__context-screen-title">Sign in to view more content</h2>
<p class="contextual-sign-in-modal__subtitle">Create your free account or sign in to continue your search</p>
<form class="sign-in-form"><label for="session_key">Email or phone</label><input id="session_key" name="session_key" type="text" autocomplete="username">
<label for="session_password">Password</label><input id="session_password" name="session_password" type="password"><button type="button"
class="password-toggle">Show</button>
<a href="https://www.linkedin.com/uas/request-password-reset">Forgot password?</a><button class="btn-md btn-primary" type="submit">Sign in</button></form>
<p class="contextual-sign-in-modal__separator">or</p><p class="linkedin-tc__text">${liAgree}</p>
<p class="contextual-sign-in-modal__join-now">New to LinkedIn? <a href="https://www.linkedin.com/signup/cold-join">Join now</a></p></section></div></div>
</body></html>`;
export const linkedinArticle: TestPage = {
  html: liHtml,
  name: 'heldout49-linkedin-article',
  kind: 'blog',
  // the pulse title is the title, the three h2s the headings, the paragraphs and list items the body; "Danielle Okafor" and
  // "Published Oct 8, 2025" are bylines, the author's headline and "+ Follow" furniture; the inline image's caption is
  // furniture; the comments under an article are reader comments (furniture, as on a blog), their authors' names and ages
  // bylines; reaction counts, the action buttons, "More articles by", "Others also viewed", "Explore topics", the guest nav,
  // footer and sign-in modal are furniture; "Like" ("sounds like"), the tabs' "People", the topics "Sales" and "Engineering"
  // and the footer's "About" (a word of the title) are words of the article: left out
  title: liTitle,
  headings: [liH1, liH2, liH3],
  body: [...texts(liIntro), ...texts(liS1), ...texts(liList), ...texts(liS2), ...texts(liS3)],
  bylines: ['Danielle Okafor', 'Published Oct 8, 2025', ...liComments.flatMap((c) => [c.name, c.age])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'LinkedIn', ...liTabs.filter((t) => t !== 'People'), 'Join now', 'Sign in',
    'Head of Supply Chain at Northgate Foods | Cold chain, forecasting and S&OP',
    '+ Follow', liCaption, '312', '41 Comments', 'Comment', 'Share', ...texts(liComments.map((c) => c.headline)), ...liComments.map((c) => c.text),
    'See more comments', 'To view or add a comment, sign in', 'More articles by Danielle Okafor', ...liMore, 'See all articles', 'Others also viewed',
    ...liOthers, 'Explore topics', ...liTopics.filter((t) => t !== 'Sales' && t !== 'Engineering'), '© 2025', ...liFoot.slice(1),
    'Sign in to view more content',
    'Create your free account or sign in to continue your search', 'Email or phone', 'Password', 'Show', 'Forgot password?', 'or', liAgree,
    'New to LinkedIn?',
  ],
};
