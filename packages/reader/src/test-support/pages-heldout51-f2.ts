import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 51, file f2: a Glassdoor company reviews page as a signed-out visitor saves it in 2025 (the top bar,
 * the employer header with logo, "Follow" and "Add a review", the tab bar with counts, the rating summary with the CEO
 * approval and the category bars, the generated pros and cons highlights, the filter and sort row, the review cards with
 * rating, title, date-role-location line, employment status, recommend/CEO/outlook chips, "Pros", "Cons" and "Advice to
 * Management", helpful and share buttons, one employer response, the sign-in wall over the list, pagination, the "People
 * also viewed" rail, the footer and the Apollo state script).
 */
const gdCo = 'Harrow & Pike Logistics';
const gdTitle = `${gdCo} reviews`;
interface GdReview {
  rating: string;
  title: string;
  line: string;
  status: string;
  pros: string;
  cons: string;
  advice?: string;
  helpful: string;
  response?: { line: string; text: string };
}
const gdReviews: GdReview[] = [
  {
    rating: '4.0',
    title: 'Solid place to learn the trade, slow to promote',
    line: 'Nov 12, 2025 - Warehouse Shift Supervisor in Daventry, England',
    status: 'Current employee, more than 3 years',
    pros:
      'Proper training from day one, including forklift and first-aid certificates paid for by the company. Shift patterns ' +
      'are published six weeks ahead and managers respect swaps. The pension contribution is better than anywhere else I have ' +
      'worked in the area.',
    cons: 'Promotion is slow unless you are willing to move to another site. Peak season from October to January is exhausting.',
    advice: 'Advertise supervisor roles internally before going outside. Plenty of us are ready.',
    helpful: 'Helpful (23)',
  },
  {
    rating: '2.0',
    title: 'Good people, chaotic systems',
    line: 'Oct 28, 2025 - Transport Planner in Milton Keynes, England',
    status: 'Former employee, less than 1 year',
    pros: 'My immediate team were brilliant and always covered for each other. Hybrid working for office roles is genuinely respected.',
    cons:
      'The routing software crashes several times a week and planners spend hours fixing loads by hand. Three reorganisations ' +
      'in the eleven months I was there, each announced by email on a Friday afternoon.',
    helpful: 'Helpful (41)',
    response: {
      line: 'Harrow & Pike Logistics response · Nov 3, 2025 · Head of People',
      text:
        'Thank you for taking the time to share this. We replaced the routing system across all planning offices in ' +
        'September, and we have committed to announcing structural changes in person, not by email. We would welcome the ' +
        'chance to talk further.',
    },
  },
  {
    rating: '5.0',
    title: 'Best employer I have had in logistics',
    line: 'Oct 9, 2025 - HGV Driver in Doncaster, England',
    status: 'Current employee, more than 5 years',
    pros:
      'Modern trucks, sensible routes and you are home every night. When my daughter was ill the depot manager rearranged my ' +
      'runs for a month without me having to ask twice.',
    cons: 'Canteen at the Doncaster depot closes at two, which is no good for late shifts.',
    helpful: 'Helpful (9)',
  },
  {
    rating: '3.0',
    title: 'Fine for a few years, pay lags behind',
    line: 'Sep 30, 2025 - Customer Service Advisor in Northampton, England',
    status: 'Current employee, more than 1 year',
    pros:
      'Friendly office, free parking and a proper lunch break. Team leaders are approachable and the induction covers ' +
      'everything you need to handle calls on your own within a fortnight.',
    cons: 'Salary reviews are once a year and rarely keep up with prices. Call targets go up every quarter while the number of ' + 'advisors stays the same.',
    helpful: 'Helpful (14)',
  },
];
const gdTop = ['Community', 'Jobs', 'Companies', 'Salaries', 'For Employers'];
const gdTabs = ['Overview', 'Reviews 1.2K', 'Jobs 84', 'Salaries 3.1K', 'Interviews 402', 'Benefits 211', 'Photos'];
const gdCats = [
  'Culture & values',
  '3.5',
  'Diversity, equity & inclusion',
  '3.9',
  'Work/life balance',
  '3.2',
  'Senior management',
  '3.0',
  'Compensation and benefits',
  '3.7',
  'Career opportunities',
  '3.3',
];
const gdProsHi = ['“good training” (in 61 reviews)', '“friendly team” (in 48 reviews)', '“pension” (in 33 reviews)'];
const gdConsHi = ['“long hours” (in 57 reviews)', '“peak season” (in 40 reviews)', '“slow promotion” (in 22 reviews)'];
const gdChips = ['Recommend', 'CEO approval', 'Business outlook'];
const gdAlso = ['Northgate Freight', 'Calder Distribution', 'Brightline Parcels', 'Oakfield Supply Chain'];
// biome-ignore format: the footer columns are packed several to a line to keep the file short
const gdFoot = ['About / Press', 'Awards', 'Blog', 'Research', 'Contact Us', 'Guides', 'Employers: Get a free employer account', 'Employer center',
  'Information', 'Help', 'Guidelines', 'Terms of use', 'Privacy & ad choices', 'Do not sell or share my information', 'Cookie consent tool',
  'Work with us', 'Advertisers', 'Careers'];
const amp = (s: string): string => s.replace(/&/g, '&amp;');
const gdCard = (r: GdReview, i: number): string => `<li class="ReviewsList_reviewListItem__wPhXp" id="empReview_${98441230 + i}">
<div class="review-details_reviewDetails__4A7cG" data-test="review-details-container"><div class="review-details_topReview__5NRVX">
<span class="review-details_overallRating__Rxhdr" data-test="review-rating-label">${r.rating}</span><div class="rating-star-icons" aria-hidden="true"></div>
<span class="timestamp_reviewDate__dsF9n" data-test="review-avatar-label">${r.line.replace(/&/g, '&amp;')}</span></div>
<h3 class="heading_Heading__BqX5J heading_Subhead__Ip1aW"><a href="/Reviews/Employee-Review-Harrow-and-Pike-RVW${98441230 + i}.htm"
 class="review-details_link__2SeZ4" data-test="review-details-title">${r.title}</a></h3><div class="review-details_employeeDetails__LuKJ7">
<span class="review-avatar_avatarLabel__P15ey" data-test="review-avatar-label">${r.status}</span></div>
<div class="rating-icon_ratingContainer__9UoJ6">${gdChips
  .map(
    (t) => `<span class="rating-icon_ratingLabel__6fJ6i"><span class="rating-icon">
</span>${t}</span>`,
  )
  .join('')}</div>
<div class="review-details_pro__rAbGS" data-test="review-text-pros"><p class="review-details_isExpanded__9fzWG">
<span class="review-details_title__f5Msv">Pros</span></p>
<p class="review-text_reviewTextContent__w8D3L"><span data-test="review-text-PROS">${r.pros}</span></p></div>
<div class="review-details_con__9IvnD" data-test="review-text-cons"><p><span class="review-details_title__f5Msv">Cons</span></p>
<p class="review-text_reviewTextContent__w8D3L"><span data-test="review-text-CONS">${r.cons}</span></p></div>${
  r.advice === undefined
    ? ''
    : `<div data-test="review-text-feedback"><p><span class="review-details_title__f5Msv">Advice to Management</span></p><p><span>${r.advice}</span></p></div>`
}${
  r.response === undefined
    ? ''
    : `<div class="employer-response_employerResponse__0Fsmp" data-test="employer-response">
<p class="employer-response_title__Wa3ZQ">${amp(r.response.line)}</p>
<p class="employer-response_text__3Hq9W">${r.response.text}</p></div>`
}<div class="review-details_actionBar__vp4Gq"><button class="button_Button__MlD2g" data-test="review-helpful-button">${r.helpful}</button>
<button class="button_Button__MlD2g" aria-label="Share">Share</button><button class="button_Button__MlD2g" aria-label="Flag review">Report</button></div>
</div></li>`;
const gdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${amp(gdCo)} Reviews: Pros And Cons of Working At ${amp(gdCo)} | Glassdoor</title>
<meta name="description" content="1,214 ${amp(gdCo)} reviews. A free inside look at company reviews and salaries posted anonymously by employees.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"EmployerAggregateRating","itemReviewed":{"@type":"Organization",
"name":"${amp(gdCo)}","sameAs":"https://www.harrowandpike.example"},"ratingValue":"3.6","bestRating":"5","worstRating":"1","ratingCount":1214}</script>
<style data-emotion="css-global">.hardsellOverlay{position:fixed;inset:0;background:rgba(255,255,255,.92)}</style></head>
<body><div id="__next"><header class="header_Header__YyM6r" data-test="global-nav">
<a href="/" aria-label="Glassdoor home" class="header_logo__b4H3T">Glassdoor</a>
<nav><ul>${links(gdTop, 'header_navItem__kX1c1')}</ul></nav><form role="search"><input placeholder="Find your next job" aria-label="Search"></form>
<a class="button_Button__MlD2g" href="/profile/login_input.htm">Sign in</a></header>
<main class="page_pageContainer__ZeWZF"><div class="employer-header_employerHeader__8Vw9l">
<img alt="${amp(gdCo)} logo" src="https://media.glassdoor.com/sql/77120/hp.png">
<div><h1 class="heading_Heading__BqX5J heading_Level1__soLZs">${amp(gdTitle)}</h1><p class="employer-header_website__JQ1hZ">harrowandpike.example</p></div>
<div class="employer-header_actions__KVb0C"><button>Follow</button>
<a class="button_Button__MlD2g" href="/mz-survey/employer/collectReview_input.htm">Add a review</a></div></div>
<nav class="employer-nav_nav__vz4Qb" aria-label="Company profile"><ul>${links(gdTabs, 'employer-nav_item__3Ix4A')}</ul></nav>
<section class="rating-headline_ratingHeadline__ad8gy"><p class="rating-headline-average_rating__J5rIy">3.6</p>
<div class="rating-star-icons" aria-label="3.6 out of 5 stars"></div>
<p>Based on 1,214 reviews</p><ul class="rating-headline_donuts__PzN2b"><li><span>68%</span> Recommend to a friend</li><li>
<span>81%</span> Approve of CEO</li></ul>
<p class="ceo_name__Oo3iS">Dana Whitcombe</p><ul class="rating-categories">${gdCats
  .map((t, i) => (i % 2 === 0 ? `<li><span>${amp(t)}</span>` : `<span class="rating-categories_value">${t}</span></li>`))
  .join('')}</ul></section>
