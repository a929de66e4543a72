import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file b2: a LinkedIn-style public profile saved from the browser while signed out (the guest nav bar
 * with Join now / Sign in, the top card with headline, location and connection count, the About text behind "see more",
 * Activity posts, Experience and Education cards with date ranges, Languages, the "People also viewed" aside, the sign-in
 * modal and the footer).
 */
const title = 'Ayodele Brannigan-Fosse';
const h = ['About', 'Experience', 'Head of Clinical Data Products', 'Senior Product Manager', 'Education', 'Languages'];
const about = [
  j(
    'I build data products for hospitals, and I have spent most of my career translating between clinicians, who know what',
    'they need, and engineers, who know what is possible. The best products I have shipped came from sitting on a ward for a',
    'week before writing a single requirement.',
  ),
  j(
    'Right now I lead a team of eleven at Corvane Health building the discharge planning tools used by 38 hospitals. We cut the',
    'average time from "medically fit" to "home" by a day and a half, mostly by making the waiting visible.',
  ),
  j(
    'I care about accessible design, about measuring outcomes rather than clicks, and about teams that can say no. Happy to talk',
    'to anyone moving from clinical work into product.',
  ),
];
const exp1 = [
  'Corvane Health',
  'Jan 2022 - Present 4 years 3 months',
  'Lindmoor, England, United Kingdom',
  j(
    'Lead the clinical data product group: discharge planning, bed management and the ward dashboard. Grew the team from four',
    'to eleven and introduced quarterly outcome reviews with the nursing directors of each partner trust.',
  ),
];
const exp2 = [
  'Palisade Diagnostics',
  'Sep 2017 - Dec 2021 4 years 4 months',
  'Harwick, England, United Kingdom',
  j(
    'Owned the results viewer used by 2,000 GPs. Rebuilt the abnormal-result alerts with a panel of practising doctors, halving',
    'the number of alerts dismissed without being read.',
  ),
];
const edu = [
  'University of Harwick',
  'Master of Public Health, Health informatics',
  '2014 - 2016',
  'Registered nurse (adult), four years on acute medical wards before moving into informatics.',
];
const langs = ['English', 'Native or bilingual proficiency', 'Yoruba', 'Professional working proficiency', 'Portuguese', 'Elementary proficiency'];
const posts = [
  'We just published what we learned from a year of discharge data. Three surprises, and one thing we got badly wrong.',
  'Hiring: a senior designer who has worked in clinical settings. Fully remote within the UK.',
];
const people: [string, string][] = [
  ['Keziah Mortlock', 'Director of Digital Nursing at Lindmoor Hospitals'],
  ['Fintan Abara', 'Product Lead, Imaging Platforms'],
  ['Solveig Rask', 'Clinical Informatics Fellow'],
];
const foot = [
  '© 2026',
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
const card = (t: string, rows: string[]): string => `<li class="profile-section-card experience-item" data-section="currentPositionsDetails">
<a class="profile-section-card__image-link" href="#"><img class="artdeco-entity-image artdeco-entity-image--square-5" alt="${rows[0]}"
data-delayed-url="https://media.licdn.example/dms/image/C4E0BAQ/company-logo_100_100/0/logo.png"></a>
<div class="profile-section-card__contents"><h3 class="profile-section-card__title">${t}</h3>
<h4 class="profile-section-card__subtitle"><a class="profile-section-card__subtitle-link" href="#">${rows[0]}</a></h4>
<div class="experience-item__meta"><p class="experience-item__duration experience-item__meta-item"><span class="date-range">${rows[1]}</span></p>
<p class="experience-item__location experience-item__meta-item">${rows[2]}</p></div>
<div class="show-more-less-text"><p class="show-more-less-text__text--less">${rows[3]}</p>
<button class="show-more-less-text__button show-more-less-button" aria-expanded="false">Show more</button></div></div></li>`;
const html = `<!DOCTYPE html><html lang="en"><head>
<meta name="pageKey" content="public_profile_v3_desktop"><meta name="linkedin:pageTag" content="urlType=name_only;emptyTitle=false">
<meta name="locale" content="en_US"><meta id="config" data-app-version="2.0.2148" data-call-tree-id="AAYH6k" data-dfp-member-lix-treatment="control"
data-multiproduct-name="public-profile-frontend" data-service-name="public-profile-frontend" data-browser-id="a7f1">
<title>Ayodele Brannigan-Fosse - Head of Clinical Data Products - Corvane Health | LinkedIn</title>
<meta name="description" content="I build data products for hospitals · Experience: Corvane Health · Education: University of Harwick · Location: Lindmoor">
<meta property="og:title" content="Ayodele Brannigan-Fosse - Corvane Health | LinkedIn"><meta property="og:type" content="profile">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://uk.linkedin.example/in/ayodele-brannigan-fosse">
<script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"Person","name":"Ayodele Brannigan-Fosse","jobTitle":["Head of
Clinical Data Products"],"worksFor":[{"@type":"Organization","name":"Corvane Health"}],"address":{"@type":"PostalAddress",
"addressLocality":"Lindmoor"}}]}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/public-profile.css"></head>
<body dir="ltr"><a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">Skip to main content</a>
<header class="header base-container-width flex items-center h-[64px] babymamabear:flex-wrap"><nav class="nav pt-1.5 pb-2 flex items-center justify-between
relative flex-nowrap babymamabear:flex-wrap" aria-label="Primary"><a href="https://uk.linkedin.example/?trk=public_profile_nav-header-logo"
class="nav__logo-link link-no-visited-state z-1 mr-auto" data-tracking-control-name="public_profile_nav-header-logo"><span class="sr-only">LinkedIn</span></a>
<ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between justify-start w-max pt-0.5 pr-[18px]">
<li><a href="/pub/dir" class="top-nav-link flex justify-center items-center"><span class="top-nav-link__label-text">People</span></a></li>
<li><a href="/jobs" class="top-nav-link flex justify-center items-center"><span class="top-nav-link__label-text">Jobs</span></a></li>
<li><a href="/learning" class="top-nav-link flex justify-center items-center"><span class="top-nav-link__label-text">Learning</span></a></li></ul>
<div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2">
<a class="nav__button-tertiary btn-md btn-tertiary" href="/signup">Join now</a><a class="nav__button-secondary btn-md btn-secondary-emphasis"
href="/login">Sign in</a></div></nav></header>
<main class="main papabear:flex papabear:w-[1128px] papabear:mx-auto papabear:mt-3" id="main-content" role="main">
<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] babybear:max-w-[790px]">
<section class="profile"><section class="top-card-layout container-lined overflow-hidden babybear:rounded-[0px]">
<figure class="cover-img min-h-[87px] papbear:min-h-[100px] rounded-t-[2px] babybear:rounded-[0px] -z-1"></figure>
<div class="top-card-layout__card relative p-2 papabear:p-details-container-padding"><div class="top-card-layout__entity-info-container flex flex-wrap
papabear:flex-nowrap"><div class="top-card-layout__entity-info flex-grow flex-shrink-0 basis-0 babybear:flex-none babybear:w-full babybear:flex-none
babybear:w-full"><h1 class="top-card-layout__title font-sans text-lg papabear:text-xl font-bold leading-open text-color-text mb-0">${title}</h1>
<h2 class="top-card-layout__headline break-words font-sans text-md leading-open text-color-text">Head of Clinical Data Products at Corvane Health</h2>
<h3 class="top-card-layout__first-subline font-sans text-md leading-open text-color-text-low-emphasis"><div class="profile-info-subheader"><div
class="not-first-middot"><span>Greater Lindmoor Area</span><span class="top-card__subline-item">500+ connections</span></div></div></h3>
</div></div><div class="top-card-layout__cta-container flex flex-wrap mt-0.5 papabear:mt-0 ml-[-12px]"><a class="top-card-layout__cta mt-2 ml-1.5 h-auto
babybear:flex-auto top-card-layout__cta--primary btn-md btn-primary" href="/signup/cold-join">Join to view profile</a></div></div></section>
<section class="core-section-container my-3 core-section-container--with-border border-b-1 border-solid border-color-border-faint m-0 py-3 pp-section
summary" data-section="summary"><h2 class="core-section-container__title section-title">${h[0]}</h2>
<div class="core-section-container__content break-words"><div class="show-more-less-text"><div class="show-more-less-text__text--less">
${ps(about)}
</div><button class="show-more-less-text__button show-more-less-button show-more-less-text__button--more" aria-expanded="false">Show more</button></div></div>
</section>
<section class="core-section-container my-3 activities" data-section="posts"><h2 class="core-section-container__title section-title">Activity</h2>
<div class="core-section-container__content break-words"><ul class="main-activity-card-list">
${posts
  .map(
    (p) => `<li><div class="base-card relative w-full main-activity-card flex flex-col"><div class="base-main-card__info"><h3
class="base-main-card__title font-sans text-[16px] font-bold text-color-text overflow-hidden">${p}</h3><h4 class="base-main-card__subtitle">Shared by
Ayodele Brannigan-Fosse</h4></div></div></li>`,
  )
  .join('\n')}
</ul><a class="ml-0.5" href="/in/ayodele-brannigan-fosse/recent-activity/">See all activities</a></div></section>
<section class="core-section-container my-3 experience" data-section="experience"><h2 class="core-section-container__title section-title">${h[1]}</h2>
<div class="core-section-container__content break-words"><ul class="experience__list">
${card(h[2] ?? '', exp1)}
${card(h[3] ?? '', exp2)}
</ul></div></section>
<section class="core-section-container my-3 education" data-section="educationsDetails"><h2 class="core-section-container__title section-title">${h[4]}</h2>
<div class="core-section-container__content break-words"><ul class="education__list"><li class="profile-section-card education__list-item">
<div class="profile-section-card__contents"><h3 class="profile-section-card__title"><a href="#">${edu[0]}</a></h3>
<h4 class="profile-section-card__subtitle"><span>${edu[1]}</span></h4>
<span class="education__item education__item--duration"><span class="date-range">${edu[2]}</span></span>
<div class="education__item education__item--details"><p class="show-more-less-text__text--less">${edu[3]}</p></div></div></li></ul></div></section>
<section class="core-section-container my-3 languages" data-section="languages"><h2 class="core-section-container__title section-title">${h[5]}</h2>
<div class="core-section-container__content break-words"><ul>
${[0, 2, 4]
  .map(
    (i) => `<li class="profile-section-card"><div class="profile-section-card__contents"><h3 class="profile-section-card__title">${langs[i]}</h3>
<h4 class="profile-section-card__subtitle">${langs[i + 1]}</h4></div></li>`,
  )
  .join('\n')}
</ul></div></section></section></section>
<section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter"><section class="aside-section-container mb-4"><h2
class="aside-section-container__title section-title">People also viewed</h2><div class="aside-section-container__content break-words">
<ul class="aside-profiles-list">
${people
  .map(
    ([n, r]) => `<li><a class="base-aside-card base-aside-card--link aside-profiles-list__card" href="#"><div class="base-aside-card__info"><h3
class="base-aside-card__title font-sans text-md font-bold text-color-text">${n}</h3><p class="base-aside-card__subtitle">${r}</p></div></a></li>`,
  )
  .join('\n')}
</ul></div></section>
<section class="aside-section-container mb-4"><h2 class="aside-section-container__title section-title">Explore collaborative articles</h2><p>We’re unlocking
community knowledge in a new way. Experts add insights directly into each article, started with the help of AI.</p>
<a href="/pulse/topics/home/">Explore More</a>
</section></section></main>
<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px]
pt-1.5 pb-0 px-2 papabear:w-[1128px] papabear:mx-auto papabear:py-1.5">
${foot
  .map(
    (t, i) =>
      `<li class="li-footer__item font-sans text-xs text-color-text-solid-secondary">${
        i === 0 ? `<span class="li-footer__copy-text">${t}</span>` : `<a class="li-footer__item-link" href="#">${t}</a>`
      }</li>`,
  )
  .join('\n')}</ul></footer>
<div class="contextual-sign-in-modal" data-tracking-control-name="public_profile_contextual-sign-in-modal"><div class="modal__overlay" aria-hidden="true">
<section aria-modal="true" role="dialog" class="max-h-full modal__main"><h2 class="sign-in-modal__header">Sign in to view Ayodele’s full profile</h2>
<p class="sign-in-modal__subtitle">Welcome back</p><a class="sign-in-modal__join-now" href="/signup">New to LinkedIn? Join now</a>
<p class="linkedin-tc__text">By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.</p>
</section></div></div>
<script src="https://static.licdn.example/aero-v1/sc/h/public-profile-frontend.js" async></script></body></html>`;
export const linkedin: TestPage = {
  name: 'heldout449-linkedin-profile-blog',
  kind: 'blog',
  html,
  title,
  headings: h,
  body: texts([...about, ...exp1, ...exp2, ...edu, ...langs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'LinkedIn', 'People', 'Jobs', 'Learning', 'Join now', 'Sign in', 'Head of Clinical Data Products at Corvane Health',
    'Greater Lindmoor Area', '500+ connections', 'Join to view profile', 'Show more', 'Activity', ...posts, 'Shared by Ayodele Brannigan-Fosse',
    'See all activities', 'People also viewed', ...people.flat(), 'Explore collaborative articles',
    'We’re unlocking community knowledge in a new way. Experts add insights directly into each article, started with the help of AI.', 'Explore More',
    ...foot.filter((t) => t !== 'About'), 'Sign in to view Ayodele’s full profile', 'Welcome back', 'New to LinkedIn? Join now',
    'By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.',
  ],
};
