import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout710-kit.js';

/**
 * Held-out batch 710, file c: an edtech company's research post on a Webflow site (navbar with a dropdown, Finsweet cookie
 * banner, category, author block, read time, an "On this page" table of contents, rich text with a table, a figure and a
 * blockquote, share links, a call-to-action block, a newsletter form with its success and error messages, related posts), and a
 * middle school principal's essay on Medium, published in a publication (subtitle, author line with Follow, read time, claps,
 * Listen and Share, figure captions, tags, "Written by" box, responses and "More from" cards).
 */
const wTitle = 'What 1.2 million exit tickets taught us about fractions';
const wSummary = j(
  'We looked at every fraction exit ticket teachers gave on Tallyrun last school year. Three misconceptions explained more than',
  'half of the wrong answers.',
);
const wSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Exit tickets are small by design: two or three questions at the end of a lesson, answered in a few minutes. One exit ticket',
        'tells a teacher whether today’s lesson landed. A million of them, it turns out, tell you where students get stuck.',
      ),
      j(
        'Between August 2025 and June 2026, teachers in 3,400 schools used Tallyrun to give exit tickets on fractions in grades 3',
        'to 6. Our learning science team grouped every wrong answer by the reasoning behind it. Here is what we found.',
      ),
    ],
  ],
  [
    'What we looked at',
    [
      j(
        'We only counted questions that had been tagged to a fraction standard by the teacher or by our item bank, and we only',
        'counted wrong answers that our scoring model could match to a known misconception with high confidence. That left 1.2',
        'million exit tickets from about 410,000 students.',
      ),
    ],
  ],
  [
    'Misconception 1: Bigger denominator, bigger fraction',
    [
      j(
        'The most common error by far, in every grade, was treating the denominator like a whole number: deciding that 1/8 is',
        'bigger than 1/6 because 8 is bigger than 6. It showed up in 23% of wrong answers on comparison questions, and it was still',
        'there in sixth grade.',
      ),
    ],
  ],
  [
    'Misconception 2: Adding across',
    [
      j(
        'The second was adding numerators and denominators separately, so that 1/2 + 1/3 becomes 2/5. Students who made this',
        'mistake usually got equivalent fraction questions right, which suggests the problem is not a lack of fraction sense but a',
        'procedure borrowed from somewhere else.',
      ),
    ],
  ],
  [
    'Misconception 3: Fractions only live between 0 and 1',
    [
      j(
        'The third was harder to spot. When asked to place 5/4 on a number line, a large share of students put it between 0 and 1,',
        'often right next to 4/5. Many of the same students could convert 5/4 to 1 1/4 without trouble. They simply did not think',
        'of a fraction as a number that could be bigger than one.',
      ),
    ],
  ],
  [
    'What teachers can do with this',
    [
      'None of these are new to experienced math teachers. What the data adds is how persistent they are. A few practical takeaways:',
      j(
        'Starting this month, Tallyrun flags these three misconceptions automatically in your exit ticket reports, with a short',
        'suggestion for the next day’s warm-up.',
      ),
    ],
  ],
];
const wTable = [
  ['Grade', 'Exit tickets', 'Students', 'Answered correctly'],
  ['3', '214,000', '88,000', '61%'],
  ['4', '402,000', '131,000', '58%'],
  ['5', '371,000', '119,000', '64%'],
  ['6', '213,000', '72,000', '69%'],
];
const wQuote = j(
  '“I had taught common denominators three times and I could not understand why it wasn’t sticking. When I saw that most of',
  'my class was adding across, I stopped reteaching the procedure and went back to fraction strips.”',
);
const wQuoteBy = '— Rania Haddad, fifth grade teacher, Dunmore, Oregon';
const wList = [
  'Ask comparison questions with unit fractions early and often, and ask students to explain their choice.',
  'Use area models or fraction strips before the addition algorithm, not after.',
  'Put improper fractions on the number line from the first week of the unit.',
];
const wNav = ['Product', 'Schools & Districts', 'Pricing'];
const wRes = ['Blog', 'Webinars', 'Help Center'];
const wRelated: [string, string, string][] = [
  ['Research', 'February 12, 2027', 'Do students answer differently on paper? We ran the numbers'],
  ['Product', 'January 28, 2027', 'New: misconception flags in exit ticket reports'],
  ['Teaching', 'January 9, 2027', '12 exit ticket questions for your next fractions unit'],
];
const wFootCols: [string, string[]][] = [
  ['Product', ['Exit tickets', 'Reports', 'Integrations', 'Pricing']],
  ['Company', ['About', 'Careers', 'Contact']],
  ['Legal', ['Privacy Policy', 'Terms of Service', 'Student Data Pledge']],
];
const wSec = ([h, p]: [string, string[]], extra = ''): string =>
  `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</h2>\n`}${ps(p)}${extra}`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 02 2027 16:20:44 GMT+0000 -->
<html data-wf-domain="www.tallyrun.com" data-wf-page="65f1c0d2a8e4b7f3c2d1e9a0" data-wf-site="64a9e2b1c0d3f5a7b8e1c2d4"
data-wf-collection="64a9e2b1c0d3f5a7b8e1c3f0" data-wf-item-slug="exit-tickets-fractions" lang="en"><head><meta charset="utf-8">
<title>${wTitle} | Tallyrun</title><meta content="${wSummary}" name="description"><meta content="${wTitle}" property="og:title">
<meta content="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c2d4/65f1c3a0_fractions-hero.png" property="og:image">
<meta property="og:type" content="website"><meta content="summary_large_image" name="twitter:card"><meta content="width=device-width, initial-scale=1"
name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c2d4/css/tallyrun.webflow.shared.4e1b9c2a7.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2027-03-02",
"author":{"@type":"Person","name":"Noemi Castellanos"},"publisher":{"@type":"Organization","name":"Tallyrun"}}</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body">
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to improve your
experience and analyze site traffic. See our <a href="/legal/privacy" class="fs-cc-banner_text-link">Privacy Policy</a>.</div><div
class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c2d4/
logo.svg" loading="lazy" alt="Tallyrun logo" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="nav-link w-nav-link">${t.replace('&', '&amp;')}</a>`).join('\n')}
<div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown"><div class="nav-dropdown-toggle w-dropdown-toggle"><div
class="w-icon-dropdown-toggle"></div>
<div>Resources</div></div><nav class="nav-dropdown-list w-dropdown-list">${wRes
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-dropdown-link w-dropdown-link">${t}</a>`)
  .join('')}</nav></div></nav>
