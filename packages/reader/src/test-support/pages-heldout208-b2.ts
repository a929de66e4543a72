import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 208, file b2: a Glassdoor company reviews page (the Next.js site with CSS-module class names: the top nav,
 * the employer header with its tabs and counts, "Follow" and "Add a review", the rating summary with recommend and CEO
 * approval figures and the sub-ratings, the sort and filter bar, five review cards with rating, title, date, job line,
 * Recommend / CEO approval / Business outlook chips, Pros, Cons, Advice to Management, one employer response and the
 * Helpful / Share / Report buttons, the pagination, the sign-up wall, the OneTrust banner and the footer).
 */
const gdTitle = 'Marrowgate Logistics Reviews';
type Review = { rating: string; title: string; date: string; who: string; pros: string; cons: string; advice?: string; reply?: string };
const gdReviews: Review[] = [
  {
    rating: '4.0',
    title: 'Good pay for the area, long shifts in peak',
    date: 'Oct 14, 2025',
    who: 'Current Employee, more than 3 years · Shift Supervisor in Reno, NV',
    pros:
      'Pay is a couple of dollars above the other warehouses on the same road, overtime is paid properly, and the site manager ' +
      'actually walks the floor and knows people by name.',
    cons:
      'From October to January you should expect ten-hour shifts five or six days a week. Mandatory overtime is announced the day ' +
      'before, which makes childcare hard.',
    advice: 'Publish the peak rota a month ahead so people can plan their lives around it.',
  },
  {
    rating: '2.0',
    title: 'Fine job, no way up',
    date: 'Sep 29, 2025',
    who: 'Former Employee, less than 1 year · Inventory Control Associate in Columbus, OH',
    pros: 'Friendly team, clean building, and the health insurance is decent for hourly work.',
    cons:
      'I applied for three lead positions and each went to someone hired from outside. Nobody could tell me what I needed to do ' +
      'differently. Training for new systems is mostly a PDF.',
    reply:
      'Thank you for taking the time to share this. We have heard similar feedback at several sites, and since August every ' +
      'internal candidate who is not selected gets a feedback conversation with the hiring manager and a written development plan.',
  },
  {
    rating: '5.0',
    title: 'Best place I have worked in logistics',
    date: 'Sep 17, 2025',
    who: 'Current Employee, more than 5 years · Transportation Planner in Memphis, TN',
    pros:
      'Planners are trusted to make decisions. When I suggested consolidating two afternoon routes, I was asked to run the ' +
      'trial myself, and it saved enough that it is now standard at four sites.',
    cons: 'The planning software is old and slow, and the replacement has been coming next year for three years.',
  },
  {
    rating: '3.0',
    title: 'Depends entirely on your site',
    date: 'Aug 30, 2025',
    who: 'Current Employee · Operations Manager in Allentown, PA',
    pros: 'Benefits are the same everywhere and they are good: 401(k) match, tuition help, and paid parental leave for warehouse staff, ' + 'which is rare.',
    cons:
      'Culture is completely different from one building to the next. Some general managers are excellent, some run the place ' +
      'by shouting. Head office does not seem to notice the difference as long as the numbers are fine.',
    advice: 'Look at turnover by site, not just productivity, when you review your managers.',
  },
  {
    rating: '4.0',
    title: 'Solid first job after college',
    date: 'Aug 11, 2025',
    who: 'Former Employee, 1 to 3 years · Operations Analyst in Dallas, TX',
    pros:
      'The analyst program rotates you through three sites in two years, so you learn how the business really works. My manager ' +
      'gave me real projects from the first month.',
    cons: 'Salary for analysts is below what consultancies pay, and raises were capped at 3 percent during my time there.',
  },
];
const gdNav = ['Community', 'Jobs', 'Companies', 'Salaries', 'For Employers'];
const gdTabs = ['Overview', 'Reviews', 'Jobs', 'Salaries', 'Interviews', 'Benefits', 'Photos', 'Diversity'];
const gdCounts = ['2.1K', '48', '3.4K', '512', '290'];
const gdSub = ['Work/Life balance', 'Culture & values', 'Diversity & inclusion', 'Senior management', 'Compensation and benefits', 'Career opportunities'];
const gdSubScores = ['3.3', '3.6', '3.9', '3.1', '3.8', '3.2'];
const gdFilters = ['Sort by', 'Most relevant', 'Job function', 'Location', 'Employment status', 'Clear all'];
const gdChips = ['Recommend', 'CEO approval', 'Business outlook'];
const gdWall = [
  'Unlock the full picture',
  'Join Glassdoor to read all 2,148 reviews of Marrowgate Logistics and see how your salary compares.',
  'Continue with Google',
  'Continue with email',
];
const gdFoot = ['About / Press', 'Awards', 'Blog', 'Contact Us', 'Guides', 'Terms of Use', 'Privacy & Ad Choices', 'Do Not Sell Or Share My Information'];
const gdCookie =
  'We and our partners use cookies and similar technologies to run this site, remember your settings, measure how it is used and ' + 'show personalised ads.';
