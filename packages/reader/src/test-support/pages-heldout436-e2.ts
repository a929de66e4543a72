import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout436-kit.js';

/**
 * Held-out batch 436, file e2: a law school clinic's news post on a university site published from Cascade CMS (the
 * university's global header and audience nav, the law school's section nav, breadcrumb, byline and date, a figure with
 * caption and photo credit, a pull quote, tags, share links, a media-contact box, a "More news" list and the global footer).
 */
const mTitle = "Veterans Clinic Students Win Appeal Restoring a Navy Veteran's Disability Rating";
const mBody = paras(`
Students in the Ellery Law Veterans Benefits Clinic have won an appeal that restores a 70 percent disability rating to a Navy
veteran whose benefits were cut after a records error, the clinic announced this week. The decision from the Board of Veterans'
Appeals also awards the veteran nearly three years of retroactive benefits.

The veteran, who served as an aviation machinist's mate from 1998 to 2006 and asked not to be named, had been rated for
post-traumatic stress and a back injury since 2011. In 2022 the regional office reduced his rating after a routine
re-examination, citing records of an unrelated examination that belonged to another veteran with a similar name.

Third-year students Amara Fitzgerald and Jonah Pereira-Watts took the case over last spring. They obtained the full claims file,
identified the mismatched examination, and located service records and treatment notes documenting that the veteran's
condition had not improved. They also prepared him for a video hearing in December, which Fitzgerald argued under the
supervision of the clinic's director.
`);
const mQuote = 'Most of this case was careful reading. The error was in the file the whole time; someone just had to sit down and find it.';
const mBody2 = paras(`
Professor Ruth Imamura, who has directed the clinic since 2019, said the result shows how much of veterans law turns on the
record. "Our students learn that a benefits appeal is won or lost long before the hearing," she said.

The clinic represents about forty veterans and surviving family members each year at no cost, in claims for disability
compensation, discharge upgrades and survivor benefits. Students enroll for two semesters and carry their own caseload under
faculty supervision. The clinic is funded in part by a grant from the Harlan Foundation for Service Members.

Veterans who need help with a claim or appeal can contact the clinic by phone or through the law school's intake form.
Applications for the fall semester open to second-year students in March.
`);
const mNavU = ['Current Students', 'Faculty and Staff', 'Alumni', 'Visitors'];
const mNavL = ['Admissions', 'Academics', 'Clinics and Experiential Learning', 'Faculty', 'News and Events', 'Library'];
const mMore = [
  'Moot Court Team Reaches National Semifinals',
  'Immigration Clinic Launches Walk-In Advice Hours',
  'Dean Announces New Public Interest Fellowship',
];
const mFoot = [
  'Ellery University School of Law',
  '1 College Green, Marlow',
  'Directions',
  'Contact Us',
  'Privacy Statement',
  'Accessibility',
  'Non-Discrimination',
];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Veterans Clinic Students Win Appeal | News | Ellery University School of Law</title>
<meta content="Ellery Law Veterans Benefits Clinic students won an appeal restoring a Navy veteran's disability rating." name="description">
<meta content="article" property="og:type"><meta content="2026-04-02" name="date">
<!-- Cascade CMS: system-page-meta --><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Veterans Clinic
Students Win Appeal","datePublished":"2026-04-02","author":{"@type":"Person","name":"Noor Castellanos"},"publisher":{"@type":"CollegeOrUniversity",
"name":"Ellery University"}}</script>
<link href="/_assets/css/global.min.css" rel="stylesheet"><script src="/_assets/js/gtm.js" async></script>
</head><body class="law news-article"><a class="skip" href="#main">Skip to main content</a>
<div class="eu-global-header"><div class="eu-global-header__inner"><a class="eu-wordmark" href="https://www.ellery.example">Ellery University</a>
<ul class="eu-audience">${links(mNavU)}</ul><form class="eu-search" action="/search"><label for="q" class="sr-only">Search</label><input id="q"
name="q"></form></div></div>
<header class="unit-header"><div class="unit-header__title"><a href="/law/">School of Law</a></div><nav class="unit-nav" aria-label="School of Law">
<ul>${links(mNavL, 'unit-nav__item')}</ul></nav></header>
<div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/law/">School of Law</a></li><li><a href="/law/news/">News and Events</a></li></ol></div>
<main id="main"><div class="grid-container"><div class="grid-x grid-margin-x"><article class="cell large-8 news-article__body">
<p class="news-article__kicker">Clinic News</p><h1 class="news-article__title">${mTitle}</h1>
<div class="news-article__meta"><span class="news-article__author">By Noor Castellanos</span> <span class="news-article__date">April 2, 2026</span></div>
<div class="news-article__share"><span>Share this story</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a></div>
<figure class="news-article__figure"><img alt="" src="/law/news/images/2026/veterans-clinic.jpg">
<figcaption>Clinic students Amara Fitzgerald and Jonah Pereira-Watts with Professor Ruth Imamura.
<span class="credit">Photo by Lev Andrusiak</span></figcaption></figure>
<div class="news-article__content">
${ps(mBody)}
<blockquote class="pullquote"><p>${mQuote}</p><cite>Amara Fitzgerald, Class of 2026</cite></blockquote>
${ps(mBody2)}
</div>
<div class="news-article__tags"><span>Tags:</span> <a href="/law/news/?tag=clinics">Clinics</a>
<a href="/law/news/?tag=veterans">Military and Veterans Affairs</a>
<a href="/law/news/?tag=student-achievements">Student Achievements</a></div></article>
<aside class="cell large-4 news-sidebar"><div class="callout media-contact"><h2>Media Contact</h2><p>Office of Communications, School of Law</p>
<p><a href="mailto:lawnews@ellery.example">lawnews@ellery.example</a></p></div>
<div class="callout clinic-cta"><h2>Need help with a VA claim?</h2><p>Request a free consultation with the Veterans Benefits Clinic.</p>
<a class="button" href="/law/clinics/veterans/intake/">Start an intake form</a></div>
<div class="more-news"><h2>More News</h2><ul>${links(mMore)}</ul><a href="/law/news/">All news</a></div></aside></div></div></main>
<footer class="eu-footer"><div class="eu-footer__inner"><ul class="eu-footer__links">${links(mFoot)}</ul>
<p class="eu-footer__copy">© 2026 Ellery University. All rights reserved.</p></div></footer>
<div id="eu-cookie-notice" class="cookie-notice" role="dialog"><p>Ellery University uses cookies to improve your experience. See our Privacy Statement.</p>
<button class="cookie-notice__ok">OK, got it</button></div>
<script src="/_assets/js/global.min.js"></script></body></html>`;
export const clinicNews: TestPage = {
  name: 'heldout436-cascade-law-school-clinic-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mBody, mQuote, ...mBody2]),
  bylines: ['By Noor Castellanos', 'April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ellery University', ...mNavU, 'School of Law', ...mNavL, 'Home', 'Clinic News', 'Share this story', 'Facebook',
    'LinkedIn', 'Email', 'Clinic students Amara Fitzgerald and Jonah Pereira-Watts with Professor Ruth Imamura.', 'Photo by Lev Andrusiak',
    'Amara Fitzgerald, Class of 2026', 'Tags:', 'Clinics', 'Military and Veterans Affairs', 'Student Achievements', 'Media Contact',
    'Office of Communications, School of Law',
    'lawnews@ellery.example', 'Need help with a VA claim?', 'Request a free consultation with the Veterans Benefits Clinic.', 'Start an intake form',
    'More News', ...mMore, 'All news', ...mFoot, '© 2026 Ellery University. All rights reserved.',
    'Ellery University uses cookies to improve your experience. See our Privacy Statement.', 'OK, got it',
  ],
};
