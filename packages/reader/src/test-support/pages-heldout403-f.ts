import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file f: a continuing education short course page on a Modern Campus Destiny One storefront (a product
 * page: the public header with "Log In" and "Cart", the course profile with course code, the description, outcomes and notes,
 * a sections table with dates, times, instructor, fee and "Add to Cart" per section, the "Related Certificates" box, the
 * "Share this course" links, the "Join our mailing list" box and the storefront footer).
 */
const title = 'Introduction to Grant Writing for Nonprofits';
const desc = [
  `Learn how to find the right funders and write proposals that get read. This hands-on course walks you through every part of a
grant application, from the needs statement and project description to the budget narrative and evaluation plan.`,
  `You will work on a real proposal for your own organization or a case-study nonprofit, and receive written feedback on two drafts
from an instructor who has reviewed grants for community foundations for more than fifteen years.`,
];
const outcomesIntro = 'By the end of this course you will be able to:';
const outcomes = [
  'Research foundation, corporate and government funding opportunities',
  'Write a clear needs statement supported by evidence',
  'Build a project budget and explain it in a budget narrative',
  'Plan simple, credible measures of program success',
];
const notes = `Sessions are held live online; recordings are available for 14 days. Participants who attend all sessions and submit
the final proposal earn 1.2 Continuing Education Units (CEUs). Registration closes three days before the first session.`;
const sections: [string, string, string, string][] = [
  ['GRNT 101-01', 'Mar 3 – Mar 31, 2027 · Tue 6:00pm – 8:30pm', 'Oluwaseun Breck', '$395.00'],
  ['GRNT 101-02', 'Apr 10 – May 8, 2027 · Sat 9:00am – 11:30am', 'Clara Vinterberg', '$395.00'],
];
const menu = ['Browse Courses', 'Certificates', 'Corporate Training', 'Help'];
const certs = ['Nonprofit Management Certificate', 'Fundraising and Development Certificate'];
const share = ['Email', 'Facebook', 'LinkedIn', 'X'];
const foot = ['Refund Policy', 'Privacy Statement', 'Contact Us'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Introduction to Grant Writing for Nonprofits | Kellan Bay University Continuing Studies</title>
<meta name="description" content="Learn how to find the right funders and write proposals that get read.">
<link rel="stylesheet" href="/portal/styles/public-theme.css">
<link rel="canonical" href="https://cs.kellanbay.example/public/category/courseCategoryCertificateProfile.do">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${title}","courseCode":"GRNT 101",
"hasCourseInstance":[{"@type":"CourseInstance","courseMode":"online","startDate":"2027-03-03"}]}</script>
<script>var dvPublic = {"srcId":"gsrc","studentLoggedIn":false,"cartCount":0};</script></head>
<body class="publicBody"><div id="skipLinks"><a href="#mainContent">Skip to main content</a></div>
<header id="publicHeader" class="header"><div class="headerLogo"><a href="/"><img src="/portal/images/logo.png" alt="Kellan Bay University Continuing
Studies"></a></div><nav id="publicNav" class="navbar"><ul class="nav">${links(menu, 'navItem')}</ul></nav>
<div class="headerUtility"><a href="/public/student/login.do" class="loginLink">Log In</a> <a href="/public/cart.do" class="cartLink">Cart (0)</a>
</div></header>
<main id="mainContent"><div id="courseProfile" class="courseProfile"><div class="courseProfileHeader"><h1 id="courseProfileTitle">${title}</h1>
<p class="courseCode"><span class="label">Course Code:</span> GRNT 101</p></div>
<div id="courseProfileDescription" class="courseProfileSection"><h2>Course Description</h2>
${ps(desc)}</div>
<div id="courseProfileOutcomes" class="courseProfileSection"><h2>Learning Outcomes</h2><p>${outcomesIntro}</p><ul>${lis(outcomes)}</ul></div>
<div id="courseProfileNotes" class="courseProfileSection"><h2>Notes</h2><p>${notes}</p></div>
<div id="courseProfileSections" class="courseProfileSection"><h2 class="sectionsHeader">Sections</h2>
${sections
  .map(
    ([code, when, who, fee]) => `<div class="courseSectionDetails"><table class="sectionDetailsTable" role="presentation"><tbody>
<tr><th scope="row">Section Code</th><td>${code}</td></tr><tr><th scope="row">Schedule</th><td>${when}</td></tr>
<tr><th scope="row">Instructor</th><td>${who}</td></tr><tr><th scope="row">Delivery</th><td>Online – live</td></tr>
<tr><th scope="row">Section Fee</th><td>${fee}</td></tr></tbody></table>
<div class="sectionActions"><button class="btn addToCart" data-section="${code}">Add to Cart</button> <a class="sectionDetailsLink" href="#">View Details</a>
</div></div>`,
  )
  .join('\n')}</div>
<div id="courseRelatedCertificates" class="courseProfileSection"><h2>Related Certificates</h2><ul>${links(certs)}</ul></div>
<div class="shareCourse"><span>Share this course</span><ul class="shareLinks">${links(share)}</ul></div></div>
<aside id="mailingList" class="sidebarBox"><h3>Join our mailing list</h3><p>Be the first to hear about new courses and early-bird discounts.</p>
<a class="btn" href="/public/mailingList.do">Sign Up</a></aside></main>
<footer id="publicFooter"><ul class="footerLinks">${links(foot)}</ul>
<p>Kellan Bay University Continuing Studies · 400 Harbor Street, Kellan Bay, OR 97401 · (541) 555-0182</p>
<p class="poweredBy">Powered by Modern Campus</p></footer>
<script src="/portal/scripts/public.min.js"></script></body></html>`;

const cont: TestPage = {
  name: 'heldout403-destiny-one-short-course',
  kind: 'docs',
  html,
  title,
  headings: ['Course Description', 'Learning Outcomes', 'Notes'],
  body: texts([...desc, outcomesIntro, ...outcomes, notes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...menu, 'Log In', 'Cart (0)', 'Course Code:', 'GRNT 101', 'Sections', 'Section Code', 'Schedule', 'Instructor',
    'Delivery', 'Online – live', 'Section Fee', ...sections.flat(), 'Add to Cart', 'View Details', 'Related Certificates', ...certs, 'Share this course',
    'Email', 'Facebook', 'LinkedIn', 'Join our mailing list', 'Be the first to hear about new courses and early-bird discounts.', 'Sign Up', ...foot,
    'Kellan Bay University Continuing Studies · 400 Harbor Street, Kellan Bay, OR 97401 · (541) 555-0182', 'Powered by Modern Campus',
  ],
};

export const HELDOUT403_F: readonly TestPage[] = [cont];
