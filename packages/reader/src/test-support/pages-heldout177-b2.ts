import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 177, file b2: a LinkedIn job posting as a signed-out visitor saves it (the guest nav, the top card with the
 * job title h1, company link, location, posted time and applicant count, Apply / Save, the "show-more-less" description with
 * its bold labels and lists and "Show more" / "Show less", the job criteria list, the referral box, the job alert prompt,
 * the "Similar jobs" and "People also viewed" rails, "Explore collaborative articles", the hidden sign-in modal, the cookie
 * alert and the footer).
 */
const ljTitle = 'Senior Supply Chain Analyst';
const ljLabels = ['About the role', 'What you will do', 'What we are looking for', 'What we offer'];
const ljIntro = [
  'Harrowgate Foods makes chilled soups, sauces and ready meals for supermarkets across the UK from two kitchens in West ' +
    'Yorkshire. We are a family business of 600 people that has grown by a third in the last three years, and our planning team ' +
    'needs to grow with it.',
];
const ljRole = [
  'As Senior Supply Chain Analyst you will own the numbers behind how much we make, when, and where it goes. You will work with ' +
    'our demand planners, the two site production managers and our transport partner to turn forecasts into a weekly plan that ' +
    'keeps shelves full without filling the chillers with stock that goes out of date.',
  'This is a hybrid role based at our Leeds head office, with two days a week in the office and regular visits to the kitchens ' + 'in Morley and Castleford.',
];
const ljDo = [
  'Build and maintain the weekly supply plan for around 180 chilled lines with shelf lives of five to twenty-one days.',
  'Measure forecast accuracy, waste and service levels by customer, and explain what is driving them to the leadership team.',
  'Improve our planning models, moving them out of spreadsheets and into the planning tool we introduced last year.',
  'Lead the monthly sales and operations planning meeting and keep its actions moving.',
  'Coach two junior analysts and help them grow.',
];
const ljLook = [
  'At least four years in supply chain, demand or production planning, ideally with short-life food or another fast-moving product.',
  'Strong Excel and SQL; experience with a planning system such as Kinaxis, o9 or Blue Yonder is a plus.',
  'The confidence to challenge a forecast or a production plan, and the tact to do it well.',
];
const ljOffer = [
  'Salary of £48,000 to £55,000 depending on experience, plus an annual bonus of up to 10 percent.',
  '27 days of holiday plus bank holidays, and an extra day for your birthday.',
  'Pension with 6 percent employer contribution, private medical insurance and a free lunch from our development kitchen.',
];
const ljClose = [
  'We are committed to building a team that reflects the communities we serve, and we welcome applications from everyone. ' +
    'If you need any adjustments during the application process, let us know.',
];
const ljNav = ['Articles', 'People', 'Learning', 'Jobs', 'Games'];
const ljCrit = [
  ['Seniority level', 'Mid-Senior level'],
  ['Employment type', 'Full-time'],
  ['Job function', 'Supply Chain and Analyst'],
  ['Industries', 'Food and Beverage Manufacturing'],
];
const ljSimilar = [
  ['Demand Planner', 'Brackwell Dairies', 'Bradford, England, United Kingdom', '1 week ago'],
  ['Supply Chain Planning Manager', 'Norbury & Pike', 'Wakefield, England, United Kingdom', '3 days ago'],
  ['Inventory Analyst', 'Calder Valley Bakeries', 'Huddersfield, England, United Kingdom', '2 weeks ago'],
];
const ljPeople = [
  ['Alys Penhaligon', 'Supply Chain Planner at Brackwell Dairies'],
  ['Devraj Sandhu', 'Head of Planning, chilled food'],
];
const ljArticles = ['How do you balance waste against availability in fresh food?', 'What makes a good S&OP meeting?'];
const ljFoot = [
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
const ljCookie =
  'LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure and improve our Services and to show ' +
  'you relevant ads on and off LinkedIn.';
const ljUl = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const ljHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harrowgate Foods hiring Senior Supply Chain Analyst in Leeds, England, United Kingdom | LinkedIn</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="pageKey" content="d_jobs_guest_details">
<meta name="description" content="Posted 2:14:08 PM. Harrowgate Foods makes chilled soups, sauces and ready meals for supermarkets across the UK">
<meta property="og:title" content="Harrowgate Foods hiring Senior Supply Chain Analyst in Leeds, England, United Kingdom | LinkedIn">
<link rel="canonical" href="https://uk.linkedin.com/jobs/view/senior-supply-chain-analyst-at-harrowgate-foods-4318820577">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"${ljTitle}","datePosted":"2025-10-24T14:14:08.000Z",
"hiringOrganization":{"@type":"Organization","name":"Harrowgate Foods"},"employmentType":"FULL_TIME","jobLocation":{"@type":"Place",
"address":{"@type":"PostalAddress","addressLocality":"Leeds","addressCountry":"GB"}}}</script>
<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/2j7w7w4q6j0bv3o1k1s8w6v5d"></head>
<body dir="ltr"><a href="#main-content" class="skip-link btn-md btn-primary">Skip to main content</a>
<header class="header base-container-padding"><nav class="nav" aria-label="Primary"><a class="nav__logo-link" href="https://www.linkedin.com/">
<span class="sr-only">LinkedIn</span></a><ul class="top-nav-menu">${ljNav
  .map(
    (t) => `<li><a class="top-nav-link" href="/${t.toLowerCase()}/">
<span class="top-nav-link__label-text">${t}</span></a></li>`,
  )
  .join('')}</ul><div class="nav__cta-container">
