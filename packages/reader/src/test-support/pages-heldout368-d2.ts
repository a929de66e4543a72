import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout368-kit.js';

/** Held-out batch 368, file d2: a Teachable-style lesson (course sidebar with progress and sections, lecture nav, attachments, comments). */
const tTitle = 'Lesson 3.2: Pricing Your First Freelance Translation Job';
const tBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'Welcome back. In the last lesson you built a short portfolio; now a client has written to you and asked, “What would',
        'you charge for this?” This is the moment most new translators undersell themselves, so let us slow it down.',
      ),
    ],
  ],
  [
    'Start from your hourly target',
    [
      j(
        'Work out what you need to earn in an hour of working time, not an hour at the desk. Admin, invoicing and unpaid',
        'revisions take a large share of any freelance week, so divide your monthly target by the hours you can actually bill.',
      ),
      j(
        'Then measure your own speed. Translate three pages of a typical text and time yourself honestly, including the final',
        'read-through. Your words per hour, multiplied by a per-word rate, must reach that hourly target.',
      ),
    ],
  ],
  ['Per word, per hour or per project?', ['Use the unit that suits the job and the client:']],
  [
    'Write the quote',
    [
      j(
        'Keep the quote short. State the word count, the rate, the delivery date, how many rounds of revision are included and',
        'when payment is due. A clear quote looks professional, and it saves an argument later when the scope quietly grows.',
      ),
      j(
        'Finally, do not apologise for your price. If the client pushes back, offer to adjust the deadline or the scope, not',
        'the rate. The worksheet below walks you through a sample quote for a 2,400-word product manual.',
      ),
    ],
  ],
];
const tList = [
  'Per word for ordinary documents, where length predicts effort well.',
  'Per hour for editing, proofreading or work on an existing translation, where the effort is hard to predict.',
  'Per project for small jobs, with a minimum fee so that a two-line email is still worth your time.',
];
const tQuote = '“Your rate is a message about your work before the client has read a word of it.”';
const tSidebar = ['3.1 Building a portfolio that gets replies', '3.2 Pricing your first freelance translation job', '3.3 Contracts and payment terms'];
const tSections = ['Section 2: Tools of the Trade', 'Section 3: Finding and Keeping Clients', 'Section 4: Specialising'];
const tComments: [string, string][] = [
  ['Marisol Achterberg', 'The minimum fee tip alone was worth the course. I had been doing tiny jobs almost for free.'],
  ['Kwame Idowu-Lark', 'Could you add an example of a per-hour quote for proofreading?'],
];
const tExtra = `\n<ul>${tList.map((t) => `<li>${t}</li>`).join('')}</ul>\n<blockquote>${tQuote}</blockquote>`;
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${tTitle} | Lingua Freelance Academy</title>
<meta name="description" content="Lesson from The Freelance Translator's Launch Course."><meta name="csrf-param" content="authenticity_token">
<link rel="stylesheet" media="all" href="https://fedora.teachablecdn.example/packs/css/student_lecture-1f2e3d.css">
<script>window.lecture = {"id":51203377,"course_id":1984021,"is_completed":false}; window.school = {"name":"Lingua Freelance Academy"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"The Freelance Translator's Launch Course",
"provider":{"@type":"Organization","name":"Lingua Freelance Academy"}}</script></head>
<body class="lecture-page full-page-layout" data-lecture-id="51203377"><div class="course-mainbar lecture-content full-width-content">
<header class="half-height lecture-header" role="navigation"><a class="nav-icon-back" href="/courses/enrolled/1984021" aria-label="Back to course curriculum">
Back to course curriculum</a><div class="lecture-nav">
<a id="lecture_previous_button" href="/courses/1984021/lectures/51203360" class="nav-btn">Previous Lesson</a>
<a id="lecture_complete_button" href="/courses/1984021/lectures/51203390" class="nav-btn complete">Complete and Continue</a></div></header>
<div role="main" class="course-mainbar lecture-content"><h1 id="lecture_heading" class="section-title" data-lecture-id="51203377">${tTitle}</h1>
<div class="lecture-attachment lecture-attachment-type-text" id="lecture-attachment-5528102"><div class="attachment-data"></div>
<div class="lecture-text-container">
${tBody.map(([h, p], i) => `${h === '' ? '' : `<h3>${h}</h3>\n`}${ps(p)}${i === 2 ? tExtra : ''}`).join('\n')}
</div></div><div class="lecture-attachment lecture-attachment-type-pdf_embed"><div class="attachment-data"><a class="download" href="/attachments/quote.pdf"
download="">Download</a> <span class="file-name">Sample-quote-worksheet.pdf</span></div></div>
<div class="lecture-attachment lecture-attachment-type-comments"><div class="comments"><h3 class="comment-count">2 comments</h3>
${tComments
  .map(
    ([a, t]) => `<div class="comment"><div class="comment-author">${a}</div><div class="comment-body"><p>${t}</p></div>
<a class="comment-reply" href="#">Reply</a></div>`,
  )
  .join('\n')}<form class="comment-form"><textarea placeholder="Leave a comment"></textarea>
<button class="btn btn-primary">Post comment</button></form></div></div></div></div>
<div class="course-sidebar lecture-page navbar-fixed-top" id="courseSidebar"><h2>The Freelance Translator's Launch Course</h2>
<div class="course-progress lecture-page"><div class="progressbar"><div class="progressbar-fill"></div></div><div class="small course-progress-percentage">
<span class="percentage">38%</span> COMPLETE</div></div><div class="row lecture-sidebar"><ul class="section-list">${links(tSections, 'course-section')}</ul>
<ul class="section-list">${links(tSidebar, 'section-item')}</ul></div></div>
<div id="cookie-consent" class="cookie-banner"><p>This site uses cookies to keep you signed in and remember your progress.</p><button>Accept</button></div>
<footer class="lecture-footer"><span>© Lingua Freelance Academy 2026</span> <a href="/p/terms">Terms of Use</a> <a href="/p/privacy">Privacy Policy</a>
<span class="powered-by">Powered by Teachable</span></footer></body></html>`;
export const teachable: TestPage = {
  name: 'heldout368-teachable-lesson',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tBody.map(([h]) => h).filter((h) => h !== ''),
  body: texts([...tBody.slice(0, 3).flatMap(([, p]) => p), ...tList, tQuote, ...tBody.slice(3).flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to course curriculum', 'Previous Lesson', 'Complete and Continue', 'Download', 'Sample-quote-worksheet.pdf', '2 comments', ...tComments.flat(),
    'Reply', 'Post comment', "The Freelance Translator's Launch Course", '38% COMPLETE', ...tSections, ...tSidebar,
    'This site uses cookies to keep you signed in and remember your progress.', 'Accept', '© Lingua Freelance Academy 2026', 'Terms of Use',
    'Privacy Policy', 'Powered by Teachable',
  ],
};
