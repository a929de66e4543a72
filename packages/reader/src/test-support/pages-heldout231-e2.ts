import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 231, file e2: a university library's Ask a Librarian answer on Springshare LibAnswers (the library's own
 * header and nav, the LibAnswers breadcrumbs and search box, the FAQ question as h1, the "Answer" label, the answer with its
 * own h3 sections and a list, "Links &amp; Files", the "Was this helpful?" counts, Topics, the "Last Updated / Views /
 * Answered By" block, the "Share this FAQ" links, the public comment form, the sidebar "Ask Us" box with chat, email and
 * text options, "Related Topics", the "Popular Questions" list and the LibApps footer).
 */
const lTitle = 'Can I get a journal article that the library does not subscribe to?';
const lIntro = [
  j(
    'Yes. If Harrowgate University Library does not have access to an article you need, there are several ways to get it, and',
    'most of them are free for current students and staff. Which one is quickest depends on how soon you need it.',
  ),
];
const lH = ['Check for a free version first', 'Request it through Interlibrary Loan', 'Other options'];
const lP1 = [
  j(
    'Many articles have an open access copy somewhere, for example in the author\u2019s university repository. Install the LibKey',
    'Nomad browser extension from the library website; when you are on a publisher page it will show a "Download PDF" button if',
    'a free or subscribed copy exists. Google Scholar\u2019s "All versions" link is also worth a look.',
  ),
];
const lP2 = [
  j(
    'If there is no free copy, request the article through Interlibrary Loan (ILL). Sign in with your university account, fill in',
    'the citation details, and we will obtain a copy from another library on your behalf.',
  ),
  j(
    'Please allow extra time for book chapters, which are scanned by the lending library and can take up to a week. Conference',
    'papers and theses can take longer, and a few are not available through ILL at all; we will let you know if that happens.',
  ),
];
const lList = [
  'Articles usually arrive by email as a PDF within two working days, and often within a few hours.',
  'There is no charge for students or staff; postgraduate researchers may request up to 60 items a year.',
  'Copyright law allows one article per journal issue per request, for your own private study or research.',
];
const lP3 = [
  j(
    'If you need an article regularly, or several from the same journal, suggest that the library subscribes using the',
    'Recommend a Purchase form. You can also contact the author directly; most researchers are happy to send a copy of their work.',
  ),
  'If you are unsure which route is best, ask us using the chat box on this page and a librarian will check for you.',
];
const lNav = ['Find', 'Borrow', 'Study Spaces', 'Research Support', 'Help', 'About'];
const lCrumbs = ['Harrowgate University Library', 'LibAnswers', 'FAQ'];
const lLinks = ['Interlibrary Loan request form', 'Recommend a Purchase'];
const lTopics = ['Articles', 'Interlibrary Loan', 'Off-campus access', 'Open access'];
const lPopular = [
  'How do I access e-resources from off campus?',
  'How many books can I borrow?',
  'How do I renew my loans?',
  'Where can I print, copy and scan?',
  'How do I reference a website in APA 7th?',
];
const lFoot = ['Accessibility', 'Privacy Notice', 'Library Policies', 'Contact the Library', 'Staff Login'];
const lAsk = ['Ask Us', 'Chat with a librarian', 'Chat is online now', 'Email us', 'Text: 07700 900341', 'Call: 01632 960 412'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Can I get a journal article that the library does not subscribe to? - LibAnswers</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Yes. If Harrowgate University Library does not have access to an article">
<meta property="og:title" content="${lTitle}"><link rel="canonical" href="https://libanswers.harrowgate.example/faq/218834">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.example/sites/2104/include/libanswers-theme.css">
<script src="https://static-assets-eu.libanswers.example/js/LibAnswers_public.min.js"></script>
<script>springSpace.la.Page = {"faq_id":218834,"iid":2104,"group_id":4471};</script></head>
<body id="s-la-page-218834" class="s-la-page-public s-la-page-faq"><a id="s-la-skip-link" class="sr-only sr-only-focusable"
href="#s-la-content">Skip to Main Content</a>
<div id="s-la-public-header"><header class="hul-header"><a class="hul-logo" href="https://library.harrowgate.example"><img alt="Harrowgate University Library"
src="https://library.harrowgate.example/logo.svg"></a><nav class="hul-nav" aria-label="Library"><ul>${links(lNav)}</ul></nav></header></div>
<div id="s-la-content" class="container s-la-content-faq"><div class="row"><div class="col-md-12"><ol class="breadcrumb" id="s-la-bc">
${links(lCrumbs, 'breadcrumb-item')}<li class="breadcrumb-item active">Q. ${lTitle}</li></ol></div></div>
<div id="s-la-content-search" class="row"><form class="s-la-searchform" role="search"><label class="sr-only" for="s-la-searchform-query">Search our FAQ</label>
<input id="s-la-searchform-query" type="text" placeholder="Enter your question"><button type="submit" class="btn btn-default">Search</button></form></div>
<div class="row"><div id="col1" class="col-md-8"><div id="s-la-faq-218834" class="s-la-faq"><h1 id="s-la-faq-question" class="s-la-faq-title">
<span class="s-la-faq-q">Q.</span> <span id="s-la-faq-qtext">${lTitle}</span></h1>
<div id="s-la-faq-answer" class="s-la-faq-answer"><h2 class="s-la-faq-answer-label">Answer</h2><div class="s-la-faq-answer-text">
${lIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${lH[0]}</h3>
${lP1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${lH[1]}</h3>
${lP2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${lList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${lH[2]}</h3>
${lP3.map((p) => `<p>${p}</p>`).join('\n')}
</div></div><div id="s-la-faq-links" class="s-la-faq-links"><h2>Links &amp; Files</h2><ul>${links(lLinks)}</ul></div>
<div class="s-la-faq-share"><span>Share this FAQ</span> <a href="#" class="s-la-share-facebook">Facebook</a> <a href="#" class="s-la-share-x">X</a>
<a href="#" class="s-la-share-email">Email</a></div>
<div id="s-la-faq-rating" class="s-la-faq-rating"><span class="s-la-rating-q">Was this helpful?</span> <button class="btn btn-default btn-sm">Yes</button>
<span class="s-la-rating-count">14</span> <button class="btn btn-default btn-sm">No</button> <span class="s-la-rating-count">1</span></div>
<div id="s-la-faq-topics" class="s-la-faq-topics"><span class="s-la-topics-label">Topics</span>
<ul class="s-la-topic-list">${links(lTopics, 's-la-topic')}</ul></div>
<div id="s-la-faq-meta" class="s-la-faq-meta"><div><span class="s-la-meta-label">Last Updated</span> <span>Feb 11, 2026</span></div>
<div><span class="s-la-meta-label">Views</span> <span>2,384</span></div><div><span class="s-la-meta-label">Answered By</span> <span>Morwenna Tregarth</span>
</div></div>
<div id="s-la-faq-comments" class="s-la-faq-comments"><h2>Comments (0)</h2><button class="btn btn-link"
data-toggle="collapse">Add a public comment to this FAQ Entry</button>
<form class="collapse" id="s-la-comment-form"><label for="s-la-comment-text">Comment</label><textarea id="s-la-comment-text"></textarea>
<label for="s-la-comment-name">Your name (optional)</label><input id="s-la-comment-name" type="text"><button type="submit"
class="btn btn-primary">Submit</button></form></div>
</div></div><div id="col2" class="col-md-4"><div class="s-la-box s-la-box-askus"><h2 class="s-la-box-title">${lAsk[0]}</h2><ul class="s-la-askus-options">
<li><a href="#chat" class="s-la-askus-chat">${lAsk[1]}</a> <span class="s-la-chat-status label label-success">${lAsk[2]}</span></li>
<li><a href="/ask">${lAsk[3]}</a></li><li>${lAsk[4]}</li><li>${lAsk[5]}</li></ul></div>
<div class="s-la-box"><h2 class="s-la-box-title">Related Topics</h2><ul>${links(lTopics.slice(1, 3))}</ul></div>
<div class="s-la-box s-la-box-popular"><h2 class="s-la-box-title">Popular Questions</h2><ul>${links(lPopular)}</ul></div>
<div id="s-la-chat-widget" class="s-la-chat-widget" style="display:none"><div class="s-lch-widget-header">Chat with a librarian</div>
<p class="s-lch-widget-intro">Type your question below and a member of library staff will reply.</p><button class="s-lch-start">Start Chat</button></div>
</div></div></div>
<footer id="s-la-public-footer" class="s-la-footer"><ul class="hul-footer-links">${links(lFoot)}</ul>
<p class="hul-footer-address">Harrowgate University Library, Minster Road, Harrowgate HG7 2LB</p>
<p class="s-la-powered">Powered by Springshare.</p><p class="s-la-copyright">All rights reserved.</p>
<a href="https://harrowgate.libapps.example/libapps/login.php" class="s-la-login">Login to LibApps</a></footer>
</body></html>`;
export const askLibrarian: TestPage = {
  name: 'heldout231-libanswers-ask-librarian-faq',
  kind: 'docs',
  html: lHtml,
  // the h1 is "Q. " and the question; the title is the question as the h1 shows it
  title: `Q. ${lTitle}`,
  headings: lH,
  body: texts([...lIntro, ...lP1, ...lP2, ...lList, ...lP3]),
  bylines: ['Last Updated', 'Feb 11, 2026', 'Answered By', 'Morwenna Tregarth'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...lNav, ...lCrumbs, 'Search our FAQ', 'Search', 'Answer', 'Links & Files', ...lLinks, 'Share this FAQ', 'Facebook', 'Email',
    'Was this helpful?', 'Yes', '14', 'No', 'Topics', ...lTopics, 'Views', '2,384', 'Comments (0)', 'Add a public comment to this FAQ Entry', 'Comment',
    'Your name (optional)', 'Submit', ...lAsk, 'Related Topics', 'Popular Questions', ...lPopular,
    'Type your question below and a member of library staff will reply.', 'Start Chat', ...lFoot,
    'Harrowgate University Library, Minster Road, Harrowgate HG7 2LB', 'Powered by Springshare.', 'All rights reserved.', 'Login to LibApps',
  ],
};