<div class="nav-buttons"><a href="https://app.tallyrun.com/login" class="nav-link-login">Log in</a><a href="https://app.tallyrun.com/signup"
class="button-primary w-button">Get started free</a></div><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section_blog-post"><div class="padding-global"><div class="container-large"><div class="blog-post_header">
<a href="/blog" class="blog-post_back-link w-inline-block"><div>← All posts</div></a><div class="blog-post_category-wrapper"><a href="/blog-categories/research"
class="blog-post_category w-inline-block"><div>Research</div></a></div>
<h1 class="heading-style-h2">${wTitle}</h1><p class="text-size-medium blog-post_summary">${wSummary}</p>
<div class="blog-post_author-wrapper"><img src="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c3f0/noemi.jpg" loading="lazy" alt=""
class="blog-post_author-image"><div class="blog-post_author-text"><div class="text-weight-semibold">Noemi Castellanos</div><div class="text-size-small">Head of
Learning Science</div></div><div class="blog-post_date-wrapper"><div class="text-size-small">March 2, 2027</div><div class="blog-post_divider">•</div><div
class="text-size-small">7 min read</div></div></div></div>
<img src="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c3f0/65f1c3a0_fractions-hero.png" loading="eager" alt="Illustration of three fraction
strips" sizes="(max-width: 991px) 90vw, 960px" class="blog-post_image">
<div class="blog-post_content-wrapper"><div class="blog-post_toc"><div class="text-weight-semibold">On this page</div><div fs-toc-element="table"
class="blog-post_toc-list">${wSecs
  .slice(1)
  .map(([h]) => `<a href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" fs-toc-element="link" class="blog-post_toc-link">${h}</a>`)
  .join('\n')}</div>