const gdStars = (r: string): string => `<span class="rating-single-star_RatingText__XENmU">${r}</span><div class="rating-stars_StarsContainer__8wbR_"
aria-label="${r} out of 5 stars" role="img"><svg class="rating-stars_Star__lvcFg" viewBox="0 0 24 24"></svg></div>`;
const gdReview = (r: Review, i: number): string => `<li class="ReviewsList_reviewListItem__LOKhV" data-test="review-${i}">
<div class="review-details_reviewContainer__2sqZk" id="empReview_9${i}42018"><div class="review-details_topReview__5NRVX">
<div class="review-details_overallRating__Rxhdr">${gdStars(r.rating)}</div><span class="timestamp_reviewDate__fBGY6">${r.date}</span></div>
<h3 class="heading_Heading__BqX5J heading_Level3__X81BK review-details_titleHeadline__Jppto"><a href="/Reviews/Employee-Review-Marrowgate-RVW9${i}42018.htm"
class="review-details_reviewTitle__V_hEM">${r.title}</a></h3><div class="review-avatar_avatarLabel__P15ey">
<span class="review-avatar_employee-details__Z7oBy">${r.who}</span></div>
<div class="review-details_experienceContainer__N6i4W">${gdChips
  .map(
    (c) => `<div class="rating-icon_ratingContainer__9UoJ6"><svg aria-hidden="true"></svg>
<span>${c}</span></div>`,
  )
  .join('')}</div>
<div class="review-details_pro__Bn6Mx"><p class="review-details_isCollapsed__5mhq6"><span class="review-text_reviewLabel__pXXq9">Pros</span></p>
<p class="review-details_isExpanded__t1VFy"><span data-test="review-text-PROS">${r.pros}</span></p></div>
<div class="review-details_con__2Ns0g"><p><span class="review-text_reviewLabel__pXXq9">Cons</span></p><p><span data-test="review-text-CONS">${r.cons}</span>
</p></div>
${
  r.advice === undefined
    ? ''
    : `<div class="review-details_advice__wMiNJ"><p><span class="review-text_reviewLabel__pXXq9">Advice to Management</span></p>
<p><span data-test="review-text-FEEDBACK">${r.advice}</span></p></div>`
}
${
  r.reply === undefined
    ? ''
    : `<div class="employer-response_responseContainer__8Hq3M"><p class="employer-response_responseHeader__1Yl6b">Marrowgate Logistics Response</p>
<span class="employer-response_responseDate__4fJ0x">Oct 2, 2025</span><p class="employer-response_responseText__dF5kL">${r.reply}</p></div>`
}
<div class="review-details_actions__KA4ma">
<button type="button" class="button_Button__MlD2g" aria-label="Mark this review as helpful" data-test="review-helpful">
<span>Helpful</span></button><button type="button" class="button_Button__MlD2g" data-test="review-share"><span>Share</span></button>
<button type="button" class="button_Button__MlD2g" data-test="review-report"><span>Report</span></button></div></div></li>`;
const gdHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marrowgate Logistics Reviews: Pros &amp; Cons of Working At Marrowgate Logistics | Glassdoor</title>
<meta name="description" content="2,148 Marrowgate Logistics reviews. A free inside look at company reviews and salaries posted anonymously by employees.">
<meta property="og:title" content="Marrowgate Logistics Reviews | Glassdoor"><meta property="og:site_name" content="Glassdoor">
<link rel="canonical" href="https://www.glassdoor.com/Reviews/Marrowgate-Logistics-Reviews-E4418203.htm">
<link rel="stylesheet" href="https://www.glassdoor.example/_next/static/css/5e2ab0a1c7f3d912.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"EmployerAggregateRating","itemReviewed":{"@type":"Organization","name":
"Marrowgate Logistics","sameAs":"https://www.marrowgate.example"},"ratingValue":"3.6","bestRating":"5","worstRating":"1","ratingCount":2148}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageCategory":"Reviews","employerId":4418203});</script></head>
<body><div id="__next"><header class="globalHeader_GlobalHeader__yn7_b" data-test="global-header"><a href="/index.htm" class="globalHeader_logo__f9jZ_"
aria-label="Glassdoor Home"><svg viewBox="0 0 118 24"></svg></a><nav aria-label="Main">
<ul class="globalHeader_navList__L4d0Y">${links(gdNav, 'globalHeader_navItem')}</ul>
</nav><div class="globalHeader_search__9c_wO"><input type="search" placeholder="Search" aria-label="Search"></div><a href="/profile/login_input.htm"
class="globalHeader_signIn__MAHmf">Sign In</a></header>
<main id="MainCol" class="reviews-page_mainCol__7H_Da"><div class="employer-header_employerHeader__w8GpX" data-test="employer-header">
<img class="employer-header_logo__p3xk5" alt="Marrowgate Logistics logo" src="https://media.glassdoor.example/sqll/4418203/marrowgate.png">
<div class="employer-header_info__bF4aG"><p class="employer-header_name__N7n2s">Marrowgate Logistics</p><div class="employer-header_actions__aSeDf">
<button type="button" class="button_Button__MlD2g">Follow</button><a class="button_Button__MlD2g" href="/mz-survey/employer/collectReview_input.htm?i=4418203">
Add a review</a></div></div><nav aria-label="Company pages" class="employer-header_tabs__fv0Hr"><ul>${gdTabs
  .map(
    (t, i) => `<li><a href="/${t}/Marrowgate-E4418203.htm"${t === 'Reviews' ? ' aria-current="page"' : ''}><span class="eiNav_label__Kdzts">${t}</span>
${gdCounts[i - 1] === undefined || i === 0 ? '' : `<span class="eiNav_count__8Fz2q">${gdCounts[i - 1]}</span>`}</a></li>`,
  )
  .join('')}</ul></nav></div>
