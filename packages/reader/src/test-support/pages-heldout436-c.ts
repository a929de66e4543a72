import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';
import { insights } from './pages-heldout436-c2.js';

/**
 * Held-out batch 436, file c: a lawyer's listing on an Avvo / Martindale-style legal directory rendered by Next.js (hashed
 * css-* classes, the rating badge, contact panel, licences list, practice-area percentages, client reviews with stars, a
 * "Similar lawyers nearby" rail, sponsored listings and __NEXT_DATA__) and, from file c2, a big firm's insights article with
 * three authors on Adobe Experience Manager.
 */
const eTitle = 'Gideon Abara';
const eH = ['About Gideon Abara', 'Practice Areas', 'Licenses', 'Client Reviews'];
const eAbout = paras(`
I have defended people charged with crimes in Harwick and the surrounding counties for fourteen years, first as an assistant
public defender and since 2017 in my own practice. I handle DUI, drug possession, domestic violence and theft charges, as well
as probation violations and record sealing.

Most of my clients have never been arrested before. My job is to explain what is going to happen at each hearing, look hard at
how the police got their evidence, and tell you honestly whether your case should be fought at trial or resolved. I answer my
own phone, and I give every client my cell number.

Payment plans are available, and consultations are free for criminal cases.
`);
const eAreas = rows(`
Criminal Defense: 55%
DUI and DWI: 30%
Expungement and Record Sealing: 15%
`);
const eLic = rows(`
Calder: Attorney, active, licensed 2011
Marren: Attorney, active, licensed 2015
`);
const eReviews = paras(`
I was charged with a DUI after a checkpoint and thought my life was over. Mr. Abara found that the checkpoint had not been
published as the law requires and the charge was dismissed. He returned every call the same day.

Gideon helped me seal a fifteen-year-old shoplifting conviction that kept coming up on background checks. The fee was exactly
what he quoted and the whole process took less than three months.

Honest from the first meeting. He told me my case was not one to take to trial and got me into a diversion program instead. I
would recommend him to anyone in Harwick.
`);
const eRevMeta = ['Posted by Carla M.', 'February 9, 2026', 'Posted by a record-sealing client', 'December 14, 2025', 'Posted by Theo R.', 'October 3, 2025'];
const eSimilar = ['Lucia Ferrante, Criminal Defense Lawyer', 'Dmitri Okafor-Hale, DUI Lawyer', 'Ruth Abernathy, Criminal Defense Lawyer'];
const eNav = ['Find a Lawyer', 'Legal Advice', 'Ask a Lawyer', 'Legal Guides', 'For Lawyers'];
const eFoot = ['About LawScout', 'Careers', 'Help', 'Terms of Use', 'Privacy', 'Do Not Sell or Share My Personal Information'];
const stars = (n: number): string => `<div class="css-s4bz" role="img" aria-label="${n} out of 5 stars"><span class="css-st4r">${'★'.repeat(n)}</span></div>`;
const review = (i: number): string =>
  `<li class="css-rv1tem" data-testid="review">
<div class="css-1hk0e2">${stars(5)}<span class="css-rvtitle">${i === 1 ? 'Sealed my record' : 'Great lawyer'}</span></div>
<p class="css-rvbody">${eReviews[i] ?? ''}</p><div class="css-rvmeta"><span>${eRevMeta[i * 2] ?? ''}</span>
<span>${eRevMeta[i * 2 + 1] ?? ''}</span></div></li>`;
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Gideon Abara, Criminal Defense Lawyer in Harwick | LawScout</title>
<meta name="description" content="Gideon Abara is a criminal defense lawyer in Harwick. Read 23 client reviews, see licenses and practice areas."/>
<link rel="canonical" href="https://www.lawscout.example/attorneys/harwick/gideon-abara-40418"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Attorney","name":"Gideon Abara","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.9","reviewCount":"23"},"address":{"@type":"PostalAddress","addressLocality":"Harwick"}}</script>
<link rel="preload" href="/_next/static/css/4f1c0a7e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1c0a7e.css" data-n-g=""/>
</head><body><div id="__next"><div class="css-k008qs">
<header class="css-1tz7s2v"><a href="/" class="css-logo" aria-label="LawScout home"><svg width="120" height="28"></svg></a>
<nav class="css-1n5lq7d"><ul class="css-nvlist">${links(eNav, 'css-nvitem')}</ul></nav><a href="/login" class="css-signin">Sign in</a></header>
<nav aria-label="breadcrumb" class="css-bc0"><ol class="css-bc1"><li><a href="/attorneys">Lawyers</a></li><li><a href="/attorneys/calder">Calder</a></li>
<li><a href="/attorneys/calder/harwick">Harwick</a></li><li><a href="/attorneys/calder/harwick/criminal-defense">Criminal Defense</a></li></ol></nav>
<main class="css-1f0yq2e"><div class="css-prof-grid"><section class="css-profile-main" data-testid="profile-main">
<div class="css-head"><img src="https://images.lawscout.example/40418.jpg" alt="" class="css-avatar"/><div>
<h1 class="css-1rh7z2n">${eTitle}</h1><p class="css-sub">Criminal Defense Lawyer in Harwick, Calder</p>
<div class="css-badge"><span class="css-score">Rating 9.4</span> <span class="css-score-label">Superb</span></div>
<div class="css-revsum">${stars(5)}<a href="#reviews">23 reviews</a></div>
<span class="css-claimed">Claimed profile</span> <span class="css-years">Licensed for 14 years</span></div></div>
<section class="css-sect" id="about"><h2 class="css-sect-h">${eH[0]}</h2>${ps(eAbout, ' class="css-about-p"')}</section>
<section class="css-sect" id="practice-areas"><h2 class="css-sect-h">${eH[1]}</h2><ul class="css-pa">${lis(eAreas, 'css-pa-item')}</ul></section>
<section class="css-sect" id="licenses"><h2 class="css-sect-h">${eH[2]}</h2><ul class="css-lic">${lis(eLic, 'css-lic-row')}</ul>
<p class="css-lic-note">LawScout checks licenses against state bar records. Last verified January 2026.</p></section>
<section class="css-sect" id="reviews"><h2 class="css-sect-h">${eH[3]}</h2><div class="css-revhead"><span class="css-avg">4.9</span>
<span>Average rating from 23 reviews</span><button class="css-write">Write a review</button></div>
<ul class="css-revlist">${[0, 1, 2].map(review).join('\n')}</ul><button class="css-more">Show more reviews</button></section>
</section>
<aside class="css-contact" data-testid="contact-panel"><div class="css-sticky"><h2 class="css-ch">Contact Gideon Abara</h2>
<a href="tel:+15550134" class="css-call">(555) 0134</a><a href="/attorneys/gideon-abara-40418/message" class="css-msg">Message</a>
<a href="https://abaradefense.example" rel="nofollow" class="css-web">Website</a>
<address class="css-addr">Abara Defense, 17 Court Square, Harwick</address><p class="css-free">Free consultation</p></div>
<div class="css-sponsored"><span class="css-adlabel">Sponsored</span><ul>${links(['Marren Criminal Defense Group', 'Halloran and Yeats, Trial Lawyers'])}</ul>
</div></aside></div>
<section class="css-similar"><h2 class="css-simh">Similar lawyers nearby</h2><ul>${links(eSimilar, 'css-simcard')}</ul></section>
<div class="css-disc"><p>LawScout is not a law firm and does not provide legal advice. Lawyer ratings are based on information lawyers and clients
provide.</p></div></main>
<footer class="css-foot"><ul>${links(eFoot)}</ul><p>© 2026 LawScout, Inc.</p></footer>
<div class="css-consent" role="dialog" aria-label="Cookie consent"><p>We and our partners use cookies to personalize content and ads.</p>
<button>Accept cookies</button><button>Manage choices</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"lawyerId":40418,"slug":"gideon-abara-40418","rating":9.4,"reviewCount":23}},
"page":"/attorneys/[state]/[city]/[slug]","query":{"state":"calder","city":"harwick"},"buildId":"x8Yq2Lr0","isFallback":false,"gssp":true}</script>
<script src="/_next/static/chunks/pages/attorneys/%5Bstate%5D/%5Bcity%5D/%5Bslug%5D-9c1f.js" defer=""></script>
</body></html>`;
const directory: TestPage = {
  name: 'heldout436-nextjs-legal-directory-listing-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eAbout, ...eAreas, ...eLic, ...eReviews]),
  bylines: eRevMeta,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Sign in', 'Lawyers', 'Criminal Defense Lawyer in Harwick, Calder', 'Rating 9.4', 'Superb', '23 reviews',
    'Claimed profile', 'Licensed for 14 years', 'LawScout checks licenses against state bar records. Last verified January 2026.',
    'Average rating from 23 reviews', 'Write a review', 'Great lawyer', 'Sealed my record', 'Show more reviews', 'Contact Gideon Abara', '(555) 0134',
    'Message', 'Website', 'Abara Defense, 17 Court Square, Harwick', 'Free consultation', 'Sponsored', 'Marren Criminal Defense Group',
    'Halloran and Yeats, Trial Lawyers', 'Similar lawyers nearby', ...eSimilar,
    'LawScout is not a law firm and does not provide legal advice. Lawyer ratings are based on information lawyers and clients provide.', ...eFoot,
    '© 2026 LawScout, Inc.', 'We and our partners use cookies to personalize content and ads.', 'Accept cookies', 'Manage choices',
  ],
};

export const HELDOUT436_C: readonly TestPage[] = [directory, insights];
