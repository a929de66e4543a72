import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 179, file b2: a World Bank blog post (blogs.worldbank.org on AEM: the WBG header with "Who We Are" nav
 * and the language menu, the blog's own header with "Blogs" / "Authors" / "Topics", the "This page in:" line, the author
 * strip with date, the share list, a chart figure with source caption, the post with a numbered list, the "Join the
 * Conversation" comment form with its rules note, the authors' bio cards, "Related" blogs, the newsletter box and the
 * World Bank Group footer).
 */
const wbTitle = 'Three lessons from paying teachers on time in fragile states';
const wbP1 = [
  'When teachers are not paid, schools do not open. That sounds obvious, yet in many fragile and conflict-affected countries, salary delays of ' +
    'three months or more are common. Teachers take second jobs, classrooms close for days at a time, and parents stop sending their children.',
  'Over the past four years we have worked with education ministries in five countries to move teacher pay from cash envelopes to digital ' +
    'payments. Here is what we learned.',
];
const wbH1 = '1. Clean the payroll before you digitize it';
const wbP2 = [
  'In one country, a payroll verification exercise found that 11 percent of names on the teacher payroll did not match anyone working in a ' +
    'school. Some were retired, some had died, and some had never existed. Paying those names digitally would simply have made the leak faster.',
  'Headcounts take time and can be politically sensitive, but every project that skipped this step had to come back to it later.',
];
const wbH2 = '2. Make sure teachers can reach their money';
const wbP3 = [
  'Mobile money only works if there is an agent nearby with enough cash. In rural districts, we found teachers travelling up to 40 kilometres to ' +
    'withdraw their salaries, losing a day of teaching each month. Three things helped:',
];
const wbList = [
  'mapping agent locations against school locations before choosing payment providers;',
  'allowing teachers to choose between mobile money and a bank account; and',
  'agreeing with providers on a maximum distance to the nearest cash-out point.',
];
const wbH3 = '3. Publish the payment dates';
const wbP4 = [
  'The simplest reform was often the most popular. When ministries announced fixed payment dates and stuck to them, complaints fell sharply even ' +
    'where amounts had not changed. Predictability matters to households planning rent, school fees and food.',
  'Across the five countries, the average salary delay fell from 47 days to 9 days. Teacher attendance, measured through unannounced school ' +
    'visits, rose by 8 percentage points. Digital pay is not a cure for every problem in a school system, but it removes one reason for ' +
    'classrooms to stand empty.',
];
const wbCaption = 'Figure 1. Average teacher salary delay, in days, before and after the move to digital payments';
const wbSource = 'Source: Ministry payroll records, 2020–2024.';
const wbAuthors = [
  ['Fatou Ndiaye-Larsson', 'Senior Education Specialist, World Bank'],
  ['Pieter Vandermolen', 'Public Sector Specialist, World Bank'],
];
const wbBios = [
  'Fatou Ndiaye-Larsson is a Senior Education Specialist working on education systems in West and Central Africa.',
  'Pieter Vandermolen works on public financial management and payroll reform in fragile and conflict-affected settings.',
];
const wbNav = ['Who We Are', 'What We Do', 'Where We Work', 'Understanding Poverty', 'Work With Us'];
const wbBlogNav = ['Blogs', 'Authors', 'Topics', 'Regions', 'Search Blogs'];
const wbShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const wbTopics = ['Education', 'Governance', 'Fragility, Conflict and Violence', 'Digital Development'];
const wbComment = [
  'Join the Conversation',
  'The content of this field is kept private and will not be shown publicly',
  'Name',
  'Email',
  'Comment',
  'Remaining characters: 1000',
  'Submit',
  'Comments are moderated and will appear after review.',
];
const wbRelated = ['What it takes to keep schools open during conflict', 'Digital payments for health workers: early evidence', 'Why payroll audits pay off'];
const wbNews = [
  'Get updates from Education for Global Development',
  'Thank you for choosing to be part of the Education for Global Development community!',
  'SUBSCRIBE',
  'Your email address',
];
const wbFoot = [
  'IBRD',
  'IDA',
  'IFC',
  'MIGA',
  'ICSID',
  'Legal',
  'Privacy Notice',
  'Site Accessibility',
  'Access to Information',
  'Jobs',
  'Contact',
  'Scam Alert',
];
const wbHtml = `<!DOCTYPE HTML>
<html lang="en"><head><meta charset="UTF-8"><title>${wbTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Lessons from moving teacher salaries to digital payments in five fragile and conflict-affected countries.">
<meta property="og:title" content="${wbTitle}"><meta property="og:type" content="article"><meta name="template" content="blog-detail-page">
<link rel="canonical" href="https://blogs.worldbank.org/en/education/three-lessons-paying-teachers-time-fragile-states">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wbTitle}","datePublished":"2025-02-19",
"author":[{"@type":"Person","name":"Fatou Ndiaye-Larsson"},{"@type":"Person","name":"Pieter Vandermolen"}]}</script>
<script src="/etc.clientlibs/worldbankgroup/clientlibs/clientlib-analytics.min.js" async></script>
<link rel="stylesheet" href="/etc.clientlibs/worldbankgroup/clientlibs/clientlib-site.min.css"></head>
<body class="blog-detail page basicpage"><a class="lp__skip-link" href="#main">Skip to Main Navigation</a>
<header class="lp__header"><div class="lp__header_wrapper"><a class="lp__logo" href="https://www.worldbank.org/en/home"><img alt="World Bank Group logo"
src="/content/dam/wbr/logo/logo-wb-header-en.svg"></a><nav class="lp__megamenu" aria-label="Main"><ul>${links(wbNav, 'lp__megamenu_item')}</ul></nav>
<div class="lp__language"><button aria-expanded="false" class="lp__language_button">English</button><ul class="lp__language_list" hidden>
${links(['Español', 'Français', 'العربية', 'Русский', '中文'])}</ul></div></div></header>
<div class="blog-header"><div class="container"><a class="blog-header__title" href="/en/education">Education for Global Development</a>
<ul class="blog-header__nav">${links(wbBlogNav)}</ul></div></div>
<main id="main"><div class="container"><article class="blog-detail"><div class="lp__languages_available"><span>This page in:</span>
<a href="/en/education/three-lessons" class="active">English</a> <a href="/es/education/tres-lecciones">Español</a></div>
<h1 class="lp__blog_title">${wbTitle}</h1><div class="lp__blog_author_strip">${wbAuthors
  .map((a) => `<div class="lp__author"><a class="lp__author_name" href="/en/team/${a[0]?.toLowerCase().replace(/ /g, '-')}">${a[0]}</a></div>`)
  .join('')}<span class="lp__blog_date">February 19, 2025</span></div>
<div class="lp__social_share"><ul>${wbShare.map((s) => `<li><a href="#" aria-label="${s}"><span class="lp__share_label">${s}</span></a></li>`).join('')}</ul>
</div>
<div class="lp__blog_banner"><img src="/content/dam/sites/blogs/img/detail/mgr/teachers-classroom.jpg" alt="Teachers in a classroom">
<p class="lp__banner_credit">
Teachers at a primary school in a conflict-affected district. Photo: Hamid Osei / World Bank</p></div>
<div class="text cmp-text lp__body_content">
${ps(wbP1)}
<h3>${wbH1}</h3>
${ps(wbP2)}
<h3>${wbH2}</h3>
${ps(wbP3)}
<ol>${wbList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure class="lp__figure"><img src="/content/dam/sites/blogs/img/detail/mgr/chart1.png" alt="Bar chart of salary delays"><figcaption><p>${wbCaption}</p>
<p><em>${wbSource}</em></p></figcaption></figure>
<h3>${wbH3}</h3>
${ps(wbP4)}
</div>
<div class="lp__blog_topics"><h4>Topics</h4><ul>${links(wbTopics)}</ul></div>
<section class="lp__comments"><h2>${wbComment[0]}</h2><form class="comment-form"><label for="c-name">${wbComment[2]}</label><input id="c-name">
<label for="c-mail">${wbComment[3]}</label><input id="c-mail" type="email"><div class="description">${wbComment[1]}</div>
<label for="c-body">${wbComment[4]}</label><textarea id="c-body" maxlength="1000"></textarea><div class="counter">${wbComment[5]}</div>
<button type="submit">${wbComment[6]}</button></form><p class="lp__comments_note">${wbComment[7]}</p></section>
<section class="lp__authors"><h2>Authors</h2>${wbAuthors
  .map(
    (a, i) => `<div class="lp__author_card"><h3><a href="/en/team">${a[0]}</a></h3><p class="lp__author_title">${a[1]}</p>
