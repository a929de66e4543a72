import { links, type TestPage, texts } from './page-kit.js';
import { ifsComment } from './pages-heldout219-f2.js';

/**
 * Held-out batch 219, file f: a university policy institute's brief on a Drupal university site (skip link, the university
 * utility bar and the institute's own nav, the breadcrumb, the "Policy Brief" label, date and authors, the "Download PDF"
 * button, the "Key Takeaways" box, a pull statistic, the "About the Authors" box, suggested citation, related research,
 * the newsletter sign-up and the university footer with its land acknowledgment) and, from file f2, an IFS comment.
 */
const ubTitle = 'Who Uses Community College Dual Enrollment, and Who Is Left Out?';
const ubTake = [
  'Dual enrollment participation in the state grew 64% between 2016 and 2023.',
  'Students from the lowest-income high schools are half as likely to take a dual enrollment course as those from the highest-income schools.',
  'Rural students face the largest gaps, largely because their schools offer fewer courses.',
];
const ubH1 = 'Background';
const ubP1 = [
  'Dual enrollment programs allow high school students to take college courses and earn credit toward a degree before they ' +
    'graduate. Research has found that participants are more likely to enroll in college and to finish a degree. Partly for ' +
    'that reason, the state has expanded funding for dual enrollment every year since 2016.',
  'This brief uses statewide records for every public high school student who graduated between 2016 and 2023 to describe who ' +
    'takes part in dual enrollment and how participation varies across schools and regions.',
];
const ubH2 = 'Findings';
const ubP2 = [
  'In 2023, 31% of graduating seniors had taken at least one dual enrollment course, up from 19% in 2016. Growth was fastest ' +
    'in suburban districts near community college campuses.',
  'Gaps by school income remained large. Among students at high schools in the lowest income quartile, 18% took a dual ' +
    'enrollment course, compared with 37% at schools in the highest quartile. The gap has narrowed only slightly since 2016.',
  'Rural students were the least likely to participate. Many rural high schools offer two or fewer dual enrollment courses, ' +
    'often only online, and students who want to take more must travel long distances to a college campus.',
  'Participation also differed by race and ethnicity, but most of that difference disappears once we account for the courses ' +
    'offered at each student’s high school, which suggests that access, not demand, drives the gaps.',
];
const ubStat = '2x';
const ubStatText = 'Students at the highest-income high schools are twice as likely to take dual enrollment courses.';
const ubH3 = 'Policy Recommendations';
const ubP3 = ['Based on these findings, we recommend that state policymakers:'];
const ubList = [
  'Provide start-up grants for rural high schools to hire or train instructors qualified to teach college courses.',
  'Cover transportation costs for students who must travel to a college campus to take courses.',
  'Publish participation data by school each year so that districts can track gaps.',
];
const ubUtil = ['Calder University', 'Admissions', 'Academics', 'Research', 'Give'];
const ubNav = ['About', 'Research', 'People', 'Events', 'News', 'Data Center'];
const ubAbout = [
  'About the Authors',
  'Rosalind Achterberg is a senior research associate at the Brennard Institute for Education Policy.',
  'Tomás Iwu-Delacroix is a doctoral candidate in the School of Education.',
];
const ubCite =
  'Suggested citation: Achterberg, R., and Iwu-Delacroix, T. (2025). Who Uses Community College Dual Enrollment, and Who Is Left Out? Brennard Institute.';
