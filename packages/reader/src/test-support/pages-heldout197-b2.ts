import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 197, file b2: a Concrete CMS 9 blog entry on the Atomik theme (the ccm-page wrapper, the navbar with a
 * search icon, the hero page-title block with date and author, content blocks, an image block with its caption, the
 * topic list and "Share This Page" blocks, the previous / next navigation block, a conversation block with one message and
 * its form, the sidebar with "Recent Posts" and "Archives", the footer stripe with "Built with Concrete CMS" and "Log in").
 */
const cTitle = 'Why we stopped fixing bikes for free on Saturdays';
const cP1 = [
  'For eight years the Saturday drop-in at the workshop was free. Anyone could bring a bike in, and a volunteer would fix it while ' +
    'they waited, for nothing more than the cost of parts. From next month that changes: the drop-in becomes a teaching session, and ' +
    'we will help you fix your own bike rather than fixing it for you.',
  'We know some people will be disappointed, so here is how we got to this decision.',
];
const cH1 = 'The queue';
const cP2 = [
  'Last year we counted. On an average Saturday, twenty-three bikes came through the door and our six volunteers finished nineteen ' +
    'of them. Four people went home with the bike they came in with. Several of our regulars told us they had stopped coming because ' +
    'the wait had reached two hours.',
  'The volunteers were tired too. Most of them joined the co-op because they enjoy showing people how bikes work. On a busy Saturday ' +
    'there was no time to show anybody anything.',
];
const cH2 = 'What the new sessions look like';
const cP3 = ['From the first Saturday in June, the workshop will run two sessions, 10:00 to 12:30 and 13:30 to 16:00. In each one:'];
const cList = [
  'You book a stand online or at the door, up to eight stands a session.',
  'A volunteer looks at your bike with you and explains what needs doing.',
  'You do the work, with the tools and help on hand. Parts are sold at cost.',
  'If the job is too big for one session, you can come back and finish it the next week.',
];
const cP4 = [
  'There is a suggested donation of five pounds a session, but nobody will be turned away. Members of the co-op still use the ' + 'stands free of charge.',
];
const cQuote = 'The first time somebody trues their own wheel, they stop seeing a bike as a mystery. That is the whole point of what we do.';
const cH3 = 'What about people who cannot do it themselves?';
const cP5 = [
  'We have not forgotten them. The Tuesday evening repair slot, which we started for people who rely on a bike to get to work, ' +
    'stays as it is: drop the bike off before six and collect it by nine. We are also talking to the food bank about a monthly ' +
    'session for their clients, with a volunteer doing the repairs.',
  'If you have a view on any of this, come and tell us at the members’ meeting on 14 May, or leave a comment below.',
];
const cCaption = 'Volunteers Ayo and Ruth at the Saturday stands';
const cNav = ['Home', 'About', 'Workshop', 'Courses', 'Blog', 'Membership', 'Contact'];
const cTopics = ['Workshop', 'Volunteering', 'Co-op news'];
const cShare = ['Facebook', 'Twitter', 'LinkedIn', 'Email', 'Print'];
const cRecent = ['Spring service checklist', 'Our new premises on Dyer Street', 'Meet the volunteers: Ruth Okafor'];
const cArch = ['April 2025', 'March 2025', 'February 2025', 'January 2025'];
const cMsg = 'Sad to see the free drop-in go, but I get it. I learned more in one session with Ruth than in ten years of paying a shop.';
const cFoot = ['Find us', 'Unit 4, Dyer Street Yard, Leeds', 'Open Tue 17:00–21:00, Sat 10:00–16:00', 'Privacy', 'Terms'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spokes Co-op :: ${cTitle}</title><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="description" content="From next month the Saturday drop-in becomes a teaching session."><meta name="generator" content="Concrete CMS">
<link rel="canonical" href="https://www.spokes-coop.example/blog/why-we-stopped-fixing-bikes-free-saturdays">
<script type="text/javascript">var CCM_DISPATCHER_FILENAME = "/index.php"; var CCM_CID = 214; var CCM_EDIT_MODE = false; var CCM_ARRANGE_MODE = false;
var CCM_IMAGE_PATH = "/concrete/images"; var CCM_APPLICATION_URL = "https://www.spokes-coop.example"; var CCM_REL = ""; var CCM_ACTIVE_LOCALE = "en_GB";
var CCM_USER_REGISTERED = false;</script>
<link href="/concrete/css/features/conversations/frontend.css?ccm_nocache=6b1e8" rel="stylesheet" type="text/css" media="all">
<link href="/concrete/themes/atomik/css/main.css?ccm_nocache=6b1e8" rel="stylesheet" type="text/css" media="all">
<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache=6b1e8"></script></head>
<body><div class="ccm-page ccm-page-id-214 page-type-blog-entry page-template-blog-entry">
<header class="atomik-header"><nav class="navbar navbar-expand-lg navbar-light"><div class="container">
<a href="https://www.spokes-coop.example" class="navbar-brand"><img src="/application/files/logo-spokes.svg" alt="" class="logo">
<span class="navbar-brand-name">Spokes Co-op</span></a><button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse"
data-bs-target="#navbarSupportedContent" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation">
<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbarSupportedContent"><ul class="navbar-nav">
${cNav
  .map(
    (t) => `<li class="nav-item${t === 'Blog' ? ' nav-path-selected' : ''}"><a class="nav-link" href="/${t.toLowerCase()}"
target="_self">${t}</a></li>`,
  )
  .join('\n')}
</ul><form method="get" action="/search"><input class="form-control border-secondary" type="search" name="query" placeholder="Search" aria-label="Search">
</form></div></div></nav></header>
<main><div class="ccm-custom-style-container ccm-custom-style-main-1 ccm-block-custom-template-hero"><div class="ccm-block-page-title-byline">
<div class="container"><div class="row"><div class="col-md-12"><h1 class="page-title">${cTitle}</h1>
<span class="page-date">April 24, 2025</span><span class="page-author">Posted by Dele Martins</span></div></div></div></div></div>
<div class="container"><div class="row"><div class="col-md-8 blog-entry-content"><div class="ccm-block-content">
${ps(cP1)}
<h2>${cH1}</h2>
${ps(cP2)}</div>
<picture><!--[if IE 9]><video style='display: none;'><![endif]--><!--[if IE 9]></video><![endif]--><img
src="/application/files/thumbnails/large/4217/saturday-stands.jpg" alt="Two volunteers at bike stands" width="900" height="600"
class="ccm-image-block img-fluid bID-702"></picture>
<div class="image-caption"><p>${cCaption}</p></div>
<div class="ccm-block-content"><h2>${cH2}</h2>
${ps(cP3)}
<ul>${cList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(cP4)}
<blockquote><p>${cQuote}</p></blockquote>
<h2>${cH3}</h2>
${ps(cP5)}</div>
<div class="ccm-block-topic-list-wrapper"><div class="ccm-block-topic-list-header"><h5>Topics</h5></div><ul class="ccm-block-topic-list-list">
${links(cTopics)}</ul></div>
<div class="ccm-block-share-this-page"><h5>Share This Page</h5><ul class="list-inline">
${cShare.map((t) => `<li class="list-inline-item"><a href="#" aria-label="${t}"><i class="fab fa-${t.toLowerCase()}"></i> ${t}</a></li>`).join('\n')}</ul></div>
<div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-header"><h5>Previous Post</h5></div>
<p class="ccm-block-next-previous-previous-link"><a href="/blog/spring-service-checklist">« Spring service checklist</a></p>
<div class="ccm-block-next-previous-header"><h5>Next Post</h5></div><p class="ccm-block-next-previous-next-link">
<a href="/blog/premises-dyer-street">Our new premises on Dyer Street »</a></p>
<p class="ccm-block-next-previous-parent-link"><a href="/blog">Back to Blog</a></p></div>
<div class="ccm-conversation-wrapper" data-conversation-id="31"><div class="ccm-conversation-messages-header"><h4>1 Message</h4>
<select class="form-select ccm-sort-conversations" data-sort="conversation-message-list"><option value="date_asc">Earliest First</option>
<option value="date_desc">Most Recent First</option><option value="rating">Highest Rated</option></select></div>
<div class="ccm-conversation-messages"><div data-conversation-message-id="88" class="message ccm-conversation-message ccm-conversation-message-level0">
<div class="ccm-conversation-message-user"><div class="ccm-conversation-avatar"><img src="/concrete/images/avatar_none.png" alt=""></div>
<div class="ccm-conversation-message-byline"><span class="ccm-conversation-message-username">Marcus T.</span>
<span class="ccm-conversation-message-divider">|</span><span class="ccm-conversation-message-date">April 25, 2025 at 8:12 AM</span></div></div>
<div class="ccm-conversation-message-body">${cMsg}</div><div class="ccm-conversation-message-controls"><ul class="nav nav-pills">
<li><a href="#" data-submit="flag-conversation-message">Flag As Spam</a></li><li><a href="#" data-toggle="conversation-reply">Reply</a></li>
</ul><span class="ccm-conversation-message-rating-score">0</span></div></div></div>
<div class="ccm-conversation-add-new-message"><h4>Add Message</h4><form method="post" class="main-reply-form">
<div class="ccm-conversation-message-form"><div class="ccm-conversation-errors alert alert-danger"></div><div class="form-group">
<label class="form-label" for="cnvMessageAuthorName">Full Name</label><input type="text" class="form-control" name="cnvMessageAuthorName"></div>
<div class="form-group"><label class="form-label" for="cnvMessageAuthorEmail">Email Address</label><input type="text" class="form-control"
name="cnvMessageAuthorEmail"></div><textarea id="cnvMessageBody" class="unbound conversation-editor" name="cnvMessageBody"></textarea>
<button type="button" data-post-parent-id="0" data-submit="conversation-message" class="pull-right btn btn-primary">Post</button>
<button type="button" class="pull-right btn btn-default ccm-conversation-attachment-toggle" title="Attach Files">Attach Files</button>
</div></form></div></div></div>
<aside class="col-md-4"><div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Recent Posts</h5></div>
<div class="ccm-block-page-list-pages">${cRecent
  .map(
    (t) => `<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">
<div class="ccm-block-page-list-title"><a href="/blog/${t.length}" target="_self">${t}</a></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="ccm-block-date-navigation-wrapper"><div class="ccm-block-date-navigation-header"><h5>Archives</h5></div><ul class="ccm-block-date-navigation-dates">
${links(cArch)}</ul></div></aside></div></div></main>
<footer class="concrete5-org-stripe"><div class="container"><div class="row"><div class="col-md-6"><h5>${cFoot[0]}</h5>
<p>${cFoot[1]}<br>${cFoot[2]}</p></div><div class="col-md-6"><ul class="list-inline">${links(cFoot.slice(3), 'list-inline-item')}</ul>
<p class="ccm-footer-credit">© 2025 Spokes Co-op. <span id="ccm-account-menu-container"></span>Built with <a href="https://www.concretecms.example"
class="concrete5" rel="nofollow">Concrete CMS</a>.</p><a href="/login" rel="nofollow">Log in</a></div></div></div></footer></div>
<script type="text/javascript" src="/concrete/js/features/conversations/frontend.js?ccm_nocache=6b1e8"></script>
<script type="text/javascript" src="/application/files/cache/js/atomik/main.js?ccm_nocache=6b1e8"></script></body></html>`;
export const concretePost: TestPage = {
  html: cHtml,
  name: 'heldout197-concrete-cms-blog',
  kind: 'blog',
  // the blockquote is part of the post (body); the date and "Posted by" are bylines; the caption, topics, share block, next /
  // previous block, the conversation block with its message and form, the sidebar and the footer are furniture ("About" is left out: it is a word of a heading)
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts([...cP1, ...cP2, ...cP3, ...cList, ...cP4, cQuote, ...cP5]),
  bylines: ['April 24, 2025', 'Posted by Dele Martins'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spokes Co-op', ...cNav.filter((t) => t !== 'About'), cCaption, 'Topics', 'Volunteering', 'Co-op news', 'Share This Page', ...cShare, 'Previous Post',
    '« Spring service checklist', 'Next Post', 'Our new premises on Dyer Street »', 'Back to Blog', '1 Message', 'Earliest First',
    'Most Recent First', 'Highest Rated', 'Marcus T.', 'April 25, 2025 at 8:12 AM', cMsg, 'Flag As Spam', 'Reply', 'Add Message', 'Full Name',
    'Email Address', 'Post', 'Attach Files', 'Recent Posts', ...cRecent, 'Archives', ...cArch, ...cFoot, '© 2025 Spokes Co-op.',
    'Built with Concrete CMS.', 'Log in',
  ],
};