<p class="lp__author_bio">${wbBios[i]}</p><a href="/en/team/more" class="lp__author_more">More Blogs By ${a[0]?.split(' ')[0]}</a></div>`,
  )
  .join('\n')}</section></article>
<aside class="lp__related"><h2>Related</h2><ul>${links(wbRelated, 'lp__related_item')}</ul></aside>
<div class="lp__newsletter"><h3>${wbNews[0]}</h3><p hidden class="lp__newsletter_thanks">${wbNews[1]}</p><form><input type="email" placeholder="Email"
aria-label="${wbNews[3]}"><button type="submit">${wbNews[2]}</button></form><span class="sr-only">${wbNews[3]}</span></div></div></main>
<footer class="lp__footer"><div class="lp__footer_wrapper"><p class="lp__footer_brand">World Bank Group</p><ul>${links(wbFoot)}</ul>
<p class="lp__footer_copy">© 2025 The World Bank Group, All Rights Reserved.</p></div></footer>
<script src="/etc.clientlibs/worldbankgroup/clientlibs/clientlib-site.min.js"></script></body></html>`;
export const worldBankBlog: TestPage = {
  html: wbHtml,
  name: 'heldout179-world-bank-blog',
  kind: 'blog',
  // the numbered h3s are the headings; the chart caption and source, the banner credit, topics, comment form, author cards
  // (titles and bios), related blogs, newsletter (with its hidden thank-you line) and footer are furniture; the authors'
  // names and the date in the strip are bylines
  title: wbTitle,
  headings: [wbH1, wbH2, wbH3],
  body: [...wbP1, ...wbP2, ...wbP3, ...wbList, ...wbP4],
  bylines: ['Fatou Ndiaye-Larsson', 'Pieter Vandermolen', 'February 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Navigation', ...wbNav, 'English', 'Español', 'Français', 'العربية', 'Русский', '中文',
    'Education for Global Development', ...wbBlogNav,
    'This page in:', ...wbShare, 'Teachers at a primary school in a conflict-affected district. Photo: Hamid Osei / World Bank', wbCaption, wbSource,
    ...wbTopics, ...wbComment, ...wbAuthors.map((a) => a[1] ?? ''), ...wbBios, 'More Blogs By Fatou', 'More Blogs By Pieter', 'Related', ...wbRelated,
    ...wbNews, 'World Bank Group', ...wbFoot, '© 2025 The World Bank Group, All Rights Reserved.',
  ],
};
