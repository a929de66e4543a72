import { links, ps, type TestPage, texts } from './page-kit.js';
import { visitingHours } from './pages-heldout249-c2.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file c: a doctor's profile page on a physician-ratings site built with React (hashed class names and
 * `data-qa-target` hooks: the header and search, breadcrumb, the profile card with specialty, star rating and review count,
 * the appointment widget, insurance chips, the "About" bio, lists of conditions and procedures, education, the
 * patient-review summary with rating bars and review cards, "Similar doctors nearby" and the footer).
 */
const dTitle = 'Dr. Marisol Vance-Ekwueme, MD';
const dH = ['About Dr. Vance-Ekwueme', 'Conditions Treated', 'Procedures Performed', 'Education and Training'];
const dBio = [
  j(
    'Dr. Marisol Vance-Ekwueme is a board-certified rheumatologist in Larkfield, with more than 15 years of experience caring',
    'for adults with inflammatory arthritis, lupus and other autoimmune conditions. She sees patients at the Larkfield Arthritis',
    'and Joint Center and is affiliated with Saint Brendan Regional Medical Center.',
  ),
  j(
    'Dr. Vance-Ekwueme takes a shared decision-making approach, explaining the options for long-term treatment and how each',
    'fits with her patients’ work, family and goals. She leads the center’s early arthritis clinic, which aims to see new',
    'referrals with suspected rheumatoid arthritis within three weeks.',
  ),
  'She speaks English and Spanish and is accepting new patients, including telehealth visits for follow-up appointments.',
];
const dConds = ['Rheumatoid Arthritis', 'Psoriatic Arthritis', 'Systemic Lupus Erythematosus', 'Gout', 'Ankylosing Spondylitis', 'Osteoporosis'];
const dProcs = ['Joint Aspiration', 'Joint Injection', 'Infusion Therapy Management', 'Bone Density Assessment'];
const dEdu = [
  'Medical School: Harlan University School of Medicine, 2006',
  'Residency: Internal Medicine, Larkfield University Hospital, 2009',
  'Fellowship: Rheumatology, Eastmoor Medical College, 2011',
  'Board Certification: Rheumatology, American Board of Internal Medicine',
];
const dReviews = [
  'She listened to everything and explained my lab results in plain language. Best specialist I have seen in years.',
  'Long wait in the office but worth it. She adjusted my medication and I finally feel like myself again.',
];
const dIns = ['Aetna', 'BlueCross BlueShield', 'Cigna', 'Medicare', 'UnitedHealthcare'];
const dSimilar = ['Dr. Owen Pasternak, MD', 'Dr. Leah Imbert, DO', 'Dr. Sanjay Roe, MD'];
const dNav = ['Find a Doctor', 'Health Topics', 'Procedures', 'Drugs', 'For Providers'];
const dFoot = ['About Us', 'Careers', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Personal Information'];
const sec = (qa: string, h: string, inner: string): string => `<section class="sc-1x3kf9m-0 kLfTqz" data-qa-target="${qa}">
<h2 class="sc-1x3kf9m-1 hUmYgE">${h}</h2>${inner}</section>`;
const ul = (items: string[]): string => `<ul class="sc-7nq2a1-0 dPbKzL">${items.map((i) => `<li class="sc-7nq2a1-1 fWcVtS">${i}</li>`).join('')}</ul>`;
const rev = (text: string, name: string, date: string): string => `<div class="review-card sc-2m0d8c-0" data-qa-target="review-card">
<div class="sc-2m0d8c-1 star-rating" aria-label="5 out of 5 stars">5.0</div><p class="sc-2m0d8c-2 review-text">${text}</p>
<div class="sc-2m0d8c-3 review-meta"><span data-qa-target="reviewer-name">${name}</span> · <span data-qa-target="review-date">${date}</span></div>
<button class="sc-2m0d8c-4" data-qa-target="helpful-btn">Helpful</button></div>`;
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dr. Marisol Vance-Ekwueme, MD | Larkfield, | Rheumatology</title>
<meta name="description" content="Dr. Marisol Vance-Ekwueme, MD is a rheumatologist in Larkfield. See ratings and reviews and book an appointment.">
<link rel="canonical" href="https://www.docrated.example/physician/dr-marisol-vance-ekwueme-x7k2p"><meta property="og:type" content="profile">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Physician","name":"${dTitle}","medicalSpecialty":"Rheumatology",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"112"},
"address":{"@type":"PostalAddress","addressLocality":"Larkfield"}}</script>
<link rel="stylesheet" href="/static/css/main.8f3a1c.css"><script>window.__INITIAL_STATE__={"pwid":"x7k2p","specialty":"rheumatology","isPremium":true};
</script></head><body><div id="root" data-reactroot=""><header class="sc-hd0a1-0 gGkTqR" data-qa-target="global-header">
<a href="/" class="sc-hd0a1-1 logo" aria-label="DocRated home">DocRated</a><nav class="sc-hd0a1-2"><ul>${links(dNav, 'sc-hd0a1-3')}</ul></nav>
<form role="search" data-qa-target="header-search"><input aria-label="Search doctors, conditions or procedures"
placeholder="Search doctors, conditions or procedures"></form><a href="/login" class="sc-hd0a1-4">Sign In</a></header>
<main class="sc-main-0 jRtOmQ"><nav aria-label="breadcrumbs" class="sc-bc-0"><ol><li><a href="/">Home</a></li><li><a
href="/specialty/rheumatology">Rheumatology</a></li>
<li><a href="/rheumatology/larkfield">Rheumatologists in Larkfield</a></li></ol></nav>
<div class="sc-profile-0 hFbWkS" data-qa-target="provider-summary"><img class="sc-profile-1" src="/img/prov/x7k2p.jpg" alt="Photo of Dr. Vance-Ekwueme">
<div class="sc-profile-2"><h1 class="sc-profile-3 kTnPqA" data-qa-target="ProviderDisplayName">${dTitle}</h1>
<p class="sc-profile-4" data-qa-target="ProviderDisplaySpeciality">Rheumatology</p><p data-qa-target="ProviderDisplayAge">Female, Age 46</p>
<div class="sc-profile-5" data-qa-target="star-rating"><span class="rating-value">4.8</span> <a href="#reviews">112 ratings</a></div>
<p data-qa-target="practice-address">Larkfield Arthritis and Joint Center, 410 Orchard Row, Suite 2B, Larkfield</p></div></div>
<aside class="sc-appt-0 dWmLqX" data-qa-target="appointment-widget"><h3>Book an Appointment</h3><p>Next available: Tomorrow</p>
<button class="sc-appt-1">View Availability</button><p class="sc-appt-2">Call (555) 014-2280</p></aside>
<div class="sc-ins-0" data-qa-target="insurance-carriers"><h3>Insurance Accepted</h3><ul>${dIns.map((i) => `<li class="chip">${i}</li>`).join('')}</ul>
<a href="#insurance">See all 27 carriers</a></div>
${sec('about-me', dH[0] ?? '', ps(dBio, ' class="sc-1x3kf9m-2"'))}
${sec('conditions', dH[1] ?? '', ul(dConds))}
${sec('procedures', dH[2] ?? '', ul(dProcs))}
${sec('education', dH[3] ?? '', ul(dEdu))}
<p class="sc-upd-0" data-qa-target="profile-updated">Profile last updated February 27, 2026</p>
<section id="reviews" class="sc-rev-0" data-qa-target="patient-reviews"><h2>Patient Reviews</h2><div class="sc-rev-1"><span class="big">4.8</span>
<span>Overall rating</span><span>112 ratings, 38 reviews</span></div><ul class="rating-bars"><li>Trustworthiness 4.9</li><li>Explains conditions well
4.9</li><li>Answers questions 4.8</li><li>Time well spent 4.6</li></ul>
${rev(dReviews[0] ?? '', 'Renata K.', 'January 14, 2026')}
${rev(dReviews[1] ?? '', 'Verified Patient', 'December 2, 2025')}
<a href="/physician/dr-marisol-vance-ekwueme-x7k2p/reviews" data-qa-target="all-reviews">Read all 38 reviews</a>
<button class="sc-rev-2">Leave a Review</button></section>
<section class="sc-sim-0" data-qa-target="similar-providers"><h2>Similar Doctors Nearby</h2><ul>${links(dSimilar, 'sc-sim-1')}</ul></section>
<p class="sc-disc-0">Ratings and reviews are provided by patients and do not constitute medical advice.</p></main>
<footer class="sc-ft-0 bRfWxN"><ul>${links(dFoot, 'sc-ft-1')}</ul><p>© 2026 DocRated, Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to personalize
content and analyze traffic.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie
Settings</button></div></div><script src="/static/js/main.8f3a1c.js"></script></body></html>`;
const docProfile: TestPage = {
  name: 'heldout249-react-ratings-doctor-profile',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dBio, ...dConds, ...dProcs, ...dEdu]),
  bylines: ['Profile last updated February 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DocRated', ...dNav, 'Sign In', 'Home', 'Rheumatologists in Larkfield', 'Female, Age 46', '112 ratings',
    'Larkfield Arthritis and Joint Center, 410 Orchard Row, Suite 2B, Larkfield', 'Book an Appointment', 'Next available: Tomorrow',
    'View Availability', 'Call (555) 014-2280', 'Insurance Accepted', ...dIns, 'See all 27 carriers', 'Patient Reviews', 'Overall rating',
    '112 ratings, 38 reviews', 'Trustworthiness 4.9', 'Explains conditions well 4.9', 'Answers questions 4.8', 'Time well spent 4.6', ...dReviews,
    'Renata K.', 'January 14, 2026', 'Verified Patient', 'December 2, 2025', 'Helpful', 'Read all 38 reviews', 'Leave a Review', 'Similar Doctors Nearby',
    ...dSimilar, 'Ratings and reviews are provided by patients and do not constitute medical advice.', ...dFoot, '© 2026 DocRated, Inc. All rights reserved.',
    'We use cookies and similar technologies to personalize content and analyze traffic.', 'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT249_C: readonly TestPage[] = [docProfile, visitingHours];
