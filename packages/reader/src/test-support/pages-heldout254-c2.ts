import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file c2: a VolunteerMatch-style volunteer opportunity page (top nav, search bar, breadcrumbs, the
 * opportunity header with the organisation, "I Want to Help" and share buttons, the description, skills and "good fit for"
 * chips, a when / where box with a map, the organisation card, similar opportunities, the app promo, cookie notice and footer).
 */
const vTitle = 'Weekend Food Rescue Driver';
const vDesc = [
  j(
    'Every Saturday and Sunday, grocery stores across the east side set aside bread, produce and dairy that is still good to eat',
    'but cannot be sold. Our drivers collect it and bring it to six pantries before noon, so it reaches families the same day.',
  ),
  j(
    'As a food rescue driver you will use your own car to complete one route of three or four pickups, taking about two and a half',
    'hours. We reimburse mileage at the federal rate and provide insulated bags and a cooler for chilled items.',
  ),
  'This is a great role for people who like to be on the move, enjoy chatting with store staff and want to see the difference they make.',
];
const vH2 = 'What you will do';
const vDo = [
  'Pick up donated food from partner stores using our route app',
  'Check temperatures and log weights for each pickup',
  'Deliver to pantry volunteers and help unload',
];
const vH3 = 'Requirements';
const vReq = [
  'Valid driver’s license and proof of insurance',
  'Able to lift 30 pounds',
  'Commitment of two weekends per month for at least three months',
  'Must be 18 or older; background check required',
];
const vSkills = ['Driving', 'Customer Service', 'Logistics'];
const vFit = ['Adults', 'Seniors', 'Groups'];
const vNav = ['Find Opportunities', 'For Nonprofits', 'For Companies', 'Blog'];
const vCrumbs = ['Volunteer', 'Hunger', 'Columbus, OH'];
const vSimilar = ['Pantry Shelf Stocker (Tuesday evenings)', 'Delivery Driver for Homebound Seniors', 'Community Garden Harvest Helper'];
const vFoot = ['About Us', 'Careers', 'Help Center', 'Privacy Policy', 'Terms of Use', 'Accessibility'];
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Volunteer Opportunity: ${vTitle} - Eastgate Food Rescue Alliance - VolunteerMatch</title>
<meta name="description" content="Collect surplus groceries on weekend mornings and deliver them to local pantries.">
<meta property="og:title" content="${vTitle}"><meta property="og:site_name" content="VolunteerMatch"><link rel="canonical"
href="https://www.volunteermatch.example/en/opportunity/3891204">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VolunteerAction","name":"${vTitle}","agent":{"@type":"NGO",
"name":"Eastgate Food Rescue Alliance"},"location":{"@type":"Place","address":"Columbus, OH 43205"}}</script>
<script>window.__VM_STATE__={"oppId":3891204,"virtual":false,"orgId":77412};</script><link rel="stylesheet" href="/static/css/vm-main.8c1f2.css"></head>
<body class="vm-body page-opportunity"><div id="root"><header class="vm-header" role="banner"><div class="vm-header__inner">
<a class="vm-header__logo" href="/"><img src="/static/img/vm-logo.svg" alt="VolunteerMatch"></a><nav
class="vm-header__nav"><ul>${links(vNav, 'vm-nav-item')}</ul>
</nav><div class="vm-header__actions"><a class="vm-btn vm-btn--text" href="/login">Log In</a><a class="vm-btn vm-btn--primary" href="/signup">Sign Up</a></div>
</div><form class="vm-search" role="search"><input type="text" placeholder="Cause, skill or organization" aria-label="Keyword">
<input type="text" placeholder="City or ZIP" aria-label="Location"><button type="submit">Search</button></form></header>
<nav class="vm-breadcrumbs" aria-label="breadcrumbs"><ol>${links(vCrumbs, 'vm-breadcrumbs__item')}</ol></nav>
<main class="opp-detail" id="opp-detail"><div class="opp-detail__header"><div class="opp-detail__org-logo"><img src="/img/org/77412.png" alt=""></div>
<div class="opp-detail__heading"><h1 class="opp-detail__title" data-testid="opp-title">${vTitle}</h1>
<a class="opp-detail__org-name" href="/en/org/77412">Eastgate Food Rescue Alliance</a><p class="opp-detail__posted">Posted February 19, 2026</p></div>
<div class="opp-detail__cta"><button class="vm-btn vm-btn--primary vm-btn--lg" data-testid="i-want-to-help">I Want to Help</button>
<button class="vm-btn vm-btn--icon" aria-label="Save">Save</button><button class="vm-btn vm-btn--icon" aria-label="Share">Share</button></div></div>
<div class="opp-detail__body"><div class="opp-detail__main"><section class="opp-detail__section opp-description"><h2
class="opp-detail__section-title">Description</h2>
${ps(vDesc)}
<h3>${vH2}</h3><ul>${vDo.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3>${vH3}</h3><ul>${vReq.map((t) => `<li>${t}</li>`).join('')}</ul></section>
<section class="opp-detail__section"><h2 class="opp-detail__section-title">Skills</h2><ul class="vm-chips">${vSkills
  .map((s) => `<li class="vm-chip">${s}</li>`)
  .join(' ')}</ul>
<h2 class="opp-detail__section-title">Good Fit For</h2><ul class="vm-chips">${vFit.map((s) => `<li class="vm-chip">${s}</li>`).join(' ')}</ul></section></div>
<aside class="opp-detail__aside"><div class="opp-when-where"><h2>When</h2><p>Ongoing: Saturdays and Sundays, 8:00 AM – 11:30 AM</p><h2>Where</h2>
<p>1450 Livingston Ave, Columbus, OH 43205</p><div class="vm-map" data-lat="39.94" data-lng="-82.95"><img src="/maps/static?o=3891204" alt="Map"></div></div>
<div class="org-card"><h3 class="org-card__title">About Eastgate Food Rescue Alliance</h3><p class="org-card__mission">We move surplus food to neighbors
who need it, with a network of 400 volunteers.</p><a href="/en/org/77412">View organization</a></div></aside></div>
<section class="opp-similar"><h2 class="opp-similar__title">Similar opportunities near you</h2><ul>${links(vSimilar, 'opp-similar__item')}</ul></section>
</main>
<div class="vm-app-promo"><p>Find opportunities on the go with the VolunteerMatch app.</p><a href="/app">Get the app</a></div>
<footer class="vm-footer"><ul class="vm-footer__links">${links(vFoot)}</ul><p class="vm-footer__copy">© 2026 VolunteerMatch. All rights reserved.</p></footer>
<div class="vm-cookie-notice" role="alertdialog"><p>We use cookies to improve your experience and to show you relevant opportunities.</p><button
class="vm-btn">OK</button><a href="/cookies">Cookie preferences</a></div></div>
<script src="/static/js/vm-main.8c1f2.js" defer></script></body></html>`;
export const volunteer: TestPage = {
  name: 'heldout254-volunteermatch-opportunity',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: ['Description', vH2, vH3, 'Skills', 'Good Fit For'],
  body: texts([...vDesc, ...vDo, ...vReq, ...vSkills, ...vFit]),
  bylines: ['Posted February 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Log In', 'Sign Up', 'Search', ...vCrumbs, 'Eastgate Food Rescue Alliance', 'I Want to Help', 'Save', 'Share', 'When',
    'Ongoing: Saturdays and Sundays, 8:00 AM – 11:30 AM', 'Where', '1450 Livingston Ave, Columbus, OH 43205', 'About Eastgate Food Rescue Alliance',
    'We move surplus food to neighbors who need it, with a network of 400 volunteers.', 'View organization', 'Similar opportunities near you',
    ...vSimilar, 'Find opportunities on the go with the VolunteerMatch app.', 'Get the app', ...vFoot, '© 2026 VolunteerMatch. All rights reserved.',
    'We use cookies to improve your experience and to show you relevant opportunities.', 'Cookie preferences',
  ],
};
