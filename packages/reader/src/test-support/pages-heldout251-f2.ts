import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file f2: a memorial foundation's donation appeal on a Classy (GoFundMe Pro) campaign page: the
 * React root, the campaign header with logo and Donate button, the hero, the progress bar with raised / goal / donors,
 * the preset amount buttons and "Make this a monthly gift", the campaign story, the recent donations feed with donor
 * names and messages, the FAQ label, the secure-checkout note, the organization footer and the cookie notice.
 */
const cTitle = 'Help Us Finish the Tarrow Valley Veterans Memorial Wall';
const cBody = [
  j(
    'For more than a decade, families in the Tarrow valley have asked for a place where the names of local service members who died in',
    'uniform can be read together. This Memorial Day, that place is almost ready.',
  ),
  j(
    'The Tarrow Valley Memorial Foundation has raised enough to pour the foundation and set the first four granite panels at Riverside Park',
    'in Halden. We need your help to engrave and install the remaining six panels, which will carry 312 names from every conflict since 1917.',
  ),
  'Your gift will pay for:',
  '$50 engraves one line of a name',
  '$250 sponsors a full name with rank, branch and years of service',
  '$1,000 lights one panel at night for ten years',
  j(
    '“My grandfather’s name has been on a brass plate in the old courthouse hallway since 1953,” said foundation chair Evelyn Marchetti.',
    '“Most people walk past it without seeing it. We want every name to be somewhere a child can find it and ask who that was.”',
  ),
  j(
    'Every name has been checked against service records by volunteer researchers. Families who want to suggest a name that is missing can',
    'contact us, and we will reserve space on the final panel for names confirmed after the dedication.',
  ),
  'The foundation is an all-volunteer nonprofit. 100% of gifts to this campaign go to materials, engraving and installation.',
];
const cDonors: [string, string, string][] = [
  ['Ray & Jo Kessler', '$250', 'For Sgt. Paul Kessler, 1951'],
  ['Anonymous', '$100', ''],
  ['Halden VFW Post 4410', '$1,000', 'Proud to light a panel.'],
];
const cAmounts = ['$50', '$100', '$250', '$500', '$1,000', 'Other'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} | Tarrow Valley Memorial Foundation</title>
<meta name="description" content="Help engrave and install the final six panels of the Tarrow Valley Veterans Memorial Wall.">
<meta property="og:title" content="${cTitle}"><meta property="og:image" content="https://jumbo.classy.example/campaign/memorial-wall.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DonateAction","name":"${cTitle}","recipient":{"@type":"NGO",
"name":"Tarrow Valley Memorial Foundation"}}</script>
<script>window.__INITIAL_STATE__={"campaign":{"id":551920,"goal":120000,"total_gross_amount":86415,"donors_count":743}};</script>
<link rel="stylesheet" href="https://www.classy.example/frs-static/css/studio.css"></head>
<body><div id="root"><div class="sc-campaign-app" data-testid="campaign-page"><header class="sc-header css-1l4w6pd"><a href="/" class="sc-logo"><img
src="/logo.png" alt="Tarrow Valley Memorial Foundation"></a><nav class="sc-header-nav"><a href="#story">Our Story</a> <a href="#faq">FAQ</a></nav>
<a class="sc-button sc-button--primary css-donate" href="/give/551920/#!/donation/checkout">Donate</a></header>
<main><section class="sc-hero css-x9k2"><div class="sc-hero__content"><h1 class="sc-hero__headline" data-testid="hero-headline">${cTitle}</h1>
<p class="sc-hero__subhead">Memorial Day 2026 dedication · Riverside Park, Halden</p></div></section>
<section class="sc-progress css-19zdr"><div class="sc-progress__amounts"><span class="sc-progress__raised" data-testid="raised">$86,415</span> <span
class="sc-progress__goal">raised of $120,000 goal</span></div><div class="sc-progress__bar" role="progressbar" aria-valuenow="72"><div style="width:72%"></div>
</div><div class="sc-progress__stats"><span>743 donors</span> <span>18 days left</span></div></section>
<section class="sc-donation-form css-1b0x"><h2 class="sc-donation-form__title">Choose an amount</h2><div class="sc-amount-buttons">${cAmounts
  .map(
    (a) => `<button
class="sc-amount-button" type="button">${a}</button>`,
  )
  .join('')}</div><label class="sc-checkbox"><input type="checkbox"> Make this a monthly gift</label>
<a class="sc-button sc-button--primary" href="#">Donate now</a><p class="sc-secure-note">Secure donation processed by Classy</p></section>
<section id="story" class="sc-story css-7ytr"><h2 class="sc-story__title">Our Story</h2><div class="sc-story__body ql-editor">
${ps(cBody.slice(0, 3))}
<ul>${cBody
  .slice(3, 6)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(cBody.slice(6))}
</div></section>
<section class="sc-activity css-0p21"><h2 class="sc-activity__title">Recent Donations</h2><ul class="sc-activity__list">${cDonors
  .map(
    ([n, a, m]) => `<li
class="sc-activity-item"><span class="sc-activity-item__name">${n.replace('&', '&amp;')}</span> <span class="sc-activity-item__amount">${a}</span>${
      m === ''
        ? ''
        : ` <p
class="sc-activity-item__message">${m}</p>`
    }<span class="sc-activity-item__time">2 hours ago</span></li>`,
  )
  .join('')}</ul><button class="sc-link">See all</button></section>
<section id="faq" class="sc-faq"><h2>Frequently Asked Questions</h2><details><summary>Is my gift tax-deductible?</summary><p>Yes. The Tarrow Valley
Memorial Foundation is a 501(c)(3) nonprofit, EIN 00-0000001.</p></details></section></main>
<footer class="sc-footer"><p>Tarrow Valley Memorial Foundation · PO Box 88, Halden, OS 60901</p><p><a href="/privacy">Privacy Policy</a> · <a
href="/terms">Terms</a></p><p>Powered by Classy</p></footer>
<div class="sc-cookie-notice" role="dialog"><p>We use cookies to give you the best giving experience.</p><button>Got it</button></div></div></div>
<script src="https://www.classy.example/frs-static/js/campaign.bundle.js" defer></script></body></html>`;
export const classyAppeal: TestPage = {
  name: 'heldout251-classy-memorial-donation-appeal',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our Story', 'FAQ', 'Donate', 'Memorial Day 2026 dedication · Riverside Park, Halden', '$86,415', 'raised of $120,000 goal', '743 donors',
    '18 days left', 'Choose an amount', '$100', '$500', 'Other', 'Make this a monthly gift', 'Donate now', 'Secure donation processed by Classy',
    'Recent Donations', 'Ray & Jo Kessler', 'Anonymous', 'Halden VFW Post 4410', 'For Sgt. Paul Kessler, 1951', 'Proud to light a panel.',
    '2 hours ago', 'See all', 'Frequently Asked Questions', 'Is my gift tax-deductible?',
    'Yes. The Tarrow Valley Memorial Foundation is a 501(c)(3) nonprofit, EIN 00-0000001.', 'Tarrow Valley Memorial Foundation · PO Box 88, Halden, OS 60901',
    'Privacy Policy', 'Terms', 'Powered by Classy', 'We use cookies to give you the best giving experience.', 'Got it',
  ],
};
