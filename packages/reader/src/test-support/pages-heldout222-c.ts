import { links, type TestPage, texts } from './page-kit.js';
import { hospitalPage } from './pages-heldout222-c2.js';

/**
 * Held-out batch 222, file c: an elementary school's principal newsletter post on a Finalsite-style district site (the
 * emergency alert bar, utility nav with "Translate", the school and district header, main nav, breadcrumbs, the post's date
 * and author, the "Upcoming Dates" table and lists, an attached PDF link, "Recent News" in the sidebar, the footer with address,
 * phone and the non-discrimination notice, "Powered by Finalsite") and, from file c2, a children's hospital health library page.
 */
const scTitle = 'Principal’s Newsletter: October 2025';
const scH = ['A note from Mrs. Delacroix', 'Upcoming dates', 'Fall conferences', 'From the health office', 'PTO corner'];
const scP1 = [
  'Dear Maple Ridge families,',
  'What a start to the year! Our students have settled into their classrooms beautifully, and I have loved seeing so many of you ' +
    'at drop-off, at Back to School Night and on the playground at the Ice Cream Social. Thank you for making our new families ' +
    'feel so welcome.',
  'This month our whole school is focusing on kindness as part of our Ridge Ready character program. Each class will be adding ' +
    'paper leaves to the Kindness Tree in the front hallway whenever a student notices someone doing something kind. Please ask ' +
    'your child about it at dinner. By Halloween we hope the tree is full.',
];
const scDates = [
  ['Oct 8', 'Picture Day (retakes on Nov 12)'],
  ['Oct 10', 'No school, professional development day'],
  ['Oct 17', 'Early dismissal at 12:45 pm'],
  ['Oct 23', 'PTO meeting, 6:30 pm, library'],
  ['Oct 31', 'Fall Parade, 2:00 pm, front field'],
];
const scP3 = [
  'Parent-teacher conferences will be held on October 22 and 23. Sign-up links will be sent by your child’s teacher by October 9. ' +
    'Conferences are 15 minutes long and can be held in person or by video call. If you need an interpreter, please let the ' +
    'front office know by October 15 and we will arrange one.',
];
const scP4 = ['A few reminders as cold and flu season begins:'];
const scL4 = [
  'Please keep your child home if they have had a fever of 100.0 degrees or higher in the last 24 hours.',
  'Students who need medication during the school day must have a signed medication form on file with the nurse.',
  'Hearing and vision screenings for kindergarten, 2nd and 4th grade will take place the week of October 27.',
];
const scP5 = [
  'Our PTO raised $6,420 at the fall fun run, which will go toward new library books and the 5th grade trip to Camp Tamarack. ' +
    'A huge thank you to every runner, volunteer and sponsor.',
  'The PTO is still looking for two volunteers to help organize the Winter Book Fair. No experience needed, just enthusiasm. ' +
    'Please email the PTO if you can help.',
  'As always, my door is open. Thank you for sharing your children with us.',
];
const scSign = ['Warmly,', 'Angela Delacroix, Principal'];
const scUtil = ['Staff Directory', 'Calendar', 'Lunch Menus', 'Parent Portal', 'Translate'];
const scNav = ['About Us', 'Academics', 'Families', 'Students', 'Athletics & Activities', 'Contact'];
const scCrumbs = ['Home', 'News'];
const scRecent = ['Fun Run raises more than $6,000', 'Welcome back, Mustangs!', 'Bus routes for 2025-26 now available'];
const scAlert = 'Early dismissal Friday, October 17 at 12:45 pm for all Maple Ridge students.';
const scNotice =
  'Cedar Valley School District does not discriminate on the basis of race, color, national origin, sex, disability or age in ' +
  'its programs and activities.';