const ubRelated = ['Transfer Pathways from Community College to Four-Year Degrees', 'The Cost of Remediation in the First Year of College'];
const ubNews = ['Stay informed', 'Sign up to receive our research briefs and event announcements.', 'Email', 'Subscribe'];
const ubFoot = ['Contact Us', 'Accessibility', 'Privacy Notice', 'Non-Discrimination Statement', 'Emergency Information'];
const ubLand = 'Calder University acknowledges that it occupies the ancestral lands of the Indigenous peoples who have cared for this region for generations.';
const ubPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ubHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1.0"><title>${ubTitle} | Brennard Institute for Education Policy</title>
<meta name="description" content="${ubTake[0]}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:title"
content="${ubTitle}">
<link rel="canonical" href="https://brennard.calder.edu/research/who-uses-community-college-dual-enrollment">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${ubTitle}","datePublished":"2025-02-26",
"author":[{"@type":"Person","name":"Rosalind Achterberg"},{"@type":"Person","name":"Tomás Iwu-Delacroix"}]}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CALDER1"></script><link rel="stylesheet"
href="/themes/custom/calder_base/css/style.css"></head>
<body class="path-node page-node-type-publication"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="calder-brandbar"><a class="calder-brandbar__logo"
href="https://www.calder.edu">${ubUtil[0]}</a><ul class="calder-brandbar__links">${links(ubUtil.slice(1))}</ul></div>
<header class="site-header"><a class="site-header__name" href="/">Brennard Institute for Education Policy</a>
<nav class="site-nav" aria-label="Main navigation"><ul class="menu">${links(ubNav, 'menu-item')}</ul></nav></header>
<main id="main-content" role="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/research">Research</a></li>
<li>Policy Briefs</li></ol></nav>
<article class="node node--type-publication"><div class="publication-header"><span class="publication-type">Policy Brief</span><h1
class="page-title">${ubTitle}</h1>
<div class="publication-meta"><time datetime="2025-02-26">February 26, 2025</time><div class="publication-authors">Rosalind Achterberg, Tomás
Iwu-Delacroix</div></div>
<a class="btn btn--primary publication-download" href="/sites/default/files/2025-02/dual-enrollment-brief.pdf">Download PDF</a></div>
<div class="publication-body"><div class="key-takeaways"><h2>Key Takeaways</h2><ul>${ubTake.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<h2>${ubH1}</h2>
${ubPs(ubP1)}
<h2>${ubH2}</h2>
${ubPs(ubP2)}
<div class="pull-stat" aria-hidden="false"><span class="pull-stat__number">${ubStat}</span><p class="pull-stat__text">${ubStatText}</p></div>
<h2>${ubH3}</h2>
${ubPs(ubP3)}
<ul>${ubList.map((l) => `<li>${l}</li>`).join('\n')}</ul></div>
<div class="about-authors"><h2>${ubAbout[0]}</h2><p>${ubAbout[1]}</p><p>${ubAbout[2]}</p></div>
<p class="suggested-citation">${ubCite}</p></article>
<section class="related-research"><h2>Related Research</h2><ul>${links(ubRelated, 'card')}</ul></section>
<section class="newsletter"><h2>${ubNews[0]}</h2><p>${ubNews[1]}</p><label for="em">${ubNews[2]}</label><input
id="em"><button>${ubNews[3]}</button></section></main>
<footer class="calder-footer"><p class="calder-footer__address">Brennard Institute for Education Policy, 410 Alder Hall, Calder University</p>
<ul>${links(ubFoot)}</ul><p class="calder-footer__land">${ubLand}</p><p>© 2025 Calder University</p></footer></body></html>`;
const universityBrief: TestPage = {
  html: ubHtml,
  name: 'heldout219-university-institute-policy-brief',
  kind: 'docs',
  // the "Key Takeaways" box (its heading and bullets) is part of the brief; the pull statistic repeats a finding and is
  // furniture, as are the "About the Authors" box and the suggested citation
  title: ubTitle,
  headings: ['Key Takeaways', ubH1, ubH2, ubH3],
  body: texts([...ubTake, ...ubP1, ...ubP2, ...ubP3, ...ubList]),
  bylines: ['February 26, 2025', 'Rosalind Achterberg, Tomás Iwu-Delacroix'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ubUtil, 'Brennard Institute for Education Policy', ...ubNav, 'Home', 'Policy Briefs', 'Policy Brief', 'Download PDF',
    ubStat, ubStatText, ...ubAbout, ubCite, 'Related Research',
    ...ubRelated, ...ubNews, 'Brennard Institute for Education Policy, 410 Alder Hall, Calder University',
    ...ubFoot, ubLand, '© 2025 Calder University',
  ],
};

export const HELDOUT219_F: readonly TestPage[] = [universityBrief, ifsComment];