<div class="reviews-page_content__L2Nee"><h1 class="heading_Heading__BqX5J heading_Level1__soLZs">${gdTitle}</h1>
<section class="rating-headline_ratingHeadline__ts6mD" data-test="rating-headline"><p class="rating-headline-average_rating__J5rIy">3.6</p>
${gdStars('3.6')}<p class="rating-headline_count__Ye4PZ">2,148 reviews</p><div class="rating-headline_donuts__xCq8h">
<p><span>72%</span> would recommend to a friend</p><p><span>81%</span> approve of CEO</p><p class="rating-headline_ceo__0x4y1">Dana Whitcombe</p></div>
<ul class="ratings-by-category_list__3Kq0k">${gdSub
  .map(
    (s, i) => `<li><span>${s.replace('&', '&amp;')}</span><span>${gdSubScores[i]}</span>
</li>`,
  )
  .join('')}</ul></section>
<div class="filters_filterBar__1Nd3h" data-test="review-filters"><label for="sortBy">${gdFilters[0]}</label>
<button id="sortBy" type="button">${gdFilters[1]}</button>
${gdFilters
  .slice(2)
  .map((f) => `<button type="button" class="chip_Chip__4Pz2m">${f}</button>`)
  .join('')}</div><p class="reviews-page_count__mQq3_">Viewing 1 - 5 of 2,148 reviews</p>
<ol class="ReviewsList_reviewsList__6BZ7a" data-test="reviews-list">${gdReviews.map(gdReview).join('\n')}</ol>
<nav class="pagination_Pagination__b0J6D" aria-label="Pagination"><button type="button" disabled aria-label="Previous">Previous</button>
<span class="pagination_current__1s2Dn">1</span><a href="/Reviews/Marrowgate-Logistics-Reviews-E4418203_P2.htm">2</a>
<a href="/Reviews/Marrowgate-Logistics-Reviews-E4418203_P3.htm">3</a>
<a href="/Reviews/Marrowgate-Logistics-Reviews-E4418203_P2.htm" aria-label="Next">Next</a></nav>
<div class="hardsell_hardsellOverlay__ZQ1yT" data-test="hardsell"><h2>${gdWall[0]}</h2><p>${gdWall[1]}</p><button type="button">${gdWall[2]}</button>
<button type="button">${gdWall[3]}</button></div></div></main>
<footer class="footer_Footer__wE9oE"><ul class="footer_links__3e93a">${links(gdFoot, 'footer_link')}</ul>
<p class="footer_copyright__6QUXm">Copyright © 2008-2025. Glassdoor LLC.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${gdCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"employerId":4418203,"reviewCount":2148}},"page":"/reviews"}</script>
<script src="https://www.glassdoor.example/_next/static/chunks/pages/reviews-3c1f8a2e.js" async></script></body></html>`;
export const glassdoorReviews: TestPage = {
  html: gdHtml,
  name: 'heldout208-glassdoor-company-reviews',
  kind: 'forum',
  // each review is a post: its title is a heading, its Pros, Cons and Advice texts and the employer response are body; the
  // review date, the reviewer's status and job line, the "Marrowgate Logistics Response" label and its date are bylines;
  // the "Pros", "Cons" and "Advice to Management" labels are in neither list; ratings, chips, buttons, the rating summary,
  // header tabs and counts, filters, pagination, the sign-up wall, cookie banner and footer are furniture
  title: gdTitle,
  headings: gdReviews.map((r) => r.title),
  body: texts(gdReviews.flatMap((r) => [r.pros, r.cons, ...(r.advice === undefined ? [] : [r.advice]), ...(r.reply === undefined ? [] : [r.reply])])),
  bylines: [...gdReviews.flatMap((r) => [r.date, r.who]), 'Marrowgate Logistics Response', 'Oct 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gdNav, 'Sign In', 'Marrowgate Logistics', 'Follow', 'Add a review', ...gdTabs, ...gdCounts, '3.6', '2,148 reviews', '72% would recommend to a friend',
    '81% approve of CEO', 'Dana Whitcombe', ...gdSub, ...gdSubScores, ...gdFilters, 'Viewing 1 - 5 of 2,148 reviews', '4.0', '2.0', '5.0', ...gdChips,
    'Helpful', 'Share', 'Report', 'Previous', 'Next', ...gdWall, ...gdFoot, 'Copyright © 2008-2025. Glassdoor LLC.', gdCookie, 'Accept All Cookies',
    'Reject All', 'Cookie Settings',
  ],
};
