import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file b2: a Glassdoor-style company reviews page in its Next.js markup (CSS-module class names, data-test
 * attributes, the employer header with rating and tabs, the rating summary, sort and filter bar, four review cards with headline,
 * date and role, employment status, Pros / Cons / Advice to Management, helpful buttons, the sign-up wall, the "People also
 * viewed" rail and the footer). The reviews are the body.
 */
const title = 'Holloway Freight Reviews';
type Review = { head: string; meta: string; status: string; rating: string; pros: string; cons: string; advice?: string; helpful: string };
const reviews: Review[] = [
  {
    head: 'Good first job in logistics, tough peak season',
    meta: 'Sep 12, 2026 - Warehouse Team Lead in Dunmore',
    status: 'Current employee, more than 3 years',
    rating: '4.0',
    pros: j(
      'Managers promote from within and will train you on every system if you ask. Shift patterns are published four weeks ahead,',
      'which makes childcare much easier than at my last place.',
    ),
    cons: j(
      'November and December are brutal. Overtime is technically voluntary but everyone is expected to do it, and the break room',
      'is far too small for the number of temporary staff.',
    ),
    advice: 'Hire the seasonal staff earlier so they are trained before the rush starts.',
    helpful: 'Helpful (14)',
  },
  {
    head: 'Solid pay, slow decisions',
    meta: 'Aug 30, 2026 - Transport Planner in Kelsworth',
    status: 'Former employee, less than 1 year',
    rating: '3.0',
    pros: 'Pay is above the local average and the pension contribution is generous. My direct colleagues were friendly and patient with me.',
    cons: j('Any change to a route needs three sign-offs, so simple fixes take weeks. The planning software is old and crashes', 'during the morning peak.'),
    helpful: 'Helpful (6)',
  },
  {
    head: 'Great drivers, head office out of touch',
    meta: 'Aug 2, 2026 - HGV Driver in Dunmore',
    status: 'Current employee, more than 5 years',
    rating: '3.0',
    pros: 'The trucks are new and well maintained. You are home every night on most routes, which is rare in this industry.',
    cons: j(
      'Head office sends out new rules by email without asking the people who actually do the driving. Depot parking has been',
      'a problem for years and nobody fixes it.',
    ),
    advice: 'Spend a day in a cab before changing delivery windows again.',
    helpful: 'Helpful (21)',
  },
  {
    head: 'Supportive team after a rough restructure',
    meta: 'Jul 18, 2026 - HR Advisor in Kelsworth',
    status: 'Current employee, more than 1 year',
    rating: '5.0',
    pros: j(
      'After last year’s restructure the new leadership genuinely listened. Hybrid working is respected, and I have had',
      'two paid training courses this year.',
    ),
    cons: 'Internal communication is still patchy and some teams hear about changes from the rumour mill first.',
    helpful: 'Helpful (3)',
  },
  {
    head: 'Fair employer if you keep your head down',
    meta: 'Jun 27, 2026 - Customer Service Adviser in Dunmore',
    status: 'Former employee, more than 2 years',
    rating: '3.0',
    pros: j(
      'Training in the first month is thorough, and the call centre team looks after each other. Sick pay is better than the legal',
      'minimum and nobody questioned me when I needed time off.',
    ),
    cons: j(
      'Targets are changed without warning and bonuses depend on them, so your take-home pay is hard to predict. Progression out of',
      'the call centre into planning roles is rare.',
    ),
    advice: 'Publish the targets for the whole quarter and stick to them.',
    helpful: 'Helpful (9)',
  },
];
const body = reviews.flatMap((r) => [r.head, r.pros, r.cons, ...(r.advice ? [r.advice] : [])]);
const nav = ['Community', 'Jobs', 'Companies', 'Salaries', 'For Employers'];
const tabs = ['Overview', 'Reviews', 'Jobs', 'Salaries', 'Interviews', 'Benefits', 'Photos'];
const also = ['Brannock Logistics', 'Cardale Parcel Services', 'Northway Haulage', 'Pellam Distribution'];
const foot = ['About / Press', 'Awards', 'Blog', 'Research', 'Contact Us', 'Guides', 'Help', 'Terms of Use', 'Privacy & Ad Choices'];
const card = (r: Review, i: number): string => `<li class="ReviewsList_reviewListItem__Hx3lx" data-test="review-list-item">
<div class="review-details_reviewDetails__4F4D6" id="empReview_8${i}1022" data-test="review-details-container">
<div class="review-details_topReview__5NRVX"><div class="review-details_overallRating__Rxhdr" data-test="review-rating-label">${r.rating}</div>
<span class="timestamp_reviewDate__fBGY6" data-test="review-details-date">${r.meta}</span></div>
<h2 class="review-details_isCollapsed__5mhq_" data-test="review-details-title"><a href="/Reviews/Employee-Review-Holloway-Freight-RVW8${i}1022.htm"
class="review-details_reviewTitle__N_7Rk">${r.head}</a></h2>
<div class="review-details_employeeDetails__LuKJ7" data-test="review-avatar-label">${r.status}</div>
<div class="review-details_reviewContent__dtbXQ"><div class="review-details_pro__f0Z8h"><p class="review-details_titleHeadline__Jppv_">Pros</p>
<p class="review-details_isExpanded__WaXyR"><span data-test="review-text-PROS">${r.pros}</span></p></div>
<div class="review-details_con__NR4Ba"><p class="review-details_titleHeadline__Jppv_">Cons</p>
<p class="review-details_isExpanded__WaXyR"><span data-test="review-text-CONS">${r.cons}</span></p></div>
${
  r.advice
    ? `<div class="review-details_advice__i0A3o"><p class="review-details_titleHeadline__Jppv_">Advice to Management</p>
<p><span data-test="review-text-FEEDBACK">${r.advice}</span></p></div>`
    : ''
}</div>
<div class="review-details_actions__Pb_Xl"><button class="button_Button__MlD2g" data-test="review-helpful-button">${r.helpful}</button>
<button class="button_Button__MlD2g" data-test="review-share-button">Share</button></div></div></li>`;
const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><title>Holloway Freight Reviews: What Is It Like to Work At Holloway
Freight? | Workscope</title><meta name="description" content="Read 412 Holloway Freight reviews from employees about culture, pay and managers."/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="https://www.workscope.example/Reviews/Holloway-Freight-Reviews-E88231.htm"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"EmployerAggregateRating","itemReviewed":{"@type":"Organization",
"name":"Holloway Freight"},"ratingValue":"3.6","ratingCount":412,"bestRating":"5","worstRating":"1"}</script>
<link rel="preload" href="/_next/static/css/4b2a1c9e0f.css" as="style"/></head>
<body><div id="__next"><div class="layout_root__Hw2Pr">
<header class="global-nav_header__mAXV_" data-test="global-nav"><a href="/" class="global-nav_logo__dK0fN" aria-label="Workscope Home"></a>
<nav><ul class="global-nav_links__2lHk_">${links(nav, 'global-nav_link__x4bJm')}</ul></nav>
<div class="global-nav_auth__Qm1ff"><a href="/profile/login_input.htm" data-test="sign-in-button">Sign In</a></div></header>
<div class="employer-header_employerHeader__Bs6aM" data-test="employer-header"><img src="https://media.workscope.example/sqll/88231/holloway.png"
alt="Holloway Freight logo" class="employer-header_logo__2xjdB"/>
<div><h1 class="employer-header_employerName__fD5jy" data-test="employer-name">${title}</h1>
<div class="employer-header_rating__k8eCj"><span data-test="rating-info">3.6</span> ★ <span>412 reviews</span></div></div>
<button class="employer-header_followButton__mzFWv" data-test="follow-button">Follow</button></div>
<nav class="employer-tabs_tabs__Gx3YA" data-test="employer-tabs"><ul>${links(tabs, 'employer-tabs_tab__jLq1F')}</ul></nav>
<main class="page-layout_main__Mx2xT"><div class="RatingHeadline_ratingSummary__Vw0q4" data-test="rating-headline">
<p class="RatingHeadline_sectionTitle__1ZPlQ">Holloway Freight employee reviews</p>
<p class="RatingHeadline_ratingInfo__kD8f2">71% would recommend to a friend</p><p>68% approve of the CEO</p></div>
<div class="FiltersBar_filtersBar__a1Zrs" data-test="filters-bar"><label for="sort">Sort by</label><select id="sort"><option>Most relevant</option>
<option>Most recent</option><option>Highest rating</option><option>Lowest rating</option></select>
<button data-test="filter-job-title">Job title</button><button data-test="filter-location">Location</button></div>
<ol class="ReviewsList_reviewsList__Qfw6M" data-test="reviews-list">
${reviews.map(card).join('\n')}
</ol>
<div class="Pagination_pagination__pL5Ez" data-test="pagination"><span>Viewing 1 - 5 of 412 reviews</span>
<a href="?page=2" data-test="pagination-next">Next</a></div>
<div class="hardsell_hardsellOverlay__Yt8cw" data-test="hardsell-overlay"><p class="hardsell_title__7Rl2M">Continue reading for free</p>
<p>Keep going by sharing something about your own job or salary, anonymously.</p><a href="/member/account/contribute" class="button_Button__MlD2g">Add a
review</a></div></main>
<aside class="page-layout_rail__o2k7U"><div class="AlsoViewed_alsoViewed__Tb7yz" data-test="people-also-viewed"><h3>People also viewed</h3>
<ul>${links(also, 'AlsoViewed_item__aM1Cw')}</ul></div>
<div class="ad-slot_adSlot__L2FtQ" data-test="ad-slot"><span class="ad-slot_label__rOjG1">Advertisement</span></div></aside>
<footer class="footer_footer__Vu8xk"><ul>${links(foot, 'footer_link__b3mBz')}</ul><p>Copyright © 2008-2026, Workscope LLC. "Workscope" and logo
are registered trademarks of Workscope LLC.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"employerId":88231,"reviewCount":412}},"page":"/reviews/[employer]",
"buildId":"b7Fq0sWnq2","isFallback":false}</script></body></html>`;
const page: TestPage = {
  name: 'heldout305-workscope-company-reviews-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts(body),
  bylines: reviews.map((r) => r.meta),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Sign In', '3.6', '412 reviews', 'Follow', ...tabs, 'Holloway Freight employee reviews', '71% would recommend to a friend',
    '68% approve of the CEO', 'Sort by', 'Most relevant', 'Most recent', 'Highest rating', 'Lowest rating', 'Job title', 'Location',
    ...reviews.map((r) => r.status), '4.0', '3.0', '5.0', 'Pros', 'Cons', 'Advice to Management', ...reviews.map((r) => r.helpful), 'Share',
    'Viewing 1 - 5 of 412 reviews', 'Next', 'Continue reading for free', 'Keep going by sharing something about your own job or salary, anonymously.',
    'Add a review', 'People also viewed', ...also, 'Advertisement', ...foot,
    'Copyright © 2008-2026, Workscope LLC. "Workscope" and logo are registered trademarks of Workscope LLC.',
  ],
};

export const HELDOUT305_B2: readonly TestPage[] = [page];