const scHtml = `<!DOCTYPE html>
<html lang="en" class="fsNoJS"><head><meta charset="utf-8"><title>Principal’s Newsletter: October 2025 - Maple Ridge Elementary School</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="October news, dates and reminders for Maple Ridge families.">
<meta property="og:title" content="${scTitle}"><meta property="og:site_name" content="Maple Ridge Elementary School">
<link rel="stylesheet" href="https://resources.finalsite.example/min/css/fs-core.min.css"><link rel="stylesheet"
href="/uploaded/themes/mapleridge_2023/main.css">
<script>var FS = FS || {}; FS.siteId = 4821; FS.pageId = 112;</script><script src="https://resources.finalsite.example/min/js/fs-core.min.js">
</script></head>
<body class="fsPage fsNewsPost"><div id="fsPageWrapper">
<div class="fsAlertBar fsStyleEmergency" role="alert"><p><strong>Alert:</strong> ${scAlert}</p><button class="fsAlertClose"
aria-label="Close alert">Close</button></div>
<header id="fsHeader" class="fsHeader"><nav class="fsUtilityNav" aria-label="Utility"><ul>${links(scUtil, 'fsNavLevel1')}</ul>
<div id="google_translate_element" class="fsTranslate" hidden><span>Select Language</span></div></nav>
<div class="fsBanner"><a class="fsLogo" href="/"><img src="/uploaded/themes/mapleridge_2023/images/logo.png" alt="Maple Ridge Elementary School"></a>
<p class="fsSchoolName">Maple Ridge Elementary School</p><p class="fsDistrictName">Cedar Valley School District</p></div>
<nav id="fsMenu" class="fsMainNav" aria-label="Main"><ul>${links(scNav, 'fsNavLevel1')}</ul></nav></header>
<main id="fsPageBodyWrapper"><div class="fsBreadcrumb"><ol>${links(scCrumbs)}</ol></div>
<div class="fsPageLayout fsLayout fsTwoColumnLayout"><div class="fsDiv fsMainCol"><section class="fsElement fsPost" id="fsEl_9912">
<article class="fsBody"><h1 class="fsPostTitle">${scTitle}</h1>
<div class="fsPostMeta"><time class="fsDate" datetime="2025-10-03">October 3, 2025</time> <span class="fsAuthor">Posted by Angela Delacroix</span></div>
<div class="fsPostElement fsRichText"><h2>${scH[0]}</h2>${scP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${scH[1]}</h2><table class="fsDateTable"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>
${scDates.map(([d, e]) => `<tr><td>${d}</td><td>${e}</td></tr>`).join('\n')}</tbody></table>
<h2>${scH[2]}</h2>${scP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${scH[3]}</h2><p>${scP4[0]}</p><ul>${scL4.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<h2>${scH[4]}</h2>${scP5.map((p) => `<p>${p}</p>`).join('\n')}
<p>${scSign[0]}<br>
${scSign[1]}</p>
<p class="fsAttachment"><a href="/uploaded/newsletters/2025-10-newsletter.pdf">Download the printable newsletter (PDF, 412 KB)</a></p></div>
<div class="fsPostShare"><span>Share this post</span><a href="#">Facebook</a><a href="#">Email</a></div>
<div class="fsPostNav"><a href="/news/september-2025">Previous Post</a><a href="/news">Back to News</a></div></article></section></div>
<aside class="fsDiv fsAsideCol"><section class="fsElement fsNews"><h2 class="fsElementTitle">Recent News</h2><ul>${links(scRecent, 'fsNewsItem')}</ul>
<a class="fsElementFooterLink" href="/news">View All News</a></section></aside></div></main>
<footer id="fsFooter" class="fsFooter"><div class="fsAddress"><p>Maple Ridge Elementary School</p><p>4100 Orchard Lane, Cedar Valley, OR 97099</p>
<p>Phone: (503) 555-0147</p><p>Fax: (503) 555-0148</p></div><p class="fsNotice">${scNotice}</p>
<p class="fsPoweredBy">Powered by Finalsite</p></footer></div></body></html>`;
const schoolNews: TestPage = {
  html: scHtml,
  name: 'heldout222-school-newsletter-news',
  kind: 'news',
  // the dates table's data cells are body (header cells neither); the salutation and the sign-off are body; the
  // alert bar, the PDF link, share and post navigation are furniture
  title: scTitle,
  headings: scH,
  body: texts([...scP1, ...scDates.flat(), ...scP3, ...scP4, ...scL4, ...scP5, ...scSign]),
  bylines: ['October 3, 2025', 'Posted by Angela Delacroix'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Alert:', scAlert, 'Close', ...scUtil, 'Select Language', 'Maple Ridge Elementary School', 'Cedar Valley School District', ...scNav, 'Home', 'News',
    'Download the printable newsletter (PDF, 412 KB)', 'Share this post', 'Facebook', 'Email', 'Previous Post', 'Back to News', 'Recent News',
    ...scRecent, 'View All News', '4100 Orchard Lane, Cedar Valley, OR 97099', 'Phone: (503) 555-0147', 'Fax: (503) 555-0148', scNotice,
    'Powered by Finalsite',
  ],
};
export const HELDOUT222_C: readonly TestPage[] = [schoolNews, hospitalPage];
