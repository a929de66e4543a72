import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';

/**
 * Held-out batch 336, file a2: a therapist's profile on a therapy directory (Psychology Today-style profile template:
 * top nav, "Find a Therapist" search bar, breadcrumb, profile header with credentials, verified badge, phone and email
 * buttons, location panel with the map link, the personal statement, attribute groups, the "Nearby areas" and similar
 * profiles rails, the footer). A data page: the statement and the attribute lists are body.
 */
const pTitle = 'Rosalind Achterberg';
const pStatement = [
  j(
    'Are you finding that worry has quietly taken over your days? Perhaps you lie awake replaying conversations, or you have',
    'started avoiding the things that used to bring you joy. You do not have to keep carrying that on your own.',
  ),
  j(
    'I work with adults who are living with anxiety, low mood and the after-effects of difficult experiences. Many of my clients',
    'are parents juggling work and caring, and many have never spoken to a therapist before. Our first session is simply a',
    'chance to talk about what brings you here and what you would like to be different.',
  ),
  j(
    'My approach is warm, practical and collaborative. I draw mainly on cognitive behavioural therapy and acceptance and',
    'commitment therapy, and I bring in mindfulness skills when they fit. Together we will notice the patterns that keep you',
    'stuck and try out small, manageable changes between sessions.',
  ),
  j(
    'I have worked in community mental health for twelve years, including six years in a hospital perinatal team, before',
    'opening my private practice in Eastbrook. I offer sessions in person and by secure video, with some evening appointments.',
  ),
  'If you are ready to take the first step, I offer a free fifteen-minute phone consultation to see whether we are a good fit.',
];
const pHeads = ['Specialties and Expertise', 'Types of Therapy', 'Client Focus', 'Qualifications', 'Finances'];
const pSpecial = ['Anxiety', 'Depression', 'Postpartum depression', 'Trauma and PTSD', 'Life transitions', 'Stress'];
const pTypes = ['Acceptance and Commitment (ACT)', 'Cognitive Behavioral (CBT)', 'Mindfulness-Based (MBCT)', 'Person-Centered'];
const pFocus = ['Age: Adults, Elders (65+)', 'Participants: Individuals', 'I also speak: Dutch'];
const pQual = ['Years in Practice: 12 Years', 'School: Harlow State University', 'Year Graduated: 2013', 'License and State: 50-118734 Colorado'];
const pFin = ['Cost per Session: $140 - $170', 'Sliding Scale: Yes', 'Pay By: Card, HSA, Check'];
const pNav = ['Find a Therapist', 'Get Help', 'Magazine', 'Today', 'Log In'];
const pCrumb = ['Therapists', 'Colorado Therapists', 'Eastbrook County'];
const pNearby = ['Therapists in Westbrook, CO', 'Therapists in Pine Hollow, CO', 'Therapists in Ardmore Springs, CO'];
const pSimilar = ['Tobias Renwick, LPC', 'Marisol Etxeberria, PsyD', 'Corinne Adeyemi-Hart, LMFT'];
const pFoot = ['About', 'Privacy', 'Terms', 'Accessibility', 'Therapist Directory', 'Advertise'];
const group = (id: string, head: string, items: readonly string[]): string => `<div class="attributes-group ${id}">
<h2 class="attributes-group-title">${head}</h2><ul class="attribute-list">${lis(items, 'attribute-list-item')}</ul></div>`;
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Rosalind Achterberg, Clinical Social Work/Therapist, Eastbrook, CO, 80512 | MindScope</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Are you finding that worry has quietly taken over your days? See Rosalind Achterberg's profile on MindScope.">
<meta property="og:type" content="profile"><meta property="og:image" content="https://photos.mindscope.example/profile/441987/rosalind.jpg">
<link rel="canonical" href="https://www.mindscope.example/us/therapists/rosalind-achterberg-eastbrook-co/441987">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalBusiness","name":"Rosalind Achterberg",
"address":{"@type":"PostalAddress","addressLocality":"Eastbrook","addressRegion":"CO","postalCode":"80512"},"telephone":"(720) 555-0183"}</script>
<script>window.__PROFILE__={"id":441987,"verified":true,"acceptingClients":true};</script></head>
<body class="profile-page">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to personalise content and to analyse our traffic.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></div>
<header class="site-header"><a class="logo" href="/us"><span class="visually-hidden">MindScope</span></a>
<nav class="site-nav"><ul>${links(pNav, 'site-nav-item')}</ul></nav></header>
<div class="directory-search-bar"><form action="/us/therapists"><input type="text" placeholder="Enter City or Zip" aria-label="Enter City or Zip">
<button type="submit">Search</button></form></div>
<nav class="breadcrumb" aria-label="breadcrumb"><ul>${links(pCrumb, 'breadcrumb-item')}</ul></nav>
<main class="profile-content"><div class="profile-heading"><div class="profile-photo"><img src="https://photos.mindscope.example/profile/441987/rosalind.jpg"
alt="Photo of Rosalind Achterberg, Clinical Social Work/Therapist"></div>
<div class="profile-heading-content"><h1 class="profile-title">${pTitle}</h1>
<div class="profile-suffix-heading"><h3 class="profile-subtitle-credentials">Clinical Social Work/Therapist, LCSW</h3></div>
<div class="profile-verification"><span class="verified-badge">Verified by MindScope</span></div>
<p class="accepting-clients">Accepting new clients</p>
<div class="profile-cta"><a class="lets-connect-phone" href="tel:7205550183">(720) 555-0183</a><button class="lets-connect-email">Email me</button></div>
</div></div>
<div class="profile-location"><div class="address">Eastbrook, CO 80512</div><a class="map-link" href="#">View on map</a>
<div class="online-tag">Offers online therapy</div></div>
<section class="personal-statement-container"><div class="personal-statement">
${ps(pStatement, ' class="statement"')}
</div><p class="call-out">Email or call me for a free 15 minute consultation now - (720) 555-0183</p></section>
<section class="profile-specialties">${group('specialties', pHeads[0] ?? '', pSpecial)}
${group('treatment-orientation', pHeads[1] ?? '', pTypes)}
${group('client-focus', pHeads[2] ?? '', pFocus)}</section>
<section class="profile-qualifications">${group('qualifications', pHeads[3] ?? '', pQual)}
${group('finances', pHeads[4] ?? '', pFin)}<p class="last-modified">Last Modified: March 2, 2026</p></section>
<section class="nearby-areas"><h2>Nearby Areas</h2><ul>${links(pNearby)}</ul></section>
<section class="similar-profiles"><h2>Similar Therapists Nearby</h2><ul>${links(pSimilar)}</ul></section>
<p class="disclaimer">MindScope does not review the qualifications of every professional listed and does not endorse them.</p>
</main>
<footer class="site-footer"><ul>${links(pFoot)}</ul><p>© 2026 MindScope Media Inc. All rights reserved.</p></footer>
<script src="https://static.mindscope.example/profile/app.3f9c1.js" defer></script></body></html>`;

export const ptProfile: TestPage = {
  name: 'heldout336-psychologytoday-profile-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pStatement, ...pSpecial, ...pTypes, ...pFocus, ...pQual, ...pFin]),
  bylines: ['Last Modified: March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and to analyse our traffic.', 'Accept Cookies', 'Cookie Preferences', ...pNav, 'Search',
    ...pCrumb, 'Clinical Social Work/Therapist, LCSW', 'Verified by MindScope', 'Accepting new clients', '(720) 555-0183', 'Email me',
    'Eastbrook, CO 80512', 'View on map', 'Offers online therapy', 'Email or call me for a free 15 minute consultation now - (720) 555-0183',
    'Nearby Areas', ...pNearby, 'Similar Therapists Nearby', ...pSimilar,
    'MindScope does not review the qualifications of every professional listed and does not endorse them.', ...pFoot,
    '© 2026 MindScope Media Inc. All rights reserved.',
  ],
};