<section class="review-highlights_reviewHighlights__1EvLB"><h2>Review highlights</h2><div><h3>Pros</h3>
<ul>${gdProsHi.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div><h3>Cons</h3><ul>${gdConsHi.map((t) => `<li>${t}</li>`).join('')}</ul></div><p class="disclaimer">Highlights are generated from employee reviews.</p>
</section>
<div class="filters_filtersContainer__xA6lV"><input placeholder="Search job titles" aria-label="Search job titles"><button>Filter</button>
<span>Sort by:</span> <button aria-haspopup="listbox">Most relevant</button><span>Showing 1–4 of 1,214 reviews</span></div>
<ol class="ReviewsList_reviewsList__Qfw6M">${gdReviews.map(gdCard).join('\n')}</ol>
<div class="hardsellOverlay" role="dialog" aria-modal="true" aria-labelledby="hardsell-title"><h2 id="hardsell-title">Keep reading reviews for free</h2>
<p>Sign in or create an account to see all of the reviews, salaries and interview questions for ${amp(gdCo)}.</p>
<button>Continue with Google</button><button>Continue with email</button></div>
<div class="pagination_ListContainer__Y3LVK" role="navigation" aria-label="Pagination"><button aria-label="Previous">‹</button><span>1</span><span>2</span>
<span>3</span><span>…</span><span>405</span><button aria-label="Next">›</button></div>
<aside class="also-viewed"><h2>People also viewed</h2><ul>${links(gdAlso)}</ul></aside></main>
<footer class="footer_Footer__PKqr4"><ul>${links(gdFoot)}</ul><p>Copyright © 2008–2025, Glassdoor LLC. "Glassdoor" and logo are registered trademarks of
 Glassdoor LLC.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"apolloState":{"Employer:77120":{"shortName":"${amp(gdCo)}","ratings":
{"overallRating":3.6,"reviewCount":1214}}}}},"page":"/Reviews/[employer]"}</script></body></html>`;
export const glassdoor: TestPage = {
  html: gdHtml,
  name: 'heldout51-glassdoor-company-reviews',
  kind: 'forum',
  // a page that is only reviews: each review's title, pros, cons and advice are body ("Pros", "Cons" and "Advice to
  // Management" are field labels, in neither) and so is the employer's response, a reply on the list; the page's h1 is the
  // title; the reviews are anonymous: each one's date-role-location line is its author line (a byline), as is the
  // response's "… response · date · Head of People" line; employment status, ratings, the recommend/CEO/outlook chips,
  // "Helpful (n)", share/report, the rating summary with the CEO's name and category bars, the generated highlights, filters,
  // the sign-in wall, pagination, "People also viewed", header, tabs and footer are furniture (the highlights' "Pros" and
  // "Cons" heads are the field labels' words: in neither); the "Share" button is a word of the body ("to share this"): left out
  title: gdTitle,
  headings: [],
  body: gdReviews.flatMap((r) => [r.title, r.pros, r.cons, r.advice, r.response?.text].filter((t): t is string => t !== undefined)),
  bylines: [...gdReviews.map((r) => r.line), gdReviews[1]!.response!.line],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Glassdoor', ...gdTop, 'Sign in', 'harrowandpike.example', 'Follow', 'Add a review', ...gdTabs, '3.6', 'Based on 1,214 reviews', 'Recommend to a friend',
    'Approve of CEO', '68%', '81%', 'Dana Whitcombe', ...gdCats, 'Review highlights', ...gdProsHi, ...gdConsHi,
    'Highlights are generated from employee reviews.', 'Filter', 'Sort by:', 'Most relevant', 'Showing 1–4 of 1,214 reviews',
    ...new Set(gdReviews.flatMap((r) => [r.rating, r.status, r.helpful]).filter((t) => !gdCats.includes(t))), ...gdChips, 'Report',
    'Keep reading reviews for free',
    `Sign in or create an account to see all of the reviews, salaries and interview questions for ${gdCo}.`, 'Continue with Google',
    'Continue with email', '‹', '›', '405', 'People also viewed', ...gdAlso, ...gdFoot,
    'Copyright © 2008–2025, Glassdoor LLC. "Glassdoor" and logo are registered trademarks of Glassdoor LLC.',
  ],
};