<a class="nav__button-tertiary" href="https://www.linkedin.com/signup">Join now</a>
<a class="nav__button-secondary" href="https://www.linkedin.com/login">Sign in</a>
</div></nav></header>
<main class="main" id="main-content" role="main"><section class="core-rail"><div class="details mx-details-container-padding">
<section class="top-card-layout container-lined overflow-hidden babybear:rounded-[0px]"><div class="top-card-layout__entity-info-container">
<div class="top-card-layout__entity-info"><h1 class="top-card-layout__title font-sans text-lg papabear:text-xl font-bold">${ljTitle}</h1>
<h4 class="top-card-layout__second-subline font-sans text-sm leading-open text-color-text-low-emphasis"><div class="topcard__flavor-row">
<span class="topcard__flavor"><a class="topcard__org-name-link topcard__flavor--black-link" href="https://uk.linkedin.com/company/harrowgate-foods">
Harrowgate Foods</a></span><span class="topcard__flavor topcard__flavor--bullet">Leeds, England, United Kingdom</span></div>
<div class="topcard__flavor-row"><span class="posted-time-ago__text topcard__flavor--metadata">2 weeks ago</span>
<figure class="num-applicants__figure topcard__flavor--metadata topcard__flavor--bullet"><figcaption class="num-applicants__caption">Over 200 applicants
</figcaption></figure></div></h4><div class="top-card-layout__cta-container"><a class="sign-up-modal__outlet top-card-layout__cta btn-md btn-primary"
href="https://www.linkedin.com/login">Apply</a><button class="save-job-button">Save</button></div></div></div></section>
<section class="core-section-container my-3 description"><div class="core-section-container__content break-words">
<div class="description__text description__text--rich"><section class="show-more-less-html" data-max-lines="5">
<div class="show-more-less-html__markup relative overflow-hidden">
<p>${ljIntro[0]}</p><p><strong>${ljLabels[0]}</strong></p>${ljRole.map((p) => `<p>${p}</p>`).join('')}
<p><strong>${ljLabels[1]}</strong></p>${ljUl(ljDo)}<p><strong>${ljLabels[2]}</strong></p>${ljUl(ljLook)}
<p><strong>${ljLabels[3]}</strong></p>${ljUl(ljOffer)}<p>${ljClose[0]}</p></div>
<button class="show-more-less-html__button show-more-less-button show-more-less-html__button--more" aria-expanded="false">Show more</button>
<button class="show-more-less-html__button show-less" aria-expanded="true">Show less</button></section></div>
<ul class="description__job-criteria-list">${ljCrit
  .map(
    (c) => `<li class="description__job-criteria-item">
<h3 class="description__job-criteria-subheader">${c[0]}</h3><span class="description__job-criteria-text">${c[1]}</span></li>`,
  )
  .join('')}</ul></div></section>
