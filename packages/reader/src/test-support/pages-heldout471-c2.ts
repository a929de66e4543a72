import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout471-kit.js';

/** Held-out batch 471, file c2: an electrical contractor's customer review page on Webflow (a CMS collection list with pagination). */
const rTitle = 'What our customers say';
const rDek = 'Rated 4.9 out of 5 from 386 reviews on Google and our own follow-up surveys.';
const rIntro = j(
  'We ask every customer for feedback a week after the job is done, and we publish what they tell us, good or bad.',
  'These are the most recent reviews, newest first.',
);
const rReviews: readonly (readonly [string, string, string, string])[] = [
  [
    j(
      'Tomasz and his apprentice replaced our 1970s fuse box with a new 200 amp panel in one day. They turned the power back on',
      'before dinner, labeled every breaker and walked me through the whole thing. The inspector signed it off the following week.',
    ),
    'Heather M.',
    'October 28, 2025',
    'Panel upgrade',
  ],
  [
    j(
      'Quick to schedule and the quote matched the invoice to the dollar. The charger is mounted exactly where I wanted it in the',
      'garage, and the permit was handled for me.',
    ),
    'Luis P.',
    'October 21, 2025',
    'EV charger',
  ],
  [
    j(
      'Half the outlets in our kitchen died on a Sunday night. Kestrel had someone out Monday at 8 a.m., found a burnt connection',
      'behind the fridge and fixed it in under an hour.',
    ),
    'Anita & Rob S.',
    'October 14, 2025',
    'Repairs',
  ],
  [
    j(
      'Good work on the recessed lights, but the crew arrived two hours later than the window we were given and nobody called.',
      'The office apologized and took the trip charge off, which I appreciated.',
    ),
    'Dwayne K.',
    'October 9, 2025',
    'Lighting',
  ],
  [
    j('Second time using Kestrel. They rewired the detached workshop and added a subpanel. Tidy, polite and they cleaned up', 'every bit of drywall dust.'),
    'Margaret O.',
    'September 30, 2025',
    'Rewiring',
  ],
];
const rNav = ['Services', 'Service Area', 'Reviews', 'About', 'Get a Quote'];
const rFoot = ['Residential', 'Commercial', 'EV Chargers', 'Careers', 'Privacy'];
const rCard = ([text, who, when, service]: readonly [string, string, string, string]): string => `<div role="listitem" class="review-card w-dyn-item">
<div class="review-stars"><div class="star-rating">★★★★★</div></div><p class="review-text">${text}</p>
<div class="review-meta"><div class="review-name">${who.replace(/&/g, '&amp;')}</div><div class="review-date">${when}</div></div>
<div class="service-tag">${service}</div></div>`;
const rHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 04 2025 17:21:08 GMT+0000 -->
<html data-wf-domain="www.kestrelelectric.com" data-wf-page="6523f0a1b2c3d4e5f6a7b8c9" data-wf-site="6523f0a1b2c3d4e5f6a7b8a0" lang="en">
<head><meta charset="utf-8"><title>Reviews | Kestrel Electric | Bellamy, OR</title>
<meta content="Read reviews from Kestrel Electric customers in Bellamy and the Tualatin foothills." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6523f0a1b2c3d4e5f6a7b8a0/css/kestrel-electric.webflow.4f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Electrician","name":"Kestrel Electric",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"386"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/6523f0a1b2c3d4e5f6a7b8a0/kestrel-logo.svg"
loading="lazy" alt="Kestrel Electric" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${rNav
  .map(
    (t) =>
      `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'Reviews' ? ' w--current' : ''}"${
        t === 'Reviews' ? ' aria-current="page"' : ''
      }>${t}</a>`,
  )
  .join('\n')}</nav>
<a href="tel:5035550126" class="nav-phone w-inline-block"><div class="phone-text">(503) 555-0126</div></a>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${rTitle}</h1>
<p class="paragraph-lg">${rDek}</p></div></section>
<section class="section reviews"><div class="w-layout-blockcontainer container w-container"><p class="paragraph-intro">${rIntro}</p>
<div class="reviews-collection w-dyn-list"><div role="list" class="reviews-grid w-dyn-items">${rReviews.map(rCard).join('\n')}</div>
<div class="w-dyn-empty"><div>No items found.</div></div>
<div role="navigation" aria-label="List" class="w-pagination-wrapper pagination"><a href="?e4b1c9a2_page=2" aria-label="Next Page"
class="w-pagination-next next-button"><div class="w-inline-block">Next</div><svg class="w-pagination-next-icon" height="12px" width="12px"
xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" transform="translate(0, 1)"><path fill="none" stroke="currentColor" fill-rule="evenodd"
d="M4 2l4 4-4 4"></path></svg></a><link rel="prerender" href="?e4b1c9a2_page=2"><div class="w-page-count page-count" aria-label="Page 1 of 78"
role="heading">1 / 78</div></div></div></div></section>
<section class="section cta-band"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-lg">Worked with us recently?</h2>
<p>Tell us how we did. It takes two minutes.</p><a href="https://g.page/r/kestrel-electric/review" class="button w-button">Leave a review</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid">
<div class="footer-col"><div class="footer-heading">Kestrel Electric</div><p class="footer-text">2217 Larch Street, Bellamy, OR 97140</p>
<p class="footer-text">Oregon CCB #219044</p></div><div class="footer-col">${rFoot
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="footer-link">${t}</a>`,
  )
  .join('\n')}</div></div><div class="footer-legal">© 2025 Kestrel Electric LLC</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6523f0a1b2c3d4e5f6a7b8a0" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6523f0a1b2c3d4e5f6a7b8a0/js/webflow.b71c9d3e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout471-webflow-reviews',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: [rDek, rIntro, ...rReviews.map(([text]) => text)],
  bylines: rReviews.flatMap(([, who, when]) => [who, when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav.filter((t) => t !== 'Reviews'), '(503) 555-0126', '★★★★★', ...rReviews.map(([, , , service]) => service), 'Next', '1 / 78',
    'Worked with us recently?',
    'Tell us how we did. It takes two minutes.', 'Leave a review', 'Kestrel Electric', '2217 Larch Street, Bellamy, OR 97140', 'Oregon CCB #219044',
    ...rFoot, '© 2025 Kestrel Electric LLC',
  ],
};

export const HELDOUT471_C2: readonly TestPage[] = [webflow];