<div class="blog-post_share"><div class="text-size-small">Share this post</div><div class="blog-post_share-links"><a fs-socialshare-element="linkedin"
href="#" class="blog-post_share-link w-inline-block" aria-label="Share on LinkedIn"></a><a fs-socialshare-element="facebook" href="#"
class="blog-post_share-link w-inline-block" aria-label="Share on Facebook"></a><a fs-copyclip-element="click" href="#" class="blog-post_share-link
w-inline-block"><div>Copy link</div></a></div></div></div>
<div fs-toc-element="contents" fs-toc-offsettop="6rem" class="text-rich-text w-richtext">
${wSec(wSecs[0] ?? ['', []])}
${wSec(
  wSecs[1] ?? ['', []],
  `\n<table><thead><tr>${(wTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${wTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>`,
)}
${wSec(
  wSecs[2] ?? ['', []],
  `\n<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c3f0/65f1c4b8_compare-chart.png" loading="lazy" alt="Bar chart of wrong answers by
misconception and grade"></div><figcaption>Share of wrong answers on comparison questions explained by each misconception, by grade.</figcaption></figure>`,
)}
${wSec(wSecs[3] ?? ['', []], `\n<blockquote>${wQuote}</blockquote>\n<p><em>${wQuoteBy}</em></p>`)}
${wSec(wSecs[4] ?? ['', []])}
<h2 id="what-teachers-can-do-with-this">${at(
  wSecs.map(([h]) => h),
  5,
)}</h2>
<p>${at(wSecs[5]?.[1] ?? [], 0)}</p>
<ul role="list">${lis(wList)}</ul>
<p>${at(wSecs[5]?.[1] ?? [], 1)}</p>
</div></div>
<div class="blog-post_cta"><div class="blog-post_cta-content"><h3 class="heading-style-h4">Try Tallyrun in your classroom</h3><p>Free for individual
teachers. Set up your first exit ticket in under five minutes.</p><a href="https://app.tallyrun.com/signup" class="button-primary w-button">Get started
free</a></div></div></div></div></section>
<section class="section_newsletter"><div class="padding-global"><div class="container-small"><h2 class="heading-style-h3">Subscribe to The Tally</h2>
<p class="text-size-regular">Our monthly newsletter for teachers: new research, classroom ideas and product updates. No spam.</p>
<div class="newsletter_form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter_form"
data-wf-page-id="65f1c0d2a8e4b7f3c2d1e9a0" data-wf-element-id="b3f1a2c4"><input class="form_input w-input" maxlength="256" name="email" data-name="Email"
placeholder="Enter your email" type="email" id="email" required><input type="submit" data-wait="Please wait..." class="button-primary w-button"
value="Subscribe"></form><div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission
has been received!</div></div><div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went
wrong while submitting the form.</div></div></div></div></div></section>
<section class="section_blog-related"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">Related posts</h2>
<div class="w-dyn-list"><div role="list" class="blog-related_list w-dyn-items">${wRelated
  .map(
    ([c, d, t]) => `<div role="listitem" class="blog-related_item w-dyn-item"><a href="/blog/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"
class="blog-related_link w-inline-block"><div class="blog-related_meta"><div class="blog-post_category">${c}</div><div class="text-size-small">${d}</div></div>
<h3 class="heading-style-h5">${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper"><div class="footer_left-wrapper"><img
src="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c2d4/logo-white.svg" loading="lazy" alt="Tallyrun logo"><p class="text-size-small">Quick
checks for understanding, for every classroom.</p></div>${wFootCols
  .map(
    ([h, l]) =>
      `<div class="footer_link-list"><div class="footer_heading">${h}</div>${l
        .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer_link">${t}</a>`)
        .join('')}</div>`,
  )
  .join('\n')}</div><div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2027 Tallyrun, Inc. All rights reserved.</div></div></div></div>
</footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a9e2b1c0d3f5a7b8e1c2d4" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/64a9e2b1c0d3f5a7b8e1c2d4/js/webflow.7c2e1a9b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout710-webflow-exit-tickets',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wSecs.slice(1).map(([h]) => h),
  body: texts([
    wSummary,
    ...wSecs.slice(0, 2).flatMap(([, p]) => p),
    ...wTable.map((r) => r.join(' ')),
    ...wSecs.slice(2, 4).flatMap(([, p]) => p),
    wQuote,
    wQuoteBy,
    ...(wSecs[4]?.[1] ?? []),
    at(wSecs[5]?.[1] ?? [], 0),
    ...wList,
    at(wSecs[5]?.[1] ?? [], 1),
  ]),
  bylines: ['Noemi Castellanos', 'March 2, 2027', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and analyze site traffic. See our Privacy Policy.', 'Preferences', 'Deny', 'Accept', ...wNav, 'Resources',
    ...wRes, 'Log in', 'Get started free', '← All posts', 'Research', 'Head of Learning Science', 'On this page', 'Share this post', 'Copy link',
    'Share of wrong answers on comparison questions explained by each misconception, by grade.', 'Try Tallyrun in your classroom',
    'Free for individual teachers. Set up your first exit ticket in under five minutes.', 'Subscribe to The Tally',
    'Our monthly newsletter for teachers: new research, classroom ideas and product updates. No spam.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Related posts', ...wRelated.flatMap((r) => r),
    'Quick checks for understanding, for every classroom.', ...wFootCols.flatMap(([h, l]) => [h, ...l]), '© 2027 Tallyrun, Inc. All rights reserved.',
  ],
});

const mTitle = 'We Took the Phones Away. The Hallways Got Louder, and That Was the Point.';
const mSub = 'What one year without phones taught our middle school about lunch, attention and boredom.';
const mSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'The first thing I noticed was the noise. Not in classrooms, where our teachers had been fighting phones for years with',
        'mixed success, but in the cafeteria. On the second day of school last August, I walked into lunch at Briar Glen Middle',
        'School and could barely hear the student next to me. For a principal, that was an unfamiliar and wonderful problem.',
      ),
      j(
        'We were one of the first schools in our district to lock phones away for the whole day, from the first bell to the last.',
        'Students put them in magnetic pouches at the door and unlock them on the way out. I want to share what happened, because',
        'most of what I read before we started was either a miracle story or a horror story, and our year was neither.',
      ),
    ],
  ],
  [
    'The first six weeks were hard',
    [
      j(
        'I will not pretend otherwise. Parents called about emergencies. A handful of students figured out how to open the pouches',
        'with a strong magnet from the science lab within a week. Several teachers told me privately that they were spending more',
        'time policing pouches than they had ever spent policing phones.',
      ),
      j(
        'What got us through was boring logistics. We set up a phone in the front office that any student could use, any time, no',
        'questions asked. We sent parents a single number to call in an emergency. And we stopped treating a phone out of a pouch as',
        'a discipline issue and started treating it as a conversation.',
      ),
    ],
  ],
  [
    'What changed',
    [
      'By November, the numbers were hard to argue with. Compared with the year before:',
      j(
        'The data I care about most does not fit in a list, though. Our counselors said students were coming to them about',
        'conflicts earlier, before things blew up online. Our librarian ran out of chess sets. A seventh grader told me, with some',
        'outrage, that she had been “forced” to talk to a new student at lunch and that they were now best friends.',
      ),
    ],
  ],
  [
    'What did not change',
    [
      j(
        'Phones were never the only thing pulling at our students’ attention, and taking them away did not fix everything. Reading',
        'scores were flat. Chromebooks, which we still use every day, turned out to be just as distracting in some classes, and we',
        'are working on that now. And the students who were struggling before, for reasons that have nothing to do with technology,',
        'were still struggling.',
      ),
    ],
  ],
  [
    'Boredom is not an emergency',
    [
      j(
        'If I had to name one lesson, it is that our students had almost no practice being bored. The first weeks without phones,',
        'passing periods and lunch felt unbearable to some of them. By spring, those same minutes were when they talked, argued,',
        'played cards and, yes, got louder.',
      ),
      j('I used to think a quiet hallway was a sign of a well-run school. Now I think a loud cafeteria might be a better one.'),
    ],
  ],
];
const mList = [
  'Referrals for bullying fell by 38 percent.',
  'Teachers reported losing about six minutes per class period to phone-related interruptions, down from nineteen.',
  'Library checkouts during lunch more than doubled.',
];
const mQuote = '“I didn’t know we had a chess club. I didn’t know I liked chess.” — a sixth grader, in October';
const mTags = ['Education', 'Schools', 'Smartphones', 'Parenting', 'Middle School'];
const mMore: [string, string, string][] = [
  ['In The Staffroom by Ines Albright', 'The Case for Teaching Cursive Again, From a Skeptic', 'Feb 18, 2027'],
  ['Gideon Osei-Brandt', 'Our Teachers Stopped Answering Email After 6 p.m. Nobody Noticed.', 'Jan 30, 2027'],
  ['In The Staffroom by Tomás Reyes', 'I Taught Summer School for Ten Years. Here Is What I Would Change.', 'Jan 12, 2027'],
];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mP = (t: string, id: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph ns nt gv nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op fo bk"
data-selectable-paragraph="">${t}</p>`;
const mH = (t: string, id: string): string =>
  `<h2 id="${id}" class="oq or gv bf os ot ou ov ow ox oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn bk" data-selectable-paragraph="">${t}</h2>`;
const mSec = ([h, p]: [string, string[]], k: number): string => `${h === '' ? '' : `${mH(h, `h${k}a1`)}\n`}${p.map((t, i) => mP(t, `p${k}${i}c9`)).join('\n')}`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Gideon Osei-Brandt | The Staffroom | Mar, 2027 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2027-03-03T13:02:41.118Z">
<meta data-rh="true" name="title" content="${mTitle} | by Gideon Osei-Brandt | The Staffroom | Mar, 2027 | Medium">
<meta data-rh="true" property="og:title" content="${mTitle}"><meta data-rh="true" name="description" content="${mSub}">
<meta data-rh="true" name="author" content="Gideon Osei-Brandt"><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="6 min read">
<link data-rh="true" rel="canonical" href="https://medium.com/the-staffroom/we-took-the-phones-away-4d2f8b91c7a3">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2027-03-03T13:02:41.118Z","author":{"@type":"Person","name":"Gideon Osei-Brandt","url":"https://medium.com/@gosei.brandt"},
"publisher":{"@type":"Organization","name":"The Staffroom"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="560" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style>
<style type="text/css" data-fela-rehydration="560" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}.gv{color:#242424}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c">
<div class="p q r s t u v w x i d y z"><a class="du ag dv bf ah b dw dx dy dz ea eb ec ed ee ef eg eh" href="https://rsci.app.link/?%24canonical_url=x"
rel="noopener follow">Open in app</a><div class="ab q"><p class="bf b dv z ei ej ek">Sign up</p><div class="el l"><p class="bf b dv z du"><span><a
class="af ag ah ai aj ak al am an ao ap aq ar as at"
href="https://medium.com/m/signin?operation=login" rel="noopener follow">Sign in</a></span></p></div></div></div>
<div class="p q r ab ac"><div class="ab q ae"><a aria-label="Homepage" data-testid="headerMediumLogo"
href="https://medium.com/?source=post_page---top_nav_layout_nav"
rel="noopener follow"><svg viewBox="0 0 719 160" class="fb fc"><path fill="#242424" d="M0 0"></path></svg></a><div class="ag h"><div class="ab fd fe ff"><input
role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="aw fg fh fi"
placeholder="Search" value=""></div></div></div><div class="h k w fj fk"><div class="fl ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at"
data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register" rel="noopener follow"><div class="bf b bg z du fm fn ab q fo fp"><div
class="fq">Write</div></div></a></div></div></div>
<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="gd ge"><a href="https://medium.com/the-staffroom?source=post_page---publication_nav" rel="noopener
follow"><p class="bf b bg z du">The Staffroom</p></a><p class="bf b bg z du">Essays and ideas from people who work in schools.</p></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="gq gr gs gt gu"></div><div class="ht hu hv hw hx"><div class="ab cb"><div
class="ci bh fz ga gb gc">
<div><h1 id="7f1a" class="pw-post-title hy hz gv bf ia ib ic id ie if ig ih ii ij ik il im in io ip iq ir is it iu bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="c3d9" class="pw-subtitle-paragraph iv iw gv bf b ix iy iz ja jb jc jd je jf jg jh ji jj jk jl cq du"
data-selectable-paragraph="">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="jm jn jo jp jq ab"><div><div class="ab jr"><div><div class="bm"
aria-hidden="false"><a href="https://medium.com/@gosei.brandt?source=post_page---byline--4d2f8b91c7a3" rel="noopener follow"><div class="l js jt by ju jv"><img
alt="Gideon Osei-Brandt" class="l eq by dd de cx" src="https://miro.medium.com/v2/resize:fill:64:64/1*gob-portrait.jpeg" width="32" height="32"
loading="lazy" data-testid="authorPhoto"></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span
class="bf b bg z bk"><div
class="jw ab q"><div class="ab q jx"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b jy jz bk"><a
class="af ag ah ai aj ak al am an ao ap
aq ar ka" data-testid="authorName" href="https://medium.com/@gosei.brandt?source=post_page---byline--4d2f8b91c7a3" rel="noopener follow">Gideon
Osei-Brandt</a></p></div></div></div><span class="kb kc" aria-hidden="true"><span class="bf b bg z du">·</span></span><p class="bf b jy jz du"><span><a
class="kd
ke ah ai aj ak al am an ao ap aq ar ey kf kg"
href="https://medium.com/m/signin?actionUrl=follow" rel="noopener follow">Follow</a></span></p></div></div></span></div>
</div><div class="l kh"><span class="bf b bg z du"><div class="ab cn ki kj kk"><div class="kl km ab"><div class="bf b bg z du ab kn"><span class="ko l
kh">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar ka ab q"
data-testid="publicationName" href="https://medium.com/the-staffroom?source=post_page---byline--4d2f8b91c7a3" rel="noopener follow"><p class="bf b bg z kp kq kr
ks kt ku kv kw bk">The Staffroom</p></a></div></div></div><div class="h k"><span class="kb kc" aria-hidden="true"><span
class="bf b bg z du">·</span></span></div>
</div><span class="bf b bg z du"><div class="ab ae"><span data-testid="storyReadTime">6 min read</span><div class="kx ky l" aria-hidden="true"><span class="l"
aria-hidden="true"><span class="bf b bg z du">·</span></span></div><span
data-testid="storyPublishDate">Mar 3, 2027</span></div></span></div></span></div></div></div>
<div class="ab cp kz la lb lc ld le lf lg lh li lj lk ll lm ln lo"><div class="h k w fj fk q"><div class="me l"><div class="ab q mf mg"><div
class="pw-multi-vote-icon fm an mh mi mj"><div class=""><div class="mk ml mm mn mo mp mq am mr ms mt mj"><svg width="24" height="24" viewBox="0 0 24 24"
aria-label="clap"><path fill-rule="evenodd" d="M11.37.828"></path></svg></div></div></div><div class="pw-multi-vote-count l mu mv mw mx my mz na"><p
class="bf b dv
z du"><span class="mb">2.4K</span></p></div></div></div><div><div class="bm" aria-hidden="false"><button class="ao mc nd ne ab q fn nf ng"
aria-label="responses"><svg
width="24" height="24" viewBox="0 0 24 24" class="nc"><path d="M18.006 16.803"></path></svg><p class="bf b dv z du"><span class="pw-responses-count nb
nc">41</span></p></button></div></div></div><div class="ab q lp lq lr ls lt lu lv lw lx ly lz ma mb"><div class="nh k j i d"></div><div class="h k"><div><div
class="bm" aria-hidden="false"><button aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af fo ah ai aj ak al ni an ao ap ex
nj nk nl" disabled=""><svg width="25" height="25" viewBox="0 0 25 25" class="au"><path fill="#000" d="M18 2.5"></path></svg></button></div></div></div><div
class="ep nm cm"><div class="l ae"><div class="ab cb"><div class="nn no np nq nr ns ci bh"><div class="ab"><div class="bm bh" aria-hidden="false"><div><div
class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af fo ah ai aj ak al ni an ao ap ex nt nu nf nv nw nx ny nz s oa
ob oc od oe of og u oh oi oj"><svg width="24" height="24" viewBox="0 0 24 24"><path fill="currentColor" d="M3 12"></path></svg><div class="j i d"><p class="bf b
bg z du">Listen</p></div></button></div></div></div></div></div></div></div></div><div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu"
aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false"
aria-label="Share Post" data-testid="headerSocialShareButton" class="af fo ah ai aj ak al ni an ao ap ex nt nu nf nv nw nx ny nz s oa ob oc od oe of og u oh
oi oj"><svg width="24" height="24" viewBox="0 0 24 24"><path fill="currentColor" d="M15.218 4.931"></path></svg><div class="j i d"><p class="bf b bg z
du">Share</p></div></button></div></div></div></div></div></div></div></div></div>
${mSec(mSecs[0] ?? ['', []], 0)}
<figure class="pq pr ps pt pu pv pn po paragraph-image"><div role="button" tabindex="0" class="pw px fj py bh pz"><div class="pn po pp"><picture><source
srcSet="https://miro.medium.com/v2/resize:fit:1400/format:webp/1*cafeteria.jpeg" type="image/webp"><img alt="Students talking at long cafeteria tables"
class="bh lr qa c" width="700" height="467" loading="eager" role="presentation"
src="https://miro.medium.com/v2/resize:fit:700/1*cafeteria.jpeg"></picture></div>
</div><figcaption class="qb ff qc pn po qd qe bf b bg z du" data-selectable-paragraph="">Lunch at Briar Glen in October. Photo by the author, shared with
permission from the families.</figcaption></figure>
${mSec(mSecs[1] ?? ['', []], 1)}
${mH(
  at(
    mSecs.map(([h]) => h),
    2,
  ),
  'h2a1',
)}
${mP(at(mSecs[2]?.[1] ?? [], 0), 'p20c9')}
<ul class="">${mList
  .map(
    (t, i) => `<li id="l${i}e4" class="qf qg gv nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op qh qi qj bk"
data-selectable-paragraph="">${t}</li>`,
  )
  .join('\n')}</ul>
${mP(at(mSecs[2]?.[1] ?? [], 1), 'p21c9')}
<blockquote class="qk ql qm"><p id="b1q7" class="ns nt qn nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op gn bk"
data-selectable-paragraph="">${mQuote}</p></blockquote>
${mSec(mSecs[3] ?? ['', []], 3)}
${mSec(mSecs[4] ?? ['', []], 4)}
<p id="e9f0" class="pw-post-body-paragraph ns nt gv nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op fo bk"
data-selectable-paragraph=""><em class="qo">Gideon
Osei-Brandt is the principal of Briar Glen Middle School. He writes about school leadership in The Staffroom.</em></p>
</div></div></div></div></section></div></div></article>
<div class="l ae"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="rb rc ab jr"><div class="rd ab">${mTags
  .map(
    (t) => `<a class="re ay am ao"
href="https://medium.com/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----4d2f8b91c7a3" rel="noopener follow"><div
class="rf fe cx rg gg rh ri bf b bg z bk rj">${t}</div></a>`,
  )
  .join('\n')}</div></div>
<div class="ab q rk"><div class="pw-multi-vote-count l"><p class="bf b bg z du"><span class="mb">2.4K</span></p></div><p class="bf b bg z du"><span
class="pw-responses-count">41</span></p></div></div></div></div>
<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="sd se ab it iz sf sg"><div class="sh si sj sk sl sm sn so sp sq ab cp"><div class="h k"><h2
class="bf sr ss st su sv sw sx sy sz ta tb tc td te tf tg bk">Written by Gideon Osei-Brandt</h2></div><div class="ab q ti"><span
class="pw-follower-count bf b bg z
du"><a class="af ag ah ai aj ak al am an ao ap aq ar jf" href="https://medium.com/@gosei.brandt/followers" rel="noopener follow">3.1K Followers</a></span><span
class="bf b bg z du"> · Writer for <a href="https://medium.com/the-staffroom" rel="noopener follow">The Staffroom</a></span></div><div class="tj l"><p class="bf
b bg z bk"><span class="cq">Principal of a public middle school. Former English teacher. Writing about the parts of school leadership nobody trained me
for.</span></p></div><div class="ab"><button class="bf b bg z gr tk tl ti">Follow</button></div></div></div></div></div>
<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="uc ud ue uf ug"><h2 class="bf sr ss st su bk">Responses (41)</h2><div class="uh ui
l"><button class="bf b bg z bk qx">See all responses</button></div></div></div></div>
<div class="ab cb"><div class="ci bh fz ga gb gc"><h2 class="bf sr ss st bk">More from Gideon Osei-Brandt and The Staffroom</h2><div class="vb vc">${mMore
  .map(
    ([a, t, d]) => `<div class="vd ve"><p class="bf b bg z bk">${a}</p><h3 class="bf ig kd kf kg kh bk">${t}</h3><span class="bf b bg z du">${d}</span></div>`,
  )
  .join('\n')}</div></div></div>
<div class="l uo"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ab q cb"><div class="ab q xw xx">${mFoot
  .map(
    (t) => `<a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/${t.toLowerCase().replace(/ /g, '-')}" rel="noopener follow"><p
class="bf b dv z du">${t}</p></a>`,
  )
  .join('\n')}</div></div></div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20270302-170233-b7e1f0c2a1"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>
window.__APOLLO_STATE__ = {"ROOT_QUERY":{"postResult({\\"id\\":\\"4d2f8b91c7a3\\"})":{"__ref":"Post:4d2f8b91c7a3"}},"Post:4d2f8b91c7a3":{"id":"4d2f8b91c7a3",
"title":"${mTitle}","clapCount":2431,"readingTime":6.1}}</script></body></html>`;
const medium: TestPage = gold({
  name: 'heldout710-medium-phone-free-school',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mSecs.slice(1).map(([h]) => h),
  body: texts([
    mSub,
    ...mSecs.slice(0, 2).flatMap(([, p]) => p),
    at(mSecs[2]?.[1] ?? [], 0),
    ...mList,
    at(mSecs[2]?.[1] ?? [], 1),
    mQuote,
    ...mSecs.slice(3).flatMap(([, p]) => p),
  ]),
  bylines: ['Gideon Osei-Brandt', '6 min read', 'Mar 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Sign up', 'Sign in', 'Write', 'The Staffroom', 'Essays and ideas from people who work in schools.', 'Follow', 'Published in', '2.4K',
    '41', 'Listen', 'Share', 'Lunch at Briar Glen in October. Photo by the author, shared with permission from the families.',
    'Gideon Osei-Brandt is the principal of Briar Glen Middle School. He writes about school leadership in The Staffroom.', ...mTags,
    'Written by Gideon Osei-Brandt', '3.1K Followers', '· Writer for The Staffroom',
    'Principal of a public middle school. Former English teacher. Writing about the parts of school leadership nobody trained me for.',
    'Responses (41)', 'See all responses', 'More from Gideon Osei-Brandt and The Staffroom',
    ...mMore.flatMap((r) => r).filter((t) => t !== 'Gideon Osei-Brandt'), ...mFoot,
  ],
});

export const HELDOUT710_C: readonly TestPage[] = [webflow, medium];