<section class="find-a-referral"><h2 class="find-a-referral__title">Referrals increase your chances of interviewing at Harrowgate Foods by 2x</h2>
<a class="find-a-referral__cta" href="https://www.linkedin.com/login">See who you know</a></section>
<section class="job-alert-redirect-section"><h2>Get notified about new Senior Supply Chain Analyst jobs in Leeds, England, United Kingdom.</h2>
<a class="job-alert-redirect-section__cta" href="https://www.linkedin.com/login">Sign in to create job alert</a></section></div></section>
<section class="right-rail"><section class="similar-jobs"><h2 class="similar-jobs__header">Similar jobs</h2><ul class="similar-jobs__list">
${ljSimilar
  .map(
    (j) => `<li><a class="base-card" href="/jobs/view/${j[1]?.length}"><h3 class="base-main-card__title">${j[0]}</h3>
<h4 class="base-main-card__subtitle">${j[1]}</h4><span class="main-job-card__location">${j[2]}</span><time class="main-job-card__listdate">${j[3]}</time></a>
</li>`,
  )
  .join('')}
</ul><a class="similar-jobs__see-more" href="/jobs/search">Show more jobs like this</a></section>
<section class="aside-section-container"><h2>People also viewed</h2><ul>${ljPeople.map((p) => `<li><h3>${p[0]}</h3><h4>${p[1]}</h4></li>`).join('')}</ul>
</section>
<section class="aside-section-container"><h2>Explore collaborative articles</h2><p>We’re unlocking community knowledge in a new way. Experts add insights
directly into each article, started with the help of AI.</p><ul>${links(ljArticles)}</ul><a href="/pulse/topics/home/">Explore More</a></section></section>
</main>
<div class="sign-in-modal hidden" role="dialog" aria-hidden="true"><h2>Sign in to view more jobs</h2><label for="m-key">Email or phone</label><input id="m-key">
<label for="m-pw">Password</label><input id="m-pw" type="password"><a href="/checkpoint/rp">Forgot password?</a><button>Sign in</button>
<p>New to LinkedIn? <a href="/signup">Join now</a></p></div>
<section class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT" role="dialog"><p>${ljCookie}</p>
<button action-type="ACCEPT">Accept</button><button action-type="DENY">Reject</button></section>
<footer class="li-footer"><ul class="li-footer__list"><li><span class="li-footer__copy-text">© 2025</span></li>
${links(ljFoot, 'li-footer__item')}</ul></footer>
<script src="https://static.licdn.example/aero-v1/sc/h/8g9kt0x0z0fw7k8g6p8v5r2l1" async></script></body></html>`;
export const linkedinJob: TestPage = {
  html: ljHtml,
  name: 'heldout177-linkedin-job-posting',
  kind: 'blog',
  // the description's bold label paragraphs are its headings; the company name and posted time are bylines; the criteria
  // list (labels and values), applicant count, buttons and rails are furniture
  title: ljTitle,
  headings: ljLabels,
  body: texts([...ljIntro, ...ljRole, ...ljDo, ...ljLook, ...ljOffer, ...ljClose]),
  bylines: ['Harrowgate Foods', '2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ljNav, 'Join now', 'Sign in', 'Leeds, England, United Kingdom', 'Over 200 applicants', 'Apply', 'Save', 'Show more',
    'Show less', ...ljCrit.flat(), 'Referrals increase your chances of interviewing at Harrowgate Foods by 2x', 'See who you know',
    'Get notified about new Senior Supply Chain Analyst jobs in Leeds, England, United Kingdom.', 'Sign in to create job alert', 'Similar jobs',
    ...ljSimilar.flat(), 'Show more jobs like this', 'People also viewed', ...ljPeople.flat(), 'Explore collaborative articles',
    'We’re unlocking community knowledge in a new way. Experts add insights directly into each article, started with the help of AI.', ...ljArticles,
    'Explore More', 'Sign in to view more jobs', 'Email or phone', 'Password', 'Forgot password?', 'New to LinkedIn? Join now', ljCookie, 'Accept',
    'Reject', '© 2025', ...ljFoot,
  ],
};
