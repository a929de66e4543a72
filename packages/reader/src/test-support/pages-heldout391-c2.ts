import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, lis, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file c2: a counsellor's profile on a Psychology Today-style therapist directory (directory header and
 * menu, breadcrumb, profile heading with name, suffixes, "Verified" badge, phone and email buttons, the at-a-glance box with
 * fees and location, a short personal statement, the specialties, client focus and types of therapy lists, the
 * qualifications and finances boxes, the "nearby therapists" rail, the footer and the OneTrust banner). The main text is
 * short: the statement and the practitioner's lists of specialties and types of therapy.
 */
const pTitle = 'Rosalind Ashdown';
const pSecs: Section[] = [
  [
    '',
    [
      j(
        'Sometimes life narrows until it feels as if you are only getting through the days. You might be carrying grief that',
        'nobody around you seems to notice any more, or anxiety that has quietly taken over your evenings. You do not need to',
        'have the words for it yet. We can find them together.',
      ),
      j(
        'I am an integrative counsellor with twelve years’ experience, working with adults in my room by the old tannery and online.',
        'My approach is warm and unhurried, but it is not passive: I will gently challenge patterns that keep you stuck, and we',
        'will agree together what you want to be different.',
      ),
      j(
        'Many of my clients come to me after a loss, a health diagnosis or the end of a relationship. Others simply know something',
        'needs to change. I offer a free 15-minute call so you can get a sense of whether we would work well together.',
      ),
    ],
  ],
  ['Top Specialties', [['Grief', 'Anxiety', 'Chronic Illness']]],
  ['Expertise', [['Relationship Issues', 'Self Esteem', 'Stress', 'Life Transitions', 'Trauma and PTSD']]],
  ['Types of Therapy', [['Integrative', 'Person-Centred', 'Compassion Focused', 'Acceptance and Commitment (ACT)']]],
];
const pNav = ['Find a Therapist', 'Get Help', 'Magazine', 'Today'];
const pCrumbs = ['Therapists', 'England', 'Hollins Yard'];
const pQual = ['Years in Practice: 12 Years', 'Membership: BACP', 'Registration number: 00418253', 'Postgraduate Diploma in Counselling, 2013'];
const pFin = ['Individual Sessions £70', 'Couple Sessions £95', 'Pay By: Bank transfer, Card', 'Sliding scale: Yes'];
const pNear = ['Tobias Whitcombe, Psychotherapist', 'Nadia Fenwick, Counsellor', 'Orrin Pell, Clinical Psychologist'];
const pFoot = ['About', 'Terms', 'Privacy', 'Cookie Preferences', 'For Professionals', 'Help'];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Rosalind Ashdown, Counsellor, Hollins Yard, EN, HY2 | Psychology Today United Kingdom</title>
<meta name="description" content="Sometimes life narrows until it feels as if you are only getting through the days. Counsellor in Hollins Yard.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.psychologytoday.example/gb/counselling/rosalind-ashdown-hollins-yard-en/1184302">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","name":"Rosalind Ashdown","jobTitle":"Counsellor",
"address":{"@type":"PostalAddress","addressLocality":"Hollins Yard","postalCode":"HY2 6PD","addressCountry":"GB"}}</script>
<script>window.__PT_PROFILE__={"profileId":1184302,"countryCode":"GB","isVerified":true};</script>
<link rel="stylesheet" href="https://cdn.psychologytoday.example/dist/profile.9f2c1.css"></head>
<body class="profile-page country-gb"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region"
aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to personalise content,
to provide social media features and to analyse our traffic.</p></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<header class="site-header"><div class="header-inner"><a href="/gb" class="site-logo" aria-label="Psychology Today">
<span class="logo-text">Psychology Today</span></a>
<nav class="header-nav"><ul class="header-nav-list">${links(pNav, 'header-nav-item')}</ul></nav><div class="header-login"><a href="/gb/login">Log In</a>
<a class="btn-outline" href="/gb/join">Sign Up</a></div></div></header>
<main id="main-content" class="profile-container"><nav class="breadcrumbs" aria-label="breadcrumbs"><ol>${links(pCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="profile-top"><div class="profile-photo">
<img src="https://photos.psychologytoday.example/1184302/2.jpeg" alt="Photo of Rosalind Ashdown, Counsellor"></div>
<div class="profile-heading-content"><h1 class="profile-title" itemprop="name">${pTitle}</h1><div class="profile-suffix-heading">
<h2 class="profile-suffixes">Counsellor, MBACP</h2></div><div class="profile-verification"><span class="verified-badge">Verified</span>
<span class="verified-text">Verified by Psychology Today</span></div><div class="profile-location"><span class="address-region">Hollins Yard, EN HY2</span>
</div>
<div class="profile-contact-buttons"><a class="btn btn-primary profile-phone" href="tel:01632960913">01632 960 913</a><button class="btn btn-secondary
profile-email">Email me</button></div><div class="profile-sessions"><span class="online-badge">Offers online therapy</span>
<span class="accepting">Available to see new clients</span></div></div></div>
<div class="profile-body"><div class="profile-main"><section id="personal-statement" class="personal-statement-section"><div class="statement">
${pSecs[0]?.[1].map((p) => `<p>${typeof p === 'string' ? p : ''}</p>`).join('\n')}
</div><div class="profile-statement-cta"><button class="btn btn-link">Email Rosalind</button></div></section>
<section class="at-a-glance"><h2 class="profile-section-header">At a Glance</h2><ul>${lis(['In person and online', 'Ages: Adults, Elders'])}</ul></section>
<section id="specialties" class="specialties-section"><h2 class="profile-section-header">Specialties and Expertise</h2>${pSecs
  .slice(1, 3)
  .map(([h, b]) => `<div class="specialties-list"><h3 class="section-subheader">${h}</h3><ul class="section-list">${lis(b.flat())}</ul></div>`)
  .join('\n')}</section>
<section id="treatment-approach" class="treatment-section"><h2 class="profile-section-header">Treatment Approach</h2><div class="treatment-list">
<h3 class="section-subheader">${pSecs[3]?.[0] ?? ''}</h3><ul class="section-list">${lis((pSecs[3]?.[1] ?? []).flat())}</ul></div></section></div>
<aside class="profile-sidebar"><section class="qualifications"><h2 class="profile-section-header">Qualifications</h2><ul>${lis(pQual)}</ul></section>
<section class="finances"><h2 class="profile-section-header">Finances</h2><ul>${lis(pFin)}</ul></section>
<section class="location-card"><h2 class="profile-section-header">Location</h2>
<p class="address">Studio 4, Mercer House, 18 Tannery Lane, Hollins Yard HY2 6PD</p>
</section></aside></div>
<section class="nearby-profiles"><h2 class="nearby-header">Nearby Therapists</h2><ul class="nearby-list">${links(pNear, 'nearby-card')}</ul>
<a class="see-more" href="/gb/counselling/hollins-yard">See more therapists in Hollins Yard</a></section></main>
<footer class="site-footer"><div class="footer-inner"><ul class="footer-links">${links(pFoot, 'footer-link')}</ul>
<p class="footer-copyright">© Psychology Today
2026. Directory listings are paid advertisements.</p></div></footer>
<script src="https://cdn.psychologytoday.example/dist/profile.9f2c1.js" defer></script></body></html>`;
export const ptProfile: TestPage = {
  name: 'heldout391-psychologytoday-therapist-profile',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Specialties and Expertise', ...heads(pSecs).slice(0, 2), 'Treatment Approach', ...heads(pSecs).slice(2)],
  body: bodyOf(pSecs),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Cookie Settings', 'Accept All Cookies',
    'Psychology Today', ...pNav, 'Log In', 'Sign Up', ...pCrumbs, 'Counsellor, MBACP', 'Verified by Psychology Today', 'Hollins Yard, EN HY2',
    '01632 960 913', 'Email me', 'Offers online therapy', 'Available to see new clients', 'Email Rosalind', 'At a Glance', 'In person and online',
    'Ages: Adults, Elders', 'Qualifications', ...pQual, 'Finances', ...pFin, 'Location', 'Studio 4, Mercer House, 18 Tannery Lane, Hollins Yard HY2 6PD',
    'Nearby Therapists', ...pNear, 'See more therapists in Hollins Yard', ...pFoot, '© Psychology Today 2026. Directory listings are paid advertisements.',
  ],
};
